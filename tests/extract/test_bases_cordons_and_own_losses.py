"""Bases, cordons and a party's own losses: an army base known by its unit's number, streets
closed after a bombing, a party telling of its own dead, the state whose jets struck, a
deadline still to come, the city a where-clause tells of, names listed up to their last
", and", and words that read like moves but are not (a border crossing, a fighter reached by
phone, where a position lies, a commander seized)."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, near, only

BAGHDAD = (33.34, 44.40)
MOSUL = (36.34, 43.12)
TABQA = (35.84, 38.55)


def test_a_deadline_still_to_come_is_dated_in_the_year_ahead(extract: Extract) -> None:
    body = (
        "Under the memorandum, all opposition groups must withdraw tanks, multiple rocket "
        "launchers, artillery and mortars from the zone around Idlib by October 10."
    )
    (left,) = extract(body, dt.date(2018, 9, 20)).events
    assert (left.type, left.status, left.date) == ("withdrawal", "planned", "2018-10-10")


def test_the_city_of_a_where_clause_is_the_one_it_follows(extract: Extract) -> None:
    body = (
        "Our correspondent in Baghdad says fighting also continued for a second day in Mosul, "
        "where ISIL fighters attacked several western neighbourhoods of the city on Friday."
    )
    (attack,) = extract(body, dt.date(2014, 6, 7)).events
    assert attack.type == "attack"
    assert near(attack.places[0].lat, attack.places[0].lon, MOSUL)


def test_a_place_others_were_sent_from_is_not_the_place_surrounded(extract: Extract) -> None:
    body = "Iraqi forces have surrounded Hit, and special forces have been sent from Baghdad."
    (siege,) = only(extract(body, dt.date(2016, 5, 1)).events, "siege")
    assert [p.name for p in siege.places] == ["Hit"]


def test_the_last_of_a_list_of_villages_bombed_is_one_of_them(extract: Extract) -> None:
    body = (
        "Regime helicopters dropped barrel bombs on Hayan, Anadan, and Hreitan on February 18 "
        "to disrupt rebel reinforcements moving along the Azaz-Aleppo road."
    )
    events = extract(body, dt.date(2015, 2, 20)).events
    (strike,) = only(events, "airstrike")
    assert "Hreitan" in [p.name for p in strike.places]
    assert strike.actors[0] == "SAA"
    # (the reinforcements moving are the rebels', not the regime's)
    assert all(e.actors[:1] != ("SAA",) for e in only(events, "advance"))


def test_a_state_taking_a_direct_hand_in_a_battle_takes_no_city(extract: Extract) -> None:
    body = (
        "The prominent role of Hezbollah in the operation indicates that Iran is taking a "
        "direct hand in the battle for Aleppo."
    )
    assert only(extract(body, dt.date(2015, 2, 20)).events, "capture") == []


def test_a_party_telling_of_its_own_commander_killed_is_not_who_killed_him(
    extract: Extract,
) -> None:
    body = (
        "BEIRUT (Reuters) - Lebanon's Hezbollah said on Friday its top military commander in "
        "Syria, Mustafa Badreddine, had been killed in an explosion near Damascus airport."
    )
    (attack,) = extract(body, dt.date(2016, 5, 13)).events
    assert attack.type == "attack"
    assert "Hezbollah" not in attack.actors


def test_jordan_s_jets_and_israel_s_strikes_are_theirs(extract: Extract) -> None:
    jordan = extract(
        "The claim came a day after Jordanian warplanes pounded Islamic State targets near "
        "Raqqa in the first wave of retaliation.",
        dt.date(2015, 2, 6),
    ).events
    (strike,) = only(jordan, "airstrike")
    assert strike.actors[0] == "Jordan"
    israel = extract(
        "Israel, which has carried out a number of air strikes near Damascus against what it "
        "says are weapons shipments bound for Hezbollah, declined to comment.",
        dt.date(2016, 5, 13),
    ).events
    (strike,) = only(israel, "airstrike")
    assert strike.actors[0] == "Israel"


def test_a_border_crossing_and_a_fighter_reached_by_phone_are_no_moves(
    extract: Extract,
) -> None:
    body = (
        'The men, known in Washington as the "New Syrian Forces", had been placed with '
        "Division 30, a small rebel group with its base near the town of Azaz, a few "
        "kilometres from the Bab al-Salameh crossing into Turkey.\n\n"
        '"We were told that the Americans would protect us," said one Division 30 fighter '
        "reached by phone in Kilis."
    )
    assert only(extract(body, dt.date(2015, 8, 10)).events, "advance") == []


def test_the_new_syrian_forces_are_rebels_not_the_syrian_army(extract: Extract) -> None:
    body = "Fighters of the New Syrian Forces entered Azaz on Thursday."
    (move,) = extract(body, dt.date(2015, 8, 10)).events
    assert move.actors == ("Rebels",)


def test_where_a_position_lies_is_no_advance(extract: Extract) -> None:
    body = (
        "A source close to the group said the position was a few kilometres from Damascus "
        "airport, in an area where Hezbollah and Syrian army units are deployed."
    )
    assert extract(body, dt.date(2016, 5, 13)).events == ()


def test_a_base_opened_in_the_next_clause_is_not_where_jets_struck(extract: Extract) -> None:
    body = (
        "Turkish jets began striking Isis positions near Azaz in late July, and Ankara opened "
        "the Incirlik air base to US aircraft."
    )
    (strike,) = only(extract(body, dt.date(2015, 8, 10)).events, "airstrike")
    assert [p.name for p in strike.places] == ["Azaz"]


def test_suicide_bombers_fly_no_aircraft(extract: Extract) -> None:
    body = (
        "It is the first major bombing in Erbil since September 2013, when suicide bombers "
        "attacked the headquarters of the Asayish, killing six security personnel."
    )
    events = extract(body, dt.date(2014, 11, 19)).events
    assert events
    assert only(events, "airstrike") == []


def test_streets_closed_after_a_blast_are_no_siege_and_no_cut_road(extract: Extract) -> None:
    body = (
        "A suicide car bomb exploded at the entrance of the governorate building in Erbil on "
        "Wednesday afternoon.\n\n"
        "Security forces sealed off the area and closed several main roads in the city "
        "center for hours after the blast."
    )
    events = extract(body, dt.date(2014, 11, 19)).events
    assert [e.type for e in events] == ["attack"]


def test_targets_destroyed_by_coalition_aircraft_are_its_airstrike(extract: Extract) -> None:
    body = (
        "In the last 24 hours, Turkish Armed Forces artillery and tank units fired on 71 DAESH "
        "targets identified in the region, and 8 DAESH targets were destroyed by Coalition "
        "Forces aircraft in the Akhtarin and El Bab areas."
    )
    (strike,) = only(extract(body, dt.date(2016, 10, 20)).events, "airstrike")
    assert strike.actors[0] == "Coalition"


def test_the_base_after_one_no_gazetteer_knows_is_not_an_airport_told_before(
    extract: Extract,
) -> None:
    body = (
        "The capture of the Division 17 base leaves the army with just two footholds in the "
        "province: the Brigade 93 base and the Tabqa military airport to the west.\n\n"
        '"The Islamic State has taken full control of the Division 17 base," he said.\n\n'
        "IS fighters launched the assault on Thursday with two suicide car bombs against the "
        "base's main gates.\n\n"
        "Dozens of soldiers managed to flee the base and reach Brigade 93."
    )
    events = extract(body, dt.date(2014, 7, 25)).events
    assert not any(
        near(p.lat, p.lon, TABQA) for e in events for p in e.places if p.lat is not None
    )


def test_a_group_pulling_its_fighters_out_of_a_front_withdraws(extract: Extract) -> None:
    body = (
        "On Sunday, Nusra announced that it was pulling its fighters out of its positions on "
        "the front lines with Isis in the northern Aleppo countryside."
    )
    (left,) = extract(body, dt.date(2015, 8, 10)).events
    assert (left.type, left.date, left.actors[0]) == ("withdrawal", "2015-08-09", "Rebels")


def test_a_commander_seized_is_no_place_taken(extract: Extract) -> None:
    body = (
        "On 29 July, Nusra fighters seized the division's commander, Colonel Nadim al-Hassan, "
        "and at least seven of his men on the road near Azaz."
    )
    assert only(extract(body, dt.date(2015, 8, 10)).events, "capture") == []


def test_forces_attacking_northward_advance(extract: Extract) -> None:
    body = (
        "Pro-regime forces attacked northward before dawn on February 17 from their positions "
        "near Aleppo."
    )
    (move,) = extract(body, dt.date(2015, 2, 20)).events
    assert (move.type, move.date) == ("advance", "2015-02-17")


def test_a_town_that_fell_under_a_party_s_control_was_taken_by_it(extract: Extract) -> None:
    (taken,) = extract("Mosul fell under IS control in June 2014.", dt.date(2014, 7, 1)).events
    assert (taken.type, taken.actors, taken.date) == ("capture", ("ISIS",), "2014-06-01")
    (derik,) = extract(
        "By Sunday, Derik had come under the control of the YPG.", dt.date(2012, 7, 22)
    ).events
    assert (derik.type, derik.actors) == ("capture", ("SDF",))


def test_the_campus_is_the_university_stormed(extract: Extract) -> None:
    body = (
        "Armed men stormed Anbar University in Ramadi before dawn.\n\n"
        "Security forces have surrounded the campus."
    )
    (siege,) = only(extract(body, dt.date(2014, 6, 7)).events, "siege")
    assert near(siege.places[0].lat, siege.places[0].lon, (33.42, 43.31))


def test_no_attempt_to_retake_a_town_is_no_event(extract: Extract) -> None:
    body = (
        "The YPG took Yarubiya on Saturday. Residents said that ISIS fighters shelled the town "
        "overnight, but that there had been no attempt to retake it by Sunday afternoon."
    )
    events = extract(body, dt.date(2013, 10, 27)).events
    assert [e.type for e in events] == ["capture", "attack"]


def test_a_car_bomb_dismantled_before_it_exploded_is_no_attack(extract: Extract) -> None:
    body = (
        "The Asayish also said its teams dismantled a fourth car bomb that had been parked in "
        "the south of Qamishli, before it exploded."
    )
    assert extract(body, dt.date(2019, 11, 11)).events == ()


def test_the_turkish_occupation_army_is_turkey_s(extract: Extract) -> None:
    body = (
        "The SDF also said the Turkish occupation army shelled villages in the western "
        "countryside of Amude overnight."
    )
    (attack,) = extract(body, dt.date(2019, 11, 11)).events
    assert attack.actors == ("Turkey",)


def test_the_lead_s_explosions_are_not_lost_to_the_cordon_around_them(
    extract: Extract,
) -> None:
    body = (
        "QAMISHLO - Three explosions rocked the city of Qamishli on Monday morning, killing 6 "
        "civilians.\n\n"
        "The Internal Security Forces (Asayish) cordoned off the sites of the explosions and "
        "transferred the injured to hospitals in the city."
    )
    (attack,) = extract(body, dt.date(2019, 11, 11)).events
    assert attack.quote.startswith("QAMISHLO - Three explosions")


def test_a_town_listed_after_a_countryside_goes_the_same_way(extract: Extract) -> None:
    body = (
        "ISIS has responded by pulling its fighters back toward the eastern Aleppo countryside "
        "and Raqqa."
    )
    (left,) = extract(body, dt.date(2014, 1, 10)).events
    assert [p.role for p in left.places] == ["to", "to"]


def test_the_toll_of_shelling_is_dated_with_it_not_with_a_bombing_before(
    extract: Extract,
) -> None:
    body = (
        "On October 11, a car bomb exploded in front of a restaurant on the main street of "
        "Qamishli, killing three people, and the Turkish occupation army shelled the "
        "neighborhoods of the city on October 9 and 10, killing several civilians."
    )
    bomb, shelling = sorted(extract(body, dt.date(2019, 11, 11)).events, key=lambda e: e.date)[
        ::-1
    ]
    assert (bomb.date, bomb.actors) == ("2019-10-11", ())
    assert (shelling.date, shelling.actors) == ("2019-10-09", ("Turkey",))


def test_weapons_that_can_reach_a_place_are_no_advance_on_it(extract: Extract) -> None:
    body = (
        '"We do not have weapons that can reach Nubl from our positions," a rebel commander '
        "told Reuters."
    )
    assert extract(body, dt.date(2013, 1, 16)).events == ()


def test_the_group_s_long_name_names_no_place(extract: Extract) -> None:
    body = (
        "Rebels have waged an offensive against the Islamic State of Iraq and al-Sham (ISIS) "
        "since January 3.\n\n"
        "ISIS has responded by pulling its fighters back toward Raqqa."
    )
    (left,) = only(extract(body, dt.date(2014, 1, 10)).events, "withdrawal")
    assert [p.name for p in left.places] == ["Raqqa"]
