"""Wire briefs and think-tank updates: bombs dropped, barrel bombs, seizures told as nouns,
abbreviations a text gives a party, two days of a month."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 12, 17)


def test_aircraft_that_dropped_bombs_on_a_place_struck_it(extract: Extract) -> None:
    body = (
        "At approximately 6:45am EDT, two F/A-18 aircraft dropped 500-pound laser-guided bombs "
        "on a mobile artillery piece near Erbil."
    )
    (strike,) = extract(body, dt.date(2014, 8, 8)).events
    assert (strike.type, strike.places[0].name) == ("airstrike", "Erbil")
    # (aid dropped is no strike)
    body = "US C-17 aircraft dropped food and water over the mountain near Sinjar overnight."
    assert extract(body, dt.date(2014, 8, 8)).events == ()


def test_barrel_bombs_on_two_days_of_a_month_are_strikes_from_the_air(extract: Extract) -> None:
    body = (
        "The regime responded with barrel bomb attacks on Ma'arat al-Nu'man on December 15 and "
        "16, according to local activists."
    )
    (strike,) = extract(body, PUB).events
    assert (strike.type, strike.date, strike.date_end) == ("airstrike", "2014-12-15", "2014-12-16")


def test_orchards_surrounding_a_town_do_not_besiege_it(extract: Extract) -> None:
    body = (
        "Dozens of gunmen attacked the police station in Baquba from the direction of the "
        "orchards surrounding the city at around 3:00 am."
    )
    assert [e.type for e in extract(body, dt.date(2014, 6, 17)).events] == ["attack"]


def test_a_groups_seizure_of_a_city_is_its_capture(extract: Extract) -> None:
    body = (
        "ISIL gunmen launched attacks on several areas of Diyala province last week, after the "
        "group's seizure of Mosul on June 10th and 11th."
    )
    events = extract(body, dt.date(2014, 6, 17)).events
    (taken,) = [e for e in events if e.type == "capture"]
    assert (taken.places[0].name, taken.date, taken.date_end) == (
        "Mosul",
        "2014-06-10",
        "2014-06-11",
    )


def test_the_abbreviation_a_text_gives_a_party_names_it_after(extract: Extract) -> None:
    body = (
        "Jabhat al-Nusra (JN) and allied groups captured the Wadi al-Deif base on December 15. "
        "JN seized the village of Deir Sunbul, in Jebel al-Zawiya, on November 1, 2014."
    )
    seized = [e for e in extract(body, PUB).events if "Deir Sunbul" in e.quote]
    assert [e.actors for e in seized] == [("Rebels",)]


def test_insurgents_in_a_story_of_syrias_rebel_groups_are_the_rebels(extract: Extract) -> None:
    body = (
        "Insurgents including al Qaeda's Syrian wing seized the city of Idlib on Saturday. "
        "The Nusra Front and allied groups, fighting under the banner of Jaish al-Fatah, took "
        "the city after four days of fighting. The insurgents launched the offensive on Tuesday."
    )
    events = extract(body, dt.date(2015, 3, 28)).events
    assert events and all("ISIS" not in e.actors for e in events)
    assert events[0].actors == ("Rebels",)
    # (in a story of the Islamic State, its insurgents)
    body = (
        "Islamic State insurgents seized Ramadi on Sunday. The insurgents then attacked Khalidiya."
    )
    assert {e.actors[:1] for e in extract(body, dt.date(2015, 5, 18)).events} == {("ISIS",)}


def test_what_a_source_did_not_say_is_no_event(extract: Extract) -> None:
    body = (
        "Syrian state television said the army had redeployed to positions around Idlib. "
        "It did not say the city had fallen."
    )
    assert [e.type for e in extract(body, dt.date(2015, 3, 28)).events] == ["withdrawal"]


def test_a_strike_reports_lines_opening_near_a_place_unknown_are_strikes_there(
    extract: Extract,
) -> None:
    body = (
        "Airstrikes in Syria\n"
        "-- Near Sarrin, six airstrikes struck four ISIL tactical units and destroyed nine ISIL "
        "fighting positions.\n"
    )
    strikes = [
        e for e in extract(body, dt.date(2015, 7, 24)).events if e.places[0].name == "Sarrin"
    ]
    assert [e.type for e in strikes] == ["airstrike"]


def test_militants_of_a_named_group_are_that_groups(extract: Extract) -> None:
    body = (
        "Syrian government forces have been on the defensive since the spring, when militants "
        "of the so-called Army of Conquest seized Idlib city in March."
    )
    (taken,) = extract(body, dt.date(2015, 10, 1)).events
    assert taken.actors == ("Rebels",)


def test_tanks_left_about_are_no_withdrawal(extract: Extract) -> None:
    body = (
        "By midday Tuesday, his men were walking among abandoned tanks inside the base near Izraa."
    )
    assert extract(body, dt.date(2015, 6, 13)).events == ()


def test_a_heading_placed_only_at_countries_is_no_event(extract: Extract) -> None:
    body = (
        "Airstrikes in Syria\n"
        "-- Near Raqqa, two airstrikes struck an ISIL tactical unit.\n\n"
        "Trends: Russian airstrikes in Syria\n\n"
        "US jets carried out airstrikes in Syria on Tuesday."
    )
    events = extract(body, dt.date(2015, 7, 24)).events
    assert [(e.type, e.places[0].name) for e in events] == [
        ("airstrike", "Raqqa"),
        ("airstrike", "Syria"),
    ]
    assert events[1].quote == "US jets carried out airstrikes in Syria on Tuesday."


def test_a_strike_list_names_a_place_that_starts_like_a_persons_name(extract: Extract) -> None:
    body = (
        "Iraq\n"
        "-- Near Kirkuk, one strike struck an ISIL tactical unit.\n"
        "-- Near Sultan Abdallah, two strikes struck an ISIL tactical unit and destroyed an "
        "ISIL artillery piece.\n\n"
        "Coalition nations which have conducted strikes in Iraq include Australia, Canada, "
        "Denmark, France, Jordan, the Netherlands, the United Kingdom and the United States."
    )
    strikes = only(extract(body, dt.date(2016, 4, 21)).events, "airstrike")
    assert [e.places[0].name for e in strikes] == ["Kirkuk", "Sultan Abdallah"]
