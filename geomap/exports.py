"""The data behind the maps, in the formats readers' tools take; every function returns text.

- ``events.geojson``: one Feature per event (:func:`geomap.schema.event_to_feature`);
- ``events.csv``: one row per event with ``lat``/``lon`` (Datawrapper, Flourish, a
  spreadsheet); a line's ``lat``/``lon`` is its destination (``to``) or its midpoint;
- ``places.geojson``: every place the articles name, with how often and where;
- ``sources.csv``: each article with its outlet, date and the sha256 of its file;
- ``events.kml``: the events for Google Earth.

KML is written with ``xml.etree`` rather than simplekml: simplekml numbers its elements with
a counter kept across the whole process, so two builds in one process give different files,
and the few elements needed here do not justify a dependency.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.articles import Article
from geomap.pages.timeline import PlaceRow
from geomap.schema import Event, Mention, event_geometry, event_to_feature
from geomap.slices import event_headline

__all__ = [
    "SourceRow",
    "events_to_csv",
    "events_to_geojson",
    "events_to_kml",
    "places_from_mentions",
    "places_to_geojson",
    "sources_to_csv",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class SourceRow:
    """An article as listed in ``sources.csv``."""

    article: Article
    sha256: str


def _sorted(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date or "9999", e.id))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def events_to_geojson(events: Iterable[Event]) -> str:
    """Return the events as a GeoJSON FeatureCollection, sorted by date then id."""
    features = [event_to_feature(e) for e in _sorted(events)]
    return _dumps({"type": "FeatureCollection", "features": features})


def _cell(value: object) -> str:
    """Return a CSV cell; text that a spreadsheet would run as a formula is quoted with '.

    >>> _cell("=HYPERLINK(1)"), _cell("Mosul")
    ("'=HYPERLINK(1)", 'Mosul')
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _lat_lon(event: Event) -> tuple[float | None, float | None]:
    geom = event_geometry(event)
    if geom is None:
        return None, None
    coords = geom["coordinates"]
    if geom["type"] == "Point":
        lon, lat = coords
    elif geom["type"] == "MultiPoint":  # one row per event: its first place (all in places)
        lon, lat = coords[0]
    elif any(p.role == "to" for p in event.places):
        lon, lat = coords[-1]
    else:
        lon, lat = (coords[0][0] + coords[-1][0]) / 2, (coords[0][1] + coords[-1][1]) / 2
    return round(lat, 6), round(lon, 6)


_CSV_FIELDS = (
    "id",
    "date",
    "date_end",
    "date_precision",
    "date_text",
    "type",
    "status",
    "actors",
    "claimant",
    "places",
    "lat",
    "lon",
    "headline",
    "quote",
    "outlet",
    "url",
    "published",
    "article",
    "confidence",
)


def events_to_csv(events: Iterable[Event]) -> str:
    """Return one CSV row per event with ``lat`` and ``lon`` columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for e in _sorted(events):
        lat, lon = _lat_lon(e)
        text = {
            "date_text": e.date_text,
            "actors": "; ".join(e.actors),
            "claimant": e.claimant,
            "places": "; ".join(f"{p.name} ({p.role})" for p in e.places),
            "headline": event_headline(e),
            "quote": e.quote,
            "outlet": e.outlet,
            "url": e.url,
        }
        fixed = {
            "id": e.id,
            "date": e.date,
            "date_end": e.date_end,
            "date_precision": e.date_precision,
            "type": e.type,
            "status": e.status,
            "lat": lat,
            "lon": lon,
            "published": e.published,
            "article": e.article,
            "confidence": round(e.confidence, 3),
        }
        row = {**{k: _cell(v) for k, v in text.items()}, **fixed}
        writer.writerow(["" if row[k] is None else row[k] for k in _CSV_FIELDS])
    return out.getvalue()


def places_from_mentions(
    mentions: Iterable[Mention], articles: Sequence[Article]
) -> tuple[list[PlaceRow], dict[str, list[str]]]:
    """Return the resolved places the articles name, sorted by id, and the articles of each."""
    order = {a.stem: i for i, a in enumerate(articles)}
    first: dict[str, Mention] = {}
    where: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind != "place" or m.place_id is None or m.lat is None or m.lon is None:
            continue
        first.setdefault(m.place_id, m)
        where[m.place_id].add(m.article)
    rows = [
        PlaceRow(pid, m.name or m.text, m.lat, m.lon, len(where[pid]))  # type: ignore[arg-type]
        for pid, m in sorted(first.items())
    ]
    return rows, {pid: sorted(where[pid], key=lambda s: order.get(s, 0)) for pid in first}


def places_to_geojson(
    places: Sequence[PlaceRow],
    articles_of: Mapping[str, list[str]],
    by_stem: Mapping[str, Article],
) -> str:
    """Return the places as GeoJSON points, each with the articles and outlets naming it."""
    features = []
    for p in places:
        stems = articles_of.get(p.place_id, [])
        props = {
            "place_id": p.place_id,
            "name": p.name,
            "articles": stems,
            "outlets": sorted({by_stem[s].outlet for s in stems if s in by_stem}),
        }
        geom = {"type": "Point", "coordinates": [p.lon, p.lat]}  # GeoJSON is [lon, lat]
        features.append(
            {"type": "Feature", "id": p.place_id, "geometry": geom, "properties": props}
        )
    return _dumps({"type": "FeatureCollection", "features": features})


def sources_to_csv(sources: Iterable[SourceRow]) -> str:
    """Return one CSV row per article: file, outlet, title, url, dates and sha256."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("article", "outlet", "title", "url", "published", "published_note", "sha256"))
    for s in sorted(sources, key=lambda s: s.article.stem):
        a = s.article
        writer.writerow(
            (
                a.stem,
                _cell(a.outlet),
                _cell(a.title),
                _cell(a.url),
                a.published.isoformat(),
                _cell(a.published_note or ""),
                s.sha256,
            )
        )
    return out.getvalue()


def _kml_geometry(parent: ET.Element, geom: dict[str, Any]) -> None:
    # KML coordinates are lon,lat, like GeoJSON.
    if geom["type"] == "Point":
        node = ET.SubElement(parent, "Point")
        points = [geom["coordinates"]]
    elif geom["type"] == "MultiPoint":
        several = ET.SubElement(parent, "MultiGeometry")
        for lon, lat in geom["coordinates"]:
            point = ET.SubElement(several, "Point")
            ET.SubElement(point, "coordinates").text = f"{lon},{lat}"
        return
    else:
        node = ET.SubElement(parent, "LineString")
        ET.SubElement(node, "tessellate").text = "1"
        points = geom["coordinates"]
    ET.SubElement(node, "coordinates").text = " ".join(f"{lon},{lat}" for lon, lat in points)


def events_to_kml(events: Iterable[Event], title: str) -> str:
    """Return the located events as KML placemarks, with dates as TimeSpans for Google Earth."""
    kml = ET.Element("kml", xmlns="http://www.opengis.net/kml/2.2")
    doc = ET.SubElement(kml, "Document")
    ET.SubElement(doc, "name").text = title
    for e in _sorted(events):
        geom = event_geometry(e)
        if geom is None:
            continue
        mark = ET.SubElement(doc, "Placemark", id=e.id)
        ET.SubElement(mark, "name").text = event_headline(e)
        ET.SubElement(mark, "description").text = f"“{e.quote}” ({e.outlet}, {e.published})"
        if e.date:
            span = ET.SubElement(mark, "TimeSpan")
            ET.SubElement(span, "begin").text = e.date
            if e.date_end:
                ET.SubElement(span, "end").text = e.date_end
        data = ET.SubElement(mark, "ExtendedData")
        for key in ("type", "status", "outlet", "url"):
            field = ET.SubElement(data, "Data", name=key)
            ET.SubElement(field, "value").text = str(getattr(e, key) or "")
        _kml_geometry(mark, geom)
    ET.indent(kml, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(kml, encoding="unicode") + "\n"
