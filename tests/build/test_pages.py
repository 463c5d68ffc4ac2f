"""Pages: the timeline data model first, then the parsed HTML of every page."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from geomap._assets import script_json
from geomap.layers import events_to_layers
from geomap.pages import frozen_data, timeline_data
from geomap.pages.timeline import (
    ACTOR_COLOURS,
    FLAG_BACKGROUND,
    FLAG_PLAN,
    SHAPES,
    actor_colours,
)
from geomap.render import render_maps
from geomap.slices import events_to_timeline

from .sample_events import HOSTILE, event, place, sample_inputs


@pytest.fixture(scope="module")
def data() -> dict:  # type: ignore[type-arg]
    inputs = sample_inputs()
    events = list(inputs.events)
    timeline = events_to_timeline(events, inputs.campaign)
    return timeline_data(events, events_to_layers(events), timeline, inputs.campaign, [])


def _page_data(page: str) -> dict:  # type: ignore[type-arg]
    soup = BeautifulSoup(page, "html.parser")
    return json.loads(soup.find("script", id="gm-data").string)  # type: ignore[union-attr, arg-type]


def _rows(data: dict) -> dict:  # type: ignore[type-arg]
    return {row[0]: row for row in data["f"]}


def test_one_row_per_dated_or_background_event(data: dict) -> None:  # type: ignore[type-arg]
    rows = _rows(data)
    assert "ev-undated" not in rows
    assert rows["ev-bg-2014"][7] & FLAG_BACKGROUND
    assert rows["ev-plan-hawijah"][7] & FLAG_PLAN
    assert data["shapes"][rows["ev-nowhere"][1]] == "unplaced" and rows["ev-nowhere"][8] is None
    assert data["shapes"][rows["ev-siege-mosul"][1]] == "siege"
    assert rows["ev-siege-mosul"][8] == [36.34, 43.13, 9000]  # [lat, lon, radius_m]
    assert rows["ev-cut"][8] == [[36.38, 42.45], [36.32, 41.88]]  # [[lat, lon], ...]
    assert data["texts"][rows["ev-cut"][10]] == "Tal Afar–Sinjar"
    assert [s[0] for s in data["slices"]][-1] == "2017-05-31"


def test_text_is_stored_once_and_escaped(data: dict) -> None:  # type: ignore[type-arg]
    assert len(data["texts"]) == len(set(data["texts"]))
    cut = data["texts"][_rows(data)["ev-cut"][9]]
    assert HOSTILE not in cut and "&lt;/script&gt;" in cut
    convoy = data["texts"][_rows(data)["ev-convoy"][9]]
    assert "javascript:" not in convoy and "<a " not in convoy  # not an http(s) URL: no link


def test_rows_stay_small(data: dict) -> None:  # type: ignore[type-arg]
    rows = [json.dumps(r, separators=(",", ":")) for r in data["f"]]
    assert max(len(r) for r in rows) < 110


def test_frozen_data_keeps_what_shows_on_that_date(data: dict) -> None:  # type: ignore[type-arg]
    keys = [s[0] for s in data["slices"]]
    frozen = frozen_data(data, keys.index("2016-11-23"))
    rows = _rows(frozen)
    assert frozen["frozen"] and len(frozen["slices"]) == 1
    assert set(rows) == {
        "ev-bg-2014",
        "ev-bg-nowhere",
        "ev-siege-mosul",
        "ev-cut",
        "ev-linkup",
        "ev-nowhere",
    }
    assert rows["ev-cut"][5] == 0 and rows["ev-siege-mosul"][5] == -1  # new, held


def test_script_json_cannot_close_the_script() -> None:
    text = script_json({"q": HOSTILE})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == {"q": HOSTILE}


def test_pages_are_lean_and_offline(files: dict[str, str]) -> None:
    for name, page in files.items():
        if not name.endswith(".html"):
            continue
        soup = BeautifulSoup(page, "html.parser")
        assert not soup.find_all("script", src=True), name
        assert not soup.find_all("link", rel="stylesheet"), name
        for banned in ("jquery", "bootstrap", "font-awesome", "awesome-markers", "cdn.jsdelivr"):
            assert banned not in page.lower(), (name, banned)
        assert soup.html["lang"] == "en"  # type: ignore[index]
        assert not re.search(r"_[0-9a-f]{32}\b", page), "random branca ids left"


def test_timeline_page_structure(files: dict[str, str]) -> None:
    soup = BeautifulSoup(files["timeline.html"], "html.parser")
    slider = soup.find(id="gm-slider")
    assert slider["role"] == "slider" and slider["aria-valuemax"] == "7"  # type: ignore[index]
    assert soup.find(id="gm-caption")["aria-live"] == "polite"  # type: ignore[index]
    links = [a["href"] for a in soup.select(".gm-dates a")]
    assert links == [
        "#2016-10-10",
        "#2016-10-17",
        "#2016-10-29",
        "#2016-11-23",
        "#2017-01",
        "#2017-05-27",
        "#2017-05-31",
    ]
    for button in ("gm-prev", "gm-play", "gm-next"):
        assert soup.find(id=button).name == "button"  # type: ignore[union-attr]
    legend = soup.find(class_="gm-legend").get_text(" ")  # type: ignore[union-attr]
    for word in ("PMU", "ISIS", "claimed", "reported", "planned", "denied", "route cut", "siege"):
        assert word in legend
    # Readers get the actors' names, not only the ids of the alias table.
    for words in (
        "Popular Mobilization Units (PMU)",
        "Islamic State (ISIS)",
    ):
        assert words in legend
    assert {i["data-layer"] for i in soup.select(".gm-toggles input")} == {
        "new",
        "held",
        "ctx",
        "places",
        "tiles",
    }
    assert "openstreetmap" in files["timeline.html"] and "Natural Earth" in files["timeline.html"]
    assert "gestureHandling" in files["timeline.html"]


def test_hostile_text_never_reaches_the_page_raw(files: dict[str, str]) -> None:
    for name, page in files.items():
        if not name.endswith(".html"):
            continue
        soup = BeautifulSoup(page, "html.parser")
        for script in soup.find_all("script"):
            if script.get("id") != "gm-data":
                assert "pwned" not in (script.string or ""), name
        assert not soup.find_all("img"), name
        assert not soup.select('a[href^="javascript"]'), name
        assert "<test>" not in page, name  # the campaign title is escaped too


def test_one_page_per_slice_frozen(files: dict[str, str]) -> None:
    page = files["2016-11-23.html"]
    data = _page_data(page)
    assert data["frozen"] and [s[0] for s in data["slices"]] == ["2016-11-23"]
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find(id="gm-slider") is None
    assert soup.find("a", href="timeline.html#2016-11-23") is not None
    assert "2017-01.html" in files


def test_index_lists_slices_embeds_and_sources(files: dict[str, str]) -> None:
    soup = BeautifulSoup(files["index.html"], "html.parser")
    assert soup.h1.get_text() == "The battle for Mosul <test>"  # type: ignore[union-attr]
    snippets = [BeautifulSoup(c.get_text(), "html.parser").iframe for c in soup.select("pre code")]
    assert len(snippets) == 1 + 7  # the timeline and each slice
    for iframe in snippets:
        assert iframe["title"] and iframe["width"] and iframe["height"]  # type: ignore[index]
    assert {i["src"] for i in snippets} >= {"timeline.html", "2016-11-23.html"}  # type: ignore[index]
    sources = soup.find("h2", string="Sources").find_next("ul")  # type: ignore[union-attr]
    hrefs = [a["href"] for a in sources.find_all("a")]  # type: ignore[union-attr]
    assert hrefs == ["https://www.presstv.ir/Detail/2016/11/23/494848/Iraq-Mosul-Ta-Afar-PMU"]
    assert "Daesh terrorists flee <b>Mosul</b>" in sources.get_text()  # type: ignore[union-attr]
    assert "Background" in soup.get_text() and "1 event has no date" in soup.get_text()
    assert "Reading the maps" in soup.get_text()


def test_rendering_is_byte_identical(files: dict[str, str]) -> None:
    assert render_maps(sample_inputs()) == files


def test_no_events_pages_are_still_valid() -> None:
    inputs = sample_inputs()
    files = render_maps(
        type(inputs)(inputs.campaign, inputs.articles, inputs.mentions, (), inputs.sha256)
    )
    assert sorted(n for n in files if n.endswith(".html")) == ["index.html", "timeline.html"]
    soup = BeautifulSoup(files["timeline.html"], "html.parser")
    assert "No events yet" in soup.get_text()
    assert soup.find(id="gm-slider") is None
    assert _page_data(files["timeline.html"])["places"][0] == [36.34, 43.13, "Mosul", 1]
    assert "No events yet" in files["index.html"]


def test_every_shape_is_known(data: dict) -> None:  # type: ignore[type-arg]
    assert {data["shapes"][r[1]] for r in data["f"]} <= set(SHAPES)


def test_big_campaigns_carry_their_texts_deflated(data: dict) -> None:  # type: ignore[type-arg]
    from geomap.pages.timeline import pack_texts, unpack_texts

    assert pack_texts(data) == data  # small: plain JSON
    packed = pack_texts(data, over=10)
    assert packed["texts"] == [] and packed["f"] == [] and packed["packed"]
    assert unpack_texts(packed) == data
    assert "</" not in script_json(packed)


def test_each_known_actor_is_drawn_in_its_own_colour() -> None:
    events = [
        event(f"e{i}", "capture", "2016-11-23", place("Mosul"), actors=(actor,))
        for i, actor in enumerate(("TFSA", "SAA", "PMU", "Hezbollah"))
    ]
    colours = dict(actor_colours(events))
    assert colours["TFSA"] == ACTOR_COLOURS["TFSA"] and colours["SAA"] == ACTOR_COLOURS["SAA"]
    assert len(set(colours.values())) == 4  # one left over for an actor the table lacks
