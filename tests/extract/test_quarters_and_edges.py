"""A town's quarters retaken, its edge or the desert fallen back to, and the sayer's places."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only

PUB = dt.date(2014, 6, 5)  # a Thursday
STORY = (
    "Sunni militants stormed the city of Samarra on Thursday, seizing several neighborhoods.\n\n"
    "Police officers in Samarra said the attack began at dawn. Samarra residents fled.\n\n"
)


def test_quarters_retaken_and_the_edge_fallen_back_to_are_the_storys_town(
    extract: Extract,
) -> None:
    body = STORY + (
        "By the afternoon, reinforcements rushed from Baghdad and from the army base in nearby "
        "Tikrit had retaken most of the neighborhoods, and the militants had fallen back to "
        "the eastern outskirts of the city, said Lt. Gen. Qassim Atta."
    )
    events = extract(body, PUB).events
    said = [e for e in events if e.quote.startswith("By the afternoon")]
    (retaken,) = only(said, "capture")
    (fell_back,) = only(said, "withdrawal")
    assert retaken.places[0].name == "Samarra"
    # out of the city to its edge: not from Tikrit, where the reinforcements came from
    assert [(p.name, p.role) for p in fell_back.places] == [("the city", "from")]
    assert fell_back.places[0].place_id == retaken.places[0].place_id


def test_the_town_a_sayers_place_is_located_by_is_no_place_of_the_event(
    extract: Extract,
) -> None:
    body = (
        "The fighters overran police checkpoints in the town of Dhuluiya at dawn, according "
        "to police officers in Samarra, 95 kilometers (60 miles) north of Baghdad.\n\n"
        "Gunmen swept into the city from the east and south after overrunning police "
        "checkpoints, according to police officers in Balad, 80 kilometers north of Baghdad."
    )
    events = extract(body, PUB).events
    assert "Baghdad" not in {p.name for e in events for p in e.places}


def test_fighters_withdrawn_towards_the_desert_left_the_storys_town(extract: Extract) -> None:
    body = (
        "Syrian troops recaptured Qaryatain on Sunday. The army entered Qaryatain from the "
        "west. Qaryatain had been held since August.\n\n"
        '"IS fighters have withdrawn east towards the desert," the Observatory said.'
    )
    events = extract(body, dt.date(2016, 4, 3)).events
    (left,) = only(events, "withdrawal")
    assert [(p.name, p.role) for p in left.places] == [("Qaryatain", "from")]


def test_units_redeployed_to_the_vicinity_of_the_town_withdrew_from_it(
    extract: Extract,
) -> None:
    body = (
        "Rebels took Jisr al-Shughour on Saturday. Jisr al-Shughour is a key town.\n\n"
        'State media said army units had "redeployed" to the vicinity of the town "to avoid '
        'harming civilians".'
    )
    events = extract(body, dt.date(2015, 4, 25)).events
    (left,) = only(events, "withdrawal")
    assert [(p.name, p.role) for p in left.places] == [("the town", "from")]
    assert left.actors == ("SAA",)


def test_a_field_no_gazetteer_knows_is_put_where_a_later_sentence_says_it_lies(
    extract: Extract,
) -> None:
    body = (
        "Army units on Saturday restored security to the al-Shaer gas field in the eastern "
        "countryside of Homs province, a military source said.\n\n"
        "Al-Shaer field lies about 110 km east of the city of Homs."
    )
    (taken,) = only(extract(body, dt.date(2014, 7, 26)).events, "capture")
    field = taken.places[0]
    assert field.approximate and field.lat is not None and field.lon is not None
    # (110 km east of Homs, at 34.73 N 36.72 E: about a degree and a fifth of longitude)
    assert abs(field.lat - 34.73) < 0.1 and abs(field.lon - 37.93) < 0.1
