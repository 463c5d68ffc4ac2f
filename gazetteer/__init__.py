"""Resolve place names as reporters spell them to places with coordinates."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from gazetteer._errors import GazetteerError, QueryError, SourceError
from gazetteer.normalize import fold, name_key
from gazetteer.places import Place, Resolution
from gazetteer.resolve import Gazetteer, Region
from gazetteer.scan import NameSpan, scan_text

try:
    __version__ = version("geomap")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "NameSpan",
    "Place",
    "QueryError",
    "Region",
    "Resolution",
    "SourceError",
    "__version__",
    "fold",
    "name_key",
    "scan_text",
]
