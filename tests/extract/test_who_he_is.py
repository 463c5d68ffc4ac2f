"""Whom "he" and "it" stand for when a sentence says who said so."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

PUB = dt.date(2017, 8, 31)


def claimants(extract: Extract, body: str) -> list[str | None]:
    return [e.claimant for e in extract(body, PUB).events]


def test_he_is_the_person_named_last_not_an_organisation(extract: Extract) -> None:
    body = (
        "Kurdish officials said peshmerga entered Bashiqa on Tuesday. "
        "The International Organization for Migration says 500,000 people may have fled. "
        "Abadi said the army would retake Tal Afar. "
        '"We will chase Daesh to the last inch of Iraq," he said.'
    )
    assert claimants(extract, body)[-1] == "Abadi"


def test_a_person_named_again_is_the_last_one_named(extract: Extract) -> None:
    body = (
        "Prime Minister Haider al-Abadi said on Monday that the army had retaken Tal Afar. "
        "A Peshmerga commander north of Tal Afar said militants fled Ayadiya on Tuesday. "
        "Abadi said the operation was over. "
        '"We will chase Daesh to the border of Syria," he said.'
    )
    assert claimants(extract, body)[-1] == "Prime Minister Haider al-Abadi"


def test_it_is_the_agency_named_last(extract: Extract) -> None:
    body = (
        'Syria\'s state news agency SANA said army units "foiled an attack" in Daraa. '
        "It said that rebel shells hit residential areas in the Mahatta district of Daraa."
    )
    assert claimants(extract, body) == ["Syria's state news agency SANA"] * 2
