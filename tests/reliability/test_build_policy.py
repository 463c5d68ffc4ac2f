"""``geomap build``: a bad article fails the build and leaves ``maps/`` as it was, unless
``--keep-going``; the exit code tells a script what happened (0 ok, 1 failed, 3 skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gazetteer import Gazetteer
from geomap import io as geomap_io
from geomap.cli import main
from tests.reliability.make import write_article

pytestmark = pytest.mark.usefixtures("fast_gazetteer")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _build(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["build", *map(str, args)])


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A seeds folder with two good articles, and the maps built from it."""
    seeds, out = tmp_path / "seeds", tmp_path / "maps"
    write_article(seeds, "a.md", body="Iraqi forces captured Mosul on Saturday.\n")
    write_article(seeds, "b.md", body="Peshmerga forces besieged Kirkuk on Sunday.\n")
    result = _build(seeds, "--out", out)
    assert result.exit_code == 0, result.output
    return seeds, out, _snapshot(out)


def test_good_build_exits_0(project: tuple[Path, Path, dict[str, bytes]]) -> None:
    _, out, files = project
    assert "index.html" in files
    assert sorted(p.name for p in out.parent.iterdir()) == ["maps", "seeds"]


def test_a_bad_article_fails_and_leaves_the_maps(
    project: tuple[Path, Path, dict[str, bytes]],
) -> None:
    seeds, out, before = project
    write_article(seeds, "c.md", b"\x00\x01binary")
    write_article(seeds, "d.md", body="Text.\n", published="2016-02-30")
    result = _build(seeds, "--out", out)
    assert result.exit_code == 1
    assert "2 article file(s) in" in result.stderr
    assert "c.md: a binary file, not text" in result.stderr
    assert "d.md, line 4: front matter holds a date that does not exist" in result.stderr
    assert "--keep-going" in result.stderr
    assert f"{out}/ was left as it was" in result.stderr
    assert _snapshot(out) == before


def test_keep_going_builds_the_rest_and_exits_3(
    project: tuple[Path, Path, dict[str, bytes]],
) -> None:
    seeds, out, _ = project
    write_article(seeds, "c.md", b"")
    result = _build(seeds, "--out", out, "--keep-going")
    assert result.exit_code == 3, result.output
    assert "skipped: " in result.stderr and "c.md: empty file" in result.stderr
    assert "2 articles" in result.stderr
    assert (out / "index.html").exists()


def test_warnings_do_not_change_the_exit_code(
    project: tuple[Path, Path, dict[str, bytes]],
) -> None:
    seeds, out, _ = project
    (seeds / "copy.md").write_bytes((seeds / "a.md").read_bytes())
    write_article(seeds, "e.md", body="Mosul again.\n", extra="author: Someone\n")
    result = _build(seeds, "--out", out)
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "same text as" in result.stderr
    assert "unknown front-matter key 'author'" in result.stderr


def test_empty_seeds_folder_fails(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    result = _build(tmp_path / "seeds", "--out", tmp_path / "maps")
    assert result.exit_code == 1
    assert "seeds: no usable articles; add files (*.md, *.txt)" in result.stderr
    assert not (tmp_path / "maps").exists()


def test_out_may_not_be_the_seeds_folder(project: tuple[Path, Path, dict[str, bytes]]) -> None:
    seeds, _, _ = project
    before = _snapshot(seeds)
    for target in (seeds, seeds.parent):
        result = _build(seeds, "--out", target)
        assert result.exit_code == 1
        assert "refusing to replace" in result.stderr
    assert _snapshot(seeds) == before


def test_unwritable_maps_fails_with_a_clear_message(
    project: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, out, before = project

    def denied(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(geomap_io.tempfile, "mkdtemp", denied)
    result = _build(seeds, "--out", out)
    assert result.exit_code == 1
    assert "cannot write the maps into" in result.stderr
    assert "make that folder writable or choose another one with --out" in result.stderr
    assert _snapshot(out) == before


def test_help_documents_the_exit_codes() -> None:
    text = CliRunner().invoke(main, ["build", "--help"]).output
    for line in ("0  built from every article", "1  failed", "3  built, but some articles"):
        assert line in text


def test_the_small_gazetteer_is_in_use(fast_gazetteer: Gazetteer) -> None:
    assert Gazetteer.default() is fast_gazetteer
