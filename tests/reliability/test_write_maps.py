"""``maps/`` is replaced as a whole or not at all: failures leave the previous maps as they were."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geomap import BuildError
from geomap import io as geomap_io
from geomap.io import write_maps


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    out = tmp_path / "site" / "maps"
    write_maps(out, {"index.html": "<p>old</p>", "data/events.geojson": b"{}"})
    return out


def test_replaces_the_folder_as_a_whole(previous: Path) -> None:
    write_maps(previous, {"index.html": "<p>new</p>"})
    assert _snapshot(previous) == {"index.html": b"<p>new</p>"}
    assert sorted(p.name for p in previous.parent.iterdir()) == ["maps"]


def test_disk_full_leaves_the_previous_maps(
    previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(previous)
    calls = []

    def full(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    monkeypatch.setattr(geomap_io, "_write_file", full)
    with pytest.raises(
        BuildError, match=r"No space left on device\); the previous maps are untouched"
    ):
        write_maps(previous, {"a.html": "1", "b.html": "2", "c.html": "3"})
    assert _snapshot(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["maps"]


def test_unwritable_parent_gives_a_clear_message(
    previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(previous)

    def denied(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(geomap_io.tempfile, "mkdtemp", denied)
    with pytest.raises(
        BuildError,
        match=r"cannot write the maps into .*site \(Permission denied\); the previous maps are untouched; make that folder writable or choose another one with --out",
    ):
        write_maps(previous, {"index.html": "new"})
    assert _snapshot(previous) == before


_WRITE_NEW = """
import sys
from pathlib import Path
from geomap import BuildError
from geomap.io import write_maps
try:
    write_maps(Path(sys.argv[1]), {"index.html": "new"})
except BuildError as exc:
    print(exc)
    sys.exit(3)
"""


def _without_root_rights() -> list[str]:
    """A command prefix that takes away root's right to write anywhere (util-linux setpriv)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root needs setpriv (util-linux) to test a read-only folder"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_read_only_parent_for_real(previous: Path) -> None:
    before = _snapshot(previous)
    previous.parent.chmod(0o555)
    try:
        result = subprocess.run(
            [*_without_root_rights(), sys.executable, "-c", _WRITE_NEW, str(previous)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        previous.parent.chmod(0o755)
    assert result.returncode == 3, result.stderr
    assert "Permission denied" in result.stdout
    assert "the previous maps are untouched" in result.stdout
    assert _snapshot(previous) == before


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("not a folder")
    with pytest.raises(
        BuildError, match=r"site is a file, not a folder; choose another folder with --out"
    ):
        write_maps(tmp_path / "site" / "maps", {"index.html": "x"})
    with pytest.raises(
        BuildError, match=r"cannot create .*site/sub for the maps \(Not a directory\)"
    ):
        write_maps(tmp_path / "site" / "sub" / "maps", {"index.html": "x"})


def test_out_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "maps").write_text("keep me")
    with pytest.raises(BuildError, match="is a file, not a folder"):
        write_maps(tmp_path / "maps", {"index.html": "x"})
    assert (tmp_path / "maps").read_text() == "keep me"


def test_never_replaces_the_articles_or_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "proj" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "a.md").write_text("keep me")
    for target in (seeds, seeds.parent):
        with pytest.raises(BuildError, match=r"refusing to replace .*: it holds .*seeds"):
            write_maps(target, {"index.html": "x"}, protect=[seeds])
    monkeypatch.chdir(seeds.parent)
    with pytest.raises(BuildError, match="refusing to replace"):
        write_maps(Path("."), {"index.html": "x"})
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    with pytest.raises(BuildError, match="it is a git repository"):
        write_maps(tmp_path / "repo", {"index.html": "x"})
    assert (seeds / "a.md").read_text() == "keep me"


@pytest.mark.parametrize("rel", ["../escape.html", "/etc/x", "", "a\\..\\b"])
def test_output_paths_stay_inside(tmp_path: Path, rel: str) -> None:
    with pytest.raises(BuildError, match="not a plain relative path"):
        write_maps(tmp_path / "maps", {rel: "x"})
    assert not (tmp_path / "escape.html").exists()


def test_leftovers_of_a_killed_write_are_cleaned(previous: Path) -> None:
    parent = previous.parent
    (parent / ".maps-new-abc123").mkdir()
    (parent / ".maps-new-abc123" / "index.html").write_text("half")
    write_maps(previous, {"index.html": "new"})
    assert sorted(p.name for p in parent.iterdir()) == ["maps"]


def test_killed_between_the_two_renames_restores_the_maps(previous: Path) -> None:
    # Where the atomic exchange is missing the swap is two renames; a kill between them
    # leaves only .maps-old, which the next write puts back before anything else.
    before = _snapshot(previous)
    previous.rename(previous.with_name(".maps-old"))
    geomap_io._recover(previous)
    assert _snapshot(previous) == before


def test_fallback_swap_without_atomic_exchange(
    previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geomap_io, "_exchange", lambda a, b: False)
    write_maps(previous, {"index.html": "new"})
    assert _snapshot(previous) == {"index.html": b"new"}
    assert sorted(p.name for p in previous.parent.iterdir()) == ["maps"]


def test_files_are_flushed_to_disk(previous: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(geomap_io.os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    write_maps(previous, {"a.html": "1", "data/b.csv": "2"})
    assert len(synced) >= 2 + 2 + 1  # each file, each folder, the parent after the swap
