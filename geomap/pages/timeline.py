"""The timeline page and the one-slice pages: a compact feature table stepped by plain JS.

The data a page carries (``timeline_data``), as JSON in ``<script id="gm-data">``:

``f``
    One row per dated or background event, in date then id order:
    ``[id, shape, kind, status, actor, s0, s1, flags, geom, text, label]``. ``shape`` indexes
    ``SHAPES`` (``unplaced`` is listed in captions but not drawn); ``kind``, ``status`` and
    ``actor`` index ``kinds``, ``statuses`` and ``actors``. The event shows on slices
    ``s0 <= i < s1``, strongly on ``s0`` and muted after. ``flags``: 1 approximate, 2 a plan,
    4 background (drawn as context on every slice). ``geom`` is ``[lat, lon]`` for a point,
    ``[[lat, lon], ...]`` for several points at once and for a line (two), and
    ``[lat, lon, radius_m]`` for a siege ring,
    rounded to 4 decimals (about 10 m). ``text`` indexes ``texts``, the escaped HTML of the
    event's caption entry and popup; ``label`` indexes ``texts`` too, the place names written
    on the map (shared strings are stored once).
``slices``
    ``[key, label, phase, caption]`` per slice; ``key`` is the URL hash, ``caption`` the
    editor's caption from ``campaign.yaml`` or empty.
``places``
    ``[lat, lon, name, articles]`` for every place the articles name.
``packed``
    Only on a big campaign's page: ``[f, texts]`` as deflated, base64-encoded JSON (about a
    third of the size; the page inflates it with the browser's ``DecompressionStream``).
    The deflate stream is flushed (``Z_FULL_FLUSH``) after the table and after every
    :data:`TEXT_PART` bytes of texts, so each part can be inflated on its own: the page
    inflates the table and the texts of the date it opens on before drawing, the rest after.
``parts``
    With ``packed``: ``[end, first]`` per part, ``end`` the offset in the deflated bytes
    where the part ends, ``first`` the index in ``texts`` of the part's first text (0 for
    the table, the first part).

Stepping from one slice to the next touches only the events that start or end there, so a
step costs the same at 100 events as at 10,000.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap import _assets
from geomap.campaign import Campaign
from geomap.layers import Layers
from geomap.pages import _panel
from geomap.pages._figure import figure_html, lean_map, page_script
from geomap.pages._html import event_html
from geomap.schema import EVENT_TYPES, STATUSES, Event, places_at
from geomap.slices import Timeline

__all__ = [
    "ACTOR_COLOURS",
    "SHAPES",
    "PlaceRow",
    "frozen_data",
    "pack_texts",
    "render_slice_page",
    "render_timeline",
    "timeline_data",
    "unpack_texts",
]

SHAPES = ("point", "movement", "cut", "link", "siege", "points", "unplaced")
# Okabe-Ito colours, told apart by colour-blind readers; every actor also has a name.
ACTOR_COLOURS = {
    "ISIS": "#222222",
    "ISF": "#0072B2",
    "PMU": "#009E73",
    "Peshmerga": "#E69F00",
    "Coalition": "#CC79A7",
    "TFSA": "#D55E00",
    "SAA": "#56B4E9",
    "SDF": "#8C6D1F",
}
_SPARE_COLOURS = ("#6A3D9A", "#B15928", "#1F78B4", "#33A02C", "#E31A1C")
_UNKNOWN = "#777777"
FLAG_APPROX, FLAG_PLAN, FLAG_BACKGROUND = 1, 2, 4
PACK_OVER = 64_000  # bytes of texts above which a page carries its table and texts deflated
TEXT_PART = 1_000_000  # bytes of texts per part of a deflated page (about 0.4% bigger than one)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place the articles name: where it is and in how many articles."""

    place_id: str
    name: str
    lat: float
    lon: float
    articles: int


def actor_colours(events: Sequence[Event]) -> list[tuple[str, str]]:
    """Return (actor, colour) for every first actor, known actors first, the rest sorted."""
    names = sorted({e.actors[0] if e.actors else "" for e in events})
    spare = iter(_SPARE_COLOURS)
    out = []
    for name in sorted(names, key=lambda n: (n not in ACTOR_COLOURS, n == "", n)):
        colour = ACTOR_COLOURS.get(name) or (next(spare, _UNKNOWN) if name else _UNKNOWN)
        out.append((name, colour))
    return out


def _r(x: float) -> float:
    return round(float(x), 4)


def _geometries(layers: Layers) -> dict[str, tuple[int, Any, bool]]:
    """Return event id -> (shape index, compact [lat, lon] geometry, approximate)."""
    out: dict[str, tuple[int, Any, bool]] = {}
    for _name, gdf in layers:
        for row in gdf.itertuples(index=False):
            geom = row.geometry
            if row.shape == "point":
                compact: Any = [_r(geom.y), _r(geom.x)]  # shapely (lon, lat) -> [lat, lon]
            elif row.shape == "points":
                compact = [[_r(p.y), _r(p.x)] for p in geom.geoms]
            elif row.shape == "siege":
                centre = geom.envelope.centroid
                compact = [_r(centre.y), _r(centre.x), round(float(row.radius_m))]
            else:
                compact = [[_r(lat), _r(lon)] for lon, lat in geom.coords]
            out[row.id] = (SHAPES.index(row.shape), compact, bool(row.approximate))
    return out


def timeline_data(
    events: Sequence[Event],
    layers: Layers,
    timeline: Timeline,
    campaign: Campaign,
    places: Sequence[PlaceRow],
) -> dict[str, Any]:
    """Return the data the timeline page carries (see the module docstring)."""
    by_id = {e.id: e for e in events}
    actors = actor_colours([by_id[i] for i in timeline.spans])
    actor_index = {name: i for i, (name, _c) in enumerate(actors)}
    geoms = _geometries(layers)
    known = {p.place_id: p.name for p in places}
    texts: dict[str, int] = {}
    rows = []
    ordered = sorted(timeline.spans, key=lambda i: (timeline.spans[i], by_id[i].date or "", i))
    for eid in ordered:
        e = by_id[eid]
        s0, s1 = timeline.spans[eid]
        shape, geom, approx = geoms.get(eid, (SHAPES.index("unplaced"), None, False))
        flags = (FLAG_APPROX if approx else 0) | (FLAG_BACKGROUND if s0 < 0 else 0)
        if e.status == "planned" or e.type == "planned":
            flags |= FLAG_PLAN
        text = texts.setdefault(event_html(e, known), len(texts))
        label = texts.setdefault(_map_label(e, SHAPES[shape], known), len(texts))
        actor = actor_index[e.actors[0] if e.actors else ""]
        kind, status = EVENT_TYPES.index(e.type), STATUSES.index(e.status)
        rows.append([eid, shape, kind, status, actor, s0, s1, flags, geom, text, label])
    phases = sorted({s.phase for s in timeline.slices if s.phase})
    return {
        "title": campaign.title,
        "frozen": False,
        "centre": list(campaign.centre or _centre(places)),
        "zoom": campaign.zoom,
        "kinds": list(EVENT_TYPES),
        "statuses": list(STATUSES),
        "shapes": list(SHAPES),
        "actors": [list(a) for a in actors],
        "phases": phases,
        "slices": [
            [
                s.key,
                s.label,
                phases.index(s.phase) if s.phase else -1,
                campaign.captions.get(s.key, ""),
            ]
            for s in timeline.slices
        ],
        "f": rows,
        "texts": list(texts),
        "places": [[_r(p.lat), _r(p.lon), p.name, p.articles] for p in places],
        "base": _assets.basemap(),
        "undated": len(timeline.undated),
    }


def _map_label(event: Event, shape: str, known: Mapping[str, str]) -> str:
    """Return the place names written on the map beside an event's mark (plain text).

    A place the gazetteer resolved is named as the gazetteer names it ("Mosul"), not as the
    sentence described it ("the strategic city").
    """

    def named(role: str) -> list[str]:
        return [known.get(p.place_id or "", p.name) for p in event.places if p.role == role]

    if shape == "points":  # one name a line, one line a mark, in the marks' order
        return "\n".join(known.get(p.place_id or "", p.name) for p in places_at(event))
    if shape == "movement":
        return (named("to") or named("at") or [""])[0]
    if shape in ("cut", "link"):
        return "–".join((named("between") or named("from") + named("to"))[:2])
    for role in ("at", "to", "near", "from", "between"):
        if named(role):
            return named(role)[0]
    return ""


def _centre(places: Sequence[PlaceRow]) -> tuple[float, float]:
    if not places:
        return (0.0, 0.0)
    return (
        sum(p.lat for p in places) / len(places),
        sum(p.lon for p in places) / len(places),
    )


def frozen_data(data: Mapping[str, Any], index: int) -> dict[str, Any]:
    """Return the data of a one-slice page: what shows on slice ``index``, as slice 0."""
    rows, texts = [], []
    for row in data["f"]:
        s0, s1, flags = row[5], row[6], row[7]
        if not (flags & FLAG_BACKGROUND or s0 <= index < s1):
            continue
        new_s0 = -1 if flags & FLAG_BACKGROUND else (0 if s0 == index else -1)
        texts.append(data["texts"][row[9]])
        texts.append(data["texts"][row[10]])
        rows.append([*row[:5], new_s0, 1, flags, row[8], len(texts) - 2, len(texts) - 1])
    return {
        **data,
        "frozen": True,
        "slices": [data["slices"][index]],
        "f": rows,
        "texts": texts,
    }


def pack_texts(data: Mapping[str, Any], over: int | None = None) -> dict[str, Any]:
    """Return the data with ``f`` and ``texts`` deflated into ``packed`` when they are big.

    Quotes are most of a big campaign's page; deflated (raw DEFLATE, level 9, base64) the
    feature table and the texts take about a third of the room. Pages whose texts stay
    under ``over`` bytes (:data:`PACK_OVER`) keep plain JSON, readable in the source. The
    stream is flushed into ``parts`` that inflate on their own (see the module docstring);
    :func:`unpack_texts`, like any inflater, reads it whole.
    """

    def dump(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()

    if len(dump(data["texts"])) <= (PACK_OVER if over is None else over):
        return dict(data)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    out = bytearray(packer.compress(b"[" + dump(data["f"]) + b",["))
    out += packer.flush(zlib.Z_FULL_FLUSH)
    parts, first, size = [[len(out), 0]], 0, 0
    for k, text in enumerate(data["texts"]):
        if size >= TEXT_PART:  # the part of texts[first:k] ends here
            out += packer.flush(zlib.Z_FULL_FLUSH)
            parts.append([len(out), first])
            first, size = k, 0
        item = dump(text)
        out += packer.compress(b"," + item if k else item)
        size += len(item)
    out += packer.compress(b"]]") + packer.flush()
    parts.append([len(out), first])
    packed = base64.b64encode(bytes(out)).decode("ascii")
    return {**data, "f": [], "texts": [], "packed": packed, "parts": parts}


def unpack_texts(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return page data with ``f`` and ``texts`` back in the clear, packed or not."""
    if not data.get("packed"):
        return dict(data)
    rows, texts = json.loads(zlib.decompress(base64.b64decode(data["packed"]), -15))
    rest = {k: v for k, v in data.items() if k not in ("packed", "parts")}
    return {**rest, "f": rows, "texts": texts}


def render_timeline(data: Mapping[str, Any], campaign: Campaign) -> str:
    """Render ``timeline.html``: the map, the stepper, the caption, the legend."""
    fmap = lean_map(tuple(data["centre"]), data["zoom"], campaign.title)
    body = _panel.page_body(data, campaign, frozen=False)
    page_script(fmap, _assets.script_json(pack_texts(data)), body)
    return figure_html(fmap.get_root())


def render_slice_page(data: Mapping[str, Any], index: int, campaign: Campaign) -> str:
    """Render the page of one slice, the map frozen at that date, embeddable on its own."""
    frozen = frozen_data(data, index)
    label = frozen["slices"][0][1]
    fmap = lean_map(tuple(data["centre"]), data["zoom"], f"{campaign.title}: {label}")
    body = _panel.page_body(frozen, campaign, frozen=True)
    page_script(fmap, _assets.script_json(pack_texts(frozen)), body)
    return figure_html(fmap.get_root())
