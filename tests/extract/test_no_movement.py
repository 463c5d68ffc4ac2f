"""What moves no forces: a photo's caption, aid convoys, a crossing point, a take-off, the
land a flight passes over."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 9, 18)


def test_a_bracketed_photo_caption_is_page_furniture(extract: Extract) -> None:
    body = (
        "[Photo: Peshmerga fighters take position near Maktab Khalid, southwest of Kirkuk, on "
        "Friday. Photo: Rudaw]\n\n"
        "Heavy fighting was reported on the Kirkuk front."
    )
    assert only(extract(body, PUB).events, "capture") == []


def test_aid_convoys_meant_to_reach_a_city_are_no_advance(extract: Extract) -> None:
    body = (
        "Aid convoys that were meant to reach the rebel-held eastern districts of Aleppo "
        "remained stuck at the Turkish border on Saturday, as the UN said it had not received "
        "the guarantees it needed to enter the city."
    )
    assert extract(body, PUB).events == ()


def test_a_un_aid_convoy_of_trucks_that_reached_a_town_is_no_advance(extract: Extract) -> None:
    body = (
        "A UN aid convoy of 13 trucks reached Douma on Friday, delivering food for some 12,000 "
        "people, but had to cut its mission short because of the fighting."
    )
    assert extract(body, dt.date(2018, 3, 11)).events == ()


def test_trucks_carrying_food_into_a_besieged_town_are_no_advance(extract: Extract) -> None:
    body = (
        "Some 44 trucks carrying food and medicine entered Madaya on Monday, the Red Cross "
        "said, while army trucks carrying troops entered Zabadani."
    )
    events = extract(body, dt.date(2016, 1, 12)).events
    assert [(e.type, [p.name for p in e.places]) for e in events] == [("advance", ["Zabadani"])]


def test_a_crossing_point_into_a_country_is_no_crossing(extract: Extract) -> None:
    body = (
        "Earlier this month, they recaptured the border town of al-Qaim, which had been one of "
        "the militants' main crossing points into Syria."
    )
    assert [e.type for e in extract(body, dt.date(2017, 11, 23)).events] == ["capture"]


def test_taking_off_over_land_others_hold_takes_nothing_and_names_no_side(
    extract: Extract,
) -> None:
    body = (
        "Eight helicopters carrying the commandos took off from a base near Erbil and flew for "
        "an hour over territory controlled by Syrian, Russian and Turkish forces."
    )
    events = extract(body, dt.date(2019, 10, 27)).events
    assert only(events, "capture") == []
    assert all(not e.actors for e in events)


def test_a_person_captured_in_a_town_takes_no_town(extract: Extract) -> None:
    body = (
        "Mueller was captured in Aleppo in August 2013 after leaving a Doctors Without Borders "
        "hospital. Two soldiers were seized near Raqqa in December."
    )
    extraction = extract(body, dt.date(2015, 2, 6))
    assert only(extraction.events, "capture") == []
    (aid,) = [m for m in extraction.mentions if m.text == "Doctors Without Borders"]
    assert not aid.resolved and "organisation" in (aid.note or "")


def test_a_town_captured_is_still_a_capture(extract: Extract) -> None:
    body = "Mosul was captured in June 2014. Kobani was seized by the militants on Friday."
    taken = only(extract(body, dt.date(2015, 2, 6)).events, "capture")
    assert len(taken) == 2


def test_forces_that_pulled_out_of_a_town_left_it_and_took_nothing(extract: Extract) -> None:
    body = (
        "Kocho had been surrounded since 3 August, when Kurdish peshmerga forces pulled out of "
        "Sinjar and thousands of Yazidis fled to the mountain above it."
    )
    events = extract(body, dt.date(2014, 8, 16)).events
    assert only(events, "capture") == []
    (left,) = only(events, "withdrawal")
    assert left.actors == ("Peshmerga",)


def test_an_expert_captured_in_a_ground_raid_is_a_raid_not_a_town_taken_or_a_strike(
    extract: Extract,
) -> None:
    body = (
        "The Pentagon said on Wednesday that US special forces had captured an ISIS chemical "
        "weapons expert during a raid near Tal Afar last month, and that information obtained "
        "from him had led to coalition strikes on facilities in Mosul."
    )
    events = extract(body, dt.date(2016, 3, 12)).events
    assert only(events, "capture") == []
    (raid,) = only(events, "attack")
    assert {p.name for p in raid.places} == {"Tal Afar"}
    (strikes,) = only(events, "airstrike")
    assert {p.name for p in strikes.places} == {"Mosul"}


def test_the_last_jihadist_bastion_seized_is_a_place_taken(extract: Extract) -> None:
    body = "Syrian government forces have seized the last jihadist bastion in Sweida province."
    (taken,) = only(extract(body, dt.date(2018, 11, 19)).events, "capture")
    assert taken.actors[0] == "SAA"
