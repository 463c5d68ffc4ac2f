"""Turn news reports of a military campaign into sourced, dated, timeline maps."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from geomap._errors import ArticleError, ArticlesRejectedError, BuildError, GeomapError
from geomap.articles import (
    Article,
    FolderRead,
    Problem,
    iter_articles,
    parse_article,
    read_article,
    read_articles,
    read_folder,
)
from geomap.build import BuildConfig, BuildResult, build_maps
from geomap.mentions import place_mentions
from geomap.schema import Event, EventPlace, Mention

try:
    __version__ = version("geomap")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "ArticleError",
    "ArticlesRejectedError",
    "BuildConfig",
    "BuildError",
    "BuildResult",
    "Event",
    "EventPlace",
    "FolderRead",
    "GeomapError",
    "Mention",
    "Problem",
    "__version__",
    "build_maps",
    "iter_articles",
    "parse_article",
    "place_mentions",
    "read_article",
    "read_articles",
    "read_folder",
]
