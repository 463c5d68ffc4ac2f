"""Layers: each event drawn by what it is, as GeoDataFrames in EPSG:4326."""

from __future__ import annotations

import math

from shapely.geometry import Point

from geomap.layers import events_to_layers, layers_to_geojson, siege_ring
from geomap.schema import Event, EventPlace

from .sample_events import PLACES, event, place


def _row(gdf, eid):  # type: ignore[no-untyped-def]
    return gdf[gdf["id"] == eid].iloc[0]


def test_each_event_lands_in_its_layer(events: list[Event]) -> None:
    layers = events_to_layers(events)
    assert set(layers.points["id"]) == {
        "ev-bg-2014",
        "ev-raf",
        "ev-ramadi",
        "ev-linkup",
        "ev-abtah",
        "ev-east-mosul",
        "ev-plan-hawijah",
        "ev-undated",
    }
    assert set(layers.lines["id"]) == {"ev-convoy", "ev-plan-talafar", "ev-cut", "ev-west-push"}
    assert set(layers.areas["id"]) == {"ev-siege-mosul"}
    assert "ev-nowhere" not in set(layers.points["id"])  # no located place: not drawn
    for _name, gdf in layers:
        assert gdf.crs.to_epsg() == 4326
        assert list(gdf["date"].fillna("")) == sorted(gdf["date"].fillna(""))


def test_lines_run_from_start_to_end_in_lon_lat(events: list[Event]) -> None:
    lines = events_to_layers(events).lines
    cut = _row(lines, "ev-cut")
    assert cut["shape"] == "cut"
    (lon0, lat0), (lon1, lat1) = cut.geometry.coords
    assert (lat0, lon0) == PLACES["Tal Afar"] and (lat1, lon1) == PLACES["Sinjar"]
    push = _row(lines, "ev-west-push")
    assert push["shape"] == "movement"
    assert push.geometry.coords[-1] == (PLACES["al-Qaim"][1], PLACES["al-Qaim"][0])


def test_plans_and_approximate_ends_are_flagged(events: list[Event]) -> None:
    layers = events_to_layers(events)
    assert _row(layers.lines, "ev-plan-talafar")["planned"]
    assert _row(layers.points, "ev-plan-hawijah")["planned"]
    assert not _row(layers.lines, "ev-cut")["planned"]
    assert _row(layers.lines, "ev-convoy")["approximate"]
    assert not _row(layers.lines, "ev-west-push")["approximate"]


def test_siege_is_a_ring_around_its_place(events: list[Event]) -> None:
    ring = _row(events_to_layers(events).areas, "ev-siege-mosul").geometry
    lat, lon = PLACES["Mosul"]
    assert not ring.contains(Point(lon, lat))
    assert ring.envelope.contains(Point(lon, lat))
    # Round on the ground: as wide in kilometres east-west as north-south.
    minx, miny, maxx, maxy = ring.bounds
    ew = (maxx - minx) * 111.32 * math.cos(math.radians(lat))
    ns = (maxy - miny) * 111.32
    assert abs(ew - ns) < 0.5


def test_siege_ring_doctest_radius() -> None:
    ring = siege_ring(0.0, 0.0, 1000)
    assert abs((ring.bounds[3] - ring.bounds[1]) * 111_320 - 2000) < 20


def test_a_line_with_both_ends_at_one_spot_is_a_point() -> None:
    same = event("e1", "advance", "2016-11-01", place("Mosul", "from"), place("Mosul", "to"))
    layers = events_to_layers([same])
    assert list(layers.points["id"]) == ["e1"] and layers.lines.empty


def test_no_events_give_empty_layers_with_columns() -> None:
    layers = events_to_layers([])
    assert len(layers) == 0
    assert "geometry" in layers.points.columns and layers.points.crs.to_epsg() == 4326
    assert layers_to_geojson(layers) == {"type": "FeatureCollection", "features": []}


def test_layers_to_geojson_names_the_layer(events: list[Event]) -> None:
    gj = layers_to_geojson(events_to_layers(events))
    by_id = {f["id"]: f for f in gj["features"]}
    assert by_id["ev-siege-mosul"]["properties"]["layer"] == "areas"
    assert by_id["ev-siege-mosul"]["geometry"]["type"] == "Polygon"
    assert by_id["ev-cut"]["geometry"]["type"] == "LineString"


def test_unlocated_places_are_skipped() -> None:
    e = event("e2", "attack", "2016-11-01", EventPlace("Nowhere", "at"), place("Kirkuk", "near"))
    pt = events_to_layers([e]).points.iloc[0].geometry
    assert (pt.y, pt.x) == PLACES["Kirkuk"]


def test_an_event_at_several_places_is_a_point_at_each(events: list[Event]) -> None:
    plan = _row(events_to_layers(events).points, "ev-plan-hawijah")
    assert plan["shape"] == "points"
    assert [(p.y, p.x) for p in plan.geometry.geoms] == [PLACES["Hawijah"], PLACES["Shirqat"]]


def test_an_event_only_near_a_place_is_drawn_at_it_as_approximate() -> None:
    from geomap.layers import event_shape

    from .sample_events import event, place

    shape = event_shape(event("n", "capture", "2017-05-29", place("Sinjar", role="near")))
    assert shape is not None and shape.approximate
    shape = event_shape(event("a", "capture", "2017-05-29", place("Sinjar")))
    assert shape is not None and not shape.approximate
