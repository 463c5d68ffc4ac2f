"""Find the spans of a text that name places in a gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from gazetteer.resolve import Gazetteer

__all__ = ["NameSpan", "scan_text"]

# A run of capitalised words, optionally joined by hyphens or led by an Arabic article.
_CANDIDATE = re.compile(
    r"(?:\b(?:[Aa]l|[Ee]l|[Aa][snrdtz]|[Aa]sh)-|\bAl\s)?"
    r"\b[A-Z][\w’'‘]*(?:[-\s](?:[A-Z][\w’'‘]*))*"
)
# Capitalised words that are names of places somewhere but almost never in news prose.
_COMMON = frozenset(
    "a an as at the we he she it in on of or and but to do from all our there more start big "
    "press sun west east north south".split()
)
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A place name found in a text: ``text[start:end]``, offsets in code points."""

    start: int
    end: int
    text: str


def scan_text(gazetteer: Gazetteer, text: str) -> Iterator[NameSpan]:
    """Yield the longest spans of ``text`` that the gazetteer knows as place names."""
    for m in _CANDIDATE.finditer(text):
        yield from _longest_known(gazetteer, text, m.start(), m.end())


def _longest_known(gazetteer: Gazetteer, text: str, start: int, end: int) -> Iterator[NameSpan]:
    words = [w for w in re.finditer(r"[^\s-]+", text[start:end])]
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _MAX_WORDS), i, -1):
            s, e = start + words[i].start(), start + words[j - 1].end()
            span = text[s:e].rstrip("’'‘")
            if span.lower() not in _COMMON and len(span) > 2 and span in gazetteer:
                yield NameSpan(s, s + len(span), span)
                i = j
                break
        else:
            i += 1
