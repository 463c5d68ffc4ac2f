"""A crossing a clause is about, an assault named again, a flight toward a border, and the
wording of a state agency's bulletin."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 6, 25)  # a Thursday


def test_the_crossing_taken_is_the_place_not_the_country_beyond(extract: Extract) -> None:
    body = (
        "The rebels also hold the Nassib border crossing with Jordan, which they seized in April."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert [p.name for p in taken.places] == ["Nassib"]
    assert (taken.date, taken.date_precision) == ("2015-04-01", "month")


def test_an_assault_named_again_is_told_once_and_dated_with_what_came_before(
    extract: Extract,
) -> None:
    body = (
        "The offensive comes two weeks after rebels overran a major army base east of Daraa "
        "city and then tried to capture the al-Thaaleh air base in the neighboring province "
        "of Sweida, an assault that was repelled by troops."
    )
    events = extract(body, PUB).events
    assert all(e.status != "planned" for e in events)
    (assault,) = only(events, "attack")
    (overrun,) = only(events, "capture")
    assert assault.date == overrun.date != "2015-06-25"


def test_a_flight_toward_a_border_goes_to_the_country(extract: Extract) -> None:
    body = (
        "Army units took Maaloula on Monday. The remaining terrorists fled towards the "
        "mountains near the border with Lebanon."
    )
    (flight,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.name, p.role) for p in flight.places] == [("Maaloula", "from"), ("Lebanon", "to")]


def test_dens_and_gatherings_destroyed_are_attacks(extract: Extract) -> None:
    body = (
        "In Hama countryside, army units destroyed terrorists' dens in the town of Morek. "
        "An army unit destroyed a gathering of Jabhat al-Nusra terrorists near Halfaya."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.places[0].name) for e in events] == [
        ("attack", "Morek"),
        ("attack", "Halfaya"),
    ]
    assert all("SAA" in e.actors for e in events)


def test_people_taken_to_a_town_do_not_take_it(extract: Extract) -> None:
    body = "In December, the gunmen kidnapped the nuns and took them to Yabroud."
    assert only(extract(body, PUB).events, "capture") == []


def test_a_crossing_set_off_from_its_verb_is_what_fell(extract: Extract) -> None:
    body = (
        "The Trebil crossing, on the main highway from Baghdad to the Jordanian capital, "
        "fell on Monday."
    )
    (fall,) = only(extract(body, PUB).events, "capture")
    assert [p.name for p in fall.places] == ["Trebil"]


def test_a_name_an_apposition_calls_a_crossing_is_a_place(extract: Extract) -> None:
    body = "On Sunday the insurgents took al-Waleed, a crossing with Syria near the border."
    (taken,) = only(extract(body, PUB).events, "capture")
    assert [p.name for p in taken.places] == ["al-Waleed"]
    assert taken.date == "2015-06-21"
