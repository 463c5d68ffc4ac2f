"""Extract mentions and events from articles: the whole `find -> resolve -> extract` stage.

Articles are independent of one another: :func:`extract_articles` reads them one after the
other, :func:`extract_articles_in_pool` in a pool of worker processes, each of which opens
the gazetteer once. Both give the same result, in article order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from gazetteer import Gazetteer
from geomap.articles import Article
from geomap.events import events_from_text
from geomap.mentions import read_text
from geomap.schema import Event, Mention

__all__ = ["Extraction", "extract_article", "extract_articles", "extract_articles_in_pool"]

_CHUNK = 4  # articles sent to a worker at a time


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in a set of articles."""

    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()


def extract_article(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Find the mentions of one article and the events they take part in."""
    text = read_text(article, gazetteer)
    return Extraction(mentions=tuple(text.mentions()), events=tuple(events_from_text(text)))


def extract_articles(articles: Iterable[Article], gazetteer: Gazetteer) -> Extraction:
    """Extract every article, keeping article order."""
    return _joined([extract_article(a, gazetteer) for a in articles])


def extract_articles_in_pool(
    articles: Sequence[Article], open_gazetteer: Callable[[], Gazetteer], jobs: int
) -> Extraction:
    """Extract every article in ``jobs`` worker processes, keeping article order.

    ``open_gazetteer`` is called once in each worker (it must pickle: a module-level function
    or a :func:`functools.partial` of one). With ``jobs`` 1, or a single article, no process
    is started. The result is the same as :func:`extract_articles` gives.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if jobs == 1 or len(articles) < 2:
        return extract_articles(articles, open_gazetteer())
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(articles))
    with ProcessPoolExecutor(
        workers, initializer=_open_worker, initargs=(open_gazetteer,)
    ) as pool:
        return _joined(list(pool.map(_extract_in_worker, articles, chunksize=_CHUNK)))


# The gazetteer of a worker process, opened once by the pool's initializer.
_WORKER: list[Gazetteer] = []


def _open_worker(open_gazetteer: Callable[[], Gazetteer]) -> None:
    _WORKER[:] = [open_gazetteer()]


def _extract_in_worker(article: Article) -> Extraction:
    return extract_article(article, _WORKER[0])


def _joined(parts: list[Extraction]) -> Extraction:
    return Extraction(
        mentions=tuple(m for p in parts for m in p.mentions),
        events=tuple(e for p in parts for e in p.events),
    )
