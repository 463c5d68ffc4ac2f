"""Accounts, lists and buildings: who gave "a different account", the day a strike list's lead
tells its items, the hotel or monastery of the story's town, a weekday of last week, the day a
sentence of the same story goes on with, a river that shares a camp's name, the army that is a
state's, and words that read like events but are not (a plane falling into the sea, missiles
that fell near an airport, villagers who fled)."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, near, only

ALEPPO = (36.20, 37.16)
DAMASCUS = (33.51, 36.29)
MAALOULA = (33.85, 36.55)
SHUHEIL = (35.12, 40.40)
THAALA = (32.70, 36.41)


def test_a_weekday_of_last_week_is_that_day_of_the_week_before(extract: Extract) -> None:
    body = (
        "Early on Wednesday last week, a suicide bomber drove a truck packed with explosives "
        "into the army checkpoint at the entrance of Maaloula, according to residents."
    )
    (attack,) = extract(body, dt.date(2013, 9, 11)).events
    assert (attack.date, attack.date_end) == ("2013-09-04", None)


def test_what_followed_is_dated_by_the_day_the_sentence_before_told(extract: Extract) -> None:
    body = (
        "On December 30, the ISF moved in and cleared the protest camp in Ramadi. Local leaders "
        "said the removal was negotiated, but clashes quickly broke out between the ISF and "
        "tribal fighters in several neighborhoods of Fallujah.\n\n"
        "Government reinforcements arrived in Maaloula on Sunday. Troops and militiamen began "
        "a counter-offensive from the village of Jabaadin, while warplanes struck the ridge "
        "around Maaloula."
    )
    events = extract(body, dt.date(2014, 1, 2)).events
    (clashes,) = [e for e in only(events, "attack") if e.places[0].name == "Fallujah"]
    assert clashes.date == "2013-12-30"
    (counter,) = only(events, "advance")[-1:]
    (strike,) = only(events, "airstrike")
    assert counter.date == strike.date == "2013-12-29"


def test_a_hotel_or_monastery_of_the_story_is_in_its_town(extract: Extract) -> None:
    body = (
        "For centuries, Maaloula has survived by staying out of other people's wars. Rebels "
        "attacked the army checkpoint at the entrance of the town on Wednesday. In the "
        "confusion that followed, rebel fighters seized the Safir hotel, a concrete block on "
        "the clifftop overlooking the old town. Church officials said gunmen entered the Mar "
        "Sarkis monastery on Saturday."
    )
    events = extract(body, dt.date(2013, 9, 11)).events
    (seized,) = only(events, "capture")
    (entered,) = only(events, "advance")
    for event in (seized, entered):
        place = event.places[0]
        assert near(place.lat, place.lon, MAALOULA), (place.name, place.lat, place.lon)


def test_the_army_after_the_free_syrian_army_is_the_state_s(extract: Extract) -> None:
    body = (
        "Fighters from Nusra and several Free Syrian Army brigades took control of Maaloula, "
        "the Observatory said. Activists said the army also shelled Jabaadin, a Sunni village "
        "from which, government supporters claim, many of the rebels came."
    )
    (shelled,) = only(extract(body, dt.date(2013, 9, 11)).events, "attack")
    assert shelled.actors == ("SAA",)


def test_a_plane_lost_or_fallen_into_the_sea_takes_no_place(extract: Extract) -> None:
    body = (
        "The RF-4E reconnaissance jet took off from Malatya and lost radar and radio contact "
        "over the sea southwest of Hatay province. The plane fell into the sea west of the "
        "village of Om al-Tuyour in Latakia province, the statement said."
    )
    assert extract(body, dt.date(2012, 6, 23)).events == ()


def test_missiles_that_fell_near_an_airport_took_it_from_no_one(extract: Extract) -> None:
    body = (
        '"At 3am on Wednesday, the Israeli enemy fired several surface-to-surface missiles from '
        "the occupied Syrian Golan, which fell in the vicinity of Mezzeh airport in Damascus, "
        "causing a fire,\" the Syrian Army's General Command said."
    )
    events = extract(body, dt.date(2016, 12, 7)).events
    assert only(events, "capture") == []
    (attack,) = only(events, "attack")
    assert attack.actors == ("Israel",)


def test_who_gave_a_different_account_speaks_on_in_the_next_sentence(extract: Extract) -> None:
    body = (
        "Opposition activists said army helicopters dropped barrel bombs containing chlorine on "
        "Kafr Zita late on Friday.\n\n"
        "Syrian state television gave a different account. It said the al Qaeda-linked Nusra "
        "Front had released chlorine gas in Kafr Zita, killing two people."
    )
    (released,) = only(extract(body, dt.date(2014, 4, 12)).events, "attack")
    assert released.claimant == "Syrian state television"


def test_who_told_a_news_agency_is_the_claimant_not_the_agency(extract: Extract) -> None:
    body = (
        '"Al-Nusra fighters withdrew from Deir Ezzor, and IS fighters entered the city this '
        'morning," Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, '
        "told AFP."
    )
    events = extract(body, dt.date(2014, 7, 3)).events
    assert events
    assert all(e.claimant is not None and e.claimant.startswith("Rami") for e in events)


def test_a_district_named_like_a_city_abroad_is_the_story_s_own(extract: Extract) -> None:
    body = (
        "Syria's government and opposition traded accusations over a poison gas attack on Kafr "
        "Zita in Hama province, about 200 km north of Damascus.\n\n"
        "In the northern city of Aleppo, activists said helicopters dropped barrel bombs on "
        "Saturday on the rebel-held neighbourhoods of al-Shaar and Karm al-Jabal. State media "
        "said rebels fired mortar bombs into the government-held al-Suleimaniyeh district, "
        "wounding several people."
    )
    events = extract(body, dt.date(2014, 4, 12)).events
    (strike,) = only(events, "airstrike")
    assert strike.actors[:1] == ("SAA",)  # (barrel bombs are the state's)
    (mortars,) = [e for e in only(events, "attack") if "mortar" in e.quote]
    place = mortars.places[0]
    assert place.name == "al-Suleimaniyeh"
    assert place.lat is None or near(place.lat, place.lon, ALEPPO), (place.lat, place.lon)


def test_a_town_told_to_lie_some_distance_from_a_city_is_put_there(extract: Extract) -> None:
    body = (
        "Islamic State jihadists on Thursday seized Shuheil, after Al-Nusra fighters pulled "
        "out.\n\n"
        "Shuheil lies on the eastern bank of the river some 35 kilometres (22 miles) southeast "
        "of Deir Ezzor city, the provincial capital."
    )
    (capture,) = only(extract(body, dt.date(2014, 7, 3)).events, "capture")
    place = capture.places[0]
    assert near(place.lat, place.lon, SHUHEIL) and place.approximate


def test_an_airport_told_to_lie_west_of_a_city_is_put_there(extract: Extract) -> None:
    body = (
        "Last Thursday, rebels of the Southern Front stormed the Thaala military airport, about "
        "10 kilometres west of Sweida city."
    )
    (attack,) = only(extract(body, dt.date(2015, 6, 17)).events, "attack")
    place = attack.places[0]
    assert near(place.lat, place.lon, THAALA), (place.lat, place.lon)


def test_a_strike_list_s_items_are_its_lead_s_day_and_striker(extract: Extract) -> None:
    body = (
        "SOUTHWEST ASIA, Jan. 12, 2016 - On Jan. 11, coalition military forces conducted 16 "
        "strikes against ISIL terrorists in Syria and Iraq.\n\n"
        "The following is a summary of the strikes conducted since the last press release:\n\n"
        "Syria\n"
        "-- Near Al Hawl, two strikes struck an ISIL tactical unit.\n"
        "-- Near Ar Raqqah, one strike struck an ISIL tactical unit.\n"
        "-- Near Dayr Az Zawr, three strikes struck an ISIL crude oil collection point.\n\n"
        "Iraq\n"
        "-- Near Kirkuk, one strike struck an ISIL tactical unit.\n"
        "-- Near Mosul, three strikes struck an ISIL bulk cash storage facility.\n\n"
        "Additionally, one strike conducted in Syria on Jan. 10 was not included in the "
        "previous report:\n"
        "-- Near Dayr Az Zawr, one strike destroyed an ISIL oil pump jack.\n"
    )
    strikes = only(extract(body, dt.date(2016, 1, 12), outlet="Wire").events, "airstrike")
    listed = [e for e in strikes if e.quote.startswith("--")]
    assert len(listed) == 6
    assert all(e.actors[:1] == ("Coalition",) for e in listed)
    assert [e.date for e in listed if "pump jack" in e.quote] == ["2016-01-10"]


def test_a_river_that_shares_a_camp_s_name_is_no_camp(extract: Extract) -> None:
    body = (
        "Two ISIS-linked factions entrenched in the Yarmouk River Valley of southwestern Daraa "
        "Province have launched their largest offensive to date against the Southern Front."
    )
    events = extract(body, dt.date(2016, 3, 31)).events
    for e in events:
        for p in e.places:
            assert not near(p.lat, p.lon, DAMASCUS), (p.name, p.lat, p.lon)


def test_the_two_groups_are_those_named_before_but_not_their_foes(extract: Extract) -> None:
    body = (
        "Liwa Shuhada al-Yarmouk and Harakat al-Muthanna, two groups linked to the Islamic "
        "State, launched coordinated attacks on March 23 from their positions around Sahem "
        "al-Jawlan, advancing north against rebel-held towns in western Daraa. The two groups "
        "seized the town of Tasil on March 24 after its rebel defenders withdrew north toward "
        "Nawa."
    )
    events = extract(body, dt.date(2016, 3, 31)).events
    (seized,) = only(events, "capture")
    assert seized.actors[:1] == ("ISIS",)
    (withdrew,) = only(events, "withdrawal")
    assert "ISIS" not in withdrew.actors


def test_shelling_continued_on_rebel_held_districts_is_an_attack(extract: Extract) -> None:
    body = (
        "The regime has continued to shell rebel-held neighborhoods of Daraa al-Balad in Daraa "
        "City despite the cessation of hostilities, according to local activists."
    )
    (shelling,) = extract(body, dt.date(2016, 3, 31)).events
    assert (shelling.type, shelling.actors) == ("attack", ("SAA",))


def test_two_states_sharing_their_warplanes_are_both_named(extract: Extract) -> None:
    body = (
        "Activists reported intense air strikes by Russian and Syrian government warplanes on "
        "the town of Douma near Damascus on Friday."
    )
    (strike,) = only(extract(body, dt.date(2016, 2, 27)).events, "airstrike")
    assert set(strike.actors) == {"Russia", "SAA"}


def test_a_sayer_adding_what_the_attack_did_did_not_attack(extract: Extract) -> None:
    body = (
        "Several missiles fired from the Golan Heights have landed near the Mezzeh airport "
        "on the western outskirts of Damascus, the Syrian Army says, adding that the attack "
        "caused a fire but no casualties."
    )
    (attack,) = only(extract(body, dt.date(2016, 12, 7)).events, "attack")
    assert "SAA" not in attack.actors


def test_a_state_that_carried_out_dozens_of_strikes_struck(extract: Extract) -> None:
    body = (
        "In April, Israeli Prime Minister Benjamin Netanyahu acknowledged for the first time "
        'that Israel had carried out "dozens" of strikes in Syria to stop weapons deliveries '
        "to the Lebanese Shia group, which is fighting alongside government forces."
    )
    (strike,) = only(extract(body, dt.date(2016, 12, 7)).events, "airstrike")
    assert strike.actors == ("Israel",)


def test_an_intention_to_push_on_is_a_plan(extract: Extract) -> None:
    body = (
        "Government helicopters have dropped barrel bombs on towns across Idlib province, and "
        "the rebels have made no secret of their intention to push on into the Ghab plain and "
        "towards Latakia."
    )
    (push,) = only(extract(body, dt.date(2015, 6, 17)).events, "advance")
    assert push.status == "planned"


def test_villagers_who_have_since_fled_are_no_force_withdrawing(extract: Extract) -> None:
    body = (
        "Before the war, about 18 Druze villages in Idlib province were home to some 25,000 "
        "people. Many have since fled to Latakia, Damascus or Lebanon."
    )
    assert only(extract(body, dt.date(2015, 6, 17)).events, "withdrawal") == []


def test_the_date_of_a_clause_set_off_by_double_dashes_is_its_own(extract: Extract) -> None:
    body = (
        "IS seized Shuheil on Thursday. The capture of the town on the Euphrates tightens the "
        "grip of IS -- which on Sunday declared a cross-border Islamic caliphate -- on a swathe "
        "of territory in Syria."
    )
    captures = only(extract(body, dt.date(2014, 7, 3)).events, "capture")
    assert captures
    assert all(c.date != "2014-06-29" for c in captures)


def test_neighbourhoods_held_by_a_party_pounded_make_it_no_agent(extract: Extract) -> None:
    body = (
        "Armoured columns had pushed into Idlib from several directions on Saturday, pounding "
        "neighbourhoods held by the rebel Free Syrian Army with tank and mortar fire."
    )
    (push,) = only(extract(body, dt.date(2012, 3, 13)).events, "advance")
    assert "TFSA" not in push.actors


def test_a_regime_a_purpose_clause_names_did_not_pull_back(extract: Extract) -> None:
    body = (
        "A rebel commander gave a different account: his men, he said, had pulled back from "
        'the centre of Maaloula to the surrounding hills "so that the regime has no excuse to '
        'destroy it".'
    )
    (pulled,) = only(extract(body, dt.date(2013, 9, 11)).events, "withdrawal")
    assert "SAA" not in pulled.actors
    assert pulled.claimant == "A rebel commander"


def test_an_offensive_launched_against_a_party_is_an_attack(extract: Extract) -> None:
    body = (
        "The jihadists of the Islamic State launched an offensive in Deir Ezzor against "
        "Al-Nusra and other rebel groups at the end of April."
    )
    (offensive,) = extract(body, dt.date(2014, 7, 3)).events
    assert offensive.type == "attack"


def test_what_followed_with_no_place_named_is_in_the_story_s_village(extract: Extract) -> None:
    body = (
        "Qalb Lozeh killings leave Idlib's Druze caught between Al Nusra and the regime\n\n"
        "Last Wednesday, the strategy of the Druze collapsed in the village of Qalb Lozeh. A "
        "Nusra commander arrived in Qalb Lozeh to seize the house of a villager. Relatives of "
        "the man refused to leave. In the scuffle that followed, one villager grabbed a "
        "fighter's rifle, and the fighters opened fire on the crowd that had gathered in the "
        "street."
    )
    events = extract(body, dt.date(2015, 6, 17)).events
    (fired,) = [e for e in events if "opened fire" in e.quote]
    assert (fired.type, fired.places[0].name) == ("attack", "Qalb Lozeh")
