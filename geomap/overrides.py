"""Apply an editor's corrections (``overrides.yaml``) to what extraction found.

The file is a YAML list; each entry does one thing, named by its first key (the shipped
``seeds/overrides.yaml`` documents them with examples)::

    - pin: Tall-Abtah                  # a name -> place_id, or lat and lon (and label);
      place_id: regional:tall-abtah    # everywhere, or in one article / quote
    - not_place: Baghdad               # why:, and optionally article: and quote:
    - change: ev-0123456789ab          # set type, date, status, actors, places, ...
    - drop: {article: 004_ba462f316ec513b2, quote: cut off the Tal Afar-Sinjar road}
    - add: cut_route                   # with article, a verbatim quote, date, ...

An event is addressed by its stable ``id`` or, to survive changes to the extractor, by its
article and a fragment of its quote (compared ignoring case, spacing and curly quotes), with
``type`` to tell apart two events of one sentence.

:func:`read_overrides` reads and validates the file (errors name its line);
:func:`apply_overrides` is pure and says which entries applied and which matched nothing.
Reading the file (YAML with line numbers, the keys each kind of entry accepts) lives in
:mod:`geomap._overrides_file`; its names are imported from here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from gazetteer import Gazetteer, Place, name_key
from geomap._errors import OverridesError
from geomap._overrides_file import (
    ACTIONS,
    EventSelector,
    Override,
    Overrides,
    PlaceFix,
    parse_overrides,
    read_overrides,
)
from geomap.articles import Article
from geomap.extract import Extraction
from geomap.schema import Event, EventPlace, Mention
from geomap.sentences import sentence_at, split_sentences

__all__ = [
    "ACTIONS",
    "NOT_A_PLACE",
    "EventSelector",
    "Outcome",
    "Override",
    "OverrideReport",
    "Overrides",
    "PlaceFix",
    "apply_overrides",
    "fold_quote",
    "is_not_place",
    "parse_overrides",
    "read_overrides",
]

#: How a mention judged not to be a place starts its note (the rest says why).
NOT_A_PLACE = "not a place"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one entry: ``applied``, ``stale`` (matched nothing) or ``ambiguous``."""

    line: int
    action: str
    target: str
    status: str
    matched: int = 0
    detail: str = ""


@dataclass(frozen=True, slots=True)
class OverrideReport:
    """Which overrides applied and which no longer match anything."""

    source: str = "overrides.yaml"
    outcomes: tuple[Outcome, ...] = ()

    @property
    def applied(self) -> tuple[Outcome, ...]:
        """The entries that changed something."""
        return tuple(o for o in self.outcomes if o.status == "applied")

    @property
    def stale(self) -> tuple[Outcome, ...]:
        """The entries that changed nothing: they match no mention or event, or too many."""
        return tuple(o for o in self.outcomes if o.status != "applied")

    def messages(self) -> list[str]:
        """Return one line per entry that did not apply, naming the file and line."""
        return [f"{self.source}:{o.line}: {o.action} {o.target}: {o.detail}" for o in self.stale]


def is_not_place(mention: Mention) -> bool:
    """Whether a place mention was judged not to be a place (its note says why).

    >>> is_not_place(Mention("a", 0, 7, "Baghdad", "place", note="not a place: a disease"))
    True
    """
    return (
        mention.kind == "place"
        and not mention.resolved
        and mention.note.lower().startswith(NOT_A_PLACE)
    )


# --- applying --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Work:
    """The mentions and events being corrected, and what the entries need to look things up."""

    mentions: list[Mention]
    events: list[Event]
    source: str
    articles: Mapping[str, Article]
    gazetteer: Gazetteer
    _sentences: dict[str, list[Any]] = field(default_factory=dict)

    def place(self, place_id: str, entry: Override, *names: str | None) -> Place:
        """Return the gazetteer place ``place_id`` among the candidates for ``names``."""
        found = _place_by_id(self.gazetteer, place_id, [n for n in names if n])
        if found is None:
            raise OverridesError(
                f"{self.source}:{entry.line}: place {place_id!r} is not among the gazetteer's "
                f"places named {' or '.join(repr(n) for n in names if n)}; check the id with "
                "`gazetteer resolve NAME --json`, or give lat and lon"
                + (" (or add `label:` with the place's own name)" if entry.action == "pin" else "")
            )
        return found

    def sentence(self, mention: Mention) -> str:
        """Return the sentence of its article that holds ``mention``."""
        article = self.articles.get(mention.article)
        if article is None:
            return ""
        if mention.article not in self._sentences:
            self._sentences[mention.article] = split_sentences(article.body)
        found = sentence_at(self._sentences[mention.article], mention.start)
        return found.text if found else ""

    def mark(self, extra: Mapping[str, Any], entry: Override) -> dict[str, Any]:
        """Return an event's ``extra`` noting the entry (file name and line) that changed it."""
        where = f"{Path(self.source).name}:{entry.line}"
        return {**extra, "overrides": [*extra.get("overrides", ()), where]}


def apply_overrides(
    extraction: Extraction,
    overrides: Overrides,
    articles: Iterable[Article],
    gazetteer: Gazetteer,
) -> tuple[Extraction, OverrideReport]:
    """Return the extraction with the editor's corrections applied, and what each entry did.

    Event changes, drops and additions apply first, then pins and names marked not a place,
    which reach the mentions and the places of every event (added ones too). Raises
    :class:`~geomap._errors.OverridesError` for an unknown place id, or an added event whose
    article is unknown or whose quote is not in the article's body.
    """
    work = _Work(
        mentions=list(extraction.mentions),
        events=list(extraction.events),
        source=overrides.source,
        articles={a.stem: a for a in articles},
        gazetteer=gazetteer,
    )
    outcomes: list[Outcome] = []
    for action in ("change", "drop", "add", "pin", "not_place"):
        for entry in (e for e in overrides.entries if e.action == action):
            unknown = _unknown_article(entry, work)
            outcomes.append(unknown or _APPLY[action](work, entry))
    outcomes.sort(key=lambda o: o.line)
    result = Extraction(mentions=tuple(work.mentions), events=tuple(work.events))
    return result, OverrideReport(source=overrides.source, outcomes=tuple(outcomes))


def _unknown_article(entry: Override, work: _Work) -> Outcome | None:
    stem = entry.selector.article if entry.selector else entry.article
    if stem is None or stem in work.articles:
        return None
    known = ", ".join(sorted(work.articles)) or "none"
    if entry.action == "add":
        raise OverridesError(
            f"{work.source}:{entry.line}: add entry cites article {stem!r}, which was not read; "
            f"articles are: {known}"
        )
    return _stale(entry, f"no article {stem!r} was read; articles are: {known}")


def _stale(entry: Override, detail: str, status: str = "stale", matched: int = 0) -> Outcome:
    return Outcome(entry.line, entry.action, entry.describe(), status, matched, detail)


def _applied(entry: Override, matched: int, detail: str) -> Outcome:
    return Outcome(entry.line, entry.action, entry.describe(), "applied", matched, detail)


def fold_quote(text: str) -> str:
    """Fold a quote for fragment matching: case, curly quotes and runs of spaces.

    >>> fold_quote("“Tal  Afar’s” road")
    '"tal afar\\'s" road'
    """
    text = text.translate(str.maketrans("“”„‘’‚", "\"\"\"'''"))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _select(events: Sequence[Event], selector: EventSelector) -> list[int]:
    """Return the positions of the events that ``selector`` addresses."""
    if selector.id:
        return [i for i, e in enumerate(events) if e.id == selector.id]
    fragment = fold_quote(selector.quote or "")
    return [
        i
        for i, e in enumerate(events)
        if e.article == selector.article
        and fragment in fold_quote(e.quote)
        and (selector.type is None or e.type == selector.type)
    ]


def _select_one(work: _Work, entry: Override) -> int | Outcome:
    assert entry.selector is not None  # change and drop entries always have one
    found = _select(work.events, entry.selector)
    if not found:
        return _stale(entry, "matches no event; its sentence or id may have changed")
    if len(found) > 1:
        ids = ", ".join(work.events[i].id for i in found)
        return _stale(
            entry,
            f"matches {len(found)} events ({ids}); add 'type:' or address one by its id",
            status="ambiguous",
            matched=len(found),
        )
    return found[0]


def _apply_change(work: _Work, entry: Override) -> Outcome:
    found = _select_one(work, entry)
    if isinstance(found, Outcome):
        return found
    event = work.events[found]
    changes = dict(entry.fields)
    if "places" in changes:
        changes["places"] = tuple(
            _locate(p, event.article, work, entry) for p in changes["places"]
        )
    work.events[found] = event.with_changes(**changes, extra=work.mark(event.extra, entry))
    return _applied(entry, 1, f"{event.id}: set {', '.join(sorted(entry.fields))}")


def _apply_drop(work: _Work, entry: Override) -> Outcome:
    found = _select_one(work, entry)
    if isinstance(found, Outcome):
        return found
    event = work.events.pop(found)
    return _applied(entry, 1, f"{event.id} dropped")


def _apply_add(work: _Work, entry: Override) -> Outcome:
    article = work.articles[entry.article or ""]
    quote = entry.quote or ""
    if quote not in article.body:
        raise OverridesError(_quote_error(work.source, entry, article))
    fields = entry.fields
    event = Event(
        id=_added_id(article.stem, quote, fields["type"]),
        type=fields["type"],
        date=fields["date"],
        date_end=fields.get("date_end"),
        date_precision=fields.get("date_precision", "day"),
        date_text=fields.get("date_text", ""),
        status=fields.get("status", "reported"),
        claimant=fields.get("claimant"),
        actors=fields.get("actors", ()),
        places=tuple(_locate(p, article.stem, work, entry) for p in fields.get("places", ())),
        quote=quote,
        article=article.stem,
        outlet=article.outlet,
        url=article.url,
        published=article.published.isoformat(),
        confidence=fields.get("confidence", 1.0),
        extra=work.mark({}, entry),
    )
    twin = next((e for e in work.events if _same_event(e, event)), None)
    if twin is not None:
        return _stale(entry, f"the extractor now finds this event ({twin.id}); use 'change:'")
    work.events.append(event)
    return _applied(entry, 1, f"{event.id} added")


def _same_event(a: Event, b: Event) -> bool:
    if a.article != b.article or a.type != b.type:
        return False
    qa, qb = fold_quote(a.quote), fold_quote(b.quote)
    return qa in qb or qb in qa


def _added_id(article: str, quote: str, kind: str) -> str:
    """Return a stable id for an added event, from its article, quote and type."""
    digest = hashlib.sha1(f"override\x1f{article}\x1f{quote}\x1f{kind}".encode())
    return f"ev-{digest.hexdigest()[:12]}"


def _quote_error(source: str, entry: Override, article: Article) -> str:
    quote = entry.quote or ""
    hint = "copy it from the article or the review page, character for character"
    if fold_quote(quote) in fold_quote(article.body):
        hint = "it is there only when case, spacing or quote marks are ignored; " + hint
    return (
        f"{source}:{entry.line}: add entry: quote {quote!r} is not in article "
        f"{article.stem!r} (exact match required); {hint}"
    )


def _locate(fix: PlaceFix, article: str, work: _Work, entry: Override) -> EventPlace:
    """Return an editor's place located: by id, by coordinates, or as the article resolved it."""
    if fix.place_id is not None:
        place = work.place(fix.place_id, entry, fix.name)
        return EventPlace(fix.name, fix.role, place.place_id, place.lat, place.lon)
    if fix.lat is not None and fix.lon is not None:
        return EventPlace(fix.name, fix.role, None, fix.lat, fix.lon)
    key = name_key(fix.name)
    for m in work.mentions:
        if m.article == article and m.resolved and m.kind == "place" and name_key(m.text) == key:
            return EventPlace(fix.name, fix.role, m.place_id, m.lat, m.lon)
    found = work.gazetteer.resolve(fix.name).place
    if found is not None:
        return EventPlace(fix.name, fix.role, found.place_id, found.lat, found.lon)
    return EventPlace(fix.name, fix.role)


def _name_matches(work: _Work, entry: Override, mention: Mention) -> bool:
    if mention.kind != "place" or name_key(mention.text) != name_key(entry.name or ""):
        return False
    if entry.article and mention.article != entry.article:
        return False
    return not entry.quote or fold_quote(entry.quote) in fold_quote(work.sentence(mention))


def _event_in_scope(entry: Override, event: Event) -> bool:
    if entry.article and event.article != entry.article:
        return False
    return not entry.quote or fold_quote(entry.quote) in fold_quote(event.quote)


def _apply_pin(work: _Work, entry: Override) -> Outcome:
    if entry.place_id is not None:
        place = work.place(entry.place_id, entry, entry.name, entry.label)
    else:  # coordinates given by the editor: an id of its own, from the name
        label = entry.label or entry.name or ""
        place = Place(f"pin:{name_key(label)}", label, entry.lat or 0.0, entry.lon or 0.0, "")
    place_id, name, lat, lon = place.place_id, place.name, place.lat, place.lon
    note = f"pinned ({Path(work.source).name}:{entry.line})"
    matched = already = 0
    for i, m in enumerate(work.mentions):
        # A name judged not a place is pinned only when the entry points at its sentence.
        if _name_matches(work, entry, m) and (entry.quote or not is_not_place(m)):
            already += m.place_id == place_id
            work.mentions[i] = replace(
                m, place_id=place_id, name=name, lat=lat, lon=lon, resolved=True, note=note
            )
            matched += 1
    key = name_key(entry.name or "")
    for i, ev in enumerate(work.events):
        if not _event_in_scope(entry, ev) or all(name_key(p.name) != key for p in ev.places):
            continue
        places = tuple(
            replace(p, place_id=place_id, lat=lat, lon=lon, approximate=False)
            if name_key(p.name) == key
            else p
            for p in ev.places
        )
        work.events[i] = ev.with_changes(places=places, extra=work.mark(ev.extra, entry))
        matched += 1
    if not matched:
        return _stale(entry, "matches no place mention and no event place")
    was = f"; {already} mention(s) already resolved there" if already else ""
    return _applied(entry, matched, f"-> {place_id} ({lat}, {lon}){was}")


def _apply_not_place(work: _Work, entry: Override) -> Outcome:
    note = f"{NOT_A_PLACE}: {entry.why} ({Path(work.source).name}:{entry.line})"
    matched = already = 0
    for i, m in enumerate(work.mentions):
        if _name_matches(work, entry, m):
            already += is_not_place(m)
            work.mentions[i] = replace(
                m, place_id=None, name=None, lat=None, lon=None, resolved=False, note=note
            )
            matched += 1
    key = name_key(entry.name or "")
    for i, ev in enumerate(work.events):
        kept = tuple(p for p in ev.places if name_key(p.name) != key)
        if _event_in_scope(entry, ev) and len(kept) < len(ev.places):
            work.events[i] = ev.with_changes(places=kept, extra=work.mark(ev.extra, entry))
            matched += 1
    if not matched:
        return _stale(entry, "matches no place mention and no event place")
    was = f"; {already} mention(s) already judged so by the extractor" if already else ""
    return _applied(entry, matched, f"marked not a place{was}")


_APPLY = {
    "change": _apply_change,
    "drop": _apply_drop,
    "add": _apply_add,
    "pin": _apply_pin,
    "not_place": _apply_not_place,
}


def _place_by_id(gazetteer: Gazetteer, place_id: str, names: Sequence[str]) -> Place | None:
    """Return the place ``place_id``: by the gazetteer's own look-up, else among ``names``' candidates."""
    lookup = getattr(gazetteer, "place_by_id", None)
    if callable(lookup):
        found = lookup(place_id)
        if isinstance(found, Place):
            return found
    for name in names:
        res = gazetteer.resolve(name)
        for place in (res.place, *res.candidates):
            if place is not None and place.place_id == place_id:
                return place
    return None
