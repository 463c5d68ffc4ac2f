"""Fighters taken out of a town under a deal leave it; the people sheltered do not."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

DOUMA = "geonames:170592"
JARABLUS = "geonames:169179"
IDLIB = "geonames:169389"
PUB = dt.date(2018, 5, 21)


def test_fighters_evacuated_from_a_town_to_another_withdrew_from_one_to_the_other(
    extract: Extract,
) -> None:
    body = (
        "Hundreds of fighters and their families were evacuated from Douma to Jarablus on Monday."
    )
    (left,) = extract(body, PUB).events
    assert left.type == "withdrawal"
    assert [(p.role, p.place_id) for p in left.places] == [("from", DOUMA), ("to", JARABLUS)]


def test_fighters_taken_out_of_towns_withdrew_and_the_towns_were_not_taken(
    extract: Extract,
) -> None:
    body = (
        "In early May, the militants in the towns of Yalda and Babbila south of Damascus were "
        "taken out with their families to the north of Syria under an agreement."
    )
    events = extract(body, PUB).events
    assert only(events, "capture") == []
    (left,) = only(events, "withdrawal")
    assert {p.role for p in left.places} == {"from"}


def test_the_militants_of_a_group_named_are_that_group(extract: Extract) -> None:
    body = "The militants of Jabhat al-Nusra had been taken out to Idlib at the end of April."
    (left,) = extract(body, PUB).events
    assert (left.type, left.actors) == ("withdrawal", ("Rebels",))
    assert [(p.role, p.place_id) for p in left.places] == [("to", IDLIB)]


def test_civilians_evacuated_or_people_moved_to_camps_are_no_event(extract: Extract) -> None:
    body = (
        "Thousands of civilians were evacuated from Douma on Monday.\n\n"
        "They were screened by security forces before being transferred to camps for displaced "
        "people near Erbil."
    )
    assert extract(body, PUB).events == ()
