"""The bad-input matrix for one article file: each case is refused with a message naming the
file (and line) and saying what to do, or read as it should be."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from geomap import ArticleError, parse_article, read_articles
from geomap.articles import Article, decode_article, read_article
from tests.reliability.make import article_text, write_article

GOOD = article_text()


def test_front_matter_and_verbatim_body() -> None:
    article = parse_article(GOOD, "seeds/a.md")
    assert article.stem == "a"
    assert article.published == dt.date(2016, 10, 29)
    assert article.body == "Forces reached Mosul on Saturday.\n"


def test_plain_text_needs_a_date() -> None:
    with pytest.raises(ArticleError, match="--published"):
        parse_article("Headline\nBody", "b.txt")
    article = parse_article("Headline\nBody", "b.txt", published=dt.date(2017, 1, 2))
    assert article.title == "Headline"


def test_seed_bodies_are_verbatim(seeds_dir: Path) -> None:
    articles = list(read_articles(seeds_dir))
    assert len(articles) == 5
    assert all(a.published.year in (2016, 2017) for a in articles)
    assert any("Baghdad boils" in a.body for a in articles)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", r"^a\.md: empty file; an article starts with a line '---'"),
        (b"  \n\n\t\n", r"^a\.md: empty file"),
        (b"Just a text\nwithout front matter\n", r"^a\.md, line 1: no front matter; .*'---'"),
        (b"---\ntitle: x\noutlet: y\n", r"^a\.md: front matter is not closed; add a line '---'"),
        (
            b"---\ntitle: x\noutlet: y: z\npublished: 2016-10-29\n---\nBody\n",
            r"^a\.md, line 3: front matter is not valid YAML \(mapping values are not allowed",
        ),
        (
            b'---\ntitle: "unclosed\noutlet: y\npublished: 2016-10-29\n---\nBody\n',
            r"^a\.md, line \d: front matter is not valid YAML .*quotes",
        ),
        (b"---\n- a list\n---\nBody\n", r"^a\.md: front matter must be 'key: value' lines"),
        (b"---\ntitle: x\noutlet: y\n---\nBody\n", r"^a\.md: front matter lacks published; add"),
        (b"---\npublished: 2016-10-29\n---\nBody\n", r"^a\.md: front matter lacks title, outlet"),
        (
            b"---\ntitle: x\noutlet: y\npublished: yesterday\n---\nBody\n",
            r"^a\.md, line 4: published 'yesterday' is not a date; write it as YYYY-MM-DD",
        ),
        (
            b"---\ntitle: x\noutlet: y\npublished: 2016-13-45\n---\nBody\n",
            r"^a\.md, line 4: front matter holds a date that does not exist \(month must be",
        ),
        (
            b"---\ntitle: x\noutlet: y\npublished: 2016-02-30\n---\nBody\n",
            r"^a\.md, line 4: front matter holds a date that does not exist \(day is out of range",
        ),
        (
            b"---\ntitle: x\noutlet: y\npublished: 2999-10-29\n---\nBody\n",
            r"^a\.md, line 4: published 2999-10-29 is in the future \(today is 2026-01-01\); check the year",
        ),
        (
            b"---\ntitle: [a, b]\noutlet: y\npublished: 2016-10-29\n---\nBody\n",
            r"^a\.md, line 2: title must be text, not list; write it on one line",
        ),
        (b"---\ntitle: x\noutlet: y\npublished: 2016-10-29\n---\n  \n", r"no article text after"),
        (
            b"---\ntitle: x\nsummary: caf\xe9\n---\n",
            r"^a\.md, line 3: not UTF-8 \(invalid continuation byte at byte offset 25: b'\\xe9\\n--'\); save the file as UTF-8",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            r"^a\.md: a binary file, not text \(NUL byte at byte offset 8\)",
        ),
        (
            "---\ntitle: x\n".encode("utf-16"),
            r"^a\.md: saved as UTF-16 or UTF-32; save it as UTF-8",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "no-front-matter",
        "unclosed",
        "bad-yaml",
        "bad-yaml-quote",
        "yaml-list",
        "missing-published",
        "missing-title-outlet",
        "published-word",
        "published-invalid",
        "published-feb-30",
        "published-future",
        "title-list",
        "no-body",
        "not-utf8",
        "binary",
        "utf16",
    ],
)
def test_bad_file_is_refused_with_file_line_and_fix(
    tmp_path: Path, data: bytes, message: str, today: dt.date
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(data)
    with pytest.raises(
        ArticleError, match=message.replace("a\\.md", str(path).replace(".", r"\."), 1)
    ):
        read_article(path, today=today)


def test_a_date_of_tomorrow_is_accepted(today: dt.date) -> None:
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    assert parse_article(article_text(published=tomorrow), "a.md", today=today).published


def test_bom_and_crlf_are_accepted() -> None:
    data = b"\xef\xbb\xbf" + article_text().replace("\n", "\r\n").encode()
    article = parse_article(decode_article(data, "a.md"), "a.md")
    assert article.title == "A test report"
    assert article.body == "Forces reached Mosul on Saturday.\n"


def test_unknown_keys_are_kept_in_extra() -> None:
    article = parse_article(article_text(extra="author: J. Doe\ntags: [a, b]\n"), "a.md")
    assert article.extra == {"author": "J. Doe", "tags": ["a", "b"]}


def test_yaml_alias_bomb_is_not_expanded() -> None:
    # "Billion laughs": aliases are references; nothing may expand them into a huge string.
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    start = time.perf_counter()
    with pytest.raises(ArticleError, match="title must be text"):
        parse_article(article_text(extra=bomb + "title: *i\n"), "a.md")
    article = parse_article(article_text(extra=bomb), "a.md")
    assert set(article.extra) == set("abcdefghi")
    assert time.perf_counter() - start < 2


def test_deeply_nested_front_matter_is_refused() -> None:
    deep = "x: " + "[" * 30_000 + "]" * 30_000 + "\n"  # libyaml's loader would crash here
    with pytest.raises(ArticleError, match=r"nested too deeply|not valid YAML"):
        parse_article(article_text(extra=deep), "a.md")


def test_front_matter_that_never_closes_stops_early() -> None:
    text = "---\n" + "note: filler line\n" * 200_000
    start = time.perf_counter()
    with pytest.raises(ArticleError, match=r"not closed within its first 65536 characters"):
        parse_article(text, "a.md")
    assert time.perf_counter() - start < 1


def test_only_http_urls_are_links() -> None:
    def link(url: str) -> str | None:
        return Article("a", "t", "o", dt.date(2016, 1, 1), "b", url=url).link

    assert link("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert link("HTTP://example.org") == "HTTP://example.org"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//evil.example/x",
        "http:/evil",
        "https:///x",
        "file:///etc/passwd",
        "example.org",
    ):
        assert link(bad) is None, bad


def test_plain_text_article_in_the_future(today: dt.date) -> None:
    with pytest.raises(ArticleError, match="in the future"):
        parse_article("Headline\nBody", "b.txt", published=dt.date(2999, 1, 1), today=today)


def test_read_article_on_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="a folder, not an article"):
        read_article(write_article(tmp_path, "x.md").parent)
