"""The review page in a real browser: offline from ``file://``, no console errors, filtering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from geomap.review import render_review

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        yield browser
        browser.close()


@pytest.mark.browser
def test_review_page_works_offline_without_console_errors(
    browser, extraction, article, tmp_path: Path
) -> None:
    path = tmp_path / "review.html"
    path.write_text(render_review([article], extraction), encoding="utf-8")
    page = browser.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))

    def route(r):  # only the file itself may load
        requests.append(r.request.url)
        return r.continue_() if r.request.url.startswith("file://") else r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert problems == []
    assert all(u.startswith("file://") for u in requests), requests
    assert page.locator("#unresolved article.item").first.is_visible()
    assert page.locator("#article-a1 .body mark.m-unresolved").first.inner_text() == "Umm Sijan"
    events = page.locator("#events article.item")
    assert events.count() == 2 and events.first.is_visible()
    page.fill("#q", "umm sijan")  # the filter box appears once the script runs
    assert page.locator("#events article.item:visible").count() == 1
    page.fill("#q", "")
    assert page.locator("#events article.item:visible").count() == 2
    page.close()
