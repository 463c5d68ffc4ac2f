"""Split article text into sentences, keeping offsets into the text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Sentence", "sentence_at", "split_sentences"]

# A sentence ends at . ! ? (with closing quotes or brackets) before whitespace, or at a line end.
_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")


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
    """
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        _append(out, text, start, m.end())
        start = m.end()
    _append(out, text, start, len(text))
    return out


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """Return the sentence that contains ``offset``."""
    i = bisect_right([s.start for s in sentences], offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    stripped = chunk.strip()
    if stripped:
        out.append(Sentence(start + lead, start + lead + len(stripped), stripped))
