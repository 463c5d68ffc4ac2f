"""Read articles: Markdown with YAML front matter, or plain text with a date given separately."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from geomap._errors import ArticleError

__all__ = ["ARTICLE_SUFFIXES", "Article", "parse_article", "read_article", "read_articles"]

ARTICLE_SUFFIXES = (".md", ".txt")
REQUIRED_KEYS = ("title", "outlet", "published")
KNOWN_KEYS = frozenset({*REQUIRED_KEYS, "url", "published_note", "outlet_note"})
_FENCE = "---"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its metadata and its body text as published."""

    stem: str
    title: str
    outlet: str
    published: dt.date
    body: str
    url: str | None = None
    published_note: str | None = None
    path: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


def parse_article(
    text: str, name: str, *, stem: str | None = None, published: dt.date | None = None
) -> Article:
    """Turn the text of an article file into an :class:`Article`.

    ``name`` is how the file is named in error messages. A ``.txt`` text has no front matter:
    its first line is the title and ``published`` must be given.
    """
    stem = stem or Path(name).stem
    if name.endswith(".txt"):
        if published is None:
            raise ArticleError(
                f"{name}: a plain-text article has no publication date; "
                "give it with --published YYYY-MM-DD, or convert it to Markdown with front matter"
            )
        title = text.strip().splitlines()[0].strip() if text.strip() else stem
        return Article(stem, title, "unknown outlet", published, text, path=name)
    meta, body = _split_front_matter(text, name)
    missing = [k for k in REQUIRED_KEYS if not meta.get(k)]
    if missing:
        raise ArticleError(
            f"{name}: front matter lacks {', '.join(missing)}; add e.g. 'published: 2016-10-17'"
        )
    return Article(
        stem=stem,
        title=str(meta["title"]),
        outlet=str(meta["outlet"]),
        published=_as_date(meta["published"], name),
        body=body,
        url=str(meta["url"]) if meta.get("url") else None,
        published_note=meta.get("published_note"),
        path=name,
        extra={k: v for k, v in meta.items() if k not in KNOWN_KEYS},
    )


def read_article(path: Path, *, published: dt.date | None = None) -> Article:
    """Read one article file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8") from exc
    return parse_article(text, str(path), published=published)


def read_articles(folder: Path, *, published: dt.date | None = None) -> Iterator[Article]:
    """Read every article in ``folder``, in file-name order."""
    for path in sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES):
        yield read_article(path, published=published)


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise ArticleError(
            f"{name}: no front matter; start the file with '---', then title, outlet, published, then '---'"
        )
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise ArticleError(
            f"{name}: front matter is not closed; add a line '---' after it"
        ) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:close])) or {}
    except yaml.YAMLError as exc:
        raise ArticleError(f"{name}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be 'key: value' lines")
    return meta, "\n".join(lines[close + 1 :])


def _as_date(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ArticleError(
            f"{name}: published {value!r} is not a date; write it as YYYY-MM-DD"
        ) from None
