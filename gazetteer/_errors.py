"""Exceptions raised by the gazetteer.

GazetteerError
├── SourceError(GazetteerError, ValueError)      a source file cannot be read or parsed
├── QueryError(GazetteerError, ValueError)       a query or option is malformed
└── OnlineError(GazetteerError, ConnectionError)  the online geocoder failed or answered badly
"""

from __future__ import annotations


class GazetteerError(Exception):
    """Base class of every gazetteer error."""


class SourceError(GazetteerError, ValueError):
    """A gazetteer source file cannot be read or parsed."""


class QueryError(GazetteerError, ValueError):
    """A query or an option given with it is malformed."""


class OnlineError(GazetteerError, ConnectionError):
    """The online geocoder did not answer, or answered something unusable."""
