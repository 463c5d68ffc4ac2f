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
from geomap.articles import Article
from geomap.extract import Extraction
from geomap.schema import DATE_PRECISIONS, EVENT_TYPES, ROLES, STATUSES, Event, EventPlace, Mention
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

ACTIONS = ("pin", "not_place", "change", "drop", "add")
#: How a mention judged not to be a place starts its note (the rest says why).
NOT_A_PLACE = "not a place"


@dataclass(frozen=True, slots=True)
class PlaceFix:
    """A place of an event as the editor gives it: a name and role, optionally located."""

    name: str
    role: str = "at"
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class EventSelector:
    """Which event an entry means: its id, or its article and a fragment of its quote."""

    id: str | None = None
    article: str | None = None
    quote: str | None = None
    type: str | None = None

    def describe(self) -> str:
        """Return the selector as a short text for messages."""
        if self.id:
            return self.id
        kind = f", type {self.type}" if self.type else ""
        return f"{self.article} {self.quote!r}{kind}"


@dataclass(frozen=True, slots=True)
class Override:
    """One validated entry of the overrides file; which fields matter depends on ``action``."""

    action: str
    line: int
    name: str | None = None
    article: str | None = None
    quote: str | None = None
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    label: str | None = None
    why: str = ""
    selector: EventSelector | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """Return what the entry targets, for messages."""
        if self.selector is not None:
            return self.selector.describe()
        if self.action == "add":
            return f"{self.fields.get('type')} in {self.article}"
        where = f" in {self.article}" if self.article else ""
        return f"{self.name!r}{where}"


@dataclass(frozen=True, slots=True)
class Overrides:
    """The entries of one overrides file; ``source`` is how messages name the file."""

    source: str = "overrides.yaml"
    entries: tuple[Override, ...] = ()


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


# --- reading and validating ------------------------------------------------------------------


class _Invalid(Exception):
    """A value does not fit its field; the message says what is expected."""


def read_overrides(path: Path) -> Overrides:
    """Read and validate an overrides file; a missing file means no overrides."""
    if not path.exists():
        return Overrides(source=path.name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverridesError(f"{path}: cannot read the overrides file: {exc}") from exc
    return parse_overrides(text, str(path))


def parse_overrides(text: str, source: str = "overrides.yaml") -> Overrides:
    """Turn the text of an overrides file into validated :class:`Overrides`.

    >>> parse_overrides("- pin: Mosul\\n  lat: 36.34\\n  lon: 43.13\\n").entries[0].line
    1
    """
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise OverridesError(
            f"{source}:{line}: not valid YAML ({exc.problem}); "
            "each entry is a '- ' list item of 'key: value' lines"
        ) from None
    finally:
        loader.dispose()
    if data is None:
        return Overrides(source=source)
    lines: dict[tuple[Any, ...], int] = {}
    _node_lines(node, (), lines, source, set())
    if not isinstance(data, list):
        raise OverridesError(
            f"{source}:{lines[()]}: expected a list of entries, each starting with "
            f"'- {': ...', '- '.join(ACTIONS)}: ...'"
        )
    entries = [_entry(item, lines, (i,), source) for i, item in enumerate(data)]
    return Overrides(source=source, entries=tuple(entries))


def _node_lines(
    node: Any, path: tuple[Any, ...], out: dict[tuple[Any, ...], int], src: str, walked: set[int]
) -> None:
    """Record the 1-based line of every node under ``path`` (a key's own line for values).

    A node reached again through a YAML alias is not walked twice, so that nested aliases
    cannot make the walk explode.
    """
    import yaml

    out.setdefault(path, node.start_mark.line + 1)
    if id(node) in walked:
        return
    walked.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise OverridesError(
                    f"{src}:{key_node.start_mark.line + 1}: {key!r} is given twice in one entry"
                )
            seen.add(key)
            out[(*path, key)] = key_node.start_mark.line + 1
            _node_lines(value_node, (*path, key), out, src, walked)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _node_lines(item, (*path, i), out, src, walked)


def _show(value: Any) -> str:
    """Return a short repr of a value for messages (long or deeply nested ones cut).

    >>> _show("x" * 100)[-6:]
    "xxx...'"
    """
    import reprlib

    short = reprlib.Repr()  # keyword arguments only from Python 3.12
    short.maxlevel, short.maxstring, short.maxother = 2, 60, 60
    return short.repr(value)


def _entry(
    item: Any, lines: Mapping[tuple[Any, ...], int], path: tuple[Any, ...], src: str
) -> Override:
    line = lines[path]
    if not isinstance(item, dict):
        raise OverridesError(
            f"{src}:{line}: expected an entry 'key: value' starting with one of {list(ACTIONS)}, "
            f"got {_show(item)}"
        )
    actions = [k for k in ACTIONS if k in item]
    if len(actions) != 1:
        raise OverridesError(
            f"{src}:{line}: an entry needs exactly one of {list(ACTIONS)}, got {sorted(map(str, item))}"
        )
    action = actions[0]
    allowed = _FIELDS[action]
    for key in item:
        if key not in allowed:
            raise OverridesError(
                f"{src}:{lines.get((*path, key), line)}: unknown key {key!r} in a {action!r} entry; "
                f"expected some of {sorted(allowed)}"
            )
    values: dict[str, Any] = {}
    for key, value in item.items():
        try:
            values[key] = allowed[key](value)
        except _Invalid as exc:
            bad = _bad_line(lines, (*path, key), exc)
            raise OverridesError(
                f"{src}:{bad}: {action} entry, {key}: expected {exc.args[0]}, got {_show(value)}"
            ) from None
    try:
        return _build(action, values, line)
    except _Invalid as exc:
        raise OverridesError(f"{src}:{line}: {action} entry: {exc.args[0]}") from None


def _bad_line(lines: Mapping[tuple[Any, ...], int], path: tuple[Any, ...], exc: _Invalid) -> int:
    """Return the line of the innermost part of a value that an error points at."""
    inner = exc.args[1] if len(exc.args) > 1 else ()
    return lines.get((*path, *inner), lines.get(path, 1))


# Field converters: each returns the value in its model form or raises _Invalid(expected).


def _text(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    hint = " (put yes, no, on, off in quotes)" if isinstance(value, bool) else ""
    raise _Invalid(f"a non-empty text{hint}")


def _choice(options: Sequence[str]) -> Any:
    def convert(value: Any) -> str:
        if value in options:
            return str(value)
        raise _Invalid(f"one of {list(options)}")

    return convert


def _date(value: Any) -> str:
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise _Invalid("a date written YYYY-MM-DD") from None


def _number(low: float, high: float, what: str) -> Any:
    def convert(value: Any) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            return float(value)
        raise _Invalid(f"{what} between {low:g} and {high:g}")

    return convert


_LAT = _number(-90, 90, "a latitude in decimal degrees")
_LON = _number(-180, 180, "a longitude in decimal degrees")


def _actors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    raise _Invalid("a list of actor ids, e.g. [PMU, ISIS]")


def _places(value: Any) -> tuple[PlaceFix, ...]:
    if not isinstance(value, list):
        raise _Invalid("a list of places, e.g. [{name: Tal Afar, role: at}]")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or "name" not in item:
            raise _Invalid("a place {name: ..., role: ...}", (i,))
        unknown = set(item) - {"name", "role", "place_id", "lat", "lon"}
        if unknown:
            raise _Invalid(
                f"place keys among name, role, place_id, lat, lon, not {sorted(unknown)}", (i,)
            )
        try:
            place = PlaceFix(
                name=_text(item["name"]),
                role=_choice(ROLES)(item.get("role", "at")),
                place_id=_text(item["place_id"]) if "place_id" in item else None,
                lat=_LAT(item["lat"]) if "lat" in item else None,
                lon=_LON(item["lon"]) if "lon" in item else None,
            )
        except _Invalid as exc:
            raise _Invalid(f"a place whose {exc.args[0]}", (i,)) from None
        if (place.lat is None) != (place.lon is None):
            raise _Invalid("a place with both lat and lon, or neither", (i,))
        out.append(place)
    return tuple(out)


def _selector(value: Any) -> EventSelector:
    if isinstance(value, str) and value.strip():
        return EventSelector(id=value.strip())
    keys = set(value) if isinstance(value, dict) else set()
    if {"article", "quote"} <= keys <= {"article", "quote", "type"}:
        return EventSelector(
            article=_text(value["article"]),
            quote=_text(value["quote"]),
            type=_choice(EVENT_TYPES)(value["type"]) if "type" in value else None,
        )
    raise _Invalid("an event id (ev-...) or {article: ..., quote: ...} with an optional type")


_EVENT: dict[str, Any] = {
    "type": _choice(EVENT_TYPES),
    "date": _date,
    "date_end": _date,
    "date_precision": _choice(DATE_PRECISIONS),
    "date_text": _text,
    "status": _choice(STATUSES),
    "claimant": _text,
    "actors": _actors,
    "places": _places,
    "confidence": _number(0, 1, "a confidence"),
}
_WHERE = {"article": _text, "quote": _text, "why": _text}
# The keys each kind of entry accepts, and how each value is read.
_FIELDS: dict[str, dict[str, Any]] = {
    "pin": {"pin": _text, **_WHERE, "place_id": _text, "lat": _LAT, "lon": _LON, "label": _text},
    "not_place": {"not_place": _text, **_WHERE},
    "change": {"change": _selector, "why": _text, **_EVENT},
    "drop": {"drop": _selector, "why": _text},
    "add": {**_EVENT, "add": _EVENT["type"], **_WHERE},
}
del _FIELDS["add"]["type"]


def _build(action: str, v: dict[str, Any], line: int) -> Override:
    """Return the entry from its values, checking what depends on more than one key."""
    fields = {k: v[k] for k in _EVENT if k in v}
    coords = ("lat" in v) + ("lon" in v)
    if action == "pin" and (coords == 1 or ("place_id" in v) == (coords == 2)):
        raise _Invalid("give either place_id, or both lat and lon")
    if fields.get("date_end", "9999") < fields.get("date", ""):
        raise _Invalid(f"date_end {fields['date_end']} is before date {fields['date']}")
    if action == "change" and not fields:
        raise _Invalid(f"say what to change: one or more of {sorted(_EVENT)}")
    if action == "add":
        missing = [k for k in ("article", "quote", "date") if k not in v]
        if missing:
            raise _Invalid(f"an added event needs {', '.join(missing)} (its source and date)")
        fields["type"] = v["add"]
    return Override(
        action, line, name=v.get(action) if action in ("pin", "not_place") else None,
        article=v.get("article"), quote=v.get("quote"), place_id=v.get("place_id"),
        lat=v.get("lat"), lon=v.get("lon"), label=v.get("label"),
        why=v.get("why", "marked by the editor" if action == "not_place" else ""),
        selector=v.get(action) if action in ("change", "drop") else None, fields=fields,
    )  # fmt: skip


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
