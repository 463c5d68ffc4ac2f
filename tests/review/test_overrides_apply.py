"""Applying overrides: each kind changes mentions and events as intended; stale ones are reported."""

from __future__ import annotations

import pytest
from review_data import BODY, RABIA_IQ, SINJAR, TAL_AFAR

from gazetteer import Gazetteer
from geomap._errors import OverridesError
from geomap.articles import Article
from geomap.extract import Extraction
from geomap.overrides import OverrideReport, apply_overrides, is_not_place, parse_overrides
from geomap.schema import Event, Mention, event_to_feature

CUT = "Hashd forces have cut off the Tal Afar-Sinjar road, a spokesman said on Wednesday."
HOLD = "The militants still hold Umm Sijan, a village west of Mosul."


def run(
    text: str, extraction: Extraction, article: Article, gazetteer: Gazetteer
) -> tuple[Extraction, OverrideReport]:
    return apply_overrides(
        extraction, parse_overrides(text, "seeds/overrides.yaml"), [article], gazetteer
    )


def by_text(ex: Extraction, text: str) -> list[Mention]:
    return [m for m in ex.mentions if m.text == text]


def by_quote(ex: Extraction, quote: str) -> Event:
    return next(e for e in ex.events if e.quote == quote)


def test_no_overrides_change_nothing(extraction, article, gazetteer) -> None:
    out, report = run("", extraction, article, gazetteer)
    assert out == extraction
    assert report.outcomes == ()


def test_pin_everywhere_to_a_place_id(extraction, article, gazetteer) -> None:
    out, report = run("- pin: Rabia\n  place_id: t:rabia-iq\n", extraction, article, gazetteer)
    (rabia,) = by_text(out, "Rabia")
    assert (rabia.place_id, rabia.lat, rabia.lon) == (
        RABIA_IQ.place_id,
        RABIA_IQ.lat,
        RABIA_IQ.lon,
    )
    assert rabia.resolved and rabia.note == "pinned (overrides.yaml:1)"
    assert [o.status for o in report.outcomes] == ["applied"]


def test_pin_to_coordinates_in_one_article_reaches_mentions_and_event_places(
    extraction, article, gazetteer
) -> None:
    text = "- pin: Umm Sijan\n  article: a1\n  lat: 36.30\n  lon: 42.90\n"
    out, report = run(text, extraction, article, gazetteer)
    (umm,) = by_text(out, "Umm Sijan")
    assert umm.resolved and (umm.lat, umm.lon) == (36.30, 42.90)
    hold = by_quote(out, HOLD)
    place = next(p for p in hold.places if p.name == "Umm Sijan")
    assert (place.lat, place.lon, place.place_id) == (36.30, 42.90, "pin:umsijan")
    assert hold.extra["overrides"] == ["overrides.yaml:1"]
    assert event_to_feature(hold)["geometry"] == {"type": "Point", "coordinates": [42.90, 36.30]}
    assert report.applied[0].matched == 2  # the mention and the event


def test_pin_in_another_article_matches_nothing(extraction, article, gazetteer) -> None:
    text = "- pin: Umm Sijan\n  article: a2\n  lat: 36.3\n  lon: 42.9\n"
    out, report = run(text, extraction, article, gazetteer)
    assert out == extraction
    assert report.stale[0].detail.startswith("no article 'a2' was read; articles are: a1")


def test_pin_leaves_names_judged_not_places_alone_unless_pointed_at(
    extraction, article, gazetteer
) -> None:
    out, _ = run("- pin: Baghdad\n  place_id: t:baghdad\n", extraction, article, gazetteer)
    assert is_not_place(by_text(out, "Baghdad")[0])
    text = "- pin: Baghdad\n  quote: treat Baghdad boils\n  place_id: t:baghdad\n"
    out, _ = run(text, extraction, article, gazetteer)
    assert by_text(out, "Baghdad")[0].place_id == "t:baghdad"


def test_pin_to_an_unknown_place_id_is_an_error_naming_the_line(
    extraction, article, gazetteer
) -> None:
    text = "- drop: ev-x\n- pin: Rabia\n  place_id: t:nowhere\n"
    with pytest.raises(OverridesError, match=r"^seeds/overrides\.yaml:2: place 't:nowhere'"):
        run(text, extraction, article, gazetteer)


def test_not_place_unresolves_the_mention_and_leaves_the_events(
    extraction, article, gazetteer
) -> None:
    text = "- not_place: Mosul\n  quote: Doctors in Mosul\n  why: where doctors work\n"
    out, report = run(text, extraction, article, gazetteer)
    first, second = by_text(out, "Mosul")
    assert first.resolved
    assert (
        is_not_place(second)
        and second.note == "not a place: where doctors work (overrides.yaml:1)"
    )
    assert by_quote(out, HOLD).places == by_quote(extraction, HOLD).places  # other sentence
    assert report.applied[0].matched == 1


def test_not_place_everywhere_removes_the_name_from_event_places(
    extraction, article, gazetteer
) -> None:
    out, _ = run("- not_place: Mosul\n  why: test\n", extraction, article, gazetteer)
    assert all(is_not_place(m) for m in by_text(out, "Mosul"))
    assert [p.name for p in by_quote(out, HOLD).places] == ["Umm Sijan"]


def test_change_by_id(extraction, article, gazetteer) -> None:
    target = by_quote(extraction, HOLD)
    text = (
        f"- change: {target.id}\n  type: capture\n  date: 2016-11-20\n  date_precision: week\n"
        "  status: claimed\n  claimant: a spokesman\n  actors: [ISIS, Tribal fighters]\n"
    )
    out, report = run(text, extraction, article, gazetteer)
    hold = by_quote(out, HOLD)
    assert hold.id == target.id
    assert (hold.type, hold.date, hold.date_precision) == ("capture", "2016-11-20", "week")
    assert (hold.status, hold.claimant, hold.actors) == (
        "claimed",
        "a spokesman",
        ("ISIS", "Tribal fighters"),
    )
    assert hold.places == target.places
    assert event_to_feature(hold)["properties"]["overrides"] == ["overrides.yaml:1"]
    assert report.applied[0].detail.startswith(target.id)


def test_change_places_by_quote_fragment_locates_them(extraction, article, gazetteer) -> None:
    text = (
        '- change: {article: a1, quote: "CUT OFF the  Tal Afar-Sinjar road"}\n'
        "  places:\n"
        "    - {name: Tal Afar, role: from}\n"
        "    - {name: Shingal, role: to}\n"
        "    - {name: Umm Sijan, role: near, lat: 36.3, lon: 42.9}\n"
    )
    out, _ = run(text, extraction, article, gazetteer)
    cut = by_quote(out, CUT)
    assert [(p.name, p.role, p.place_id) for p in cut.places] == [
        ("Tal Afar", "from", TAL_AFAR.place_id),  # as the article's mention resolved it
        ("Shingal", "to", SINJAR.place_id),  # through the gazetteer
        ("Umm Sijan", "near", None),
    ]
    assert event_to_feature(cut)["geometry"]["type"] == "LineString"


def test_drop_by_id_and_by_quote(extraction, article, gazetteer) -> None:
    hold = by_quote(extraction, HOLD)
    text = f"- drop: {hold.id}\n- drop: {{article: a1, quote: spokesman said}}\n  why: test\n"
    out, report = run(text, extraction, article, gazetteer)
    assert out.events == ()
    assert [o.status for o in report.outcomes] == ["applied", "applied"]


def test_add_an_event_the_extractor_missed(extraction, article, gazetteer) -> None:
    text = (
        "- add: link_up\n  article: a1\n  quote: Hashd forces have cut off the Tal Afar-Sinjar road\n"
        "  date: 2016-11-23\n  status: claimed\n  actors: [PMU, Peshmerga]\n"
        "  places: [{name: Tal-Afar, role: at}]\n"
    )
    out, report = run(text, extraction, article, gazetteer)
    added = out.events[-1]
    assert len(out.events) == len(extraction.events) + 1
    assert (added.type, added.date, added.status) == ("link_up", "2016-11-23", "claimed")
    assert (added.article, added.outlet, added.url, added.published) == (
        "a1",
        "Test Wire",
        "https://example.org/a",
        "2016-11-24",
    )
    assert added.places[0].place_id == TAL_AFAR.place_id
    assert added.quote in BODY and added.confidence == 1.0
    again, _ = run(text, extraction, article, gazetteer)
    assert again.events[-1].id == added.id  # stable
    assert report.applied[0].detail == f"{added.id} added"


def test_add_refuses_a_quote_not_in_the_article(extraction, article, gazetteer) -> None:
    text = "- add: capture\n  article: a1\n  quote: Hashd forces took Sinjar\n  date: 2016-11-23\n"
    with pytest.raises(
        OverridesError,
        match=r"^seeds/overrides\.yaml:1: add entry: quote 'Hashd forces took Sinjar' is not in article 'a1' \(exact match",
    ):
        run(text, extraction, article, gazetteer)
    near = "- add: capture\n  article: a1\n  quote: hashd forces have  cut\n  date: 2016-11-23\n"
    with pytest.raises(OverridesError, match="only when case, spacing or quote marks are ignored"):
        run(near, extraction, article, gazetteer)


def test_add_citing_an_unknown_article_is_an_error(extraction, article, gazetteer) -> None:
    text = "- add: capture\n  article: a9\n  quote: Rabia\n  date: 2016-11-23\n"
    with pytest.raises(
        OverridesError, match=r":1: add entry cites article 'a9'.*articles are: a1"
    ):
        run(text, extraction, article, gazetteer)


def test_add_that_the_extractor_now_finds_is_stale(extraction, article, gazetteer) -> None:
    text = "- add: cut_route\n  article: a1\n  quote: cut off the Tal Afar-Sinjar road\n  date: 2016-11-23\n"
    out, report = run(text, extraction, article, gazetteer)
    assert out.events == extraction.events
    assert "the extractor now finds this event" in report.stale[0].detail


def test_stale_overrides_are_reported_with_their_line(extraction, article, gazetteer) -> None:
    text = (
        "# old corrections\n"
        "- pin: Qayyarah\n  lat: 35.8\n  lon: 43.3\n"
        "- drop: ev-000000000000\n"
        "- change: {article: a1, quote: Mosul fell}\n  type: capture\n"
        "- not_place: Kirkuk\n"
    )
    out, report = run(text, extraction, article, gazetteer)
    assert out == extraction
    assert [(o.line, o.status) for o in report.outcomes] == [
        (2, "stale"),
        (5, "stale"),
        (6, "stale"),
        (8, "stale"),
    ]
    assert report.messages() == [
        "seeds/overrides.yaml:2: pin 'Qayyarah': matches no place mention and no event place",
        "seeds/overrides.yaml:5: drop ev-000000000000: matches no event; its sentence or id may have changed",
        "seeds/overrides.yaml:6: change a1 'Mosul fell': matches no event; its sentence or id may have changed",
        "seeds/overrides.yaml:8: not_place 'Kirkuk': matches no place mention and no event place",
    ]


def test_a_fragment_matching_two_events_is_ambiguous_until_narrowed(
    extraction, article, gazetteer
) -> None:
    twin = by_quote(extraction, CUT).with_changes(id="ev-twin", type="link_up")
    both = Extraction(extraction.mentions, (*extraction.events, twin))
    out, report = run("- drop: {article: a1, quote: spokesman}\n", both, article, gazetteer)
    assert out == both
    assert report.stale[0].status == "ambiguous" and "add 'type:'" in report.stale[0].detail
    out, report = run(
        "- drop: {article: a1, quote: spokesman, type: link_up}\n", both, article, gazetteer
    )
    assert [e.id for e in out.events if e.quote == CUT] == [by_quote(extraction, CUT).id]
    assert report.stale == ()
