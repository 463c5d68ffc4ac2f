"""Who acts, who says so, what kind of event and when, as short briefs and wire copy tell it."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract, only


def test_a_list_of_parties_launching_an_offensive_are_all_its_parties(
    extract: Extract,
) -> None:
    body = (
        "Regime forces, the National Defense Forces (NDF), and Hezbollah advisers launched a "
        "ground offensive on October 7 along a front from Morek to Kafr Zita."
    )
    (offensive,) = only(extract(body, dt.date(2015, 10, 13)).events, "advance")
    assert set(offensive.actors) == {"SAA", "Hezbollah"}


def test_the_source_speaks_not_the_gunmen_believed_to_be_isis(extract: Extract) -> None:
    body = (
        "Gunmen believed to belong to ISIS blew up the bridge of al-Udhaim on the road linking "
        "Diyala with Kirkuk on Wednesday night, a security source in Diyala said.\n\n"
        "The source said that the explosion caused the collapse of a large part of the bridge "
        "and cut the road between al-Udhaim and Kirkuk."
    )
    events = extract(body, dt.date(2014, 6, 26)).events
    assert {e.claimant for e in events} == {"a security source in Diyala"}
    (cut,) = only(events, "cut_route")
    assert cut.date == "2014-06-25"  # the night of the blast the paragraph before told


def test_words_set_off_by_dashes_attribute_nothing(extract: Extract) -> None:
    body = (
        "Rebel factions, including Jabhat Fateh al-Sham - known as al-Nusra Front until it "
        "announced its split from al-Qaeda last week - launched the offensive last Sunday from "
        "their positions south-west of Aleppo."
    )
    (offensive,) = only(extract(body, dt.date(2016, 8, 6)).events, "advance")
    assert (offensive.status, offensive.claimant) == ("reported", None)


def test_rebel_mortar_fire_is_the_rebels(extract: Extract) -> None:
    body = "Rebel mortar fire killed two people in a government-held district of Aleppo."
    (attack,) = extract(body, dt.date(2014, 5, 22)).events
    assert attack.actors == ("Rebels",)


def test_an_assault_on_army_positions_is_an_attack(extract: Extract) -> None:
    body = (
        "Islamic State militants launched a coordinated assault on Iraqi army positions in Abu "
        "Ghraib early Sunday, officials said."
    )
    (event,) = extract(body, dt.date(2016, 2, 28)).events
    assert (event.type, event.actors[0]) == ("attack", "ISIS")


def test_an_advance_that_was_repelled_is_an_attack(extract: Extract) -> None:
    body = (
        "Regime forces attempted to advance on Kafr Zita from positions south of the town on "
        "October 7 and 9, but rebels repelled both attacks, according to opposition sources."
    )
    (event,) = extract(body, dt.date(2015, 10, 13)).events
    assert (event.type, event.actors[0]) == ("attack", "SAA")


def test_a_sentence_that_judges_the_attacks_told_is_no_new_attack(extract: Extract) -> None:
    body = (
        "Militants attacked army posts in Abu Ghraib early Sunday, officials said.\n\n"
        "The attacks were the deadliest in Baghdad in months."
    )
    (attack,) = only(extract(body, dt.date(2016, 2, 28)).events, "attack")
    assert attack.quote.startswith("Militants")


def test_breaking_a_siege_imposed_since_last_month_is_news_of_today(extract: Extract) -> None:
    body = (
        "Opposition groups say fighters advancing from the south-west have linked up with "
        "fighters attacking from inside eastern Aleppo, breaking the siege imposed by government "
        "forces since last month."
    )
    events = extract(body, dt.date(2016, 8, 6)).events
    (link_up,) = events  # (one link-up: the siege broken is the one it broke)
    assert link_up.type == "link_up" and link_up.date_end in (None, "2016-08-06")
    assert link_up.date is not None and link_up.date >= "2016-08-05"


def test_a_city_taken_by_the_offensive_the_army_fled_was_taken_then(extract: Extract) -> None:
    body = (
        "Peshmerga forces took full control of Kirkuk in June last year, after the Iraqi army "
        "abandoned its positions in the face of the ISIS offensive that captured Mosul."
    )
    events = extract(body, dt.date(2015, 1, 30)).events
    (mosul,) = [e for e in only(events, "capture") if "Mosul" in {p.name for p in e.places}]
    assert mosul.date == "2014-06-01" and mosul.date_end == "2014-06-30"
