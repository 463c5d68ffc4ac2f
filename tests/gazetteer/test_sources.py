"""The curated files are well-formed, cite their sources, and never place the unplaceable."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer import SourceError, name_key
from gazetteer.sources import read_cities500, read_curated_csv, read_regional, regional_path


def test_every_regional_row_cites_where_its_coordinates_came_from() -> None:
    rows = list(read_regional())
    assert rows, "the regional file is empty"
    ids = [place.place_id for place, _ in rows]
    assert len(ids) == len(set(ids))
    cities500 = {place.place_id: place for place, _ in read_cities500()}
    for place, names in rows:
        if place.place_id.startswith("geonames:"):
            # A GeoNames place given the names news uses: where GeoNames puts it.
            known = cities500[place.place_id]
            assert (place.lat, place.lon, place.country, place.population) == (
                known.lat,
                known.lon,
                known.country,
                known.population,
            )
        else:
            assert place.place_id.startswith("regional:")
        # (Iraq and Syria, and the border towns of their neighbours the war reached)
        assert place.country in {"IQ", "SY", "LB", "TR", "JO"} and place.feature in {
            "P",
            "A",
            "T",
            "S",
            "H",
        }
        assert names[0] == place.name
    with regional_path().open(encoding="utf-8") as fh:
        sources = [r["source"] for r in csv.DictReader(ln for ln in fh if not ln.startswith("#"))]
    assert all(len(s.split()) >= 3 for s in sources), sources


def test_places_no_source_locates_are_not_in_the_regional_file() -> None:
    keys = {name_key(n) for _, names in read_regional() for n in names}
    assert not {name_key("Umm Sijan"), name_key("Abu Jarees"), name_key("Umm Jurays")} & keys


def test_tall_abtah_is_not_tal_abtan() -> None:
    (tall_abtah,) = [p for p, names in read_regional() if "Tal Abta" in names]
    assert (tall_abtah.lat, tall_abtah.lon) == pytest.approx((35.945, 42.562), abs=0.01)
    assert name_key("Tal Abtan") not in {name_key(n) for _, ns in read_regional() for n in ns}


def _write(path: Path, body: str) -> Path:
    path.write_text("place_id,name,aliases,lat,lon,country,feature,source\n" + body, "utf-8")
    return path


def test_a_curated_file_with_a_missing_column_names_it(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("place_id,name,lat,lon\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"missing column\(s\) \['aliases', 'country'"):
        list(read_curated_csv(path, "campaign"))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("c:1,X,,north,43,IQ,P,a map", "row 2: .* decimal degrees"),
        ("c:1,X,,36,243,IQ,P,a map", "row 2: lat 36.0, lon 243.0 out of range"),
        ("c:1,X,,36,43,IQ,P,", "row 2: empty `source`"),
    ],
)
def test_a_bad_curated_row_names_its_row(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        list(read_curated_csv(_write(tmp_path / "g.csv", row + "\n"), "campaign"))


def test_aliases_are_split_on_bars_and_comments_skipped(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "g.csv",
        "# a comment\nc:1,Old City,Mosul Old City| Old Mosul ,36.34,43.13,iq,,a map\n",
    )
    ((place, names),) = list(read_curated_csv(path, "campaign"))
    assert names == ("Old City", "Mosul Old City", "Old Mosul")
    assert (place.country, place.feature, place.source) == ("IQ", "P", "campaign")
