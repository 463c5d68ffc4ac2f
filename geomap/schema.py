"""The data contracts of the pipeline, defined once: mentions, events and their GeoJSON form.

Field names follow ACLED's conventions where they fit (``date_precision`` is ACLED's
time_precision as a word). Coordinates are kept as separate ``lat`` and ``lon``; GeoJSON
geometries built here are (lon, lat), as the format requires.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "MENTION_KINDS",
    "ROLES",
    "STATUSES",
    "Event",
    "EventPlace",
    "Mention",
    "event_from_feature",
    "event_geometry",
    "event_id",
    "event_to_feature",
    "places_at",
]

EVENT_TYPES = (
    "capture",
    "advance",
    "withdrawal",
    "cut_route",
    "siege",
    "attack",
    "airstrike",
    "link_up",
    "planned",
)
STATUSES = ("reported", "claimed", "planned", "denied")
ROLES = ("at", "from", "to", "between", "near")
DATE_PRECISIONS = ("day", "week", "month", "year")
MENTION_KINDS = ("place", "actor", "date")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article body that names a place, an actor or a date.

    ``start`` and ``end`` are 0-based offsets in code points into the article body.
    """

    article: str
    start: int
    end: int
    text: str
    kind: str
    place_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    resolved: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class EventPlace:
    """A place in an event: as written, where it resolved, and its role in the event.

    ``approximate`` marks an end placed by rule rather than named (a country, a region).
    """

    name: str
    role: str
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False

    @property
    def located(self) -> bool:
        """Whether the place has coordinates."""
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> dict[str, Any]:
        """Return the place as a JSON-ready mapping."""
        return {
            "name": self.name,
            "place_id": self.place_id,
            "role": self.role,
            "lat": self.lat,
            "lon": self.lon,
            "approximate": self.approximate,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One reported event, traceable to its sentence and outlet. Dates are ISO strings."""

    id: str
    type: str
    date: str | None
    date_precision: str
    date_text: str
    status: str
    quote: str
    article: str
    outlet: str
    published: str
    date_end: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[EventPlace, ...] = ()
    claimant: str | None = None
    url: str | None = None
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Confidence is kept as written to GeoJSON, so an event read back equals the original.
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence!r} is not between 0 and 1")
        object.__setattr__(self, "confidence", round(float(self.confidence), 3))
        if self.type not in EVENT_TYPES:
            raise ValueError(
                f"unknown event type {self.type!r}; expected one of {list(EVENT_TYPES)}"
            )
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {list(STATUSES)}")
        if self.date_precision not in DATE_PRECISIONS:
            raise ValueError(
                f"unknown date precision {self.date_precision!r}; expected one of {list(DATE_PRECISIONS)}"
            )
        for place in self.places:
            if place.role not in ROLES:
                raise ValueError(
                    f"unknown place role {place.role!r}; expected one of {list(ROLES)}"
                )

    def with_changes(self, **changes: Any) -> Event:
        """Return a copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def properties(self) -> dict[str, Any]:
        """Return the GeoJSON properties of the event, in the contract's field order."""
        props: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "actors": list(self.actors),
            "places": [p.to_dict() for p in self.places],
            "status": self.status,
            "claimant": self.claimant,
            "quote": self.quote,
            "article": self.article,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "confidence": round(self.confidence, 3),
        }
        props.update(self.extra)
        return props


def event_id(article: str, sentence_start: int, kind: str, ordinal: int = 0) -> str:
    """Return a stable id: the same article, sentence and event kind give the same id.

    >>> event_id("a", 10, "siege") == event_id("a", 10, "siege") != event_id("a", 11, "siege")
    True
    """
    digest = hashlib.sha1(f"{article}\x1f{sentence_start}\x1f{kind}\x1f{ordinal}".encode())
    return f"ev-{digest.hexdigest()[:12]}"


def event_geometry(event: Event) -> dict[str, Any] | None:
    """Return the event's GeoJSON geometry from its places' roles, or None if none is located.

    ``from``/``to`` and ``between`` give a line; otherwise ``at`` gives a point, or a
    MultiPoint when the event took place at several places at once ("air strikes on
    Hawija and Shirqat"); with no ``at``, ``near`` (then the others) gives a point.
    Positions are [lon, lat], as GeoJSON requires.
    """
    located = [p for p in event.places if p.located]

    def pos(p: EventPlace) -> list[float]:
        return [p.lon, p.lat]  # type: ignore[list-item]  # located: not None

    ends = [p for p in located if p.role == "from"] + [p for p in located if p.role == "to"]
    between = [p for p in located if p.role == "between"]
    line = ends if len(ends) >= 2 else between
    if len(line) >= 2:
        return {"type": "LineString", "coordinates": [pos(p) for p in line]}
    at = places_at(event)
    if len(at) >= 2:
        return {"type": "MultiPoint", "coordinates": [pos(p) for p in at]}
    for role in ("at", "to", "near", "from", "between"):
        for p in located:
            if p.role == role:
                return {"type": "Point", "coordinates": pos(p)}
    return None


def places_at(event: Event) -> list[EventPlace]:
    """Return the located places an event took place at, one per position, in order.

    Two or more: the event happened at several places at once, and is marked at each.
    """
    at: dict[tuple[float | None, float | None], EventPlace] = {}
    for p in event.places:
        if p.role == "at" and p.located:
            at.setdefault((p.lat, p.lon), p)
    return list(at.values())


def event_to_feature(event: Event) -> dict[str, Any]:
    """Return the event as a GeoJSON Feature."""
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": event_geometry(event),
        "properties": event.properties(),
    }


_CORE = {
    "id",
    "type",
    "date",
    "date_end",
    "date_precision",
    "date_text",
    "actors",
    "places",
    "status",
    "claimant",
    "quote",
    "article",
    "outlet",
    "url",
    "published",
    "confidence",
}


def event_from_feature(feature: dict[str, Any]) -> Event:
    """Read an event back from a GeoJSON Feature written by :func:`event_to_feature`."""
    props = feature["properties"]
    return Event(
        id=props["id"],
        type=props["type"],
        date=props["date"],
        date_end=props.get("date_end"),
        date_precision=props["date_precision"],
        date_text=props.get("date_text", ""),
        actors=tuple(props.get("actors", ())),
        places=tuple(
            EventPlace(
                name=p["name"],
                role=p["role"],
                place_id=p.get("place_id"),
                lat=p.get("lat"),
                lon=p.get("lon"),
                approximate=bool(p.get("approximate", False)),
            )
            for p in props.get("places", ())
        ),
        status=props["status"],
        claimant=props.get("claimant"),
        quote=props["quote"],
        article=props["article"],
        outlet=props["outlet"],
        url=props.get("url"),
        published=props["published"],
        confidence=float(props.get("confidence", 0.5)),
        extra={k: v for k, v in props.items() if k not in _CORE},
    )
