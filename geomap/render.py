"""Render every output of a build; each function returns text, nothing is written here.

:func:`render_maps` takes what a build read and found and returns ``{relative path: text}``
for :func:`geomap.io.write_maps`: ``timeline.html``, one ``<slice key>.html`` per slice,
``index.html`` and the exports under ``data/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.articles import Article
from geomap.campaign import Campaign
from geomap.schema import Event, Mention

__all__ = ["BuildInputs", "render_maps", "stable_ids"]


@dataclass(frozen=True, slots=True)
class BuildInputs:
    """What a build has read and found, ready to render."""

    campaign: Campaign
    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    sha256: dict[str, str]  # article stem -> sha256 of its file


def render_maps(inputs: BuildInputs) -> dict[str, str]:
    """Return every page and data file of a build, keyed by path relative to ``maps/``."""
    from geomap import exports
    from geomap.layers import events_to_layers
    from geomap.pages import render_index, render_slice_page, render_timeline, timeline_data
    from geomap.slices import events_to_timeline

    events = sorted(inputs.events, key=lambda e: (e.date or "", e.id))
    campaign = inputs.campaign
    places, articles_of = exports.places_from_mentions(inputs.mentions, inputs.articles)
    timeline = events_to_timeline(events, campaign, {p.place_id: p.name for p in places})
    layers = events_to_layers(events)
    data = timeline_data(events, layers, timeline, campaign, places)
    files = {
        "timeline.html": render_timeline(data, campaign),
        "index.html": render_index(campaign, timeline, events, inputs.articles),
        "data/events.geojson": exports.events_to_geojson(events),
        "data/events.csv": exports.events_to_csv(events),
        "data/events.kml": exports.events_to_kml(events, campaign.title),
        "data/places.geojson": exports.places_to_geojson(
            places, articles_of, {a.stem: a for a in inputs.articles}
        ),
        "data/sources.csv": exports.sources_to_csv(
            exports.SourceRow(a, inputs.sha256.get(a.stem, "")) for a in inputs.articles
        ),
    }
    for i, s in enumerate(timeline.slices):
        files[f"{s.key}.html"] = render_slice_page(data, i, campaign)
    return files


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
