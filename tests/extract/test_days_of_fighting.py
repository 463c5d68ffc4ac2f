"""Fighting told as lasting some days covers those days, not only the day it is told on."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 4, 22)  # a Friday


def test_days_of_clashes_end_on_the_day_told(extract: Extract) -> None:
    body = (
        "After three days of clashes with the regime's militia in the city of Qamishli, the "
        "Asayish took control of the prison today."
    )
    (clashes,) = only(extract(body, PUB).events, "attack")
    assert (clashes.date, clashes.date_end) == ("2016-04-20", "2016-04-22")


def test_days_of_fighting_that_began_on_a_day_start_on_it(extract: Extract) -> None:
    body = "Four days of heavy fighting in Qamishli that began on Monday left dozens dead."
    (fighting,) = only(extract(body, PUB).events, "attack")
    assert (fighting.date, fighting.date_end) == ("2016-04-18", "2016-04-21")
