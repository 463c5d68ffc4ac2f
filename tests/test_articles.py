"""Articles are read with validated front matter; bad ones are refused with a clear message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geomap import ArticleError, parse_article, read_articles

GOOD = """---
title: A test report
outlet: Test Outlet
published: 2016-10-29
---
Forces reached Mosul on Saturday.
"""


def test_front_matter_and_verbatim_body() -> None:
    article = parse_article(GOOD, "seeds/a.md")
    assert article.stem == "a"
    assert article.published == dt.date(2016, 10, 29)
    assert article.body == "Forces reached Mosul on Saturday.\n"


def test_missing_published_names_the_file_and_the_fix() -> None:
    text = GOOD.replace("published: 2016-10-29\n", "")
    with pytest.raises(ArticleError, match=r"seeds/a\.md.*published"):
        parse_article(text, "seeds/a.md")


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
