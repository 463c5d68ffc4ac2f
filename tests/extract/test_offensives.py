"""Offensives as reporters tell them: launched, opened, pushed, and the blows struck in them."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only


def test_an_assault_launched_on_a_town_is_an_advance_on_it(extract: Extract) -> None:
    body = "The SDF launched its final assault on Baghouz on March 10, after a pause of weeks."
    (push,) = only(extract(body, dt.date(2019, 3, 23)).events, "advance")
    assert [(p.name, p.role) for p in push.places] == [("Baghouz", "to")]
    assert push.date == "2019-03-10" and push.actors[0] == "SDF"


def test_a_surprise_or_counter_assault_is_an_attack(extract: Extract) -> None:
    body = (
        "Islamic State fighters launched a surprise assault on army positions near Tal Afar on "
        "Monday. On Tuesday they launched a counter-assault on Peshmerga lines near Bashiqa."
    )
    events = extract(body, dt.date(2016, 11, 9)).events
    assert [(e.type, e.date) for e in events] == [
        ("attack", "2016-11-07"),
        ("attack", "2016-11-08"),
    ]


def test_an_exchange_of_fire_is_an_attack_and_a_next_target_told_past_a_plan(
    extract: Extract,
) -> None:
    body = (
        "There was a brief exchange of artillery and machinegun fire overnight south of Kirkuk "
        "near Taza Khurmatu. FSA commanders said the next target of the operation was al-Bab."
    )
    events = extract(body, dt.date(2017, 10, 16)).events
    assert [(e.type, e.status, e.places[0].name) for e in events] == [
        ("attack", "reported", "Taza Khurmatu"),
        ("planned", "planned", "al-Bab"),
    ]


def test_an_assault_launched_with_no_place_named_is_on_the_town_the_story_is_about(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces retake town south of Baghdad\n\n"
        "Iraqi troops drove Islamic State fighters out of the town of Jurf al-Sakhar south of "
        "Baghdad on Saturday, officials said.\n\n"
        "Soldiers and militia fighters launched the assault from three directions on Friday, "
        "backed by army helicopters.\n\n"
        '"Jurf al-Sakhar is completely under our control," the governor said. Families who '
        "fled Jurf al-Sakhar in August have been told to wait."
    )
    (push,) = only(extract(body, dt.date(2014, 10, 25)).events, "advance")
    assert [(p.name, p.role) for p in push.places] == [("Jurf al-Sakhar", "to")]
    assert push.date == "2014-10-24"


def test_a_final_push_told_before_the_strikes_on_the_town_is_the_army_s_push_on_it(
    extract: Extract,
) -> None:
    body = (
        "The Syrian army has fully liberated the city of Al-Mayadeen, a military source said. "
        "Al-Mayadeen was an ISIS stronghold for three years.\n\n"
        "The Syrian Army's final push began on Friday night after the Russian and Syrian air "
        "forces conducted dozens of airstrikes on ISIS positions inside Al-Mayadeen."
    )
    (push,) = only(extract(body, dt.date(2017, 10, 14)).events, "advance")
    assert [(p.name, p.role) for p in push.places] == [("Al-Mayadeen", "to")]
    assert (push.date, push.actors[:1]) == ("2017-10-13", ("SAA",))


def test_tanks_that_crossed_the_border_from_a_town_advanced_from_it(extract: Extract) -> None:
    body = (
        "Turkish tanks and special forces crossed the border from Jarablus at around 11 a.m. "
        "on Wednesday, followed by hundreds of FSA fighters."
    )
    (push,) = only(extract(body, dt.date(2016, 8, 24)).events, "advance")
    assert [(p.name, p.role) for p in push.places] == [("Jarablus", "from")]
    assert push.actors[0] == "Turkey"
