"""A feature's backdrop: the summer a month is told in, a city declared liberated past an
aside, an attack set beside what came before it, and what falls that is no place."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 7, 8)  # a Friday


def test_a_month_told_after_the_summer_of_a_year_is_in_that_year(extract: Extract) -> None:
    body = (
        "The Islamic State swept across northern and western Iraq in the summer of 2014, "
        "seizing Mosul in June and advancing to within 50 miles of Baghdad."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert taken.date == "2014-06-01"


def test_a_city_declared_liberated_past_an_aside_is_taken_and_the_attack_told_is_not_there(
    extract: Extract,
) -> None:
    body = (
        "The attack came a week after Iraqi forces declared Fallujah, about 40 miles west of "
        "Baghdad, fully liberated from the Islamic State."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.places[0].name) for e in events] == [("capture", "Fallujah")]


def test_violence_or_night_that_fell_is_no_town_falling(extract: Extract) -> None:
    body = (
        "Violence fell sharply after the U.S. troop surge. As night fell, Ramadi fell to the "
        "militants."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert taken.places[0].name == "Ramadi" and not only(extract(body, PUB).events, "attack")
    assert not [e for e in extract("Violence fell sharply in Baghdad.", PUB).events]
