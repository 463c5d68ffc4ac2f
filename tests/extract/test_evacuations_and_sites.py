"""Evacuations and the sites they empty: fighters and convoys leaving under a deal, the camp,
the district and the industrial zone told again by what they are, the siege a deal lifts,
and what a report says of an event beside telling it."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, near, only

HOMS = (34.72, 36.73)
ALEPPO = (36.20, 37.16)


def test_fighters_leaving_a_district_under_a_deal_withdraw_from_it(extract: Extract) -> None:
    body = (
        "Hundreds of opposition fighters and their families on Wednesday left al-Waer, the "
        "last opposition-held district of the central Syrian city of Homs, under a UN-backed "
        "truce deal with the Assad regime, according to local sources."
    )
    (left,) = extract(body, dt.date(2015, 12, 9)).events
    assert (left.type, left.date, left.actors) == ("withdrawal", "2015-12-09", ("Rebels",))
    (district,) = [p for p in left.places if p.role == "from"]
    # (the district no gazetteer knows, drawn in the city the words say it is part of)
    assert district.name == "al-Waer" and near(district.lat, district.lon, HOMS)


def test_a_convoy_leaving_the_camp_leaves_the_camp_named_before_on_the_day_it_left(
    extract: Extract,
) -> None:
    body = (
        "Photo caption: Buses wait at the entrance to Khan al-Shih camp on Monday.\n\n"
        "For 67 years, Khan al-Shih was home to Palestinians who fled their villages in 1948.\n\n"
        "On Monday, the first convoy of green government buses left the camp, 27 km southwest "
        "of Damascus, carrying around 1,400 rebel fighters north to the province of Idlib, "
        "under a deal struck last weekend."
    )
    events = extract(body, dt.date(2016, 12, 1)).events
    (left,) = only(events, "withdrawal")
    assert left.date == "2016-11-28"  # (Monday: not the weekend the deal was struck)
    assert [p.role for p in left.places if p.name == "the camp"] == ["from"]


def test_a_siege_told_beside_the_deal_that_lifts_it_stands_since_it_began(
    extract: Extract,
) -> None:
    body = (
        "Fighters left al-Waer, the last opposition-held district of Homs, on Wednesday.\n\n"
        "In return, the regime is to gradually lift the siege it has imposed on the district "
        "since 2013, allow food and medicine to enter, and release detainees."
    )
    events = extract(body, dt.date(2015, 12, 9)).events
    (siege,) = only(events, "siege")
    assert (siege.status, siege.actors) == ("reported", ("SAA",))
    assert (siege.date, siege.date_end) == ("2013-01-01", "2015-12-09")
    assert not only(events, "link_up")  # (the lifting is still to come)


def test_a_siege_since_a_month_runs_to_the_report(extract: Extract) -> None:
    body = "Aid to eastern Aleppo, besieged by government forces since July, has not arrived."
    (siege,) = extract(body, dt.date(2016, 9, 20)).events
    assert (siege.type, siege.date, siege.date_end) == ("siege", "2016-07-01", "2016-09-20")


def test_an_industrial_zone_is_a_place_and_the_industrial_city_is_it_again(
    extract: Extract,
) -> None:
    body = (
        "Syrian troops seized most of the Sheikh Najjar industrial zone on the northeastern "
        "outskirts of Aleppo on Saturday, state television and a group monitoring the war "
        "said. State television said army units had restored security to the Sheikh Najjar "
        "industrial city.\n\n"
        "The industrial city lies about 15 km northeast of the city centre and had been held "
        'by rebels since 2012. Rebels said their fighters had made a "tactical withdrawal" '
        "from the southern part of the zone under intense bombardment."
    )
    found = extract(body, dt.date(2014, 7, 5))
    taken = only(found.events, "capture")[0]
    zone = next(p for p in taken.places if p.name == "Sheikh Najjar")
    assert near(zone.lat, zone.lon, ALEPPO)
    assert taken.claimant == "state television and a group monitoring the war"
    described = next(m for m in found.mentions if m.text == "The industrial city")
    assert described.name is None  # (the zone, no gazetteer place: not Aleppo)
    (left,) = only(found.events, "withdrawal")
    assert left.actors == ("Rebels",) and [p.name for p in left.places] == ["the zone"]


def test_a_place_by_the_capital_is_not_a_city_of_its_name_far_away(extract: Extract) -> None:
    body = (
        "In October, similar agreements saw fighters bussed out of Qudsaya and al-Hameh, on "
        "the western edge of the capital, in Syria."
    )
    found = extract(body, dt.date(2016, 12, 1))
    (hameh,) = [m for m in found.mentions if m.text == "al-Hameh"]
    assert not hameh.resolved  # (not Hama, 180 km north)


def test_a_name_spelt_with_its_final_ayn_mark_is_found(extract: Extract) -> None:
    body = (
        "Pro-regime forces launched the offensive on February 7, advancing south from "
        "positions near the regime-held towns of Kanaker and Sa'sa' and from the 9th Division "
        "headquarters at al-Sanamayn."
    )
    (push,) = extract(body, dt.date(2015, 2, 13)).events
    assert all(p.located for p in push.places)
    assert {p.role for p in push.places} == {"from"}  # (where it set out, not where it went)


def test_a_consulate_and_a_ban_name_states_not_places(extract: Extract) -> None:
    body = (
        "A car bomb exploded near the US consulate in Erbil's Ankawa district on Friday, "
        "Kurdish security officials said.\n\n"
        "Four warships launched 26 cruise missiles at targets of the Islamic State terrorist "
        "group (banned in Russia) in Syria, the minister said."
    )
    found = extract(body, dt.date(2015, 10, 7))
    assert not [
        m
        for m in found.mentions
        if m.text in ("US", "Russia")
        and m.kind == "place"
        and not m.note.startswith("not a place")
    ]
    assert all(p.name not in ("US", "Russia") for e in found.events for p in e.places)


def test_leaving_after_years_of_siege_is_a_withdrawal_and_no_siege_where_they_went(
    extract: Extract,
) -> None:
    body = (
        "Khan al-Shih is the latest in a string of besieged rebel enclaves around Damascus to "
        "be emptied under such deals. In August the rebels in Darayya, after four years of "
        "siege, agreed to leave for Idlib. Aid reached the besieged towns of Madaya and "
        "Zabadani on Tuesday."
    )
    events = extract(body, dt.date(2016, 12, 1)).events
    assert [e.type for e in events] == ["withdrawal"]
    assert [(p.name, p.role) for p in events[0].places] == [("Darayya", "from"), ("Idlib", "to")]


def test_trucks_hit_at_a_village_located_by_its_province_are_an_attack_there(
    extract: Extract,
) -> None:
    body = (
        "The UN said 18 of the 31 trucks in the convoy were hit as they were unloading at a "
        "warehouse in Urum al-Kubra, in rural western Aleppo, on Monday evening. The Red "
        "Crescent says its director in Urum al-Kubra, Omar Barakat, was among those killed."
    )
    events = extract(body, dt.date(2016, 9, 20)).events
    (hit,) = events  # (the director's death is the same attack's)
    village = next(p for p in hit.places if p.name == "Urum al-Kubra")
    assert (hit.type, hit.date) == ("attack", "2016-09-19")
    assert near(village.lat, village.lon, ALEPPO)


def test_what_an_advance_is_called_is_not_another_advance(extract: Extract) -> None:
    body = (
        '"Regime forces have taken full control of Morek," said Rami Abdel Rahman, describing '
        'it as "the most important regime advance in Hama since the start of the year".'
    )
    events = extract(body, dt.date(2014, 10, 23)).events
    assert [e.type for e in events] == ["capture"]


def test_a_state_s_strike_and_its_campaign_are_its_own(extract: Extract) -> None:
    body = (
        "The offensive follows the January 18 Israeli airstrike near Quneitra that killed six "
        "Hezbollah fighters.\n\n"
        "Russia has been carrying out airstrikes in Syria since Sept. 30."
    )
    events = extract(body, dt.date(2015, 12, 9)).events
    assert [e.actors[:1] for e in events] == [("Israel",), ("Russia",)]


def test_a_victory_declared_by_forces_others_backed_is_theirs(extract: Extract) -> None:
    body = (
        "The attack came less than two weeks after Iraqi forces, backed by U.S.-led coalition "
        "airstrikes, declared victory over the Islamic State group in the center of Ramadi."
    )
    (taken,) = extract(body, dt.date(2016, 1, 11)).events
    assert (taken.type, taken.actors[:1], taken.claimant) == ("capture", ("ISF",), "Iraqi forces")


def test_a_mall_is_where_the_bomb_went_off(extract: Extract) -> None:
    body = (
        "The attack began when a car bomb exploded at the entrance of the al-Jawhara mall in "
        "the Baghdad al-Jadida neighborhood on Monday, a police officer said."
    )
    (bomb,) = extract(body, dt.date(2016, 1, 11)).events
    assert "al-Jawhara" in [p.name for p in bomb.places]


def test_a_district_spelt_like_a_far_village_is_not_that_village(extract: Extract) -> None:
    body = (
        "In Damascus, state television said troops had cleansed the Midan district, just south "
        "of the Old City, on Friday. Residents said helicopters had fired rockets into the "
        "district overnight.\n\n"
        "Rebels also fought in Aleppo."
    )
    found = extract(body, dt.date(2012, 7, 20))
    midan = [m for m in found.mentions if m.text == "Midan"]
    assert midan and not any(m.resolved for m in midan)  # (not Ma'dan, 400 km east)


def test_a_district_told_again_is_drawn_where_it_was_named_not_where_a_source_spoke(
    extract: Extract,
) -> None:
    body = (
        "Syrian troops shelled the Baba Amr district of Homs on Tuesday.\n\n"
        "A security source in Damascus said the army had taken full control of the district on "
        "Wednesday."
    )
    events = extract(body, dt.date(2012, 3, 1)).events
    (taken,) = only(events, "capture")
    (district,) = taken.places
    assert near(district.lat, district.lon, HOMS)


def test_bombers_taking_off_from_an_airfield_strike_nothing_there(extract: Extract) -> None:
    body = (
        "Until now, Tu-22M3 bombers had been taking off from the Mozdok airfield in North "
        "Ossetia, in southern Russia."
    )
    assert not extract(body, dt.date(2016, 8, 16)).events


def test_a_group_s_militants_are_that_group_alone(extract: Extract) -> None:
    body = (
        "The deal comes a week after the last Jaish al-Islam militants left the town of Douma "
        "in Eastern Ghouta."
    )
    (left,) = extract(body, dt.date(2018, 4, 20)).events
    assert (left.type, left.actors) == ("withdrawal", ("Rebels",))


def test_a_city_named_before_its_district_stays_the_city(extract: Extract) -> None:
    body = (
        "Syrian troops drove rebels out of the central Damascus district of Midan on Friday, "
        "state television said."
    )
    found = extract(body, dt.date(2012, 7, 20))
    (city,) = [m for m in found.mentions if m.text == "Damascus"]
    assert city.resolved and near(city.lat, city.lon, (33.51, 36.29))
