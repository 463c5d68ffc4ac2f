"""A state whose part in the war was flown, named as the one that struck."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 10, 10)  # a Saturday


def test_a_state_that_bombed_made_an_airstrike(extract: Extract) -> None:
    body = "Russia bombed rebel positions near Talbiseh on Monday, the opposition said."
    (strike,) = only(extract(body, PUB).events, "airstrike")
    assert "Russia" in strike.actors
    assert (strike.status, strike.date) == ("claimed", "2015-10-05")
    assert [p.name for p in strike.places] == ["Talbiseh"]


def test_the_united_states_is_no_one_speaking(extract: Extract) -> None:
    body = "The United States struck Islamic State targets near Hit on Friday."
    (strike,) = only(extract(body, PUB).events, "airstrike")
    assert strike.status == "reported"  # ("States" is not "states" said)
    assert "Coalition" in strike.actors


def test_a_deal_struck_is_no_strike(extract: Extract) -> None:
    body = "Russia struck a deal with Turkey over Idlib on Friday."
    assert extract(body, PUB).events == ()


def test_aircraft_that_took_off_and_struck_made_an_airstrike(extract: Extract) -> None:
    body = (
        "On 24 July, three F-16 aircraft of the Turkish Air Force took off from Diyarbakir "
        "and struck three targets belonging to DAESH near Tal Abyad."
    )
    (strike,) = only(extract(body, PUB).events, "airstrike")
    assert "Turkey" in strike.actors
    assert strike.places[0].name == "Tal Abyad"


def test_units_that_fired_on_positions_attacked_them(extract: Extract) -> None:
    body = "Government troops fired on rebel positions near Morek on Monday."
    (fire,) = only(extract(body, PUB).events, "attack")
    assert (fire.places[0].name, fire.date) == ("Morek", "2015-10-05")
