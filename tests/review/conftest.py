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
def seeds_gazetteer() -> Gazetteer:
    """The full offline gazetteer for the seed articles (slow to load: once per session)."""
    return Gazetteer.default(
        campaign_csv=ROOT / "seeds" / "gazetteer.csv", region=Region(countries=("IQ", "SY"))
    )


@pytest.fixture
def article() -> Article:
    """The four-line article of ``review_data``."""
    return make_article()


@pytest.fixture
def extraction() -> Extraction:
    """What an extractor could find in that article."""
    return make_extraction()
