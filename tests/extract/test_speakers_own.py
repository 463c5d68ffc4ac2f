"""What a speaker says of his own side: his fighters, our goal, the day he said it."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2016, 10, 20)  # a Thursday


def test_a_speaker_named_with_the_body_he_serves_is_the_claimant(extract: Extract) -> None:
    body = (
        "Iraqi troops captured the village of Bazwaya on Monday, said Brigadier Ali of the "
        "Iraqi army."
    )
    (taken,) = extract(body, PUB).events
    assert (taken.type, taken.date, taken.status) == ("capture", "2016-10-17", "claimed")
    assert taken.claimant == "Brigadier Ali of the Iraqi army"


def test_his_fighters_are_the_one_speakers_side(extract: Extract) -> None:
    body = (
        "His fighters captured the village of Bazwaya on Monday, said Brigadier Ali of the "
        "Iraqi army."
    )
    (taken,) = extract(body, PUB).events
    assert taken.actors == ("ISF",)
    # (officials are many: "his" is someone the story spoke of before, not theirs)
    body = "His fighters captured the village of Bazwaya on Monday, Kurdish officials said."
    (taken,) = extract(body, PUB).events
    assert "Peshmerga" not in taken.actors


def test_our_goal_is_the_aim_of_the_side_the_speaker_serves(extract: Extract) -> None:
    body = (
        '"Our goal is to reach Tal Afar before the end of the month," said Abu Mahdi '
        "al-Muhandis, deputy head of the Popular Mobilisation Forces."
    )
    (plan,) = extract(body, PUB).events
    assert (plan.status, plan.actors) == ("planned", ("PMU",))
    (plan,) = extract('"Our next target is Tal Afar," said a PMU commander.', PUB).events
    assert (plan.status, plan.actors) == ("planned", ("PMU",))


def test_a_plan_told_on_a_weekday_is_dated_by_the_day_it_was_told(extract: Extract) -> None:
    body = '"Our fighters will cut the road to Sinjar," a Peshmerga commander said on Tuesday.'
    (plan,) = extract(body, PUB).events
    assert (plan.type, plan.status, plan.date) == ("cut_route", "planned", "2016-10-18")
    # (a day told of the deed itself is ahead)
    body = "The army will attack Tal Afar on Tuesday, officials said."
    (plan,) = extract(body, PUB).events
    assert (plan.status, plan.date) == ("planned", "2016-10-25")


def test_the_next_target_a_speaker_names_is_his_sides(extract: Extract) -> None:
    body = (
        "A rebel official said the next target was Qomhana, a pro-government town on the "
        "northern edge of Hama that has been used as a base by militias fighting alongside the "
        "army."
    )
    (plan,) = extract(body, dt.date(2016, 9, 1)).events
    assert (plan.status, plan.actors) == ("planned", ("Rebels",))


def test_a_road_cut_is_not_the_advance_it_was_used_for(extract: Extract) -> None:
    body = (
        "Major Jamil al-Saleh, the commander of Jaish al-Izza, said the rebels took Souran. He "
        "said his fighters had also cut a road the army used to send reinforcements to its "
        "positions further north around Morek."
    )
    cut = [e for e in extract(body, dt.date(2016, 9, 1)).events if "Morek" in e.quote]
    assert [(e.type, e.actors) for e in cut] == [("cut_route", ("Rebels",))]
