"""Name indexes: look up places by :func:`~gazetteer.normalize.name_key` or variant key.

Two implementations of one small interface, :class:`NameIndex`:

- :class:`MemoryIndex` holds a few sources in dictionaries (a campaign's own file, tests);
- :class:`SqliteIndex` reads an index compiled once by :func:`compile_index` into a SQLite
  file, so that a cold process answers a look-up without parsing any source.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from gazetteer.normalize import fold_uncached, key_of_folded, variant_of_key
from gazetteer.places import Place
from gazetteer.sources import NamedPlace

__all__ = [
    "Entry",
    "KeySets",
    "MemoryIndex",
    "NameIndex",
    "SqliteIndex",
    "compile_index",
    "name_rows",
    "prominent",
]

#: Bumped whenever the layout of the compiled file or the normalisation changes.
SCHEMA_VERSION = 8
_BOX_DEGREES = 3.0
_MMAP_BYTES = 1 << 30
#: Sources an editor curated: their places always count as prominent.
CURATED = frozenset({"campaign", "regional"})
#: The populations for which :func:`compile_index` stores the prominent names ready to load:
#: those :mod:`gazetteer.scan` asks for (its _SMALL and _LARGE); others are queried.
PRECOMPILED_POPULATIONS = (1_000, 100_000)


class KeySets(NamedTuple):
    """The name keys of a set of places (of their main names, of their other names) and
    the variant keys of them all."""

    main: frozenset[str]
    other: frozenset[str]
    variants: frozenset[str]


def prominent(place: Place, min_population: int) -> bool:
    """Whether news anywhere might name ``place``: a curated entry, a country or an
    administrative area, or a place of ``min_population`` people or more."""
    return place.population >= min_population or place.feature == "A" or place.source in CURATED


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one place in an index: the folded name, its key, whether it is the main one."""

    place: Place
    folded: str
    primary: bool
    key: str = ""


class NameIndex(Protocol):
    """What the resolver needs from an index."""

    def by_key(self, key: str) -> list[Entry]:
        """Return the entries whose name has this :func:`~gazetteer.normalize.name_key`."""
        ...

    def by_variant(self, variant: str, countries: Sequence[str] = ()) -> list[Entry]:
        """Return the entries whose name has this :func:`~gazetteer.normalize.variant_key`.

        With ``countries``, only the places in them.
        """
        ...

    def keys_near(
        self, countries: Sequence[str], lat: float | None, lon: float | None
    ) -> set[str]:
        """Return the name keys of the places in ``countries`` or near ``(lat, lon)``."""
        ...

    def keys_with_prefix(self, prefix: str) -> set[str]:
        """Return the name keys that start with ``prefix``."""
        ...

    def prominent_keys(self, min_population: int) -> KeySets:
        """Return the keys and variant keys of the names of :func:`prominent` places."""
        ...


def name_rows(
    names: Iterable[str], memo: dict[str, tuple[str, str]] | None = None
) -> Iterable[tuple[str, str, str, bool]]:
    """Yield ``(key, folded, variant, primary)`` once per distinct folded spelling.

    The first name is the place's main name. ``memo`` keeps the keys of folded names
    across calls, since many places share names.
    """
    memo = {} if memo is None else memo
    seen: set[str] = set()
    for i, name in enumerate(names):
        folded = fold_uncached(name)
        if not folded or folded in seen:
            continue
        seen.add(folded)
        keys = memo.get(folded)
        if keys is None:
            key = key_of_folded(folded)
            keys = memo[folded] = (key, variant_of_key(key) if key else "")
        if keys[0]:
            yield keys[0], folded, keys[1], i == 0


class MemoryIndex:
    """A name index held in dictionaries, for small sources."""

    def __init__(self, sources: Iterable[NamedPlace]) -> None:
        self._key: dict[str, list[Entry]] = defaultdict(list)
        self._variant: dict[str, list[Entry]] = defaultdict(list)
        self._places: list[tuple[Place, set[str]]] = []
        for place, names in sources:
            keys = set()
            for key, folded, variant, primary in name_rows(names):
                entry = Entry(place, folded, primary, key)
                self._key[key].append(entry)
                if variant:
                    self._variant[variant].append(entry)
                keys.add(key)
            self._places.append((place, keys))

    def __len__(self) -> int:
        return len(self._places)

    def by_key(self, key: str) -> list[Entry]:
        """Return the entries whose name has this key."""
        return list(self._key.get(key, ()))

    def by_variant(self, variant: str, countries: Sequence[str] = ()) -> list[Entry]:
        """Return the entries whose name has this variant key (in ``countries``, if given)."""
        entries = self._variant.get(variant, []) if variant else []
        return [e for e in entries if not countries or e.place.country in countries]

    def keys_near(
        self, countries: Sequence[str], lat: float | None, lon: float | None
    ) -> set[str]:
        """Return the name keys of the places in ``countries`` or near ``(lat, lon)``."""
        out: set[str] = set()
        for place, keys in self._places:
            if place.country in countries or _in_box(place, lat, lon):
                out |= keys
        return out

    def keys_with_prefix(self, prefix: str) -> set[str]:
        """Return the name keys that start with ``prefix``."""
        return {k for k in self._key if k.startswith(prefix)}

    def prominent_keys(self, min_population: int) -> KeySets:
        """Return the keys and variant keys of the names of :func:`prominent` places."""
        main: set[str] = set()
        other: set[str] = set()
        for entries in self._key.values():
            for e in entries:
                if prominent(e.place, min_population):
                    (main if e.primary else other).add(e.key)
        variants = frozenset(filter(None, map(variant_of_key, main | other)))
        return KeySets(frozenset(main), frozenset(other - main), variants)


def _in_box(place: Place, lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None:
        return False
    return abs(place.lat - lat) <= _BOX_DEGREES and abs(place.lon - lon) <= _BOX_DEGREES


_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, place_id TEXT NOT NULL, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, country TEXT NOT NULL, feature TEXT NOT NULL,
    population INTEGER NOT NULL, source TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, folded TEXT NOT NULL, variant TEXT NOT NULL,
    main INTEGER NOT NULL, PRIMARY KEY (key, place, folded)
) WITHOUT ROWID;
CREATE TABLE key_sets (
    population INTEGER NOT NULL, kind TEXT NOT NULL, keys TEXT NOT NULL,
    PRIMARY KEY (population, kind)
);
"""
# The keys of the names of the prominent places (see :func:`prominent`), for a population:
# of their main names, of their other names (but those that are also main), their variants.
_PROMINENT_PLACES = (
    "(p.population >= :population OR p.feature = 'A' OR p.source IN ("
    + ", ".join(f"'{source}'" for source in sorted(CURATED))  # the package's own names
    + "))"
)
_PROMINENT = {
    "main": """SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place
        WHERE n.main = 1 AND {places} ORDER BY 1""",
    "other": """SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place
        WHERE n.main = 0 AND {places} EXCEPT SELECT n.key FROM names n JOIN places p
        ON p.id = n.place WHERE n.main = 1 AND {places} ORDER BY 1""",
    "variant": """SELECT DISTINCT n.variant FROM names n JOIN places p ON p.id = n.place
        WHERE n.variant != '' AND {places} ORDER BY 1""",
}
_INDEXES = """
CREATE INDEX names_variant ON names (variant) WHERE variant != '';
CREATE INDEX names_place ON names (place);
CREATE INDEX places_country ON places (country);
CREATE INDEX places_lat ON places (lat);
"""
# One query a look-up: the entries of a name with their places' columns, in the order of the
# primary key of ``names`` (a second query for the places not yet made cost as much again).
_ENTRY = (
    "SELECT n.place, n.folded, n.main, n.key, p.place_id, p.name, p.lat, p.lon, p.country,"
    " p.feature, p.population, p.source FROM names n JOIN places p ON p.id = n.place"
)
_BY_KEY = _ENTRY + " WHERE n.key = ? ORDER BY n.place, n.folded"
_BY_VARIANT = (
    _ENTRY + " WHERE n.variant = ? AND n.variant != ''{} ORDER BY n.key, n.place, n.folded"
)


def compile_index(
    path: Path,
    sources: Iterable[NamedPlace],
    meta: dict[str, str],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the places and names of ``sources`` into a new SQLite file; return the place count.

    ``progress`` is called with the number of places written so far, now and then.
    """
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        count = 0
        names: list[tuple[str, int, str, str, int]] = []
        memo: dict[str, tuple[str, str]] = {}
        for count, (place, spellings) in enumerate(sources, start=1):
            con.execute(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (count, place.place_id, place.name, place.lat, place.lon, place.country,
                 place.feature, place.population, place.source),
            )  # fmt: skip
            names += [(k, count, f, v, int(m)) for k, f, v, m in name_rows(spellings, memo)]
            if len(names) > 100_000:
                con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?, ?)", names)
                names.clear()
            if progress is not None and count % 5000 == 0:
                progress(count)
        con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?, ?)", names)
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executescript(_INDEXES + "ANALYZE;")
        for population in PRECOMPILED_POPULATIONS:
            for kind in _PROMINENT:
                keys = "\n".join(_prominent_rows(con, kind, population))
                con.execute("INSERT INTO key_sets VALUES (?, ?, ?)", (population, kind, keys))
        con.commit()
    finally:
        con.close()
    return count


class SqliteIndex:
    """A name index compiled into a SQLite file, opened read-only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        # Map the file rather than copy pages through a small cache: look-ups are random.
        self._con.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        self._places: dict[int, Place] = {}
        self._key_sets: dict[int, KeySets] = {}

    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    def meta(self) -> dict[str, str]:
        """Return the metadata recorded when the index was compiled."""
        return dict(self._con.execute("SELECT k, v FROM meta").fetchall())

    def __len__(self) -> int:
        row = self._con.execute("SELECT count(*) FROM places").fetchone()
        return int(row[0])

    def place_names(self, countries: Sequence[str] = ()) -> list[str]:
        """Return the main names of the places (in ``countries``, if given), in index order."""
        if not countries:
            return [r[0] for r in self._con.execute("SELECT name FROM places ORDER BY id")]
        sql = f"SELECT name FROM places WHERE country IN ({','.join('?' * len(countries))})"
        return [r[0] for r in self._con.execute(sql + " ORDER BY id", tuple(countries))]

    def by_key(self, key: str) -> list[Entry]:
        """Return the entries whose name has this key."""
        return self._entries(self._con.execute(_BY_KEY, (key,)))

    def by_variant(self, variant: str, countries: Sequence[str] = ()) -> list[Entry]:
        """Return the entries whose name has this variant key (in ``countries``, if given)."""
        if not variant:
            return []
        if not countries:
            return self._entries(self._con.execute(_BY_VARIANT.format(""), (variant,)))
        within = f" AND p.country IN ({','.join('?' * len(countries))})"
        return self._entries(self._con.execute(_BY_VARIANT.format(within), (variant, *countries)))

    def keys_near(
        self, countries: Sequence[str], lat: float | None, lon: float | None
    ) -> set[str]:
        """Return the name keys of the places in ``countries`` or near ``(lat, lon)``."""
        ids: set[int] = set()
        if countries:
            marks = ",".join("?" * len(countries))
            sql = f"SELECT id FROM places WHERE country IN ({marks})"
            ids |= {r[0] for r in self._con.execute(sql, tuple(countries))}
        if lat is not None and lon is not None:
            sql = "SELECT id FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
            box = (lat - _BOX_DEGREES, lat + _BOX_DEGREES, lon - _BOX_DEGREES, lon + _BOX_DEGREES)
            ids |= {r[0] for r in self._con.execute(sql, box)}
        keys: set[str] = set()
        chunk = sorted(ids)
        for i in range(0, len(chunk), 900):
            part = chunk[i : i + 900]
            sql = f"SELECT key FROM names WHERE place IN ({','.join('?' * len(part))})"
            keys |= {r[0] for r in self._con.execute(sql, part)}
        return keys

    def keys_with_prefix(self, prefix: str) -> set[str]:
        """Return the name keys that start with ``prefix``."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\uffff"
        sql = "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?"
        return {r[0] for r in self._con.execute(sql, (prefix, upper))}

    def prominent_keys(self, min_population: int) -> KeySets:
        """Return the keys and variant keys of the names of :func:`prominent` places.

        Stored whole at compile time for :data:`PRECOMPILED_POPULATIONS` (one string each,
        split in a tenth of a second), queried for any other population; remembered.
        """
        found = self._key_sets.get(min_population)
        if found is None:
            found = self._key_sets[min_population] = KeySets(
                *(self._key_set(min_population, kind) for kind in _PROMINENT)
            )
        return found

    def _key_set(self, min_population: int, kind: str) -> frozenset[str]:
        sql = "SELECT keys FROM key_sets WHERE population = ? AND kind = ?"
        row = self._con.execute(sql, (min_population, kind)).fetchone()
        if row is None:
            return frozenset(_prominent_rows(self._con, kind, min_population))
        return frozenset(row[0].split("\n")) if row[0] else frozenset()

    def _entries(self, rows: Iterable[tuple[Any, ...]]) -> list[Entry]:
        """The entries of rows of :data:`_BY_KEY` or :data:`_BY_VARIANT`; each place is made
        once per index, from the columns the row carries."""
        places, out = self._places, []
        for pid, folded, main, key, *place in rows:
            found = places.get(pid)
            if found is None:
                found = places[pid] = Place(*place)
            out.append(Entry(found, folded, bool(main), key))
        return out


def _prominent_rows(con: sqlite3.Connection, kind: str, population: int) -> Iterator[str]:
    """Yield the keys of ``kind`` (a key of :data:`_PROMINENT`) of the prominent places."""
    sql = _PROMINENT[kind].format(places=_PROMINENT_PLACES)
    for (key,) in con.execute(sql, {"population": population}):
        yield key
