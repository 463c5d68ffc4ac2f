"""What a story tells again, who says what, and which words are no event or no place."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only


def test_the_blast_and_the_attack_told_again_are_the_one_attack(extract: Extract) -> None:
    body = (
        "A truck packed with explosives blew up in the city of Qamishli on Wednesday, killing "
        "dozens.\n\n"
        "Kurdish security forces set up additional checkpoints in Qamishli after the blast.\n\n"
        "The Syrian government condemned the attack in Qamishli in a statement."
    )
    events = extract(body, dt.date(2016, 7, 27)).events
    assert [e.type for e in events] == ["attack"]


def test_these_attacks_point_back_wherever_the_sentence_places_them(extract: Extract) -> None:
    body = (
        "A car bomb exploded in Baghdad's Sadr City on Wednesday, killing 64 people.\n\n"
        'The statement added that "these cowardly terrorist attacks come as a reaction to the '
        'defeats suffered by Daesh gangs on the battlefields in Anbar and Nineveh."'
    )
    (attack,) = extract(body, dt.date(2016, 5, 11)).events
    assert "Sadr City" in {p.name for p in attack.places}


def test_a_tags_line_is_page_furniture(extract: Extract) -> None:
    body = (
        "A car bomb exploded in Sadr City on Wednesday.\n\nTags: Baghdad, Sadr City, car bomb, "
        "Kadhimiya, Kubaisa"
    )
    events = extract(body, dt.date(2016, 5, 11)).events
    assert all("Tags" not in e.quote for e in events)


def test_a_wire_dateline_is_not_part_of_who_speaks(extract: Extract) -> None:
    body = (
        "Baghdad / NINA / -- A police source said that 17 people were killed in a car bomb "
        "explosion on Wednesday afternoon at a checkpoint in Kadhimiya district."
    )
    (attack,) = extract(body, dt.date(2016, 5, 11)).events
    assert attack.claimant == "A police source"


def test_a_speaker_in_a_clause_of_its_own_does_not_claim_the_bombing(extract: Extract) -> None:
    body = "Dozens killed in Isil bombings in Damascus and Homs as Kerry says truce deal close"
    events = extract(body, dt.date(2016, 2, 21)).events
    assert events
    assert {(e.status, e.claimant) for e in events} == {("reported", None)}


def test_activists_who_reported_at_least_so_many_strikes_claim_them(extract: Extract) -> None:
    body = (
        "Activists reported at least twenty airstrikes and barrel bomb attacks on the villages "
        "of Sirmaniyeh and Qastoun on August 3 and 4."
    )
    (strikes,) = extract(body, dt.date(2015, 8, 5)).events
    assert (strikes.status, strikes.claimant) == ("claimed", "Activists")


def test_a_goal_that_is_not_one_thing_but_another_is_a_plan(extract: Extract) -> None:
    body = (
        "A rebel spokesman said the rebels' goal was not to attack the Druze but to capture "
        "the Thaala airport, west of Sweida."
    )
    events = extract(body, dt.date(2015, 6, 12)).events
    assert [e.status for e in only(events, "capture")] == ["planned"]


def test_forces_waiting_for_zero_hour_have_not_stormed_yet(extract: Extract) -> None:
    body = (
        'He said that "the army units are ready and waiting for zero hour to storm Kubaisa '
        'and the surrounding areas."'
    )
    events = extract(body, dt.date(2016, 5, 11)).events
    assert events
    assert {e.status for e in events} == {"planned"}


def test_precautions_taken_at_an_airfield_take_nothing(extract: Extract) -> None:
    body = (
        "US warships fired 59 cruise missiles at the Shayrat airbase near Homs on Friday. "
        "The Pentagon said planners had taken precautions to minimize the risk to Russian "
        "personnel at the airfield, and only 23 of the missiles fired reaching the base did "
        "damage."
    )
    events = extract(body, dt.date(2017, 4, 7)).events
    assert not only(events, "capture")
    assert not only(events, "advance")


def test_a_hill_named_for_a_strategic_height_is_a_place_taken(extract: Extract) -> None:
    body = (
        "Syrian army soldiers and Hezbollah fighters have taken control of the strategic "
        "Tallet Moussa, the highest peak in the Qalamoun mountains."
    )
    (taken,) = extract(body, dt.date(2015, 5, 13)).events
    assert taken.type == "capture"
    assert [p.name for p in taken.places] == ["Tallet Moussa"]


def test_a_capital_described_after_where_someone_spoke_is_no_scene(extract: Extract) -> None:
    body = (
        "Nineveh governor Atheel al-Nujaifi escaped from the governorate building shortly "
        "before it was stormed and later spoke from Erbil, capital of the autonomous "
        "Kurdistan region."
    )
    events = extract(body, dt.date(2014, 6, 10)).events
    assert all(p.name != "Kurdistan" for e in events for p in e.places)


def test_a_faith_before_a_noun_of_places_is_no_place(extract: Extract) -> None:
    body = (
        "Jaish al-Fatah also maintains its siege of the regime-held Shi'a villages of Fu'ah "
        "and Kafraya north of Idlib city."
    )
    found = extract(body, dt.date(2015, 8, 5))
    assert "Shi'a" not in {m.text for m in found.mentions if m.kind == "place"}
    (siege,) = found.events
    assert len(siege.places) == 2


def test_an_airport_no_gazetteer_knows_is_the_airport_told_again(extract: Extract) -> None:
    body = (
        "Rebels launched the attack on the Thaala airport on Thursday.\n\n"
        "The airport lies about 10 kilometres west of Sweida city.\n\n"
        "A spokesman said the rebels shelled the airport again on Friday."
    )
    events = extract(body, dt.date(2015, 6, 12)).events
    (friday,) = [e for e in events if e.date == "2015-06-12"]
    (place,) = friday.places
    assert place.name == "the airport"
    assert place.lat is not None  # where the story said the airport lies
