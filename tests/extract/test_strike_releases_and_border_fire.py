"""Strike releases and fire across a border: who flew the strikes and what else the sentence
tells beside them, a border district named after its province's possessive, fire from
across the border, the areas and districts a report places by a town, and the purposes,
speeches and journeys that are no events."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, near, only

ALEPPO = (36.20, 37.16)
ABU_GHRAIB = (33.29, 44.07)


def test_strikes_flown_as_another_force_attacks_are_the_flyers_not_that_force_s(
    extract: Extract,
) -> None:
    body = (
        "U.S. military forces continued to attack ISIL terrorists in Iraq on Monday and "
        "Tuesday, using fighter aircraft to conduct four airstrikes.\n\n"
        "On Tuesday, two more airstrikes southwest of Baghdad destroyed six ISIL vehicles, as "
        "Iraqi Security Forces operating in the area pressed their offensive against ISIL "
        "elements positioned along the southern approaches to the capital.\n\n"
        "The airstrike southwest of Baghdad was the first strike taken as part of our expanded "
        "efforts, as outlined in the President's speech last Wednesday."
    )
    events = only(extract(body, dt.date(2014, 9, 16)).events, "airstrike")
    assert [(e.date, e.actors[:1]) for e in events] == [("2014-09-16", ("Coalition",))]


def test_a_siege_ends_where_a_clause_of_its_own_begins(extract: Extract) -> None:
    body = (
        "The head of the local council, Shakir al-Issawi, said that Amiriyat al-Fallujah "
        "has been besieged by IS from three sides for months, and the only road open for "
        "the people is the road through the Bzaibiz bridge towards Baghdad."
    )
    (siege,) = only(extract(body, dt.date(2014, 10, 12)).events, "siege")
    assert [p.name for p in siege.places] == ["Amiriyat al-Fallujah"]


def test_an_area_named_by_a_town_it_lies_west_of_is_drawn_by_that_town(
    extract: Extract,
) -> None:
    body = (
        "Army aviation killed 15 terrorists in an air strike on their hideouts in the Zaidan "
        "area, west of Abu Ghraib, this afternoon.\n\n"
        "Two soldiers were killed when an improvised explosive device went off targeting an "
        "army patrol in the Ibrahim bin Ali area, west of Baghdad."
    )
    strike, blast = extract(body, dt.date(2014, 10, 12)).events
    (zaidan,) = strike.places
    assert zaidan.name == "Zaidan" and near(zaidan.lat, zaidan.lon, ABU_GHRAIB, 0.3)
    assert [p.name for p in blast.places] == ["Ibrahim bin Ali"]  # (the whole name)


def test_a_district_after_its_province_s_possessive_is_the_district_found_elsewhere(
    extract: Extract,
) -> None:
    body = (
        "Turkish F-16 fighter jets struck ISIL targets inside Syria early Friday, a day after "
        "militants opened fire on a Turkish border outpost in the southern province of Kilis."
        "\n\nThree F-16s took off from the 8th Main Jet Base Command in the southeastern "
        "province of Diyarbakir and hit two headquarters of ISIL in Syria opposite Kilis' "
        "Elbeyli district, shortly before 4 a.m. local time.\n\n"
        "On Thursday, ISIL militants fired from the Syrian side of the border at the Turkish "
        "army's Elbeyli outpost, killing a soldier, the General Staff said.\n\n"
        "Turkish artillery continued to shell ISIL positions south of Elbeyli on Friday morning."
    )
    got = extract(body, dt.date(2015, 7, 24))
    # (the district, not "Kilis' Elbeyli"; one place wherever it is named)
    named = [m for m in got.mentions if m.kind == "place" and "Elbeyli" in m.text]
    assert [m.text for m in named] == ["Elbeyli"] * 3
    assert len({m.place_id for m in named}) == 1 and named[0].resolved
    fire = [(e.date, e.actors[:1]) for e in only(got.events, "attack") if e.places[0].lat]
    assert fire == [("2015-07-23", ("ISIS",)), ("2015-07-24", ("Turkey",))]


def test_aircraft_that_took_off_and_hit_fly_for_the_state_named_with_their_make(
    extract: Extract,
) -> None:
    body = (
        "Turkish F-16 fighter jets struck ISIL targets inside Syria early Friday.\n\n"
        "Three F-16s took off from the 8th Main Jet Base Command in the southeastern province "
        "of Diyarbakir and hit two headquarters of ISIL near Elbeyli, shortly before 4 a.m."
    )
    events = only(extract(body, dt.date(2015, 7, 24)).events, "airstrike")
    (hit,) = [e for e in events if e.places[0].lat is not None]
    assert hit.actors[:1] == ("Turkey",) and [p.name for p in hit.places] == ["Elbeyli"]


def test_what_a_base_is_lent_for_and_a_journey_of_activists_are_no_events(
    extract: Extract,
) -> None:
    body = (
        "Officials in Washington said Thursday that Turkey had agreed to allow U.S.-led "
        "coalition aircraft to use the Incirlik Air Base in the southern province of Adana "
        "for air strikes against ISIL in Syria and Iraq.\n\n"
        "A suicide bombing in Suruc on Monday killed 32 people, mostly young activists "
        "preparing to travel to help rebuild the Syrian border town of Ayn al-Arab.\n\n"
        "The Qalamoun campaign, which Nasrallah has described as necessary to stop car bombs "
        "reaching Lebanon, has inflamed tensions."
    )
    events = extract(body, dt.date(2015, 7, 24)).events
    assert [(e.type, [p.name for p in e.places]) for e in events] == [("attack", ["Suruc"])]


def test_allies_sharing_a_noun_and_a_state_that_conducted_a_strike_act(
    extract: Extract,
) -> None:
    body = (
        "Russian and regime warplanes conducted heavy airstrikes on opposition-held terrain "
        "south of Aleppo City between April 2 and April 5, including the village of Zirbah.\n\n"
        "Separately, the U.S. conducted an airstrike in Idlib Province on April 3 that killed "
        "a senior Jabhat al-Nusra official, according to the Pentagon.\n\n"
        "Rebels fended off a regime attack on Kafr Nabl, the latest in a string of rebel "
        "advances in the province."
    )
    events = extract(body, dt.date(2016, 4, 6)).events
    flown = [e.actors for e in only(events, "airstrike")]
    assert flown == [("Russia", "SAA"), ("Coalition", "Rebels")]
    (fended,) = only(events, "attack")
    assert fended.actors == ("SAA", "Rebels")


def test_districts_of_a_city_are_drawn_in_it_not_at_a_far_city_of_their_name(
    extract: Extract,
) -> None:
    body = (
        "Syrian state television says rebel rockets fired this afternoon hit the "
        "government-held districts of al-Suleimaniyeh and al-Jamiliyeh in western Aleppo, "
        "killing 14 civilians.\n\n"
        "Rebel shells also hit the al-Suleimaniyeh district of Aleppo on Thursday."
    )
    events = extract(body, dt.date(2016, 4, 28)).events
    drawn = [p for e in events for p in e.places if p.name == "al-Suleimaniyeh"]
    assert len(drawn) == 2 and all(near(p.lat, p.lon, ALEPPO, 0.2) for p in drawn)


def test_a_place_named_before_its_offensive_is_that_place_wherever_named(
    extract: Extract,
) -> None:
    body = (
        "Opposition forces captured the village of Tal al-Eis by the morning of April 2.\n\n"
        "Pro-regime forces launched counterattacks against Tal al-Eis from al-Hader on April 2 "
        "and April 3.\n\n"
        "The participation of Ahrar al-Sham in the Tal al-Eis offensive is significant."
    )
    events = extract(body, dt.date(2016, 4, 6)).events
    (counter,) = only(events, "attack")
    assert "Tal al-Eis" in [p.name for p in counter.places]


def test_warplanes_that_pounded_positions_struck_from_the_air(extract: Extract) -> None:
    body = (
        "Syrian warplanes later pounded militant positions in Harbnafsa, destroying vehicles, "
        "a military source said."
    )
    (struck,) = extract(body, dt.date(2016, 5, 13)).events
    assert (struck.type, struck.actors) == ("airstrike", ("SAA",))


def test_a_claim_is_dated_by_its_day_not_by_the_clause_past_a_semicolon(
    extract: Extract,
) -> None:
    body = (
        'Pro-regime media claimed on April 3 that regime forces had "restored control" of '
        "Harbnafsa; ISW cannot verify this claim, and opposition sources continued to report "
        "fighting on the hilltop on April 4."
    )
    (taken,) = extract(body, dt.date(2016, 4, 6)).events
    assert (taken.type, taken.date, taken.status) == ("capture", "2016-04-03", "claimed")


def test_militants_in_a_story_of_the_opposition_s_groups_are_theirs(extract: Extract) -> None:
    body = (
        "Takfiri militants from the al-Nusra Front and Ahrar al-Sham have killed dozens of "
        "civilians in Syria's Hama province, state media say.\n\n"
        "The militants attacked the town of Harbnafsa at dawn on Thursday.\n\n"
        "Ahrar al-Sham fights alongside Nusra on several fronts."
    )
    events = extract(body, dt.date(2016, 5, 13)).events
    assert [e.actors for e in events] == [("Rebels",), ("Rebels",)]


def test_car_bombs_that_exploded_in_a_district_of_the_city_told_first_are_one_attack_there(
    extract: Extract,
) -> None:
    body = (
        "In the central city of Homs, two car bombs exploded in the government-held, mainly "
        "Alawite district of Karm al-Loz on Wednesday, killing at least 25 people."
    )
    (blast,) = extract(body, dt.date(2014, 4, 9)).events
    (district,) = blast.places
    assert district.name == "Karm al-Loz" and near(district.lat, district.lon, (34.72, 36.73), 0.1)


def test_a_town_s_other_name_and_the_end_of_a_month_after_a_siege(extract: Extract) -> None:
    body = (
        "Moadamiyeh, also known as Muadamiyat al-Sham, sits beneath the Mezzeh military "
        "airport.\n\n"
        "When Darayya's fighters were bussed out at the end of August after a four-year siege, "
        "Moadamiyeh became the next target.\n\n"
        "On Wednesday, 200 fighters boarded buses in Moadamiyeh and set off for Idlib."
    )
    got = extract(body, dt.date(2016, 10, 20))
    assert [m.text for m in got.mentions if m.kind == "place" and "Moadamiyeh" in m.text] == [
        "Moadamiyeh"
    ] * 3
    assert not [e for e in got.events if e.type in ("link_up", "siege")]
