"""Places told in lists ("villages ..., including X"), and one event told again in other words."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, names, only

PUB = dt.date(2014, 8, 8)  # a Friday
ERBIL, MOSUL, TAL_AFAR = "geonames:95446", "geonames:99072", "geonames:90393"


def test_a_headline_near_a_place_and_a_lead_at_it_are_one_strike_of_the_lead_s_day(
    extract: Extract,
) -> None:
    body = (
        "U.S. jets bomb Islamic State artillery near Iraq's Erbil\n\n"
        "Kurdish leaders met late on Thursday. They met again on Thursday night.\n\n"
        "U.S. military aircraft bombed Islamic State artillery near the Kurdish regional "
        "capital Erbil on Friday, the Pentagon said, the first American strikes in Iraq since "
        "U.S. troops withdrew at the end of 2011 and a sharp escalation in Washington's "
        "response to the militants' advance."
    )
    events = extract(body, PUB).events
    assert [(e.type, names(e), e.date) for e in events] == [("airstrike", {ERBIL}, "2014-08-08")]
    assert [p.role for p in events[0].places] == ["near"]


def test_a_retreat_told_only_by_where_it_went_did_not_come_from_far_away(
    extract: Extract,
) -> None:
    body = (
        "The president spoke of the Yazidis trapped on Mount Sinjar.\n\n"
        "The strikes came after Kurdish Peshmerga forces were pushed back towards Erbil "
        "this week."
    )
    (left,) = only(extract(body, PUB).events, "withdrawal")
    assert [(p.role, p.place_id) for p in left.places] == [("to", ERBIL)]


def test_villages_told_by_including_are_taken_not_the_town_a_road_leads_to(
    extract: Extract,
) -> None:
    body = (
        "Troops are advancing on Tal Afar from three sides.\n\n"
        "On Monday, the command said troops had recaptured several villages to the east of "
        "the city, including Abra Saghira and Kuwaiziya, and hills overlooking the main road "
        "to Mosul."
    )
    (took,) = only(extract(body, dt.date(2017, 8, 22)).events, "capture")
    assert [(p.role, p.name, p.place_id) for p in took.places] == [
        ("at", "Abra Saghira", None),
        ("at", "Kuwaiziya", None),
    ]


def test_the_city_is_the_town_the_story_keeps_naming_not_where_a_road_leads(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces advance on Tal Afar\n\n"
        "Troops reached the outskirts of Tal Afar on Tuesday.\n\n"
        "They retook hills overlooking the main road to Mosul.\n\n"
        "The militia said it had cut the road linking Tal Afar to a nearby town.\n\n"
        "Officials gave no figures for the dead.\n\n"
        "Ahead of the offensive, coalition aircraft carried out dozens of strikes on "
        "positions in and around the city."
    )
    (strikes,) = only(extract(body, dt.date(2017, 8, 22)).events, "airstrike")
    assert names(strikes) == {TAL_AFAR}


def test_the_town_is_not_a_village_told_by_including(extract: Extract) -> None:
    body = (
        "Peshmerga forces tightened their grip on Bashiqa, northeast of Mosul. The town was "
        "overrun in 2014.\n\n"
        "Bashiqa was encircled on October 20, when the Peshmerga retook villages in the "
        "Nawaran area including Fadiliya and cut supply routes into the town."
    )
    (cut,) = only(extract(body, dt.date(2016, 11, 8)).events, "cut_route")
    assert "regional:bashiqa" in names(cut)


def test_neighbourhoods_told_by_including_are_drawn_in_their_city(extract: Extract) -> None:
    body = (
        "US-backed fighters breached the old city wall of Raqqa, the coalition said.\n\n"
        "Since entering the city the SDF has fought its way into western neighbourhoods "
        "including Romaniya."
    )
    advances = only(extract(body, dt.date(2017, 7, 4)).events, "advance")
    (place,) = [p for e in advances for p in e.places if p.name == "Romaniya"]
    assert (place.name, place.approximate) == ("Romaniya", True)
    assert place.lat is not None and abs(place.lat - 35.95) < 0.1


def test_car_bombs_sent_against_the_advancing_troops_are_an_attack_at_the_story_s_town(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces advance on Tal Afar\n\n"
        "Iraqi forces on Tuesday reached the eastern outskirts of Tal Afar city.\n\n"
        "The operation on Tal Afar was launched early on Sunday.\n\n"
        "Daesh deployed several bomb-laden vehicles against advancing troops on Monday, a "
        "military officer said."
    )
    (attack,) = only(extract(body, dt.date(2017, 8, 22)).events, "attack")
    assert (attack.actors[0], names(attack), attack.date) == ("ISIS", {TAL_AFAR}, "2017-08-21")
    # (with no story town, no place is made up)
    body = "Daesh deployed several bomb-laden vehicles against advancing troops on Monday."
    assert not extract(body, dt.date(2017, 8, 22)).events


def test_a_capture_told_a_week_before_and_on_its_day_is_one_of_that_day(
    extract: Extract,
) -> None:
    body = (
        "Assault on Tal Abyad comes a week after US-backed fighters seized the stronghold of "
        "al-Shaddadi.\n\n"
        "The SDF announced on February 19 that its fighters had taken full control of "
        "Shaddadi, three days after launching an offensive.\n\n"
        "The town is surrounded by oil fields that had provided the group with revenue."
    )
    events = extract(body, dt.date(2016, 2, 27)).events
    assert [(e.type, e.date, e.date_precision) for e in events if e.type != "attack"] == [
        ("capture", "2016-02-19", "day")  # (and no siege of a town ringed by oil fields)
    ]


def test_the_city_a_bearing_measures_from_is_the_one_seized(extract: Extract) -> None:
    body = (
        "Kurdish Peshmerga withdraw from Sinjar and Khanaqin.\n\n"
        "Iraqi forces take control of oil fields north-west of Kirkuk a day after seizing the "
        "city."
    )
    took = only(extract(body, dt.date(2017, 10, 17)).events, "capture")
    assert "geonames:94787" in {p.place_id for e in took for p in e.places}  # Kirkuk
    assert "geonames:94591" not in {p.place_id for e in took for p in e.places}  # Khanaqin


def test_villages_taken_unnamed_are_near_the_place_just_told(extract: Extract) -> None:
    body = (
        "Xelil said coalition aircraft had carried out strikes on ISIL positions around Tal "
        "Abyad, and that Kurdish fighters had regained control of several of the villages by "
        "the afternoon."
    )
    (took,) = only(extract(body, dt.date(2016, 2, 27)).events, "capture")
    assert [(p.role, p.name) for p in took.places] == [("near", "Tal Abyad")]
    # (not where the column set out from, nor the city a bearing measures from)
    body = "A second column advanced east from Mosul along the river, taking a string of villages."
    assert not only(extract(body, dt.date(2016, 2, 27)).events, "capture")
    body = (
        "In the north, a push launched last month from the Makhmour base toward the IS-held "
        "town of Qayyarah, south of Mosul, has stalled after troops captured several villages."
    )
    (took,) = only(extract(body, dt.date(2016, 4, 14)).events, "capture")
    assert [p.name for p in took.places] == ["Qayyarah"]


def test_a_party_in_apposition_to_one_attacked_is_attacked_too(extract: Extract) -> None:
    body = (
        "On March 1, Euphrates Shield factions attacked positions of the Manbij Military "
        "Council, an SDF component, around the village of al-Arima, and seized several villages."
    )
    for event in extract(body, dt.date(2017, 3, 5)).events:
        assert (event.actors, event.extra["targets"]) == (("TFSA", "SDF"), ["SDF"])


def test_a_headline_the_lead_tells_with_more_places_is_the_lead_s_event(
    extract: Extract,
) -> None:
    body = (
        "Iraqi troops push into western Mosul neighborhood\n\n"
        "MOSUL, Iraq (AP) — Iraqi special forces pushed into the Wadi Hajar neighborhood of "
        "western Mosul on Thursday, officials said."
    )
    (went,) = extract(body, dt.date(2017, 3, 9)).events
    assert "Wadi Hajar" in {p.name for p in went.places} and went.date_text == "on Thursday"


def test_a_district_told_as_one_once_is_drawn_in_its_city_wherever_named(
    extract: Extract,
) -> None:
    body = (
        "The Iraqi forces cleared the al-Zanjili neighborhood in western Mosul on June 12. The "
        "Counter-Terrorism Service advanced south from al-Zanjili toward the hospital on June 13."
    )
    went = only(extract(body, dt.date(2017, 6, 13)).events, "advance")
    (start,) = [p for e in went for p in e.places if p.name == "al-Zanjili"]
    assert start.approximate and start.lat is not None and abs(start.lat - 36.34) < 0.1


def test_a_place_retaken_as_it_is_drawn_where_the_text_put_it(extract: Extract) -> None:
    body = (
        "Rebels had also captured the village of Bzaah, east of al-Bab, but Islamic State "
        "fighters retook it hours later."
    )
    taken, retaken = only(extract(body, dt.date(2017, 2, 8)).events, "capture")
    assert retaken.places[0].name == "Bzaah" and retaken.places[0].approximate
    assert (retaken.places[0].lat, retaken.places[0].lon) == (
        taken.places[0].lat,
        taken.places[0].lon,
    )
    assert retaken.places[0].lat is not None


def test_every_village_of_a_list_lies_where_the_list_is_said_to(extract: Extract) -> None:
    body = (
        "ISIS fighters tried to storm the villages of Kudila and Mahana, 10 kilometers west of "
        "Makhmour, on Tuesday."
    )
    (attack,) = extract(body, dt.date(2016, 4, 12)).events
    assert [(p.name, p.approximate, p.lat is not None) for p in attack.places] == [
        ("Kudila", True, True),
        ("Mahana", True, True),
    ]


def test_districts_seized_from_a_city_are_near_it_not_the_city(extract: Extract) -> None:
    body = (
        "IS fighters also pushed into the northeastern city of Hasakeh on Thursday, seizing two "
        "districts from government forces."
    )
    (took,) = only(extract(body, dt.date(2015, 6, 26)).events, "capture")
    assert [p.role for p in took.places] == ["near"]


def test_a_site_a_headline_names_is_drawn_in_the_city_the_story_then_tells_of(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces advance on al-Nuri mosque as fighters dig in\n\n"
        "Iraqi forces have advanced into Mosul's Old City, according to military officials. "
        "Troops pushed into the Old City of Mosul from the west on Sunday."
    )
    went = only(extract(body, dt.date(2017, 6, 19)).events, "advance")
    (mosque,) = [p for e in went for p in e.places if p.name == "al-Nuri"]
    assert mosque.approximate and mosque.lat is not None and abs(mosque.lat - 36.34) < 0.1


def test_the_dam_told_paragraphs_later_is_the_dam_named_not_the_town_it_faces(
    extract: Extract,
) -> None:
    body = (
        "SDF fighters captured the Tishrin Dam on the Euphrates on Saturday.\n\n"
        "The dam supplies electricity to much of the region. Engineers say it is intact. "
        "Residents have begun to return. Shops reopened on Sunday.\n\n"
        "IS militants withdrew from the dam toward Manbij after planting mines, local sources "
        "said.\n\n"
        "On Saturday night, IS fighters launched a counterattack on SDF positions on the "
        "western side of the dam but were repelled."
    )
    events = extract(body, dt.date(2015, 12, 27)).events
    (left,) = only(events, "withdrawal")
    assert (left.places[0].role, left.places[0].place_id) == ("from", "regional:tishrin-dam")
    (attack,) = only(events, "attack")
    assert names(attack) == {"regional:tishrin-dam"}


def test_a_highway_cut_is_cut_between_the_towns_its_clause_says_it_links(
    extract: Extract,
) -> None:
    body = (
        "By taking Sinjar, the Kurds also cut Highway 47, which links the ISIL-held Iraqi city "
        "of Mosul with Raqqa, the group's de facto capital in Syria."
    )
    (cut,) = only(extract(body, dt.date(2015, 11, 13)).events, "cut_route")
    assert cut.actors == ("Peshmerga",)
    assert {(p.role, p.name) for p in cut.places} == {("between", "Mosul"), ("between", "Raqqa")}
