"""Fixtures of the gazetteer tests: the offline gazetteer, and stores in temporary folders.

The default gazetteer is opened from the user's cache (compiled there on first use, once per
change of sources); tests that build or import use a store in a temporary folder whose
large source is replaced by a few places made in code.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, Place, Region
from gazetteer.sources import NamedPlace
from gazetteer.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of small test files (see its README)."""
    return FIXTURES


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The offline gazetteer, preferring Iraq and Syria as the Mosul campaign does."""
    return Gazetteer.default(region=Region(countries=("IQ", "SY")))


@pytest.fixture(scope="session")
def gz_world(gz: Gazetteer) -> Gazetteer:
    """The same gazetteer with no region at all."""
    return gz.with_region(Region())


def small_cities() -> Iterator[NamedPlace]:
    """A stand-in for cities500: three places with alternate names."""
    yield (
        Place("geonames:99072", "Mosul", 36.335, 43.11889, "IQ", population=1_683_000),
        ("Mosul", "Al Mawsil", "Mossoul"),
    )
    yield (
        Place("geonames:99131", "Tall ‘Afar", 36.37913, 42.44806, "IQ", population=0),
        ("Tall ‘Afar", "Telafar", "Tal Afar"),
    )
    yield (
        Place("geonames:2548885", "Fallon", 39.47, -118.78, "US", population=8_500),
        ("Fallon",),
    )


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store in a temporary folder whose compiled index holds only :func:`small_cities`."""
    monkeypatch.setattr("gazetteer.store.read_cities500", small_cities)
    monkeypatch.setattr("gazetteer.store.read_countries", lambda capitals: iter(()))
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(tmp_path / "data"))
    return Store.from_env()
