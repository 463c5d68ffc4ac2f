"""What is told after a battle is not more battle: mines cleared, bombs left behind."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract


def test_explosives_cleared_or_left_behind_are_no_attack(extract: Extract) -> None:
    body = (
        "Engineering units from the Syrian Army have begun clearing mines and improvised "
        "explosive devices (IEDs) from the streets of Palmyra. The militants fled toward "
        "al-Sukhnah, leaving behind IEDs and booby traps."
    )
    events = extract(body, dt.date(2016, 3, 27)).events
    assert [e.type for e in events] == ["withdrawal"]


def test_a_roadside_bomb_that_hit_a_convoy_is_an_attack(extract: Extract) -> None:
    body = "An IED hit an army convoy near Baiji on Monday, killing two soldiers."
    events = extract(body, dt.date(2015, 10, 14)).events
    assert [(e.type, e.date) for e in events] == [("attack", "2015-10-12")]


def test_a_council_that_will_run_the_city_takes_nothing(extract: Extract) -> None:
    body = (
        "The SDF announced on Friday that it had taken full control of Manbij. A member of the "
        "Manbij Military Council said a civilian council would take over the administration of "
        "the city in the coming days."
    )
    events = extract(body, dt.date(2016, 8, 12)).events
    assert [(e.type, e.status) for e in events] == [("capture", "claimed")]
