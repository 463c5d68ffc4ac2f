"""Reading ``overrides.yaml``: every kind of entry, and errors that name the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap._errors import OverridesError
from geomap.articles import read_articles
from geomap.overrides import EventSelector, PlaceFix, parse_overrides, read_overrides

EVERY_KIND = """\
# corrections for the test article
- pin: Rabia
  place_id: t:rabia-iq
- pin: Umm Sijan
  article: a1
  lat: 36.3
  lon: 42.9
  label: Umm Sijan village
- not_place: Mosul
  quote: Doctors in Mosul
  why: where the doctors work is not the story
- change: ev-attack-62
  type: capture
  date: 2016-11-20
  status: claimed
  actors: [ISIS]
  places:
    - {name: Umm Sijan, role: at}
- drop: {article: a1, quote: "cut off the Tal Afar", type: cut_route}
  why: duplicate of another report
- add: link_up
  article: a1
  quote: Hashd forces have cut off the Tal Afar-Sinjar road
  date: 2016-11-23
  status: claimed
  claimant: a spokesman
  places: [{name: Tal Afar, role: between}, {name: Sinjar, role: between}]
"""


def test_every_kind_is_read_with_its_line() -> None:
    overrides = parse_overrides(EVERY_KIND, "seeds/overrides.yaml")
    got = [(e.action, e.line) for e in overrides.entries]
    assert got == [
        ("pin", 2),
        ("pin", 4),
        ("not_place", 9),
        ("change", 12),
        ("drop", 19),
        ("add", 21),
    ]
    pin, coords, not_place, change, drop, add = overrides.entries
    assert (pin.name, pin.place_id, pin.article) == ("Rabia", "t:rabia-iq", None)
    assert (coords.lat, coords.lon, coords.label) == (36.3, 42.9, "Umm Sijan village")
    assert not_place.quote == "Doctors in Mosul"
    assert change.selector == EventSelector(id="ev-attack-62")
    assert change.fields["date"] == "2016-11-20"
    assert change.fields["places"] == (PlaceFix("Umm Sijan", "at"),)
    assert drop.selector == EventSelector(
        article="a1", quote="cut off the Tal Afar", type="cut_route"
    )
    assert add.fields["type"] == "link_up"
    assert add.quote == "Hashd forces have cut off the Tal Afar-Sinjar road"


def test_empty_or_comment_only_file_means_no_overrides(tmp_path: Path) -> None:
    assert parse_overrides("# nothing yet\n").entries == ()
    assert read_overrides(tmp_path / "overrides.yaml").entries == ()


def test_shipped_seed_overrides_and_their_examples_are_valid() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert read_overrides(seeds / "overrides.yaml").source.endswith("overrides.yaml")
    text = (seeds / "overrides.yaml").read_text(encoding="utf-8")
    after = text[text.index("# Examples") :].splitlines()[1:]
    examples = "\n".join(line[2:] for line in after if line.startswith(("# - ", "#   ")))
    entries = parse_overrides(examples).entries
    assert {e.action for e in entries} == {"pin", "not_place", "change", "drop", "add"}
    bodies = {a.stem: a.body for a in read_articles(seeds)}
    for entry in entries:
        if entry.action == "add":
            assert entry.quote in bodies[entry.article or ""]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- pin: Mosul\n  place: t:mosul\n", 2, ["unknown key 'place'", "place_id"]),
        ("- pin: Mosul\n  lat: 36.3\n", 1, ["either place_id, or both lat and lon"]),
        ("- pin: Mosul\n  lat: north\n  lon: 43\n", 2, ["lat", "a latitude"]),
        ("- change: ev-1\n  type: battle\n", 2, ["one of", "capture", "'battle'"]),
        ("- change: ev-1\n  date: 23 November\n", 2, ["YYYY-MM-DD"]),
        ("- change: ev-1\n  date: 2016-11-05\n  date_end: 2016-11-01\n", 1, ["is before date"]),
        ("- change: ev-1\n  why: nothing\n", 1, ["say what to change"]),
        ("- drop: ev-1\n  why: no\n", 2, ["text (put yes, no"]),
        ("- drop: {article: a1}\n", 1, ["{article: ..., quote: ...}"]),
        ("- add: capture\n  article: a1\n  date: 2016-11-01\n", 1, ["needs quote"]),
        ("- mosul: pin\n", 1, ["exactly one of", "pin", "not_place"]),
        ("- pin: Mosul\n  drop: ev-1\n", 1, ["exactly one of"]),
        ("- pin: Mosul\n  place_id: a\n  place_id: b\n", 3, ["given twice"]),
        ("pin: Mosul\n", 1, ["expected a list of entries"]),
        ("- just a name\n", 1, ["expected an entry"]),
        ("- pin: Mosul\n  place_id: [a\n", 3, ["not valid YAML"]),
        ("- pin: Mosul\n\tplace_id: a\n", 2, ["not valid YAML"]),
        (
            "- change: ev-1\n  places:\n    - {name: A, role: at}\n    - {name: B, role: over}\n",
            4,
            ["places", "role", "one of"],
        ),
    ],
)
def test_invalid_file_names_file_line_and_what_is_expected(
    text: str, line: int, words: list[str]
) -> None:
    with pytest.raises(OverridesError) as err:
        parse_overrides(text, "seeds/overrides.yaml")
    message = str(err.value)
    assert message.startswith(f"seeds/overrides.yaml:{line}: "), message
    for word in words:
        assert word in message, message


def test_read_overrides_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "overrides.yaml"
    path.write_text("- drop: ev-1\n- drop: ev-2\n  why: [x]\n", encoding="utf-8")
    with pytest.raises(
        OverridesError, match=r"overrides\.yaml:3: drop entry, why: expected a non-empty text"
    ):
        read_overrides(path)
    assert isinstance(OverridesError("x"), ValueError)


def test_nested_aliases_and_long_values_keep_messages_short() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 12):  # 9**12 leaves if expanded
        bomb += f"{'a' * (i + 1)}: &{'a' * (i + 1)} [{', '.join(['*' + 'a' * i] * 9)}]\n"
    with pytest.raises(OverridesError, match="expected a list of entries"):
        parse_overrides(bomb)
    nested = "[" * 20 + "]" * 20
    with pytest.raises(OverridesError) as err:
        parse_overrides(f"- drop: ev-1\n  why: {nested}\n- pin: {'x' * 5000}\n")
    assert ":2: drop entry, why: expected a non-empty text" in str(err.value)
    assert len(str(err.value)) < 200
