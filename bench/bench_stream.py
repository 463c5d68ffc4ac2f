"""Reading and extracting a folder of articles streams: peak memory against folder size.

A folder of N generated articles (about 1.5 KB each, every one different, naming real places
of the campaign) is read three ways, each in a fresh process (:func:`bench._common.run_fresh`)
so that its peak resident memory is its own:

- ``iter_articles``: the stream, one article at a time, nothing kept;
- ``read_folder``: the stream collected, every body held (what a build holds today);
- ``iter_articles`` + ``extract_article``: each article extracted as it is read, only the
  counts kept. A small in-code gazetteer stands in for the full one, whose own size would
  hide the articles' share of memory.

Streaming holds: the first and the third stay flat from 1,000 to 10,000 articles, while the
second grows with the bytes of the folder.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

from bench._common import OUT_DIR, Row, failed, quick, row, run_fresh

__all__ = ["make_folder", "run"]

_PLACES = ("Mosul", "Tal Afar", "Kirkuk", "Sinjar", "Qayyarah", "Bartella", "Hamam al-Alil")
_ACTORS = ("Iraqi forces", "Peshmerga fighters", "Hashd al-Shaabi units", "Coalition aircraft")
_VERBS = ("captured", "advanced towards", "shelled", "besieged", "struck targets near")
_DAYS = ("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_FILLER = (
    "Residents said the fighting had lasted through the night and that many families had "
    "fled towards the camps in the east, where aid agencies reported shortages of water."
)


def make_folder(n: int, folder: Path, seed: int = 7) -> Path:
    """Write ``n`` different, deterministic articles into ``folder`` and return it."""
    rng = random.Random(seed)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for i in range(n):
        lines = [
            f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} {rng.choice(_PLACES)} on "
            f"{rng.choice(_DAYS)}, report {i} said. {_FILLER}"
            for _ in range(6)
        ]
        day = 1 + i % 28
        (folder / f"a{i:05d}.md").write_text(
            f"---\ntitle: Report {i}\noutlet: Outlet {i % 17}\npublished: 2016-11-{day:02d}\n"
            f"---\n" + "\n".join(lines) + "\n",
            encoding="utf-8",
        )
    return folder


def _small_gazetteer() -> Any:
    from gazetteer import Gazetteer, Place, Region

    places = [
        (Place("b:mosul", "Mosul", 36.335, 43.119, "IQ", population=1_739_800), ("Mosul",)),
        (Place("b:talafar", "Tall Afar", 36.377, 42.449, "IQ"), ("Tal Afar",)),
        (Place("b:kirkuk", "Kirkuk", 35.468, 44.392, "IQ"), ("Kirkuk",)),
        (Place("b:sinjar", "Sinjar", 36.322, 41.877, "IQ"), ("Sinjar",)),
    ]
    return Gazetteer(iter(places), region=Region(countries=("IQ", "SY")))


def stream_read(folder: str) -> dict[str, Any]:
    """Read the folder as a stream, keeping nothing (run in a fresh process)."""
    from geomap.articles import Article, iter_articles

    start = time.perf_counter()
    n = sum(1 for item in iter_articles(Path(folder)) if isinstance(item, Article))
    return {"articles": n, "seconds": time.perf_counter() - start}


def collect_read(folder: str) -> dict[str, Any]:
    """Read the folder and hold every article, as :func:`read_folder` does."""
    from geomap.articles import read_folder

    start = time.perf_counter()
    n = len(read_folder(Path(folder)).articles)
    return {"articles": n, "seconds": time.perf_counter() - start}


def stream_extract(folder: str) -> dict[str, Any]:
    """Extract each article as it is read, keeping only the counts."""
    from geomap.articles import Article, iter_articles
    from geomap.extract import extract_article

    gazetteer = _small_gazetteer()
    start = time.perf_counter()
    n = mentions = events = 0
    for item in iter_articles(Path(folder)):
        if isinstance(item, Article):
            extraction = extract_article(item, gazetteer)
            n, mentions, events = (
                n + 1,
                mentions + len(extraction.mentions),
                events + len(extraction.events),
            )
    return {
        "articles": n,
        "mentions": mentions,
        "events": events,
        "seconds": time.perf_counter() - start,
    }


def baseline() -> dict[str, Any]:
    """Import geomap and build the small gazetteer: the memory every run starts from."""
    import geomap.extract  # noqa: F401

    _small_gazetteer()
    return {}


def run() -> list[Row]:
    """Measure peak memory of the three ways of reading, at two folder sizes."""
    sizes = (200, 2_000) if quick() else (1_000, 10_000)
    rows: list[Row] = []
    try:
        base = run_fresh("bench.bench_stream:baseline")["peak_rss_mb"]
        rows.append(row("baseline (imports, small gazetteer)", base, "MB peak RSS"))
    except Exception as exc:
        return [failed("baseline", exc)]
    peaks: dict[str, list[float]] = {}
    for n in sizes:
        folder = make_folder(n, OUT_DIR / f"stream-{n}")
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        for label, target in (
            ("read, streamed", "stream_read"),
            ("read, all held (read_folder)", "collect_read"),
            ("read + extract, streamed", "stream_extract"),
        ):
            try:
                result = run_fresh(f"bench.bench_stream:{target}", str(folder), timeout=3600)
            except Exception as exc:
                rows.append(failed(f"{label}, {n:,} articles", exc))
                continue
            peak = result["peak_rss_mb"]
            peaks.setdefault(label, []).append(peak)
            rows.append(
                row(
                    f"{label}, {n:,} articles ({size_mb:.1f} MB)",
                    peak,
                    "MB peak RSS",
                    f"{result['seconds']:.1f} s"
                    + (f"; {result['events']:,} events" if "events" in result else ""),
                )
            )
        shutil.rmtree(folder, ignore_errors=True)
    for label, values in peaks.items():
        if len(values) == 2:
            rows.append(
                row(
                    f"{label}: growth {sizes[0]:,} -> {sizes[1]:,}",
                    values[1] - values[0],
                    "MB",
                    "flat = streams",
                )
            )
    return rows
