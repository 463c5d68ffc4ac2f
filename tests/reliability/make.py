"""Inputs for the reliability tests made in code: articles and a small gazetteer."""

from __future__ import annotations

from pathlib import Path

from gazetteer import Gazetteer, Place, Region

# A handful of real places (GeoNames coordinates, rounded), enough for features to exist.
SMALL_PLACES = (
    (Place("geonames:99072", "Mosul", 36.335, 43.119, "IQ", population=1739800), ("Mosul",)),
    (
        Place("geonames:98245", "Tall ‘Afar", 36.377, 42.449, "IQ", population=205000),
        ("Tall ‘Afar", "Tal Afar", "Tal-Afar", "Telafar"),
    ),
    (Place("geonames:94787", "Kirkuk", 35.468, 44.392, "IQ", population=601433), ("Kirkuk",)),
    (Place("geonames:94824", "Sinjār", 36.322, 41.877, "IQ", population=38294), ("Sinjar",)),
)
REGION = Region(countries=("IQ", "SY"))


def article_text(
    body: str = "Forces reached Mosul on Saturday.\n",
    *,
    title: str = "A test report",
    outlet: str = "Test Outlet",
    published: str = "2016-10-29",
    extra: str = "",
) -> str:
    """Return the text of a Markdown article with front matter."""
    return f"---\ntitle: {title}\noutlet: {outlet}\npublished: {published}\n{extra}---\n{body}"


def write_article(folder: Path, name: str, text: str | bytes | None = None, **kw: str) -> Path:
    """Write an article file (text from :func:`article_text` unless given) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    content = article_text(**kw) if text is None else text
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def small_gazetteer() -> Gazetteer:
    """Return a gazetteer of :data:`SMALL_PLACES` (instant, unlike the full default one)."""
    return Gazetteer(iter(SMALL_PLACES), region=REGION)
