"""Turn news reports of a military campaign into sourced, dated, timeline maps."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from geomap._errors import ArticleError, BuildError, GeomapError
from geomap.articles import Article, parse_article, read_article, read_articles
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
    "BuildConfig",
    "BuildError",
    "BuildResult",
    "Event",
    "EventPlace",
    "GeomapError",
    "Mention",
    "__version__",
    "build_maps",
    "parse_article",
    "place_mentions",
    "read_article",
    "read_articles",
]
