"""The compiled index is built once, reused, rebuilt when a source changes; imports join it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from gazetteer import Gazetteer, Region, SourceError
from gazetteer.store import Store, build_index, ensure_index, import_dump


def test_first_use_compiles_the_index_into_the_cache_dir(store: Store) -> None:
    gz = Gazetteer.default(store=store, region=Region(countries=("IQ",)))
    files = list(store.cache_dir.glob("gazetteer-*.sqlite"))
    assert len(files) == 1
    assert gz.resolve("Telafar").place.name == "Tall ‘Afar"  # type: ignore[union-attr]


def test_the_compiled_index_is_reused_not_rebuilt(store: Store) -> None:
    first = ensure_index(store).path
    stamp = first.stat().st_mtime_ns
    again = ensure_index(store).path
    assert again == first and again.stat().st_mtime_ns == stamp


def test_a_changed_source_gives_a_new_index_and_keeps_one_old(
    store: Store, fixtures: Path, tmp_path: Path
) -> None:
    oldest = ensure_index(store).path
    import_dump(store, fixtures / "IQ_sample.txt")
    older = ensure_index(store).path
    assert older != oldest and older.exists()
    other = tmp_path / "IQ_other.txt"
    dump = (fixtures / "IQ_sample.txt").read_text(encoding="utf-8")
    other.write_text(dump.replace("9900003", "9900004"), encoding="utf-8")
    import_dump(store, other)
    newest = ensure_index(store).path
    assert newest.exists() and older.exists() and not oldest.exists()


def test_processes_starting_together_compile_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def counting(store: Store, path: Path, fp: str, progress: object = None) -> int:
        built.append(path)
        return build_index(store, path, fp)

    monkeypatch.setattr("gazetteer.store.build_index", counting)
    threads = [threading.Thread(target=ensure_index, args=(store,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(built) == 1 and built[0].exists()


def test_the_cache_dir_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(tmp_path / "d"))
    assert Store.from_env() == Store(tmp_path / "c", tmp_path / "d")


def test_an_imported_dump_is_a_source_layer(store: Store, fixtures: Path) -> None:
    import_dump(store, fixtures / "IQ_sample.txt")
    gz = Gazetteer.default(store=store, region=Region(countries=("IQ",)))
    village = gz.resolve("Qaryat al-Ikhtibar")
    assert village.place is not None
    assert (village.place.source, village.place.feature) == ("geonames-import", "P")
    assert village.place.place_id == "geonames:9900001"
    mountain = gz.resolve("Jebel Ikhtibar")  # an alternate name
    assert mountain.place is not None and mountain.place.feature == "T"
    assert gz.resolve("Nahr al Ikhtibar").resolved  # a row without alternate names


def test_a_malformed_dump_is_refused_with_its_line(
    store: Store, tmp_path: Path, fixtures: Path
) -> None:
    bad = tmp_path / "XX.txt"
    good = (fixtures / "IQ_sample.txt").read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good + "\n1\tonly\tthree columns\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"XX.txt, line 2: 3 columns; a GeoNames dump has 19"):
        import_dump(store, bad)
    assert not store.imports()


def test_an_empty_dump_is_refused(store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "IQ.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(SourceError, match="no places"):
        import_dump(store, empty)


def test_a_campaign_file_comes_first(store: Store, tmp_path: Path) -> None:
    csv = tmp_path / "gazetteer.csv"
    csv.write_text(
        "place_id,name,aliases,lat,lon,country,feature,source\n"
        "campaign:mosul-old-city,Old City of Mosul,Mosul Old City,36.341,43.132,IQ,P,"
        "editor's pin from the city map\n",
        encoding="utf-8",
    )
    gz = Gazetteer.default(csv, Region(countries=("IQ",)), store=store)
    res = gz.resolve("Mosul Old City")
    assert res.place is not None and res.place.source == "campaign"


def test_a_campaign_row_without_a_source_is_refused(store: Store, tmp_path: Path) -> None:
    csv = tmp_path / "gazetteer.csv"
    csv.write_text(
        "place_id,name,aliases,lat,lon,country,feature,source\nc:1,Somewhere,,36,43,IQ,P,\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match="row 2: empty `source`"):
        Gazetteer.default(csv, store=store)


def test_a_half_written_index_never_replaces_a_good_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> object:
        raise SourceError("cities500 unreadable")
        yield  # pragma: no cover

    monkeypatch.setattr("gazetteer.store.read_cities500", broken)
    with pytest.raises(SourceError):
        ensure_index(store)
    assert not [p for p in os.listdir(store.cache_dir) if p.endswith((".sqlite", ".tmp"))]


def test_the_compiled_index_knows_the_same_prominent_names_as_its_sources(
    store: Store, tmp_path: Path
) -> None:
    from gazetteer.index import MemoryIndex, SqliteIndex, compile_index
    from gazetteer.store import _offline_sources

    path = tmp_path / "index.sqlite"
    compile_index(path, _offline_sources(store), {})
    compiled, memory = SqliteIndex(path), MemoryIndex(_offline_sources(store))
    try:
        for population in (0, 1_000, 100_000):  # stored whole, queried, stored whole
            assert compiled.prominent_keys(population) == memory.prominent_keys(population)
        assert "mosul" in compiled.prominent_keys(100_000).main
    finally:
        compiled.close()
