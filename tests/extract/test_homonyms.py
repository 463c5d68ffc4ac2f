"""A name that two countries' towns bear is read in the country its sentence tells of."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

ERBIL = "geonames:95446"


def test_a_town_in_the_country_its_sentence_is_in_beats_the_story_s_country(
    extract: Extract,
) -> None:
    body = (
        "US and Arab jets struck Islamic State targets in Raqa and Deir Ezzor in Syria on "
        "Tuesday, and in Aleppo province near the Turkish border.\n\n"
        "Damascus said it had been informed in advance.\n\n"
        "Washington has been carrying out air strikes against IS in neighbouring Iraq since "
        "August 8, after the jihadists swept through much of the north of the country and "
        "threatened the Kurdish regional capital Arbil."
    )
    mentions = extract(body, dt.date(2014, 9, 23)).mentions
    (arbil,) = [m for m in mentions if m.text == "Arbil"]
    assert arbil.place_id == ERBIL


def test_a_desert_named_like_a_town_far_away_is_not_that_town(extract: Extract) -> None:
    body = (
        "The command said troops are preparing to launch a large operation to clear the vast "
        "desert area of al-Jazeera between Anbar, Salahuddin and Nineveh provinces."
    )
    mentions = extract(body, dt.date(2017, 11, 20)).mentions
    (jazeera,) = [m for m in mentions if m.text == "al-Jazeera"]
    assert jazeera.lat is None
    assert "desert" in (jazeera.note or "")


def test_villages_cleared_unnamed_are_taken_near_the_place_told(extract: Extract) -> None:
    body = (
        "The command said that army units and the Popular Mobilization forces cleared a number "
        "of villages and desert valleys west of Rawa."
    )
    (took,) = extract(body, dt.date(2017, 11, 20)).events
    assert (took.type, [(p.role, p.name) for p in took.places]) == ("capture", [("near", "Rawa")])


def test_a_description_set_off_after_a_town_is_that_town_not_the_story_s_city(
    extract: Extract,
) -> None:
    body = (
        "Earlier this month, the army completed liberating Deir Ezzor city, and last month it "
        "restored security to al-Mayadin city, the second largest city in the province, on "
        "the western bank of the Euphrates."
    )
    events = extract(body, dt.date(2017, 11, 20)).events
    assert sorted([p.name for p in e.places] for e in events) == [["Deir Ezzor"], ["al-Mayadin"]]
    body = (
        "Amiri said forces would next move to clear the Udhaim area north of Baquba, the "
        "provincial capital."
    )
    (plan,) = extract(body, dt.date(2015, 3, 12)).events
    assert [p.name for p in plan.places] == ["Udhaim"]


def test_a_group_s_camps_are_not_a_place_named_after_the_group(extract: Extract) -> None:
    body = "Turkish jets hit ISIL in Syria, PKK camps in northern Iraq"
    mentions = extract(body, dt.date(2015, 7, 25)).mentions
    assert "PKK" not in {m.text for m in mentions if m.kind == "place"}


def test_a_border_town_is_not_swapped_for_a_village_of_the_country_the_sentence_names(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga forces retook the border town of Rabia from ISIS on Tuesday, officials in "
        "Nineveh said.\n\n"
        "Peshmerga officials said the recapture of Rabia cuts one of the main supply lines "
        "that ISIS use between Mosul and its strongholds in Syria."
    )
    mentions = extract(body, dt.date(2014, 9, 30)).mentions
    assert {m.place_id for m in mentions if m.text == "Rabia"} == {"regional:rabia-iq"}
