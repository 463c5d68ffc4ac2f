"""Resolve place names as reporters spell them to places with coordinates."""

from __future__ import annotations

from gazetteer._errors import GazetteerError, OnlineError, QueryError, SourceError
from gazetteer.evidence import Region
from gazetteer.normalize import fold, name_key, variant_key
from gazetteer.places import Place, Resolution
from gazetteer.resolve import Gazetteer
from gazetteer.scan import NameSpan, scan_text


def __getattr__(name: str) -> str:
    """Read ``__version__`` from the installed metadata only when asked (it is slow)."""
    if name != "__version__":
        raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geomap")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


__all__ = [
    "Gazetteer",
    "GazetteerError",
    "NameSpan",
    "OnlineError",
    "Place",
    "QueryError",
    "Region",
    "Resolution",
    "SourceError",
    "__version__",
    "fold",
    "name_key",
    "scan_text",
    "variant_key",
]
