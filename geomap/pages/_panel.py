"""The HTML around the map: title, stepper, date links, caption, legend and layer toggles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from geomap.campaign import Campaign
from geomap.pages._html import esc

__all__ = ["GLYPHS", "KIND_WORDS", "legend_html", "page_body"]

GLYPHS = {
    "capture": "⚑",
    "advance": "➜",
    "withdrawal": "↩",
    "cut_route": "✕",
    "siege": "◎",
    "attack": "✸",
    "airstrike": "✈",
    "link_up": "⊕",
    "planned": "⋯",
}
KIND_WORDS = {
    "capture": "town or area taken",
    "advance": "advance (arrow)",
    "withdrawal": "withdrawal",
    "cut_route": "route cut",
    "siege": "siege (ring)",
    "attack": "attack or fighting",
    "airstrike": "air strike",
    "link_up": "forces link up",
    "planned": "planned operation",
}
_STATUS_SAMPLES = (
    ("gm-sw-reported", "reported", "filled, solid line: reported as fact"),
    ("gm-sw-claimed", "claimed", "hollow, dashed line, “claimed” badge: one side's claim"),
    ("gm-sw-planned", "planned", "hollow, dotted line: a plan, not a fact"),
    (
        "gm-sw-denied",
        "denied",
        "faint, sparse dashes, struck-out badge: a claim another side denies",
    ),
    ("gm-sw-held", "earlier", "faded: happened earlier and still holds"),
    ("gm-sw-approx", "approximate", "blurred halo: place known only roughly"),
    ("gm-sw-ctx", "background", "grey, dotted: before the campaign"),
)
_TOGGLES = (
    ("new", "This date", True),
    ("held", "Still holding from earlier", True),
    ("ctx", "Before the campaign", True),
    ("places", "Places the articles name", True),
    ("tiles", "Street map (needs the network)", True),
)


# What a reader calls each actor of geomap/data/actors.csv; the legend gives both.
ACTOR_NAMES = {
    "ISIS": "Islamic State",
    "ISF": "Iraqi forces",
    "PMU": "Popular Mobilization Units",
    "Peshmerga": "Kurdish Peshmerga",
    "Coalition": "US-led coalition",
    "TFSA": "Turkey-backed rebels",
    "Rebels": "Syrian rebels",
    "SAA": "Syrian government forces",
    "SDF": "Syrian Democratic Forces",
    "Turkey": "Turkish forces",
    "Russia": "Russian forces",
    "Israel": "Israeli forces",
    "Jordan": "Jordanian forces",
    "LAF": "Lebanese army",
}


def _actor_label(actor_id: str) -> str:
    """The legend's words for an actor: "Popular Mobilization Units (PMU)", "unnamed".

    >>> _actor_label("TFSA"), _actor_label("Peshmerga"), _actor_label("Hezbollah"), _actor_label("")
    ('Turkey-backed rebels (TFSA)', 'Kurdish Peshmerga', 'Hezbollah', 'unnamed')
    """
    if not actor_id:
        return "unnamed"
    name = ACTOR_NAMES.get(actor_id)
    if name is None:
        return actor_id
    return name if actor_id.lower() in name.lower() else f"{name} ({actor_id})"


def legend_html(data: Mapping[str, Any]) -> str:
    """Return the legend: actors by colour and name, kinds by glyph, statuses by drawing."""
    actors = "".join(
        f'<li><span class="gm-sw" style="background:{esc(colour)}"></span>{esc(_actor_label(name))}</li>'
        for name, colour in data["actors"]
    )
    used = sorted({data["kinds"][row[2]] for row in data["f"]}) or list(GLYPHS)
    kinds = "".join(
        f'<li><span class="gm-glyph" aria-hidden="true">{GLYPHS[k]}</span>{esc(KIND_WORDS[k])}</li>'
        for k in used
    )
    statuses = "".join(
        f'<li><span class="gm-sw {cls}" aria-hidden="true"></span><b>{word}</b>: {esc(text)}</li>'
        for cls, word, text in _STATUS_SAMPLES
    )
    toggles = "".join(
        f'<li><label><input type="checkbox" data-layer="{key}"{" checked" if on else ""}> {esc(label)}</label></li>'
        for key, label, on in _TOGGLES
    )
    actor_block = f'<h3>Who</h3><ul class="gm-list">{actors}</ul>' if actors else ""
    return (
        '<details class="gm-legend" open><summary>Legend and layers</summary>'
        f'{actor_block}<h3>What</h3><ul class="gm-list">{kinds}</ul>'
        f'<h3>How sure</h3><ul class="gm-list">{statuses}</ul>'
        f'<h3>Show</h3><ul class="gm-list gm-toggles">{toggles}</ul></details>'
    )


def _stepper(data: Mapping[str, Any]) -> str:
    slices = data["slices"]
    first = slices[0][1] if slices else ""
    links = "".join(
        f'<li><a href="#{esc(key)}" data-i="{i}">{esc(label)}</a></li>'
        for i, (key, label, _p, _c) in enumerate(slices)
    )
    return (
        '<div class="gm-stepper" role="group" aria-label="Timeline controls">'
        '<button type="button" id="gm-prev" aria-label="Previous date">'
        '<span aria-hidden="true">←</span> <span class="gm-word">Previous</span></button>'
        '<button type="button" id="gm-play" aria-pressed="false">'
        '<span aria-hidden="true">▶</span> <span>Play</span></button>'
        '<button type="button" id="gm-next" aria-label="Next date">'
        '<span class="gm-word">Next</span> <span aria-hidden="true">→</span></button>'
        '<div id="gm-slider" class="gm-slider" role="slider" tabindex="0" aria-label="Date"'
        f' aria-valuemin="1" aria-valuemax="{max(len(slices), 1)}" aria-valuenow="1"'
        f' aria-valuetext="{esc(first)}"><div class="gm-fill"></div><div class="gm-thumb"></div></div>'
        "</div>"
        f'<nav class="gm-dates" aria-label="Dates"><ol>{links}</ol></nav>'
    )


def _empty_note(data: Mapping[str, Any]) -> str:
    n = len(data["places"])
    return (
        '<div class="gm-empty"><h2>No events yet</h2><p>Extraction has found no dated event '
        f"in these articles yet. The map shows the {n} places they name; each dot lists how "
        "many articles name it.</p></div>"
    )


def page_body(data: Mapping[str, Any], campaign: Campaign, *, frozen: bool) -> str:
    """Return the page's HTML around the map (the map div itself is folium's)."""
    slices = data["slices"]
    subtitle = f"<p>{esc(campaign.subtitle)}</p>" if campaign.subtitle and not frozen else ""
    if frozen:
        key, label = slices[0][0], slices[0][1]
        title = f"{esc(campaign.title)}: {esc(label)}"
        nav = (
            f'<p class="gm-more"><a href="timeline.html#{esc(key)}" target="_top">'
            "The whole timeline</a></p>"
        )
    else:
        title = esc(campaign.title)
        nav = _stepper(data) if slices else ""
    caption = (
        '<div id="gm-caption" class="gm-caption" aria-live="polite" aria-atomic="true">'
        f"{'' if slices else _empty_note(data)}</div>"
    )
    return (
        f'<header class="gm-head"><h1>{title}</h1>{subtitle}</header>'
        f'<section class="gm-panel{" gm-frozen" if frozen else ""}" aria-label="Timeline">'
        f"{nav}{caption}"
        f"{legend_html(data)}"
        '<p class="gm-foot">Basemap: Natural Earth (public domain). '
        '<a href="index.html" target="_top">About these maps and their sources</a></p>'
        "</section>"
    )
