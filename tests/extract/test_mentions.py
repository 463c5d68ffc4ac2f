"""Mentions: places (resolved, unresolved, not places), actors and dates, with their offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.extract_support import Extract
from geomap.actors import ActorTable, default_actors
from geomap.schema import Mention

MOSUL = "geonames:99072"


def places(mentions: tuple[Mention, ...]) -> list[Mention]:
    return [m for m in mentions if m.kind == "place"]


def by_text(mentions: tuple[Mention, ...], text: str) -> list[Mention]:
    return [m for m in mentions if m.text == text and m.kind == "place"]


def test_offsets_slice_the_body(extract: Extract) -> None:
    body = (
        "Iraqi\u00a0forces took Mosul on Saturday.\n“We entered Tal Afar,” a PMU commander said."
    )
    result = extract(body)
    assert result.mentions
    for m in result.mentions:
        assert body[m.start : m.end] == m.text


def test_unresolved_names_that_read_as_places_are_kept(extract: Extract) -> None:
    body = (
        "Troops advanced on the village of Kharbat Zuwayq and the towns of Qaryat Nimrud and "
        "Bir Hawdh, then entered Umm Ghazal district."
    )
    result = extract(body)
    unresolved = {
        m.text
        for m in places(result.mentions)
        if not m.resolved and not m.note.startswith("not a place")
    }
    assert {"Kharbat Zuwayq", "Qaryat Nimrud", "Bir Hawdh", "Umm Ghazal"} <= unresolved
    for m in places(result.mentions):
        if m.text == "Bir Hawdh":
            assert m.note.startswith("unresolved")


def test_what_was_retaken_is_a_place_but_not_whose_home_it_was(extract: Extract) -> None:
    body = (
        "Iraqi forces hailed the liberation of Saqlawiya and celebrated the recapture of Saddam Hussein's "
        "home city.\n\nTroops in the areas retaken\n\nLieutenant General Abdul Wahab spoke."
    )
    unresolved = {m.text for m in places(extract(body).mentions) if not m.resolved}
    assert unresolved == {"Saqlawiya"}


def test_a_disease_named_after_a_city_is_not_a_place(extract: Extract) -> None:
    result = extract(
        "The children in the camp near Mosul suffer from Aleppo boils and Baghdad boils."
    )
    for name in ("Aleppo", "Baghdad"):
        (m,) = by_text(result.mentions, name)
        assert not m.resolved and m.lat is None and "disease" in m.note
    assert not any(p.name in ("Aleppo", "Baghdad") for e in result.events for p in e.places)


def test_an_organisation_named_after_a_country_is_not_a_place(extract: Extract) -> None:
    result = extract("Iraq's Popular Mobilization Forces said they had taken the village.")
    (m,) = by_text(result.mentions, "Iraq")
    assert not m.resolved and "organisation" in m.note


def test_the_government_named_after_its_capital_is_not_a_place(extract: Extract) -> None:
    result = extract("The militia is waiting on orders from Damascus before it enters Raqqa.")
    (m,) = by_text(result.mentions, "Damascus")
    assert "government" in m.note and m.lat is None
    assert all("Damascus" not in p.name for e in result.events for p in e.places)


def test_a_dateline_is_not_a_place(extract: Extract) -> None:
    result = extract(
        "KIRKUK, Iraq (Reuters) - Gunmen attacked a police station in Hawija on Friday."
    )
    (m,) = by_text(result.mentions, "KIRKUK")
    assert "dateline" in m.note
    assert {p.name for e in result.events for p in e.places} == {"Hawija"}


@pytest.mark.parametrize(
    "dateline",
    [
        "GOGJALI, Iraq/BAGHDAD (Reuters) -",
        "BAGHDAD/ERBIL, Iraq (Reuters) -",
        "Qayyarah (Iraq) (AFP) -",
        "Kirkuk (IraqiNews.com) -",
        "(Beirut) –",
    ],
)
def test_datelines_as_agencies_write_them_are_not_places(extract: Extract, dateline: str) -> None:
    result = extract(f"{dateline} Iraqi paramilitary forces said they retook Hawija on Friday.")
    first = dateline.split(maxsplit=1)[0].strip(",()").split("/")[0]
    (m,) = by_text(result.mentions, first)
    assert "dateline" in m.note
    (event,) = result.events
    assert {p.name for p in event.places} == {"Hawija"}
    assert event.claimant == "Iraqi paramilitary forces"


def test_a_neighbourhood_or_a_place_near_another_is_not_a_namesake_far_away(
    extract: Extract,
) -> None:
    body = (
        "Troops pushed into eastern Mosul on Friday and seized the Karama district. "
        "Families fled the neighbourhoods of Zahra and al-Yarmouk. "
        "The militants shelled Salamiyah, near Hawija, on Friday."
    )
    result = extract(body)
    for name in ("Karama", "al-Yarmouk", "Salamiyah"):
        (m,) = by_text(result.mentions, name)
        assert not m.resolved and "far from" in m.note, m
    (capture,) = [e for e in result.events if e.type == "capture"]
    # (drawn at the story's city, as approximate, until an editor pins it)
    assert [(p.name, p.place_id, p.approximate) for p in capture.places] == [
        ("Karama", None, True)
    ]
    # A place said to lie west of another, at about the distance the region allows, stays.
    result = extract("The PMU reached Sinjar, west of Mosul, on Friday.")
    (m,) = by_text(result.mentions, "Sinjar")
    assert m.resolved


def test_bylines_credits_and_links_to_other_stories_are_furniture(extract: Extract) -> None:
    body = (
        "By Stephen Kalin and Maher Chmaytelli\n\n"
        "Iraqi troops retook Hawija on Friday.\n\n"
        "Reporting by Stephen Kalin near Mosul and Ahmed Rasheed in Baghdad; Editing by Giles "
        "Elgood\n\n"
        "Associated Press writer Sinan Salaheddin in Baghdad contributed to this report.\n\n"
        "Related: Iraqi forces push toward Mosul as Kurds take Bashiqa\n\n"
        "Read also: Iraqi troops recapture Akashat town in western Anbar\n\n"
        "An image grab taken from a video allegedly shows Islamic State militants at Tabqa "
        "military airport in Raqa province -- AFP Photo / HO / YouTube\n"
    )
    result = extract(body)
    assert [(e.type, [p.name for p in e.places]) for e in result.events] == [
        ("capture", ["Hawija"])
    ]
    for m in result.mentions:
        if m.kind == "place" and m.text != "Hawija":
            assert not m.resolved and m.note.startswith("not a place"), m


def test_page_furniture_gives_no_places_and_no_events(extract: Extract) -> None:
    body = (
        "Rebels took Manbij on Monday.\n"
        "Your support helps us report from Aleppo and Mosul.\n"
        "Join our commenting forum\n"
        "Our website can also be accessed at the following addresses: Baghdad, Kirkuk\n"
    )
    result = extract(body, outlet="Test Wire")
    furniture = body.index("Your support")
    for m in result.mentions:
        if m.start >= furniture:
            assert not m.resolved and m.note.startswith("not a place"), m
    assert [e.places[0].name for e in result.events] == ["Manbij"]


def test_countries_are_places_but_not_points(extract: Extract) -> None:
    result = extract("The convoy crossed into Syria. Turkey-backed rebels took Dabiq.")
    (syria,) = by_text(result.mentions, "Syria")
    assert syria.place_id == "country:SY" and syria.lat is None and "country" in syria.note
    assert not any(m.text == "Turkey" and m.resolved for m in result.mentions)


def test_descriptions_refer_to_the_last_fitting_place(extract: Extract) -> None:
    body = (
        "Iraqi forces advanced on Mosul from the south. "
        "Jets struck the northern Iraqi city overnight. Fighting continued there on Sunday."
    )
    result = extract(body)
    city = [m for m in result.mentions if m.text == "the northern Iraqi city"]
    assert city and city[0].name == "Mosul" and "refers to Mosul" in city[0].note
    there = [m for m in result.mentions if m.text == "there"]
    assert there and there[0].name == "Mosul"


def test_a_description_with_another_nationality_does_not_refer(extract: Extract) -> None:
    result = extract("Troops entered Mosul. Rebels then shelled the Syrian town.")
    assert not [m for m in result.mentions if m.text.startswith("the Syrian town")]


def test_actor_aliases() -> None:
    found = default_actors().find(
        "Daesh fled as the Hashed al-Shaabi, Kurdish Peshmerga and the US-led coalition advanced; "
        "Turkey-backed Syrian rebels took Dabiq and the Counter-Terrorism Service moved in."
    )
    assert [a.actor_id for a in found] == ["ISIS", "PMU", "Peshmerga", "Coalition", "TFSA", "ISF"]


def test_short_acronyms_match_case() -> None:
    table = ActorTable([("ISIS", "IS", True), ("ISIS", "Islamic State", False)])
    assert [a.text for a in table.find("IS said this is the islamic state")] == [
        "IS",
        "islamic state",
    ]


def test_date_mentions_carry_their_resolution(extract: Extract) -> None:
    result = extract("The road was cut on Wednesday.")
    (d,) = [m for m in result.mentions if m.kind == "date"]
    assert d.text == "on Wednesday" and d.name == "2016-11-23" and "precision day" in d.note


def test_a_surname_from_a_place_is_a_person_but_not_after_in(extract: Extract) -> None:
    result = extract(
        "Militia leader Abu Omar al-Mosuli was killed. A bomb exploded in al-Fallujah. "
        "Camps at Amiriyat al-Fallujah were full."
    )
    # the gazetteer's scan may not offer the surname at all; if it does, it is not a place
    assert all("person" in m.note for m in by_text(result.mentions, "al-Mosuli"))
    (place,) = by_text(result.mentions, "al-Fallujah")
    assert place.resolved and not place.note.startswith("not a place")
    # A town named for Fallujah is a town of its own, which no source here places.
    (town,) = by_text(result.mentions, "Amiriyat al-Fallujah")
    assert not town.resolved and not town.note.startswith("not a place")


def test_a_neighbourhood_of_a_city_is_not_a_namesake_far_away(extract: Extract) -> None:
    result = extract("Iraqi forces captured the Yarmouk neighbourhood of west Mosul on Sunday.")
    (part,) = by_text(result.mentions, "Yarmouk")
    assert not part.resolved and "Mosul" in part.note
    (event,) = result.events  # kept unresolved for an editor to pin, in the town named
    assert [(p.name, p.role, p.place_id) for p in event.places] == [
        ("Yarmouk", "at", None),
        ("west Mosul", "near", MOSUL),
    ]


def test_each_neighbourhood_listed_is_no_namesake_far_away(extract: Extract) -> None:
    body = (
        "CTS units pushed into the Karama and Judaydat al-Mufti neighborhoods of eastern "
        "Mosul on Friday."
    )
    (part,) = by_text(extract(body).mentions, "Karama")
    assert not part.resolved


def test_the_town_is_not_the_place_just_called_a_capital(extract: Extract) -> None:
    body = (
        "Kurdish forces drove IS out of Tal Abyad, a town on the border, cutting the "
        "jihadists' supply line to their self-declared capital of Raqqa. Kurdish fighters "
        "pushed into the town from the east."
    )
    (town,) = [m for m in extract(body).mentions if m.text == "the town"]
    assert town.name == "Tall Abyaḑ"


def test_the_town_after_a_new_paragraph_is_the_storys_not_one_named_in_passing(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga fighters entered Sinjar from three directions on Friday. Barzani told "
        "reporters on Mount Sinjar that Sinjar was liberated. Engineers cleared Sinjar's "
        "streets.\n\nThe forces seized a stretch of the highway that links the strongholds "
        "of Raqqa in Syria and Mosul.\n\nThe coalition said it had carried out dozens of "
        "airstrikes around the town."
    )
    (town,) = [m for m in extract(body).mentions if m.text == "the town"]
    assert town.name == "Sinjār"


def test_the_town_is_the_reporters_not_one_named_in_a_quote_or_a_hamlet(
    extract: Extract,
) -> None:
    body = (
        "Rebels swept into the border town of Tal Afar on Wednesday, as the Kurds were told "
        "to move east of the Euphrates. Trucks carried fighters of the Sultan Murad and Hamza "
        "brigades. By early afternoon, commanders said they had reached the town centre.\n\n"
        '"Daesh ran towards Hawija," a commander told Reuters from inside the town. He said '
        "rebels had taken a hamlet he called al-Mughayir, before entering the town."
    )
    result = extract(body)
    towns = [m.name for m in result.mentions if m.text == "the town"]
    assert towns == ["Tall ‘Afar"] * 3
    (hamza,) = by_text(result.mentions, "Hamza")
    assert hamza.note.startswith("not a place")


def test_a_capitals_incursion_is_its_governments(extract: Extract) -> None:
    body = "Rebels swept into Tal Afar, meeting little resistance in Ankara's deepest incursion."
    (ankara,) = by_text(extract(body).mentions, "Ankara")
    assert ankara.note == "not a place: stands for the government"


def test_every_name_listed_before_a_plural_noun_of_place_is_a_place(extract: Extract) -> None:
    result = extract("The Tanak, Zanjili and Rajm Hadid neighbourhoods fell on Sunday.")
    names = [m.text for m in result.mentions if m.kind == "place"]
    assert names == ["Tanak", "Zanjili", "Rajm Hadid"]


def test_the_city_is_not_a_place_just_called_a_town(extract: Extract) -> None:
    body = (
        "Iraqi troops pushed into Mosul on Sunday. Federal police recaptured the town of "
        "Hammam al-Alil on Monday, the last major settlement on the Tigris before the city."
    )
    (ref,) = by_text(extract(body).mentions, "the city")
    assert ref.place_id == "geonames:99072"


def test_people_named_after_places_are_not_places(extract: Extract) -> None:
    body = (
        "In a church courtyard we met Matti Hamdaniya, 62. "
        "The boy, whose first name, Nineveh, was chosen by his grandfather, lives in Erbil. "
        "One resident, who gave his name as Abu Kamal, said the militants had left Raqqa."
    )
    result = extract(body)
    for name in ("Hamdaniya", "Nineveh", "Abu Kamal"):
        (m,) = by_text(result.mentions, name)
        assert not m.resolved and "person" in m.note, m
    assert by_text(result.mentions, "Erbil")[0].resolved


def test_a_capital_dealt_or_fought_with_is_its_government(extract: Extract) -> None:
    body = (
        "Under an agreement with Baghdad, only Iraqi troops will enter Mosul. "
        "The Kurds, who fought alongside Baghdad at Mosul, held Kirkuk. "
        'His men will stay near Sinjar "whatever Baghdad or the Hashd decide".'
    )
    result = extract(body)
    for m in by_text(result.mentions, "Baghdad"):
        assert "government" in m.note, m
    # "at" before a name is the English preposition, not the Arabic article ("at-Tanf").
    assert [m.text for m in result.mentions if m.place_id == MOSUL] == ["Mosul", "Mosul"]


def test_news_outlets_and_where_a_reporter_files_from_are_not_event_places(
    extract: Extract,
) -> None:
    body = (
        '"There are pockets of resistance in the city," said a correspondent reporting from '
        "Beirut. Witnesses told Al Jazeera that Raqqa had fallen.\n\nSource: Al Jazeera\n"
    )
    result = extract(body)
    for m in by_text(result.mentions, "Al Jazeera"):
        assert "outlet" in m.note, m
    assert [m.place_id for m in result.mentions if m.text == "the city"] == []
    (event,) = result.events
    assert {p.name for p in event.places} == {"Raqqa"}


def test_a_town_a_channel_is_named_for_is_the_town_unless_the_channel_is_told(
    extract: Extract,
) -> None:
    body = (
        "The Syrian army has fully liberated the strategic city of Al-Mayadeen. "
        "With Al-Mayadeen's capture, the army has severed the ISIS supply line. "
        "Footage aired by Al Mayadeen TV showed soldiers in the streets."
    )
    result = extract(body, dt.date(2017, 10, 14))
    first, second = by_text(result.mentions, "Al-Mayadeen")
    assert first.resolved and second.resolved and first.place_id == second.place_id
    (channel,) = by_text(result.mentions, "Al Mayadeen")
    assert not channel.resolved
    assert result.events
    assert all(p.name == "Al-Mayadeen" for e in result.events for p in e.places)


def test_a_gate_named_after_a_town_and_a_square_far_away_are_not_those_places(
    extract: Extract,
) -> None:
    body = (
        "Federal police fought in Bab Sinjar in Mosul on Monday. "
        "Troops reached the Yarmouk roundabout in Mosul."
    )
    result = extract(body)
    assert [m.text for m in result.mentions if m.kind == "place" and m.resolved] == [
        "Mosul",
        "Mosul",
    ]
    (m,) = by_text(result.mentions, "Yarmouk")
    assert "far from" in m.note


def test_captions_and_links_after_read_more_are_furniture(extract: Extract) -> None:
    body = (
        "Iraqi troops retook Hawija on Friday.\n\n"
        "Photo: Iraqi soldiers in Kirkuk, Iraq, Nov. 4, 2016. (AP Photo/Karim Jaafar)\n\n"
        "Read more\n"
        "Turkey-backed Syrian rebels 'take al-Bab from Isis'\n"
    )
    result = extract(body)
    assert [[p.name for p in e.places] for e in result.events] == [["Hawija"]]
    for name in ("Kirkuk", "al-Bab", "Nov"):
        for m in by_text(result.mentions, name):
            assert not m.resolved, m


def test_every_mention_of_a_namesake_far_away_stays_unresolved(extract: Extract) -> None:
    body = (
        "Troops pushed into eastern Mosul on Friday and seized the Karama district. "
        "By Saturday they had retaken most of Karama."
    )
    result = extract(body)
    assert [m.resolved for m in by_text(result.mentions, "Karama")] == [False, False]
    # A city big enough names its own markets: "Baghdad market" is Baghdad's.
    result = extract("Blasts hit a Baghdad market on Friday as Mosul fighting went on.")
    assert by_text(result.mentions, "Baghdad")[0].resolved


def test_a_lead_after_a_byline_with_the_agency_in_its_dateline_is_the_story(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces seize Tal Afar citadel\n\n"
        "By Maher Chmaytelli and Raya Jalabi\n\n"
        "BAGHDAD/ERBIL, Iraq (Reuters) - Iraqi forces captured the citadel in the centre of "
        "Hawija on Sunday, the military said.\n"
    )
    result = extract(body, outlet="Reuters")
    assert any(p.name == "Hawija" for e in result.events for p in e.places)
    (m,) = by_text(result.mentions, "Hawija")
    assert m.resolved


def test_recommended_links_and_the_french_agency_are_not_the_story(extract: Extract) -> None:
    body = (
        "Agence France-Presse reported that troops took Hawija on Monday.\n\n"
        "Recommended\nHezbollah fighters killed in battle near Palmyra\n"
    )
    result = extract(body)
    assert [[p.name for p in e.places] for e in result.events] == [["Hawija"]]
    assert "outlet" in by_text(result.mentions, "France")[0].note


def test_a_name_read_as_a_place_once_is_that_place_where_named_again(extract: Extract) -> None:
    body = (
        "The SDF announced the liberation of the village of Baghouz on Saturday. On Tuesday, "
        "the SDF said it had taken control of the ISIS encampment in Baghouz."
    )
    result = extract(body)
    assert [m.text for m in result.mentions if m.kind == "place"] == ["Baghouz", "Baghouz"]
    assert [[p.name for p in e.places] for e in result.events] == [["Baghouz"], ["Baghouz"]]
    # (a name also written after "the" names a river or a feature, not a town)
    body = "Troops took the town of Zab on Monday. Others crossed the Zab on Tuesday."
    assert [m.text for m in extract(body).mentions if m.kind == "place"] == ["Zab"]


def test_a_name_no_source_locates_read_as_a_town_once_is_that_town_where_named_again(
    extract: Extract,
) -> None:
    body = (
        "The base lies roughly 8 kilometers from al-Baghdadi, a small town on the Euphrates "
        "River. On Thursday, the militants attacked al-Baghdadi from several directions."
    )
    result = extract(body, dt.date(2015, 2, 13))
    assert [m.text for m in places(result.mentions)] == ["al-Baghdadi", "al-Baghdadi"]
    (attack,) = result.events
    assert [p.name for p in attack.places] == ["al-Baghdadi"]


def test_a_name_named_again_is_the_same_place_not_a_namesake_beside_it(
    extract: Extract,
) -> None:
    body = (
        "Iraqi troops recapture Anah town from Islamic State in western Anbar\n\n"
        "Iraqi troops recaptured the town of Anah in western Anbar province on Thursday."
    )
    anah = {m.place_id for m in extract(body).mentions if m.text == "Anah"}
    assert len(anah) == 1


def test_the_town_a_story_keeps_naming_no_gazetteer_knows_over_one_named_once(
    extract: Extract,
) -> None:
    body = (
        "Peshmerga retake Hawi Dakhil from ISIS\n\nPeshmerga forces have recaptured the town of "
        'Hawi Dakhil. "Hawi Dakhil has been fully liberated," a spokesman said. Peshmerga units advanced '
        "on Hawi Dakhil from the Mosul Dam area and from Rabia, on the Syrian border. Peshmerga "
        "forces entered the town on Saturday afternoon."
    )
    (town,) = [m for m in extract(body).mentions if m.text == "the town"]
    assert not town.resolved  # Hawi Dakhil, which no gazetteer here knows; not Rabia
    body = (
        "The army pushed toward Qaraqosh, also known as Bakhdida, the largest Christian town in "
        "Iraq. Hawi Dakhil was taken. Hawi Dakhil was cleared. Hawi Dakhil is calm."
    )
    (town,) = [m for m in extract(body).mentions if m.text == "the largest Christian town"]
    assert town.place_id == "geonames:92430"


def test_a_neighbourhood_named_like_a_far_town_is_not_that_town(extract: Extract) -> None:
    body = (
        "Army units cleared the last pockets in Tal Afar on Wednesday. The commander said the "
        "army had liberated the neighborhoods of al-Nour, al-Kifah, al-Askari and al-Jazeera.\n\n"
        + "Engineers were clearing the streets of explosives left behind by the militants. " * 6
        + "\n\nTal Afar fell to IS in 2014; Baghdad sent its troops north in August."
    )
    notes = {m.text: m.note for m in extract(body).mentions if m.kind == "place"}
    assert notes["al-Jazeera"].startswith("unresolved: named as a part of a town")


def test_an_operations_name_is_no_place(extract: Extract) -> None:
    body = "The operation, named Operation Euphrates Shield, began on Wednesday near Jarablus."
    notes = {m.text: m.note for m in extract(body).mentions if m.kind == "place"}
    assert notes["Operation Euphrates Shield"] == "not a place: names a military operation"


def test_the_city_of_a_story_is_the_one_its_headline_names_when_named_as_often(
    extract: Extract,
) -> None:
    body = (
        "Isis recaptures Palmyra as Syrian troops withdraw\n\n"
        "Government forces pull out while attention is fixed on the collapse of eastern Aleppo\n\n"
        "[Image caption: Smoke over the ruins of Palmyra. Photograph: AFP/Getty Images]\n\n"
        "Islamic State fighters have seized the ancient city of Palmyra, forcing government "
        "troops to withdraw, as the regime is close to crushing the rebellion in Aleppo.\n\n"
        "The governor said on Sunday that the army had pulled back to positions south of the "
        "city."
    )
    cities = {m.place_id for m in extract(body).mentions if m.text == "the city"}
    assert cities == {"geonames:163808"}  # Palmyra


def test_the_town_is_the_story_s_not_one_named_once_as_where_a_column_came_from(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces broke the siege of Amirli on Sunday. Amirli had been besieged since June. "
        "Aid reached Amirli on Monday.\n\nThe assault was carried out by two columns: army "
        "units pushing south from the direction of Tuz Khurmatu, and militiamen advancing "
        "from the south, which linked up on the town's outskirts."
    )
    towns = {m.name for m in extract(body).mentions if m.text == "the town"}
    assert towns == {"Amirli"}


def test_a_village_abroad_a_person_s_hometown_and_an_alias_far_from_its_anchor_are_no_places(
    extract: Extract,
) -> None:
    body = (
        "BEIRUT (Reuters) - Rebels took two villages near the Sajur river, south of Jarablus, "
        "a commander said. Our forces are advancing toward the Sajur, he said, after taking "
        "al-Bab road junctions near Manbij.\n\nMilitants seized Saddam's hometown on "
        "Wednesday.\n\nIraqi forces attacked Peshmerga positions near Mahmudiya, northwest of "
        "Zummar."
    )
    notes = {m.text: m.note for m in extract(body).mentions if m.kind == "place"}
    assert notes["Sajur"].startswith("resolved far from the article's other places")
    assert notes["Saddam"] == "not a place: a person's name"
    assert notes["Mahmudiya"].startswith("unresolved: said to lie near Zummar")


def test_a_name_in_page_furniture_is_no_anchor_for_the_districts_of_the_story(
    extract: Extract,
) -> None:
    body = (
        "Iraqi forces push deeper into east Mosul\n\n"
        "Officials said troops had entered several districts, including al-Intisar, al-Salam "
        "and Karama, and were clearing streets house by house.\n\n"
        "Share this with Facebook\n\nShare this with Twitter"
    )
    result = extract(body, dt.date(2016, 12, 30))
    (karama,) = [m for m in result.mentions if m.text == "Karama"]
    assert not karama.resolved  # (not Al Karamah in Syria, near a "Share" button's Asharah)


def test_a_village_among_those_retaken_is_a_place_taken(extract: Extract) -> None:
    body = (
        "Peshmerga forces advanced on several fronts southeast of Mosul on Sunday.\n\n"
        "Among the villages retaken was Wardak, which the militants had used to shell the town "
        "of Gwer."
    )
    result = extract(body, dt.date(2016, 8, 15))
    assert "Wardak" in {m.text for m in result.mentions if m.kind == "place"}
    taken = [e for e in result.events if e.type == "capture"]
    assert [[p.name for p in e.places] for e in taken] == [["Wardak"]]


def test_a_town_abroad_named_before_the_story_says_where_it_is_is_found_all_the_same(
    extract: Extract,
) -> None:
    body = (
        "Death toll in Suruç suicide attack rises to 32\n\n"
        "Relatives mourned the victims of Monday's bombing in Şanlıurfa's Suruç district on "
        "Tuesday.\n\n"
        "One of the wounded died in hospital in Gaziantep, officials in Ankara and Kilis said."
    )
    found = [m for m in extract(body, dt.date(2015, 7, 21)).mentions if m.text == "Suruç"]
    assert len(found) == 2
    assert {(m.resolved, m.place_id) for m in found} == {(True, "geonames:300075")}


def test_a_bomber_s_home_town_is_no_place_of_the_attack(extract: Extract) -> None:
    body = (
        "A suicide bomber killed 32 people in Kirkuk on Monday.\n\n"
        "The suspected bomber is a 20-year-old man from Tal Afar, security sources said."
    )
    result = extract(body, dt.date(2015, 7, 21))
    assert result.events
    assert "Tal Afar" not in {p.name for e in result.events for p in e.places}
    (home,) = [m for m in result.mentions if m.text == "Tal Afar"]
    assert "where a person comes from" in (home.note or "")


def test_a_hill_or_ridge_named_is_a_place_kept_unresolved(extract: Extract) -> None:
    body = (
        "By early October the militants had seized the strategic Mishtenur hill, which "
        "overlooks Kobani from the southeast."
    )
    (taken,) = [e for e in extract(body, dt.date(2014, 10, 31)).events if e.type == "capture"]
    assert [p.name for p in taken.places] == ["Mishtenur"]
