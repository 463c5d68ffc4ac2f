"""Run the pipeline: read articles, extract, apply overrides, render, write ``maps/``.

Reading (articles with their file hashes, campaign, overrides) happens here at the start, writing
once at the end through :func:`geomap.io.write_maps`; everything between is pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import Gazetteer, Region
from geomap.articles import Article, Problem, read_folder
from geomap.campaign import Campaign, read_campaign
from geomap.extract import extract_articles
from geomap.io import write_maps
from geomap.overrides import apply_overrides, read_overrides
from geomap.render import BuildInputs, render_maps
from geomap.report import BuildReport, build_report, report_to_json, require_clean
from geomap.review import render_review
from geomap.schema import Event, Mention
from geomap.slices import stale_captions

__all__ = ["OVERRIDES_FILE", "BuildConfig", "BuildResult", "build_maps"]

OVERRIDES_FILE = "overrides.yaml"


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """What to build from where."""

    seeds_dir: Path = Path("seeds")
    out_dir: Path = Path("maps")
    countries: tuple[str, ...] = ("IQ", "SY")
    keep_going: bool = False  # skip bad articles (listed in BuildResult.problems), not fail
    strict: bool = False  # refuse to write when a name is unresolved or an override stale


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build read, found and wrote."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...] = ()
    campaign: Campaign = field(default_factory=Campaign)
    files: tuple[str, ...] = ()
    report: BuildReport | None = None
    problems: tuple[Problem, ...] = ()


def build_maps(config: BuildConfig) -> BuildResult:
    """Build every output from the articles in ``config.seeds_dir`` into ``config.out_dir``."""
    reading = read_folder(config.seeds_dir, keep_going=config.keep_going)
    articles = reading.articles
    campaign = read_campaign(config.seeds_dir)
    countries = campaign.countries or config.countries
    gazetteer = Gazetteer.default(
        campaign_csv=config.seeds_dir / "gazetteer.csv", region=Region(countries=countries)
    )
    overrides = read_overrides(config.seeds_dir / OVERRIDES_FILE)
    extraction, override_report = apply_overrides(
        extract_articles(articles, gazetteer), overrides, articles, gazetteer
    )
    inputs = BuildInputs(
        campaign=campaign,
        articles=articles,
        mentions=extraction.mentions,
        events=extraction.events,
        sha256={a.stem: a.file_sha256 or a.body_sha256() for a in articles},
    )
    files = render_maps(inputs)
    warnings = stale_captions(extraction.events, campaign)
    problems = [f"{p.severity}: {p}" for p in reading.problems]
    report = build_report(articles, extraction, override_report, warnings, problems)
    if config.strict:
        require_clean(report)
    files["review.html"] = render_review(articles, extraction, report, OVERRIDES_FILE)
    files["data/build.json"] = report_to_json(report)
    write_maps(config.out_dir, files, protect=(config.seeds_dir,))
    return BuildResult(
        articles,
        extraction.mentions,
        extraction.events,
        campaign,
        tuple(sorted(files)),
        report,
        reading.problems,
    )
