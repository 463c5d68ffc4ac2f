"""Any Unicode text: right-to-left Arabic, zero-width and bidirectional marks, combining
letters, control characters. Reading never crashes and keeps the body verbatim; extraction
never crashes and its offsets point into the body; events survive GeoJSON both ways.

Zero-width characters are kept in the body (quotes and offsets refer to the text as
published) and are to be ignored where names are matched, not where articles are read.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from geomap import ArticleError, parse_article
from geomap.articles import Article, decode_article
from geomap.extract import extract_article
from geomap.schema import (
    DATE_PRECISIONS,
    EVENT_TYPES,
    ROLES,
    STATUSES,
    Event,
    EventPlace,
    event_from_feature,
    event_to_feature,
)
from tests.reliability.make import article_text, small_gazetteer

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ARABIC = (
    "قالت القوات العراقية إنها استعادت السيطرة على الموصل"  # "Iraqi forces said they retook Mosul"
)
NAMES = ["Mosul", "Tal Afar", "Tal-Afar", "Kirkuk", "Sinjar", "al-Qaim", "Qa'im", "Raqqa"]
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text that mixes place names, prose, Arabic, marks and arbitrary code points.
news_text = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(
            [*NAMES, ARABIC, " ", ". ", "\n", ZERO_WIDTH, BIDI, "captured ", "on Saturday"]
        ),
    ),
    max_size=25,
).map("".join)


def _article(body: str) -> Article:
    return Article("a", "t", "o", dt.date(2016, 10, 29), body)


def test_arabic_right_to_left_article_is_read_and_extracted() -> None:
    body = f"{ARABIC}.\nIraqi forces captured Mosul on Saturday, {ARABIC[:20]} said.\n"
    article = parse_article(article_text(body=body, title=f"\u202b{ARABIC}\u202c"), "a.md")
    assert article.body == body and article.title == f"\u202b{ARABIC}\u202c"
    mentions = extract_article(article, small_gazetteer()).mentions
    found = [m for m in mentions if m.kind == "place" and m.resolved]
    assert [body[m.start : m.end] for m in found] == ["Mosul"]


@pytest.mark.parametrize("mark", list(ZERO_WIDTH))
def test_zero_width_characters_are_kept_in_the_body(mark: str) -> None:
    body = f"Forces reached Mo{mark}sul on Saturday.\n"
    article = parse_article(article_text(body=body), "a.md")
    assert article.body == body
    for m in extract_article(article, small_gazetteer()).mentions:
        assert body[m.start : m.end] == m.text


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u2060"])
def test_zero_width_characters_inside_a_name_are_matched(mark: str) -> None:
    body = f"Forces reached Mo{mark}sul on Saturday.\n"
    assert f"Mo{mark}sul" in small_gazetteer()
    mentions = extract_article(_article(body), small_gazetteer()).mentions
    places = [m for m in mentions if m.kind == "place" and m.resolved]
    assert [(m.text, m.name) for m in places] == [(f"Mo{mark}sul", "Mosul")]


@SETTINGS
@given(text=st.text())
def test_any_text_parses_or_is_refused_cleanly(text: str) -> None:
    try:
        parse_article(text, "a.md", today=dt.date(2026, 1, 1))
    except ArticleError as exc:
        assert str(exc).startswith("a.md")


@SETTINGS
@given(body=news_text)
def test_any_body_is_kept_verbatim(body: str) -> None:
    body = body.replace("\r", "")
    if not body.strip():
        return
    article = parse_article(article_text(body=body), "a.md")
    assert article.body == body


@SETTINGS
@given(data=st.binary(max_size=200))
def test_any_bytes_decode_or_are_refused_cleanly(data: bytes) -> None:
    try:
        decode_article(b"---\ntitle: x\n" + data, "a.md")
    except ArticleError as exc:
        assert str(exc).startswith("a.md")


@SETTINGS
@given(body=news_text)
def test_any_text_never_crashes_extraction(full_gazetteer: Gazetteer, body: str) -> None:
    extraction = extract_article(_article(body), full_gazetteer)
    for m in extraction.mentions:
        assert 0 <= m.start <= m.end <= len(body)
        assert body[m.start : m.end] == m.text, m
    for event in extraction.events:
        assert event_from_feature(json.loads(json.dumps(event_to_feature(event)))) == event


# -- GeoJSON written then read gives the same events ----------------------------------------

_json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
_places = st.builds(
    EventPlace,
    name=st.text(),
    role=st.sampled_from(ROLES),
    place_id=st.none() | st.text(),
    lat=st.none() | st.floats(-90, 90),
    lon=st.none() | st.floats(-180, 180),
    approximate=st.booleans(),
)
_iso_date = st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)).map(dt.date.isoformat)
_CORE = set(
    event_to_feature(Event("x", "attack", None, "day", "", "reported", "", "", "", ""))[
        "properties"
    ]
)
events = st.builds(
    Event,
    id=st.text(min_size=1),
    type=st.sampled_from(EVENT_TYPES),
    date=st.none() | _iso_date,
    date_precision=st.sampled_from(DATE_PRECISIONS),
    date_text=st.text(),
    status=st.sampled_from(STATUSES),
    quote=st.text(),
    article=st.text(),
    outlet=st.text(),
    published=_iso_date,
    date_end=st.none() | _iso_date,
    actors=st.lists(st.text(), max_size=3).map(tuple),
    places=st.lists(_places, max_size=4).map(tuple),
    claimant=st.none() | st.text(),
    url=st.none() | st.text(),
    confidence=st.integers(0, 1000).map(lambda k: k / 1000),
    extra=st.dictionaries(st.text().filter(lambda k: k not in _CORE), _json_scalar, max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(event=events)
def test_geojson_round_trip_gives_the_same_event(event: Event) -> None:
    text = json.dumps(event_to_feature(event), ensure_ascii=False, allow_nan=False)
    assert event_from_feature(json.loads(text)) == event


def test_geojson_round_trip_keeps_an_unrounded_confidence() -> None:
    event = Event("ev-1", "attack", None, "day", "", "reported", "q", "a", "o", "2016-10-29")
    event = event.with_changes(confidence=0.7 - 0.3)  # 0.39999999999999997
    assert event_from_feature(json.loads(json.dumps(event_to_feature(event)))) == event
