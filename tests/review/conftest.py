"""Fixtures for the editorial review tests (data made in code lives in ``review_data``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_data import make_article, make_extraction, small_gazetteer

from gazetteer import Gazetteer, Region
from geomap.articles import Article
from geomap.extract import Extraction

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """A gazetteer of six places, built in memory in no time."""
    return small_gazetteer()


@pytest.fixture(scope="session")
def seeds() -> tuple[list[Article], Extraction]:
    """The seed articles and what extraction finds in them (once per session)."""
    from geomap.articles import read_articles
    from geomap.extract import extract_articles

    articles = list(read_articles(ROOT / "seeds"))
    gazetteer = Gazetteer.default(
        campaign_csv=ROOT / "seeds" / "gazetteer.csv", region=Region(countries=("IQ", "SY"))
    )
    return articles, extract_articles(articles, gazetteer)


@pytest.fixture
def article() -> Article:
    """The four-line article of ``review_data``."""
    return make_article()


@pytest.fixture
def extraction() -> Extraction:
    """What an extractor could find in that article."""
    return make_extraction()
