"""Render maps to HTML with folium; every function returns text, nothing is written here."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import folium

from geomap.articles import Article
from geomap.schema import Mention
from geomap.sentences import sentence_at, split_sentences

__all__ = ["render_places_map", "stable_ids"]


def render_places_map(articles: Sequence[Article], mentions: Iterable[Mention]) -> str:
    """Render one map with a marker per resolved place; its popup cites articles and quotes."""
    by_article = {a.stem: a for a in articles}
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    places: dict[str, Mention] = {}
    points: dict[str, tuple[float, float]] = {}
    sentences = {a.stem: split_sentences(a.body) for a in articles}
    for m in mentions:
        if m.kind != "place" or m.place_id is None or m.lat is None or m.lon is None:
            continue
        places.setdefault(m.place_id, m)
        points[m.place_id] = (m.lat, m.lon)  # folium takes [lat, lon]
        sent = sentence_at(sentences[m.article], m.start)
        entry = (m.article, sent.text if sent else m.text)
        if entry not in quotes[m.place_id]:
            quotes[m.place_id].append(entry)

    fmap = folium.Map(location=_centre(places.values()), zoom_start=6, tiles="OpenStreetMap")
    for place_id in sorted(places):
        m = places[place_id]
        popup = folium.Popup(_popup_html(m, quotes[place_id], by_article), max_width=360)
        folium.Marker(location=list(points[place_id]), tooltip=m.name, popup=popup).add_to(fmap)
    return stable_ids(fmap.get_root().render())


def _popup_html(m: Mention, quotes: list[tuple[str, str]], by_article: dict[str, Article]) -> str:
    items = "".join(
        f"<li><b>{html.escape(by_article[stem].outlet)}</b>, {by_article[stem].published}: "
        f"“{html.escape(quote)}”</li>"
        for stem, quote in quotes
    )
    return f"<h4>{html.escape(m.name or m.text)}</h4><ul>{items}</ul>"


def _centre(places: Iterable[Mention]) -> list[float]:
    pts = [(m.lat, m.lon) for m in places if m.lat is not None and m.lon is not None]
    if not pts:
        return [0.0, 0.0]
    return [sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)]


_BRANCA_ID = re.compile(r"(?<=_)[0-9a-f]{32}\b")


def stable_ids(page: str) -> str:
    """Replace branca's random element ids by their order of appearance.

    branca names every element ``<kind>_<uuid4 hex>``; numbering them in order makes the same
    inputs give byte-identical pages.

    >>> stable_ids("map_0123456789abcdef0123456789abcdef map_0123456789abcdef0123456789abcdef")
    'map_0 map_0'
    """
    seen: dict[str, str] = {}
    return _BRANCA_ID.sub(lambda m: seen.setdefault(m.group(), str(len(seen))), page)
