"""Scanning and resolving the campaign's own articles finds the places a reader sees."""

from __future__ import annotations

from pathlib import Path

from gazetteer import Gazetteer, Place, scan_text


def places_of(gz: Gazetteer, text: str) -> dict[str, Place | None]:
    """Each name scanned in ``text`` with the place it resolves to, in article context."""
    context: list[Place] = []
    found: dict[str, Place | None] = {}
    for span in scan_text(gz, text):
        place = gz.resolve(span.text, context).place
        if place is not None and place not in context:
            context.append(place)
        found[span.text] = place
    return found


def test_seed_articles_name_the_campaign_places(gz: Gazetteer, seeds_dir: Path) -> None:
    found: dict[str, Place | None] = {}
    for path in sorted(seeds_dir.glob("*.md")):
        found |= places_of(gz, path.read_text(encoding="utf-8"))
    expected = {
        "Mosul": "IQ",
        "Tal Afar": "IQ",
        "Tal-Afar": "IQ",
        "Tall-Abtah": "IQ",
        "Sinjar": "IQ",
        "Ramadi": "IQ",
        "Kirkuk": "IQ",
        "Raqqa": "SY",
        "al-Qaim": "IQ",
        "Baghdad": "IQ",
        "Dabiq": "SY",
        "al-Bab": "SY",
        "Hawijah": "IQ",
        "Shirqat": "IQ",
        "Hamrin Mountains": "IQ",
        "Anbar": "IQ",
        "Salahuddin": "IQ",
    }
    for name, country in expected.items():
        place = found.get(name)
        assert place is not None and place.country == country, (name, place)
    assert found["Umm Sijan"] is None and found["Abu Jarees"] is None
    people_and_groups = {"Fallon", "Michael", "Ammar", "Ali", "Ahmed", "al-Baghdadi", "al-Shaabi"}
    assert not people_and_groups & found.keys()
