"""Date expressions resolve against the publication date, with their precision."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.dates import anchor_relative, find_dates, span_precision

PUB = dt.date(2016, 10, 29)  # a Saturday


def one(text: str, published: dt.date = PUB) -> tuple[str, str | None, str, str]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    d = found[0]
    return d.date.isoformat(), d.date_end.isoformat() if d.date_end else None, d.precision, d.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops entered the town on Tuesday.", ("2016-10-25", None, "day", "weekday")),
        ("The attack came on Saturday.", ("2016-10-29", None, "day", "weekday")),
        ("They struck last Saturday.", ("2016-10-22", None, "day", "weekday")),
        (
            "Fallujah fell at the start of the year.",
            ("2016-01-01", "2016-01-31", "month", "yearpart"),
        ),
        (
            "Ramadi fell at the end of last year.",
            ("2015-12-01", "2015-12-31", "month", "yearpart"),
        ),
        # the day before is "Friday" or "yesterday": "last Friday" is the week before's
        ("They struck last Friday.", ("2016-10-21", None, "day", "weekday")),
        ("They struck last Thursday.", ("2016-10-27", None, "day", "weekday")),
        ("Forces will move on Monday.", ("2016-10-31", None, "day", "weekday")),
        # (the coalition's strike reports count the hours up to a morning)
        (
            "17 airstrikes near Kobane in the 24 hours to Saturday morning.",
            ("2016-10-28", "2016-10-29", "week", "hoursto"),
        ),
        # (a plan told as said is still ahead; one that had been made is not)
        (
            "An official said army units planned to move on the fields on Monday.",
            ("2016-10-31", None, "day", "weekday"),
        ),
        (
            "They had planned to move on the fields on Monday.",
            ("2016-10-24", None, "day", "weekday"),
        ),
        ("The offensive resumes next Friday.", ("2016-11-04", None, "day", "weekday")),
        ("Shelling continued overnight.", ("2016-10-28", "2016-10-29", "day", "relday")),
        ("Police said today that it held.", ("2016-10-29", None, "day", "relday")),
        ("The bridge was blown up yesterday.", ("2016-10-28", None, "day", "relday")),
        ("A convoy left last week.", ("2016-10-22", "2016-10-28", "week", "period")),
        ("Clashes erupted over the weekend.", ("2016-10-22", "2016-10-23", "week", "weekend")),
        ("Troops moved in earlier this week.", ("2016-10-24", "2016-10-29", "week", "period")),
        ("The town was taken in January.", ("2016-01-01", "2016-01-31", "month", "month")),
        ("The town was taken in November.", ("2015-11-01", "2015-11-30", "month", "month")),
        ("Fighting has raged since October 17.", ("2016-10-17", "2016-10-29", "day", "since")),
        ("The city fell two years ago.", ("2014-10-29", None, "year", "ago")),
        ("It was retaken a month and a half ago.", ("2016-09-14", None, "month", "ago")),
        ("They advanced three days ago.", ("2016-10-26", None, "day", "ago")),
        ("Villages fell in recent weeks.", ("2016-10-01", "2016-10-29", "month", "recent")),
        ("Over the past 12 days of fighting.", ("2016-10-17", "2016-10-29", "month", "recent")),
        ("The raid took place on October 31, 2015.", ("2015-10-31", None, "day", "mdy")),
        ("The raid took place on 3 March 2015.", ("2015-03-03", None, "day", "dmy")),
        ("The caliphate was declared in June 2014.", ("2014-06-01", "2014-06-30", "month", "my")),
        ("The city was seized in 2014.", ("2014-01-01", "2014-12-31", "year", "year")),
        (
            "In January this year, a report came out.",
            ("2016-01-01", "2016-01-31", "month", "month"),
        ),
        ("The road was closed on 2016-10-20.", ("2016-10-20", None, "day", "iso")),
        (
            "Operations, 17 October 2016 – 10 July 2017",
            ("2016-10-17", "2017-07-10", "year", "range"),
        ),
        ("The town was held from May to July.", ("2016-05-01", "2016-07-31", "year", "range")),
        ("A report on July to December 2015", ("2015-07-01", "2015-12-31", "year", "range")),
        ("The siege ran November to January.", ("2015-11-01", "2016-01-31", "year", "range")),
        (
            "Clashes on October 20-21 left dozens dead.",
            ("2016-10-20", "2016-10-21", "week", "range"),
        ),
        ("Clashes on 20th-21st October 2015 ended", ("2015-10-20", "2015-10-21", "week", "range")),
        # "between ... and ..." is a span too, not the last of its two ends
        (
            "More than 4,000 strikes between June and October",
            ("2016-06-01", "2016-10-31", "year", "range"),
        ),
        ("It was shelled between 5 and 9 June.", ("2016-06-05", "2016-06-09", "week", "range")),
        (
            "Raids between October 3 and 8 killed 40.",
            ("2016-10-03", "2016-10-08", "week", "range"),
        ),
        ("They retook the towns this autumn.", ("2016-09-01", "2016-10-29", "year", "season")),
        ("The town fell last summer.", ("2016-06-01", "2016-08-31", "year", "season")),
        ("The push will resume in the spring.", ("2017-03-01", "2017-05-31", "year", "season")),
        (
            "Isis swept in during the summer of 2014.",
            ("2014-06-01", "2014-08-31", "year", "season"),
        ),
        ("The town was lost in late 2014.", ("2014-09-01", "2014-12-31", "month", "year")),
        ("Twelve died in the past 24 hours.", ("2016-10-28", "2016-10-29", "week", "recent")),
        # "last October", told in October, is the year before's; a part of last year is months.
        ("Kurds took it last October.", ("2015-10-01", "2015-10-31", "month", "month")),
        ("The road was cut late last year.", ("2015-09-01", "2015-12-31", "month", "period")),
        ("They retook it a fortnight ago.", ("2016-10-15", None, "week", "ago")),
        ("The road reopened this past weekend.", ("2016-10-22", "2016-10-23", "week", "weekend")),
        (
            "By the second week of March they held it.",
            ("2016-03-08", "2016-03-14", "week", "weekof"),
        ),
        ("It fell in the last week of May 2015.", ("2015-05-25", "2015-05-31", "week", "weekof")),
        # "Last" is past, whatever promise the sentence tells of.
        (
            "It kept its promise to return to the city, which fell last June.",
            ("2016-06-01", "2016-06-30", "month", "month"),
        ),
        # A headline's promise speaks of the future: the next May, not the last.
        (
            "Commander says to complete capture of Mosul in May",
            ("2017-05-01", "2017-05-31", "month", "month"),
        ),
        # So does what could begin, or is expected, then.
        (
            "An offensive to retake Mosul could begin in March.",
            ("2017-03-01", "2017-03-31", "month", "month"),
        ),
        ("The assault is expected in March.", ("2017-03-01", "2017-03-31", "month", "month")),
        # A day told before a count of people is still a day.
        (
            "On Oct. 21, 16 soldiers were killed in attacks around the town.",
            ("2016-10-21", None, "day", "md"),
        ),
    ],
)
def test_date_expressions(text: str, expected: tuple[str, str | None, str, str]) -> None:
    assert one(text) == expected


def test_the_second_day_of_a_campaign_counts_from_the_day_told() -> None:
    text = "The campaign was launched on 9 September. On the second day, fighters went on."
    told = anchor_relative(find_dates(text, PUB))
    assert [d.iso() for d in told] == ["2016-09-09", "2016-09-10"]


def test_the_following_months_come_after_the_date_told_before() -> None:
    told = anchor_relative(
        find_dates("Troops retook Mosul in July and Hawija in the following months.", PUB)
    )
    assert [(d.iso(), d.precision) for d in told] == [
        ("2016-07-01/2016-07-31", "month"),
        ("2016-08-01/2016-10-29", "month"),
    ]
    (weeks,) = anchor_relative(find_dates("It fell in the weeks that followed.", PUB))
    # nothing told before: until now; three weeks are told to the month
    assert (weeks.date_end, weeks.precision) == (PUB, "month")


def test_a_time_told_again_in_another_zone_is_no_date_of_its_own() -> None:
    # Local Monday 2 a.m. is Sunday in London; the day is the one the story gives.
    assert find_dates("The address came shortly before 2 a.m. (2300 GMT Sunday).", PUB) == []


def test_month_not_after_publication_uses_last_year() -> None:
    assert one("retook eastern Mosul in January", dt.date(2017, 5, 31))[:2] == (
        "2017-01-01",
        "2017-01-31",
    )


def test_words_that_are_not_dates() -> None:
    assert (
        find_dates("They may resort to chlorine; the assault was to last several months.", PUB)
        == []
    )
    assert find_dates("A 2,000-strong force; 300 to 400 fighters", PUB) == []


def test_offsets_point_at_the_expression() -> None:
    text = "Iraqi forces retook eastern Mosul in January and began a new push on Saturday."
    for d in find_dates(text, dt.date(2017, 5, 31)):
        assert text[d.start : d.end] == d.text


def test_span_precision() -> None:
    assert span_precision(PUB, PUB) == "day"
    assert span_precision(PUB, PUB + dt.timedelta(days=6)) == "week"
    assert span_precision(PUB, PUB + dt.timedelta(days=20)) == "month"
    assert span_precision(PUB, PUB + dt.timedelta(days=200)) == "year"


def test_since_is_past_even_in_a_sentence_about_the_future() -> None:
    found = find_dates("The militia will storm the town, surrounded since November.", PUB)
    assert [(d.text, d.iso()) for d in found] == [("since November", "2015-11-01/2016-10-29")] or [
        d.date.isoformat()[:7] for d in found
    ] == ["2015-11"]


def test_that_year_is_the_year_told_before() -> None:
    body = "The campaign began in earnest in October 2014. On October 17 that year, it stalled."
    told = anchor_relative(find_dates(body, PUB))
    assert [d.iso() for d in told] == ["2014-10-01/2014-10-31", "2014-10-17"]


def test_a_month_with_no_year_takes_the_year_the_sentence_told_before() -> None:
    pub = dt.date(2017, 11, 17)
    body = "IS swept through Anbar in 2014, taking Fallujah in January and Rawa that summer."
    assert [d.iso() for d in find_dates(body, pub)] == [
        "2014-01-01/2014-12-31",
        "2014-01-01/2014-01-31",
        "2014-06-01/2014-08-31",
    ]
    # not past a clause of its own
    body = "The siege, which began in 2014, was broken in September."
    assert find_dates(body, pub)[-1].iso() == "2017-09-01/2017-09-30"


def test_that_month_or_season_takes_the_year_told_before() -> None:
    pub = dt.date(2017, 10, 26)
    text = "The siege was broken in January 2015. That June, the YPG took Tal Abyad."
    assert [d.iso()[:7] for d in anchor_relative(find_dates(text, pub))] == ["2015-01", "2015-06"]
    text = "The base was overrun in July 2014, and in August Isis stormed Tabqa."
    assert [d.iso()[:7] for d in find_dates(text, pub)] == ["2014-07", "2014-08"]
    text = "In June 2014 the militants took Mosul. That summer, they swept into Sinjar."
    assert [d.iso()[:4] for d in anchor_relative(find_dates(text, pub))] == ["2014", "2014"]


def test_within_a_week_counts_from_the_day_told_before() -> None:
    text = (
        "The SDF launched the operation on Sept. 9. Within a week, its fighters reached the city."
    )
    told = anchor_relative(find_dates(text, dt.date(2017, 9, 30)))
    assert [d.iso() for d in told] == ["2017-09-09", "2017-09-16"]
    # (not "in within", nor a span with no comma after it)
    assert find_dates("They must leave within a week of the deal.", dt.date(2017, 9, 30)) == []


def test_that_day_the_first_day_and_that_month_are_those_told_before() -> None:
    pub = dt.date(2017, 2, 28)
    text = (
        "The operation was launched on Aug. 24, 2016. On the first day, rebels took Jarablus. "
        "That same day, Turkish jets struck Manbij. By the end of that month, they held Dabiq."
    )
    told = anchor_relative(find_dates(text, pub))
    assert [d.iso() for d in told] == [
        "2016-08-24",
        "2016-08-24",
        "2016-08-24",
        "2016-08-01/2016-08-31",
    ]
    # (not the day of a phrase: "that day's fighting")
    assert find_dates("They recalled that day's fighting.", pub) == []


def test_years_later_count_from_the_last_date_told_whatever_its_precision() -> None:
    text = "He fled Manbij in June 2014. Two years later, he watched the siege of the town."
    told = anchor_relative(find_dates(text, dt.date(2017, 3, 3)))
    assert [(d.date.year, d.precision) for d in told] == [(2014, "month"), (2016, "year")]


def test_days_or_weeks_later_come_after_the_date_told_and_within_days_after_its_day() -> None:
    text = (
        "After Kobani in January 2015, they took Tal Abyad in June that year and Ain Issa "
        "weeks later."
    )
    told = anchor_relative(find_dates(text, dt.date(2016, 11, 8)))
    assert (told[-1].text, told[-1].iso(), told[-1].precision) == (
        "weeks later",
        "2015-07-01/2015-07-21",
        "month",
    )
    text = (
        "The offensive began on March 2, the largest since the blitz last summer. "
        "Within days, the attackers had retaken al-Dour."
    )
    told = anchor_relative(find_dates(text, dt.date(2015, 4, 1)))
    assert (told[-1].iso(), told[-1].precision) == ("2015-03-03/2015-03-05", "week")
    # Of the future, within days is from publication on, and counts from nothing.
    text = "On Monday troops entered. They expect the city to be cleared within days, but ..."
    told = anchor_relative(find_dates(text, PUB))
    assert told[-1].iso() == "2016-10-30/2016-11-01" and told[-1].future


def test_came_days_after_counts_from_the_news_not_from_a_past_day_told_long_before() -> None:
    pub = dt.date(2016, 8, 24)
    text = (
        "Biden's visit was the first since the failed coup of July 15. It was tense.\n\n"
        "The incursion came four days after a suicide bomber killed 54 people in Gaziantep."
    )
    told = anchor_relative(find_dates(text, pub), [0, 62, 77])
    assert [d.iso() for d in told] == ["2016-07-15", "2016-08-20"]
    # The day of the news, told just before, is what came after.
    text = (
        "IS blew up the mosque on Monday night. The destruction came four days after Iraqi "
        "forces began their assault."
    )
    told = anchor_relative(find_dates(text, pub), [0, 39])
    assert [d.iso() for d in told] == ["2016-08-22", "2016-08-18"]


def test_recent_weeks_are_of_the_month_most_of_them_lie_in() -> None:
    def span(text: str, published: dt.date) -> tuple[str, str | None, str]:
        (d,) = find_dates(text, published)
        return d.date.isoformat(), d.date_end and d.date_end.isoformat(), d.precision

    # Told late in February, "recent weeks" are February's, not January's
    assert span("Turkey shelled YPG positions in recent weeks.", dt.date(2016, 2, 27)) == (
        "2016-02-01",
        "2016-02-27",
        "month",
    )
    # told early in February, mostly January's
    assert span("Turkey shelled YPG positions in recent weeks.", dt.date(2016, 2, 5))[:1] == (
        "2016-01-08",
    )
    # what is to come starts from the day told
    assert span("They will push on in the coming weeks.", dt.date(2016, 2, 27))[:1] == (
        "2016-02-27",
    )


def test_days_later_than_a_month_told_are_of_that_month() -> None:
    text = (
        "In February, government forces cut the rebels' route to Aleppo. Days later, the YPG "
        "seized the Menagh air base."
    )
    told = anchor_relative(find_dates(text, dt.date(2016, 5, 28)), [0, 64], text)
    assert [(d.iso(), d.precision) for d in told] == [
        ("2016-02-01/2016-02-29", "month"),
        ("2016-02-01/2016-02-29", "month"),
    ]


def test_two_weekdays_told_together_are_both_days() -> None:
    pub = dt.date(2016, 9, 22)  # a Thursday
    (d,) = find_dates("It carried out nine air strikes on Tuesday and Wednesday.", pub)
    assert (d.date, d.date_end, d.precision) == (dt.date(2016, 9, 20), dt.date(2016, 9, 21), "day")
    # (two days told apart by other words are two dates)
    assert len(find_dates("It struck on Tuesday, and the army moved on Wednesday.", pub)) == 2
