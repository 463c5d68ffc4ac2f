"""Cut events into timeline slices: the state of the campaign at each date.

A slice shows what happened on its date (``new``, drawn strongly) over what still holds from
earlier slices (``held``, drawn muted): towns taken, routes cut, sieges standing, plans not
yet carried out, until a later event ends them. Attacks, air strikes and movements last one
slice. Events long before the campaign are ``background`` (context on every slice, never a
slice of their own); undated events are on no slice.

Ending rules, checked against each later event that shares a place:

- a later event of the same kind at the same places replaces the earlier one;
- a town taken ends a siege of it, and a later taking of the same town;
- a link-up at a besieged place (relief reaching it) ends the siege;
- a withdrawal from a place ends its taking by the same actor (or by anyone, if no actor is
  known);
- any later event that is not a plan ends a plan at one of its places;
- an event with ``date_end`` ends on the first slice after that date.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from geomap.campaign import CAMPAIGN_FILE, Campaign
from geomap.roles import FEATURES, IN_TOWN
from geomap.schema import Event

__all__ = [
    "LASTING",
    "Slice",
    "Timeline",
    "event_headline",
    "events_to_timeline",
    "slice_key",
    "slice_label",
    "stale_captions",
]

# Kinds of event that hold beyond their own date, with the group they replace within.
LASTING = {"capture": "hold", "siege": "siege", "cut_route": "cut", "link_up": "link"}
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_VERBS = {
    "capture": "took {at}",
    "advance": "advanced on {at}",
    "withdrawal": "withdrew from {at}",
    "cut_route": "cut the route at {at}",
    "siege": "besieged {at}",
    "attack": "attacked at {at}",
    "airstrike": "struck {at} from the air",
    "link_up": "linked up at {at}",
    "planned": "planned an operation on {at}",
}
# How the party acted against joins the headline ("PMU took Tal Afar from ISIS").
_AGAINST = {"capture": " from {t}", "cut_route": " used by {t}", "withdrawal": ""}
_VERBS_TWO = {
    "advance": "advanced from {a} towards {b}",
    "withdrawal": "withdrew from {a} towards {b}",
    "cut_route": "cut the route between {a} and {b}",
    "link_up": "linked up between {a} and {b}",
    "planned": "planned to move from {a} towards {b}",
}


@dataclass(frozen=True, slots=True)
class Slice:
    """The campaign on one date: what is new and what has just ended.

    What still holds from earlier slices is :meth:`Timeline.held` (kept as spans, not as a
    list per slice, so a long campaign does not store every event once per slice).
    """

    key: str  # "2016-11-23", "2017-01" (a month), "2017" (a year): the URL hash
    date: str  # ISO date of the slice's first day
    label: str  # "23 Nov 2016", "Jan 2017"
    phase: str = ""
    new: tuple[str, ...] = ()
    ended: tuple[str, ...] = ()
    caption: str = ""  # the editor's caption, or a summary of the new events


@dataclass(frozen=True, slots=True)
class Timeline:
    """The slices of a campaign, with each event's span over them."""

    slices: tuple[Slice, ...] = ()
    background: tuple[str, ...] = ()
    undated: tuple[str, ...] = ()
    # event id -> (first slice, first slice it no longer shows on); background: (-1, n)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def held(self, index: int) -> tuple[str, ...]:
        """Return the events from earlier slices that still hold on slice ``index``."""
        return tuple(
            eid
            for eid, (s0, s1) in sorted(self.spans.items(), key=lambda kv: (kv[1][0], kv[0]))
            if 0 <= s0 < index < s1
        )


def slice_key(event: Event) -> str:
    """Return the key of the slice an event falls on, from its date and precision.

    >>> from geomap.schema import Event
    >>> e = Event("e", "capture", "2017-01-01", "month", "in January", "reported", "", "a", "o", "")
    >>> slice_key(e), slice_label(slice_key(e))
    ('2017-01', 'Jan 2017')
    """
    assert event.date is not None
    if event.date_precision == "month":
        return event.date[:7]
    if event.date_precision == "year":
        return event.date[:4]
    return event.date[:10]


def slice_label(key: str, precision: str = "day") -> str:
    """Return a reader's label for a slice key: ``23 Nov 2016``, ``Jan 2017``, ``2017``."""
    parts = key.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    label = f"{int(parts[2])} {month} {parts[0]}"
    return f"week of {label}" if precision == "week" else label


# A near place named as a feature of its own ("Haditha Dam", "Tal Afar airport").
_NAMED_FEATURE = re.compile(rf"(?i)\b(?:{FEATURES}|{IN_TOWN}|province|governorate|countryside)\b")


def _names(event: Event, *roles: str, known: Mapping[str, str] | None = None) -> list[str]:
    known = known or {}
    out = []
    for role in roles:
        for p in event.places:
            if p.role != role:
                continue
            canonical = known.get(p.place_id or "")
            same = canonical is None or canonical.casefold() in p.name.casefold()
            out.append(p.name if same else f"{p.name} ({canonical})")
    return out


def event_headline(event: Event, known: Mapping[str, str] | None = None) -> str:
    """Return one plain sentence saying what the event is, who says so and how sure it is.

    ``known`` maps place ids to the gazetteer's names: a place the sentence only describes
    ("the strategic city") is named after it ("the strategic city (Mosul)").

    >>> from geomap.schema import Event, EventPlace
    >>> e = Event("e", "cut_route", "2016-11-23", "day", "on Wednesday", "claimed", "", "a",
    ...           "Press TV", "2016-11-23", actors=("PMU",), claimant="Abu Mahdi al-Muhandis",
    ...           places=(EventPlace("Tal Afar", "between"), EventPlace("Sinjar", "between")))
    >>> event_headline(e)
    'PMU cut the route between Tal Afar and Sinjar (claimed by Abu Mahdi al-Muhandis).'
    >>> took = e.with_changes(type="capture", status="reported", actors=("PMU", "ISIS"),
    ...                       places=(EventPlace("Tal Afar", "at"),), extra={"targets": ["ISIS"]})
    >>> event_headline(took)
    'PMU took Tal Afar from ISIS.'
    """
    targets = [str(t) for t in event.extra.get("targets", ())]
    who = " and ".join(a for a in event.actors if a not in targets) or "Forces"
    a = (_names(event, "from", known=known) + _names(event, "between", known=known))[:1]
    b = (_names(event, "to", known=known) + _names(event, "between", known=known)[1:])[:1]
    if a and b and event.type in _VERBS_TWO:
        what = _VERBS_TWO[event.type].format(a=a[0], b=b[0])
    elif a and event.type == "advance" and not _names(event, "at", "to", known=known):
        near = _names(event, "near", known=known)
        what = f"advanced from {a[0]}"  # ("pushed west from the Khazir front")
        if near:  # ("crossed from Karkamis ... toward targets around Jarablus")
            what += f" towards an area near {near[0]}"
    elif b and event.type == "withdrawal" and not _names(event, "at", "near", known=known):
        # ("retreated toward the village of Wana"): not from where they went
        what = "withdrew towards " + " and ".join(_names(event, "to", known=known)[:3])
    else:
        at = _names(event, "at", "to", "between", "from", known=known)
        near = _names(event, "near", known=known)
        where = " and ".join(at[:3]) or "an unnamed place"
        if near and not at:  # "took an area near Sinjar" (but "took Haditha Dam")
            where = (
                " and ".join(near[:3])
                if _NAMED_FEATURE.search(near[0])
                else f"an area near {near[0]}"
            )
        elif near:  # "took Intisar near Mosul"
            where += f" near {near[0]}"
        what = _VERBS[event.type].format(at=where)
    if targets:
        what += _AGAINST.get(event.type, " against {t}").format(t=" and ".join(targets))
    note = {
        "claimed": f" (claimed by {event.claimant})" if event.claimant else " (claimed)",
        "planned": " (a plan, not yet a fact)",
        "denied": " (denied)",
    }.get(event.status, "")
    denier = event.extra.get("denied_by")
    if event.status == "denied" and denier:  # "(claimed by Amaq, denied by Iraqi commanders)"
        said = f"claimed by {event.claimant}, " if event.claimant else ""
        note = f" ({said}denied by {denier})"
    if event.status == "planned" and event.type == "planned":
        note = ""
    return f"{who} {what}{note}."


def _places(event: Event) -> set[str]:
    return {(p.place_id or p.name).casefold() for p in event.places}


def _ends(old: Event, new: Event) -> bool:
    """Whether ``new`` ends the still-holding ``old``; they share a place."""
    old_plan = old.type == "planned" or old.status == "planned"
    new_plan = new.type == "planned" or new.status == "planned"
    if old_plan:
        return not new_plan or (new.type == old.type and _places(new) == _places(old))
    if new_plan:
        return False
    group = LASTING.get(old.type)
    if group is not None and LASTING.get(new.type) == group and _places(new) == _places(old):
        return True
    if new.type == "capture" and old.type in ("siege", "capture"):
        return bool(_places(new) & _places(old))
    if new.type == "link_up" and old.type == "siege":  # relief reached the besieged
        return bool(_places(new) & _places(old))
    if new.type == "withdrawal" and old.type == "capture":
        same_actor = not old.actors or not new.actors or old.actors[0] in new.actors
        return same_actor and bool(set(_names(new, "from", "at")) & set(_names(old, "at")))
    return False


def _lasts(event: Event) -> bool:
    """Whether the event still holds after its date (a denied one never does)."""
    if event.status == "denied":
        return False
    return event.type in LASTING or event.type == "planned" or event.status == "planned"


def _group(
    events: Iterable[Event], campaign: Campaign
) -> tuple[dict[str, list[Event]], list[Event], list[Event]]:
    dated: dict[str, list[Event]] = defaultdict(list)
    background: list[Event] = []
    undated: list[Event] = []
    for e in sorted(events, key=lambda e: (e.date or "", e.id)):
        if e.date is None:
            undated.append(e)
        elif campaign.is_background(dt.date.fromisoformat(e.date[:10])):
            background.append(e)
        else:
            dated[slice_key(e)].append(e)
    return dated, background, undated


def events_to_timeline(
    events: Sequence[Event], campaign: Campaign, known: Mapping[str, str] | None = None
) -> Timeline:
    """Return the campaign's slices, one per distinct event date (or month, or year).

    ``known`` (place id -> gazetteer name) names described places in the captions.
    """
    dated, background, undated = _group(events, campaign)
    keys = sorted(dated, key=lambda k: (min(e.date or "" for e in dated[k]), k))
    n = len(keys)
    spans: dict[str, tuple[int, int]] = {e.id: (-1, n) for e in background}
    active = _Active()
    slices = []
    for i, key in enumerate(keys):
        new = dated[key]
        day = min(e.date or "" for e in new)[:10]
        ended = active.expire(new, day)
        for eid in ended:
            spans[eid] = (spans[eid][0], i)
        for e in new:
            lasts = _lasts(e)
            spans[e.id] = (i, n if lasts else i + 1)
            if lasts:
                active.add(e)
        phase = campaign.phase_of(dt.date.fromisoformat(day))
        precision = "week" if all(e.date_precision == "week" for e in new) else "day"
        slices.append(
            Slice(
                key=key,
                date=day,
                label=slice_label(key, precision),
                phase=phase.name if phase else "",
                new=tuple(e.id for e in new),
                ended=tuple(ended),
                caption=campaign.captions.get(key)
                or " ".join(event_headline(e, known) for e in new),
            )
        )
    return Timeline(
        slices=tuple(slices),
        background=tuple(e.id for e in background),
        undated=tuple(e.id for e in undated),
        spans=spans,
    )


class _Active:
    """The events that still hold, indexed by place and by end date."""

    def __init__(self) -> None:
        self.events: dict[str, Event] = {}
        self.by_place: dict[str, set[str]] = defaultdict(set)
        self.dated_ends: list[tuple[str, str]] = []  # (date_end, id), a heap

    def add(self, event: Event) -> None:
        """Hold ``event`` from now on."""
        self.events[event.id] = event
        for place in _places(event):
            self.by_place[place].add(event.id)
        if event.date_end is not None:
            heapq.heappush(self.dated_ends, (event.date_end, event.id))

    def expire(self, new: list[Event], day: str) -> list[str]:
        """Remove and return what the slice's events (or an elapsed ``date_end``) end."""
        ended = set()
        while self.dated_ends and self.dated_ends[0][0] < day:
            eid = heapq.heappop(self.dated_ends)[1]
            if eid in self.events:
                ended.add(eid)
        for e in new:
            for place in _places(e):
                ended.update(
                    eid for eid in self.by_place.get(place, ()) if _ends(self.events[eid], e)
                )
        for eid in ended:
            for place in _places(self.events.pop(eid)):
                self.by_place[place].discard(eid)
        return sorted(ended)


def stale_captions(events: Iterable[Event], campaign: Campaign) -> list[str]:
    """Return a warning for each editor's caption whose date is on no slice of the timeline."""
    keys = {
        slice_key(e)
        for e in events
        if e.date is not None and not campaign.is_background(dt.date.fromisoformat(e.date[:10]))
    }
    return [
        f"{CAMPAIGN_FILE}: the caption for {key} matches no date on the timeline; "
        "use a date the timeline shows (a month as YYYY-MM)"
        for key in sorted(set(campaign.captions) - keys)
    ]
