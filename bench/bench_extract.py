"""Extraction throughput on one core and with ``--jobs 2``, with the full gazetteer loaded.

Two workloads, each in a fresh process:

- the seed articles (``seeds/*.md``) extracted again and again for a fixed time, one article
  at a time (``geomap.extract.extract_article``: sentences, furniture, places through the
  gazetteer, actors, dates, coreference and events): the mean of three timed rounds after
  one untimed round that warms the caches, as a newsroom re-running on its own archive sees;
- a synthetic corpus of articles of about 5 KB, each read once: paragraphs of the seeds
  mixed with generated news sentences that plant city names from all over the world (the
  corpus of place finding, :func:`bench.bench_scan.make_corpus`), so most names are new to
  the gazetteer's caches. It is extracted on one core (the gazetteer opened first), then by
  ``extract_articles_in_pool`` with two worker processes (start-up and the workers' own
  gazetteers included), and the speed-up is the ratio of the two wall times.

Figures are per second of wall time and per second of the process's CPU time (which a busy
machine does not dilute); megabytes are of article text in UTF-8.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench._common import REPO, Row, failed, quick, ratio, row, run_fresh

if TYPE_CHECKING:
    from geomap.articles import Article

__all__ = ["measure", "measure_corpus", "run"]

_ROUND_S = 3.0
_CORPUS_MB = 2.0
_REGION = ("IQ", "SY")


def measure(seeds: str, round_s: float) -> dict[str, Any]:
    """Load the gazetteer, then extract the articles of ``seeds`` for ``round_s`` x 3 seconds."""
    from gazetteer import Gazetteer, Region
    from geomap.articles import read_articles
    from geomap.extract import extract_article

    t0 = time.perf_counter()
    gazetteer = Gazetteer.default(region=Region(countries=_REGION))
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


def _corpus(mb: float) -> list[Article]:
    from bench.bench_scan import make_corpus
    from geomap.articles import Article

    day = dt.date(2016, 11, 1)
    return [
        Article(f"synthetic-{i:05d}", "Synthetic article", "Bench Wire", day, doc["text"])
        for i, doc in enumerate(make_corpus(mb, seed=2017))
    ]


def measure_corpus(mb: float, jobs: int) -> dict[str, Any]:
    """Extract a synthetic corpus of ``mb`` megabytes once, with ``jobs`` worker processes."""
    from gazetteer import Gazetteer, Region
    from geomap.extract import extract_articles, extract_articles_in_pool

    articles = _corpus(mb)
    size = sum(len(a.body.encode("utf-8")) for a in articles)
    open_gazetteer = functools.partial(Gazetteer.default, region=Region(countries=_REGION))
    if jobs == 1:
        gazetteer = open_gazetteer()
        start, cpu = time.perf_counter(), time.process_time()
        extraction = extract_articles(articles, gazetteer)
    else:
        start, cpu = time.perf_counter(), time.process_time()
        extraction = extract_articles_in_pool(articles, open_gazetteer, jobs)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    return {
        "wall_s": elapsed,
        "cpu_s": used,
        "mb": size / 1e6,
        "articles": len(articles),
        "events": len(extraction.events),
        "mentions": len(extraction.mentions),
    }


def _corpus_rows(mb: float) -> list[Row]:
    try:
        one = run_fresh("bench.bench_extract:measure_corpus", mb, 1)
        two = run_fresh("bench.bench_extract:measure_corpus", mb, 2)
    except Exception as exc:
        return [failed("synthetic corpus", exc)]
    note = f"{one['articles']} synthetic articles, {one['mb']:.1f} MB, each read once"
    cpu = "per second of CPU time of the process (the same, on a machine with other load)"
    cores = os.cpu_count() or 1
    return [
        row("corpus, one core", one["mb"] / one["wall_s"], "MB/s", note),
        row("corpus, one core", one["articles"] / one["wall_s"], "articles/s", note),
        row("corpus, one core, CPU time", one["mb"] / one["cpu_s"], "MB/s", cpu),
        row("corpus, one core, CPU time", one["articles"] / one["cpu_s"], "articles/s", cpu),
        row(
            "corpus, --jobs 2",
            two["articles"] / two["wall_s"],
            "articles/s",
            f"two worker processes, start-up included; {cores} cores on this machine",
        ),
        row(
            "--jobs 2 speed-up",
            ratio(one["wall_s"], two["wall_s"]),
            "x",
            "wall time of one core / wall time of two workers (same output)",
        ),
    ]


def run() -> list[Row]:
    """Return the throughput rows for ``python -m bench``."""
    try:
        got = run_fresh(
            "bench.bench_extract:measure", str(REPO / "seeds"), 0.5 if quick() else _ROUND_S
        )
    except Exception as exc:
        return [failed("throughput", exc), *_corpus_rows(0.3 if quick() else _CORPUS_MB)]
    note = f"{got['articles']} seed articles of {got['article_kb']:.1f} KB, repeated, one core"
    cpu = "per second of CPU time of the process (the same, on a machine with other load)"
    return [
        row("gazetteer load", got["load_s"], "s", "full offline gazetteer, region IQ,SY"),
        row("throughput", got["mb_s"], "MB/s", note),
        row("throughput", got["articles_s"], "articles/s", note),
        row("throughput, CPU time", got["cpu_mb_s"], "MB/s", cpu),
        row("throughput, CPU time", got["cpu_articles_s"], "articles/s", cpu),
        *_corpus_rows(0.3 if quick() else _CORPUS_MB),
    ]


if __name__ == "__main__":
    for r in run():
        print(*r, sep="\t")
