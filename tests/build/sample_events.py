"""Events made in code, modelled on what the seed articles report, for the build's tests.

Positions are (lat, lon) from GeoNames, to within a few kilometres; the quotes are the seed
articles' sentences. One quote carries hostile markup to check that article text is escaped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from geomap.articles import Article
from geomap.campaign import Campaign, Phase
from geomap.render import BuildInputs
from geomap.schema import Event, EventPlace, Mention

PLACES = {
    "Mosul": (36.34, 43.13),
    "Tal Afar": (36.38, 42.45),
    "Sinjar": (36.32, 41.88),
    "Tall Abtah": (36.18, 42.56),
    "Kirkuk": (35.47, 44.39),
    "Ramadi": (33.42, 43.30),
    "Hawijah": (35.33, 43.77),
    "Shirqat": (35.51, 43.23),
    "al-Qaim": (34.39, 40.99),
    "Syria": (36.30, 41.20),  # an approximate end: the border crossing toward Raqqa
}
HOSTILE_NAME = 'Tall Abtah <img src=x onerror="window.pwned=3">'
HOSTILE = '</script><script>window.pwned=1</script><!-- <img src=x onerror="window.pwned=2">'


def place(name: str, role: str = "at", approximate: bool = False) -> EventPlace:
    """Return a located place of the sample set."""
    lat, lon = PLACES[name]
    return EventPlace(name, role, f"sample:{name}", lat, lon, approximate)


def event(eid: str, kind: str, date: str | None, *places: EventPlace, **kw: Any) -> Event:
    """Return an event with sensible defaults for the fields a test does not care about."""
    fields: dict[str, Any] = {
        "date_precision": "day",
        "date_text": "on Wednesday",
        "status": "reported",
        "quote": f"A sentence reporting {kind}.",
        "article": "004_ba462f316ec513b2",
        "outlet": "Press TV",
        "published": date or "2016-11-23",
        "actors": ("PMU",),
        "url": "https://www.presstv.ir/Detail/2016/11/23/494848/Iraq-Mosul-Ta-Afar-PMU",
        "confidence": 0.8,
    }
    fields.update(kw)
    return Event(id=eid, type=kind, date=date, places=tuple(places), **fields)


def mosul_events() -> list[Event]:
    """Return a small campaign: background, a siege, cut routes, captures, plans, claims."""
    return [
        event(
            "ev-bg-2014",
            "capture",
            "2014-06-10",
            place("Mosul"),
            actors=("ISIS",),
            date_text="in June 2014",
            date_precision="month",
            quote="the city, which is where leader Abu Bakr al-Baghdadi unveiled his so-called caliphate in June 2014",
            outlet="Daily Express",
            url=None,
        ),
        event(
            "ev-convoy",
            "withdrawal",
            "2016-10-10",
            place("Mosul", "from"),
            place("Syria", "to", approximate=True),
            actors=("ISIS",),
            date_precision="week",
            date_text="last week",
            quote="A convoy of around 1,500 jihadi fighters ... was seen travelling to Syria last week",
            outlet="Daily Express",
            url="javascript:alert(1)",
        ),
        event(
            "ev-siege-mosul",
            "siege",
            "2016-10-17",
            place("Mosul"),
            actors=("ISF", "Peshmerga", "PMU"),
            date_text="today",
            quote="the beginning of the encirclement of Mosul today",
            outlet="Daily Express",
        ),
        event("ev-raf", "airstrike", "2016-10-17", place("Mosul"), actors=("Coalition",)),
        event(
            "ev-plan-talafar",
            "planned",
            "2016-10-29",
            place("Mosul", "from"),
            place("Tal Afar", "to"),
            status="planned",
            claimant="Ahmed al-Assadi",
            quote="The operation aims to cut supplies between Mosul and Raqqa and tighten the siege",
            outlet="The Independent",
        ),
        event("ev-ramadi", "attack", "2016-10-29", place("Ramadi"), actors=("ISIS",)),
        event(
            "ev-cut",
            "cut_route",
            "2016-11-23",
            place("Tal Afar", "between"),
            place("Sinjar", "between"),
            status="claimed",
            claimant="Abu Mahdi al-Muhandis",
            quote='"Hashd forces have cut off the Tal Afar-Sinjar road," ' + HOSTILE,
        ),
        event(
            "ev-linkup",
            "link_up",
            "2016-11-23",
            place("Tal Afar", "near"),
            actors=("PMU", "Peshmerga"),
        ),
        event(
            "ev-abtah",
            "capture",
            "2017-01-01",
            EventPlace(HOSTILE_NAME, "at", "sample:abtah", *PLACES["Tall Abtah"]),
            status="claimed",
            claimant="Ammar Ali",
            date_precision="month",
            date_text="around a month and a half ago",
            outlet="The Sun",
        ),
        event(
            "ev-east-mosul",
            "capture",
            "2017-01-01",
            place("Mosul"),
            actors=("ISF",),
            date_precision="month",
            date_text="in January",
            outlet="Tasnim News Agency",
        ),
        event(
            "ev-west-push",
            "advance",
            "2017-05-27",
            place("Tal Afar", "from"),
            place("al-Qaim", "to"),
            date_text="on Saturday",
            outlet="Tasnim News Agency",
        ),
        event(
            "ev-plan-hawijah",
            "planned",
            "2017-05-31",
            place("Hawijah"),
            place("Shirqat"),  # at two places at once: a mark at each
            status="planned",
            date_text="in the near future",
            outlet="Tasnim News Agency",
        ),
        event("ev-undated", "attack", None, place("Kirkuk"), actors=("ISIS",), date_text=""),
        event("ev-nowhere", "attack", "2016-11-23", EventPlace("Somewhere", "at")),
        event(
            "ev-bg-nowhere",
            "capture",
            "2014-01-01",
            EventPlace("northern Iraq", "at"),
            actors=("ISIS",),
            date_precision="year",
            date_text="in 2014",
        ),
    ]


def mosul_campaign() -> Campaign:
    """Return the campaign settings the sample events are sliced with."""
    return Campaign(
        title="The battle for Mosul <test>",
        subtitle="Made in code",
        countries=("IQ", "SY"),
        centre=(35.9, 42.3),
        start=dt.date(2016, 10, 17),
        background_before=dt.date(2016, 9, 1),
        phases=(Phase("Advance", dt.date(2016, 10, 1), None),),
    )


def sample_articles() -> list[Article]:
    """Return two articles, one with a URL that must not become a link."""
    return [
        Article(
            "004_ba462f316ec513b2",
            "Daesh terrorists flee <b>Mosul</b>",
            "Press TV",
            dt.date(2016, 11, 23),
            "Hashd forces have cut off the Tal Afar-Sinjar road.",
            url="https://www.presstv.ir/Detail/2016/11/23/494848/Iraq-Mosul-Ta-Afar-PMU",
        ),
        Article(
            "002_9a9b90cd654179fb",
            "ISIS ON THE RUN",
            "Daily Express",
            dt.date(2016, 10, 17),
            "the beginning of the encirclement of Mosul today",
            url="javascript:alert(1)",
        ),
    ]


def sample_inputs() -> BuildInputs:
    """Return build inputs made in code: two articles, two place mentions, the sample events.

    The second mention has no gazetteer name, so the map names it by its hostile text.
    """
    articles = tuple(sample_articles())
    mosul = Mention(
        articles[0].stem, 0, 5, "Mosul", "place", "p:mosul", "Mosul", 36.34, 43.13, True
    )
    hostile = Mention(
        articles[0].stem, 6, 9, HOSTILE_NAME, "place", "p:zz", None, 35.47, 44.39, True
    )
    return BuildInputs(
        campaign=mosul_campaign(),
        articles=articles,
        mentions=(mosul, hostile),
        events=tuple(mosul_events()),
        sha256={a.stem: "ab" * 32 for a in articles},
    )
