"""Strikes told by what they did, and who a report says told it."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 9, 23)  # a Tuesday


def test_strikes_told_by_their_dead_are_strikes_from_the_air_not_a_ground_attack(
    extract: Extract,
) -> None:
    body = (
        "US and Arab jets struck Islamic State targets across Syria on Tuesday.\n\n"
        "Eight civilians, including three children, were also killed in the strikes in "
        "Aleppo province, the Observatory said.\n\n"
        "At least 70 IS fighters were killed in strikes on Raqa province."
    )
    events = extract(body, PUB).events
    told = {p.name: e.type for e in events for p in e.places}
    assert told["Aleppo province"] == "airstrike"
    assert told["Raqa province"] == "airstrike"


def test_a_group_striking_a_city_is_an_attack_and_strikes_merely_defended_are_no_event(
    extract: Extract,
) -> None:
    body = (
        "IS strikes in Baghdad, killing 20 at a market.\n\n"
        "Officials said the strikes around the dam fell within the mission of protecting "
        "U.S. personnel."
    )
    assert [e.type for e in extract(body, PUB).events] == ["attack"]


def test_the_speaker_is_the_body_named_not_what_an_aside_says_it_is(extract: Extract) -> None:
    body = (
        "The Syrian Observatory for Human Rights, a Britain-based group that relies on a "
        "network of sources inside the country, said at least 70 IS fighters were killed in "
        "strikes on Raqa province.\n\n"
        "The Syrian Observatory for Human Rights, a UK-based monitor, said scores of civilians "
        "had been killed in Russian raids on villages near Palmyra."
    )
    events = extract(body, PUB).events
    assert len(events) == 2
    assert {e.claimant for e in events} == {
        "The Syrian Observatory for Human Rights, a Britain-based group",
        "The Syrian Observatory for Human Rights, a UK-based monitor",
    }


def test_a_sentence_s_opening_but_is_not_part_of_the_speaker_s_name(extract: Extract) -> None:
    body = (
        "But the Syrian Observatory for Human Rights, a UK-based monitor, said Islamic State "
        "fighters had retaken Albu Kamal."
    )
    (took,) = extract(body, dt.date(2016, 6, 30)).events
    assert took.claimant == "the Syrian Observatory for Human Rights, a UK-based monitor"


def test_moving_into_a_whole_town_unopposed_takes_it_but_moving_into_part_of_one_advances(
    extract: Extract,
) -> None:
    body = (
        "Earlier this week, militants also moved into the town of Baiji, setting fire to the "
        "courthouse.\n\n"
        "Sunni militants pushed south towards Baghdad on Thursday, while Kurdish forces moved "
        "into the oil city of Kirkuk as government troops abandoned their bases.\n\n"
        "Iraqi troops moved into eastern Mosul on Tuesday.\n\n"
        "Troops moved into Bartella on Thursday after heavy clashes with militants."
    )
    events = extract(body, dt.date(2014, 6, 12)).events
    kinds: dict[str, set[str]] = {}
    for e in events:
        for p in e.places:
            kinds.setdefault(p.name, set()).add(e.type)
    assert "capture" in kinds["Baiji"]
    assert kinds["Kirkuk"] == {"capture"}
    assert kinds["eastern Mosul"] == {"advance"}
    assert kinds["Bartella"] == {"advance"}


def test_the_advance_a_when_clause_names_is_of_its_party_and_of_the_day_before_it(
    extract: Extract,
) -> None:
    body = (
        "The Peshmerga had moved into Kirkuk in June 2014, when the Iraqi army collapsed in "
        "the face of the Islamic State of Iraq and the Levant (ISIL, also known as ISIS) "
        "advance across northern Iraq."
    )
    events = extract(body, dt.date(2017, 10, 20)).events
    assert {(e.type, e.date, e.actors[0]) for e in events} == {
        ("capture", "2014-06-01", "Peshmerga"),
        ("advance", "2014-06-01", "ISIS"),
    }


def test_warplanes_that_struck_last_month_or_continued_to_strike_struck_from_the_air(
    extract: Extract,
) -> None:
    body = (
        "Turkish warplanes last month struck YPG positions north of Aleppo.\n\n"
        "Russian warplanes, which began a bombing campaign in Syria on September 30, continued "
        "to strike targets in Idlib and Latakia provinces, according to activists."
    )
    struck = only(extract(body, dt.date(2015, 11, 13)).events, "airstrike")
    assert [(e.actors[0], e.date_precision) for e in struck] == [
        ("Turkey", "month"),
        ("Russia", "day"),
    ]
    assert struck[1].date in ("2015-11-12", "2015-11-13")  # (the news, not September)


def test_a_day_opening_the_speakers_words_is_when_they_spoke_not_who(extract: Extract) -> None:
    body = (
        "By Sunday the Kurds said they had seized the eastern end of the dam and several nearby "
        "villages, including Tel Skuf, a Christian town north of Mosul."
    )
    (seized,) = only(extract(body, dt.date(2014, 8, 18)).events, "capture")
    assert seized.claimant == "the Kurds"


def test_what_came_a_week_after_a_declaration_is_claimed_by_who_declared(
    extract: Extract,
) -> None:
    body = (
        "A suicide truck bomb tore through a shopping district of Baghdad on Sunday.\n\n"
        "The bombing came a week after Iraqi forces declared that they had retaken Fallujah, "
        "a city 40 miles west of Baghdad that had been held by the militants since January 2014."
    )
    (retaken,) = only(extract(body, dt.date(2016, 7, 3)).events, "capture")
    assert retaken.claimant == "Iraqi forces"
    # a week before the bombing, not when the militants took the city
    assert retaken.date is not None and retaken.date.startswith("2016-06")


def test_a_warplane_that_mistakenly_bombed_the_soldiers_killed_them_from_the_air(
    extract: Extract,
) -> None:
    body = (
        "On Feb. 9, three Turkish soldiers were killed and 11 wounded when a Russian warplane "
        "mistakenly bombed a building near al-Bab used by Turkish troops."
    )
    (strike,) = extract(body, dt.date(2017, 2, 23)).events
    assert (strike.type, strike.date, strike.actors) == (
        "airstrike",
        "2017-02-09",
        ("Russia", "Turkey"),
    )


def test_warplanes_and_artillery_pounding_a_town_strike_it_from_the_air(
    extract: Extract,
) -> None:
    body = (
        "The Syrian Observatory for Human Rights says Turkish warplanes and artillery "
        "pounded Ras al-Ain and surrounding villages through the night."
    )
    (strike,) = extract(body, dt.date(2019, 10, 12)).events
    assert (strike.type, strike.status, strike.places[0].name) == (
        "airstrike",
        "claimed",
        "Ras al-Ain",
    )


def test_a_strike_told_by_what_it_destroyed_and_planes_that_struck_are_airstrikes(
    extract: Extract,
) -> None:
    body = (
        "US planes struck Islamic State fighters near Haditha on Sunday.\n\n"
        "A further strike on Monday morning destroyed an Islamic State armed vehicle near "
        "Haditha, the military's Central Command said."
    )
    events = extract(body, dt.date(2014, 9, 8)).events
    assert [(e.type, e.date) for e in events] == [
        ("airstrike", "2014-09-07"),
        ("airstrike", "2014-09-08"),
    ]


def test_strikes_the_pentagon_tells_are_the_coalitions_not_those_of_who_asked_for_them(
    extract: Extract,
) -> None:
    body = (
        "Iraqi officials said that soldiers, moving under the cover of the strikes, had "
        "driven the militants out of Barwana.\n\n"
        "The Pentagon said that fighter and attack aircraft had conducted four strikes near "
        "Haditha on Sunday. Admiral John Kirby said the strikes were carried out at the "
        "request of the Iraqi government. A further strike on Monday morning destroyed an "
        "armed vehicle near Haditha, the officials said."
    )
    strikes = only(extract(body, dt.date(2014, 9, 8)).events, "airstrike")
    assert [s.actors[:1] for s in strikes] == [("Coalition",), ("Coalition",)]


def test_a_town_struck_by_rockets_is_attacked_there(extract: Extract) -> None:
    body = (
        "Pro-government media said the Christian town of Mhardeh, a few kilometres southwest "
        "of Halfaya, was struck by rockets on Tuesday."
    )
    (hit,) = extract(body, dt.date(2016, 9, 1)).events
    assert (hit.type, hit.date, hit.status) == ("attack", "2016-08-30", "claimed")
    assert [p.role for p in hit.places] == ["at"] and hit.places[0].lat is not None


def test_fire_told_by_the_positions_it_hit_is_an_attack_and_after_strikes_theirs(
    extract: Extract,
) -> None:
    body = (
        "Army units targeted the gatherings of terrorists in Morek on Saturday, a military "
        "source said.\n\n"
        "The Russian strikes on Sunday, carried out in coordination with the Syrian Air Force, "
        "targeted positions of terrorist groups in Rastan."
    )
    events = extract(body, dt.date(2016, 9, 5)).events
    assert [(e.type, e.actors[:1], e.date) for e in events] == [
        ("attack", ("SAA",), "2016-09-03"),
        ("airstrike", ("Russia",), "2016-09-04"),
    ]


def test_an_aerial_campaign_begun_is_strikes_not_an_advance(extract: Extract) -> None:
    body = (
        "Russia began its aerial campaign against Daesh and other terrorist groups in Syria at "
        "the request of the Damascus government on September 30."
    )
    events = extract(body, dt.date(2015, 11, 23)).events
    assert [(e.type, e.date) for e in events] == [("airstrike", "2015-09-30")]
