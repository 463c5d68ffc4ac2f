"""Simple front matter read without the YAML parser gives what yaml.safe_load gives."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.articles import _simple_front_matter

PIECES = st.sampled_from(
    [
        *"2016-10-29 2016-02-30 2016-10-29T10:00:00Z 1 0 017 09 0x1f 0o7 1_000 1,000 12:30 1e3 1.0"
        " .5 +.inf .NaN yes No ON off y ~ null Null true a Mosul é ’ — x ... <<".split(),
        *" - + % @ ! # : , [ ] { } = ? ' \" \\ | > & * ` \t \ufeff \u2028 \x85 \x7f".split(" "),
        " ",
        ": ",
        " #",
        "2016-10-29 10:00:00",
        "https://example.org/a?b=c#d",
        "Mosul's fall",
    ]
)
KEYS = st.sampled_from(["title", "outlet", "published", "url", "x_1", "yes", "null", "1a", "a-b"])
LINES = st.one_of(
    st.tuples(KEYS, st.sampled_from([": ", ":", ":  "]), st.lists(PIECES, max_size=4)).map(
        lambda t: t[0] + t[1] + "".join(t[2])
    ),
    st.lists(PIECES, max_size=4).map("".join),
    st.tuples(
        KEYS, st.lists(PIECES | st.sampled_from(['\\"', "\\\\", "\\n", "\\/"]), max_size=5)
    ).map(lambda t: f'{t[0]}: "{"".join(t[1])}"'),
)


def _typed(value: Any) -> Any:
    """The value with the type of each part, so that True and 1 differ."""
    if isinstance(value, dict):
        return sorted((repr(k), type(k).__name__, _typed(v)) for k, v in value.items())
    return type(value).__name__, repr(value)


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINES, max_size=6).map("\n".join), st.sampled_from(["", "\n"]))
def test_simple_front_matter_reads_as_yaml(text: str, end: str) -> None:
    got = _simple_front_matter(text + end)
    if got is not None:
        assert _typed(yaml.safe_load(text + end) or {}) == _typed(got)


def test_an_ordinary_front_matter_takes_the_simple_way() -> None:
    text = "title: Mosul's fall — day one\noutlet: The Independent\npublished: 2016-10-29\n"
    assert _simple_front_matter(text) == yaml.safe_load(text)
    assert _simple_front_matter('title: "an \\"escaped\\" \\\\ quote"\n') == {
        "title": 'an "escaped" \\ quote'
    }
    assert _simple_front_matter("title: 'single quotes'\n") is None
