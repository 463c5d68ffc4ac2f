"""Read articles: Markdown with YAML front matter, or plain text with a date given separately.

An article file is untrusted input. Every way it can be unusable (empty, binary, not UTF-8,
no or broken front matter, no usable date, ...) raises :class:`~geomap.ArticleError` with a
message that names the file, the line where there is one, and what to do.

Reading a folder streams: :func:`iter_articles` yields each article, or the
:class:`Problem` that keeps it out, as it reads the file, so memory is bounded by the largest
article rather than by the folder. :func:`read_folder` collects the stream for a build and
applies the build policy (refuse the folder if an article is bad, or skip bad ones).

The body is kept verbatim, zero-width and bidirectional characters included, so that quotes
and mention offsets point into the text as published; matching place names is where such
characters are to be ignored.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from geomap._errors import ArticleError, ArticlesRejectedError
from geomap._urls import safe_url

__all__ = [
    "ARTICLE_SUFFIXES",
    "KNOWN_KEYS",
    "Article",
    "FolderRead",
    "Problem",
    "article_paths",
    "decode_article",
    "iter_articles",
    "parse_article",
    "read_article",
    "read_articles",
    "read_folder",
]

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".md", ".txt")
REQUIRED_KEYS = ("title", "outlet", "published")
KNOWN_KEYS = frozenset({*REQUIRED_KEYS, "url", "published_note", "outlet_note"})
# Front matter holds a few short fields; a cap keeps a pathological file from stalling YAML.
MAX_FRONT_MATTER = 64 * 1024
_FENCE = "---"
_MAX_LISTED = 20  # bad files named in one error message; all are in its ``problems``
# The pure-Python safe loader, not libyaml's CSafeLoader: the C one recurses without a limit
# and crashes the process (SIGSEGV) on deeply nested front matter such as 30,000 '['.
_DATE_LIKE = re.compile(r"\d{4}-\d\d-\d\d")
# An article dated tomorrow may be today's somewhere else; later than that is a typo.
_FUTURE_SLACK = dt.timedelta(days=1)
_HOW = "an article starts with a line '---', then 'title:', 'outlet:', 'published: YYYY-MM-DD', then '---', then its text"
_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


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
    #: SHA-256 of the file's bytes as read (None when the article was not read from a file).
    file_sha256: str | None = field(default=None, compare=False)

    @property
    def link(self) -> str | None:
        """Return the URL if it may be made a link (http or https only), else None.

        >>> Article("a", "t", "o", dt.date(2016, 10, 17), "", url="javascript:alert(1)").link is None
        True
        """
        return safe_url(self.url)

    def body_sha256(self) -> str:
        """Return the SHA-256 of the body (UTF-8): the same text under two names has one digest."""
        return hashlib.sha256(self.body.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an article file was skipped (``error``) or kept with a remark (``warning``)."""

    path: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class FolderRead:
    """The articles read from a folder and the problems met on the way."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Return the problems that kept a file out."""
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Return the remarks on files that were read (or counted once, for duplicates)."""
        return tuple(p for p in self.problems if p.severity == "warning")


def parse_article(
    text: str,
    name: str,
    *,
    stem: str | None = None,
    published: dt.date | None = None,
    today: dt.date | None = None,
) -> Article:
    """Turn the text of an article file into an :class:`Article`.

    ``name`` is how the file is named in error messages. A ``.txt`` text has no front matter:
    its first line is the title and ``published`` must be given. ``today`` (default: the
    system date) is what a publication date may not lie after.
    """
    stem = stem or Path(name).stem
    if not text or text.isspace():  # isspace: no copy of a large text, unlike strip
        raise ArticleError(f"{name}: empty file; {_HOW}")
    if name.lower().endswith(".txt"):
        if published is None:
            raise ArticleError(
                f"{name}: a plain-text article has no publication date; "
                "give it with --published YYYY-MM-DD, or convert it to Markdown with front matter"
            )
        _check_not_future(published, published, name, today)
        title = text.lstrip().split("\n", 1)[0].strip()
        return Article(stem, title, "unknown outlet", published, text, path=name)
    meta, body, fm_text = _split_front_matter(text, name)
    missing = [k for k in REQUIRED_KEYS if meta.get(k) in (None, "")]
    if missing:
        raise ArticleError(
            f"{name}: front matter lacks {', '.join(missing)}; add e.g. "
            "'title: ...', 'outlet: ...', 'published: 2016-10-17' between the '---' lines"
        )
    date = _as_date(meta["published"], _where(name, fm_text, "published"))
    _check_not_future(date, meta["published"], _where(name, fm_text, "published"), today)
    if not body or body.isspace():
        raise ArticleError(
            f"{name}: no article text after the front matter; paste the text below the closing '---'"
        )
    return Article(
        stem=stem,
        title=_as_text(meta, "title", name, fm_text),
        outlet=_as_text(meta, "outlet", name, fm_text),
        published=date,
        body=body,
        url=_as_text(meta, "url", name, fm_text) if meta.get("url") else None,
        published_note=(
            _as_text(meta, "published_note", name, fm_text) if meta.get("published_note") else None
        ),
        path=name,
        extra={str(k): v for k, v in meta.items() if k not in KNOWN_KEYS},
    )


def decode_article(data: bytes, name: str) -> str:
    """Decode the bytes of an article file: UTF-8 (a BOM allowed), line ends made ``\\n``.

    >>> decode_article(b"\\xef\\xbb\\xbf---\\r\\ntitle: x\\r\\n", "a.md")
    '---\\ntitle: x\\n'
    """
    if not data or data.isspace():
        raise ArticleError(f"{name}: empty file; {_HOW}")
    if data.startswith(_UTF16_32_BOMS):
        raise ArticleError(f"{name}: saved as UTF-16 or UTF-32; save it as UTF-8")
    nul = data.find(b"\0")
    if nul != -1:
        raise ArticleError(
            f"{name}: a binary file, not text (NUL byte at byte offset {nul}); "
            f"articles are UTF-8 text files ({', '.join(ARTICLE_SUFFIXES)})"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            f"{name}, line {line}: not UTF-8 ({exc.reason} at byte offset {exc.start}: "
            f"{data[exc.start : exc.start + 4]!r}); save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_article(
    path: Path, *, published: dt.date | None = None, today: dt.date | None = None
) -> Article:
    """Read one article file."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(f"{path}: a folder, not an article file") from None
    except OSError as exc:
        raise ArticleError(
            f"{path}: cannot be read ({exc.strerror}); check that it exists and is readable"
        ) from exc
    name = str(path)
    article = parse_article(decode_article(data, name), name, published=published, today=today)
    return replace(article, file_sha256=hashlib.sha256(data).hexdigest())


def article_paths(folder: Path) -> list[Path]:
    """Return the article files under ``folder`` and its sub-folders, in path order.

    Hidden files and folders (a leading ``.``) are left out. Only paths are listed, so the
    list stays small however large the articles are.
    """
    if not folder.exists():
        raise ArticleError(f"{folder}: no such folder; give the folder that holds the articles")
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder; give the folder that holds the articles")
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in files:
            if not fname.startswith(".") and fname.lower().endswith(ARTICLE_SUFFIXES):
                path = Path(root, fname)
                found.append((path.relative_to(folder).as_posix(), path))
    return [path for _, path in sorted(found)]


def iter_articles(
    folder: Path, *, published: dt.date | None = None, today: dt.date | None = None
) -> Iterator[Article | Problem]:
    """Yield each article of ``folder`` as it is read, or the problem that keeps it out.

    - a file that cannot be used gives an ``error`` :class:`Problem` and is skipped;
    - a file whose body is the same as an earlier one (same SHA-256) gives a ``warning`` and
      is counted once;
    - a file whose name (the article id) is taken by an earlier one, in another folder or
      with another suffix, gives an ``error``: article ids must be unique;
    - a URL that is not http(s) gives a ``warning`` (it will be shown, never linked);
    - front-matter keys geomap does not read are kept in :attr:`Article.extra` and reported
      once per key, after the last article.
    """
    ids: dict[str, str] = {}
    digests: dict[str, str] = {}
    unknown: dict[str, list[str]] = {}
    for path in article_paths(folder):
        try:
            _check_regular(path)
            article = read_article(path, published=published, today=today)
        except ArticleError as exc:
            yield Problem(str(path), str(exc))
            continue
        digest = article.body_sha256()
        if digest in digests:
            yield Problem(
                article.path,
                f"{article.path}: same text as {digests[digest]} (sha256 {digest[:12]}); "
                f"counted once, as {digests[digest]}; delete one of the copies",
                "warning",
            )
            continue
        key = article.stem.casefold()
        if key in ids:
            yield Problem(
                article.path,
                f"{article.path}: article id {article.stem!r} is already used by {ids[key]}; "
                "the id is the file name without its suffix: rename one of the two files",
            )
            continue
        digests[digest] = ids[key] = article.path
        if article.url is not None and article.link is None:
            yield Problem(
                article.path,
                f"{article.path}: url {article.url!r} is not an http(s) address; "
                "it is shown as text, never made a link",
                "warning",
            )
        for extra in article.extra:
            unknown.setdefault(extra, []).append(article.path)
        yield article
    yield from _unknown_key_warnings(unknown)


def read_folder(
    folder: Path,
    *,
    keep_going: bool = False,
    published: dt.date | None = None,
    today: dt.date | None = None,
) -> FolderRead:
    """Read the articles of ``folder`` for a build.

    By default a single bad article refuses the folder: :class:`ArticlesRejectedError` lists
    every bad file. With ``keep_going`` bad files are skipped and listed in the result. A
    folder with no usable article is refused either way.
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_articles(folder, published=published, today=today):
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(item)
    result = FolderRead(tuple(articles), tuple(problems))
    if result.errors and not keep_going:
        shown = [f"  {p.message}" for p in result.errors[:_MAX_LISTED]]
        if len(result.errors) > _MAX_LISTED:
            shown.append(f"  and {len(result.errors) - _MAX_LISTED} more")
        raise ArticlesRejectedError(
            f"{len(result.errors)} article file(s) in {folder} cannot be used:\n"
            + "\n".join(shown)
            + "\nfix them, or build the others with --keep-going",
            result.errors,
        )
    if not articles:
        found = f" ({len(result.errors)} skipped)" if result.errors else ""
        raise ArticlesRejectedError(
            f"{folder}: no usable articles{found}; add files "
            f"({', '.join('*' + s for s in ARTICLE_SUFFIXES)}) with front matter: {_HOW}",
            result.errors,
        )
    return result


def read_articles(folder: Path, *, published: dt.date | None = None) -> Iterator[Article]:
    """Yield every article in ``folder``, in path order; raise on the first bad one.

    Warnings (duplicates, unknown keys, URLs that are not links) go to the log.
    """
    for item in iter_articles(folder, published=published):
        if isinstance(item, Article):
            yield item
        elif item.severity == "error":
            raise ArticleError(item.message)
        else:
            log.warning("%s", item.message)


def _check_regular(path: Path) -> None:
    # A FIFO or device named like an article would block or never end: refuse it unread.
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not stat.S_ISREG(mode):
        raise ArticleError(f"{path}: not a regular file; articles are plain text files")


def _unknown_key_warnings(unknown: Mapping[str, list[str]]) -> Iterable[Problem]:
    for key, paths in sorted(unknown.items()):
        shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        yield Problem(
            paths[0],
            f"unknown front-matter key {key!r} in {shown}; kept with the article but not used; "
            f"the keys geomap reads are {sorted(KNOWN_KEYS)}",
            "warning",
        )


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, str]:
    """Return the front matter as a mapping, the body, and the front matter's text."""
    nl = text.find("\n")
    if (text if nl == -1 else text[:nl]).strip() != _FENCE:
        raise ArticleError(f"{name}, line 1: no front matter; {_HOW}")
    pos = nl + 1
    while nl != -1:
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        if text[pos:end].strip() == _FENCE:
            fm_text = text[text.find("\n") + 1 : pos]
            body = "" if nl == -1 else text[nl + 1 :]
            return _load_yaml(fm_text, name), body, fm_text
        if pos > MAX_FRONT_MATTER:
            raise ArticleError(
                f"{name}: front matter is not closed within its first {MAX_FRONT_MATTER} "
                "characters; add a line '---' after 'published:'"
            )
        pos = end + 1
    raise ArticleError(f"{name}: front matter is not closed; add a line '---' after it")


def _load_yaml(fm_text: str, name: str) -> dict[str, Any]:
    try:
        meta = yaml.safe_load(fm_text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}, line {mark.line + 2}" if mark is not None else name
        raise ArticleError(
            f"{where}: front matter is not valid YAML ({exc.problem or exc.context}); "
            "write 'key: value' lines and put values with ': ' or a leading quote in quotes"
        ) from None
    except yaml.YAMLError as exc:
        raise ArticleError(f"{name}: front matter is not valid YAML ({exc})") from None
    except RecursionError:
        raise ArticleError(f"{name}: front matter is nested too deeply; {_HOW}") from None
    except ValueError as exc:  # a YAML date that does not exist, e.g. 2016-02-30
        raise ArticleError(
            f"{_bad_date_where(name, fm_text)}: front matter holds a date that does not exist "
            f"({exc}); write dates as YYYY-MM-DD"
        ) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be 'key: value' lines; {_HOW}")
    return meta


def _bad_date_where(name: str, fm_text: str) -> str:
    """Return ``name, line N`` for the first line whose value looks like a date but is not one."""
    for i, line in enumerate(fm_text.split("\n")):
        value = line.partition(":")[2].strip().strip("'\"")
        if _DATE_LIKE.match(value):
            try:
                dt.date.fromisoformat(value[:10])
            except ValueError:
                return f"{name}, line {i + 2}"
    return name


def _where(name: str, fm_text: str, key: str) -> str:
    """Return ``name, line N`` for the line of the file where ``key:`` is written."""
    for i, line in enumerate(fm_text.split("\n")):
        if line.startswith(f"{key}:"):
            return f"{name}, line {i + 2}"
    return name


def _as_text(meta: Mapping[str, Any], key: str, name: str, fm_text: str) -> str:
    value = meta[key]
    if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
        raise ArticleError(
            f"{_where(name, fm_text, key)}: {key} must be text, not {type(value).__name__}; "
            f"write it on one line after '{key}:', in quotes"
        )
    return str(value).strip()


def _as_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ArticleError(
            f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2016-10-17"
        ) from None


def _check_not_future(date: dt.date, value: object, where: str, today: dt.date | None) -> None:
    today = today or dt.date.today()
    if date > today + _FUTURE_SLACK:
        raise ArticleError(
            f"{where}: published {value!s} is in the future (today is {today}); "
            "check the year and the order of month and day (YYYY-MM-DD)"
        )
