""" "The town" and "the city" stand for the place the story was about, not the last one named."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, names, only

SHADDADI = "geonames:172837"
MANBIJ = "geonames:167357"
TABQA = "geonames:172374"
RAQQA = "geonames:172955"
ALEPPO = "geonames:170063"
FALLUJAH = "geonames:99454"
KOBANI = "geonames:172256"
PUB = dt.date(2016, 2, 20)


def test_the_town_is_the_one_called_a_town_not_one_named_in_passing_after_it(
    extract: Extract,
) -> None:
    body = (
        "Syrian Kurdish fighters seized the town of Shaddadi from Islamic State on Friday, "
        "monitors said, a fresh blow to the militants months after they were driven out of "
        "Kobani.\n\n"
        "The fighters pushed into the town from the north and west, the SDF said."
    )
    (pushed,) = only(extract(body, PUB).events, "advance")
    assert names(pushed) == {SHADDADI}


def test_the_town_after_a_photo_caption_is_still_the_town_named_before_it(
    extract: Extract,
) -> None:
    body = (
        "The push on Tabqa began on Wednesday, when helicopters landed hundreds of fighters "
        "west of the town of Tabqa. The "
        "Pentagon said the operation had cut the main road linking Raqqa to Aleppo.\n\n"
        "Photograph: SDF fighters near the dam on Sunday. Photograph: Delil Souleiman/AFP/Getty "
        "Images\n\n"
        "Since then the fighters have moved east towards the town."
    )
    moved = [e for e in only(extract(body, PUB).events, "advance") if "east" in e.quote]
    assert [names(e) for e in moved] == [{TABQA}]


def test_a_town_encircled_is_the_town_not_a_city_its_supply_line_leads_to(
    extract: Extract,
) -> None:
    body = (
        "The SDF has since shifted its focus to the town of Manbij.\n\n"
        "The alliance encircled Manbij on June 10, cutting a key IS supply line between Raqqa "
        "and the Turkish border, and has since been fighting its way towards the town centre."
    )
    events = extract(body, dt.date(2016, 6, 21)).events
    assert [names(e) for e in only(events, "advance")] == [{MANBIJ}]


def test_the_east_of_the_city_is_a_part_of_the_city_named_just_before(
    extract: Extract,
) -> None:
    body = (
        "IS has held Raqqa since 2014 and the coalition strikes it daily.\n\n"
        "On Tuesday, government aircraft struck rebel-held districts of Aleppo city, as "
        "fighting went on in the opposition-controlled east of the city."
    )
    mentions = extract(body, dt.date(2016, 6, 21)).mentions
    (city,) = [m for m in mentions if m.text == "the city"]
    assert city.place_id == ALEPPO


def test_a_city_centre_retaken_is_of_the_city_whose_north_was_told(extract: Extract) -> None:
    body = (
        "IS drove regime forces out of Raqqa province this week, and the coalition struck "
        "Raqqa again on Monday. Residents of Raqqa said the city was quiet.\n\n"
        "In neighbouring Iraq, forces were battling holdouts in the north of Fallujah, days after the prime "
        "minister announced that the city centre had been retaken."
    )
    mentions = extract(body, dt.date(2016, 6, 21)).mentions
    assert [m.place_id for m in mentions if m.text == "the city"] == [RAQQA, FALLUJAH]


def test_weeks_after_dates_the_earlier_event_weeks_before_not_on_the_day(
    extract: Extract,
) -> None:
    body = (
        "Kurdish fighters took the town of Shaddadi on Friday, in another blow to the "
        "jihadists weeks after they were driven out of Kobani."
    )
    (driven,) = [e for e in extract(body, PUB).events if names(e) == {KOBANI}]
    assert driven.date_precision == "month"
    assert driven.date is not None and driven.date_end is not None
    assert driven.date < "2016-02-06" and driven.date_end < "2016-02-19"


def test_days_after_someone_announced_is_when_not_who(extract: Extract) -> None:
    body = (
        "Iraqi forces were battling holdouts in the north of Fallujah, days after Prime "
        "Minister Haider al-Abadi announced that the city centre had been retaken."
    )
    (retaken,) = only(extract(body, dt.date(2016, 6, 21)).events, "capture")
    assert retaken.claimant == "Prime Minister Haider al-Abadi"
    assert retaken.date is not None and "2016-06-12" <= retaken.date < "2016-06-21"


def test_a_roundabout_set_off_as_in_the_city_centre_is_taken_not_the_city(
    extract: Extract,
) -> None:
    body = (
        "US-backed fighters are clearing the last streets of Raqqa.\n\n"
        "On Monday, fighters had seized al-Naim roundabout, a traffic circle in the city centre "
        "where the militants carried out public executions."
    )
    (seized,) = only(extract(body, dt.date(2017, 10, 17)).events, "capture")
    assert [p.name for p in seized.places] == ["al-Naim"]


def test_a_wall_that_surrounds_an_old_city_besieges_nothing(extract: Extract) -> None:
    body = (
        "In early July, coalition aircraft blew two gaps in the ancient wall that surrounds the "
        "Old City of Raqqa, allowing fighters to push into the historic centre."
    )
    assert only(extract(body, dt.date(2017, 10, 17)).events, "siege") == []


def test_the_city_is_the_town_the_text_called_a_city_not_its_province_s_capital(
    extract: Extract,
) -> None:
    body = (
        "Army restores security to al-Sukhnah city in Homs eastern countryside\n\n"
        "12 August, 2017\nHoms, SANA-\n\n"
        "[Photo: Army units inside al-Sukhnah city]\n\n"
        "Army units restored on Saturday security and stability to al-Sukhnah city in the "
        "eastern countryside of Homs province.\n\n"
        "A military source said the army units established full control over the city after "
        "fierce battles that lasted for several days."
    )
    result = extract(body, dt.date(2017, 8, 12))
    cities = [m.place_id for m in result.mentions if m.text == "the city"]
    assert cities == ["geonames:172425"]


def test_a_city_s_eastern_desert_is_drawn_far_out_east_of_it(extract: Extract) -> None:
    body = "Syrian army units advanced through Homs eastern desert on Monday."
    (moved,) = extract(body, dt.date(2017, 8, 12)).events
    (desert,) = moved.places
    assert desert.approximate and desert.lon is not None
    assert 36.72559 + 0.9 < desert.lon < 36.72559 + 1.3  # some 100 km east of Homs


def test_a_sentence_s_opening_place_is_where_its_placeless_deeds_happened(
    extract: Extract,
) -> None:
    body = (
        "In Deir al-Zor city, the army has been fighting for weeks to clear militants from "
        "neighborhoods along the river after it broke a three-year siege of the "
        "government-held enclave last month."
    )
    events = extract(body, dt.date(2017, 10, 22)).events
    (broke,) = only(events, "link_up")
    assert names(broke) == {"geonames:170794"}
    assert (broke.date, broke.date_precision) == ("2017-09-01", "month")


def test_reaching_a_quorum_or_a_deal_is_no_advance(extract: Extract) -> None:
    body = (
        "In Baghdad, the prime minister's bid to declare a state of emergency stalled on Thursday "
        "when lawmakers failed to reach a quorum.\n\n"
        "The SDF said it had reached an agreement with the coalition near Raqqa."
    )
    assert only(extract(body, dt.date(2014, 6, 12)).events, "advance") == []


def test_a_place_told_just_before_a_deed_beats_the_sentence_s_opening_place(
    extract: Extract,
) -> None:
    body = (
        "In Kirkuk province, gunmen hiding in fields near the village of Bashir, south of "
        "the city, opened fire on a police patrol on Monday, police said."
    )
    (fired,) = extract(body, dt.date(2019, 6, 3)).events
    assert [(p.role, p.name) for p in fired.places] == [("near", "Bashir")]


def test_districts_told_after_a_city_lie_in_that_city_not_the_story_s_town(
    extract: Extract,
) -> None:
    body = (
        "Isis militants attacked Kobani on Thursday, killing scores of civilians in the town.\n\n"
        "At the same time Isis launched an offensive on Thursday against Hasaka, in north-eastern "
        "Syria. The militants seized the southern districts of Nashwa and Ghwayran after "
        "government troops withdrew, the Observatory said."
    )
    events = extract(body, dt.date(2015, 6, 26)).events
    (seized,) = [e for e in only(events, "capture") if "Nashwa" in {p.name for p in e.places}]
    hasaka = extract("Fighting raged in Hasaka.", PUB).mentions[0]
    for p in seized.places:
        assert p.approximate and (p.lat, p.lon) == (hasaka.lat, hasaka.lon)


def test_a_neighbourhood_lies_in_the_town_its_sentence_calls_the_city(extract: Extract) -> None:
    body = (
        "An Isis truck bomb killed dozens in Qamishli on Wednesday. The blast in Qamishli "
        "destroyed buildings, and the city of Qamishli is mourning.\n\n"
        "The SDF has besieged Manbij since early June. On Monday SDF fighters seized the grain "
        "silos on the southern edge of the city, and on Tuesday they advanced into the al-Sirb "
        "neighbourhood in the west, according to an SDF commander."
    )
    events = extract(body, dt.date(2016, 7, 27)).events
    (pushed,) = [e for e in only(events, "advance") if "al-Sirb" in {p.name for p in e.places}]
    manbij = extract("Fighting raged in Manbij.", PUB).mentions[0]
    (sirb,) = [p for p in pushed.places if p.name == "al-Sirb"]
    assert (sirb.lat, sirb.lon) == (manbij.lat, manbij.lon)


def test_the_city_a_sentence_named_is_where_its_desert_lies_not_the_story_s_city(
    extract: Extract,
) -> None:
    body = (
        "A suicide truck bomb killed more than 120 people in Baghdad on Sunday. The blast in "
        "Baghdad was the deadliest this year, and Baghdad is in mourning.\n\n"
        "Hundreds of militants who fled Fallujah in convoys were hit on Wednesday by U.S.-led "
        "coalition aircraft in the desert southwest of the city, U.S. officials said."
    )
    (strike,) = only(extract(body, dt.date(2016, 7, 3)).events, "airstrike")
    assert names(strike) == {FALLUJAH}


def test_the_town_a_sentence_names_before_calling_it_the_town_is_that_one(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga forces withdrew from Khanaqin this morning, local officials said.\n\n"
        "Iraqi federal police later entered the town.\n\n"
        "Thousands of Kurdish residents have fled Tuz Khurmatu since the Hashd al-Shaabi took "
        "control of the town on Monday, local officials said."
    )
    (taken,) = [e for e in extract(body, dt.date(2017, 10, 17)).events if e.type == "capture"]
    assert taken.actors == ("PMU",) and taken.date == "2017-10-16"
    assert [p.place_id for p in taken.places] == ["geonames:90026"]  # Tuz Khurmatu
