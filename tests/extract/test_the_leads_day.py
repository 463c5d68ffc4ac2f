"""The day the lead tells its news on, what a sweep did on its way, and the country across a
border."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 9, 30)  # a Tuesday


def test_undated_events_take_the_leads_day_over_days_told_in_passing(
    extract: Extract,
) -> None:
    body = (
        "Kurdish peshmerga fighters seized control of the Rabia border crossing on Tuesday, "
        "Kurdish officials said.\n\n"
        "Peshmerga units also took the village of Mahmudiya, north of Rabia, officials "
        "said.\n\n"
        "Syrian Kurdish fighters said they had attacked Islamic State positions near Yarubiya "
        "on Monday night. U.S. Central Command said on Monday that U.S. aircraft had destroyed "
        "an armed vehicle near Rabia."
    )
    events = extract(body, PUB).events
    (village,) = [e for e in only(events, "capture") if e.quote.startswith("Peshmerga units")]
    assert village.date == "2014-09-30"
    (strike,) = only(events, "airstrike")
    assert strike.date == "2014-09-29"


def test_what_a_sweep_did_on_its_way_is_dated_by_the_sweep(extract: Extract) -> None:
    body = (
        "Islamic State fighters overran Rabia in early August during a lightning offensive "
        "that drove the peshmerga out of much of Sinjar district."
    )
    events = extract(body, PUB).events
    assert {e.date for e in events} == {"2014-08-01"}


def test_kurdish_forces_at_a_crossing_with_syria_are_iraqs_in_a_story_on_iraq(
    extract: Extract,
) -> None:
    body = (
        "Kurdish forces seize border crossing with Syria from Islamic State\n\n"
        "Kurdish peshmerga fighters seized control of Rabia on Tuesday. Rabia lies on the "
        "highway from Mosul. Rabia was held since August."
    )
    actors = {a for e in extract(body, PUB).events for a in e.actors}
    assert "SDF" not in actors


def test_a_capture_named_again_by_its_noun_is_the_capture_told(extract: Extract) -> None:
    body = (
        "Kurdish peshmerga fighters seized control of Rabia on Tuesday, officials said.\n\n"
        "The capture of Rabia, a town on the main highway running west from Mosul to Syria's "
        "Hasaka province, deprives the insurgents of a crossing.\n\n"
        "Iraqi officials in Baghdad welcomed the capture of Rabia but said the government "
        "should manage the crossing, a source of friction between the Kurds and Baghdad."
    )
    (taken,) = only(extract(body, PUB).events, "capture")
    assert (taken.date, [p.name for p in taken.places]) == ("2014-09-30", ["Rabia"])
