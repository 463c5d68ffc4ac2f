"""Slices: new events strong, earlier ones that still hold muted, until a later event ends them."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from geomap.campaign import Campaign, CampaignError, parse_campaign, read_campaign
from geomap.schema import Event
from geomap.slices import event_headline, events_to_timeline, slice_label

from .sample_events import event, place


def _by_key(events: list[Event], campaign: Campaign):  # type: ignore[no-untyped-def]
    timeline = events_to_timeline(events, campaign)
    return timeline, {s.key: s for s in timeline.slices}


def _held(events: list[Event], campaign: Campaign, key: str) -> set[str]:
    timeline = events_to_timeline(events, campaign)
    keys = [s.key for s in timeline.slices]
    return set(timeline.held(keys.index(key)))


def test_slices_come_from_event_dates(events: list[Event], campaign: Campaign) -> None:
    timeline, _ = _by_key(events, campaign)
    assert [s.key for s in timeline.slices] == [
        "2016-10-10",
        "2016-10-17",
        "2016-10-29",
        "2016-11-23",
        "2017-01",
        "2017-05-27",
        "2017-05-31",
    ]
    assert [s.label for s in timeline.slices][:2] == ["week of 10 Oct 2016", "17 Oct 2016"]
    assert timeline.slices[4].label == "Jan 2017"


def test_background_and_undated_are_not_slices(events: list[Event], campaign: Campaign) -> None:
    timeline, _ = _by_key(events, campaign)
    assert timeline.background == ("ev-bg-nowhere", "ev-bg-2014")
    assert timeline.undated == ("ev-undated",)
    assert timeline.spans["ev-bg-2014"] == (-1, len(timeline.slices))
    assert "ev-undated" not in timeline.spans


def test_what_holds_stays_muted_until_ended(events: list[Event], campaign: Campaign) -> None:
    _, s = _by_key(events, campaign)
    # The siege stands from 17 Oct; the plan on Tal Afar holds until the link-up there.
    assert "ev-siege-mosul" in s["2016-10-17"].new
    assert "ev-siege-mosul" in _held(events, campaign, "2016-10-29")
    assert "ev-plan-talafar" in s["2016-11-23"].ended
    assert _held(events, campaign, "2016-11-23") == {"ev-siege-mosul"}
    # The cut route holds; taking Mosul in January ends the siege.
    assert "ev-cut" in _held(events, campaign, "2017-01")
    assert "ev-siege-mosul" in s["2017-01"].ended
    assert _held(events, campaign, "2017-05-31") >= {
        "ev-cut",
        "ev-east-mosul",
        "ev-abtah",
        "ev-linkup",
    }
    # Momentary events last one slice.
    assert "ev-raf" not in _held(events, campaign, "2016-10-29")
    assert "ev-west-push" not in _held(events, campaign, "2017-05-31")


def test_spans_match_new_and_held(events: list[Event], campaign: Campaign) -> None:
    timeline, _ = _by_key(events, campaign)
    for i, sl in enumerate(timeline.slices):
        for eid in sl.new:
            assert timeline.spans[eid][0] == i
        for eid in timeline.held(i):
            s0, s1 = timeline.spans[eid]
            assert s0 < i < s1


def test_a_later_capture_replaces_an_earlier_one() -> None:
    first = event("a", "capture", "2016-11-01", place("Tal Afar"), actors=("ISIS",))
    second = event("b", "capture", "2016-12-01", place("Tal Afar"), actors=("PMU",))
    timeline = events_to_timeline([first, second], Campaign())
    assert timeline.slices[1].ended == ("a",)
    assert timeline.spans["a"] == (0, 1)


def test_withdrawal_ends_the_same_actors_hold() -> None:
    took = event("a", "capture", "2016-11-01", place("Tal Afar"), actors=("ISIS",))
    left = event("b", "withdrawal", "2016-12-01", place("Tal Afar", "from"), actors=("ISIS",))
    assert events_to_timeline([took, left], Campaign()).slices[1].ended == ("a",)


def test_date_end_ends_an_event() -> None:
    siege = event("a", "siege", "2016-11-01", place("Tal Afar"), date_end="2016-11-10")
    later = event("b", "attack", "2016-12-01", place("Kirkuk"))
    assert events_to_timeline([siege, later], Campaign()).slices[1].ended == ("a",)


def test_editor_caption_and_phase(events: list[Event]) -> None:
    campaign = parse_campaign(
        {
            "title": "T",
            "start": "2016-10-17",
            "phases": [{"name": "Encirclement", "start": "2016-10-17", "end": "2016-12-31"}],
            "captions": {dt.date(2016, 11, 23): "The last road west is cut."},
        }
    )
    _, s = _by_key(events, campaign)
    assert s["2016-11-23"].caption == "The last road west is cut."
    assert s["2016-11-23"].phase == "Encirclement"
    assert s["2017-01"].phase == ""
    assert "PMU" in s["2016-10-29"].caption


def test_headlines_say_claims_and_plans() -> None:
    plan = event("p", "planned", "2017-05-31", place("Hawijah"), status="planned")
    assert event_headline(plan) == "PMU planned an operation on Hawijah."
    claim = event("c", "capture", "2017-01-01", place("Tall Abtah"), status="claimed")
    assert event_headline(claim) == "PMU took Tall Abtah (claimed)."
    # The town a part of it lies in follows the part.
    part = event("n", "capture", "2017-01-01", place("Tall Abtah"), place("Mosul", role="near"))
    assert event_headline(part) == "PMU took Tall Abtah near Mosul."
    assert slice_label("2017") == "2017"


def test_a_retreat_told_only_by_where_it_went_does_not_say_it_came_from_there() -> None:
    went = event("w", "withdrawal", "2017-01-01", place("Sinjar", role="to"))
    assert event_headline(went) == "PMU withdrew towards Sinjar."
    left = event("l", "withdrawal", "2017-01-01", place("Tal Afar", role="from"))
    assert event_headline(left) == "PMU withdrew from Tal Afar."


def test_an_advance_from_a_place_towards_another_s_surroundings_says_both() -> None:
    moved = event("a", "advance", "2017-01-01", place("Sinjar", "from"), place("Tal Afar", "near"))
    assert event_headline(moved) == "PMU advanced from Sinjar towards an area near Tal Afar."


def test_seeds_campaign_file_reads(seeds_dir) -> None:  # type: ignore[no-untyped-def]
    c = read_campaign(seeds_dir)
    assert c.title.startswith("The battle for Mosul")
    assert c.countries == ("IQ", "SY") and c.start == dt.date(2016, 10, 17)
    assert [p.name for p in c.phases] == ["Advance and encirclement", "East Mosul", "West Mosul"]
    assert c.is_background(dt.date(2014, 6, 10)) and not c.is_background(dt.date(2016, 10, 10))


def test_missing_campaign_file_gives_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert read_campaign(tmp_path, default_title="X").title == "X"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"titel": "x"}, "unknown keys"),
        ({"start": "17 Oct"}, "not a date"),
        ({"region": {"centre": [200, 0]}}, "lat, lon"),
        ({"phases": [{"name": "A", "start": "2017-01-02", "end": "2017-01-01"}]}, "ends before"),
        ({"phases": [{"start": "2017-01-02"}]}, "needs at least a name"),
    ],
)
def test_bad_campaign_files_say_what_to_fix(data: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(CampaignError, match=message):
        parse_campaign(data, "campaign.yaml")


def test_campaign_yaml_is_yaml(seeds_dir) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(yaml.safe_load((seeds_dir / "campaign.yaml").read_text()), dict)


def test_a_caption_for_a_date_not_on_the_timeline_is_reported(events: list[Event]) -> None:
    from geomap.slices import stale_captions

    campaign = parse_campaign({"captions": {"2016-11-23": "ok", "2016-11-24": "typo"}})
    (warning,) = stale_captions(events, campaign)
    assert "2016-11-24" in warning and "campaign.yaml" in warning


def test_relief_reaching_a_besieged_town_ends_its_siege() -> None:
    siege = event("a", "siege", "2016-11-01", place("Tal Afar"), actors=("ISIS",))
    relief = event("b", "link_up", "2016-12-01", place("Tal Afar"), actors=("SAA",))
    timeline = events_to_timeline([siege, relief], Campaign())
    assert timeline.slices[1].ended == ("a",)


def test_a_denied_event_does_not_hold_after_its_date(campaign: Campaign) -> None:
    taken = event("d", "capture", "2016-11-23", place("Kirkuk"), status="denied")
    later = event("l", "attack", "2016-12-01", place("Mosul"))
    timeline = events_to_timeline([taken, later], campaign)
    keys = [s.key for s in timeline.slices]
    assert timeline.held(keys.index("2016-12-01")) == ()
