"""The ``geomap extract`` contract: events.geojson and mentions.csv, sorted and byte-stable."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from geomap.cli import main
from geomap.extract_io import MENTION_COLUMNS

ARTICLE = """---
title: Test
outlet: Test Wire
url: https://example.org/a
published: 2016-11-23
---
Iraqi forces cut the road between Tal Afar and Sinjar on Wednesday, officials said.
“We took back the village of Kharbat Zuwayq,” a commander said.
"""

PLAIN = "Militants fled Mosul for Syria yesterday.\n"


def _run(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_extract_writes_the_contract(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    out = _run(tmp_path, str(folder), str(tmp_path / "b.txt"), "--published", "2016-10-29")

    collection = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    props = [f["properties"] for f in collection["features"]]
    for key in (
        "id",
        "type",
        "date",
        "date_end",
        "date_precision",
        "date_text",
        "actors",
        "places",
        "status",
        "claimant",
        "quote",
        "article",
        "outlet",
        "url",
        "published",
        "confidence",
    ):
        assert all(key in p for p in props), key
    cut = next(p for p in props if p["type"] == "cut_route")
    assert cut["article"] == "a" and cut["date"] == "2016-11-23" and cut["status"] == "claimed"
    assert {pl["role"] for pl in cut["places"]} == {"between"}
    flight = next(p for p in props if p["article"] == "b")
    assert flight["type"] == "withdrawal" and flight["date"] == "2016-10-28"

    with (out / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == MENTION_COLUMNS
    body = ARTICLE.split("---\n", 2)[2]
    for row in rows:
        text = body if row["article"] == "a" else PLAIN
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
    assert any(r["text"] == "Kharbat Zuwayq" and r["resolved"] == "false" for r in rows)


def test_extract_is_byte_identical_twice(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    first = _run(tmp_path, str(tmp_path / "a.md"))
    once = [(first / n).read_bytes() for n in ("events.geojson", "mentions.csv")]
    again = _run(tmp_path, str(tmp_path / "a.md"))
    assert [(again / n).read_bytes() for n in ("events.geojson", "mentions.csv")] == once


def test_a_plain_text_article_needs_a_date(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "b.txt"), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code != 0 and "--published" in result.output
