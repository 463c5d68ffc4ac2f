"""Places no gazetteer knows are drawn where the text puts them, even when it puts them by
a description of a town ("just north of the city") or by a hill's name, and a name that only
starts with a known word is a name of its own."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only
from geomap.schema import EventPlace


def _point(p: EventPlace) -> tuple[float, float]:
    assert p.lat is not None and p.lon is not None
    return (p.lat, p.lon)


def test_a_village_just_north_of_the_city_is_drawn_at_that_city(extract: Extract) -> None:
    body = (
        "Government forces tightened their grip around Aleppo. On Thursday, the army captured "
        "the village of Handarat, just north of the city, the Observatory said."
    )
    (capture,) = only(extract(body, dt.date(2014, 10, 5)).events, "capture")
    (handarat,) = capture.places
    lat, lon = _point(handarat)
    assert handarat.approximate and abs(lat - 36.2) < 0.1 and abs(lon - 37.16) < 0.1


def test_a_distance_told_once_places_the_name_wherever_it_comes_again(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga reinforcements head to the front line at Maktab Khalid, southwest of Kirkuk.\n\n"
        "Shirko Shwani, a commander of Peshmerga forces in Kirkuk, was killed along with his "
        "guards when militants attacked the area of Maktab Khalid, about 15 "
        "kilometers southwest of the city, a Peshmerga officer said.\n\n"
        "The governor said that the Peshmerga had retaken Maktab Khalid."
    )
    events = extract(body, dt.date(2015, 1, 30)).events
    points = {_point(p) for e in events for p in e.places if p.name == "Maktab Khalid"}
    assert len(points) == 1  # the same point for every telling
    ((lat, lon),) = points
    assert 35.3 < lat < 35.45 and 44.2 < lon < 44.35  # 15 km southwest of Kirkuk, not Kirkuk
    (attack,) = only(events, "attack")  # the commander's death is the attack's
    assert attack.actors == ("ISIS",)


def test_the_hill_stands_for_the_hill_named_before(extract: Extract) -> None:
    body = (
        "Rebels took full control of Tal al-Harra, the Observatory said. Its director described "
        "the hill as one of the most important positions in the south. The regime had used it "
        "as a base. A video showed gunmen on the summit. AFP could not verify the footage. "
        "Surviving troops withdrew from the hill towards the town of Harra."
    )
    (withdrawal,) = only(extract(body, dt.date(2014, 10, 5)).events, "withdrawal")
    first = withdrawal.places[0]
    assert (first.name, first.role) == ("the hill", "from")


def test_khan_tuman_is_not_a_village_called_khan(extract: Extract) -> None:
    body = "Rebels captured Khan Tuman and several surrounding villages on Friday."
    mentions = extract(body, dt.date(2016, 5, 8)).mentions
    assert [(m.text, m.resolved) for m in mentions if m.kind == "place"] == [("Khan Tuman", False)]
