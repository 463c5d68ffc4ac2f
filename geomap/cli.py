"""The ``geomap`` command: build timeline maps from news articles."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click

from geomap._errors import GeomapError
from geomap.build import BuildConfig, build_maps
from geomap.report import print_report

EXIT_SKIPPED = 3  # `geomap build --keep-going` built, but skipped some articles


@click.group()
@click.version_option(package_name="geomap")
@click.option("-v", "--verbose", count=True, help="More log output on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def main(verbose: int, quiet: bool) -> None:
    """Turn news reports of a military campaign into sourced, dated, timeline maps."""
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("seeds_dir", default="seeds", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="maps",
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="Folder to write the maps into.",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Skip the articles that cannot be used, build from the rest, and list what was skipped.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail, writing nothing, when a place name is unresolved or an override is stale.",
)
def build(seeds_dir: Path, out_dir: Path, keep_going: bool, strict: bool) -> None:
    """Build the maps in OUT from the articles in SEEDS_DIR (default: seeds/).

    OUT is replaced as a whole once the build has succeeded; a build that fails or is
    interrupted leaves it as it was. An article that cannot be used fails the build, unless
    --keep-going is given.

    \b
    Exit codes:
      0  built from every article
      1  failed: nothing written, OUT is as it was (the message names each bad file,
         or with --strict each unresolved name and stale override)
      2  wrong usage of the command
      3  built, but some articles were skipped (--keep-going; listed on stderr)
    """
    config = BuildConfig(
        seeds_dir=seeds_dir, out_dir=out_dir, keep_going=keep_going, strict=strict
    )
    try:
        result = build_maps(config)
    except GeomapError as exc:
        raise click.ClickException(f"{exc}\n{out_dir}/ was left as it was") from exc
    for problem in result.problems:
        click.echo(
            f"{'skipped' if problem.severity == 'error' else 'warning'}: {problem}", err=True
        )
    if result.report is not None and logging.getLogger().getEffectiveLevel() < logging.ERROR:
        print_report(result.report)
    places = {m.place_id for m in result.mentions if m.place_id}
    unresolved = result.report.places_unresolved if result.report else 0
    click.echo(
        f"{len(result.articles)} articles, {len(places)} places, {unresolved} unresolved, "
        f"{len(result.events)} events -> {len(result.files)} files in {out_dir}/",
        err=True,
    )
    if any(p.severity == "error" for p in result.problems):
        raise SystemExit(EXIT_SKIPPED)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write events.geojson and mentions.csv into.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD) for plain-text articles without front matter.",
)
@click.option(
    "--country",
    "countries",
    default="IQ,SY",
    show_default=True,
    help="The campaign's countries (ISO codes), to settle ambiguous place names.",
)
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Worker processes that extract articles side by side (the output is the same).",
)
def extract(
    paths: tuple[Path, ...], out_dir: Path, published: Any, countries: str, jobs: int
) -> None:
    """Extract dated, sourced events and mentions from article files or folders (PATHS)."""
    from functools import partial

    from gazetteer import Gazetteer, Region
    from geomap.extract import extract_articles_in_pool
    from geomap.extract_io import articles_from_paths, write_extraction

    day = published.date() if published is not None else None
    codes = tuple(c.strip().upper() for c in countries.split(",") if c.strip())
    try:
        articles = list(articles_from_paths(paths, published=day))
        campaign = next(
            (p / "gazetteer.csv" for p in paths if (p / "gazetteer.csv").is_file()), None
        )
        open_gazetteer = partial(
            Gazetteer.default, campaign_csv=campaign, region=Region(countries=codes)
        )
        extraction = extract_articles_in_pool(articles, open_gazetteer, jobs)
        write_extraction(out_dir, extraction)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{len(articles)} articles, {len(extraction.mentions)} mentions, "
        f"{len(extraction.events)} events -> {out_dir}/",
        err=True,
    )
