"""``geomap extract --jobs N``: worker processes give the very same files as one process."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, Region
from geomap.articles import read_articles
from geomap.cli import main
from geomap.extract import extract_articles, extract_articles_in_pool

_FILES = ("events.geojson", "mentions.csv")


def _extract(out: Path, *args: str) -> list[bytes]:
    result = CliRunner().invoke(main, ["extract", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return [(out / name).read_bytes() for name in _FILES]


def test_two_jobs_write_byte_identical_files(tmp_path: Path, seeds_dir: Path) -> None:
    one = _extract(tmp_path / "one", str(seeds_dir), "--jobs", "1")
    two = _extract(tmp_path / "two", str(seeds_dir), "--jobs", "2")
    assert one == two
    assert len(one[1].splitlines()) > 100  # the seeds do name places, actors and dates


def test_the_pool_keeps_article_order(gazetteer: Gazetteer, seeds_dir: Path) -> None:
    articles = list(read_articles(seeds_dir))
    open_gazetteer = functools.partial(Gazetteer.default, region=Region(countries=("IQ", "SY")))
    assert extract_articles_in_pool(articles, open_gazetteer, 2) == extract_articles(
        articles, gazetteer
    )


def test_jobs_must_be_positive(tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(seeds_dir), "--out", str(tmp_path), "--jobs", "0"]
    )
    assert result.exit_code == 2
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        extract_articles_in_pool([], Gazetteer, 0)
