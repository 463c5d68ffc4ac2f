"""Build scaling on synthetic events, and whole extraction on all cores.

Build: the events of :func:`bench._common.synthetic_events` (100, 1,000, 10,000) go through
:func:`geomap.render.render_maps`, the pure heart of ``geomap build`` after extraction, and
the files it returns are written with :func:`geomap.io.write_maps`, each size in a fresh
process: wall time, peak memory, page sizes and how each grows. Extraction is left out
here because synthetic events have no text; it is measured on articles below and by
``bench_extract``.

Extraction on all cores: the seed articles, copied under new names to make 1,000 articles,
extracted on one core and then on every core. ``geomap extract --jobs N`` is used when the
command exists; otherwise a process pool over articles stands in for it (the note says so).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench._common import (
    OUT_DIR,
    REPO,
    BenchError,
    Row,
    failed,
    growth,
    human_bytes,
    peak_rss_mb,
    quick,
    row,
    run_fresh,
    synthetic_events,
)

__all__ = ["SIZES", "build_dir", "build_synthetic", "run", "run_jobs", "source_stamp"]

SIZES = (100, 1_000, 10_000)
BUILD_DIR = OUT_DIR / "build"
_JOBS_ARTICLES = 1_000  # enough that process start-up is not most of the run


def source_stamp() -> str:
    """Return what a build of synthetic events is valid for: this run, or these sources.

    Within one ``python -m bench`` run (``GEOMAP_BENCH_RUN``) the builds of the build
    benchmark are reused by the page and browser benchmarks; otherwise a digest of
    geomap's sources, so that pages built from older code are built again.
    """
    import hashlib

    if os.environ.get("GEOMAP_BENCH_RUN"):
        return os.environ["GEOMAP_BENCH_RUN"]

    digest = hashlib.sha1()
    for path in sorted((REPO / "geomap").rglob("*")):
        if path.suffix in (".py", ".js", ".css", ".json", ".geojson") and path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    digest.update((REPO / "bench" / "_common.py").read_bytes())
    return digest.hexdigest()[:12]


def build_dir(n: int) -> Path:
    """Return the folder the build of ``n`` synthetic events is written to."""
    return BUILD_DIR / f"events-{n}"


def _synthetic_inputs(n: int) -> Any:
    from geomap.articles import Article
    from geomap.campaign import Campaign
    from geomap.render import BuildInputs
    from geomap.schema import Mention

    events = synthetic_events(n)
    articles: dict[str, Article] = {}
    mentions = []
    for e in events:
        if e.article not in articles:
            articles[e.article] = Article(
                stem=e.article,
                title=f"Report {e.article}",
                outlet=e.outlet,
                published=dt.date.fromisoformat(e.published),
                body="",
                url=e.url,
            )
        for k, p in enumerate(e.places):
            mentions.append(
                Mention(
                    article=e.article,
                    start=k,
                    end=k + len(p.name),
                    text=p.name,
                    kind="place",
                    place_id=p.place_id,
                    name=p.name,
                    lat=p.lat,
                    lon=p.lon,
                    resolved=p.located,
                )
            )
    campaign = Campaign(
        title="Synthetic campaign",
        countries=("IQ",),
        centre=(36.34, 43.13),
        zoom=9,
        start=dt.date(2016, 10, 17),
    )
    return BuildInputs(
        campaign=campaign,
        articles=tuple(articles.values()),
        mentions=tuple(mentions),
        events=tuple(events),
        sha256={stem: "0" * 64 for stem in articles},
    )


def build_synthetic(n: int, out_dir: str) -> dict[str, Any]:
    """Render and write the maps of ``n`` synthetic events (run in a fresh process)."""
    t0 = time.perf_counter()
    from geomap.io import write_maps
    from geomap.render import render_maps

    for module in ("geomap.layers", "geomap.slices", "geomap.pages", "geomap.exports"):
        with contextlib.suppress(ImportError):  # what render_maps imports, not counted
            importlib.import_module(module)
    inputs = _synthetic_inputs(n)
    base_mb = peak_rss_mb()
    t1 = time.perf_counter()
    files = render_maps(inputs)
    t2 = time.perf_counter()
    write_maps(Path(out_dir), files)
    t3 = time.perf_counter()
    (Path(out_dir) / ".stamp").write_text(source_stamp(), encoding="utf-8")
    sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
    slices = [s for s in sizes if s.endswith(".html") and s[:1].isdigit()]
    return {
        "import_s": t1 - t0,
        "render_s": t2 - t1,
        "write_s": t3 - t2,
        "base_mb": base_mb,
        "sizes": sizes,
        "slice_pages": len(slices),
        "slice_bytes": sorted(sizes[s] for s in slices),
    }


def _build_row(n: int, res: dict[str, Any]) -> list[Row]:
    sizes = res["sizes"]
    sl = res["slice_bytes"]
    med = sl[len(sl) // 2] if sl else 0
    wall = res["render_s"] + res["write_s"]
    return [
        row(
            f"{n:,} events: render + write",
            wall,
            "s",
            f"render {res['render_s']:.2f} s, write {res['write_s']:.2f} s; "
            f"imports {res['import_s']:.2f} s not counted",
        ),
        row(
            f"{n:,} events: peak memory",
            res["peak_rss_mb"],
            "MB",
            f"{res['peak_rss_mb'] - res['base_mb']:.0f} MB above the process before rendering",
        ),
        row(
            f"{n:,} events: pages",
            sum(sizes.values()) / 1e6,
            "MB",
            f"timeline.html {human_bytes(sizes.get('timeline.html', 0))}, index.html "
            f"{human_bytes(sizes.get('index.html', 0))}, {res['slice_pages']} slice pages "
            f"(median {human_bytes(med)}), {len(sizes)} files",
        ),
    ]


def run() -> list[Row]:
    """Build 100, 1,000 and 10,000 synthetic events, each in a fresh process."""
    sizes = SIZES[:2] if quick() else SIZES
    rows: list[Row] = []
    done: dict[int, dict[str, Any]] = {}
    for n in sizes:
        try:
            res = run_fresh("bench.bench_build:build_synthetic", n, str(build_dir(n)))
        except BenchError as exc:
            rows.append(failed(f"{n:,} events", exc))
            continue
        done[n] = res
        rows += _build_row(n, res)
    ns = sorted(done)
    if len(ns) >= 2:
        walls = [done[n]["render_s"] + done[n]["write_s"] for n in ns]
        mems = [max(done[n]["peak_rss_mb"] - done[n]["base_mb"], 1.0) for n in ns]
        tl = [done[n]["sizes"].get("timeline.html", 0) for n in ns]
        for label, values in (("time", walls), ("memory", mems), ("timeline.html", tl)):
            k = growth(ns, values)
            verdict = "n/a" if k is None else ("linear or better" if k <= 1.1 else "worse")
            rows.append(
                row(
                    f"growth of {label}, {ns[-2]:,} -> {ns[-1]:,}",
                    k,
                    "exponent",
                    f"1 = linear: {verdict}",
                )
            )
    return rows


# -- extraction on all cores ------------------------------------------------------------


def _article_folder(count: int) -> Path:
    folder = OUT_DIR / f"articles-{count}"
    seeds = sorted((REPO / "seeds").glob("*.md"))
    if not seeds:
        raise BenchError("no seed articles in seeds/*.md")
    if folder.is_dir() and len(list(folder.glob("*.md"))) == count and (folder / ".v2").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for src in ("campaign.yaml", "gazetteer.csv"):
        if (REPO / "seeds" / src).exists():
            shutil.copy(REPO / "seeds" / src, folder / src)
    for i in range(count):
        src = seeds[i % len(seeds)]
        # A line of its own, so that no copy is counted once as the same text as another.
        text = src.read_text(encoding="utf-8").rstrip("\n") + f"\n(Copy {i} for the benchmark.)\n"
        (folder / f"{i:04d}_{src.name}").write_text(text, encoding="utf-8")
    (folder / ".v2").touch()
    return folder


def _has_jobs() -> bool:
    proc = subprocess.run(
        [sys.executable, "-m", "geomap", "extract", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode == 0 and "--jobs" in proc.stdout


def _init_worker() -> None:
    from gazetteer import Gazetteer, Region

    _WORKER["gazetteer"] = Gazetteer.default(region=Region(countries=("IQ", "SY")))


def _extract_one(article: Any) -> int:
    from geomap.extract import extract_article

    part = extract_article(article, _WORKER["gazetteer"])
    return len(part.mentions) + len(part.events)


_WORKER: dict[str, Any] = {}  # what each pool process opens once


def extract_pool(folder: str, jobs: int) -> dict[str, Any]:
    """Extract every article of ``folder`` with ``jobs`` processes (run in a fresh process)."""
    from concurrent.futures import ProcessPoolExecutor

    from geomap.articles import read_articles

    articles = list(read_articles(Path(folder)))
    nbytes = sum(len(a.body.encode("utf-8")) for a in articles)
    start = time.perf_counter()
    if jobs == 1:
        _init_worker()
        found = sum(_extract_one(a) for a in articles)
    else:
        with ProcessPoolExecutor(jobs, initializer=_init_worker) as pool:
            found = sum(pool.map(_extract_one, articles, chunksize=4))
    return {
        "s": time.perf_counter() - start,
        "articles": len(articles),
        "bytes": nbytes,
        "found": found,
    }


def _extract_cli(folder: Path, jobs: int) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    try:
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "geomap",
                "extract",
                str(folder),
                "--out",
                str(out / "extracted"),
                "--jobs",
                str(jobs),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - start
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if proc.returncode != 0:
        raise BenchError(f"geomap extract --jobs {jobs}: {proc.stderr.strip()[-160:]}")
    nbytes = sum(p.stat().st_size for p in folder.glob("*.md"))
    return {"s": elapsed, "articles": len(list(folder.glob("*.md"))), "bytes": nbytes}


def run_jobs() -> list[Row]:
    """Extract 1,000 articles on one core and on all cores; report the speed-up."""
    count = 40 if quick() else _JOBS_ARTICLES
    folder = _article_folder(count)
    cores = os.cpu_count() or 1
    cli = _has_jobs()
    how = (
        "geomap extract --jobs N (process start included)"
        if cli
        else ("no `geomap extract --jobs` yet: a process pool over articles in the benchmark")
    )
    results: dict[int, dict[str, Any]] = {}
    rows: list[Row] = []
    for jobs in (1, cores):
        try:
            results[jobs] = (
                _extract_cli(folder, jobs)
                if cli
                else run_fresh("bench.bench_build:extract_pool", str(folder), jobs)
            )
        except BenchError as exc:
            rows.append(failed(f"--jobs {jobs}", exc))
    for jobs, res in results.items():
        rows.append(
            row(
                f"--jobs {jobs}: articles per second",
                res["articles"] / res["s"],
                "art/s",
                f"{res['articles']} articles ({res['bytes'] / 1e6:.2f} MB, "
                f"{res['bytes'] / 1e6 / res['s']:.2f} MB/s) in {res['s']:.1f} s",
            )
        )
    if 1 in results and cores in results and cores > 1:
        speedup = results[1]["s"] / results[cores]["s"]
        rows.append(row(f"speed-up on {cores} cores", speedup, "x", how))
    elif rows:
        rows.append(("how", "-", "", how))
    return rows


if __name__ == "__main__":  # a quick look: python -m bench.bench_build 1000
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(json.dumps(build_synthetic(n, str(build_dir(n))), indent=1)[:2000])
