"""The review page, parsed: every article marked, unresolved names with their sentences,
events least confident first, fixes that can be pasted into ``overrides.yaml`` as they are."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from review_data import BODY, small_gazetteer

from geomap.articles import parse_article
from geomap.extract import Extraction
from geomap.overrides import apply_overrides, parse_overrides
from geomap.report import build_report
from geomap.review import event_address, render_review
from geomap.schema import Mention

ROOT = Path(__file__).resolve().parents[2]


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_page_is_self_contained_and_deterministic(extraction, article) -> None:
    html = render_review([article], extraction)
    assert html == render_review([article], extraction)
    soup = soup_of(html)
    assert soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})[
        "content"
    ].startswith("default-src 'none'")
    assert not soup.select("script[src], link[rel=stylesheet], img, iframe")
    assert len(soup.find_all("script")) == 1
    assert [s["id"] for s in soup.select("main > section")] == [
        "unresolved",
        "events",
        "overrides",
        "articles",
    ]


def test_unresolved_names_are_grouped_with_their_sentences(extraction, article) -> None:
    soup = soup_of(render_review([article], extraction))
    (item,) = soup.select("#unresolved article.item")
    assert item.h3.get_text(" ", strip=True).startswith("Umm Sijan")
    (sentence,) = item.select("li")
    assert "The militants still hold Umm Sijan, a village west of Mosul." in sentence.get_text()
    assert sentence.mark.get_text() == "Umm Sijan" and "m-unresolved" in sentence.mark["class"]
    assert '- pin: "Umm Sijan"' in item.pre.get_text()


def test_every_mention_is_marked_in_its_article_with_why(extraction, article) -> None:
    extra = (
        Mention("a1", 0, 5, "Hashd", "actor", name="PMU", note="alias of PMU"),
        Mention(
            "a1",
            BODY.index("on Wednesday"),
            BODY.index("on Wednesday") + 12,
            "on Wednesday",
            "date",
            note="2016-11-23",
        ),
    )
    ex = Extraction((*extraction.mentions, *extra), extraction.events)
    soup = soup_of(render_review([article], ex))
    body = soup.select_one("#article-a1 .body")
    assert body.get_text() == BODY
    marks = {(m.get_text(), m["class"][0]) for m in body.find_all("mark")}
    assert {
        ("Tal Afar", "m-place"),
        ("Umm Sijan", "m-unresolved"),
        ("Baghdad", "m-notplace"),
        ("Hashd", "m-actor"),
        ("on Wednesday", "m-date"),
    } <= marks
    baghdad = body.find("mark", class_="m-notplace")
    assert "names a disease" in baghdad["title"]
    rows = soup.select("#article-a1 table tr.item")
    assert rows[0]["data-mark"] == "m-unresolved"
    assert rows[0].mark.get_text() == "Umm Sijan"  # unresolved first


def test_events_least_confident_first_with_everything_an_editor_checks(
    extraction, article
) -> None:
    soup = soup_of(render_review([article], extraction))
    items = soup.select("#events article.item")
    confidences = [e.confidence for e in sorted(extraction.events, key=lambda e: e.confidence)]
    assert [i["id"] for i in items] == [
        e.id for e in sorted(extraction.events, key=lambda e: e.confidence)
    ]
    assert confidences == sorted(confidences)
    first = items[0].get_text(" ", strip=True)
    for shown in (
        "attack",
        "2016-11-23",
        "(day) from “on Wednesday”",
        "Umm Sijan",
        "not located",
        "ISIS",
        "reported",
        "confidence 0.30",
        "Test Wire",
    ):
        assert shown in first, shown
    assert items[0].select_one(".low")
    cut = items[1].get_text(" ", strip=True)
    assert "claimed" in cut and "t:tal-afar" in cut


def test_the_fixes_shown_paste_into_overrides_as_they_are(extraction, article, gazetteer) -> None:
    soup = soup_of(render_review([article], extraction))
    for item in soup.select("#events article.item"):
        text = item.pre.get_text()
        change = text.split("- drop:")[0]
        overrides = parse_overrides(change)
        _, report = apply_overrides(extraction, overrides, [article], gazetteer)
        assert [o.status for o in report.outcomes] == ["applied"], text
        drop = "- drop:" + text.split("- drop:")[1].replace("why: ...", "why: test")
        kept, report = apply_overrides(extraction, parse_overrides(drop), [article], gazetteer)
        assert item["id"] not in {e.id for e in kept.events}


def test_overrides_outcomes_are_listed(extraction, article, gazetteer) -> None:
    overrides = parse_overrides(
        "- drop: ev-gone\n- pin: Rabia\n  place_id: t:rabia-iq\n", "overrides.yaml"
    )
    kept, outcome = apply_overrides(extraction, overrides, [article], gazetteer)
    soup = soup_of(render_review([article], kept, build_report([article], kept, outcome)))
    rows = [r.get_text(" ", strip=True) for r in soup.select("#overrides tr")[1:]]
    assert rows[0].startswith("1 drop ev-gone stale") and rows[1].startswith(
        "2 pin 'Rabia' applied"
    )


def test_article_text_is_escaped() -> None:
    text = (
        "---\ntitle: <script>alert(1)</script>\noutlet: <b>X</b>\npublished: 2016-11-24\n"
        "url: javascript:alert(1)\n---\n<img src=x onerror=alert(1)> Mosul & <i>Sinjar</i>\n"
    )
    hostile = parse_article(text, "evil.md")
    start = hostile.body.index("Mosul")
    mention = Mention("evil", start, start + 5, "Mosul", "place", note='"><script>x</script>')
    html = render_review([hostile], Extraction((mention,)))
    soup = soup_of(html)
    assert len(soup.find_all("script")) == 1 and not soup.find_all(["img", "b", "i"])
    assert "<script>alert(1)</script>" in soup.select_one("#article-evil h3").get_text()
    assert soup.select_one("#article-evil .body").get_text() == hostile.body
    assert not soup.select('a[href^="javascript"]')


def test_seed_review_shows_unresolved_names_with_their_sentences(seeds) -> None:
    articles, extraction = seeds
    report = build_report(articles, extraction)
    soup = soup_of(render_review(articles, extraction, report))
    assert [a.h3.get_text() for a in soup.select("#articles > article")] == [
        a.title for a in articles
    ]
    items = soup.select("#unresolved article.item")
    assert len(items) == len(report.unresolved)
    for item, name in zip(items, report.unresolved, strict=True):
        assert item.h3.get_text(" ", strip=True).startswith(name.name)
        sentences = item.select("li")
        assert len(sentences) == len(name.mentions)
        for li, m in zip(sentences, name.mentions, strict=True):
            assert li.mark.get_text() == m.text
            assert len(li.get_text()) > len(m.text) + len(m.article) + 2  # a sentence around it


def test_seed_fixes_each_address_exactly_their_event(seeds) -> None:
    articles, extraction = seeds
    for event in extraction.events:
        overrides = parse_overrides(f"- drop: {event_address(event, extraction.events)}\n")
        kept, report = apply_overrides(extraction, overrides, articles, small_gazetteer())
        assert report.stale == (), report.messages()
        assert [e.id for e in kept.events] == [e.id for e in extraction.events if e != event]
