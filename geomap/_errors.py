"""Exceptions raised by geomap.

GeomapError
├── ArticleError(GeomapError, ValueError)     an article file cannot be used as it is
├── OverridesError(GeomapError, ValueError)   the overrides file cannot be used as it is
└── BuildError(GeomapError, RuntimeError)     the maps cannot be written
"""

from __future__ import annotations


class GeomapError(Exception):
    """Base class of every geomap error."""


class ArticleError(GeomapError, ValueError):
    """An article file cannot be used as it is; the message names the file and the fix."""


class OverridesError(GeomapError, ValueError):
    """The overrides file cannot be used as it is; the message names the file, line and fix."""


class BuildError(GeomapError, RuntimeError):
    """The maps cannot be written."""
