"""Fixtures for the reliability tests: a fixed today, the small and the full gazetteer.

Every test here makes its own inputs (see ``make.py``); none reads data outside the repository.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from gazetteer import Gazetteer
from tests.reliability.make import REGION, small_gazetteer


@pytest.fixture
def today() -> dt.date:
    """A fixed 'today', so that the future-date rule does not depend on the clock."""
    return dt.date(2026, 1, 1)


@pytest.fixture
def fast_gazetteer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gazetteer]:
    """Make builds use the small gazetteer instead of loading the full one."""
    gaz = small_gazetteer()
    monkeypatch.setattr(Gazetteer, "default", classmethod(lambda cls, *a, **k: gaz))
    yield gaz


@pytest.fixture(scope="session")
def full_gazetteer() -> Gazetteer:
    """The full offline gazetteer, loaded once per test session (it is slow to load)."""
    return Gazetteer.default(region=REGION)
