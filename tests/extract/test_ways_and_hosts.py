"""Bridges blown between towns, towns nearly ringed, hosts taking people in, names translated."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2014, 10, 15)  # a Wednesday


def test_a_bridge_blown_up_between_two_towns_cuts_the_way_between_them(
    extract: Extract,
) -> None:
    body = (
        "Islamic State fighters blew up part of the bridge linking Balad with Samarra last month."
    )
    (cut,) = extract(body, PUB).events
    assert (cut.type, cut.date) == ("cut_route", "2014-09-01")
    assert sorted(p.name for p in cut.places) == ["Balad", "Samarra"]
    # (a bridge blown up in a town is a blow struck there)
    (blow,) = extract("Islamic State fighters blew up a bridge in Mosul last month.", PUB).events
    assert blow.type == "attack"


def test_a_town_almost_ringed_with_a_measure_given_twice_is_besieged(extract: Extract) -> None:
    body = (
        "Balad, on the west bank of the Tigris about 80 km (50 miles) north of Baghdad, has been "
        "almost completely encircled since June."
    )
    (siege,) = extract(body, PUB).events
    assert (siege.type, siege.date, siege.places[0].name) == ("siege", "2014-06-01", "Balad")


def test_people_taken_in_by_a_town_are_no_capture_of_it(extract: Extract) -> None:
    body = "Thousands of Assyrians fled to Hasakah and Qamishli, where churches took them in."
    assert [e.type for e in extract(body, PUB).events if e.type == "capture"] == []


def test_the_democratic_forces_of_syria_are_the_sdf(extract: Extract) -> None:
    body = (
        '"The Democratic Forces of Syria have liberated the town of Al-Hol completely," '
        "spokesman Talal Sello told AFP."
    )
    (taken,) = extract(body, dt.date(2015, 11, 13)).events
    assert (taken.type, taken.actors) == ("capture", ("SDF",))


def test_those_giving_support_from_the_air_alone_are_not_who_assaults(
    extract: Extract,
) -> None:
    body = "The assault on Baaj started on Saturday, with the support from coalition warplanes."
    (assault,) = extract(body, dt.date(2017, 6, 4)).events
    assert "Coalition" not in assault.actors


def test_those_who_fled_as_a_town_was_entered_fled_from_it(extract: Extract) -> None:
    body = (
        '"Our forces entered Tel Hamis from the north and east on Friday afternoon and the '
        'remaining ISIS gangs fled towards the south," YPG spokesman Polat Can said.'
    )
    entered, fled = extract(body, dt.date(2015, 2, 28)).events
    assert (entered.type, fled.type) == ("advance", "withdrawal")
    assert (fled.date, fled.actors, [(p.role, p.name) for p in fled.places]) == (
        "2015-02-27",
        ("ISIS",),
        [("from", "Tel Hamis")],
    )


def test_a_town_s_liberation_named_beside_villages_taken_around_it_is_kept(
    extract: Extract,
) -> None:
    body = (
        "The PMF captured more than 20 villages around Baaj on Sunday.\n\n"
        'Prime Minister Haider al-Abadi said the liberation of Baaj was "a new step".'
    )
    taken = {(p.role, p.name) for e in extract(body, dt.date(2017, 6, 4)).events for p in e.places}
    assert taken == {("near", "Baaj"), ("at", "Baaj")}


def test_the_government_s_and_the_regime_s_arms_are_the_state_s(extract: Extract) -> None:
    pub = dt.date(2016, 2, 25)
    for body, actor in (
        ("Government warplanes bombed Qusair on Wednesday afternoon.", "SAA"),
        ("Government helicopters dropped barrel bombs on Tikrit.", "ISF"),
        ("Regime airstrikes targeted the town of Tafas on February 24.", "SAA"),
        ("Pro-government gunmen attacked a camp near Tartus.", "SAA"),
    ):
        (event,) = extract(body, pub).events
        assert event.actors[:1] == (actor,), body


def test_a_fall_named_again_with_no_day_at_all_is_the_one_told(extract: Extract) -> None:
    body = (
        "Syrian troops have taken Yabroud, state television said.\n\n"
        "Hours after the fall of the town, a car bomb exploded in the Lebanese town of Hermel."
    )
    captures = [e for e in extract(body, dt.date(2014, 3, 16)).events if e.type == "capture"]
    assert [(e.status, e.places[0].name) for e in captures] == [("claimed", "Yabroud")]
