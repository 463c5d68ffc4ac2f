"""Find the parties an article names, through an editable table of aliases.

The table is ``geomap/data/actors.csv``: one row per spelling (``actor_id,alias,case,note``).
Short acronyms are matched as written (``IS`` but not "is"); the rest ignore case. Where two
aliases overlap, the longer one wins ("Turkey-backed Syrian rebels" before "Syrian rebels").

The aliases are found by two Aho-Corasick automatons, one pass each over the text as written
and lower-cased, and read left to right as one regular expression of them all would read
(:meth:`ActorTable.pattern`: longest first, not inside a longer word).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick

from geomap.sentences import lowered

__all__ = ["ActorSpan", "ActorTable", "by_country", "default_actors", "find_actors"]


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor named in a text: ``text[start:end]`` is an alias of ``actor_id``."""

    start: int
    end: int
    text: str
    actor_id: str


class ActorTable:
    """Aliases compiled into one search.

    Parameters
    ----------
    rows
        ``(actor_id, alias, exact_case)`` triples.
    """

    def __init__(self, rows: Iterable[tuple[str, str, bool]]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for actor_id, alias, exact_case in rows:
            if exact_case:
                self._exact.setdefault(alias, actor_id)
            else:
                self._folded.setdefault(alias.lower(), actor_id)
        self._as_written = _finder(self._exact)
        self._lower_cased = _finder(self._folded)
        # lowered() folds a text so that an ASCII letter is found in it as a case-blind
        # pattern finds it; an alias with another letter that has cases is read by pattern.
        self._rx = None if all(map(_foldable, self._folded)) else self.pattern()

    def pattern(self) -> re.Pattern[str]:
        """One regular expression of every alias: longest first, not inside a longer word."""
        patterns = {alias: (len(alias), re.escape(alias)) for alias in self._exact}
        for alias in self._folded:
            patterns.setdefault(alias, (len(alias), f"(?i:{re.escape(alias)})"))
        ordered = sorted(patterns.items(), key=lambda kv: (-kv[1][0], kv[0]))
        body = "|".join(rx for _, (_, rx) in ordered) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")

    @property
    def actor_ids(self) -> frozenset[str]:
        """Every canonical actor id of the table."""
        return frozenset(self._exact.values()) | frozenset(self._folded.values())

    def find(self, text: str) -> list[ActorSpan]:
        """Return the actor spans of ``text``, left to right, longest first where they overlap.

        >>> [a.actor_id for a in default_actors().find("IS fighters fled as the Hashd advanced")]
        ['ISIS', 'PMU']
        """
        rx = self._rx
        spans = self._spans(text) if rx is None else [m.span() for m in rx.finditer(text)]
        out: list[ActorSpan] = []
        for start, end in spans:
            actor_id = self._actor_of(text[start:end])
            if actor_id is not None:
                out.append(ActorSpan(start, end, text[start:end], actor_id))
        out += _abbreviated(text, out)
        _insurgents_again(text, out)
        again = _armies_again(text, out)  # (settles the bare "the army" of ``out`` first)
        _alliances_again(out)
        return sorted(
            out
            + self._shared_nouns(text, out)
            + again
            + _states_acting(text)
            + self._models(text, out),
            key=_by_start,
        )

    def _models(self, text: str, found: list[ActorSpan]) -> list[ActorSpan]:
        """A state's aircraft told by their make, as its other aircraft are ("Turkish F-16
        fighter jets", "Russian Su-24s": the party of "Turkish jets", "Russian jets").

        >>> [a.text for a in default_actors()._models("Turkish F-16 fighter jets struck", [])]
        ['Turkish F-16 fighter jets']
        """
        out = []
        for m in _MODEL.finditer(text):
            actor_id = self._actor_of(f"{m['adj']} jets")
            if actor_id is not None and not any(
                a.start < m.end() and m.start() < a.end for a in found
            ):
                out.append(ActorSpan(m.start(), m.end(), m.group(), actor_id))
        return out

    def _actor_of(self, alias: str) -> str | None:
        """The actor that ``alias`` names as written (None: not an alias)."""
        return self._exact.get(alias) or self._folded.get(alias.lower())

    def _shared_nouns(self, text: str, found: list[ActorSpan]) -> list[ActorSpan]:
        """The first parties of "Iraqi and Turkish forces": "Iraqi" is one of "Iraqi forces".

        >>> [a.actor_id for a in default_actors().find("Iraqi and Turkish forces advanced")]
        ['ISF', 'Turkey']
        """
        starts = {a.start for a in found}
        out: list[ActorSpan] = []
        for m in _SHARED_NOUN.finditer(text):
            if m.start("second") not in starts:
                continue  # "Kurdish forces" is no alias: neither is "Iraqi forces" meant
            actor_id = self._actor_of(f"{m.group('first')} {m.group('noun')}")
            if actor_id is not None:
                out.append(ActorSpan(m.start(), m.end("first"), m.group("first"), actor_id))
        return out

    def _spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of aliases that the pattern of :meth:`pattern` finds, left to right."""
        ends: dict[int, list[int]] = {}  # by start: the ends of the aliases found there
        for last, length in self._as_written.iter(text) if self._exact else ():
            ends.setdefault(last + 1 - length, []).append(last + 1)
        for last, length in self._lower_cased.iter(lowered(text)) if self._folded else ():
            ends.setdefault(last + 1 - length, []).append(last + 1)
        out: list[tuple[int, int]] = []
        done = 0
        for start in sorted(ends):
            if start < done or (start and _joins(text[start - 1])):
                continue
            end = max(
                (
                    e
                    for e in ends[start]
                    if e == len(text) or not _joins(text[e]) or _MEMBER_OF.match(text, e)
                ),
                default=0,
            )
            if end:
                out.append((start, end))
                done = end
        return out


def _joined(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """``spans`` (left to right), each alias directly followed by another of the same party
    joined with it: "ISIS militants" is one mention of the group, not two; a generic word
    owned by a party no alias names is none ("the group's militants", "PKK militants")."""
    out: list[ActorSpan] = []
    for a in spans:
        if a.text.lower() in _GENERIC and _OWNED.search(text, max(0, a.start - 12), a.start):
            continue
        if _WORN.match(text, a.end):
            continue  # ("militants wearing Iraqi army uniforms"): a disguise, not that party
        if any(c.isdigit() for c in a.text) and _NAMES_A_BASE.match(text, a.end):
            continue  # ("the Brigade 93 base near Ain Issa"): a base named after the unit
        last = out[-1] if out else None
        if (
            last is not None
            and last.actor_id != a.actor_id
            and _generic(last.text)
            and _OF_PARTY.fullmatch(text, last.end, a.start)
        ):
            # ("the militants of Jabhat al-Nusra", "fighters from the YPG"): the party named
            out[-1] = ActorSpan(last.start, a.end, text[last.start : a.end], a.actor_id)
        elif last is not None and last.actor_id == a.actor_id and text[last.end : a.start] == " ":
            out[-1] = ActorSpan(last.start, a.end, text[last.start : a.end], a.actor_id)
        elif last is not None and _generic(a.text) and text[last.end : a.start] == " ":
            # ("the last Jaish al-Islam militants"): the party's own, named before the word
            out[-1] = ActorSpan(last.start, a.end, text[last.start : a.end], last.actor_id)
        else:
            out.append(a)
    return out


_NAMES_A_BASE = re.compile(
    r"\s+(?:military\s+)?(?:base|barracks|garrison|airport|air\s*base)\b", re.I
)
_WORN = re.compile(r"\s+(?:uniforms?|fatigues|insignia)\b", re.I)
_GENERIC = frozenset({"militants", "insurgents", "fighters", "troops", "soldiers"})
_ANYONES = _GENERIC | {"jihadists", "terrorists", "gunmen"}  # any party's fighters
_OF_PARTY = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _generic(alias: str) -> bool:
    """Whether ``alias`` is a word for any party's fighters ("the militants", "jihadists")."""
    words = alias.lower().split()
    return len(words) <= 2 and words[-1] in _ANYONES and (len(words) == 1 or words[0] == "the")


_OWNED = re.compile(r"(?:['’]s|\b(?:its|their|his|her)|\b[A-Z]{2,})\s+$")


def by_country(actor_id: str) -> dict[str, str] | None:
    """The actors a name stands for, by country, when the table says it depends on where.

    "the army" is Iraq's in Iraq and Syria's in Syria: its row's id is ``IQ:ISF|SY:SAA``.
    None for a plain id.

    >>> by_country("IQ:ISF|SY:SAA"), by_country("ISF")
    ({'IQ': 'ISF', 'SY': 'SAA'}, None)
    """
    if ":" not in actor_id:
        return None
    return dict(part.split(":", 1) for part in actor_id.split("|"))


# "Iraqi and Kurdish forces": two parties that share their noun.
_SHARED_NOUN = re.compile(
    # ("Russian and regime warplanes")
    # ("Russian and Syrian government warplanes")
    r"\b(?P<first>[A-Z][\w-]+)\s+and\s+(?P<second>(?:[A-Z][\w-]+(?:\s+(?:government|regime))?|regime|"
    r"government)\s+"
    r"(?P<noun>forces|troops|soldiers|fighters|warplanes|jets|aircraft|planes|air\s?strikes))\b"
)
# A bare "the army" after an army is named: that army ("the Syrian army ... the army").
_THE_ARMY = re.compile(r"\b[Tt]he\s+army\b")


def _abbreviated(text: str, found: list[ActorSpan]) -> list[ActorSpan]:
    """The abbreviations a text gives a party it names ("Jabhat al-Nusra (JN)"), wherever
    they stand after that (a span the table already reads is left to it).

    >>> [a.text for a in default_actors().find("Jabhat al-Nusra (JN) won. JN said so.")]
    ['Jabhat al-Nusra', 'JN', 'JN']
    """
    out: list[ActorSpan] = []
    taken = {a.start for a in found}
    for a in found:
        m = _ABBREVIATION.match(text, a.end)
        if m is None:
            continue
        short = m.group("short")
        for n in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if n.start() not in taken:
                out.append(ActorSpan(n.start(), n.end(), short, a.actor_id))
                taken.add(n.start())
    return out


# "Jabhat al-Nusra (JN)", "the Syrian Democratic Forces (SDF)"
_ABBREVIATION = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{0,2}[A-Z]{1,4})\)")


def _insurgents_again(text: str, found: list[ActorSpan]) -> None:
    """Make each bare "insurgents" in ``found`` Syria's armed opposition in a story that names
    its groups more often than the Islamic State (wire reports call both "insurgents"), and
    militants told as another party's theirs.

    >>> [a.actor_id for a in default_actors().find("Insurgents led by the Nusra Front won.")]
    ['SY:Rebels', 'SY:Rebels']
    >>> [a.actor_id for a in default_actors().find("the jihadist group Jund al-Aqsa")]
    ['SY:Rebels', 'SY:Rebels']
    """
    named = Counter(
        a.actor_id.split(":")[-1] for a in found if a.text.lower() not in _ISIS_BY_KIND
    )
    for k, a in enumerate(found):
        if a.actor_id != "ISIS" or a.text.lower() not in _ISIS_BY_KIND:
            continue
        # ("militants of the so-called Army of Conquest", "the jihadist group Jund al-Aqsa"):
        # whose they are, or which group, told after them
        whose = next((b for b in found[k + 1 : k + 2] if b.start - a.end < 24), None)
        if (
            whose is not None
            and whose.actor_id != "ISIS"
            and (
                _OF_WHOM.fullmatch(text, a.end, whose.start)
                or (a.text.lower().endswith("group") and text[a.end : whose.start] == " ")
            )
        ):
            found[k] = replace(a, actor_id=whose.actor_id)
        elif named["Rebels"] > named["ISIS"] and (
            a.text.lower() in _INSURGENTS
            # (and every word for militants where none names the Islamic State: "Takfiri
            # militants from the al-Nusra Front and Ahrar al-Sham ... The militants attacked")
            or (not named["ISIS"] and named["Rebels"] >= _REBELS_NAMED)
        ):
            found[k] = replace(a, actor_id="SY:Rebels")


_INSURGENTS = frozenset({"insurgents", "the insurgents"})
# The times a story names the opposition's groups (and never the Islamic State) for its
# militants to be theirs
_REBELS_NAMED = 2
_OF_WHOM = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?")


# The words the table reads as the Islamic State by what they are, not by name
_ISIS_BY_KIND = frozenset(
    {
        "militants", "the militants", "insurgents", "the insurgents", "the extremists",
        "the extremist group", "the jihadist group", "jihadists", "the jihadists",
        "the group's fighters", "the group’s fighters",
        "takfiri", "takfiri militants", "takfiris", "the takfiri militants", "the terrorist group",
        "the terror group", "terrorist gangs", "the terrorist organization",
        "the terrorist organisation",
    }
)  # fmt: skip


def _armies_again(text: str, found: list[ActorSpan]) -> list[ActorSpan]:
    """Each bare "the army" that follows an army named in full, as that army (found here
    or, as an alias whose army depends on where, replaced in ``found``).

    >>> [a.actor_id for a in default_actors().find("The Syrian army said the army advanced.")]
    ['SAA', 'SAA']
    """
    # (a state's: not the Free Syrian Army before "the army also shelled Jabaadin")
    armies = [
        a
        for a in found
        if "army" in a.text.lower() and ":" not in a.actor_id and a.actor_id not in _NO_STATE
    ]
    story = _story_army(found)
    out = _troops_again(text, found)
    for m in _THE_ARMY.finditer(text):
        before = [a for a in armies if a.end <= m.start()]
        inside = [a for a in found if a.start < m.end() and m.start() < a.end]
        if not before:
            continue
        # (the army named last, in the same paragraph; past it, the army the story is about:
        # not the Lebanese army named once in a story of the Syrian army's)
        army = before[-1].actor_id
        if "\n" in text[before[-1].end : m.start()] and story is not None:
            army = story
        if not inside:
            out.append(ActorSpan(m.start(), m.end(), m.group(), army))
        elif [(a.start, a.end) for a in inside] == [m.span()] and ":" in inside[0].actor_id:
            found[found.index(inside[0])] = replace(inside[0], actor_id=army)
    return out


def _story_army(found: list[ActorSpan]) -> str | None:
    """The state army named most often (the first named, of those named as often), or None.

    >>> _story_army(default_actors().find("Syrian troops and the Lebanese army. Syrian forces."))
    'SAA'
    """
    named = [a.actor_id for a in found if a.actor_id in _STATE_ARMIES]
    if not named:
        return None
    counts = Counter(named)
    return max(dict.fromkeys(named), key=lambda a: counts[a])


_STATE_ARMIES = frozenset({"SAA", "ISF", "LAF", "Turkey"})
# the parties whose names say "army" but that are no state's army
_NO_STATE = frozenset({"TFSA", "ISIS", "PMU", "SDF", "Peshmerga", "Hezbollah"})


def _alliances_again(found: list[ActorSpan]) -> None:
    """Make each bare "the alliance" in ``found`` the alliance named last before it: the
    rebels' in a story of theirs ("Jaish al-Fatah ... one of the groups in the alliance"),
    else, as the table has it, the SDF.

    >>> [a.actor_id for a in default_actors().find("Jaish al-Fatah said the alliance won.")]
    ['SY:Rebels', 'SY:Rebels']
    """
    last = None
    for k, a in enumerate(found):
        if a.text.lower() == "the alliance" and last is not None:
            found[k] = replace(a, actor_id=last)
        elif a.actor_id.split(":")[-1] in _ALLIANCES:
            last = a.actor_id if ":" in a.actor_id else f"SY:{a.actor_id}"


_ALLIANCES = frozenset({"Rebels", "SDF"})  # the parties Syria's reporting calls "the alliance"


def _troops_again(text: str, found: list[ActorSpan]) -> list[ActorSpan]:
    """Each bare "troops" or "soldiers" that may be a clause's subject: the government's where
    they are, or Turkey's once Turkish forces are named ("Turkish troops ... the troops
    entered Jarablus"; but "the Peshmerga ... troops and militiamen pushed into Suleiman Beg"
    are Iraq's).

    >>> [a.actor_id for a in default_actors().find("Turkish tanks crossed. Troops entered.")]
    ['Turkey', 'Turkey']
    """
    # (the forces of a state named last before: "Turkish troops ... the troops entered
    # Jarablus", but not "a Turkish convoy ... Government forces ... troops took al-Habeet")
    forces = [a for a in found if any(o.split(":")[-1] in _ARMIES for o in a.actor_id.split("|"))]
    out: list[ActorSpan] = []
    for m in _BARE_TROOPS.finditer(text):
        if any(a.start < m.end() and m.start() - 1 <= a.end for a in found):
            continue  # ("Iraqi troops": named in full; "Hashd al-Shaabi troops": theirs)
        lead = _SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if lead is None:
            continue  # (only as who acts: not "killed 30 soldiers", "dozens of troops")
        if lead.group("many") and not _VERB_AFTER.match(text, m.end()):
            continue  # (not a count of the dead: "at least 346 jihadists and 170 soldiers.")
        before = [a for a in forces if a.end <= m.start()]
        actor_id = (
            "Turkey" if before and before[-1].actor_id == "Turkey" else "IQ:ISF|SY:SAA|LB:LAF"
        )
        out.append(ActorSpan(m.start(), m.end(), m.group(), actor_id))
    return out


_ARMIES = frozenset(
    {"Turkey", "SAA", "ISF", "Russia", "Coalition", "US", "Peshmerga", "Israel", "Jordan"}
)
_BARE_TROOPS = re.compile(r"\b(?:[Tt]he\s+)?(?:[Tt]roops|[Ss]oldiers)\b(?!['’])")
# Where a clause's subject begins: a sentence, a clause after a comma or a conjunction
# (not one of a clause set in another: "pulled out ... before troops stormed it, and had
# fallen back")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\n|[.!?;:,]\s+|\b(?:and|that|but|then|said|says)\s+)"
    # ("hundreds of soldiers had pulled out", "around 30,000 troops advanced")
    r"(?P<many>(?:[Hh]undreds|[Dd]ozens|[Tt]housands|[Ss]cores)\s+of\s+|"
    r"(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Mm]ore\s+than)\s+)?\d[\d,]*\s+)?$"
)
_VERB_AFTER = re.compile(r"\s+(?:had|have|has|were|was|are|is|will|would|[a-z]+ed|[a-z]+ing)\b")
# A state named as the one that acts: "the same day Iraq retook al-Qaim", "Turkey launched"
_STATE_ACTS = re.compile(
    r"\b(?P<state>Iraq|Syria|Turkey|Russia|Israel|Jordan|France|Britain|"
    r"(?<=[Tt]he\s)(?:US|U\.S\.|United\s+States))"
    # ("Israel, which has carried out a number of air strikes in Syria")
    r"(?:,\s+which)?"
    r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:(?:now|also|then|finally|quickly)\s+)?"
    r"(?:(?:re)?(?:took|captured|seized|launched|struck|bombed|shelled|liberated|regained|entered|"
    r"sent|deployed)\b|shot\s+down\b"
    # ("France carried out its first air strikes", "The US began striking Isis targets")
    # ("Russia has been carrying out airstrikes in Syria since Sept. 30")
    r"|(?:carr(?:ied|ying)\s+out|conduct(?:ed|ing)|began|started|launched)\s+"
    r"(?:its\s+|their\s+|an?\s+)?(?:first\s+)?"
    # ('Israel had carried out "dozens" of strikes in Syria')
    r"(?:[\"“]?(?:a\s+number|dozens|hundreds|scores)[\"”]?\s+of\s+|several\s+|numerous\s+|repeated\s+)?"
    r"(?:air\s*strikes?|strikes?|striking|bombing|raids?)\b)"
)
# ("The YPG accused Turkey of shelling its positions"): the one accused of it
_STATE_ACCUSED = re.compile(
    r"\baccus(?:ed|es|ing)\s+(?P<state>Iraq|Syria|Turkey|Russia|Israel|Jordan|France|Britain|"
    r"the\s+(?:US|U\.S\.|United\s+States))\s+of\s+(?:[a-z]+ly\s+)?"
    r"(?:shelling|bombing|bombarding|striking|attacking|targeting|raiding|hitting|killing)\b"
)
# Whose forces a state's name stands for, when it acts: the US-led coalition's for its members
_STATE_FORCES = {
    "Iraq": "ISF",
    "Syria": "SAA",
    "Turkey": "Turkey",
    "Russia": "Russia",
    "Israel": "Israel",
    "Jordan": "Jordan",
    "France": "Coalition",
    "Britain": "Coalition",
    "US": "Coalition",
    "U.S.": "Coalition",
    "United States": "Coalition",
}


def _states_acting(text: str) -> list[ActorSpan]:
    """The states named as acting, each as its forces.

    >>> [a.actor_id for a in _states_acting("on 3 November, the same day Iraq retook al-Qaim")]
    ['ISF']
    >>> _states_acting("tension with Turkey, which views the YPG as the PKK")
    []
    >>> [a.actor_id for a in _states_acting("the YPG accused Turkey of shelling its positions")]
    ['Turkey']
    """
    found = list(_STATE_ACTS.finditer(text))
    if "accus" in text:
        found = sorted([*found, *_STATE_ACCUSED.finditer(text)], key=lambda m: m.start())
    out = []
    for m in found:
        state = " ".join(m["state"].split()).removeprefix("the ")
        out.append(
            ActorSpan(m.end("state") - len(state), m.end("state"), state, _STATE_FORCES[state])
        )
    return out


# A state's adjective and a make of aircraft: "Turkish F-16 fighter jets", "Russian Su-24s"
_MODEL = re.compile(
    r"\b(?P<adj>[A-Z][A-Za-z.]+)\s+(?:(?:F|Su|MiG|Tu|A|B|F/A)-\d+[A-Z]*|Tornado|Typhoon|Rafale|"
    r"Mirage)s?(?:\s+(?:fighter\s+)?(?:jets?|aircraft|warplanes?|bombers?|planes?|fighters?))?\b"
)


def _by_start(span: ActorSpan) -> int:
    return span.start


def _finder(aliases: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds ``aliases``, each giving its length."""
    automaton = ahocorasick.Automaton()
    for alias in aliases:
        automaton.add_word(alias, len(alias))
    automaton.make_automaton()
    return automaton


# "a PMF-affiliated Yazidi unit", "PYD-dominated forces", "YPG-led fighters": one of the
# party's own (not "US-backed": another's)
_MEMBER_OF = re.compile(r"-(?:affiliated|aligned|linked|allied|dominated|led)\b", re.I)


def _joins(char: str) -> bool:
    """Whether ``char`` would continue a word (what ``[\\w-]`` matches)."""
    return char.isalnum() or char in "_-"


def _foldable(alias: str) -> bool:
    """Whether every letter of a lower-cased alias is ASCII or has no case."""
    return all(c.isascii() or c.upper() == c for c in alias)


# What ``{arms}`` in an alias stands for: the words for a state's armed forces and its arms
# ("Turkish {arms}": "Turkish fighter jets", "Turkish artillery", "Turkish troops").
ARMS = (
    "army",
    "armed forces",
    "forces",
    "troops",
    "soldiers",
    "military",
    "special forces",
    "commandos",
    "air force",
    "jets",
    "fighter jets",
    "warplanes",
    "war planes",
    "fighter planes",
    "planes",
    "aircraft",
    "bombers",
    "drones",
    "helicopters",
    "gunships",
    "F-16s",
    "F-16 jets",
    "strikes",
    "air strikes",
    "airstrikes",
    "strike",
    "air strike",
    "airstrike",
    "raid",
    "raids",
    "air raid",
    "air raids",
    "artillery",
    "artillery fire",
    # ("Israeli shells fell near the village of Qlayleh")
    "shells",
    "shelling",
    "mortars",
    "rockets",
    "missiles",
    "tanks",
    # ("to disrupt Syrian reinforcements moving along the road")
    "reinforcements",
    "navy",
    "warships",
    "warship",
    "frigate",
)


def _expanded(alias: str) -> list[str]:
    """An alias, with ``{arms}`` read as each of :data:`ARMS`.

    >>> _expanded("Turkish {arms}")[:3]
    ['Turkish army', 'Turkish armed forces', 'Turkish forces']

    A group's name starting "Jaish" ("army") is spelled as outlets transliterate it too:

    >>> _expanded("Jaish al-Fatah")
    ['Jaish al-Fatah', 'Jaysh al-Fatah', 'Jaish al Fatah', 'Jaysh al Fatah']
    """
    if alias.startswith("Jaish "):
        spelled = [alias, "Jaysh " + alias.removeprefix("Jaish ")]
        return spelled + [a.replace(" al-", " al ") for a in spelled if " al-" in a]
    if "{arms}" not in alias:
        return [alias]
    return [alias.replace("{arms}", arms) for arms in ARMS]


def read_actor_table(path: Path) -> ActorTable:
    """Read an alias table (``actor_id,alias,case,note``; lines starting with ``#`` skipped;
    ``{arms}`` in an alias stands for each word of :data:`ARMS`)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return ActorTable(
            (r["actor_id"].strip(), alias, r["case"].strip() == "exact")
            for r in rows
            if r.get("alias")
            for alias in _expanded(r["alias"].strip())
        )


@cache
def default_actors() -> ActorTable:
    """The alias table shipped with geomap (``geomap/data/actors.csv``)."""
    ref = resources.files("geomap").joinpath("data", "actors.csv")
    with resources.as_file(ref) as path:
        return read_actor_table(path)


def find_actors(text: str, table: ActorTable | None = None) -> list[ActorSpan]:
    """Find the actors named in ``text`` with ``table`` (default: the shipped table), an
    alias directly followed by another of the same party read as one ("ISIS militants")."""
    return _joined(text, (table or default_actors()).find(text))
