"""Extract mentions and events from articles: the whole `find -> resolve -> extract` stage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gazetteer import Gazetteer
from geomap.articles import Article
from geomap.events import events_from_text
from geomap.mentions import read_text
from geomap.schema import Event, Mention

__all__ = ["Extraction", "extract_article", "extract_articles"]


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
    parts = [extract_article(a, gazetteer) for a in articles]
    return Extraction(
        mentions=tuple(m for p in parts for m in p.mentions),
        events=tuple(e for p in parts for e in p.events),
    )
