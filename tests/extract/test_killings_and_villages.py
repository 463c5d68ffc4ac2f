"""Killings told as such, the village a story calls so, and a deed told after an aim."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 11, 2)  # a Sunday
HIT = (33.64, 42.83)


def test_killings_that_took_place_in_a_village_are_an_attack_there(extract: Extract) -> None:
    body = (
        "The latest killings took place Saturday in the village of Ras al-Maa, north of the "
        "provincial capital Ramadi, according to the head of the provincial council."
    )
    (killed,) = only(extract(body, PUB).events, "attack")
    village = killed.places[0]
    assert (killed.date, village.name) == ("2014-11-01", "Ras al-Maa")
    # (drawn, as approximate, at the city it lies beside until an editor pins it)
    assert village.approximate and village.lat is not None


def test_men_pulled_out_of_cars_are_no_withdrawal(extract: Extract) -> None:
    body = (
        "A tribal leader said militants were stopping cars carrying families trying to reach "
        "Ramadi, pulling out the men and executing them."
    )
    assert not only(extract(body, PUB).events, "withdrawal")


def test_the_village_is_the_one_called_a_village_not_the_town_beside_it(
    extract: Extract,
) -> None:
    body = (
        "The tribe had fought the militants for weeks around their village of Zawiyat Albu "
        "Nimr, on the Euphrates River just east of the town of Hit. The militants besieged the "
        "area after overrunning Hit in mid-October.\n\n"
        "The village fell on Saturday, Oct. 25, when the tribesmen ran out of ammunition."
    )
    events = extract(body, PUB).events
    (fell,) = [e for e in events if e.quote.startswith("The village fell")]
    assert fell.places[0].place_id is None  # (not Hit, a town some gazetteer knows)
    assert fell.places[0].approximate
    assert (round(fell.places[0].lat, 2), round(fell.places[0].lon, 2)) == HIT


def test_strikes_told_after_an_aim_in_a_clause_of_their_own_were_made(
    extract: Extract,
) -> None:
    body = (
        "U.S. officials have said Iraqi army units and tribal fighters will be key to any push "
        "to retake the province, and U.S.-led coalition aircraft have carried out strikes "
        "around Hit and Ramadi in recent weeks."
    )
    (struck,) = only(extract(body, PUB).events, "airstrike")
    assert struck.status != "planned"


def test_a_village_of_four_words_told_as_their_village_keeps_its_whole_name(
    extract: Extract,
) -> None:
    body = (
        "The Al Bu Nimr had fought the militants for weeks around their village of Zawiyat Al "
        "Bu Nimr, on the Euphrates River just east of the town of Hit."
    )
    names = {m.text for m in extract(body, PUB).mentions if m.kind == "place"}
    assert "Zawiyat Al Bu Nimr" in names


def test_an_ambush_between_two_towns_that_killed_is_one_attack(extract: Extract) -> None:
    body = (
        "The militants ambushed a Peshmerga convoy between Kirkuk and Daquq late on Wednesday, "
        "killing three fighters, a Kurdish official told Rudaw."
    )
    (ambush,) = only(extract(body, PUB).events, "attack")
    assert {p.name for p in ambush.places} == {"Kirkuk", "Daquq"}
