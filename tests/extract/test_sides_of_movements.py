"""A movement told by the side of a place it went by, and how far it went."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 10, 15)  # a Saturday


def test_an_advance_west_of_a_town_toward_another_keeps_both(extract: Extract) -> None:
    body = "Kurdish forces advanced west of Sinjar towards Rabia on Tuesday."
    (advance,) = only(extract(body, PUB).events, "advance")
    roles = {p.name: p.role for p in advance.places}
    assert roles["Rabia"] == "to"
    assert "Sinjar" in roles  # (the side it went by is where it was, not a mere locator)


def test_an_advance_toward_a_border_from_beside_a_town_places_the_border(
    extract: Extract,
) -> None:
    body = "Kurdish forces advanced west of Sinjar toward the Syrian border on Tuesday."
    (advance,) = only(extract(body, PUB).events, "advance")
    border = next(p for p in advance.places if p.role == "to")
    assert border.approximate and border.lat is not None


def test_a_push_of_some_kilometres_by_the_side_of_a_city_is_an_advance(
    extract: Extract,
) -> None:
    body = "Iraqi troops pushed 10 km south of Mosul toward Hammam al-Alil on Monday."
    (advance,) = only(extract(body, PUB).events, "advance")
    assert advance.date == "2016-10-10"
    assert [p.role for p in advance.places if p.name == "Hammam al-Alil"] == ["to"]


def test_a_town_measured_from_another_still_names_only_the_town(extract: Extract) -> None:
    body = "Iraqi troops advanced on Karbatli, 30 km south of Mosul, on Monday."
    (advance,) = only(extract(body, PUB).events, "advance")
    assert [p.name for p in advance.places] == ["Karbatli"]
