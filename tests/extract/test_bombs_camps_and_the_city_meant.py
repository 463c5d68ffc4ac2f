"""Bombs, camps and the city meant: booby-trapped vehicles, camps and border posts that
name a place, buses that take fighters out, the site and the city a story means, a mosque in
a village placed by that village, a city's districts listed by name, a town that is no city
of the same spelling, and the words that read like events but are not (air raid sirens,
advanced weapons, footage taken over a village)."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, near, only

ALEPPO = (36.20, 37.16)
DAMASCUS = (33.51, 36.29)
HAMA = (35.13, 36.76)
SAMAWAH = (31.33, 45.29)


def test_a_booby_trapped_vehicle_from_a_camp_is_an_attack_at_that_camp(
    extract: Extract,
) -> None:
    body = (
        "A source said that at 5:30 a.m. on Tuesday, a booby-trapped vehicle coming from the "
        "direction of the Rukban refugee camp on the Syrian side of the border targeted an "
        "advanced military post of the Armed Forces."
    )
    (attack,) = extract(body, dt.date(2016, 6, 21)).events
    assert (attack.type, attack.date) == ("attack", "2016-06-21")
    assert [p.name for p in attack.places] == ["Rukban"]


def test_buses_that_take_gunmen_out_of_two_towns_are_their_withdrawal(
    extract: Extract,
) -> None:
    body = (
        "Buses started on Thursday to take out gunmen and their families from the towns of "
        "al-Hameh and Qudsaya in Damascus Countryside."
    )
    (left,) = extract(body, dt.date(2016, 10, 13)).events
    assert (left.type, left.date) == ("withdrawal", "2016-10-13")
    assert [(p.name, p.role) for p in left.places][:2] == [
        ("al-Hameh", "from"),
        ("Qudsaya", "from"),
    ]
    # (al-Hameh, a town by Damascus, is not Hama, a city some also call al-Hameh)
    hameh, qudsaya = left.places[:2]
    assert not near(hameh.lat, hameh.lon, HAMA, 0.5)
    assert near(qudsaya.lat, qudsaya.lon, DAMASCUS, 0.5)


def test_the_airport_is_the_story_s_not_one_a_link_to_another_story_names(
    extract: Extract,
) -> None:
    body = (
        "Israeli jets struck the vicinity of Damascus International Airport, south-east of "
        "the capital, on Sunday, the Syrian army said.\n\n"
        "The Syrian army achieved important victories in Deir ez-Zor and Aleppo.\n\n"
        "The Observatory said the strikes near the airport hit warehouses.\n\n"
        "READ MORE: Syrian army says it repelled ISIS assault on Deir ez-Zor airport"
    )
    events = only(extract(body, dt.date(2014, 12, 8)).events, "airstrike")
    assert events and all(near(e.places[0].lat, e.places[0].lon, DAMASCUS, 0.3) for e in events)


def test_the_city_after_a_sentence_that_sets_it_against_the_capital_is_the_story_s(
    extract: Extract,
) -> None:
    body = (
        "Two car bombs exploded in the southern Iraqi city of Samawah on Sunday.\n\n"
        "Samawah, the capital of Muthanna province, lies some 230 kilometres south of Baghdad "
        "and has been largely spared the violence that has hit the capital.\n\n"
        "IS said its fighters had blown up two car bombs in a gathering in the city."
    )
    events = extract(body, dt.date(2016, 5, 1)).events
    assert events and all(near(e.places[0].lat, e.places[0].lon, SAMAWAH, 0.2) for e in events)


def test_a_mosque_in_a_village_is_placed_where_the_text_puts_the_village(
    extract: Extract,
) -> None:
    body = (
        "The gunmen attacked the Musab bin Omair mosque in the village of Imam Wais, in the "
        "Hamrin area some 120 kilometers northeast of Baghdad, sources said."
    )
    (attack,) = extract(body, dt.date(2014, 8, 22)).events
    for place in attack.places:
        assert place.lat is not None and place.lon is not None and place.approximate
        assert 33.9 < place.lat < 34.4 and 45.0 < place.lon < 45.6  # (not Baghdad)


def test_a_speaker_s_town_is_not_where_the_attack_he_speaks_of_was(extract: Extract) -> None:
    body = (
        "Gunmen attacked a mosque in the village of Imam Wais on Friday.\n\n"
        "A police officer in Baquba, the provincial capital, said the attack was carried out "
        "by a Shiite militia seeking revenge."
    )
    events = extract(body, dt.date(2014, 8, 22)).events
    assert "Baquba" not in [p.name for e in events for p in e.places]


def test_districts_listed_as_such_are_the_city_s_not_a_city_spelled_alike(
    extract: Extract,
) -> None:
    body = (
        "In Aleppo, rebels have pounded the government-held west with home-made mortars, "
        "killing civilians in districts such as al-Midan and al-Sulaymaniyah."
    )
    (attack,) = extract(body, dt.date(2014, 5, 10)).events
    assert [p.name for p in attack.places][:2] == ["al-Midan", "al-Sulaymaniyah"]
    assert all(near(p.lat, p.lon, ALEPPO, 0.2) for p in attack.places)


def test_a_quarter_named_after_a_sheikh_is_a_place_where_it_follows_in(
    extract: Extract,
) -> None:
    body = (
        "The Observatory said fighting continued overnight on the southern edge of the "
        "besieged area in Sheikh Saeed in Aleppo.\n\n"
        "The commander told reporters he had spoken to Sheikh Ahmed about the truce."
    )
    (fighting,) = extract(body, dt.date(2016, 10, 27)).events
    assert [p.name for p in fighting.places][:1] == ["Sheikh Saeed"]
    assert fighting.date == "2016-10-26"


def test_jets_that_struck_and_warplanes_that_hit_are_air_strikes_not_the_sayer_s(
    extract: Extract,
) -> None:
    body = (
        'A statement said the school had been hit by "Russian warplanes", and rebels said jets '
        "had also struck the outskirts of the nearby town of Kafr Nabl."
    )
    (strike,) = extract(body, dt.date(2016, 10, 27)).events
    assert strike.type == "airstrike"
    assert [p.name for p in strike.places] == ["Kafr Nabl"]
    assert "Rebels" not in strike.actors


def test_shells_and_rockets_named_by_a_state_s_adjective_are_that_state_s(
    extract: Extract,
) -> None:
    body = "The news agency said Israeli shells fell near the village of Qlayleh, south of Tyre."
    (attack,) = extract(body, dt.date(2015, 12, 20)).events
    assert attack.actors == ("Israel",)


def test_the_year_that_names_a_raid_is_its_date(extract: Extract) -> None:
    body = "He was convicted of killing three Israelis in a 1979 raid on the town of Nahariya."
    (raid,) = extract(body, dt.date(2015, 12, 20)).events
    assert (raid.date, raid.date_end, raid.date_text) == ("1979-01-01", "1979-12-31", "a 1979")


def test_what_may_or_could_happen_is_no_fact(extract: Extract) -> None:
    body = (
        "Russia may nevertheless conduct additional airstrikes in western Raqqa province.\n\n"
        "The regime launched an offensive on June 2 with the stated objective of seizing Tabqa."
        "\n\nIn Aleppo, rebel commanders say they fear that if the army cuts the road to the "
        "Bab al-Salama border crossing with Turkey, the east of the city could be besieged."
    )
    events = extract(body, dt.date(2016, 6, 22)).events
    assert {e.type: e.status for e in events if e.type != "advance"} == {
        "airstrike": "planned",
        "capture": "planned",
        "siege": "planned",
    }


def test_sirens_weapons_footage_and_deals_are_no_events(extract: Extract) -> None:
    body = (
        "Three rockets fired from southern Lebanon struck open areas, setting off air raid "
        "sirens in the town of Nahariya, the Israeli military said.\n\n"
        "Israel has struck targets in Syria it says were advanced weapons shipments.\n\n"
        "Igor Konashenkov said drone footage taken over Haas in Idlib showed the roof intact.\n\n"
        "Checkpoints on the highway near Sweida have been reinforced, a resident said.\n\n"
        "Contacts are continuing to reach similar settlements in other towns of Damascus "
        "Countryside."
    )
    events = extract(body, dt.date(2015, 12, 20)).events
    assert [e.type for e in events if e.type != "airstrike"] == ["attack"]
    rockets = events[0]
    assert rockets.type == "attack" and "rockets" in rockets.quote  # (not an air strike)


def test_a_town_the_text_calls_a_city_is_the_city_of_a_later_sentence(
    extract: Extract,
) -> None:
    body = (
        "Key points\n"
        "- Sheikh Wahid al-Balous killed by car bomb east of Sweida city\n"
        "- Angry crowds attack security buildings in Sweida\n\n"
        "That's where we will leave our live coverage for tonight. The Syrian Observatory for "
        "Human Rights now says six members of the security forces were killed when protesters "
        "and armed members of the Men of Dignity stormed and set fire to security posts in the "
        "city overnight."
    )
    (stormed,) = [e for e in extract(body, dt.date(2015, 9, 4)).events if "stormed" in e.quote]
    assert stormed.places[0].name == "the city" and stormed.places[0].lat is not None
    assert stormed.claimant == "The Syrian Observatory for Human Rights"  # (not "... now")


def test_abandoning_a_crossroads_after_a_withdrawal_is_the_place_left(
    extract: Extract,
) -> None:
    body = (
        "Pro-regime forces withdrew southwest along the road on June 20, abandoning the "
        "Zakiyah crossroads."
    )
    (left,) = extract(body, dt.date(2016, 6, 22)).events
    assert (left.type, left.date) == ("withdrawal", "2016-06-20")
    assert [(p.name, p.role) for p in left.places] == [("Zakiyah", "from")]


def test_what_a_forecast_rules_out_and_what_is_to_be_forestalled_are_no_events(
    extract: Extract,
) -> None:
    body = (
        "Forecast: The regime will likely attack Khanasir rather than renew the push toward "
        "Tabqa in the near term.\n\n"
        "The regime likely intended the Tabqa push to compete with the SDF and to preempt a "
        "U.S.-backed advance on ar-Raqqa.\n\n"
        "The army then pushed toward Tabqa rather than Raqqa on June 3."
    )
    events = extract(body, dt.date(2016, 6, 22)).events
    assert [(e.type, e.status, e.date, [p.name for p in e.places]) for e in events] == [
        ("attack", "planned", "2016-06-22", ["Khanasir"]),  # (what the forecast says)
        ("advance", "reported", "2016-06-03", ["Tabqa"]),
    ]


def test_the_golan_is_the_golan_heights(extract: Extract) -> None:
    body = (
        "In January, an Israeli airstrike in the Syrian part of the Golan killed six Hezbollah "
        "members."
    )
    (strike,) = extract(body, dt.date(2015, 12, 20)).events
    assert (strike.type, strike.date, strike.actors[:1]) == (
        "airstrike",
        "2015-01-01",
        ("Israel",),
    )
    (golan,) = strike.places
    assert golan.lat is not None and golan.lon is not None
    assert near(golan.lat, golan.lon, (33.0, 35.75), 0.3)


def test_jets_that_struck_on_an_afternoon_are_an_air_strike_of_that_day(extract: Extract) -> None:
    body = (
        "According to a statement carried by SANA, Israeli jets on Sunday afternoon struck "
        '"two safe areas" in Damascus province: the vicinity of Damascus International '
        "Airport and the town of Dimas, close to the border with Lebanon."
    )
    (strike,) = extract(body, dt.date(2014, 12, 8)).events
    assert (strike.type, strike.date, strike.actors) == ("airstrike", "2014-12-07", ("Israel",))
    assert "Dimas" in [p.name for p in strike.places]


def test_a_state_s_strike_is_an_air_strike_of_that_state_not_the_sayer_s(
    extract: Extract,
) -> None:
    body = "Hezbollah says Israeli strike near Damascus killed Samir Kuntar"
    (strike,) = extract(body, dt.date(2015, 12, 20)).events
    assert (strike.type, strike.actors, strike.claimant) == ("airstrike", ("Israel",), "Hezbollah")


def test_a_junction_is_placed_by_the_distance_its_description_gives(extract: Extract) -> None:
    body = (
        "A Peshmerga commander said his forces had reached the edge of the Kiske junction, a "
        "crossroads on the Mosul–Tal Afar highway about 30 kilometers west of Mosul, by "
        "Wednesday evening."
    )
    (advance,) = extract(body, dt.date(2015, 1, 22)).events
    kiske = advance.places[0]
    assert (kiske.name, kiske.approximate) == ("Kiske", True)
    assert near(kiske.lat, kiske.lon, (36.34, 42.78), 0.1)  # (30 km west of Mosul)
