"""Fighting between two sides, a town left empty long ago, peoples taken who are no places."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2014, 8, 31)  # a Sunday


def test_fighting_between_two_sides_around_a_place_is_an_attack_there(extract: Extract) -> None:
    body = (
        "Fighting between rebels and Syrian forces has raged around the Quneitra crossing "
        "since Wednesday."
    )
    (fight,) = extract(body, PUB).events
    assert (fight.type, fight.date, fight.places[0].name) == ("attack", "2014-08-27", "Quneitra")


def test_a_town_called_abandoned_is_bombed_not_left(extract: Extract) -> None:
    body = (
        "Syrian warplanes have bombed rebel positions around the crossing and the nearby "
        "abandoned city of Quneitra several times, activists said."
    )
    assert [e.type for e in extract(body, PUB).events] == ["airstrike"]
    # (a town abandoned by those who held it is left)
    (left,) = extract("The army abandoned Quneitra on Friday.", PUB).events
    assert (left.type, left.date) == ("withdrawal", "2014-08-29")


def test_a_people_taken_is_no_place_taken(extract: Extract) -> None:
    body = (
        "In a statement posted online on Saturday, the Nusra Front said it had taken the "
        "Fijians because the United Nations was protecting the army."
    )
    got = extract(body, PUB)
    assert got.events == ()
    assert not any(m.text == "Fijians" and m.kind.startswith("place") for m in got.mentions)
