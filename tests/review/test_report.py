"""The build report: counts, the deterministic ``build.json``, the terminal, ``--strict``."""

from __future__ import annotations

import io
import json

import pytest

from geomap._errors import BuildError
from geomap.overrides import apply_overrides, parse_overrides
from geomap.report import (
    build_report,
    print_report,
    report_to_json,
    require_clean,
    strict_problems,
)


def test_report_counts_what_the_build_read_and_kept(extraction, article, gazetteer) -> None:
    overrides = parse_overrides(
        "- pin: Rabia\n  place_id: t:rabia-iq\n- drop: ev-gone\n", "seeds/overrides.yaml"
    )
    kept, outcome = apply_overrides(extraction, overrides, [article], gazetteer)
    report = build_report([article], kept, outcome, warnings=["a1: one warning"])
    data = json.loads(report_to_json(report))
    assert data["articles"] == 1
    assert data["mentions"] == {
        "found": 7,
        "by_kind": {"place": 7, "actor": 0, "date": 0},
        "places": {"resolved": 5, "unresolved": 1, "not_places": 1},
    }
    assert data["unresolved"] == [{"name": "Umm Sijan", "mentions": 1, "articles": ["a1"]}]
    assert data["events"]["by_type"] == {"cut_route": 1, "attack": 1}
    assert data["events"]["by_status"] == {"reported": 1, "claimed": 1}
    assert data["overrides"]["file"] == "overrides.yaml"
    assert [o["line"] for o in data["overrides"]["applied"]] == [1]
    assert data["overrides"]["stale"][0]["line"] == 3
    assert data["warnings"][0] == "a1: one warning"
    assert "seeds/overrides.yaml:3: drop ev-gone" in data["warnings"][1]
    assert report_to_json(report) == report_to_json(
        build_report([article], kept, outcome, ["a1: one warning"])
    )
    assert "time" not in report_to_json(report)


def test_strict_refuses_unresolved_names_and_stale_overrides(
    extraction, article, gazetteer
) -> None:
    clean = build_report(
        [article], extraction.__class__(extraction.mentions[:2], extraction.events[:1])
    )
    assert strict_problems(clean) == []
    require_clean(clean)
    overrides = parse_overrides("- drop: ev-gone\n", "overrides.yaml")
    kept, outcome = apply_overrides(extraction, overrides, [article], gazetteer)
    report = build_report([article], kept, outcome)
    problems = strict_problems(report)
    with pytest.raises(BuildError, match=r"--strict: 2 problem\(s\)") as err:
        require_clean(report)
    assert all(p in str(err.value) for p in problems)
    assert problems[0] == "unresolved place name 'Umm Sijan' (1x in a1)"
    assert problems[1].startswith("overrides.yaml:1: drop ev-gone: matches no event")


def test_report_prints_on_the_terminal(extraction, article) -> None:
    out = io.StringIO()
    print_report(build_report([article], extraction, warnings=["[bold]not markup[/bold]"]), out)
    text = out.getvalue()
    assert "articles" in text and "5 resolved, 1 unresolved, 1 not places" in text
    assert "unresolved: Umm Sijan (1)" in text
    assert "[bold]not markup[/bold]" in text


def test_article_problems_go_to_the_file_not_the_terminal(extraction, article) -> None:
    report = build_report([article], extraction, article_problems=["error: c.md: empty file"])
    assert json.loads(report_to_json(report))["article_problems"] == ["error: c.md: empty file"]
    out = io.StringIO()
    print_report(report, out)
    assert "c.md" not in out.getvalue()
