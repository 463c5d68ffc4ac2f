"""Fixtures for the extraction tests: one full gazetteer per test run, articles made in code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract.extract_support import Extract
from gazetteer import Gazetteer, Region
from geomap.articles import Article, read_articles
from geomap.extract import Extraction, extract_article


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The full offline gazetteer with the campaign's region, loaded once."""
    return Gazetteer.default(region=Region(countries=("IQ", "SY")))


@pytest.fixture(scope="session")
def extract(gazetteer: Gazetteer) -> Extract:
    """Extract a body written for a test, published on a given day (default 2016-11-23)."""

    def run(
        body: str, published: dt.date = dt.date(2016, 11, 23), outlet: str = "Test Wire"
    ) -> Extraction:
        article = Article("test", "Test article", outlet, published, body)
        return extract_article(article, gazetteer)

    return run


@pytest.fixture(scope="session")
def seed_events(gazetteer: Gazetteer, seeds_dir: Path) -> dict[str, Extraction]:
    """The extraction of each seed article, by file stem's three-digit prefix."""
    return {a.stem[:3]: extract_article(a, gazetteer) for a in read_articles(seeds_dir)}
