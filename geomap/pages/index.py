"""The index page: the campaign at a glance, its slices, embed snippets and sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from branca.element import Figure

from geomap import _assets
from geomap.articles import Article
from geomap.campaign import Campaign
from geomap.pages._figure import Raw, figure_html
from geomap.pages._html import esc, event_html, link
from geomap.schema import Event
from geomap.slices import Timeline, slice_label

__all__ = ["EMBED_SIZE", "embed_snippet", "render_index"]

EMBED_SIZE = (720, 560)  # width, height in CSS pixels
DOWNLOADS = (
    ("data/events.geojson", "events as GeoJSON"),
    ("data/events.csv", "events as CSV, with lat and lon columns (Datawrapper, Flourish)"),
    ("data/events.kml", "events as KML (Google Earth)"),
    ("data/places.geojson", "places the articles name, as GeoJSON"),
    ("data/sources.csv", "the source articles, each with its sha256"),
)


def embed_snippet(page: str, title: str, size: tuple[int, int] = EMBED_SIZE) -> str:
    """Return the iframe that embeds ``page``; replace the src with where maps/ is hosted.

    >>> embed_snippet("2016-11-23.html", "Mosul")
    '<iframe src="2016-11-23.html" title="Mosul" width="720" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>'
    """
    width, height = size
    return (
        f'<iframe src="{esc(page)}" title="{esc(title)}" width="{width}" height="{height}"'
        ' style="border:0;max-width:100%" loading="lazy"></iframe>'
    )


def _slice_block(key: str, label: str, caption: str, campaign: Campaign) -> str:
    page = f"{key}.html"
    snippet = embed_snippet(page, f"{campaign.title}: {label}")
    return (
        f'<div class="gm-slice" id="s-{esc(key)}"><h3>{esc(label)}</h3>'
        f"<p>{esc(caption)}</p>"
        f'<p><a href="{esc(page)}">Map of this date</a> · '
        f'<a href="timeline.html#{esc(key)}">in the timeline</a></p>'
        f"<details><summary>Embed this map</summary><pre><code>{esc(snippet)}</code></pre>"
        "</details></div>"
    )


def _slices_html(timeline: Timeline, campaign: Campaign) -> str:
    if not timeline.slices:
        return (
            "<h2>Dates</h2><p><b>No events yet.</b> Extraction has found no dated event in "
            "these articles; the timeline shows the places they name.</p>"
        )
    parts, phase = ["<h2>Dates</h2>"], None
    for s in timeline.slices:
        if s.phase != phase:
            phase = s.phase
            parts.append(f'<p class="gm-note"><b>{esc(phase or "Other dates")}</b></p>')
        parts.append(_slice_block(s.key, s.label, s.caption, campaign))
    return "".join(parts)


def _background_html(timeline: Timeline, events: Mapping[str, Event]) -> str:
    blocks = []
    if timeline.background:
        items = "".join(f"<li>{event_html(events[i])}</li>" for i in timeline.background)
        blocks.append(
            "<h2>Background</h2><p>Reported events from before the campaign, drawn in grey "
            f"on every map as context:</p><ul>{items}</ul>"
        )
    if timeline.undated:
        n = len(timeline.undated)
        blocks.append(
            f'<p class="gm-note">{n} {"event has" if n == 1 else "events have"} no date and '
            f"{'is' if n == 1 else 'are'} on no map; the data files hold "
            f"{'it' if n == 1 else 'them'}.</p>"
        )
    return "".join(blocks)


_READING = (
    "<h2>Reading the maps</h2><p>Every mark stands for a sentence of a news report, quoted "
    "in its caption with the outlet that published it. Filled marks are events reported as "
    "fact; hollow marks with dashed rings, one side's claims; dotted marks, plans; faint "
    "marks with sparse dashes, claims another side denies. A blurred halo marks a place "
    "known only roughly. What still holds from an earlier date is drawn faded. The line "
    "above each quote is drafted by software from it: the quote is the source.</p>"
)


def _sources_html(articles: Sequence[Article]) -> str:
    items = []
    for a in sorted(articles, key=lambda a: (a.published, a.stem)):
        note = (
            f' <span class="gm-note">({esc(a.published_note)})</span>' if a.published_note else ""
        )
        items.append(
            f"<li><b>{esc(a.outlet)}</b>, {a.published.isoformat()}: "
            f"“{link(a.title, a.url)}”{note}</li>"
        )
    return f"<h2>Sources</h2><ul>{''.join(items)}</ul>"


def render_index(
    campaign: Campaign,
    timeline: Timeline,
    events: Sequence[Event],
    articles: Sequence[Article],
) -> str:
    """Render ``index.html``: title, slices with captions and embeds, sources, downloads."""
    by_id = {e.id: e for e in events}
    figure = Figure(title=esc(campaign.title))
    figure.header.add_child(Raw(f"<style>{_assets.page_asset('index.css')}</style>"))
    intro = f"<p>{esc(campaign.subtitle)}</p>" if campaign.subtitle else ""
    start = slice_label(campaign.start.isoformat()) if campaign.start else ""
    timeline_snippet = embed_snippet("timeline.html", campaign.title)
    downloads = "".join(f'<li><a href="{href}">{esc(text)}</a></li>' for href, text in DOWNLOADS)
    body = (
        f"<header><h1>{esc(campaign.title)}</h1>{intro}"
        + (f'<p class="gm-note">The campaign began on {start}.</p>' if start else "")
        + '<p><a class="gm-open" href="timeline.html">Open the timeline</a></p>'
        "<details><summary>Embed the timeline</summary>"
        f"<pre><code>{esc(timeline_snippet)}</code></pre></details></header>"
        '<p class="gm-note">Each embed snippet links to the page beside this one; replace '
        "the <code>src</code> with the address where you host this folder.</p>"
        f"{_READING}"
        f"{_slices_html(timeline, campaign)}{_background_html(timeline, by_id)}"
        f"{_sources_html(articles)}<h2>Data</h2><ul>{downloads}</ul>"
    )
    figure.html.add_child(Raw(body))
    return figure_html(figure)
