"""Sentences that name an event's words but report none: fears, lobbying, generalities,
unrest, and civilians on the move; and what a speaker only called something."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2017, 10, 17)


def test_clashes_officials_fear_something_could_lead_to_are_no_attack(extract: Extract) -> None:
    body = (
        "Some Kurdish officials fear the presence of Shia militias so close to Kirkuk could "
        "lead to clashes once IS has been defeated."
    )
    assert not extract(body, PUB).events


def test_an_attack_a_government_lobbied_for_others_to_lead_is_none(extract: Extract) -> None:
    body = (
        "Ankara had lobbied for Turkish-backed Syrian rebels to lead the attack on Raqqa instead."
    )
    assert not extract(body, PUB).events


def test_fighters_sweeping_across_much_of_a_country_make_no_point_on_the_map(
    extract: Extract,
) -> None:
    body = (
        "IS overran Mosul in the summer of 2014, when its fighters swept across much of "
        "northern and western Iraq."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.actors) for e in events] == [("capture", ("ISIS",))]


def test_a_clerics_supporters_storming_parliament_is_unrest_not_war(extract: Extract) -> None:
    body = (
        "On Saturday, supporters of Shiite cleric Moqtada al-Sadr stormed parliament in Baghdad."
    )
    assert not extract(body, PUB).events
    body = "Supporters of the Islamic State attacked a checkpoint in Tikrit."
    assert [e.actors for e in extract(body, PUB).events] == [("ISIS",)]


def test_civilians_walking_to_reach_government_lines_are_no_advance(extract: Extract) -> None:
    body = (
        "Aid organizations said thousands of civilians had fled al-Qaim and nearby villages in "
        "recent weeks, many of them walking through the desert to reach government lines near "
        "Akashat."
    )
    assert not only(extract(body, PUB).events, "advance")


def test_what_a_government_said_a_strike_was_does_not_make_it_its_claim(
    extract: Extract,
) -> None:
    body = (
        "Turkish warplanes struck Kurdish militants in the Sinjar region, killing five Iraqi "
        "Kurdish peshmerga in what Ankara said was an accident."
    )
    (strike,) = only(extract(body, PUB).events, "airstrike")
    assert strike.status == "reported" and strike.claimant is None
    assert strike.actors[0] == "Turkey"


def test_news_told_if_confirmed_is_a_claim_of_no_one_named(extract: Extract) -> None:
    body = "If confirmed, the move completes the encirclement of Mosul."
    (siege,) = extract(body, PUB).events
    assert siege.status == "claimed" and siege.claimant is None


def test_what_was_taken_a_day_before_the_news_is_dated_so(extract: Extract) -> None:
    body = "Iraqi forces and the Hashd moved into disputed areas a day after taking Kirkuk."
    (taken,) = only(extract(body, PUB).events, "capture")
    assert (taken.date, taken.date_end, taken.date_precision) == ("2017-10-16", None, "day")


def test_an_assault_a_capture_clears_the_way_for_is_still_to_come(extract: Extract) -> None:
    body = (
        "US-backed Kurdish and Arab fighters have seized Syria's largest dam and the adjacent "
        "town of Tabqa from Islamic State, removing the last major obstacle before an assault "
        "on the terror group's de facto capital, Raqqa."
    )
    events = extract(body, dt.date(2017, 5, 11)).events
    (taken,) = only(events, "capture")
    assert taken.actors[0] == "SDF" and taken.status == "reported"
    assert all(e.status == "planned" for e in events if e is not taken)
    # Kurdish and Arab fighters in Iraq are not Syria's alliance
    body = "Iraqi Kurdish and Arab fighters retook Makhmour."
    assert "SDF" not in only(extract(body, PUB).events, "capture")[0].actors


def test_only_the_news_if_confirmed_is_unconfirmed_not_the_background_after_it(
    extract: Extract,
) -> None:
    body = (
        "If confirmed, the move completes the encirclement of Mosul, where Iraqi security "
        "forces have been fighting their way into the eastern neighborhoods since the beginning "
        "of November."
    )
    events = extract(body, dt.date(2016, 11, 24)).events
    assert {(e.type, e.status) for e in events} == {("siege", "claimed"), ("advance", "reported")}


def test_when_the_assault_began_is_a_time_not_a_move_of_those_inside(extract: Extract) -> None:
    body = (
        "A peshmerga officer said several hundred militants were believed to have been inside "
        "Bashiqa when the assault began, many of them foreigners."
    )
    assert not extract(body, dt.date(2016, 11, 8)).events
    (move,) = extract("The assault on Bashiqa began on Monday.", dt.date(2016, 11, 8)).events
    assert move.type == "advance" and move.date == "2016-11-07"


def test_troops_that_have_yet_to_enter_a_town_did_not_enter_it(extract: Extract) -> None:
    (move,) = extract("Troops have yet to enter Hawija.", PUB).events
    assert move.status == "denied"
    (taken,) = extract("Mosul has yet to be fully retaken.", PUB).events
    assert taken.status == "denied"


def test_reinforcements_that_never_arrived_are_no_advance(extract: Extract) -> None:
    body = (
        "A police major who escaped Ramadi said his unit had run out of ammunition and that "
        "reinforcements promised by Baghdad never arrived."
    )
    assert extract(body, dt.date(2015, 5, 18)).events == ()


def test_people_fired_on_as_they_approached_the_lines_made_no_advance(extract: Extract) -> None:
    body = (
        "Peshmerga officers said IS fighters opened fire on a group of about 40 people as they "
        "approached the Kurdish lines near Tal Afar on Tuesday night, killing a woman."
    )
    assert [e.type for e in extract(body, dt.date(2017, 9, 21)).events] == ["attack"]
