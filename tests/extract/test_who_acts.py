"""Who acts: past an aside, by what the speakers' words say of themselves, by the state
named, and never the air power that only backs the ones who act."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2016, 6, 30)


def test_commanders_who_say_they_took_a_place_took_it_not_the_air_power_behind_them(
    extract: Extract,
) -> None:
    body = (
        "Rebel commanders said on Tuesday that they had taken control of the Hamdan military "
        "airport north-west of Abu Kamal, backed by air strikes from the US-led coalition."
    )
    (took,) = extract(body, PUB).events
    assert took.actors == ("Rebels",)


def test_the_subject_before_an_aside_acts_not_the_party_named_in_the_aside(
    extract: Extract,
) -> None:
    body = (
        "The NSA, made up largely of fighters from tribes in Deir Ezzor province who were "
        "driven out by IS, captured the al-Tanf crossing from the militants in March."
    )
    took = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert [(e.actors[0], e.date) for e in took] == [("Rebels", "2016-03-01")]


def test_a_member_state_of_the_coalition_carrying_out_strikes_is_the_coalition(
    extract: Extract,
) -> None:
    body = "France carried out its first air strikes in Iraq on Friday."
    (struck,) = extract(body, dt.date(2014, 9, 22)).events
    assert (struck.type, struck.actors) == ("airstrike", ("Coalition",))


def test_our_forces_in_a_commander_s_words_are_his_not_the_militants_told_after_them(
    extract: Extract,
) -> None:
    body = (
        '"Our forces entered Hit around noon and the militants ran toward the villages to the '
        'west," said Brig. Gen. Ali Ibrahim, an Iraqi army commander.'
    )
    (entered,) = [e for e in extract(body, dt.date(2016, 4, 10)).events if e.type == "advance"]
    assert entered.actors == ("ISF",)


def test_its_fighters_told_before_the_speakers_are_those_of_the_party_told_before(
    extract: Extract,
) -> None:
    body = (
        "The Islamic State group turned on Kurdish-held territory at the start of the month. "
        "Its fighters overran the town of Sinjar on Aug. 3, Kurdish officials said."
    )
    (overran,) = [e for e in extract(body, dt.date(2014, 8, 10)).events if e.type == "capture"]
    assert overran.actors == ("ISIS",)


def test_they_opening_a_sentence_are_those_the_sentence_before_was_about(
    extract: Extract,
) -> None:
    body = (
        "The Peshmerga have been on the offensive elsewhere in recent months. They recaptured "
        "the town of Zummar in October and broke the ISIS siege of Shingal mountain in "
        "December."
    )
    events = extract(body, dt.date(2015, 1, 31)).events
    assert [(e.type, e.actors[0]) for e in events] == [
        ("capture", "Peshmerga"),
        ("link_up", "Peshmerga"),
    ]
    assert events[1].extra["targets"] == ["ISIS"]  # (the besiegers)


def test_the_syria_regime_of_a_headline_takes_what_it_captures(extract: Extract) -> None:
    body = "Syria regime captures IS desert bastion of Tulul al-Safa\n\nThe regime took Palmyra."
    events = extract(body, dt.date(2018, 11, 19)).events
    assert {e.actors[0] for e in events} == {"SAA"}


def test_they_who_said_so_are_the_party_their_sentence_named_before_them(
    extract: Extract,
) -> None:
    body = (
        "A coalition spokesman said on Monday that strikes had gone on.\n\n"
        "Syrian troops broke the siege of Deir ez-Zor in early September, and on Saturday they "
        "said they had captured the town of al-Mayadin."
    )
    (taken,) = [e for e in extract(body, dt.date(2017, 10, 17)).events if e.type == "capture"]
    assert taken.claimant == "Syrian troops"


def test_it_opening_a_sentence_is_the_party_the_sentence_before_spoke_of(
    extract: Extract,
) -> None:
    body = (
        "US-led coalition aircraft struck targets near Haditha on Saturday.\n\n"
        "The Islamic State group controls much of Anbar province, including the city of "
        "Fallujah. It swept across much of northern Iraq in June, capturing Mosul, Iraq's "
        "second-largest city."
    )
    events = extract(body, dt.date(2014, 11, 2)).events
    (took,) = [e for e in events if e.type == "capture"]
    assert took.actors == ("ISIS",)


def test_what_they_overran_after_another_deed_is_theirs_not_the_party_they_hit(
    extract: Extract,
) -> None:
    body = (
        "Within hours, gunmen descended from the mountains to the east and attacked army "
        "positions around Qaryatain.\n\n"
        "They stormed the town's police station, taking at least 15 members of the Internal "
        "Security Forces prisoner, and overran an army post at Qaryatain."
    )
    events = extract(body, dt.date(2015, 8, 6)).events
    took = [e for e in events if e.type == "capture"]
    assert took
    assert all("ISF" not in e.actors and "SAA" not in e.actors for e in took)


def test_fighters_who_pulled_back_toward_their_lines_by_a_village_went_to_it(
    extract: Extract,
) -> None:
    body = (
        "The Islamic State fighters had pulled back toward their lines around the village of "
        "Batnaya, to the south, on Tuesday, Kurdish officials said."
    )
    (left,) = extract(body, dt.date(2016, 5, 3)).events
    assert left.type == "withdrawal"
    assert [(p.role, p.place_id) for p in left.places] == [("to", "regional:batnaya")]


def test_the_army_in_lebanon_is_lebanon_s_and_a_counteroffensive_pressed_is_an_advance(
    extract: Extract,
) -> None:
    body = (
        "The Lebanese army pressed a counteroffensive around the border town of Arsal on "
        "Monday.\n\n"
        "By Sunday night the army said it had recaptured the Technical Institute in Arsal, "
        "while Hizbollah fighters held the hills to the west."
    )
    events = extract(body, dt.date(2014, 8, 4)).events
    assert {(e.type, e.actors[0]) for e in events} >= {("advance", "LAF"), ("capture", "LAF")}
    assert all("SAA" not in e.actors and "ISF" not in e.actors for e in events)


def test_russias_defence_ministry_saying_its_aircraft_struck_names_russia(
    extract: Extract,
) -> None:
    body = (
        "Russia's Defense Ministry said its aircraft had struck ISIS positions around Albu Kamal "
        "on Friday."
    )
    (strike,) = extract(body, dt.date(2017, 11, 4)).events
    assert strike.actors == ("Russia", "ISIS") and strike.extra["targets"] == ["ISIS"]


def test_a_subtitle_names_its_source_after_a_comma(extract: Extract) -> None:
    body = (
        "Turkish-backed opposition fighters take Dabiq and Sawran within scope of Operation "
        "Euphrates Shield, says Turkish General Staff\n\nThe town lies north of Aleppo."
    )
    (taken,) = only(extract(body, dt.date(2016, 10, 16)).events, "capture")
    assert (taken.status, taken.claimant) == ("claimed", "Turkish General Staff")
    assert taken.actors[0] == "TFSA"
    assert [p.name for p in taken.places][:1] == ["Dabiq"]


def test_a_time_set_before_the_speaker_is_not_the_speaker(extract: Extract) -> None:
    body = "Last Saturday, the SDF said it had captured 90 percent of Manbij."
    (taken,) = extract(body, dt.date(2016, 8, 12)).events
    assert (taken.claimant, taken.date) == ("the SDF", "2016-08-06")


def test_a_state_s_arms_name_the_state(extract: Extract) -> None:
    body = (
        "Turkish fighter jets struck 17 Daesh targets around Dabiq on Saturday. On Sunday the "
        "Syrian Armed Forces captured the Palmyra Citadel."
    )
    events = extract(body, dt.date(2016, 10, 17)).events
    assert [(e.type, e.actors[:1]) for e in events] == [
        ("airstrike", ("Turkey",)),
        ("capture", ("SAA",)),
    ]


def test_a_government_that_vows_to_liberate_a_city_is_its_forces(extract: Extract) -> None:
    body = "The Iraqi government has vowed to liberate Mosul."
    (plan,) = extract(body, dt.date(2016, 4, 14)).events
    assert (plan.status, plan.actors) == ("planned", ("ISF",))


def test_the_assad_regime_s_forces_advance_and_the_last_of_those_backing_them_backs(
    extract: Extract,
) -> None:
    body = (
        "The Assad regime's forces, backed by Iranian-backed militias and Russian air power, "
        "have advanced on al-Bab from the south in recent weeks."
    )
    (push,) = extract(body, dt.date(2017, 2, 23)).events
    assert push.actors == ("SAA", "Russia")
