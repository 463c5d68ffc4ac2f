"""Goals named, counter-offensives promised, strikes disowned and plans disclaimed."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2017, 3, 23)  # a Thursday


def told(extract: Extract, body: str) -> list[tuple[str, str, str]]:
    """Each event's type, status and first place's name."""
    return [
        (e.type, e.status, e.places[0].name if e.places else "") for e in extract(body, PUB).events
    ]


def test_a_counter_offensive_promised_is_a_planned_blow_and_one_launched_a_blow(
    extract: Extract,
) -> None:
    promised = (
        'A military source told the daily al-Watan that the army would "launch a '
        'counter-offensive within days" to recover the lost ground north of Hama.'
    )
    assert told(extract, promised) == [("attack", "planned", "Hama")]
    launched = "The army launched a counteroffensive north of Hama on Monday."
    (blow,) = extract(launched, PUB).events
    assert (blow.type, blow.status, blow.date) == ("attack", "reported", "2017-03-20")


def test_a_strike_carried_out_is_from_the_air_and_disowned_is_denied(extract: Extract) -> None:
    assert told(extract, "The Pentagon said it carried out a strike on Tabqa on Monday.") == [
        ("airstrike", "claimed", "Tabqa")
    ]
    assert told(extract, "The Pentagon denied carrying out the strike on Tabqa.") == [
        ("airstrike", "denied", "Tabqa")
    ]
    # (a strike of workers is no blow)
    assert told(extract, "Workers carried out a general strike in Mosul on Monday.") == []


def test_no_plans_to_attack_a_place_is_no_claim_of_an_attack(extract: Extract) -> None:
    body = (
        "Xelil said the forces had no plans for now to attack Raqqa city, but would continue "
        "to clear the villages to the south and west of Ain Issa to secure the area."
    )
    events = told(extract, body)
    assert ("attack", "claimed", "Raqqa") not in events
    assert ("capture", "planned", "Ain Issa") in events


def test_villages_cleared_around_a_town_are_taken_near_it(extract: Extract) -> None:
    (cleared,) = extract("The YPG cleared the villages east of Ain Issa on Monday.", PUB).events
    assert (cleared.type, cleared.status, cleared.date) == ("capture", "reported", "2017-03-20")
    assert [(p.role, p.name) for p in cleared.places] == [("near", "Ain Issa")]


def test_a_place_named_as_the_goal_is_a_plan_to_reach_it(extract: Extract) -> None:
    body = '"Our goal is Hama airport, and then the city," a rebel commander told the Guardian.'
    (goal,) = extract(body, PUB).events
    assert (goal.type, goal.status) == ("planned", "planned")
    assert goal.places[0].lat is not None and abs(goal.places[0].lat - 35.1) < 0.2
    # (a target that was hit is no goal)
    past = "The target was a Daesh headquarters in Hama, the coalition said."
    assert [e.type for e in extract(past, PUB).events] != ["planned"]


def test_a_blow_claimed_before_a_denial_of_another_stays_claimed(extract: Extract) -> None:
    body = (
        "A Hashd commander claimed that Peshmerga forces had attacked a Hashd headquarters in "
        "Tuz Khurmatu on Saturday, and denied that his fighters had shelled civilian areas."
    )
    attacked = extract(body, dt.date(2016, 4, 25)).events[0]
    assert (attacked.type, attacked.status, attacked.actors[0]) == (
        "attack",
        "claimed",
        "Peshmerga",
    )
    # (a denial after the trigger still bears on it when it denies what was told)
    told_so = "Reports that Tabqa had fallen to the SDF were denied by the Islamic State."
    (fallen,) = extract(told_so).events
    assert (fallen.type, fallen.status) == ("capture", "denied")


def test_a_base_named_as_the_army_s_is_the_goal_not_the_army_going(extract: Extract) -> None:
    body = (
        "A rebel commander said fighters would now push west toward the army's Brigade 52 "
        "base near Daraa."
    )
    (push,) = extract(body, dt.date(2015, 3, 25)).events
    assert (push.type, push.status) == ("advance", "planned")
    assert "SAA" not in push.actors


def test_a_base_named_with_a_digit_is_found_by_its_name(extract: Extract) -> None:
    (strike,) = extract(
        "Israeli jets struck the T4 air base on Monday.", dt.date(2018, 4, 9)
    ).events
    assert strike.type == "airstrike"
    assert (strike.places[0].place_id, strike.places[0].lat) == ("regional:tiyas", 34.52)


def test_a_blow_denied_with_no_place_of_its_own_is_where_the_account_is(
    extract: Extract,
) -> None:
    body = (
        "The Hashd commander said his men had retaken Tuz Khurmatu on Saturday, and denied "
        "that Hashd fighters had shelled civilian areas."
    )
    events = extract(body, dt.date(2016, 4, 25)).events
    assert sorted((e.type, e.status, e.actors, e.places[0].name) for e in events) == [
        ("attack", "denied", ("PMU",), "Tuz Khurmatu"),
        ("capture", "claimed", ("PMU",), "Tuz Khurmatu"),
    ]


def test_an_attempt_to_advance_thrown_back_is_a_blow_that_was_struck(extract: Extract) -> None:
    body = (
        "Rebels say they repelled an attempt by government forces to advance on Daraa from the "
        "south overnight, killing at least 15 soldiers."
    )
    (thrown_back,) = extract(body, dt.date(2018, 6, 28)).events
    assert (thrown_back.type, thrown_back.status, thrown_back.actors[0]) == (
        "attack",
        "claimed",
        "SAA",
    )
    foiled = "The army foiled an IS attempt to advance toward Tal Afar on Monday."
    assert [(e.type, e.status) for e in extract(foiled, PUB).events] == [("attack", "reported")]


def test_pushes_further_moves_against_and_routes_to_open_are_plans(extract: Extract) -> None:
    pub = dt.date(2015, 2, 28)
    for body, kind, place in (
        ("He said the YPG aimed to push further south towards al-Hol.", "advance", "al-Hol"),
        (
            "An officer said the army would now move against rebel strongholds, including the "
            "towns of Rastan and Talbiseh.",
            "planned",
            "Rastan",
        ),
        (
            "An officer said troops would try to open a land route into Balad from the south.",
            "advance",
            "Balad",
        ),
    ):
        events = extract(body, pub).events
        assert [(e.type, e.status) for e in events] == [(kind, "planned")], body
        assert place in {p.name for p in events[0].places}, body
    # (a road opened after a capture is no move of its own)
    opened = "Troops captured Baiji on Monday and opened the road to Tikrit."
    assert [e.type for e in extract(opened, pub).events] == ["capture"]


def test_security_restored_in_the_state_media_s_quoted_words_is_a_capture(
    extract: Extract,
) -> None:
    body = (
        'State news agency SANA says army units "restored security and stability" to al-Harak, '
        "a town in the eastern countryside of Deraa."
    )
    (taken,) = extract(body, dt.date(2018, 6, 28)).events
    assert (taken.type, taken.status, taken.actors, taken.places[0].name) == (
        "capture",
        "claimed",
        ("SAA",),
        "al-Harak",
    )
