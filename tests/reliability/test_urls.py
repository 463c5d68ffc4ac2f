"""Which article addresses become links: one check, used by the article, map and review pages."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap._urls import safe_url
from geomap.articles import Article
from geomap.pages._html import link
from geomap.review import _link as review_link

LINKS = [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("http://example.org", "http://example.org"),
    ("HTTP://example.org", "HTTP://example.org"),
    ("hTtPs://example.org/x#y", "hTtPs://example.org/x#y"),
    ("  https://example.org/a \n", "https://example.org/a"),
    ("https://user@example.org:8080/a", "https://user@example.org:8080/a"),
    ("https://[2001:db8::1]/a", "https://[2001:db8::1]/a"),
    ('https://example.org/a?q="><script>', 'https://example.org/a?q="><script>'),
]

NOT_LINKS = [
    None,
    "",
    "   ",
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "ftp://example.org/a",
    "//evil.example/x",
    "example.org",
    "http:/evil",
    "https:///x",
    "https://",
    "http://:80/a",
    "http://user@/a",
    "https://\\evil.example",
    "http:\\\\evil.example",
    "https://exa mple.org/a",
    "https://example.org/a b",
    "https://example.org/\ta",
    "https://example.org/\x00a",
    "https://example.org/\x7fa",
    "https://example.org/\u2028a",
    "https://[2001:db8::1/a",
]


@pytest.mark.parametrize(("url", "expected"), LINKS)
def test_http_urls_with_a_host_are_links(url: str, expected: str) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize("url", NOT_LINKS)
def test_anything_else_is_no_link(url: str | None) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://example.org/a", "https:///x", "javascript:alert(1)"])
def test_every_page_uses_the_one_check(url: str) -> None:
    article = Article("a", "t", "o", dt.date(2016, 1, 1), "b", url=url)
    linked = safe_url(url) is not None
    assert (article.link is not None) is linked
    assert ("<a href" in link("title", url)) is linked
    assert ("<a href" in review_link(url)) is linked
