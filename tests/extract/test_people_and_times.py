"""Civilians on the move are no forces' movement; a time told by an operation is no event;
a story told across paragraphs keeps its day."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract


def test_families_heading_somewhere_after_leaving_a_town_are_no_advance(
    extract: Extract,
) -> None:
    body = (
        "Residents said many families had left Tikrit in recent days, heading west towards "
        "Kirkuk as government forces massed to the south.\n\n"
        "Residents said the troops had left Tikrit, heading west towards Kirkuk."
    )
    events = extract(body, dt.date(2015, 3, 2)).events
    assert [(e.type, e.actors) for e in events] == [("withdrawal", ("ISF",))]


def test_civilians_taken_from_a_town_were_abducted_the_town_was_not_taken(
    extract: Extract,
) -> None:
    body = (
        "On Saturday there were reports that some of the civilians who had been taken from "
        "Manbij had been released near Jarabulus.\n\n"
        "The Observatory said the Christians were seized in the villages of Tal Shamiram and "
        "Tal Hermiz."
    )
    assert extract(body, dt.date(2016, 8, 13)).events == ()


def test_since_the_start_of_an_operation_is_a_time_not_an_operation(extract: Extract) -> None:
    body = (
        "Iraqi troops have also evacuated hundreds of families trapped inside Ramadi since the "
        "start of the operation, moving them to camps in the al-Habbaniyah area, the ministry "
        "said.\n\n"
        "Kurdish officials say more than 50,000 people have been displaced since the start of "
        "the Mosul operation."
    )
    assert extract(body, dt.date(2016, 1, 1)).events == ()


def test_its_fighters_opening_a_paragraph_go_on_with_the_time_the_paragraph_before_told(
    extract: Extract,
) -> None:
    body = (
        "Ten-week battle\n\n"
        "The SDF launched its offensive on Manbij at the end of May with the support of "
        "coalition air strikes.\n\n"
        "Its fighters crossed the Euphrates river near the Tishrin Dam and swept through "
        "surrounding villages, encircling the town and cutting IS supply lines to Raqqa."
    )
    events = extract(body, dt.date(2016, 8, 13)).events
    assert len(events) >= 3
    assert {e.date for e in events} == {"2016-05-21"}  # (the end of May)


def test_a_town_to_be_secured_before_the_next_push_is_a_condition_not_a_plan_to_take_it(
    extract: Extract,
) -> None:
    body = (
        "SDF commanders have said their fighters will push on towards the town of al-Bab, "
        "some 40km to the west, once Manbij is secured."
    )
    events = extract(body, dt.date(2016, 8, 13)).events
    assert [(e.type, e.status, [p.name for p in e.places]) for e in events] == [
        ("advance", "planned", ["al-Bab"])
    ]


def test_the_surrounding_province_is_an_adjective_not_a_siege(extract: Extract) -> None:
    body = (
        "The agency said 500,000 people had fled Mosul and the surrounding province of "
        "Nineveh since the fighting began."
    )
    assert extract(body, dt.date(2014, 6, 12)).events == ()


def test_a_force_attacking_from_a_base_sets_out_from_it(extract: Extract) -> None:
    body = "A third force was attacking from the north, from the area of Camp Speicher."
    (went,) = extract(body, dt.date(2015, 3, 2)).events
    assert (went.type, [(p.role, p.name) for p in went.places]) == (
        "advance",
        [("from", "Camp Speicher")],
    )


def test_pursuing_the_fleeing_remnants_of_a_group_is_the_pursuers_advance(
    extract: Extract,
) -> None:
    body = (
        "Army units continued pursuing the fleeing remnants of Daesh towards the villages "
        "north of Albu Kamal, a military source said.\n\n"
        "Fierce clashes broke out between ISIL fighters and advancing troops on the outskirts "
        "of al-Dour."
    )
    went, fought = extract(body, dt.date(2017, 11, 20)).events
    assert (went.type, went.actors[0]) == ("advance", "SAA")
    assert fought.type == "attack"
    body = "Iraqi troops found the fleeing remnants of Daesh near Tal Afar on Monday."
    (fled,) = extract(body, dt.date(2017, 8, 29)).events
    assert (fled.type, fled.actors) == ("withdrawal", ("ISIS",))


def test_the_battle_for_a_city_began_when_forces_listed_advanced_on_it_that_day(
    extract: Extract,
) -> None:
    body = (
        "The battle for Mosul began on Oct. 17, when tens of thousands of Iraqi soldiers, "
        "federal police officers, Kurdish fighters and Shiite militiamen advanced on the city "
        "from several directions."
    )
    events = extract(body, dt.date(2017, 7, 11)).events
    assert {(e.type, e.date) for e in events} == {("advance", "2016-10-17")}


def test_state_media_restoring_security_on_a_day_told_inside_the_phrase_took_the_town_then(
    extract: Extract,
) -> None:
    body = (
        "Army and allied forces restore security and stability to al-Bukamal city\n\n"
        "Deir Ezzor, SANA - Units of the Syrian Arab Army restored on Sunday security and "
        "stability to al-Bukamal city after fierce battles with Daesh terrorists."
    )
    (took,) = extract(body, dt.date(2017, 11, 20)).events
    assert (took.type, took.date, took.actors[0]) == ("capture", "2017-11-19", "SAA")


def test_a_column_pushing_from_the_east_out_of_a_province_sets_out_from_it(
    extract: Extract,
) -> None:
    body = (
        "Officials said a second column was pushing from the east out of Diyala province "
        "towards al-Alam, a town on the Tigris."
    )
    (went,) = extract(body, dt.date(2015, 3, 2)).events
    assert (went.type, [p.role for p in went.places]) == ("advance", ["from", "to"])
