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
from functools import cache
from importlib import resources
from pathlib import Path

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
        body = "|".join(rx for _, (_, rx) in ordered) or r"(?!x)x"
        # A look at the first letter first, so that most words are skipped at once.
        lead = "|".join(
            f"[{''.join(sorted(chars))}]" if i == 0 else f"(?i:[{''.join(sorted(chars))}])"
            for i, chars in enumerate(firsts)
            if chars
        )
        lead = f"(?={lead})" if lead else ""
        # Not inside a longer word.
        self._rx = re.compile(rf"(?<![\w-]){lead}(?:{body})(?![\w-])")

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
        for m in self._rx.finditer(text):
            span = m.group(0)
            actor_id = self._exact.get(span) or self._folded.get(span.lower())
            if actor_id is not None:
                out.append(ActorSpan(m.start(), m.end(), span, actor_id))
        return out


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
