"""Scanning news prose finds the place names a reader sees, and nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer, Place, Region, scan_text


def names(gz: Gazetteer, text: str) -> list[tuple[str, bool]]:
    return [(s.text, s.known) for s in scan_text(gz, text)]


def test_offsets_point_into_the_original_text(gz: Gazetteer) -> None:
    text = "Forces reached Tall ‘Afar, west of Mosul, and al-Qā’im on Tuesday."
    spans = list(scan_text(gz, text))
    assert [s.text for s in spans] == ["Tall ‘Afar", "Mosul", "al-Qā’im"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_multi_word_and_hyphenated_names_are_one_span(gz: Gazetteer) -> None:
    text = (
        "The Tal Afar-Sinjar road was cut; militias took Tall-Abtah and moved towards "
        "the Hamrin Mountains, al-Bab and Ar Raqqah."
    )
    assert [n for n, _ in names(gz, text)] == [
        "Tal Afar",
        "Sinjar",
        "Tall-Abtah",
        "Hamrin Mountains",
        "al-Bab",
        "Ar Raqqah",
    ]


def test_people_months_and_groups_are_not_places(gz: Gazetteer) -> None:
    text = (
        "Defence Secretary Sir Michael Fallon said on Saturday in January that ISIS leader "
        "Abu Bakr al-Baghdadi had fled. Ahmed al-Assadi of the Hashd al-Shaabi and Ammar Ali "
        "spoke to Iraqi, Kurdish and Shia fighters, and to Amnesty International and Press TV."
    )
    assert names(gz, text) == []


def test_possessives_and_compounds_keep_the_place(gz: Gazetteer) -> None:
    text = "Iraq’s army entered Daesh-held Mosul; Turkey-backed rebels took Dabiq."
    assert [n for n, _ in names(gz, text)] == ["Iraq", "Mosul", "Dabiq"]


def test_place_shaped_names_it_cannot_resolve_are_returned_as_unknown(gz: Gazetteer) -> None:
    text = (
        "Forces were active in the area of Abu Jarees in Mosul, and took Umm Sijan, "
        "south of the city."
    )
    assert names(gz, text) == [("Abu Jarees", False), ("Mosul", True), ("Umm Sijan", False)]


def test_a_name_known_only_as_a_variant_spelling_is_found(gz: Gazetteer) -> None:
    text = "They will take Shirqat town, 300 kilometers north of Baghdad."
    assert [n for n, _ in names(gz, text)] == ["Shirqat", "Baghdad"]


def test_a_known_word_followed_by_an_article_is_a_longer_name(gz: Gazetteer) -> None:
    # Bab is a town in Syria, Al Hawl one too; Bab al-Sinjar and Hawi Al Kanissa are
    # quarters of Mosul that no source here holds: neither becomes the Syrian town.
    text = "Strikes hit Bab al-Sinjar and Hawi Al Kanissa in Mosul as Mattis spoke."
    assert names(gz, text) == [("Bab al-Sinjar", False), ("Mosul", True)]


def test_acronyms_are_not_places(gz: Gazetteer) -> None:
    assert names(gz, "HRW and the ISF said the PMU entered Mosul.") == [("Mosul", True)]


def test_countries_are_returned_like_other_places(gz: Gazetteer) -> None:
    assert names(gz, "Syria and Turkey border Iraq.") == [
        ("Syria", True),
        ("Turkey", True),
        ("Iraq", True),
    ]


def test_small_places_far_from_the_region_are_not_found(gz: Gazetteer) -> None:
    # Start, Sun and Fallon are towns somewhere; great cities far away are still named.
    text = "Start the Sun rising over Fallon. Officials in London and Tehran agreed."
    assert [n for n, _ in names(gz, text)] == ["London", "Tehran"]


def test_without_a_region_only_known_towns_are_found(gz_world: Gazetteer) -> None:
    assert [n for n, _ in names(gz_world, "Michael flew from London to Mosul.")] == [
        "London",
        "Mosul",
    ]


_SMALL = Gazetteer(
    [(Place("t:1", "Tal Afar", 36.38, 42.45, "IQ"), ("Tal Afar", "Telafar"))],
    region=Region(countries=("IQ",)),
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_scans_without_error_and_spans_fit(text: str) -> None:
    for span in scan_text(_SMALL, text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text


def test_zero_width_characters_inside_a_name_keep_it_whole(gz: Gazetteer) -> None:
    for mark in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        text = f"Forces reached Mo{mark}sul and Tal A{mark}far.{mark}"
        spans = list(scan_text(gz, text))
        assert [s.text for s in spans] == [f"Mo{mark}sul", f"Tal A{mark}far"]
        assert all(text[s.start : s.end] == s.text for s in spans)


def test_a_name_reads_the_same_wherever_it_stands(gz: Gazetteer) -> None:
    # Readings are remembered per gazetteer: a second, third ... scan gives the same spans.
    text = "The Turkey-backed rebels fled Turkey for al-Qaim, near Umm Sijan and Tal Afar."
    first = names(gz, text)
    assert first == names(gz, text) == names(gz, "x " + text)
    assert names(gz, "in the village of Abu Jarees") == [("Abu Jarees", False)]
    assert names(gz, "Abu Jarees") == []


def _twin_towns(region: Region) -> Gazetteer:
    """Two large towns that share a name, far apart, and a village of the region."""
    return Gazetteer(
        [
            (Place("t:1", "Newport", 51.59, -2.99, "GB", population=150_000), ("Newport",)),
            (Place("t:2", "Newport", 36.97, -76.43, "US", population=150_000), ("Newport",)),
            (Place("t:3", "Bashiqa", 36.45, 43.35, "IQ", population=0), ("Bashiqa",)),
            (Place("t:4", "Kilton", 54.0, -1.0, "GB", population=400), ("Kilton",)),
        ],
        region=region,
    )


def test_a_name_two_large_towns_share_is_found_for_resolution_to_settle() -> None:
    # Which Newport is meant is the resolver's question, with the article's other places;
    # the scan still reports the name, so that it is not lost.
    text = "Reporters in Newport and Bashiqa heard it; Kilton did not."
    for region in (Region(countries=("IQ",)), Region()):
        gz = _twin_towns(region)
        assert gz.resolve("Newport").place is None  # ambiguous on its own
        found = [n for n, _ in names(gz, text)]
        assert "Newport" in found
        assert ("Bashiqa" in found) == (not region.empty)
        assert "Kilton" not in found


def test_the_prominent_names_of_an_index_are_those_of_large_places_and_areas() -> None:
    gz = _twin_towns(Region())
    sets = gz.prominent_keys(100_000)
    assert "newport" in sets.main
    assert "bashiqa" not in sets.main | sets.other
    assert "bashiqa" in gz.prominent_keys(0).main


def test_names_joined_by_an_article_or_a_linking_word_are_whole(gz_world: Gazetteer) -> None:
    text = (
        "Convoys left Deir ez-Zor for Shahr-e Kord, by way of Neuilly-sur-Marne and "
        "Barra do Corda."
    )
    assert [n for n, _ in names(gz_world, text)] == [
        "Deir ez-Zor",
        "Shahr-e Kord",
        "Neuilly-sur-Marne",
        "Barra do Corda",
    ]


def test_lower_case_words_hyphenated_to_a_name_are_part_of_it(gz_world: Gazetteer) -> None:
    text = "Units moved from Seongnam-si to Chikushino-shi; US-led and Turkey-backed forces."
    assert names(gz_world, text) == [("Seongnam-si", True), ("Chikushino-shi", True)]


def test_a_compound_made_on_a_name_yields_no_part_of_it(gz: Gazetteer) -> None:
    # "Tal Afar-based" modifies the fighters: neither Tal Afar nor a town called "Tal".
    assert names(gz, "Tal Afar-based fighters fled; Mosul-born men stayed.") == []


def test_linking_words_of_european_names_keep_the_name_whole(gz_world: Gazetteer) -> None:
    text = (
        "The route ran past Frinton-on-Sea and Stratford-upon-Avon, then Frankfurt am Main, "
        "Halle an der Saale, Ayutla de los Libres and Val-d'Or."
    )
    assert [n for n, _ in names(gz_world, text)] == [
        "Frinton-on-Sea",
        "Stratford-upon-Avon",
        "Frankfurt am Main",
        "Halle an der Saale",
        "Ayutla de los Libres",
        "Val-d'Or",
    ]


def test_a_road_named_by_its_ends_gives_both_towns(gz: Gazetteer) -> None:
    text = "PMU units cut the Mosul-to-Raqqa road and the Tal Afar-Sinjar road."
    assert [n for n, _ in names(gz, text)] == ["Mosul", "Raqqa", "Tal Afar", "Sinjar"]


def test_a_soft_sign_after_the_article_keeps_the_name_whole(gz: Gazetteer) -> None:
    assert names(gz, "Fighters fled to Al'-Qaim.") == [("Al'-Qaim", True)]


def test_a_name_the_sentence_places_is_kept_as_unknown(gz: Gazetteer) -> None:
    # Neither town is in the gazetteer; the verb or the bearing after them says they are
    # places, so they are reported unresolved instead of being lost.
    text = (
        "Kurdish fighters pushed into Qarawiya, northeast of Mosul, and the army "
        "surrounded Zawiyat Kharab. Karbatli, 30 km south of the city, was quiet. "
        "Reporters said Fallon Hurst would speak."
    )
    assert names(gz, text) == [
        ("Qarawiya", False),
        ("Mosul", True),
        ("Zawiyat Kharab", False),
        ("Karbatli", False),
    ]


def test_a_title_is_not_a_place(gz: Gazetteer) -> None:
    assert names(gz, "Brig. Gen. Yahya Rasool said Mosul was calm.") == [("Mosul", True)]


def test_a_place_before_a_landmark_named_after_someone_is_found(gz_world: Gazetteer) -> None:
    text = "Troops fought near Mosul Nuri Mosque; Abu Bakr al-Baghdadi was not seen."
    assert names(gz_world, text) == [("Mosul", True)]


def test_a_town_named_like_a_person_is_found_but_a_title_is_not(gz_world: Gazetteer) -> None:
    text = "Brig. Gen. Yahya Rasool said fighting reached Jasim and Sadr."
    assert [n for n, _ in names(gz_world, text)] == ["Jasim", "Sadr"]
