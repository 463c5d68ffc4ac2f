"""Page weight: the seeds' pages, and bytes per event against folium's timeline plugins.

The reference pages are what a folium user would write for the same events: a map with
folium's ``TimestampedGeoJson`` (Leaflet.TimeDimension) or ``Timeline`` + ``TimelineSlider``
(Leaflet.timeline) over the features of :func:`bench._common.event_points`, drawn as circle
markers as geomap draws its points. Their scripts load from CDNs; :func:`local_scripts`
points them at the copies npm installed into ``bench/node_modules`` (what has no local copy,
fonts and icon CSS that these maps do not use, is dropped and counted), so that the pages
work from ``file://`` with the network blocked, as geomap's own pages must.

Bytes per event are the slope between the two largest sizes, so a page's fixed part
(Leaflet, the basemap) does not count.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench._common import (
    BENCH_DIR,
    OUT_DIR,
    REPO,
    BenchError,
    Row,
    event_points,
    failed,
    human_bytes,
    quick,
    ratio,
    row,
    run_fresh,
    synthetic_events,
)

__all__ = ["PAGE_DIR", "geomap_page", "local_scripts", "reference_pages", "run"]

PAGE_DIR = OUT_DIR / "pages"
NODE_MODULES = BENCH_DIR / "node_modules"
SIZES = (100, 1_000, 10_000)
TOOLS = ("geomap", "TimestampedGeoJson", "Timeline")

# CDN file -> local copy under bench/node_modules (matched on the end of the URL).
_LOCAL = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "jquery/3.7.1/jquery.min.js": "jquery/dist/jquery.min.js",
    "jquery-ui.min.js": "jquery-ui/dist/jquery-ui.min.js",
    "bootstrap.bundle.min.js": "bootstrap/dist/js/bootstrap.bundle.min.js",
    "bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
    "leaflet.awesome-markers.js": "leaflet.awesome-markers/dist/leaflet.awesome-markers.js",
    "leaflet.awesome-markers.css": "leaflet.awesome-markers/dist/leaflet.awesome-markers.css",
    "iso8601.min.js": "iso8601-js-period/iso8601.js",
    "leaflet.timedimension.min.js": "leaflet-timedimension/dist/leaflet.timedimension.min.js",
    "leaflet.timedimension.control.css": (
        "leaflet-timedimension/dist/leaflet.timedimension.control.css"
    ),
    "moment.min.js": "moment/min/moment.min.js",
    "leaflet.timeline.min.js": "leaflet.timeline/dist/leaflet.timeline.js",
}
_TAG = re.compile(
    r'<script[^>]*\ssrc="(?P<js>https?://[^"]+)"[^>]*>\s*</script>'
    r'|<link[^>]*\shref="(?P<css>https?://[^"]+)"[^>]*/?>'
)


def local_scripts(page: str, prefix: str) -> tuple[str, list[str]]:
    """Point a folium page's CDN scripts and styles at local copies under ``prefix``.

    Returns the page and the URLs dropped for want of a local copy.

    >>> local_scripts('<script src="https://x/moment.min.js"></script>', "nm/")[0]
    '<script src="nm/moment/min/moment.min.js"></script>'
    """
    dropped: list[str] = []

    def swap(m: re.Match[str]) -> str:
        url = m.group("js") or m.group("css")
        local = next((v for k, v in _LOCAL.items() if url.endswith(k)), None)
        if local is None:
            dropped.append(url)
            return ""
        return m.group(0).replace(url, prefix + local)

    return _TAG.sub(swap, page), dropped


def _ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp() * 1000)


def reference_pages(n: int, *, popups: bool = False) -> dict[str, str]:
    """Return folium's TimestampedGeoJson and Timeline pages for ``n`` synthetic events.

    With ``popups`` every feature carries the text geomap shows for the event.
    """
    import folium
    from folium.plugins import Timeline, TimelineSlider, TimestampedGeoJson
    from folium.utilities import JsCode

    from geomap.render import stable_ids

    features = event_points(synthetic_events(n), popups=popups)
    pages = {}

    fmap = folium.Map(location=[36.34, 43.13], zoom_start=9, tiles=None)
    tsgj = [
        {
            **f,
            "properties": {
                **f["properties"],
                "times": [f["properties"]["date"]]
                * (2 if f["geometry"]["type"] != "Point" else 1),
                "icon": "circle",
                "iconstyle": {"radius": 6, "weight": 2, "fillOpacity": 0.8},
            },
        }
        for f in features
    ]
    TimestampedGeoJson(
        {"type": "FeatureCollection", "features": tsgj}, period="P1D", auto_play=False
    ).add_to(fmap)
    pages["TimestampedGeoJson"] = stable_ids(fmap.get_root().render())

    fmap = folium.Map(location=[36.34, 43.13], zoom_start=9, tiles=None)
    spans = [
        {
            **f,
            "properties": {
                **f["properties"],
                "start": _ms(f["properties"]["date"]),
                "end": _ms(f["properties"]["date"]) + 86_400_000,
            },
        }
        for f in features
    ]
    timeline = Timeline(
        {"type": "FeatureCollection", "features": spans},
        pointToLayer=JsCode("function (f, ll) { return L.circleMarker(ll, {radius: 6}); }"),
    ).add_to(fmap)
    TimelineSlider(auto_play=False, enable_keyboard_controls=True).add_timelines(timeline).add_to(
        fmap
    )
    pages["Timeline"] = stable_ids(fmap.get_root().render())
    return pages


def reference_page_paths(n: int) -> tuple[dict[str, Path], list[str]]:
    """Write the reference pages for ``n`` events with local scripts; return paths and drops."""
    PAGE_DIR.mkdir(parents=True, exist_ok=True)
    prefix = Path("..", "..", "node_modules").as_posix() + "/"
    paths, dropped = {}, []
    for tool, html in reference_pages(n).items():
        page, dropped = local_scripts(html, prefix)
        path = PAGE_DIR / f"{tool}-{n}.html"
        path.write_text(page, encoding="utf-8")
        paths[tool] = path
    return paths, dropped


def geomap_page(n: int) -> Path:
    """Return geomap's ``timeline.html`` for ``n`` synthetic events, building it if stale."""
    from bench.bench_build import build_dir, source_stamp

    folder = build_dir(n)
    stamp = folder / ".stamp"
    if not (stamp.exists() and stamp.read_text(encoding="utf-8") == source_stamp()):
        run_fresh("bench.bench_build:build_synthetic", n, str(folder))
    page = folder / "timeline.html"
    if not page.exists():
        raise BenchError(f"the build of {n} events wrote no timeline.html")
    return page


def _seed_rows() -> list[Row]:
    out = Path(tempfile.mkdtemp(prefix="geomap-bench-seeds-")) / "maps"
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "geomap", "build", "seeds", "--out", str(out)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()
            raise BenchError(f"geomap build seeds: {tail[-1] if tail else proc.returncode}")
        files = {p.relative_to(out).as_posix(): p.stat().st_size for p in out.rglob("*")}
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)
    files = {k: v for k, v in files.items() if v and "." in k}
    slices = sorted(v for k, v in files.items() if k[:1].isdigit() and k.endswith(".html"))
    rows = [
        row(
            f"seeds: {name}",
            size / 1e3,
            "KB",
            "target <= 400 KB" if name == "timeline.html" else "",
        )
        for name, size in sorted(files.items())
        if not (name[:1].isdigit() and name.endswith(".html"))
    ]
    if slices:
        rows.append(
            row(
                "seeds: slice pages",
                slices[len(slices) // 2] / 1e3,
                "KB",
                f"median of {len(slices)} ({human_bytes(slices[0])} to {human_bytes(slices[-1])})",
            )
        )
    return rows


_DATA = re.compile(r'<script[^>]*id="gm-data"[^>]*>(.*?)</script>', re.S)


def _geomap_parts(page: str) -> dict[str, int]:
    """Return the bytes of the parts of geomap's page data that grow with the events.

    A big campaign's page carries its feature table and texts deflated together
    (``packed``): then that, and each part as it was before deflating.
    """
    import base64
    import zlib

    m = _DATA.search(page)
    if m is None:
        return {}
    data = json.loads(m.group(1))

    def size(value: Any) -> int:
        return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())

    parts = {
        "geomap: feature table": size(data.get("f", [])),
        "geomap: texts": size(data.get("texts", [])),
    }
    packed = data.get("packed")
    if isinstance(packed, str) and packed:
        parts["geomap: table + texts, deflated"] = len(packed)
        try:
            table, texts = json.loads(zlib.decompress(base64.b64decode(packed), wbits=-15))[:2]
        except (ValueError, zlib.error):
            return parts
        parts["geomap: feature table"] = size(table)
        parts["geomap: texts"] = size(texts)
    return parts


def page_sizes(sizes: tuple[int, ...]) -> dict[str, dict[int, int]]:
    """Return each tool's page bytes at each event count (and the parts of geomap's data)."""
    out: dict[str, dict[int, int]] = {}
    for n in sizes:
        paths, _ = reference_page_paths(n)
        for tool, path in paths.items():
            out.setdefault(tool, {})[n] = path.stat().st_size
        for tool, page in reference_pages(n, popups=True).items():
            out.setdefault(f"{tool} + popups", {})[n] = len(page.encode("utf-8"))
        page = geomap_page(n).read_text(encoding="utf-8")
        out.setdefault("geomap", {})[n] = len(page.encode("utf-8"))
        for part, size in _geomap_parts(page).items():
            out.setdefault(part, {})[n] = size
    return out


def run() -> list[Row]:
    """Report the seeds' page sizes and each tool's bytes per event."""
    rows: list[Row] = []
    try:
        rows += _seed_rows()
    except BenchError as exc:
        rows.append(failed("seeds", exc))
    sizes = SIZES[:2] if quick() else SIZES
    try:
        weights = run_fresh("bench.bench_pages:page_sizes_json", list(sizes))["sizes"]
    except BenchError as exc:
        return [*rows, failed("bytes per event", exc)]
    per_event: dict[str, float] = {}
    lo, hi = str(sizes[-2]), str(sizes[-1])
    for tool, by_n in weights.items():
        if lo not in by_n or hi not in by_n:
            continue
        slope = (by_n[hi] - by_n[lo]) / (int(hi) - int(lo))
        per_event[tool] = slope
        rows.append(
            row(
                f"{tool}: bytes per event",
                slope,
                "B",
                ", ".join(f"{int(k):,} events {human_bytes(v)}" for k, v in by_n.items()),
            )
        )
    ours, tsgj = per_event["geomap"], per_event["TimestampedGeoJson"]
    met = ours <= 150 and ours <= tsgj / 2
    table = per_event.get("geomap: feature table")
    part = f" (the feature table alone, before any deflating: {table:.0f} B)" if table else ""
    rows.append(
        row(
            "geomap / TimestampedGeoJson, bytes per event",
            ratio(ours, tsgj),
            "x",
            f"target <= 150 B and <= 0.5x: {'met' if met else 'missed'}{part}",
        )
    )
    rows.append(
        row("geomap / Timeline, bytes per event", ratio(ours, per_event["Timeline"]), "x", "")
    )
    with_text = per_event.get("TimestampedGeoJson + popups")
    rows.append(
        row(
            "geomap / TimestampedGeoJson + popups",
            ratio(ours, with_text),
            "x",
            "both pages carrying each event's headline, quote and source",
        )
    )
    return rows


def page_sizes_json(sizes: list[int]) -> dict[str, Any]:
    """Run :func:`page_sizes` (in a fresh process) and return it JSON-ready."""
    return {"sizes": json.loads(json.dumps(page_sizes(tuple(sizes))))}
