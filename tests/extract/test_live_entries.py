"""A live page's entries keep to themselves."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 9, 4)  # a Sunday

LIVE = (
    "18:40\n"
    "He repeated demands that Kurdish fighters leave Manbij, warning that the rebels would "
    "move on the town if they did not.\n\n"
    "17:20\n"
    "Erdogan spoke in Hangzhou about the border.\n\n"
    "16:05\n"
    "The Syrian Observatory for Human Rights says IS fighters pulled out of the last border "
    "villages without much resistance and retreated south towards al-Bab.\n"
)


def test_a_flight_told_in_an_entry_does_not_leave_a_town_of_another_entry(
    extract: Extract,
) -> None:
    (fled,) = only(extract(LIVE, PUB).events, "withdrawal")
    assert [(p.name, p.role) for p in fled.places] == [("al-Bab", "to")]
