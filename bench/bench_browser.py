"""Timeline pages in a real Chromium: first render and one step, geomap against folium.

The same synthetic events are drawn by geomap's ``timeline.html`` and by folium's
``TimestampedGeoJson`` and ``Timeline`` plugins (see :mod:`bench.bench_pages`), each page
opened from ``file://`` in Debian's Chromium driven by Playwright, with every network
request refused. For each page:

- first render: from the start of navigation to the end of the first frame that shows the
  map, painted after the ``load`` event and, on geomap's pages, after the page script has
  drawn the map (it may inflate its data after ``load``; it sets ``window.geomap`` then): a
  ``requestAnimationFrame`` whose ``setTimeout(0)`` runs once that frame's style, layout and
  paint are done;
- one step: what each tool's own "next" does (geomap's next button, TimeDimension's
  ``nextTime``, the Timeline slider's ``next``), timed with ``performance.now()``: the
  script, then the rendering of the frame that shows it, from a ``requestAnimationFrame``
  callback asked for just before the step (so it runs first in that frame) to the end of
  the frame: work a page defers to its own frame callbacks (a canvas redraw, a layout
  read) counts, the wait for the next vsync does not. The step is their sum; the median of
  30 steps from a third into the campaign, after 3 untimed ones. A big geomap page inflates
  the texts of dates other than the first after its first paint: steps start once that is
  done (``window.geomap.loaded``), and the first render's note says when it was.

The pages are measured in turns (geomap, then the plugins, then again in reverse order) so
that a burst of load on the machine falls on all of them.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from bench._common import BenchError, Row, failed, quick, ratio, row, run_fresh

# The browser the page tests drive, started the same way: one definition, in the tests.
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "measure_pages", "run"]

SIZES = (1_000, 10_000)
STEPS, WARM, ROUNDS = 30, 3, 2
# The first frame that shows the page's map: after the load event and, on geomap's pages,
# once the page script has drawn it (it may inflate its data after the load event; it sets
# window.geomap when done). Checked in a frame callback, so the frame then painted is one
# that shows the map; its end is the setTimeout(0) queued there.
_FIRST_RENDER_JS = """
window.__bench = {};
addEventListener("load", () => {
  const drawn = () => !document.getElementById("gm-data") || window.geomap !== undefined;
  const frame = () => requestAnimationFrame(() => {
    if (!drawn()) { frame(); return; }
    setTimeout(() => { window.__bench.firstRender = performance.now(); }, 0);
  });
  frame();
});
"""
_STEP_JS = """
async ({tool, steps, warm}) => {
  const find = (test) => {
    for (const k of Object.keys(window)) {
      try { if (test(window[k])) return window[k]; } catch (e) { /* not it */ }
    }
    return null;
  };
  let api;
  if (tool === "geomap") {
    const g = window.geomap, next = document.getElementById("gm-next");
    await g.loaded;  // a big page inflates the texts of other dates after its first paint
    api = {count: () => g.data.slices.length, go: (i) => g.show(i),
           step: () => (next ? next.click() : g.show(g.current() + 1))};
  } else if (tool === "TimestampedGeoJson") {
    const td = find((v) => v instanceof L.Map && v.timeDimension).timeDimension;
    api = {count: () => td.getAvailableTimes().length, go: (i) => td.setCurrentTimeIndex(i),
           step: () => td.nextTime(1)};
  } else {
    const s = find((v) => v instanceof L.TimelineSliderControl);
    api = {count: () => s._getTimes().length, go: (i) => s.setTime(s._getTimes()[i]),
           step: () => s.next()};
  }
  // Asked for before the step, this frame callback runs first in the next frame: what
  // follows it (the page's own frame callbacks, style, layout, paint) is the step's render.
  const frame = () => new Promise((done) => requestAnimationFrame(() => {
    const t = performance.now();
    setTimeout(() => done(t), 0);
  }));
  const n = api.count();
  api.go(Math.floor(n / 3));
  await frame();
  const samples = [];
  for (let i = 0; i < warm + steps; i++) {
    const painted = frame();
    const t0 = performance.now();
    api.step();
    const t1 = performance.now();
    const tFrame = await painted;
    const t2 = performance.now();
    if (i >= warm) samples.push([t1 - t0, t2 - tFrame]);
  }
  // What is on the map at the end: geomap draws on a canvas (no element per mark) and says.
  const drawn = tool === "geomap" ? window.geomap.drawn().length
    : document.querySelectorAll(".leaflet-interactive, .leaflet-marker-icon").length;
  return {n, samples, drawn};
}
"""


def _measure(browser: Any, tool: str, path: Path) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        context.add_init_script(_FIRST_RENDER_JS)
        page = context.new_page()
        errors: list[str] = []
        refused: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("requestfailed", lambda req: refused.append(req.url))
        page.goto(path.as_uri(), wait_until="load", timeout=120_000)
        page.wait_for_function("window.__bench && window.__bench.firstRender", timeout=120_000)
        first = page.evaluate("window.__bench.firstRender")
        loaded = page.evaluate(
            "window.geomap ? window.geomap.loaded.then(() => performance.now()) : null"
        )
        res = page.evaluate(_STEP_JS, {"tool": tool, "steps": STEPS, "warm": WARM})
        res["first_ms"] = first
        res["loaded_ms"] = loaded
        res["errors"] = errors
        res["refused"] = len(refused)
        return res  # type: ignore[no-any-return]
    finally:
        context.close()


def measure_pages(pages: dict[str, dict[str, str]], rounds: int) -> dict[str, Any]:
    """Open each page in Chromium (run in a fresh process); ``pages[n][tool]`` is a path."""
    from playwright.sync_api import sync_playwright

    out: dict[str, dict[str, Any]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for n, by_tool in pages.items():
                order = list(by_tool)
                for r in range(rounds):
                    for tool in order if r % 2 == 0 else order[::-1]:
                        key = f"{tool}@{n}"
                        slot = out.setdefault(
                            key, {"first_ms": [], "loaded_ms": [], "samples": [], "errors": []}
                        )
                        try:
                            res = _measure(browser, tool, Path(by_tool[tool]))
                        except Exception as exc:  # one page failing must not sink the others
                            slot["failed"] = f"{type(exc).__name__}: {str(exc)[:200]}"
                            continue
                        slot["first_ms"].append(res["first_ms"])
                        if res["loaded_ms"] is not None:
                            slot["loaded_ms"].append(res["loaded_ms"])
                        slot["samples"] += res["samples"]
                        slot["errors"] = sorted(set(slot["errors"]) | set(res["errors"]))
                        slot["n"], slot["drawn"] = res["n"], res["drawn"]
                        slot["refused"] = res["refused"]
        finally:
            browser.close()
    return {"pages": out}


def _pages(sizes: tuple[int, ...]) -> tuple[dict[str, dict[str, str]], list[Row]]:
    from bench.bench_pages import geomap_page, reference_page_paths

    pages: dict[str, dict[str, str]] = {}
    rows: list[Row] = []
    for n in sizes:
        paths, _ = reference_page_paths(n)
        by_tool = {}
        try:
            by_tool["geomap"] = str(geomap_page(n))
        except BenchError as exc:
            rows.append(failed(f"geomap @ {n:,}", exc))
        by_tool.update({tool: str(p) for tool, p in paths.items()})
        pages[str(n)] = by_tool
    return pages, rows


def _summary(slot: dict[str, Any]) -> dict[str, float]:
    script = [s[0] for s in slot["samples"]]
    paint = [s[1] for s in slot["samples"]]
    total = [s[0] + s[1] for s in slot["samples"]]
    return {
        "first": statistics.median(slot["first_ms"]),
        "script": statistics.median(script),
        "paint": statistics.median(paint),
        "step": statistics.median(total),
        "p90": sorted(total)[int(0.9 * (len(total) - 1))],
    }


def _rows_for(
    n: int, tool: str, slot: dict[str, Any] | None
) -> tuple[list[Row], dict[str, float]]:
    label = f"{tool} @ {n:,}"
    if slot is None or not slot["samples"]:
        why = (slot or {}).get("failed", "page not measured")
        return [failed(label, why)], {}
    s = _summary(slot)
    errs = (
        f"; {len(slot['errors'])} page errors: {slot['errors'][0][:60]}" if slot["errors"] else ""
    )
    if slot.get("loaded_ms"):
        errs = f"; every text inflated at {statistics.median(slot['loaded_ms']):.0f} ms{errs}"
    return [
        row(
            f"{label}: first render",
            s["first"],
            "ms",
            f"median of {len(slot['first_ms'])} loads; {slot['refused']} network "
            f"requests refused{errs}",
        ),
        row(
            f"{label}: one step",
            s["step"],
            "ms",
            f"script {s['script']:.1f} + render {s['paint']:.1f} ms; p90 {s['p90']:.1f} ms; "
            f"{len(slot['samples'])} steps of {slot['n']}; {slot['drawn']} drawn at the end",
        ),
    ], s


def _targets(n: int, figures: dict[str, dict[str, float]]) -> list[Row]:
    ours, tsgj, tl = (figures.get(t) for t in ("geomap", "TimestampedGeoJson", "Timeline"))
    if not ours:
        return []
    limit = 16.0 if n <= 1_000 else 50.0
    rows = [
        row(
            f"geomap @ {n:,}: step target",
            ours["step"],
            "ms",
            f"target <= {limit:.0f} ms: {'met' if ours['step'] <= limit else 'missed'}",
        )
    ]
    if tsgj:
        faster = ratio(tsgj["step"], ours["step"])
        rows.append(
            row(
                f"TimestampedGeoJson / geomap @ {n:,}, per step",
                faster,
                "x",
                f"target >= 3x: {'met' if faster and faster >= 3 else 'missed'}",
            )
        )
    if tl:
        rows.append(
            row(f"Timeline / geomap @ {n:,}, per step", ratio(tl["step"], ours["step"]), "x", "")
        )
    if n >= 10_000:
        ok = ours["first"] <= 500
        rows.append(
            row(
                f"geomap @ {n:,}: first render target",
                ours["first"],
                "ms",
                f"target < 500 ms: {'met' if ok else 'missed'}; "
                f"TimestampedGeoJson {tsgj['first'] if tsgj else float('nan'):.0f} ms",
            )
        )
    return rows


def run() -> list[Row]:
    """Measure first render and step time of the three timelines at 1,000 and 10,000 events."""
    if not Path(CHROMIUM).exists():
        return [failed("(all)", f"no Chromium at {CHROMIUM}; apt-get install chromium")]
    from bench.bench_pages import NODE_MODULES

    if not (NODE_MODULES / "leaflet-timedimension").is_dir():
        return [failed("(all)", "bench/node_modules missing: run `cd bench && npm ci`")]
    sizes = SIZES[:1] if quick() else SIZES
    pages, rows = _pages(sizes)
    try:
        measured = run_fresh(
            "bench.bench_browser:measure_pages", pages, 1 if quick() else ROUNDS, timeout=1800
        )["pages"]
    except BenchError as exc:
        return [*rows, failed("(all)", exc)]
    for n_key, by_tool in pages.items():
        n = int(n_key)
        figures = {}
        for tool in by_tool:
            more, fig = _rows_for(n, tool, measured.get(f"{tool}@{n_key}"))
            rows += more
            if fig:
                figures[tool] = fig
        rows += _targets(n, figures)
    return rows


def profile_step(path: str, tool: str, steps: int = 20) -> dict[str, Any]:
    """Trace ``steps`` steps of one page; return main-thread time by trace event and JS function.

    ``python -m bench.bench_browser PAGE [TOOL]`` prints it: where a step's time goes.
    """
    import json
    from collections import Counter

    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        context.add_init_script(_FIRST_RENDER_JS)
        page = context.new_page()
        page.goto(Path(path).resolve().as_uri(), wait_until="load", timeout=120_000)
        page.wait_for_function("window.__bench && window.__bench.firstRender", timeout=120_000)
        page.evaluate(_STEP_JS, {"tool": tool, "steps": 0, "warm": 0})  # go to the start
        cdp = context.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        browser.start_tracing(page=page, categories=["devtools.timeline", "blink"])
        cdp.send("Profiler.start")
        res = page.evaluate(_STEP_JS, {"tool": tool, "steps": steps, "warm": 0})
        prof = cdp.send("Profiler.stop")["profile"]
        trace = json.loads(browser.stop_tracing())
        browser.close()
    events: Counter[str] = Counter()
    for ev in trace.get("traceEvents", []):
        if ev.get("ph") == "X" and ev.get("dur") and ev.get("cat", "").startswith("devtools"):
            events[ev["name"]] += ev["dur"] / 1000 / steps
    nodes = {n["id"]: n for n in prof["nodes"]}
    self_ms: Counter[str] = Counter()
    deltas = prof.get("timeDeltas", [])
    for sample, delta in zip(prof.get("samples", []), deltas, strict=False):
        frame = nodes[sample]["callFrame"]
        where = f"{frame['functionName'] or '(anonymous)'} {Path(frame['url']).name}:{frame['lineNumber']}"
        self_ms[where] += delta / 1000 / steps
    return {
        "step_ms": statistics.median(s[0] + s[1] for s in res["samples"]),
        "trace_ms_per_step": dict(events.most_common(12)),
        "js_self_ms_per_step": dict(self_ms.most_common(15)),
    }


if __name__ == "__main__":
    import json
    import sys

    tool = sys.argv[2] if len(sys.argv) > 2 else "geomap"
    print(json.dumps(profile_step(sys.argv[1], tool), indent=1))
