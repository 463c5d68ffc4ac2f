"""Fixtures of the build tests: a small campaign made in code, rendered once per module."""

from __future__ import annotations

import pytest
from sample_events import mosul_campaign, mosul_events, sample_articles

from geomap.campaign import Campaign
from geomap.render import BuildInputs, render_maps
from geomap.schema import Event, Mention


@pytest.fixture
def events() -> list[Event]:
    """The sample events."""
    return mosul_events()


@pytest.fixture
def campaign() -> Campaign:
    """The sample campaign settings."""
    return mosul_campaign()


def sample_inputs() -> BuildInputs:
    """Return build inputs made in code: two articles, one place mention, the sample events."""
    articles = tuple(sample_articles())
    mention = Mention(
        articles[0].stem, 0, 5, "Mosul", "place", "p:mosul", "Mosul", 36.34, 43.13, True
    )
    return BuildInputs(
        campaign=mosul_campaign(),
        articles=articles,
        mentions=(mention,),
        events=tuple(mosul_events()),
        sha256={a.stem: "ab" * 32 for a in articles},
    )


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    """Every output of a build of the sample campaign, keyed by path."""
    return render_maps(sample_inputs())
