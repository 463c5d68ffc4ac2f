"""Large inputs work in bounded time: a 50 MB article, a 1 MB single line, pathological lines.

Each potentially slow step runs in a subprocess with a time limit, so that a regression to
quadratic or exponential time fails the test instead of hanging the suite.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.articles import Article, read_article
from geomap.extract import extract_article
from tests.reliability.make import article_text, small_gazetteer

ROOT = Path(__file__).resolve().parents[2]
PROSE = (
    "Iraqi forces captured Mosul on Saturday after a week of fighting, a spokesman said. "
    "Hashd al-Shaabi fighters advanced from Tal Afar towards Sinjar. "
)


def _run_bounded(code: str, timeout: float) -> str:
    """Run ``code`` in a fresh Python and return its stdout; fail if it takes too long."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"took more than {timeout:.0f} s:\n{code}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_fifty_megabyte_article_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    body = PROSE * (50_000_000 // len(PROSE))
    path.write_text(article_text(body=body.replace(". ", ".\n")), encoding="utf-8")
    del body
    start = time.perf_counter()
    article = read_article(path)
    assert len(article.body) > 49_000_000
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize(
    "line",
    [
        "PROSE * (1_000_000 // len(PROSE))",  # a whole article on one line
        "'Aaaa ' * 200_000",  # one run of capitalised words
        "'Al-Aa-' * 150_000",  # one hyphenated name, 1 MB long
        "'.' + ')' * 1_000_000",  # closing brackets after a full stop
        "'x.' + ' ' * 1_000_000 + 'a'",  # a run of spaces inside a sentence
        "'a' * 1_000_000",  # one word
    ],
    ids=["prose", "capitals", "hyphens", "brackets", "spaces", "word"],
)
def test_one_megabyte_line_is_read_split_and_scanned(line: str) -> None:
    code = f"""
import datetime as dt
from gazetteer import scan_text
from geomap.articles import parse_article
from geomap.sentences import furniture_reasons, split_sentences
from tests.reliability.make import article_text, small_gazetteer
from tests.reliability.test_large import PROSE
line = {line}
article = parse_article(article_text(body=line + "\\n"), "big.md")
sentences = split_sentences(article.body)
furniture_reasons(article.body, sentences, article.outlet)
print(len(sentences), sum(1 for _ in scan_text(small_gazetteer(), article.body)))
"""
    _run_bounded(code, timeout=60)


def test_a_line_of_navigation_is_classified_quickly() -> None:
    code = """
from geomap.sentences import furniture_reasons, split_sentences
text = "Home  /  " * 24 + "News ."
print(furniture_reasons(text, split_sentences(text)))
"""
    _run_bounded(code, timeout=20)


def _calls(body: str) -> int:
    """The Python function calls extracting ``body`` makes: a count of the work done that,
    unlike a timing, is the same on a busy machine as on an idle one."""
    gazetteer = small_gazetteer()
    article = Article("big", "t", "o", dt.date(2016, 10, 29), body)
    extract_article(article, gazetteer)  # (caches warm)
    profile = cProfile.Profile()
    profile.runcall(extract_article, article, gazetteer)
    return int(pstats.Stats(profile).total_calls)


@pytest.mark.parametrize(
    "unit",
    [
        # (every sentence the same as the first, which is taken for the headline)
        "Iraqi forces captured Mosul on Saturday. ",
        "Hashd al-Shaabi fighters advanced from Tal Afar towards Sinjar on Friday. "
        "Iraqi forces said they had recaptured Mosul. ",
    ],
    ids=["headline-repeated", "two-sentences"],
)
def test_extraction_work_grows_linearly_with_the_article(unit: str) -> None:
    small = unit * (20_000 // len(unit))
    ratio = _calls(small * 8) / _calls(small)
    # Linear: about 8 times the work for 8 times the text; quadratic: about 64 times.
    assert ratio < 10, f"8 times the text took {ratio:.1f} times the work"
