"""Write what extraction found: ``events.geojson`` and ``mentions.csv``, sorted, byte-stable.

- ``events.geojson``: a FeatureCollection, one Feature per event
  (:func:`geomap.schema.event_to_feature`), sorted by article, date and id;
- ``mentions.csv``: one row per mention (``article,start,end,text,kind,place_id,name,lat,lon,
  resolved,note``), offsets in code points into the article body, sorted by article and offset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from geomap.articles import ARTICLE_SUFFIXES, Article, read_article, read_articles
from geomap.extract import Extraction
from geomap.schema import Event, Mention, event_to_feature

__all__ = [
    "MENTION_COLUMNS",
    "articles_from_paths",
    "events_to_geojson",
    "mentions_to_csv",
    "write_extraction",
]

MENTION_COLUMNS = (
    "article", "start", "end", "text", "kind", "place_id", "name", "lat", "lon", "resolved", "note",
)  # fmt: skip


def articles_from_paths(
    paths: Sequence[Path], *, published: dt.date | None = None
) -> Iterator[Article]:
    """Read the articles named by ``paths``: files, or folders of ``*.md`` / ``*.txt`` files."""
    for path in paths:
        if path.is_dir():
            yield from read_articles(path, published=published)
        elif path.suffix in ARTICLE_SUFFIXES or path.is_file():
            yield read_article(path, published=published)


def events_to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """Return the events as a GeoJSON FeatureCollection in a stable order."""
    ordered = sorted(events, key=lambda e: (e.article, e.date or "", e.id))
    return {"type": "FeatureCollection", "features": [event_to_feature(e) for e in ordered]}


def mentions_to_csv(mentions: Iterable[Mention]) -> str:
    """Return the mentions as CSV text with the contract's columns, in a stable order."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(MENTION_COLUMNS)
    for m in sorted(mentions, key=lambda m: (m.article, m.start, m.end, m.kind, m.text)):
        writer.writerow(
            [
                m.article,
                m.start,
                m.end,
                m.text,
                m.kind,
                m.place_id or "",
                m.name or "",
                "" if m.lat is None else f"{m.lat:.6f}",
                "" if m.lon is None else f"{m.lon:.6f}",
                "true" if m.resolved else "false",
                m.note,
            ]
        )
    return buf.getvalue()


def write_extraction(out_dir: Path, extraction: Extraction) -> list[Path]:
    """Write ``events.geojson`` and ``mentions.csv`` into ``out_dir``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    events_path, mentions_path = out_dir / "events.geojson", out_dir / "mentions.csv"
    geojson = json.dumps(events_to_geojson(extraction.events), ensure_ascii=False, indent=1)
    events_path.write_text(geojson + "\n", encoding="utf-8")
    mentions_path.write_text(mentions_to_csv(extraction.mentions), encoding="utf-8")
    return [events_path, mentions_path]
