"""Which army "the army" is: the one named last nearby, else the one the story is about."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 3, 20)  # a Thursday


def test_the_army_past_a_neighbours_army_named_once_is_the_storys(extract: Extract) -> None:
    body = (
        "Syrian troops on Thursday recaptured the town of al-Hosn, state media said.\n\n"
        "The Lebanese army said it had deployed additional troops in the Wadi Khaled area on "
        "Thursday.\n\n"
        "A military source said the army would now turn to clearing the countryside of Homs."
    )
    (plan,) = only(extract(body, PUB).events, "planned")
    assert plan.actors == ("SAA",)
    # (in the same paragraph, the army just named)
    body = "The Lebanese army said the army took hills east of Arsal near Qara on Thursday."
    assert "SAA" not in extract(body, PUB).events[0].actors


def test_a_country_whose_movement_is_named_is_not_where_its_army_acts(extract: Extract) -> None:
    body = (
        "The advance came four days after the army and fighters from Lebanon's Shiite "
        "movement Hezbollah seized the town of Yabroud."
    )
    (taken,) = extract(body, PUB).events
    assert set(taken.actors) == {"SAA", "Hezbollah"}
