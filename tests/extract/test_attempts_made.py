"""An attempt made on a town is fighting there, not a plan; one only intended stays a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract, only

PUB = dt.date(2015, 6, 10)  # a Wednesday


@pytest.mark.parametrize(
    "body",
    [
        "Iraqi troops were fighting to retake the town of Baiji on Tuesday, officers said.",
        "Iraqi forces have been fighting since May to retake Baiji.",
    ],
)
def test_fighting_to_retake_a_town_is_fighting_there(extract: Extract, body: str) -> None:
    (fight,) = extract(body, PUB).events
    assert fight.type == "attack" and fight.status != "planned"
    assert [p.name for p in fight.places] == ["Baiji"]


def test_an_assault_tried_and_thrown_back_was_made(extract: Extract) -> None:
    body = (
        "Islamic State fighters tried to storm Haditha on Sunday. "
        "The jihadists tried to advance towards Sadad but were pushed back."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.status, e.places[0].name) for e in events] == [
        ("attack", "reported", "Haditha"),
        ("attack", "reported", "Sadad"),
    ]
    assert events[0].date == "2015-06-07"  # (on Sunday)


def test_a_move_being_tried_is_under_way(extract: Extract) -> None:
    body = "Iraqi forces were trying to advance towards Sinjar, a Peshmerga commander said."
    (move,) = only(extract(body, PUB).events, "advance")
    assert move.status == "claimed"


@pytest.mark.parametrize(
    "body", ["The army will try to retake Qusayr.", "The army plans to try to take Qusayr."]
)
def test_an_attempt_still_to_come_is_a_plan(extract: Extract, body: str) -> None:
    (plan,) = extract(body, PUB).events
    assert (plan.type, plan.status) == ("capture", "planned")
