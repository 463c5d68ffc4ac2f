"""Fighting between two sides, a town left empty long ago, peoples taken who are no places;
an advance along a border."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

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


def test_troops_fighting_in_lebanon_are_the_lebanese_army(extract: Extract) -> None:
    body = (
        "Hezbollah and the Syrian army attacked ISIS near Qara, across the border, on Saturday. "
        "Army spokesman Ali Kanso said troops have taken a series of hills east of Ras Baalbek."
    )
    taken = [e for e in extract(body, dt.date(2017, 8, 19)).events if e.type == "capture"]
    assert [(e.actors[:1], e.places[0].name) for e in taken] == [(("LAF",), "Ras Baalbek")]
    # (a town the regional gazetteer carries, placed with the help of its neighbour across
    # the border)
    assert taken[0].places[0].lat is not None


def test_a_day_that_ended_with_troops_in_control_of_ground_took_it(extract: Extract) -> None:
    body = (
        "Hezbollah and the Syrian army attacked ISIS near Qara, across the border, on Saturday. "
        "The Lebanese army command says the first day of the operation has ended with troops "
        "in control of about 30 square kilometers of the hills outside Ras Baalbek and al-Qaa."
    )
    (taken,) = only(extract(body, dt.date(2017, 8, 19)).events, "capture")
    assert (taken.status, taken.actors[:1]) == ("claimed", ("LAF",))
    assert [p.name for p in taken.places] == ["Ras Baalbek", "al-Qaa"]


def test_an_advance_along_a_border_is_by_it_not_into_the_country(extract: Extract) -> None:
    body = "Iraqi forces advanced along the Syrian border on Tuesday, the military said."
    (went,) = only(extract(body, dt.date(2017, 5, 10)).events, "advance")
    assert [p.role for p in went.places] == ["near"]
