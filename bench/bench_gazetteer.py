"""Gazetteer figures: cold start, batch resolution, peak memory, and compiling the index.

Each figure is taken in a fresh Python process, so that no cache of one flatters the next:

- cold start: ``gazetteer resolve Mosul`` from the shell (median of 5), and
  ``Gazetteer.default()`` with its import in a new interpreter;
- batch: resolving 10,000 names drawn from the index, half from Iraq and Syria and half
  from the whole world (a third with ``al-`` added, a third upper-cased, one in ten with a
  stray letter, so the weaker tiers run too), in the region IQ,SY, with the process's
  peak resident memory;
- build: compiling the index from scratch into a temporary cache directory (skipped with
  ``--quick``).

``python -m bench.bench_gazetteer`` prints the rows; ``python -m bench gazetteer`` puts
them in the project's table.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BATCH = 10_000
Row = tuple[str, str, str, str]


def _python(code: str, env: dict[str, str] | None = None) -> str:
    """Run ``code`` in a fresh interpreter and return its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one command run to completion.

    The CPU time says what the command costs even when other work loads the machine.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        argv, cwd=REPO, env={**os.environ, **(env or {})}, capture_output=True, check=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def cold_start() -> list[Row]:
    """Time a fresh ``gazetteer resolve Mosul`` and a fresh ``Gazetteer.default()``."""
    _python("from gazetteer import Gazetteer; Gazetteer.default()")  # compile if needed
    cli = [sys.executable, "-m", "gazetteer", "resolve", "Mosul", "--country", "IQ"]
    runs = [_timed(cli) for _ in range(5)]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    default = _python(
        "import time; t = time.perf_counter(); from gazetteer import Gazetteer; "
        "Gazetteer.default(); print(time.perf_counter() - t)"
    )
    return [
        ("cold `gazetteer resolve Mosul`", f"{wall:.3f}", "s", f"median of 5; CPU {cpu:.3f} s"),
        ("import + Gazetteer.default()", f"{float(default):.3f}", "s", "fresh interpreter"),
    ]


_BATCH_CODE = """
import json, resource, sys, time
from gazetteer import Gazetteer, Region
from gazetteer.store import Store, ensure_index
index = ensure_index(Store.from_env())
home, world = index.place_names(("IQ", "SY")), index.place_names()
rows = home[: {n} // 2]
rows += world[:: max(1, len(world) // ({n} - len(rows)))][: {n} - len(rows)]
names = []
for i, name in enumerate(rows):
    name = "al-" + name if i % 3 == 1 else name.upper() if i % 3 == 2 else name
    names.append(name + "x" if i % 10 == 0 else name)
gz = Gazetteer.default(region=Region(countries=("IQ", "SY")))
t = time.perf_counter()
cpu = time.process_time()
resolved = sum(gz.resolve(n).resolved for n in names)
seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"names": len(names), "home": min(len(home), {n} // 2), "seconds": seconds,
                  "cpu": cpu, "resolved": resolved, "peak_mb": peak}}))
"""


def batch(n: int = BATCH) -> list[Row]:
    """Resolve ``n`` names in a fresh process; report throughput and peak memory."""
    out = json.loads(_python(_BATCH_CODE.format(n=n)))
    rate = out["names"] / out["seconds"]
    return [
        (
            f"batch of {out['names']} names",
            f"{out['seconds']:.2f}",
            "s",
            f"{rate:,.0f} names/s; CPU {out['cpu']:.2f} s",
        ),
        (
            "resolved in the batch",
            f"{out['resolved'] / out['names']:.0%}",
            "",
            f"region IQ,SY; {out['home']} names from there, the rest from the world",
        ),
        ("peak memory (batch process)", f"{out['peak_mb']:.0f}", "MiB", "max RSS"),
    ]


def build() -> list[Row]:
    """Compile the index from scratch into a temporary cache directory."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {"GEOMAP_CACHE_DIR": tmp}
        seconds, cpu = _timed([sys.executable, "-m", "gazetteer", "build"], env)
        size = sum(p.stat().st_size for p in Path(tmp).glob("*.sqlite")) / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [
        (
            "compile the index",
            f"{seconds:.0f}",
            "s",
            f"CPU {cpu:.0f} s; once per change of sources",
        ),
        ("index file", f"{size:.0f}", "MiB", "in the user's cache directory"),
        ("peak memory (any child so far)", f"{children:.0f}", "MiB", "max RSS"),
    ]


def run() -> list[Row]:
    """Benchmark entry point: the rows for ``python -m bench``."""
    quick = bool(os.environ.get("GEOMAP_BENCH_QUICK"))
    rows = cold_start() + batch(1_000 if quick else BATCH)
    if not quick:
        rows += build()
    return rows


if __name__ == "__main__":
    for row in run():
        print("\t".join(row))
