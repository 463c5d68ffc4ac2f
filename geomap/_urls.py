"""Whether an address from an article may become a link: the one check every page uses.

Article front matter is untrusted, so a URL is made a link only when it is an absolute
``http`` or ``https`` address with a host; anything else is shown as text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["safe_url"]

_SCHEMES = ("http", "https")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` without surrounding spaces when it is an http(s) URL with a host, else None.

    The scheme is compared ignoring case; whitespace, control characters and backslashes
    inside the address make it no link (browsers read a backslash as a slash).

    >>> safe_url(" HTTPS://example.org/a "), safe_url("https:///x"), safe_url("javascript:x")
    ('HTTPS://example.org/a', None, None)
    """
    if not url:
        return None
    url = url.strip()
    if any(c.isspace() or not c.isprintable() or c == "\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        return None
    return url
