"""Which side acts and which is acted on, as wire reports tell it: the map must never show
the side that lost a place as the one that took it."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract, names, only
from geomap.schema import Event


def acting(event: Event) -> list[str]:
    """The parties an event shows acting (not those it acts against)."""
    return [a for a in event.actors if a not in event.extra["targets"]]


def test_who_leaves_a_place_taken_is_the_side_that_lost_it(extract: Extract) -> None:
    body = (
        "A US-backed alliance of Kurdish and Arab fighters says it has taken full control of "
        "the northern Syrian city of Manbij after the last Islamic State of Iraq and the "
        "Levant (ISIL, also known as ISIS) fighters withdrew in a convoy."
    )
    events = extract(body, dt.date(2016, 8, 12)).events
    (capture,) = only(events, "capture")
    (withdrawal,) = only(events, "withdrawal")
    assert acting(capture) == ["SDF"]
    assert acting(withdrawal) == ["ISIS"]
    assert [(p.role, p.place_id) for p in withdrawal.places] == [
        ("from", capture.places[0].place_id)
    ]
    body = (
        "Government troops took the al-Omar oil field, Syria's largest, on Oct. 22, after "
        "Daesh fighters abandoned it."
    )
    events = extract(body, dt.date(2017, 11, 19)).events
    assert [(e.type, e.date) for e in events] == [
        ("capture", "2017-10-22"),
        ("withdrawal", "2017-10-22"),
    ]


def test_a_clause_about_the_speaker_is_the_reporters_own(extract: Extract) -> None:
    body = (
        "The Syrian Democratic Forces (SDF), which launched their offensive on Manbij more "
        "than two months ago, said on Friday that their fighters were combing neighbourhoods."
    )
    (advance,) = only(extract(body, dt.date(2016, 8, 12)).events, "advance")
    assert acting(advance) == ["SDF"]
    assert (advance.status, advance.date[:7], advance.date_precision) == (
        "reported",
        "2016-06",
        "month",
    )


def test_the_town_a_story_keeps_naming_is_the_city(extract: Extract) -> None:
    body = (
        "The SDF launched its offensive on Manbij on May 31. Manbij had been held by IS "
        "since 2014.\n\n"
        "Within 10 days, the alliance had encircled Manbij, cutting the road north to "
        "Jarablus and the road west towards al-Bab and Aleppo, and trapping 2,000 ISIL "
        "fighters inside.\n\n"
        "SDF fighters broke into the city's southwestern outskirts on June 23."
    )
    events = extract(body, dt.date(2016, 8, 12)).events
    (broke_in,) = [e for e in events if e.date == "2016-06-23"]
    manbij = only(events, "siege")[0].places[0].place_id
    assert names(broke_in) == {manbij}
    (cut,) = only(events, "cut_route")
    assert acting(cut) == ["SDF"]


def test_what_a_whole_clause_was_part_of_is_its_subjects_doing(extract: Extract) -> None:
    body = (
        "Islamic State fighters overran the dam on Aug. 7 after the Kurdish forces guarding it "
        "fell back, part of a lightning advance that had begun four days earlier with the "
        "capture of the towns of Sinjar and Zumar and sent tens of thousands of members of the "
        "Yazidi religious minority fleeing onto Mount Sinjar."
    )
    events = extract(body, dt.date(2014, 8, 19)).events
    (capture,) = only(events, "capture")
    assert acting(capture) == ["ISIS"]
    assert only(events, "withdrawal") == []  # (the Yazidis' flight moves no force)


def test_a_state_named_as_acting_is_its_forces(extract: Extract) -> None:
    body = (
        "Government forces recaptured the town of Mayadin on 14 October, and declared full "
        "control of Deir Ezzor city on 3 November, the same day Iraq retook al-Qaim."
    )
    events = only(extract(body, dt.date(2017, 11, 9)).events, "capture")
    assert [(e.date, acting(e)) for e in events] == [
        ("2017-10-14", ["SAA"]),
        ("2017-11-03", ["SAA"]),
        ("2017-11-03", ["ISF"]),
    ]


@pytest.mark.parametrize(
    ("body", "loser"),
    [
        (
            "The offensive began in September, when troops broke a siege that IS had imposed "
            "for nearly three years on government-held districts of Deir Ezzor city.",
            "ISIS",
        ),
        (
            "Syrian troops on Saturday broke a jihadist siege of the military airport in "
            "Deir Ezzor, state media said, days after they pierced the Islamic State group's "
            "years-long blockade of government-held parts of the city.",
            "ISIS",
        ),
    ],
)
def test_who_laid_a_siege_broken_is_not_who_broke_it(
    extract: Extract, body: str, loser: str
) -> None:
    (link_up,) = only(extract(body, dt.date(2017, 11, 9)).events, "link_up")
    assert loser not in acting(link_up)


@pytest.mark.parametrize(
    ("body", "fled", "other"),
    [
        (
            "The Peshmerga took control of Kirkuk in June 2014, when the Iraqi army fled in "
            "the face of the ISIS advance.",
            "ISF",
            "ISIS",
        ),
        (
            "Isis recaptures Palmyra as Syrian troops withdraw despite Russian airstrikes",
            "SAA",
            "Russia",
        ),
    ],
)
def test_whom_a_side_flees_from_does_not_flee(
    extract: Extract, body: str, fled: str, other: str
) -> None:
    (withdrawal,) = only(extract(body, dt.date(2017, 10, 16)).events, "withdrawal")
    assert acting(withdrawal) == [fled]


def test_who_announces_a_town_cleared_cleared_it(extract: Extract) -> None:
    body = (
        "Iraqi forces repelled the attack by October 25, when Anbar Operations Command "
        "announced that the town of Rutba had been cleared."
    )
    (capture,) = only(extract(body, dt.date(2016, 10, 26)).events, "capture")
    assert acting(capture) == ["ISF"]
    body = (
        "Sherfan Darwish, spokesman of the council, which fights under the umbrella of the "
        "SDF, said that the last IS militants in Manbij had been cleared on Friday morning."
    )
    (capture,) = only(extract(body, dt.date(2016, 8, 12)).events, "capture")
    assert acting(capture) == ["SDF"] and capture.extra["targets"] == ["ISIS"]


def test_the_militias_or_the_alliance_go_on_as_the_party_named_before(
    extract: Extract,
) -> None:
    body = (
        "Syrian rebels seized the village of Dabiq on Sunday. The militias then advanced on "
        "Sawran."
    )
    (advance,) = only(extract(body, dt.date(2016, 10, 17)).events, "advance")
    assert acting(advance) == ["Rebels"]


def test_a_place_only_compared_with_is_no_place_of_the_event(extract: Extract) -> None:
    body = (
        "The United States has watched the advance of Iranian-backed groups on Albu Kamal "
        "with growing alarm, as has Israel."
    )
    events = extract(body, dt.date(2017, 11, 9)).events
    assert all(p.name != "Israel" for e in events for p in e.places)


def test_who_one_exchanged_fire_with_or_was_backed_by_is_told_as_such(extract: Extract) -> None:
    body = (
        "The PMF said it had taken control of Tuz Khurmatu after a brief exchange of fire "
        "with Peshmerga."
    )
    (capture,) = extract(body, dt.date(2017, 10, 17)).events
    assert (acting(capture), capture.extra["targets"]) == (["PMU"], ["Peshmerga"])
    body = (
        "Iraqi troops pushed into the town of Hit on Thursday, backed by air strikes from the "
        "US-led coalition."
    )
    (advance,) = extract(body, dt.date(2016, 4, 14)).events
    assert (acting(advance), advance.extra["targets"]) == (["ISF", "Coalition"], [])


def test_a_rebel_army_is_not_the_syrian_army(extract: Extract) -> None:
    body = (
        "The New Syrian Army, a rebel group trained and equipped by the US, attacked Albu "
        "Kamal on Wednesday."
    )
    (attack,) = extract(body, dt.date(2016, 7, 1)).events
    assert attack.actors == ("Rebels",)


def test_who_moves_into_a_town_left_is_the_side_named_after(extract: Extract) -> None:
    body = (
        "Kurdish forces also left the town of Sinjar, west of Mosul, on Tuesday, and a "
        "PMF-affiliated Yazidi unit moved in."
    )
    events = extract(body, dt.date(2017, 10, 17)).events
    assert [(e.type, acting(e), names(e), e.date) for e in events] == [
        ("withdrawal", ["Peshmerga"], {"geonames:448149"}, "2017-10-17"),
        ("capture", ["PMU"], {"geonames:448149"}, "2017-10-17"),  # (what was left: taken)
    ]
    body = (
        "Reports from Sinjar say the Peshmerga have also pulled out of Sinjar and that Yazidi "
        "fighters allied to the Popular Mobilisation Units have moved in."
    )
    events = extract(body, dt.date(2017, 10, 17)).events
    assert [(e.type, acting(e), [p.role for p in e.places]) for e in events] == [
        ("withdrawal", ["Peshmerga"], ["from"]),
        ("capture", ["PMU"], ["at"]),
    ]
    # ("left" a place with a day told; not what a bombing left a town in)
    (left,) = extract("The Peshmerga left Kirkuk on Monday.", dt.date(2017, 10, 17)).events
    assert (left.type, left.actors) == ("withdrawal", ("Peshmerga",))
    body = "The bombing left Mosul in ruins on Monday."
    assert "withdrawal" not in {e.type for e in extract(body, dt.date(2017, 10, 17)).events}
    body = "Thousands of civilians left Mosul on Monday."
    assert extract(body, dt.date(2017, 10, 17)).events == ()


def test_ground_handed_over_changes_hands_but_bodies_do_not(extract: Extract) -> None:
    pub = dt.date(2017, 10, 17)
    body = "Iraqi forces took Kirkuk on Monday. The nearby Baba Gurgur field was also handed over."
    assert [(e.type, [p.name for p in e.places]) for e in extract(body, pub).events] == [
        ("capture", ["Kirkuk"]),
        ("capture", ["Baba Gurgur"]),
    ]
    body = "The bodies were handed over to their families in Mosul."
    assert extract(body, pub).events == ()


def test_who_denies_a_town_fell_is_not_who_took_it(extract: Extract) -> None:
    body = (
        "Iraqi forces retook Qayyarah on Thursday. The group's Amaq agency claimed that its "
        "fighters had destroyed several army vehicles, and denied that the town had fallen."
    )
    events = extract(body, dt.date(2016, 8, 25)).events
    (denied,) = [e for e in events if e.status == "denied"]
    assert "ISIS" not in acting(denied)


def test_government_columns_are_the_governments(extract: Extract) -> None:
    body = (
        "Peshmerga units withdrew from positions south of Kirkuk overnight, opening the way "
        "for government columns advancing from Taza."
    )
    (_, advance) = extract(body, dt.date(2017, 10, 17)).events
    assert (advance.type, acting(advance)) == ("advance", ["ISF"])


def test_whom_a_siege_shuts_in_is_besieged(extract: Extract) -> None:
    for body in (
        "The SDF encircled Manbij on Friday, trapping 2,000 ISIL fighters inside.",
        "The SDF cut the road on Thursday, isolating the ISIS fighters in Manbij.",
    ):
        (siege,) = only(extract(body, dt.date(2016, 6, 12)).events, "siege")
        assert (acting(siege), siege.extra["targets"]) == (["SDF"], ["ISIS"])


PUB = dt.date(2017, 8, 27)


def test_militants_unnamed_are_the_group_and_troops_the_army_where_they_are(
    extract: Extract,
) -> None:
    (shelled,) = extract("Militants shelled Tal Afar with mortars overnight.", PUB).events
    assert shelled.actors == ("ISIS",)
    body = (
        "Turkish tanks and Syrian rebels crossed into Syria on Wednesday. Troops entered "
        "Jarablus hours later."
    )
    entered = [e for e in extract(body, PUB).events if "Jarablus" in {p.name for p in e.places}]
    assert [e.actors[0] for e in entered] == ["Turkey"]
    (took,) = extract("Troops retook Tal Afar on Thursday.", PUB).events
    assert took.actors == ("ISF",)


def test_a_disguise_and_the_makers_of_what_is_found_are_not_the_side_acting(
    extract: Extract,
) -> None:
    body = (
        "About 25 militants, some wearing Iraqi army uniforms, attacked a checkpoint in Haditha."
    )
    (attack,) = extract(body, PUB).events
    assert attack.actors == ("ISIS",)
    body = (
        "The troops raised the Iraqi flag over the government buildings in the centre of Tal Afar "
        "and were searching houses for explosives planted by the militants."
    )
    (took,) = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert took.actors[0] == "ISF"


def test_a_town_newly_retaken_names_no_taker_and_another_thing_said_no_victims(
    extract: Extract,
) -> None:
    body = (
        "Militants on the western bank fired mortars across the river into the newly retaken "
        "al-Faisaliya neighborhood of Mosul, a local official said."
    )
    taken = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert all(e.actors == () for e in taken)
    body = (
        "The group's Amaq news agency claimed its fighters had killed dozens of soldiers and "
        "militiamen and that clashes were raging in the centre of Albu Kamal."
    )
    (clashes,) = extract(body, PUB).events
    assert "SAA" not in clashes.actors


def test_those_besieged_and_a_base_named_after_a_unit_are_not_besiegers_or_takers(
    extract: Extract,
) -> None:
    body = (
        "ISIS continues to besiege hundreds of Yezidi families and volunteer fighters in Sinjar."
    )
    (siege,) = extract(body, PUB).events
    assert (siege.actors[0], siege.extra["targets"]) == ("ISIS", ["PMU"])
    body = "On Thursday, the jihadists seized the Division 17 base near Raqqa."
    (took,) = extract(body, PUB).events
    assert took.actors == ("ISIS",)


def test_a_clause_with_its_own_subject_and_those_driven_out_or_hunted(
    extract: Extract,
) -> None:
    body = (
        "The new offensive comes as IS is under pressure elsewhere, with Iraqi forces battling "
        "the jihadists in Mosul."
    )
    (battle,) = extract(body, PUB).events
    assert (battle.actors, battle.extra["targets"]) == (("ISF", "ISIS"), ["ISIS"])
    body = (
        "US-backed fighters have breached the ancient wall surrounding Raqqa's old city, a "
        "significant step in the battle to drive Islamic State from its de facto capital."
    )
    (breach,) = extract(body, PUB).events
    assert (breach.actors, breach.extra["targets"]) == (("SDF", "ISIS"), ["ISIS"])


def test_civilians_heading_away_and_those_trying_to_flee_are_no_withdrawal(
    extract: Extract,
) -> None:
    for body in (
        "The U.N. said as many as 200,000 civilians may have fled the fighting, many heading "
        "north towards Dohuk province and the Syrian border.",
        "Civilians remain trapped in Raqqa. Those trying to flee risk snipers and landmines laid "
        "around the city's edges.",
    ):
        assert "withdrawal" not in {e.type for e in extract(body, PUB).events}, body


def test_a_place_seized_by_a_party_is_that_party_s_alone(extract: Extract) -> None:
    body = (
        "Turkey has raised concerns over further violence if Shia militias enter the majority "
        "Sunni city of Mosul, seized by Isis in 2014."
    )
    (seized,) = [e for e in extract(body, PUB).events if e.type == "capture"]
    assert seized.actors == ("ISIS",)


def test_soldiers_counted_acting_are_the_army_where_their_own_sentence_is(
    extract: Extract,
) -> None:
    body = (
        "The fall of the base comes two months after the group swept through neighbouring "
        "Iraq.\n\nAbdel Rahman said hundreds of soldiers had pulled out of Palmyra overnight "
        "and were heading west towards Homs, after more than 170 soldiers and 300 jihadists "
        "were killed."
    )
    (left,) = [e for e in extract(body, PUB).events if e.type == "withdrawal"]
    assert left.actors == ("SAA",)


def test_those_who_repelled_attacks_or_were_fought_are_the_ones_acted_against(
    extract: Extract,
) -> None:
    body = "Peshmerga forces repelled large-scale ISIS attacks on the Bashiqa front on Tuesday."
    (attacks,) = extract(body, PUB).events
    assert (attacks.actors, attacks.extra["targets"]) == (("ISIS", "Peshmerga"), ["Peshmerga"])
    body = "Iraqi forces took control of Tal Afar after hours of fighting with the Peshmerga."
    (took,) = extract(body, PUB).events
    assert (took.actors[0], took.extra["targets"]) == ("ISF", ["Peshmerga"])


def test_whose_attack_was_repelled_attacked(extract: Extract) -> None:
    body = (
        "Rebels repelled a regime attack on the town of Kafr Nabl on Monday, the Syrian "
        "Observatory for Human Rights said."
    )
    (attack,) = extract(body, dt.date(2015, 6, 10)).events
    assert (attack.actors, attack.extra["targets"]) == (("SAA", "Rebels"), ["Rebels"])
    body = "Iraqi forces repelled ISIS fighters on the edge of Haditha on Tuesday."
    (attack,) = extract(body, dt.date(2015, 6, 10)).events
    assert (attack.actors, attack.extra["targets"]) == (("ISIS", "ISF"), ["ISF"])


def test_the_group_s_fighters_said_to_have_withdrawn_are_the_group_s(extract: Extract) -> None:
    body = (
        "The Observatory said more than 100 ISIL fighters were killed in the battle, and that "
        "the group's remaining fighters withdrew south towards Raqqa."
    )
    (left,) = [e for e in extract(body, PUB).events if e.type == "withdrawal"]
    assert left.actors == ("ISIS",)


def test_the_jihadists_named_past_the_subject_are_fought_never_fellow_actors(
    extract: Extract,
) -> None:
    body = (
        "The operation to retake Fallujah, which the Islamic State had held since January "
        "2014, was launched on May 23 by the Iraqi army and the Popular Mobilization Forces."
    )
    (went,) = only(extract(body, dt.date(2016, 6, 5)).events, "advance")
    assert (acting(went), went.extra["targets"]) == (["ISF", "PMU"], ["ISIS"])
    body = (
        "In Deir Ezzor city, army units continued on Saturday their attacks in the "
        "al-Rashdiyeh neighborhood, killing a number of ISIS terrorists."
    )
    (attack,) = only(extract(body, dt.date(2017, 9, 24)).events, "attack")
    assert (acting(attack), attack.extra["targets"]) == (["SAA"], ["ISIS"])


def test_those_driven_out_or_expelled_are_acted_on(extract: Extract) -> None:
    body = (
        "Islamic State put up less resistance in Tal Afar than it had in Mosul, where Iraqi "
        "forces needed nearly nine months to drive out the militants before Abadi declared "
        "victory there on July 10."
    )
    (took,) = only(extract(body, dt.date(2017, 9, 1)).events, "capture")
    assert (acting(took), took.extra["targets"]) == (["ISF"], ["ISIS"])


def test_those_who_moved_in_behind_a_retreat_took_every_town_left_that_day(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga fighters pulled out of the towns of Gwer and Makhmour on Wednesday after "
        "coming under heavy shelling, Kurdish officials said, and Islamic State fighters moved "
        "in behind them."
    )
    left, took = extract(body, dt.date(2014, 8, 8)).events
    assert (left.type, acting(left)) == ("withdrawal", ["Peshmerga"])
    assert (took.type, acting(took), took.date) == ("capture", ["ISIS"], "2014-08-06")
    assert [p.name for p in took.places] == ["Gwer", "Makhmour"]


def test_those_under_whose_control_a_place_is_are_acted_on(extract: Extract) -> None:
    body = "Officials said the next step is a push on Mosul, the largest city under the militants' control."
    (push,) = only(extract(body, PUB).events, "advance")
    assert "ISIS" not in acting(push)
    body = (
        "Fallujah was the first Iraqi city to fall under Isis control, in January 2014, six "
        "months before the group swept into Mosul."
    )
    (swept,) = only(extract(body, PUB).events, "advance")
    assert acting(swept) == ["ISIS"]


def test_a_party_told_of_in_a_clause_about_a_place_is_not_the_next_verb_s(
    extract: Extract,
) -> None:
    body = (
        "Officials said the next target will be Anbar, where Islamic State holds much of the "
        "Euphrates valley, before an eventual push on Mosul."
    )
    (push,) = only(extract(body, dt.date(2015, 4, 20)).events, "advance")
    assert "ISIS" not in acting(push)


def test_the_fighters_its_fighters_and_those_who_withdrew_are_told_by_the_words(
    extract: Extract,
) -> None:
    body = (
        "Sunni militants led by the Islamic State seized the border crossing at al-Qaim on "
        "Saturday.\n\n"
        "The fighters took control of the town of al-Qaim, 320 km (200 miles) west of Baghdad, "
        "on Friday after a day of clashes with Iraqi soldiers and border guards, who withdrew "
        "east toward the town of Rawa.\n\n"
        "Its fighters also seized the northern town of Tal Afar last week, after fierce "
        "fighting with army units."
    )
    told = [
        (e.type, acting(e), [p.name for p in e.places])
        for e in extract(body, dt.date(2014, 6, 22)).events
    ]
    assert ("withdrawal", ["ISF"], ["al-Qaim", "Rawa"]) in told
    assert ("capture", ["ISIS"], ["Tal Afar"]) in told
    assert all(acting == ["ISIS"] for kind, acting, _ in told if kind == "capture")


def test_those_clashed_with_briefly_are_fought(extract: Extract) -> None:
    body = (
        "Iraqi troops and the Popular Mobilisation Forces advanced overnight, clashing briefly "
        "with Peshmerga units near Kirkuk, an Iraqi military statement said."
    )
    (clash,) = only(extract(body, dt.date(2017, 10, 16)).events, "attack")
    assert clash.extra["targets"] == ["Peshmerga"]


def test_a_relative_clause_s_own_subject_moves_not_the_sentence_s(extract: Extract) -> None:
    body = (
        "The U.S.-led coalition carried out airstrikes Thursday on a convoy of pro-Syrian "
        "government forces that officials said was advancing toward a base in southern Syria."
    )
    (went,) = only(extract(body, dt.date(2017, 5, 19)).events, "advance")
    assert acting(went) == ["SAA"]


def test_those_who_could_be_driven_out_take_nothing_but_leave_when_pushed_out(
    extract: Extract,
) -> None:
    body = (
        "Abadi said this week that IS could be driven out of the country within three months, "
        "revising his pledge that Mosul would be liberated by the end of the year."
    )
    (plan,) = extract(body, dt.date(2016, 12, 30)).events
    assert (plan.status, acting(plan)) == ("planned", [])
    body = "In Iraq, Isis was being pushed out of Ramadi, Fallujah and, in July, Mosul."
    left = only(extract(body, dt.date(2017, 11, 1)).events, "withdrawal")
    assert left and all(acting(e) == ["ISIS"] for e in left)


def test_forces_from_the_army_the_group_who_imposed_a_siege_and_bombs_stopped(
    extract: Extract,
) -> None:
    body = (
        '"Joint forces from the army, the PMF and the tribal Hashd liberated Akashat on '
        'Tuesday," the source said.'
    )
    (took,) = extract(body, dt.date(2017, 9, 6)).events
    assert took.extra["targets"] == [] and "ISF" in acting(took)
    body = (
        "The army has been defending Deir Ezzor city for more than two years against ISIS "
        "terrorists, who have imposed a siege on the city's residents since 2015."
    )
    (siege,) = only(extract(body, dt.date(2017, 9, 10)).events, "siege")
    assert (acting(siege), siege.extra["targets"]) == (["ISIS"], ["SAA"])
    body = (
        "Troops destroyed two car bombs driven by suicide attackers on the outskirts of Anah "
        "before they could reach their targets."
    )
    (attack,) = extract(body, dt.date(2017, 9, 6)).events
    assert "ISF" not in acting(attack)
    body = "IS fighters were pulling back toward Mosul on Monday, taking civilians with them."
    assert [e.type for e in extract(body, dt.date(2016, 10, 29)).events] == ["withdrawal"]


def test_militants_who_fled_and_were_hit_by_aircraft_are_the_ones_fleeing_and_hit(
    extract: Extract,
) -> None:
    body = (
        "Hundreds of militants who fled Fallujah in convoys were hit on Wednesday and Thursday "
        "by U.S.-led coalition and Iraqi aircraft in the desert southwest of the city, U.S. "
        "officials said."
    )
    events = extract(body, dt.date(2016, 7, 3)).events
    (fled,) = only(events, "withdrawal")
    (strike,) = only(events, "airstrike")
    assert acting(fled) == ["ISIS"]
    assert fled.date == strike.date == "2016-06-29"  # as they fled
    assert acting(strike) == ["Coalition", "ISF"]


def test_fighters_hit_by_airstrikes_are_acted_on(extract: Extract) -> None:
    body = (
        "On Saturday, the SDF said its fighters near Deir ez-Zor were hit by Russian and "
        "Syrian airstrikes, wounding six."
    )
    (strike,) = only(extract(body, dt.date(2017, 9, 17)).events, "airstrike")
    assert "SDF" not in acting(strike)


def test_reinforcements_from_the_army_are_the_army_not_its_enemy(extract: Extract) -> None:
    body = (
        "Reinforcements from the army's 7th Division and tribal fighters from the Anbar Hashd "
        "arrived from the Ain al-Asad airbase on Monday, the official said, while Iraqi and "
        "U.S.-led coalition aircraft pounded Daesh positions in and around Rutba."
    )
    events = extract(body, dt.date(2016, 10, 25)).events
    (arrived,) = only(events, "advance")
    assert set(acting(arrived)) == {"ISF", "PMU"} and arrived.extra["targets"] == []
    (strike,) = only(events, "airstrike")
    assert "PMU" not in acting(strike)


def test_who_holds_the_positions_attacked_is_not_the_attacker(extract: Extract) -> None:
    body = (
        "Daesh carried out three suicide car bomb attacks on positions held by Turkish troops "
        "and the Free Syrian Army around al-Bab, the General Staff said."
    )
    (attack,) = only(extract(body, dt.date(2016, 12, 22)).events, "attack")
    assert acting(attack) == ["ISIS"]


def test_troops_after_the_government_s_forces_are_its_own_though_turkey_was_named_before(
    extract: Extract,
) -> None:
    body = (
        "A Turkish military convoy heading towards Morek was hit by an air strike on Monday. "
        "Government forces launched their offensive on the edges of the Idlib region at the "
        "end of April. This month, troops took the village of Kafr Zita, north of Hama."
    )
    took = [e for e in extract(body, dt.date(2019, 8, 21)).events if e.type == "capture"]
    assert [e.actors[0] for e in took] == ["SAA"]


def test_rebel_fire_is_the_rebels_and_pro_government_fighters_the_army_s_side(
    extract: Extract,
) -> None:
    pub = dt.date(2016, 11, 28)
    (shelled,) = extract("Rebel shelling killed nine people in western Aleppo.", pub).events
    assert shelled.actors[:1] == ("Rebels",)
    (overran,) = extract("Pro-government fighters overran Tadef on Saturday.", pub).events
    assert overran.actors[:1] == ("SAA",)
