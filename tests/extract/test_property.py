"""Any text never crashes extraction, and what comes out keeps its contracts."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.extract_support import Extract
from geomap.dates import find_dates
from geomap.sentences import split_sentences

WORDS = st.sampled_from(
    "Mosul Tal Afar Syria the city there fled took cut road between and on Saturday last week "
    'said “ ” " . , ’s al- Baghdad boils Your support Email us at 2014 a month and a half ago '
    "the village of Umm into towards besieged will launch offensive".split()
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=TEXT, days=st.integers(min_value=0, max_value=20000))
def test_any_text_never_crashes(extract: Extract, body: str, days: int) -> None:
    published = dt.date(1990, 1, 1) + dt.timedelta(days=days)
    result = extract(body, published)
    for m in result.mentions:
        assert body[m.start : m.end] == m.text
    for e in result.events:
        assert e.quote in body and e.places


@given(st.text(max_size=300))
def test_sentences_cover_only_the_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text


@given(
    st.text(max_size=200), st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2090, 12, 1))
)
def test_dates_never_crash(text: str, published: dt.date) -> None:
    for d in find_dates(text, published):
        assert text[d.start : d.end] == d.text
