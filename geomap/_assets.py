"""What every page carries inline: Leaflet, gesture handling, the basemap, the page's own code.

Leaflet and Leaflet.GestureHandling come from the xstatic packages, so no page needs the
network. Their images (the layer control icon) become data URIs; source-map comments are
dropped. Everything is read once, lazily.
"""

from __future__ import annotations

import base64
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "basemap",
    "gesture_css",
    "gesture_js",
    "leaflet_css",
    "leaflet_js",
    "page_asset",
    "script_json",
    "tiles",
]

_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")
_CSS_IMAGE = re.compile(r"url\(images/([\w.-]+\.png)\)")


def _xstatic_dir(module: str) -> Path:
    import importlib

    pkg = importlib.import_module(f"xstatic.pkg.{module}")
    return Path(pkg.BASE_DIR)


def _read(module: str, name: str) -> str:
    text = (_xstatic_dir(module) / name).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", text).strip()


@cache
def leaflet_js() -> str:
    """Return Leaflet's minified JavaScript."""
    return _read("leaflet", "leaflet.js")


@cache
def leaflet_css() -> str:
    """Return Leaflet's CSS with its images inlined as data URIs."""
    folder = _xstatic_dir("leaflet") / "images"

    def inline(m: re.Match[str]) -> str:
        data = base64.b64encode((folder / m.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    css = _read("leaflet", "leaflet.css")
    # Marker images are never used (markers are drawn with CSS), so they are not carried.
    css = re.sub(r"url\(images/marker-[\w.-]+\.png\)", "none", css)
    return _CSS_IMAGE.sub(inline, css)


@cache
def gesture_js() -> str:
    """Return Leaflet.GestureHandling's JavaScript (no scroll trap when embedded)."""
    return _read("leaflet_gesturehandling", "leaflet-gesture-handling.min.js")


@cache
def gesture_css() -> str:
    """Return Leaflet.GestureHandling's CSS."""
    return _read("leaflet_gesturehandling", "leaflet-gesture-handling.min.css")


@cache
def page_asset(name: str) -> str:
    """Return one of geomap's own page files (``timeline.js``, ``page.css``)."""
    return resources.files("geomap").joinpath("data", name).read_text(encoding="utf-8")


@cache
def basemap() -> dict[str, Any]:
    """Return the offline basemap (Natural Earth countries and rivers of the region)."""
    text = resources.files("geomap").joinpath("data", "basemap.geojson").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def tiles() -> Any:
    """Return the xyzservices provider of the street tiles: OpenStreetMap's standard layer.

    OpenStreetMap needs no key and its attribution is shown on every map; when the tiles do
    not load (no network), the basemap carried in the page shows through.
    """
    import xyzservices.providers as xyz

    return xyz.OpenStreetMap.Mapnik


_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(value: Any) -> str:
    """Return ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are escaped, so no text can close the script (``</script>``) or
    open a comment (``<!--``); the result is still valid JSON and JavaScript.

    >>> script_json({"q": "</script><!--"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _UNSAFE[m.group()], text)
