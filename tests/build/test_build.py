"""`geomap build` on the seed articles writes every output, within budget, byte-identical."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from geomap import BuildConfig, build_maps

# Independent reference positions (lat, lon), to within a few kilometres.
EXPECTED = {
    "Mosul": (36.34, 43.13),
    "Tall ‘Afar": (36.38, 42.45),
    "Sinjār": (36.32, 41.88),
    "Ramadi": (33.42, 43.30),
    "Kirkuk": (35.47, 44.39),
    "Ar Raqqah": (35.95, 39.01),
    "Al Qā’im": (34.39, 40.99),
}
TIMELINE_BUDGET = 400_000  # bytes, Leaflet included


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("build") / "maps"
    build_maps(BuildConfig(seeds_dir=seeds_dir, out_dir=out))
    return out


def test_every_output_is_written(built: Path) -> None:
    for name in (
        "index.html",
        "timeline.html",
        "data/events.geojson",
        "data/events.csv",
        "data/events.kml",
        "data/places.geojson",
        "data/sources.csv",
    ):
        assert (built / name).is_file(), name
    events = json.loads((built / "data/events.geojson").read_text())["features"]
    soup = BeautifulSoup((built / "timeline.html").read_text(), "html.parser")
    keys = [a["href"][1:] for a in soup.select(".gm-dates a")]
    assert sorted(p.stem for p in built.glob("[0-9]*.html")) == sorted(keys)
    if not events:
        assert "No events yet" in soup.get_text()


def test_places_are_where_they_should_be(built: Path) -> None:
    features = json.loads((built / "data/places.geojson").read_text())["features"]
    places = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in features}
    for name, ref in EXPECTED.items():
        assert name in places, f"{name} missing from the places"
        lon, lat = places[name]
        assert _km((lat, lon), ref) < 10, f"{name} drawn at {lat, lon}"


def test_sources_list_each_article_with_its_hash(built: Path, seeds_dir: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((built / "data/sources.csv").read_text())))
    assert len(rows) == 5
    for row in rows:
        data = (seeds_dir / f"{row['article']}.md").read_bytes()
        assert row["sha256"] == hashlib.sha256(data).hexdigest()
    index = (built / "index.html").read_text()
    assert "Press TV" in index and "Tasnim News Agency" in index


def test_timeline_is_within_budget(built: Path) -> None:
    assert (built / "timeline.html").stat().st_size <= TIMELINE_BUDGET


def test_build_is_byte_identical_twice(built: Path, seeds_dir: Path, tmp_path: Path) -> None:
    again = tmp_path / "maps"
    build_maps(BuildConfig(seeds_dir=seeds_dir, out_dir=again))
    first = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    for name, data in first.items():
        assert second[name] == data, f"{name} differs between two builds"


def test_build_does_not_depend_on_the_order_of_python_sets(
    seeds_dir: Path, tmp_path: Path
) -> None:
    # Python orders sets of strings by a hash salted per process: two processes with other
    # salts must still write the same files.
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"maps-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "geomap", "build", str(seeds_dir), "--out", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outs[0].keys() == outs[1].keys()
    for name, data in outs[0].items():
        assert outs[1][name] == data, f"{name} differs between two processes"
