"""The cheap checks that skip work never skip a match: same triggers and dates as without them."""

from __future__ import annotations

import datetime as dt
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import dates, triggers
from geomap.sentences import lowered, required_words

TRIGGER_WORDS = st.sampled_from(
    "Mosul took taken retook fell falls to the into towards air strikes raid jets struck was "
    "being besieged encircled fighting fought IED IEDs rockets fired mortar fire sniper cut off "
    "roads road supply lines link up with joined forces drove them out of launched offensive "
    "will launch planned imminent ſeized KILLED advanced pushed deeper withdrew fled , . by "
    "Isis cornered backed into a corner".split()
)


def _all_patterns(sentence: str) -> list[triggers.Trigger]:
    """find_triggers as it reads with every pattern run on every sentence."""
    found: list[triggers.Trigger] = []
    for kind, voice, rx in triggers._COMPILED:
        for m in rx.finditer(sentence):
            if m.end() != m.start():
                found.append(triggers.trigger_of(sentence, kind, voice, m))
    if triggers.AIRCRAFT.search(sentence):
        found += [
            triggers.Trigger(m.start(), m.end(), m.group(0), "airstrike", "active")
            for m in triggers._AIR_RAID.finditer(sentence)
        ]
    kept = [
        t
        for t in found
        if not triggers._hindered(sentence, t) and not triggers._in_title(sentence, t)
    ]  # (the same filters after the patterns: the prefilter is what is tested)
    return triggers._without_overlaps(kept)


@settings(max_examples=400, deadline=None)
@given(st.lists(TRIGGER_WORDS, max_size=25).map(" ".join))
def test_the_trigger_prefilter_skips_no_trigger(sentence: str) -> None:
    assert triggers.find_triggers(sentence) == _all_patterns(sentence)


@pytest.mark.parametrize(("kind", "voice", "rx"), triggers.LEXICON)
def test_every_trigger_pattern_needs_a_word(kind: str, voice: str, rx: str) -> None:
    # A pattern without a needed word would run on every sentence.
    assert required_words(rx, re.I)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefkstIKSſİı\u212a ", max_size=30))
def test_required_words_are_in_every_text_that_matches(text: str) -> None:
    for rx in (r"(?:sea|ski)(?:fs|k)+", r"\bif\s+(?:desk|ask)", r"ka(?:b|c)+s"):
        needed = required_words(rx, re.I)
        assert needed is not None
        if re.search(rx, text, re.I):
            assert any(w in lowered(text) for w in needed)


def test_explicit_dates_read_as_before() -> None:
    pub = dt.date(2016, 11, 1)
    got = [d.iso() for d in dates.find_dates("On 2016-10-17, 31 Oct 2016 and Sept. 5, 2016", pub)]
    assert got == ["2016-10-17", "2016-10-31", "2016-09-05"]
    # A month past 12 with a day that can be a month reads year-day-month, as dateparser does.
    assert [d.iso() for d in dates.find_dates("on 2016-13-05", pub)] == ["2016-05-13"]
    assert dates.find_dates("on 2016-13-25", pub) == []
    # A day that does not exist leaves the month.
    assert [d.iso() for d in dates.find_dates("30 February 2016", pub)] == [
        "2016-02-01/2016-02-29"
    ]


def test_the_description_words_are_those_the_pattern_needs() -> None:
    from geomap import coref

    needed = required_words(coref._DESCRIPTION.pattern, coref._DESCRIPTION.flags)
    assert needed == frozenset(coref._DESCRIPTION_WORDS)


DATE_WORDS = st.sampled_from(
    "on in since last next this Saturday saturday Sunday's morning night today overnight "
    "yesterday the previous day weekend week month year years days ago a two half and recent "
    "past coming January Jan. Sept mid- early October 17 31st 2016 2014 2016-10-17 , . will "
    "– to from until ſunday TODAY".split()
)


@settings(max_examples=400, deadline=None)
@given(st.lists(DATE_WORDS, max_size=20).map(" ".join))
def test_the_date_prefilters_skip_no_date(sentence: str) -> None:
    published = dt.date(2016, 11, 1)
    got = dates.find_dates(sentence, published)
    every_kind = {kind for kind, _ in dates._PATTERNS}
    with mock.patch.multiple(
        dates,
        _may_hold_a_date=lambda text, low: True,
        _opened=lambda low: every_kind,
        _PLAN=tuple((kind, rx, ()) for kind, rx in dates._PATTERNS),
    ):
        assert got == dates.find_dates(sentence, published)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab ,\n\t\u00a0\u2003.-", max_size=14),
    st.text(alphabet="ab ,.-", max_size=4),
)
def test_holds_words_is_the_pattern_it_replaces(text: str, words: str) -> None:
    from geomap.claims import _holds_words

    pattern = rf"(?:^|\s){re.escape(words)}(?:$|[\s,])"
    assert _holds_words(text, words) == bool(re.search(pattern, text))


@given(
    st.text(
        alphabet="a \u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c\n\u2028é", max_size=40
    )
)
def test_normalize_spaces_is_the_translation_it_replaces(text: str) -> None:
    from geomap.mentions import normalize_spaces

    table = dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"), " ")
    assert normalize_spaces(text) == text.translate(table)


FURNITURE_WORDS = st.sampled_from(
    "Your support makes all the difference. Sign up to our newsletter . Share this article "
    "Mosul fell . have a tip ? Email us at tips@example.org Read more : Cookie policy "
    "Forces took the town . We pay for your stories ! \n".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FURNITURE_WORDS, max_size=30).map(" ".join))
def test_the_appeal_prefilter_skips_no_appeal(text: str) -> None:
    from geomap import sentences

    found = sentences.furniture_reasons(text, sentences.split_sentences(text), "The Wire")
    with mock.patch.object(sentences, "_STRONG_FINDER", None):
        assert found == sentences.furniture_reasons(
            text, sentences.split_sentences(text), "The Wire"
        )


ACTOR_WORDS = st.sampled_from(
    "IS ISIS Isis is isis ISIL Islamic State islamic STATE Daesh DAESH Da'esh the militants "
    "Hashd al-Shaabi Hashed Popular Mobilization Forces Units US-led coalition Coalition "
    "Turkey-backed Syrian rebels Kurdish Peshmerga ſyrian İS Counter-Terrorism Service "
    "jihadis jihadists - _ , . ’ 's 2016 x".split()
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ACTOR_WORDS, max_size=20).map(" ".join), st.sampled_from(["", " ", "-", "_"]))
def test_actors_are_found_as_one_pattern_of_them_all_finds_them(text: str, glue: str) -> None:
    from geomap.actors import ActorSpan, default_actors

    text = text.replace(" ", glue, 2) if glue else text
    table = default_actors()
    assert table._rx is None  # the automatons are used
    expected = []
    for m in table.pattern().finditer(text):
        actor_id = table._exact.get(m.group(0)) or table._folded.get(m.group(0).lower())
        if actor_id is not None:
            expected.append(ActorSpan(m.start(), m.end(), m.group(0), actor_id))
    # (the same spans; which party a generic word names may then depend on the others named)
    assert [(a.start, a.end, a.text) for a in table.find(text)] == [
        (a.start, a.end, a.text) for a in expected
    ]


def test_an_alias_with_a_letter_lowered_cannot_fold_is_read_by_pattern() -> None:
    from geomap.actors import ActorTable

    table = ActorTable([("X", "Σύριζα", False), ("ISIS", "IS", True)])
    assert table._rx is not None
    assert [a.text for a in table.find("ΣΎΡΙΖΑ and IS, not is")] == ["ΣΎΡΙΖΑ", "IS"]


SENTENCE_WORDS = st.sampled_from(
    "said SAID Said says told According according to , the officials Ammar Ali “ ” . \n "
    "pointed out essay ſaid confirmed fell Mosul was taken he denied x".split(" ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(SENTENCE_WORDS, max_size=30).map(" ".join))
def test_a_sentence_the_attribution_prefilter_skips_has_no_claimant(text: str) -> None:
    from geomap.claims import attributing, claimant_of, is_attributed
    from geomap.sentences import split_sentences

    sentences = split_sentences(text)
    kept = attributing(text, sentences)
    for i, s in enumerate(sentences):
        if i not in kept:
            assert claimant_of(s.text) is None and not is_attributed(s.text)


OLD_END = re.compile(
    r"(?<=[.!?…])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='aA. \n”"’)]?!…Z1(“', max_size=40))
def test_sentence_ends_are_found_where_the_pattern_without_its_lead_finds_them(
    text: str,
) -> None:
    from geomap.sentences import _END

    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in OLD_END.finditer(text)]


READER_WORDS = st.sampled_from(
    'We we our US us You your yours “ ” " . ? ! difference.Forces Mosul fell \n \n\n Mr. '
    "… ) ’ Ours".split(" ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(READER_WORDS, max_size=30).map(" ".join))
def test_sentences_speaking_to_the_reader_are_those_each_sentence_shows(text: str) -> None:
    from geomap import sentences as sn

    found = sn.split_sentences(text)
    mask = sn.quoted_mask(text)
    each = {
        i
        for i, s in enumerate(found)
        if any(not mask[s.start + m.start()] for m in sn._PERSON.finditer(s.text))
    }
    assert sn._speaking_to_reader(text, found, mask) == each
