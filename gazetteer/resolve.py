"""Resolve a place name, as a reporter spelled it, to a :class:`~gazetteer.places.Place`."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gazetteer.normalize import fold, name_key
from gazetteer.places import Place, Resolution
from gazetteer.sources import NamedPlace, read_cities500, read_curated_csv, read_regional

__all__ = ["Gazetteer", "Region"]

# Sources in priority order: a campaign's own entries beat the shipped ones, which beat GeoNames.
_PRIORITY = {"campaign": 3, "regional": 2, "geonames-import": 1, "geonames-cities500": 0}
_MIN_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Region:
    """Where a campaign takes place: preferred countries and a centre point."""

    countries: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


class Gazetteer:
    """An in-memory name index over layered sources.

    Parameters
    ----------
    sources
        ``(place, names)`` pairs from the readers in :mod:`gazetteer.sources`.
    region
        The campaign's region, used to settle ambiguous names.
    """

    def __init__(self, sources: Iterable[NamedPlace], region: Region | None = None) -> None:
        self.region = region or Region()
        self._by_key: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        for place, names in sources:
            primary = fold(place.name)
            seen: set[str] = set()
            for name in names:
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    self._by_key[key].append((place, fold(name) == primary))

    @classmethod
    def default(cls, campaign_csv: Path | None = None, region: Region | None = None) -> Gazetteer:
        """Build the offline gazetteer: campaign entries, regional file, GeoNames cities500."""
        sources: list[Iterable[NamedPlace]] = []
        if campaign_csv is not None and campaign_csv.exists():
            sources.append(read_curated_csv(campaign_csv, source="campaign"))
        sources += [read_regional(), read_cities500()]
        return cls((pair for src in sources for pair in src), region=region)

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self._by_key

    def resolve(self, name: str, context: Sequence[Place] = ()) -> Resolution:
        """Resolve one name; ``context`` holds places already resolved in the same article."""
        entries = self._by_key.get(name_key(name), [])
        if not entries:
            return Resolution(query=name, place=None)
        ranked = sorted(entries, key=lambda e: -self._score(e[0], context))
        candidates = tuple(p for p, _ in ranked[:5])
        best, is_primary = ranked[0]
        score = self._score(best, context)
        if score < _MIN_SCORE:
            return Resolution(query=name, place=None, score=score, candidates=candidates)
        match = "exact" if is_primary and fold(name) == fold(best.name) else "alias"
        return Resolution(query=name, place=best, match=match, score=score, candidates=candidates)

    def _score(self, place: Place, context: Sequence[Place]) -> float:
        """Evidence that ``place`` is the one meant, between 0 and 1."""
        score = 0.2 + 0.1 * _PRIORITY.get(place.source, 0)
        score += min(math.log10(place.population + 1) / 7, 1.0) * 0.2
        if place.country in self.region.countries:
            score += 0.3
        if context and _near_any(place, context):
            score += 0.2
        return min(score, 1.0)


def _near_any(place: Place, others: Sequence[Place], km: float = 300.0) -> bool:
    """Whether ``place`` lies within ``km`` of any of ``others``."""
    return any(_distance_km(place, o) <= km for o in others if o.place_id != place.place_id)


def _distance_km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))
