"""The done-when list on the seed articles: the events an editor expects, with type, places,
date and status, and nothing from the page furniture or from names that are not places."""

from __future__ import annotations

from extract.extract_support import names, only
from geomap.extract import Extraction
from geomap.schema import Event

MOSUL, TAL_AFAR, SINJAR, RAQQA = (
    "geonames:99072",
    "geonames:90393",
    "geonames:448149",
    "geonames:172955",
)
DABIQ, AL_BAB, AL_QAIM, RAMADI, KIRKUK = (
    "regional:dabiq",
    "geonames:174018",
    "geonames:92138",
    "geonames:98717",
    "geonames:94787",
)


def find(extraction: Extraction, kind: str, *place_ids: str) -> list[Event]:
    return [e for e in only(extraction.events, kind) if set(place_ids) <= names(e)]


def test_pmu_cut_the_tal_afar_sinjar_road_and_linked_up(
    seed_events: dict[str, Extraction],
) -> None:
    ex = seed_events["004"]
    cuts = find(ex, "cut_route", TAL_AFAR, SINJAR)
    assert cuts and all(p.role == "between" for p in cuts[0].places)
    assert cuts[0].date == "2016-11-23" and "PMU" in cuts[0].actors and cuts[0].status == "claimed"
    links = find(ex, "link_up", TAL_AFAR, SINJAR)
    assert links and any(e.date == "2016-11-23" and e.date_text == "on Wednesday" for e in links)
    assert any("Peshmerga" in e.actors for e in links)


def test_mosul_ringed_by_iraqi_forces(seed_events: dict[str, Extraction]) -> None:
    (e,) = [e for e in find(seed_events["004"], "siege", MOSUL) if "ringed" in e.quote]
    assert "ISF" in e.actors and e.status == "reported" and e.date == "2016-11-23"


def test_the_supply_line_to_syria_has_an_approximate_end(
    seed_events: dict[str, Extraction],
) -> None:
    (e,) = [e for e in find(seed_events["004"], "cut_route", MOSUL) if "Syria" in e.quote]
    (syria,) = [p for p in e.places if p.place_id == "country:SY"]
    assert syria.approximate and syria.located and {p.role for p in e.places} == {"between"}


def test_turkey_backed_rebels_took_dabiq_and_advance_on_al_bab(
    seed_events: dict[str, Extraction],
) -> None:
    ex = seed_events["002"]
    (dabiq,) = find(ex, "capture", DABIQ)
    assert "TFSA" in dabiq.actors and dabiq.date <= "2016-10-17"
    (bab,) = find(ex, "advance", AL_BAB)
    assert bab.places[0].role == "to" and "TFSA" in bab.actors and bab.status == "claimed"


def test_convoy_to_syria_last_week(seed_events: dict[str, Extraction]) -> None:
    (e,) = [e for e in seed_events["002"].events if "convoy" in e.quote]
    assert e.type == "withdrawal"
    assert [p.role for p in e.places] == ["from", "to"]
    assert e.places[0].place_id == MOSUL and e.places[1].place_id == "country:SY"
    assert e.places[1].approximate
    assert (e.date, e.date_end, e.date_precision) == ("2016-10-10", "2016-10-16", "week")
    assert e.status == "claimed"


def test_raf_raids_and_the_encirclement_of_mosul(seed_events: dict[str, Extraction]) -> None:
    ex = seed_events["002"]
    (raids,) = find(ex, "airstrike", MOSUL)
    assert "Coalition" in raids.actors and raids.claimant == "Defence Secretary Sir Michael Fallon"
    (ring,) = [e for e in find(ex, "siege", MOSUL) if "encirclement" in e.quote]
    assert ring.date == "2016-10-17" and ring.date_text == "today"
    assert ring.claimant == "Defence Secretary Sir Michael Fallon"


def test_pmu_operation_towards_tal_afar(seed_events: dict[str, Extraction]) -> None:
    ex = seed_events["001"]
    (cut,) = find(ex, "cut_route", MOSUL, RAQQA)
    assert cut.status == "planned" and cut.date == "2016-10-29"
    assert cut.claimant == "Hashed spokesperson Ahmed al-Assadi"
    assert {p.role for p in cut.places} == {"between"}
    (tal_afar,) = find(ex, "capture", TAL_AFAR)
    assert tal_afar.status == "planned" and tal_afar.date == "2016-10-29"
    assert "al-Assadi" in (tal_afar.claimant or "")


def test_ramadi_attack_repelled_overnight_and_kirkuk_fighting(
    seed_events: dict[str, Extraction],
) -> None:
    ex = seed_events["001"]
    (ramadi,) = [e for e in find(ex, "attack", RAMADI) if e.date_text == "overnight"]
    assert (ramadi.date, ramadi.date_end) == ("2016-10-28", "2016-10-29")
    assert ramadi.status == "claimed" and ramadi.claimant == "Iraqi army officials"
    (kirkuk,) = find(ex, "attack", KIRKUK)
    assert "three days" in kirkuk.quote


def test_tall_abtah_retaken_and_tal_afar_besieged(seed_events: dict[str, Extraction]) -> None:
    ex = seed_events["000"]
    retaken = [
        e for e in find(ex, "capture", "regional:tall-abtah") if "month and a half" in e.date_text
    ]
    assert retaken and retaken[0].status == "claimed" and retaken[0].date == "2016-12-31"
    assert retaken[0].claimant == "Ammar Ali, spokesman for the Hashd al-Shaabi"
    (siege,) = find(ex, "siege", TAL_AFAR)
    assert siege.status == "claimed"


def test_mosul_2017_retaken_east_pushed_west(seed_events: dict[str, Extraction]) -> None:
    ex = seed_events["003"]
    (east,) = [e for e in find(ex, "capture", MOSUL) if e.date_text == "in January"]
    assert (east.date, east.date_end, east.date_precision) == ("2017-01-01", "2017-01-31", "month")
    assert east.places[0].name == "eastern Mosul"
    (west,) = find(ex, "advance", MOSUL)
    assert west.date == "2017-05-27" and west.places[0].name == "western Mosul"
    assert west.places[0].role == "to"


def test_pmu_supply_routes_al_qaim_and_planned_offensives(
    seed_events: dict[str, Extraction],
) -> None:
    ex = seed_events["003"]
    (cut,) = find(ex, "cut_route", MOSUL, SINJAR)
    assert cut.status == "claimed" and "al-Assadi" in (cut.claimant or "")
    (qaim,) = find(ex, "advance", AL_QAIM)
    assert qaim.places[0].role == "to" and "PMU" in qaim.actors
    (plan,) = only(ex.events, "planned")
    assert plan.status == "planned"
    assert {p.name for p in plan.places} >= {"Hawijah", "Shirqat", "Hamrin Mountains"}


def test_mosul_fell_two_years_ago_keeps_its_date(seed_events: dict[str, Extraction]) -> None:
    (e,) = [
        e for e in find(seed_events["004"], "capture", MOSUL) if e.date_text == "two years ago"
    ]
    assert e.date.startswith("2014") and e.date_precision == "year"


def test_nothing_from_boils_appeals_prompts_or_footers(seed_events: dict[str, Extraction]) -> None:
    furniture = ("boils", "Your support", "Subscribe", "Email us", "commenting", "accessed at")
    for ex in seed_events.values():
        for e in ex.events:
            assert not any(needle in e.quote for needle in furniture), e.quote
        for m in ex.mentions:
            if m.kind == "place" and m.note.startswith("not a place"):
                assert not m.resolved and m.lat is None and m.place_id is None
    (boils,) = [m for m in seed_events["000"].mentions if "disease" in m.note]
    assert boils.text == "Baghdad"
    # the Sun's tips line and the Independent's appeal and prompts give no map place
    for stem, start in (("000", "We pay for your stories"), ("001", "Your support helps")):
        ex = seed_events[stem]
        appeal = [m for m in ex.mentions if m.kind == "place" and m.resolved and m.text in start]
        assert not appeal
    independent = seed_events["001"]
    elon = [m for m in independent.mentions if m.text == "Elon"]
    assert all(not m.resolved and "furniture" in m.note for m in elon)


def test_orders_from_baghdad_and_iraqs_pmf_are_not_places(
    seed_events: dict[str, Extraction],
) -> None:
    notes = {
        (m.text, m.note.split(":")[1].strip() if ":" in m.note else "")
        for m in seed_events["000"].mentions
    }
    assert ("Baghdad", "stands for the government") in notes
    org = [m for m in seed_events["003"].mentions if m.text == "Iraq" and "organisation" in m.note]
    assert len(org) >= 2
