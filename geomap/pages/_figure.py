"""A lean folium page: Leaflet inline, no jQuery, Bootstrap or Font Awesome, stable ids.

folium links jQuery, Bootstrap, Font Awesome and awesome-markers from CDNs by default;
:class:`LeanMap` links nothing, and :func:`lean_map` puts Leaflet and Leaflet.GestureHandling
inline in the page instead, so a page opened from a USB stick needs no network.
"""

from __future__ import annotations

from typing import Any, cast

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geomap import _assets
from geomap.pages._html import esc
from geomap.render import stable_ids

__all__ = ["LeanMap", "Raw", "figure_html", "lean_map", "page_script"]


class Raw(Element):
    """Text put in the page as it is: never parsed as a Jinja template.

    branca's ``Element(text)`` compiles ``text`` as a template, which is slow for Leaflet's
    150 KB and would run any ``{{ ... }}`` that article text happens to contain.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


class LeanMap(folium.Map):
    """A folium map that links no external JavaScript or CSS."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.default_js = []
        self.default_css = []


def lean_map(centre: tuple[float, float], zoom: int, title: str) -> LeanMap:
    """Return a map with Leaflet inline and gesture handling on.

    ``centre`` is (lat, lon), as folium and Leaflet take it. The street tiles are not
    folium's: the page's script asks for them once the page has drawn its own map (see
    :func:`page_script`), so that tiles that cannot load hold up nothing.
    """
    fmap = LeanMap(
        location=list(centre),
        zoom_start=zoom,
        tiles=None,
        control_scale=True,
        gestureHandling=True,
        zoomSnap=0.25,
    )
    figure = cast(Figure, fmap.get_root())
    figure.title = esc(title)
    header = figure.header
    header.add_child(Raw(f"<style>{_assets.leaflet_css()}</style>"), name="leaflet_css")
    header.add_child(Raw(f"<style>{_assets.gesture_css()}</style>"), name="gesture_css")
    header.add_child(Raw(f"<script>{_assets.leaflet_js()}</script>"), name="leaflet_js")
    header.add_child(Raw(f"<script>{_assets.gesture_js()}</script>"), name="gesture_js")
    header.add_child(Raw(f"<style>{_assets.page_asset('page.css')}</style>"), name="page_css")
    return fmap


class _PageScript(MacroElement):
    """Run the page's own script with the map and the data element's id."""

    _template = Template(
        """{% macro script(this, kwargs) %}
geomapPage({{ this._parent.get_name() }}, {{ this.data_id|tojson }}, {{ this.tiles|tojson }});
{% endmacro %}"""
    )

    def __init__(self, data_id: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # branca is untyped
        self._name = "GeomapPage"
        self.data_id = data_id
        provider = _assets.tiles()
        self.tiles = {
            "url": provider.build_url(),
            "attribution": provider.html_attribution,
            "maxZoom": int(provider.get("max_zoom", 19)),
        }


def page_script(fmap: LeanMap, data_json: str, body_html: str) -> None:
    """Add the page's body, its data (``data_json``, already script-safe) and its script.

    The script is given the street tiles' URL, attribution and zoom limit; it adds them to
    the map after the page's first paint.
    """
    figure = cast(Figure, fmap.get_root())
    figure.html.add_child(Raw(body_html), name="gm_body")
    figure.html.add_child(
        Raw(f'<script type="application/json" id="gm-data">{data_json}</script>'),
        name="gm_data",
    )
    figure.header.add_child(
        Raw(f"<script>{_assets.page_asset('page.js')}</script>"), name="page_js"
    )
    fmap.add_child(_PageScript("gm-data"))


def figure_html(figure: Any, lang: str = "en") -> str:
    """Render a branca figure to a page with stable ids and a language attribute."""
    page: str = figure.render()
    page = page.replace("<html>", f'<html lang="{lang}">', 1)
    return stable_ids(page)
