"""Test data made in code for the editorial review tests: places, an article body, events."""

from __future__ import annotations

from typing import Any

from gazetteer import Gazetteer, Place, Region
from geomap.articles import Article, parse_article
from geomap.extract import Extraction
from geomap.schema import Event, EventPlace, Mention

# Coordinates rounded from GeoNames; only the tests read them.
MOSUL = Place("t:mosul", "Mosul", 36.335, 43.119, "IQ", population=1_700_000, source="regional")
TAL_AFAR = Place(
    "t:tal-afar", "Tal Afar", 36.377, 42.449, "IQ", population=200_000, source="regional"
)
SINJAR = Place("t:sinjar", "Sinjar", 36.322, 41.877, "IQ", population=40_000, source="regional")
BAGHDAD = Place(
    "t:baghdad", "Baghdad", 33.341, 44.401, "IQ", population=7_000_000, source="regional"
)
RABIA_SY = Place("t:rabia-sy", "Rabia", 35.81, 36.02, "SY", population=800, source="regional")
RABIA_IQ = Place("t:rabia-iq", "Rabia", 36.81, 42.10, "IQ", population=10_000, source="regional")

BODY = (
    "Hashd forces have cut off the Tal Afar-Sinjar road, a spokesman said on Wednesday.\n"
    "The militants still hold Umm Sijan, a village west of Mosul.\n"
    "Doctors in Mosul treat Baghdad boils with creams.\n"
    "Rabia was quiet.\n"
)


def small_gazetteer() -> Gazetteer:
    """A gazetteer of six places, built in memory in no time."""
    places = [
        (MOSUL, ("Mosul",)),
        (TAL_AFAR, ("Tal Afar", "Tall Afar", "Tal-Afar")),
        (SINJAR, ("Sinjar", "Shingal")),
        (BAGHDAD, ("Baghdad",)),
        (RABIA_SY, ("Rabia",)),
        (RABIA_IQ, ("Rabia", "Rabiah")),
    ]
    return Gazetteer(places, region=Region(countries=("IQ",)))


def make_article() -> Article:
    """A four-line article written for these tests."""
    text = (
        "---\ntitle: Militia cuts road west of Mosul\noutlet: Test Wire\n"
        "url: https://example.org/a\npublished: 2016-11-24\n---\n" + BODY
    )
    return parse_article(text, "a1.md")


def mention(text: str, place: Place | None = None, nth: int = 0, note: str = "") -> Mention:
    """Return the ``nth`` place mention of ``text`` in :data:`BODY`, resolved to ``place``."""
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return Mention(
        article="a1",
        start=start,
        end=start + len(text),
        text=text,
        kind="place",
        place_id=place.place_id if place else None,
        name=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        resolved=place is not None,
        note=note or ("exact 1.00" if place else "unresolved"),
    )


def event(kind: str, quote: str, *places: EventPlace, **changes: Any) -> Event:
    """Return an event of article ``a1`` with sensible defaults."""
    fields: dict[str, Any] = {
        "id": f"ev-{kind}-{len(quote)}",
        "type": kind,
        "date": "2016-11-23",
        "date_precision": "day",
        "date_text": "on Wednesday",
        "status": "reported",
        "quote": quote,
        "article": "a1",
        "outlet": "Test Wire",
        "published": "2016-11-24",
        "places": places,
        "confidence": 0.6,
    }
    fields.update(changes)
    return Event(**fields)


def located(name: str, place: Place, role: str = "at") -> EventPlace:
    """Return an event place located at ``place``."""
    return EventPlace(name, role, place.place_id, place.lat, place.lon)


def make_extraction() -> Extraction:
    """What an extractor could find in :data:`BODY`: places, one non-place name, two events."""
    mentions = (
        mention("Tal Afar", TAL_AFAR),
        mention("Sinjar", SINJAR),
        mention("Umm Sijan"),
        mention("Mosul", MOSUL),
        mention("Mosul", MOSUL, nth=1),
        mention("Baghdad", note="not a place: names a disease"),
        mention("Rabia", RABIA_SY),
    )
    events = (
        event(
            "cut_route",
            "Hashd forces have cut off the Tal Afar-Sinjar road, a spokesman said on Wednesday.",
            located("Tal Afar", TAL_AFAR, "between"),
            located("Sinjar", SINJAR, "between"),
            status="claimed",
            actors=("PMU",),
            confidence=0.8,
        ),
        event(
            "attack",
            "The militants still hold Umm Sijan, a village west of Mosul.",
            EventPlace("Umm Sijan", "at"),
            located("Mosul", MOSUL, "near"),
            actors=("ISIS",),
            confidence=0.3,
        ),
    )
    return Extraction(mentions=mentions, events=events)
