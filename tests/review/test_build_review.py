"""End to end: a build in a temporary folder applies ``overrides.yaml`` and writes the review
page and ``data/build.json``; ``geomap build --strict`` refuses a stale override."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from geomap._errors import OverridesError
from geomap.build import BuildConfig, build_maps
from geomap.cli import main

# An article written for these tests; the coordinates pinned below are test values.
ARTICLE = """\
---
title: Iraqi forces take a village south of Mosul
outlet: Test Wire
url: https://example.org/umm-sijan
published: 2016-11-05
---
Iraqi forces captured the village of Umm Sijan, south of Mosul, on Saturday, a spokesman said.
The militants fled towards Tal Afar.
"""
ADD = """\
- add: capture
  article: a1
  quote: Iraqi forces captured the village of Umm Sijan
  date: 2016-11-05
  actors: [ISF]
  places: [{name: Umm Sijan, role: at}]
- pin: Umm Sijan
  lat: 36.05
  lon: 43.05
  label: Umm Sijan
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "articles"
    seeds.mkdir()
    (seeds / "a1.md").write_text(ARTICLE, encoding="utf-8")
    return seeds


def events_of(out: Path) -> list[dict]:
    return json.loads((out / "data" / "events.geojson").read_text(encoding="utf-8"))["features"]


def test_build_applies_overrides_and_writes_review_and_report(folder: Path) -> None:
    before = tmp = folder.parent / "before"
    build_maps(BuildConfig(seeds_dir=folder, out_dir=before))
    extracted = [f["id"] for f in events_of(before)]
    drops = "".join(f"- drop: {i}\n  why: test\n" for i in extracted)
    stale = "- drop: {article: a1, quote: no such sentence}\n"
    (folder / "overrides.yaml").write_text(drops + ADD + stale, encoding="utf-8")
    out = tmp.parent / "maps"
    result = build_maps(BuildConfig(seeds_dir=folder, out_dir=out))

    (feature,) = events_of(out)
    props = feature["properties"]
    assert (props["type"], props["date"], props["actors"]) == ("capture", "2016-11-05", ["ISF"])
    assert props["quote"] == "Iraqi forces captured the village of Umm Sijan"
    assert props["outlet"] == "Test Wire" and props["url"] == "https://example.org/umm-sijan"
    assert feature["geometry"] == {"type": "Point", "coordinates": [43.05, 36.05]}
    assert props["overrides"] == [
        f"overrides.yaml:{2 * len(extracted) + 1}",
        f"overrides.yaml:{2 * len(extracted) + 7}",
    ]

    report = json.loads((out / "data" / "build.json").read_text(encoding="utf-8"))
    assert report["articles"] == 1 and report["events"]["by_type"] == {"capture": 1}
    assert len(report["overrides"]["applied"]) == len(extracted) + 2
    (gone,) = report["overrides"]["stale"]
    assert gone["line"] == 2 * len(extracted) + 11 and gone["action"] == "drop"
    assert result.report is not None and len(result.report.overrides.stale) == 1

    soup = BeautifulSoup((out / "review.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one("#events article.item blockquote").get_text() == props["quote"]
    assert "stale" in soup.select_one("#overrides tr.stale").get_text()
    public = [p for p in out.glob("*.html") if p.name != "review.html"]
    assert public and all("review.html" not in p.read_text(encoding="utf-8") for p in public)


def test_invalid_overrides_stop_the_build_naming_the_line(folder: Path) -> None:
    (folder / "overrides.yaml").write_text(
        "- pin: Mosul\n  lat: 36.3\n  lon: east\n", encoding="utf-8"
    )
    with pytest.raises(
        OverridesError, match=r"overrides\.yaml:3: pin entry, lon: expected a longitude"
    ):
        build_maps(BuildConfig(seeds_dir=folder, out_dir=folder.parent / "maps"))
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(folder.parent / "maps")])
    assert result.exit_code == 1
    assert "overrides.yaml:3: pin entry, lon: expected a longitude" in result.output


def test_strict_build_refuses_a_stale_override_and_writes_nothing(folder: Path) -> None:
    (folder / "overrides.yaml").write_text("# header\n- drop: ev-000000000000\n", encoding="utf-8")
    out = folder.parent / "maps"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "0 applied, 1 stale" in result.output  # the report, on stderr
    assert "overrides.yaml:2: drop ev-000000000000: matches no event" in result.output
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (folder / "a1.md").write_text(ARTICLE.replace("fled", "ran"), encoding="utf-8")
    strict = CliRunner().invoke(main, ["build", "--strict", str(folder), "--out", str(out)])
    assert strict.exit_code == 1, strict.output
    assert "--strict:" in strict.output and "was left as it was" in strict.output
    assert "overrides.yaml:2: drop ev-000000000000: matches no event" in strict.output
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_strict_build_passes_once_the_board_is_clean(folder: Path) -> None:
    out = folder.parent / "maps"
    build_maps(BuildConfig(seeds_dir=folder, out_dir=out))
    report = json.loads((out / "data" / "build.json").read_text(encoding="utf-8"))
    strict = CliRunner().invoke(main, ["build", "--strict", str(folder), "--out", str(out)])
    assert strict.exit_code == 1 and "unresolved place name 'Umm Sijan'" in strict.output
    # settle every unresolved name, as an editor would from the review page
    fixes = "".join(
        f"- not_place: {json.dumps(u['name'])}\n  why: test\n" for u in report["unresolved"]
    )
    (folder / "overrides.yaml").write_text(fixes, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--strict", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
