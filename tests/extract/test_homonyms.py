"""A name that two countries' towns bear is read in the country its sentence tells of."""

from __future__ import annotations

import datetime as dt

from extract.extract_support import Extract

ERBIL = "geonames:95446"


def test_a_town_in_the_country_its_sentence_is_in_beats_the_story_s_country(
    extract: Extract,
) -> None:
    body = (
        "US and Arab jets struck Islamic State targets in Raqa and Deir Ezzor in Syria on "
        "Tuesday, and in Aleppo province near the Turkish border.\n\n"
        "Damascus said it had been informed in advance.\n\n"
        "Washington has been carrying out air strikes against IS in neighbouring Iraq since "
        "August 8, after the jihadists swept through much of the north of the country and "
        "threatened the Kurdish regional capital Arbil."
    )
    mentions = extract(body, dt.date(2014, 9, 23)).mentions
    (arbil,) = [m for m in mentions if m.text == "Arbil"]
    assert arbil.place_id == ERBIL
