"""A name's other spelling in brackets, an agency that names itself in its lead, and what
is done to "it" or with a missile."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 2, 23)  # a Monday


def test_the_lead_of_an_agency_that_says_our_agency_is_the_story(extract: Extract) -> None:
    body = (
        "Share: Facebook | Twitter | WhatsApp\n\n"
        "QAMIŞLO - Units of the People's Protection Units (YPG) liberated the town of Tel Brak "
        "this morning, after two days of clashes, according to a YPG statement sent to our "
        "agency."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert (taken.date, [p.name for p in taken.places]) == ("2015-02-23", ["Tel Brak"])


def test_names_glossed_in_brackets_are_one_place_each_and_the_region_only_locates(
    extract: Extract,
) -> None:
    body = (
        "Units of the YPG liberated the town of Tel Brak (Til Berak) in the countryside of "
        "Hasakah (Hesekê) this morning."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert [p.name for p in taken.places] == ["Tel Brak"]


def test_an_attack_on_it_told_after_a_retaking_is_an_attack_on_the_place_retaken(
    extract: Extract,
) -> None:
    body = (
        "Army units restored security and stability on Tuesday to al-Mab'ujeh village in the "
        "eastern countryside of Salamiyah after ISIS terrorists attacked it at dawn."
    )
    (attack,) = only(extract(body, PUB).events, "attack")
    assert [p.name for p in attack.places] == ["al-Mab'ujeh"]


def test_an_anti_tank_missile_fired_at_a_tank_is_an_attack(extract: Extract) -> None:
    body = "Two soldiers were wounded when IS fired an anti-tank missile at a tank near al-Rai."
    (attack,) = only(extract(body, PUB).events, "attack")
    assert attack.places[0].name == "al-Rai"
