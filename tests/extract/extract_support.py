"""Helpers shared by the extraction tests (the fixtures are in this folder's conftest)."""

from __future__ import annotations

from collections.abc import Callable

from geomap.extract import Extraction
from geomap.schema import Event

Extract = Callable[..., Extraction]


def only(events: tuple[Event, ...] | list[Event], kind: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type == kind]


def names(event: Event) -> set[str]:
    """The place ids (or names, when unresolved) of an event's places."""
    return {p.place_id or p.name for p in event.places}


def near(
    lat: float | None, lon: float | None, point: tuple[float, float], by: float = 0.2
) -> bool:
    """Whether a place drawn at ``lat``, ``lon`` lies within ``by`` degrees (latitude plus
    longitude) of ``point``."""
    return lat is not None and lon is not None and abs(lat - point[0]) + abs(lon - point[1]) < by
