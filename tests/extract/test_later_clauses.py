"""Events a sentence tells after its first one, or with words the first reading missed."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 6, 15)


def test_helicopter_gunships_that_also_struck_positions_are_an_airstrike(
    extract: Extract,
) -> None:
    body = (
        "Iraqi jets and helicopter gunships also struck militant positions around Tikrit and "
        "in Mosul on Saturday, state television reported."
    )
    (strike,) = only(extract(body, PUB).events, "airstrike")
    assert {p.name for p in strike.places} == {"Tikrit", "Mosul"}
    assert strike.date == "2014-06-14"


def test_aircraft_that_dropped_leaflets_and_struck_a_headquarters_made_a_strike(
    extract: Extract,
) -> None:
    body = (
        "Iraqi aircraft dropped leaflets over Hawija on Wednesday urging residents to stay away "
        "from ISIL positions, and struck a militant headquarters in the town of Riyadh, west of "
        "Hawija, the same day."
    )
    strikes = only(extract(body, dt.date(2017, 9, 15)).events, "airstrike")
    assert [{p.name for p in e.places} for e in strikes] == [{"Riyadh"}]


def test_a_barrage_that_hit_a_town_named_before_as_a_town_is_an_attack_there(
    extract: Extract,
) -> None:
    body = (
        "Rockets carrying chemicals struck the town of Taza on Tuesday, officials said.\n\n"
        "A second barrage hit the eastern edge of Taza on Thursday night, wounding at least "
        "five more people, according to a local official."
    )
    attacks = only(extract(body, dt.date(2016, 3, 12)).events, "attack")
    assert any(e.date == "2016-03-10" and "barrage" in e.quote for e in attacks)
    # the name the scan turned down elsewhere is the town the article told of
    (second,) = [e for e in attacks if "barrage" in e.quote]
    assert {p.name for p in second.places} == {"Taza"}


def test_preparing_to_move_along_a_river_towards_towns_is_a_planned_advance(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces are also preparing to move west along the Euphrates from Haditha towards "
        "Anah and Al Qaim, according to the Joint Operations Command."
    )
    (move,) = only(extract(body, dt.date(2017, 9, 15)).events, "advance")
    assert move.status == "planned"
    assert {p.role for p in move.places} >= {"from", "to"}


def test_the_nearby_town_after_a_town_taken_is_taken_too(extract: Extract) -> None:
    body = (
        "Isis swept across the plains west of Mosul two weeks ago, taking Sinjar, the nearby "
        "town of Zumar and the Mosul dam, Iraq's largest, on 7 August."
    )
    (taken,) = only(extract(body, dt.date(2014, 8, 16)).events, "capture")
    assert {p.name for p in taken.places} == {"Sinjar", "Zumar", "Mosul dam"}


def test_fighting_on_the_outskirts_after_a_town_retaken_is_its_own_event(
    extract: Extract,
) -> None:
    body = (
        "Iraqi army units have since retaken the town of Bartella, and on Monday were fighting "
        "on the outskirts of Qaraqosh, according to the Joint Operations Command."
    )
    (fighting,) = only(extract(body, dt.date(2016, 10, 25)).events, "attack")
    assert {p.name for p in fighting.places} == {"Qaraqosh"}
    assert fighting.date == "2016-10-24"


def test_units_massing_near_a_town_are_an_advance_told_as_a_fact(extract: Extract) -> None:
    body = "Iraqi army units have been massing around Ramadi for weeks, officials said."
    (massing,) = only(extract(body, dt.date(2015, 10, 22)).events, "advance")
    assert massing.status == "claimed"


def test_no_fighting_inside_a_town_is_no_attack(extract: Extract) -> None:
    body = '"There is no fighting inside Palmyra now," the Observatory\'s head said.'
    assert extract(body, dt.date(2017, 3, 2)).events == ()


def test_a_date_of_what_came_before_told_after_the_event_does_not_date_it(
    extract: Extract,
) -> None:
    body = (
        "The SDF have been fighting inside Raqqa since early June and on Monday said they had "
        "advanced further in the old city, after coalition air strikes last week opened two "
        "gaps in the ancient wall."
    )
    (advance,) = only(extract(body, dt.date(2017, 7, 11)).events, "advance")
    assert advance.date == "2017-07-10"
