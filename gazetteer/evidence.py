"""Weigh the evidence that a candidate place is the one a name means.

A candidate's score is half the strength of the name match (exact, alias, variant, fuzzy)
plus what is known of the place: whether it lies in the campaign's region, near the other
places of the same article, how many people live there, what kind of feature it is and
which source vouches for it. :data:`THRESHOLD` separates an answer from a guess: with a
region given, an exact name outside it is an answer only for a city of about a million.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from gazetteer._errors import QueryError
from gazetteer.places import Place
from gazetteer.sources import PRIORITY

__all__ = [
    "NAME_STRENGTH",
    "THRESHOLD",
    "Context",
    "Region",
    "context_bonus",
    "distance_km",
    "place_prior",
    "score_place",
]

#: How strongly each kind of name match points at a place, before any other evidence.
NAME_STRENGTH = {"exact": 1.0, "alias": 0.96, "spelling": 0.92, "variant": 0.8, "online": 0.9}
#: Below this score an answer is reported as unresolved, with its candidates.
THRESHOLD = 0.6
_CONTEXT_KM = (60.0, 200.0, 400.0)
_EARTH_KM = 6371.0
# Far above the rounding error of a distance, far below any distance that matters here.
_MARGIN_KM = 0.001
_TURN = 2 * math.pi
_LON_KM = 2 * _EARTH_KM / math.pi
_CURATED = frozenset({"campaign", "regional"})


@dataclass(frozen=True, slots=True)
class Region:
    """Where a campaign takes place: preferred countries and/or a centre and radius.

    A place is in the region when its country is one of ``countries`` or it lies within
    ``radius_km`` of ``(lat, lon)``. An empty region prefers nothing.
    """

    countries: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    radius_km: float = 400.0

    def __post_init__(self) -> None:
        if (self.lat is None) != (self.lon is None):
            raise QueryError("a region centre needs both lat and lon")
        if self.lat is not None and not (-90 <= self.lat <= 90 and -180 <= (self.lon or 0) <= 180):
            raise QueryError(f"region centre {self.lat},{self.lon} is not a latitude,longitude")
        bad = [c for c in self.countries if len(c) != 2 or not c.isalpha() or not c.isupper()]
        if bad:
            raise QueryError(f"countries are ISO 3166 two-letter upper-case codes; got {bad}")

    @property
    def empty(self) -> bool:
        """Whether the region says nothing at all."""
        return not self.countries and self.lat is None

    def contains(self, place: Place) -> bool:
        """Whether ``place`` lies in the region."""
        if place.country in self.countries:
            return True
        if self.lat is None or self.lon is None:
            return False
        return _km(place.lat, place.lon, self.lat, self.lon) <= self.radius_km


def score_place(place: Place, strength: float, region: Region, context: Sequence[Place]) -> float:
    """Return the evidence, about 0 to 1, that ``place`` is the place meant.

    >>> mosul = Place("geonames:99072", "Mosul", 36.335, 43.119, "IQ", population=1_739_800)
    >>> score_place(mosul, 1.0, Region(countries=("IQ",)), ()) > THRESHOLD
    True
    >>> score_place(mosul, 1.0, Region(countries=("PH",)), ()) > score_place(
    ...     mosul, 1.0, Region(), ())
    False
    """
    return 0.5 * strength + place_prior(place, region) + context_bonus(place, context)


def place_prior(place: Place, region: Region) -> float:
    """Return what speaks for a place before its name or article: region, size, kind, source."""
    if region.empty:
        score = 0.15
    elif region.contains(place):
        score = 0.25
    else:
        score = -0.03  # only a very large place outside the region clears the threshold
    score += min(math.log10(place.population + 1) / 7, 1.0) * 0.15
    score += 0.05 * PRIORITY.get(place.source, 0)
    if place.feature == "A":
        score += 0.05
    elif place.feature != "P" and place.source not in _CURATED:
        score -= 0.03  # a hill, stream or building of an imported dump: news means the town
    return score


class Context(Sequence[Place]):
    """The places already resolved in one article, in order, as resolution's context.

    It grows as the article is read (:meth:`append`). What is known of each candidate's
    distance to its places is remembered, so that a candidate met again (the same name
    further on, or a weaker kind of match of it) is measured only against the places added
    since; and a place that cannot bring the candidate into a nearer band of
    :func:`context_bonus` (its latitude or its longitude alone puts it too far) is not measured.
    A candidate already among the places is the place named before (:data:`_NAMED_BEFORE`).
    Resolution gives the same answers as with a plain list of the same places.
    """

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self._places: list[Place] = []
        self._ids: set[str] = set()
        # id, lat, lon, cos(lat), its square root
        self._radians: list[tuple[str, float, float, float, float]] = []
        # By (place_id, lat, lon): how many places were looked at, and the nearest measured
        # (inf: only places too far to measure; None: none but the candidate itself).
        self._nearest: dict[tuple[str, float, float], tuple[int, float | None]] = {}
        for place in places:
            self.append(place)

    def append(self, place: Place) -> None:
        """Add a place resolved further on in the article."""
        lat, lon = math.radians(place.lat), math.radians(place.lon)
        self._places.append(place)
        self._ids.add(place.place_id)
        cos = math.cos(lat)
        self._radians.append((place.place_id, lat, lon, cos, math.sqrt(cos)))

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, i: int) -> Place: ...
    @overload
    def __getitem__(self, i: slice) -> list[Place]: ...
    def __getitem__(self, i: int | slice) -> Place | list[Place]:
        return self._places[i]

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def __contains__(self, place: object) -> bool:
        return place in self._places

    def bonus(self, place: Place) -> float:
        """Return :func:`context_bonus` of ``place`` with this context.

        >>> mosul = Place("g:1", "Mosul", 36.335, 43.119, "IQ")
        >>> erbil = Place("g:2", "Erbil", 36.19, 44.01, "IQ")
        >>> context = Context([mosul])
        >>> context.bonus(mosul), context.bonus(erbil), context_bonus(erbil, [mosul])
        (0.17, 0.08, 0.08)
        """
        if place.place_id in self._ids:
            return _NAMED_BEFORE
        key = (place.place_id, place.lat, place.lon)
        done, best = self._nearest.get(key, (0, None))
        if done < len(self._radians):
            best = self._nearer(place, self._radians[done:], best)
            self._nearest[key] = (len(self._radians), best)
        return _bonus(best)

    @staticmethod
    def _nearer(
        place: Place, others: list[tuple[str, float, float, float, float]], best: float | None
    ) -> float | None:
        """The nearest of ``best`` and the distances to ``others`` that may change the band."""
        # The band's nearer edge: a place no nearer than that changes nothing. The distance
        # along the meridian is less than the great-circle distance, and so is
        # 2R sqrt(cos(lat1) cos(lat2)) dlon / pi (as sin x >= 2x / pi and asin x >= x).
        edge = _edge(best)
        if edge is None:
            return best  # the nearest band already
        place_id = place.place_id
        p1, q1 = math.radians(place.lat), math.radians(place.lon)
        c1 = math.cos(p1)
        lat_km, lon_km = _EARTH_KM, math.sqrt(c1) * _LON_KM
        for other_id, p2, q2, c2, r2 in others:
            if other_id == place_id:
                continue
            lon = abs(q2 - q1)
            if (
                abs(p2 - p1) * lat_km > edge + _MARGIN_KM
                or min(lon, _TURN - lon) * r2 * lon_km > edge + _MARGIN_KM
            ):
                if best is None:
                    best = math.inf
                continue
            km = _km_radians(p1, q1, c1, p2, q2, c2)
            if best is None or km < best:
                best = km
                edge = _edge(best)
                if edge is None:
                    break
        return best


def context_bonus(place: Place, context: Sequence[Place]) -> float:
    """Reward a place near the other places of the same article; penalise one far from all."""
    if not context:
        return 0.0
    if isinstance(context, Context):
        return context.bonus(place)
    if any(other.place_id == place.place_id for other in context):
        return _NAMED_BEFORE
    nearest = min(
        (distance_km(place, other) for other in context if other.place_id != place.place_id),
        default=None,
    )
    return _bonus(nearest)


# A place the article named before: more than any neighbour of it gets, so that a name met
# again is the place it was ("Anah" again, not the old town of Anah beside the first).
_NAMED_BEFORE = 0.17


def _bonus(nearest: float | None) -> float:
    """The bonus of a place whose nearest other place of the article is ``nearest`` km away."""
    if nearest is None:
        return 0.0
    if nearest <= _CONTEXT_KM[0]:
        return 0.15
    if nearest <= _CONTEXT_KM[1]:
        return 0.08
    return -0.05 if nearest > _CONTEXT_KM[2] else 0.0


def _edge(nearest: float | None) -> float | None:
    """The largest distance that would move ``nearest`` into a nearer band (None: none)."""
    if nearest is None or nearest > _CONTEXT_KM[2]:
        return _CONTEXT_KM[2]
    if nearest > _CONTEXT_KM[1]:
        return _CONTEXT_KM[1]
    if nearest > _CONTEXT_KM[0]:
        return _CONTEXT_KM[0]
    return None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places in kilometres."""
    return _km(a.lat, a.lon, b.lat, b.lon)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, q1, p2, q2 = map(math.radians, (lat1, lon1, lat2, lon2))
    return _km_radians(p1, q1, math.cos(p1), p2, q2, math.cos(p2))


def _km_radians(p1: float, q1: float, c1: float, p2: float, q2: float, c2: float) -> float:
    """Haversine distance in km between (p1, q1) and (p2, q2) in radians; c1, c2 their cosines."""
    h = math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin((q2 - q1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(h, 1.0)))
