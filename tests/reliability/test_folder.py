"""Reading a folder of articles: duplicates, clashing ids, unknown keys, empty folders, and the
build policy (refuse the folder, or keep going and list what was skipped)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geomap import ArticleError, read_articles
from geomap._errors import ArticlesRejectedError
from geomap.articles import Article, Problem, iter_articles, read_folder
from tests.reliability.make import write_article


def test_same_text_twice_is_counted_once(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    write_article(tmp_path, "b.md", title="Republished elsewhere", outlet="Another outlet")
    result = read_folder(tmp_path)
    assert [a.stem for a in result.articles] == ["a"]
    (warning,) = result.warnings
    assert warning.path.endswith("b.md")
    assert "same text as" in warning.message and "a.md" in warning.message
    assert "sha256" in warning.message and "counted once" in warning.message
    assert not result.errors


def test_same_name_in_two_folders_is_refused(tmp_path: Path) -> None:
    write_article(tmp_path / "2016", "report.md", body="Mosul first.\n")
    write_article(tmp_path / "2017", "report.md", body="Mosul again.\n")
    write_article(tmp_path, "REPORT.txt", "Headline\nText three\n")
    with pytest.raises(ArticlesRejectedError) as info:
        read_folder(tmp_path)
    message = str(info.value)
    assert "2017/report.md: article id 'report' is already used by" in message
    assert "2016/report.md" in message and "rename one of the two files" in message
    assert "REPORT.txt" in message  # with another suffix and case: the same id
    result = read_folder(tmp_path, keep_going=True)
    assert [a.stem for a in result.articles] == ["report"]
    assert len(result.errors) == 2


def test_unknown_keys_are_kept_and_reported_once(tmp_path: Path) -> None:
    for i in range(5):
        write_article(tmp_path, f"a{i}.md", body=f"Text {i}.\n", extra="author: X\nmood: calm\n")
    result = read_folder(tmp_path)
    assert all(a.extra == {"author": "X", "mood": "calm"} for a in result.articles)
    messages = [w.message for w in result.warnings]
    assert len(messages) == 2
    assert messages[0].startswith("unknown front-matter key 'author' in ")
    assert "a0.md" in messages[0] and "and 2 more" in messages[0]
    assert "the keys geomap reads are" in messages[0]


def test_a_url_that_is_not_http_is_a_warning(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", extra="url: javascript:alert(1)\n")
    result = read_folder(tmp_path)
    assert result.articles[0].url == "javascript:alert(1)"
    assert result.articles[0].link is None
    assert "never made a link" in result.warnings[0].message


def test_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("x: 1\n")
    with pytest.raises(ArticlesRejectedError, match=r"no usable articles; add files \(\*\.md"):
        read_folder(tmp_path)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_folder_that_is_not_one(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "seeds"
    if kind == "file":
        target.write_text("x")
    with pytest.raises(
        ArticleError, match=r"seeds: (no such folder|not a folder); give the folder"
    ):
        read_folder(target)


def test_one_bad_article_refuses_the_folder_and_lists_every_bad_file(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    write_article(tmp_path, "b.md", b"")
    write_article(tmp_path, "c.md", b"\xff\xfe\x00x")
    write_article(tmp_path, "d.md", body="Other text.\n", published="someday")
    with pytest.raises(ArticlesRejectedError) as info:
        read_folder(tmp_path)
    message = str(info.value)
    assert message.startswith(f"3 article file(s) in {tmp_path} cannot be used:")
    assert message.endswith("fix them, or build the others with --keep-going")
    assert [Path(p.path).name for p in info.value.problems] == ["b.md", "c.md", "d.md"]


def test_keep_going_reads_the_rest(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    write_article(tmp_path, "b.md", b"")
    result = read_folder(tmp_path, keep_going=True)
    assert [a.stem for a in result.articles] == ["a"]
    assert [Path(p.path).name for p in result.errors] == ["b.md"]


def test_only_bad_articles_is_refused_even_when_keeping_going(tmp_path: Path) -> None:
    write_article(tmp_path, "b.md", b"")
    with pytest.raises(ArticlesRejectedError, match=r"no usable articles \(1 skipped\)"):
        read_folder(tmp_path, keep_going=True)


def test_hidden_files_and_other_suffixes_are_ignored(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    write_article(tmp_path, ".draft.md", b"")
    write_article(tmp_path / ".git", "x.md", b"")
    write_article(tmp_path, "gazetteer.csv", "place_id,name\n")
    assert [a.stem for a in read_folder(tmp_path).articles] == ["a"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_article_does_not_hang(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    os.mkfifo(tmp_path / "pipe.md")
    result = read_folder(tmp_path, keep_going=True)
    assert "pipe.md: not a regular file" in result.errors[0].message


def test_iter_articles_streams(tmp_path: Path) -> None:
    for i in range(3):
        write_article(tmp_path, f"a{i}.md", body=f"Text {i}.\n")
    items = iter_articles(tmp_path)
    first = next(items)
    assert isinstance(first, Article) and first.stem == "a0"
    write_article(tmp_path, "a2.md", b"")  # read lazily: a change after the start is seen
    rest = list(items)
    assert isinstance(rest[-1], Problem) and rest[-1].path.endswith("a2.md")


def test_read_articles_raises_on_the_first_bad_one(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md")
    write_article(tmp_path, "b.md", b"")
    items = read_articles(tmp_path)
    assert next(items).stem == "a"
    with pytest.raises(ArticleError, match=r"b\.md: empty file"):
        next(items)


def test_many_bad_files_are_counted_not_all_listed(tmp_path: Path) -> None:
    write_article(tmp_path, "good.md")
    for i in range(25):
        write_article(tmp_path, f"bad{i:02d}.md", b"")
    with pytest.raises(ArticlesRejectedError) as info:
        read_folder(tmp_path)
    assert str(info.value).count("empty file") == 20
    assert "  and 5 more\n" in str(info.value)
    assert len(info.value.problems) == 25
