"""The capital as a place, a group's name as its outlet spells it, a military camp by name,
and states that are no events."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

BAGHDAD = (33.34, 44.40)
DAMASCUS = (33.51, 36.29)


def test_a_plan_north_of_the_capital_is_by_the_countrys_capital(extract: Extract) -> None:
    body = (
        "Militants seized the northern city of Mosul last week.\n\n"
        "Officials said the army was preparing a counter-offensive to retake territory north of "
        "the capital."
    )
    (plan,) = [e for e in extract(body, dt.date(2014, 6, 16)).events if e.status == "planned"]
    place = plan.places[0]
    assert place.lat is not None and abs(place.lat - BAGHDAD[0]) < 0.5
    assert place.lon is not None and abs(place.lon - BAGHDAD[1]) < 0.5


def test_a_town_south_of_the_syrian_capital_is_drawn_by_damascus(extract: Extract) -> None:
    body = "A car bomb exploded in the town of Sbeineh, south of the Syrian capital, on Sunday."
    (hit,) = only(extract(body, dt.date(2014, 6, 16)).events, "attack")
    place = hit.places[0]
    assert place.name == "Sbeineh" and place.approximate
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == DAMASCUS


def test_a_groups_name_spelled_jaysh_and_shortened_names_the_group(extract: Extract) -> None:
    body = (
        "Jaysh al-Fatah (JaF), the rebel coalition led by Jabhat al-Nusra, seized the town of "
        "Ariha on May 28.\n\nJaF seized al-Mastoumeh camp, south of Idlib city, on May 19."
    )
    taken = only(extract(body, dt.date(2015, 5, 29)).events, "capture")
    assert [e.actors[:1] for e in taken] == [("Rebels",), ("Rebels",)]


def test_few_positions_left_and_no_reinforcement_are_no_events(extract: Extract) -> None:
    body = (
        "The fall of Ariha leaves the regime with only isolated positions in Idlib Province. "
        "The regime's remaining forces in western Idlib Province are now largely cut off from "
        "reinforcement."
    )
    kinds = {e.type for e in extract(body, dt.date(2015, 5, 29)).events}
    assert not kinds & {"siege", "advance"}
