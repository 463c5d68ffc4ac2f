"""`geomap build` turns the seed articles into a map with the campaign's places."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

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


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111.0
    dlon = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("build") / "maps"
    build_maps(BuildConfig(seeds_dir=seeds_dir, out_dir=out))
    return out


def test_index_marks_the_campaign_places(built: Path) -> None:
    page = (built / "index.html").read_text(encoding="utf-8")
    markers = {
        m.group(3): (float(m.group(1)), float(m.group(2)))
        for m in re.finditer(
            r"L\.marker\(\s*\[([-\d.]+),\s*([-\d.]+)\].*?bindTooltip\(\s*`<div>\s*(.*?)\s*</div>`",
            page,
            re.S,
        )
    }
    for name, ref in EXPECTED.items():
        assert name in markers, f"{name} missing from the map"
        assert _km(markers[name], ref) < 10, f"{name} drawn at {markers[name]}"


def test_popup_quotes_the_sentence(built: Path) -> None:
    page = (built / "index.html").read_text(encoding="utf-8")
    assert "Hashd forces have cut off the Tal Afar-Sinjar road" in page
    assert "Press TV" in page


def test_build_is_byte_identical_twice(built: Path, seeds_dir: Path, tmp_path: Path) -> None:
    again = tmp_path / "maps"
    build_maps(BuildConfig(seeds_dir=seeds_dir, out_dir=again))
    assert (again / "index.html").read_bytes() == (built / "index.html").read_bytes()
