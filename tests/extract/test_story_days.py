"""A story told over several sentences keeps the day it told, not the day it was published."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract, only
from geomap.dates import find_dates


def test_the_same_morning_is_the_day_told_in_the_paragraph_before(extract: Extract) -> None:
    body = (
        "The attack began before dawn on Thursday when three car bombs exploded in Kobani.\n\n"
        "On the same morning Isis militants attacked the village of Barkh Butan, about 20km "
        "south of Kobani, killing at least 23 people, the Syrian Observatory said.\n\n"
        "On Friday Kurdish fighters retook Kobani."
    )
    events = extract(body, dt.date(2015, 6, 26)).events
    (attack,) = [e for e in only(events, "attack") if "Barkh Butan" in e.quote]
    assert attack.date == "2015-06-25"


def test_a_paragraph_that_goes_on_with_they_keeps_the_day_of_the_one_before(
    extract: Extract,
) -> None:
    body = (
        "The fighting began on Saturday afternoon after troops arrested a commander at a "
        "checkpoint. Within hours, gunmen descended from the mountains and attacked army "
        "positions.\n\n"
        "They stormed the town's police station and overran an army post at Wadi Hmeid, a "
        "valley near Arsal.\n\n"
        "On Monday the army said it had retaken the ridge above Arsal."
    )
    events = extract(body, dt.date(2014, 8, 4)).events
    (taken,) = [e for e in only(events, "capture") if "Wadi Hmeid" in e.quote]
    assert taken.date == "2014-08-02"


def test_a_new_paragraph_with_another_subject_is_not_carried(extract: Extract) -> None:
    body = (
        "The fighting began on Saturday afternoon after troops arrested a commander.\n\n"
        "The Peshmerga besieged Tal Afar."
    )
    (siege,) = only(extract(body, dt.date(2014, 8, 4)).events, "siege")
    assert siege.date_text == ""


def test_how_long_a_place_was_held_does_not_date_the_withdrawal_from_it(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces took control of Kirkuk on Oct. 16, 2017, when the Peshmerga withdrew "
        "from positions they had held since the summer of 2014."
    )
    (left,) = only(extract(body, dt.date(2019, 6, 3)).events, "withdrawal")
    assert (left.date, left.date_precision) == ("2017-10-16", "day")


def test_a_phase_is_dated_by_the_day_its_clause_says_it_started(extract: Extract) -> None:
    body = (
        "The SDF launched the second phase of the operation on June 3. The first phase, which "
        "started on May 1, recaptured dozens of villages near al-Shaddadi."
    )
    (taken,) = only(extract(body, dt.date(2018, 6, 26)).events, "capture")
    assert taken.date == "2018-05-01"


@pytest.mark.parametrize(
    ("sentence", "saturday"),
    [
        # a Sunday's paper: "last weekend" is the one before, "over the weekend" this one
        ("Government forces captured Mayadin last weekend.", "2017-10-14"),
        ("Government forces captured Mayadin over the weekend.", "2017-10-21"),
    ],
)
def test_last_weekend_in_a_sunday_paper_is_the_weekend_before(
    sentence: str, saturday: str
) -> None:
    (d,) = find_dates(sentence, dt.date(2017, 10, 22))
    assert d.date.isoformat() == saturday


def test_what_an_army_went_on_to_take_is_after_the_capture_before_it(extract: Extract) -> None:
    body = (
        "The Syrian army captured Yabroud in March and went on to take Flita, pushing hundreds "
        "of fighters across the hills.\n\n"
        "On Monday the army said it had retaken the ridge above Arsal."
    )
    (flita,) = [
        e
        for e in only(extract(body, dt.date(2014, 8, 4)).events, "capture")
        if "Flita" in {p.name for p in e.places}
    ]
    assert flita.date == "2014-03-01"
    assert flita.date_end is not None and flita.date_end >= "2014-04-30"


def test_strikes_since_then_span_from_the_day_told_before(extract: Extract) -> None:
    body = (
        "Rebel factions launched an offensive on 12 February against government-held parts of "
        "Daraa city. Syrian government and Russian aircraft have carried out dozens of air "
        "strikes on rebel-held parts of the city since then."
    )
    (strikes,) = only(extract(body, dt.date(2017, 2, 22)).events, "airstrike")
    assert (strikes.date, strikes.date_end) == ("2017-02-13", "2017-02-22")


def test_an_attack_is_dated_by_its_own_day_not_by_what_it_came_before(
    extract: Extract,
) -> None:
    body = (
        "On Thursday, hundreds of gunmen attacked police stations in Falluja, freeing dozens of "
        "prisoners, before consolidating their hold on the city on Friday."
    )
    (attack,) = only(extract(body, dt.date(2014, 1, 4)).events, "attack")
    assert attack.date == "2014-01-02"


def test_fridays_assault_is_dated_friday_not_the_day_of_the_attack_it_is_likened_to(
    extract: Extract,
) -> None:
    body = (
        "Dozens of Daesh militants attacked Rutba at dawn on Sunday.\n\n"
        "Security analysts say the attack on Rutba, like Friday's assault by Daesh militants "
        "on the northern city of Kirkuk, was aimed at diverting Iraqi forces."
    )
    events = extract(body, dt.date(2016, 10, 25)).events
    (kirkuk,) = [e for e in only(events, "attack") if "Kirkuk" in {p.name for p in e.places}]
    assert kirkuk.date == "2016-10-21"


def test_a_live_entry_is_of_the_page_s_day_not_an_offensive_told_the_day_before(
    extract: Extract,
) -> None:
    body = (
        "Live updates\n\n10:00 am\nPeshmerga forces enter Shingal town from the east.\n\n"
        "9:15 am\nFighters say the town is quiet.\n\n"
        "8:30 am\nWhat happened yesterday: On Thursday morning, some 7,500 Peshmerga launched "
        "an offensive on Shingal.\n"
    )
    advances = only(extract(body, dt.date(2015, 11, 13)).events, "advance")
    assert sorted(e.date for e in advances) == ["2015-11-12", "2015-11-13"]
