"""Article text is untrusted: nothing from a title, outlet, URL or body may run in a reader's
browser, and the text still reads as written.

The maps are built from a hostile article (plus ordinary ones that name real places, so that
the maps have features) and every HTML page of the output folder, whatever pages exist, is
opened from ``file://`` in Debian's Chromium with all other requests aborted. Each payload
sets ``window.__pwned`` to the name of the field it came from, so a failure says which field
was injected.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from gazetteer import Gazetteer, Place
from geomap.build import BuildConfig, build_maps
from tests.reliability.make import REGION, SMALL_PLACES


def payload(field: str) -> str:
    """Return text that tries every way out of HTML, attributes, JSON and JS strings."""
    p = f"window.__pwned='{field}'"
    return (
        f'<script>{p}</script><img src=x onerror="{p}"><svg onload="{p}"> '
        f'"\'><b>bold</b> </script><!-- ${{{p}}} `);{p};(` "}});{p};// \u2028 '
        "&amp; &lt;i&gt; &#x3C;"
    )


TITLE = "HOSTILE " + payload("title")
OUTLET = "Outlet " + payload("outlet")
BODY = (
    f"Iraqi forces captured Mosul on Saturday {payload('body1')}.\n"
    f"Hashd fighters advanced from Tal Afar to Sinjar {payload('body2')}.\n"
    "Kurdish Peshmerga forces besieged Kirkuk on Sunday.\n"
    "Iraqi forces captured Bartella on Monday.\n"
)
# A place whose gazetteer name is hostile too (a campaign's own gazetteer is user data).
EVIL_PLACE = (
    Place("campaign:bartella", "Bartella " + payload("place"), 36.355, 43.379, "IQ"),
    ("Bartella",),
)
ARTICLES = {
    "hostile.md": {
        "title": TITLE,
        "outlet": OUTLET,
        "url": "javascript:window.__pwned='url'//",
        "published": "2016-10-29",
        "published_note": payload("note"),
        "body": BODY,
    },
    "data-url.md": {
        "title": "Ordinary report with a data: URL",
        "outlet": "Reuters",
        "url": "data:text/html,<script>window.__pwned='dataurl'</script>",
        "published": "2016-11-02",
        "body": "Iraqi troops besieged Mosul on Tuesday. Peshmerga forces captured Kirkuk.\n",
    },
    "attribute.md": {
        "title": "Breaks attributes",
        "outlet": 'The "Quoted" Outlet\'s Desk',
        "url": "https://example.org/a?\"><script>window.__pwned='href'</script>&x='y",
        "published": "2016-11-05",
        "body": "Iraqi forces captured Tal Afar on Saturday, witnesses said.\n",
    },
}

_FIND_INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) && /__pwned/.test(a.value)) bad.push(el.outerHTML.slice(0, 160));
    }
    if (el.tagName === 'SCRIPT' && /^\\s*window\\.__pwned/.test(el.textContent))
      bad.push(el.outerHTML.slice(0, 160));
    if (el.tagName === 'B' && el.textContent === 'bold') bad.push(el.outerHTML);
    if (el.tagName === 'A' && el.hasAttribute('href') &&
        !['http:', 'https:', 'file:'].includes(el.protocol)) bad.push(el.outerHTML.slice(0, 160));
    if (/^(IFRAME|OBJECT|EMBED)$/.test(el.tagName)) bad.push(el.outerHTML.slice(0, 160));
  }
  return bad;
}"""
_VISIBLE_TEXT = """() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('script, style, template').forEach(e => e.remove());
  return copy.textContent;
}"""


def _write_seeds(folder: Path) -> None:
    folder.mkdir(parents=True)
    for name, fields in ARTICLES.items():
        meta = {k: v for k, v in fields.items() if k != "body"}
        front = yaml.safe_dump(meta, allow_unicode=True, width=100_000, sort_keys=False)
        (folder / name).write_text(f"---\n{front}---\n{fields['body']}", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_maps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The maps built from the hostile articles, with the small gazetteer."""
    root = tmp_path_factory.mktemp("hostile")
    _write_seeds(root / "seeds")
    gaz = Gazetteer(iter([*SMALL_PLACES, EVIL_PLACE]), region=REGION)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Gazetteer, "default", classmethod(lambda cls, *a, **k: gaz))
        build_maps(BuildConfig(seeds_dir=root / "seeds", out_dir=root / "maps"))
    return root / "maps"


def test_the_articles_are_read_as_written(tmp_path: Path) -> None:
    from geomap.articles import read_folder

    _write_seeds(tmp_path / "seeds")
    articles = {a.stem: a for a in read_folder(tmp_path / "seeds").articles}
    assert articles["hostile"].title == TITLE
    assert articles["hostile"].outlet == OUTLET
    assert articles["hostile"].body == BODY
    assert articles["hostile"].link is None and articles["data-url"].link is None
    assert articles["attribute"].link == ARTICLES["attribute.md"]["url"]


def test_data_files_keep_the_text_and_stay_valid(hostile_maps: Path) -> None:
    data = hostile_maps / "data"
    for path in sorted(data.glob("*json")):
        json.loads(path.read_text(encoding="utf-8"))  # no quote broke out of the JSON
    events = json.loads((data / "events.geojson").read_text(encoding="utf-8"))
    quotes = {f["properties"]["quote"] for f in events["features"]}
    assert any("<script>window.__pwned='body1'</script>" in q for q in quotes), quotes
    for path in sorted(data.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len({len(r) for r in rows}) == 1, f"{path.name}: a quote broke the CSV columns"


def _pages(folder: Path) -> list[Path]:
    # Whatever pages the build writes: discovered, not listed.
    return sorted(folder.rglob("*.html"))


def test_pages_exist(hostile_maps: Path) -> None:
    assert _pages(hostile_maps), "the build wrote no HTML page"


@pytest.mark.browser
def test_no_article_text_runs_in_any_page(hostile_maps: Path, browser: Any) -> None:
    failures: list[str] = []
    shown = ""
    for path in _pages(hostile_maps):
        problems, text = _open_and_poke(browser, path)
        failures += [f"{path.relative_to(hostile_maps)}: {p}" for p in problems]
        shown += text
    assert not failures, "\n".join(failures)
    # The text reads as written: the markup is visible as text, entities are not decoded.
    for literal in (
        "<script>window.__pwned='title'</script>",
        "<script>window.__pwned='body1'</script>",
        "<img src=x onerror=\"window.__pwned='body2'\">",
        "&amp; &lt;i&gt; &#x3C;",
    ):
        assert literal in shown, f"{literal!r} is not shown as text in any page"


# The number of marks drawn now (for -1), or where mark ``i`` is on the screen: a point's or
# a ring's place (each place of an event at several), the middle of a line (the page's packed table: see geomap/pages/timeline.py).
_MARK_AT = """(i) => {
  const g = window.geomap;
  if (!g || !g.data || !g.data.f) return i < 0 ? 0 : null;
  const drawn = new Set(g.drawn().map((d) => d.id)), at = [];
  for (const row of g.data.f) {
    const shape = g.data.shapes[row[1]], geo = row[8];
    if (!drawn.has(row[0]) || shape === "unplaced") continue;
    if (shape === "points") at.push(...geo);
    else at.push(shape === "point" || shape === "siege" ? geo.slice(0, 2)
      : [(geo[0][0] + geo[1][0]) / 2, (geo[0][1] + geo[1][1]) / 2]);
  }
  if (i < 0) return at.length;
  const p = g.map.latLngToContainerPoint(at[i]), box = g.map.getContainer().getBoundingClientRect();
  return [box.left + p.x, box.top + p.y];
}"""


def _open_and_poke(browser: Any, path: Path) -> tuple[list[str], str]:
    """Open one page offline, click every map feature and button, and say what went wrong."""
    problems: list[str] = []
    aborted: set[str] = set()
    context = browser.new_context()

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "about:")):
            r.continue_()
        else:
            aborted.add(r.request.url)
            r.abort()

    def console(msg: Any) -> None:
        url = (msg.location or {}).get("url", "")
        if msg.type == "error" and not (url in aborted and "Failed to load resource" in msg.text):
            problems.append(f"console error: {msg.text[:200]}")

    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message!r}"), d.dismiss()))
    page.on("console", console)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.goto(path.as_uri(), wait_until="load")
    texts = [page.evaluate(_VISIBLE_TEXT)]
    for selector in (".leaflet-interactive", ".leaflet-marker-icon", "button", "summary"):
        items = page.locator(selector)
        for i in range(min(items.count(), 12)):
            items.nth(i).dispatch_event("click")
            texts.append(page.evaluate(_VISIBLE_TEXT))
    # Marks drawn on a canvas are no elements: click where each is, as a reader would.
    marks = page.evaluate(_MARK_AT, -1)
    for i in range(min(marks, 12)):
        page.evaluate("window.geomap.map.closePopup()")
        page.mouse.click(*page.evaluate(_MARK_AT, i))
        texts.append(page.evaluate(_VISIBLE_TEXT))
    if marks and not page.locator(".leaflet-popup-content").count():
        problems.append(f"clicking the {marks} marks on the map opened no popup")
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(100)
    pwned = page.evaluate("window.__pwned")
    if pwned is not None:
        problems.append(f"script ran: window.__pwned = {pwned!r} (from the article's {pwned})")
    problems += [f"injected node: {html}" for html in page.evaluate(_FIND_INJECTED)]
    context.close()
    return problems, "\n".join(texts)
