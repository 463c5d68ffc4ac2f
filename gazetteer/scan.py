"""Find the spans of a text that name places.

:func:`scan_text` reads English news prose and yields a :class:`NameSpan` for

- every run of capitalised words (with the Arabic article and hyphens: ``al-Qaim``,
  ``Tal-Afar``, ``Hamam al-Alil``) that the gazetteer resolves to a plausible place: one in
  the gazetteer's region, a country or administrative area, a curated entry, or a large
  place elsewhere (``known=True``); countries are returned like any other place, and the
  caller decides what to do with them;
- a run that the gazetteer cannot resolve but that is shaped like a place name: led by a
  word such as ``Umm``, ``Tal`` or ``Jabal``, or following "village of", "area of", "near"
  (``known=False``), so that a caller can report it as unresolved instead of losing it.

It skips months and weekdays, demonyms, organisations, common words and the parts of
the names of people and armed groups (``Sir Michael Fallon``, ``Abu Bakr al-Baghdadi``,
``Hashd al-Shaabi``), as listed in
``gazetteer/data/not_places.txt``. Offsets are code points into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from gazetteer.normalize import fold
from gazetteer.places import Place
from gazetteer.resolve import Gazetteer

__all__ = ["NameSpan", "scan_text"]

_APOS = "’'‘ʿʾ`"
# A word: letters (any script's Latin letters with diacritics), apostrophes inside.
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_APOS}](?=[^\W\d_]))*")
_POSSESSIVE = re.compile(rf"[{_APOS}]s$")
# Lower-case words that may sit inside a place name.
_CONNECTORS = frozenset("al el ul ash as at ad an ar az adh ath bin ibn bani ben de".split())
_ARTICLES = frozenset("al el ul ash adh ath".split())
_HYPHENS = ("-", "‐", "‑")
# Words that lead place names in the region, and phrases that announce one.
_HEADS = frozenset(
    "umm um tal tall tel tell ain ayn bir wadi jabal jebel jabel khirbat khirbet qaryat "
    "ras deir dayr kafr hamam hammam mazraat qasr nahr jisr".split()
)
_CUE = re.compile(
    r"(?:\b(?:villages?|towns?|city|area|district|region|province|outskirts|neighbou?rhood|"
    r"suburb)\s+of|\bnear|\boutside|\btowards?|\bnamed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MAX_WORDS = 5
_MIN_LETTERS = 3
_MAX_CUED = 3
_MAX_ACRONYM = 4
_LARGE = 100_000
_SMALL = 1_000


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A place name found in a text: ``text[start:end]``, offsets in code points.

    ``known`` is false for a place-shaped name that the gazetteer could not resolve.
    """

    start: int
    end: int
    text: str
    known: bool = True


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    folded: str
    capital: bool


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The words that are never places, and those that mark the name of a person or group."""
    ref = resources.files("gazetteer").joinpath("data/not_places.txt")
    stop: set[str] = set()
    person: set[str] = set()
    section = ""
    for raw in ref.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        words = {fold(w) for w in line.split()}
        stop |= words
        if section in ("person", "group"):
            person |= words
    return frozenset(stop), frozenset(person)


def scan_text(gazetteer: Gazetteer, text: str) -> Iterator[NameSpan]:
    """Yield the place names of ``text`` in order; spans never overlap, the longest name wins."""
    for run in _runs(text):
        yield from _spans_in_run(gazetteer, text, run)


def _runs(text: str) -> Iterator[list[_Word]]:
    """Yield the runs of capitalised words (with connectors) joined by a space or a hyphen."""
    run: list[_Word] = []
    closed = False  # the last word ended in a possessive: the name ended there
    for m in _WORD.finditer(text):
        raw = _POSSESSIVE.sub("", m.group())
        word = _Word(m.start(), m.start() + len(raw), fold(raw), raw[:1].isupper())
        joined = bool(run) and not closed and _joins(text[run[-1].end : word.start])
        connector = word.folded in _CONNECTORS
        if word.capital and _compound(text, m.end()):
            yield from _trimmed(run)
            run = []
        elif word.capital or (connector and (joined or _hyphen_after(text, m.end()))):
            if not joined:
                yield from _trimmed(run)
                run = []
            run.append(word)
        else:
            yield from _trimmed(run)
            run = []
        closed = len(raw) != len(m.group())
    yield from _trimmed(run)


def _joins(gap: str) -> bool:
    """Whether two words are joined into one name: a space or a hyphen, perhaps an ayn."""
    return gap.rstrip(_APOS) in (" ", *_HYPHENS)


def _compound(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` leads a compound such as "Turkey-backed"."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] in _HYPHENS else None
    return after is not None and after.group().islower() and after.group() not in _CONNECTORS


def _hyphen_after(text: str, end: int) -> bool:
    """Whether a hyphen and a capital follow ``end``, as after the "al" of "al-Qaim"."""
    return text[end : end + 1] in _HYPHENS and text[end + 1 : end + 2].isupper()


def _trimmed(run: list[_Word]) -> Iterator[list[_Word]]:
    """Drop connectors left dangling at the end of a run."""
    while run and not run[-1].capital:
        run = run[:-1]
    if run:
        yield run


def _spans_in_run(gazetteer: Gazetteer, text: str, run: list[_Word]) -> Iterator[NameSpan]:
    """Yield the place names of one run, left to right: known ones, then place-shaped rest."""
    stop, person = _word_lists()
    if any(w.folded in person for w in run):
        # A person's or a group's name ("Sir Michael Fallon", "Hashd al-Shaabi"), unless
        # the whole run is a place in the region ("Imam Gharbi").
        span = text[run[0].start : run[-1].end]
        if _known(gazetteer, span):
            yield NameSpan(run[0].start, run[-1].end, span)
        return
    spans = list(_spans(gazetteer, text, run, stop))
    yield from spans
    # Nothing known, but announced as a place: "the area of Abu Jarees".
    cued = bool(_CUE.search(text[max(0, run[0].start - 40) : run[0].start]))
    if not spans and cued and not all(w.folded in stop for w in run):
        words = run[:_MAX_CUED]
        while not words[-1].capital:
            words = words[:-1]
        yield NameSpan(words[0].start, words[-1].end, _text(text, words), known=False)


def _spans(
    gazetteer: Gazetteer, text: str, run: list[_Word], stop: frozenset[str]
) -> Iterator[NameSpan]:
    """Yield the longest known spans of a run, and head-led names such as "Umm Sijan"."""
    i = 0
    while i < len(run):
        j = _longest_known(gazetteer, text, run, i, stop)
        if j and not _continues(text, run, j):
            yield NameSpan(run[i].start, run[j - 1].end, _text(text, run[i:j]))
            i = j
        elif j or (run[i].folded in _HEADS and i + 1 < len(run)):
            # A known word followed by an article and a name is a longer name ("Bab
            # al-Sinjar"); a head word never stands alone ("Umm Sijan", "Tel Keppe").
            end = _name_end(run, max(j, i + 1))
            yield NameSpan(run[i].start, run[end - 1].end, _text(text, run[i:end]), known=False)
            i = end
        else:
            i += 1


def _longest_known(
    gazetteer: Gazetteer, text: str, run: list[_Word], i: int, stop: frozenset[str]
) -> int:
    """Return the end of the longest known span starting at word ``i``, or 0."""
    for j in range(min(len(run), i + _MAX_WORDS), i, -1):
        words = run[i:j]
        last = words[-1]
        if not last.capital or last.folded in _CONNECTORS:
            continue
        if all(w.folded in stop for w in words) or (j == i + 1 and _acronym(text, last)):
            continue
        if j == i + 1 < len(run) and words[0].folded in _HEADS:
            continue  # "Tel" of "Tel Keppe" is no place of its own
        if _known(gazetteer, _text(text, words)):
            return j
    return 0


def _acronym(text: str, word: _Word) -> bool:
    """Whether a word is a short acronym such as HRW or ISF."""
    raw = text[word.start : word.end]
    return raw.isupper() and len(raw) <= _MAX_ACRONYM


def _continues(text: str, run: list[_Word], j: int) -> bool:
    """Whether the span ending before word ``j`` goes on with an article and a word.

    Articles that are also English words ("as", "at", "an") count only when hyphenated.
    """
    if j + 1 >= len(run) or run[j].folded not in _CONNECTORS:
        return False
    return run[j].folded in _ARTICLES or text[run[j].end : run[j].end + 1] in _HYPHENS


def _name_end(run: list[_Word], j: int) -> int:
    """Return the index after the first word at or after ``j`` that is not a connector."""
    while j < len(run) - 1 and run[j].folded in _CONNECTORS:
        j += 1
    return j + 1


def _text(text: str, words: list[_Word]) -> str:
    return text[words[0].start : words[-1].end]


def _known(gazetteer: Gazetteer, span: str) -> bool:
    """Whether ``span`` resolves to a place that news of the region would name."""
    if len(fold(span).replace(" ", "")) < _MIN_LETTERS or span not in gazetteer:
        return False
    place = gazetteer.resolve(span).place
    return place is not None and _plausible(gazetteer, place)


def _plausible(gazetteer: Gazetteer, place: Place) -> bool:
    """Whether a place is one that news of the gazetteer's region would name."""
    if place.feature == "A" or place.source in ("campaign", "regional"):
        return True
    if gazetteer.region.empty:
        return place.population >= _SMALL
    return gazetteer.region.contains(place) or place.population >= _LARGE
