"""Large inputs work in bounded time: a 50 MB article, a 1 MB single line, pathological lines.

Each potentially slow step runs in a subprocess with a time limit, so that a regression to
quadratic or exponential time fails the test instead of hanging the suite.
"""

from __future__ import annotations

import datetime as dt
import os
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


def _cpu_seconds(body: str) -> float:
    gazetteer = small_gazetteer()
    article = Article("big", "t", "o", dt.date(2016, 10, 29), body)
    start = time.process_time()
    extract_article(article, gazetteer)
    return time.process_time() - start


def test_extraction_time_grows_linearly_with_the_article() -> None:
    unit = "Iraqi forces captured Mosul on Saturday. "
    small = unit * (20_000 // len(unit))
    _cpu_seconds(small)  # warm caches
    t_small = min(_cpu_seconds(small) for _ in range(2))
    t_large = _cpu_seconds(small * 8)
    # Linear: about 8 times longer for 8 times the text; quadratic: about 64 times.
    assert t_large / t_small < 16, f"20 KB: {t_small:.2f} s, 160 KB: {t_large:.2f} s"
