"""Split article text into sentences, keeping offsets, and tell prose from page furniture.

Articles arrive as published: donation appeals, subscription prompts, comment invitations,
tips-line footers and breadcrumbs sit among the paragraphs, sometimes glued to a sentence of
the story ("...all the difference.Forces from..."). :func:`split_sentences` splits such glued
sentences; :func:`furniture_reasons` says which sentences are furniture and why, from how such
text is written (addressing the reader, naming the outlet, asking for money or e-mail), not
from the words of any one site.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from gazetteer.scan import lowered

# The parser behind re.compile: private (and untyped), but stable across 3.11-3.13, and the
# only way to see the literal text a pattern needs without a regex parser of our own (see
# required_words).
_sre: Any = importlib.import_module("re._constants")
_sre_parser: Any = importlib.import_module("re._parser")

__all__ = [
    "ITSELF",
    "TITLE_SMALL_WORDS",
    "WIRE_DATELINE",
    "Sentence",
    "furniture_reasons",
    "lowered",
    "quoted_mask",
    "required_words",
    "sentence_at",
    "sentences_holding",
    "split_sentences",
    "word_finder",
]

# The words a headline in title case leaves in lower case ("Take Control of Border Crossing
# with Syria")
TITLE_SMALL_WORDS = frozenset(
    "of the a an to in on at for and from by with as or into over".split()
)

# "itself" after a place or a description of one: "enter Mosul itself", "the city itself"
ITSELF = re.compile(r"\s+itself\b")

# A wire's dateline, the place and the agency between slashes: "Baghdad / NINA / --",
# "Diyala /NINA/ -"
WIRE_DATELINE = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*/\s*[A-Z]{2,}\s*/\s*(?:-+|–|—)?\s*"

# A sentence ends at . ! ? (with closing quotes or brackets) before whitespace and a capital,
# or at a line end; or at a full stop glued to the next sentence ("difference.Forces").
# Each starts at a space, a closing mark or a capital: a look at that character first skips
# most places at once.
_END = re.compile(
    r"(?=[\s\"”’')\]A-Z])"
    r"(?:(?<=[.!?…])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))"
)
# Abbreviations that end in a full stop without ending the sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Maj|Brig|Adm|Gov|Sen|Rep|St|No|Prof|Jr|Sr|Mt|Ft|vs|approx|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|\b[ap]\.m)\.$"
)

# Strong signs of page furniture: asking for support, e-mail, subscriptions, comments.
_STRONG = re.compile(
    r"(?i)\b(?:your (?:support|donation|contribution)|donate (?:now|today|here)|make a donation|subscri(?:be|ption)|"
    r"sign up|newsletter|e-?mail us|email us at|call 0\d{2,4}|join (?:our|the) (?:commenting|conversation|discussion)|"
    r"commenting forum|can also be accessed at|alternate address|bookmark|click here|"
    r"follow us on|share (?:this|on|via)|all rights reserved|copyright ©?|we pay for your stories|"
    r"do you have a story|read more:?|related articles?|sponsored (?:content|links?)|advertisement|paywall|"
    r"cookie|terms of (?:use|service)|privacy policy|download (?:our|the) app|"
    r"(?:have|got) a (?:tip|story)|send us (?:a|your)|leave a comment|comments? below|"
    r"join the conversation|most read|recommended for you)"
)
# Lines that credit the staff or point elsewhere: "By Stephen Kalin and Maher Chmaytelli",
# "Reporting by ...; Editing by ...", "X contributed to this report", "Related: ...", "Tags:
# Baghdad, Sadr City, car bomb".
_BYLINE = re.compile(
    r"[Bb][Yy]\s+[A-Z][\w.’'-]*(?:(?:\s+|,\s*)(?:[A-Z][\w.’'-]*|and|with|in|al|bin|ibn|de|van|von|"
    r"reporters?|staff|correspondents?|writers?|&))*\s*$"
)
_CREDIT = re.compile(
    r"(?i)\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|produced|translated|"
    r"photographs?|video)\s+by\b|.*\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)"
    # ("[Photo: Peshmerga fighters take position near Maktab Khalid ... Photo: Rudaw]")
    r"|[\[(]?\s*(?:related(?:\s+(?:topics|stories|coverage|content|articles?|links?|news|reading|posts))?|"
    r"see\s+also|read\s+(?:also|more)|"
    r"also\s+read|more\s+on\s+this(?:\s+story)?|watch|listen|photo(?:graph)?s?|pictures?|"
    r"images?|caption|tags?|topics|keywords|filed\s+under|categor(?:y|ies))\s*:"
    # a bracketed pointer to another story on a line of its own: "[See LWJ report, Iraqi
    # forces enter Fallujah city center.]"
    r"|\[\s*(?:see|read|related|also\s+read|more\s+on|watch|listen)\b[^\]\n]{0,300}\]\s*$"
)
# A photo's caption: "An image grab taken from a video ... -- AFP Photo / HO / YouTube"
_PHOTO_LINE = re.compile(
    r"(?i)\b(?:AFP|AP|Reuters|EPA|Anadolu|Getty)\s*(?:Photo|Images)\b[^.\n]{0,60}$"
    r"|^(?:an?\s+)?(?:image|picture|photo|still)\s+(?:grab|taken|released)\b"
)
_ONLY = re.compile(
    r"(?i)^\s*(?:comments?|share|advertisement|related|more|see\s+also|recommended|most\s+read|"
    r"more\s+stories|you\s+may\s+also\s+like|trending|menu|close|loading\W*)\s*$"
)
_SPEAKING = re.compile(r"appeal|speaking|navigation")
_LINKS_MAX = 8  # lines of links under one "Related"
_LINKED = re.compile(
    r"(?i)^\s*(?:related(?:\s+(?:coverage|stories|news|articles?|content|links?|topics|reading|"
    r"posts))?|"
    r"read\s+(?:more|also)|also\s+read|more|more\s+on\s+this(?:\s+story)?|see\s+also|"
    r"recommended|most\s+read|more\s+stories|further\s+reading|latest(?:\s+news)?|"
    r"you\s+may\s+also\s+like|trending)\W*$"
)
_CRUMB_SEPARATOR = re.compile(r"\s+[/>|»]\s+")
# Weak signs: speaking to the reader or as the outlet, outside quotation marks.
_QUOTE_MARK = re.compile(r'[“”"\n]')
# ("US" is the country; "our correspondent says" is reporting, not the outlet's appeal)
_PERSON = re.compile(
    r"\b(?:[Ww]e|WE|[Oo]ur|OUR|us|[Yy]ou|YOU|[Yy]our|YOUR)\b"
    r"(?!\s+(?:own\s+)?(?:correspondents?|reporters?|team|colleagues?|journalists?|sources?|"
    r"producers?|crew|stringers?|agency|news\s+agency|office|bureau|cameram[ae]n|"
    r"photographers?)\b)"
)
_TOLD = re.compile(r"(?i)\b(?:told|to|by|for|with|in|according to)\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """``text[start:end]`` of the article body, stripped of surrounding whitespace."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are code points into ``text``.

    >>> [s.text for s in split_sentences("Mosul fell. Kirkuk held.\\nNext line")]
    ['Mosul fell.', 'Kirkuk held.', 'Next line']
    >>> [s.text for s in split_sentences("All the difference.Forces from Gen. Ali took it.")]
    ['All the difference.', 'Forces from Gen. Ali took it.']
    """
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0):
            if _ABBREV.search(text[max(start, m.start() - 12) : m.start()]):
                continue
        elif (
            m.group(0)
            and "\n" not in m.group(0)
            and _ABBREV.search(text[max(start, m.start() - 12) : m.start()])
        ):
            continue
        _append(out, text, start, m.end())
        start = m.end()
    _append(out, text, start, len(text))
    return out


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Return lower-case strings one of which every text a match of ``pattern`` is in holds.

    A text whose :func:`lowered` form holds none of them has no match, so the pattern need not
    be run on it. None when the pattern needs no literal text (``\\d+``). The strings come
    from the pattern's parse tree: a stretch of literal letters (its alternatives spelled out:
    ``(?:Mon|Tues)day`` is "monday" or "tuesday"), or one string per alternative of a group
    that every match passes through; the most selective (more letters, fewer strings) is kept.

    >>> sorted(required_words(r"\\b(?:re)?captur(?:e|ed)\\b|\\bfall\\s+of\\b", re.I))
    ['capture', 'fall']
    >>> sorted(required_words(r"\\b(?:Mon|Tues)day\\b"))
    ['monday', 'tuesday']
    >>> required_words(r"\\d+|foo") is None
    True
    """
    return _needed(list(_sre_parser.parse(pattern, flags)))


_MAX_SPELLED = 64  # spellings of a literal stretch beyond which it is not spelled out


def _needed(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The strings one of which a match of the sequence ``items`` holds (None: none needed)."""
    best: frozenset[str] | None = None
    stretch = frozenset({""})  # the ways the literal text matched so far in a row is spelled
    for op, arg in items:
        spelled = _spellings([(op, arg)])
        if spelled is not None and len(stretch) * len(spelled) <= _MAX_SPELLED:
            stretch = frozenset(a + b for a in stretch for b in spelled)
            continue
        if stretch != {""}:  # the stretch ends here
            best = _more_selective(best, stretch)
        stretch = spelled if spelled is not None else frozenset({""})
        if spelled is not None:
            continue
        if op is _sre.SUBPATTERN:
            best = _more_selective(best, _needed(list(arg[-1])))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if arg[0] >= 1:  # a group that may be skipped needs nothing
                best = _more_selective(best, _needed(list(arg[2])))
        elif op is _sre.BRANCH:
            each = [_needed(list(alt)) for alt in arg[1]]
            if all(e is not None for e in each):
                best = _more_selective(best, frozenset(w for e in each if e for w in e))
    if stretch != {""}:
        best = _more_selective(best, stretch)
    return best


def _spellings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every lower-case text the sequence ``items`` matches, if it only matches a few texts.

    None when it matches something else than literal ASCII (a class, a repeat, a group of
    such) or too many texts. ``\\b`` and the like match no text and are spelled "".
    """
    out = frozenset({""})
    for op, arg in items:
        if op is _sre.LITERAL and arg < 128:
            # Only ASCII: lowered() makes a text match ASCII letters case-blind, no others.
            one: frozenset[str] | None = frozenset({chr(arg).lower()})
        elif op is _sre.AT:
            one = frozenset({""})
        elif op is _sre.SUBPATTERN:
            one = _spellings(list(arg[-1]))
        elif op is _sre.BRANCH:
            alternatives = [_spellings(list(alt)) for alt in arg[1]]
            one = None if None in alternatives else frozenset().union(*alternatives)  # type: ignore[arg-type]
        else:
            one = None
        if one is None or len(out) * len(one) > _MAX_SPELLED:
            return None
        out = frozenset(a + b for a in out for b in one)
    return out


def _more_selective(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The set of the two that a random text holds less often: more letters, fewer strings."""
    if b is not None:  # "capture" or "captured": a text holding the second holds the first
        b = frozenset(w for w in b if not any(o != w and o in w for o in b))
    if a is None or b is None:
        return a if b is None else b
    return b if _selectivity(b) > _selectivity(a) else a


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    # Letters and digits, not spaces: " a " is in almost every text, "tip" in few.
    return min(sum(c.isalnum() for c in w) for w in words), -len(words)


def word_finder(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds ``words`` (non-empty), each giving its length."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def sentences_holding(
    finder: ahocorasick.Automaton, low: str, sentences: list[Sentence]
) -> set[int]:
    """The indices of the sentences that hold a word of ``finder`` (:func:`word_finder`).

    ``low`` is the whole text :func:`lowered` (of the same length): one pass in C over it
    tells which sentences a pattern that needs one of the words (:func:`required_words`)
    may match in, where running the pattern on each sentence would take longer.
    """
    starts = [s.start for s in sentences]
    found: set[int] = set()
    for last, length in finder.iter(low):
        i = bisect_right(starts, last - length + 1) - 1
        if i >= 0 and last < sentences[i].end:
            found.add(i)
    return found


# A sentence holds one of these (lower-cased) if it appeals to the reader.
_STRONG_WORDS = required_words(_STRONG.pattern, _STRONG.flags)
_STRONG_FINDER = word_finder(_STRONG_WORDS) if _STRONG_WORDS and "" not in _STRONG_WORDS else None


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """Return the sentence that contains ``offset``."""
    i = bisect_right([s.start for s in sentences], offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


def quoted_mask(text: str) -> list[bool]:
    """Return, for each character of ``text``, whether it lies inside quotation marks.

    Quotes are tracked per paragraph (a line): an opening mark left open runs to the line end,
    as a quotation that goes on in the next paragraph does.

    >>> m = quoted_mask('He said: “we took it” and left.')
    >>> m[10], m[25]
    (True, False)
    """
    mask = [False] * len(text)
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        ch = m.group(0)
        if ch == "\n":
            if opened is not None:
                mask[opened : m.start()] = [True] * (m.start() - opened)
            opened = None
        elif ch == "“" or (ch == '"' and opened is None):
            if opened is None:
                opened = m.start()
        elif opened is not None:  # ” or a closing "
            mask[opened : m.end()] = [True] * (m.end() - opened)
            opened = None
    if opened is not None:
        mask[opened:] = [True] * (len(text) - opened)
    # A transcript's turns ("COL. DILLON: Good morning from Baghdad.", "Q: Can you ..."):
    # each speaker's words, quoted as if in marks
    turns = _speaker_turns(text)
    for k, m in enumerate(turns):
        end = turns[k + 1].start() if k + 1 < len(turns) else len(text)  # to the next turn
        mask[m.end() : end] = [True] * (end - m.end())
    return mask


_SPEAKER_TURN = re.compile(
    r"(?m)^(?P<who>[A-Z][A-Z.’'-]*(?:\s+[A-Z][A-Z.’'-]*){0,3}|Q|A)(?:\s*\([^)]{1,40}\))?:\s+(?=\S)"
)
# Labels of a page's own lines, not speakers: "READ MORE: ...", "WATCH: ...".
_NOT_SPEAKERS = re.compile(
    r"(?:(?:READ|SEE|ALSO|WATCH|LISTEN|RELATED|MORE|UPDATE[D]?|PHOTOS?|VIDEO|PICTURES?|"
    r"GALLERY|EDITOR['’]?S|NOTE|CORRECTION|CLARIFICATION|BREAKING|LIVE|EXCLUSIVE|ANALYSIS|"
    r"OPINION|FILE|CAPTION|SOURCE|SOURCES|TOPICS?|TAGS?)\b\s*)+$"
)


def _speaker_turns(text: str) -> list[re.Match[str]]:
    """The turns of a transcript in ``text``, or none when it is no transcript.

    A transcript has a questioner ("Q:"), a speaker with a title ("COL. DILLON:") or a
    speaker heard twice; one such line, or lines of a page's own labels ("READ MORE:",
    "BAGHDAD:", a dateline, then "MOSUL:" in a round-up), are not one.
    """
    turns = [m for m in _SPEAKER_TURN.finditer(text) if not _NOT_SPEAKERS.match(m["who"])]
    if len(turns) < 2:
        return []
    who = Counter(m["who"] for m in turns)
    if who["Q"] or any("." in w for w in who) or max(who.values()) > 1:
        return turns
    return []


def furniture_reasons(
    text: str, sentences: list[Sentence], outlet: str = "", mask: list[bool] | None = None
) -> dict[int, str]:
    """Return, by sentence index, why a sentence is page furniture rather than the story.

    A sentence is furniture when it asks the reader for something (money, a subscription,
    an e-mail, a comment) or is a breadcrumb; or when it speaks as the outlet or to the
    reader (``we``, ``your``, the outlet's own name, outside quotation marks) next to another
    such sentence. ``mask`` is :func:`quoted_mask` of ``text``, if the caller has it.
    """
    if mask is None:
        mask = quoted_mask(text)
    reasons: dict[int, str] = {}
    weak: set[int] = set()
    outlet_rx = _outlet_pattern(outlet, text)
    appeals: set[int] | range = range(len(sentences))
    if _STRONG_FINDER is not None:  # the other sentences cannot match _STRONG
        appeals = sentences_holding(_STRONG_FINDER, lowered(text), sentences)
    speaking = _speaking_to_reader(text, sentences, mask)
    for i, s in enumerate(sentences):
        if i in appeals and _STRONG.search(s.text) and not _all_quoted(mask, s):
            reasons[i] = "page furniture: appeal or prompt to the reader"
        elif _ONLY.match(s.text) or _is_breadcrumb(s.text):
            reasons[i] = "page furniture: navigation"
        elif (line := _line_of(text, s)) and (
            _BYLINE.match(line) or _CREDIT.match(line) or _PHOTO_LINE.search(line)
        ):
            reasons[i] = "page furniture: byline, credits, a caption or a link to another story"
        elif i in speaking or _names_outlet(s, outlet_rx):
            weak.add(i)
    _links_under_headings(text, sentences, reasons)
    _same_line(text, sentences, reasons)
    changed = True
    while changed:
        changed = False
        for i in sorted(weak - set(reasons)):
            # (next to an appeal or the outlet speaking; a byline or a link is not that)
            if any(
                (j in reasons and _SPEAKING.search(reasons[j])) or (j in weak and j != i)
                for j in (i - 1, i + 1)
            ):
                reasons[i] = "page furniture: the outlet speaking to its readers"
                changed = True
    return reasons


_LINE_MAX = 400  # characters: a longer line is no byline nor credit


def _links_under_headings(text: str, sentences: list[Sentence], reasons: dict[int, str]) -> None:
    """ "Read more" / "Related" on a line of its own: the lines after it, up to a blank line,
    are links to other stories."""
    for i, s in enumerate(sentences[:-1]):
        if not _LINKED.match(s.text) or not _own_line(text, s):
            continue
        reasons.setdefault(i, "page furniture: a heading of links to other stories")
        # the lines after it, each short, up to a blank line ("- Iraqi Forces Enter Mosul,
        # Facing Fierce Resistance  NOV. 1, 2016", however many sentences a line reads as)
        end = s.end
        for _ in range(_LINKS_MAX):
            if text[end : end + 1] != "\n":
                break
            line_end = text.find("\n", end + 1, end + 1 + _LINE_MAX + 1)
            line_end = len(text) if line_end < 0 and len(text) - end <= _LINE_MAX else line_end
            if line_end < 0 or not text[end + 1 : line_end].strip():
                break
            end = line_end
        j = i + 1
        while j < len(sentences) and sentences[j].start < end:
            reasons[j] = "page furniture: a link to another story"
            j += 1


def _own_line(text: str, s: Sentence) -> bool:
    """Whether ``s`` is a whole line of ``text`` of its own, a short one."""
    return (
        s.end - s.start <= _LINE_MAX
        and (s.start == 0 or text[s.start - 1] == "\n")
        and text[s.end : s.end + 1] in ("", "\n")
    )


def _line_of(text: str, s: Sentence) -> str:
    """The line ``s`` is on, from its start (a sentence may share it with others); "" for a
    line longer than bylines and credits are (looked for within bounds: a megabyte on one
    line costs no more than a short one)."""
    lo = max(0, s.start - _LINE_MAX)
    start = text.rfind("\n", lo, s.start) + 1
    if start == 0 and lo > 0:
        return ""
    end = text.find("\n", s.end, s.end + _LINE_MAX)
    if end < 0:
        end = len(text) if len(text) - s.end <= _LINE_MAX else -1
    return text[start:end].strip() if end >= 0 and end - start <= _LINE_MAX else ""


def _same_line(text: str, sentences: list[Sentence], reasons: dict[int, str]) -> None:
    """A short sentence on the same line as an appeal is part of it ("Have a tip? Email us")."""
    for i in sorted(reasons):
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(sentences)
                and j not in reasons
                and len(sentences[j].text.split()) <= 8
            ):
                a, b = sorted((sentences[i], sentences[j]), key=lambda s: s.start)
                gap = text[a.end : b.start]
                if gap and "\n" not in gap:  # glued ("difference.Forces") is a new paragraph
                    reasons[j] = reasons[i]


def _is_breadcrumb(line: str) -> bool:
    """Whether ``line`` is a trail of short links: "News / Iraq", "Home > World > Middle East".

    >>> _is_breadcrumb("News   /   Iraq"), _is_breadcrumb("Troops took Mosul / Ninewa.")
    (True, False)
    """
    if len(line) > 300 or not any(c in line for c in "/>|»"):
        return False
    parts = _CRUMB_SEPARATOR.split(line.strip())
    return len(parts) >= 2 and all(
        0 < len(p.split()) <= 4 and len(p) <= 30 and not p.endswith((".", "!", "?")) for p in parts
    )


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    stripped = chunk.strip()
    if stripped:
        out.append(Sentence(start + lead, start + lead + len(stripped), stripped))


def _all_quoted(mask: list[bool], s: Sentence) -> bool:
    inner = mask[s.start : s.end]
    return bool(inner) and sum(inner) > 0.8 * len(inner)


def _speaking_to_reader(text: str, sentences: list[Sentence], mask: list[bool]) -> set[int]:
    """The indices of the sentences that say "we", "our", "you" ... outside quotation marks.

    One pass over the whole text: a sentence of :func:`split_sentences` starts after a space
    or a mark and ends before one, so the words found in the text are those found in each.
    """
    starts = [s.start for s in sentences]
    found: set[int] = set()
    for m in _PERSON.finditer(text):
        if not mask[m.start()]:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= sentences[i].end:
                found.add(i)
    return found


def _outlet_pattern(outlet: str, text: str) -> re.Pattern[str] | None:
    """The outlet's name as a pattern; None if it is not a name or ``text`` never holds it."""
    name = re.sub(r"(?i)^the\s+", "", outlet.strip())
    if len(name) < 3 or name.lower() in {"unknown outlet"} or name not in text:
        return None
    return re.compile(rf"\b{re.escape(name)}\b")


def _names_outlet(s: Sentence, rx: re.Pattern[str] | None) -> bool:
    if rx is None:
        return False
    # "told The Independent" is reporting, "(Reuters) -" a dateline; the outlet as the subject
    # is furniture.
    return any(
        not _TOLD.search(re.sub(r"(?i)the\s*$", "", s.text[: m.start()]))
        and s.text[m.start() - 1 : m.start()] != "("
        for m in rx.finditer(s.text)
    )
