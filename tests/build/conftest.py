"""Fixtures of the build tests: a small campaign made in code, rendered once per module."""

from __future__ import annotations

import pytest

from geomap.campaign import Campaign
from geomap.render import render_maps
from geomap.schema import Event

from .sample_events import mosul_campaign, mosul_events, sample_inputs


@pytest.fixture
def events() -> list[Event]:
    """The sample events."""
    return mosul_events()


@pytest.fixture
def campaign() -> Campaign:
    """The sample campaign settings."""
    return mosul_campaign()


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    """Every output of a build of the sample campaign, keyed by path."""
    return render_maps(sample_inputs())
