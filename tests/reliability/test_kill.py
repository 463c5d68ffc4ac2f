"""A build killed half way (SIGKILL: no clean-up code runs) leaves the previous ``maps/``
byte-identical; the next build cleans what the killed one left and succeeds.

``geomap build`` runs in a subprocess on a folder of many articles. A small wrapper around
one stage of the real pipeline drops a marker file when the build reaches the point to be
tested and then waits, so that the kill lands exactly there: while extracting, half way
through writing the new files, and with every new file written just before the swap.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import main
from tests.reliability.make import write_article

ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES = 120
_RUNNER = """
import sys, time
from pathlib import Path
from gazetteer import Gazetteer
from tests.reliability.make import small_gazetteer
import geomap.extract, geomap.io
from geomap.cli import main

stage, marker, seeds, out = sys.argv[1:5]
gaz = small_gazetteer()
Gazetteer.default = classmethod(lambda cls, *a, **k: gaz)  # the full one is slow to load
calls = []

def reached():
    Path(marker).write_text("here")
    time.sleep(600)

def at(name, every, when):
    real = getattr(geomap_module[name], every)
    def wrapper(*args, **kwargs):
        calls.append(1)
        if when(len(calls)):
            reached()
        return real(*args, **kwargs)
    setattr(geomap_module[name], every, wrapper)

geomap_module = {"extract": geomap.extract, "io": geomap.io}
if stage == "extracting":
    at("extract", "extract_article", lambda n: n == HALF)
elif stage == "writing":
    at("io", "_write_file", lambda n: n == 3)
elif stage == "swapping":
    at("io", "_swap", lambda n: n == 1)
main(["build", seeds, "--out", out])
""".replace("HALF", str(N_ARTICLES // 2))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("kill") / "seeds"
    places = ("Mosul", "Tal Afar", "Kirkuk", "Sinjar")
    for i in range(N_ARTICLES):
        body = (
            f"Report {i}: Iraqi forces captured {places[i % 4]} on Saturday.\n"
            f"Fighters advanced from {places[(i + 1) % 4]} to {places[(i + 2) % 4]}.\n"
        )
        write_article(seeds, f"a{i:04d}.md", body=body)
    return seeds


@pytest.mark.usefixtures("fast_gazetteer")
@pytest.mark.parametrize("stage", ["extracting", "writing", "swapping"])
def test_killed_build_leaves_the_previous_maps(
    many_articles: Path, tmp_path: Path, stage: str
) -> None:
    out = tmp_path / "maps"
    first = CliRunner().invoke(main, ["build", str(many_articles), "--out", str(out)])
    assert first.exit_code == 0, first.output
    (out / "previous.txt").write_text("built before")  # the next build will not write it
    before = _snapshot(out)
    marker = tmp_path / "reached"
    proc = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, stage, str(marker), str(many_articles), str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        _, err = proc.communicate()
    assert marker.exists(), f"the build never reached {stage}: {err.decode()[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(out) == before, f"killed while {stage}: maps/ changed"
    leftovers = sorted(p.name for p in tmp_path.glob(".maps-new-*"))
    assert bool(leftovers) == (stage != "extracting"), leftovers  # the kill landed mid-write
    # The next build cleans up after the killed one and replaces maps/ as a whole.
    again = CliRunner().invoke(main, ["build", str(many_articles), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maps", "reached"]
    assert _snapshot(out) != before
