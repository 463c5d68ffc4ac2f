"""Shared plumbing of the benchmarks: fresh processes, synthetic events, table rows.

Every figure that a comparison rests on is taken in a fresh Python process
(:func:`run_fresh`), so that one measurement's caches, imports and heap never flatter or
penalise the next one, and its peak memory is its own.

Rows are ``(measure, value, unit, note)`` tuples, as :mod:`bench.__main__` prints them.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geomap.schema import Event

__all__ = [
    "BENCH_DIR",
    "OUT_DIR",
    "REPO",
    "BenchError",
    "Row",
    "event_points",
    "failed",
    "fmt",
    "growth",
    "human_bytes",
    "peak_rss_mb",
    "quick",
    "ratio",
    "row",
    "run_fresh",
    "synthetic_events",
]

Row = tuple[str, str, str, str]
BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
_RESULT_MARK = "@@bench-result@@ "


class BenchError(RuntimeError):
    """A measurement could not be taken; the message says why, in one line."""


def quick() -> bool:
    """Return whether the run asked for small sizes (``python -m bench --quick``)."""
    return os.environ.get("GEOMAP_BENCH_QUICK", "") not in ("", "0")


# -- table rows -------------------------------------------------------------------------


def fmt(value: float | int | str | None) -> str:
    """Format a figure with three significant digits, thousands separated.

    >>> fmt(1234.5), fmt(0.01234), fmt(12.0), fmt(None)
    ('1,234', '0.0123', '12.0', 'n/a')
    """
    if value is None:
        return "n/a"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if value == 0 or not math.isfinite(value):
        return str(value)
    digits = max(0, 2 - math.floor(math.log10(abs(value))))
    return f"{value:,.{digits}f}"


def row(measure: str, value: float | int | str | None, unit: str = "", note: str = "") -> Row:
    """Return one table row with ``value`` formatted by :func:`fmt`."""
    return (measure, fmt(value), unit, note)


def failed(measure: str, why: BaseException | str) -> Row:
    """Return the row that stands for a measurement that could not be taken."""
    text = why if isinstance(why, str) else f"{type(why).__name__}: {why}"
    return (measure, "-", "", f"not measured: {text.strip().splitlines()[-1][:160]}")


def ratio(ours: float | None, theirs: float | None) -> float | None:
    """Return ``ours / theirs``, or None when either is missing or ``theirs`` is zero."""
    if ours is None or theirs is None or theirs == 0:
        return None
    return ours / theirs


def growth(sizes: Sequence[float], values: Sequence[float]) -> float | None:
    """Return the exponent ``k`` of ``value ~ size**k`` between the two largest sizes.

    1 is linear growth, below 1 better than linear.

    >>> round(growth([10, 100, 1000], [1.0, 10.0, 100.0]), 2)
    1.0
    """
    pairs = [(s, v) for s, v in zip(sizes, values, strict=True) if v and v > 0]
    if len(pairs) < 2:
        return None
    (s0, v0), (s1, v1) = pairs[-2], pairs[-1]
    return math.log(v1 / v0) / math.log(s1 / s0)


def human_bytes(n: float) -> str:
    """Return a byte count in KB or MB (powers of 1,000).

    >>> human_bytes(1234), human_bytes(2_500_000)
    ('1.23 KB', '2.50 MB')
    """
    if n >= 1e6:
        return f"{n / 1e6:.2f} MB"
    if n >= 1e3:
        return f"{n / 1e3:.2f} KB"
    return f"{int(n)} B"


# -- fresh processes --------------------------------------------------------------------


def run_fresh(target: str, *args: Any, timeout: float = 900.0) -> dict[str, Any]:
    """Run ``module:function(*args)`` in a fresh Python process and return its result.

    The function returns a JSON-ready dict; ``peak_rss_mb`` (the process's peak resident
    memory, or its largest worker's) and ``process_s`` (its wall time from start to exit) are
    added. A failure raises :class:`BenchError` with the last line of the child's error.
    """
    cmd = [sys.executable, "-m", "bench._common", target, json.dumps(list(args))]
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{target} took over {timeout:.0f} s") from exc
    elapsed = time.perf_counter() - start
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(_RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(_RESULT_MARK) :])
            result["process_s"] = elapsed
            return result
    tail = (proc.stderr.strip() or proc.stdout.strip() or f"exit {proc.returncode}").splitlines()
    raise BenchError(f"{target}: {tail[-1] if tail else proc.returncode}")


def _child(target: str, args_json: str) -> None:
    module, _, name = target.partition(":")
    func: Callable[..., dict[str, Any]] = getattr(importlib.import_module(module), name)
    result = func(*json.loads(args_json))
    # Worker processes (a pool) count too: the largest of them, not their sum.
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result.setdefault("peak_rss_mb", max(peak_rss_mb(), workers_mb))
    sys.stdout.write(_RESULT_MARK + json.dumps(result) + "\n")


def peak_rss_mb() -> float:
    """Return this process's peak resident memory so far, in MB.

    Linux's ``ru_maxrss`` survives ``exec``, so a fresh process would report its parent's
    peak: ``VmHWM`` is the process's own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- synthetic events -------------------------------------------------------------------

CAMPAIGN_START = dt.date(2016, 10, 17)
CAMPAIGN_DAYS = 266  # to 10 July 2017
_ACTORS = ("ISF", "ISIS", "PMU", "Peshmerga", "Coalition", "CTS")
_OUTLETS = ("Reuters", "The Independent", "Al Jazeera", "BBC News", "Rudaw")
# Kinds with their share of events: mostly single-place events, as in real reports.
_KINDS = (
    ("attack", 0.30),
    ("airstrike", 0.20),
    ("capture", 0.20),
    ("advance", 0.12),
    ("siege", 0.06),
    ("cut_route", 0.06),
    ("withdrawal", 0.04),
    ("planned", 0.02),
)
_FALLBACK_WORDS = "the forces of city said on in and a to fighting was near town road".split()


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    # The words of the seed articles, each as often as it occurs there.
    words: list[str] = []
    for path in sorted((REPO / "seeds").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        words += re.findall(r"[A-Za-z][A-Za-z'’-]*", body)
    return tuple(words) or tuple(_FALLBACK_WORDS)


def _quote(rng: random.Random, actor: str, kind: str, place: str, day: dt.date) -> str:
    """Return a sentence of 15 to 35 words drawn from the seeds at their frequencies.

    Drawn words compress about as prose does (a template would compress far better and
    flatter any page that deflates its texts).
    """
    words = _vocabulary()
    tail = " ".join(rng.choice(words) for _ in range(rng.randint(15, 35)))
    return f"{actor} forces {kind.replace('_', ' ')} {place} on {day:%A}, {tail}."


def _places(rng: random.Random, n: int) -> list[tuple[str, float, float]]:
    # Villages scattered over the Nineveh plains around Mosul, as (name, lat, lon).
    return [
        (f"Qarya {i:04d}", round(rng.uniform(35.6, 36.9), 5), round(rng.uniform(42.4, 43.9), 5))
        for i in range(n)
    ]


def synthetic_events(n: int, seed: int = 8) -> list[Event]:
    """Return ``n`` plausible, valid events spread over the Mosul campaign, deterministically.

    Places come from a pool that grows with ``n`` (so towns are named again and again, as
    in real reports); dates are spread over the campaign's 266 days; kinds, actors and
    statuses follow rough real-world shares; each event has a one-sentence quote.
    """
    from geomap.schema import Event, EventPlace, event_id

    rng = random.Random(seed)
    pool = _places(rng, max(20, n // 8))
    kinds = [k for k, _ in _KINDS]
    weights = [w for _, w in _KINDS]
    events = []
    for i in range(n):
        kind = rng.choices(kinds, weights)[0]
        day = CAMPAIGN_START + dt.timedelta(days=rng.randrange(CAMPAIGN_DAYS))
        actor = rng.choice(_ACTORS)
        (name, lat, lon), (name2, lat2, lon2) = rng.sample(pool, 2)
        if kind in ("advance", "withdrawal", "cut_route"):
            places = (
                EventPlace(name, "from", f"p-{name[-4:]}", lat, lon),
                EventPlace(name2, "to", f"p-{name2[-4:]}", lat2, lon2),
            )
        else:
            places = (EventPlace(name, "at", f"p-{name[-4:]}", lat, lon),)
        article = f"a{i // 12:05d}"
        events.append(
            Event(
                id=event_id(article, i * 97, kind),
                type=kind,
                date=day.isoformat(),
                date_precision="day",
                date_text=f"on {day:%A}",
                status="claimed" if rng.random() < 0.3 else "reported",
                claimant=actor if rng.random() < 0.3 else None,
                quote=_quote(rng, actor, kind, name, day),
                article=article,
                outlet=rng.choice(_OUTLETS),
                url=f"https://news.example.org/{article}",
                published=(day + dt.timedelta(days=rng.randrange(3))).isoformat(),
                actors=(actor,),
                places=places,
                confidence=round(rng.uniform(0.4, 0.95), 2),
            )
        )
    return events


def event_points(events: Iterable[Event], *, popups: bool = False) -> list[dict[str, Any]]:
    """Return the events as plain GeoJSON features with their date, for other tools' pages.

    With ``popups``, each feature also carries what geomap shows of an event (a headline,
    the quote, the outlet and date) as a popup, so that page weights compare like for like.
    """
    import html

    from geomap.schema import event_geometry

    features = []
    for e in events:
        geom = event_geometry(e)
        if geom is None or e.date is None:
            continue
        where = next((p.name for p in e.places), "")
        features.append(
            {
                "type": "Feature",
                "geometry": geom,
                "properties": {
                    "id": e.id,
                    "type": e.type,
                    "status": e.status,
                    "actor": e.actors[0] if e.actors else "",
                    "place": where,
                    "date": e.date,
                },
            }
        )
        if popups:
            features[-1]["properties"]["popup"] = (
                f"<b>{html.escape(e.actors[0] if e.actors else '')} {e.type} at "
                f"{html.escape(where)}</b><blockquote>{html.escape(e.quote)}</blockquote>"
                f'<cite><a href="{html.escape(e.url or "")}">{html.escape(e.outlet)}</a>, '
                f"{e.published}, {html.escape(e.date_text)}</cite>"
            )
    return features


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "[]")
