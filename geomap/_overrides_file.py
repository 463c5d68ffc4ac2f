"""Read and validate an overrides file: YAML with line numbers, the keys each entry accepts.

:func:`read_overrides` and :func:`parse_overrides` turn ``overrides.yaml`` into the entries
defined here (:class:`Overrides` of :class:`Override`); an error names the file and the line
of the bad value. :mod:`geomap.overrides` applies them and is where these names are imported from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap._errors import OverridesError
from geomap.schema import DATE_PRECISIONS, EVENT_TYPES, ROLES, STATUSES

ACTIONS = ("pin", "not_place", "change", "drop", "add")


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
