"""HTML snippets built from untrusted article text: every string is escaped here.

Titles, quotes, outlets, names and URLs come from articles and are escaped with
``html.escape``; a URL becomes a link only when it is ``http`` or ``https``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from geomap._urls import safe_url
from geomap.schema import Event
from geomap.slices import event_headline

__all__ = ["STATUS_WORDS", "esc", "event_html", "link", "safe_url"]

STATUS_WORDS = {
    "reported": "reported",
    "claimed": "claimed",
    "planned": "planned",
    "denied": "denied",
}


def esc(text: object) -> str:
    """Escape text for HTML, quotes included.

    >>> esc('<b onclick="x">&</b>')
    '&lt;b onclick=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
    """
    return html.escape(str(text), quote=True)


def link(text: str, url: str | None) -> str:
    """Return escaped ``text``, linked to ``url`` when the URL is http(s)."""
    href = safe_url(url)
    if href is None:
        return esc(text)
    return f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{esc(text)}</a>'


def event_html(event: Event, known: Mapping[str, str] | None = None) -> str:
    """Return what a reader sees about one event: what, who says so, the quote, the source."""
    badge = STATUS_WORDS.get(event.status, event.status)
    when = f"{event.date_text}" if event.date_text else ""
    cite = link(event.outlet, event.url)
    meta = ", ".join(
        x for x in (f"published {esc(event.published)}" if event.published else "", esc(when)) if x
    )
    quote = f"<blockquote>“{esc(event.quote)}”</blockquote>" if event.quote else ""
    return (
        f'<span class="gm-badge gm-b-{esc(event.status)}">{esc(badge)}</span> '
        f"<b>{esc(event_headline(event, known))}</b>{quote}"
        f"<cite>{cite}{', ' + meta if meta else ''}</cite>"
    )
