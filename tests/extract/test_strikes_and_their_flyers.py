"""Strikes are read as strikes by whoever flies them, however the report names the aircraft,
and a strike list dates its items by the day its release tells of."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 12, 2)  # a Wednesday

RELEASE = (
    "SOUTHWEST ASIA, Dec. 2, 2015 - U.S. and coalition military forces continued to attack "
    "ISIL terrorists in Syria and Iraq yesterday, officials reported.\n\n"
    "Aircraft conducted 21 strikes in Iraq, coordinated with and in support of the Iraqi "
    "government:\n\n"
    "-- Near Kirkuk, two strikes struck an ISIL tactical unit and denied ISIL access to "
    "terrain.\n\n"
    "-- Near Mosul, six strikes struck four separate ISIL tactical units.\n\n"
    "Additionally, on Nov. 30, coalition aircraft conducted one strike near Mosul that was not "
    "included in the Dec. 1 release."
)


def test_army_aviation_that_bombed_is_a_strike_placed_between_the_towns_told(
    extract: Extract,
) -> None:
    body = (
        "Army aviation on Thursday bombed gatherings of ISIS gunmen in the Ishaqi area, between "
        "Balad and Samarra, destroying four vehicles, a source in the Ministry of Defence said."
    )
    (strike,) = extract(body, dt.date(2014, 6, 26)).events
    assert (strike.type, strike.actors[0], strike.date) == ("airstrike", "ISF", "2014-06-26")
    ishaqi = strike.places[0]
    assert ishaqi.approximate and ishaqi.lat is not None and ishaqi.lon is not None
    assert 34.0 < ishaqi.lat < 34.2 and 43.9 < ishaqi.lon < 44.2  # between Balad and Samarra


def test_barrel_bombs_that_killed_are_one_strike_by_the_army_of_the_city(
    extract: Extract,
) -> None:
    body = (
        "Rebels still hold the east of Aleppo. Activists said army helicopters dropped barrel "
        "bombs on the rebel-held districts of al-Shaar and Tariq al-Bab in the east of the city "
        "on Thursday, killing at least 11 people."
    )
    events = extract(body, dt.date(2014, 5, 22)).events
    (strike,) = [e for e in events if e.quote.startswith("Activists")]
    assert (strike.type, strike.actors) == ("airstrike", ("SAA",))


def test_warplanes_giving_cover_and_pounding_positions_strike_them(extract: Extract) -> None:
    body = (
        "Russian warplanes provided air cover for the operation, pounding terrorist positions "
        "in and around al-Hader, the Syrian army said."
    )
    (strike,) = extract(body, dt.date(2015, 11, 12)).events
    assert (strike.type, strike.actors) == ("airstrike", ("Russia",))


def test_a_release_of_the_coalition_tells_its_own_strikes_on_the_day_it_reports(
    extract: Extract,
) -> None:
    events = extract(RELEASE, PUB, outlet="Combined Joint Task Force - Operation Inherent Resolve")
    strikes = only(events.events, "airstrike")
    listed = [e for e in strikes if e.quote.startswith("--")]
    assert [e.date for e in listed] == ["2015-12-01", "2015-12-01"]  # "yesterday"
    assert all(e.actors == ("Coalition",) for e in listed)  # not the government supported
    assert all(e.status == "reported" for e in listed)  # "denied ISIL access" denies nothing
    (late,) = [e for e in strikes if e.quote.startswith("Additionally")]
    assert late.date == "2015-11-30"  # not the day of "the Dec. 1 release"


def test_a_wire_that_quotes_a_release_gives_its_strikes_no_party(extract: Extract) -> None:
    events = extract(RELEASE, PUB, outlet="Test Wire")
    listed = [e for e in only(events.events, "airstrike") if e.quote.startswith("--")]
    assert listed and all(not e.actors for e in listed)
