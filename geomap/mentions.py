"""Find mentions in an article: the places it names (later: actors and date expressions)."""

from __future__ import annotations

from gazetteer import Gazetteer, Place, scan_text
from geomap.articles import Article
from geomap.schema import MENTION_KINDS, Mention

__all__ = ["MENTION_KINDS", "Mention", "place_mentions"]


def place_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Find and resolve the place names of ``article``, each resolved in the article's context."""
    spans = list(scan_text(gazetteer, article.body))
    context: list[Place] = []
    mentions = []
    for span in spans:
        res = gazetteer.resolve(span.text, context)
        if res.place is not None and res.place not in context:
            context.append(res.place)
        p = res.place
        mentions.append(
            Mention(
                article=article.stem,
                start=span.start,
                end=span.end,
                text=span.text,
                kind="place",
                place_id=p.place_id if p else None,
                name=p.name if p else None,
                lat=p.lat if p else None,
                lon=p.lon if p else None,
                resolved=p is not None,
                note=f"{res.match} {res.score:.2f}" if p else "unresolved",
            )
        )
    return mentions
