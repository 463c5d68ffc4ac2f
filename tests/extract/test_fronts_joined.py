"""Two fronts or enclaves joined are a link-up between them; a road linking towns is not."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, names, only

PUB = dt.date(2016, 8, 15)
KOBANE, TAL_ABYAD = "geonames:172256", "geonames:163750"


def test_fronts_linked_are_a_link_up_between_them(extract: Extract) -> None:
    body = (
        "Peshmerga forces launched an offensive southeast of Mosul on Sunday, retaking a string "
        "of villages and linking their Gwer and Khazir fronts for the first time."
    )
    (joined,) = only(extract(body, PUB).events, "link_up")
    assert joined.actors == ("Peshmerga",)
    assert joined.date == "2016-08-14"
    assert [p.name for p in joined.places] == ["Gwer", "Khazir"]


def test_enclaves_linked_are_joined_and_not_taken(extract: Extract) -> None:
    body = (
        "Kurdish fighters drove ISIL out of the border town of Tal Abyad in mid-June, linking "
        "the Kurdish enclave of Kobane with the Kurdish-held areas of Hasakah province."
    )
    events = extract(body, PUB).events
    (taken,) = only(events, "capture")
    assert names(taken) == {TAL_ABYAD}
    (joined,) = only(events, "link_up")
    assert KOBANE in names(joined)


def test_a_road_linking_two_towns_joins_no_fronts(extract: Extract) -> None:
    body = "Peshmerga forces cut the road linking Mosul and Tal Afar on Sunday."
    assert only(extract(body, PUB).events, "link_up") == []
