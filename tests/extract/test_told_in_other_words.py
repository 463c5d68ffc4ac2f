"""Events told in words the first readings missed: other verbs, aircraft and quoted names."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2017, 9, 23)


def test_air_force_f16s_that_struck_a_town_made_an_airstrike(extract: Extract) -> None:
    body = (
        "The Iraqi Ministry of Defense said on Tuesday that Iraqi Air Force F-16s struck an "
        "Islamic State weapons depot and a command center inside Tal Afar."
    )
    (strike,) = only(extract(body, dt.date(2016, 11, 24)).events, "airstrike")
    assert [p.name for p in strike.places] == ["Tal Afar"]
    assert strike.actors[0] == "ISF"


def test_a_car_bomb_workshop_struck_from_the_air_is_a_target_not_a_bombing(
    extract: Extract,
) -> None:
    body = (
        "The U.S.-led coalition said its aircraft struck Islamic State positions and a car bomb "
        "workshop in Mosul on Wednesday."
    )
    events = extract(body, PUB).events
    assert [e.type for e in events] == ["airstrike"]
    assert events[0].actors[0] == "Coalition" and events[0].date == "2017-09-20"


def test_units_that_crossed_the_tigris_from_a_town_advanced_from_it(extract: Extract) -> None:
    body = (
        "The army said its units had crossed the Tigris river from Shirqat on pontoon bridges "
        "and begun clearing villages on the eastern bank."
    )
    (move,) = only(extract(body, PUB).events, "advance")
    assert [(p.name, p.role) for p in move.places] == [("Shirqat", "from")]
    assert move.actors == ("ISF",) and move.status == "claimed"


def test_villages_east_of_a_town_that_were_liberated_were_taken_near_it(
    extract: Extract,
) -> None:
    body = (
        "The Joint Operations Command said on Friday that 15 villages east of Shirqat had been "
        '"liberated" and that dozens of militants had been killed.'
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert [(p.name, p.role) for p in taken.places] == [("Shirqat", "near")]
    assert taken.status == "claimed"


def test_a_town_that_will_be_targeted_next_is_a_plan(extract: Extract) -> None:
    body = (
        "Officials say the town of Hawija itself will be targeted in a second phase, expected "
        "to begin once the surrounding countryside is cleared."
    )
    (plan,) = extract(body, PUB).events
    assert plan.status == "planned" and [p.name for p in plan.places] == ["Hawija"]


def test_fighters_who_slipped_across_the_border_withdrew(extract: Extract) -> None:
    body = (
        "Security sources said many ISIS fighters had slipped across the border into Syria "
        "towards Albu Kamal on Thursday night as the troops closed in."
    )
    (left,) = only(extract(body, dt.date(2017, 11, 4)).events, "withdrawal")
    assert left.actors == ("ISIS",) and left.date == "2017-11-02"
    assert ("Albu Kamal", "to") in [(p.name, p.role) for p in left.places]


def test_an_operation_launched_under_a_quoted_name_is_an_advance(extract: Extract) -> None:
    body = (
        'The PMF launched its "western axis" operation on Oct. 29, pushing across the desert '
        "toward Tal Afar."
    )
    (move,) = only(extract(body, dt.date(2016, 11, 24)).events, "advance")
    assert move.date == "2016-10-29" and move.actors == ("PMU",)


def test_police_who_entered_a_town_and_raised_the_flag_took_it(extract: Extract) -> None:
    body = (
        "Iraqi federal police entered the town of Khanaqin and raised the Iraqi flag over the "
        "municipality building."
    )
    events = extract(body, dt.date(2017, 10, 17)).events
    assert [(e.type, e.actors) for e in events] == [("capture", ("ISF",))]


def test_units_entering_a_town_hours_after_the_other_side_pulled_out_took_it(
    extract: Extract,
) -> None:
    body = (
        "Iraqi army and Hashd units entered Shingal (Sinjar) town this morning, hours after "
        "Peshmerga forces pulled out."
    )
    events = extract(body, dt.date(2017, 10, 17)).events
    (taken,) = only(events, "capture")
    assert set(taken.actors) == {"ISF", "PMU"}
    (left,) = only(events, "withdrawal")
    assert left.actors == ("Peshmerga",)
    # troops that entered and were pushed back took nothing
    body = "Troops entered Bartella on Sunday but were pushed back."
    assert not only(extract(body, dt.date(2017, 10, 17)).events, "capture")


def test_fighters_who_left_a_town_heading_for_another_withdrew(extract: Extract) -> None:
    body = (
        "The SDF took Tabqa on Wednesday. About 70 IS fighters left the town on Wednesday "
        "morning, heading east towards Raqqa, under a deal."
    )
    (left,) = only(extract(body, dt.date(2017, 5, 11)).events, "withdrawal")
    assert left.actors == ("ISIS",)
    assert [(p.place_id is not None, p.role) for p in left.places] == [
        (True, "from"),
        (True, "to"),
    ]


def test_the_coalition_saying_it_had_struck_a_district_on_a_day_made_that_strike(
    extract: Extract,
) -> None:
    body = (
        "In a statement on Saturday, the coalition said an initial review of strike data showed "
        "that it had struck IS fighters and equipment in west Mosul on 17 March, at the request "
        "of Iraqi forces."
    )
    (strike,) = extract(body, dt.date(2017, 3, 26)).events
    assert strike.type == "airstrike" and strike.date == "2017-03-17"
    assert strike.actors == ("Coalition", "ISIS") and strike.status == "claimed"
    # an army that says it struck a town did not say it struck from the air
    assert not extract("The army said it had struck Tal Afar.", PUB).events


def test_an_offensive_launched_to_isolate_a_city_is_an_advance_begun(extract: Extract) -> None:
    body = "The SDF launched their offensive to isolate Raqqa on Nov. 6."
    (move,) = extract(body, dt.date(2016, 11, 24)).events
    assert (move.type, move.status, move.date) == ("advance", "reported", "2016-11-06")
    # an aim only, it is planned
    body = "The SDF aims to isolate Raqqa before launching an assault on the city."
    assert {e.status for e in extract(body, dt.date(2016, 11, 24)).events} == {"planned"}


def test_two_parties_moving_in_two_clauses_make_two_moves(extract: Extract) -> None:
    body = (
        "The army said its units had crossed the Tigris river from Shirqat on pontoon bridges "
        "and begun clearing villages on the eastern bank, while PMU fighters pushed north "
        "towards the town of al-Riyadh from positions in Salahuddin province."
    )
    moves = only(extract(body, PUB).events, "advance")
    assert {(e.actors, tuple(p.name for p in e.places)) for e in moves} == {
        (("ISF",), ("Shirqat",)),
        (("PMU",), ("al-Riyadh",)),
    }


def test_cruise_missiles_launched_from_a_warship_are_a_strike(extract: Extract) -> None:
    body = (
        "The Russian Defense Ministry said on Tuesday that the frigate Admiral Essen had "
        "launched Kalibr cruise missiles at Daesh targets near Deir Ezzor."
    )
    (strike,) = extract(body, dt.date(2017, 9, 5)).events
    assert (strike.type, strike.date, strike.actors[0]) == ("airstrike", "2017-09-05", "Russia")
    assert [(p.name, p.role) for p in strike.places] == [("Deir Ezzor", "near")]
