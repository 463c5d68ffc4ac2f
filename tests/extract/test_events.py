"""Events from sentences written for the tests: each type, each status, roles, claimants."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract, names, only
from geomap.schema import Event

PUB = dt.date(2016, 11, 23)  # a Wednesday

MOSUL, RAQQA, TAL_AFAR, SINJAR = (
    "geonames:99072",
    "geonames:172955",
    "geonames:90393",
    "geonames:448149",
)
PALMYRA, DAMASCUS, FALLUJAH = "geonames:163808", "geonames:170654", "geonames:99454"


def single(extract: Extract, body: str, kind: str, published: dt.date = PUB) -> Event:
    events = only(extract(body, published).events, kind)
    assert len(events) == 1, [(e.type, e.quote) for e in extract(body, published).events]
    return events[0]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Kurdish forces recaptured Sinjar on Friday.", "capture"),
        ("Raqqa fell to the militants in 2014.", "capture"),
        ("Palmyra fell on Sunday after a week of fighting.", "capture"),
        ("The militants were driven out of Manbij.", "withdrawal"),
        ("Government troops seized control of Palmyra.", "capture"),
        ("Iraqi troops pushed into Tal Afar on Monday.", "advance"),
        ("The army launched an offensive towards Hawija.", "advance"),
        ("The militants withdrew from Manbij overnight.", "withdrawal"),
        ("Fighters fled Mosul for Raqqa.", "withdrawal"),
        ("The army cut the Mosul-Raqqa highway.", "cut_route"),
        ("Militia fighters severed the supply lines between Mosul and Raqqa.", "cut_route"),
        ("Troops encircled Tal Afar on Sunday.", "siege"),
        ("Fallujah is besieged by government forces.", "siege"),
        ("Militants attacked a checkpoint in Kirkuk.", "attack"),
        ("A suicide bomber struck a market in Baghdad.", "attack"),
        ("Coalition airstrikes hit targets in Raqqa.", "airstrike"),
        ("RAF jets carried out raids over Mosul.", "airstrike"),
        ("Peshmerga units linked up with Iraqi troops near Bashiqa.", "link_up"),
        ("Officials said an offensive on Hawija is planned for the spring.", "planned"),
        ("The army will launch an offensive on Hawija.", "planned"),
    ],
)
def test_each_event_type(extract: Extract, body: str, kind: str) -> None:
    event = single(extract, body, kind)
    assert event.places and event.quote == body


def test_capture_roles_date_and_actors(extract: Extract) -> None:
    e = single(extract, "Kurdish forces recaptured Sinjar on Friday.", "capture")
    assert names(e) == {SINJAR} and e.places[0].role == "at"
    assert (e.date, e.date_precision, e.date_text) == ("2016-11-18", "day", "on Friday")
    assert e.actors == ("Peshmerga",) and e.status == "reported"


def test_passive_capture_keeps_its_old_date(extract: Extract) -> None:
    e = single(extract, "Mosul fell to the militants two years ago.", "capture")
    assert names(e) == {MOSUL}
    assert (e.date, e.date_precision) == ("2014-11-23", "year")


def test_movement_roles(extract: Extract) -> None:
    e = single(extract, "Fighters travelled from Tal Afar to Raqqa last week.", "advance")
    roles = {p.role: p.place_id for p in e.places}
    assert roles == {"from": TAL_AFAR, "to": RAQQA}
    assert e.date_precision == "week" and (e.date, e.date_end) == ("2016-11-16", "2016-11-22")


def test_withdrawal_object_is_where_they_left(extract: Extract) -> None:
    e = single(extract, "Hundreds of fighters fled Mosul.", "withdrawal")
    assert [(p.place_id, p.role) for p in e.places] == [(MOSUL, "from")]


def test_route_between_two_places(extract: Extract) -> None:
    for body in (
        "Militia fighters cut off the Tal Afar-Sinjar road.",
        "Militia fighters cut the road between Tal Afar and Sinjar.",
        "Militia fighters reached the path connecting the towns of Tal Afar and Sinjar and cut the road.",
    ):
        events = only(extract(body).events, "cut_route") or only(extract(body).events, "advance")
        assert events, body
        assert {(p.place_id, p.role) for p in events[0].places} == {
            (TAL_AFAR, "between"),
            (SINJAR, "between"),
        }, body


def test_a_country_end_is_placed_approximately(extract: Extract) -> None:
    e = single(extract, "Troops cut the last supply line between Mosul and Syria.", "cut_route")
    (syria,) = [p for p in e.places if p.place_id == "country:SY"]
    assert syria.approximate and syria.located
    # the nearest Syrian point to Mosul: on the border, west of Mosul, within ~150 km
    assert 36.0 < syria.lat < 37.5 and 41.0 < syria.lon < 42.5


def test_a_journey_to_a_country_gets_its_origin_from_context(extract: Extract) -> None:
    body = "Militants are fleeing Mosul. A convoy was seen travelling to Syria last week."
    (e,) = [e for e in extract(body).events if "convoy" in e.quote]
    assert e.type == "withdrawal"
    assert [p.role for p in e.places] == ["from", "to"] and e.places[0].place_id == MOSUL


@pytest.mark.parametrize(
    ("body", "status", "claimant"),
    [
        ("Iraqi troops retook Bartella on Monday.", "reported", None),
        (
            "Iraqi security sources said troops retook Bartella.",
            "claimed",
            "Iraqi security sources",
        ),
        (
            "Troops retook Bartella, according to the Defence Minister Khalid al-Obeidi.",
            "claimed",
            "the Defence Minister Khalid al-Obeidi",
        ),
        (
            "“We retook Bartella,” said Major General Najm al-Jabouri, a commander.",
            "claimed",
            "Major General Najm al-Jabouri, a commander",
        ),
        ("The army claims to have retaken Bartella.", "claimed", "The army"),
        ("The army confirmed that it retook Bartella.", "claimed", "The army"),
        ("The operation aims to retake Bartella, a spokesman said.", "planned", "a spokesman"),
        ("Troops will retake Bartella, the general said.", "planned", "the general"),
        ("The militia plans to enter Bartella.", "planned", None),
        ("We are waiting on orders if we should enter Bartella.", "planned", None),
        ("The army denied that militants had retaken Bartella.", "denied", "The army"),
    ],
)
def test_each_status(extract: Extract, body: str, status: str, claimant: str | None) -> None:
    events = extract(body).events
    assert events, body
    assert events[0].status == status, body
    assert events[0].claimant == claimant, body


def test_a_pronoun_claimant_resolves_to_the_last_person_named(extract: Extract) -> None:
    body = (
        "“We hold the line,” said Ahmed al-Assadi, a spokesman for the militia. "
        "Noting that the fighters had cut the road between Mosul and Sinjar, he said the work went on."
    )
    (e,) = only(extract(body).events, "cut_route")
    assert e.claimant == "Ahmed al-Assadi, a spokesman for the militia"


def test_purpose_clause_lends_its_place_to_the_push(extract: Extract) -> None:
    body = "Iraqi forces began a new push on Saturday to capture the Old City in western Mosul."
    (e,) = extract(body, dt.date(2017, 5, 31)).events
    assert e.type == "advance" and e.date == "2017-05-27"
    assert any(p.place_id == MOSUL and p.role == "to" for p in e.places)


def test_a_date_in_a_relative_clause_is_not_the_event_date(extract: Extract) -> None:
    body = "The militants are fleeing Raqqa, which they seized in 2014."
    (e,) = only(extract(body).events, "withdrawal")
    # no date of its own and none dominant in the article: the day before publication to it
    assert (e.date, e.date_end) == ("2016-11-22", "2016-11-23")
    assert e.extra["date_source"] == "present"  # "are fleeing": as of the report


def test_undated_events_take_the_dominant_recent_date(extract: Extract) -> None:
    body = (
        "Troops reached Bashiqa on Monday. On Monday they also entered Bartella.\n\n"
        "The Peshmerga besieged Tal Afar."
    )
    (e,) = only(extract(body).events, "siege")
    assert e.date == "2016-11-21" and e.date_text == "" and e.extra["date_source"] == "article"
    dated = [x for x in extract(body).events if x.date_text]
    assert all(e.confidence < x.confidence for x in dated)
    # The page's own date stamps, on lines of their own, are not what the story tells of.
    body = (
        "Nov. 23, 2016\n\nUpdated: Nov. 23, 2016 08:00 AM\n\nCoalition forces continued to "
        "attack ISIL in Iraq yesterday, officials said.\n\n-- Near Mosul, 11 strikes destroyed "
        "14 fighting positions."
    )
    (e,) = only(extract(body).events, "airstrike")
    assert e.date == "2016-11-22" and e.extra["date_source"] == "article"


def test_non_places_never_make_events(extract: Extract) -> None:
    body = "The children suffer from Baghdad boils. Troops are waiting on orders from Baghdad."
    assert extract(body).events == ()


def test_ids_are_stable(extract: Extract) -> None:
    body = "Troops encircled Tal Afar on Sunday. Jets bombed Raqqa."
    assert [e.id for e in extract(body).events] == [e.id for e in extract(body).events]


def test_coordinated_places_share_a_role(extract: Extract) -> None:
    e = single(
        extract, "Coalition aircraft carried out airstrikes near Mosul and Tal Afar.", "airstrike"
    )
    assert {(p.place_id, p.role) for p in e.places} == {(MOSUL, "near"), (TAL_AFAR, "near")}


def test_a_road_linking_a_town_to_a_country(extract: Extract) -> None:
    body = "The militias said they plan to cut the road linking Tal Afar to Syria."
    e = single(extract, body, "cut_route")
    assert {p.role for p in e.places} == {"between"} and e.status == "planned"
    assert any(p.place_id == "country:SY" and p.approximate for p in e.places)


def test_a_claimant_named_with_an_appositive(extract: Extract) -> None:
    body = "Shiite militias, known collectively as the Hashd, said they had retaken Bartella."
    (e,) = extract(body).events
    assert e.status == "claimed" and e.claimant is not None and "Hashd" in e.claimant


def test_the_city_is_the_largest_place_in_view(extract: Extract) -> None:
    body = (
        "Troops pushed into eastern Mosul and seized the Karama district on Friday. "
        "They are now advancing toward the city center."
    )
    (city,) = [m for m in extract(body).mentions if m.text == "the city"]
    assert city.place_id == MOSUL  # not the district named last


def test_a_place_after_a_reference_does_not_take_its_role(extract: Extract) -> None:
    body = "The army will launch offensives on Hawija, 48 kilometers west of Kirkuk, and Tal Afar."
    e = single(extract, body, "planned")
    assert {(p.name, p.role) for p in e.places} == {("Hawija", "at"), ("Tal Afar", "at")}


@pytest.mark.parametrize(
    ("body", "kind", "actors"),
    [
        # A passive agent after the trigger acts, whoever is named first.
        ("Raqqa was seized by Isis in 2014.", "capture", ("ISIS",)),
        (
            "The militants were dealt heavy blows amid advances made by the Iraqi army towards "
            "Mosul.",
            "advance",
            ("ISF", "ISIS"),
        ),
        # The one acted against follows the one acting.
        (
            "Peshmerga fighters attacked Isis positions in Sinjar.",
            "attack",
            ("Peshmerga", "ISIS"),
        ),
        (
            "The PMU cut off Isis's main supply route between Mosul and Raqqa.",
            "cut_route",
            ("PMU", "ISIS"),
        ),
        ("Iraqi forces tightened the siege of [Isis] in Mosul.", "siege", ("ISF", "ISIS")),
        # Alone, the one acted against is not named as the actor.
        ("They cut off Daesh's escape route to Syria.", "cut_route", ()),
        # An actor's own people are not its positions: Hashed's commanders act for it.
        ("Hashed's commanders said they besieged Tal Afar.", "siege", ("PMU",)),
    ],
)
def test_actors_put_who_acts_first(
    extract: Extract, body: str, kind: str, actors: tuple[str, ...]
) -> None:
    assert single(extract, body, kind).actors == actors


def test_the_party_acted_against_is_kept_apart(extract: Extract) -> None:
    e = single(extract, "Peshmerga fighters attacked Isis positions in Sinjar.", "attack")
    assert e.extra["targets"] == ["ISIS"]
    e = single(extract, "Kurdish forces recaptured Sinjar on Friday.", "capture")
    assert e.extra["targets"] == []


def test_the_city_is_not_a_district_nor_a_town_named_in_passing(extract: Extract) -> None:
    body = (
        "Iraqi troops pushed into the eastern outskirts of Mosul on Tuesday. "
        "They took the Gogjali district, an industrial zone on the city's edge.\n\n"
        "The army advanced north along the Tigris from Qayyarah, which it had retaken in "
        "August.\n\nThe eastern half of the city fell in January."
    )
    result = extract(body, dt.date(2017, 7, 20))
    cities = [m for m in result.mentions if m.text == "the city"]
    assert [m.place_id for m in cities] == [MOSUL, MOSUL]
    capture = next(e for e in result.events if e.type == "capture" and e.date == "2017-01-01")
    assert [p.place_id for p in capture.places] == [MOSUL]
    # The city's edge is near the city, not the city taken.
    took = next(e for e in result.events if "Gogjali" in {p.name for p in e.places})
    assert {(p.name, p.role) for p in took.places} == {("Gogjali", "at"), ("the city", "near")}


def test_the_old_city_and_places_cut_off_are_mapped(extract: Extract) -> None:
    body = (
        "Iraqi forces pushed into western Mosul on Sunday. Troops reached the Tigris in the "
        "Old City on Monday. The militants were now cut off in the Old City."
    )
    result = extract(body, dt.date(2017, 7, 9))
    assert [m.place_id for m in result.mentions if m.text == "the Old City"] == [MOSUL, MOSUL]
    siege = only(result.events, "siege")[0]
    assert names(siege) == {MOSUL} and siege.actors == ()  # the besieged act in nothing
    (siege,) = extract("Tal Afar has been cut off since last November.", PUB).events
    assert (siege.type, names(siege)) == ("siege", {TAL_AFAR})
    body = "The road between Tal Afar and Sinjar has been cut off since November."
    (cut,) = extract(body, PUB).events
    assert (cut.type, names(cut)) == ("cut_route", {TAL_AFAR, SINJAR})


def test_a_district_no_gazetteer_knows_is_drawn_at_the_story_s_city_as_approximate(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces pushed into eastern Mosul on Friday.\n\n"
        "Troops retook the Zuhur district on Monday."
    )
    capture = only(extract(body, dt.date(2017, 1, 26)).events, "capture")[0]
    (place,) = capture.places
    assert (place.name, place.place_id, place.approximate) == ("Zuhur", None, True)
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == (36.34, 43.12)
    # With no city in the story, it stays without a point.
    (capture,) = extract("Troops retook the Zuhur district on Monday.").events
    assert not capture.places[0].located


def test_a_new_paragraph_goes_back_to_the_story_s_city(extract: Extract) -> None:
    body = (
        "Government forces broke the siege of Mosul on Tuesday. Troops reached Mosul airport. "
        "Fighting went on in Mosul.\n\n"
        "The Kurds are preparing an offensive, in parallel with their battle in the city of "
        "Raqqa.\n\nIS had imposed its siege on the city since January 2015."
    )
    result = extract(body, dt.date(2017, 9, 6))
    cities = [m.place_id for m in result.mentions if m.text == "the city"]
    assert cities == [MOSUL]


def test_the_story_s_town_is_the_one_named_most_even_with_no_population(
    extract: Extract,
) -> None:
    # GeoNames gives Tal Afar no population; named most, it is the story's town.
    body = (
        "Iraqi forces entered Tal Afar on Sunday, 55 km west of Mosul. Fighting went on in "
        "Tal Afar.\n\nIS counter-attacked in the Qadisiya district on Saturday."
    )
    attack = only(extract(body, dt.date(2017, 8, 27)).events, "attack")[-1]
    (place,) = attack.places
    assert place.name == "Qadisiya" and place.approximate
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == (36.38, 42.45)


@pytest.mark.parametrize(
    ("body", "published", "city"),
    [
        # Aleppo, the larger, is named after Palmyra in the lead, but only Palmyra was called
        # a city; the governor's words are about it.
        (
            "Islamic State fighters have seized the ancient city of Palmyra, forcing government "
            "troops to withdraw, at a moment when the regime is close to crushing the rebellion "
            "in Aleppo.\n\n"
            "The governor said the army had pulled back to positions south of the city.",
            dt.date(2016, 12, 12),
            PALMYRA,
        ),
        # A story about Kirkuk: "south of the city" after "north of Mosul" is south of Mosul.
        (
            "Islamic State fighters attacked Kirkuk on Friday. Clashes went on in Kirkuk and "
            "around Kirkuk on Saturday.\n\n"
            "On Thursday, the Peshmerga launched a push north and northeast of Mosul, while "
            "Iraqi forces advanced through villages south and southeast of the city.",
            dt.date(2016, 10, 22),
            MOSUL,
        ),
        # Where a leader spoke to visitors is not the city taken.
        (
            "Syrian troops retook Palmyra from Islamic State on Sunday.\n\n"
            "Speaking to a visiting French delegation in Damascus, President Bashar al-Assad "
            "described the capture of the city as an important achievement.",
            dt.date(2016, 3, 27),
            PALMYRA,
        ),
        # "the city itself" is the story's city, not a smaller one named just before.
        (
            "The army captured Maskanah on Sunday. Maskanah lies on the Euphrates. IS fled "
            "Maskanah toward Raqqa province.\n\n"
            "The SDF are preparing to storm the city of Raqqa. They have encircled Raqqa and "
            "captured the city of Tabqa. The assault on the city itself would start within days.",
            dt.date(2017, 6, 4),
            RAQQA,
        ),
        # The one city a sentence located something by, when it names no other.
        (
            "Troops retook Garma, east of Fallujah, on Thursday. Garma had been held since 2014. "
            "Garma lies on the highway.\n\n"
            "Militia fighters would next push toward Saqlawiyah, north-west of Fallujah, while "
            "the army moved on Nuaimiya on the city's southern approaches.",
            dt.date(2016, 5, 26),
            FALLUJAH,
        ),
    ],
)
def test_the_city_is_the_one_the_text_called_located_by_or_took(
    extract: Extract, body: str, published: dt.date, city: str
) -> None:
    result = extract(body, published)
    assert [m.place_id for m in result.mentions if m.text == "the city"] == [city]
    assert DAMASCUS not in {p for e in result.events for p in names(e)}  # where it was said


def test_of_two_tellings_the_one_naming_the_place_is_kept(extract: Extract) -> None:
    body = (
        "The Syrian Democratic Forces took full control of Raqqa city on Tuesday, after they "
        "captured the last positions of Islamic State in the city."
    )
    (capture,) = extract(body, dt.date(2017, 10, 17)).events
    assert [(p.name, p.place_id) for p in capture.places] == [("Raqqa", RAQQA)]
    assert capture.actors == ("SDF", "ISIS") and capture.extra["targets"] == ["ISIS"]
