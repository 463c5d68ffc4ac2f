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
