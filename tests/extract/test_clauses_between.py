"""What a clause set between an event and its place changes: who acts, and what is shared."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 11, 24)


def test_troops_entering_after_the_militants_withdrew_are_not_the_militants(
    extract: Extract,
) -> None:
    body = (
        "Islamic State fighters withdrew from Qaraqosh before troops entered the town on "
        "Saturday, residents said.\n\nMilitants fled as soldiers stormed Bartella."
    )
    events = extract(body, PUB).events
    moves = only(events, "advance")
    assert moves, "the troops' entries are events"
    assert all("ISIS" not in e.actors for e in moves)
    (left,) = only(events, "withdrawal")
    assert left.actors == ("ISIS",)


def test_a_town_shelled_and_recaptured_last_week_gives_both_events(extract: Extract) -> None:
    body = (
        "The Islamic State group has shelled the town of Bartella, recaptured last week by "
        "Iraqi forces."
    )
    events = extract(body, PUB).events
    (taken,) = only(events, "capture")
    assert [p.name for p in taken.places] == ["Bartella"]
    assert taken.actors == ("ISF",)
    assert taken.date_text == "last week" and taken.date_precision == "week"
    (shelled,) = only(events, "attack")
    assert [p.name for p in shelled.places] == ["Bartella"]
    assert shelled.actors == ("ISIS",)
    assert shelled.date != taken.date, "last week is when it was retaken, not when shelled"


def test_a_town_retaken_in_august_and_shelled_now_keeps_the_shelling(extract: Extract) -> None:
    body = "IS fighters shelled Qayyarah, retaken by the army in August."
    events = extract(body, PUB).events
    (taken,) = only(events, "capture")
    assert taken.date == "2016-08-01" and taken.actors == ("ISF",)
    (shelled,) = only(events, "attack")
    assert [p.name for p in shelled.places] == ["Qayyarah"]


def test_troops_advancing_that_car_bombs_were_sent_against_are_the_attack_s_target(
    extract: Extract,
) -> None:
    body = (
        "The militants sent waves of suicide car bombs against troops advancing in the Intisar "
        "district of Mosul, killing at least 15 soldiers, a commander said."
    )
    events = extract(body, PUB).events
    assert not only(events, "advance"), "the troops' advance describes whom the bombs hit"
    (bombs,) = only(events, "attack")
    assert bombs.actors == ("ISIS",)
