"""The review page in a real browser: offline from ``file://``, no console errors, filtering."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geomap.report import build_report
from geomap.review import render_review


def open_offline(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    """Open ``path`` with every non-file request aborted; return the page, errors, requests."""
    page = browser.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))

    def route(r: Any) -> None:
        requests.append(r.request.url)
        r.continue_() if r.request.url.startswith("file://") else r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems, requests


@pytest.mark.browser
def test_review_page_works_offline_without_console_errors(
    browser, extraction, article, tmp_path: Path
) -> None:
    path = tmp_path / "review.html"
    path.write_text(render_review([article], extraction), encoding="utf-8")
    page, problems, requests = open_offline(browser, path)
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


@pytest.mark.browser
def test_seed_review_shows_unresolved_names_in_the_browser(browser, seeds, tmp_path: Path) -> None:
    articles, extraction = seeds
    report = build_report(articles, extraction)
    path = tmp_path / "review.html"
    path.write_text(render_review(articles, extraction, report), encoding="utf-8")
    page, problems, requests = open_offline(browser, path)
    assert problems == []
    assert all(u.startswith("file://") for u in requests), requests
    items = page.locator("#unresolved article.item")
    assert items.count() == len(report.unresolved)
    for i, name in enumerate(report.unresolved):
        item = items.nth(i)
        assert item.is_visible()
        assert item.locator("h3").inner_text().startswith(name.name)
        assert item.locator("li mark").first.inner_text() == name.mentions[0].text
    assert page.locator("#articles > article").count() == len(articles)
    page.close()
