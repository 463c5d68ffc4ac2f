"""Shared fixtures: paths into the repository and a real browser for the page tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it on CI.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The campaign's seed articles, as shipped in the repository."""
    return ROOT / "seeds"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per test module, driven by Playwright.

    Module scope, not session: Playwright's sync API runs an event loop while it is open.
    Without Chromium the browser tests fail, saying how to install it: what a reader sees
    is part of the suite, never left out.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is not installed; run: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
