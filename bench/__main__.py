"""Run every benchmark registered in :data:`BENCHMARKS` and print one table.

``python -m bench`` (``make bench``) runs them all; ``python -m bench scan browser`` only
those whose name or module holds one of the words given; ``--quick`` asks for small sizes,
to check that everything runs; ``--markdown`` prints the last run's table as Markdown. A
benchmark that fails, or cannot be imported, becomes one row that says why: the rest of the
table is still printed. The figures are also written as JSON to ``bench/out/results.json``.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

# Each entry: (name, callable returning rows of (measure, value, unit, note)). The callable
# may be given as "module:function", imported only when it runs, so that a benchmark whose
# dependency is missing fails alone.
BENCHMARKS: list[tuple[str, object]] = [
    ("place finding", "bench.bench_scan:run"),
    ("extraction", "bench.bench_extract:run"),
    ("UCDP headlines", "bench.ucdp_extract:run"),
    ("extraction --jobs", "bench.bench_build:run_jobs"),
    ("build", "bench.bench_build:run"),
    ("page weight", "bench.bench_pages:run"),
    ("browser", "bench.bench_browser:run"),
    ("gazetteer", "bench.bench_gazetteer:run"),
    ("gazetteer UCDP labels", "bench.ucdp_resolve:run"),
    ("streaming", "bench.bench_stream:run"),
]

Rows = Iterable[tuple[Any, Any, Any, Any]]


def _resolve(run: object) -> Callable[[], Rows]:
    if isinstance(run, str):
        module, _, name = run.partition(":")
        run = getattr(importlib.import_module(module), name)
    if not callable(run):
        raise TypeError(f"{run!r} is not callable; register a function or 'module:function'")
    return run  # type: ignore[return-value]


def run_one(name: str, run: object) -> list[tuple[str, str, str, str]]:
    """Run one benchmark and return its rows; a failure is returned as a row saying why."""
    try:
        rows = [tuple(str(x) for x in r) for r in _resolve(run)()]
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # one benchmark failing must not sink the table
        traceback.print_exc(file=sys.stderr)
        reason = f"{type(exc).__name__}: {exc}".strip().splitlines()[-1][:200]
        return [("(all)", "-", "", f"not measured: {reason}")]
    return rows  # type: ignore[return-value]


def machine() -> str:
    """Describe the machine the figures were taken on, in one line."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, load {load}"
    )


def markdown(path: str) -> str:
    """Return the results written by the last run as a Markdown table."""
    with open(path, encoding="utf-8") as fh:
        results = json.load(fh)
    lines = [
        f"Run of {results['started']} on {results['machine']}.",
        "",
        "| benchmark | measure | value | unit | note |",
        "|---|---|--:|---|---|",
    ]
    for r in results["rows"]:
        cells = (r[k].replace("|", "/") for k in ("benchmark", "measure", "value", "unit", "note"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print their figures as one table."""
    args = sys.argv[1:] if argv is None else argv
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
    if "-h" in args or "--help" in args:
        print(__doc__)
        return 0
    if "--markdown" in args:  # print the last run's table for a note, run nothing
        print(markdown(os.path.join(out, "results.json")))
        return 0
    if "--quick" in args:
        os.environ["GEOMAP_BENCH_QUICK"] = "1"
    wanted = [a for a in args if not a.startswith("-")]
    # Lets one benchmark reuse what another built earlier in this run (synthetic builds).
    os.environ.setdefault("GEOMAP_BENCH_RUN", f"run-{time.time():.0f}-{os.getpid()}")
    console = Console(stderr=False)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    table = Table(title="geomap benchmarks", caption=f"{started}; {machine()}")
    for column in ("benchmark", "measure", "value", "unit", "note"):
        table.add_column(column, overflow="fold")
    results: list[dict[str, str]] = []
    for name, run in BENCHMARKS:
        if wanted and not any(w in name or w in str(run) for w in wanted):
            continue
        t0 = time.perf_counter()
        console.print(f"[dim]running {name}...[/dim]", highlight=False)
        rows = run_one(name, run)
        console.print(f"[dim]{name}: {time.perf_counter() - t0:.0f} s[/dim]", highlight=False)
        for measure, value, unit, note in rows:
            table.add_row(name, measure, value, unit, note)
            results.append(
                {"benchmark": name, "measure": measure, "value": value, "unit": unit, "note": note}
            )
        table.add_section()
    console.print(table)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as fh:
        json.dump({"started": started, "machine": machine(), "rows": results}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
