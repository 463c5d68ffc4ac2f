"""Exceptions raised by geomap.

GeomapError
├── ArticleError(GeomapError, ValueError)     an article file cannot be used as it is
│   └── ArticlesRejectedError(ArticleError)   a folder holds articles that cannot be used
├── OverridesError(GeomapError, ValueError)   the overrides file cannot be used as it is
└── BuildError(GeomapError, RuntimeError)     the maps cannot be written
"""

from __future__ import annotations

from collections.abc import Sequence


class GeomapError(Exception):
    """Base class of every geomap error."""


class ArticleError(GeomapError, ValueError):
    """An article file cannot be used as it is; the message names the file and the fix."""


class ArticlesRejectedError(ArticleError):
    """Some articles of a folder cannot be used; ``problems`` lists each file and why."""

    def __init__(self, message: str, problems: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class OverridesError(GeomapError, ValueError):
    """The overrides file cannot be used as it is; the message names the file, line and fix."""


class BuildError(GeomapError, RuntimeError):
    """The maps cannot be written."""
