"""The ``gazetteer`` command: resolve place names from the shell."""

from __future__ import annotations

import json

import click

from gazetteer._errors import GazetteerError, QueryError
from gazetteer.resolve import Gazetteer, Region


def _parse_countries(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise QueryError(f"--country takes ISO 3166 two-letter codes such as IQ,SY; got {bad}")
    return codes


@click.group()
@click.version_option(package_name="geomap")
def main() -> None:
    """Resolve place names, as reporters spell them, to coordinates."""


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--country", help="Preferred countries, ISO codes separated by commas (IQ,SY).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name, one per line.")
def resolve(names: tuple[str, ...], country: str | None, as_json: bool) -> None:
    """Resolve each NAME to a place, or say it is unresolved with its candidates."""
    try:
        gz = Gazetteer.default(region=Region(countries=_parse_countries(country)))
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from exc
    for name in names:
        res = gz.resolve(name)
        if as_json:
            click.echo(json.dumps(res.to_dict(), ensure_ascii=False, sort_keys=True))
        elif res.place is None:
            alts = ", ".join(f"{c.name} ({c.country})" for c in res.candidates) or "none"
            click.echo(f"{name}\tunresolved\tcandidates: {alts}")
        else:
            p = res.place
            click.echo(f"{name}\t{p.name}\t{p.country}\t{p.lat:.5f}\t{p.lon:.5f}\t{res.match}")
