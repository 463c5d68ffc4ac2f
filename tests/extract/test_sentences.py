"""Sentences keep their offsets; page furniture is told from the story by how it is written."""

from __future__ import annotations

from geomap.sentences import furniture_reasons, quoted_mask, split_sentences

APPEAL = (
    "Rebels shelled the town on Monday.\n"
    "Help us keep reporting\n"
    "Your contribution keeps our reporters in the field. We rely on readers like you.\n"
    "The Daily Planet is read by millions of people every day.\n"
    "Your support makes the difference.Government troops then entered the town.\n"
    "Sign up to our newsletter\n"
    "Have a tip? Email us at news@example.org or call 0207 000 0000\n"
    "Leave a comment below\n"
    "Comments\n"
)


def test_glued_sentences_are_split() -> None:
    texts = [s.text for s in split_sentences(APPEAL)]
    assert "Your support makes the difference." in texts
    assert "Government troops then entered the town." in texts


def test_abbreviations_do_not_end_sentences() -> None:
    texts = [
        s.text for s in split_sentences("Gen. Ali and Mr. Smith met in St. Louis. Then they left.")
    ]
    assert texts == ["Gen. Ali and Mr. Smith met in St. Louis.", "Then they left."]


def test_a_time_of_day_does_not_end_a_sentence() -> None:
    texts = [s.text for s in split_sentences("He spoke before 2 a.m. (2300 GMT Sunday), live.")]
    assert texts == ["He spoke before 2 a.m. (2300 GMT Sunday), live."]


def test_offsets_are_code_points_into_the_text() -> None:
    text = "“Qā’im fell,” he said. Mosul held."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_furniture_is_detected_without_site_words() -> None:
    sentences = split_sentences(APPEAL)
    reasons = furniture_reasons(APPEAL, sentences, outlet="The Daily Planet")
    furniture = {sentences[i].text for i in reasons}
    story = {s.text for i, s in enumerate(sentences) if i not in reasons}
    assert story == {
        "Rebels shelled the town on Monday.",
        "Government troops then entered the town.",
    }
    assert "The Daily Planet is read by millions of people every day." in furniture
    assert "Comments" in furniture


def test_quoted_first_person_is_not_furniture() -> None:
    text = "“We took the town and our men hold it,” the commander said. The town is quiet."
    sentences = split_sentences(text)
    assert furniture_reasons(text, sentences, outlet="Wire") == {}


def test_reporting_to_the_outlet_is_not_furniture() -> None:
    text = "A spokesman told The Daily Planet the road was cut. Troops advanced."
    sentences = split_sentences(text)
    assert furniture_reasons(text, sentences, outlet="The Daily Planet") == {}


def test_quotes_run_to_the_end_of_the_paragraph() -> None:
    text = "He said: “We will win.\nThe town fell."
    mask = quoted_mask(text)
    assert mask[text.index("win")] and not mask[text.index("town")]
