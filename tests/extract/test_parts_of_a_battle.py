"""The parts of a battle as a report tells them: who entered and what they took inside, who
kept out of it, and what came days before the date a sentence gives."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2015, 4, 1)


def test_a_building_taken_in_a_town_entered_is_taken_there(extract: Extract) -> None:
    body = (
        "Iraqi security forces and Popular Mobilization units entered central Tikrit on Tuesday "
        "and took control of the provincial government complex, according to the Iraqi "
        "Ministry of Defense."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date, e.places[0].name, e.places[0].role) for e in events] == [
        ("advance", "2015-03-31", "Tikrit", "to"),
        ("capture", "2015-03-31", "Tikrit", "near"),
    ]
    assert set(events[1].actors) == {"ISF", "PMU"}


def test_militias_that_sat_out_the_push_did_not_push(extract: Extract) -> None:
    body = (
        "Several Iranian-backed militias pulled back from the front lines on March 26 in "
        "protest of the U.S. role, and sat out the final push into Tikrit."
    )
    assert [e for e in extract(body, PUB).events if e.type == "advance"] == []


def test_days_after_told_after_a_month_of_long_ago_are_before_it(extract: Extract) -> None:
    body = (
        "The offensive began on March 2. Within two weeks the forces captured al-Dour. "
        "ISIS seized Tikrit in June 2014 during its advance across northern Iraq, days after "
        "capturing Mosul."
    )
    taken = {e.places[0].name: e.date for e in extract(body, PUB).events if e.type == "capture"}
    assert (taken["Tikrit"], taken["Mosul"]) == ("2014-06-01", "2014-06-01")
