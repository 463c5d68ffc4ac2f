"""Shared fixtures: paths into the repository and small articles made in code."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The campaign's seed articles, as shipped in the repository."""
    return ROOT / "seeds"
