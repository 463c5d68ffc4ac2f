"""Turn events into map layers: GeoDataFrames of points, lines and areas (EPSG:4326).

Each event becomes at most one feature, drawn by what it is:

- ``points``: an event at one place (an attack, an air strike, a town taken);
- ``lines``: a movement from one place to another (``shape`` ``movement``, drawn as an
  arrow), a cut route between its two ends (``cut``) or a link-up between two places
  (``link``);
- ``areas``: a siege, as a ring around the besieged place.

Every row carries ``id``, ``type``, ``status``, ``actor`` (the first actor), ``date``,
``planned`` (a plan rather than a fact) and ``approximate`` (an end placed by rule, such as a
country, that must look approximate). Rows are sorted by date then id. Geometries are
shapely objects in (lon, lat) order, as GeoJSON and shapely require.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
from shapely.affinity import scale
from shapely.geometry import LineString, MultiPoint, Point
from shapely.geometry.base import BaseGeometry

from geomap.schema import Event, EventPlace, places_at

__all__ = [
    "SIEGE_RADIUS_M",
    "Layers",
    "Shape",
    "event_shape",
    "events_to_layers",
    "layers_to_geojson",
    "siege_ring",
]

CRS = "EPSG:4326"
SIEGE_RADIUS_M = 9000.0
_M_PER_DEG_LAT = 111_320.0
_COLUMNS = [
    "id",
    "type",
    "status",
    "actor",
    "date",
    "shape",
    "planned",
    "approximate",
    "radius_m",
    "geometry",
]


@dataclass(frozen=True, slots=True)
class Shape:
    """How one event is drawn: its layer, shape name and geometry."""

    layer: str  # "points", "lines" or "areas"
    shape: str  # "point", "points" (several at once), "movement", "cut", "link", "siege"
    geom: BaseGeometry
    approximate: bool = False
    radius_m: float = 0.0


@dataclass(frozen=True, slots=True)
class Layers:
    """The three layers drawn from a set of events."""

    points: gpd.GeoDataFrame
    lines: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame

    def __iter__(self) -> Any:
        return iter((("points", self.points), ("lines", self.lines), ("areas", self.areas)))

    def __len__(self) -> int:
        return len(self.points) + len(self.lines) + len(self.areas)


def _pos(p: EventPlace) -> tuple[float, float]:
    # The one place where (lat, lon) places become (lon, lat) shapely positions.
    assert p.lat is not None and p.lon is not None
    return (p.lon, p.lat)


def _first(places: list[EventPlace], *roles: str) -> EventPlace | None:
    for role in roles:
        for p in places:
            if p.role == role:
                return p
    return None


def siege_ring(lat: float, lon: float, radius_m: float = SIEGE_RADIUS_M) -> BaseGeometry:
    """Return a ring (an annulus, a third of the radius wide) around a place.

    The circle is scaled for the latitude, so it is round on the ground, not in degrees.

    >>> ring = siege_ring(36.34, 43.13)
    >>> ring.contains(Point(43.13, 36.34)), round(ring.bounds[3] - 36.34, 3)
    (False, 0.081)
    """
    dlat = radius_m / _M_PER_DEG_LAT
    dlon = dlat / max(math.cos(math.radians(lat)), 1e-6)
    outer = scale(Point(lon, lat).buffer(1.0, quad_segs=16), xfact=dlon, yfact=dlat)
    inner = scale(outer, xfact=2 / 3, yfact=2 / 3, origin=(lon, lat))
    return outer.difference(inner)


def event_shape(event: Event) -> Shape | None:
    """Return how ``event`` is drawn, or None when none of its places has coordinates."""
    located = [p for p in event.places if p.located]
    if not located:
        return None
    start, end = _first(located, "from"), _first(located, "to")
    between = [p for p in located if p.role == "between"][:2]
    if event.type == "siege":
        at = _first(located, "at", "near", "to", "between", "from")
        assert at is not None
        ring = siege_ring(at.lat, at.lon)  # type: ignore[arg-type]  # located
        return Shape("areas", "siege", ring, at.approximate, SIEGE_RADIUS_M)
    if start is not None and end is not None and _pos(start) != _pos(end):
        ends = (start, end)
        kind = "cut" if event.type == "cut_route" else "movement"
        return Shape("lines", kind, LineString([_pos(p) for p in ends]), _approx(ends))
    if len(between) == 2 and _pos(between[0]) != _pos(between[1]):
        kind = "cut" if event.type == "cut_route" else "link"
        return Shape("lines", kind, LineString([_pos(p) for p in between]), _approx(between))
    several = places_at(event)
    if len(several) >= 2:  # at several places at once: a mark at each
        points = MultiPoint([_pos(p) for p in several])
        return Shape("points", "points", points, _approx(several))
    at = _first(located, "at", "to", "near", "from", "between")
    assert at is not None
    # (an event only near a place is drawn at it as approximate: "villages south-west of Sinjar")
    return Shape("points", "point", Point(_pos(at)), at.approximate or at.role == "near")


def _approx(places: Iterable[EventPlace]) -> bool:
    return any(p.approximate for p in places)


def _row(event: Event, shape: Shape) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "status": event.status,
        "actor": event.actors[0] if event.actors else "",
        "date": event.date,
        "shape": shape.shape,
        "planned": event.status == "planned" or event.type == "planned",
        "approximate": shape.approximate,
        "radius_m": shape.radius_m,
        "geometry": shape.geom,
    }


def events_to_layers(events: Iterable[Event]) -> Layers:
    """Return the points, lines and areas drawn from ``events``, sorted by date then id.

    Events with no located place are left out of the layers (they stay in the exports).
    """
    rows: dict[str, list[dict[str, Any]]] = {"points": [], "lines": [], "areas": []}
    for event in sorted(events, key=lambda e: (e.date or "", e.id)):
        shape = event_shape(event)
        if shape is not None:
            rows[shape.layer].append(_row(event, shape))

    def frame(items: list[dict[str, Any]]) -> gpd.GeoDataFrame:
        if not items:
            return gpd.GeoDataFrame({c: [] for c in _COLUMNS}, geometry="geometry", crs=CRS)
        return gpd.GeoDataFrame(items, columns=_COLUMNS, geometry="geometry", crs=CRS)

    return Layers(frame(rows["points"]), frame(rows["lines"]), frame(rows["areas"]))


def _plain(value: Any) -> Any:
    """Return a JSON-ready value: numpy scalars as Python ones, a missing date as None."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def layers_to_geojson(layers: Layers) -> dict[str, Any]:
    """Return all layers as one GeoJSON FeatureCollection; each feature names its layer."""
    features = []
    for name, gdf in layers:
        for row in gdf.itertuples(index=False):
            props = {c: _plain(getattr(row, c)) for c in _COLUMNS if c != "geometry"}
            props["layer"] = name
            features.append(
                {
                    "type": "Feature",
                    "id": row.id,
                    "geometry": row.geometry.__geo_interface__,
                    "properties": props,
                }
            )
    features.sort(key=lambda f: (f["properties"]["date"] or "", f["id"]))
    return {"type": "FeatureCollection", "features": features}
