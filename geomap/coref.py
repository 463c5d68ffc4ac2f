"""Resolve descriptions of places to the place they stand for.

Reporters name a place once and then describe it: "the northern Iraqi city", "the town",
"the militants' de facto capital", "there". Each such description resolves to the most recent
place before it that fits: a city or town is a populated place, an adjective of nationality
("Iraqi") must match the place's country, and "there" is the last place named in the same or
the previous sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from typing import TYPE_CHECKING

from geomap.countries import DEMONYMS
from geomap.mentions import NAMED_AGAIN
from geomap.roles import (
    CONTAINED,
    FACILITY,
    INCLUDING,
    REGION_AFTER,
    REGION_BEFORE,
    bearing_start,
    is_reference,
    is_where_said,
    names_a_part,
    names_a_side,
)
from geomap.sentences import ITSELF, sentence_at

if TYPE_CHECKING:
    from gazetteer.places import Place
    from geomap.mentions import ArticleText, PlaceRef

__all__ = ["called_a_town", "resolve_anaphors", "story_town"]

_DESCRIPTION = re.compile(
    r"\b[Tt]he (?P<mods>(?:(?!(?:of|the|a|an|and|in|to|for|on|at|by)\b)(?:[a-z][\w-]*|[A-Z][a-z]+) ){0,3})(?P<noun>city|town|village|mountain|hill|(?<=Old )City)\b(?!\s+of\b)"
    r"|\b[Tt]he (?:[\w’'-]+ ){0,2}(?P<cap>de facto capital|provincial capital|stronghold|bastion)\b(?!\s+of\b)"
    # "pulled out of the airport", "moved on the dam": a site named before with its town
    r"|\b[Tt]he (?:(?:military|main|besieged|strategic|nearby) )?(?P<site>airport|air ?base|airfield|"
    r"(?:military )?base|dam|refinery|camp|campus|university|district|neighbou?rhood|zone)\b"
    r"(?!\s+(?:of|in|at|near)\b)(?!-)"
)
_THERE = re.compile(r"\bthere\b")
# "it" as the object of taking a place: "the Iraqi army retook it in December".
_IT = re.compile(r"\bit\b")
_TAKING_IT = re.compile(
    r"\b(?:(?:re)?(?:took|take|taken|captured?|seized?|liberated?)|lost|lose|besieged?|encircled?|"
    r"surrounded?|stormed?|shelled|recaptured?|entered|overr[au]n|cleared|secured)\s+(?:back\s+)?$",
    re.I,
)
# Every description holds one of these, in lower case.
_DESCRIPTION_WORDS = (
    "city", "town", "village", "mountain", "hill", "de facto capital", "provincial capital", "stronghold",
    "bastion", "airport", "base", "airfield", "dam", "refinery", "camp", "district", "neighbo",
    "zone", "university",
)  # fmt: skip
# "there is", "and there were": existential, not a place.
_EXISTENTIAL_AFTER = re.compile(
    r"^\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?|"
    r"must|should|can|['’]s)\b"
)
_EXISTENTIAL_BEFORE = re.compile(
    r"(?:^|[,;:“\"(]|\b(?:and|but|that|as|if|because|while|when|so|since|where|said|then))\s*$",
    re.I,
)
# Words in the description that say it is not about an earlier place.
_NOT_ANAPHORIC = frozenset("other another same next first whole entire same".split())
# Between a place and the description that locates it: "X, north of", "X, 15 km south of".
_LOCATED = re.compile(r",?[^,.;:!?]*")
# Between a place and a description it is paired with, so another place.
_PAIRED = re.compile(r"\s+(?:and|or|to|with|nor)\s+")
_ROAD_END_BEFORE = re.compile(
    r"(?i)\b(?:roads?|highways?|routes?|motorways?|corridors?)\s+(?:that\s+|which\s+)?"
    r"(?:links?|linking|connects?|connecting|joins?|joining|runs?\s+(?:from|to)|running\s+(?:from|to)|"
    r"leads?\s+to|leading\s+to|between|from|to)\s+[^.;:]{0,40}$"
)
_STORY_NAMED = 3  # times: a town no gazetteer knows that a story keeps naming
_CITY = 100_000  # the population from which a place named most is "the city" of a story
_TOWN = 20_000  # below it (or unknown), a place named last is "the city" only with no city
_STORY = 200  # the places before a description that say which city the story is about
_SMALL = ("town", "village")
_WINDOW = 3  # sentences back to look for an antecedent
_HILL_WINDOW = 6  # sentences back to look for the hill "the hill" is
# Places no reporter calls a town or a village: from this population on.
_TOO_BIG = {"town": 1_000_000, "village": 100_000}


def resolve_anaphors(text: ArticleText, places: list[PlaceRef]) -> list[PlaceRef]:
    """Return a :class:`~geomap.mentions.PlaceRef` for each description that names a place.

    Each has ``antecedent`` set to the place it stands for; descriptions with no fitting
    antecedent are not returned (they are not names, nothing is lost).
    """
    from geomap.mentions import PlaceRef, Spans

    body = text.body
    names = Spans(places)
    candidates = sorted(places, key=lambda p: p.start)  # grows with the descriptions resolved
    out: list[PlaceRef] = []
    for i, sentence in enumerate(text.sentences):
        if i in text.furniture:
            continue
        for m in sorted(_matches(sentence.text), key=lambda m: m.start()):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            title = _TITLE_OF_NAME.match(body, end)
            if names.overlapping(start, end) or (
                title is not None
                and any(
                    p.start == title.end() and body[p.end : p.end + 2] not in ("'s", "’s")
                    for p in names.overlapping(title.end(), title.end() + 1)
                )
            ):
                continue  # ("the provincial capital Ramadi", "the provincial capital, Ramadi":
                # the name's title, no anaphor; but "the city, Iraq's second-largest": one)
            apposed = _apposed(body, candidates, start)
            if apposed is not None and is_reference(body, apposed.start):
                continue  # ("the Udhaim area north of Baquba, the provincial capital"): no
                # place of the event, however it is called
            # ("al-Mayadin city, the second largest city in the province"): what it is
            antecedent = apposed or _antecedent(text, candidates, m, start, i)
            if antecedent is not None:
                ref = PlaceRef(
                    start, end, body[start:end], source="anaphor", antecedent=antecedent
                )
                out.append(ref)
                insort(candidates, ref, key=lambda p: p.start)
    return out


_TITLE_OF_NAME = re.compile(r",? (?=[A-Z])")
# Between a place and a description set off after it: "al-Mayadin city, the second largest
# city in the province"
_APPOSED = re.compile(r"(?:\s+(?:city|town|village))?,\s+")


def _apposed(body: str, places: list[PlaceRef], start: int) -> PlaceRef | None:
    """The place named just before the description at ``start``, set off by a comma: the
    one the description says what it is."""
    hi = bisect_left(places, start, key=lambda p: p.start)
    for p in reversed(places[max(0, hi - 2) : hi]):
        if p.target.place is not None and _APPOSED.fullmatch(body, p.end, start):
            return p
    return None


def _matches(sentence: str) -> list[re.Match[str]]:
    found = []
    low = sentence.lower()  # ("the Old City")
    if any(w in low for w in _DESCRIPTION_WORDS):  # else it cannot match: skip the scan
        found = list(_DESCRIPTION.finditer(sentence))
    if "it" in sentence:
        found += [m for m in _IT.finditer(sentence) if _TAKING_IT.search(sentence, 0, m.start())]
    if "there" not in sentence:
        return found
    for m in _THERE.finditer(sentence):
        if _EXISTENTIAL_AFTER.match(sentence[m.end() :]) or _EXISTENTIAL_BEFORE.search(
            sentence[: m.start()]
        ):
            continue
        found.append(m)
    return found


def _antecedent(
    text: ArticleText, places: list[PlaceRef], m: re.Match[str], start: int, index: int
) -> PlaceRef | None:
    # (a hill is told of longer, fewer names fitting it: "Tal al-Harra ... described the
    # hill ... (four sentences) ... withdrew from the hill")
    back = _HILL_WINDOW if _noun(m) == "hill" else _WINDOW
    first = text.sentences[_back(text, index, back)].start
    site = m.groupdict().get("site")
    if site:
        return _the_site(text, places, (first, start), site)
    pronoun = m.group(0) in ("there", "it")
    if pronoun:
        first = text.sentences[_back(text, index, 1)].start
    mods = (m.groupdict().get("mods") or "").lower().split()
    if _NOT_ANAPHORIC & set(mods):
        return None
    countries = {DEMONYMS[w] for w in mods if w in DEMONYMS}
    lo = bisect_left(places, first, key=lambda p: p.start)
    hi = bisect_left(places, start, key=lambda p: p.start)
    # "Tel Keppe, north of the city": the city is another place than the one it locates.
    locating = (
        not pronoun and is_reference(text.body, start) and not names_a_part(text.body, start)
    )
    fitting: list[PlaceRef] = []
    for p in reversed(places[lo:hi]):
        if pronoun and _locates_a_thing(text, p):
            return None  # ("reached the industrial zone on the eastern edge of Deir ez-Zor
            # city ... and liberated it": the zone, which is no place named)
        if (
            _ruled_out(text, p, m, start, locating)
            and not _bearing_of_an_act(text, places, p)
            and not (_noun(m) == "city" and _bearing_of_a_thing(text, places, p, start))
        ):
            continue
        if pronoun:
            if _locates(text, places, p):
                continue  # "al-Sukhna town in the countryside of Homs ... there": al-Sukhna
            return p
        if _fits(text, p, _noun(m), countries):
            fitting.append(p)
    # ("the Sheikh Najjar industrial city ... The industrial city"): the one so named
    meant = _named_so(text.body, places[:hi], mods, _noun(m)) or (
        _the_city_meant(text, (places[lo:hi], places[:hi], fitting), m, index, countries)
        if _noun(m) == "city" and not locating
        else None
    )
    if meant is not None:
        return meant
    if not fitting:
        return _the_storys(text, places[:hi], _noun(m), countries, bare=not (mods or locating))
    fitting = _preferred(text, fitting, start)
    if _noun(m) == "city":
        before = places[max(0, hi - _STORY) : hi]
        return _the_city(text, (fitting, before), start, index, (locating, countries))
    if _noun(m) in _SMALL:
        return _the_town(text, (fitting, places[:hi]), start, _noun(m), countries)
    return fitting[0]


def _the_city_meant(
    text: ArticleText,
    found: tuple[list[PlaceRef], list[PlaceRef], list[PlaceRef]],
    m: re.Match[str],
    index: int,
    countries: set[str],
) -> PlaceRef | None:
    """The city that "the city" (``m``, in sentence ``index``) means when its words say which,
    whatever fits before it: "the city itself", the story's city; "the city's southern
    approaches" after "north-west of Fallujah", the one city the sentence located by.
    ``found`` is the places of the window, those before the anaphor, and those that fit."""
    window, before, fitting = found
    here = text.sentences[index].start
    if ITSELF.match(text.body, here + m.end()):
        # ("encircled Raqqa ..., and captured the city of Tabqa ... the assault on the city
        # itself"): the city the story is about, not the last one named
        story = story_town(text, [p for p in before if _large(p)], countries)
        if story is not None:
            return story
    if any(p.start >= here for p in fitting):
        return None
    # ("push west toward Saqlawiyah, north-west of Fallujah, while the army moved on Al
    # Nuaimiya on the city's southern approaches"): when the sentence names no other
    by = [p for p in window if p.start >= here and p.usable and _large(p)]
    if len({p.target.place for p in by}) == 1 and all(
        is_reference(text.body, p.start) for p in by
    ):
        return by[-1]
    return None


def _back(text: ArticleText, index: int, count: int) -> int:
    """The index of the sentence ``count`` sentences before sentence ``index``, not counting
    page furniture (a photo caption between two paragraphs of the story)."""
    i = index
    while count and i > 0:
        i -= 1
        count -= i not in text.furniture
    return i


def _the_town(
    text: ArticleText,
    candidates: tuple[list[PlaceRef], list[PlaceRef]],
    start: int,
    noun: str,
    countries: set[str],
) -> PlaceRef:
    """The place "the town" (or "the village", ``noun``) at ``start`` stands for, among
    ``fitting`` (nearest first), given the places named ``before`` it."""
    fitting, before = candidates
    if noun == "village" and _called(text, fitting[0].text, "town|city"):
        # ("their village of Zawiyat Albu Nimr, just east of the town of Hit ... after
        # overrunning Hit ... The village fell"): the one called a village, not the town
        village = next((p for p in fitting[1:] if _called(text, p.text, "village")), None)
        if village is not None and not _called(text, fitting[0].text, "village"):
            return village
    if noun == "town" and "\n" in text.body[fitting[0].end : start]:
        # a new paragraph goes back to the story's town ("strongholds of Raqqa in Syria and
        # Mosul ...\n\n... airstrikes ... around the town" in a story about Sinjar)
        story = _the_storys_town(text, before, countries)
        if story is not None and _named_far_more(before, story, fitting[0]):
            return story
    if noun == "town":
        # ("... from Rabia, on the Syrian border. Peshmerga forces entered the town", in a story
        # about Zumar, which no gazetteer knows): a town named once is not the one the story
        # keeps naming
        unknown = _unknown_story_town(text, before, countries)
        named = Counter(p.target.text for p in before if p.usable)
        once = named[fitting[0].target.text] == 1
        # (but "Qaraqosh, also known as Bakhdida, the largest Christian town": the name it is
        # set off after)
        set_off = text.body[fitting[0].end : start] == ", "
        if unknown is not None and once and not set_off and named[unknown.text] >= _STORY_NAMED:
            return unknown
        # (the same of a town some gazetteer knows: "columns pushing south from the direction
        # of Tuz Khurmatu ... linked up on the town's outskirts", in a story about Amirli)
        story = _the_storys_town(text, before, countries)
        if (
            story is not None
            and once
            and not set_off
            and story.target.text != fitting[0].target.text
            and named[story.target.text] >= _STORY_NAMED
            and _FROM_BEFORE.search(text.body, max(0, fitting[0].start - 40), fitting[0].start)
        ):
            return story
    if _called_city(text, fitting[0]):
        # "Tal Abyad, a strategic town ..., cutting the supply line to their self-declared
        # capital of Raqqa. Kurdish fighters pushed into the town": not the one called a city
        return next((p for p in fitting[1:] if not _called_city(text, p)), fitting[0])
    return _the_one_called_so(text, fitting, before, start)


def _called(text: ArticleText, name: str, nouns: str) -> bool:
    """Whether the article calls ``name`` one of ``nouns`` ("town|city") as it names it: "the
    town of Hit"."""
    return (
        re.search(rf"(?i:\b(?:{nouns})\s+of\s+(?:the\s+)?){re.escape(name)}\b", text.body)
        is not None
    )


def _the_one_called_so(
    text: ArticleText, fitting: list[PlaceRef], before: list[PlaceRef], start: int
) -> PlaceRef:
    """Of ``fitting`` (nearest first), the one the text called a town or a village when the
    nearest is never so called and was named in the same sentence as it, or is a city ("captured
    the town of Tel Hamis ... weeks after they were driven out of Kobani. The YPG took full
    control of the town"; "west of the town of Tabqa ... the road linking Raqqa to Aleppo.
    Since then the fighters have moved east towards the town")."""
    nearest = fitting[0]
    place = nearest.target.place
    called = {
        q.target.place.place_id
        for q in before
        if q.usable and q.target.place is not None and _called_small(text, q)
    }
    if place is None or place.place_id in called:
        return nearest
    other = next(
        (p for p in fitting[1:] if p.target.place and p.target.place.place_id in called), None
    )
    if other is None:
        return nearest
    sentence = sentence_at(text.sentences, nearest.start)
    together = sentence is not None and sentence.start <= other.start < sentence.end
    if sentence is not None and start < sentence.end and not together:
        # ("have fled Tuz Khurmatu since the Hashd took control of the town"): the one its
        # own sentence named, whatever its size
        return nearest
    return other if together or place.population >= _CITY else nearest


# Just before a place, what calls it a city: "the capital of", "the city of".
_CALLED_CITY = re.compile(r"\b(?:capital|city)\s+of\s+(?:the\s+)?\Z")
_CITY_AFTER = re.compile(r"\s+city\b")


# Where a town named once was a starting point: "from the direction of", "from"
_FROM_BEFORE = re.compile(
    r"\bfrom\s+the\s+(?:direction|area|side)\s+of\s+$|\b(?:push\w*|advanc\w*|mov\w*|com\w*|"
    r"driv\w*|march\w*|head\w*|attack\w*)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$",
    re.I,
)


def _the_site(
    text: ArticleText, places: list[PlaceRef], span: tuple[int, int], site: str
) -> PlaceRef | None:
    """The place named with the site a description calls "the airport", "the dam" (those
    named from ``span[0]`` to ``span[1]``), nearest first: "Tabqa military airport", "the Mosul
    Dam", "the refinery at Baiji"."""
    first, start = span
    word = site.replace(" ", "").lower()[:5]  # ("air base", "airbase": "airba")
    if word.startswith("milit"):
        word = "base"
    elif word == "campu":  # ("stormed Anbar University ... surrounded the campus")
        word = "unive"
    # ("the Tabqa military airport ... its assault on the base"): a base of any kind
    words = {word} | ({"airpo", "airfi", "airba", "barra"} if word == "base" else set())
    if word in _AIR_SITES:  # ("the Abu Zuhur military airport ... stormed the airbase")
        words |= _AIR_SITES
    hi = bisect_left(places, start, key=lambda p: p.start)
    # (the sentences just before, else the story's: "the dam" told again paragraphs later)
    near = bisect_left(places, first, key=lambda p: p.start)
    for p in [*reversed(places[near:hi]), *reversed(places[:near])]:
        if not p.usable or _is_reference(text, p):
            continue  # (not the city a base is located by: "the air base, east of Aleppo")
        after = _site_after(text, p)
        if p.target.place is None and after is None:
            continue  # (one no gazetteer knows, only where named with its site: "the Thaala
            # airport")
        named = (
            (after.group() if after else "")
            + " "
            + (p.target.place.name if p.target.place else "")
        )
        # ("the refinery at Baiji", not "withdrew from the dam toward Manbij")
        owner = _SITE_AT.search(text.body, max(0, p.start - 30), p.start)
        before = owner.group(1) if owner else ""
        squeezed = (named + " " + before).replace(" ", "").lower()
        if any(w in squeezed for w in words):
            if _another_site_since(text, places, (p.end, start), words):
                return None  # ("the Division 17 base ... the base's main gates", "Division
                # 17" no place the gazetteer knows, told after the Tabqa airport)
            return p
    return None


def _another_site_since(
    text: ArticleText, places: list[PlaceRef], span: tuple[int, int], words: set[str]
) -> bool:
    """Whether a site of the kind ``words`` names, under a name that is no place found, is
    told between ``span[0]`` and ``span[1]``: "the Brigade 93 base", "the Division 17 base"."""
    for m in _NAMED_SITE.finditer(text.body, *span):
        word = m.group("site").replace(" ", "").lower()[:5]
        name = m.group("name")
        if (
            word in words
            and name.lower() not in DEMONYMS  # ("a Syrian airbase")
            and name not in _NO_NAMES
            and not any(p.start <= m.start() < p.end for p in places)
        ):
            return True
    return False


# (words that open a site told without a name: "The base", "Its airport", "French base")
_NO_NAMES = frozenset("The This That A An Its Their His Her Our Main French Kurdish".split())
# A site named by a capitalised word or a unit's number: "Division 17 base", "Brigade 93 base"
_NAMED_SITE = re.compile(
    r"(?P<name>\b[A-Z][\w’'-]*)(?:\s+\d+)?\s+(?:military\s+)?"
    r"(?P<site>base|air\s?base|airport|airfield|barracks)\b"
)


def _site_after(text: ArticleText, p: PlaceRef) -> re.Match[str] | None:
    """The site named after ``p`` ("the Tabqa airport"), or after another mention of its
    name, a caption's too ("Green buses wait at the entrance to Khan al-Shih camp")."""
    body = text.body
    found = FACILITY.match(body, p.end) or _SITE_WORDS_AFTER.match(body, p.end)
    if found is not None or not p.text[:1].isupper():
        return found
    for m in re.finditer(rf"\b{re.escape(p.text)}\b", body):
        if text.sentence_index(m.start()) in text.furniture:
            continue  # (not a link to another story: "READ MORE: ... on Deir ez-Zor airport")
        found = FACILITY.match(body, m.end()) or _SITE_WORDS_AFTER.match(body, m.end())
        if found is not None:
            return found
    return None


# ("Khan al-Shih camp", "the Zuhur district", "al-Waer, the last opposition-held district")
_SITE_WORDS_AFTER = re.compile(
    r"\s+(?:refugee\s+)?camp\b|\s+(?:district|neighbou?rhood|industrial\s+zone)\b"
    r"|,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:district|neighbou?rhood|camp)\b"
)
_AIR_SITES = frozenset({"airpo", "airfi", "airba"})
_SITE_AT = re.compile(r"(?i)\b((?:air\s?)?[a-z]+)\s+(?:at|in|of|near|outside)\s+(?:the\s+)?$")


def _called_city(text: ArticleText, p: PlaceRef) -> bool:
    """Whether the text calls ``p`` a city or a capital as it names it ("the city of Raqqa",
    "al-Sukhnah city")."""
    return (
        _CALLED_CITY.search(text.body, max(0, p.start - 20), p.start) is not None
        or _CITY_AFTER.match(text.body, p.end) is not None
    )


def _preferred(text: ArticleText, fitting: list[PlaceRef], start: int) -> list[PlaceRef]:
    """The places of ``fitting`` (nearest first) a description at ``start`` may stand for,
    those it more likely does first."""
    if not text.quoted[start]:
        # ("'Daesh ran towards al-Bab,' a commander told Reuters from inside the town"): not
        # one named in someone's words, when the reporter's own name one
        fitting = [p for p in fitting if not text.quoted[p.start]] or fitting
    if (
        fitting[0].target.place is None
        and fitting[0].source == "gazetteer"
        and not called_a_town(text, fitting[0].target.text)  # ("the town of al-Baghdadi")
    ):
        # (not a name some gazetteer knows but left unresolved, "the Euphrates", when a
        # place it resolved fits)
        fitting = [p for p in fitting if p.target.place is not None] or fitting
    return fitting


# The names of hills: "Tal al-Harra", "Tell Abyad", "Jabal Bishri"
_NO_HILL = re.compile(r"(?i)\b(?:mountains|heights|plateau|range|plains?|valley)$")
_HILL_NAME = re.compile(r"(?i)(?:tal|tall|tel|tell|jabal|jebel|jabel)\b")


def _fits(text: ArticleText, p: PlaceRef, noun: str, countries: set[str]) -> bool:
    """Whether the place ``p`` may be what a description calls a ``noun`` ("city", "town",
    "village", or "" for "the stronghold"), of one of ``countries`` if any are told."""
    place = p.target.place
    if noun == "mountain":  # "the northern slopes of the mountain": a mountain named before
        return place is not None and place.feature == "T"
    if noun == "hill":  # ("seized Tal al-Harra ... withdrew from the hill"): a height named
        # (not a range or a plateau: "a view stretching to the Golan Heights ... the hill")
        return (
            place is not None and place.feature == "T" and not _NO_HILL.search(place.name)
        ) or (
            place is None and p.target.iso is None and _HILL_NAME.match(p.target.text) is not None
        )
    if place is None:
        # A town no gazetteer knows ("pushed into Bashiqa ... the town") is still the
        # town meant: better unresolved than resolved to an older one. (A city is one
        # the gazetteer knows; an unknown name may be a district of it.)
        return (
            p.target.iso is None
            # (not one read as a place only by its name elsewhere, unless called a town there)
            and (p.source != NAMED_AGAIN or called_a_town(text, p.text))
            and not countries
            and noun in ("town", "village")
            and not _NO_TOWN_AFTER.match(text.body, p.end)  # ("the Saadah area")
            # (not one the text calls smaller: "a hamlet he called al-Mughayir, before
            # entering the town"; nor one named as an owner: "Ankara's deepest incursion")
            and not (
                noun == "town" and _CALLED_SMALLER.search(text.body, max(0, p.start - 60), p.start)
            )
            and text.body[p.end : p.end + 2] not in ("'s", "’s")
        )
    if countries and place.country not in countries:
        return False
    if noun and place.feature not in ("P", ""):
        return False
    # ("the town" is not Mosul, named just before it)
    return place.population < _TOO_BIG.get(noun, place.population + 1)


def _unknown_story_town(
    text: ArticleText, before: list[PlaceRef], countries: set[str]
) -> PlaceRef | None:
    """ "The town" the story is about when no gazetteer knows it: the name no source knows
    that the article calls a town and names most before, more than once ("retook the town
    of Jurf al-Sakhar ... 'Jurf al-Sakhar has been completely liberated' ... bombed
    positions in and around the town")."""
    if countries:
        return None
    named = [p for p in before if p.target.place is None and p.target.iso is None and p.usable]
    counts = Counter(p.text for p in named)
    towns = [p for p in named if counts[p.text] > 1 and called_a_town(text, p.text)]
    if not towns:
        return None
    return max(reversed(towns), key=lambda p: counts[p.text])


def called_a_town(text: ArticleText, name: str) -> bool:
    """Whether the article calls ``name`` a town or a village somewhere ("the town of Jurf
    al-Sakhar", "Tal Abyad, a town on the border")."""
    n = re.escape(name)
    return (
        re.search(
            rf"\b(?:town|village)\s+of\s+(?:the\s+)?{n}\b|\b{n},\s+(?:an?|the)\s+(?:[\w’'-]+\s+)"
            r"{0,2}?(?:town|village)\b",
            text.body,
            re.I,
        )
        is not None
    )


def _the_storys(
    text: ArticleText, before: list[PlaceRef], noun: str, countries: set[str], *, bare: bool
) -> PlaceRef | None:
    """The town or city the story is about, for "the town" or a ``bare`` "the city" (no word
    qualifies it, it locates nothing) that no place named in the sentences just before fits."""
    if noun == "town":
        return _the_storys_town(text, before, countries) or _unknown_story_town(
            text, before, countries
        )
    if noun == "city" and bare:
        # ("The militants began their final assault on Thursday night. On Friday they
        # captured the government compound in the city centre"): the city the story is
        # about, four sentences after its name
        return story_town(text, before, countries)
    return None


def _the_storys_town(
    text: ArticleText, before: list[PlaceRef], countries: set[str]
) -> PlaceRef | None:
    """ "The town" when none of the places named just before it is one ("from the Saadah
    area ... and from the desert around Akashat. Aircraft struck positions in and around the
    town"): the town the story is about, named more than once."""
    story = story_town(text, before, countries, towns=True)
    if story is None or story.target.place is None:
        return None
    return story if story.target.place.population < _TOO_BIG["town"] else None


_CALLED_SMALLER = re.compile(
    r"\b(?:villages?|hamlets?|farms?)\s+(?:of\s+|(?:he|she|they|locals)\s+called\s+|called\s+|"
    r"known\s+as\s+|"
    # ("retaking villages in the Nawaran area including Fadiliya")
    rf"[^.;:]{{0,60}}?,?\s+{INCLUDING}\s+"
    r")?(?:(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?(?:,\s+|\s+and\s+))*(?:the\s+)?\Z"
)
_NO_TOWN_AFTER = re.compile(
    r"\s+(?:area|district|region|camp|base|airbase|air\s+base|front|axis|sector|desert|field|"
    r"mountains?|valley|river|dam|bridge|crossing|airport|neighbou?rhood|quarter)\b",
    re.I,
)


def _locates(text: ArticleText, places: list[PlaceRef], p: PlaceRef) -> bool:
    """Whether ``p`` only says where the place named just before it lies."""
    before = [q for q in places if q.end <= p.start]
    return bool(before) and CONTAINED.match(text.body[before[-1].end : p.start]) is not None


def _the_city(
    text: ArticleText,
    candidates: tuple[list[PlaceRef], list[PlaceRef]],
    start: int,
    index: int,
    how: tuple[bool, set[str]],
) -> PlaceRef:
    """The place "the city" at ``start`` (in sentence ``index``) stands for, among
    ``fitting`` (nearest first), given the places named ``before`` it.

    "the city" after "eastern Mosul ... the Karama district": the largest place named in this
    sentence or else the one before, not a district of it; in this sentence, the one named
    most ("Raqqa, the group's de facto capital, ... isolating the city").
    """
    fitting, before = candidates
    locating, countries = how
    here = text.sentences[index].start
    near = text.sentences[max(0, index - 1)].start
    # "north of the city" locates by the story's city, whatever towns were named since; but
    # "north of Mosul ... south of the city" by the city this sentence located by.
    story = [
        p
        for p in (
            _located_by(text, before, here)
            # ("militants who fled Fallujah ... were hit in the desert southwest of the city"):
            # a city this sentence named as a place
            + [q for q in fitting if q.start >= here and _large(q)]
            + _story_city(text, before)
            if locating
            else []
        )
        if not countries or (p.target.place and p.target.place.country in countries)
    ]
    if story:
        return story[0]
    # ("reinforcements rushed from Baghdad and from the army base in nearby Tikrit ... the
    # outskirts of the city"): the city is not one the sentence came from or lies near
    named_here = [p for p in fitting if p.start >= here]
    if named_here and all(
        _ORIGIN_BEFORE.search(text.body, max(0, p.start - 25), p.start) for p in named_here
    ):
        city = story_town(text, before, countries)
        if city is not None and all(p.target.place != city.target.place for p in named_here):
            return city
    # ("fighting continued in Mosul, where fighters attacked western neighbourhoods of the
    # city"): the place a where-clause is told of
    told_of = [p for p in named_here if _WHERE_AFTER.match(text.body, p.end)]
    if told_of:
        return told_of[0]
    recent = (
        [p for p in fitting if p.start >= here]
        or [p for p in fitting if p.start >= near]
        or fitting[:1]
    )
    # ("seized the ancient city of Palmyra ... close to crushing the rebellion in Aleppo"):
    # the one the text called a city
    recent = [p for p in recent if _called_city(text, p)] or recent
    named = Counter(p.target.place.place_id for p in recent if p.target.place)
    # (of two named as often there, the story's: "Samawah, the capital of Muthanna province,
    # lies some 230 kilometres south of Baghdad ... the violence that has hit the capital" is
    # followed by "in the city", Samawah)
    so_far = Counter(
        p.target.place.place_id
        for p in before
        if p.usable and p.target.place and not _is_reference(text, p)
    )
    choice = max(recent, key=lambda p: (*_weight(p, named)[:1], *_weight(p, so_far)))
    new_paragraph = "\n" in text.body[choice.end : start]
    place = choice.target.place
    # (a town of unknown size named just before is the city meant, but not across paragraphs)
    small = place is None or _known_small(place)
    if not (new_paragraph or small):
        return choice
    small = small or (place is not None and place.population < _TOWN)
    city = story_town(text, before, countries)
    if city is None:
        return choice
    if new_paragraph and _named_far_more(before, city, choice):
        # a new paragraph goes back to the story's city ("... in the city of Raqqa.\n\nIS
        # had imposed its siege on the city" in a story about Deir ez-Zor)
        return city
    if _called_city(text, choice) and place is not None:
        return choice  # ("al-Sukhnah city in the eastern countryside of Homs province")
    # "The eastern half of the city fell" after a town named in passing
    return city if small else choice


_WHERE_AFTER = re.compile(r",?\s+where\b")
_ORIGIN_BEFORE = re.compile(r"(?i)\b(?:from|nearby|neighbou?ring)\s+(?:the\s+)?(?:city\s+of\s+)?$")


def _located_by(text: ArticleText, before: list[PlaceRef], here: int) -> list[PlaceRef]:
    """The city the sentence from ``here`` last located something by, if it did ("a push
    north and northeast of Mosul")."""
    for p in reversed(before):
        if p.start < here:
            return []
        place = p.target.place
        if (
            place is not None
            and place.feature == "P"
            and place.population >= _CITY
            and is_reference(text.body, p.start)
        ):
            return [p]
    return []


def _large(p: PlaceRef) -> bool:
    """Whether ``p`` is a city (a populated place of at least _CITY people)."""
    place = p.target.place
    return place is not None and place.feature == "P" and place.population >= _CITY


def _known_small(place: Place) -> bool:
    """Whether ``place`` is known to be smaller than a town that reporters call a city. (The
    base gives some towns no population at all, Tal Afar, Hawija and Qayyarah among them:
    those are not known to be small.)"""
    unknown = place.population == 0 and place.source == "geonames-cities500"
    return not unknown and place.population < _TOWN


def _named_far_more(before: list[PlaceRef], city: PlaceRef, other: PlaceRef) -> bool:
    """Whether ``city`` is named at least three times, and twice as often as ``other``."""
    counts = Counter(p.target.place.place_id for p in before if p.usable and p.target.place)
    mine = counts[city.target.place.place_id] if city.target.place else 0
    theirs = counts[other.target.place.place_id] if other.target.place else 0
    return mine >= 3 and mine >= 2 * theirs


def story_town(
    text: ArticleText,
    before: list[PlaceRef],
    countries: set[str] | frozenset[str] = frozenset(),
    *,
    towns: bool = False,
) -> PlaceRef | None:
    """The place the story is about among ``before``: the populated place named most, as
    last named (of two named as often, the one named first) that is a city of ``_CITY``
    people or more or one the text calls a city, or a town of ``_TOWN`` named three times or
    more, or, with ``towns``, any town named more than once (GeoNames gives Tal Afar no
    population)."""
    named = [
        p
        for p in before
        if p.usable
        and (place := p.target.place) is not None
        and place.feature == "P"
        and (not countries or place.country in countries)
        and not _is_reference(text, p)
        and not is_where_said(text.body, p.start)  # ("Good morning from Baghdad")
        # (nor a province or countryside named for a city: "the eastern countryside of Homs")
        and not REGION_BEFORE.search(text.body, max(0, p.start - 40), p.start)
        and not REGION_AFTER.match(text.body, p.end)
    ]
    counts = Counter(p.target.place.place_id for p in named if p.target.place)
    # (a town the text itself calls a city, wherever: "killed by car bomb east of Sweida
    # city ... stormed security posts in the city")
    cities = {p.target.place.place_id for p in before if p.target.place and _called_city(text, p)}
    fit = [
        p
        for p in named
        if p.target.place is not None
        and (
            p.target.place.population >= _CITY
            or p.target.place.place_id in cities
            or (towns and counts[p.target.place.place_id] > 1)
            # (a town the story keeps naming: Manbij, of just under a hundred thousand; Tal
            # Afar, of no population the base knows)
            or (not _known_small(p.target.place) and counts[p.target.place.place_id] >= 3)
        )
    ]
    if not fit:
        return None
    return max(reversed(fit), key=lambda p: _named_first(p, counts, named))


_SMALL_BEFORE = re.compile(r"\b(?:towns?|villages?|hamlets?)\s+of\s+(?:the\s+)?$", re.I)
_SMALL_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:town|village|hamlet|district|neighbou?rhood|"
    r"quarter|suburb)\b|\s+(?:district|neighbou?rhood|quarter|suburb)\b",
    re.I,
)


def _named_so(body: str, places: list[PlaceRef], mods: list[str], noun: str) -> PlaceRef | None:
    """The last of ``places`` whose name the words of a description (``mods``, then ``noun``)
    followed ("the Sheikh Najjar industrial city" before "the industrial city")."""
    if not mods:
        return None
    words = f" {' '.join(mods)} {noun}"
    for p in reversed(places):
        if body[p.end : p.end + len(words)].lower() == words:
            return p
    return None


def _noun(m: re.Match[str]) -> str:
    """The kind of place a description names ("city" for "the Old City"), or ""."""
    return (m.groupdict().get("noun") or "").lower()


def _ruled_out(
    text: ArticleText, p: PlaceRef, m: re.Match[str], start: int, locating: bool
) -> bool:
    """Whether ``p`` cannot be what the description ``m`` (at ``start``) stands for, whatever
    its place."""
    if not p.usable or _is_reference(text, p):
        return True
    if locating and _LOCATED.fullmatch(text.body, p.end, start):
        return True
    if _PAIRED.fullmatch(text.body, p.end, start):
        return True  # "the road linking Erbil to the city", "Jarablus and the town"
    if m.group(0) in ("there", "it") and _ROAD_END_BEFORE.search(
        text.body, max(0, p.start - 60), p.start
    ):
        return True  # ("the highway that links Damascus with Baghdad ... there"): a road's end
    if _noun(m) == "city" and _called_small(text, p):
        return True  # what was called a town is not "the city" after it
    if _noun(m) and (
        REGION_BEFORE.search(text.body, max(0, p.start - 40), p.start)
        or REGION_AFTER.match(text.body, p.end)
    ):
        return True  # "the province of Homs" is not "the city" nor "the town"
    return m.group(0) == "it" and p.target.iso is not None  # a country is not taken as "it"


def _bearing_of_an_act(text: ArticleText, places: list[PlaceRef], p: PlaceRef) -> bool:
    """Whether ``p`` is the reference of a bearing that says where something happened, with no
    place named before it in its sentence that the bearing could locate instead ("The two
    forces joined up south of Tal Abyad ..., encircling the town": Tal Abyad, which "Bartella,
    15 km east of Mosul" does not make of Mosul)."""
    if not p.usable or p.target.place is None:
        return False
    at = bearing_start(text.body, p.start)
    sentence = sentence_at(text.sentences, p.start)
    if at is None or sentence is None:
        return False
    i = bisect_left(places, sentence.start, key=lambda q: q.start)
    return (
        _ACT_BEFORE.search(text.body, max(sentence.start, at - 40), at) is not None
        and not any(q.end <= at for q in places[i:])
        and not is_where_said(text.body, p.start)
    )


def _bearing_of_a_thing(text: ArticleText, places: list[PlaceRef], p: PlaceRef, at: int) -> bool:
    """Whether ``p``, a city, is the reference of a bearing that locates something no place
    names, with no place told before it in the sentence that also holds the description at
    ``at`` ("take control of oil fields north-west of Kirkuk a day after seizing the city")."""
    place = p.target.place
    if not p.usable or place is None or place.population < _CITY:
        return False
    sentence = sentence_at(text.sentences, p.start)
    bearing = bearing_start(text.body, p.start)
    if sentence is None or bearing is None or not sentence.start <= at < sentence.end:
        return False
    i = bisect_left(places, sentence.start, key=lambda q: q.start)
    return not any(q.end <= bearing for q in places[i:]) and not is_where_said(text.body, p.start)


# What the bearing of an act follows: a verb ("joined up south of", "clashed just west of"),
# not a noun ("positions west of", "a sub-district center southwest of") nor where a place lies
_ACT_BEFORE = re.compile(
    r"\b(?!(?:located|situated|based|centred|centered)\b)(?:[a-z]+ed|met|fought|struck|hit|"
    r"(?:joined|linked|met|closed|dug|moved)\s+(?:up|in))\s+(?:(?:just|some|about|around|roughly|"
    r"nearly|only|a\s+few|[\d,.]+)\s+)*$"
)


def _locates_a_thing(text: ArticleText, p: PlaceRef) -> bool:
    """Whether ``p`` only says where something that is not a place named lies, or whose
    it is: "the industrial zone on the eastern edge of Deir ez-Zor city", "across the river
    from the city", "the first area inside Mosul's city limits"."""
    body = text.body
    return body[p.end : p.end + 2] in ("'s", "’s") or bool(
        _PART_OF_IT.search(body, max(0, p.start - 40), p.start)
    )


_PART_OF_IT = re.compile(
    r"\b(?:edges?|outskirts|fringes?|side|parts?|zone|districts?|neighbou?rhoods?|quarters?|"
    r"limits|gates|entrance)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
    r"|\bacross\s+(?:the\s+)?(?:[\w-]+\s+){0,2}from\s+(?:the\s+)?$",  # ("across the river from")
    re.I,
)


def _called_small(text: ArticleText, p: PlaceRef) -> bool:
    """Whether ``p`` is a description that called its place a town or a village, or a name
    so called ("the town of Hammam al-Alil", "Bashiqa, a town east of Mosul")."""
    if p.source == "anaphor":
        return p.text.endswith(_SMALL)
    body = text.body
    return bool(
        _SMALL_BEFORE.search(body, max(0, p.start - 30), p.start)
        or _SMALL_AFTER.match(body, p.end)
    )


def _story_city(text: ArticleText, before: list[PlaceRef]) -> list[PlaceRef]:
    """The city the story is about, named (or called the city) most so far, as the last time
    it was named, when it is a city: "Tel Keppe, north of the city" after Mosul."""
    names = [p for p in before if p.usable and p.target.place and not _called_small(text, p)]
    if not names:
        return []
    named = Counter(p.target.place.place_id for p in names if p.target.place)
    last = max(reversed(names), key=lambda p: _named_first(p, named, names))
    place = last.target.place
    assert place is not None
    if place.feature != "P" or place.population < _CITY or last is before[-1]:
        return []
    return [last]


def _named_first(p: PlaceRef, named: Counter[str], among: list[PlaceRef]) -> tuple[int, int]:
    """How often the place of ``p`` is named among the candidates ``among``, then how early
    it is first named: of two named as often, the story's is the one its headline names
    ("Isis recaptures Palmyra", not the Aleppo its subheading sets it against)."""
    place = p.target.place
    if place is None:
        return (0, 0)
    first = next(
        q.start for q in among if q.target.place and q.target.place.place_id == place.place_id
    )
    return (named[place.place_id], -first)


def _weight(p: PlaceRef, named: Counter[str]) -> tuple[int, int]:
    """How often the place of ``p`` is named among the candidates, then its population."""
    place = p.target.place
    return (named[place.place_id], place.population) if place else (0, 0)


def _is_reference(text: ArticleText, p: PlaceRef) -> bool:
    """Whether ``p`` only locates another place ("west of Mosul", "48 km from Kirkuk") or
    where something was said ("told reporters in Baghdad")."""
    if names_a_side(text.body, p.start) or names_a_part(text.body, p.start):
        return False  # ("al-Dour, to Tikrit's south ..., largely encircling the city"; "in the
        # north of Fallujah, days after ... the city centre had been retaken")
    return is_reference(text.body, p.start) or is_where_said(text.body, p.start)
