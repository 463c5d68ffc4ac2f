"""A passive's subject told with a thing beside it and a description set off by commas."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only


def test_a_town_described_then_surrounded_since_the_summer_is_besieged_from_june(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces retook Barwana, across the river from Haditha, on Monday. Haditha is a "
        "key town.\n\n"
        "Local officials say the city and the dam, defended by soldiers, police officers and "
        "fighters from the Jughaifa tribe, have been surrounded on three sides since the "
        "summer, with supplies arriving only by helicopter."
    )
    (siege,) = only(extract(body, dt.date(2014, 9, 8)).events, "siege")
    assert siege.places[0].name == "the city"
    assert siege.places[0].lat is not None  # Haditha's
    assert siege.date == "2014-06-01"
    assert siege.date_end == "2014-09-08"


def test_a_hope_to_push_the_militants_back_toward_towns_is_a_planned_advance(
    extract: Extract,
) -> None:
    body = (
        "Iraqi commanders said they hoped to use Barwana as a base to push the militants back "
        "along the Euphrates, toward the towns of Haqlaniya and Baghdadi to the south."
    )
    (push,) = extract(body, dt.date(2014, 9, 8)).events
    assert (push.type, push.status, push.places[0].name) == ("advance", "planned", "Haqlaniya")
