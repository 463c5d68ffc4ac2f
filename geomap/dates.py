"""Find date expressions in text and resolve them against the publication date.

Each expression resolves to a first day, an optional last day and a precision (``day``,
``week``, ``month``, ``year``: ACLED's time_precision as a word). Rules, applied to English
news prose:

- explicit dates ("October 31, 2016", "31 Oct 2016", "2016-10-31", "June 2014") are parsed
  by dateparser;
- a day or month without a year ("October 17", "in January") is the latest one not after
  publication, a weekday ("on Saturday") the latest on or before it, unless the sentence
  speaks of the future ("will", "next Saturday");
- "today", "yesterday", "overnight", "last night", "last week", "this month", "last year";
- "two years ago", "a month and a half ago" (precision from the unit);
- counted from the date told before: "two days later", "the next day", "that same day", "on
  the first day", "later that month";
- "in recent weeks", "over the past 12 days", "in the coming weeks" (a span);
- "since October 17" starts at the date and runs to publication;
- spans: "July to December 2016", "April 28-29", "17 October 2016 – 10 July 2017",
  "between June and October", "between 5 and 9 June";
- seasons: "this autumn", "last summer", "in the spring" (three months each);
- a headline's promise ("says to complete the capture in May") speaks of the future.

dateparser returns one datetime for a phrase, so it cannot give a span or a precision, does
not read "a month and a half ago", "in recent weeks", "overnight" or "since October 17", and
reads a weekday only in the past; those are handled here. It is imported on the first
explicit date a process meets (its set-up takes about a third of a second) and its answers
are remembered.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick

from geomap.sentences import lowered, required_words

__all__ = ["DateExpr", "find_dates", "span_precision"]

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NUM = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)}
_MONTH_NUM.update({name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)})
_MONTH_NUM["sept"] = 9
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMBERS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "a couple of": 2.0,
    "a few": 3.0,
    "few": 3.0,
    "several": 3.0,
    "half a": 0.5,
}
_NUM = r"(?:a couple of|a few|half a|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_APPROX = r"(?:(?:about|around|some|nearly|almost|more than|over|roughly|approximately|just|only|less than) )?"
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|added|stated|declared)\s+(?:(?:late|early)\s+)?"
    r"(?:on\s+)?$",
    re.I,
)
_FUTURE = re.compile(
    # ("an offensive to retake Mosul could begin in April", "is expected in April")
    # (told as said: "an official said army units planned to move on the fields on Tuesday")
    r"\b(?:will|shall|going to|set to|due to|expected to|plans? to|planning to|(?<!had )planned to|"
    r"intends? to|intending to|next|coming|"
    # a deadline: "all groups must withdraw their heavy weapons by October 10"
    r"must(?!\s+have\b)|(?:is|are)\s+required\s+to|"
    r"(?:could|would|might|may)\s+(?:begin|start|come|be\s+launched|get\s+under\s*way|take\s+place)|"
    # ("Iraqi forces could reach the Tigris within weeks")
    r"(?:could|might|may)\s+(?:soon\s+|well\s+)?(?:reach|enter|fall|retake|recapture|take|capture|"
    r"storm|launch|move|push|advance|be\s+(?:retaken|recaptured|taken|freed|liberated|cleared))"
    r"(?=[^.;]{0,60}$)|"
    r"(?:is|are)\s+expected"
    # a headline's promise: "commander says to complete capture of Mosul in May"
    r"|(?:says?|vows?|pledges?|promises?|hopes?|expects?|aims?)\s+to)\b"
    # "they expect the remaining militants in Fallujah to be cleared within days"
    r"|\bexpects?\s+(?:[\w’'-]+\s+){1,6}?to\s+be\s+[\w-]+\s+$",
    re.I,
)

# Each pattern: (kind, regex). Case matters for month and weekday names (capitalised in prose).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx))
    for kind, rx in (
        ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        # "by the second week of March": seven days of the month
        (
            "weekof",
            r"\b(?i:(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+)"
            rf"(?P<mon>{_MONTH})\b(?:,? (?P<y>(?:19|20)\d\d)\b)?",
        ),
        # spans within one phrase: "July to December 2016", "April 28-29", "28-29 April 2017"
        (
            "months",
            rf"\b(?:(?P<mon1>{_MONTH})\s*(?:to|through|until|-|–|—)|[Bb]etween (?P<mon1b>{_MONTH}) and)"
            rf"\s*(?P<mon>{_MONTH})\b"
            r"(?:,? (?P<y>(?:19|20)\d\d)\b)?",
        ),
        (
            "days",
            rf"\b(?:(?P<btw>[Bb]etween )?(?P<mon>{_MONTH}) (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
            rf"(?(btw)and|(?:-|–|to))\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"|(?P<btwb>[Bb]etween )?(?P<d1b>[0-3]?\d)(?:st|nd|rd|th)?\s*(?(btwb)and|(?:-|–|to))\s*"
            rf"(?P<db>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<monb>{_MONTH}))\b"
            r"(?:,? (?P<y>(?:19|20)\d\d)\b)?",
        ),
        (
            "dmy",
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MONTH}),? (?P<y>(?:19|20)\d\d)\b",
        ),
        ("mdy", rf"\b(?P<mon>{_MONTH}) (?P<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"),
        (
            "my",
            rf"\b(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?P<mon>{_MONTH}),? (?:of )?(?P<y>(?:19|20)\d\d)\b",
        ),
        # "on the 3rd of this month" (translated state media)
        ("nth", r"(?i)\bthe (?P<d>[0-3]?\d)(?:st|nd|rd|th) of (?P<rel>this|last|next) month\b"),
        (
            "md",
            # (not the first of a list of days, "June 10, 11 and 12", nor a year; but "On
            # Dec. 21, 16 Turkish soldiers were killed")
            rf"\b(?P<mon>{_MONTH}) (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
            r"(?!,? ?(?:\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and\b|or\b|&|-|–)))(?!\.\d)"
            r"(?P<rel> (?:this|last|next|that|the same) year\b)?",
        ),
        (
            "dm",
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MONTH})\b"
            r"(?P<rel> (?:this|last|next|that|the same) year\b)?",
        ),
        (
            "month",
            rf"(?:\b(?:(?:(?:[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil|[Aa]t|[Ff]rom) )?the (?:[Mm]iddle|[Ee]nd|"
            r"[Ss]tart|[Bb]eginning) of|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of|[Ss]tart of|[Bb]eginning of|[Mm]iddle of|[Tt]o|[Tt]hrough|[Tt]hat|[Tt]he same)[- ](?:early |late |mid-)?)"
            rf"(?P<mon>{_MONTH})(?:(?: of)?(?P<rel> (?:this|last|next|that|the same) year))?\b(?! [0-3]?\d\b)",
        ),
        (
            "year",
            r"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of)[- ](?:early |late |mid-)?"
            # (the year naming an event: "killing three Israelis in a 1979 raid on Nahariya")
            r"|(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is) (?=\d{4} (?:[\w-]+ )?(?:raids?|attacks?|offensive|capture|fall|siege|massacre|bombings?|battle|assault|war|invasion|uprising|incursion|strikes?|airstrikes?|killings?|takeover|occupation|liberation|recapture|ambush|clashes|crackdown)\b))"
            r"(?P<y>(?:19|20)\d\d)\b(?!-| ?%)",
        ),
        # (the coalition's strike reports: "in the 24 hours to Monday morning")
        (
            "hoursto",
            rf"(?i:\b(?:in|over|during|within) the (?:past |last )?(?P<n>{_NUM}) (?P<unit>hour|day)s "
            rf"(?:to|until|till|up to|ending) )(?P<wd>{_WEEKDAY})"
            r"(?: (?i:morning|afternoon|evening|night))?\b",
        ),
        (
            "weekday",
            # (not a time told again in another zone: "2 a.m. (2300 GMT Sunday)")
            rf"(?<!GMT )(?<!UTC )\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ee]arly|[Ll]ate) )?(?P<wd>{_WEEKDAY})(?:['’]s)?(?: (?:morning|afternoon|evening|night))?\b",
        ),
        (
            "relday",
            r"(?i)\b(?P<w>today|tonight|this (?:morning|afternoon|evening)|yesterday|overnight|last night)\b",
        ),
        # before the date told just before: "The recapture came two weeks after troops seized
        # al-Qaim, and a day after ..." (the second only after a first in the sentence)
        (
            "earlier",
            r"(?i)(?:(?<=\bcame )|(?<=\bcomes )|(?<=\bfollowed )|(?<=\bfollows )|(?<=, and ))"
            rf"(?:(?:just |only |barely |nearly |some |about |more than )?(?P<n>{_NUM}) "
            r"(?P<unit>day|week|month)s?"
            # ("comes weeks after the army completed the liberation of Eastern Ghouta")
            r"|(?<!, and )(?:just |only |barely |mere )?(?P<unit5>day|week|month)s) after\b"
            # "recaptured Al Qaim, eight days after launching an offensive": the launch
            # ("moved into disputed areas a day after taking Kirkuk")
            rf"|(?:(?:(?<=, )|(?<=[a-z] ))(?:just |only |barely |nearly |some |about |more than )?"
            rf"(?P<n2>{_NUM}) "
            r"(?P<unit2>day|week|month)s?"
            # ("in another blow to the jihadists weeks after they were driven out of Kobani")
            r"|(?<=[a-z] |, )(?:just |only |barely |mere )?(?P<unit4>day|week|month)s) "
            r"after\b(?=\s+(?:launching|starting|beginning|opening|"
            r"(?:[\w’'-]+\s+){1,5}?(?:launched|started|began|opened|seized|captured|took|"
            r"retook|recaptured|entered|stormed|declared|announced|driven|pushed|expelled|ousted|"
            r"swept|overran|fell)\b|"
            # ("a month after a Daesh suicide bombing in the border district of Suruc")
            r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:bombing|attack|assault|offensive|massacre|"
            r"raid|ambush)\b|"
            r"taking|seizing|capturing|"
            r"retaking|recapturing|entering|storming|overrunning|"
            # "captured Tikrit on June 11, a day after the fall of Mosul"
            r"the\s+(?:fall|capture|loss|liberation|recapture|seizure)\s+of))"
            # "in January 2014 – six months before the group swept into Mosul": that long after
            rf"|(?<=[,–—] )(?:just |only |barely |nearly |some |about |more than )?(?P<n3>{_NUM}) "
            r"(?P<unit3>day|week|month)s? before\b(?=\s+(?:[\w’'-]+\s+){1,4}?(?:swept|seized|"
            r"captured|took|retook|recaptured|entered|stormed|overran|launched|began|fell)\b)",
        ),
        # counted from the date told just before: "two days later", "the next day"
        (
            "later",
            rf"(?i)\b(?P<n>{_NUM}) (?P<unit>day|week|month|year)s? (?P<dir>later|earlier)\b"
            # "Within a week, the SDF said", "within two days, Daesh counterattacked": by
            # then, counted from the day told before (its last day: the most it can be)
            rf"|(?<![Ii]n )\b[Ww]ithin (?P<wn>{_NUM}) (?P<wunit>day|week)s?(?=,)"
            r"|\bthe (?P<next>next|following) (?:day|morning)\b"
            r"|\bthe (?:previous|preceding) (?:day|night)\b|\bthe day (?P<after>after|before)\b"
            # "On the first day, FSA fighters took Jarablus", "that same day": the day told
            # ("On the same morning Isis militants attacked", "That night, gunmen ...")
            r"|\b(?:[Oo]n )?(?:[Tt]hat|[Tt]he same|[Tt]hat same) (?P<same>day|morning|"
            r"afternoon|evening|night)\b(?![’'-])"
            r"|\b[Oo]n (?:the|its|their) (?:first|opening) (?P<first>day)\b"
            # "On the second day of the campaign": counted from the day told (its first)
            r"|\b[Oo]n (?:the|its|their) (?P<nth>second|third|fourth|fifth|sixth|seventh) day\b",
        ),
        # "in the following months", "in the weeks that followed": a span after the date
        # told before (three of its units)
        (
            "following",
            r"(?i)\b(?:in|during|over|within) the (?:following|ensuing|subsequent) "
            r"(?:few )?(?P<unit>day|week|month)s\b"
            # "took Ain Issa weeks later", "Within days, the attackers had retaken al-Dour"
            r"|\b(?:(?:a\s+)?few\s+|some\s+)?(?P<unit3>day|week|month)s\s+later\b"
            r"|\b(?<![Ii]n )within\s+(?:a\s+few\s+)?(?P<unit4>day|week|month)s\b(?=,|\s+of\b|"
            # ("Within days they had seized the towns")
            r"\s+(?:they|it|he|she|we|the|its|their)\s|\s+(?-i:[A-Z]))"
            r"|\b(?:in|during|over) the (?:few )?(?P<unit2>day|week|month)s (?:that followed|after)\b"
            r"(?! (?:the|its|their|a|an)\b)",
        ),
        # "at about the same time": the date told before, as precise as it was told
        (
            "same time",
            r"(?i)\b(?:at|around|about)\s+(?:(?:about|around|roughly|much)\s+the\s+same\s+time\b"
            r"|the\s+same\s+time\b(?!,))",  # (not "At the same time, ...": meanwhile)
        ),
        # "Later that month", "by the end of that month": within the month told before
        (
            "that month",
            r"(?i)\b(?:(?:later|earlier|early|late|mid)[- ]|(?:by |at |before )?the (?:end|start|"
            r"beginning|middle) of )?(?:in )?that (?:same )?month\b",
        ),
        # "seized Fallujah at the start of the year": a part of the year of publication
        (
            "yearpart",
            r"(?i)\b(?:at|by|from|since|in|toward|towards)\s+the\s+(?P<part>start|beginning|middle|"
            r"end)\s+of\s+(?P<rel>the|this|last)\s+year\b",
        ),
        (
            "weekend",
            r"(?i)\b(?:over|at|during|on)\s+the\s+(?:past\s+)?weekend\b"
            r"|\b(?:last|this|this\s+past)\s+weekend\b",
        ),
        (
            "period",
            r"(?i)\b(?:(?P<part>early|mid|late)[- ])?(?P<rel>last|this|next|(?:earlier|later) (?:this|in the)|the past|the previous)(?P<unit> week(?:end)?| month| year)\b",
        ),
        (
            "ago",
            rf"(?i)\b{_APPROX}(?P<n>{_NUM})(?: (?P<unit>day|week|fortnight|month|year)s?)(?P<half> and a half)? ago\b",
        ),
        (
            "season",
            r"(?i)\b(?:(?P<rel>this|last|next|early|late|that)\s+(?P<season>spring|summer|autumn|fall|winter)"
            r"|(?:(?:in|during|over|through)\s+|(?<=\bsince\s))the\s+"
            r"(?P<season2>spring|summer|autumn|winter)"
            # "the summer of 2014", "in autumn 2016"
            r"(?!\s+(?:of\s+)?(?:19|20)\d\d)"
            r"|(?:(?:in|during|by|since|the)\s+)?"
            r"(?P<season3>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))\b",
        ),
        (
            "recent",
            rf"(?i)\b(?:(?:in|over|during|within|for|throughout) (?:the )?|the )(?P<rel>recent|past|last|previous|coming|next)(?: (?P<n>{_NUM}))? (?P<unit>hour|day|week|month|year)s\b",
        ),
    )
)
# Every pattern holds a digit or one of these words: a sentence without any has no date.
# A sentence without a digit or one of these words (lower-cased) holds no date expression.
_DATE_WORDS = (
    "day night week month year ago jan feb mar apr may jun jul aug sep oct nov dec "
    "today tonight morning afternoon evening overnight recent past spring summer autumn fall "
    "fortnight hour "
    "winter"
).split()


def _automaton(words: dict[str, frozenset[str]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds ``words`` and gives what each leads to."""
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_ANY_DATE = _automaton({w: frozenset() for w in _DATE_WORDS})


def _may_hold_a_date(text: str, low: str) -> bool:
    """Whether ``text`` (``low``, :func:`lowered`) holds a digit or a word of _DATE_WORDS.

    One pass in C over the text, where a case-blind alternation of the words took longer.
    """
    return _DIGIT.search(text) is not None or next(_ANY_DATE.iter(low), None) is not None


# What a text must hold for a pattern to match in it, to skip the patterns that cannot.
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEEDS = {
    "iso": "digit", "months": "month", "days": "digit month", "dmy": "digit month", "mdy": "digit month", "my": "digit month",
    "md": "digit month", "dm": "digit month", "month": "month", "year": "digit", "nth": "digit",
    "weekof": "month",
    "weekday": "day",
}  # fmt: skip
# Each pattern with what it needs, spelled out once: (kind, regex, needs).
_PLAN = tuple((kind, rx, tuple(_NEEDS.get(kind, "").split())) for kind, rx in _PATTERNS)


def _prefilter() -> tuple[ahocorasick.Automaton, frozenset[str]]:
    """Build one automaton that finds, in one pass over a lower-cased sentence, which
    patterns may match: each word a pattern needs (:func:`~geomap.sentences.required_words`)
    leads to the pattern's kind. Also returns the kinds that need no word."""
    keys: dict[str, set[str]] = {}
    always: set[str] = set()
    for kind, rx in _PATTERNS:
        needed = required_words(rx.pattern, rx.flags)
        if needed is None:
            always.add(kind)
        for word in needed or ():
            keys.setdefault(word, set()).add(kind)
    return _automaton({w: frozenset(k) for w, k in keys.items()}), frozenset(always)


_AUTOMATON, _ALWAYS = _prefilter()


def _opened(low: str) -> set[str]:
    """The kinds of pattern that may match in ``low``, a lower-cased sentence."""
    opened = set(_ALWAYS)
    for _, kinds in _AUTOMATON.iter(low):
        opened |= kinds
    return opened


_SINCE = re.compile(r"(?i)\bsince\s+$")
# a deadline set before it in the sentence: "groups must withdraw tanks, rocket launchers and
# mortars from the zone by October 10"
_DEADLINE = re.compile(r"(?i)\b(?:must(?!\s+have\b)|shall|will)\b[^.;:]*\bby\s+$")
_GOES_ON_SINCE = re.compile(
    r"(?i)\b(?:continu\w+|press\w*\s+on\s+with|kept\s+up)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:campaign|offensive|bombardment|siege|operations?|strikes)\s+(?:that\s+|which\s+)?"
    r"(?:it|they|he)\s+(?:had\s+)?(?:began|launched|started|begun)\s+(?:on|in)\s+$"
)
_NEXT = re.compile(r"(?i)next\b")
_RANGE_GAP = re.compile(r"^\s*(?:–|—|-|to|until|till|through|and)\s*$", re.I)
_RANGE_LEAD = re.compile(r"(?:to|until|till|through)\b", re.I)
_SPANS = frozenset({"months", "days"})  # patterns of a span, read as a range
_CALENDAR = frozenset({"iso", "dmy", "mdy", "my", "md", "dm", "month", "year"})


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression: ``text[start:end]`` resolved to ``date`` .. ``date_end``."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: str
    kind: str
    date_end: dt.date | None = None
    future: bool = False
    # Days from the date told just before ("two days later": 2), for anchor_relative.
    after: int | None = None

    def iso(self) -> str:
        """Return the resolved date (or span) as an ISO string."""
        if self.date_end is None or self.date_end == self.date:
            return self.date.isoformat()
        return f"{self.date.isoformat()}/{self.date_end.isoformat()}"


def find_dates(text: str, published: dt.date) -> list[DateExpr]:
    """Find and resolve the date expressions of ``text`` (a sentence) against ``published``.

    >>> [d.iso() for d in find_dates("Mosul fell on Saturday, a week ago.", dt.date(2016, 10, 29))]
    ['2016-10-29', '2016-10-22']
    >>> find_dates("in January", dt.date(2017, 5, 31))[0].iso()
    '2017-01-01/2017-01-31'
    """
    low = lowered(text)
    if not _may_hold_a_date(text, low):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateExpr] = []
    held = {
        "digit": bool(_DIGIT.search(text)),
        "month": bool(_MONTH_WORD.search(text)),
        "day": "day" in text,
    }
    opened = _opened(low)
    for kind, rx, needs in _PLAN:
        if kind not in opened or not all(held[need] for need in needs):
            continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            since = _SINCE.search(text[: m.start()])  # (what has held since is past)
            future = (
                since is None
                # ("had kept its promise to return to the city, which fell last June")
                and not m.group(0).lower().startswith(("since", "last "))
                # ("'Our fighters will cut the road,' a commander said on Tuesday"): the day of
                # the saying
                and not _SAID_ON.search(text, max(0, m.start() - 24), m.start())
                and (
                    bool(_FUTURE.search(text[: m.start()][-80:]))
                    or bool(_NEXT.match(m.group(0)))
                    or bool(_DEADLINE.search(text, max(0, m.start() - 200), m.start()))
                )
            )
            expr = _resolve(kind, m, published, future)
            if expr is None:
                continue
            if kind not in _ANCHORED and (
                (m.groupdict().get("rel") or "").strip().lower() in _THAT_YEAR
                or _THAT.match(m.group(0))
            ):
                expr = replace(expr, kind="that year")  # its year is the one told before
            if (
                since is None
                and expr.date <= published
                and _GOES_ON_SINCE.search(text[: m.start()])
            ):
                # ("has continued the aerial campaign it began on December 15, 2013"): from then
                # on, as "since" says
                expr = replace(expr, kind="since", date_end=published)
            if since is not None and expr.date <= published:
                start = since.start()
                expr = DateExpr(
                    start, expr.end, text[start : expr.end], expr.date, expr.precision, "since",
                    published,
                )  # fmt: skip
            taken.append((expr.start, expr.end))
            found.append(expr)
    return _with_told_year(
        text, _ranges(text, _with_weekdays(text, sorted(found, key=lambda d: d.start), published))
    )


_YEAR_KINDS = frozenset({"year", "my", "mdy", "dmy", "iso"})
_FINITE = re.compile(
    r"(?i)\b(?:was|were|is|are|has|have|had|will|would)\b|[.;]"
    r"|,\s+(?:and|but|while|whereas|then)\s+(?!\w+ing\b)"  # ", and the army retook it"
)
_FINITE_VERB = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|will|would)\b|[.;]")
_A_YEAR = re.compile(r"\d{4}")
_OWN_YEAR = re.compile(r"(?i)\b(?:this|last|next|year)\b|\d{4}")


def _with_told_year(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A month, day or season with no year of its own takes the year the sentence told
    before it: "swept through Anbar in 2014, taking Fallujah in January and Rawa that
    summer" (January 2014, not the January before publication).

    >>> pub = dt.date(2017, 11, 17)
    >>> [d.iso()[:7] for d in find_dates("in 2014, taking Fallujah in January", pub)]
    ['2014-01', '2014-01']
    """
    year: int | None = None
    told, month = 0, 0
    out: list[DateExpr] = []
    for d in found:
        moved = d
        if d.kind in _YEAR_KINDS and d.text.lower().startswith("since"):
            year = None  # ("had held since 2014, fell on Nov. 3": when a state began)
        elif d.kind in _YEAR_KINDS:
            year, told = d.date.year, d.end
            month = d.date.month if d.precision != "year" else 0
        elif d.kind == "season" and _A_YEAR.search(d.text):
            # ("swept across Iraq in the summer of 2014, seizing Mosul in June")
            year, told, month = d.date.year, d.end, 0
        elif (
            year is not None
            and d.kind in ("month", "md", "dm", "season", "that year")
            and (d.kind == "that year" or not _OWN_YEAR.search(d.text))
            and d.date.year != year
            and not (d.date.month == 2 and d.date.day == 29)
            and _same_year(text, (told, month), d)
        ):
            moved = _moved(d, d.date.replace(year=year))
        out.append(moved)
    return out


def _same_year(text: str, told: tuple[int, int], d: DateExpr) -> bool:
    """Whether ``d``, with no year of its own, is in the year told before it ending at
    ``told[0]`` (in month ``told[1]``, or 0): not past a clause of its own ("which began in
    2014, was broken in September"), but "that summer" says so, and so does a later month put
    first in the next clause ("overrun in July 2014, and in August Isis stormed")."""
    end, month = told
    if d.kind == "that year" or not _FINITE.search(text, end, d.start):
        return True
    return (
        0 < month < d.date.month
        and not _FINITE_VERB.search(text, end, d.start)
        and _FRONTED.search(text, end, d.start) is not None
    )


# ", and in August": a time put first in the next clause goes on from the one told
_FRONTED = re.compile(r",\s+(?:and\s+|then\s+)+$")
_THAT_YEAR = ("that year", "the same year", "that")
_THAT = re.compile(r"(?i)(?:that|the same)\s")  # "That June", "that summer"
_ANCHORED = frozenset({"later", "that month"})  # told by the date before: not "that year"
_DAY_KINDS = frozenset({"iso", "dmy", "mdy", "md", "dm", "nth"})
_WEEKDAY_GAP = re.compile(r"^,?\s*(?:the\s+)?$")


def _with_weekdays(text: str, found: list[DateExpr], published: dt.date) -> list[DateExpr]:
    """Join a weekday to the date that follows it: "on Saturday, May 21" is May 21; and to
    the week that follows it: "on Wednesday last week", in a Wednesday's paper, is the
    Wednesday seven days before.

    >>> [(d.text, str(d.date)) for d in find_dates("on Wednesday last week", dt.date(2013, 9, 11))]
    [('on Wednesday last week', '2013-09-04')]

    >>> [d.text for d in find_dates("It fell on Saturday, May 21.", dt.date(2017, 11, 5))]
    ['on Saturday, May 21']
    """
    out: list[DateExpr] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and d.kind in _DAY_KINDS
            and _WEEKDAY_GAP.match(text[prev.end : d.start])
        ):
            out[-1] = DateExpr(
                prev.start, d.end, text[prev.start : d.end], d.date, d.precision, d.kind,
                d.date_end, d.future,
            )  # fmt: skip
        elif prev is not None and prev.kind == "weekday":
            week = _WEEK_NAMED.fullmatch(text, prev.end, d.end)
            if week is None:
                out.append(d)
                continue
            # the calendar week (Monday to Sunday) before or after publication's
            weeks = 1 if week["rel"].lower() == "next" else -1
            monday = published - dt.timedelta(days=published.weekday() - 7 * weeks)
            day = monday + dt.timedelta(days=prev.date.weekday())
            out[-1] = DateExpr(
                prev.start, d.end, text[prev.start : d.end], day, "day", "weekday", None,
                weeks > 0,
            )  # fmt: skip
        else:
            out.append(d)
    return out


# the week a weekday before it belongs to: "on Wednesday last week", "Monday of next week"
_WEEK_NAMED = re.compile(r"(?:\s+of)?\s+(?:the\s+)?(?P<rel>last|next|previous)\s+week", re.I)


def _ranges(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """Join "17 October 2016 – 10 July 2017", "from May to July" into one span."""
    out: list[DateExpr] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _CALENDAR
            and d.kind in _CALENDAR
            and (
                _RANGE_GAP.match(text[prev.end : d.start])
                or (not text[prev.end : d.start].strip() and _RANGE_LEAD.match(d.text))
            )
            and d.date >= prev.date
        ):
            last = d.date_end or d.date
            out[-1] = DateExpr(
                prev.start, d.end, text[prev.start : d.end], prev.date,
                span_precision(prev.date, last), "range", last, prev.future,
            )  # fmt: skip
        elif (
            prev is not None
            and prev.kind == "weekday"
            and d.kind == "weekday"
            and _WEEKDAYS_GAP.fullmatch(text, prev.end, d.start)
            and 0 < (d.date - prev.date).days < 7
        ):
            # ("nine air strikes near Shirqat on Tuesday and Wednesday"): both days
            out[-1] = DateExpr(
                prev.start, d.end, text[prev.start : d.end], prev.date, "day", "range", d.date,
                prev.future,
            )  # fmt: skip
        else:
            out.append(_and_the_next_day(text, d))
    return out


def _and_the_next_day(text: str, d: DateExpr) -> DateExpr:
    """``d``, a month's day, joined to the later day of the month told after it: "on
    December 15 and 16", "on June 10th and 11th".

    >>> [(x.text, x.date_end) for x in find_dates("on June 10th and 11th.", dt.date(2014, 7, 1))]
    [('June 10th and 11th', datetime.date(2014, 6, 11))]
    """
    m = _AND_DAY.match(text, d.end) if d.kind == "md" else None
    if m is None or d.date_end is not None:
        return d
    day = int(m["day"])
    if not d.date.day < day <= calendar.monthrange(d.date.year, d.date.month)[1]:
        return d
    last = d.date.replace(day=day)
    return replace(
        d, end=m.end(), text=text[d.start : m.end()], date_end=last,
        precision=span_precision(d.date, last), kind="range",
    )  # fmt: skip


_AND_DAY = re.compile(
    r"\s*(?:and|to|-|–)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|in|at|on|according|when|as|after|before)\b)"
)
_WEEKDAYS_GAP = re.compile(r"\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*")


def days_told(number: str, unit: str) -> int | None:
    """Return the whole days that ``number`` ``unit`` tell ("three", "days"), if a count of
    days or weeks that a reporter gives as a number.

    >>> days_told("three", "days"), days_told("2", "weeks"), days_told("half a", "day")
    (3, 14, None)
    """
    n = float(number) if number.isdigit() else _NUMBERS.get(number.lower())
    per = _UNIT_DAYS.get(unit.lower().rstrip("s"))
    if n is None or per is None or per < 1 or n * per < 1 or n != int(n):
        return None
    return int(n * per)


def span_precision(first: dt.date, last: dt.date) -> str:
    """Return the precision that a span of days has.

    >>> span_precision(dt.date(2016, 10, 1), dt.date(2016, 10, 6))
    'week'
    """
    days = (last - first).days + 1
    if days <= 1:
        return "day"
    if days <= 8:
        return "week"
    if days <= 31:
        return "month"
    return "year"


def _resolve(kind: str, m: re.Match[str], pub: dt.date, future: bool) -> DateExpr | None:
    try:
        got = _RESOLVERS[kind](m, pub, future)
    except (ValueError, OverflowError, KeyError):
        return None
    if got is None:
        return None
    first, last, precision = got
    kind = "range" if kind in _SPANS else kind
    after = (first - pub).days if kind in ("later", "earlier") else None
    return DateExpr(m.start(), m.end(), m.group(0), first, precision, kind, last, future, after)


def anchor_relative(
    dates: list[DateExpr], sentence_starts: Sequence[int] = (), body: str = ""
) -> list[DateExpr]:
    """Count "two days later", "the next day" from the day told just before in the article.

    ``dates`` are the article's, in order; an expression with no day before it keeps the
    publication date as its anchor. Given where the article's sentences start, "came four
    days after" counts from a day told in its sentence or the one before, or in the fortnight
    before publication: not from a day of the past told further back ("The incursion came
    four days after a suicide bomber killed 54 people", after the coup of July 15); given the
    text too, ", few weeks after the group seized Mosul" counts from the month told before it
    in its sentence ("in July 2014").

    >>> pub = dt.date(2017, 10, 7)
    >>> told = find_dates("On Oct. 5 troops took Hawija. Two days later they left.", pub)
    >>> [d.iso() for d in anchor_relative(told)]
    ['2017-10-05', '2017-10-07']
    >>> told = find_dates("Karma fell in late May, and Nuaimiya at about the same time.", pub)
    >>> [(d.iso(), d.precision) for d in anchor_relative(told)]
    [('2017-05-21/2017-05-31', 'month'), ('2017-05-21/2017-05-31', 'month')]
    """
    out: list[DateExpr] = []
    anchor: dt.date | None = None
    month: dt.date | None = None  # the last date told, of any precision: "Two years later"
    year: int | None = None
    last: dt.date | None = None  # the last day of the last date told
    told_at = anchor_at = -1  # where the last date told and the last day told are
    previous: DateExpr | None = None  # the last date told, as told
    for told in dates:
        d = told
        if (
            told.kind == "earlier"
            and sentence_starts
            and anchor is not None
            # (not "seized Tikrit in June 2014 ..., days after capturing Mosul": before the date
            # its sentence told)
            and not (
                _SOME_BEFORE.match(told.text)
                and told_at >= _sentence_start(sentence_starts, told.start)
            )
        ):
            near = _sentence_start(sentence_starts, told.start, 1)  # (it or the one before)
            at = told_at if told.precision in ("month", "year") else anchor_at
            pub = told.date - dt.timedelta(days=told.after or 0)
            if (at < near and not 0 <= (pub - anchor).days <= _RECENT) or (
                # ("Coming just days after IS seized Ramadi, the attack ...": before the
                # news of the day, unless a date is told in the sentence)
                _SOME_BEFORE.match(told.text)
                and max(anchor_at, told_at) < _sentence_start(sentence_starts, told.start)
            ):
                out.append(told)  # (counted from publication, as found)
                year = told.date.year
                continue
        if told.kind == "following" and told.future:
            out.append(told)  # ("expect ... to be cleared within days"): told of no day before
            continue
        days = "day" in told.text.lower()
        if (
            told.kind == "following"
            and days
            and previous is not None
            and previous.precision == "month"
            and bool(sentence_starts)
            # (told in its sentence or the one before, with no day told there: not "began on
            # February 19, after eastern Mosul was retaken in January. Within days ...")
            and (
                anchor_at < _sentence_start(sentence_starts, told.start, 1) <= told_at
                # ("since April, when ... seized al-Rai, only to lose it again days later":
                # the month of its own sentence, the day told just before it notwithstanding)
                or anchor_at < _sentence_start(sentence_starts, told.start) <= told_at
            )
            # (nor one told of what a place is: "from the Tishrin Dam, which the SDF captured
            # last December")
            and not _RELATIVE_BEFORE.search(
                body, _sentence_start(sentence_starts, told_at), told_at
            )
        ):
            # ("In February, government forces cut the route. Days later, the YPG seized the
            # air base"): in that month, as far as anyone can tell
            d = _as_previous(told, previous)
        elif told.kind == "following" and last is not None and told.date_end is not None:
            # "in the following months": after it; "within days", after the day told last
            # ("began on March 2 ... since the blitz last summer. Within days, ...")
            first = (anchor if days and anchor else last) + dt.timedelta(days=1)
            end = min(first + (told.date_end - told.date), max(told.date_end, first))
            d = replace(told, date=first, date_end=end)  # (not past publication)
        else:
            d = _as_told_before(told, previous, year)
        # ("in July 2014, few weeks after the group seized Mosul": from the month told last,
        # when it is told after the last day)
        some = _SOME_BEFORE.match(told.text) is not None  # ("in June 2014, days after": June)
        coarse = (told.precision in ("month", "year") and not some) or (
            told.kind == "earlier"
            and body.endswith(", ", 0, told.start)  # (not "The destruction came four days after")
            and told_at > anchor_at
            and bool(sentence_starts)
            and told_at >= _sentence_start(sentence_starts, told.start)
        )
        back = (
            _counted_back(told, previous, some)
            if told.after is not None and coarse and previous is not None
            else None
        )
        if back is not None:
            d = back
        elif told.after is not None and coarse and month is not None:
            d = _moved(told, month + dt.timedelta(days=told.after))
        elif told.after is not None and anchor is not None:
            d = _moved(told, anchor + dt.timedelta(days=told.after))
        elif told.after is not None and told.after > 0:  # no day before: not after publication
            d = _moved(told, told.date - dt.timedelta(days=told.after))
        if d.precision == "day" and d.kind not in ("since", "earlier"):
            anchor, anchor_at = d.date, d.start
        if d.kind not in ("since", "earlier"):
            month = d.date
            last = d.date_end or d.date
            told_at = d.start
        year = d.date.year
        if d.kind not in ("since", "earlier"):
            previous = d
        out.append(d)
    return out


def _counted_back(told: DateExpr, previous: DateExpr, some: bool) -> DateExpr | None:
    """``told``, a time before the date told ``previous``-ly in its sentence, as far back
    from it as it says, when that date is a month ("in June 2014, a few days after": June;
    "in July 2014, ..., weeks after": June; "in August 2015, a month after": July); else
    None."""
    if told.precision == "day" or (some and "week" not in told.text.lower()):
        return _as_previous(told, previous)
    if (
        previous.precision != "month"
        or not (some or told.precision == "month")
        or (told.after or 0) >= 0  # ("six months before the group swept into Mosul")
    ):
        return _as_previous(told, previous) if some else None
    span = (told.date_end - told.date).days if told.date_end else 0
    months = 1 if some else max(1, round((-(told.after or 0) - span / 2) / 30))
    first = previous.date.replace(day=1)
    for _ in range(months):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return replace(told, date=first, date_end=_month_end(first), precision="month")


def _as_previous(told: DateExpr, previous: DateExpr) -> DateExpr:
    """``told`` at the date ``previous`` told, as precise as it was told."""
    return replace(
        told, date=previous.date, date_end=previous.date_end, precision=previous.precision
    )


def _as_told_before(told: DateExpr, previous: DateExpr | None, year: int | None) -> DateExpr:
    """``told`` in the year, month or time told ``previous``-ly ("On October 17 that year",
    "Later that month", "at about the same time"), or as it is."""
    if told.kind == "that year" and year is not None:
        return _moved(told, told.date.replace(year=year))
    if told.kind == "same time" and previous is not None:
        return _as_previous(told, previous)
    if told.kind == "that month" and previous is not None:
        first = previous.date.replace(day=1)
        return replace(told, date=first, date_end=_month_end(first))
    return told


_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whom|where)\b[^,;.]*$")
_RECENT = 14  # days before publication in which a day told may be the news of the day


def _sentence_start(starts: Sequence[int], at: int, back: int = 0) -> int:
    """Where the sentence holding offset ``at`` starts (``back`` sentences before it)."""
    return starts[max(0, bisect_right(starts, at) - 1 - back)]


def _moved(told: DateExpr, first: dt.date) -> DateExpr:
    """``told`` moved to start on ``first``, its span (if any) with it."""
    end = None if told.date_end is None else told.date_end + (first - told.date)
    return replace(told, date=first, date_end=end)


_Resolved = tuple[dt.date, dt.date | None, str] | None


def _explicit(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    day = _dateparser_day(m.group(0))
    if day is None:
        day = dt.date(int(m["y"]), _month(m), int(m["d"]))
    return day, None, "day"


def _months(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "July to December 2016" ("November to January 2017": from the year before).

    Without a year, the span is the latest that ends by publication (or, said of the
    future, the next).
    """
    first_month, last_month = _month_number(m["mon1"] or m["mon1b"]), _month(m)
    if m["y"]:
        year = int(m["y"])
    else:
        year = pub.year
        if future and dt.date(year, last_month, 1) < pub.replace(day=1):
            year += 1
        elif not future and dt.date(year, last_month, 1) > pub:
            year -= 1
    first = dt.date(year - (first_month > last_month), first_month, 1)
    last = _month_end(dt.date(year, last_month, 1))
    return first, last, span_precision(first, last)


def _days(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "April 28-29", "28-29 April 2017": days of one month."""
    month = _month_number(m["mon"] or m["monb"])
    first_day, last_day = int(m["d1"] or m["d1b"]), int(m["d"] or m["db"])
    if last_day <= first_day:
        return None
    if m["y"]:
        year = int(m["y"])
    else:
        year = pub.year
        candidate = dt.date(year, month, first_day)
        if future and candidate < pub:
            year += 1
        elif not future and candidate > pub:
            year -= 1
    first, last = dt.date(year, month, first_day), dt.date(year, month, last_day)
    return first, last, span_precision(first, last)


def _month_year(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    first = dt.date(int(m["y"]), _month(m), 1)
    return _part_of_month(first, m.group("part"))


def _month_day(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    month, day = _month(m), int(m["d"])
    year = pub.year
    rel = (m.group("rel") or "").strip()
    if rel:  # "August 24 last year"
        year += {"last year": -1, "next year": 1}.get(rel, 0)
        return dt.date(year, month, day), None, "day"
    candidate = dt.date(year, month, day)
    if future and candidate < pub:
        candidate = dt.date(year + 1, month, day)
    elif not future and candidate > pub:
        candidate = dt.date(year - 1, month, day)
    return candidate, None, "day"


def _week_of_month(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "the second week of March" (of the latest March not after publication, or, of
    the future, the next), "the last week of May 2015"."""
    month = _month(m)
    if m["y"]:
        year = int(m["y"])
    else:
        year = pub.year
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        last = _month_end(dt.date(year, month, 1))
        return last - dt.timedelta(days=6), last, "week"
    first = dt.date(year, month, 1 + 7 * ("first", "second", "third", "fourth").index(nth))
    return first, first + dt.timedelta(days=6), "week"


def _nth_of_month(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "the 3rd of this month" (of last month, of next month)."""
    first = pub.replace(day=1)
    rel = m["rel"].lower()
    if rel == "last":
        first = (first - dt.timedelta(days=1)).replace(day=1)
    elif rel == "next":
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return first.replace(day=int(m["d"])), None, "day"


def _month_only(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    month = _month(m)
    rel = (m.group("rel") or "").strip()
    year = pub.year
    if rel == "last year":
        year -= 1
    elif rel == "next year":
        year += 1
    elif not rel:
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
    text = m.group(0).lower()
    if not rel and text.startswith("last ") and month == pub.month:
        year -= 1  # "last November", told in November: a year before

    part = next((p for p in ("early", "mid", "late") if p in text), None)
    if part is None:  # ("at the end of April", "the beginning of May")
        part = "late" if "end of" in text else "early" if "beginning of" in text else None
    first = dt.date(year, month, 1)
    if (
        not rel
        and not future
        and month == pub.month
        and _PARTS.get(part or "", (1, None))[0] > pub.day
    ):
        first = dt.date(year - 1, month, 1)  # "by mid-November", told on 5 November
    return _part_of_month(first, part)


def _year_only(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    year = int(m["y"])
    if year > pub.year + 5:
        return None
    part = _PART_WORD.search(m.group())  # "in late 2014": September to December
    if part is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    first, last = _YEAR_PARTS[part.group().lower()]
    return dt.date(year, first, 1), _month_end(dt.date(year, last, 1)), "month"


def _weekday(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    wd = _WEEKDAYS.index(m["wd"].lower())
    rel = (m.group("rel") or "").lower()
    if rel == "next" or (future and rel != "last"):
        ahead = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=ahead), None, "day"
    back = (pub.weekday() - wd) % 7
    if rel == "last" and back <= 1:
        # ("launched their offensive on the town last Wednesday", on a Thursday): the week
        # before, for the day before would be told as "on Wednesday" or "yesterday"
        back += 7
    return pub - dt.timedelta(days=back), None, "day"


def _relative_day(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    word = m["w"].lower()
    one = dt.timedelta(days=1)
    if word in ("overnight", "last night"):
        return pub - one, pub, "day"
    if word == "yesterday":
        return pub - one, None, "day"
    return pub, None, "day"


def _same_time(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """The publication date, which :func:`anchor_relative` moves to the date told before."""
    return pub, None, "day"


def _year_part(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """A month of the year of publication (of the year before, for "last year"): its first
    for the start, June for the middle, December for the end ("will attempt to link up ...
    by the end of the year": this one's)."""
    year = pub.year - (m["rel"].lower() == "last")
    month = {"start": 1, "beginning": 1, "middle": 6, "end": 12}[m["part"].lower()]
    first = dt.date(year, month, 1)
    return first, _month_end(first), "month"


def _that_month(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """The month of publication, which :func:`anchor_relative` moves to the month told."""
    return pub.replace(day=1), _month_end(pub), "month"


_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh")


def _following(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Three of its units up to the publication date, which :func:`anchor_relative` moves to
    begin after the date told before."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    days = _FOLLOWING * _UNIT_DAYS[unit]
    precision = _COARSER.get(unit, unit)  # (three days are told to the week)
    if future:  # "to be cleared within days": from publication on
        return pub + dt.timedelta(days=1), pub + dt.timedelta(days=days), precision
    return pub - dt.timedelta(days=days - 1), pub, precision


_COARSER = {"day": "week", "week": "month"}
_FOLLOWING = 3  # "in the following months": three of them


def _later(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Days from the publication date, which :func:`anchor_relative` moves to the day before."""
    if m.group("n"):
        unit = m["unit"].lower()
        days = round(_number(m["n"]) * _UNIT_DAYS[unit])
        day = pub + dt.timedelta(days=days if m["dir"].lower() == "later" else -days)
        return day, None, unit if unit in ("month", "year") else "day"
    if m.group("wn"):
        return (
            pub + dt.timedelta(days=round(_number(m["wn"]) * _UNIT_DAYS[m["wunit"].lower()])),
            None,
            "day",
        )
    if m.group("same") or m.group("first"):
        return pub, None, "day"
    if m.group("nth"):
        return pub + dt.timedelta(days=_ORDINALS.index(m["nth"].lower()) + 1), None, "day"
    forward = bool(m.group("next")) or (m.group("after") or "").lower() == "after"
    return pub + dt.timedelta(days=1 if forward else -1), None, "day"


_CAME_AFTER = re.compile(r"(?i)\b(?:came|comes|followed|follows)\b[^.;]*\bafter\b")


_COUNTED = re.compile(rf"(?i)\b{_NUM}\s+$")
_SOME_BEFORE = re.compile(r"(?i)(?:just |only |barely |mere )?(?:day|week|month)s after")
# How long before a time "days", "weeks" or "months" after it is, at least and at most, and
# the precision of that span.
_SOME = {"day": (2, 9, "week"), "week": (14, 56, "month"), "month": (60, 365, "year")}


def _earlier(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Days before the publication date, which :func:`anchor_relative` moves to before the
    day told just before; a week or a month after is a span of that precision around it."""
    if m.string.endswith(", and ", 0, m.start()) and not _CAME_AFTER.search(
        m.string, 0, m.start()
    ):
        return None  # ", and a day after the attack, troops ...": after it, not before
    if m["unit4"] and _COUNTED.search(m.string, 0, m.start()):
        return None  # ("less than three months after": a count this does not read)
    if m["unit4"] or m["unit5"]:  # ("weeks after": from two to eight weeks before)
        least, most, precision = _SOME[(m["unit4"] or m["unit5"]).lower()]
        return pub - dt.timedelta(days=most), pub - dt.timedelta(days=least), precision
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    count = round(_number(m["n"] or m["n2"] or m["n3"]) * _UNIT_DAYS[unit])
    day = pub + dt.timedelta(days=count) if m["n3"] else pub - dt.timedelta(days=count)
    if unit == "day":
        return day, None, "day"
    half = dt.timedelta(days=_UNIT_DAYS[unit] // 2)
    return day - half, day + half, unit


def _period(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    rel, unit = m["rel"].lower(), m["unit"].strip().lower()
    if unit.startswith("week"):
        monday = pub - dt.timedelta(days=pub.weekday())
        if rel in ("last", "the past", "the previous"):
            return pub - dt.timedelta(days=7), pub - dt.timedelta(days=1), "week"
        if rel == "next":
            return pub + dt.timedelta(days=1), pub + dt.timedelta(days=7), "week"
        return monday, pub, "week"
    if unit == "month":
        first = pub.replace(day=1)
        if rel in ("last", "the past", "the previous"):
            return _part_of_month((first - dt.timedelta(days=1)).replace(day=1), m["part"])
        if rel == "next":
            return _part_of_month((first + dt.timedelta(days=32)).replace(day=1), m["part"])
        if m["part"]:  # "late this month": the part told, not after publication
            part = _part_of_month(first, m["part"])
            assert part is not None
            return min(part[0], pub), min(part[1] or pub, pub), "month"
        return first, pub, "month"
    year = pub.year - 1 if rel in ("last", "the past", "the previous") else pub.year
    year += 1 if rel == "next" else 0
    end = pub if year == pub.year and rel != "next" else dt.date(year, 12, 31)
    if m["part"]:  # "late last year": September to December
        first_month, last_month = _YEAR_PARTS[m["part"].lower()]
        first = dt.date(year, first_month, 1)
        return min(first, pub), min(_month_end(dt.date(year, last_month, 1)), end), "month"
    return dt.date(year, 1, 1), end, "year"


def _weekend(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """The last Saturday and Sunday on or before publication (the next ones in the future);
    the weekend before on a Saturday, and "last weekend" on a Sunday."""
    if future:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
    else:
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if saturday == pub or (
            # a Saturday's paper means the weekend before, and "last weekend" on a Sunday
            saturday == pub - dt.timedelta(days=1) and m.group().lower().startswith("last")
        ):
            saturday -= dt.timedelta(days=7)
    return saturday, saturday + dt.timedelta(days=1), "week"


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first months
_PART_WORD = re.compile(r"(?i)\b(?:early|mid|late)\b")
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}  # first and last months


def _season(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "this autumn", "last summer", "next spring", "in the winter", "the summer of
    2014" (three months).

    Seasons as the northern hemisphere has them. "last" is the latest that ended before
    publication, "next" the first that starts after it; otherwise the one under way or
    latest begun (up to publication), or the next when the sentence speaks of the future.
    """
    rel = (m["rel"] or "").lower()
    start_month = _SEASONS[(m["season"] or m["season2"] or m["season3"]).lower()]

    def span(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year, start_month, 1)
        last = _month_end(dt.date(year + (start_month + 2 > 12), (start_month + 1) % 12 + 1, 1))
        return first, last

    if m["y"]:  # "the summer of 2014"; "the winter of 2016" began in its December
        first, last = span(int(m["y"]))
        if first > pub:
            return None
        return first, min(last, pub), span_precision(first, min(last, pub))
    # The winter under way in January and February began the year before.
    year = pub.year - 1 if start_month == 12 and pub.month <= 2 else pub.year
    first, last = span(year)
    if rel == "last":
        while last >= pub:
            year -= 1
            first, last = span(year)
    elif rel == "next" or (future and last < pub):
        while first <= pub:
            year += 1
            first, last = span(year)
    elif first > pub and not future:
        first, last = span(year - 1)
    if not future and rel != "next":
        last = min(last, pub)  # what is reported of a season under way ended by publication
    return first, last, span_precision(first, last)


def _ago(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    n = _number(m["n"]) + (0.5 if m.group("half") else 0.0)
    unit = m["unit"].lower()
    if unit == "year" and n == int(n):
        try:
            return pub.replace(year=pub.year - int(n)), None, "year"
        except ValueError:  # 29 February
            return pub.replace(year=pub.year - int(n), day=28), None, "year"
    day = pub - dt.timedelta(days=round(n * _UNIT_DAYS[unit]))
    return (
        day,
        None,
        {"day": "day", "week": "week", "fortnight": "week", "month": "month"}.get(unit, "year"),
    )


def _recent(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    unit = m["unit"].lower()
    n = _number(m["n"]) if m.group("n") else {"day": 7, "week": 4, "month": 6, "year": 2}[unit]
    width = dt.timedelta(days=round(n * _UNIT_DAYS[unit]))
    if m["rel"].lower() in ("coming", "next"):
        return pub, pub + width, span_precision(pub, pub + width)
    first, last = pub - width, pub
    precision = span_precision(first, last)
    if precision == "month" and (first.year, first.month) != (last.year, last.month):
        # ("in recent weeks", told on 27 February: February): the month most of it lies in
        start_of_last = last.replace(day=1)
        if (last - start_of_last).days >= (start_of_last - first).days:
            first = start_of_last
        else:
            last = start_of_last - dt.timedelta(days=1)
    return first, last, precision


def _hours_to(m: re.Match[str], pub: dt.date, future: bool) -> _Resolved:
    """Resolve "in the 24 hours to Monday morning": the hours before that day's morning."""
    day = pub - dt.timedelta(days=(pub.weekday() - _WEEKDAYS.index(m["wd"].lower())) % 7)
    width = dt.timedelta(days=max(1, round(_number(m["n"]) * _UNIT_DAYS[m["unit"].lower()])))
    return day - width, day, span_precision(day - width, day)


_RESOLVERS = {
    "hoursto": _hours_to,
    "iso": _explicit,
    "months": _months,
    "days": _days,
    "dmy": _explicit,
    "mdy": _explicit,
    "my": _month_year,
    "md": _month_day,
    "dm": _month_day,
    "nth": _nth_of_month,
    "weekof": _week_of_month,
    "month": _month_only,
    "year": _year_only,
    "weekday": _weekday,
    "relday": _relative_day,
    "later": _later,
    "period": _period,
    "weekend": _weekend,
    "ago": _ago,
    "earlier": _earlier,
    "season": _season,
    "recent": _recent,
    "that month": _that_month,
    "yearpart": _year_part,
    "same time": _same_time,
    "following": _following,
}


def _month(m: re.Match[str]) -> int:
    if "m" in m.groupdict() and m.group("m"):
        return int(m["m"])
    return _month_number(m["mon"])


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NUM.get(key) or _MONTH_NUM[key[:3]]


def _month_end(first: dt.date) -> dt.date:
    """Return the last day of the month of ``first``."""
    return (first.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _number(word: str) -> float:
    word = word.lower()
    return float(word) if word.isdigit() else _NUMBERS[word]


# The first and last day of each part of a month (None: the month's last).
_PARTS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}


def _part_of_month(first: dt.date, part: str | None) -> _Resolved:
    start, end = _PARTS.get((part or "").lower(), (1, None))
    last = first.replace(day=end) if end else _month_end(first)
    return first.replace(day=start), last, "month"


@cache
def _dateparser_day(text: str) -> dt.date | None:
    """Parse an explicit calendar date with dateparser (English, day-month order allowed)."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    return parsed.date() if parsed is not None else None
