"""The records the gazetteer answers with: a :class:`Place` and a :class:`Resolution`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["MATCH_KINDS", "Place", "Resolution"]

#: How an answer was reached, from most to least certain.
MATCH_KINDS = ("exact", "alias", "variant", "fuzzy", "online", "none")


@dataclass(frozen=True, slots=True)
class Place:
    """A place with coordinates, as one gazetteer source describes it."""

    place_id: str
    name: str
    lat: float
    lon: float
    country: str
    feature: str = "P"
    population: int = 0
    source: str = "geonames"

    def to_dict(self) -> dict[str, Any]:
        """Return the place as a JSON-ready mapping."""
        return {
            "place_id": self.place_id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "feature": self.feature,
            "population": self.population,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to one query: a place, or none with the best candidates."""

    query: str
    place: Place | None
    match: str = "none"
    score: float = 0.0
    candidates: tuple[Place, ...] = field(default=())

    @property
    def resolved(self) -> bool:
        """Whether the query was resolved to a place."""
        return self.place is not None

    def to_dict(self) -> dict[str, Any]:
        """Return the answer as a flat JSON-ready mapping (``lat``/``lon`` null if unresolved)."""
        place = self.place
        return {
            "query": self.query,
            "place_id": place.place_id if place else None,
            "name": place.name if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "country": place.country if place else None,
            "feature": place.feature if place else None,
            "source": place.source if place else None,
            "match": self.match,
            "score": round(min(self.score, 1.0), 3),
            "candidates": [c.to_dict() for c in self.candidates],
        }
