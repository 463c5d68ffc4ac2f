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
