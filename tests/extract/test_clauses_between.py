"""What a clause set between an event and its place changes: who acts, and what is shared."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 11, 24)


def test_troops_entering_after_the_militants_withdrew_are_not_the_militants(
    extract: Extract,
) -> None:
    body = (
        "Islamic State fighters withdrew from Qaraqosh before troops entered the town on "
        "Saturday, residents said.\n\nMilitants fled as soldiers stormed Bartella."
    )
    events = extract(body, PUB).events
    moves = only(events, "advance")
    assert moves, "the troops' entries are events"
    assert all("ISIS" not in e.actors for e in moves)
    (left,) = only(events, "withdrawal")
    assert left.actors == ("ISIS",)


def test_a_town_shelled_and_recaptured_last_week_gives_both_events(extract: Extract) -> None:
    body = (
        "The Islamic State group has shelled the town of Bartella, recaptured last week by "
        "Iraqi forces."
    )
    events = extract(body, PUB).events
    (taken,) = only(events, "capture")
    assert [p.name for p in taken.places] == ["Bartella"]
    assert taken.actors == ("ISF",)
    assert taken.date_text == "last week" and taken.date_precision == "week"
    (shelled,) = only(events, "attack")
    assert [p.name for p in shelled.places] == ["Bartella"]
    assert shelled.actors == ("ISIS",)
    assert shelled.date != taken.date, "last week is when it was retaken, not when shelled"


def test_a_town_retaken_in_august_and_shelled_now_keeps_the_shelling(extract: Extract) -> None:
    body = "IS fighters shelled Qayyarah, retaken by the army in August."
    events = extract(body, PUB).events
    (taken,) = only(events, "capture")
    assert taken.date == "2016-08-01" and taken.actors == ("ISF",)
    (shelled,) = only(events, "attack")
    assert [p.name for p in shelled.places] == ["Qayyarah"]


def test_troops_advancing_that_car_bombs_were_sent_against_are_the_attack_s_target(
    extract: Extract,
) -> None:
    body = (
        "The militants sent waves of suicide car bombs against troops advancing in the Intisar "
        "district of Mosul, killing at least 15 soldiers, a commander said."
    )
    events = extract(body, PUB).events
    assert not only(events, "advance"), "the troops' advance describes whom the bombs hit"
    (bombs,) = only(events, "attack")
    assert bombs.actors == ("ISIS",)


def test_rebels_who_said_they_had_driven_isis_out_of_a_town_claim_its_capture(
    extract: Extract,
) -> None:
    body = (
        "Turkish-backed rebels said they had driven Islamic State out of al-Bab, but the claim "
        "could not be independently verified."
    )
    (taken,) = only(extract(body, dt.date(2017, 2, 24)).events, "capture")
    assert [p.name for p in taken.places] == ["al-Bab"]
    assert taken.actors[0] == "TFSA" and taken.status == "claimed"


def test_fighters_driven_out_of_a_town_by_rebels_lost_it_to_them(extract: Extract) -> None:
    body = "Islamic State fighters were driven out of al-Bab by Turkish-backed rebels on Thursday."
    events = extract(body, dt.date(2017, 2, 24)).events
    (taken,) = only(events, "capture")
    assert taken.actors[0] == "TFSA" and taken.date == "2017-02-23"
    assert not only(events, "withdrawal")
    # driven out with no one named who drove them, they are told leaving
    body = "Islamic State fighters were driven out of al-Bab on Thursday."
    (left,) = only(extract(body, dt.date(2017, 2, 24)).events, "withdrawal")
    assert left.actors == ("ISIS",)


def test_american_special_forces_are_the_coalition_s(extract: Extract) -> None:
    body = "The Pentagon denied reports that American special forces had entered Raqqa."
    (move,) = only(extract(body, dt.date(2017, 2, 24)).events, "advance")
    assert move.actors == ("Coalition",) and move.status == "denied"


def test_forces_that_could_reach_a_river_within_weeks_will_do_so_after_publication(
    extract: Extract,
) -> None:
    body = (
        "The operation began on October 17. Iraqi forces could reach Mosul within weeks, a U.S. "
        "general said."
    )
    (move,) = [e for e in extract(body, PUB).events if e.date_text == "within weeks"]
    assert move.status == "planned"
    assert move.date is not None and move.date > PUB.isoformat()


def test_militants_who_then_fled_did_so_when_the_paragraph_before_told(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces recaptured the town of Rutba from ISIS in May after the militants had "
        "held it for nearly a year.\n\nThe militants then fled toward the Syrian border, some "
        "150 km to the west."
    )
    (fled,) = only(extract(body, dt.date(2016, 10, 22)).events, "withdrawal")
    assert fled.date == "2016-05-01" and fled.date_precision == "month"


def test_a_counteroffensive_launched_in_a_city_is_one_attack(extract: Extract) -> None:
    body = (
        "ISIS militants launched a counteroffensive in Kirkuk early Friday, attacking government "
        "buildings and police stations."
    )
    events = extract(body, dt.date(2016, 10, 22)).events
    assert [(e.type, e.actors, e.date) for e in events] == [("attack", ("ISIS",), "2016-10-21")]


def test_forces_taking_up_positions_take_no_place(extract: Extract) -> None:
    body = "Kurdish fighters took up positions near Bashiqa on Monday."
    assert not only(extract(body, PUB).events, "capture")


def test_kurdistani_areas_are_no_place_named_kurdistani(extract: Extract) -> None:
    body = "Iraqi forces and the Hashd moved into Kurdistani areas outside the Kurdistan Region."
    mentions = extract(body, PUB).mentions
    assert not [m for m in mentions if m.kind == "place" and m.text == "Kurdistani"]


def test_a_title_case_headline_names_no_place_of_its_verbs(extract: Extract) -> None:
    body = (
        "Iraqi Forces Recapture Al-Qaim, Take Control of Border Crossing with Syria\n\n"
        "Iraqi forces announced on Friday that they had recaptured the town of al-Qaim from ISIS."
    )
    extraction = extract(body, dt.date(2017, 11, 4))
    names = {m.text for m in extraction.mentions if m.kind == "place"}
    assert not names & {"Recapture Al-Qaim", "Border Crossing"}
    assert "Al-Qaim" in names
    # the headline and the story tell one capture: as the story tells it, with who says so
    (taken,) = only(extraction.events, "capture")
    assert taken.status == "claimed" and taken.date == "2017-11-03"
    assert taken.actors[0] == "ISF" and taken.extra["targets"] == ["ISIS"]


def test_special_forces_that_fought_off_counterattacks_are_their_target(
    extract: Extract,
) -> None:
    body = (
        "Inside Mosul, Iraqi special forces fought off a fresh wave of counterattacks in the "
        "eastern neighborhoods of Karama and Zahra, where IS sent at least five suicide car "
        "bombs against their positions overnight, a special forces officer said."
    )
    attacks = only(extract(body, dt.date(2016, 11, 8)).events, "attack")
    assert attacks and all("ISF" not in e.actors or e.actors[0] != "ISF" for e in attacks)
    assert all(e.places and e.places[0].name != "Mosul" for e in attacks)
    body = "Peshmerga fighters fought off an Islamic State attack on Bashiqa on Monday."
    (attack,) = extract(body, dt.date(2016, 11, 8)).events
    assert attack.actors == ("ISIS", "Peshmerga") and attack.extra["targets"] == ["Peshmerga"]


def test_a_road_cut_told_twice_in_one_sentence_is_one_cut(extract: Extract) -> None:
    body = (
        "The PMF claimed yesterday that its fighters had cut the road between Tal Afar and the "
        "town of Ba'aj, severing the Islamic State's last major overland link between Mosul and "
        "its territory in Syria.\n\nThe militants moved some commanders from Mosul into the city "
        "before the road was cut."
    )
    (cut,) = only(extract(body, PUB).events, "cut_route")
    assert {p.name for p in cut.places} == {"Tal Afar", "Ba'aj"}


def test_a_clause_told_before_the_main_one_holds_only_its_own_places(extract: Extract) -> None:
    body = (
        "Since Kurdish forces retook Sinjar and the highway that runs through it in November "
        "2015, the Islamic State has relied on desert tracks further south, through Ba'aj, to "
        "move fighters, weapons, and fuel between Mosul and Raqqa."
    )
    (event,) = extract(body, PUB).events
    assert [p.name for p in event.places] == ["Sinjar"] and event.actors == ("Peshmerga",)


def test_a_helicopter_shot_down_was_hit_it_struck_nothing(extract: Extract) -> None:
    body = "An Iraqi helicopter was shot down by Islamic State fighters near Baiji on Thursday."
    (event,) = extract(body, dt.date(2017, 6, 22)).events
    assert (event.type, event.actors[0]) == ("attack", "ISIS")


def test_militants_pushed_out_of_a_district_left_it_not_the_city_they_held(
    extract: Extract,
) -> None:
    body = (
        "The militants, who have held Mosul since June 2014, were pushed out of the Zuhur "
        "district by elite troops on Monday."
    )
    (taken,) = only(extract(body, dt.date(2017, 6, 22)).events, "capture")
    assert [p.name for p in taken.places] == ["Zuhur"] and taken.date == "2017-06-19"
