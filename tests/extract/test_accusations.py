"""Who is accused of a blow struck it; who accuses it only says so."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2015, 7, 28)


def test_a_state_accused_of_shelling_is_the_one_that_shelled(extract: Extract) -> None:
    body = (
        "The YPG accused Turkey of shelling its positions and those of allied rebels near the "
        "village of Zor Maghar, west of Kobane, on Sunday night."
    )
    (shelling,) = extract(body, PUB).events
    assert shelling.type == "attack"
    assert shelling.actors[0] == "Turkey"
    assert shelling.extra["targets"] == ["Rebels"]
    assert shelling.status == "claimed"


def test_a_bombing_blamed_on_a_group_was_that_groups(extract: Extract) -> None:
    body = (
        "A suicide bombing blamed on ISIL killed 32 people in the Kurdish town of Kobane on "
        "Monday."
    )
    (bombing,) = extract(body, PUB).events
    assert (bombing.type, bombing.actors) == ("attack", ("ISIS",))
    assert bombing.extra.get("targets", []) == []
    assert bombing.claimant is None
