"""A flight told in parts is one withdrawal, from where the losers left to where they went."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2017, 9, 21)


def test_fleeing_across_a_river_toward_a_town_is_one_withdrawal(extract: Extract) -> None:
    body = (
        "A security source said remaining IS militants fled from Anah on Wednesday night, "
        "crossing the Euphrates toward the town of Rawa."
    )
    (flight,) = extract(body, PUB).events
    assert flight.type == "withdrawal" and flight.date == "2017-09-20"
    assert [(p.name, p.role) for p in flight.places] == [("Anah", "from"), ("Rawa", "to")]


def test_the_convoy_told_of_next_went_where_the_next_sentence_says(extract: Extract) -> None:
    body = (
        "The last IS militants left Manbij early on Friday in a convoy of several hundred "
        'vehicles, according to the Manbij Military Council. "The convoy headed north toward '
        'Jarablus," a spokesman for the council said.'
    )
    (flight,) = extract(body, dt.date(2016, 8, 12)).events
    assert flight.type == "withdrawal" and flight.date == "2016-08-12"
    assert [(p.name, p.role) for p in flight.places] == [("Manbij", "from"), ("Jarablus", "to")]


def test_a_headline_that_sets_sights_on_towns_takes_only_the_first(extract: Extract) -> None:
    body = (
        "Iraqi troops recapture Anah from Islamic State, set sights on Rawa and Qaim\n\n"
        "The offensive began on Tuesday."
    )
    events = extract(body, PUB).events
    taken = [e for e in events if e.type == "capture"]
    assert [[p.name for p in e.places] for e in taken] == [["Anah"]]
    planned = [e for e in events if e.status == "planned"]
    assert {p.name for e in planned for p in e.places} == {"Rawa", "Qaim"}


def test_a_next_objective_that_could_be_a_town_is_a_plan_not_a_link_up(
    extract: Extract,
) -> None:
    body = (
        "SDF commanders have indicated that their next objective could be the IS-held town of "
        "al-Bab, a move that would bring them close to linking up with the canton of Afrin."
    )
    events = extract(body, dt.date(2016, 8, 12)).events
    assert [(e.type, e.status, e.places[0].name) for e in events] == [
        ("planned", "planned", "al-Bab")
    ]
