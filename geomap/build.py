"""Run the pipeline: read articles, find places, render maps, write ``maps/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gazetteer import Gazetteer, Region
from geomap._errors import ArticleError
from geomap.articles import Article, read_articles
from geomap.extract import extract_articles
from geomap.io import write_maps
from geomap.render import render_places_map
from geomap.schema import Event, Mention

__all__ = ["BuildConfig", "BuildResult", "build_maps"]


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """What to build from where."""

    seeds_dir: Path = Path("seeds")
    out_dir: Path = Path("maps")
    countries: tuple[str, ...] = ("IQ", "SY")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build read and found."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...] = ()


def build_maps(config: BuildConfig) -> BuildResult:
    """Build every output from the articles in ``config.seeds_dir`` into ``config.out_dir``."""
    articles = tuple(read_articles(config.seeds_dir))
    if not articles:
        raise ArticleError(f"{config.seeds_dir}: no articles (*.md, *.txt) found; add some")
    gazetteer = Gazetteer.default(
        campaign_csv=config.seeds_dir / "gazetteer.csv", region=Region(countries=config.countries)
    )
    extraction = extract_articles(articles, gazetteer)
    write_maps(config.out_dir, {"index.html": render_places_map(articles, extraction.mentions)})
    return BuildResult(articles, extraction.mentions, extraction.events)
