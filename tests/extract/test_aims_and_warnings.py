"""What a party hoped, meant, prepared or vowed to stop is no event that happened."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2016, 6, 30)


def test_what_a_force_hoped_or_was_intended_to_cut_is_an_aim(extract: Extract) -> None:
    body = (
        "The New Syrian Army had hoped to cut the road between Abu Kamal and al-Qaim, but was "
        "pushed back into the desert within a day.\n\n"
        "The operation was intended to cut the road between Abu Kamal and al-Qaim."
    )
    events = extract(body, PUB).events
    assert events
    assert {(e.type, e.status) for e in events} == {("cut_route", "planned")}


def test_what_one_side_vows_not_to_allow_the_other_is_no_plan_of_the_other(
    extract: Extract,
) -> None:
    body = (
        "Turkish officials have repeatedly warned that they would not allow Kurdish forces to "
        "cross the Euphrates and take control of the border area between Jarablus and Azaz."
    )
    assert extract(body, PUB).events == ()


def test_a_plan_told_in_a_clause_of_its_own_is_not_the_aim_of_the_move_before_it(
    extract: Extract,
) -> None:
    body = (
        "According to the military source, reinforcements were sent to the area and the army "
        "is preparing to retake al-Baghaliyeh."
    )
    events = extract(body, dt.date(2016, 1, 17)).events
    assert [(e.type, e.status, [p.name for p in e.places]) for e in events] == [
        ("capture", "planned", ["al-Baghaliyeh"])
    ]


def test_a_people_s_name_before_province_is_no_place(extract: Extract) -> None:
    body = (
        "ISIS killed more than 200 people in suicide bombings on the southern Syrian city of "
        "Suwayda on Wednesday, in the deadliest assault on the mainly Druze province."
    )
    events = extract(body, dt.date(2018, 7, 26)).events
    assert "Druze" not in {p.name for e in events for p in e.places}


def test_villages_taken_as_a_first_step_towards_cities_are_not_those_cities(
    extract: Extract,
) -> None:
    body = (
        "The Iraqi army launched operations in March from Makhmour base and liberated several "
        "villages south of Makhmour, as a first step towards Qayyarah and then Mosul."
    )
    events = extract(body, dt.date(2016, 4, 30)).events
    took = [e for e in events if e.type == "capture"]
    assert took
    assert all(p.role == "near" for e in took for p in e.places)


def test_a_city_that_is_to_be_retaken_is_a_plan(extract: Extract) -> None:
    body = (
        "Under an agreement between Erbil and Baghdad, the Peshmerga will not enter the city of "
        "Mosul itself, which is to be retaken by Iraqi army and police units."
    )
    retaken = [e for e in extract(body, dt.date(2016, 10, 20)).events if e.type == "capture"]
    assert retaken
    assert {e.status for e in retaken} == {"planned"}


def test_an_expected_push_and_forces_that_would_turn_next_to_a_city_are_plans(
    extract: Extract,
) -> None:
    body = (
        "Iraqi and Kurdish commanders are currently massing forces near Makhmour for an "
        "expected push toward Mosul.\n\n"
        "Baghdad has said its forces will turn next to Tal Afar, 40 miles west of Mosul."
    )
    events = extract(body, dt.date(2016, 3, 12)).events
    plans = [e for e in events if e.status == "planned"]
    assert [{p.name for p in e.places} for e in plans] == [{"Mosul"}, {"Tal Afar"}]
    (massing,) = [e for e in events if "Makhmour" in {p.name for p in e.places}]
    assert massing.status == "reported"


def test_a_town_to_be_cleared_first_in_a_plan_told_in_the_past_is_not_taken(
    extract: Extract,
) -> None:
    body = (
        "President Erdogan said on Wednesday that once al-Bab was cleared, the operation would "
        "move on to Manbij. Once Mosul was retaken, troops moved to Tal Afar."
    )
    events = extract(body, dt.date(2017, 2, 23)).events
    assert {(e.type, e.status, e.places[0].name) for e in events} == {
        ("planned", "planned", "Manbij"),
        ("advance", "reported", "Tal Afar"),
        ("capture", "reported", "Mosul"),
    }


def test_a_counterattack_being_prepared_is_a_plan(extract: Extract) -> None:
    body = "A commander said opposition fighters were preparing a counterattack to retake al-Rai."
    events = extract(body, dt.date(2016, 5, 28)).events
    assert [(e.status, e.places[0].name) for e in events] == [("planned", "al-Rai")]


def test_strikes_or_an_offensive_ruled_out_are_no_event(extract: Extract) -> None:
    for body in (
        "Washington has so far ruled out air strikes in Syria, though U.S. officials said this "
        "week that all options were being considered.",
        "The Pentagon ruled out a ground offensive against Raqqa.",
    ):
        assert not extract(body, PUB).events, body
