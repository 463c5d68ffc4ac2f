"""Forces that leave a place, and those that take it: where each went, from where, and when."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only


def test_troops_who_left_their_posts_left_the_town_the_others_took(extract: Extract) -> None:
    body = "Soldiers abandoned their posts and ISIS fighters took control of Tikrit on Wednesday."
    events = extract(body, dt.date(2014, 6, 12)).events
    (left,) = only(events, "withdrawal")
    assert [(p.name, p.role) for p in left.places] == [("Tikrit", "from")]
    assert left.actors[0] == "ISF"
    (taken,) = only(events, "capture")
    assert taken.actors[0] == "ISIS"


def test_a_quote_that_speaks_on_keeps_its_speaker(extract: Extract) -> None:
    body = (
        "Sunni militants overran the northern Iraqi city of Mosul on Tuesday.\n\n"
        '"We have lost Mosul this morning," a police colonel said by telephone. "The army and '
        "police have left their positions and the militants are in full control of the west "
        'of the city."'
    )
    found = extract(body, dt.date(2014, 6, 10))
    (left,) = only(found.events, "withdrawal")
    assert (left.status, left.claimant) == ("claimed", "a police colonel")
    mosul = {m.place_id for m in found.mentions if m.text == "Mosul"}
    assert [(p.place_id, p.role) for p in left.places] == [(*mosul, "from")]


def test_a_force_that_got_in_but_was_forced_out_left_where_it_got_in(extract: Extract) -> None:
    body = (
        "Rebels launched the attack on the Thaala airport on Thursday.\n\n"
        '"Rebels managed to enter parts of the airport on Thursday but were forced to withdraw '
        'after regime air strikes," said Rami Abdel Rahman.'
    )
    (left,) = only(extract(body, dt.date(2015, 6, 12)).events, "withdrawal")
    assert [(p.name, p.role) for p in left.places] == [("the airport", "from")]
    assert left.date == "2015-06-11"  # the Thursday they got in, not the day of the story


def test_a_withdrawal_in_a_clause_about_a_town_left_that_town(extract: Extract) -> None:
    body = (
        "Peshmerga also deployed to Daquq, about 40 kilometers south of Kirkuk, where army "
        "units had withdrawn from their posts on Wednesday."
    )
    events = extract(body, dt.date(2014, 6, 12)).events
    (left,) = only(events, "withdrawal")
    assert [(p.name, p.role) for p in left.places] == [("Daquq", "from")]
    (deployed,) = only(events, "advance")
    assert [(p.name, p.role) for p in deployed.places] == [("Daquq", "to")]


def test_another_sides_abandoned_positions_are_no_withdrawal(extract: Extract) -> None:
    body = (
        "Peshmerga units took over the army's abandoned positions on the roads leading south "
        "out of Kirkuk overnight."
    )
    events = extract(body, dt.date(2014, 6, 12)).events
    assert [e.type for e in events] == ["capture"]


def test_captured_vehicles_are_neither_a_place_nor_a_capture(extract: Extract) -> None:
    body = (
        "Witnesses said fighters had raised black flags over government buildings and were "
        "driving captured Humvees through the streets."
    )
    found = extract(body, dt.date(2014, 6, 10))
    assert "Humvees" not in {m.text for m in found.mentions if m.kind == "place"}
    assert not only(found.events, "capture")


def test_a_counter_offensive_launched_from_a_camp_sets_out_from_it(extract: Extract) -> None:
    body = (
        "The advance brings rebels closer to the regime's Jurin military camp.\n\n"
        "Regime forces launched a counter-offensive on August 3 from Jurin."
    )
    events = extract(body, dt.date(2015, 8, 5)).events
    (push,) = [e for e in events if e.quote.startswith("Regime forces")]
    assert push.type == "advance"
    assert [(p.name, p.role) for p in push.places] == [("Jurin", "from")]


def test_seizing_stretches_of_a_highway_cuts_it(extract: Extract) -> None:
    body = (
        "Militants took control of stretches of the main highway linking Mosul with Baghdad "
        "on Tuesday, security sources said."
    )
    (cut,) = extract(body, dt.date(2014, 6, 10)).events
    assert cut.type == "cut_route"
    assert {p.name for p in cut.places} == {"Mosul", "Baghdad"}


def test_the_base_at_a_place_is_that_place(extract: Extract) -> None:
    body = "The militants also seized the main army base at Ghizlani on Tuesday."
    (taken,) = extract(body, dt.date(2014, 6, 10)).events
    assert [(p.name, p.role) for p in taken.places] == [("Ghizlani", "at")]


def test_the_towns_two_villages_count_were_encircled(extract: Extract) -> None:
    body = (
        "A second convoy set out for Fuah and Kefraya, two Shiite villages in the northern "
        "province of Idlib that have been encircled by rebels for most of the past year."
    )
    (siege,) = extract(body, dt.date(2016, 1, 12)).events
    assert siege.type == "siege"
    assert {p.name for p in siege.places} == {"Fuah", "Kefraya"}


def test_fleeing_toward_hills_on_a_border_goes_to_the_border(extract: Extract) -> None:
    body = (
        "Dozens of militants were killed, while the rest fled westward toward the barren hills "
        "on the Lebanese border, according to the report."
    )
    (fled,) = extract(body, dt.date(2015, 5, 13)).events
    assert [p.role for p in fled.places] == ["to"]
