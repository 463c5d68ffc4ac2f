"""What a report tells that is not an event of the day: a condition warned of, strikes counted
across a country, a toll of a whole battle, what a place was used for; and where the event is
when a sentence measures its town from another."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2014, 9, 1)


def test_a_massacre_warned_of_if_a_town_fell_is_no_capture(extract: Extract) -> None:
    body = (
        "The U.N. envoy to Iraq had warned last month of a possible massacre if Amerli fell, "
        "pointing to executions elsewhere."
    )
    assert extract(body, PUB).events == ()


def test_strikes_counted_across_a_country_are_no_strike_of_a_place(extract: Extract) -> None:
    body = (
        "Since Aug. 8, the U.S. has carried out more than 120 airstrikes across Iraq, according "
        "to Central Command. France carried out its first air strikes in Iraq on Friday."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date) for e in events] == [("airstrike", "2014-08-29")]


def test_the_toll_of_a_battle_and_a_hill_s_use_are_no_attacks(extract: Extract) -> None:
    body = (
        "Last Monday, the YPG recaptured the strategic Mishtenur hill, which ISIS had used to "
        "fire mortars and rockets into Kobane's western neighborhoods. More than 1,600 people "
        "were killed in the battle for Kobane."
    )
    events = extract(body, dt.date(2015, 1, 26)).events
    assert [e.type for e in events if e.type == "attack"] == []


def test_a_siege_of_the_town_measured_from_a_city_is_at_the_town(extract: Extract) -> None:
    body = (
        'Troops had "entered Amerli" and opened the road to the town, about 105 miles north of '
        "Baghdad in Salahuddin province, where some 15,000 people had been surrounded by "
        "militants since mid-June."
    )
    sieges = [e for e in extract(body, PUB).events if e.type == "siege"]
    assert [(p.name, round(p.lat or 0)) for e in sieges for p in e.places] == [("the town", 35)]


def test_a_retreat_told_on_after_a_withdrawal_is_the_same_flight(extract: Extract) -> None:
    body = (
        "ISIS fighters had withdrawn from Kobane early Monday, retreating toward villages to "
        "the east of the town."
    )
    events = extract(body, dt.date(2015, 1, 26)).events
    assert [(e.type, e.places[0].name) for e in events] == [("withdrawal", "Kobane")]


def test_no_immediate_plans_to_advance_are_no_plan(extract: Extract) -> None:
    body = (
        "Kurdish commanders said they had no immediate plans to advance on Raqqa, but said their "
        "forces would push toward the IS-held town of Ain Issa."
    )
    events = extract(body, dt.date(2015, 6, 16)).events
    assert [(e.status, e.places[0].name) for e in events] == [("planned", "Ain Issa")]


def test_a_taking_tried_and_failed_or_feared_or_threatened_is_no_taking(
    extract: Extract,
) -> None:
    body = (
        "Government forces had tried and failed several times since the summer to take the "
        "town of Jurf al-Sakhar. The dam is unstable, and its capture raised fears the militants "
        "could flood Mosul. Joe Biden, who was in Ankara on Wednesday, said the YPG must move "
        "back east of the Euphrates River or lose U.S. support."
    )
    assert [e.type for e in extract(body, dt.date(2016, 8, 24)).events] == []


def test_villages_taken_near_a_dam_are_not_the_dam_taken(extract: Extract) -> None:
    body = (
        "Iraqi, Kurdish Forces Retake Mosul Dam From Militants, Officials Say\n\n"
        "A peshmerga officer said Kurdish troops had also pushed the militants out of several "
        "villages east of the dam on Sunday."
    )
    events = extract(body, dt.date(2014, 8, 18)).events
    assert sorted((e.places[0].name, e.places[0].role) for e in events) == [
        ("Mosul Dam", "at"),
        ("the dam", "near"),
    ]
