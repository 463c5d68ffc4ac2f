"""A country at the end of a route is placed where shapely's nearest_points would put it."""

from __future__ import annotations

import json
import random
from importlib import resources

import pytest
from shapely.geometry import Point, shape
from shapely.ops import nearest_points

from geomap import countries


def _shapes() -> dict[str, object]:
    _, iso3, _, _ = countries._countries()
    text = resources.files("geomap").joinpath("data", "basemap.geojson").read_text("utf-8")
    return {
        iso3[f["properties"]["id"]]: shape(f["geometry"])
        for f in json.loads(text)["features"]
        if f["properties"].get("kind") == "country" and f["properties"].get("id") in iso3
    }


@pytest.mark.parametrize(("iso", "outline"), sorted(_shapes().items()))
def test_point_toward_is_shapelys_nearest_point(iso: str, outline: object) -> None:
    rng = random.Random(iso)
    minx, miny, maxx, maxy = outline.bounds  # type: ignore[attr-defined]
    vertices = [c for polygon in countries._outlines()[iso] for ring in polygon for c in ring]
    for _ in range(400):
        if rng.random() < 0.5:  # anywhere around the country, inside or out
            lon, lat = rng.uniform(minx - 8, maxx + 8), rng.uniform(miny - 8, maxy + 8)
        else:  # close to a corner, where the nearest segment changes
            x, y = rng.choice(vertices)
            lon, lat = x + rng.gauss(0, 0.05), y + rng.gauss(0, 0.05)
        nearest = nearest_points(outline, Point(lon, lat))[0]
        expected = (round(nearest.y, 2), round(nearest.x, 2))
        assert countries.point_toward(iso, lat, lon) == expected, (lat, lon)


def test_a_country_without_an_outline_has_no_point() -> None:
    assert countries.point_toward("FR", 36.3, 43.1) is None
