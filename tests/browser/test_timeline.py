"""The timeline in a real browser: offline, keyboard-driven, drawing what the data says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.browser

FLAG_BACKGROUND = 4


def _data(maps: Path, name: str = "timeline.html") -> dict[str, Any]:
    soup = BeautifulSoup((maps / name).read_text(encoding="utf-8"), "html.parser")
    return json.loads(soup.find("script", id="gm-data").string)  # type: ignore[union-attr, arg-type]


def expected_drawn(data: dict[str, Any], i: int) -> dict[str, str]:
    """Return event id -> state ('new', 'held', 'ctx') of what slice ``i`` draws."""
    out = {}
    for row in data["f"]:
        eid, shape, s0, s1, flags = row[0], data["shapes"][row[1]], row[5], row[6], row[7]
        if shape == "unplaced":
            continue
        if flags & FLAG_BACKGROUND:
            out[eid] = "ctx"
        elif s0 <= i < s1:
            out[eid] = "new" if s0 == i else "held"
    return out


def _drawn(page: Any) -> dict[str, str]:
    return {d["id"]: d["state"] for d in page.evaluate("window.geomap.drawn()")}


# The events, their names and the places are drawn on one canvas: what a reader sees is read
# back from its pixels, once the frame that shows a step is painted.
_PAINTED = "new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))"
_CANVAS = 'document.querySelector(".leaflet-gm-earlier-pane canvas")'
_PIXEL = f"""([lat, lon, dx, dy]) => {{
  const map = window.geomap.map, canvas = {_CANVAS};
  const at = map.latLngToContainerPoint([lat, lon]), box = map.getContainer().getBoundingClientRect();
  const c = canvas.getBoundingClientRect(), k = canvas.width / c.width;
  const x = Math.round((box.left + at.x + dx - c.left) * k), y = Math.round((box.top + at.y + dy - c.top) * k);
  return Array.from(canvas.getContext("2d").getImageData(x, y, 1, 1).data);
}}"""
_STRONG_NEAR = f"""(marks) => {{
  // For each [lat, lon, colour]: is that colour drawn at full strength (faded marks are
  // translucent) within 30 px of the place?
  const map = window.geomap.map, canvas = {_CANVAS}, ctx = canvas.getContext("2d");
  const box = map.getContainer().getBoundingClientRect(), c = canvas.getBoundingClientRect();
  const k = canvas.width / c.width, r = Math.round(30 * k);
  return marks.map(([lat, lon, colour]) => {{
    const at = map.latLngToContainerPoint([lat, lon]), rgb = parseInt(colour.slice(1), 16);
    const x = Math.round((box.left + at.x - c.left) * k), y = Math.round((box.top + at.y - c.top) * k);
    const px = ctx.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data;
    for (let j = 0; j < px.length; j += 4) {{
      if (px[j + 3] === 255 && ((px[j] << 16) | (px[j + 1] << 8) | px[j + 2]) === rgb) return true;
    }}
    return false;
  }});
}}"""
_STRONG_COLOURS = f"""(colours) => {{
  // Which of these colours the canvas holds at full strength anywhere.
  const canvas = {_CANVAS}, px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  const want = new Set(colours.map((c) => parseInt(c.slice(1), 16))), found = new Set();
  for (let k = 0; k < px.length; k += 4) {{
    if (px[k + 3] !== 255) continue;
    const rgb = (px[k] << 16) | (px[k + 1] << 8) | px[k + 2];
    if (want.has(rgb)) found.add(rgb);
  }}
  return colours.filter((c) => found.has(parseInt(c.slice(1), 16)));
}}"""


def _check_strong_marks(page: Any, data: dict[str, Any], i: int) -> None:
    """Check that slice ``i``'s own events are drawn strongly and nothing else is.

    Each event of the date shows its actor's colour at full strength at its place (its
    glyph, ring, arrow or line); what still holds is faded, so the colour of an actor with
    no event that date shows nowhere at full strength. Greys are left out of that last
    check: the edges of the names' black letters on their white halo are greys too.
    """
    page.evaluate(_PAINTED)
    by_id = {row[0]: row for row in data["f"]}
    marks = []
    for eid, state in expected_drawn(data, i).items():
        if state != "new":
            continue
        row = by_id[eid]
        shape, g = data["shapes"][row[1]], row[8]
        # A mark at each place of an event at several at once, else at its one place or end.
        places = [g[:2]] if shape in ("point", "siege") else g if shape == "points" else [g[1]]
        marks += [[at[0], at[1], data["actors"][row[4]][1]] for at in places]
    assert all(page.evaluate(_STRONG_NEAR, marks)), (data["slices"][i][0], marks)
    own = {m[2] for m in marks}
    chromatic = [c for _n, c in data["actors"] if len({c[1:3], c[3:5], c[5:7]}) > 1]
    assert set(page.evaluate(_STRONG_COLOURS, chromatic)) <= own, data["slices"][i][0]


def _still_point(page: Any, lat: float, lon: float) -> tuple[float, float]:
    """Return where a place is on the screen once the map has stopped moving (at most 5 s)."""
    last = _screen_point(page, lat, lon)
    for _ in range(50):
        page.wait_for_timeout(100)
        now = _screen_point(page, lat, lon)
        if now == last:
            break
        last = now
    return last


def _anchors(data: dict[str, Any]) -> list[list[float]]:
    """Return where every drawn event is anchored: a point, a ring's centre, a line's ends."""
    out = []
    for row in data["f"]:
        shape, g = data["shapes"][row[1]], row[8]
        if shape in ("point", "siege"):
            out.append(g[:2])
        elif shape == "points":
            out += g
        elif shape != "unplaced":
            out += [g[0], g[1], [(g[0][0] + g[1][0]) / 2, (g[0][1] + g[1][1]) / 2]]
    return out


def _screen_point(page: Any, lat: float, lon: float) -> tuple[float, float]:
    """Return where a place is on the screen, in the page's coordinates."""
    x, y = page.evaluate(
        """([lat, lon]) => {
  const map = window.geomap.map, at = map.latLngToContainerPoint([lat, lon]);
  const box = map.getContainer().getBoundingClientRect();
  return [box.left + at.x, box.top + at.y];
}""",
        [lat, lon],
    )
    return x, y


def test_step_through_every_slice_with_the_keyboard(
    sample_maps: Path, open_page: Any, tmp_path: Path
) -> None:
    data = _data(sample_maps)
    page, _watch = open_page((sample_maps / "timeline.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    captions = []
    for i, (key, label, _phase, _caption) in enumerate(data["slices"]):
        if i:
            page.keyboard.press("ArrowRight")
        assert page.evaluate("window.geomap.current()") == i
        assert _drawn(page) == expected_drawn(data, i), key
        # What the map shows: strong marks for this date, in the colour of who acted; what
        # still holds is faded (translucent), so no other actor's colour shows at full strength.
        _check_strong_marks(page, data, i)
        assert page.locator("#gm-caption h2").inner_text() == label
        assert page.get_attribute("#gm-slider", "aria-valuenow") == str(i + 1)
        assert page.get_attribute("#gm-slider", "aria-valuetext") == label
        # The address follows the date once stepping pauses.
        page.wait_for_function(f"location.hash === '#{key}'", timeout=5000)
        page.wait_for_function("l => document.title.endsWith(' · ' + l)", arg=label, timeout=5000)
        assert page.locator(f'.gm-dates a[href="#{key}"]').get_attribute("aria-current") == "step"
        captions.append(page.locator("#gm-caption").inner_text())
        page.screenshot(path=str(tmp_path / f"slice-{i:02d}-{key}.png"))
    assert len(set(captions)) == len(captions), "the caption must change at every step"
    page.keyboard.press("ArrowRight")  # past the end: stays on the last slice
    assert page.evaluate("window.geomap.current()") == len(data["slices"]) - 1
    page.keyboard.press("Home")
    assert page.evaluate("window.geomap.current()") == 0
    page.keyboard.press("End")
    assert page.evaluate("window.geomap.current()") == len(data["slices"]) - 1
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("window.geomap.current()") == len(data["slices"]) - 2
    assert page.evaluate("window.pwned") is None


def test_buttons_links_and_hash(sample_maps: Path, open_page: Any) -> None:
    data = _data(sample_maps)
    keys = [s[0] for s in data["slices"]]
    page, _ = open_page((sample_maps / "timeline.html").as_uri() + "#2016-11-23")
    page.wait_for_function("window.geomap !== undefined")
    assert page.evaluate("window.geomap.current()") == keys.index("2016-11-23")
    page.click("#gm-next")
    assert page.evaluate("window.geomap.current()") == keys.index("2017-01")
    page.click("#gm-prev")
    page.click('.gm-dates a[href="#2017-05-27"]')
    page.wait_for_function(f"window.geomap.current() === {keys.index('2017-05-27')}")
    page.click("#gm-play")
    assert page.get_attribute("#gm-play", "aria-pressed") == "true"
    page.click("#gm-play")
    assert page.get_attribute("#gm-play", "aria-pressed") == "false"


def test_layer_toggles_and_popups(sample_maps: Path, open_page: Any) -> None:
    page, _ = open_page((sample_maps / "timeline.html").as_uri() + "#2017-01")
    page.wait_for_function("window.geomap !== undefined")
    assert page.evaluate("window.geomap.shown('held')")
    page.uncheck('input[data-layer="held"]')
    assert not page.evaluate("window.geomap.shown('held')")
    assert page.evaluate("window.geomap.shown('new')")
    page.check('input[data-layer="held"]')
    assert page.evaluate("window.geomap.shown('held')")
    # The date's own mark at Mosul, on the canvas: clicking it opens its sources.
    page.evaluate(_PAINTED)
    page.mouse.click(*_screen_point(page, 36.34, 43.13))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Tasnim News Agency" in popup.inner_text() or "The Sun" in popup.inner_text()
    assert page.evaluate("window.pwned") is None
    # What still holds, faded, opens its own sources too: at Tal Afar, taken and cut off from
    # Sinjar on 23 Nov 2016.
    data = _data(sample_maps)
    held = expected_drawn(data, [s[0] for s in data["slices"]].index("2017-01"))
    at_tal_afar = [
        "".join(BeautifulSoup(data["texts"][row[9]], "html.parser").get_text().split()).lower()
        for row in data["f"]
        if held.get(row[0]) == "held" and [36.38, 42.45] in (row[8][:2], *row[8][:2])
    ]
    assert at_tal_afar
    # The first popup panned the map to show itself: click once the map is still.
    page.evaluate("window.geomap.map.closePopup()")
    page.mouse.click(*_still_point(page, 36.38, 42.45))
    shown = ""
    for _ in range(50):
        shown = "".join(popup.last.inner_text().split()).lower()
        if shown in at_tal_afar:
            break
        page.wait_for_timeout(100)
    assert shown in at_tal_afar, (shown, at_tal_afar)
    # The street map is asked for after the page has drawn its own; it can be switched off.
    page.wait_for_function("window.geomap.map.hasLayer(window.geomap.street)")
    page.uncheck('input[data-layer="tiles"]')
    assert not page.evaluate("window.geomap.map.hasLayer(window.geomap.street)")
    page.check('input[data-layer="tiles"]')
    assert page.evaluate("window.geomap.map.hasLayer(window.geomap.street)")


def test_reported_marks_are_filled_and_claims_hollow(sample_maps: Path, open_page: Any) -> None:
    """On 2017-01 ISF's capture of Mosul is reported, PMU's of Tall Abtah only claimed."""
    page, _ = open_page((sample_maps / "timeline.html").as_uri() + "#2017-01")
    page.wait_for_function("window.geomap !== undefined")
    page.evaluate(_PAINTED)
    # Inside the ring, beside the glyph: the actor's colour when filled, white when hollow.
    inside = [-10, -6]
    assert page.evaluate(_PIXEL, [36.34, 43.13, *inside]) == [0x00, 0x72, 0xB2, 255]
    assert page.evaluate(_PIXEL, [36.18, 42.56, *inside]) == [255, 255, 255, 255]
    # The ring itself, left of the mark, is drawn in the actor's colour.
    assert page.evaluate(_PIXEL, [36.34, 43.13, -14, 0]) == [0x00, 0x72, 0xB2, 255]
    # The claimed ring is dashed: part of it is not the actor's colour.
    around = ((1, 0), (0, 1), (-1, 0), (0, -1), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7))
    ring = [
        page.evaluate(_PIXEL, [36.18, 42.56, round(14.5 * c), round(14.5 * s)]) for c, s in around
    ]
    assert [0x00, 0x9E, 0x73, 255] in ring and any(p[:3] != [0x00, 0x9E, 0x73] for p in ring)


_CANVAS_PIXELS = f"""() => {{
  // The canvas's RGBA bytes, base64: a few megabytes pass faster as one string.
  const canvas = {_CANVAS}, px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let text = "";
  for (let k = 0; k < px.length; k += 32768) text += String.fromCharCode.apply(null, px.subarray(k, k + 32768));
  return btoa(text);
}}"""


def _unlike(a: str, b: str) -> int:
    """Count the pixels (RGBA, premultiplied) that differ by more than a quarter of full."""
    import base64

    import numpy as np

    x, y = (
        np.frombuffer(base64.b64decode(t), np.uint8).reshape(-1, 4).astype(np.int32)
        for t in (a, b)
    )
    alpha = np.abs(x[:, 3] - y[:, 3]) > 64
    colour = (np.abs(x[:, :3] * x[:, 3:] - y[:, :3] * y[:, 3:]) > 64 * 255).any(axis=1)
    return int((alpha | colour).sum())


def test_a_step_draws_what_a_fresh_page_draws(sample_maps: Path, open_page: Any) -> None:
    """A step redraws only where marks came, went or moved: what it leaves is what a page
    opened at that date draws whole, stepping forward, back and by several dates."""
    data = _data(sample_maps)
    keys = [s[0] for s in data["slices"]]
    url = (sample_maps / "timeline.html").as_uri()
    page, _ = open_page(url)
    page.wait_for_function("window.geomap !== undefined")
    fresh, _ = open_page("about:blank")
    moves = [1] * (len(keys) - 1) + [-1] * 4 + [-3, 5, -6]
    for move in moves:
        i = page.evaluate(f"window.geomap.show(window.geomap.current() + {move})")
        page.evaluate(_PAINTED)
        stepped = page.evaluate(_CANVAS_PIXELS)
        fresh.goto("about:blank")
        fresh.goto(f"{url}#{keys[i]}")
        fresh.wait_for_function("window.geomap !== undefined")
        fresh.evaluate(_PAINTED)
        assert _unlike(stepped, fresh.evaluate(_CANVAS_PIXELS)) == 0, keys[i]


def test_pointer_names_the_places(sample_maps: Path, open_page: Any) -> None:
    """The places are dots on the canvas; the one under the pointer is named in a tooltip."""
    data = _data(sample_maps)
    page, _ = open_page((sample_maps / "timeline.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    page.evaluate(_PAINTED)
    box = page.locator(".folium-map").bounding_box()
    assert box is not None
    marks = [_screen_point(page, *g[:2]) for g in _anchors(data)]
    alone = []
    for lat, lon, name, articles in data["places"]:
        x, y = _screen_point(page, lat, lon)
        inside = (
            box["x"] + 20 < x < box["x"] + box["width"] - 20
            and box["y"] + 20 < y < box["y"] + box["height"] - 20
        )
        if inside and all(abs(x - mx) + abs(y - my) > 30 for mx, my in marks):
            alone.append((x, y, name, articles))
    assert alone
    tooltip = page.locator(".leaflet-tooltip")
    for x, y, name, articles in alone[:2]:
        page.mouse.move(x, y)
        expected = f"{name} · named in {articles} article{'' if articles == 1 else 's'}"
        page.wait_for_function(
            "t => Array.from(document.querySelectorAll('.leaflet-tooltip')).some(e => e.textContent === t)",
            arg=expected,
        )
        assert tooltip.count() == 1
        page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)


def test_basemap_is_drawn_without_network(sample_maps: Path, open_page: Any) -> None:
    page, watch = open_page((sample_maps / "timeline.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    assert page.locator(".gm-country").count() >= 5
    assert page.locator(".gm-c-IRQ").count() == 1
    # The tiles are asked for once the page has drawn its own map, and blocked: the basemap
    # shows instead.
    for _ in range(50):
        if watch.blocked:
            break
        page.wait_for_timeout(100)
    assert watch.blocked, "the tiles are asked for"


def test_phone_width(sample_maps: Path, open_page: Any, tmp_path: Path) -> None:
    page, _ = open_page((sample_maps / "timeline.html").as_uri(), 375, 740)
    page.wait_for_function("window.geomap !== undefined")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = page.locator(".folium-map").bounding_box()
    assert box is not None and box["width"] <= 375 and box["height"] >= 250
    for button in ("#gm-prev", "#gm-play", "#gm-next"):
        b = page.locator(button).bounding_box()
        assert b is not None and b["height"] >= 44 and b["x"] + b["width"] <= 375
    page.click("#gm-next")
    assert page.evaluate("window.geomap.current()") == 1
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)


def test_names_on_the_map_are_never_written_over_one_another(
    sample_maps: Path, open_page: Any
) -> None:
    # Several events at Mosul on one date, and what still holds around it, all have names:
    # each is written once where it fits, never on top of another, on a phone too.
    data = _data(sample_maps)
    for width in (1280, 375):
        page, _ = open_page((sample_maps / "timeline.html").as_uri(), width, 740)
        page.wait_for_function("window.geomap !== undefined")
        for i in range(len(data["slices"])):
            page.evaluate(f"window.geomap.show({i})")
            page.evaluate(_PAINTED)
            written = page.evaluate("window.geomap.written()")
            key = (width, data["slices"][i][0])
            assert written, key
            for k, (name, x0, y0, x1, y1) in enumerate(written):
                for other, a0, b0, a1, b1 in written[k + 1 :]:
                    assert not (x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1), (key, name, other)


def test_slice_pages_are_frozen(sample_maps: Path, open_page: Any) -> None:
    pages = sorted(sample_maps.glob("[0-9]*.html"))
    page, _ = open_page(pages[0].as_uri())
    for path in pages:
        data = _data(sample_maps, path.name)
        if path != pages[0]:
            page.goto(path.as_uri())
        page.wait_for_function("window.geomap !== undefined")
        assert _drawn(page) == expected_drawn(data, 0), path.name
        assert page.locator("#gm-caption h2").inner_text() == data["slices"][0][1]
        assert page.locator("#gm-slider").count() == 0


def test_embed_snippet_works_in_an_iframe(
    sample_maps: Path, open_page: Any, tmp_path: Path
) -> None:
    index = BeautifulSoup((sample_maps / "index.html").read_text(), "html.parser")
    block = index.find(id="s-2016-11-23")
    snippet = block.find("code").get_text()  # type: ignore[union-attr]
    host = sample_maps / "embed-test.html"
    filler = "<p>" + "Article text. " * 400 + "</p>"
    host.write_text(
        f"<!DOCTYPE html><title>Story</title>{filler}{snippet}{filler}", encoding="utf-8"
    )
    page, _ = open_page(host.as_uri(), 800, 700)
    frame = page.frame_locator("iframe")
    frame.locator("#gm-caption h2").wait_for()
    assert frame.locator("#gm-caption h2").inner_text() == "23 Nov 2016"
    iframe = page.locator("iframe")
    iframe.scroll_into_view_if_needed()
    assert iframe.get_attribute("title") and iframe.get_attribute("width")
    # No scroll trap: the wheel over the map scrolls the story, it does not zoom the map.
    child = page.frames[1]
    child.wait_for_function("window.geomap !== undefined")  # the map is framed by then
    data = _data(sample_maps, "2016-11-23.html")
    assert any(state == "new" for state in expected_drawn(data, 0).values())
    _check_strong_marks(child, data, 0)
    zoom = child.evaluate("window.geomap.map.getZoom()")
    box = iframe.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 4, box["y"] + 60)
    scrolled = "window.scrollY"
    before = page.evaluate(scrolled) + child.evaluate(scrolled)
    page.mouse.wheel(0, 400)
    # Smooth scrolling takes a few frames, more on a busy machine: wait up to 5 s for it.
    for _ in range(50):
        if page.evaluate(scrolled) + child.evaluate(scrolled) > before:
            break
        page.wait_for_timeout(100)
    assert child.evaluate("window.geomap.map.getZoom()") == zoom
    assert page.evaluate(scrolled) + child.evaluate(scrolled) > before  # the story or the map page
    page.screenshot(path=str(tmp_path / "embedded.png"))
    host.unlink()


def test_a_big_campaign_steps_with_deflated_texts(
    tmp_path: Path, open_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap.io import write_maps
    from geomap.pages import timeline as timeline_module
    from geomap.render import render_maps

    from .conftest import _load_sample_events

    monkeypatch.setattr(timeline_module, "PACK_OVER", 100)
    monkeypatch.setattr(timeline_module, "TEXT_PART", 300)  # several parts, inflated apart
    write_maps(tmp_path / "maps", render_maps(_load_sample_events().sample_inputs()))
    data = _data(tmp_path / "maps")
    assert data["packed"] and not data["texts"] and not data["f"] and len(data["parts"]) > 3
    page, _ = open_page((tmp_path / "maps" / "timeline.html").as_uri() + "#2016-11-23")
    page.wait_for_function("window.geomap !== undefined")
    assert "Hashd forces have cut off" in page.locator("#gm-caption").inner_text()
    full = timeline_module.unpack_texts(data)
    keys = [s[0] for s in full["slices"]]
    assert _drawn(page) == expected_drawn(full, keys.index("2016-11-23"))
    page.keyboard.press("End")
    assert "Hawijah" in page.locator("#gm-caption").inner_text()
    assert page.evaluate("window.pwned") is None


def test_a_big_campaign_opens_before_all_its_texts_are_inflated(
    tmp_path: Path, open_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over 300 events, a page inflates the texts of its first date, draws, then the rest.

    A step asked for before the rest is in shows its date once that date's texts are.
    """
    from dataclasses import replace

    from geomap.io import write_maps
    from geomap.pages import timeline as timeline_module
    from geomap.render import render_maps

    from .conftest import _load_sample_events

    inputs = _load_sample_events().sample_inputs()
    many = tuple(replace(e, id=f"{e.id}-{k:02d}") for k in range(25) for e in inputs.events)
    monkeypatch.setattr(timeline_module, "PACK_OVER", 100)
    monkeypatch.setattr(timeline_module, "TEXT_PART", 300)
    write_maps(tmp_path / "maps", render_maps(replace(inputs, events=many)))
    data = _data(tmp_path / "maps")
    full = timeline_module.unpack_texts(data)
    assert len(full["f"]) > 300 and len(data["parts"]) > 3
    keys = [s[0] for s in full["slices"]]
    page, _ = open_page((tmp_path / "maps" / "timeline.html").as_uri() + "#2016-11-23")
    page.wait_for_function("window.geomap !== undefined")
    assert "Hashd forces have cut off" in page.locator("#gm-caption").inner_text()
    assert _drawn(page) == expected_drawn(full, keys.index("2016-11-23"))
    page.keyboard.press("End")  # perhaps before the other texts are in
    page.wait_for_function(f"window.geomap.current() === {len(keys) - 1}")
    assert "Hawijah" in page.locator("#gm-caption").inner_text()
    page.evaluate("window.geomap.loaded")
    assert page.evaluate("window.geomap.data.texts.length") == len(full["texts"])
    assert page.evaluate("window.geomap.data.texts") == full["texts"]
    assert _drawn(page) == expected_drawn(full, len(keys) - 1)
    page.keyboard.press("Home")
    assert page.evaluate("window.geomap.current()") == 0
    _check_strong_marks(page, full, 0)
    assert page.evaluate("window.pwned") is None


def test_no_events_yet_shows_the_places(tmp_path: Path, open_page: Any) -> None:
    from dataclasses import replace

    from geomap.io import write_maps
    from geomap.render import render_maps

    from .conftest import _load_sample_events

    inputs = replace(_load_sample_events().sample_inputs(), events=())
    write_maps(tmp_path / "maps", render_maps(inputs))
    page, _ = open_page((tmp_path / "maps" / "timeline.html").as_uri())
    page.wait_for_function("window.geomap !== undefined")
    assert "No events yet" in page.locator("#gm-caption").inner_text()
    assert page.locator(".gm-place-label").first.inner_text().startswith("Mosul")
    assert page.evaluate("window.geomap.drawn()") == []
    page.keyboard.press("ArrowRight")  # nothing to step: no error
    assert page.locator(".gm-place-label").nth(1).inner_text().startswith("Tall Abtah <img")
    assert page.evaluate("window.pwned") is None
