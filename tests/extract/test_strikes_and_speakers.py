"""Strikes told by what they did, and who a report says told it."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

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
