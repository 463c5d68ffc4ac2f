"""Extraction throughput on one core, with the full gazetteer loaded.

The seed articles (``seeds/*.md``) are extracted again and again in one fresh process, one
article at a time (``geomap.extract.extract_article``: sentences, furniture, places through
the gazetteer, actors, dates, coreference and events), for a fixed time. Reported: the time
to load the gazetteer, then megabytes of article text (UTF-8) and articles per second, the
mean of three timed rounds after one untimed round that warms the caches; per second of
wall time and per second of the process's CPU time (which a busy machine does not dilute).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench._common import REPO, Row, failed, quick, row, run_fresh

__all__ = ["measure", "run"]

_ROUND_S = 3.0


def measure(seeds: str, round_s: float) -> dict[str, Any]:
    """Load the gazetteer, then extract the articles of ``seeds`` for ``round_s`` x 3 seconds."""
    from gazetteer import Gazetteer, Region
    from geomap.articles import read_articles
    from geomap.extract import extract_article

    t0 = time.perf_counter()
    gazetteer = Gazetteer.default(region=Region(countries=("IQ", "SY")))
    load_s = time.perf_counter() - t0
    articles = list(read_articles(Path(seeds)))
    for a in articles:  # warm-up round
        extract_article(a, gazetteer)
    rates: list[tuple[float, float, float, float]] = []
    for _ in range(3):
        done, size = 0, 0
        start, cpu = time.perf_counter(), time.process_time()
        while time.perf_counter() - start < round_s:
            for a in articles:
                extract_article(a, gazetteer)
                done += 1
                size += len(a.body.encode("utf-8"))
        elapsed, used = time.perf_counter() - start, time.process_time() - cpu
        rates.append((size / 1e6 / elapsed, done / elapsed, size / 1e6 / used, done / used))
    mean = [sum(r[i] for r in rates) / len(rates) for i in range(4)]
    return {
        "load_s": load_s,
        "mb_s": mean[0],
        "articles_s": mean[1],
        "cpu_mb_s": mean[2],
        "cpu_articles_s": mean[3],
        "article_kb": sum(len(a.body.encode("utf-8")) for a in articles) / len(articles) / 1e3,
        "articles": len(articles),
    }


def run() -> list[Row]:
    """Return the throughput rows for ``python -m bench``."""
    try:
        got = run_fresh(
            "bench.bench_extract:measure", str(REPO / "seeds"), 0.5 if quick() else _ROUND_S
        )
    except Exception as exc:
        return [failed("throughput", exc)]
    note = f"{got['articles']} seed articles of {got['article_kb']:.1f} KB on average, one core"
    cpu = "per second of CPU time of the process (the same, on a machine with other load)"
    return [
        row("gazetteer load", got["load_s"], "s", "full offline gazetteer, region IQ,SY"),
        row("throughput", got["mb_s"], "MB/s", note),
        row("throughput", got["articles_s"], "articles/s", note),
        row("throughput, CPU time", got["cpu_mb_s"], "MB/s", cpu),
        row("throughput, CPU time", got["cpu_articles_s"], "articles/s", cpu),
    ]


if __name__ == "__main__":
    for r in run():
        print(*r, sep="\t")
