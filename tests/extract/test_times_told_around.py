"""An event told beside the day of a statement keeps the time its own words give."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, names, only

JARABLUS = "geonames:169179"
DOUMA = "geonames:170592"


def test_a_capture_an_operation_began_with_is_dated_when_it_began(extract: Extract) -> None:
    body = (
        "Turkish-backed rebels fighting under Operation Euphrates Shield, which began in August "
        "with the capture of the border town of Jarablus, are now pushing towards al-Bab."
    )
    (taken,) = only(extract(body, dt.date(2016, 11, 6)).events, "capture")
    assert names(taken) == {JARABLUS}
    assert (taken.date, taken.date_precision) == ("2016-08-01", "month")


def test_comes_weeks_after_dates_what_it_came_after_in_its_own_month(extract: Extract) -> None:
    body = (
        "The liberation of the southern districts of Damascus comes weeks after the army "
        "completed the liberation of the towns of Eastern Ghouta, after the militants left "
        "Douma city in the middle of April."
    )
    events = extract(body, dt.date(2018, 5, 21)).events
    # (the militants leaving Douma is an event of its own, on the day told with it)
    (douma,) = [e for e in events if DOUMA in names(e)]
    assert douma.date is not None and douma.date.startswith("2018-04")


def test_the_middle_and_the_end_of_a_month_are_parts_of_it(extract: Extract) -> None:
    body = (
        "Since the middle of August the Peshmerga have pushed the militants back from the "
        "Mosul Dam.\n\n"
        "The town of Karma was retaken at the end of May."
    )
    mentions = extract(body, dt.date(2014, 9, 30)).mentions
    dates = {(m.text, m.name) for m in mentions if m.kind == "date"}
    assert ("Since the middle of August", "2014-08-11/2014-08-20") in dates
    assert ("at the end of May", "2014-05-21/2014-05-31") in dates


def test_weeks_or_a_month_before_a_month_told_is_the_month_before_it(extract: Extract) -> None:
    body = (
        "His only known public appearance came in July 2014, when he climbed the pulpit of the "
        "Great Mosque of al-Nuri in Mosul, weeks after his fighters swept into the city.\n\n"
        "Turkey joined the coalition airstrikes in August 2015, a month after a suicide bombing "
        "in the border district of Suruc killed 33 people."
    )
    events = extract(body, dt.date(2019, 10, 27)).events
    swept = only(events, "advance")
    bombed = [e for e in only(events, "attack") if "Suruc" in {p.name for p in e.places}]
    assert [(e.date, e.date_precision) for e in swept] == [("2014-06-01", "month")]
    assert [(e.date, e.date_precision) for e in bombed] == [("2015-07-01", "month")]


def test_a_participle_past_an_undated_noun_keeps_the_time_of_the_clause_it_goes_on_with(
    extract: Extract,
) -> None:
    body = (
        "ISIL fighters swept into parts of northern Diyala in June last year during the group's "
        "lightning advance across Iraq, seizing the towns of Jalawla and Saadiya."
    )
    (seized,) = only(extract(body, dt.date(2015, 1, 26)).events, "capture")
    assert (seized.date, seized.date_precision) == ("2014-06-01", "month")


def test_a_move_with_no_time_takes_the_day_of_the_participle_going_on_with_it(
    extract: Extract,
) -> None:
    body = (
        "Isis fighters clashed with tribesmen near Mayadin on Saturday, the Observatory said.\n\n"
        "Elsewhere, Isis fighters have pushed into the countryside north of Aleppo, capturing "
        "the town of Akhtarin from rival rebel brigades on Wednesday."
    )
    events = [e for e in extract(body, dt.date(2014, 8, 16)).events if e.type != "attack"]
    assert {(e.type, e.date) for e in events} == {
        ("advance", "2014-08-13"),
        ("capture", "2014-08-13"),
    }


def test_a_count_that_fell_to_a_number_is_no_capture_and_towns_fall_over_days(
    extract: Extract,
) -> None:
    body = (
        "The minister said the number of people treated in hospitals in Raqqa and Tabqa had "
        "fallen to 29.\n\n"
        "On 10 August, Isis fighters stormed Abu Hamam, and the nearby towns of Kishkiyeh and "
        "Granij fell over the following days."
    )
    events = extract(body, dt.date(2014, 8, 16)).events
    assert {p.name for e in events for p in e.places} >= {"Abu Hamam", "Kishkiyeh", "Granij"}
    assert all(p.name not in ("Raqqa", "Tabqa") for e in events for p in e.places)
    stormed = [e for e in events if "Abu Hamam" in {p.name for p in e.places}]
    assert [e.date for e in stormed] == ["2014-08-10"]
    fell = [e for e in events if "Granij" in {p.name for p in e.places}]
    assert [(e.type, e.date_precision) for e in fell] == [("capture", "week")]


def test_a_flight_after_a_dated_recapture_is_of_that_time_not_of_the_report(
    extract: Extract,
) -> None:
    body = (
        "The Observatory said on Monday that clashes went on near Raqqa.\n\n"
        "Kurdish officials claim the group includes fighters who fled Hawija after Iraqi forces "
        "retook it last October."
    )
    (fled,) = only(extract(body, dt.date(2018, 6, 29)).events, "withdrawal")
    assert (fled.date, fled.date_precision) == ("2017-10-01", "month")


def test_strikes_since_the_start_of_the_operation_span_it(extract: Extract) -> None:
    body = (
        "The offensive was launched at dawn on Tuesday toward Anah. The Iraqi air force carried "
        "out several airstrikes on IS positions in and around Anah since the start of the "
        "operation, the Joint Operations Command said."
    )
    strikes = [e for e in extract(body, dt.date(2017, 9, 21)).events if e.type == "airstrike"]
    assert [(e.date, e.date_end) for e in strikes] == [("2017-09-19", "2017-09-21")]


def test_a_siege_ended_is_dated_when_it_ended_not_when_it_began(extract: Extract) -> None:
    body = (
        "Government forces recaptured the town of Kafr Nabl on Monday, ending a siege that "
        "began in 2013, state media said."
    )
    events = extract(body, dt.date(2016, 5, 10)).events
    assert events
    assert {(e.date, e.date_precision) for e in events} == {("2016-05-09", "day")}


def test_a_withdrawal_in_the_when_clause_of_a_since_is_dated_then(extract: Extract) -> None:
    body = (
        "Peshmerga and Kurdish security forces have held Kirkuk since June 2014, when the Iraqi "
        "army withdrew from the city as ISIS swept across northern Iraq."
    )
    events = extract(body, dt.date(2016, 10, 21)).events
    (left,) = only(events, "withdrawal")
    assert (left.date, left.date_end, left.date_precision) == ("2014-06-01", None, "month")
    assert not only(events, "advance")  # (the sweep across a country's north: no one place)


def test_days_later_in_a_sentence_of_a_month_counts_from_that_month(extract: Extract) -> None:
    body = (
        "Coalition aircraft carried out several airstrikes near Mare on Saturday.\n\n"
        "Daesh has repeatedly attacked the area since April, when opposition groups backed by "
        "Turkish artillery seized the town of al-Rai from the terror group, only to lose it "
        "again days later."
    )
    taken = only(extract(body, dt.date(2016, 5, 28)).events, "capture")
    assert taken and all(e.date < "2016-05-01" for e in taken)
    assert taken[0].actors[0] == "Rebels"
