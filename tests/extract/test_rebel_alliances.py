"""The rebels' alliances of Idlib, by their names and as "the alliance"; an airport called
the airbase."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2015, 4, 25)


def test_the_army_of_conquest_is_the_rebels_not_the_army(extract: Extract) -> None:
    body = (
        "The Army of Conquest alliance, which includes Al-Nusra, seized the provincial capital "
        "Idlib in March and the strategic town of Jisr al-Shughur in April."
    )
    taken = only(extract(body, dt.date(2015, 9, 9)).events, "capture")
    assert [e.actors for e in taken] == [("Rebels",), ("Rebels",)]


def test_the_alliance_after_jaish_al_fatah_is_theirs_not_the_sdf(extract: Extract) -> None:
    body = (
        "The alliance, known as Jaish al-Fatah, said on Saturday that its fighters had driven "
        "government forces out of Jisr al-Shughour.\n\n"
        "A spokesman for Ahrar al-Sham, one of the groups in the alliance, said fighters had "
        "overrun dozens of checkpoints in and around Jisr al-Shughour since Wednesday."
    )
    actors = {a for e in extract(body, PUB).events for a in e.actors}
    assert "SDF" not in actors and "Rebels" in actors


def test_an_airport_named_is_the_airbase_told_of_later(extract: Extract) -> None:
    body = (
        "Al-Nusra Front and allied rebels on Wednesday captured the Abu Zuhur military airport, "
        "the last regime position in Idlib province, a monitor said.\n\n"
        "Rebels had stormed the airbase on Monday, detonating car bombs on its perimeter."
    )
    events = extract(body, dt.date(2015, 9, 9)).events
    (stormed,) = [e for e in events if e.quote.startswith("Rebels had stormed")]
    (taken,) = only(events, "capture")
    assert stormed.places[0].place_id == taken.places[0].place_id


def test_a_jihadist_group_named_is_that_group_not_the_islamic_state(extract: Extract) -> None:
    body = (
        "Fighters led by the jihadist group Jund al-Aqsa entered the town of Taybat al-Imam "
        "after a suicide bomber drove a car packed with explosives into an army checkpoint, "
        "the Observatory said on Wednesday."
    )
    events = extract(body, dt.date(2016, 9, 1)).events
    assert events and all("ISIS" not in e.actors for e in events)
    assert {a for e in events for a in e.actors} >= {"Rebels"}
