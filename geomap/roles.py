"""The role a place plays in an event, read from the words around it.

- ``between``: "between X and Y", "the X-Y road", "the path connecting X and Y";
- ``from``: "from X", "out of X";
- ``to``: "to", "towards", "into", "onto";
- ``near``: "near", "around", "outside", "on the outskirts of", "close to"; a feature named
  after a town ("the Mosul Dam", "Tal Afar airport", "the university of Mosul"); the town a
  part of it lies in ("the Intisar district of Mosul", "Mosul's Intisar district", "on the
  city's edge");
- ``at``: "in", "at", "on", "over", "inside", or no preposition (the object of "took").

A place that only locates another ("west of Mosul", "48 kilometers west of Kirkuk") is a
*reference*: it is kept out of an event that has other places.
"""

from __future__ import annotations

import re

__all__ = [
    "APPOSED_PART",
    "BEARING",
    "BEARING_DEGREES",
    "CONTAINED",
    "DRIVE_OUT_VERBS",
    "FACILITY",
    "FACILITY_BEFORE",
    "FEATURES",
    "INCLUDING",
    "IN_TOWN",
    "NEARBY",
    "NOT_A_WAY",
    "OUTLYING",
    "REGION_AFTER",
    "REGION_BEFORE",
    "bearing_start",
    "has_locative",
    "is_reference",
    "is_where_said",
    "names_a_part",
    "role_of",
]

# A bearing as prose writes it: "north", "south-east", "northwestern".
BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# Degrees clockwise from north of each way a reporter says a place lies.
BEARING_DEGREES = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135,
    "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}  # fmt: skip
# What says a place lies by the one told before it: "the nearby village of al-Numaniya".
NEARBY = r"(?:nearby|neighbou?ring|adjacent)"
# What leads the names of some of the places a plural noun told: "villages, including X"
INCLUDING = r"(?:including|among\s+them|such\s+as)"
# What lies between a place and the one it lies in: "X in northern Y", "X, on the
# eastern edge of Y", "X town in the eastern countryside of Y".
CONTAINED = re.compile(
    rf"^(?:\s+(?:pocket|area|region|town|city|village|district))?,?\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:far\s+)?{BEARING}\s+|central\s+|{NEARBY}\s+)?$"
    # "the ancient city of Palmyra in the central province of Homs"
    # "al-Sukhna town in the eastern countryside of Homs"
    rf"|^(?:\s+(?:town|city|village|district|area))?"
    # ("Maskana town and a number of villages and farms in the eastern countryside of Aleppo")
    r"(?:\s+and\s+(?:a\s+number\s+of|several|dozens\s+of|some|other|nearby|surrounding)\s+"
    r"(?:villages?|farms?|areas?|hills?)(?:\s+and\s+(?:villages?|farms?|areas?|hills?))?)?"
    rf",?\s+in\s+the\s+(?:(?:far\s+)?(?:{BEARING}|central)\s+)?"
    r"(?:province|governorate|region|countryside|desert)\s+of\s+$"
    # "the Intisar district on the eastern edge of Mosul"
    rf"|^(?:\s+(?:district|neighbou?rhood|quarter|area))?,?\s+on\s+the\s+(?:{BEARING}\s+|far\s+)?"
    r"(?:edges?|outskirts|fringes?|banks?|side|shores?)\s+of\s+(?:the\s+)?$",
    re.I,
)

# After a town's name, a feature named after it that lies outside it: "the Mosul Dam" (some
# 40 km north of the city), "the Sinjar mountains", "Qayyarah airbase".
FEATURES = (
    r"dam|lake|mountains?|range|hills|plains?|valley|desert|air\s?base|airfield|"
    r"oil\s?fields?|(?:international\s+)?airport|university|(?:oil\s+)?refinery|prison|"
    r"(?:military\s+)?base"
)
OUTLYING = re.compile(rf"\s+(?i:(?:military\s+|main\s+|old\s+|new\s+)?(?:{FEATURES}))\b")
# After a town's name, a building of it that was taken, not the town: "the Mosul museum".
IN_TOWN = (
    r"museum|hospital|stadium|citadel|palace|(?:government\s+)?(?:headquarters|compound)|"
    r"(?:railway\s+|train\s+)?station"
)
FACILITY = re.compile(
    rf"\s+(?i:(?:military\s+|main\s+|old\s+|new\s+|international\s+)?(?:{FEATURES}|{IN_TOWN}))\b"
)
# After or before a town's name, the region named after it: "Deir ez-Zor province", "the
# countryside of Aleppo", "rural Raqqa".
# ("Raqqa province", "Aleppo's eastern countryside")
REGION_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:far\s+)?{BEARING}\s+)?(?:province|governorate|countryside|region|desert|"
    r"plains?)\b",
    re.I,
)
REGION_BEFORE = re.compile(
    r"\b(?:countryside|province|governorate|desert|hinterland|region)\s+of\s+(?:the\s+)?$"
    r"|\brural\s+$",
    re.I,
)
# Who drives a party out of a place: "drove the militants out of", "pushed IS out of".
# The verbs of driving a party out of a place: "drove the Islamic State group out of".
DRIVE_OUT_VERBS = (
    r"dr(?:ove|ive|ives|iving|iven)|push(?:ed|es|ing)?|forc(?:ed|es|ing)|kick(?:ed|s|ing)?|"
    r"flush(?:ed|es|ing)?|rout(?:ed|s|ing)?|chas(?:ed|es|ing)|smok(?:ed|es|ing)"
)
# "the university of Mosul", "the outskirts of Hawija": somewhere that belongs to the town.
_FACILITY_OF = r"(?:airport|air\s?base|university|refinery|prison|dam)\s+of"
FACILITY_BEFORE = re.compile(rf"\b(?i:{_FACILITY_OF})\s+(?:the\s+)?$")

_ADJ = (
    rf"(?:(?i:{BEARING})|central|besieged|embattled|strategic|"
    r"nearby|neighbou?ring|key|[A-Z][\w’'-]*|[\w]+-(?:held|controlled|occupied))"
)
_SKIP = (
    rf"(?i:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w’'-]+\s+){{0,4}}?of\s+|"
    rf"(?i:(?:the|a|an)\s+)?(?:{_ADJ}\s+){{0,2}}|"
    # "near the Kurdish regional capital Erbil": a name's title before it
    r"(?i:the\s+)(?:[\w’'-]+\s+){1,3}?(?i:capital|city|town|stronghold|hub)\s+"
)
_PREPOSITIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rf"\b(?i:{words})\s+(?:{_SKIP})$"))
    for role, words in (
        (
            "near",
            r"near|around|outside|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of|just\s+\w+\s+of|surrounding|"
            # "on the southwestern edge of Mosul": by the town, not in it
            r"on\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|far\s+)?(?:edges?|fringes?)\s+of|"
            + _FACILITY_OF,
        ),
        ("from", r"from|out\s+of|away\s+from"),
        # "fled Tal Afar for Syria"; "the battle for Mosul" is at Mosul (see geomap.events)
        (
            "to",
            r"to|towards?|into|onto|for|on\s+the\s+road\s+to|reached|entered|in\s+the\s+direction\s+of",
        ),
        ("at", r"in|at|on|over|inside|within|across|throughout|against"),
    )
)
# A way toward a side's ground by a place: "toward their lines around the village of Batnaya"
_TOWARD_LINES_NEAR = re.compile(
    r"\b(?i:towards?|into|back\s+(?:to|toward|towards|into))\s+(?i:(?:their|its|the)\s+)?"
    r"(?i:(?:own|front|forward|defensive|new|main)\s+)?(?i:lines|positions|strongholds?|bases?)\s+"
    rf"(?i:around|near|outside|close\s+to|in\s+the\s+vicinity\s+of)\s+(?:{_SKIP})$"
)
# A way toward a country's border: "fled towards the mountains near the border with Lebanon"
_TOWARD_BORDER = re.compile(
    r"\b(?i:towards?|into|for)\s+(?i:the\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?i:border|frontier|boundary)\s+with\s+(?i:the\s+)?$"
    # "fled westward toward the barren hills on the Lebanese border"
    r"|\b(?i:towards?|into)\s+(?i:the\s+)?(?:[\w’'-]+\s+){0,3}?(?i:hills|mountains|desert|"
    r"countryside|valley|plains?)\s+(?i:on|near|along|by|at)\s+(?i:the\s+)?$"
)
# A way shared with a place told before the "and": "towards the eastern countryside and the
# town of al-Sukhnah", "from the desert and the town of X"
_SHARED_WAY = re.compile(
    rf"\b(?i:(towards?|into|from|out\s+of))\s+(?i:the\s+)?(?:[a-z][\w’'-]*\s+){{1,3}}and\s+(?:{_SKIP})$"
)
# "advancing ... from their base at Qayyarah": where they set out from.
_FROM_BASE = re.compile(
    r"\bfrom\s+(?:their|its|the|a)\s+(?:[\w-]+\s+)?(?:bases?|positions?|headquarters|camps?|"
    r"staging\s+\w+|territory|strongholds?|areas)\s+(?:at|in|near|outside)\s+"
    r"(?:(?:nearby|neighbou?ring)\s+)?$",
    re.I,
)
# "troops were 2 km from the centre of Tal Afar": how near they came, not where they left
_SHORT_OF = re.compile(
    r"(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|few))\s*(?:km|kilomet(?:er|re)s?|"
    r"miles?|met(?:er|re)s)\s+from\s+(?:the\s+)?(?:(?:(?:northern|southern|eastern|western|"
    r"north|south|east|west)(?:-?(?:eastern|western|east|west))?\s+)?(?:centre|center|heart|edges?|"
    r"outskirts|gates|limits)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?)?$",
    re.I,
)
# What follows a verb of driving out when it tells a way, not who is driven out: "a column
# was pushing from the east out of Diyala province" (it set out from there)
NOT_A_WAY = r"(?!(?:from|in|into|on|towards?|further|deeper|north\w*|south\w*|east\w*|west\w*)\b)"
_DRIVEN_OUT = re.compile(
    rf"\b(?:{DRIVE_OUT_VERBS})\s+{NOT_A_WAY}(?:[\w-]+\s+){{1,3}}out\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
    re.I,
)
_BETWEEN = re.compile(
    r"\b(?:between|connecting|linking|joining)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:of\s+)?$", re.I
)
# "and the Syrian city of Albu Kamal", "to the border town of Rabia"
_OTHER_END = r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}?(?:city|town|village|crossing)\s+of\s+|(?:[\w’'-]+\s+){0,2}?)"
_AND = re.compile(rf"^\s*(?:,\s*)?and\s+{_OTHER_END}$", re.I)
_TO = re.compile(rf"^\s*(?:to|with)\s+{_OTHER_END}$", re.I)
_LINKING = re.compile(
    r"\b(?:connecting|linking|joining|links|connects|joins)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:of\s+)?$",
    re.I,
)
_COORDINATED = re.compile(
    # ("towards the Hamrin mountains and the outskirts of Kirkuk", "toward the eastern Aleppo
    # countryside and Raqqa")
    r"^\s*(?:(?:countryside|province|governorate|region|desert)\s*)?"
    r"(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?"
    r"(?:(?:outskirts|edges?|gates)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_HYPHEN = re.compile(r"^[-‑–]$")
_ROUTE_AFTER = re.compile(
    r"^\s*(?:road|highway|route|supply\s+line|supply\s+route|corridor|railway|pipeline|border\s+crossing|axis)s?\b",
    re.I,
)
# After a place, the town it lies in: "Intisar district of Mosul", "al-Zahra in eastern
# Mosul"; before one, the town it belongs to: "Mosul's Intisar district".
# A part of a town set off after its name: ", the last opposition-held district of the central
# Syrian city of"; the town's name follows.
APPOSED_PART = (
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:neighbou?rhood|district|quarter|suburb)\s+of\s+"
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:city|town)\s+of\s+)?"
)
_PART_OF = re.compile(
    r"^\s+(?:(?:neighbou?rhoods?|districts?|areas?|quarters?|suburbs?|sections?|hospital|"
    rf"complex)\s+){{0,2}}(?:of|in)\s+(?:the\s+)?(?:(?:{BEARING}|central)\s+(?:(?:part|side|half)\s+of\s+"
    r"(?:the\s+)?)?)?(?:(?:city|town)\s+of\s+)?$"
    # ("al-Waer, the last opposition-held district of the central Syrian city of Homs")
    rf"|{APPOSED_PART}$",
    re.I,
)
_WHOLE_OF = re.compile(rf"^[’']s\s+(?:(?:{BEARING}|central)\s+)?$", re.I)
# "the al-Shifa neighbourhood ... on the right bank of Mosul": the town the places named
# before it lie in.
_SIDE_OF = re.compile(
    rf"\b(?:on|in)\s+the\s+(?:right|left|{BEARING})\s+(?:bank|side|half|part|edge|outskirts)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "pushed IS out of about a dozen neighbourhoods on the eastern side of the city", "parts of
# Raqqa": parts of the town, not the whole.
_FROM_PART = re.compile(r"\b(?:from|out\s+of)\s+$", re.I)
_PARTS_OF = re.compile(
    # (not "the districts of Hawijah, Shirqat ...", "the Arab sub-districts of al-Rashad":
    # those name the districts; but "the Kurdish neighbourhoods of Qamishli" are its parts)
    r"(?<![Tt]he\s)(?<!-)\b(?:neighbou?rhoods|districts|areas|parts|quarters|suburbs|sections|pockets)\s+"
    rf"(?:(?:on|in)\s+the\s+(?:(?:right|left|{BEARING})\s+)?(?:side|part|bank|edge|half)\s+)?"
    r"(?:of|in)\s+(?:the\s+)?$"
    # "liberated approximately 60 percent of Raqqa", "captured more than half of the city"
    r"|\b(?:half|most|much|a\s+third|two[- ]thirds|a\s+quarter|three[- ]quarters|"
    r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%))\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
# "on the city's edge", "Mosul's western outskirts": a part of the town, near it.
_ITS_PART = re.compile(
    rf"[’']s\s+(?:(?:{BEARING}|southern|northern|old|industrial)\s+)?"
    r"(?:edges?|outskirts|suburbs|periphery|fringes?|gates|doorstep|environs|banks?|side|half|"
    r"districts|neighbou?rhoods|quarters)\b",
    re.I,
)
# "of the capital", "of the oil city of", "from the northern town of"
# ("the capital", "the provincial capital Ramadi", "the city of", "the Iraqi town of")
_OF_THE = (
    r"(?:the\s+)?(?:(?:provincial\s+|regional\s+|Kurdish\s+)?capital,?\s+|"
    r"(?:[\w’'-]+\s+){0,2}?(?:city|town|capital|village)\s+of\s+)?"
)
_REFERENCE = re.compile(
    rf"(?:\b{BEARING}\s+of\s+{_OF_THE}$"
    # (past the distance in other units: "20 kilometres (12 miles) from the capital")
    rf"|(?<![a-z])(?:kilomet(?:er|re)s?|km|miles|met(?:er|re)s|yards)\s+"
    rf"(?:\([^()]{{1,20}}\)\s+)?(?:\w+\s+){{0,2}}(?:of|from)\s+{_OF_THE}$)",
    re.I,
)

# Before a bearing, what makes it a part of the place after it: "the north of", "the
# rebel-held east of", "the far west of" (but "villages to the east of the city": a bearing).
_A_PART = re.compile(r"(?i)(?<!\bto\s)\bthe\s+(?:(?:far|[\w]+-(?:held|controlled|occupied))\s+)?$")

# Rarer ways of locating, looked for only when their words are there.
_REFERENCE_MORE = re.compile(
    r"\bthan\s+(?:(?:in|at|for|on)\s+)?(?:the\s+)?(?:battle\s+(?:for|of)\s+)?$"  # "faster than Mosul"
    # "villages on the road from Hammam al-Alil towards Mosul airport": where they lie
    r"|\b(?:on|off|near|beside|astride|close\s+to)\s+the\s+(?:main\s+|old\s+)?"
    r"(?:road|highway|route)\s+(?:from|to|towards?|"
    r"between|linking|connecting)\s+(?:(?:[\w’'-]+\s+){1,4}?(?:to|towards?|and|with)\s+)?"
    r"(?:the\s+)?$"
    # "checkpoints along the road from Aleppo to the Bab al-Hawa border crossing": the road's
    # second end (its first is told by what follows it: :func:`is_reference`)
    r"|\balong\s+the\s+(?:main\s+|old\s+)?(?:road|highway|route)\s+(?:from|between)\s+"
    r"(?:[\w’'-]+\s+){1,4}?(?:to|and)\s+(?:the\s+)?$"
    # "to divert attention from Mosul"
    r"|\b(?:attention|focus|pressure|resources)\s+(?:away\s+)?from\s+(?:the\s+)?$"
    # "Tal Afar, the ISIS-held town between Mosul and Shingal": where the town lies
    r"|,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:town|city|village|area|district|hub|stronghold|"
    r"region)\s+(?:[\w’'-]+\s+){0,2}?(?:between|near|outside)\s+(?:[\w’'-]+\s+){0,4}?$"
    # "high ground overlooking the Nineveh Plains", "hills that overlook Mosul"
    r"|\boverlook(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # "the last town on the northeastern approach to Mosul", "the gate opposite the Turkish
    # town of Akcakale": what it lies before or across from
    r"|\bapproach(?:es)?\s+(?:to|of)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:city|town|capital)\s+(?:of\s+)?)?$"
    r"|\b(?:opposite|facing|across\s+(?:the\s+border\s+)?from)\s+(?:the\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,2}?(?:city|town|village|side)\s+of\s+)?$"
    # "retake Qayyarah, a key step toward Mosul", "a gateway to Raqqa": what it leads to
    # ("liberated several villages, as a first step towards Qayyarah and then Mosul")
    r"|,\s+(?:as\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:step|stepping\s+stone|gateway|springboard|"
    r"launch(?:ing)?\s+pad|staging\s+(?:post|ground|area))\s+(?:towards?|to|for|closer\s+to)\s+"
    r"(?:the\s+)?(?:(?:battle|offensive|assault|push|fight)\s+(?:for|on)\s+)?"
    r"(?:[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+and\s+(?:then\s+|later\s+|eventually\s+)?)?$",
    re.I,
)
_MORE_WORDS = (
    "overlook",
    "approach",
    "opposite",
    "facing",
    "across",
    "than",
    "road",
    "highway",
    "route",
    "attention",
    "focus",
    "pressure",
    "resources",
    "between",
    "near",
    "outside",
    "step",
    "gateway",
    "springboard",
    "launch",
    "staging",
    "along",
)


def is_reference(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` only locates another one.

    >>> is_reference("Hawijah, 48 kilometers west of Kirkuk", 31)
    True
    >>> is_reference("the town of al-Dour, to Tikrit's south", 24)
    True
    """
    before = sentence[max(0, start - 60) : start]
    if _REFERENCE.search(before):
        return True
    if names_a_side(sentence, start):
        return True  # "the town of al-Dour, to Tikrit's south"
    low = before.lower()
    if "along" in low and _ALONG_A_ROAD.search(before) and _TO_ITS_END.match(sentence, start):
        return True  # (the first end of "along the road from Aleppo to the Bab al-Hawa")
    return any(w in low for w in _MORE_WORDS) and bool(_REFERENCE_MORE.search(before))


_ALONG_A_ROAD = re.compile(
    r"(?i)\balong\s+the\s+(?:main\s+|old\s+)?(?:road|highway|route)\s+(?:from|between)\s+$"
)
_TO_ITS_END = re.compile(r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+(?:to|and)\s+(?:the\s+)?[A-Z]")


def bearing_start(sentence: str, start: int) -> int | None:
    """Where the bearing or distance that the place at ``start`` is the reference of begins
    ("south of", "15 km east of"), or None when it is none.

    >>> s = "The two forces joined up south of Tal Abyad"
    >>> s[bearing_start(s, 34):]
    'south of Tal Abyad'
    """
    at = max(0, start - 60)
    m = _REFERENCE.search(sentence[at:start])
    return None if m is None else at + m.start()


def names_a_part(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` is named for a part of it that a bearing tells: "IS
    holdouts in the north of Fallujah", "the opposition-held east of the city" (but not "villages
    to the east of the city", a bearing from it).

    >>> names_a_part("battling holdouts in the north of Fallujah", 34)
    True
    """
    at = bearing_start(sentence, start)
    return at is not None and _A_PART.search(sentence, max(0, at - 30), at) is not None


def names_a_side(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` is named for its side, where another place lies: "the
    town of al-Dour, to Tikrit's south" (the place the story is about, as often as not)."""
    return sentence.endswith(("to ", "To "), 0, start) and bool(_SIDE_NAMED.match(sentence, start))


# A place's side: "Tikrit's south", "Mosul’s north-west".
_SIDE_NAMED = re.compile(
    r"[\w-]+(?:\s[\w-]+){0,2}?['’]s\s+(?:north|south)?(?:-?(?:east|west))?\b(?<![’'s]\s)"
)
# "told reporters in Baghdad", "said in a statement from Erbil": where it was said.
_WHERE_SAID = re.compile(
    # "Good morning from Baghdad": where a briefing is given from
    r"\b(?:[Gg]ood\s+(?:morning|afternoon|evening)|[Hh]ello|[Gg]reetings)\s+from\s+$|"
    r"\b(?i:briefing|teleconference|conference|video\s*link|interview|speech)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:from|in)\s+$|"
    r"\b(?:told|said|says|say|speaking|spoke|announced|added|reporting)\s+(?:(?:to\s+)?(?:reporters|journalists|"
    r"the\s+press|a\s+(?:news|press)\s+conference|a\s+briefing|(?:in\s+)?a\s+statement|"
    r"on\s+\w+day)\s+)*(?:in|from|on)\s+(?:the\s+)?$|"  # ("told reporters on Mount Shingal")
    # "speaking to a visiting French delegation in Damascus"
    r"\b(?:speaking|spoke|talking|talked)\s+to\s+(?:[\w'’-]+\s+){0,4}?(?![\w-]+(?:ing|ed)\s)[\w'’-]+\s+"
    r"(?:in|from)\s+(?:the\s+)?$",
    re.I,
)


def is_where_said(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where something was said, not where it happened.

    >>> is_where_said("the spokesman told reporters in Baghdad", 32)
    True
    >>> is_where_said("speaking to a visiting French delegation in Damascus", 44)
    True
    >>> is_where_said("spoke from Erbil, capital of the Kurdistan region", 33)
    True
    """
    # (or what describes such a place: "spoke from Erbil, capital of the autonomous Kurdistan
    # region")
    apposed = _APPOSED_TO.search(text, max(0, start - 80), start)
    if apposed is not None:
        return is_where_said(text, apposed.start("name"))
    tail = text[max(0, start - 9) : start].lower()
    if "in " not in tail and "from " not in tail and "on " not in tail:  # every way ends so
        return False
    return bool(_WHERE_SAID.search(text, max(0, start - 80), start))


_APPOSED_TO = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?),\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:capital|seat)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)


def has_locative(sentence: str, start: int) -> bool:
    """Whether the place at ``start`` follows a preposition of place ("in", "at", "near").

    >>> has_locative("fighting in the city of Kirkuk", 24)
    True
    """
    before = sentence[max(0, start - 70) : start]
    return any(rx.search(before) for role, rx in _PREPOSITIONS if role in ("at", "near"))


def role_of(sentence: str, span: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """Return the role of the place at ``span`` (offsets into ``sentence``).

    ``others`` are the spans of the other places of the sentence, for the two-place patterns.

    >>> s = "They cut the Tal Afar-Sinjar road"
    >>> role_of(s, (13, 21), [(22, 28)]), role_of(s, (22, 28), [(13, 21)])
    ('between', 'between')
    >>> role_of("fled from Mosul to Syria", (10, 15), [(19, 24)])
    'from'
    """
    start = span[0]
    before = sentence[max(0, start - 70) : start]
    if _in_pair(sentence, span, others):
        return "between"
    previous = [o for o in others if o[1] <= start]
    if previous:
        last = max(previous)
        coordinated = _COORDINATED.match(sentence[last[1] : start])
        if coordinated and not is_reference(sentence, last[0]):  # "near Mosul and Tal Afar"
            return role_of(sentence, last, [o for o in others if o != last])
    if _FROM_BASES_AT.search(before):
        return "from"  # ("advancing from positions near the towns of Kanaker and Sa'sa'")
    part = _PARTS_OF.search(before)
    if part is not None and _FROM_PART.search(before, 0, part.start()):
        return "from"  # ("had withdrawn from most of the city"): out of it
    if (
        is_reference(sentence, start)
        or _is_whole(sentence, span, others)
        or _ITS_PART.match(sentence, span[1])
        or part is not None
        or (_SIDE_OF.search(before) and any(o[1] <= start for o in others))
    ):
        return "near"
    if _FROM_BASE.search(before):
        return "from"
    if _TOWARD_BORDER.search(before):
        return "to"  # ("fled towards the mountains near the border with Lebanon")
    if _TOWARD_LINES_NEAR.search(before):
        return "to"  # ("pulled back toward their lines around the village of Batnaya")
    found = [(m.start(), role) for role, rx in _PREPOSITIONS for m in [rx.search(before)] if m]
    role = max(found)[1] if found else "at"
    if not found:
        # "towards the eastern countryside and the town of al-Sukhnah": the way it went
        shared = _SHARED_WAY.search(before)
        role = (
            "to"
            if shared is not None and shared.group(1).lower().startswith(("to", "in"))
            else ("from" if shared is not None else role)
        )
    if role == "from" and _DRIVEN_OUT.search(before):  # "drive IS out of western Mosul"
        role = "at"
    if role == "from" and _SHORT_OF.search(before):
        role = "to"
    # "took the Mosul Dam": the event is near the town, not in it.
    return "near" if role == "at" and OUTLYING.match(sentence, span[1]) else role


# Where a move set out from: "from positions near the regime-held towns of", "from the 9th
# Division headquarters at"
_FROM_BASES_AT = re.compile(
    r"(?i)\bfrom\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:positions|bases?|lines|headquarters|barracks|garrisons?)\s+(?:at|in|near|around|outside)\s+"
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:towns?|villages?|city|cities)\s+of\s+)?$"
)


def _is_whole(sentence: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether the place at ``span`` only says what town another place of the sentence is
    part of ("the Intisar district of Mosul", "Mosul's Intisar district").

    >>> _is_whole("retook the Intisar district of Mosul", (31, 36), [(11, 18)])
    True
    """
    start, end = span
    return any(
        (o_end <= start and _PART_OF.match(sentence[o_end:start]))
        or (o_start >= end and _WHOLE_OF.match(sentence[end:o_start]))
        for o_start, o_end in others
    )


def _in_pair(sentence: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    start, end = span
    for o_start, o_end in others:
        if o_start >= end:  # the other place follows
            gap = sentence[end:o_start]
            if _HYPHEN.match(gap) and _ROUTE_AFTER.match(sentence[o_end:]):
                return True
            if _AND.match(gap) and _BETWEEN.search(sentence[max(0, start - 50) : start]):
                return True
            if _TO.match(gap) and _LINKING.search(sentence[max(0, start - 50) : start]):
                return True
        elif o_end <= start:  # the other place comes first
            gap = sentence[o_end:start]
            if _HYPHEN.match(gap) and _ROUTE_AFTER.match(sentence[end:]):
                return True
            if _AND.match(gap) and _BETWEEN.search(sentence[max(0, o_start - 50) : o_start]):
                return True
            if _TO.match(gap) and _LINKING.search(sentence[max(0, o_start - 50) : o_start]):
                return True
    return False
