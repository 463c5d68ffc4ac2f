"""Find the parties an article names, through an editable table of aliases.

The table is ``geomap/data/actors.csv``: one row per spelling (``actor_id,alias,case,note``).
Short acronyms are matched as written (``IS`` but not "is"); the rest ignore case. Where two
aliases overlap, the longer one wins ("Turkey-backed Syrian rebels" before "Syrian rebels").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick

from geomap.sentences import lowered

__all__ = ["ActorSpan", "ActorTable", "default_actors", "find_actors"]


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
        patterns: dict[str, tuple[int, str]] = {}
        firsts: tuple[set[str], set[str]] = (set(), set())  # as written, and in any case
        for actor_id, alias, exact_case in rows:
            if exact_case:
                self._exact.setdefault(alias, actor_id)
                patterns[alias] = (len(alias), re.escape(alias))
            else:
                self._folded.setdefault(alias.lower(), actor_id)
                patterns.setdefault(alias.lower(), (len(alias), f"(?i:{re.escape(alias)})"))
            firsts[0 if exact_case else 1].add(re.escape(alias[:1]))
        ordered = sorted(patterns.items(), key=lambda kv: (-kv[1][0], kv[0]))
        # The aliases in the order they are tried, each with the text that must hold it.
        self._order = tuple((key, rx, key in self._exact) for key, (_, rx) in ordered)
        self._automata = (
            _automaton(self._order, exact=True),
            _automaton(self._order, exact=False),
        )
        # Aliases beyond ASCII: lowered() does not make every case of them findable by "in".
        self._always = frozenset(
            i for i, (key, _, _) in enumerate(self._order) if not key.isascii()
        )
        # A look at the first letter first, so that most words are skipped at once.
        lead = "|".join(
            f"[{''.join(sorted(chars))}]" if i == 0 else f"(?i:[{''.join(sorted(chars))}])"
            for i, chars in enumerate(firsts)
            if chars
        )
        self._lead = f"(?={lead})" if lead else ""

    @property
    def actor_ids(self) -> frozenset[str]:
        """Every canonical actor id of the table."""
        return frozenset(self._exact.values()) | frozenset(self._folded.values())

    def find(self, text: str) -> list[ActorSpan]:
        """Return the actor spans of ``text``, left to right, longest first where they overlap.

        >>> [a.actor_id for a in default_actors().find("IS fighters fled as the Hashd advanced")]
        ['ISIS', 'PMU']
        """
        out: list[ActorSpan] = []
        for m in self._rx_for(text).finditer(text):
            span = m.group(0)
            actor_id = self._exact.get(span) or self._folded.get(span.lower())
            if actor_id is not None:
                out.append(ActorSpan(m.start(), m.end(), span, actor_id))
        return out

    def _rx_for(self, text: str) -> re.Pattern[str]:
        """The search over the aliases that ``text`` can hold, tried in the same order.

        An alias absent from the text can never match in it, so leaving it out of the
        alternation changes no match; a search over the few aliases an article names scans
        it several times faster than one over the whole table.
        """
        found = set(self._always)
        for automaton, where in zip(self._automata, (text, lowered(text)), strict=True):
            if len(automaton):
                found.update(i for _, i in automaton.iter(where))
        return _search(self._lead, tuple(self._order[i][1] for i in sorted(found)))


def _automaton(order: tuple[tuple[str, str, bool], ...], *, exact: bool) -> Any:
    """An automaton over the aliases matched as written (``exact``) or in any case (lower)."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, (key, _, is_exact) in enumerate(order):
        if is_exact == exact and key.isascii():
            automaton.add_word(key, i)
    if len(automaton):
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=512)
def _search(lead: str, alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of ``alternatives`` (in that order) as whole words."""
    body = "|".join(alternatives) or r"(?!x)x"
    # Not inside a longer word.
    return re.compile(rf"(?<![\w-]){lead}(?:{body})(?![\w-])")


def read_actor_table(path: Path) -> ActorTable:
    """Read an alias table (``actor_id,alias,case,note``; lines starting with ``#`` skipped)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return ActorTable(
            (r["actor_id"].strip(), r["alias"].strip(), r["case"].strip() == "exact")
            for r in rows
            if r.get("alias")
        )


@cache
def default_actors() -> ActorTable:
    """The alias table shipped with geomap (``geomap/data/actors.csv``)."""
    ref = resources.files("geomap").joinpath("data", "actors.csv")
    with resources.as_file(ref) as path:
        return read_actor_table(path)


def find_actors(text: str, table: ActorTable | None = None) -> list[ActorSpan]:
    """Find the actors named in ``text`` with ``table`` (default: the shipped table)."""
    return (table or default_actors()).find(text)
