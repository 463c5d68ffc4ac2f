"""A town told by its distance from another, an inference about the past, a ridge's story."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 7, 18)  # a Saturday
BAGHDAD = (33.34, 44.4)


def test_a_town_a_short_way_from_the_capital_is_drawn_there_as_approximate(
    extract: Extract,
) -> None:
    body = (
        "The blast in the town of Khan Bani Saad, in Diyala province about 20 kilometres "
        "(12 miles) from the capital, was one of the deadliest single attacks in Iraq."
    )
    (blast,) = only(extract(body, PUB).events, "attack")
    (town,) = blast.places  # (the capital only says where the town is)
    assert town.name == "Khan Bani Saad" and town.approximate
    assert (round(town.lat or 0, 2), round(town.lon or 0, 2)) == BAGHDAD


def test_a_town_far_from_the_one_told_is_not_drawn_at_it(extract: Extract) -> None:
    body = (
        "The blast in the town of Khan Bani Saad, about 200 kilometres from Baghdad, was one "
        "of the deadliest single attacks in Iraq."
    )
    (blast,) = only(extract(body, PUB).events, "attack")
    assert [p.lat for p in blast.places] == [None]


def test_peoples_joined_by_a_hyphen_are_no_place(extract: Extract) -> None:
    body = "The jihadists have continued to carry out bombings in the mixed Sunni-Shiite province."
    names = {m.text for m in extract(body, PUB).mentions if m.kind == "place"}
    assert "Sunni-Shiite" not in names


def test_what_strikes_suggest_was_done_before_is_no_plan(extract: Extract) -> None:
    body = (
        "The density of these strikes suggests that coalition aircraft operated in close "
        "coordination with YPG ground forces, as they did during the siege of Kobani from "
        "September 2014 to January 2015."
    )
    (siege,) = only(extract(body, PUB).events, "siege")
    assert siege.status != "planned"


def test_how_long_a_ridge_sheltered_fighters_does_not_date_the_advance_on_it(
    extract: Extract,
) -> None:
    body = (
        "Kurdish forces advanced south toward the Abdulaziz Mountains, a ridgeline that "
        "dominates the plain southwest of Hasakah City and had sheltered ISIS fighters and "
        "weapons depots since 2014."
    )
    (advance,) = only(extract(body, PUB).events, "advance")
    assert advance.date is not None and not advance.date.startswith("2014")


def test_a_town_placed_beside_another_once_is_placed_so_when_named_again(
    extract: Extract,
) -> None:
    body = (
        "Militants fired dozens of rockets at the Turkmen town of Taza, south of Kirkuk, late "
        "on Tuesday. Turkmen leaders demanded that Baghdad launch a military operation to "
        "drive ISIS from the villages southwest of Taza."
    )
    events = extract(body, PUB).events
    assert len(events) == 2
    assert all(e.places[0].lat is not None for e in events)


def test_towns_listed_after_a_colon_lie_where_the_words_before_put_them(
    extract: Extract,
) -> None:
    body = (
        "The Shaitat live in three towns on the east bank of the Euphrates about 90 "
        "kilometers (55 miles) southeast of the city of Deir ez-Zor: Abu Hamam, al-Kishkiyeh "
        "and Gharanij. On Aug. 2 tribal fighters seized the group's headquarters in "
        "al-Kishkiyeh."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    (town,) = taken.places
    assert town.name == "al-Kishkiyeh" and town.approximate
    # 90 km south-east of Deir ez-Zor (35.34, 40.14)
    assert (round(town.lat or 0, 1), round(town.lon or 0, 1)) == (34.8, 40.8)
