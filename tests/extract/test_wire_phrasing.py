"""Phrasings of wire reports: clauses about a place, borders, participles, plans, strikes."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract, names, only
from geomap.schema import Event

PUB = dt.date(2017, 8, 27)  # a Sunday
MOSUL, TAL_AFAR, HAWIJA = "geonames:99072", "geonames:90393", "geonames:390188"
TIKRIT, AL_DOUR, AL_ALAM = "geonames:90150", "geonames:99768", "geonames:6871926"
SINJAR = "geonames:448149"


def kinds(extract: Extract, body: str) -> list[tuple[str, set[str], str]]:
    return [(e.type, names(e), e.date) for e in extract(body, PUB).events]


def test_a_clause_about_a_place_gives_its_events_that_place(extract: Extract) -> None:
    # The capture is Tal Afar's, not that of Mosul, named later in the sentence.
    body = (
        "Tal Afar, which had a population of about 200,000 before ISIL seized it in 2014, "
        "lies on the former supply route between Mosul and the Syrian border."
    )
    assert kinds(extract, body) == [("capture", {TAL_AFAR}, "2014-01-01")]
    assert kinds(extract, "Mosul, which Islamic State captured in 2014, is Iraq's second city.")[
        0
    ][:2] == ("capture", {MOSUL})


def test_a_border_is_the_end_of_a_route_and_a_participle_keeps_the_date(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces encircled Tal Afar on Wednesday, cutting the last escape route to the "
        "Syrian border."
    )
    siege, cut = extract(body, PUB).events
    assert (siege.type, cut.type) == ("siege", "cut_route")
    assert cut.date == siege.date == "2017-08-23"
    ends = {(p.role, p.place_id): p for p in cut.places}
    assert set(ends) == {("from", TAL_AFAR), ("to", "country:SY")}
    border = ends[("to", "country:SY")]
    assert border.name == "Syrian border" and border.approximate and border.lat is not None


def test_taking_a_road_cuts_it(extract: Extract) -> None:
    body = "The militia plans to seize the road linking Tal Afar to the Syrian border."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status) == ("cut_route", "planned")
    assert names(event) == {TAL_AFAR, "country:SY"}


def test_ground_overlooking_a_place_is_near_it_not_the_place(extract: Extract) -> None:
    (event,) = extract("The Peshmerga seized hills overlooking Mosul on Saturday.", PUB).events
    assert (event.type, [(p.role, p.place_id) for p in event.places]) == (
        "capture",
        [("near", MOSUL)],
    )


def test_crossing_a_river_at_a_town_is_an_advance_there(extract: Extract) -> None:
    body = (
        "Iraqi troops that crossed the Tigris near Tal Afar on August 20 continue to expand "
        "their bridgehead."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("advance", {TAL_AFAR}, "2017-08-20")


def test_the_side_that_loses_is_never_drawn_as_the_one_taking(extract: Extract) -> None:
    # A headline ending "... from IS" above the lead does not make the lead's subject a target.
    body = (
        "Tal Afar: Iraqi forces 'retake city centre' from IS\n\n"
        "Iraqi government forces say they have recaptured the centre of Tal Afar, one of the "
        "last urban strongholds of the so-called Islamic State (IS) group in Iraq, less than a "
        "week after launching an offensive to retake the city."
    )
    events = extract(body, PUB).events
    assert events and all(e.actors[:1] == ("ISF",) for e in events)
    assert all(e.extra["targets"] == ["ISIS"] for e in events)
    # Those an offensive is announced to are not the ones launching it.
    body = (
        "Prime Minister Haider al-Abadi announced the start of the offensive on Tal Afar early "
        'last Sunday, telling IS militants in the town: "Either surrender or die."'
    )
    (event,) = extract(body, PUB).events
    assert event.type == "advance" and "ISIS" not in event.actors


def test_an_office_named_after_an_operation_is_no_event(extract: Extract) -> None:
    body = (
        "The Commander of the Liberation of Hawija and Tal Afar Operations, Lieutenant General "
        "Abdul-Amir Yarallah, announced on Friday the full liberation of the town of Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("capture", {TAL_AFAR}, "2017-08-25")
    # A headline in title case is no office; nor is a battle that began.
    (event,) = extract("Iraqi Forces Begin Liberation of Tal Afar", PUB).events
    assert (event.type, names(event)) == ("advance", {TAL_AFAR})
    (event,) = extract("The Battle of Mosul began on October 17, 2016.", PUB).events
    assert (event.type, names(event), event.date) == ("advance", {MOSUL}, "2016-10-17")


def test_the_far_end_of_a_road_may_be_told_as_the_city_of_a_country(extract: Extract) -> None:
    body = (
        "The forces cut the roads used by the terrorists between Tal Afar and the Syrian "
        "town of Hasakah."
    )
    (event,) = extract(body, PUB).events
    assert event.type == "cut_route"
    assert [p.role for p in event.places] == ["between", "between"]


def test_aircraft_that_killed_fighters_struck_from_the_air_and_an_estimate_is_no_claim(
    extract: Extract,
) -> None:
    body = (
        "The Russian Ministry of Defense claimed on Thursday that Russian aircraft had killed "
        "more than 300 ISIS fighters near Mosul in the preceding 24 hours."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("airstrike", "claimed", {MOSUL})
    assert event.actors == ("Russia", "ISIS") and event.extra["targets"] == ["ISIS"]
    body = "The SDF controls an estimated 90 percent of Mosul and cleared the Old City on Friday."
    assert [e.status for e in extract(body, PUB).events] == ["reported"]


def test_a_dateline_set_off_by_slashes_is_where_the_report_was_filed(extract: Extract) -> None:
    body = (
        "BAGHDAD // ISIL militants blew up Mosul's Grand Al Nuri Mosque on Wednesday night as "
        "Iraqi forces closed in on the mosque in the city's Old City, the military said."
    )
    events = extract(body, PUB).events
    assert events and all(names(e) == {MOSUL} for e in events)


def test_the_town_a_distance_is_measured_from_is_not_where_it_happened(
    extract: Extract,
) -> None:
    body = (
        "Iraqi warplanes bombed IS hideouts in the town of Hawija, some 55 km southwest of the "
        "oil city of Kirkuk, on Thursday."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("airstrike", {HAWIJA})


def test_a_number_of_villages_is_no_village_and_a_road_between_two_towns_is_both(
    extract: Extract,
) -> None:
    body = "Nine villages were liberated and the Tal Afar–Mosul road was secured on Monday."
    events = extract(body, PUB).events
    assert [[(p.role, p.place_id) for p in e.places] for e in events] == [
        [("between", TAL_AFAR), ("between", MOSUL)]
    ]


def test_those_who_support_and_those_whose_vehicles_are_hit_are_not_the_enemy_acting(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga forces launched an operation east of Mosul on Sunday with air support from "
        "the Global Coalition against Daesh."
    )
    (event,) = extract(body, PUB).events
    assert event.actors[:2] == ("Peshmerga", "Coalition")
    assert event.extra["targets"] == ["ISIS"]
    body = (
        "Daesh's Amaq news agency claimed that its militants had destroyed four armored "
        "vehicles of the Iraqi forces in suicide attacks near Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.extra["targets"]) == (
        "attack",
        ("ISIS", "ISF"),
        ["ISF"],
    )


def test_a_namesake_where_the_text_puts_no_such_place_is_not_drawn_there(
    extract: Extract,
) -> None:
    # The first of "the neighbourhoods of X, Y and Z" is a part of the town too.
    body = (
        "Government forces pushed into Deir ez-Zor on Tuesday. Fighting raged in the "
        "neighborhoods of al-Hamidiyeh, al-Ardi and al-Sinaa."
    )
    attack = only(extract(body, PUB).events, "attack")[0]
    deir = 35.34, 40.14
    assert all(
        p.approximate and abs(p.lat - deir[0]) < 0.2 and abs(p.lon - deir[1]) < 0.2
        for p in attack.places
        if p.lat is not None
    )
    assert attack.places[0].name == "al-Hamidiyeh" and attack.places[0].lat is not None
    # "north of Ramadi" is not a namesake 140 km south-east of it.
    body = "ISIS launched mortar attacks in the Jazeera area north of Ramadi on Thursday."
    (event,) = extract(body, PUB).events
    (place,) = event.places
    assert place.approximate and place.lat is not None and place.lat > 33.42


def test_syrian_rebels_take_a_town_and_turn_towards_the_next(extract: Extract) -> None:
    body = (
        "On Oct. 16, the opposition fighters captured Dabiq, a town with great symbolic "
        "importance to Daesh's apocalyptic propaganda, and then turned south toward al-Bab."
    )
    capture, advance = extract(body, PUB).events
    assert (capture.type, capture.actors, [p.name for p in capture.places]) == (
        "capture",
        ("Rebels",),
        ["Dabiq"],
    )
    assert (advance.type, advance.actors, [p.name for p in advance.places]) == (
        "advance",
        ("Rebels",),
        ["al-Bab"],
    )
    # (in Iraq, "rebels" name no one party)
    body = "Rebels attacked Tal Afar on Monday."
    assert extract(body, PUB).events[0].actors == ()


def test_launching_an_operation_to_liberate_a_town_and_pushing_on_are_no_capture(
    extract: Extract,
) -> None:
    (event,) = extract("The operation to liberate Hawija was launched on August 21.", PUB).events
    assert (event.type, names(event), event.date) == ("advance", {HAWIJA}, "2017-08-21")
    body = (
        '"Our forces are continuing their progress to liberate the remaining villages east of '
        'Hawija, towards the outskirts of Tal Afar," the statement said.'
    )
    (event,) = extract(body, PUB).events
    assert (event.type, [p.role for p in event.places]) == ("advance", ["to"])
    assert names(event) == {TAL_AFAR}


def test_a_next_step_or_goal_is_a_plan_and_a_capital_acting_is_its_government(
    extract: Extract,
) -> None:
    for body in (
        '"The next step is to secure the airport and then move towards Tal Afar," he said.',
        "He added that the next goal of the PMU was to advance toward Tal Afar.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.status, names(event)) == ("advance", "planned", {TAL_AFAR})
    body = "With the recapture of Hawija, Baghdad has retaken almost all of Kirkuk province."
    assert all("geonames:98182" not in names(e) for e in extract(body, PUB).events)  # (Baghdad)


def test_then_goes_on_from_the_date_told_and_pulling_back_to_a_place_ends_there(
    extract: Extract,
) -> None:
    body = (
        "The Islamic State seized Mosul in June 2014, when Iraqi Army divisions collapsed. The "
        "militants then swept across the plains and west to Tal Afar, where they killed hundreds."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date) for e in events] == [
        ("capture", "2014-06-01"),
        ("advance", "2014-06-01"),
        ("attack", "2014-06-01"),
    ]
    body = (
        "By Wednesday afternoon, the troops had pulled back to their previous positions in "
        "the Intisar neighborhood of Mosul, he said."
    )
    (event,) = extract(body, PUB).events
    assert event.type == "withdrawal" and ("to", "Intisar") in [
        (p.role, p.name) for p in event.places
    ]
    body = "Iraqi troops are now fighting a few hundred metres from the al-Nuri mosque in Mosul."
    assert all("from" not in [p.role for p in e.places] for e in extract(body, PUB).events)


def test_strikes_on_convoys_that_fled_a_town_hit_them_there_and_the_flight_is_not_the_strikers(
    extract: Extract,
) -> None:
    body = (
        "Iraqi aircraft carried out airstrikes on the ISIS terrorists' convoys that fled from "
        "Tal Afar towards Mosul on Thursday."
    )
    events = extract(body, PUB).events
    (strike,) = only(events, "airstrike")
    (flight,) = only(events, "withdrawal")
    assert names(strike) == {TAL_AFAR} and strike.actors[0] == "ISF"
    assert "ISF" not in flight.actors


def test_suicide_bombers_attack_on_the_ground_and_a_convoy_leaving_is_a_withdrawal(
    extract: Extract,
) -> None:
    body = "ISIS suicide bombers attacked a power station in Tal Afar on Thursday."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("attack", ("ISIS",))
    body = (
        "Hundreds of Isis members were allowed to leave Tal Afar on Sunday in a convoy of buses."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, [(p.role, p.place_id) for p in event.places]) == (
        "withdrawal",
        [("from", TAL_AFAR)],
    )


def test_clashes_reported_at_a_town_are_no_ones_claim_and_the_syria_democratic_forces_are_sdf(
    extract: Extract,
) -> None:
    (event,) = extract("Heavy clashes reported at Tal Afar on Monday.", PUB).events
    assert (event.type, event.status, event.claimant) == ("attack", "reported", None)
    body = "Monitors saw the Syria Democratic Forces taking full control of Hawija on Tuesday."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("capture", ("SDF",))


def test_a_stretch_of_road_linking_a_town_to_the_city_is_cut_between_the_two(
    extract: Extract,
) -> None:
    body = (
        "The offensive on Mosul entered its fourth day. The Peshmerga said they had taken "
        "control of a stretch of the main road linking Tal Afar to the city."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("cut_route", "claimed", {TAL_AFAR, MOSUL})


def test_a_clause_between_the_two_verbs_of_a_movement_leaves_one_movement(
    extract: Extract,
) -> None:
    body = (
        "Army units moving up from Hawija, which government forces retook in August, pushed "
        "through villages and were within sight of Tal Afar."
    )
    events = extract(body, PUB).events
    (advance,) = only(events, "advance")
    assert {(p.role, p.place_id) for p in advance.places} == {("from", HAWIJA), ("to", TAL_AFAR)}
    assert only(events, "capture")[0].date == "2017-08-01"


def test_a_place_that_only_says_where_another_is_is_not_the_event(extract: Extract) -> None:
    body = "The government says it will next target Hawija, a town between Kirkuk and Tikrit."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("planned", "planned", {HAWIJA})


def test_strikes_carried_out_by_aircraft_are_airstrikes(extract: Extract) -> None:
    body = "Coalition jets carried out 12 strikes near Mosul on Saturday."
    (event,) = only(extract(body, PUB).events, "airstrike")
    assert (names(event), event.date) == ({MOSUL}, "2017-08-26")
    assert not only(extract("A general strike near Mosul shut shops.", PUB).events, "airstrike")


def test_strikes_and_the_people_they_killed_are_one_event_from_the_air(
    extract: Extract,
) -> None:
    body = (
        "The coalition conducted more than 4,000 strikes in and around Mosul between June "
        "and August, and monitoring groups say more than 1,000 civilians were killed."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("airstrike", {MOSUL})
    assert (event.date, event.date_end) == ("2017-06-01", "2017-08-31")
    # An attack by others in the sentence is its own event.
    body = "Coalition jets struck Mosul on Friday as ISIS fighters attacked troops in the city."
    assert {e.type for e in extract(body, PUB).events} == {"airstrike", "attack"}


def test_firing_mortars_is_an_attack(extract: Extract) -> None:
    (event,) = extract("The militants fired mortars into eastern Mosul.", PUB).events
    assert (event.type, names(event)) == ("attack", {MOSUL})


def test_the_town_after_a_town_no_gazetteer_knows_is_that_town(extract: Extract) -> None:
    body = (
        "Kurdish fighters pushed into Qarawiya, northeast of Mosul, on Monday. "
        "Coalition aircraft struck militant positions in the town."
    )
    strike = only(extract(body, PUB).events, "airstrike")[0]
    # Unresolved, so not drawn, rather than drawn at Mosul.
    assert [(p.name, p.place_id) for p in strike.places] == [("the town", None)]


def test_victory_declared_and_a_town_cleared_are_captures(extract: Extract) -> None:
    body = "Iraqi forces declared victory over Islamic State in Mosul on Monday."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("capture", {MOSUL}, "2017-08-21")
    assert event.actors == ("ISF", "ISIS")  # the side beaten comes last
    (cleared,) = extract("Iraqi forces cleared Tal Afar of militants on Sunday.", PUB).events
    assert (cleared.type, names(cleared)) == ("capture", {TAL_AFAR})
    assert not extract("Kurdish forces cleared the road to Tal Afar.", PUB).events


def test_an_offensive_that_began_is_an_advance_not_a_plan(extract: Extract) -> None:
    body = "The offensive to retake Mosul, Iraq's second-largest city, began on Oct. 17."
    (event,) = extract(body, dt.date(2016, 11, 1)).events
    assert (event.type, event.status, names(event)) == ("advance", "reported", {MOSUL})
    assert event.date == "2016-10-17"


def test_fighting_that_has_been_raging_is_an_attack(extract: Extract) -> None:
    (event,) = extract("Fighting has been raging in Mosul's Old City.", PUB).events
    assert (event.type, names(event)) == ("attack", {MOSUL})


def test_a_place_lost_changes_hands_and_the_loser_is_not_the_actor(extract: Extract) -> None:
    body = "Daesh has lost Tal Afar, 60 km west of Mosul."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.actors) == ("capture", {TAL_AFAR}, ())
    assert not extract("Three soldiers lost their lives in Mosul.", PUB).events
    assert not extract("The army lost 40 men in Tal Afar.", PUB).events


def test_pushed_back_to_a_border_town_is_a_withdrawal_to_it(extract: Extract) -> None:
    body = "IS militants have been pushed back to the Syrian border town of Tal Afar."
    (event,) = extract(body, PUB).events
    assert event.type == "withdrawal"
    assert [(p.role, p.place_id) for p in event.places] == [("to", TAL_AFAR)]


def test_a_town_placed_only_by_its_neighbour_is_the_event_not_the_neighbour(
    extract: Extract,
) -> None:
    # Neither town is in the gazetteer: the event is theirs, unresolved, never Mosul's.
    for body in (
        "Iraqi forces are closing in on Karbatli, the last town before Mosul.",
        "Karbatli, 30 km south of Mosul, was retaken on Monday.",
    ):
        (event,) = extract(body, PUB).events
        assert [(p.name, p.place_id) for p in event.places] == [("Karbatli", None)], body


def test_a_place_that_holds_the_next_one_gives_way_to_it(extract: Extract) -> None:
    (event,) = extract("A car bomb killed 20 people in Baghdad's Sadr City.", PUB).events
    assert [p.name for p in event.places] == ["Sadr City"]


def test_the_city_is_never_a_district_no_gazetteer_knows(extract: Extract) -> None:
    body = (
        "Iraqi forces entered Mosul on Sunday. Fighting raged in the Zanjili district. "
        "The militants fired mortars into the city."
    )
    attacks = only(extract(body, PUB).events, "attack")
    assert names(attacks[-1]) == {MOSUL}


def test_a_live_page_entry_keeps_its_date_and_claimant(extract: Extract) -> None:
    body = (
        "16:40 GMT - Iraqi special forces have entered Mosul on Monday, the first time "
        "government troops have set foot in the city since 2014.\n\n"
        "11:30 GMT - The army spokesman says troops will take Tal Afar."
    )
    entered, planned = extract(body, PUB).events
    assert (entered.type, entered.date) == ("advance", "2017-08-21")  # not 2014
    assert planned.claimant == "The army spokesman"


def test_an_attack_launched_is_an_attack_and_an_offensive_an_advance(extract: Extract) -> None:
    body = "Islamic State fighters launched a surprise attack on army positions near Tal Afar."
    assert [e.type for e in extract(body, PUB).events] == ["attack"]
    body = "The army launched an offensive towards Tal Afar."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_shooting_down_is_an_attack_and_expecting_to_reach_is_a_plan(extract: Extract) -> None:
    body = "Militants claimed to have shot down a helicopter near Tal Afar."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("attack", "claimed", {TAL_AFAR})
    (event,) = extract("Iraqi officials expect to reach Tal Afar within days.", PUB).events
    assert (event.type, event.status) == ("advance", "planned")
    assert not extract("Tal Afar is within reach of the army.", PUB).events


def test_a_possessive_keeps_the_place_and_a_capital_s_approval_is_its_government(
    extract: Extract,
) -> None:
    (event,) = extract("Iraqi forces retook Mosul's airport.", PUB).events
    assert [(p.name, p.place_id) for p in event.places] == [("Mosul", MOSUL)]
    assert not extract("The offensive was launched with Baghdad's approval.", PUB).events


def test_breaking_into_a_town_is_an_advance_on_it(extract: Extract) -> None:
    for body in (
        "Iraqi special forces punched into the eastern edge of Mosul on Tuesday.",
        "Iraqi special forces fought their way into eastern Mosul on Tuesday.",
        "Troops crossed the Tigris river into Mosul on Tuesday, a senior officer said.",
        "Kurdish and Iraqi forces converged on Tal Afar on Tuesday.",
        "The army began an operation to retake Hawija on Tuesday.",
    ):
        assert [(e.type, e.date) for e in extract(body, PUB).events] == [
            ("advance", "2017-08-22")
        ], body
    # A campaign "of" something is no military operation.
    assert not extract("IS began its campaign of terror in Tal Afar in 2014.", PUB).events


def test_battling_an_enemy_is_fighting_but_battling_to_do_something_is_not(
    extract: Extract,
) -> None:
    (event,) = extract("Iraqi troops battled Islamic State militants in Mosul.", PUB).events
    assert (event.type, names(event), event.actors) == ("attack", {MOSUL}, ("ISF", "ISIS"))
    assert not extract("Forces battling to remove IS from Mosul face a long task.", PUB).events


def test_what_warplanes_destroy_is_struck_from_the_air_and_what_is_blown_up_attacked(
    extract: Extract,
) -> None:
    body = "US-led coalition warplanes destroyed a bridge in central Mosul overnight."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.actors) == ("airstrike", {MOSUL}, ("Coalition",))
    (event,) = extract("The militants blew up a bridge in Tal Afar on Friday.", PUB).events
    assert (event.type, names(event), event.date) == ("attack", {TAL_AFAR}, "2017-08-25")


def test_shiite_paramilitaries_are_the_pmu_and_a_dateline_is_no_claimant(
    extract: Extract,
) -> None:
    body = (
        "ERBIL, Kurdistan Region — Militia commanders say Shi'ite paramilitaries have cut "
        "the road between Tal Afar and Mosul."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.claimant, event.actors) == (
        "cut_route",
        "Militia commanders",
        ("PMU",),
    )


def test_a_feature_named_after_a_town_is_near_it_or_itself_when_known(
    extract: Extract,
) -> None:
    (dam,) = extract("Iraqi forces took control of the Fallujah Dam on Friday.", PUB).events
    # The dam lies a few km from the town: near it, not in it, and drawn as approximate.
    assert [(p.role, p.name, p.approximate) for p in dam.places] == [
        ("near", "Fallujah Dam", True)
    ]
    (dam,) = extract("Iraqi forces took control of the Haditha Dam on Friday.", PUB).events
    assert [(p.role, p.place_id) for p in dam.places] == [("at", "regional:haditha-dam")]
    (dam,) = extract("Kurdish forces took control of the Mosul Dam on Friday.", PUB).events
    assert [(p.role, p.place_id) for p in dam.places] == [("at", "regional:mosul-dam")]
    body = "The militants withdrew from Hawija towards the Hamrin mountains overnight."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.name, p.place_id) for p in event.places] == [
        ("from", "Hawija", HAWIJA),
        ("to", "Hamrin mountains", "regional:hamrin-mountains"),
    ]


def test_civilians_fleeing_is_no_withdrawal_of_forces(extract: Extract) -> None:
    body = (
        "Iraqi forces have been closing in on Tal Afar for weeks, and the last families still "
        "inside have been fleeing towards Syria."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("advance", {TAL_AFAR})  # Syria is the families'
    body = "Militants killed 12 civilians trying to flee Tal Afar last Tuesday."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("attack", {TAL_AFAR}, "2017-08-22")
    (event,) = extract("IS fighters fled Tal Afar on Tuesday.", PUB).events
    assert (event.type, event.actors) == ("withdrawal", ("ISIS",))


def test_forces_within_a_few_kilometres_of_a_town_have_advanced_on_it(
    extract: Extract,
) -> None:
    body = "Iraqi forces are within 5 kilometres of the centre of Tal Afar, the army said."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.status) == ("advance", {TAL_AFAR}, "claimed")


def test_a_district_named_with_its_city_s_possessive_is_the_district(
    extract: Extract,
) -> None:
    sadr_city = "geonames:7802746"
    for body in (
        "A suicide bomber blew himself up in Baghdad's Sadr City district on Monday.",
        "A bomb exploded in Baghdad's Sadr City on Monday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event), event.date) == ("attack", {sadr_city}, "2017-08-21")


def test_the_city_is_the_one_this_sentence_names_and_an_appositive_is_transparent(
    extract: Extract,
) -> None:
    raqqa, deir = "geonames:172955", "geonames:170794"
    body = (
        "Iraqi forces fought on in west Mosul on Thursday. "
        "Kurdish-led forces in Syria said they had cut the road linking Raqqa, the group's de "
        "facto capital, with Deir ez-Zor, further isolating the city."
    )
    events = extract(body, PUB).events
    (cut,) = only(events, "cut_route")
    assert {(p.role, p.place_id) for p in cut.places} == {("between", raqqa), ("between", deir)}
    (siege,) = only(events, "siege")
    assert names(siege) == {raqqa}  # not Mosul, the largest city of the article
    # "forces in Syria said": Syria is where they are, not its government speaking.
    (syria,) = [m for m in extract(body, PUB).mentions if m.text == "Syria"]
    assert "government" not in syria.note


def test_days_later_count_from_the_day_told_before(extract: Extract) -> None:
    body = (
        "On Aug. 20, Iraqi forces entered Tal Afar. Two days later, troops took Mosul. "
        "The previous day, jets struck Hawija."
    )
    dates = {e.type: e.date for e in extract(body, PUB).events}
    assert dates == {"advance": "2017-08-20", "capture": "2017-08-22", "airstrike": "2017-08-21"}
    # With no day told before, "later" is never after publication.
    (event,) = extract("Two days later, troops took Mosul.", PUB).events
    assert event.date == "2017-08-27"


def test_a_flight_told_in_two_verbs_is_one_withdrawal_from_the_first_place(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces retook Tal Afar on Friday. Earlier in the week, the militants had "
        "abandoned their positions in the Zab area and fled north towards the Hamrin mountains."
    )
    (flight,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.role, p.name) for p in flight.places] == [
        ("from", "Zab"),  # unresolved, but this sentence's, not Tal Afar
        ("to", "Hamrin mountains"),
    ]
    assert (flight.date, flight.date_end) == ("2017-08-21", "2017-08-27")


def test_securing_a_place_takes_it_and_an_operation_aimed_at_a_town_plans_its_capture(
    extract: Extract,
) -> None:
    (event,) = extract("Iraqi troops secured Tal Afar on Saturday.", PUB).events
    assert (event.type, event.date) == ("capture", "2017-08-26")
    assert not extract("Officials secured the release of hostages in Tal Afar.", PUB).events
    body = (
        "Iraqi forces have started the second phase of operations near Mosul, aimed at "
        "retaking Tal Afar, the spokesman said."
    )
    events = {(e.type, e.status, frozenset(names(e))) for e in extract(body, PUB).events}
    assert events == {
        ("advance", "claimed", frozenset({MOSUL})),
        ("capture", "planned", frozenset({TAL_AFAR})),
    }


def test_a_front_named_for_a_village_is_a_place_and_a_council_speaks_without_its_acronym(
    extract: Extract,
) -> None:
    body = (
        "The Kurdistan Region Security Council (KRSC) said Peshmerga forces had repelled an "
        "attack on the Nawaran front."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.claimant) == ("attack", "The Kurdistan Region Security Council")
    assert [(p.name, p.place_id) for p in event.places] == [("Nawaran", None)]


def test_a_person_named_with_a_title_holding_and_is_the_claimant(extract: Extract) -> None:
    body = (
        "Stephen Brien, UN under-secretary for Humanitarian Affairs and Emergency Relief, "
        "said troops had entered Mosul."
    )
    (event,) = extract(body, PUB).events
    assert event.claimant == (
        "Stephen Brien, UN under-secretary for Humanitarian Affairs and Emergency Relief"
    )


def test_breaking_a_siege_is_relief_and_a_strike_s_toll_is_the_strike_s(
    extract: Extract,
) -> None:
    (event,) = extract("Syrian army, allies break ISIS siege of Deir ez-Zor", PUB).events
    assert (event.type, names(event)) == ("link_up", {"geonames:170794"})
    body = "Coalition air strike kills dozens of civilians in west Mosul, residents say"
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.status) == ("airstrike", {MOSUL}, "claimed")
    (event,) = extract("Assad forces reach the outskirts of Raqqa.", PUB).events
    assert (event.type, event.actors) == ("advance", ("SAA",))


def test_pushing_deep_into_a_town_and_reinforcing_one_are_advances(extract: Extract) -> None:
    body = "By nightfall, government forces had pushed deep into Tal Afar, officers said."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]
    body = "The militants are believed to have moved fighters from Syria to reinforce Tal Afar."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.actors) == ("advance", "claimed", ("ISIS",))
    assert ("to", TAL_AFAR) in {(p.role, p.place_id) for p in event.places}


def test_a_strike_s_toll_after_a_comma_and_the_sayer_s_country_are_not_events(
    extract: Extract,
) -> None:
    body = (
        "Turkish warplanes struck militant positions near Tal Afar on Thursday, killing at "
        "least six, Turkey's military said."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("airstrike", {TAL_AFAR}, "2017-08-24")
    assert event.claimant == "Turkey's military"


def test_a_plan_to_storm_a_town_ends_where_a_clause_of_time_begins(extract: Extract) -> None:
    body = "The army plans to storm Hawija once the Mosul operation is over, officials said."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("advance", "planned", {HAWIJA})
    assert extract("A storm of criticism hit Hawija.", PUB).events == ()


def test_breaking_a_long_named_siege_is_relief_and_makhmour_is_makhmur(extract: Extract) -> None:
    body = (
        "Syrian government troops broke a nearly three-year Islamic State siege of the "
        "eastern city of Deir el-Zour on Tuesday, state media reported."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("link_up", {"geonames:170794"}, "2017-08-22")
    body = "Kurdish forces withdrew from Makhmour overnight, residents said."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("withdrawal", {"geonames:93818"})


def test_a_name_said_to_be_a_town_is_kept_unresolved_as_the_event_s_place(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces have taken control of al-Zawiya, a town 30 km south of Mosul, after "
        "clearing it of Islamic State militants."
    )
    (event,) = extract(body, PUB).events
    assert event.type == "capture"
    # (drawn where the text puts it, 30 km south of Mosul, as approximate)
    (place,) = event.places
    assert (place.name, place.role, place.place_id, place.approximate) == (
        "al-Zawiya",
        "at",
        None,
        True,
    )
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == (36.07, 43.12)
    body = "The militants were driven out of Imam Zarqa, a village on the Tigris."
    assert "Imam Zarqa" in {m.text for m in extract(body, PUB).mentions if m.kind == "place"}
    body = "Police captured Imam Zarqa near the checkpoint."
    assert "Imam Zarqa" not in {m.text for m in extract(body, PUB).mentions}


def test_the_army_is_the_army_named_before_and_two_parties_may_share_forces(
    extract: Extract,
) -> None:
    body = (
        "The Syrian army is closing in on Deir ez-Zor. The army has retaken 90 percent of "
        "the city, officials said."
    )
    capture = only(extract(body, PUB).events, "capture")[0]
    assert capture.actors == ("SAA",)
    body = "Iraqi and Kurdish forces launched an offensive to recapture Tal Afar."
    (event,) = extract(body, PUB).events
    assert set(event.actors) == {"ISF", "Peshmerga"}


def test_a_route_cut_after_a_capture_leaves_from_the_captured_town_not_its_bearing(
    extract: Extract,
) -> None:
    body = (
        "Shiite paramilitaries captured the airport of Tal Afar, west of Mosul, on Thursday, "
        "cutting off the jihadists' route to Syria."
    )
    capture, cut = extract(body, PUB).events
    assert (capture.type, names(capture)) == ("capture", {TAL_AFAR})
    assert cut.type == "cut_route"
    assert {(p.role, p.place_id) for p in cut.places} == {("from", TAL_AFAR), ("to", "country:SY")}


def test_a_city_whose_edge_holds_a_district_only_locates_it(extract: Extract) -> None:
    body = "Iraqi special forces have entered the Zahra district on the eastern edge of Mosul."
    (event,) = extract(body, PUB).events
    assert [(p.name, p.role) for p in event.places] == [("Zahra", "to")]


def test_rejecting_claims_denies_and_an_offensive_expected_to_start_is_planned(
    extract: Extract,
) -> None:
    body = "A Peshmerga spokesman rejected claims that Kurdish forces had withdrawn from Kabarto."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.claimant) == (
        "withdrawal",
        "denied",
        "A Peshmerga spokesman",
    )
    assert [(p.name, p.role) for p in event.places] == [("Kabarto", "from")]
    body = "The offensive on Tal Afar is expected to start within days, a US official said."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("planned", "planned", {TAL_AFAR})
    body = "Iraqi officials expect the battle for Hawija to begin soon."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("planned", "planned", {HAWIJA})


def test_forces_loyal_to_assad_are_the_syrian_army(extract: Extract) -> None:
    body = "Forces loyal to President Bashar al-Assad took back Palmyra in March."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.date) == ("capture", ("SAA",), "2017-03-01")


def test_where_it_was_said_is_not_where_it_happened_and_the_sayer_keeps_his_name(
    extract: Extract,
) -> None:
    body = (
        "Troops entered the Nour district, Brig. Gen. Yahya Rasool, spokesman for the Joint "
        "Operations Command, told reporters in Baghdad."
    )
    (event,) = extract(body, PUB).events
    assert [p.name for p in event.places] == ["Nour"]
    assert event.claimant == (
        "Brig. Gen. Yahya Rasool, spokesman for the Joint Operations Command"
    )


def test_days_after_a_dated_event_share_its_date(extract: Extract) -> None:
    body = "Islamic State seized Tal Afar in June 2014, days after it captured Mosul."
    events = extract(body, PUB).events
    assert {(names(e).pop(), e.date) for e in events} == {
        (TAL_AFAR, "2014-06-01"),
        (MOSUL, "2014-06-01"),
    }


def test_the_town_is_not_the_big_city_named_last_and_a_town_cut_off_is_a_cut_route(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces advanced toward the center of Tal Afar on Thursday. The city, about 150 "
        "kilometers from the Syrian border, has been cut off from Mosul since November. Some "
        "20,000 civilians remain in the town, the United Nations said."
    )
    result = extract(body, PUB)
    refs = {m.text: m.place_id for m in result.mentions if m.kind == "place"}
    assert refs["The city"] == refs["the town"] == TAL_AFAR
    (cut,) = only(result.events, "cut_route")
    assert {(p.role, p.place_id) for p in cut.places} == {
        ("between", TAL_AFAR),
        ("between", MOSUL),
    }


def test_our_forces_are_the_sayer_s_side(extract: Extract) -> None:
    body = (
        '"Our forces have now entered Tal Afar from the east," PMU spokesman Ahmed al-Asadi said.'
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.status) == ("advance", ("PMU",), "claimed")
    body = '"The enemy attacked Tal Afar," a PMU spokesman said.'
    (event,) = extract(body, PUB).events
    assert "PMU" not in event.actors


def test_villages_listed_as_the_subject_of_a_passive_are_all_taken(extract: Extract) -> None:
    body = (
        "Peshmerga forces liberated nine villages east of Mosul, the Security Council said in "
        "a statement. The villages of Badana Kabir, Badana Saghir and Tiz Khirab were retaken "
        "after heavy clashes, the statement added."
    )
    events = extract(body, PUB).events
    (retaken,) = [e for e in events if "Tiz Khirab" in {p.name for p in e.places}]
    assert [(p.name, p.role) for p in retaken.places] == [
        ("Badana Kabir", "at"),
        ("Badana Saghir", "at"),
        ("Tiz Khirab", "at"),
    ]
    assert (retaken.type, retaken.claimant) == ("capture", "the Security Council")


def test_a_weekday_with_its_date_and_a_day_last_year_are_that_day(extract: Extract) -> None:
    body = "Iraqi forces retook Tal Afar on Saturday, May 20, officials said."
    (event,) = extract(body, PUB).events
    assert (event.date, event.date_text) == ("2017-05-20", "on Saturday, May 20")
    body = "Turkish forces crossed into Syria on August 24 last year."
    (event,) = extract(body, PUB).events
    assert event.date == "2016-08-24"
    body = "By mid-August, the army had pushed into the outskirts of Tal Afar."
    (event,) = extract(body, dt.date(2017, 8, 5)).events
    assert event.date == "2016-08-11"


def test_a_siege_broken_is_relief_and_it_retaken_is_the_town_named_before(
    extract: Extract,
) -> None:
    body = "The siege of Deir ez-Zor, which began in 2014, was broken in September."
    (event,) = extract(body, dt.date(2017, 11, 5)).events
    assert (event.type, event.date) == ("link_up", "2017-09-01")
    body = "Isis captured Hawija in June 2014, and the Iraqi army retook it in October."
    first, second = extract(body, dt.date(2017, 11, 5)).events
    assert (first.type, names(first), first.actors) == ("capture", {HAWIJA}, ("ISIS",))
    assert (second.type, names(second), second.date) == ("capture", {HAWIJA}, "2017-10-01")
    assert second.actors[0] == "ISF" and [p.name for p in second.places] == ["Hawija"]


def test_movements_told_with_for_from_and_a_bearing_have_both_ends(extract: Extract) -> None:
    def ends(body: str) -> list[tuple[str, str, str]]:
        (event,) = extract(body, PUB).events
        return [(event.type, p.role, p.name) for p in event.places]

    assert ends("Hundreds of fighters fled Tal Afar for Syria, officials said.") == [
        ("withdrawal", "from", "Tal Afar"),
        ("withdrawal", "to", "Syria"),
    ]
    assert ends("A convoy of IS militants left Mosul for Tal Afar under a deal.") == [
        ("withdrawal", "from", "Mosul"),
        ("withdrawal", "to", "Tal Afar"),
    ]
    assert ends("Iraqi forces pushed north from Hawija towards Tal Afar.") == [
        ("advance", "from", "Hawija"),
        ("advance", "to", "Tal Afar"),
    ]
    assert ends("The Peshmerga advanced from Kabarto towards Tal Afar.") == [
        ("advance", "from", "Kabarto"),
        ("advance", "to", "Tal Afar"),
    ]
    assert extract("The blast left 20 dead in Tal Afar.", PUB).events[0].type != "withdrawal"


def test_headline_strikes_and_shelling_in_the_present_and_shells_that_fell(
    extract: Extract,
) -> None:
    (event,) = extract("Coalition strike hits IS headquarters in Tal Afar", PUB).events
    assert (event.type, event.actors[0], names(event)) == ("airstrike", "Coalition", {TAL_AFAR})
    (event,) = extract("US jets bomb Islamic State oil trucks near Tal Afar", PUB).events
    assert (event.type, event.actors[0]) == ("airstrike", "Coalition")
    (event,) = extract("Islamic State shells Kurdish positions near Tal Afar", PUB).events
    assert (event.type, event.actors) == ("attack", ("ISIS",))
    assert [e.type for e in extract("Mortar shells fell on Tal Afar.", PUB).events] != ["capture"]


def test_earlier_reports_are_a_noun_and_name_no_claimant(extract: Extract) -> None:
    body = "Contrary to earlier reports, Kurdish forces did not withdraw from Tal Afar."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.claimant) == ("withdrawal", "denied", None)


def test_a_reuters_dateline_with_a_date_files_the_report_and_an_owned_edge_only_locates(
    extract: Extract,
) -> None:
    body = (
        "MOSUL, Iraq, Aug 25 (Reuters) - The army's 9th Division took the village of Kabarto, "
        "on Mosul's eastern outskirts, on Thursday."
    )
    result = extract(body, PUB)
    notes = {m.text: m.note for m in result.mentions if m.kind == "place"}
    assert notes["MOSUL"].startswith("not a place: dateline")
    (event,) = result.events
    assert (event.date, [p.name for p in event.places]) == ("2017-08-24", ["Kabarto"])


def test_a_timeline_line_with_a_quoted_liberation_and_a_country_s_second_city(
    extract: Extract,
) -> None:
    body = 'January 24, 2017: Abadi announces the "full liberation" of eastern Mosul.'
    (event,) = extract(body, PUB).events
    assert (event.type, event.date, names(event)) == ("capture", "2017-01-24", {MOSUL})
    body = "Here are the key moments of the campaign to retake Iraq's second city from ISIL."
    assert extract(body, PUB).events == ()


def test_a_town_councillor_and_running_out_of_food_name_no_place(extract: Extract) -> None:
    body = "Mohammed Ali, a town councillor, said civilians ran out of Food and Water."
    assert {m.text for m in extract(body, PUB).mentions if m.kind == "place"} == set()


def test_an_assault_that_will_begin_is_planned_and_a_capture_before_will_is_not(
    extract: Extract,
) -> None:
    body = "The assault on Tal Afar will begin on Sunday, the prime minister said on Thursday."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.date) == ("attack", "planned", "2017-09-03")
    body = "Troops captured Tal Afar and will now move on to the border."
    assert extract(body, PUB).events[0].status == "reported"


def test_civilians_executed_are_attacked_and_the_source_is_the_one_named_before(
    extract: Extract,
) -> None:
    body = (
        "A security source in Nineveh province said that Daesh militants executed 15 "
        "civilians in the town of Tal Afar. The source said the terrorist organization "
        "executed 12 more in Hawija."
    )
    first, second = extract(body, PUB).events
    assert (first.type, first.actors, names(first)) == ("attack", ("ISIS",), {TAL_AFAR})
    assert (second.type, second.actors, names(second)) == ("attack", ("ISIS",), {HAWIJA})
    assert first.claimant == second.claimant == "A security source in Nineveh province"


def test_after_doing_is_done_by_the_sentence_s_subject(extract: Extract) -> None:
    body = "Hundreds of IS militants surrendered to Kurdish forces after fleeing Hawija."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors[0], names(event)) == ("withdrawal", "ISIS", {HAWIJA})


def test_the_un_is_not_the_un_official_named_before(extract: Extract) -> None:
    body = (
        "Stephen O'Brien, UN under-secretary for Humanitarian Affairs, said civilians fled "
        "Tal Afar. Militants shelled Hawija, the UN said."
    )
    events = extract(body, PUB).events
    assert only(events, "attack")[0].claimant == "the UN"


def test_a_relative_clause_speaks_for_itself_not_for_the_event_before_it(
    extract: Extract,
) -> None:
    body = (
        "Federal police entered Hawija, a town south-west of Kirkuk, where residents said the "
        "militants had fled days earlier."
    )
    entered = extract(body, PUB).events[0]
    assert (entered.type, entered.status, entered.claimant) == ("advance", "reported", None)
    body = "Federal police entered Hawija on Friday, residents said."
    (entered,) = extract(body, PUB).events
    assert (entered.status, entered.claimant) == ("claimed", "residents")


def test_the_city_is_the_story_s_city_not_the_town_it_locates(extract: Extract) -> None:
    body = (
        "Iraqi troops advanced on Mosul on Sunday. They took Bashiqa, about 15 km northeast "
        "of Mosul, and Bartella, east of Mosul. Troops retook Qaraqosh, also known as "
        "Bakhdida, last week and cleared the town. Kurdish forces were preparing to advance "
        "on Tel Keppe, north of the city."
    )
    events = extract(body, PUB).events
    refs = [m for m in extract(body, PUB).mentions if m.text == "the city"]
    assert [m.place_id for m in refs] == [MOSUL]
    captures = only(events, "capture")
    assert [p.name for e in captures for p in e.places] == ["Bashiqa", "Bartella", "Qaraqosh"]
    assert captures[0].places[0].place_id == "regional:bashiqa"
    assert only(events, "advance")[-1].places[0].name == "Tel Keppe"


def test_what_the_news_came_after_is_dated_before_it(extract: Extract) -> None:
    body = (
        "Iraqi forces on Friday retook Rawa, the last town still held by the Islamic State "
        "group. The recapture came two weeks after Iraqi troops seized the border town of "
        "al-Qaim, and a day after Syrian government forces declared victory in Albu Kamal."
    )
    rawa, qaim, kamal = extract(body, PUB).events
    assert (rawa.date, rawa.actors) == ("2017-08-25", ("ISF", "ISIS"))
    assert rawa.extra["targets"] == ["ISIS"]  # the holder is the one it was taken from
    # About two weeks before the Friday: a week-wide span around the day.
    assert (qaim.date, qaim.date_end, qaim.date_precision) == ("2017-08-08", "2017-08-14", "week")
    assert (kamal.date, kamal.date_precision) == ("2017-08-24", "day")
    assert (qaim.actors, kamal.actors) == (("ISF",), ("SAA",))
    # Without "came ... after" before it, "a day after" the attack is after it, not before.
    body = "IS shelled Hawija on Friday, and a day after the attack troops entered Tal Afar."
    assert "2017-08-24" not in {e.date for e in extract(body, PUB).events}


def test_a_town_lost_since_is_kept_without_a_date_rather_than_dated_today(
    extract: Extract,
) -> None:
    body = (
        "The jihadists overran much of Iraq in 2014 but have since lost Mosul, Tal Afar and "
        "Hawija."
    )
    # (no one takes a whole country: "much of Iraq" is no place to draw)
    (lost,) = extract(body, PUB).events
    assert (lost.type, lost.date, names(lost)) == ("capture", None, {MOSUL, TAL_AFAR, HAWIJA})


def test_an_advance_hindered_is_no_new_advance_and_a_base_is_where_one_sets_out(
    extract: Extract,
) -> None:
    body = "IS militants set oil wells on fire in Hawija to hamper the advance."
    assert not extract(body, PUB).events
    body = "Iraqi army units are advancing along the Tigris from their base at Hawija."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.place_id) for p in event.places] == [("from", HAWIJA)]


@pytest.mark.parametrize(
    "body",
    [
        # families leaving by car, and people moved by truck, are no forces moving or taking
        "Hundreds of families, many of them Kurdish, drove north towards Erbil and Kirkuk.",
        "Most were taken by truck to a camp in Hawija province.",
        # ground held more strongly, and bombs made safe
        "Iraqi army units have reinforced positions near Tal Afar to stop militants crossing.",
        "He said troops were clearing roadside bombs from the approaches to Hawija.",
        # a pointer to another story, on a line of its own
        "Troops held Mosul.\n\n[See LWJ report, Iraqi forces enter Tal Afar city center.]",
    ],
)
def test_movements_of_people_and_things_held_or_made_safe_are_no_events(
    extract: Extract, body: str
) -> None:
    assert [e for e in extract(body, PUB).events if names(e) != {MOSUL}] == []


def test_what_aid_groups_warn_an_assault_could_do_is_no_assault(extract: Extract) -> None:
    body = (
        "Aid groups warn that an assault on Mosul, home to more than a million people, could "
        "displace hundreds of thousands."
    )
    assert [e.status for e in extract(body, PUB).events] == ["planned"]


def test_a_place_moved_toward_after_one_seized_is_not_seized(extract: Extract) -> None:
    body = "ISIS seized the northern city of Mosul and swept south toward Tikrit in June 2014."
    assert [(e.type, names(e)) for e in extract(body, PUB).events] == [
        ("capture", {MOSUL}),
        ("advance", {TIKRIT}),
    ]
    body = "ISIS seized the northern city of Mosul and went on toward Tikrit in June 2014."
    assert [(e.type, names(e)) for e in extract(body, PUB).events] == [("capture", {MOSUL})]


def test_a_first_sentence_that_opens_with_us_backed_is_no_dateline(extract: Extract) -> None:
    (event,) = extract("U.S.-backed Syrian fighters captured Tabqa on Wednesday.", PUB).events
    assert (event.type, event.actors, [p.name for p in event.places]) == (
        "capture",
        ("SDF",),
        ["Tabqa"],
    )
    mentions = extract("RAQQA, Syria (AP) — Fighters captured Tabqa.", PUB).mentions
    assert [m.text for m in mentions if "dateline" in m.note] == ["RAQQA", "Syria"]


def test_a_fall_denied_and_a_noose_tightened(extract: Extract) -> None:
    (denied,) = extract("IS denied that Hawija had fallen.", PUB).events
    assert (denied.type, denied.status, names(denied)) == ("capture", "denied", {HAWIJA})
    (siege,) = extract("Iraqi forces are tightening the noose around Tal Afar.", PUB).events
    assert (siege.type, names(siege)) == ("siege", {TAL_AFAR})


def test_a_when_clause_happened_then_and_surrounding_villages_are_no_siege(
    extract: Extract,
) -> None:
    body = (
        "The city of Tal Afar has been surrounded since June, when the PMU cut the road linking "
        "it to Syria."
    )
    siege, cut = extract(body, PUB).events
    assert (siege.type, cut.type) == ("siege", "cut_route")
    assert (cut.date, cut.date_precision, cut.actors) == ("2017-06-01", "month", ("PMU",))
    body = "Thousands of civilians remain in Tal Afar and surrounding villages, the UN said."
    assert not extract(body, PUB).events


def test_the_city_named_again_after_a_sentence_without_places_is_the_same_city(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces began an assault on Tal Afar on Sunday. The city, about 60 km west of "
        "Mosul, has been cut off since June. Civilians remain in the city. Those who escaped "
        "described hunger. Iraqi troops reached the outskirts of the city within hours."
    )
    refs = [m.place_id for m in extract(body, PUB).mentions if m.text.lower() == "the city"]
    assert refs == [TAL_AFAR, TAL_AFAR, TAL_AFAR]


def test_the_capital_that_calls_or_the_outlet_told_is_no_place(extract: Extract) -> None:
    body = (
        "Iraqi forces took Kirkuk on Monday, weeks after a referendum that Baghdad called "
        "illegal. Residents fled the city, witnesses told Al Jazeera."
    )
    result = extract(body, PUB)
    notes = {m.text: m.note for m in result.mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"
    assert notes["Al Jazeera"].startswith("not a place: who was told")
    refs = [m.name for m in result.mentions if m.text == "the city"]
    assert refs == ["Kirkuk"]


def test_coordinated_subjects_act_together_before_the_holder(extract: Extract) -> None:
    body = (
        "Iraqi troops and the Hashd al-Shaabi retook Hawija, one of the last pockets of ISIL "
        "fighters in the country."
    )
    (event,) = extract(body, PUB).events
    assert (event.actors, event.extra["targets"]) == (("ISF", "PMU", "ISIS"), ["ISIS"])


def test_a_stronghold_in_a_country_is_the_city_s_and_late_last_month_is_its_end(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces started an offensive on Oct. 17 to retake Mosul, the group's last major "
        "stronghold in Iraq, which the militants seized in June 2014."
    )
    seized = only(extract(body, PUB).events, "capture")[-1]
    assert (names(seized), seized.actors, seized.date) == ({MOSUL}, ("ISIS",), "2014-06-01")
    body = "IS militants executed 40 civilians in Hawija late last month."
    (attack,) = extract(body, PUB).events
    assert (attack.date, attack.date_end) == ("2017-07-21", "2017-07-31")


def test_a_town_described_as_taken_is_a_capture_of_its_own_date(extract: Extract) -> None:
    # The description's date and event are its own; "they" are the sentence's subject.
    body = "Federal police advanced from Hammam al-Alil, a town they recaptured on Friday."
    advance, capture = extract(body, PUB).events
    assert (capture.type, names(capture), capture.date) == (
        "capture",
        {"regional:hammam-al-alil"},
        "2017-08-25",
    )
    assert capture.actors == advance.actors == ("ISF",)
    assert advance.date_text != "on Friday"
    # Its headline says where the advance set out from, not that it advanced on it.
    from geomap.slices import event_headline

    assert event_headline(advance) == "ISF advanced from Hammam al-Alil."
    body = "Troops entered Tal Afar, a town seized by Islamic State in 2014."
    entry, seized = extract(body, PUB).events
    assert (entry.type, seized.type, seized.date) == ("advance", "capture", "2014-01-01")
    assert entry.date.startswith("2017")


def test_the_means_of_an_aim_and_a_stated_aim_are_plans(extract: Extract) -> None:
    body = (
        "The PMU said they had begun an offensive to cut the road between Mosul and Raqqa "
        "by capturing the town of Tal Afar."
    )
    assert [(e.type, e.status) for e in extract(body, PUB).events] == [
        ("cut_route", "planned"),
        ("capture", "planned"),
    ]
    body = (
        "“Our aim is to cut off Daesh's supply lines from Tal Afar to Syria,” said a "
        "spokesman for the paramilitaries, Ahmed al-Asadi."
    )
    (cut,) = extract(body, PUB).events
    assert (cut.type, cut.status) == ("cut_route", "planned")
    assert cut.claimant == "a spokesman for the paramilitaries, Ahmed al-Asadi"


def test_declared_liberated_is_a_capture_and_trapped_civilians_no_siege(
    extract: Extract,
) -> None:
    body = "The eastern half of Mosul was declared liberated in January."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("capture", {MOSUL}, "2017-01-01")
    body = "Troops pushed into Mosul's Old City as thousands of civilians remained trapped inside."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_what_state_media_reported_is_theirs(extract: Extract) -> None:
    body = "Syrian troops reached the Iraqi border near Tal Afar, state media reported."
    (event,) = extract(body, PUB).events
    assert (event.status, event.claimant) == ("claimed", "state media")


def test_names_listed_with_a_known_place_are_places_and_share_its_role(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga units backed by coalition airstrikes advanced from Khazir, Tal Afar and "
        "Nawaran, Lt. Gen. Jabbar Yawar said."
    )
    result = extract(body, PUB)
    unresolved = [m.text for m in result.mentions if m.kind == "place" and not m.resolved]
    assert unresolved == ["Khazir", "Nawaran"]
    (advance,) = result.events
    assert [(p.role, p.name) for p in advance.places] == [
        ("from", "Khazir"),
        ("from", "Tal Afar"),
        ("from", "Nawaran"),
    ]
    assert advance.actors == ("Peshmerga", "Coalition")  # the backers after those backed
    # Names the gazetteer turned down, and names with no "and" to make a list, stay out.
    for body in (
        "He spoke to officials in Mosul, Washington and London.",
        "In Mosul, Abadi met his commanders.",
    ):
        assert [m.text for m in extract(body, PUB).mentions if m.kind == "place"] == ["Mosul"]


def test_swept_into_is_an_advance(extract: Extract) -> None:
    (event,) = extract("The group swept into Tal Afar in June 2014.", PUB).events
    assert (event.type, names(event), event.date) == ("advance", {TAL_AFAR}, "2014-06-01")


def test_what_the_places_were_and_last_month_s_vote_do_not_date_the_event(
    extract: Extract,
) -> None:
    body = (
        "By Thursday, Iraqi forces had also moved into Tal Afar and Mosul, territory the "
        "militants had held since the war began in 2014."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.date, event.actors) == ("capture", "2017-08-24", ("ISF",))
    body = (
        "Iraqi forces took Kirkuk from Kurdish fighters, a day after launching an operation in "
        "response to last month's independence referendum."
    )
    (event,) = extract(body, PUB).events
    assert event.date != "2017-07-01"
    (event,) = extract("Saturday's attack on Tal Afar killed six, officials said.", PUB).events
    assert (event.type, event.date) == ("attack", "2017-08-26")


def test_a_road_named_for_a_town_no_gazetteer_knows_runs_between_both(
    extract: Extract,
) -> None:
    (cut,) = extract("Peshmerga forces cut the Khazir-Mosul road on Sunday.", PUB).events
    assert (cut.type, cut.date) == ("cut_route", "2017-08-27")
    assert [(p.role, p.name, p.place_id) for p in cut.places] == [
        ("between", "Khazir", None),
        ("between", "Mosul", MOSUL),
    ]


def test_who_denies_a_loss_is_not_who_took_the_town(extract: Extract) -> None:
    (event,) = extract("Islamic State denied that Tal Afar had fallen.", PUB).events
    assert (event.type, event.status, event.actors) == ("capture", "denied", ())
    (event,) = extract("The PMU denied they had withdrawn from Tal Afar.", PUB).events
    assert (event.type, event.status, event.actors) == ("withdrawal", "denied", ("PMU",))


def test_the_wires_names_for_the_parties(extract: Extract) -> None:
    body = (
        "Syrian Kurdish fighters and Iraqi counterterrorism forces attacked the extremists "
        "near Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert set(event.actors) == {"SDF", "ISF", "ISIS"}


def test_a_live_page_s_entries_are_the_story_not_furniture(extract: Extract) -> None:
    # "our correspondent says" is reporting; "US" is no "us"; the time stamp is no claimant.
    body = (
        "10:05 PMU units have entered Tal Afar, our correspondent says.\n\n"
        "10:40 The US-led coalition says it carried out 12 air strikes near Mosul on Friday."
    )
    advance, strike = extract(body, PUB).events
    assert (advance.type, advance.claimant) == ("advance", "our correspondent")
    assert (strike.type, strike.claimant, strike.date) == (
        "airstrike",
        "The US-led coalition",
        "2017-08-25",
    )


def test_an_aside_or_a_title_after_a_one_word_name_is_not_the_claimant(
    extract: Extract,
) -> None:
    body = "The PMU, meanwhile, said they had cut the road between Tal Afar and Mosul."
    assert extract(body, PUB).events[0].claimant == "The PMU"
    body = "Airwars, a monitoring group, said coalition airstrikes hit Mosul on Friday."
    assert extract(body, PUB).events[0].claimant == "Airwars, a monitoring group"


def test_a_base_named_with_a_number_is_no_one_letter_place(extract: Extract) -> None:
    result = extract("Iraqi forces also retook the K1 military base near Hawija.", PUB)
    # (the base may be kept as a name no gazetteer knows, never read as a place "K")
    assert [m.text for m in result.mentions if m.kind == "place" and m.resolved] == ["Hawija"]
    assert all(m.text in ("K1", "Hawija") for m in result.mentions if m.kind == "place")


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Haider al-Abadi has pledged to retake Mosul before the end of the year.",
        '"We are determined to liberate Tal Afar this year," Abadi said in June.',
        "The government's promise to march on Hawija will depend heavily on air power.",
        '"After Mosul, there is no excuse to delay the liberation of Tal Afar," he said.',
        "Trump's decision in December to withdraw 2,000 US troops from Syria was reversed.",
    ],
)
def test_a_vow_a_promise_or_a_decision_is_a_plan_not_a_deed(extract: Extract, body: str) -> None:
    assert [e.status for e in extract(body, PUB).events] == ["planned"]


def test_a_quoted_battle_to_capture_is_a_plan_and_a_hedge_in_a_clause_is_its_own(
    extract: Extract,
) -> None:
    body = 'The PMU say they have launched the "great battle" to capture Tal Afar.'
    assert [(e.type, e.status) for e in extract(body, PUB).events] == [("capture", "planned")]
    body = (
        "Iraqi forces recaptured Mosul on Thursday, a city where ISIS leaders are believed to "
        "have hidden."
    )
    (event,) = extract(body, PUB).events
    assert (event.status, event.actors) == ("reported", ("ISF",))


def test_the_army_and_kurdish_fighters_are_those_of_the_country_they_fight_in(
    extract: Extract,
) -> None:
    body = (
        "The army recaptured Tal Afar on Thursday. Kurdish fighters advanced towards Mosul.\n\n"
        "In Syria, government troops recaptured Palmyra on Thursday. Kurdish fighters "
        "captured a district of Raqqa."
    )
    assert [e.actors for e in extract(body, PUB).events] == [
        ("ISF",),
        ("Peshmerga",),
        ("SAA",),
        ("SDF",),
    ]
    body = "The Syrian army said the army had advanced on Mosul."
    assert extract(body, PUB).events[0].actors == ("SAA",)


def test_factions_and_foreign_forces_by_the_names_reporters_use(extract: Extract) -> None:
    body = (
        "Kata'ib Hezbollah fighters linked up with Syrian regime forces near Albu Kamal. "
        "The coalition carried out five strikes near Mosul. Russian troops entered Palmyra."
    )
    assert [e.actors for e in extract(body, PUB).events] == [
        ("PMU", "SAA"),
        ("Coalition",),
        ("Russia",),
    ]


def test_a_clause_of_its_own_subject_and_the_speaker_are_not_the_event_s_parties(
    extract: Extract,
) -> None:
    body = (
        "Iraqi troops entered Mosul for the first time since Islamic State overran the city "
        "in June 2014."
    )
    entry, fall = extract(body, PUB).events
    assert (entry.actors, fall.actors) == (("ISF",), ("ISIS",))
    body = "Islamic State fighters shelled Tal Afar on Monday, the Iraqi military said."
    assert extract(body, PUB).events[0].actors == ("ISIS",)
    body = "Iraqi forces said they had recaptured Tal Afar on Monday."
    assert extract(body, PUB).events[0].actors == ("ISF",)


def test_what_is_under_way_is_as_of_the_report_not_the_day_told_before(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces recaptured Mosul on August 20. Iraqi and PMU units are now advancing "
        "toward Tal Afar."
    )
    capture, advance = extract(body, PUB).events
    assert capture.date == "2017-08-20"
    assert (advance.date, advance.date_end) == ("2017-08-26", "2017-08-27")


def test_clearing_a_named_town_and_raising_a_flag_over_it_are_captures(
    extract: Extract,
) -> None:
    for body in (
        "Iraqi troops cleared the town of Tal Afar on Sunday.",
        "Iraqi forces cleared Tal Afar on Sunday.",
        "Iraqi forces raised the Iraqi flag over the citadel of Tal Afar on Sunday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event), event.actors) == ("capture", {TAL_AFAR}, ("ISF",))
    assert not extract("Engineers cleared the road to Tal Afar.", PUB).events


def test_the_coalition_striking_is_an_airstrike_and_fleeing_convoys_are_the_targets(
    extract: Extract,
) -> None:
    body = "The US-led coalition struck Islamic State positions near Tal Afar on Friday."
    (strike,) = extract(body, PUB).events
    assert (strike.type, strike.actors, strike.date) == (
        "airstrike",
        ("Coalition", "ISIS"),
        "2017-08-25",
    )
    body = (
        "Coalition warplanes struck Islamic State convoys fleeing Mosul on the road to Tal Afar."
    )
    strike, flight = extract(body, PUB).events
    assert (strike.type, [p.name for p in strike.places]) == ("airstrike", ["Mosul"])
    assert (flight.type, flight.actors) == ("withdrawal", ("ISIS",))


def test_civilians_reaching_a_camp_are_no_advance(extract: Extract) -> None:
    body = "More than 12,000 people had reached Mosul and Tal Afar since the offensive began."
    assert not extract(body, PUB).events
    body = "Iraqi troops reached the outskirts of Tal Afar on Friday."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_a_denial_after_but_is_another_party_s_and_accusations_are_claims(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces said they had recaptured Tal Afar, but Islamic State denied losing the town."
    )
    assert extract(body, PUB).events[0].status == "claimed"
    body = "Kurdish officials accused Iraqi forces of attacking Peshmerga positions near Mosul."
    (attack,) = extract(body, PUB).events
    assert (attack.type, attack.status, attack.claimant) == (
        "attack",
        "claimed",
        "Kurdish officials",
    )
    assert attack.actors == ("ISF", "Peshmerga")


def test_what_one_party_demands_of_another_is_not_done(extract: Extract) -> None:
    for body in (
        "Turkey demanded that the PMU withdraw from Tal Afar.",
        "Ankara has called on the PMU to pull out of Tal Afar.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.status) == ("withdrawal", "planned")
    body = "Troops advanced on Mosul, and the militants called on their members to flee Tal Afar."
    assert [e.status for e in extract(body, PUB).events] == ["reported", "planned"]


def test_relieving_the_besieged_is_a_link_up_by_those_who_relieve(extract: Extract) -> None:
    body = "Iraqi troops linked up with the besieged garrison in Tal Afar on Friday."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.actors) == ("link_up", {TAL_AFAR}, ("ISF",))
    body = (
        "“Our forces have broken the siege imposed by Daesh terrorists on the city of Tal "
        "Afar,” a Syrian military source said."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("link_up", ("SAA",))


def test_a_province_or_countryside_named_for_a_city_is_placed_approximately(
    extract: Extract,
) -> None:
    body = "Iraqi troops captured several villages in Mosul province on Friday."
    (event,) = extract(body, PUB).events
    (place,) = event.places
    assert (place.name, place.place_id, place.approximate) == ("Mosul province", MOSUL, True)
    (event,) = extract("Iraqi troops entered Mosul on Friday.", PUB).events
    assert not event.places[0].approximate


def test_a_part_of_a_town_taken_is_not_the_town_taken(extract: Extract) -> None:
    # The town a neighbourhood lies in says where it is; the reader's headline says "near".
    for body in (
        "Federal police pushed IS out of the Bab al-Tob area of Mosul on Friday.",
        "Iraqi troops retook Mosul's Bab al-Tob district on Friday.",
        "Iraqi troops retook Bab al-Tob hospital in western Mosul on Friday.",
    ):
        (event,) = extract(body, PUB).events
        roles = {p.place_id: p.role for p in event.places}
        assert event.type == "capture" and roles.get(MOSUL, "near") == "near", body
        assert "Bab al-Tob" in {p.name for p in event.places if p.role == "at"}


def test_an_airport_or_university_taken_is_drawn_at_its_town_as_approximate(
    extract: Extract,
) -> None:
    for body, name in (
        (
            "Iraqi forces fully liberated the Mosul international airport on Thursday.",
            "Mosul international airport",
        ),
        ("Hashd fighters liberated Tal Afar airport on Thursday.", "Tal Afar airport"),
        ("Iraqi troops recaptured the university of Mosul on Thursday.", "university of Mosul"),
    ):
        (event,) = extract(body, PUB).events
        (place,) = event.places
        assert (event.type, place.name, place.approximate) == ("capture", name, True), body


def test_driving_a_party_out_of_a_place_takes_it(extract: Extract) -> None:
    for body in (
        "Peshmerga fighters pushed IS out of Bashiqa on Monday.",
        "Iraqi troops expelled Islamic State militants from Hawija on Monday.",
        "The army ousted the jihadists from the town of Hawija on Monday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.date, event.extra["targets"]) == (
            "capture",
            "2017-08-21",
            ["ISIS"],
        ), body
    # Civilians forced out of their homes are no capture.
    body = "The fighting forced thousands of civilians out of their homes in Hawija."
    assert extract(body, PUB).events == ()


def test_one_person_fleeing_or_the_reporter_arriving_is_no_movement_of_forces(
    extract: Extract,
) -> None:
    for body in (
        "In 2014 he had fled to Erbil from Mosul.",
        "She escaped from the Faruq neighbourhood of Mosul on Sunday.",
        "Abdullah Hadba, 54, who reached the camp at Hammam al-Alil on Monday, said food was scarce.",
        "When we reached the village of Bashiqa last week, the church was burnt.",
    ):
        assert extract(body, PUB).events == (), body
    # A commander speaking for his troops still reports their advance.
    body = '"We have reached the outskirts of Tal Afar," the commander said on Monday.'
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_what_will_not_happen_is_no_event(extract: Extract) -> None:
    for body in (
        'His men would not withdraw from Sinjar "whatever the Hashd decide".',
        "The Peshmerga refused to enter Mosul on Monday.",
        "Shia militias will not enter Tal Afar, the prime minister said.",
    ):
        assert extract(body, PUB).events == (), body


def test_the_party_of_a_clause_after_as_or_while_is_not_the_event_s(extract: Extract) -> None:
    body = "Isis blew up the great mosque in Mosul on Wednesday as Iraqi forces closed in."
    (attack,) = extract(body, PUB).events
    assert (attack.type, attack.actors) == ("attack", ("ISIS",))
    body = "Islamic State fighters retook Hawija in December while the army fought in Mosul."
    capture = only(extract(body, PUB).events, "capture")[0]
    assert capture.actors == ("ISIS",)


def test_a_siege_ended_where_the_relief_arrived_is_a_link_up_not_a_new_siege(
    extract: Extract,
) -> None:
    body = (
        "Syrian troops broke through Islamic State lines on Tuesday to reach a besieged army "
        "garrison in Deir ez-Zor, ending a siege of nearly three years."
    )
    events = extract(body, PUB).events
    assert [e.type for e in events] == ["advance", "link_up"]
    assert all(names(e) == {"geonames:170794"} and e.date == "2017-08-22" for e in events)
    # Alone, the siege is the news.
    (siege,) = extract("Food ran out in besieged Tal Afar on Tuesday.", PUB).events
    assert siege.type == "siege"


def test_who_speaks_in_a_clause_of_its_own_does_not_claim_the_main_event(
    extract: Extract,
) -> None:
    body = (
        "Bartella fell to Iraqi forces on Thursday, after a day of heavy fighting in which, "
        "according to the major, at least 40 militants were killed."
    )
    (capture,) = extract(body, PUB).events
    assert (capture.status, capture.claimant) == ("reported", None)
    body = "Troops have not yet entered Tal Afar, where officers say the militants have dug in."
    (advance,) = extract(body, PUB).events
    assert (advance.status, advance.claimant) == ("denied", None)
    body = (
        "Hawija was retaken on Thursday, a week after Prime Minister Haider al-Abadi "
        "announced the start of the offensive to recapture Tal Afar."
    )
    capture, launch = extract(body, PUB).events
    assert (capture.type, capture.status) == ("capture", "reported")
    assert (launch.type, launch.claimant) == ("advance", "Prime Minister Haider al-Abadi")


def test_an_offensive_launched_or_begun_is_an_advance_on_its_goal(extract: Extract) -> None:
    for body in (
        "Iraqi forces launched on Sunday a major offensive to drive IS out of western Mosul.",
        "Since military operations to retake western Mosul began on Sunday, more than "
        "330,000 people have been displaced, according to the IOM.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.status, event.date) == ("advance", "reported", "2017-08-27")
        assert [(p.role, p.place_id) for p in event.places] == [("to", MOSUL)], body


def test_the_battle_named_as_a_topic_or_heading_is_no_event(extract: Extract) -> None:
    for body in (
        "Welcome to our live coverage of the battle for Mosul.",
        "Battle for Mosul: the view from a rooftop",
        "The raid was meant to divert attention from the offensive on Tal Afar.",
    ):
        assert extract(body, PUB).events == (), body
    (fight,) = extract("Fierce battles raged in Tal Afar on Monday.", PUB).events
    assert (fight.type, names(fight), fight.date) == ("attack", {TAL_AFAR}, "2017-08-21")


def test_a_plan_told_beside_a_past_event_is_dated_as_of_the_report(extract: Extract) -> None:
    body = (
        "Iraqi troops took the town of Hawija on Saturday and are expected to push on to Tal Afar."
    )
    capture, plan = extract(body, PUB).events
    assert (capture.type, capture.date) == ("capture", "2017-08-26")
    assert (plan.status, plan.date, plan.date_end) == ("planned", "2017-08-27", None)
    body = "Earlier this week, Iraqi forces closed in on Tal Afar, and commanders said they are preparing to storm it."
    advance = extract(body, PUB).events[0]
    assert (advance.type, advance.status, advance.claimant) == ("advance", "reported", None)


def test_more_ways_wires_tell_strikes_fights_falls_and_moves(extract: Extract) -> None:
    cases = (
        ("Iraqi aircraft struck an IS command post in Tal Afar on Monday.", "airstrike", "ISF"),
        (
            "Coalition aircraft had struck a militant position in Hawija on Monday.",
            "airstrike",
            "Coalition",
        ),
        (
            "IS fighters were still clashing with the S.D.F. near Tabqa on Monday.",
            "attack",
            "ISIS",
        ),
        (
            "Syrian army columns drove 120 km north-east towards Deir ez-Zor on Monday.",
            "advance",
            "SAA",
        ),
        ("Iraqi troops moved north-west from Hawija toward Tal Afar on Monday.", "advance", "ISF"),
    )
    for body, kind, actor in cases:
        (event,) = extract(body, PUB).events
        assert (event.type, event.actors[0], event.date) == (kind, actor, "2017-08-21"), body
    # A comparison is no place of the event.
    (fall,) = extract("Tal Afar fell far more quickly than Mosul.", PUB).events
    assert (fall.type, names(fall)) == ("capture", {TAL_AFAR})
    body = "The offensive on Tal Afar itself was expected to begin within days."
    (plan,) = extract(body, PUB).events
    assert (plan.status, names(plan)) == ("planned", {TAL_AFAR})


def test_a_date_after_since_is_not_the_event_s_and_since_then_is_untold(
    extract: Extract,
) -> None:
    body = (
        "Iraqi special forces pushed into the eastern outskirts of Mosul on Friday, breaching "
        "the city limits for the first time since Islamic State overran it three years ago."
    )
    # (what it is the first since is an event of its own, of its own date)
    told = {(e.type, e.actors[0], e.date) for e in extract(body, PUB).events}
    assert told == {("advance", "ISF", "2017-08-25"), ("capture", "ISIS", "2014-08-27")}
    body = "Since then, Iraqi forces have managed to retake Hawija and Tal Afar."
    (capture,) = extract(body, PUB).events
    assert (capture.type, capture.date) == ("capture", None)
    body = "The Peshmerga advanced on Tal Afar as part of a joint plan agreed with Baghdad."
    (advance,) = extract(body, PUB).events
    assert names(advance) == {TAL_AFAR}


def test_a_place_declared_liberated_is_taken_as_claimed(extract: Extract) -> None:
    for body in (
        'Abadi has declared that the eastern half of Tal Afar has been "fully liberated".',
        "Aug. 26, 2017 - Abadi declares the eastern side of Tal Afar fully liberated.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.status, event.claimant, names(event)) == (
            "capture",
            "claimed",
            "Abadi",
            {TAL_AFAR},
        ), body


def test_state_media_formulas_and_hand_overs_change_hands(extract: Extract) -> None:
    body = "In Syria, army units restored security and stability to the town of Palmyra on Monday."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.date) == ("capture", ("SAA",), "2017-08-21")
    body = "The Peshmerga handed over Sinjar to Iraqi forces on Monday."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.extra["targets"]) == (
        "capture",
        ("ISF", "Peshmerga"),
        ["Peshmerga"],
    )


def test_what_would_follow_or_is_prevented_or_nearly_done_is_no_event(extract: Extract) -> None:
    for body in (
        "The fall of Tal Afar would leave the militants holding Hawija.",
        "Any attack on Kirkuk would be met with force, the Peshmerga warned.",
        "The SDF say they are within a few miles of cutting the road between Raqqa and Tabqa.",
        "Rebels accused the Kurds of trying to prevent the FSA from advancing on Manbij.",
    ):
        assert extract(body, PUB).events == (), body


def test_a_capture_told_as_background_keeps_no_date_of_the_main_clause(
    extract: Extract,
) -> None:
    body = "Following the liberation of Mosul, Iraqi units on Friday advanced on Tal Afar."
    capture, advance = extract(body, PUB).events
    assert (capture.type, capture.date) == ("capture", None)
    assert (advance.type, advance.date) == ("advance", "2017-08-25")


def test_the_party_struck_cleared_out_or_whose_capital_it_is_is_the_target(
    extract: Extract,
) -> None:
    cases = (
        "The U.S.-led coalition said it carried out 11 airstrikes near Hawija on Monday, "
        "hitting IS tactical units.",
        "Iraqi forces on Monday recaptured Tal Afar from the Islamic State group, the "
        "commander said, leaving the jihadists with a shrinking pocket.",
        "The SDF took full control of Raqqa on Monday, the self-declared capital of the "
        "Islamic State (ISIS) group.",
        "FSA fighters cleared the northern Syrian town of al-Bab of Daesh terrorists on Monday.",
    )
    for body in cases:
        (event,) = extract(body, PUB).events
        assert event.extra["targets"] == ["ISIS"] and event.actors[0] != "ISIS", body
    # The party that flees is the subject of its flight, whoever struck it.
    body = (
        "Coalition warplanes struck Islamic State convoys fleeing Mosul on the road to Tal Afar."
    )
    assert [e.actors for e in extract(body, PUB).events] == [("Coalition", "ISIS"), ("ISIS",)]


def test_drones_dropping_grenades_and_convoys_under_fire_are_attacks(extract: Extract) -> None:
    for body in (
        "An Isis drone dropped grenades on soldiers near Tal Afar on Monday.",
        "Army convoys came under fire from mortars near Tal Afar on Monday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event), event.date) == ("attack", {TAL_AFAR}, "2017-08-21")
    # A heading that names the battle, and a toll a capital disputes, map nothing.
    for body in (
        "FACTBOX-Key events in the battle for Mosul",
        "Some 2,000 soldiers died in November alone, a figure Baghdad disputed.",
    ):
        assert extract(body, PUB).events == (), body


def test_a_capture_told_as_a_condition_is_no_event_and_the_next_target_is_planned(
    extract: Extract,
) -> None:
    body = "Once Hawija is secured, Iraqi commanders say they plan to turn to Tal Afar."
    assert only(extract(body, PUB).events, "capture") == []
    body = "Hawija would be the next target once Tal Afar is secured."
    (plan,) = extract(body, PUB).events
    assert (plan.type, names(plan)) == ("planned", {HAWIJA})


def test_a_place_on_a_road_or_a_diversion_is_not_where_the_event_is(extract: Extract) -> None:
    body = "Federal police took the villages of Athbah and Lazzagah on the road from Hawija to Tal Afar on Monday."
    (event,) = extract(body, PUB).events
    assert {p.name for p in event.places} == {"Athbah", "Lazzagah"}
    body = "Islamic State militants attacked Hawija on Friday to divert attention from Tal Afar."
    (event,) = extract(body, PUB).events
    assert names(event) == {HAWIJA}


def test_the_coalition_s_strike_lines_are_airstrikes(extract: Extract) -> None:
    body = (
        "Near Tal Afar, 3 strikes engaged three ISIS tactical units and destroyed a vehicle.\n\n"
        "Near Al Bab, 4 strikes engaged an ISIS tactical unit."
    )
    events = extract(body, PUB).events
    assert [(e.type, [p.name for p in e.places]) for e in events] == [
        ("airstrike", ["Tal Afar"]),
        ("airstrike", ["Al Bab"]),
    ]


def test_link_ups_seals_returns_and_departures_under_a_deal(extract: Extract) -> None:
    cases = (
        ("Government units linked up in Deir ez-Zor on Monday.", "link_up"),
        ("The SDF sealed the city off on Monday after taking Tabqa.", None),
        ("IS fighters swept back into Tal Afar on Monday.", "advance"),
        ("IS fighters left Tabqa on Monday under an evacuation deal.", "withdrawal"),
    )
    for body, kind in cases:
        kinds = [e.type for e in extract(body, PUB).events]
        assert kind is None or kind in kinds, (body, kinds)
    (day,) = [d for d in extract("Troops took Hawija on the 3rd of this month.", PUB).events]
    assert day.date == "2017-08-03"


def test_what_is_not_allowed_is_no_event_and_a_completed_aim_is_done(extract: Extract) -> None:
    body = "Kurdish forces would not allow the Hashd to enter Sinjar."
    assert extract(body, PUB).events == ()
    body = "The Syrian army has completed the operation to liberate Palmyra, the army said."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status) == ("capture", "claimed")


def test_a_claim_denied_in_the_next_sentence_is_denied_and_says_by_whom(
    extract: Extract,
) -> None:
    from geomap.slices import event_headline

    body = (
        "The Islamic State group's Aamaq news agency claimed on Saturday that its fighters had "
        "recaptured Tal Afar. Iraqi commanders denied the claim, saying the town remained "
        "under their control."
    )
    (event,) = extract(body, PUB).events
    assert (event.status, event.extra["denied_by"]) == ("denied", "Iraqi commanders")
    assert event_headline(event).endswith(
        "(claimed by The Islamic State group's Aamaq news agency, denied by Iraqi commanders)."
    )


def test_a_verb_of_saying_inside_a_compound_attributes_nothing(extract: Extract) -> None:
    body = (
        "IS overran Hawija in early 2014 and turned it into a hub of its self-declared caliphate."
    )
    (event,) = extract(body, PUB).events
    assert (event.status, event.claimant) == ("reported", None)


def test_a_clause_joined_by_and_that_and_guns_turned_toward_a_place_are_apart(
    extract: Extract,
) -> None:
    body = (
        "The source said that the forces liberated Tal Afar on the 3rd of this month, and "
        "that the terrorist gangs had controlled Hawija since the year 2014."
    )
    (capture,) = extract(body, PUB).events
    assert (capture.type, names(capture), capture.date) == ("capture", {TAL_AFAR}, "2017-08-03")
    body = "The rebels, having taken Tal Afar on Monday, had turned their guns toward Hawija."
    capture, plan = extract(body, PUB).events
    assert (names(capture), plan.status, names(plan)) == ({TAL_AFAR}, "planned", {HAWIJA})


def test_us_backed_fighters_and_the_group_s_capital(extract: Extract) -> None:
    body = (
        "US-backed fighters on Monday seized full control of Raqqa, the Islamic State group's "
        "de facto Syrian capital, a monitor said."
    )
    (event,) = extract(body, PUB).events
    assert (event.actors, event.extra["targets"]) == (("SDF", "ISIS"), ["ISIS"])
    body = (
        "IS captured Hawija in June 2014, when its fighters swept across northern and western "
        "Iraq and the group's leader Abu Bakr al-Baghdadi declared a caliphate."
    )
    capture = extract(body, PUB).events[0]
    assert (capture.type, capture.status, capture.claimant) == ("capture", "reported", None)


def test_a_state_statement_s_districts_divisions_and_defenders(extract: Extract) -> None:
    body = (
        'The Commander of "We Are Coming, Nineveh" operations, Lieutenant General Abdul Amir '
        "Rashid Yarallah, announced today that the Counter-Terrorism Service had liberated the "
        "al-Shifa neighbourhood and the hospital complex on the right bank of Mosul."
    )
    (event,) = extract(body, PUB).events
    assert event.claimant == "Lieutenant General Abdul Amir Rashid Yarallah"
    assert {(p.name, p.role) for p in event.places} == {("al-Shifa", "at"), ("Mosul", "near")}
    body = (
        "The 9th Armoured Division, with the support of the Popular Mobilisation, liberated "
        "Tal Afar on Monday."
    )
    (event,) = extract(body, PUB).events
    assert event.actors == ("ISF", "PMU")
    body = (
        "Forces of the Rapid Response Division repelled an attack by the terrorist gangs on "
        "their positions in Tal Afar on Monday."
    )
    (event,) = extract(body, PUB).events
    assert event.actors[0] == "ISIS"
    body = "Officials say the liberation of Tal Afar is only days away."
    (event,) = extract(body, PUB).events
    assert event.status == "planned"


def test_a_reader_s_review_what_the_map_must_not_say(extract: Extract) -> None:
    # "would" past an appositive is no fact
    body = (
        "The fall of Tal Afar, a city of mainly Turkmen population about 80 km west of Mosul, "
        "would leave the militants holding Hawija."
    )
    assert extract(body, PUB).events == ()
    # a people is no place
    body = "The fall of Hawija, a largely Yezidi and Christian town, left Tal Afar isolated."
    assert all(p.name != "Yezidi" for e in extract(body, PUB).events for p in e.places)
    # neighbourhoods of a city taken are not the city taken
    body = "Troops pushed IS out of about a dozen neighbourhoods on the eastern side of Tal Afar."
    (event,) = extract(body, PUB).events
    assert [p.role for p in event.places] == ["near"]
    # villages near a town, glossed in brackets, are near it
    body = "The PMU drove ISIS out of villages southwest of Shingal (Sinjar) on Monday."
    (event,) = extract(body, PUB).events
    assert {p.role for p in event.places} == {"near"}
    # a past event told in a sentence about a fear is not a plan
    body = (
        "Yezidi leaders fear new fighting will follow the onslaught of August 2014, when the "
        "militants overran Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.status, event.date) == ("reported", "2014-08-01")


def test_a_small_namesake_far_from_all_the_story_s_places_stays_unresolved(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces took the citadel of Tal Afar on Sunday. Federal Police advanced into "
        "al-Qadisiya, while troops cleared villages near Mosul and Hawija."
    )
    result = extract(body, PUB)
    m = next(m for m in result.mentions if m.text == "al-Qadisiya")
    assert not m.resolved and "far from" in m.note
    # the army beside the Syrian border in a story on Iraqi towns is Iraq's
    body = "In Tal Afar, the army cut the road to the Syrian border on Monday."
    (event,) = extract(body, PUB).events
    assert event.actors == ("ISF",)


def test_pronoun_subjects_the_besieged_and_those_surrendered_to(extract: Extract) -> None:
    body = (
        "Government forces advanced on Deir ez-Zor on Monday. They broke the ISIL siege of "
        "Deir ez-Zor in September and recaptured the town of Mayadin in mid-October."
    )
    events = extract(body, PUB).events
    assert [e.actors for e in events] == [("SAA",), ("SAA",), ("SAA",)]
    body = "The Syrian army has been besieged by IS in Deir ez-Zor since 2015."
    (siege,) = extract(body, PUB).events
    assert (siege.actors, siege.extra["targets"]) == (("ISIS", "SAA"), ["SAA"])
    body = (
        "Hundreds of ISIL fighters fled north from Hawija and surrendered to Kurdish "
        "Peshmerga forces on Monday."
    )
    (flight,) = extract(body, PUB).events
    assert flight.actors[0] == "ISIS" and flight.extra["targets"] == ["Peshmerga"]


def test_one_event_told_in_the_headline_and_the_lead_is_one_event(extract: Extract) -> None:
    body = (
        "Iraqi forces retake Hawija\n\n"
        "Iraqi forces retook Hawija on Monday, the army said. Troops retook Hawija on "
        "Monday after a week of fighting."
    )
    captures = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert [(e.date, e.actors, e.status) for e in captures] == [
        ("2017-08-21", ("ISF",), "reported")
    ]


def test_backing_strikes_and_fighting_fled_from_are_no_events_of_their_own(
    extract: Extract,
) -> None:
    body = (
        "The Iraqi military offensive, backed by U.S.-led coalition airstrikes, began on "
        "Monday from Hawija."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, event.date) == (
        "advance",
        ("ISF", "Coalition"),
        "2017-08-21",
    )
    for body in (
        "The gunmen were disguised as civilians who had fled the fighting around Hawija.",
        "A Kurdish-led rival warns of clashes around Tal Afar.",
    ):
        assert extract(body, PUB).events == (), body


def test_obligations_disavowals_and_falling_back(extract: Extract) -> None:
    (event,) = extract("The PYD must withdraw from Manbij, the minister said.", PUB).events
    assert (event.type, event.status) == ("withdrawal", "planned")
    body = "There is no intention to attack Kirkuk, the spokesman said."
    assert extract(body, PUB).events == ()
    (event,) = extract("The jihadists have fallen back to Hawija.", PUB).events
    assert (event.type, [(p.role, p.name) for p in event.places]) == (
        "withdrawal",
        [("to", "Hawija")],
    )


def test_directions_and_claimants_that_are_no_one(extract: Extract) -> None:
    body = "The government troops made a rapid advance along the highway from Palmyra on Monday."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.name) for p in event.places] == [("from", "Palmyra")]
    body = "IS fighters have withdrawn toward the east, in the direction of Tal Afar, on Monday."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.name) for p in event.places] == [("to", "Tal Afar")]
    body = "IS fighters were pushed out of Hawija and, its allies said, out of Tal Afar on Monday."
    (event,) = extract(body, PUB).events
    assert event.claimant is None


def test_places_each_told_with_a_date_of_their_own_are_events_of_their_own(
    extract: Extract,
) -> None:
    body = "Iraqi forces retook Hawija in December 2015 and Tal Afar in June 2016."
    assert [(e.type, names(e), e.date) for e in extract(body, PUB).events] == [
        ("capture", {HAWIJA}, "2015-12-01"),
        ("capture", {TAL_AFAR}, "2016-06-01"),
    ]
    body = "Iraqi forces retook Hawija and Tal Afar in 2016."
    (event,) = extract(body, PUB).events
    assert names(event) == {HAWIJA, TAL_AFAR}


def test_a_passive_told_with_dates_per_place_and_what_it_left_behind(extract: Extract) -> None:
    body = "Hawija was recaptured in September and Tal Afar in August, leaving Mosul isolated."
    assert [(e.type, names(e), e.date) for e in extract(body, PUB).events] == [
        ("capture", {HAWIJA}, "2016-09-01"),
        ("capture", {TAL_AFAR}, "2017-08-01"),
    ]


def test_a_clause_about_a_place_described_where_it_lies(extract: Extract) -> None:
    body = (
        "Troops pushed on to Hawija, a town on the road south of Kirkuk that the special "
        "forces captured on Tuesday."
    )
    events = extract(body, PUB).events
    (capture,) = only(events, "capture")
    assert (names(capture), capture.date) == ({HAWIJA}, "2017-08-22")


def test_the_start_of_a_liberation_is_an_advance_and_its_end_a_capture(extract: Extract) -> None:
    for body in (
        "Iraqi forces began the liberation of Hawija on Thursday.",
        "Abadi announced the start of the battle for the liberation of Hawija on Thursday.",
        "The operation for the liberation of Hawija began at dawn on Thursday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event), event.date) == ("advance", {HAWIJA}, "2017-08-24"), body
    body = "Iraqi forces completed the clearing of Hawija on Thursday."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("capture", {HAWIJA})


def test_a_body_that_speaks_is_not_the_title_of_the_name_before_it(extract: Extract) -> None:
    body = "Iraqi forces on Thursday entered the last town held by IS, Hawija, the Joint Command said."
    (event,) = extract(body, PUB).events
    assert event.claimant == "the Joint Command"
    body = "Troops entered Hawija, Gen. Yahya Rasool, the spokesman for the Joint Command, said."
    (event,) = extract(body, PUB).events
    assert event.claimant == "Gen. Yahya Rasool, the spokesman for the Joint Command"


def test_the_countryside_a_town_lies_in_is_neither_the_event_nor_there(extract: Extract) -> None:
    body = (
        "Army units restored security and stability to Hawija town in the southern countryside "
        "of Kirkuk after eliminating the last gatherings of ISIS terrorists there."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("capture", {HAWIJA})


def test_how_far_troops_are_is_an_advance_how_far_a_town_lies_is_not(extract: Extract) -> None:
    body = "His troops were 2 km from the centre of Tal Afar, a commander said."
    (event,) = extract(body, PUB).events
    assert (event.type, [(p.role, p.place_id) for p in event.places]) == (
        "advance",
        [("to", TAL_AFAR)],
    )
    for body in (
        "Tal Afar is about 60 km from Mosul.",
        "The town, which is some 20 km from Mosul, lies on the road to Syria.",
    ):
        assert extract(body, PUB).events == (), body


def test_a_foiled_attempt_to_infiltrate_a_town_is_an_attack_on_it(extract: Extract) -> None:
    body = "Security forces foiled an attempt by IS militants to infiltrate Hawija on Wednesday."
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("attack", {HAWIJA}, "2017-08-23")


def test_a_place_no_gazetteer_knows_is_drawn_beside_the_town_it_is_said_to_lie_by(
    extract: Extract,
) -> None:
    body = "The ISF recaptured the village of Tell Zarqa, east of Tal Afar, on Monday."
    (event,) = extract(body, PUB).events
    (place,) = event.places
    assert (place.name, place.approximate) == ("Tell Zarqa", True)
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == (36.38, 42.45)


def test_what_a_wave_of_attacks_included_shares_its_dates(extract: Extract) -> None:
    body = (
        "ISIS launched a wave of attacks against ISF positions around Kirkuk between August 10 "
        "and August 14, including suicide attacks near Hawija."
    )
    assert [(e.type, e.date) for e in extract(body, PUB).events] == [
        ("attack", "2017-08-10"),
        ("attack", "2017-08-10"),
    ]


KARBALA, NUMANIYAH = "geonames:94824", "geonames:98846"


def test_namesakes_the_text_rules_out_stay_unplaced(extract: Extract) -> None:
    # "Nainawa" is also another name of Karbala, 400 km from the story's places; a "village"
    # is not a town of 110,000 people; the "nearby" village is drawn at the town it is by.
    body = (
        "Iraqi forces retook Mosul on Monday and Tal Afar on Tuesday, and the nearby village "
        "of al-Numaniya on Wednesday. Troops from Mosul moved on toward Nainawa."
    )
    got = extract(body, PUB)
    ids = {m.place_id for m in got.mentions if m.kind == "place"}
    assert KARBALA not in ids and NUMANIYAH not in ids
    (village,) = [e for e in got.events if "al-Numaniya" in names(e)]
    (place,) = village.places
    assert place.approximate and (round(place.lat or 0, 1), round(place.lon or 0, 1)) == (
        36.4,
        42.4,
    )


def test_a_nearby_town_is_by_the_story_town_not_the_one_distances_are_measured_from(
    extract: Extract,
) -> None:
    body = (
        "The operation to retake Tal Afar, about 400 kilometers north-west of Baghdad, began "
        "last month after troops captured the nearby town of Kubaisa."
    )
    (village,) = [e for e in extract(body, PUB).events if "Kubaisa" in names(e)]
    (place,) = village.places
    assert place.approximate and (round(place.lat or 0, 1), round(place.lon or 0, 1)) == (
        36.4,
        42.4,
    )


def test_the_name_of_an_operation_is_not_a_place(extract: Extract) -> None:
    body = "The commander of the Qadimun Ya Nainawa operations said troops took Hawija."
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Nainawa"] == "not a place: names a military operation"


ABU_KAMAL, PALMYRA, ANAH = "geonames:174448", "geonames:163808", "geonames:6765385"


def test_a_strike_list_entry_and_what_the_strikes_hit(extract: Extract) -> None:
    for body in (
        "Near Abu Kamal, two strikes destroyed an ISIS oil still and a wellhead.",
        "Two strikes near Abu Kamal destroyed an ISIS headquarters.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event)) == ("airstrike", {ABU_KAMAL}), body
        assert "ISIS" not in event.actors or "ISIS" in event.extra.get("targets", ()), body


def test_passives_overrun_and_told_one_after_another(extract: Extract) -> None:
    (event,) = extract("Hawija, a town of 100,000, was overrun by IS in June 2014.", PUB).events
    assert (event.type, names(event), event.date) == ("capture", {HAWIJA}, "2014-06-01")
    body = (
        "Palmyra fell to Isis in May 2015, was retaken by government forces in March 2016, and "
        "Isis seized it back in December 2016 while the army fought for Aleppo."
    )
    captures = only(extract(body, PUB).events, "capture")
    assert [(e.type, names(e), e.date) for e in captures] == [
        ("capture", {PALMYRA}, "2015-05-01"),
        ("capture", {PALMYRA}, "2016-03-01"),
        ("capture", {PALMYRA}, "2016-12-01"),
    ]


def test_upriver_from_says_where_and_a_share_of_a_town_is_not_the_town(extract: Extract) -> None:
    body = "Iraqi troops last month retook Anah, upriver from Hawija, after a five-day push."
    (event,) = extract(body, PUB).events
    assert names(event) == {ANAH}
    body = "The SDF have now liberated approximately 60 percent of Hawija."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.place_id) for p in event.places] == [("near", HAWIJA)]


def test_the_city_after_a_town_the_base_gives_no_population(extract: Extract) -> None:
    body = (
        "Near Raqqa, three strikes engaged ISIS units. Near Raqqa, two strikes destroyed a "
        "tunnel. Near Raqqa, four strikes destroyed a mortar. Iraqi forces continue to make "
        "gains in the Tal Afar offensive. Troops entered the city from the east on Tuesday."
    )
    (advance,) = only(extract(body, PUB).events, "advance")
    assert names(advance) == {TAL_AFAR}


def test_what_an_appositive_locates_by_is_not_the_town_named_after_it(extract: Extract) -> None:
    body = (
        "Hashd forces have encircled Tal Afar, the ISIS-held town between Mosul and Sinjar. "
        "Hashd leaders have said they intend to storm the town, a prospect that alarms Turkey."
    )
    events = extract(body, PUB).events
    assert [(e.type, names(e)) for e in events] == [
        ("siege", {TAL_AFAR}),
        ("advance", {TAL_AFAR}),
    ]


def test_those_who_condemn_or_are_alarmed_are_governments(extract: Extract) -> None:
    body = "The offensive on Tal Afar drew condemnation from Washington and Baghdad."
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"


def test_a_building_or_a_side_of_a_town_taken_is_not_the_town_taken(extract: Extract) -> None:
    body = (
        "Iraqi forces are fighting in Mosul. On Tuesday, a column pushed nearly a mile into the "
        "Wahda district of southeastern Mosul and seized al-Salam Hospital, one of the largest "
        "medical complexes on the city's eastern bank. On Wednesday they captured the Mosul "
        "museum."
    )
    events = extract(body, PUB).events
    assert [e.type for e in events] == ["attack", "advance", "capture", "capture"]
    for e in events[1:]:
        assert all(p.role != "at" or p.approximate for p in e.places), e.places
        assert all(p.lat is not None for p in e.places), e.places


def test_a_list_of_related_coverage_is_furniture_however_its_lines_split(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces retook Hawija on Tuesday.\n\nRelated Coverage\n"
        "  - Iraqi Forces Enter Mosul, Facing Fierce Resistance  NOV. 1, 2016\n"
        "  - Fleeing Tal Afar, Families Find Little Shelter  OCT. 29, 2016\n"
    )
    assert [names(e) for e in extract(body, PUB).events] == [{HAWIJA}]
    body = (
        "Iraqi forces retook Hawija on Tuesday.\n\nRelated Posts:\n"
        "- Iraqi army kills 30 IS militants in airstrikes near Mosul\n"
    )
    assert [names(e) for e in extract(body, PUB).events] == [{HAWIJA}]


def test_people_who_flee_and_bodies_pulled_out_are_no_forces_moving(extract: Extract) -> None:
    for body in (
        '"We had nothing left," said Umm Yasser, who fled with her four children to the camp '
        "at Hawija last week.",
        "Civil defence teams pulled out the bodies of eleven people in Hawija on Monday.",
        "Men and boys fleeing Hawija have been screened at sites in Tal Afar.",
    ):
        assert extract(body, PUB).events == (), body


def test_an_offensive_launched_to_storm_a_town_is_launched_not_planned(extract: Extract) -> None:
    body = "The Iraqi forces launched on Sunday the final offensive to storm Hawija."
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("advance", "reported", {HAWIJA})


def test_a_passive_capture_has_no_agent_but_by_whom_or_to_whom(extract: Extract) -> None:
    body = (
        '"The city of Tal Afar has been liberated, and the remaining fighters of Daesh are '
        'being pursued," the general said in a statement.'
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("capture", ())
    (event,) = extract("Hawija fell to Islamic State in June 2014.", PUB).events
    assert event.actors == ("ISIS",)


def test_what_a_clause_tells_of_a_place_is_not_the_events_date_or_party(
    extract: Extract,
) -> None:
    body = (
        "On Tuesday troops retook Hawija, including the prison where IS militants massacred "
        "some 600 inmates in June 2014, the Iraqi military said."
    )
    (event,) = extract(body, PUB).events
    assert (event.date, event.actors) == ("2017-08-22", ())
    body = (
        "The PMF said their fighters were within a few kilometres of Tal Afar, a "
        "Turkmen-majority town that ISIL has held since June 2014."
    )
    (event,) = extract(body, PUB).events
    assert event.date.startswith("2017")
    body = (
        "Oil wells around Hawija have been burning since the militants torched them in the "
        "summer before the town was recaptured in August."
    )
    (event,) = only(extract(body, PUB).events, "capture")
    assert "ISIS" not in event.actors


def test_the_end_of_operations_in_a_town_is_its_capture_and_the_next_target_a_plan(
    extract: Extract,
) -> None:
    for body in (
        "The army declared that military operations in Hawija were over on Thursday.",
        "The army announced the end of military operations in Hawija on Thursday.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, names(event), event.date) == ("capture", {HAWIJA}, "2017-08-24"), body
    for body in (
        "The minister said the next target of the operation would be Hawija.",
        "Iraqi commanders say the next battle will be for Hawija.",
    ):
        (event,) = extract(body, PUB).events
        assert (event.status, names(event)) == ("planned", {HAWIJA}), body


def test_a_border_told_by_a_town_is_drawn_at_the_border_toward_it(extract: Extract) -> None:
    for body in (
        "PMU fighters reached the Syrian border west of Tal Afar on Monday.",
        "PMU fighters reached the Iraq-Syria border west of Tal Afar on Monday.",
    ):
        (event,) = extract(body, PUB).events
        (end,) = event.places
        assert (end.place_id, end.role, end.approximate) == ("country:SY", "to", True), body
        assert end.lon is not None and end.lon < 42.45, body


def test_an_operation_named_after_a_region_is_not_a_place(extract: Extract) -> None:
    body = "The SDF launched Operation Jazeera Storm from southern Hasakah on September 9."
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Jazeera"] == "not a place: names a military operation"


def test_unknown_districts_are_drawn_at_the_town_they_are_said_to_lie_in(
    extract: Extract,
) -> None:
    body = (
        "Tal Afar was quiet. Tal Afar is far. Tal Afar again. Fighters cleared the al-Thakana "
        "and al-Nahda neighborhoods in central Mosul city on Monday."
    )
    (event,) = extract(body, PUB).events
    drawn = {(p.name, round(p.lat or 0, 2)) for p in event.places if p.approximate}
    assert drawn == {("al-Thakana", 36.34), ("al-Nahda", 36.34)}


def test_the_region_a_place_lies_in_takes_no_part_in_its_events(extract: Extract) -> None:
    body = (
        "Army units restored security to Hawija city in the far southern countryside of "
        "Kirkuk province on Thursday."
    )
    (event,) = extract(body, PUB).events
    assert names(event) == {HAWIJA}
    body = (
        "Government forces continued operations in the Hawija pocket in western Kirkuk "
        "Province, which they seized on Thursday."
    )
    (event,) = only(extract(body, PUB).events, "capture")
    assert names(event) == {HAWIJA}


def test_proposals_aims_and_conditions_are_not_yet_facts(extract: Extract) -> None:
    for body in (
        "Erdogan has also proposed that Turkish troops and the FSA take part in an offensive, "
        "entering from Tal Afar via Hawija.",
        "The PMU launched its operation on April 25 with the stated aim of cutting the road "
        "between Hawija and Tal Afar.",
        "Ankara warned that Turkey would strike YPG forces if they did not withdraw from Hawija.",
    ):
        statuses = {e.status for e in extract(body, PUB).events if e.type != "advance"} or {
            e.status for e in extract(body, PUB).events
        }
        assert statuses == {"planned"}, body
    body = "The PMU launched its operation with the stated aim of cutting the road to Hawija."
    assert all(e.claimant is None for e in extract(body, PUB).events)


def test_a_speaker_set_off_and_a_claimant_that_is_no_one(extract: Extract) -> None:
    body = (
        "Iraqi forces are fighting in Mosul. A commander of the Rapid Response Division, speaking "
        "to MEE on condition of anonymity, said his men were still fighting in the Bab al-Tob and "
        "Bab Jadid areas."
    )
    (event,) = only(extract(body, PUB).events, "attack")[-1:]
    assert event.claimant == "A commander of the Rapid Response Division"
    assert all(p.approximate and p.lat is not None for p in event.places)
    body = "Iraqi troops pushed into Hawija on Tuesday and declared it cleared a week later."
    assert {e.claimant for e in extract(body, PUB).events} == {None}


def test_a_place_between_two_towns_and_a_movement_told_in_two_verbs(extract: Extract) -> None:
    body = (
        "A car bomb exploded at a checkpoint near Khalidiya, between Hawija and Tal Afar, "
        "killing seven soldiers on Sunday."
    )
    (event,) = extract(body, PUB).events
    (place,) = event.places
    assert (place.name, place.approximate) == ("Khalidiya", True)
    assert (round(place.lat or 0, 1), round(place.lon or 0, 1)) == (35.9, 43.1)
    body = (
        "Iraqi forces advanced west from Hawija on Monday and reached the outskirts of Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert [(p.role, p.place_id) for p in event.places] == [("from", HAWIJA), ("to", TAL_AFAR)]


def test_a_briefing_transcript_is_the_speakers_words(extract: Extract) -> None:
    body = (
        "Press Briefing by Colonel Dillon via Teleconference from Baghdad, Iraq\n\n"
        "COL. DILLON: Good morning from Baghdad. Just a few hours ago Prime Minister Abadi "
        "declared Tal Afar liberated.\n\n"
        "The Iraqi forces entered the city's eastern neighborhoods on August 23rd.\n\n"
        "Q: Where is the convoy now?\n\n"
        "COL. DILLON: As you know, those buses left Hawija on Monday. But yesterday we cratered "
        "the road east of Hawija to stop them.\n"
    )
    events = extract(body, PUB).events
    assert {e.status for e in events} == {"claimed"}
    assert all(MOSUL not in names(e) and "geonames:98182" not in names(e) for e in events)
    assert events[0].claimant == "Prime Minister Abadi"
    assert any(HAWIJA in names(e) for e in events)
    (entered,) = only(events, "advance")
    assert [p.place_id for p in entered.places] == [TAL_AFAR]


def test_what_is_not_yet_declared_heard_strikes_and_who_was_hit(extract: Extract) -> None:
    body = "The US-led coalition says it is not ready to declare Hawija liberated."
    assert extract(body, PUB).events == ()
    (event,) = extract("Air strikes could be heard over Hawija on Monday night.", PUB).events
    assert (event.type, event.status) == ("airstrike", "reported")
    body = "On Saturday, the SDF said its fighters near Hawija were hit by Syrian airstrikes."
    (event,) = extract(body, PUB).events
    assert event.actors[0] == "SAA" and "SDF" not in event.actors[:1]
    body = (
        'The SDF launched an offensive it calls "Jazeera Storm" from neighboring Hasakah province.'
    )
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Jazeera"] == "not a place: names a military operation"
    assert not notes["Hasakah"].startswith("unresolved")


def test_bases_and_fields_are_drawn_at_the_town_they_belong_to(extract: Extract) -> None:
    body = (
        "Iraqi forces entered Kirkuk. Kirkuk is calm. The army said its forces had taken the K1 "
        "military base, the Kirkuk military airport and the Baba Gurgur oil field. Iraqi forces "
        "recaptured the nearby Ghazlani military base on the southwestern edge of Mosul, and later "
        "entered the neighborhood of Wadi Hajar."
    )
    events = extract(body, PUB).events
    drawn = {p.name: round(p.lat or 0, 1) for e in events for p in e.places if p.approximate}
    assert drawn == {
        "K1": 35.5,
        "Kirkuk military airport": 35.5,
        "Baba Gurgur": 35.5,
        "Ghazlani": 36.3,
        "Wadi Hajar": 36.3,
    }
    assert all(p.role != "at" for e in events[1:3] for p in e.places)


def test_a_town_set_off_by_what_it_was_falls_on_its_own_date(extract: Extract) -> None:
    body = (
        "Hawija, the town that Daesh had held since 2014, fell on Oct. 5 after a push launched "
        "a week earlier."
    )
    pub = dt.date(2017, 10, 20)
    capture = only(extract(body, pub).events, "capture")[0]
    assert (names(capture), capture.date, capture.actors) == ({HAWIJA}, "2017-10-05", ())
    body = (
        "Syria's army said on Friday it had taken full control of Hawija after weeks of street "
        "fighting backed by Russian air strikes."
    )
    (event,) = extract(body, pub).events
    assert event.actors[0] == "SAA"
    body = "After weeks of fighting backed by Russian air strikes, Hawija was taken on Friday."
    (event,) = extract(body, pub).events
    assert "Russia" not in event.actors[:1]


def test_a_live_pages_entries_are_of_the_day_it_is_dated(extract: Extract) -> None:
    body = (
        "Live updates\n\n17:05 Coalition cautious\nThe coalition says fighting goes on.\n\n"
        "15:40 Flag raised\nSDF fighters raised their flag in Hawija.\n\n"
        "14:22 Oil fields\nIraqi forces have taken control of Tal Afar.\n"
    )
    assert {(e.date, e.date_end) for e in extract(body, PUB).events} == {("2017-08-27", None)}
    # (a report with no stamped entries covers the day before it too)
    body = "Iraqi forces have taken control of Tal Afar."
    (event,) = extract(body, PUB).events
    assert (event.date, event.date_end) == ("2017-08-26", "2017-08-27")


def test_a_claim_after_a_denial_is_the_deniers_own(extract: Extract) -> None:
    body = (
        "IS denied that Iraqi forces had entered the city and claimed its fighters had killed "
        "dozens of soldiers in Hawija."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.claimant, event.actors) == (
        "attack",
        "claimed",
        "IS",
        ("ISIS",),
    )


def test_a_capital_that_opposes_or_launches_is_its_government(extract: Extract) -> None:
    body = (
        "The Kurds lost Kirkuk on Oct. 16, three weeks after a referendum that Baghdad — and "
        "most of the region — opposed. The city's loss has left the Kurds weaker."
    )
    got = extract(body, PUB)
    notes = {m.text: m.note for m in got.mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"
    assert all("geonames:98182" not in names(e) for e in got.events)


def test_the_government_in_a_capital_lost_no_town_at_the_capital(extract: Extract) -> None:
    body = (
        "The fall of Tal Afar is a major boost for the government in Baghdad, which lost the "
        "city in a humiliating retreat in June 2014."
    )
    got = extract(body, PUB)
    notes = {m.text: m.note for m in got.mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"
    assert all("geonames:98182" not in names(e) for e in got.events)


def test_landmarks_of_a_town_blown_up_or_taken_are_not_the_town(extract: Extract) -> None:
    body = (
        "Iraqi forces are fighting in Mosul. On 21 June, as troops closed in, the militants blew "
        "up the al-Nuri mosque and its famous leaning minaret."
    )
    attack = only(extract(body, PUB).events, "attack")[-1]
    (place,) = attack.places
    assert (place.name, place.approximate, attack.date) == ("al-Nuri", True, "2017-06-21")
    body = "The SDF says its fighters captured the national hospital, one of the last IS strongholds in Hawija."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.place_id) for p in event.places] == [("near", HAWIJA)]


def test_a_city_that_locates_another_is_never_unplaced_by_the_words_after(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces are fighting in Mosul. Hawija, south of Mosul near Kirkuk, also remains "
        "under IS control. Troops entered Mosul on Tuesday."
    )
    got = extract(body, PUB)
    assert all(m.resolved for m in got.mentions if m.text == "Mosul")
    assert all(p.lat is not None for e in got.events for p in e.places if p.name == "Mosul")


def test_who_a_town_fell_to_and_whose_stronghold_it_was(extract: Extract) -> None:
    body = "The fall of Hawija leaves Isis clinging to a strip of the Euphrates valley."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("capture", ())
    body = "The fall of Mosul to IS in June 2014 shocked Baghdad."
    (event,) = extract(body, PUB).events
    assert (event.actors, names(event)) == (("ISIS",), {MOSUL})
    body = (
        "Iraqi government forces say they have recaptured the centre of Tal Afar, one of the "
        "last urban strongholds of the so-called Islamic State (IS) group in Iraq."
    )
    capture = only(extract(body, PUB).events, "capture")[0]
    assert capture.actors[0] == "ISF" and capture.extra["targets"] == ["ISIS"]


def test_kin_preparations_campaigns_begun_and_plans_disowned(extract: Extract) -> None:
    body = "Ahmed, a cousin of Rania's, said the family fled Hawija in 2014."
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Rania"] == "not a place: a person's name"
    (event,) = extract("Iraqi forces began preparations to liberate Hawija on Friday.", PUB).events
    assert event.status == "planned"
    # (a campaign begun toward a town it aims to isolate: the move begun, not a ring closed)
    (event,) = extract("The US-backed campaign to isolate Hawija began in November.", PUB).events
    assert (event.type, event.status) == ("advance", "reported")
    body = "Kurdish officials said they did not plan to storm Hawija itself for now."
    assert extract(body, PUB).events == ()
    body = (
        "Aid agencies said 5,000 people had crossed into Tal Afar from villages south of Hawija."
    )
    assert extract(body, PUB).events == ()


def test_a_country_named_for_what_lies_in_it_is_no_place_of_an_event(extract: Extract) -> None:
    for body in (
        "It is the fourth day of a push to retake the jihadists' last major stronghold in Iraq.",
        "Long-range bombers flying from Russia had carried out strikes on Monday.",
    ):
        assert extract(body, PUB).events == (), body
    body = "ISW expects the ISF to launch the Hawija operation within the next month."
    (event,) = extract(body, PUB).events
    assert event.status == "planned"
    body = (
        "The Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab militias, said "
        "they had captured Hawija."
    )
    (event,) = extract(body, PUB).events
    assert event.claimant == "The Syrian Democratic Forces"


def test_a_headline_told_again_by_a_dated_lead_is_one_event(extract: Extract) -> None:
    body = (
        "Iraqi forces retake Hawija from Islamic State\n\n"
        "KIRKUK (Reuters) - Iraqi forces retook Hawija from Islamic State on Thursday, the army "
        "said. Jets struck Mosul on Wednesday. Militants shelled Tal Afar on Wednesday."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date) for e in only(events, "capture")] == [("capture", "2017-08-24")]


def test_the_provincial_capital_and_a_date_put_first_in_the_next_clause(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces have been fighting in Kirkuk province for months. They retook the "
        "provincial capital in full on Monday, and in October captured Hawija, an ISIL "
        "stronghold south-west of the city."
    )
    pub = dt.date(2017, 11, 22)
    captures = only(extract(body, pub).events, "capture")
    assert [(names(e), e.date) for e in captures] == [
        ({"geonames:94787"}, "2017-11-20"),
        ({HAWIJA}, "2017-10-01"),
    ]
    body = "On Saturday they said they had captured the town of Hawija."
    (event,) = extract(body, pub).events
    assert event.date == "2017-11-18"


def test_what_was_previously_done_is_not_dated_today(extract: Extract) -> None:
    body = "Yarallah said that the forces had previously liberated the Hawija area."
    (event,) = extract(body, PUB).events
    assert event.date is None


def test_a_dateline_with_a_colon_is_no_speakers_turn(extract: Extract) -> None:
    body = "BAGHDAD: Iraqi forces retook Hawija on Thursday.\n\nThe army moved on to Tal Afar."
    assert {e.status for e in extract(body, PUB).events} == {"reported"}
    # nor a page's labels, nor the datelines of a round-up
    body = (
        "BAGHDAD: Iraqi forces retook Hawija on Thursday.\n\n"
        "READ MORE: The battle for Mosul, explained\n\n"
        "MOSUL: The army moved on to Tal Afar on Friday.\n\n"
        "WATCH: Inside the ruins of the Old City"
    )
    assert [e.status for e in extract(body, PUB).events] == ["reported", "reported"]


def test_one_sentence_telling_one_capture_twice_gives_one_event(extract: Extract) -> None:
    body = (
        "Monitors saw the Iraqi forces taking full control of Mosul, after they captured the "
        'last positions of the "Islamic State" organization in the city on Sunday.'
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.actors) == ("capture", {MOSUL}, ("ISF", "ISIS"))
    assert event.extra["targets"] == ["ISIS"]


def test_a_convoy_of_fighters_and_their_families_that_left_is_theirs(extract: Extract) -> None:
    body = (
        "Dillon said the coalition was monitoring a convoy of ISIS fighters and their families "
        "that had left Mosul and was heading west toward Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("withdrawal", ("ISIS",))
    assert [(p.role, p.place_id) for p in event.places] == [("from", MOSUL), ("to", TAL_AFAR)]
    (event,) = extract("A convoy of Isis vehicles was heading east toward Tal Afar.", PUB).events
    assert (event.type, event.actors, names(event)) == ("advance", ("ISIS",), {TAL_AFAR})
    body = (
        "The coalition was monitoring a convoy of ISIS fighters that had left the border area "
        "under a deal and was heading east toward Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors, names(event)) == ("advance", ("ISIS",), {TAL_AFAR})


def test_a_siege_told_beside_who_held_the_town_is_not_theirs(extract: Extract) -> None:
    body = (
        "The army said it had taken most of the town of Tal Afar, which Isis had held since "
        "2014 and which has been under siege since December."
    )
    siege = next(e for e in extract(body, PUB).events if e.type == "siege")
    assert "ISIS" not in siege.actors


def test_held_by_a_led_force_makes_it_the_one_held_against(extract: Extract) -> None:
    body = "Erdogan said the next target will be Tal Afar, held by the Kurdish-led Peshmerga."
    (event,) = extract(body, PUB).events
    assert event.status == "planned" and "Peshmerga" not in event.actors


def test_who_says_after_a_semicolon_speaks_for_their_own_clause(extract: Extract) -> None:
    body = "Iraqi forces announce liberation of Hawija; Peshmerga say hundreds surrendered"
    capture = next(e for e in extract(body, PUB).events if e.type == "capture")
    assert (capture.status, capture.claimant) == ("reported", None)


def test_a_subject_that_has_since_retaken_a_city_leads_its_backers(extract: Extract) -> None:
    body = (
        "Iraqi forces, backed by the U.S.-led coalition, have since recaptured all cities, "
        "including Mosul in July and Tal Afar and Hawija in the following months."
    )
    first, then = extract(body, PUB).events
    assert (first.actors, names(first), first.date) == (
        ("ISF", "Coalition"),
        {MOSUL},
        "2017-07-01",
    )
    assert (names(then), then.date, then.date_precision) == (
        {TAL_AFAR, HAWIJA},
        "2017-08-01",
        "month",
    )


def test_a_town_set_off_by_its_distance_is_what_the_relative_clause_is_about(
    extract: Extract,
) -> None:
    body = (
        "Officers said troops would attack from positions around Tal Afar, about 60 km west "
        "of Mosul, which federal police retook in June."
    )
    capture = next(e for e in extract(body, PUB).events if e.type == "capture")
    assert [(p.role, p.place_id) for p in capture.places] == [("at", TAL_AFAR)]
    assert (capture.status, capture.date) == ("reported", "2017-06-01")  # (the aside is told)


def test_a_day_told_wins_over_a_count_of_days_that_restates_it(extract: Extract) -> None:
    body = (
        "Troops first broke into the city's edge on August 1, when they pushed into Mosul, "
        "about 30 days ago."
    )
    (event,) = extract(body, PUB).events
    assert event.date == "2017-08-01"


def test_pro_government_forces_are_those_of_the_country_they_fight_in(extract: Extract) -> None:
    (event,) = extract("Pro-government forces have besieged Tal Afar since June.", PUB).events
    assert (event.type, event.actors) == ("siege", ("ISF",))


def test_their_fighters_in_a_speakers_own_words_are_the_others(extract: Extract) -> None:
    body = '"Most of their fighters fled overnight toward Tal Afar," the Peshmerga commander said.'
    (event,) = extract(body, PUB).events
    assert event.type == "withdrawal" and "Peshmerga" not in event.actors


def test_coming_to_liberate_a_city_is_a_plan(extract: Extract) -> None:
    body = '"We are coming to liberate Mosul, and it will be the final blow to Daesh," he added.'
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, names(event)) == ("capture", "planned", {MOSUL})
    assert "ISIS" not in event.actors or event.extra["targets"] == ["ISIS"]


def test_the_city_a_capture_is_a_step_toward_is_not_taken(extract: Extract) -> None:
    (event,) = extract("Iraqi forces retake IS-held Hawija, a key step toward Mosul", PUB).events
    assert (event.type, names(event)) == ("capture", {HAWIJA})


def test_who_is_driven_out_and_who_is_named_past_a_capture_do_not_take_it(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces on Thursday drove the Islamic State group out of Hawija, a step in the "
        "government's preparations to retake Mosul."
    )
    plan = next(e for e in extract(body, PUB).events if e.status == "planned")
    assert plan.actors[0] == "ISF"
    body = (
        "The Islamic State group swept into Hawija in June 2014, days after seizing Mosul in a "
        "lightning offensive that saw Iraqi troops abandon their posts across the north."
    )
    assert {e.actors for e in extract(body, PUB).events if e.type == "capture"} == {("ISIS",)}


def test_a_plan_told_past_a_closed_relative_clause_stays_a_plan(extract: Extract) -> None:
    body = (
        "Officials have said the next target will be Hawija, where Islamic State holds much "
        "of the valley, before an eventual push on Mosul."
    )
    push = next(e for e in extract(body, PUB).events if names(e) == {MOSUL})
    assert push.status == "planned"


def test_the_river_town_of_a_place_is_that_place(extract: Extract) -> None:
    body = "Troops recaptured the Euphrates town of Anah later that month."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.name, p.located) for p in event.places] == [("at", "Anah", True)]


def test_the_town_past_an_area_no_one_calls_a_town_is_the_storys_town(extract: Extract) -> None:
    body = (
        "Iraqi forces retook Tal Afar on Saturday. The assault on Tal Afar began last week. "
        "Troops advanced from the Saadah area to the east. Aircraft struck ISIS positions in "
        "and around the town throughout the week."
    )
    strike = next(e for e in extract(body, PUB).events if e.type == "airstrike")
    assert [(p.name, p.place_id) for p in strike.places] == [("the town", TAL_AFAR)]


def test_what_is_a_matter_of_time_or_will_take_weeks_is_not_yet_done(extract: Extract) -> None:
    for body in (
        "The liberation of Hawija is a matter of time, a commander said.",
        'An officer said retaking all of Mosul will take "weeks, not days".',
    ):
        (event,) = extract(body, PUB).events
        assert (event.type, event.status) == ("capture", "planned"), body


def test_an_operation_to_retake_a_town_set_off_by_a_description_was_launched(
    extract: Extract,
) -> None:
    body = (
        "The operation to retake Hawija, the last town held by Islamic State in Kirkuk "
        "province, was launched on Monday at dawn."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.status, event.date) == ("advance", "reported", "2017-08-21")


def test_the_fighters_of_a_party_speaking_through_its_agency_are_its_own(
    extract: Extract,
) -> None:
    body = (
        "The group's Amaq news agency said its fighters had killed dozens of Iraqi soldiers in "
        "suicide attacks on the outskirts of Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors[:1]) == ("attack", ("ISIS",))


def test_strikes_in_support_of_a_force_are_not_against_it(extract: Extract) -> None:
    body = "Coalition aircraft carried out 600 strikes in support of Iraqi forces around Mosul."
    (event,) = extract(body, PUB).events
    assert (event.type, event.extra["targets"]) == ("airstrike", [])


def test_people_taken_to_camps_and_a_force_asked_not_to_take_part_are_no_events(
    extract: Extract,
) -> None:
    for body in (
        "About 4,000 people fled Mosul on Thursday and were taken to camps near Tal Afar.",
        "Sunni politicians had demanded that the Hashd not take part in storming Hawija.",
        "There are real fears here that Iraqi forces will keep pushing towards Tal Afar.",
    ):
        assert not [e for e in extract(body, PUB).events if e.type != "withdrawal"], body


def test_villages_surrounding_a_town_are_around_it_not_a_siege(extract: Extract) -> None:
    body = "Troops liberated more than 20 villages surrounding Hawija on Tuesday."
    (event,) = extract(body, PUB).events
    assert (event.type, [(p.role, p.place_id) for p in event.places]) == (
        "capture",
        [("near", HAWIJA)],
    )


def test_who_repelled_attacks_did_not_attack(extract: Extract) -> None:
    body = (
        "The Peshmerga had repelled several attacks on the town of Tal Afar, the commander said."
    )
    (event,) = extract(body, PUB).events
    assert event.type == "attack" and "Peshmerga" not in event.actors


def test_positions_short_of_a_towns_outskirts_are_an_advance_toward_it(
    extract: Extract,
) -> None:
    body = "SDF units reached positions about 2 kilometers from the eastern outskirts of Mosul."
    (event,) = extract(body, PUB).events
    assert [(p.role, p.place_id) for p in event.places] == [("to", MOSUL)]


def test_towns_still_held_or_left_surrounded_are_not_taken(extract: Extract) -> None:
    body = (
        "Mosul was the first city to fall to ISIS in June 2014, and the militants still hold "
        "the towns of Tal Afar and Hawija."
    )
    (event,) = extract(body, PUB).events
    assert names(event) == {MOSUL}
    body = "The capture of Mosul also leaves IS-held Tal Afar surrounded and cut off."
    assert all(TAL_AFAR not in names(e) for e in extract(body, PUB).events if e.type == "capture")


def test_what_had_been_cleared_and_the_parts_cleared_of_a_town_are_taken(
    extract: Extract,
) -> None:
    body = 'Officials said Hawija had been "completely cleared" of militants.'
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("capture", {HAWIJA})
    body = "On Monday, troops cleared the remaining parts of al-Qadisiya al-Thaniya in Mosul."
    (event,) = extract(body, PUB).events
    (part,) = event.places
    assert (event.type, part.name, part.approximate) == ("capture", "al-Qadisiya al-Thaniya", True)
    assert (part.lat, part.lon) == (36.335, 43.11889)  # drawn at Mosul until pinned


def test_each_clause_after_and_keeps_its_own_date(extract: Extract) -> None:
    body = (
        "On Aug. 26, the ISF seized the citadel in Tal Afar, and on Aug. 27, Prime Minister "
        "Haider al-Abadi announced the liberation of Tal Afar."
    )
    seized, liberated = extract(body, PUB).events
    assert (seized.date, liberated.date) == ("2017-08-26", "2017-08-27")


def test_a_launch_some_days_before_a_capture_is_dated_back_from_it(extract: Extract) -> None:
    body = (
        "Iraqi forces on Friday recaptured Tal Afar, a strategic town, eight days after "
        "launching an offensive to retake it."
    )
    capture, launch = extract(body, PUB).events
    assert (capture.type, capture.date) == ("capture", "2017-08-25")
    assert (launch.type, launch.date) == ("advance", "2017-08-17")


def test_a_headline_naming_whom_it_acts_against_is_the_lead_told_again(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga cut Mosul-Tal Afar road, tighten noose on ISIS stronghold\n\n"
        "Kurdish Peshmerga fighters on Wednesday cut the main road linking Mosul with Tal Afar, "
        "military sources said."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, event.date, event.actors[0]) == ("cut_route", "2017-08-23", "Peshmerga")
    body = "Iraqi forces clash with Peshmerga, take Tal Afar"
    (event,) = extract(body, PUB).events
    assert (event.actors, event.extra["targets"]) == (("ISF", "Peshmerga"), ["Peshmerga"])


def test_a_border_told_by_a_bearing_from_a_town_lies_that_way_from_it(
    extract: Extract,
) -> None:
    # Due west of Mosul, not Syria's nearest corner to it (the Tigris tripoint, far north).
    body = "Iraqi militias reached the Syrian border west of Mosul on Monday."
    (event,) = extract(body, PUB).events
    (border,) = event.places
    assert border.approximate and border.lat is not None and border.lon is not None
    assert abs(border.lat - 36.3) < 0.1 and abs(border.lon - 41.3) < 0.1


def test_a_date_set_off_after_and_is_the_next_clauses(extract: Extract) -> None:
    body = (
        "The militias seized Tal Afar airport on Nov. 16 and, on Nov. 23, cut the road between "
        "Tal Afar and Mosul."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date) for e in events] == [
        ("capture", "2016-11-16"),
        ("cut_route", "2016-11-23"),
    ]


def test_the_militias_are_the_militia_named_before_not_the_last_party(extract: Extract) -> None:
    body = (
        "Shia militias of the Hashd al-Shaabi advanced on Tal Afar in October. Islamic State "
        "fighters attacked Hawija on Monday. The militias seized Tal Afar airport on Nov. 16."
    )
    airport = next(e for e in extract(body, PUB).events if e.type == "capture")
    assert airport.actors == ("PMU",)


def test_a_capital_asking_for_help_is_its_government_and_warplanes_began_striking(
    extract: Extract,
) -> None:
    body = (
        "Baghdad asked the U.S.-led coalition for help, and coalition warplanes began striking "
        "positions in Tal Afar on March 25."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event), event.date) == ("airstrike", {TAL_AFAR}, "2017-03-25")


def test_the_side_of_a_bridge_named_for_a_city_is_not_the_city(extract: Extract) -> None:
    body = (
        "His forces pulled back to new positions on the Mosul side of the river bridge near "
        "Tal Afar, he said."
    )
    (event,) = extract(body, PUB).events
    assert event.type == "withdrawal" and MOSUL not in names(event)


def test_the_first_area_inside_a_citys_limits_to_be_retaken_is_the_area(
    extract: Extract,
) -> None:
    body = (
        "Gogjali was the first area inside Mosul's city limits to be retaken, by the CTS on "
        "November 1, and aid agencies have been distributing food there."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, [p.name for p in event.places]) == ("capture", ["Gogjali"])


def test_it_after_a_zone_on_the_edge_of_a_city_is_not_the_city(extract: Extract) -> None:
    body = (
        "SDF fighters reached the industrial zone on the eastern edge of Mosul city, across the "
        "river from the city, and liberated it."
    )
    assert all(e.type != "capture" for e in extract(body, PUB).events)


def test_what_residents_say_is_theirs_not_the_party_they_speak_of(extract: Extract) -> None:
    body = (
        "Residents of Tal Afar, on the eastern edge of it, say ISIS mortar rounds fell on Hawija."
    )
    (event,) = extract(body, PUB).events
    assert event.claimant != "ISIS"


def test_fighters_from_a_force_are_of_it_not_against_it(extract: Extract) -> None:
    body = (
        "Iraqi forces, including federal police and fighters from the PMF, advanced on Tal Afar."
    )
    (event,) = extract(body, PUB).events
    assert set(event.actors) == {"ISF", "PMU"} and event.extra["targets"] == []


def test_a_town_that_only_sets_the_scene_is_not_taken(extract: Extract) -> None:
    # The battle named, the town on the way to, the town across the border: none is taken.
    headline = "Iraqi forces retake Saqlawiya as Mosul battle grinds on"
    (event,) = extract(headline, PUB).events
    assert (event.type, [p.name for p in event.places]) == ("capture", ["Saqlawiya"])
    body = (
        "Kurdish fighters on Monday recaptured Hawija, the last ISIS-held town on the southern "
        "approach to Tal Afar, ending a siege that began in May."
    )
    events = extract(body, PUB).events
    assert [(e.type, names(e)) for e in events if e.type == "capture"] == [("capture", {HAWIJA})]
    assert all(TAL_AFAR not in names(e) for e in events)
    body = "The SDF had taken the border gate opposite the Turkish town of Akcakale."
    (event,) = extract(body, PUB).events
    assert [p.role for p in event.places] == ["near"]


def test_a_participle_after_a_move_is_not_where_the_move_set_out_from(
    extract: Extract,
) -> None:
    body = "A second column advanced east from Mosul along the river, taking a string of villages."
    events = extract(body, PUB).events
    assert [(e.type, [p.role for p in e.places]) for e in events] == [("advance", ["from"])]


def test_the_party_that_used_a_road_is_not_the_one_that_cut_it(extract: Extract) -> None:
    for body in (
        "Kurdish forces also cut the road that Daesh used to bring fighters from Mosul to Tal "
        "Afar.",
        "The capture of Hawija cuts the jihadists' most direct supply line to Mosul.",
    ):
        cut = next(e for e in extract(body, PUB).events if e.type == "cut_route")
        assert "ISIS" not in set(cut.actors) - set(cut.extra["targets"]), body


def test_fighters_who_pushed_back_into_a_town_went_back_in(extract: Extract) -> None:
    body = "Islamic State fighters had since pushed back into large parts of Tal Afar."
    (event,) = extract(body, PUB).events
    assert (event.type, event.actors) == ("advance", ("ISIS",))
    body = "Islamic State fighters were pushed back into the old city of Mosul."
    assert extract(body, PUB).events[0].type == "withdrawal"


def test_forces_as_a_noun_is_no_verb_of_driving_out(extract: Extract) -> None:
    body = (
        "The Observatory said pro-government forces had pulled out of Tal Afar late on "
        "Wednesday after IS fighters overran the last of their positions."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.date) for e in events] == [("withdrawal", "2017-08-23")]


def test_the_headline_told_again_by_a_named_party_keeps_its_name(extract: Extract) -> None:
    body = (
        "Forces retake Hawija\n\nKurdish Peshmerga forces announced on August 23 that they had "
        "recaptured Hawija.\n\nHawija was retaken on August 23."
    )
    captures = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert [(e.date, e.actors) for e in captures] == [("2017-08-23", ("Peshmerga",))]


def test_families_heading_somewhere_are_no_force_advancing(extract: Extract) -> None:
    for body in (
        "Many families headed east toward Mosul, only to be stopped at a checkpoint.",
        "Residents who were able to leave were reported to be heading west towards Tal Afar.",
        "Thousands of families fled Hawija, and most of them reached the displacement camps near Tal Afar.",
    ):
        assert [e.type for e in extract(body, PUB).events] == [], body
    body = "Residents said the Peshmerga were heading toward Tal Afar."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_a_pause_in_the_fighting_and_a_road_held_open_are_no_attack_and_no_cut(
    extract: Extract,
) -> None:
    body = "The SDF says it will halt fighting around Tal Afar for four hours."
    assert extract(body, PUB).events == ()
    body = "Iraqi forces retook Hawija on Sunday, securing the highway north of Mosul."
    events = extract(body, PUB).events
    assert [(e.type, names(e)) for e in events] == [("capture", {HAWIJA})]


def test_a_wall_surrounding_a_city_besieges_nothing(extract: Extract) -> None:
    body = "The SDF breached the wall surrounding Mosul's Old City on Saturday."
    assert [e.type for e in extract(body, PUB).events] == ["advance"]


def test_what_was_ordered_not_done_or_left_unsaid_is_no_event(extract: Extract) -> None:
    for body in (
        "Abadi ordered security forces to hold their positions and not to abandon Tal Afar.",
        "He declined to say whether the Kurdish fighters would push on toward Mosul.",
    ):
        assert extract(body, PUB).events == (), body


def test_fighting_to_take_a_city_is_not_having_taken_it(extract: Extract) -> None:
    body = "The SDF has been fighting since June to capture Mosul and now holds half of it."
    events = extract(body, PUB).events
    assert [e.type for e in events] == ["attack"]  # fighting there, not a capture
    assert [names(e) for e in events] == [{MOSUL}]


def test_fighters_told_of_as_them_heading_somewhere_still_move(extract: Extract) -> None:
    body = (
        "The Daesh elements fled toward Mosul using boats, and some of them headed toward Hawija."
    )
    moves = [e for e in extract(body, PUB).events if HAWIJA in names(e)]
    assert [(e.actors, [p.role for p in e.places]) for e in moves] == [(("ISIS",), ["to"])]


def test_the_next_sentence_of_a_paragraph_goes_on_with_its_day(extract: Extract) -> None:
    body = (
        "On August 20, the Peshmerga launched an offensive north of Mosul. Peshmerga units "
        "seized the villages of Nawaran and Barima. ISIS has held Hawija since 2014, and the "
        "Peshmerga are now advancing on Hawija.\n\nKurdish units entered Tal Afar."
    )
    told = {
        next(p.name for p in e.places): (e.date_text, e.extra["date_source"])
        for e in extract(body, PUB).events
    }
    assert told["Nawaran"] == ("August 20", "text")
    # (not what goes on now, nor what a new paragraph tells)
    assert told["Hawija"] == ("", "present")
    assert told["Tal Afar"] == ("", "article")


def test_a_headline_two_parties_claim_names_neither(extract: Extract) -> None:
    body = (
        "Forces retake Hawija\n\nKurdish Peshmerga forces announced on August 23 that they had "
        "recaptured Hawija.\n\nIraqi troops said they had recaptured Hawija on August 23."
    )
    captures = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert [e.actors for e in captures] == [()]


def test_troops_of_a_clause_of_their_own_are_not_the_first_clauses_party(
    extract: Extract,
) -> None:
    body = (
        "An officer said the militants had taken over the army headquarters on the western "
        "edge of Mosul, and that the troops who had held it were pulling back east toward "
        "Tal Afar."
    )
    moves = [e for e in extract(body, PUB).events if e.type == "withdrawal"]
    assert [e.actors for e in moves] == [("ISF",)]  # the troops, in Iraq: not the militants


def test_a_participle_takes_the_sentences_subject_not_the_party_ousted(
    extract: Extract,
) -> None:
    body = (
        "The Syrian Democratic Forces announced on Saturday an operation to oust IS from the "
        "east bank of the river, pushing south from Tal Afar."
    )
    (move,) = [e for e in extract(body, PUB).events if e.type == "advance"]
    assert move.actors[0] == "SDF" and move.extra["targets"] == ["ISIS"]


def test_tellings_naming_some_of_the_parties_are_one_event(extract: Extract) -> None:
    body = (
        "Counter-Terrorism forces liberate Hawija from ISIS\n\n"
        'The CTS spokesman said: "The heroes of the Counter-Terrorism Service, with the '
        "support of the army and the tribal mobilization fighters, have liberated the entire "
        "Hawija city and raised the Iraqi flag over the government compound in the city "
        'center this morning."\n\n'
        "Troops pushed into Tal Afar, moving in from the nearby Mosul airport."
    )
    events = extract(body, PUB).events
    captures = [e for e in events if e.type == "capture"]
    assert len(captures) == 1 and {"ISF", "PMU"} <= set(captures[0].actors)
    assert captures[0].extra["targets"] == ["ISIS"]
    # (a move's two ends, told apart, are both kept)
    assert len([e for e in events if e.type == "advance"]) == 2


def test_who_besieged_is_acted_against_when_the_siege_is_broken(extract: Extract) -> None:
    for body in (
        "Syria army breaks IS siege of Mosul airport",
        "The army broke the siege imposed by Daesh on Tal Afar on Saturday.",
    ):
        (event,) = extract(body, PUB).events
        assert event.type == "link_up" and event.extra["targets"] == ["ISIS"], body


def test_a_place_taken_told_at_it_and_near_it_the_same_day_is_one_event(
    extract: Extract,
) -> None:
    body = (
        "Army breaks IS siege of Tal Afar airport\n\n"
        "Iraqi troops on Saturday broke a siege of the military airport in Tal Afar, state "
        "media said."
    )
    assert len(extract(body, PUB).events) == 1


def test_a_road_cut_to_close_a_siege_told_with_it_is_that_siege(extract: Extract) -> None:
    body = (
        "The SDF reached Tal Afar in June.\n\nOn August 20, the SDF closed the last ISIS "
        "escape route out of the city when it seized territory on the southern bank of the "
        "river, completing the encirclement of Tal Afar."
    )
    assert [e.type for e in extract(body, PUB).events] == ["advance", "siege"]


def test_operations_launched_are_an_advance_told_not_a_plan(extract: Extract) -> None:
    body = (
        "Iraqi forces liberated Ramadi last December, and launched the operations to "
        "liberate Hawija and its surrounding areas in March."
    )
    hawija = [(e.type, e.status, e.date) for e in extract(body, PUB).events if HAWIJA in names(e)]
    assert hawija == [("advance", "reported", "2017-03-01")]
    body = "The militants use tunnels to launch guerrilla-style attacks on troops in Mosul."
    assert [e.type for e in extract(body, PUB).events] != ["advance"]


def test_a_move_from_a_country_to_a_town_in_it_has_no_country_end(extract: Extract) -> None:
    body = (
        "The start of Iraqi operations to retake Mosul marks a step towards clearing Daesh "
        "from Iraq, a spokesman said."
    )
    (event,) = extract(body, PUB).events
    assert names(event) == {MOSUL} and "ISIS" not in _acting_of(event)


def _acting_of(event: Event) -> set[str]:
    return set(event.actors) - set(event.extra["targets"])


def test_raids_that_are_the_first_since_an_old_event_are_dated_now(extract: Extract) -> None:
    body = (
        "Turkish F-16 jets then struck 11 Islamic State targets near Tal Afar, the army said, "
        "in the first Turkish air raids over Iraq since the downing of a Russian warplane "
        "near the border last November."
    )
    (event,) = extract(body, PUB).events
    assert (event.type, names(event)) == ("airstrike", {TAL_AFAR})
    assert event.date is not None and event.date >= "2017-08-26"
    assert event.actors[0] == "Turkey"


def test_what_is_next_near_or_only_aimed_at_is_not_taken(extract: Extract) -> None:
    body = "Iraqi troops fully liberate Hawija, next targets Mosul and Tal Afar"
    assert [names(e) for e in extract(body, PUB).events] == [{HAWIJA}]
    body = "Syrian forces were on the verge of retaking all of Tal Afar."
    assert [e.status for e in extract(body, PUB).events] == ["planned"]
    body = (
        "The SDF announced on Sunday the start of an offensive to isolate and eventually "
        "capture Mosul."
    )
    assert all(e.type != "capture" for e in extract(body, PUB).events)


def test_a_noun_of_capture_is_not_by_a_party_named_past_its_clause(extract: Extract) -> None:
    body = (
        "The capture of Tal Afar is the biggest prize yet for the government, and comes "
        "during a truce which does not apply to IS."
    )
    (event,) = extract(body, PUB).events
    assert "ISIS" not in event.actors


def test_the_forces_of_a_clause_of_their_own_are_not_the_party_before(
    extract: Extract,
) -> None:
    body = (
        "Abadi announced operations to liberate Hawija, which has been under the control of "
        "Daesh since 2014, and the forces liberated a number of villages near Tal Afar."
    )
    villages = [e for e in extract(body, PUB).events if TAL_AFAR in names(e)]
    assert villages and all("ISIS" not in e.actors for e in villages)


def test_a_party_of_a_clause_about_the_place_is_not_the_mover_s_companion(
    extract: Extract,
) -> None:
    body = (
        "Elsewhere, Iraqi forces have been closing in on Ramadi, the capital of Anbar province "
        "which IS seized in May, though progress has been slow."
    )
    result = extract(body, dt.date(2015, 10, 17))
    assert {(e.type, e.actors) for e in result.events} == {
        ("advance", ("ISF",)),
        ("capture", ("ISIS",)),
    }


def test_reports_of_killings_by_a_party_make_it_neither_mover_nor_claimant(
    extract: Extract,
) -> None:
    body = (
        "Army and federal police enter Hammam al-Alil as UN voices alarm over reports of mass "
        "killings by ISIL fighters."
    )
    (advance,) = extract(body, dt.date(2016, 11, 7)).events
    assert (advance.actors, advance.status, advance.claimant) == (("ISF",), "reported", None)


def test_whom_a_move_means_to_stop_or_a_killing_hits_is_acted_against(extract: Extract) -> None:
    body = (
        "Turkish troops and Syrian rebels have been pushing south toward al-Bab since August, "
        "in part to stop the SDF from linking the Kurdish-run areas."
    )
    (advance,) = extract(body, dt.date(2016, 11, 8)).events
    assert "SDF" in advance.extra["targets"] and advance.actors[0] == "Turkey"
    body = (
        "ISIL fighters had killed dozens of former Iraqi police officers they had been holding "
        "in Hammam al-Alil."
    )
    (attack,) = extract(body, dt.date(2016, 11, 7)).events
    assert (attack.actors, attack.extra["targets"]) == (("ISIS", "ISF"), ["ISF"])


def test_families_marched_towards_a_city_are_no_advance(extract: Extract) -> None:
    body = (
        "Thousands of families had been forced from villages around the town and marched "
        "towards Mosul, apparently to be used as human shields."
    )
    assert [e.type for e in extract(body, dt.date(2016, 11, 7)).events] == []


def test_a_town_to_a_city_s_south_is_taken_not_the_city_which_stays_the_city(
    extract: Extract,
) -> None:
    body = (
        "The offensive on Tikrit began on March 2.\n\n"
        "Within days, the attackers had retaken the town of al-Dour, to Tikrit's south, and "
        "by the second week of March they had seized al-Alam, largely encircling the city."
    )
    result = extract(body, dt.date(2015, 4, 1))
    got = sorted((e.type, e.date, tuple(sorted(names(e)))) for e in result.events)
    assert got == [
        ("advance", "2015-03-02", (TIKRIT,)),
        ("capture", "2015-03-03", (AL_DOUR,)),
        ("capture", "2015-03-08", (AL_ALAM,)),
        ("siege", "2015-03-08", (TIKRIT,)),
    ]


def test_fighters_pushed_out_again_or_who_ran_towards_a_town_withdrew(extract: Extract) -> None:
    body = (
        "Its fighters first broke into Palmyra on Saturday, but Russia's defence ministry said "
        "they had been pushed out overnight after 64 airstrikes."
    )
    result = extract(body, dt.date(2016, 12, 12))
    out = only(result.events, "withdrawal")
    assert [[(p.role, p.name) for p in e.places] for e in out] == [[("from", "Palmyra")]]
    body = '"Jarablus is completely liberated. Daesh ran towards al-Bab," a commander said.'
    (fled,) = only(extract(body, dt.date(2016, 8, 24)).events, "withdrawal")
    assert [(p.role, p.name) for p in fled.places] == [("from", "Jarablus"), ("to", "al-Bab")]
    assert fled.actors == ("ISIS",)


def test_a_party_s_other_names_in_brackets_are_one_mention_of_it(extract: Extract) -> None:
    body = (
        "Iraq's military says it has recaptured the western town of Hit from the Islamic State "
        "of Iraq and the Levant (ISIL, also known as ISIS) group, after nearly a month of "
        "fighting in Anbar province."
    )
    events = extract(body, dt.date(2016, 4, 14)).events
    assert {(e.type, e.actors, tuple(e.extra["targets"])) for e in events} == {
        ("capture", ("ISF", "ISIS"), ("ISIS",)),
        ("attack", ("ISF", "ISIS"), ("ISIS",)),
    }


def test_who_announces_a_town_cleared_of_a_party_cleared_it(extract: Extract) -> None:
    body = (
        "Peshmerga forces announced on Tuesday that the town of Bashiqa, northeast of Mosul, "
        "has been cleared of ISIS militants, a day after launching a major assault on the town."
    )
    events = extract(body, dt.date(2016, 11, 8)).events
    assert {(e.type, e.actors) for e in events} == {
        ("capture", ("Peshmerga", "ISIS")),
        # (an assault launched on a town is the offensive on it)
        ("advance", ("Peshmerga", "ISIS")),
    }


def test_a_flight_told_by_its_destinations_sets_out_from_the_story_s_town(
    extract: Extract,
) -> None:
    body = (
        "Kurdish forces retook Sinjar on Friday. Fighting went on in Sinjar.\n\n"
        '"They ran away," said one fighter.\n\n'
        "Most of the militants appeared to have fled south toward the town of Baaj and east "
        "toward Tal Afar, peshmerga commanders said."
    )
    (fled,) = [
        e
        for e in extract(body, dt.date(2015, 11, 13)).events
        if "Baaj" in {p.name for p in e.places}
    ]
    assert [(p.role, p.place_id) for p in fled.places] == [
        ("from", SINJAR),
        ("to", "geonames:99524"),
        ("to", TAL_AFAR),
    ]
    assert (fled.actors, fled.claimant) == (("ISIS",), "peshmerga commanders")


@pytest.mark.parametrize(
    ("body", "published", "kind", "actors", "date"),
    [
        # who laid the siege that was broken is acted against
        (
            "Iraqi troops and Kurdish fighters have broken a two-month siege of the town of "
            "Tal Afar by Islamic State extremists, officials said Monday.",
            dt.date(2014, 9, 1),
            "link_up",
            ("ISF", "Peshmerga"),
            "2014-09-01",
        ),
        # who defended the city is not who attacked it
        (
            "For three years the Peshmerga defended the city against repeated attacks, "
            "including an IS assault on Kirkuk in October 2016.",
            dt.date(2017, 10, 17),
            "attack",
            ("ISIS",),
            "2016-10-01",
        ),
        # whom the others allowed in is who entered
        (
            "On Monday, Peshmerga forces pulled back from their positions, allowing Iraqi "
            "forces to enter Kirkuk with little resistance.",
            dt.date(2017, 10, 17),
            "advance",
            ("ISF",),
            "2017-10-16",
        ),
        # "a day after Baghdad's forces seized": theirs, the day before
        (
            "Iraqi forces on Tuesday took over the Bai Hassan oil field after Peshmerga forces "
            "withdrew, a day after Baghdad's forces seized the city of Kirkuk.",
            dt.date(2017, 10, 17),
            "capture",
            ("ISF",),
            "2017-10-16",
        ),
    ],
)
def test_the_side_acting_when_the_other_side_is_named_with_it(
    extract: Extract, body: str, published: dt.date, kind: str, actors: tuple[str, ...], date: str
) -> None:
    events = [e for e in extract(body, published).events if e.type == kind and e.date == date]
    assert [tuple(a for a in e.actors if a not in e.extra["targets"]) for e in events] == [actors]


def test_fighters_cleared_from_a_place_lost_it_to_who_announced_it(extract: Extract) -> None:
    body = (
        "The Syrian Democratic Forces announced on Tuesday that operations in Raqqa were over "
        "after the last IS fighters were cleared from the city's stadium."
    )
    (capture,) = only(extract(body, dt.date(2017, 10, 17)).events, "capture")
    acting = [a for a in capture.actors if a not in capture.extra["targets"]]
    assert acting == ["SDF"]


def test_weeks_after_counts_back_from_the_month_its_sentence_told(extract: Extract) -> None:
    body = (
        "It was from the pulpit of the mosque that Baghdadi declared the caliphate in July "
        "2014, few weeks after the group seized Mosul."
    )
    (capture,) = only(extract(body, dt.date(2017, 6, 22)).events, "capture")
    assert capture.date.startswith("2014-06")


def test_the_day_or_month_a_story_tells_goes_on_into_what_follows(extract: Extract) -> None:
    body = (
        "Iraqi forces took over the Bai Hassan oil field on Tuesday.\n\n"
        "The takeover of Kirkuk began before dawn on Monday, when Iraqi units advanced from "
        "their positions south of the city.\n\n"
        "By midday, Peshmerga forces had pulled back from their positions. Iraqi troops took "
        "over the K1 military base near Kirkuk."
    )
    took = only(extract(body, dt.date(2017, 10, 17)).events, "capture")
    assert [e.date for e in took] == ["2017-10-17", "2017-10-16"]
    body = (
        "Last month, the army launched an offensive to retake Mosul, pushing west from its "
        "base at Makhmur. Troops recaptured the villages of Kudilah and Mahana."
    )
    took = only(extract(body, dt.date(2016, 4, 14)).events, "capture")
    assert [(e.date, e.date_precision) for e in took] == [("2016-03-01", "month")]
    body = (
        "Operation Euphrates Shield was launched on Aug. 24. On its first day, the FSA "
        "liberated the border town of Jarablus from Daesh."
    )
    took = only(extract(body, dt.date(2016, 10, 16)).events, "capture")
    assert [e.date for e in took] == ["2016-08-24"]


@pytest.mark.parametrize(
    "body",
    [
        "The UN said up to 60,000 people had fled their homes in Hassakeh since the fighting "
        "began, many of them heading north towards the Kurdish-controlled city of Qamishli.",
        "Before ISIS overran it, Bashiqa was home to tens of thousands of Yezidis and "
        "Christians, nearly all of whom fled to Erbil.",
        "Tens of thousands of people have been displaced by fighting in Deir Ezzor province, "
        "many of them fleeing across the desert to camps in Hasakah province.",
    ],
)
def test_many_of_the_people_who_fled_are_no_force_moving(extract: Extract, body: str) -> None:
    moves = [
        e
        for e in extract(body, dt.date(2016, 11, 8)).events
        if e.type in ("advance", "withdrawal")
    ]
    assert moves == []


def test_a_day_told_again_counts_once_towards_the_storys_day(extract: Extract) -> None:
    body = (
        "Syrian army takes Albu Kamal\n\n"
        "Syrian government forces have captured Albu Kamal, state media said on Thursday. IS "
        "launched counter-attacks on Thursday, the Observatory said.\n\n"
        "On the Iraqi side, government forces retook al-Qaim on Friday. The army declared full "
        "control of Deir Ezzor city on 3 November, the same day Iraq retook al-Qaim."
    )
    took = only(extract(body, dt.date(2017, 11, 9)).events, "capture")
    assert {e.date for e in took if "Albu Kamal" in {p.name for p in e.places}} == {"2017-11-09"}


def test_what_a_clause_says_began_then_is_dated_by_it(extract: Extract) -> None:
    body = (
        "The fall of Albu Kamal caps a rapid government advance through the oil-rich Deir "
        "Ezzor province, which began in September."
    )
    (advance,) = only(extract(body, dt.date(2017, 11, 9)).events, "advance")
    assert (advance.date, advance.date_precision) == ("2017-09-01", "month")


@pytest.mark.parametrize(
    ("body", "pub", "expected"),
    [
        (
            "The Hashd al-Shaabi captured Tal Afar's airport in November last year and cut the "
            "road linking the city to the Syrian border.",
            dt.date(2017, 8, 30),
            [("capture", "2016-11-01"), ("cut_route", "2016-11-01")],
        ),
        (
            "Operation Euphrates Shield, Turkey's first large-scale ground incursion into Syria, "
            "began on 24 August with the capture of the border town of Jarablus from Isis.",
            dt.date(2017, 1, 6),
            [("advance", "2016-08-24"), ("capture", "2016-08-24")],
        ),
        (
            "IS seized Ramadi on May 17 after a blistering assault, prompting security forces to "
            "flee in what was one of the most humiliating setbacks of the war for Baghdad.",
            dt.date(2015, 12, 28),
            [("capture", "2015-05-17"), ("withdrawal", "2015-05-17")],
        ),
        (
            "The town of Karma was retaken at the end of May, and troops seized the southern "
            "suburb of Nuaimiya at about the same time.",
            dt.date(2016, 6, 27),
            [("capture", "2016-05-21"), ("capture", "2016-05-21")],
        ),
        (
            "Islamic State fighters seized Tikrit on June 11, a day after taking Mosul.",
            dt.date(2014, 8, 19),
            [("capture", "2014-06-11"), ("capture", "2014-06-10")],
        ),
        (
            "ISIS fighters captured Tikrit on June 11, a day after the fall of Mosul.",
            dt.date(2014, 8, 19),
            [("capture", "2014-06-11"), ("capture", "2014-06-10")],
        ),
    ],
)
def test_a_second_event_told_with_a_first_is_dated_by_it(
    extract: Extract, body: str, pub: dt.date, expected: list[tuple[str, str]]
) -> None:
    events = [e for e in extract(body, pub).events if e.type != "attack"]
    assert [(e.type, e.date) for e in events] == expected


def test_who_fled_a_place_taken_are_those_routed_not_those_who_took_it(
    extract: Extract,
) -> None:
    body = (
        "IS seized Ramadi on May 17, prompting security forces to flee to Baghdad. ISIS "
        "overran Mosul in June 2014, routing Iraqi troops who abandoned their weapons as "
        "they fled."
    )
    fled = only(extract(body, dt.date(2015, 12, 28)).events, "withdrawal")
    assert [(e.actors, e.places[0].role) for e in fled] == [(("ISF",), "from")] * 2
    body = (
        "IS seized Ramadi on May 17, prompting security forces to flee in one of the most "
        "humiliating setbacks of the war for Baghdad."
    )
    (fled,) = only(extract(body, dt.date(2015, 12, 28)).events, "withdrawal")
    assert [p.name for p in fled.places] == ["Ramadi"]


@pytest.mark.parametrize(
    "body",
    [
        "Islamic State seized Tikrit on June 11, and several army attempts to enter the city "
        "since then have failed.",
        "But Isis is likely to respond as it has before: by falling back on insurgent tactics "
        "and bombings in Baghdad.",
    ],
)
def test_a_failed_attempt_or_a_forecast_is_no_event(extract: Extract, body: str) -> None:
    events = extract(body, dt.date(2016, 6, 27)).events
    assert [e.type for e in events] in ([], ["capture"])


def test_dates_of_a_set_off_state_or_a_second_act_of_one_subject(extract: Extract) -> None:
    body = (
        "Fallujah, some 50 kilometres east of Ramadi and under IS control since January 2014, "
        "is largely surrounded by government forces."
    )
    (siege,) = only(extract(body, dt.date(2015, 12, 28)).events, "siege")
    assert siege.date >= "2015-12"
    body = (
        "Fallujah was the first Iraqi city to fall under Isis control, in January 2014 – six "
        "months before the group swept into Mosul and declared its caliphate."
    )
    (advance,) = only(extract(body, dt.date(2016, 6, 27)).events, "advance")
    assert (advance.date[:4], advance.status) == ("2014", "reported")
    assert "2014-06" <= advance.date <= "2014-07-31"


def test_a_towns_airport_or_citadel_taken_is_not_the_town_taken(extract: Extract) -> None:
    body = (
        "The Hashd al-Shaabi captured Tal Afar's airport, south of the city, in November last "
        "year.\n\nIraqi forces launched the battle for western Mosul on Feb. 19. Within days, "
        "Iraqi forces retook the city's airport."
    )
    took = only(extract(body, dt.date(2017, 8, 30)).events, "capture")
    assert [[p.role for p in e.places] for e in took] == [["near"], ["near"]]


@pytest.mark.parametrize(
    "body",
    [
        "Pentagon officials said the strikes around the dam fell within the mission of "
        "protecting U.S. personnel, since a breach would have threatened the embassy in Baghdad.",
        "The fighting in western Mosul is expected to be more difficult than in the east.",
        "The Pentagon said coalition aircraft had flown missions over al-Bab at Turkey's "
        "request, but officials stopped short of committing to air strikes.",
        '"We have reinforced our positions so that none of them can escape toward the '
        'Kurdistan Region," the commander said.',
    ],
)
def test_what_did_not_happen_or_what_it_will_be_like_is_no_event(
    extract: Extract, body: str
) -> None:
    assert extract(body, dt.date(2017, 3, 7)).events == ()


RAMADI, FALLUJAH, KOBANI = "geonames:98717", "geonames:99454", "geonames:172256"


def test_a_date_after_a_dashed_aside_dates_the_event_before_it(extract: Extract) -> None:
    body = (
        "IS seized Tal Afar - known locally as Telafar - in May 2015, and went on to blow up "
        "its shrines."
    )
    assert [(e.type, e.date) for e in extract(body, PUB).events] == [("capture", "2015-05-01")]


def test_a_date_set_off_before_the_last_of_a_list_dates_that_one_alone(
    extract: Extract,
) -> None:
    pub = dt.date(2016, 8, 25)
    for body in (
        "Iraqi forces have retaken Tikrit, Ramadi and, in June, Fallujah.",
        "Iraqi forces, which have since retaken Tikrit, Ramadi and, in June, Fallujah, have "
        "been advancing north along the Tigris since March.",
        "Iraqi forces have since clawed back much of the territory lost, including Tikrit, "
        "Ramadi and, in June, Fallujah, but Mosul remains the jihadists' bastion.",
    ):
        got = [
            (e.actors[:1], names(e), e.date) for e in only(extract(body, pub).events, "capture")
        ]
        assert got == [
            (("ISF",), {TIKRIT, RAMADI}, None),
            (("ISF",), {FALLUJAH}, "2016-06-01"),
        ]


def test_what_a_side_did_as_it_took_a_town_is_dated_with_it(extract: Extract) -> None:
    body = "The Islamic State group captured Tikrit in October 2014 as it swept through Tal Afar."
    events = extract(body, dt.date(2016, 4, 14)).events
    assert [(e.type, e.date) for e in events] == [
        ("capture", "2014-10-01"),
        ("advance", "2014-10-01"),
    ]


def test_strikes_carried_out_since_a_bombing_began_are_dated_from_it(extract: Extract) -> None:
    body = (
        "The US and its allies began bombing Isis positions around Kobani in late September "
        "and have since carried out more than 700 airstrikes there."
    )
    (strikes,) = extract(body, dt.date(2015, 1, 26)).events
    assert (strikes.type, strikes.date[:7], names(strikes)) == ("airstrike", "2014-09", {KOBANI})
    assert strikes.actors[0] == "Coalition"


def test_what_a_side_has_since_done_after_a_recent_day_falls_between_it_and_the_report(
    extract: Extract,
) -> None:
    body = (
        "The SDF crossed the Euphrates on May 31 and advanced on Tal Afar. SDF fighters have "
        "since pushed into Tal Afar's southwestern outskirts."
    )
    pushed = extract(body, dt.date(2016, 7, 1)).events[-1]
    assert (pushed.date, pushed.date_precision, pushed.date_end) == (
        "2016-06-01",
        "month",
        "2016-07-01",
    )
    body = "IS seized Tal Afar in June 2014. Iraqi forces have since pushed into the town."
    assert extract(body, dt.date(2017, 9, 1)).events[-1].date is None


def test_what_a_denier_says_instead_is_its_claim_not_a_denial(extract: Extract) -> None:
    body = (
        "A PMU spokesman denied its forces had entered Syria, saying they had only shelled IS "
        "positions in Tal Afar from the Iraqi side of the frontier."
    )
    shelled = [e for e in extract(body, PUB).events if TAL_AFAR in names(e)]
    assert [(e.type, e.status) for e in shelled] == [("attack", "claimed")]


def test_a_town_no_gazetteer_knows_is_the_town_the_story_goes_on_about(
    extract: Extract,
) -> None:
    body = (
        "Iraqi soldiers retook the town of Jurf al-Sakhar, south of Baghdad, on Saturday.\n\n"
        '"Jurf al-Sakhar has been completely liberated," a general said. Our forces are '
        "clearing the roads. Commanders were seen close to the front line.\n\n"
        "Iraqi jets bombed militant positions in and around the town overnight. Troops also "
        "cleared the nearby villages of al-Fadhiliya and al-Hujair on the outskirts of the "
        "town. One army officer said many militants had fled north towards Amiriyat al-Falluja."
    )
    events = extract(body, dt.date(2014, 10, 25)).events
    got = [(e.type, [(p.role, p.name) for p in e.places]) for e in events]
    assert ("airstrike", [("near", "the town")]) in got
    assert ("capture", [("at", "al-Fadhiliya"), ("at", "al-Hujair")]) in got
    assert ("withdrawal", [("from", "the town"), ("to", "Amiriyat al-Falluja")]) in got
    towns = [m for m in extract(body, dt.date(2014, 10, 25)).mentions if m.text == "the town"]
    assert len(towns) == 2


def test_a_title_before_a_name_and_a_feast_are_no_places_of_their_own(
    extract: Extract,
) -> None:
    body = (
        "IS fighters captured the town of Hit and tightened their grip on the provincial "
        "capital Ramadi, ahead of the Ashura commemorations."
    )
    result = extract(body, dt.date(2014, 10, 25))
    notes = {m.text: m.note for m in result.mentions if m.kind == "place"}
    assert "the provincial capital" not in notes
    assert notes["Ashura"].startswith("not a place")
    body = "Displaced families reached the Newroz camp near Derik."
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert not notes["Newroz"].startswith("not a place")


def test_what_a_party_declared_is_no_claim_and_its_clause_is_its_own(extract: Extract) -> None:
    body = (
        "Islamic State, which declared a caliphate across parts of Iraq and Syria after "
        "seizing the northern city of Mosul in June, did not comment on the loss."
    )
    (capture,) = extract(body, dt.date(2014, 10, 25)).events
    assert (capture.actors, capture.status, names(capture)) == (("ISIS",), "reported", {MOSUL})


def test_a_mountain_is_a_place_of_its_own_and_the_mountain_refers_to_it(
    extract: Extract,
) -> None:
    body = (
        "The Yazidis fled up Mount Sinjar after IS overran the town of Sinjar on Aug. 3. "
        "Kurdish fighters of the YPG pushed across the border on Saturday and fought their "
        "way to the northern slopes of the mountain."
    )
    result = extract(body, dt.date(2014, 8, 11))
    refs = {m.text: m.place_id for m in result.mentions if m.kind == "place"}
    assert refs["Mount Sinjar"] == refs["the mountain"] != SINJAR
    assert refs["Sinjar"] == SINJAR
    body = '"Today Sinjar has been liberated," Barzani told reporters on Mount Sinjar.'
    (capture,) = extract(body, dt.date(2015, 11, 13)).events
    assert names(capture) == {SINJAR}


def test_a_date_before_the_second_verb_of_a_pair_is_its_own(extract: Extract) -> None:
    body = (
        "The Islamic State group captured the Mosul Dam on Thursday and last week seized "
        "Tal Afar, prompting thousands to flee."
    )
    events = extract(body, dt.date(2014, 8, 11)).events
    assert [(e.type, e.date, e.date_precision) for e in events if e.type == "capture"] == [
        ("capture", "2014-08-07", "day"),
        ("capture", "2014-08-04", "week"),
    ]


def test_who_backs_a_capture_does_not_cut_the_road_alone(extract: Extract) -> None:
    body = (
        "Kurdish-led fighters backed by US airstrikes captured the town of Tal Afar, cutting "
        "one of the militants' supply routes between Mosul and Syria."
    )
    (_, cut) = extract(body, PUB).events
    assert (cut.type, cut.actors[0]) == ("cut_route", "SDF")


def test_the_province_a_stronghold_is_in_is_not_taken_with_it(extract: Extract) -> None:
    body = (
        "The SDF announced that they had taken full control of the town of Tal Afar, one of "
        "the main Islamic State (ISIS) strongholds in Nineveh province, on Friday."
    )
    (capture,) = extract(body, PUB).events
    assert names(capture) == {TAL_AFAR}


def test_a_toll_of_a_whole_country_is_no_attack_on_the_map(extract: Extract) -> None:
    body = "More than 230,000 people have been killed in Syria since the conflict began in 2011."
    assert extract(body, PUB).events == ()


def test_an_aim_told_of_before_what_had_happened_is_not_that_deeds(extract: Extract) -> None:
    body = (
        "Analysts say the attacks are aimed at diverting Kurdish forces after the YPG captured "
        "Tal Afar earlier this month, cutting a key supply route from Turkey to Mosul."
    )
    assert [(e.type, e.status) for e in extract(body, PUB).events] == [
        ("capture", "claimed"),
        ("cut_route", "claimed"),
    ]


def test_regime_aircraft_are_the_syrian_governments(extract: Extract) -> None:
    body = (
        "Regime aircraft carried out more than a dozen raids on IS positions in Raqqa overnight."
    )
    (strike,) = extract(body, PUB).events
    assert (strike.type, strike.actors[0]) == ("airstrike", "SAA")


def test_what_was_done_in_the_same_advance_is_dated_with_it(extract: Extract) -> None:
    body = (
        "ISIL overran Tal Afar in June 2014, during the same lightning advance in which it "
        "captured Mosul."
    )
    events = extract(body, dt.date(2016, 11, 8)).events
    assert [(e.type, names(e), e.date) for e in events] == [
        ("capture", {TAL_AFAR}, "2014-06-01"),
        ("capture", {MOSUL}, "2014-06-01"),
    ]


def test_a_commanders_men_are_his_forces_not_civilians(extract: Extract) -> None:
    body = "A commander said his men had reached the centre of Tal Afar."
    assert [(e.type, names(e)) for e in extract(body, PUB).events] == [("advance", {TAL_AFAR})]


def test_vehicles_destroyed_are_an_attack_on_their_side(extract: Extract) -> None:
    body = (
        "The group's Amaq news agency claimed that its fighters had destroyed three Turkish "
        "tanks near Tal Afar."
    )
    (attack,) = extract(body, PUB).events
    assert (attack.type, attack.status, attack.actors, attack.extra["targets"]) == (
        "attack",
        "claimed",
        ("ISIS", "Turkey"),
        ["Turkey"],
    )
    # (what strikes destroyed is the strikes', no attack of its own)
    body = (
        "US aircraft conducted three airstrikes near Tal Afar, destroying IS Humvees and a tank."
    )
    assert [e.type for e in extract(body, PUB).events] == ["airstrike"]


def test_a_capital_accused_of_something_is_its_government(extract: Extract) -> None:
    body = (
        "The Peshmerga said they had destroyed five Humvees near Kirkuk, and accused Baghdad of "
        "launching a war."
    )
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"


def test_the_province_a_town_taken_lies_in_and_a_later_clause_are_not_taken(
    extract: Extract,
) -> None:
    body = "Iraqi troops recapture Tal Afar town from Islamic State in western Nineveh"
    assert [names(e) for e in extract(body, PUB).events] == [{TAL_AFAR}]
    body = (
        "In the first phase, the security forces liberated Tal Afar, in Nineveh, before the "
        "second phase was launched towards Hawija from the south."
    )
    captures = only(extract(body, PUB).events, "capture")
    assert [names(e) for e in captures] == [{TAL_AFAR}]


def test_words_in_scare_quotes_still_reach_the_place_after_them(extract: Extract) -> None:
    body = 'The Joint Operations Command said its forces had "imposed security" in Tal Afar.'
    (capture,) = extract(body, PUB).events
    assert (capture.type, capture.status, capture.actors, names(capture)) == (
        "capture",
        "claimed",
        ("ISF",),
        {TAL_AFAR},
    )
    body = 'The general said troops had "liberated" the city center and the Tal Afar district.'
    assert [names(e) for e in extract(body, PUB).events] == [{TAL_AFAR}]


@pytest.mark.parametrize(
    "body",
    [
        "Peshmerga units withdrew from Kirkuk after an agreement between some Kurdish officials "
        "and Baghdad.",
        "Iraqi forces retook Ramadi on Monday, handing Baghdad its biggest victory in a year.",
    ],
)
def test_a_capital_one_agrees_with_or_hands_a_victory_is_its_government(
    extract: Extract, body: str
) -> None:
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Baghdad"] == "not a place: stands for the government"


def test_a_road_cut_after_another_leaves_from_the_same_town_not_the_first_roads_end(
    extract: Extract,
) -> None:
    body = (
        "On Wednesday the alliance severed the road north from Mosul to Tal Afar and the "
        "Syrian border, and it had earlier cut the road south-east to Hawija."
    )
    cuts = only(extract(body, PUB).events, "cut_route")
    assert [(p.role, p.place_id) for p in cuts[-1].places] == [("from", MOSUL), ("to", HAWIJA)]


def test_what_losing_a_town_would_do_is_no_loss(extract: Extract) -> None:
    body = "Analysts say losing Tal Afar would leave Isis with only a narrow strip of territory."
    assert extract(body, PUB).events == ()


def test_the_provincial_capital_set_off_before_its_name_is_no_anaphor(extract: Extract) -> None:
    body = (
        "In the western province of Anbar, Islamic State fighters pressed attacks on the "
        "outskirts of the provincial capital, Ramadi, on Wednesday."
    )
    result = extract(body, PUB)
    assert "the provincial capital" not in {m.text for m in result.mentions}
    assert [names(e) for e in result.events] == [{RAMADI}]


def test_a_push_resumed_is_on_the_place_the_story_is_about(extract: Extract) -> None:
    body = (
        "The SDF announced the liberation of the village of Baghouz. The final assault on "
        "Baghouz was announced on Feb. 9 but was suspended to allow ISIS family members to "
        "leave Baghouz for al-Hol camp in Hasakah.\n\nSDF fighters resumed their push on "
        "March 1 and again on March 10."
    )
    events = extract(body, dt.date(2019, 3, 23)).events
    pushes = [e for e in events if e.quote.startswith("SDF fighters resumed")]
    assert [(e.type, e.actors, [p.name for p in e.places], e.date) for e in pushes] == [
        ("advance", ("SDF",), ["Baghouz"], "2019-03-01")
    ]
    (assault,) = [e for e in events if e.quote.startswith("The final assault")]
    assert "ISIS" not in assault.actors


TABQA = "geonames:172374"


def test_the_airport_told_after_a_towns_airport_is_that_site(extract: Extract) -> None:
    body = (
        "Islamic State jihadists captured the Tabqa military airport on Sunday. Hundreds of "
        "soldiers had pulled out of the airport overnight and were heading west towards "
        "Ithriya in neighbouring Hama province."
    )
    result = extract(body, dt.date(2014, 8, 24))
    (left,) = only(result.events, "withdrawal")
    assert [(p.role, p.name, p.place_id) for p in left.places] == [
        ("from", "the airport", TABQA),
        ("to", "Ithriya", None),
    ]
    hama = [m for m in result.mentions if m.text == "Hama"]
    assert hama and hama[0].resolved


def test_taking_great_care_takes_nothing(extract: Extract) -> None:
    body = '"The coalition takes great care not to strike the Tabqa dam," it said.'
    assert only(extract(body, PUB).events, "capture") == []


def test_a_town_no_gazetteer_knows_in_a_province_and_its_distance_from_a_capital(
    extract: Extract,
) -> None:
    body = (
        "Islamic State militants have seized most of the town of Qasr Dakhil in Iraq's western "
        "Anbar province, officials said. The militants stormed Qasr Dakhil, about 85 km "
        "northwest of the provincial capital Ramadi, on Thursday, overrunning police stations."
        " Police pulled back to a housing complex on the edge of the town."
    )
    events = extract(body, dt.date(2015, 2, 14)).events
    assert all({p.name for p in e.places} <= {"Qasr Dakhil", "the town"} for e in events)
    (left,) = only(events, "withdrawal")
    assert [p.name for p in left.places] == ["the town"] and left.places[0].place_id is None


def test_what_the_same_offensive_saw_is_dated_with_it(extract: Extract) -> None:
    body = (
        "ISIS overran Tal Afar in early August, in the same offensive that saw the group "
        "capture Sinjar and force thousands of Yezidis to flee."
    )
    events = extract(body, dt.date(2014, 10, 26)).events
    assert [(e.type, names(e), e.date[:7]) for e in events] == [
        ("capture", {TAL_AFAR}, "2014-08"),
        ("capture", {SINJAR}, "2014-08"),
    ]


def test_a_fall_told_as_what_came_before_is_not_dated_today(extract: Extract) -> None:
    body = (
        "Hezbollah fighters also took part in the offensive, which was launched after the fall "
        "of Tal Afar, according to the Observatory."
    )
    (fall,) = extract(body, PUB).events
    assert (fall.type, names(fall), fall.date) == ("capture", {TAL_AFAR}, None)


def test_every_name_of_a_list_led_by_one_read_as_a_place_is_a_place(extract: Extract) -> None:
    body = (
        "In recent days, troops captured Tal Naam, Kharab Ishk and Sheikh Ahmad, observers said."
    )
    (capture,) = extract(body, PUB).events
    assert [p.name for p in capture.places] == ["Tal Naam", "Kharab Ishk", "Sheikh Ahmad"]


def test_a_state_that_began_its_campaign_is_no_place_advanced_on(extract: Extract) -> None:
    body = (
        "The advance marks the biggest gain for government forces since Russia began its air "
        "campaign on Sept. 30."
    )
    notes = {m.text: m.note for m in extract(body, PUB).mentions if m.kind == "place"}
    assert notes["Russia"] == "not a place: stands for the government"


def test_a_fire_set_and_attackers_pushed_back_are_attacks(extract: Extract) -> None:
    body = "Militants set fire to a church in Tal Afar, he said."
    assert [(e.type, names(e)) for e in extract(body, PUB).events] == [("attack", {TAL_AFAR})]
    body = "Kurdish forces had pushed the militants back from the edge of Sinjar overnight."
    (attack,) = extract(body, PUB).events
    assert (attack.type, attack.extra["targets"], names(attack)) == ("attack", ["ISIS"], {SINJAR})


def test_a_siege_told_only_of_a_country_is_no_siege_on_the_map(extract: Extract) -> None:
    body = "The YPG drove IS out of Kobani after a four-month siege, the biggest defeat in Syria."
    assert "siege" not in {e.type for e in extract(body, PUB).events}


def test_a_retreat_from_most_of_a_town_towards_a_country_and_a_town(extract: Extract) -> None:
    body = (
        "Iraqi forces retook Tal Afar on Thursday. ISIL fighters had withdrawn from most of the "
        "city overnight towards the western desert and the town of Sinjar."
    )
    (left,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.role, p.place_id) for p in left.places] == [("from", TAL_AFAR), ("to", SINJAR)]


def test_strikes_a_side_hinders_are_no_strikes(extract: Extract) -> None:
    body = (
        "An official said Islamic State fighters set fire to several oil wells in the Ajil "
        "field near Tikrit on Monday, apparently to create smoke screens and hinder air strikes."
    )
    assert extract(body, PUB).events == ()


TAL_ABYAD, RAQQA, MANBIJ, RAMADI = (
    "geonames:163750",
    "geonames:172955",
    "geonames:167357",
    "geonames:98717",
)


def test_the_town_forces_joined_up_beside_is_the_town_they_encircle(extract: Extract) -> None:
    body = (
        "The offensive brought together Kurdish units advancing east from Kobani and others "
        "moving west from the Kurdish-held area around Ras al-Ain. The two forces joined up "
        "south of Tal Abyad over the weekend, encircling the town."
    )
    (siege,) = only(extract(body, PUB).events, "siege")
    assert [p.place_id for p in siege.places] == [TAL_ABYAD]


def test_the_side_a_battle_was_with_is_not_the_side_that_took_the_town(extract: Extract) -> None:
    body = "PYD-dominated forces captured the town of Manbij after a weeks-long battle with Daesh."
    (capture,) = only(extract(body, PUB).events, "capture")
    assert (capture.actors, capture.extra["targets"], names(capture)) == (
        ("SDF", "ISIS"),
        ["ISIS"],
        {MANBIJ},
    )


def test_an_operation_a_party_takes_no_part_in_is_not_its_event(extract: Extract) -> None:
    body = (
        "The U.S.-led coalition that has been bombing the group since August said it was not "
        "taking part in the Tikrit operation."
    )
    assert extract(body, PUB).events == ()


def test_a_clause_after_a_capital_and_its_province_is_about_the_capital(extract: Extract) -> None:
    body = "Ramadi, the capital of Anbar province, which ISIL captured in May, is still held."
    (capture,) = only(extract(body, PUB).events, "capture")
    assert names(capture) == {RAMADI}


def test_a_retreat_is_not_from_where_the_other_side_was_flown_in_from(extract: Extract) -> None:
    body = (
        "Peshmerga units pushed onto the dam on Sunday, backed by Iraqi special forces flown in "
        'from Baghdad. "Our forces are now clearing the area," a commander said. He said the '
        "militants had retreated toward the village of Wana."
    )
    (left,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.role, p.name) for p in left.places] == [("to", "Wana")]


def test_fighters_who_pulled_out_heading_towards_a_city_withdrew_there(extract: Extract) -> None:
    body = (
        "The monitor said the YPG held most of the town and that Isis fighters appeared to have "
        "pulled out, many of them heading south towards Raqqa, about 90km away."
    )
    (left,) = extract(body, PUB).events
    assert (left.type, [(p.role, p.place_id) for p in left.places]) == (
        "withdrawal",
        [("to", RAQQA)],
    )


def test_a_fall_told_again_as_days_before_is_the_fall_told_with_its_day(extract: Extract) -> None:
    body = (
        "Government forces are preparing a counter-offensive to retake Ramadi, which fell to IS "
        "on Sunday.\n\nComing just days after IS seized the Iraqi city of Ramadi, the attack "
        "underlines how far the group remains from being defeated."
    )
    thursday = dt.date(2015, 5, 21)
    events = extract(body, thursday).events
    taken = [e for e in only(events, "capture") if e.status == "reported"]
    assert [(e.date, names(e)) for e in taken] == [("2015-05-17", {RAMADI})]


def test_shells_that_landed_on_a_town_are_an_attack(extract: Extract) -> None:
    body = "Mortar shells fired by the militants landed in Tal Afar on Saturday."
    assert [(e.type, names(e)) for e in extract(body, PUB).events] == [("attack", {TAL_AFAR})]


def test_a_quarter_named_with_its_article_is_that_quarter_when_named_again(
    extract: Extract,
) -> None:
    body = (
        "SDF fighters stormed the al-Mashlab neighborhood on the eastern edge of Raqqa on "
        "Tuesday.\n\nIS militants launched counterattacks against SDF positions in al-Mashlab "
        "with suicide car bombs, the SDF said."
    )
    attacks = only(extract(body, PUB).events, "attack")
    (attack,) = [e for e in attacks if e.quote.startswith("IS militants")]
    assert [(p.role, p.name) for p in attack.places] == [("at", "al-Mashlab")]


def test_a_town_entered_before_being_pushed_back_is_entered_then_left(extract: Extract) -> None:
    body = (
        "IS fighters had briefly entered Tal Afar on Saturday before being pushed back to the "
        "outskirts by air strikes."
    )
    events = extract(body, PUB).events
    assert [(e.type, [(p.role, p.place_id) for p in e.places]) for e in events] == [
        ("advance", [("to", TAL_AFAR)]),
        ("withdrawal", [("from", TAL_AFAR)]),
    ]


def test_people_captured_are_no_town_taken_and_avengers_are_not_the_killers(
    extract: Extract,
) -> None:
    body = (
        "Shiite militiamen are also seeking revenge for the killing of hundreds of captured "
        "army recruits from Camp Speicher, just outside Tikrit, whom the militants massacred "
        "in June."
    )
    events = extract(body, PUB).events
    assert [(e.type, e.actors) for e in events] == [("attack", ())]


def test_a_cut_told_again_by_a_participle_is_one_cut(extract: Extract) -> None:
    body = (
        "In March, SDF fighters cut the main road linking Raqqa to Deir ez-Zor, east of the "
        "city, severing one of the last routes for IS supplies and reinforcements."
    )
    (cut,) = extract(body, PUB).events
    assert (cut.type, cut.actors, {p.role for p in cut.places}) == (
        "cut_route",
        ("SDF",),
        {"between"},
    )


def test_people_moved_by_a_side_are_no_advance(extract: Extract) -> None:
    body = (
        "From the start of the offensive in October 2016, IS fighters forcibly moved thousands "
        "of civilians from villages around Mosul, including from the area of Hammam al-Alil, "
        "into the city, where they were held in buildings used as fighting positions."
    )
    assert extract(body, PUB).events == ()


def test_a_commander_telling_of_his_men_or_commanders_of_theirs_name_the_side(
    extract: Extract,
) -> None:
    body = (
        "A counter-terrorism commander told Reuters his men had reached the centre of Tal Afar."
        "\n\nKurdish commanders said they plan to move on Sinjar next week."
    )
    reached, plan = extract(body, PUB).events
    assert (reached.actors, names(reached)) == (("ISF",), {TAL_AFAR})
    assert (plan.actors, plan.status, names(plan)) == (("Peshmerga",), "planned", {SINJAR})


def test_the_start_of_an_offensive_that_dates_the_sentence_is_no_event_of_it(
    extract: Extract,
) -> None:
    body = "Since the start of the operation on Oct. 17, the Peshmerga have held Bashiqa's edge."
    assert "advance" not in {e.type for e in extract(body, PUB).events}


def test_days_after_an_offensive_began_and_its_stall_are_dated_from_its_start(
    extract: Extract,
) -> None:
    body = (
        "The offensive began on March 2, when troops advanced on Tikrit from Samarra. Within "
        "days they had seized the towns of al-Dour and al-Alam, but the advance stalled on "
        "the outskirts of Tikrit in the middle of the month."
    )
    events = extract(body, dt.date(2015, 4, 1)).events
    (took,) = only(events, "capture")
    assert took.date is not None and "2015-03-03" <= took.date <= "2015-03-09"
    assert len(only(events, "advance")) == 1  # (from Samarra on Tikrit: not the stall)


def test_a_day_told_of_what_television_showed_after_is_not_the_days_capture(
    extract: Extract,
) -> None:
    body = (
        "Last Friday, Iraqi troops recaptured Tikrit after weeks of fighting, and state "
        "television showed soldiers celebrating in the streets the next day."
    )
    (took,) = only(extract(body, dt.date(2014, 11, 20)).events, "capture")
    assert took.date == "2014-11-14"


def test_people_taken_an_unlikely_offensive_and_a_community_s_flight_are_no_events(
    extract: Extract,
) -> None:
    for body in (
        "Days later, the group executed hundreds of air force recruits captured near Tikrit.",
        "Soldiers pulled out of the base towards Sinjar, while dozens had been captured.",
        "More than 30,000 Kurds have fled Tal Afar to Sinjar, officials said.",
        "Officials said an offensive to retake Mosul is unlikely before next year.",
    ):
        events = extract(body, PUB).events
        assert not [e for e in events if e.type == "capture" or "Kurds" in e.quote], body


def test_what_forces_could_do_is_a_plan_not_what_they_could_see(extract: Extract) -> None:
    body = (
        "Iraqi forces were massing near Kirkuk and could push north toward Erbil, Kurdish "
        "officials warned.\n\nTroops could see smoke over Tikrit as they advanced on the city "
        "on Monday."
    )
    massing, push, advanced = extract(body, PUB).events
    # (the massing is told as a fact, the push as what could follow)
    assert (massing.status, massing.type) == ("claimed", "advance")
    assert (push.status, push.type) == ("planned", "advance")
    assert (advanced.status, names(advanced)) == ("reported", {TIKRIT})


def test_an_offensive_begun_and_a_base_told_again_are_the_story_s_places(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces retook Tal Afar on Saturday. Tal Afar had been held since 2014. Flags "
        "were raised in Tal Afar.\n\nThe offensive was launched at dawn on Friday from three "
        "directions, an officer said."
    )
    launched = [e for e in extract(body, PUB).events if e.type == "advance"]
    assert [(names(e), e.date) for e in launched] == [({TAL_AFAR}, "2017-08-25")]
    body = (
        "Islamic State jihadists captured the Tabqa military airport on Sunday. The army said "
        "warplanes were striking terrorist gatherings in and around the base."
    )
    (strikes,) = only(extract(body, PUB).events, "airstrike")
    assert [p.name for p in strikes.places] == ["the base"] and strikes.places[0].place_id


def test_a_corridor_opened_to_a_place_is_a_way_through_to_it(extract: Extract) -> None:
    body = "The next phase of the operation aims to open a corridor to Sinjar."
    (plan,) = extract(body, PUB).events
    assert (plan.type, plan.status, names(plan)) == ("advance", "planned", {SINJAR})


def test_security_restored_on_a_day_to_a_town_and_villages_of_a_province(
    extract: Extract,
) -> None:
    body = (
        "Army restores security to Tal Afar town in Nineveh countryside\n\n"
        "Army units restored security and stability on Saturday to Tal Afar town and a number "
        "of villages and farms in the western countryside of Nineveh province."
    )
    (took,) = only(extract(body, PUB).events, "capture")
    assert (took.date, took.actors, [(p.role, p.place_id) for p in took.places]) == (
        "2017-08-26",
        ("ISF",),
        [("at", TAL_AFAR)],
    )


def test_a_town_set_with_taken_protesters_and_a_family_taken_somewhere(
    extract: Extract,
) -> None:
    body = '"With Tal Afar taken, ISIS inside west Mosul has no way out," an officer said.'
    (took,) = only(extract(body, PUB).events, "capture")
    assert (took.actors, names(took)) == ((), {TAL_AFAR})
    for body in (
        "Kurdish protesters clashed with police in Mosul on Tuesday.",
        "He spoke by telephone from Sinjar, where he said he had taken his wife and children.",
    ):
        assert extract(body, PUB).events == (), body


def test_what_fell_is_the_place_before_an_aside_not_one_named_in_it(extract: Extract) -> None:
    body = "Sinjar, around 120 km west of Mosul near the Syrian border, fell later on Sunday."
    (fell,) = only(extract(body, PUB).events, "capture")
    assert (names(fell), fell.date) == ({SINJAR}, "2017-08-27")


def test_an_operation_to_liberate_a_city_in_quotes_is_its_aim(extract: Extract) -> None:
    body = (
        'The prime minister announced the start of the operation to "liberate" Mosul in a '
        "televised address late Sunday."
    )
    (aim,) = only(extract(body, PUB).events, "capture")
    assert (aim.status, names(aim)) == ("planned", {MOSUL})


def test_forces_ordered_to_move_have_not_yet_moved(extract: Extract) -> None:
    body = "Barzani ordered the peshmerga to move on Sinjar on Sunday."
    (order,) = extract(body, PUB).events
    assert (order.type, order.status, names(order)) == ("advance", "planned", {SINJAR})


def test_strikes_that_destroyed_vehicles_are_strikes_from_the_air(extract: Extract) -> None:
    body = "US Central Command said strikes near Tal Afar had destroyed IS armed vehicles."
    (strikes,) = extract(body, PUB).events
    assert (strikes.type, names(strikes)) == ("airstrike", {TAL_AFAR})


def test_villages_north_of_a_city_are_drawn_out_in_that_quarter(extract: Extract) -> None:
    body = "Islamic State fighters seized a string of villages north of Mosul on Friday."
    (took,) = extract(body, PUB).events
    (place,) = took.places
    assert (place.role, place.place_id, place.approximate) == ("near", MOSUL, True)
    assert place.lat is not None and 36.45 < place.lat < 36.6  # about 20 km north of 36.34
    body = "Four days later, troops broke through to the military airport south of Mosul."
    (reached,) = extract(body, PUB).events
    assert [(p.lat, p.lon) for p in reached.places] == [(36.335, 43.11889)]  # the city's own


def test_sorties_are_strikes_and_what_follows_if_is_no_event(extract: Extract) -> None:
    body = "The Syrian Arab Air Force carried out intensive sorties on ISIS positions near Raqqa."
    (sorties,) = extract(body, PUB).events
    assert (sorties.type, sorties.actors[0]) == ("airstrike", "SAA")
    body = '"If the situation stays like this, Mosul will be lost," a tribal leader said.'
    assert extract(body, PUB).events == ()


def test_a_retreat_is_not_from_a_road_s_name_nor_where_an_earlier_push_went(
    extract: Extract,
) -> None:
    body = (
        "The aim is to push IS further back from the Tal Afar-Sinjar road. IS reached the area "
        "in 2014 during its push toward Sinjar.\n\nAmong the villages freed were Mufti and "
        "Tarjilla, he said, adding that IS militants fled toward the outskirts of Mosul."
    )
    events = extract(body, PUB).events
    (left,) = only(events, "withdrawal")
    assert [(p.role, p.place_id) for p in left.places if p.role == "to"] == [("to", MOSUL)]
    # (it left the villages freed, if anywhere told)
    assert {p.name for p in left.places if p.role == "from"} <= {"Mufti", "Tarjilla"}
    (freed,) = only(events, "capture")
    assert [p.name for p in freed.places] == ["Mufti", "Tarjilla"]


def test_bombers_flying_from_afar_struck_from_the_air(extract: Extract) -> None:
    body = (
        "The ministry said long-range bombers flying from Russia had struck Islamic State "
        "positions near Raqqa.\n\nThree suicide bombers attacked a checkpoint in Tikrit."
    )
    events = extract(body, PUB).events
    assert [(e.type, names(e)) for e in events] == [
        ("airstrike", {RAQQA}),
        ("attack", {TIKRIT}),
    ]


def test_a_withdrawal_told_again_of_a_part_or_with_where_it_went_is_one(
    extract: Extract,
) -> None:
    body = (
        "The monitor said IS fighters had withdrawn on Thursday from Tal Afar and the "
        "neighbouring towns of Qabasin and Bizaah, pulling back towards Sinjar.\n\nKurdish "
        "forces also took control of Qabasin on Thursday after the jihadists pulled out."
    )
    (left,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.role, p.name) for p in left.places] == [
        ("from", "Tal Afar"),
        ("from", "Qabasin"),
        ("from", "Bizaah"),
        ("to", "Sinjar"),
    ]


def test_a_quarter_of_a_city_s_countryside_is_drawn_out_in_that_quarter(
    extract: Extract,
) -> None:
    body = (
        "Syrian army units advanced in Aleppo's eastern countryside on Saturday.\n\n"
        "Syrian troops took villages in the western countryside of Raqqa on Friday."
    )
    went, took = extract(body, dt.date(2017, 6, 4)).events
    (east,), (west,) = went.places, took.places
    assert east.approximate and west.approximate
    # about 30 km out from the city centre, on the side told
    assert east.lon is not None and 37.4 < east.lon < 37.6 and east.name.endswith("countryside")
    assert west.lon is not None and 38.6 < west.lon < 38.75


def test_what_a_side_planned_to_do_is_a_plan(extract: Extract) -> None:
    body = (
        "A senior official said Peshmerga units, backed by U.S. air power, planned to "
        "counter-attack and retake Gwer and Makhmour in the coming days."
    )
    (plan,) = extract(body, dt.date(2014, 8, 8)).events
    assert (plan.type, plan.status, plan.actors) == ("capture", "planned", ("Peshmerga",))


def test_fighting_that_reached_a_place_is_fought_there_not_an_advance(extract: Extract) -> None:
    body = (
        "Fighting also reached the outskirts of Tal Afar on Monday.\n\n"
        "The troops reached the outskirts of Hawija on Tuesday."
    )
    assert [e.type for e in extract(body, PUB).events] == ["attack", "advance"]


def test_strikes_listed_under_a_lead_are_flown_by_the_party_the_lead_names(
    extract: Extract,
) -> None:
    body = (
        "Coalition military forces conducted 12 strikes against ISIS targets in Syria on "
        "Nov. 23:\n\n"
        "-- Near Abu Kamal, two strikes engaged an ISIS tactical unit.\n\n"
        "-- Near Raqqa, seven strikes engaged five ISIS tactical units."
    )
    events = extract(body, dt.date(2016, 11, 24)).events
    assert [(e.places[0].name, e.actors[:1]) for e in events if "Near" in e.quote] == [
        ("Abu Kamal", ("Coalition",)),
        ("Raqqa", ("Coalition",)),
    ]


def test_one_plan_for_one_place_told_in_one_sentence_is_one_planned_event(
    extract: Extract,
) -> None:
    body = "The SDF aims to isolate Raqqa before launching an assault on the city."
    (plan,) = extract(body, dt.date(2017, 3, 27)).events
    assert (plan.status, plan.places[0].name) == ("planned", "Raqqa")


def test_a_source_who_asked_not_to_be_named_tells_a_fact_not_an_aim(extract: Extract) -> None:
    body = (
        "The commander, who asked not to be named, said the SDF had reached the outskirts of "
        "Tabqa on Sunday."
    )
    (went,) = extract(body, dt.date(2017, 3, 27)).events
    assert (went.type, went.status) == ("advance", "claimed")


def test_a_sana_dateline_a_way_paved_and_the_city_of_a_countryside_story(
    extract: Extract,
) -> None:
    body = (
        "Army units liberate al-Sukhnah city in Homs eastern countryside\n\n"
        "Homs, SANA – Army units on Saturday restored security and stability to al-Sukhnah "
        "city in the eastern countryside of Homs.\n\n"
        "Engineering units are dismantling mines planted by the terrorists in the city's "
        "streets. The remnants of the terrorists fled towards the Euphrates river.\n\n"
        "The liberation of al-Sukhnah paves the way for the army to break the siege imposed "
        "by ISIS terrorists on Deir Ezzor city."
    )
    result = extract(body, dt.date(2017, 8, 13))
    assert "Homs" in {m.text for m in result.mentions if m.kind == "place" and not m.resolved}
    (fled,) = only(result.events, "withdrawal")
    assert fled.places[0].place_id == "geonames:172425"  # al-Sukhnah, not Homs
    (broken,) = only(result.events, "link_up")
    assert broken.status == "planned"
    # (what a way was opened for that is under way is no plan)
    body = (
        "PUK units withdrew from positions south of Kirkuk overnight, opening the way for "
        "government columns advancing from Taza, according to Kurdish officials."
    )
    (went,) = only(extract(body, dt.date(2017, 10, 16)).events, "advance")
    assert went.status == "claimed"


def test_strikes_that_backed_an_advance_and_are_told_where_they_fell_are_strikes(
    extract: Extract,
) -> None:
    body = (
        "Kurdish-led fighters seized the Tishrin Dam on the Euphrates on Saturday.\n\n"
        "The offensive, launched on Wednesday, was backed by airstrikes from the US-led "
        "coalition, which targeted IS positions and vehicles around the dam, according to SDF "
        "commanders."
    )
    (strikes,) = only(extract(body, dt.date(2015, 12, 27)).events, "airstrike")
    assert (strikes.actors[0], strikes.places[0].place_id) == ("Coalition", "regional:tishrin-dam")
    # (strikes only said to back a move, told nowhere of their own, are none)
    body = "The Peshmerga, backed by coalition air strikes, retook Zumar on Saturday."
    assert not only(extract(body, dt.date(2014, 10, 26)).events, "airstrike")


def test_neither_where_a_speaker_sits_nor_a_step_toward_a_city_is_the_place_taken(
    extract: Extract,
) -> None:
    body = (
        "Iraqi army retakes villages near Makhmour in first step toward Mosul\n\n"
        "A military spokesman in Baghdad, Lieutenant General Qassim Atta, denied that the area "
        "had been lost."
    )
    events = extract(body, dt.date(2016, 3, 25)).events
    assert [(e.type, [p.name for p in e.places]) for e in events] == [("capture", ["Makhmour"])]


def test_there_is_not_the_far_end_of_a_road_told_before(extract: Extract) -> None:
    body = (
        "The garrison at al-Tanf sits on the highway that links Damascus with Baghdad.\n\n"
        "U.S.-backed rebels seized the border crossing there from the Islamic State in March "
        "2016."
    )
    (took,) = extract(body, dt.date(2017, 5, 19)).events
    assert [p.name for p in took.places] == ["al-Tanf"]


def test_a_condition_whose_outcome_only_would_be_is_no_event(extract: Extract) -> None:
    body = (
        "If the militants take Haditha, they would control much of the Euphrates valley.\n\n"
        '"If the regime and the militias reach the border, Iran will have a land corridor."'
    )
    assert not extract(body, dt.date(2014, 6, 22)).events


def test_a_link_up_of_two_moves_is_between_where_they_came_from(extract: Extract) -> None:
    body = (
        "Opposition fighters advancing east from Al-Rai linked up on Sunday with FSA units that "
        "had moved west from Jarablus."
    )
    (joined,) = extract(body, dt.date(2016, 9, 4)).events  # (the two moves are the link-up)
    assert [(p.role, p.name) for p in joined.places] == [
        ("between", "Al-Rai"),
        ("between", "Jarablus"),
    ]
    assert joined.date == "2016-09-04"


def test_buildings_or_a_town_stormed_are_attacked_and_a_plan_to_storm_is_a_move(
    extract: Extract,
) -> None:
    body = (
        "On Oct. 21, militants stormed government buildings in the northern city of Kirkuk.\n\n"
        "Iraqi troops stormed Hawija on Tuesday.\n\n"
        "The militias are preparing to storm Tal Afar."
    )
    events = extract(body, dt.date(2016, 11, 1)).events
    assert [(e.type, e.status) for e in events] == [
        ("attack", "reported"),
        ("attack", "reported"),
        ("advance", "planned"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kurdish officials say the Peshmerga do not intend to enter Mosul itself, which ISIS "
        "overran in June 2014.",
        "The Peshmerga pushed toward Mosul.\n\nThe offensive aims to clear the ground for the "
        "operation to recapture the city, Iraq's second-largest, which the militants seized in "
        "June 2014.",
    ],
)
def test_a_clause_about_the_city_itself_or_the_city_described_tells_its_fall(
    extract: Extract, body: str
) -> None:
    fell = [e for e in only(extract(body, PUB).events, "capture") if e.date == "2014-06-01"]
    assert [(names(e), e.status, e.actors) for e in fell] == [({MOSUL}, "reported", ("ISIS",))]


def test_reinforcements_sent_from_a_town_and_from_a_country_came_from_both(
    extract: Extract,
) -> None:
    body = "Isis sent reinforcements from Mayadin and from its territory in Iraq on Monday."
    (sent,) = extract(body, PUB).events
    assert [(p.role, p.name) for p in sent.places] == [("from", "Mayadin"), ("from", "Iraq")]


def test_a_sweep_or_a_hunt_launched_is_an_advance(extract: Extract) -> None:
    body = (
        "Iraqi troops and paramilitary fighters launched a sweep on Friday through the rugged "
        "hills south of Kirkuk, officials said."
    )
    (swept,) = extract(body, dt.date(2018, 6, 29)).events
    assert (swept.type, swept.date, swept.actors[0]) == ("advance", "2018-06-29", "ISF")
