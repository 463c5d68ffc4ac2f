"""Spellings that reporters use for one place fold to one key."""

from __future__ import annotations

import pytest

from gazetteer import fold, name_key


@pytest.mark.parametrize(
    "spellings",
    [
        ["Tal Afar", "Tal-Afar", "Tall Afar", "Telafar", "Tall ‘Afar", "Tall-Afar"],
        ["al-Qaim", "Al Qaim", "Qaim", "Qa'im", "Al Qā’im", "al Qāʾim"],
        ["Raqqa", "Raqqah", "Ar Raqqah", "ar-Raqqa", "al-Raqqa"],
        ["Hawija", "Hawijah", "Al Ḩawījah", "al-Hawija"],
        ["Tall Abtah", "Tal Abta", "Tall-Abtah"],
    ],
)
def test_news_spellings_share_a_key(spellings: list[str]) -> None:
    assert len({name_key(s) for s in spellings}) == 1


def test_distinct_places_keep_distinct_keys() -> None:
    assert name_key("Tal Abtah") != name_key("Tal Abtan")
    assert name_key("Mosul") != name_key("Sinjar")


def test_fold_is_idempotent_on_examples() -> None:
    for name in ["Al Qā’im", "Tall ‘Afar", "  Mosul  ", "Ash-Sharqāt"]:
        assert fold(fold(name)) == fold(name)
