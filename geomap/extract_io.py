"""Write what extraction found: ``events.geojson`` and ``mentions.csv``, sorted, byte-stable.

- ``events.geojson``: a FeatureCollection, one Feature per event
  (:func:`geomap.schema.event_to_feature`), sorted by article, date and id;
- ``mentions.csv``: one row per mention (``article,start,end,text,kind,place_id,name,lat,lon,
  resolved,note``), offsets in code points into the article body, sorted by article and offset.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from geomap.articles import ARTICLE_SUFFIXES, Article, read_article, read_articles
from geomap.extract import Extraction
from geomap.schema import Event, Mention, event_to_feature

__all__ = [
    "MENTION_COLUMNS",
    "articles_from_paths",
    "events_to_geojson",
    "indented_json",
    "mentions_to_csv",
    "write_extraction",
]

MENTION_COLUMNS = (
    "article", "start", "end", "text", "kind", "place_id", "name", "lat", "lon", "resolved", "note",
)  # fmt: skip


def articles_from_paths(
    paths: Sequence[Path], *, published: dt.date | None = None
) -> Iterator[Article]:
    """Read the articles named by ``paths``: files, or folders of ``*.md`` / ``*.txt`` files."""
    for path in paths:
        if path.is_dir():
            yield from read_articles(path, published=published)
        elif path.suffix in ARTICLE_SUFFIXES or path.is_file():
            yield read_article(path, published=published)


def events_to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """Return the events as a GeoJSON FeatureCollection in a stable order."""
    ordered = sorted(events, key=lambda e: (e.article, e.date or "", e.id))
    return {"type": "FeatureCollection", "features": [event_to_feature(e) for e in ordered]}


def mentions_to_csv(mentions: Iterable[Mention]) -> str:
    """Return the mentions as CSV text with the contract's columns, in a stable order."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(MENTION_COLUMNS)
    for m in sorted(mentions, key=lambda m: (m.article, m.start, m.end, m.kind, m.text)):
        writer.writerow(
            [
                m.article,
                m.start,
                m.end,
                m.text,
                m.kind,
                m.place_id or "",
                m.name or "",
                "" if m.lat is None else f"{m.lat:.6f}",
                "" if m.lon is None else f"{m.lon:.6f}",
                "true" if m.resolved else "false",
                m.note,
            ]
        )
    return buf.getvalue()


def write_extraction(out_dir: Path, extraction: Extraction) -> list[Path]:
    """Write ``events.geojson`` and ``mentions.csv`` into ``out_dir``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    events_path, mentions_path = out_dir / "events.geojson", out_dir / "mentions.csv"
    geojson = indented_json(events_to_geojson(extraction.events))
    events_path.write_text(geojson + "\n", encoding="utf-8")
    mentions_path.write_text(mentions_to_csv(extraction.mentions), encoding="utf-8")
    return [events_path, mentions_path]


def indented_json(obj: Any) -> str:
    """Return ``json.dumps(obj, ensure_ascii=False, indent=1)``, the same text, faster.

    The standard library encodes with an indent in pure Python, through a generator per
    level (its C encoder knows no indent); for 10,000 events that was most of the time of
    writing. This writes the same layout into one list: strings through the standard C
    escaper, numbers as ``repr``, keys converted as ``json`` converts them.

    >>> print(indented_json({"a": [1, 2.5, None], "b": {}, "c": "é"}))
    {
     "a": [
      1,
      2.5,
      null
     ],
     "b": {},
     "c": "é"
    }
    """
    out: list[str] = []
    _put(obj, out, "\n")
    return "".join(out)


def _put(obj: Any, out: list[str], indent: str) -> None:
    """Append ``obj`` encoded at the nesting level that ``indent`` (newline, spaces) gives."""
    if isinstance(obj, str):
        out.append(encode_basestring(obj))
    elif obj is None or obj is True or obj is False:
        out.append("null" if obj is None else "true" if obj else "false")
    elif isinstance(obj, int):
        out.append(int.__repr__(obj))
    elif isinstance(obj, float):
        out.append(_float(obj))
    elif isinstance(obj, list | tuple):
        _put_items(obj, out, indent, "[]")
    elif isinstance(obj, dict):
        _put_items(obj, out, indent, "{}")
    else:
        raise TypeError(f"Object of type {obj.__class__.__name__} is not JSON serializable")


def _put_items(obj: Any, out: list[str], indent: str, brackets: str) -> None:
    """Append a list (``[]``) or a dict (``{}``), one item a line, or the empty brackets."""
    if not obj:
        out.append(brackets)
        return
    inner = indent + " "
    sep = brackets[0] + inner
    if brackets == "{}":
        for key, value in obj.items():
            out.append(f"{sep}{encode_basestring(_key(key))}: ")
            _put(value, out, inner)
            sep = "," + inner
    else:
        for value in obj:
            out.append(sep)
            _put(value, out, inner)
            sep = "," + inner
    out.append(indent + brackets[1])


def _float(x: float) -> str:
    if math.isfinite(x):
        return float.__repr__(x)
    return "NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")


def _key(key: object) -> str:
    """A dict key as ``json`` writes it: strings as they are, numbers and constants spelled."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is None or key is True or key is False:
        return "null" if key is None else "true" if key else "false"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
