"""Extract mentions and events from articles: the whole `find -> resolve -> extract` stage.

Articles are independent of one another: :func:`extract_articles` reads them one after the
other, :func:`extract_articles_in_pool` in a pool of worker processes, each of which opens
the gazetteer once. Both give the same result, in article order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from gazetteer import Gazetteer
from geomap.articles import Article
from geomap.events import events_from_text
from geomap.mentions import read_text
from geomap.schema import Event, EventPlace, Mention

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
        packed = pool.map(_extract_in_worker, articles, chunksize=_CHUNK)
        return _joined([_unpacked(p) for p in packed])


# The gazetteer of a worker process, opened once by the pool's initializer.
_WORKER: list[Gazetteer] = []


def _open_worker(open_gazetteer: Callable[[], Gazetteer]) -> None:
    _WORKER[:] = [open_gazetteer()]


def _extract_in_worker(article: Article) -> _Packed:
    return _packed(extract_article(article, _WORKER[0]))


# What a worker sends back: the field values of each mention and event, in the order of
# their dataclasses, an event's places as the field values of each place. Tuples of plain
# values cross between processes in about half the time the dataclasses take (pickle
# rebuilds a frozen dataclass through Python code, one field at a time).
_Packed = tuple[tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...]]
_MENTION = attrgetter(*(f.name for f in fields(Mention)))
_EVENT = attrgetter(*(f.name for f in fields(Event)))
_PLACE = attrgetter(*(f.name for f in fields(EventPlace)))
_PLACES = [f.name for f in fields(Event)].index("places")


def _packed(part: Extraction) -> _Packed:
    events = []
    for e in part.events:
        values = _EVENT(e)
        places = tuple(_PLACE(p) for p in e.places)
        events.append((*values[:_PLACES], places, *values[_PLACES + 1 :]))
    return tuple(_MENTION(m) for m in part.mentions), tuple(events)


def _unpacked(packed: _Packed) -> Extraction:
    mentions, events = packed
    return Extraction(
        mentions=tuple(Mention(*values) for values in mentions),
        events=tuple(_event(values) for values in events),
    )


def _event(values: tuple[Any, ...]) -> Event:
    places = tuple(EventPlace(*p) for p in values[_PLACES])
    args: tuple[Any, ...] = (*values[:_PLACES], places, *values[_PLACES + 1 :])
    return Event(*args)


def _joined(parts: list[Extraction]) -> Extraction:
    return Extraction(
        mentions=tuple(m for p in parts for m in p.mentions),
        events=tuple(e for p in parts for e in p.events),
    )
