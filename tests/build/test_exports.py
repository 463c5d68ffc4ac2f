"""Exports: GeoJSON, CSV with lat/lon, places, sources with sha256, KML."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from .sample_events import PLACES


def test_events_geojson_round_trips(files: dict[str, str]) -> None:
    from geomap.schema import event_from_feature

    gj = json.loads(files["data/events.geojson"])
    ids = [f["id"] for f in gj["features"]]
    assert (
        len(ids) == 15 and ids[:2] == ["ev-bg-nowhere", "ev-bg-2014"] and ids[-1] == "ev-undated"
    )
    assert all(event_from_feature(f).id == f["id"] for f in gj["features"])


def test_events_csv_has_lat_lon(files: dict[str, str]) -> None:
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["data/events.csv"]))}
    assert (float(rows["ev-raf"]["lat"]), float(rows["ev-raf"]["lon"])) == PLACES["Mosul"]
    # A movement is placed at its destination, a cut route at its middle.
    assert (float(rows["ev-west-push"]["lat"]), float(rows["ev-west-push"]["lon"])) == PLACES[
        "al-Qaim"
    ]
    assert abs(float(rows["ev-cut"]["lon"]) - (42.45 + 41.88) / 2) < 1e-6
    assert rows["ev-nowhere"]["lat"] == ""
    assert rows["ev-cut"]["quote"].startswith("'\"") is False
    assert rows["ev-cut"]["status"] == "claimed"


def test_csv_cells_cannot_run_as_formulas() -> None:
    from geomap.exports import events_to_csv

    from .sample_events import event, place

    bad = event(
        "e", "attack", "2016-11-01", place("Kirkuk"), quote='=HYPERLINK("x")', outlet="+cmd"
    )
    row = next(csv.DictReader(io.StringIO(events_to_csv([bad]))))
    assert row["quote"] == '\'=HYPERLINK("x")' and row["outlet"] == "'+cmd"
    assert row["lon"] == "44.39"


def test_places_and_sources(files: dict[str, str]) -> None:
    places = json.loads(files["data/places.geojson"])["features"]
    assert places[0]["geometry"]["coordinates"] == [43.13, 36.34]  # [lon, lat]
    assert places[0]["properties"]["outlets"] == ["Press TV"]
    sources = list(csv.DictReader(io.StringIO(files["data/sources.csv"])))
    assert [s["article"] for s in sources] == ["002_9a9b90cd654179fb", "004_ba462f316ec513b2"]
    assert all(len(s["sha256"]) == 64 for s in sources)


def test_kml_for_google_earth(files: dict[str, str]) -> None:
    root = ET.fromstring(files["data/events.kml"])
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = root.findall(".//k:Placemark", ns)
    assert len(marks) == 13  # located events only
    cut = next(m for m in marks if m.get("id") == "ev-cut")
    assert cut.find(".//k:LineString/k:coordinates", ns).text == "42.45,36.38 41.88,36.32"  # type: ignore[union-attr]
    assert cut.find("k:TimeSpan/k:begin", ns).text == "2016-11-23"  # type: ignore[union-attr]
    assert "</script>" in cut.find("k:description", ns).text  # type: ignore[union-attr]  # escaped in XML


def test_an_event_at_several_places_is_exported_at_each(files: dict[str, str]) -> None:
    # "offensives against Hawijah and Shirqat": one event, a point at each place.
    both = [list(reversed(PLACES["Hawijah"])), list(reversed(PLACES["Shirqat"]))]
    features = json.loads(files["data/events.geojson"])["features"]
    plan = next(f for f in features if f["id"] == "ev-plan-hawijah")
    assert plan["geometry"] == {"type": "MultiPoint", "coordinates": both}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["data/events.csv"]))}
    row = rows["ev-plan-hawijah"]
    assert (float(row["lat"]), float(row["lon"])) == PLACES["Hawijah"]  # one row: the first
    assert "Hawijah" in row["places"] and "Shirqat" in row["places"]
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    mark = ET.fromstring(files["data/events.kml"]).find(
        ".//k:Placemark[@id='ev-plan-hawijah']", ns
    )
    assert mark is not None
    points = [c.text for c in mark.findall("k:MultiGeometry/k:Point/k:coordinates", ns)]
    assert points == [f"{lon},{lat}" for lon, lat in both]
