"""Browser fixtures: Debian's Chromium through Playwright, offline, failing on any error.

Every request that is not a ``file:`` URL is aborted, as on a laptop with no network. The
only console errors allowed are the browser's own reports of those aborted tile requests;
any other console error or page error fails the test.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geomap.io import write_maps
from geomap.render import render_maps

TILE_HOST = "tile.openstreetmap.org"


def _load_sample_events() -> Any:
    """Import the build tests' sample data (tests/build is not a package to import from)."""
    folder = Path(__file__).resolve().parent.parent / "build"
    spec = importlib.util.spec_from_file_location(
        "build_sample_events", folder / "sample_events.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_maps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample campaign's maps, written to a temporary folder."""
    out = tmp_path_factory.mktemp("browser") / "maps"
    write_maps(out, render_maps(_load_sample_events().sample_inputs()))
    return out


class Watch:
    """What a page did: console errors, page errors and the requests that were blocked."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []

    def route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def console(self, msg: Any) -> None:
        if msg.type != "error":
            return
        url = (msg.location or {}).get("url", "")
        if msg.text.startswith("Failed to load resource") and TILE_HOST in url:
            return  # a tile we blocked: the basemap carried in the page shows instead
        self.errors.append(f"console: {msg.text} at {url}")

    def check(self) -> None:
        assert not self.errors, "\n".join(self.errors)
        assert all(TILE_HOST in u for u in self.blocked), self.blocked


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """Return ``open(url, width, height) -> (page, watch)``; checks the watch at the end."""
    contexts, watches = [], []

    def open_(url: str, width: int = 1280, height: int = 800) -> tuple[Any, Watch]:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        watch = Watch()
        watches.append(watch)
        page = context.new_page()
        page.route("**/*", watch.route)
        page.on("console", watch.console)
        page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
        page.goto(url)
        return page, watch

    yield open_
    for context in contexts:
        context.close()
    for watch in watches:
        watch.check()
