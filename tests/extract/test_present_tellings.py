"""What a live report tells in the present or the perfect: control now held, aircraft
striking, artillery that has pounded."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract

PUB = dt.date(2016, 11, 7)  # a Monday


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "The security council says the Peshmerga are now in control of the centre of "
            "Bashiqa and most of its neighbourhoods.",
            ("capture", "Peshmerga", "Bashiqa"),
        ),
        (
            "Coalition aircraft are striking ISIS positions inside Bashiqa, witnesses say.",
            ("airstrike", "Coalition", "Bashiqa"),
        ),
        (
            "Turkish artillery has pounded Kurdish positions near Azaz since Saturday, the "
            "Observatory said.",
            ("attack", "Turkey", "Azaz"),
        ),
    ],
    ids=["control now held", "aircraft striking", "artillery has pounded"],
)
def test_a_present_or_perfect_telling_is_an_event_of_its_place(
    extract: Extract, body: str, told: tuple[str, str, str]
) -> None:
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors[0], event.places[0].name) == told
