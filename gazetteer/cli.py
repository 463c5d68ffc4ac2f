"""The ``gazetteer`` command: resolve place names from the shell.

Results go to stdout, logs to stderr; library errors become :class:`click.ClickException`
here and nowhere else.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from gazetteer._errors import GazetteerError, QueryError
from gazetteer.evidence import Region
from gazetteer.places import Resolution

F = TypeVar("F", bound=Callable[..., Any])


def parse_countries(value: str | None) -> tuple[str, ...]:
    """Parse ``IQ,SY`` into ISO codes.

    >>> parse_countries("iq, sy")
    ('IQ', 'SY')
    """
    if not value:
        return ()
    codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise QueryError(f"--country takes ISO 3166 two-letter codes such as IQ,SY; got {bad}")
    return codes


def parse_near(value: str | None) -> tuple[float | None, float | None]:
    """Parse ``LAT,LON`` in decimal degrees.

    >>> parse_near("36.34,43.13")
    (36.34, 43.13)
    """
    if not value:
        return None, None
    try:
        lat_text, lon_text = value.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        msg = f"--near takes LAT,LON in decimal degrees such as 36.34,43.13; got {value!r}"
        raise QueryError(msg) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise QueryError(f"--near {value}: latitude or longitude out of range")
    return lat, lon


def _verbosity(func: F) -> F:
    """Add ``-v``/``-q`` options that set the log level (logs go to stderr)."""

    def configure(ctx: click.Context, param: click.Parameter, value: int) -> int:
        level = {0: logging.WARNING, 1: logging.INFO}.get(value, logging.DEBUG)
        if param.name == "quiet" and value:
            level = logging.ERROR
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        return value

    func = click.option("-v", "--verbose", count=True, expose_value=False, callback=configure,
                        help="Say more on stderr (-vv for debug).")(func)  # fmt: skip
    return click.option("-q", "--quiet", count=True, expose_value=False, callback=configure,
                        help="Only errors on stderr.")(func)  # fmt: skip


@click.group()
@click.version_option(package_name="geomap")
def main() -> None:
    """Resolve place names, as reporters spell them, to coordinates."""


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--country", help="Preferred countries, ISO codes separated by commas (IQ,SY).")
@click.option("--near", help="Prefer places within 400 km of LAT,LON (decimal degrees).")
@click.option("--campaign", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A campaign's own gazetteer CSV, consulted first.")  # fmt: skip
@click.option("--online", is_flag=True, help="Ask an online geocoder about unresolved names.")
@click.option("--geocoder", default="nominatim", show_default=True,
              help="With --online: any geopy geocoder by name.")  # fmt: skip
@click.option("--user-agent", help="With --online: how to introduce yourself (add a contact).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name, one per line.")
@_verbosity
def resolve(
    names: tuple[str, ...],
    country: str | None,
    near: str | None,
    campaign: Path | None,
    online: bool,
    geocoder: str,
    user_agent: str | None,
    as_json: bool,
) -> None:
    """Resolve each NAME to a place, or say it is unresolved with its candidates.

    One line per NAME, in order: the name, the place's name, country, latitude and
    longitude, how it matched (exact, alias, variant, fuzzy, online) with a score, and the
    source. With --json, one object per line with query, place_id, name, lat, lon,
    country, feature, source, match, score and candidates; lat and lon are null when the
    name is unresolved.
    """
    from gazetteer.resolve import Gazetteer

    try:
        lat, lon = parse_near(near)
        region = Region(countries=parse_countries(country), lat=lat, lon=lon)
        geo = None
        if online:
            from gazetteer.online import OnlineConfig, OnlineGeocoder

            geo = OnlineGeocoder(OnlineConfig(service=geocoder, user_agent=user_agent))
        gz = Gazetteer.default(campaign_csv=campaign, region=region, online=geo)
        results = [gz.resolve(name) for name in names]
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from exc
    for res in results:
        click.echo(_json_line(res) if as_json else _text_line(res))


def _json_line(res: Resolution) -> str:
    return json.dumps(res.to_dict(), ensure_ascii=False, sort_keys=True)


def _text_line(res: Resolution) -> str:
    p = res.place
    if p is None:
        alts = "; ".join(f"{c.name} ({c.country})" for c in res.candidates) or "none"
        return f"{res.query}\tunresolved\tcandidates: {alts}"
    return (
        f"{res.query}\t{p.name}\t{p.country}\t{p.lat:.5f}\t{p.lon:.5f}"
        f"\t{res.match}\t{res.score:.2f}\t{p.source}"
    )


@main.command()
@_verbosity
def build() -> None:
    """Compile the offline index now (it is also compiled on first use)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from gazetteer.store import Store, ensure_index

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading the sources", total=None)

        def advance(count: int) -> None:
            bar.update(task, description=f"compiled {count:,} places")

        try:
            index = ensure_index(Store.from_env(), rebuild=True, progress=advance)
        except GazetteerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{index.path}\t{len(index)} places")


@main.command(name="import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@_verbosity
def import_(file: Path) -> None:
    """Import a GeoNames country dump such as IQ.txt and recompile the index.

    FILE is in GeoNames' dump format: UTF-8, 19 tab-separated columns, no header. A copy is
    kept in the user's data directory and becomes a source ahead of cities500.
    """
    from gazetteer.store import Store, ensure_index, import_dump

    store = Store.from_env()
    try:
        target = import_dump(store, file)
        index = ensure_index(store)
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"imported {file} as {target}; index {index.path}, {len(index)} places")
