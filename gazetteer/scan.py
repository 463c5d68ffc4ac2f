"""Find the spans of a text that name places.

:func:`scan_text` reads English news prose and yields a :class:`NameSpan` for

- every run of capitalised words (with the Arabic article and hyphens: ``al-Qaim``,
  ``Tal-Afar``, ``Hamam al-Alil``) that names a plausible place: the main name of a
  country or administrative area, a curated entry or a large place elsewhere, or a name
  that the gazetteer resolves to a place of its region (``known=True``). A name that two
  large places share is found all the same: which one is meant is for resolution, with
  the article's other places, to say. Countries are returned like any other place, and
  the caller decides what to do with them;
- a run that the gazetteer cannot resolve but that is shaped like a place name: led by a
  word such as ``Umm``, ``Tal`` or ``Jabal``, or following "village of", "area of", "near"
  (``known=False``), so that a caller can report it as unresolved instead of losing it.

It skips months and weekdays, demonyms, organisations, common words and the parts of
the names of people and armed groups (``Sir Michael Fallon``, ``Abu Bakr al-Baghdadi``,
``Hashd al-Shaabi``), as listed in
``gazetteer/data/not_places.txt``. Offsets are code points into the original text; a
zero-width character or a soft hyphen inside a word ("Mo\u200bsul") is part of the word.

One regular expression finds the chains of capitalised words; plain lower-case words are
never looked at one by one. What a chain reads as is remembered per gazetteer (a chain reads
the same wherever it stands), so a name costs look-ups only the first time; and most
look-ups are in sets of keys compiled into the index (:func:`_lookups`), not queries.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from gazetteer.normalize import fold, key_of_folded, variant_of_key
from gazetteer.places import Place
from gazetteer.resolve import Gazetteer

__all__ = ["NameSpan", "announced", "ends_with", "lowered", "peoples", "scan_text"]

_APOS = "’'‘ʿʾ`"
# Zero-width characters and the soft hyphen, which may sit inside a word unseen.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INNER = _APOS + _ZERO_WIDTH
_LETTER = r"[^\W\d_]"
# A word: letters (any script's Latin letters with diacritics), apostrophes and zero-width
# characters inside.
_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|[{_INNER}](?={_LETTER}))*")
_POSSESSIVE = re.compile(rf"[{_APOS}]s$")
# Lower-case words that may sit inside a place name.
_CONNECTORS = frozenset(
    # The Arabic article, its assimilated forms, "son of", the Persian ezafe ...
    "al el ul ash as at ad an ar az adh ath ez es ed et en er esh bin ibn bani ben e ye "
    # ... and the linking words of Romance place names: Barra do Corda, Neuilly-sur-Marne.
    "de del della di da das do dos du des la le les sur "
    # ... and of German, Slavic, Spanish, Catalan and Dutch ones: Frankfurt am Main, Halle
    # an der Saale, Usti nad Labem, Ayutla de los Libres, Sant Joan i Sant Pere, Bergen op Zoom.
    "am der den dem im bei nad na los las y i aan op".split()
)
_ARTICLES = frozenset("al el ul ash adh ath".split())
_HYPHENS = ("-", "‐", "‑")
# A word that may continue a name: it starts with a letter other than a-z (a capital, say),
# or it is a connector, or it holds something other than ASCII letters (whose folded form
# is then looked at). The plain lower-case words that make up most of a text never are.
_MAY_JOIN = (
    rf"(?=[^\W\d_a-z]|(?i:{'|'.join(sorted(_CONNECTORS))})(?![a-zA-Z])"
    rf"|[a-z][a-zA-Z]*(?:[^\W\d_a-zA-Z]|[{_INNER}]{_LETTER})"
    # ... or it is a lower-case word between hyphens before a capital: Frinton-on-Sea.
    rf"|(?<=[{''.join(_HYPHENS)}])[a-z]+[{''.join(_HYPHENS)}][^\W\d_a-z])"
)
# A chain: a word that starts with a letter other than a-z, where a word starts (no letter,
# nor a letter and an inner mark, just before), and the words joined to it by a space or a
# hyphen that may continue a name. Every run of a text lies in one chain (or starts with the
# connector of "al-Qaim" just before one); a chain may hold several runs, or none.
_CHAIN = re.compile(
    rf"[^\W\d_a-z](?<!{_LETTER}.)(?<!{_LETTER}[{_INNER}].)(?:{_LETTER}|[{_INNER}](?={_LETTER}))*"
    rf"(?:[{_APOS}]?[ {''.join(_HYPHENS)}][{_APOS}]*{_MAY_JOIN}{_WORD.pattern})*",
    re.DOTALL,
)
_LETTER_RX = re.compile(_LETTER)
# A French or Italian article elided before a capitalised name: Côte d'Ivoire, Val-d'Or.
_ELIDED = re.compile(rf"(?:d|l|dell|dall|nell|sull|all)[{_APOS}][^\W\d_a-z]")
# Lower-case words hyphenated to a name: the "-chiang" of "Hsin-chiang", "-si", "-shi".
_HYPHENATED = re.compile(rf"(?:[{''.join(_HYPHENS)}](?=[^\W\d_A-Z]){_WORD.pattern})+")
# Words that lead place names in the region, and phrases that announce one.
_HEADS = frozenset(
    "umm um tal tall tel tell ain ayn bir wadi jabal jebel jabel khirbat khirbet qaryat "
    "ras deir dayr kafr kfar hamam hammam mazraat qasr nahr jisr bab khan beit bayt qalaat "
    "maarat tallet tallat".split()
    # ("Bab Sinjar": a gate; "Khan Tuman": an inn, "Beit Jinn": a house, "Tallet Moussa": a hill)
)
_CUE_WORDS = "near outside towards toward named into retook took".split()
_CUE_VERBS = (
    "enter captur tak seiz storm liberat besieg surround encircl shell reach approach".split()
)
_CUE_ENDINGS = "e es ed en ing s".split()
_CUE = re.compile(
    r"(?:\b(?:villages?|towns?|city|area|district|region|province|outskirts|neighbou?rhood|"
    r"suburb|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of"
    rf"|\b(?:{'|'.join(_CUE_WORDS)})"
    r"|\bcontrol\s+(?:of|over)"
    r"|\b(?:driven|drove|pushed|forced|chased|kicked|flushed|thrown|moved|pulled|expelled|ousted)"
    r"\s+(?:\w+\s+)?out\s+of"
    rf"|\b(?:re)?(?:{'|'.join(_CUE_VERBS)})(?:{'|'.join(_CUE_ENDINGS)})?"
    r"|\bclos(?:e|es|ed|ing)\s+in\s+on"
    # "advanced from", "withdrawn from", "fled from", "driven from": where a force set out
    r"|\b(?:advanc|push|mov|march)\w*\s+(?:(?:north|south|east|west)\w*\s+)?from"
    r"|\b(?:withdr[ae]wn?|withdrawing|withdraws?|retreat(?:ed|ing|s)?|fled|flee(?:ing|s)?|"
    r"pulled\s+out|expelled|driven|ousted)\s+from"
    r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RATED = re.compile(r"(?i)(?<=\s)(?:strategic(?:ally\s+important)?|key|important|vital)\s+$")
# ... but not a participle that describes a thing: "driving captured Humvees", "with seized
# weapons"
_THING_PARTICIPLE = re.compile(
    r"(?i)\b(?:\w+ing|an?|their|its|his|her|with|of)\s+(?:captured|seized)\s+$"
)
# The last word of each cue, lower-cased: a text that ends with none of them (but for a
# last "the") holds no cue at its end.
_CUE_LAST = (
    "of",
    "on",
    "over",
    "from",
    *_CUE_WORDS,
    *(
        f"{pre}{verb}{end}"
        for pre in ("", "re")
        for verb in _CUE_VERBS
        for end in ("", *_CUE_ENDINGS)
    ),
)
# The only letters that a regular expression ignoring case matches to an ASCII letter other
# than that letter's own two cases.
_CASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
# ... or, after the name, where it lies: "Bashiqa, northeast of Mosul", "X, 30 km south of".
# ... or what it is: "Imam Gharbi, a village on the Tigris" (not "a town council").
_WHERE = re.compile(
    r",\s+(?:(?:about|some|around|nearly|roughly|approximately|just|only)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilomet[er]{2}s|miles)\b\.?\s+(?:\([^)]{0,30}\)\s+)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b"
    # ... followed by where it lies or a clause, not by a noun: "a town councillor"
    r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|district|neighbou?rhood|"
    r"suburb|hamlet)(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|near|outside|of|about|some|just|north|south|"
    r"east|west|between|along|close|at|that|which|where|located|lying|held|controlled|under|"
    r"\d)\b)",
    re.IGNORECASE,
)
_MAX_WORDS = 5
_MIN_LETTERS = 3
_MAX_CUED = 3
_MAX_ACRONYM = 4
_LARGE = 100_000  # with _SMALL, in gazetteer.index.PRECOMPILED_POPULATIONS
_SMALL = 1_000
_MEMO_SIZE = 200_000  # chains remembered per gazetteer

# How a run reads: ``(start, end, known)`` of each name, and the name to take when the words
# around announce a place ("the village of" before it, ", a village near" after it; None:
# never), with whether only the words after may ("Imam Gharbi, a village"; not "captured Abu
# Hamza"); offsets from the run's start.
_Reading = tuple[tuple[tuple[int, int, bool], ...], tuple[int, int, bool] | None]
# How a chain reads: the start of each of its runs (from the chain's start) and its reading.
_Chain = tuple[tuple[int, _Reading], ...]
_MEMOS: weakref.WeakKeyDictionary[Gazetteer, dict[str, _Chain]] = weakref.WeakKeyDictionary()
_Lookups = tuple[frozenset[str], frozenset[str], frozenset[str]]
_LOOKUPS: weakref.WeakKeyDictionary[Gazetteer, _Lookups] = weakref.WeakKeyDictionary()


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


@dataclass(frozen=True, slots=True)
class _WordLists:
    """The word lists of ``not_places.txt``; the others are parts of ``stop``."""

    stop: frozenset[str]  # never places
    person: frozenset[str]  # mark the name of a person or group
    titles: frozenset[str]  # short titles, never a place on their own (Brig, a Swiss district)
    landmarks: frozenset[str]  # works that may bear a person's name ("Nuri Mosque")
    peoples: frozenset[str]  # peoples and faiths ("Kurdish", "Druze"): words that describe


@cache
def _word_lists() -> _WordLists:
    """Read the word lists of ``gazetteer/data/not_places.txt``."""
    ref = resources.files("gazetteer").joinpath("data/not_places.txt")
    stop: set[str] = set()
    person: set[str] = set()
    titles: set[str] = set()
    landmarks: set[str] = set()
    peoples: set[str] = set()
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
        if section in ("person", "group", "titles"):
            person |= words
        if section == "titles":
            titles |= words
        elif section == "landmarks":
            landmarks |= words
        elif section == "groups":
            peoples |= words
    return _WordLists(*map(frozenset, (stop, person, titles, landmarks, peoples)))


def peoples() -> frozenset[str]:
    """The folded words of peoples, faiths and nationalities (``[groups]`` of
    ``not_places.txt``): they describe a place or a party, never name a place.

    >>> {"druze", "kurdish"} <= peoples()
    True
    """
    return _word_lists().peoples


def scan_text(gazetteer: Gazetteer, text: str) -> Iterator[NameSpan]:
    """Yield the place names of ``text`` in order; spans never overlap, the longest name wins."""
    memo = _memo(gazetteer)
    for m in _CHAIN.finditer(text):
        start, end = m.span()
        if text[start - 1 : start] in _HYPHENS and start > 1:
            start = _connector_start(text, start)
        # A chain reads the same wherever it is, but for what follows its last word: a
        # compound ("Turkey-backed"), and for each run the cue before it ("the area of").
        key = text[start:end]
        if text[end : end + 1] in _HYPHENS and _compound(text, end):
            key = text[start : _compound_end(text, end)] + "\n"
        chain = memo.get(key) if memo is not None else None
        if chain is None:
            chain = _read_chain(gazetteer, text, start, end)
            if memo is not None:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                memo[key] = chain
        for offset, (spans, cued) in chain:
            at = start + offset
            for a, b, known in spans:
                yield NameSpan(at + a, at + b, text[at + a : at + b], known)
            # Nothing known, but announced as a place: "the area of Abu Jarees", "pushed
            # into Bashiqa", "Bashiqa, northeast of Mosul".
            if cued is not None and announced(
                text, at + cued[0], at + cued[1], after_only=cued[2]
            ):
                a, b, _ = cued
                yield NameSpan(at + a, at + b, text[at + a : at + b], known=False)


def announced(text: str, start: int, end: int, *, after_only: bool = False) -> bool:
    """Whether the words around ``text[start:end]`` say that it is a place.

    Before it, a noun or a verb of place ("the area of", "near", "pushed into",
    "surrounded"), unless ``after_only``; after it, where it lies or what it is ("...,
    northeast of Mosul", "..., 30 km south of", "..., a village on the Tigris").
    """
    if _WHERE.match(text, end):
        return True
    before = text[max(0, start - 52) : start]
    # (past a word that rates the place: "have taken control of the strategic Tallet Moussa")
    before = _RATED.sub("", before)[-40:]
    return (
        not after_only
        and ends_with(before, _CUE_LAST, the=True)
        and bool(_CUE.search(before))
        and not describes_a_thing(before)
    )


def describes_a_thing(before: str) -> bool:
    """Whether ``before`` ends with a participle that describes a thing, not a verb of place.

    >>> describes_a_thing("were driving captured "), describes_a_thing("the army captured ")
    (True, False)
    """
    return _THING_PARTICIPLE.search(before) is not None


def lowered(text: str) -> str:
    """Lower-case ``text`` so that an ASCII word that ``re.IGNORECASE`` finds in it, ``in`` finds.

    >>> lowered("ſeized İDLIB"), "ied" in lowered("IED")
    ('seized idlib', True)
    """
    if not text.isascii() and any(c in text for c in "İıſ\u212a"):
        text = text.translate(_CASE_FOLDS)
    return text.lower()


def ends_with(text: str, words: tuple[str, ...], *, the: bool = False) -> bool:
    """Whether ``text`` ends with one of ``words`` (lower-case) and spaces, or (``the``) with
    one of them, spaces, "the" and spaces, case ignored as ``re.IGNORECASE`` ignores it.

    A test of a few string ends before the search of a case-blind pattern anchored at the
    end of a text, which tries every position: most texts fail it.

    >>> ends_with("fighting near the ", ("near",), the=True), ends_with("Kirkuk's ", ("near",))
    (True, False)
    """
    tail = lowered(text).rstrip()
    if tail.endswith(words):
        return True
    return the and tail.endswith("the") and tail[:-3].rstrip().endswith(words)


def _read_chain(gazetteer: Gazetteer, text: str, start: int, end: int) -> _Chain:
    """Read the runs of the chain ``text[start:end]``, leaving out those that name nothing."""
    readings = (
        (run[0].start - start, _read_run(gazetteer, text, run))
        for run in _runs(gazetteer, text, start, end)
    )
    return tuple((offset, r) for offset, r in readings if r[0] or r[1] is not None)


def _memo(gazetteer: Gazetteer) -> dict[str, _Chain] | None:
    """The readings of chains already scanned with ``gazetteer`` (None: answers may change)."""
    if gazetteer.online is not None:
        return None
    memo = _MEMOS.get(gazetteer)
    if memo is None:
        memo = _MEMOS[gazetteer] = {}
    return memo


def _connector_start(text: str, start: int) -> int:
    """Return the start of the word before the hyphen at ``start - 1`` (the "al" of "al-Qaim").

    The word is part of the chain (:func:`_runs` decides whether it joins the name); when no
    letter comes just before the hyphen, ``start`` itself.
    """
    return _word_start(text, start - 2) if _LETTER_RX.match(text, start - 2) else start


def _word_start(text: str, i: int) -> int:
    """Return where the word holding the letter ``text[i]`` starts."""
    while i > 0:
        if _LETTER_RX.match(text, i - 1):
            i -= 1
        elif text[i - 1] in _INNER and i > 1 and _LETTER_RX.match(text, i - 2):
            i -= 2
        else:
            break
    return i


def _runs(gazetteer: Gazetteer, text: str, start: int, end: int) -> Iterator[list[_Word]]:
    """Yield the runs of capitalised words (with connectors) joined by a space or a hyphen.

    Only the words of ``text[start:end]`` are read, and the lower-case words hyphenated to
    the last one when they complete a known name (``Hsin-chiang``); any word before or after
    is not joined.
    """
    run: list[_Word] = []
    closed = False  # the last word ended in a possessive: the name ended there
    skip = start  # words before this were read as part of a hyphenated one
    for m in _WORD.finditer(text, start, end):
        if m.start() < skip:
            continue
        raw = _POSSESSIVE.sub("", m.group())
        capital = raw[:1].isupper() or _ELIDED.match(raw) is not None
        word = _Word(m.start(), m.start() + len(raw), fold(raw), capital)
        joined = bool(run) and not closed and _joins(text[run[-1].end : word.start])
        connector = word.folded in _CONNECTORS or (
            text[word.start - 1 : word.start] in _HYPHENS and _hyphen_after(text, m.end())
        )
        if word.capital and _compound(text, m.end()):
            whole = _hyphenated(gazetteer, text, run if joined else [], word)
            if whole is None:
                # A compound modifies the whole name before it: "Tal Afar-based".
                if not joined:
                    yield from _trimmed(run)
                run = []
            else:
                run = [*run, whole] if joined else [whole]
                skip = whole.end
        elif word.capital or (connector and (joined or _hyphen_after(text, m.end()))):
            if not joined:
                yield from _trimmed(run)
                run = []
            run.append(word)
        else:
            yield from _trimmed(run)
            run = []
        # (or the bare mark of a plural's or an -s name's possessive: "Kilis' Elbeyli district")
        closed = len(raw) != len(m.group()) or _S_POSSESSIVE.match(text, m.end() - 1) is not None
    yield from _trimmed(run)


_S_POSSESSIVE = re.compile(rf"s[{_APOS}] ")


def _joins(gap: str) -> bool:
    """Whether two words are joined: a space or a hyphen, perhaps with an ayn or soft sign.

    Ras al-'Ayn, Al'-Kasim.
    """
    return gap.strip(_APOS) in (" ", *_HYPHENS)


def _compound(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` leads a compound such as "Turkey-backed".

    Not when the lower-case word links two capitals (Frinton-on-Sea, Mosul-to-Raqqa).
    """
    after = _WORD.match(text, end + 1) if text[end : end + 1] in _HYPHENS else None
    return (
        after is not None
        and after.group().islower()
        and after.group() not in _CONNECTORS
        and not _hyphen_after(text, after.end())
    )


def _compound_end(text: str, end: int) -> int:
    """Return the end of the lower-case words hyphenated to the word ending at ``end``."""
    found = _HYPHENATED.match(text, end)
    return found.end() if found else end


def _hyphenated(gazetteer: Gazetteer, text: str, run: list[_Word], word: _Word) -> _Word | None:
    """Return ``word`` with the lower-case words hyphenated to it, if they make a known name.

    "Hsin-chiang", "Seongnam-si", alone or ending a run ("Nam Hsin-chiang"); None for a
    compound such as "Turkey-backed", which the caller leaves out.
    """
    end = _compound_end(text, word.end)
    whole = _Word(word.start, end, fold(text[word.start : end]), True)
    words = [*run[-(_MAX_WORDS - 1) :], whole]
    for first in words:
        if first.capital and _known(gazetteer, text[first.start : end]):
            return whole
    return None


def _hyphen_after(text: str, end: int) -> bool:
    """Whether a hyphen and a capital follow ``end``, as after the "al" of "al-Qaim"."""
    return text[end : end + 1] in _HYPHENS and text[end + 1 : end + 2].isupper()


def _trimmed(run: list[_Word]) -> Iterator[list[_Word]]:
    """Drop connectors left dangling at the end of a run."""
    while run and not run[-1].capital:
        run = run[:-1]
    if run:
        yield run


def _read_run(gazetteer: Gazetteer, text: str, run: list[_Word]) -> _Reading:
    """Read one run: its known and place-shaped names, and the name to take if announced.

    Offsets are relative to the run's start; the reading depends on the run's words alone.
    """
    lists = _word_lists()
    stop, person = lists.stop, lists.person
    start = run[0].start
    first = next((i for i, w in enumerate(run) if w.folded in person), None)
    if first is not None:
        # A person's or a group's name ("Sir Michael Fallon", "Hashd al-Shaabi", a title
        # such as "Brig."), unless the whole run is a place in the region ("Imam Gharbi");
        # a known place before a landmark named after someone stays one ("Mosul Nuri
        # Mosque"; not the "Abu" of "Abu Bakr al-Baghdadi").
        if run[0].folded not in lists.titles and _known(gazetteer, text[start : run[-1].end]):
            return ((0, run[-1].end - start, True),), None
        # ("Near Abu Kamal, two strikes": the sentence's first word is not the name's)
        for lead in range(1, min(first + 1, len(run) - 1)):
            if run[0].folded not in lists.titles and _known(
                gazetteer, text[run[lead].start : run[-1].end]
            ):
                return ((run[lead].start - start, run[-1].end - start, True),), None
        if run[0].folded in _LEADING_CUES and first > 0 and len(run) <= _MAX_CUED:
            # ("Near Sultan Abdallah, two strikes struck"): a sentence opened by a cue
            return (), (run[1].start - start, run[-1].end - start, False)
        if run[-1].folded not in lists.landmarks:
            # Only what follows may make it a place: "Imam Gharbi, a village on the Tigris".
            whole = run[0].folded not in lists.titles and len(run) <= _MAX_CUED
            return (), (0, run[-1].end - start, True) if whole else None
        before = [s for s in _spans(gazetteer, text, run[:first], stop) if s.known]
        return tuple((s.start - start, s.end - start, True) for s in before), None
    spans = tuple(
        (s.start - start, s.end - start, s.known) for s in _spans(gazetteer, text, run, stop)
    )
    if spans or all(w.folded in stop for w in run):
        return spans, None
    words = run[:_MAX_CUED]
    while not words[-1].capital:
        words = words[:-1]
    if _PEOPLES.search(words[-1].folded):
        return spans, None  # a people, not a place: "had taken the Fijians", "near the Lebanese"
    # (a cue that opens a sentence leads the run: "Near Sarrin, six airstrikes struck")
    lead = 0
    while lead < len(words) - 1 and words[lead].folded in _LEADING_CUES:
        lead += 1
    return spans, (words[lead].start - start, words[-1].end - start, False)


_LEADING_CUES = frozenset({"near", "outside", "towards", "toward", "into"})
# The ends of the names of peoples: "Fijians", "Filipinos", "Alawites", "Lebanese"
_PEOPLES = re.compile(r"(?:ans|inos|ites|ese)$")


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
    if not run[i].capital and run[i].folded not in _CONNECTORS:
        return 0  # the "to" of Mosul-to-Raqqa
    if _english_article(text, run[i]):
        return 0  # the "at" of "fought at Mosul" (but "at-Tanf")
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


def _english_article(text: str, word: _Word) -> bool:
    """Whether ``word`` is an article that is also an English word ("as", "at", "an"),
    written as a word of its own, not hyphenated to the name."""
    return (
        word.folded in _CONNECTORS
        and word.folded not in _ARTICLES
        and text[word.start : word.end].islower()
        and text[word.end : word.end + 1] not in _HYPHENS
    )


def _name_end(run: list[_Word], j: int) -> int:
    """Return the index after the first word at or after ``j`` that is not a connector."""
    while j < len(run) - 1 and run[j].folded in _CONNECTORS:
        j += 1
    return j + 1


def _text(text: str, words: list[_Word]) -> str:
    return text[words[0].start : words[-1].end]


def _known(gazetteer: Gazetteer, span: str) -> bool:
    """Whether ``span`` names a place that news of the region would name.

    Most names are settled by set look-ups (:func:`_lookups`): it is the main name of a
    prominent place, or no place that could be plausible bears it. The rest (names of the
    region's places, other names of prominent places, spellings that only a variant match
    could place) are resolved, to see which place they mean and whether that one would be
    named.
    """
    folded = fold(span)
    if len(folded) - folded.count(" ") < _MIN_LETTERS:
        return False
    key = key_of_folded(folded)
    sure, maybe, maybe_variants = _lookups(gazetteer)
    if key in sure:
        return True
    if key not in maybe and variant_of_key(key) not in maybe_variants:
        return False
    if span not in gazetteer:
        return False
    place = gazetteer.resolve(span).place
    return place is not None and _plausible(gazetteer, place)


def _lookups(gazetteer: Gazetteer) -> _Lookups:
    """The keys that are surely plausible names, those that may be, and the variants that may.

    Surely: the main name of a prominent place (:func:`gazetteer.index.prominent`) at the
    population that :func:`_plausible` asks of a place outside the region (of any place
    when there is no region). May: the other names of those places, the names of the
    region's places, and the variant spellings that resolution would try.
    """
    found = _LOOKUPS.get(gazetteer)
    if found is None:
        region = gazetteer.region
        prominent = gazetteer.prominent_keys(_SMALL if region.empty else _LARGE)
        maybe, variants = prominent.other, prominent.variants
        if not region.empty:
            keys, region_variants = gazetteer.region_keys()
            maybe |= keys
            # Variants are looked for everywhere unless the region is a list of countries.
            variants = variants | region_variants if region.lat is not None else region_variants
        found = _LOOKUPS[gazetteer] = (prominent.main, maybe, variants)
    return found


def _plausible(gazetteer: Gazetteer, place: Place) -> bool:
    """Whether a place is one that news of the gazetteer's region would name."""
    if place.feature == "A" or place.source in ("campaign", "regional"):
        return True
    if gazetteer.region.empty:
        return place.population >= _SMALL
    return gazetteer.region.contains(place) or place.population >= _LARGE
