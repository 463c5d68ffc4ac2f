"""Find mentions in an article: the places, actors and date expressions it names.

Places come from three readings of the text, merged:

- the gazetteer's scan (:func:`gazetteer.scan_text`), each name resolved with the places
  already resolved in the article as context;
- country names (:mod:`geomap.countries`), which are places but not points;
- names that read as places in context although no gazetteer holds them ("the village of
  Umm Sijan", "Shirqat town", "the area of Abu Jarees"), kept unresolved with their sentence.

A place name is not always a place: "Baghdad boils" is a disease, "Iraq's Popular
Mobilization Forces" an organisation, "orders from Baghdad" or "an agreement with Baghdad"
the government, "Matti Hamdaniya, 62" a person, "Al Jazeera" an outlet, a dateline says
where a report was filed, and page furniture (bylines, credits, related links) is not the
story. Such mentions are kept with a ``note`` saying why, and never take part in an event.

A name the text puts where the gazetteer's place of that name is not stays unresolved, with
a note for the editor: a neighbourhood whose namesake lies in another city ("the Yarmouk
neighbourhood of west Mosul", "the Karama district" in a story on Mosul), a place said to lie
near another but found far from it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Generic, Protocol, TypeVar

from gazetteer import Gazetteer, Place, Resolution, scan_text
from gazetteer.evidence import THRESHOLD, Context
from gazetteer.normalize import fold
from gazetteer.scan import NameSpan, announced, describes_a_thing, ends_with, peoples
from geomap.actors import ActorSpan, by_country, find_actors
from geomap.articles import Article
from geomap.countries import DEMONYMS, capital_of, country_name, find_countries
from geomap.dates import DateExpr, anchor_relative, find_dates
from geomap.roles import (
    APPOSED_PART,
    BEARING,
    BEARING_DEGREES,
    FACILITY,
    INCLUDING,
    NEARBY,
    OUTLYING,
    REGION_AFTER,
    has_locative,
    is_reference,
)
from geomap.schema import MENTION_KINDS, Mention
from geomap.sentences import (
    TITLE_SMALL_WORDS,
    WIRE_DATELINE,
    Sentence,
    furniture_reasons,
    quoted_mask,
    split_sentences,
)

__all__ = [
    "COUNTED_PLACES",
    "MENTION_KINDS",
    "ArticleText",
    "Mention",
    "PlaceRef",
    "Spans",
    "owner_of_part",
    "part_of_a_town",
    "place_mentions",
    "read_text",
    "town_of_part",
    "whole_of_part",
]

_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|az|at|an|Al|El)[-‑]|(?:al|el)\s)"
# (and within a name, the lower-case "son of" and "sons of": "Ibrahim bin Ali", "Khan Bani Saad")
_INNER = r"(?:bin|ibn|bani|bint)\s"
# (not past a possessive: "Kilis' Elbeyli district" is Elbeyli)
_NAME = (
    rf"{_PARTICLE}?[A-Z][\w’'‘]*"
    rf"(?:(?<!s')(?<!s’)[-‑ ](?:{_PARTICLE}|{_INNER})?[A-Z][\w’'‘]*){{0,3}}"
)
_NOUNS = (
    r"villages?|towns?|city|cities|districts?|sub-?districts?|neighbou?rhoods?|areas?|regions?|"
    r"provinces?|governorates?|suburbs?|hamlets?|camps?|quarters?|parts?|sections?"
)
_OF_NAMES = re.compile(
    rf"\b(?:[Tt]he|[Tt]heir) (?:[\w-]+ )?(?:{_NOUNS}) of (?P<names>{_NAME}(?:(?:,? and |, ){_NAME})*)"
)
_FEATURE = (
    r" (?:district|sub-?district|village|town|province|governorate|neighbou?rhood|airport|"
    # ("coming from the direction of the Rukban refugee camp", "the Rukban border post")
    r"(?:refugee |displacement |IDP )?camp|border post|"
    r"air base|dam|bridge|(?:border )?crossing|crossroads|junction|intersection|"
    r"area|region|front|axis|sector|hill|ridge|(?:military |army )?base|airbase|"
    r"(?:military |army )camp|"
    r"(?:(?:oil|gas) ?)?field|military airport|mosque|hospital|stadium|citadel|roundabout"
    r"|industrial (?:zone|city|area|estate)|(?:shopping )?mall"
    r"|districts|villages|towns|neighbou?rhoods|camps|areas|fronts)\b"
    # ("the Euphrates town of Anah": the town is Anah; but "the Intisar neighbourhood of
    # Mosul" is Intisar)
    r"(?!(?<=town) of\b)(?!(?<=village) of\b)(?!(?<=province) of\b)"
)
# "the Zanjili and Farouq neighbourhoods": a list before a plural noun.
_NAME_NOUN = re.compile(
    rf"(?<![\w’'‘-])(?=[A-Zae])(?P<names>{_NAME}(?:(?:,? and |, ){_NAME})*){_FEATURE}"
)
# Where a match of _NAME_NOUN ends, and how far before that it may start: its name, read
# backwards, is words joined by at most 7 hyphens or spaces (3 between words, 4 in articles).
_FEATURE_RX = re.compile(_FEATURE)
_NAME_BACK = re.compile(r"(?:,?[\w’'‘]*[-‑\s]){0,14},?[\w’'‘]*")  # (read backwards)
_LEADS = (
    "in at near towards toward outside into from around to reached entered captured seized retook"
).split()
_HEAD = (
    r"(?:Umm|Abu|Tal|Tall|Tel|Tell|Bab|Ain|Ayn|Bir|Qasr|Khirbet|Jebel|Jabal|Wadi|Hay|Hayy|Kafr|"
    r"Deir|Dayr|Ras|Beit|Bayt|Nahr|Jisr|Qaryat)"
)
# ("fighting continued overnight on the southern edge of the besieged area in Sheikh Saeed"):
# a head that also titles people, read only after a word that leads to a place
_SHEIKH = "|".join(
    rf"(?<=\b{lead} )"
    for lead in "in into near towards toward outside around inside entered captured seized".split()
)
_ARABIC_LEAD = re.compile(
    rf"\b(?:{'|'.join(_LEADS)})\s+(?P<names>(?:{_HEAD}|(?:{_SHEIKH})(?:Sheikh|Shaikh|Shaykh))"
    r"[\s-][A-Z][\w’'‘-]*(?: [A-Z][\w’'‘-]*)?)"
)
# What only a place can be: the object of "retook", "the liberation of" ("Iraqi forces
# retake Saqlawiya as ..."), told in sentence case (a name that runs on into capitalised
# words, as in a headline in title case, is not read).
_TAKEN_NAMES = re.compile(
    r"\b(?:retak(?:e|es|en|ing)|retook|recaptur(?:e|ed|es|ing)|liberat(?:e|ed|es|ing)|overr[au]n|"
    r"(?:liberation|recapture|fall) of) (?:the (?:town|village|city) of )?"
    rf"(?P<names>{_NAME}(?:(?:,? and |, ){_NAME})*)(?![\w’'‘-])(?!\s+[A-Z])(?![-‑]\w)"
    # (not "Saddam Hussein's home city", "Tal Afar Aug. 20")
    r"(?<![’']s)(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)(?<!Sept)(?<!Oct)"
    r"(?<!Nov)(?<!Dec)"
)
# "Among the villages retaken was Wardak": the names a plural noun of place is said to hold
_AMONG_NAMES = re.compile(
    r"\bAmong\s+the\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|hamlets|areas|districts|"
    r"neighbou?rhoods|settlements)\b[^.;:!?]{0,60}?\s(?:was|were)\s+(?:the\s+(?:village|town)\s+of\s+)?"
    rf"(?P<names>{_NAME}(?:(?:,? and |, ){_NAME})*)(?![\w’'‘-])"
)
# A name that an apposition says is a place: "al-Waleed, a crossing with Syria", "Kudila, a
# village 10 km west of Makhmour" (not "Mohammed Ali, a town councillor")
_APPOSED_NAME = re.compile(
    rf"(?<![\w’'‘-])(?P<names>{_NAME}),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:town|village|city|hamlet|(?:border\s+)?crossing|district|suburb|neighbou?rhood|"
    r"(?:air\s?|military\s+|army\s+)?base|airport)\b"
    # (what follows tells where it is, not what someone from it does: "a town councillor")
    r"(?=\s*[,.;:)]|\s+(?:with|on|in|near|of|along|by|about|some|around|nearly|just|close|"
    r"outside|inside|across|that|which|where|held|controlled|north\w*|south\w*|east\w*|"
    r"west\w*|\d))"
)
# Where a match of _OF_NAMES or _ARABIC_LEAD may start is read back from a word it must hold
# (" of ", a head word): one pass for those is much faster than trying the pattern at each word.
_OF = re.compile(" of ")
_HEAD_RX = re.compile(rf"(?:{_HEAD}|Sheikh|Shaikh|Shaykh)(?=[\s-][A-Z])")
_WORD_BACK = re.compile(r"[\w-]*")
_SPACE_BACK = re.compile(r"\s*")
_NAME_SPLIT = re.compile(r",? and |, ")
_POSSESSIVE = re.compile(r"['’]s$")
_THE = re.compile(r"^The\s+(?=[A-Z])")
_OWNER = re.compile(r"^.*['’]s\s+(?=[A-Z])")
# Words that describe people or a part of a place ("Kurdish", "western"): never a place.
_PEOPLE_AND_PARTS = (
    frozenset(
        "western eastern northern southern shabak jihadi islamic turkmens shabaks shias".split()
    )
    | peoples()
    | frozenset(DEMONYMS)
)
# Words that start a capitalised run but are not names of places.
_NOT_NAMES = _PEOPLE_AND_PARTS | frozenset(
    "the this that these those its their his her our a an in on at of and new old greater "
    "central holy each every another same".split()
    # "Nine villages were liberated": a number, not a name
    + "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred hundreds dozens several few many some most all both other".split()
)
_FIRST_WORD = re.compile(r"[-‑\s]")
_BEFORE_PLACE = tuple(
    "in at near towards toward outside into around reached entered captured seized retook".split()
)
_READS_AS_PLACE = re.compile(rf"(?i)\b(?:{'|'.join(_BEFORE_PLACE)})\s+(?:the\s+)?$")

# Why a name is not a place here: (regex on the text after, regex on the text before, note).
_AFTER_DISEASE = re.compile(
    r"^\s+(?:boils?|fever|sores?|syndrome|flu|virus|disease|belly)\b", re.I
)
_AFTER_ORG = re.compile(
    # (and listed before another of them: "the Sultan Murad and Hamza brigades")
    r"^(?:['’]s)?(?:(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*"
    r"\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s+[a-z]))?"
    r"\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:Forces|Army|Units|Ministry|Government|Council|"
    r"Security|Police|Mobili[sz]ation|Service|Party|Front|Command|Division|Brigades?|Group|TV|News|"
    # "the Sultan Murad and Hamza brigades"
    r"brigades?|battalions?|factions?)\b"
)
# "the dead included the mayor of Iskandariya": a person's office, not where anything happened
_OFFICE_OF = re.compile(
    r"(?i)\b(?:mayor|governor|deputy\s+governor|police\s+chief|district\s+chief)\s+of\s+(?:the\s+)?$"
)
# The last word of a name no gazetteer knows that makes it a body of people
_ORG_HEAD = re.compile(r"\s(?:Groups?|Brigades?|Battalions?|Front|Forces|Army|Movement|Party)$")
# "the commander of the Qadimun Ya Nainawa operations": the operation's name
_AFTER_OPERATION = re.compile(r"^\s+(?:\([^)]{1,40}\)\s+)?(?i:operations?|offensive)\b")
_BEFORE_OPERATION = re.compile(
    r"(?i:\b(?:commander|command|head|leader|spokes\w+|chief)\s+of\s+(?:the\s+)?)"
    r"(?:[A-Z][\w’'-]*\s+){0,3}$"
)
# "a prospect that alarms Turkey", "angering Baghdad": who feels it is a government
_QUOTES = frozenset("\"“‘'")
_FEELS_WORDS = (
    "alarm", "anger", "worr", "upset", "irritat", "infuriat", "antagoni", "provok", "shock",
    "stun", "surpris",
)  # fmt: skip
_FELT_BY = re.compile(
    r"(?i)\b(?:alarm|anger|worr(?:y|ies|ied|ying)|upset|irritat|infuriat|antagoni[sz]|provok|shock|"
    r"stunn|surpris)\w*\s+"
    r"(?:both\s+)?$"
)
# "Operation Jazeera Storm", "Operation Euphrates Shield", "Operation Wrath of Euphrates"
# "an offensive it calls \"Jazeera Storm\"", "dubbed 'Euphrates Wrath'"
_CALLED = re.compile(r"(?i)\b(?:calls?|called|dubbed|named|code-?named)\s+[\"“‘']$")
_OPERATION_OF = re.compile(r"\bOperation\s+(?:(?:[A-Z][\w’'-]*|of|the)\s+){0,3}$")
_KIN_OF = re.compile(
    r"(?i)\b(?:cousin|brother|sister|son|daughter|mother|father|wife|husband|uncle|aunt|"
    r"nephew|niece|friend|neighbou?r|relative|colleague)s?\s+of\s+$"
)
_FROM = ("from", "by", "of")
_BEFORE_GOVT = re.compile(
    r"(?i)\b(?:orders?|instructions?|approval|permission|green light|word|pressure|directives?|"
    r"condemnation|criticism|protests?|objections?|warnings?|authori[sz]ation|consent|"
    rf"decision|go-ahead|message|envoy|delegation|instructed|ordered)\s+(?:{'|'.join(_FROM)})\s+"
    # ("condemnation from Washington and Baghdad")
    r"(?:(?-i:[A-Z][\w’'-]*\s+){1,2}(?:and|or)\s+)?$"
)
_AFTER_GOVT = re.compile(
    r"^(?:\s+(?:or|and)\s+(?:the\s+)?[A-Z][\w’'-]*)?"  # "whatever Baghdad or the Hashd decide"
    r"(?:\s+[—–-]\s+[^—–]{1,40}\s+[—–-])?"  # "that Baghdad — and most of the region — opposed"
    r"(?:\s+(?:government|authorities|officials?|(?:has\s+|had\s+)?(?:said|says|announced|"
    r"oppos(?:ed|es)|launched|launches|welcomed|welcomes|threaten(?:ed|s)|considers|considered|"
    r"decided?|decides|wants?|wanted|agreed?|agrees|approved?|approves|allow(?:s|ed)?|"
    r"disput(?:ed|es)|"
    r"insist(?:s|ed)?|accus(?:ed|es)|call(?:ed|s)|reject(?:ed|s)|denie[ds]|warn(?:ed|s)|"
    # ("as Ankara points to Daesh")
    r"blam(?:ed|es)|point(?:s|ed)?\s+(?:the\s+finger\s+)?(?:to|at)|"
    r"demand(?:ed|s)|condemn(?:ed|s)|order(?:ed|s)|refuse[ds]|deem(?:ed|s)|responded|"
    r"dispatched|sent|ask(?:s|ed)|request(?:s|ed)|appeal(?:s|ed)|urg(?:es|ed)|invit(?:es|ed)|"
    # "Baghdad has retaken almost all of Anbar", "as Baghdad presses advance"
    r"retaken|retook|regained|reclaimed|recaptured|press(?:es|ed)|declared|claim(?:s|ed)|"
    r"vow(?:s|ed)|pledg(?:es|ed)|seeks|sought|hopes|moved\s+to|"
    # "since Russia began its air campaign", "after Turkey intervened" (not "the Battle of
    # Mosul began on October 17")
    r"(?:began|begins|started|starts)\s+(?:its|their)|intervened|intervenes))\b"
    r"|['’]s\s+(?:government|decision|orders?|position|officials?|leaders?|approval|permission|"
    r"consent|blessing|go-ahead|green\s+light|request|demands?|insistence|objections?|policy|"
    # "a sharp escalation in Washington's response"
    r"response|reaction|strategy|stance|involvement|"
    # "Ankara's deepest incursion into Syria", "Baghdad's military"
    r"(?:[a-z]+\s+)?(?:incursion|intervention|military|forces|troops|army|allies|proxies))\b)"
)
# "an agreement with Baghdad", "fought alongside Baghdad": a party, not a place.
_WITH_GOVT = re.compile(
    r"(?i)\b(?:agreement|deal|talks|negotiations|ties|relations|coordination|dispute|tensions?|"
    r"cooperation|understanding|accord|alliance|rift|standoff|row)\s+(?:with|between)\s+"
    r"(?:[^,;.]{0,40}?\s+and\s+)?$"  # ("an agreement between some Kurdish officials and Baghdad")
    r"|\b(?:agreed|coordinated|negotiated|signed)\s+with\s+$|\bin\s+coordination\s+with\s+$"
    r"|\b(?:fought|fighting|fight|sided|siding|allied)\s+(?:alongside|with)\s+$"
)
# "one of the most humiliating setbacks of the war for Baghdad", "a major victory for
# Damascus": whose fortunes it tells is a government
_FOR_GOVT = re.compile(
    r"(?i)\b(?:setbacks?|blows?|victor(?:y|ies)|wins?|boost|defeats?|embarrassment|headaches?|"
    r"humiliation|success(?:es)?|gains?|coup|triumph|challenges?|problems?|losses)"
    r"(?:\s+[\w’'-]+){0,4}\s+for\s+$"
)
# "accused Baghdad of launching a declaration of war", "urged Ankara to": a government
_GOVT_OBJECT = re.compile(
    r"(?i)\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|"
    r"press(?:ed|es|ing)|ask(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    r"condemn(?:ed|s|ing))\s+$"
)
_GOVT_OBJECT_AFTER = re.compile(r"^\s+(?:of|for|to|over)\b")
# "handing Baghdad its biggest victory", "dealt Damascus a blow": whose fortunes they are
_HANDED = re.compile(r"(?i)\b(?:hand(?:ing|ed|s)?|giv(?:ing|es|e)|gave|deal(?:t|ing|s)?)\s+$")
_HANDED_WHAT = re.compile(
    r"(?i)^\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:victor(?:y|ies)|win|blow|setback|"
    r"boost|defeat|success|headache)\b"
)
# "a boost for the government in Damascus", "the regime in Damascus": the government
_GOVT_IN = re.compile(
    r"(?i)\b(?:government|regime|authorities|leadership|administration|rulers)\s+in\s+$"
    # ("the Islamic State terrorist group (banned in Russia)"): its law
    r"|\b(?:banned|outlawed|proscribed|prohibited)\s+in\s+$"
)
# "near the US consulate in Erbil": the state's mission, not the country
_MISSION_AFTER = re.compile(
    r"^\s+(?:consulate|embassy|consul|consul-general|ambassador|envoy|diplomats?|legation)\b"
)
# News outlets named like places: "Al Jazeera" (the island, a region), "Kurdistan 24".
_OUTLET = re.compile(
    r"(?:Al[- ]Jazeera|Al[- ]Arabiya|Al[- ]Sumaria|Al[- ]Masdar|Asharq\s+Al[- ]Awsat|"
    r"Al[- ]Monitor|Kurdistan\s*24|Sky\s+News\s+Arabia|Al[- ]Hadath|Al[- ]Ahram|SANA|"
    r"(?<=Agence\s)France(?=[- ]Presse)|"
    r"Sana(?=\s+(?:news|agency|reported|said))|(?<=by\s)Sana|"
    # (a channel named for a town: not "the strategic city of Al-Mayadeen")
    r"Al[- ]Mayadeen(?=\s+(?:TV|television|channel|news|network|broadcaster|reported|said|"
    r"says|showed|aired|broadcast)\b|['’]s\s+(?:correspondent|reporter)|\s*\))|"
    r"(?<=\bby\s)Al[- ]Mayadeen|(?<=\bto\s)Al[- ]Mayadeen)\b"
)
# Aid and rights organisations, named before what they run: "a Doctors Without Borders
# hospital", "a Red Crescent convoy".
_ORGANISATION = re.compile(
    r"(?:Doctors\s+Without\s+Borders|M[ée]decins\s+Sans\s+Fronti[èe]res|(?:International\s+)?"
    r"Red\s+(?:Cross|Crescent)|Human\s+Rights\s+Watch|Amnesty\s+International|Save\s+the\s+"
    r"Children|Islamic\s+Relief|UNICEF|UNHCR|World\s+(?:Food\s+Programme|Health\s+Organi[sz]ation))"
    r"\b"
)
# "witnesses told Al Jazeera", "speaking to Rudaw": who hears it is no place.
_TOLD = re.compile(r"\b(?:told|tells|telling|speaking\s+to|(?:an\s+)?interview\s+with)\s+$", re.I)
# Capitalised words that the gazetteer may know as places but that describe people here.
_ADJECTIVES = _PEOPLE_AND_PARTS | frozenset(
    "shi'ite kurd kurds arabs january february march april may june july august september "
    "october november december monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# "the Ashura commemorations", "during Ramadan": feasts and months some village is named for
_FEASTS = frozenset("ashura arbaeen arbain ramadan ramazan eid muharram nowruz newroz".split())
_AFTER_MODIFIER = re.compile(
    r"^-(?:backed|based|led|funded|sponsored|allied|born|linked|supported)\b"
)
_BEFORE_PERSON = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sir|Gen|General|President|Prime Minister|Minister|Sheikh|Imam)\.?\s+$"
    # (not a word that opens a clause: "With Al-Mayadeen's capture")
    r"|\b(?!(?:With|After|Since|Following|Before|Despite|Without|As|Upon|Once|Until|Unlike|"
    r"Like|For|From|By|And|But|Then|While|When|Where|Both|Also|Inside|Beyond|Between|Across|"
    r"Around|Along|Through|Over|Under|Behind|Beside|Against|Toward|Towards|Within)\s)"
    r"[A-Z][a-z]+\s+$)"
)
# "who gave his name as Abu Kamal", "whose first name, Nineveh,"; "Matti Hamdaniya, 62,"
_NAMED_AS = re.compile(
    r"(?i)\b(?:(?:gave|gives|giving|give)\s+(?:his|her|their|only\s+(?:his|her))\s+(?:first\s+)?"
    r"names?\s+as|(?:his|her|my|whose)\s+(?:first\s+|real\s+|full\s+|family\s+|last\s+)?"
    r"name(?:\s+is|\s+was|,)?|(?:first|last|family)\s+name(?:\s+is|\s+was|,)?)\s+$"
)
_AGE_AFTER = re.compile(r"^,\s+(?:an?\s+)?\d{1,3}(?:[,.;)]|\s+years?\b)")
_GIVEN_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$")
# "in Amiriyat al-Fallujah": a capitalised word after a preposition of place starts a place.
_LOCATIVE_NAME = re.compile(
    r"\b(?:[Ii]n|at|near|to|towards|from|into|outside|around)\s+[A-Z][\w’'-]*\s+$"
    r"|\b(?i:in|at|near|to|towards|from|into|outside|around|of)\s+$"  # "Near Al Bab, 4 strikes"
)
# "MOSUL, Iraq, Nov 4 (Reuters) -", "ERBIL, Kurdistan Region —", "GOGJALI, Iraq/BAGHDAD
# (Reuters) -"; in small letters only with the agency: "Qayyarah (Iraq) (AFP) -".
_DATELINE = re.compile(
    # ("SOUTHWEST ASIA, Dec. 2, 2015 -")
    r"(?:[A-Z][A-Z’' ./-]{2,}(?:,\s*[A-Z0-9][\w ./]*){0,3}\s*(?:\([\w .]+\))?"
    r"|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}(?:,\s*[A-Z][\w ./]*){0,2}(?:\s*\([\w .]+\)){1,2}"
    r"|\([A-Z][\w’' .-]+\)"  # "(Beirut) –"
    r"|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2},\s*[A-Z]{2,6})"  # "Homs, SANA –"
    r"(?:\s*[—–:]|\s+-|-\s|\s*//)"  # ("BAGHDAD // ISIL militants blew up ...")
    r"|[A-Z][A-Z’' .-]{2,}(?:,\s*[A-Z][\w .]*)?\s*$"  # "ISTANBUL" on a line of its own
    rf"|{WIRE_DATELINE}"  # "Baghdad / NINA / -- A security source said"
)


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place name in the body, how it was read, and (``excluded``) why it is not a place."""

    start: int
    end: int
    text: str
    place: Place | None = None
    iso: str | None = None
    match: str = "none"
    source: str = "gazetteer"
    excluded: str = ""
    antecedent: PlaceRef | None = None
    note: str = ""  # why a place stays unresolved, when the text says where it is not

    @property
    def usable(self) -> bool:
        """Whether the mention can take part in an event."""
        return not self.excluded

    @property
    def target(self) -> PlaceRef:
        """The mention that says where this one is (itself, or its antecedent)."""
        return self.antecedent.target if self.antecedent is not None else self


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article read for extraction: sentences, furniture, quotes and all its mentions."""

    article: Article
    body: str
    sentences: list[Sentence]
    furniture: dict[int, str]
    quoted: list[bool]
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorSpan] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (-1 if none)."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return -1

    def places_in(self, sentence: Sentence) -> list[PlaceRef]:
        """The place mentions of ``sentence`` (``places`` is sorted by start)."""
        return _between(self.places, sentence)

    def actors_in(self, sentence: Sentence) -> list[ActorSpan]:
        """The actor mentions of ``sentence``."""
        return _between(self.actors, sentence)

    def dates_in(self, sentence: Sentence) -> list[DateExpr]:
        """The date expressions of ``sentence``."""
        return _between(self.dates, sentence)

    def mentions(self) -> list[Mention]:
        """Return every mention as the contract's :class:`~geomap.schema.Mention`."""
        raw = self.article.body
        out = [_place_mention(self.article.stem, p, raw[p.start : p.end]) for p in self.places]
        out += [
            Mention(
                self.article.stem,
                a.start,
                a.end,
                raw[a.start : a.end],
                "actor",
                name=a.actor_id,
                resolved=True,
            )
            for a in self.actors
        ]
        out += [
            Mention(
                self.article.stem,
                d.start,
                d.end,
                raw[d.start : d.end],
                "date",
                name=d.iso(),
                resolved=True,
                note=f"{d.kind}; precision {d.precision}" + ("; future" if d.future else ""),
            )
            for d in self.dates
        ]
        return sorted(out, key=lambda m: (m.start, m.end, m.kind))


def read_text(article: Article, gazetteer: Gazetteer) -> ArticleText:
    """Read ``article``: split it, mark furniture and quotes, find places, actors and dates."""
    from geomap.coref import resolve_anaphors

    body = normalize_spaces(article.body)
    sentences = split_sentences(body)
    quoted = quoted_mask(body)
    furniture = furniture_reasons(body, sentences, article.outlet, quoted)
    text = ArticleText(
        article, body, sentences, furniture, quoted, starts=[x.start for x in sentences]
    )
    text.actors.extend(a for a in find_actors(body) if not _in_furniture(text, a.start))
    for i, s in enumerate(sentences):
        if i in furniture:
            continue
        filed = _DATELINE.match(s.text)  # its date is the filing's, no event's
        for d in find_dates(s.text, article.published):
            if filed is None or d.start >= filed.end():
                text.dates.append(_shift(d, s.start))
    # "two days later": after the day told before
    text.dates[:] = anchor_relative(text.dates, [s.start for s in sentences], body)
    places = _find_places(text, gazetteer)
    capitals = _capitals(text, gazetteer, places)
    places = _away_from_the_capital(body, places, capitals) + capitals
    anaphors = resolve_anaphors(text, places)
    # (an anaphor says where as well as a name: "army helicopters dropped barrel bombs on the
    # districts ... in the east of the city", the city being Aleppo)
    text.actors[:] = _settled(text.actors, places + anaphors, (text.body, text.sentence_index))
    text.places.extend(sorted(places + anaphors, key=lambda p: p.start))
    return text


# "south of the capital", "the Iraqi capital" (not "the provincial capital", "the capital of
# Anbar", nor one whose name follows: "the capital, Baghdad", "the capital Damascus")
_THE_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:(?P<demonym>[A-Z][a-z]+)\s+)?capital)\b"
    r"(?!\s+(?:of|city|region)\b)(?!,?\s+[A-Z])(?![-‑])"
)


def _capitals(text: ArticleText, gazetteer: Gazetteer, places: list[PlaceRef]) -> list[PlaceRef]:
    """ "The capital" as the capital of the country it is told of: the demonym's ("the Syrian
    capital"), else that of the country most of the article's places lie in."""
    body = text.body
    lying = Counter(p.place.country for p in places if p.place is not None and p.usable)
    home = max(sorted(lying), key=lambda iso: lying[iso]) if lying else None
    taken = Spans(places)
    out = []
    for m in _THE_CAPITAL.finditer(body):
        demonym = m["demonym"]
        iso = DEMONYMS.get(demonym.lower()) if demonym else home
        name = capital_of(iso) if iso is not None else None
        if name is None or _in_furniture(text, m.start()) or taken.overlapping(*m.span("name")):
            continue
        found = gazetteer.resolve(name)
        place = found.place
        if place is None or place.country != iso:
            continue
        start, end = m.span("name")
        out.append(PlaceRef(start, end, body[start:end], place, match=found.match))
    return out


def _away_from_the_capital(
    body: str, places: list[PlaceRef], capitals: list[PlaceRef]
) -> list[PlaceRef]:
    """Unresolve a place said to lie by "the capital" that lies far from it ("Qudsaya and
    al-Hameh, on the western edge of the capital" is no Hama)."""
    if not capitals:
        return places
    starts = {c.start: c for c in capitals}
    out = []
    for r in places:
        # (only those said to lie by a capital: the rest were measured in _find_places)
        near = _SAID_NEAR.match(body, r.end) if r.place is not None else None
        note = _away_from_whole(body, r, starts) if near and near.end() in starts else None
        out.append(PlaceRef(r.start, r.end, r.text, source="context", note=note) if note else r)
    return out


def place_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Find and resolve the place names of ``article``, each resolved in the article's context."""
    text = read_text(article, gazetteer)
    return [m for m in text.mentions() if m.kind == "place"]


# One pass of a character class, then a copy only where a space is not plain: faster than
# str.translate, which looks up every character of the text in a dict.
_SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c]")


def normalize_spaces(body: str) -> str:
    """Turn every kind of space into a plain one; the text keeps its length and offsets.

    >>> normalize_spaces("northern\u00a0Iraqi") == "northern Iraqi"
    True
    """
    return _SPACES.sub(" ", body)


def _find_places(text: ArticleText, gazetteer: Gazetteer) -> list[PlaceRef]:
    body = text.body
    countries = [
        PlaceRef(c.start, c.end, c.text, iso=c.iso, source="country") for c in find_countries(body)
    ]
    contextual = _contextual_names(body)
    country_spans, context_spans = Spans(countries), Spans(contextual)
    refs: list[PlaceRef] = []
    context = Context()  # the places resolved so far, each candidate's distances remembered
    scanned: list[PlaceRef] = []
    # (names left unresolved, read again at the end if places of their best candidate's
    # country were resolved after them: how many places were known, that country)
    pending: list[tuple[int, NameSpan, tuple[int, str]]] = []
    for found in scan_text(gazetteer, body):
        scanned.append(PlaceRef(found.start, found.end, found.text))
        if country_spans.overlapping(found.start, found.end):
            continue
        span, res = _resolved(body, found, gazetteer, context)
        res = _in_the_country_told(text, span, res, countries)
        if res.place is None:
            if (
                span.text.lower() in _ADJECTIVES
                or len(span.text) < 2
                # (a headline's capitalised words: "Take Control of Border Crossing with Syria")
                or in_title_case(body, span.start)
                or body[span.end : span.end + 1].isdigit()  # "the K1 base", "T4 airbase"
            ):
                continue
            # (read again at the end only if a place of its name came near enough to be one
            # with more places about it)
            known = len(context) if res.candidates and res.score >= _NEAR_ENOUGH else -1
            country = res.candidates[0].country if res.candidates else ""
            if context_spans.overlapping(span.start, span.end):
                pending.append(
                    (-1, found, (known, country))
                )  # (kept as in context unless resolved)
                continue
            if not _reads_as_place(body, span.start, span.end):
                continue
            pending.append((len(refs), found, (known, country)))
            refs.append(PlaceRef(span.start, span.end, span.text, source="gazetteer"))
            continue
        wider = [
            c
            for c in context_spans.overlapping(span.start, span.end)
            if c.start <= span.start
            and span.end <= c.end
            and c.end - c.start > span.end - span.start
            # (not a final ayn mark the scan left out: "Sa'sa'" is "Sa'sa")
            and (c.start < span.start or body[span.end : c.end].strip("'’‘`"))
        ]
        if wider:
            continue  # "Umm Sijan" read in context beats a bare "Sijan"
        head = _construct_head(body, span, scanned[-2] if len(scanned) > 1 else None)
        if head is not None:  # "Amiriyat al-Fallujah" is a town of its own, not Fallujah
            refs.append(PlaceRef(head, span.end, body[head : span.end], source="context"))
            continue
        if res.place not in context:
            context.append(res.place)
        refs.append(PlaceRef(span.start, span.end, span.text, res.place, match=res.match))
    refs += _read_again(text, (gazetteer, context), pending, (refs, countries, context_spans))
    taken = Spans(refs + countries)
    refs += [
        _by_its_own_name(c, gazetteer, context)
        for c in contextual
        if not taken.overlapping(c.start, c.end)
    ]
    # (not a name the gazetteer knows and turned down: "in Baghdad, Washington and London")
    refs += _listed_with(body, refs, Spans(refs + countries + scanned), Spans(text.actors))
    refs += _known_also_as(body, refs, Spans(refs + countries))
    refs += _named_again(body, refs, (Spans(refs + countries), Spans(scanned)), Spans(text.actors))
    refs = _resolved_elsewhere(refs)
    resolved = Spans([r for r in refs if r.place is not None])
    refs = [r for r in refs if r.place is not None or not resolved.overlapping(r.start, r.end)]
    furniture = frozenset(r.start for r in refs if text.sentence_index(r.start) in text.furniture)
    refs = _parts_away_from_whole(body, _drop_outliers(refs + countries, gazetteer), furniture)
    actors = Spans(text.actors)
    return [_with_exclusion(text, r, actors) for r in sorted(refs, key=lambda r: r.start)]


def _known_also_as(body: str, refs: list[PlaceRef], taken: Spans[PlaceRef]) -> list[PlaceRef]:
    """The other names of places the article gives ("Moadamiyeh, also known as Muadamiyat
    al-Sham"), read as the place of the name found (or as a name to look for, when that is
    unresolved too).

    >>> body = "Moadamiyeh, also known as Muadamiyat al-Sham, lies west of the city."
    >>> found = PlaceRef(26, 44, "Muadamiyat al-Sham", source="context")
    >>> [(r.text, r.source) for r in _known_also_as(body, [found], Spans([found]))]
    [('Moadamiyeh', 'context')]
    """
    out: list[PlaceRef] = []
    if not _KNOWN_AS_WORDS.search(body):
        return out
    for r in refs:
        if r.excluded or r.iso is not None or r.antecedent is not None:
            continue
        before = _ALSO_KNOWN_BEFORE.search(body, max(0, r.start - 80), r.start)
        after = _ALSO_KNOWN_AFTER.match(body, r.end)
        for m in (before, after):
            if m is None or taken.overlapping(m.start("name"), m.end("name")):
                continue
            out.append(
                PlaceRef(
                    m.start("name"),
                    m.end("name"),
                    m["name"],
                    r.place,
                    match=r.match,
                    source="context",
                )
            )
    return out


_KNOWN_AS = r",?\s+\(?(?:also\s+)?(?:known|spelt|spelled|written)\s+(?:locally\s+)?as\s+"
_KNOWN_AS_WORDS = re.compile(r"\b(?:known|spelt|spelled|written)\s+(?:locally\s+)?as\b")
_ALSO_KNOWN_BEFORE = re.compile(rf"(?<![\w’'‘-])(?P<name>{_NAME}){_KNOWN_AS}$")
_ALSO_KNOWN_AFTER = re.compile(rf"{_KNOWN_AS}(?P<name>{_NAME})(?![\w’'‘-])")


def _resolved_elsewhere(refs: list[PlaceRef]) -> list[PlaceRef]:
    """``refs``, with a name read as a place only from its words ("Kilis' Elbeyli district")
    given the place the gazetteer found for the same name elsewhere in the article ("south of
    Elbeyli").

    >>> place = Place("geonames:1", "Elbeyli", 36.67, 37.47, "TR", "P", 2224, "geonames")
    >>> found = PlaceRef(40, 47, "Elbeyli", place, match="exact")
    >>> told = PlaceRef(8, 15, "Elbeyli", source="context")
    >>> [r.place.name if r.place else None for r in _resolved_elsewhere([told, found])]
    ['Elbeyli', 'Elbeyli']
    """
    known: dict[str, PlaceRef] = {}
    for r in refs:
        if r.place is not None and r.source == "gazetteer" and r.antecedent is None:
            known.setdefault(r.text, r)
    return [
        replace(r, place=found.place, match=found.match)
        if r.place is None
        and r.source in ("context", NAMED_AGAIN)
        and not r.note
        and (found := known.get(r.text)) is not None
        else r
        for r in refs
    ]


# The score below which more places nearby would not make a name's best candidate an answer:
# the most they add (a place within 60 km) above the least they gave (none but far ones).
_NEAR_ENOUGH = THRESHOLD - 0.2


def _read_again(
    text: ArticleText,
    resolving: tuple[Gazetteer, Context],
    pending: list[tuple[int, NameSpan, tuple[int, str]]],
    found: tuple[list[PlaceRef], list[PlaceRef], Spans[PlaceRef]],
) -> list[PlaceRef]:
    """Read again, with all the article's places, each name left unresolved before the places
    after it were read: "Suruç" in a headline, before "Şanlıurfa", "Gaziantep" and "Kilis"
    told where the story is (nothing is added to the context: each is read with the same
    places; only an exact or alias match counts, no near spelling: "Tel Skuf" is no Tel Kaif).
    A name of ``found``'s refs is resolved in place; the names read as places in context are
    returned resolved, to be added."""
    gazetteer, context = resolving
    refs, countries, context_spans = found
    body = text.body
    added: list[PlaceRef] = []
    read: dict[str, Resolution] = {}  # (a name told again reads the same)
    for k, name, (known, country) in pending:
        if (
            known < 0
            or not any(p.country == country for p in context[known:])
            or OUTLYING.match(body, name.end)
        ):
            continue  # (no place of its name, or none of its country resolved after it)
        if name.text not in read:
            read[name.text] = gazetteer.resolve(name.text, context)
        res = _in_the_country_told(text, name, read[name.text], countries)
        if res.place is None or res.match not in ("exact", "alias"):
            continue
        ref = PlaceRef(name.start, name.end, name.text, res.place, match=res.match)
        if k >= 0:
            refs[k] = ref
        elif any(
            (c.start, c.end) == (name.start, name.end)
            for c in context_spans.overlapping(name.start, name.end)
        ):
            added.append(ref)
    return added


# A country named as where things happen: "in neighbouring Iraq", "across northern Syria"
_IN_COUNTRY = re.compile(
    r"(?i)\b(?:in|into|across|throughout|inside|of)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+)?$"
)


_CITY_TOLD = 100_000  # people: a town that large is the one news means in its country
_MUCH_LARGER = 5


def _in_the_country_told(
    text: ArticleText, span: NameSpan, res: Resolution, countries: list[PlaceRef]
) -> Resolution:
    """``res``, or its candidate of the one country its sentence tells of as where things
    happen, when that is a city and much larger: "air strikes against IS in neighbouring Iraq ...
    threatened the Kurdish regional capital Arbil" is Erbil, not 'Irbin near Damascus,
    however much of the article is about Syria."""
    if res.place is None:
        return res
    sentence = text.sentences[text.sentence_index(span.start)]
    told = {
        c.iso
        for c in countries
        if sentence.start <= c.start < sentence.end
        and _IN_COUNTRY.search(text.body, max(sentence.start, c.start - 40), c.start)
    }
    if len(told) != 1 or res.place.country in told:
        return res
    (iso,) = told
    there = [
        c
        for c in res.candidates
        if c.country == iso
        and c.feature in ("P", "A")
        and c.population >= max(_CITY_TOLD, _MUCH_LARGER * res.place.population)
    ]
    return replace(res, place=there[0]) if there else res


def _resolved(
    body: str, span: NameSpan, gazetteer: Gazetteer, context: Context
) -> tuple[NameSpan, Resolution]:
    """Resolve a name found, or the name with the feature after it ("the Hamrin mountains")
    when the gazetteer knows that as a whole."""
    feature = OUTLYING.match(body, span.end)
    if feature:
        whole = NameSpan(span.start, feature.end(), body[span.start : feature.end()])
        res = gazetteer.resolve(whole.text, context)
        if res.place is not None:
            return whole, res
    return span, gazetteer.resolve(span.text, context)


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _by_its_own_name(ref: PlaceRef, gazetteer: Gazetteer, context: Context) -> PlaceRef:
    """A name read in context that the scan of words cannot read ("the T4 air base": a name
    with a digit) is the place a gazetteer entry bears as its name or alias, if one does.

    >>> from gazetteer import Gazetteer, Region
    >>> g = Gazetteer.default(campaign_csv=None, region=Region(countries=("SY",)))
    >>> _by_its_own_name(PlaceRef(4, 6, "T4", source="context"), g, Context()).place.name
    'Tiyas Air Base'
    """
    if not any(c.isdigit() for c in ref.text):
        return ref
    res = gazetteer.resolve(ref.text, list(context))
    if res.place is None or res.match not in ("exact", "alias"):
        return ref
    return PlaceRef(ref.start, ref.end, ref.text, res.place, match=res.match)


def _contextual_names(body: str) -> list[PlaceRef]:
    found: list[PlaceRef] = []
    covered = bytearray(len(body))
    backwards = body[::-1]
    for matches in (
        _matches_at(_OF_NAMES, body, _starts_of_nouns(body, backwards)),
        _names_of_features(body, backwards),
        _matches_at(_ARABIC_LEAD, body, _starts_of_heads(body, backwards)),
        _TAKEN_NAMES.finditer(body),
        _AMONG_NAMES.finditer(body),
        _included_names(body),
        _apposed_names(body),
        _LOCATED_NAMES.finditer(body),
    ):
        for m in matches:
            start = m.start("names")
            for part in _NAME_SPLIT.split(m.group("names")):
                offset = body.index(part, start)
                start = offset + len(part)
                name = _POSSESSIVE.sub("", part.strip())  # "Mosul's airport": Mosul
                owner = _OWNER.match(name) or _THE.match(name)  # "Baghdad's Sadr City": Sadr
                if owner:  # City; "The Tanak, Yarmouk and ... districts": Tanak
                    offset, name = offset + owner.end(), name[owner.end() :]
                if (
                    # (nor "the mixed Sunni-Shiite province": peoples, not a place)
                    # ("the regime-held Shi'a villages of Fu'ah"), spelt as it may be
                    fold(_FIRST_WORD.split(name, maxsplit=1)[0]) in _NOT_NAMES
                    or any(covered[offset:start])
                    or _ACRONYM.fullmatch(name)  # ("PKK camps", "IDP camps"): whose they are
                ):
                    continue
                covered[offset:start] = b"\x01" * (start - offset)
                found.append(PlaceRef(offset, offset + len(name), name, source="context"))
    for a, b in _road_ends(body):
        name = body[a:b]
        if name.split()[0].lower() not in _NOT_NAMES and not any(covered[a:b]):
            covered[a:b] = b"\x01" * (b - a)
            found.append(PlaceRef(a, b, name, source="context"))
    return found


# "recaptured several villages ... southwest of the city, including al-Abra al-Saghira": the
# names of places a plural noun of place has just told of
_INCLUDING = re.compile(rf",?\s+{INCLUDING}\s+")
_INCLUDED = re.compile(rf"(?P<names>{_NAME}(?:(?:,? and |, ){_NAME})*)(?![\w’'‘-])(?!\s+[A-Z])")
_PLURAL_PLACE_NOUNS = r"villages|towns|hamlets|districts|neighbou?rhoods|suburbs|settlements"
_PLURAL_PLACES = re.compile(rf"(?i)\b(?:{_PLURAL_PLACE_NOUNS}|areas)\b[^.;:!?]{{0,80}}$")


def _included_names(body: str) -> Iterator[re.Match[str]]:
    """The lists of names led by "including" after a plural noun of place, and the lists
    that close a sentence after a colon that such a noun leads to.

    >>> body = "Troops retook several villages south of the city, including Imam Gharbi."
    >>> [m["names"] for m in _included_names(body)]
    ['Imam Gharbi']
    >>> body = "They live in three towns 90 km southeast of the city: Abu Hamam and Gharanij."
    >>> [m["names"] for m in _included_names(body)]
    ['Abu Hamam and Gharanij']
    """
    for lead in _INCLUDING.finditer(body):
        m = _INCLUDED.match(body, lead.end())
        if m is not None and _PLURAL_PLACES.search(body, max(0, lead.start() - 90), lead.start()):
            yield m
    for lead in _COLON.finditer(body):
        m = _INCLUDED.match(body, lead.end())
        if (
            m is not None
            and _LIST_CLOSES.match(body, m.end())
            and _PLURAL_PLACES_BEFORE.search(body, max(0, lead.start() - 150), lead.start())
        ):
            yield m


def _apposed_names(body: str) -> Iterator[re.Match[str]]:
    """The names an apposition after them says are places, found from each comma.

    >>> body = "They took al-Waleed, a crossing with Syria, on Sunday."
    >>> [m["names"] for m in _apposed_names(body)]
    ['al-Waleed']
    """
    for comma in _APPOSITION_OPENS.finditer(body):
        start = _NAME_START.search(body, max(0, comma.start() - 40), comma.start())
        if start is None:
            continue
        m = _APPOSED_NAME.match(body, start.start())
        if m is not None and m.end("names") == comma.start():
            yield m
    # "a second convoy set out for Fuah and Kefraya, two Shiite villages in the northern
    # province of Idlib": the names a plural apposition counts
    for comma in _PLURAL_APPOSITION.finditer(body):
        m = _NAMES_BEFORE.search(body, max(0, comma.start() - 80), comma.start())
        if m is not None:
            yield m


_APPOSITION_OPENS = re.compile(r",\s+(?:an?|the)\s")
# "at a Red Crescent warehouse in Urum al-Kubra, in rural western Aleppo", "in Kafr Hamra,
# 10 km west of Aleppo": a name the words after it locate by a place
_LOCATED_NAMES = re.compile(
    rf"\b(?:in|at|near) (?P<names>{_NAME}),\s+(?:in\s+(?:the\s+)?(?:rural\s+)?(?:{BEARING}\s+)?"
    rf"(?:countryside\s+of\s+)?|(?:(?:about|some|around)\s+)?\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+"
    rf"(?:\(\d+\s+\w+\)\s+)?{BEARING}\s+of\s+)(?:the\s+(?:city|town)\s+of\s+)?(?=[A-Z])"
)
# ", two Shiite villages": places counted in an apposition after their names
COUNTED_PLACES = (
    r",\s+(?:the\s+)?(?:two|three|four|both)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:villages|towns|cities|hamlets|districts|neighbou?rhoods)\b"
)
_PLURAL_APPOSITION = re.compile(COUNTED_PLACES)
_NAMES_BEFORE = re.compile(rf"(?<![\w’'‘-])(?P<names>{_NAME}(?:(?:,? and |, ){_NAME})+)$")
# The start of the words of a name that ends where an apposition opens
_NAME_START = re.compile(
    rf"(?<![\w’'‘-]){_PARTICLE}?[A-Z][\w’'‘]*(?:[-‑ ]{_PARTICLE}?[A-Z][\w’'‘]*){{0,3}}$"
)


_COLON = re.compile(r":\s+")
_LIST_CLOSES = re.compile(r"\s*(?:[.;]|$)")
_PLURAL_PLACES_BEFORE = re.compile(rf"(?i)\b(?:{_PLURAL_PLACE_NOUNS})\b[^.;:!?]{{0,130}}$")


# The two ends that name a road: "the Khazir-Mosul road", "the Tal Afar–Sinjar highway".
_ROAD_NOUN = re.compile(r"\s(?:road|highway|motorway|route|axis|corridor|supply\s+line)\b")
_ROAD_ENDS = re.compile(rf"(?<![\w’'‘-])(?P<a>{_NAME})[–‑-](?P<b>{_NAME})$")


def _road_ends(body: str) -> Iterator[tuple[int, int]]:
    """The spans of the places a road is named for, each found just before a road noun.

    >>> body = "Troops cut the Khazir-Mosul road and the Tal Afar–Sinjar highway."
    >>> [body[a:b] for a, b in _road_ends(body)]
    ['Khazir', 'Mosul', 'Tal Afar', 'Sinjar']
    """
    for noun in _ROAD_NOUN.finditer(body):
        m = _ROAD_ENDS.search(body, max(0, noun.start() - 60), noun.start())
        if m is not None:
            yield m.span("a")
            yield m.span("b")


# A list of names: "from Khazir, Bashiqa and Nawaran". One of them a known place, the list
# led by a word of place, the others are places too.
_NEXT_IN_LIST = re.compile(rf"(?P<sep>,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<name>{_NAME})")
_PREVIOUS_IN_LIST = re.compile(
    rf"(?<![\w’'‘-])(?P<name>{_NAME})(?P<sep>,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
_LIST_LEAD = re.compile(
    r"\b(?:from|to|in|at|near|towards?|into|around|outside|between|through|of)\s+(?:the\s+)?$"
    # "troops captured Tal Naam, Um Arkila and Sheikh Ahmad"
    r"|\b(?:captured|seized|took|retook|recaptured|liberated|cleared|entered|stormed|overran|"
    r"reached)\s+$",
    re.I,
)
_JOINER = re.compile(r"\b(?:and|or)\b")
_LIST_END = re.compile(r"(?![\w’'‘-])(?!\s+(?:[A-Z]|of\b|al-|el-))")


# A name of two words in the Arabic construct form, the second a place's: "Amiriyat
# al-Fallujah", "Jurf al-Sakhar". The first, a word no source knows, makes another place.
_ARTICLE_FIRST = re.compile(r"(?i)(?:al|el|ad|ar|as|ash|az|at|an)[-‑]")
_CONSTRUCT = re.compile(r"(?<![\w’'‘-])[A-Z][a-z]{2,} $")
_NOT_CONSTRUCT = (
    frozenset(
        "the near in at from outside inside around towards toward into on by with beyond across "
        "along between south north east west southern northern eastern western central greater "
        "old new upper lower city town village district province camp camps airport mosque "
        "bridge road highway then when while after before since as and but".split()
    )
    | _NOT_NAMES
    | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
)


_LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def in_title_case(body: str, at: int) -> bool:
    r"""Whether the line holding offset ``at`` is written in title case, as headlines often
    are ("Iraqi Forces Recapture Al-Qaim, Take Control of Border Crossing with Syria"): four
    words or more, none but the small ones in lower case.

    >>> in_title_case("Iraqi Forces Recapture Al-Qaim\nThe army took it.", 3)
    True
    >>> in_title_case("Iraqi Forces Recapture Al-Qaim\nThe army took it.", 40)
    False
    """
    start = body.rfind("\n", max(0, at - _TITLE_MAX), at) + 1
    end = body.find("\n", at, at + _TITLE_MAX + 1)
    if (start == 0 and at > _TITLE_MAX) or (end < 0 and len(body) - start > _TITLE_MAX):
        return False  # (a longer line is prose)
    line = body[start : end if end >= 0 else len(body)]
    if len(line) > _TITLE_MAX:
        return False
    words = _LETTER_WORD.findall(line)
    return len(words) >= 4 and not any(
        w[0].islower() and w.lower() not in TITLE_SMALL_WORDS for w in words
    )


_TITLE_MAX = 160  # characters: a longer line is prose


def _construct_head(body: str, span: NameSpan, previous: PlaceRef | None) -> int | None:
    """Where the name that ``span`` (a known place's name) is the second word of begins, if
    it is one: "Amiriyat al-Fallujah" (None for "near al-Qaim", "Haider al-Abadi" ...).
    ``previous`` is the name the scan found before ``span``, if any.

    >>> body = "Camps at Amiriyat al-Fallujah were full."
    >>> _construct_head(body, NameSpan(18, 29, "al-Fallujah"), None)
    9
    """
    if not _ARTICLE_FIRST.match(span.text) or in_title_case(body, span.start):
        return None  # (not a headline's verb: "Iraqi Forces Recapture Al-Qaim")
    m = _CONSTRUCT.search(body, max(0, span.start - 20), span.start)
    if m is None or m.group().strip().lower() in _NOT_CONSTRUCT:
        return None
    if previous is not None and previous.end > m.start():
        return None  # the word is a name of its own ("Mosul al-Jadida": Mosul, then a part)
    return m.start()


def _settled(
    actors: list[ActorSpan],
    places: list[PlaceRef],
    where: tuple[str, Callable[[int], int]],
) -> list[ActorSpan]:
    """The actors with each name whose party depends on where ("the army", "Kurdish
    fighters") given the party of the country of the nearest place named (or described:
    "the city") in its own sentence, else before or after it in that sentence's neighbourhood
    (else of the article's places, else the first the table gives); a name with no party in
    that country is dropped.
    ``where`` is the text and a function giving the index of the sentence an offset lies in.
    """
    if not any(":" in a.actor_id for a in actors):
        return actors
    body, sentence_of = where
    # (not a country named as its border: "the army ... near the Syrian border" in a story on
    # Tal Afar is Iraq's)
    located = [
        (p.start, c)
        for p in places
        if p.usable
        and (c := _country(p))
        and not (p.place is None and _BORDER_WORDS.search(p.text))
        # (nor the country across a border: "seize Iraqi border crossing with Syria")
        and not (p.place is None and _ACROSS.search(body, max(0, p.start - 40), p.start))
        # (nor a country whose movement is named: "the army and fighters from Lebanon's Shiite
        # movement Hezbollah seized the town of Yabroud")
        and not (p.place is None and _WHOSE_GROUP.match(body, p.end))
    ]
    by_count = [c for c, _ in Counter(c for _, c in located).most_common()]
    out: list[ActorSpan] = []
    for a in actors:
        options = by_country(a.actor_id)
        if options is None:
            out.append(a)
            continue
        # (of its own sentence first: "soldiers had pulled out of the airport ... towards
        # Ithriya in neighbouring Hama province", after a sentence that named Iraq)
        here = sentence_of(a.start)
        ranked = sorted(
            (sentence_of(at) != here, abs(at - a.start), c)
            for at, c in located
            if abs(at - a.start) < _NEAR
        )
        near = [(d, c) for _, d, c in ranked]
        found = ([c for _, c in near] + by_count) or list(options)
        country = next((c for c in found if c in options), None)
        if country is not None:
            out.append(replace(a, actor_id=options[country]))
    return out


_NEAR = 300  # characters: about a sentence either side
_WHOSE_GROUP = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+)?(?:army|military|armed|forces|troops|soldiers|government|regime|"
    r"air\s+force|security)\b)"
)
_BORDER_WORDS = re.compile(r"(?i)\b(?:border|frontier|crossing)\b")
_ACROSS = re.compile(r"(?i)\b(?:border|frontier|crossings?|boundary)\s+(?:\w+\s+)?with\s+$")


def _country(p: PlaceRef) -> str | None:
    p = p.target
    return p.place.country if p.place is not None else p.iso


def _listed_with(
    body: str, refs: list[PlaceRef], taken: Spans[PlaceRef], actors: Spans[ActorSpan]
) -> list[PlaceRef]:
    """Names listed with a known place that no source knows: unresolved places, kept.

    >>> body = "Forces advanced from Khazir, Mosul and Nawaran on Monday."
    >>> ref = PlaceRef(29, 34, "Mosul", Place("p", "Mosul", 36.3, 43.1, "IQ"))
    >>> [r.text for r in _listed_with(body, [ref], Spans([ref]), Spans([]))]
    ['Khazir', 'Nawaran']
    """
    found: list[PlaceRef] = []
    seen: set[int] = set()
    for ref in refs:
        # (a name read as a place from its words leads a list too: "troops captured Tal Naam,
        # Um Arkila and Sheikh Ahmad")
        if (ref.place is None and ref.source != "context") or ref.start in seen:
            continue
        items = [(ref.start, ref.end)]
        seps: list[str] = []  # seps[i] lies between items[i] and items[i + 1]
        while m := _PREVIOUS_IN_LIST.search(body, max(0, items[0][0] - 80), items[0][0]):
            seps.insert(0, m.group("sep"))
            items.insert(0, (m.start("name"), m.end("name")))
        while (m := _NEXT_IN_LIST.match(body, items[-1][1])) and _LIST_END.match(body, m.end()):
            seps.append(m.group("sep"))
            items.append((m.start("name"), m.end("name")))
        # A list ends with the name after its "and" or "or" ("..., Hamam al-Alil and Shura,
        # Lt. Gen. ..."); a run of names without one is no list ("In Mosul, Abadi met").
        last = next((i for i, sep in enumerate(seps) if _JOINER.search(sep)), None)
        if last is None:
            continue
        items = items[: last + 2]
        if (ref.start, ref.end) not in items or not _LIST_LEAD.search(
            body, max(0, items[0][0] - 20), items[0][0]
        ):
            continue
        seen.update(a for a, _ in items)
        for a, b in items:
            name = body[a:b]
            if (
                taken.overlapping(a, b)
                or actors.overlapping(a, b)
                or name.split()[0].lower() in _NOT_NAMES
                or name.lower() in _ADJECTIVES
            ):
                continue
            found.append(PlaceRef(a, b, name, source="context"))
    return found


NAMED_AGAIN = "named again"  # the source of a name found where it was read as a place before
_NAMED_AGAIN_MIN = 4  # letters: a shorter name read once as a place is too easily a word


def _named_again(
    body: str,
    refs: list[PlaceRef],
    spans: tuple[Spans[PlaceRef], Spans[PlaceRef]],
    actors: Spans[ActorSpan],
) -> list[PlaceRef]:
    """A name no source knows, read once as a place from the words around it ("the village
    of Baghouz"), is that place wherever the article names it again ("the final assault on
    Baghouz"), as written; also where the gazetteer's scan found the name and turned it down
    (``spans``: the places and countries found, and what the scan found), since the article
    has told it is a place.

    >>> body = "Troops took the village of Baghouz. The assault on Baghouz ended."
    >>> ref = PlaceRef(27, 34, "Baghouz", source="context")
    >>> found = _named_again(body, [ref], (Spans([ref]), Spans([])), Spans([]))
    >>> [(r.start, r.source) for r in found]
    [(51, 'named again')]
    """
    taken, scanned = spans
    names = sorted(
        {
            r.text
            for r in refs
            if r.place is None
            # (or found by the scan and read as a place where first named: "8 kilometers from
            # al-Baghdadi, a small town on the Euphrates")
            and r.source in ("context", "gazetteer")
            and len(r.text) >= _NAMED_AGAIN_MIN
            and (r.text[:1].isupper() or _ARTICLE_NAME.match(r.text))  # ("al-Mashlab")
        }
    )
    found: list[PlaceRef] = []
    for name in names:
        named = list(_occurrences(body, name))
        if any(
            _THE_BEFORE.search(body, max(0, a - 5), a)
            and not _QUARTER_AFTER.match(body, b)  # (but "the al-Mashlab neighborhood",
            # "the Jurin military camp")
            for a, b in named
        ):
            continue  # ("a town on the Tigris", "the Saadah area"): a river, a feature's name
        for a, b in named:
            if not (
                taken.overlapping(a, b)
                or actors.overlapping(a, b)
                or any(s.text != name for s in scanned.overlapping(a, b))
            ):
                found.append(PlaceRef(a, b, name, source=NAMED_AGAIN))
    return found


def _occurrences(body: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``body`` names ``name`` as a whole word (a scan of the text, not a pattern
    compiled for each name: an article may leave dozens of names unresolved).

    >>> list(_occurrences("Kudila and Kudilat, Kudila-1 and Kudila.", "Kudila"))
    [(0, 6), (33, 39)]
    """
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        before = body[at - 1] if at else " "
        after = body[end] if end < len(body) else " "
        if not _joins(before, "’'‘-") and not _joins(after, "’'-"):
            yield at, end
        at = body.find(name, at + 1)


def _joins(char: str, marks: str) -> bool:
    """Whether ``char`` would join a word beside it: a letter, a digit, ``_`` or a mark."""
    return char.isalnum() or char == "_" or char in marks


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")
_QUARTER_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|suburb|village|town"
    # ("the Jurin military camp": the site named for its place)
    r"|(?:military\s+|army\s+)?(?:camp|base)|air\s?base|airport"
    # ("the Tal al-Eis offensive": an operation named for its place)
    r"|offensive|operation|battle|front|assault|counteroffensive|campaign)\b"
)


def _matches_at(rx: re.Pattern[str], body: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(body)`` finds, given every offset where a match of it may start."""
    done = 0
    for start in sorted(set(starts)):
        m = rx.match(body, start) if start >= done else None
        if m is not None:
            done = m.end()
            yield m


_THEIR = ("their ", "Their ")


def _starts_of_nouns(body: str, backwards: str) -> Iterator[int]:
    """Where a match of _OF_NAMES may start: "the " or "their " before the word (its noun)
    before an " of ", or before the word before that ("the border town of")."""
    for of in _OF.finditer(body):
        at = len(body) - of.start()  # where the words before " of " start, backwards
        noun = _back(_WORD_BACK, backwards, at)
        word = _back(_WORD_BACK, backwards, noun + 1)
        for start in (
            (len(body) - noun, len(body) - word) if word > noun + 1 else (len(body) - noun,)
        ):
            yield start - (6 if start >= 6 and body.startswith(_THEIR, start - 6) else 4)


def _starts_of_heads(body: str, backwards: str) -> Iterator[int]:
    """Where a match of _ARABIC_LEAD may start: a word of _LEADS and spaces before its head."""
    longest = max(map(len, _LEADS))
    for head in _HEAD_RX.finditer(body):
        end = len(body) - _back(_SPACE_BACK, backwards, len(body) - head.start())
        if end < head.start():  # spaces before the head: the word of _LEADS ends at ``end``
            yield from range(max(0, end - longest), end)


def _names_of_features(body: str, backwards: str) -> Iterator[re.Match[str]]:
    """What ``_NAME_NOUN.finditer(body)`` finds, each searched for only just before a noun.

    A match ends with a noun of _FEATURE and cannot hold one: the leftmost match after the
    previous one is the leftmost of those that end at the first noun where there is one.
    ``backwards`` is ``body`` reversed.
    """
    done = 0
    for noun in _FEATURE_RX.finditer(body):
        earliest = len(body) - _back(_NAME_BACK, backwards, len(body) - noun.start())
        # One character past the noun, so that its closing \b reads the text as it is.
        m = _NAME_NOUN.search(body, max(done, earliest), noun.end() + 1)
        if m is not None:
            done = m.end()
            yield m


def _back(rx: re.Pattern[str], backwards: str, at: int) -> int:
    """Where the match of ``rx`` (which may be empty) at ``at`` of a reversed text ends."""
    m = rx.match(backwards, at)
    return at if m is None else m.end()


def _with_exclusion(text: ArticleText, ref: PlaceRef, actors: Spans[ActorSpan]) -> PlaceRef:
    reason = _exclusion(text, ref, actors)
    if not reason:
        return ref
    return PlaceRef(
        ref.start, ref.end, ref.text, ref.place, ref.iso, ref.match, ref.source, reason,
        ref.antecedent, ref.note,
    )  # fmt: skip


def _exclusion(text: ArticleText, ref: PlaceRef, actors: Spans[ActorSpan]) -> str:
    body = text.body
    before, after = body[max(0, ref.start - 60) : ref.start], body[ref.end : ref.end + 80]
    if ref.excluded:
        return ref.excluded
    if ref.text.lower() in _ADJECTIVES:
        return "not a place: an adjective or a month, not a name of a place"
    if ref.text.lower() in _FEASTS and not _FEATURE_RX.match(body, ref.end):
        return "not a place: a religious feast or month"  # (but "the Newroz camp")
    if _in_furniture(text, ref.start):
        i = text.sentence_index(ref.start)
        return f"not a place: {text.furniture[i]}"
    line_start = body.rfind("\n", 0, ref.start) + 1
    line_end = body.find("\n", ref.end, ref.end + 40)
    filed = _DATELINE.match(body, line_start, line_end if line_end >= 0 else ref.end + 40)
    if filed and ref.end <= filed.end():
        return "not a place: dateline (where the report was filed)"
    named = _named_by_what_follows(ref, after)
    if named:
        return named
    if (
        any(
            a.start <= ref.start and ref.end <= a.end
            for a in actors.overlapping(ref.start, ref.end)
        )
        or _AFTER_ORG.match(after)
        # ("the so-called Khorasan Group"; not "the 38th Air Defense Battalion base")
        or (ref.place is None and _ORG_HEAD.search(ref.text) and not FACILITY.match(after))
        or _org_follows(text, ref, actors)
    ):
        return "not a place: part of an organisation's name"
    if (
        (_AFTER_OPERATION.match(after) and _BEFORE_OPERATION.search(before))
        or ("Operation" in before and _OPERATION_OF.search(before))
        or ref.text.startswith("Operation ")  # ("named Operation Euphrates Shield")
        or (before[-1:] in _QUOTES and _CALLED.search(before))
    ):
        return "not a place: names a military operation"
    if (
        (
            (ends_with(before, (*_FROM, "and", "or")) and _BEFORE_GOVT.search(before))
            or (
                ("with" in before or "alongside" in before or "between" in before)
                and _WITH_GOVT.search(before)
            )
            or (ends_with(before, ("for",)) and _FOR_GOVT.search(before))
            or (ends_with(before, ("in",)) and _GOVT_IN.search(before))
            or (_GOVT_OBJECT.search(before) and _GOVT_OBJECT_AFTER.match(after))
            or (_HANDED.search(before) and _HANDED_WHAT.match(after))
        )
        or (
            _AFTER_GOVT.match(after)
            # "forces in Syria said" (but "in Ankara's deepest incursion": Ankara's)
            and (after[:2] in ("'s", "’s") or not has_locative(body, ref.start))
        )
        or (any(w in before.lower() for w in _FEELS_WORDS) and _FELT_BY.search(before) is not None)
        or (ref.place is None and _MISSION_AFTER.match(after))
    ):
        return "not a place: stands for the government"
    if _SIDE_OF.match(after) and ref.iso is None:
        # "pulled back to new positions on the Erbil side of the Lower Zab river bridge"
        return "not a place here: names the side of something else that faces it"
    whose = _whose(before)
    if whose:
        return whose
    if in_title_case(body, ref.start):  # ("Forces Recapture Al-Qaim": no one's name)
        return _body_s_name(body, ref) or ""
    return _body_s_name(body, ref) or _persons_name(ref, before, after)


def _whose(before: str) -> str | None:
    """Why a name after ``before`` names a person's place, not one where anything happens:
    who was told ("told Rudaw"), the seat of an office ("the mayor of Iskandariya")."""
    if _TOLD.search(before):
        return "not a place: who was told (a news outlet or a person)"
    if _OFFICE_OF.search(before):
        return 'not a place here: the seat of someone\'s office ("the mayor of")'
    return None


def _body_s_name(body: str, ref: PlaceRef) -> str | None:
    """Why ``ref`` names a news outlet or an aid or rights organisation, not a place."""
    if _OUTLET.match(body, ref.start) or _OUTLET.match(body, max(0, ref.start - 3), ref.end):
        return "not a place: a news outlet's name"
    for m in _ORGANISATION.finditer(body, max(0, ref.start - 30), ref.end + 40):
        if m.start() < ref.end and ref.start < m.end():  # (the name is part of it)
            return "not a place: an aid or rights organisation's name"
    return None


# "the suspected bomber is a 20-year-old man from Adıyaman": a person's home town
_PERSON_FROM = re.compile(
    r"(?i)\b(?:\d+-year-old|man|woman|boy|girl|youth|student|bomber|attacker|gunman|native|"
    r"resident|citizen)\s+(?:(?:originally|who\s+(?:was|is)|who\s+came)\s+)?from\s+"
    r"(?:the\s+(?:(?:southern|northern|eastern|western|[\w-]+ern)\s+)?(?:town|city|village|province)\s+of\s+)?$"
)
_PERSONS_TOWN = re.compile(
    r"['’]s\s+(?:own\s+)?(?:home\s*town|birthplace|native\s+(?:town|village|city)|"
    r"ancestral\s+(?:home|village))\b",
    re.I,
)


def _persons_name(ref: PlaceRef, before: str, after: str) -> str:
    """Why a name is a person's, not a place's ("a cousin of Rania's", "Hamdaniya, 62,")."""
    if (
        ("name" in before and _NAMED_AS.search(before))
        or (_AGE_AFTER.match(after) and _GIVEN_NAME.search(before))
        or (after.startswith(("'s", "’s")) and _KIN_OF.search(before))
        # ("Saddam's hometown"): whose town
        or _PERSONS_TOWN.match(after) is not None
    ):
        return "not a place: a person's name"
    if _PERSON_FROM.search(before):
        return "not a place of the events: where a person comes from"
    if (
        re.match(r"(?i)(?:al|el)[-‑ ]", ref.text)
        and _BEFORE_PERSON.search(before)
        and not _LOCATIVE_NAME.search(before)
    ):
        return "not a place: part of a person's name"
    return ""


def _org_follows(text: ArticleText, ref: PlaceRef, actors: Spans[ActorSpan]) -> bool:
    """Whether ``ref`` is the possessive of an organisation: "Iraq's Popular Mobilization Forces"."""
    body = text.body
    m = re.match(r"['’]s\s+", body[ref.end : ref.end + 4])
    if m is None:
        return False
    at = ref.end + m.end()
    return any(a.start == at for a in actors.overlapping(at, at + 1))


def _drop_outliers(refs: list[PlaceRef], gazetteer: Gazetteer) -> list[PlaceRef]:
    """Unresolve places in a country no other place of the article is in, when the match is
    by a variant spelling or the place lies far from all the others."""
    region = set(getattr(getattr(gazetteer, "region", None), "countries", ()) or ())
    distinct = list({r.place.place_id: r.place for r in refs if r.place is not None}.values())
    # (places, not mentions: "the Sajur river ... advancing toward the Sajur" is one place)
    per_country = Counter(p.country for p in distinct)
    out = []
    for r in refs:
        p = r.place
        if p is None or p.country in region or per_country[p.country] > 1:
            out.append(r)
            continue
        others = len(per_country) > 1
        # (a village abroad must lie near the story: "two villages near the Sajur river", in
        # a story on Jarablus, are not Sajur in Galilee)
        km = _FOREIGN_VILLAGE_KM if p.population < _STRAY_POPULATION else 800.0
        # (measured from the campaign's own places: not from a dateline's Beirut)
        home = [q for q in distinct if q.country in region] or distinct
        if others and (r.match != "exact" or _far(p, home, km)):
            note = f"resolved far from the article's other places ({p.name}, {p.country}); check"
            out.append(PlaceRef(r.start, r.end, r.text, None, None, "none", r.source, note))
        else:
            out.append(r)
    return out


def _named_by_what_follows(ref: PlaceRef, after: str) -> str | None:
    """Why the name of ``ref`` is no place by the words ``after`` it: a disease ("Baghdad
    boil"), a modifier ("Iran-backed"), a river of a town's name ("the Yarmouk River Valley
    of southwestern Daraa" is no Yarmouk camp in Damascus)."""
    disease = _AFTER_DISEASE.match(after)
    if disease:
        return f"not a place: names a disease ({ref.text}{disease.group(0)})"
    if _AFTER_MODIFIER.match(after):
        return "not a place: a modifier (X-backed, X-led)"
    river = _RIVER_AFTER.match(after)
    if river and ref.place is not None and ref.place.feature == "P":
        return f"not the town: names a river ({ref.text}{river.group(0)})"
    return None


_RIVER_AFTER = re.compile(r"\s+(?:River|river)\b")
# "the Yarmouk neighbourhood of west Mosul": a part of the place named next.
_PART_OF = re.compile(
    r"\s+(?:neighbou?rhoods?|district|quarter|area|suburb|sub-?district)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?|central|old)\s+)?"
)
_PART_KM = 30.0  # how far a neighbourhood may lie from the centre of its city


def _parts_away_from_whole(
    body: str, refs: list[PlaceRef], furniture: frozenset[int] = frozenset()
) -> list[PlaceRef]:
    """Unresolve a place that the text puts where the gazetteer's place of that name is not.

    - a part of another place, far from it: the Yarmouk of "the Yarmouk neighbourhood of
      west Mosul" is not the Yarmouk camp in Damascus;
    - a place said to lie near another, or at a distance from it ("Salamiyah, near Nimrud",
      "Karbatli, 30 km south of Mosul"), that lies much farther;
    - then, a part of a town not named ("the Karama neighbourhood", "the neighbourhoods of
      al-Tanak and al-Yarmouk"), far from every other place of the article left.
    """
    starts = {r.start: r for r in refs if r.place is not None}
    notes = {
        id(r): _away_from_whole(body, r, starts) or _not_a_village(body, r)
        for r in refs
        if r.place is not None
    }
    parts = {id(r): _named_as_part(body, r) for r in refs if r.place is not None}
    located = {  # the places the others are measured from: none of them in question
        r.place.place_id: r.place
        for r in refs
        if r.place is not None
        and r.place.lat is not None
        and notes.get(id(r)) is None
        and parts.get(id(r)) is None
        # (nor a name read in page furniture: a "Share" button is no village in Syria)
        and r.start not in furniture
    }
    named = Counter(
        r.place.place_id for r in refs if r.place is not None and r.place.place_id in located
    )
    story = [located[named.most_common(1)[0][0]]] if named else []
    for r in refs:
        part = parts.get(id(r))
        if part and not notes.get(id(r)):
            # (a neighbourhood, measured from the places named around it and the town the story
            # is about: those of Tal Afar are not a town near Baghdad, named in passing)
            around = {
                q.place.place_id: q.place
                for q in refs
                if q.place is not None
                and q.place.place_id in located
                and abs(q.start - r.start) <= _PART_AROUND
            }
            notes[id(r)] = _away_from_all(r, part, list(located.values()))
            if (
                notes[id(r)] is None
                and _QUARTER.search(part)
                and story
                and r.place is not None
                and story[0].place_id != r.place.place_id
            ):
                notes[id(r)] = _away_from_all(r, part, list(around.values()) + story)
        elif not notes.get(id(r)):
            notes[id(r)] = _stray(body, r, list(located.values()))
    # what one mention says of a name holds for its others: "retook most of Karama" after
    # "the Karama neighbourhood" is not Al Karamah in Syria either
    misplaced = {
        r.place.place_id: note for r in refs if r.place is not None and (note := notes.get(id(r)))
    }
    out = []
    for r in refs:
        note = notes.get(id(r)) or (misplaced.get(r.place.place_id) if r.place else None)
        if note:
            out.append(PlaceRef(r.start, r.end, r.text, source="context", note=note))
        else:
            out.append(r)
    return out


def _away_from_whole(body: str, r: PlaceRef, starts: dict[int, PlaceRef]) -> str | None:
    """Why ``r`` is not the gazetteer's place, from the place the text puts it in or near."""
    assert r.place is not None
    m = _PART_OF.match(body, r.end)
    whole = starts.get(m.end()) if m else None
    if (
        whole is not None
        and whole.place is not None
        and whole.place.feature != "A"  # (a district of a governorate lies anywhere in it)
        and _km(r.place, whole.place) > _PART_KM
        # (not a city that big: "the central Damascus district of Midan" is Damascus's; but
        # a district of a city as big is none: "the al-Suleimaniyeh district of Aleppo")
        and (r.place.population < _NAMES_ITS_PARTS or whole.place.population >= _NAMES_ITS_PARTS)
    ):
        return f"a part of {whole.text}, but {r.place.name} lies far from it; check"
    listed = _LISTED_IN.match(body, r.end)
    if listed is not None and not _PART_BEFORE.search(body, max(0, r.start - 80), r.start):
        listed = None
    whole = starts.get(listed.end()) if listed else None
    if (  # ("the districts of al-Suleimaniyeh and al-Jamiliyeh in western Aleppo")
        whole is not None
        and whole.place is not None
        and whole.place.population >= _NAMES_ITS_PARTS
        and _km(r.place, whole.place) > _PART_KM
    ):
        return f"a part of {whole.text}, but {r.place.name} lies far from it; check"
    if r.place.feature == "P" and (
        _DESERT_OF.search(body, max(0, r.start - 40), r.start) or _DESERT_AFTER.match(body, r.end)
    ):
        # ("the vast desert area of al-Jazeera": the desert, not a town of its name)
        return f"a desert that bears the name of {r.place.name}, not the town; check"
    near = _SAID_NEAR.match(body, r.end)
    anchor = starts.get(near.end()) if near else None
    if near is None or anchor is None or anchor is r or r.place.lat is None:
        return None
    if (r.place.population >= _NAMES_ITS_PARTS and r.match == "exact") or is_reference(
        body, r.start
    ):
        # ("Hawija, south of Mosul near Kirkuk": Mosul says where Hawija is, and a city that
        # large, named as the gazetteer names it, is itself however the words around it read;
        # but "near Mahmudiya, northwest of Zummar" is not Al Mahmudiyah south of Baghdad)
        return None
    assert anchor.place is not None
    said = float((near["d"] or "0").replace(",", "")) * (1.61 if near["mi"] else 1.0)
    if not said and near["bearing"]:  # "west of Mosul": no nearer than the region says
        said = _BEARING_KM
    if anchor.place.lat is None:
        return None
    if _km(r.place, anchor.place) > said * 1.5 + _NEAR_KM:
        return f"said to lie near {anchor.text}, but {r.place.name} lies far from it; check"
    way = _WAY.search(near.group())
    if way and _km(r.place, anchor.place) > _NEAR_KM / 2:
        # "the Jazeera area north of Ramadi" is not Suwayrah, 140 km south-east of it
        said_way = BEARING_DEGREES[way.group().lower().replace("-", "")]
        off = abs((_bearing(anchor.place, r.place) - said_way + 180) % 360 - 180)
        if off > _WAY_SLACK:
            return (
                f"said to lie {way.group()} of {anchor.text}, but {r.place.name} does not; check"
            )
    return None


_WAY = re.compile(r"(?i)(?:north|south|east|west)(?:-?(?:east|west))?(?=(?:ern)?\s+of\b)")
_DESERT_OF = re.compile(r"(?i)\bdeserts?\s+(?:areas?\s+|regions?\s+)?of\s+(?:the\s+)?$")
_DESERT_AFTER = re.compile(r"(?i)\s+desert\b")
_WAY_SLACK = 70.0  # degrees: "north" holds for north-east and north-west too


def _bearing(a: Place, b: Place) -> float:
    """Degrees clockwise from north of the way from ``a`` to ``b``."""
    lat = math.radians((a.lat + b.lat) / 2)
    return math.degrees(math.atan2((b.lon - a.lon) * math.cos(lat), b.lat - a.lat)) % 360


def part_of_a_town(body: str, start: int, end: int) -> bool:
    """Whether the name at ``body[start:end]`` is told as a neighbourhood, district, quarter
    or suburb of a town ("the Zuhur district", "the neighbourhoods of Zanjili and Shifa").

    >>> part_of_a_town("troops took the Zuhur district", 16, 21)
    True
    """
    if _TOWN_PART.fullmatch(body[start:end].rsplit(None, 1)[-1]):
        return True  # "al-Salam Hospital", "Liberation Square"
    found = _PART_AFTER.match(body, end) or _PART_BEFORE.search(body, max(0, start - 80), start)
    return (found is not None and bool(_TOWN_PART.search(found.group()))) or bool(
        _APPOSED_PART.match(body, end)  # ("al-Waer, the last opposition-held district of Homs")
    )


def town_of_part(text: ArticleText, start: int, end: int) -> Place | None:
    """The town a part of a town at ``text.body[start:end]`` is said to lie in, when the
    words after it name it: "the al-Thakana and al-Nahda neighborhoods in central Raqqa"."""
    whole = whole_of_part(text, start, end)
    place = whole.target.place if whole is not None else None
    return place if place is not None and place.feature == "P" else None


def whole_of_part(text: ArticleText, start: int, end: int) -> PlaceRef | None:
    """The mention of the place a part of a town at ``text.body[start:end]`` is said to lie
    in, known or not: "the Musab bin Omair mosque in the village of Imam Wais"."""
    body = text.body
    part = _PART_AFTER.match(body, end)
    of = _APPOSED_PART.match(body, end)  # ("al-Waer, the last ... district of the ... city of
    # Homs")
    if of is None and part is None and not _PART_BEFORE.search(body, max(0, start - 80), start):
        return None  # ("the remaining parts of al-Qadisiya al-Thaniya in Mosul": Mosul's)
    of = of or _PART_IN.match(body, part.end() if part is not None else end)
    if of is None:  # ("In the central city of Homs, two car bombs exploded in the ...
        # district of Karm al-Loz"): the city the sentence opens in
        index = text.sentence_index(start)
        of = _SCENE_CITY.match(body, text.sentences[index].start) if index >= 0 else None
    if of is None:
        return None
    return next((p for p in text.places if p.start == of.end() and p.usable), None)


def owner_of_part(text: ArticleText, start: int, end: int) -> PlaceRef | None:
    """The place named as the owner of the part of a town at ``text.body[start:end]``, known
    or not: "Istanbul's historic Sultanahmet district"."""
    if not _PART_AFTER.match(text.body, end):
        return None
    return next(
        (
            p
            for p in text.places
            if p.end < start
            and p.target.iso is None
            and _OWNERS_PART.fullmatch(text.body, p.end, start)
        ),
        None,
    )


# "Istanbul's historic Sultanahmet district": the part a possessive town owns
_OWNERS_PART = re.compile(
    r"['’]s\s+(?:(?:historic|old|central|eastern|western|northern|southern)\s+)?"
)
_APPOSED_PART = re.compile(APPOSED_PART, re.I)
_PART_IN = re.compile(
    rf"\s+(?:(?:of|in)\s+(?:the\s+)?(?:(?:{BEARING}|central)\s+)?"
    # ("the Ghazlani military base on the southwestern edge of Mosul")
    rf"|on\s+the\s+(?:(?:{BEARING}|far)\s+)?(?:edges?|outskirts|fringes?)\s+of\s+(?:the\s+)?)"
    r"(?:(?:city|town|village)\s+of\s+)?",
    re.I,
)
_TOWN_PART = re.compile(
    r"(?i)neighbou?rhood|district|quarter|suburb|areas|roundabout|square|street|market|hospital|"
    r"base|airbase|field|camp|industrial\s+(?:zone|city)|mall|"
    r"stadium|mosque|bridge|parts|sections|hotel|school|church|monastery|convent"
)


def _stray(body: str, r: PlaceRef, located: list[Place]) -> str | None:
    """Why ``r``, a place of the base gazetteer, is not the one meant.

    - a small place, or one reached only by another of its names, that lies far from every
      other place of an article naming at least two ("into al-Qadisiya" in a story on Tal
      Afar is not Qadsayya, a suburb of Damascus; "Nainawa" in a story on Mosul is not
      Karbala, which some sources also call so);
    - one the text calls nearby that lies far from every other place of its sentence.
    """
    p = r.place
    if p is None or p.lat is None:
        return None
    if p.source == "campaign":  # (an editor's pins are chosen for this story)
        return None
    others = [o for o in located if o.place_id != p.place_id]
    before = body[max(0, r.start - 40) : r.start]
    small = p.population < _STRAY_POPULATION or r.match in ("alias", "fuzzy")
    if (
        small
        and p.source == "geonames-cities500"  # (the regional file's are the region's own)
        and len(others) >= 2
        and all(_km(p, o) > _STRAY_KM for o in others)
    ):
        return f"{p.name} lies far from all the article's other places; check"
    # (nor one the text calls nearby, whatever its source: "captured the nearby town of
    # Kubaisa" in a story on Tal Afar is not the Kubaysa of Anbar)
    if (
        _NEARBY_BEFORE.search(before)
        and not REGION_AFTER.match(body, r.end)  # ("in neighbouring Hama province": wide)
        and len(others) >= 2
        and all(_km(p, o) > _NEARBY_KM for o in others)
    ):
        return f"called nearby, but {p.name} lies far from the article's other places; check"
    return None


def _not_a_village(body: str, r: PlaceRef) -> str | None:
    """Why ``r`` is not the place the text calls a village, or a town by another of its
    names: a town of many people ("the nearby village of al-Numaniya" is not An Nu'maniyah, a
    town of 110,000 people)."""
    p = r.place
    if p is None or p.population < _VILLAGE_POPULATION:
        return None
    before = max(0, r.start - 40)
    if _VILLAGE_BEFORE.search(body, before, r.start):
        return f"called a village, but {p.name} is a town of {p.population:,} people; check"
    # ("the towns of al-Hameh and Qudsaya" near Damascus: not Hama, which some call al-Hameh)
    if (
        p.population >= _TOWN_POPULATION
        and r.match != "exact"
        and _TOWN_BEFORE.search(body, before, r.start)
    ):
        return f"called a town, but {p.name} is a city of {p.population:,} people; check"
    return None


_STRAY_KM = 400.0
_FOREIGN_VILLAGE_KM = 150.0
_NEARBY_KM = 100.0
_STRAY_POPULATION = 20_000  # people: a larger town named in passing far away is still itself
_VILLAGE_POPULATION = 50_000  # people: a place that large is no one's village
_TOWN_POPULATION = 400_000  # people: a city that large is not called a town by another name
_TOWN_BEFORE = re.compile(r"(?i)\btowns?\s+of\s+(?:the\s+)?$")
_VILLAGE_BEFORE = re.compile(r"(?i)\b(?:village|hamlet)s?\s+of\s+(?:the\s+)?$")
_NEARBY_BEFORE = re.compile(rf"(?i)\b{NEARBY}\s+(?:[\w-]+\s+){{0,2}}$")


def _named_as_part(body: str, r: PlaceRef) -> str | None:
    """The words that name ``r`` as a part of a town ("district", "the neighbourhoods of")."""
    found = _PART_AFTER.match(body, r.end) or _PART_BEFORE.search(
        body, max(0, r.start - 80), r.start
    )
    return found.group() if found else None


def _away_from_all(r: PlaceRef, part: str, located: list[Place]) -> str | None:
    """Why ``r``, named as a part of a town, is not the gazetteer's place far from the rest
    (a large city names its own markets and districts: "Baghdad market blasts")."""
    if r.place is None or r.place.lat is None:
        return None
    # (but a name listed as one of a town's parts is not the whole: "killing civilians in
    # districts such as al-Midan and al-Sulaymaniyah" in Aleppo is no Sulaymaniyah in Iraq)
    others = [o for o in located if o.place_id != r.place.place_id]
    # (nor, named as a district, a city of another country than the rest: "the
    # government-held al-Suleimaniyeh district" of Aleppo is no Sulaymaniyah in Iraq)
    abroad = (
        _DISTRICT_WORD.search(part) is not None
        and r.match != "exact"  # (spelt otherwise: not "the Hamdaniya and New Aleppo districts")
        and len(others) > 1  # (more than a dateline's city)
        and r.place.country not in {o.country for o in others}
    )
    if r.place.population >= _NAMES_ITS_PARTS and not _INCLUDING.search(part) and not abroad:
        return None
    far = _PART_FAR_KM
    if (
        "istrict" in part
        and r.place.country in {o.country for o in others}
        and r.match != "variant"
    ):
        far = _DISTRICT_FAR_KM  # a district may be a region's, named after its town ("Rutba
        # district" in Anbar), but not in another country than the rest, nor one only
        # spelt like it ("the Midan district, just south of the Old City" is no Ma'dan)
    if others and all(_km(r.place, o) > far for o in others):
        return f"named as a part of a town, but {r.place.name} lies far from the places named around it; check"
    return None


# "al-Rifai and the 17 Tammuz district", "the Karama neighbourhood"; "the neighbourhoods of
# al-Tanak and al-Yarmouk", "the eastern district of Karama".
_PART_NOUN = (
    r"(?i:neighbou?rhoods?|districts?|quarters?|suburbs?|areas?|roundabout|square|street|market|"
    r"(?:military\s+|air\s+)?base|airbase|(?:oil|gas)\s?field|"
    r"junction|intersection|bridge|hospital|hotel|school|church|monastery|convent|mosque|camp|complex|stadium|industrial\s+(?:zone|city)|mall)"
)
_LISTED = (  # ("and Judaydat al-Mufti")
    r"(?:,\s*|\s+and\s+)(?:the\s+)?(?:[a-z]{1,3}-)?[A-Z\d][\w’'-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w’'-]*){0,2}"
)
_PART_AFTER = re.compile(rf"(?:{_LISTED})*\s+{_PART_NOUN}\b")
_SCENE_CITY = re.compile(
    rf"(?:In|At)\s+(?:the\s+)?(?:(?:{BEARING}|central)\s+)?(?:[\w-]+\s+)?(?:city|town)\s+of\s+",
    re.I,
)
# (the whole a list of its parts is said to lie in: "... and al-Jamiliyeh in western Aleppo")
_LISTED_IN = re.compile(rf"(?:{_LISTED})*(?i:{_PART_IN.pattern})")
# ("a district of Raqqa", "the eastern neighbourhoods of Mosul": Raqqa and Mosul are wholes)
_PART_BEFORE = re.compile(
    # ("the government-held, mainly Alawite district of Karm al-Loz")
    r"\b[Tt]he\s+(?:[\w-]+,?\s+){0,4}?(?i:neighbou?rhood|district|quarter|suburb)\s+of\s+(?:the\s+)?$"
    r"|(?:\b[Tt]he\s+(?:[\w-]+\s+)?(?i:neighbou?rhoods|districts|quarters|suburbs|parts|sections)"
    r"\s+of\s+(?:the\s+)?"
    # ("fought its way into western neighbourhoods including al-Romaniya")
    r"|\b(?i:neighbou?rhoods|districts|quarters|suburbs)\b[^.;:]{0,40}?,?\s+"
    rf"{INCLUDING}\s+)"
    r"(?:(?:[a-z]{1,3}-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s*|\s+and\s+))*$"
)
_QUARTER = re.compile(r"(?i)neighbou?rhood|quarter|suburb")
_PART_AROUND = 400  # characters: the places named around a part of a town
_DISTRICT_WORD = re.compile(r"(?i)district|neighbou?rhood|quarter")
_PART_FAR_KM = 150.0  # farther from every other place of the article: another town's part
_NAMES_ITS_PARTS = 200_000  # people: a city that big is the whole of "X market", not a part
_DISTRICT_FAR_KM = 450.0
# ", near Nimrud", ", 30 km south of Mosul", " on the outskirts of the city of Kirkuk"
_SAID_NEAR = re.compile(
    # (a distance or a bearing set off by a comma: "Deir ez-Zor about 30 km east of Raqqa"
    # says where the sentence's event was, not where Deir ez-Zor is)
    r"(?:,\s+|\s+(?=near|outside|on\s+the\s+outskirts|close\s+to)"
    # ("the Jazeera area north of Ramadi": the area's own place)
    r"|\s+(?:area|region|district|countryside|desert)\s+)"
    r"(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:town|village|city|district|area|camp|site)\s+)?"
    r"(?:(?:just|some|about|around|nearly|roughly|approximately)\s+)?"
    r"(?:(?P<d>\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?|(?P<mi>miles?))\s+"
    rf"(?:\(\d+\s+\w+\)\s+)?(?:to\s+the\s+)?{BEARING}\s+of"
    rf"|(?:just\s+)?(?:to\s+the\s+)?(?P<bearing>{BEARING})\s+of"
    rf"|near|outside|on\s+the\s+(?:{BEARING}\s+)?(?:outskirts|edges?|fringes?)\s+of|close\s+to)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?",
    re.I,
)
_NEAR_KM = 60.0  # slack for "near" and for a distance measured from the town's edge
_BEARING_KM = 200.0  # "west of Mosul" with no distance: somewhere in that quarter


def _far(p: Place, places: list[Place], km: float = 800.0) -> bool:
    """Whether ``p`` is more than ``km`` from every other resolved place of the article."""
    others = [o for o in places if o.place_id != p.place_id]
    return bool(others) and all(_km(p, o) > km for o in others)


def _km(a: Place, b: Place) -> float:
    lat = math.radians((a.lat + b.lat) / 2)
    return math.hypot((a.lat - b.lat) * 111.2, (a.lon - b.lon) * 111.2 * math.cos(lat))


def _reads_as_place(body: str, start: int, end: int) -> bool:
    if _DESCRIBES_A_TOWN.match(body, end):
        return False  # ("recaptured the Euphrates town of Anah": the town is Anah)
    before = body[max(0, start - 40) : start]
    if ends_with(before, _BEFORE_PLACE, the=True) and _READS_AS_PLACE.search(before):
        return not describes_a_thing(before)
    return announced(body, start, end)


_SIDE_OF = re.compile(r"\s+(?:side|bank|end)\s+of\b", re.I)
_DESCRIBES_A_TOWN = re.compile(r"\s+(?:town|city|village|province)\s+of\s")


def _between(items: list[S], sentence: Sentence) -> list[S]:
    lo = bisect_left(items, sentence.start, key=lambda x: x.start)
    hi = bisect_left(items, sentence.end, key=lambda x: x.start)
    return items[lo:hi]


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class Spans(Generic[S]):
    """Spans of a text sorted by start, to find those overlapping a range in O(log n).

    >>> Spans([PlaceRef(0, 5, "Mosul"), PlaceRef(10, 15, "Kirku")]).overlapping(4, 11)[1].text
    'Kirku'
    """

    def __init__(self, spans: Iterable[S]) -> None:
        self._items = sorted(spans, key=lambda x: (x.start, x.end))
        self._starts = [x.start for x in self._items]
        self._longest = max((x.end - x.start for x in self._items), default=0)

    def overlapping(self, start: int, end: int) -> list[S]:
        """Return the spans that share a character with ``start``..``end``."""
        i = bisect_left(self._starts, start - self._longest)
        j = bisect_left(self._starts, end)
        return [x for x in self._items[i:j] if x.start < end and start < x.end]


def _in_furniture(text: ArticleText, offset: int) -> bool:
    i = text.sentence_index(offset)
    return i in text.furniture


def _shift(d: DateExpr, offset: int) -> DateExpr:
    return replace(d, start=d.start + offset, end=d.end + offset)


def _place_mention(stem: str, ref: PlaceRef, written: str) -> Mention:
    ref = PlaceRef(
        ref.start, ref.end, written, ref.place, ref.iso, ref.match, ref.source, ref.excluded,
        ref.antecedent, ref.note,
    )  # fmt: skip
    target = ref.target
    p = target.place
    if ref.excluded:
        return Mention(
            stem, ref.start, ref.end, ref.text, "place", resolved=False, note=ref.excluded
        )
    if target.iso is not None:
        note = f"country ({target.iso}); not a point"
        if ref.antecedent is not None:
            note = f"refers to {target.text}; " + note
        return Mention(
            stem,
            ref.start,
            ref.end,
            ref.text,
            "place",
            place_id=f"country:{target.iso}",
            name=country_name(target.iso),
            resolved=True,
            note=note,
        )
    if p is None:
        return Mention(
            stem,
            ref.start,
            ref.end,
            ref.text,
            "place",
            resolved=False,
            note=f"unresolved: {ref.note}"
            if ref.note
            else "unresolved: reads as a place in context"
            if ref.source == "context"
            else "unresolved: read as a place where the article names it elsewhere"
            if ref.source == NAMED_AGAIN
            else "unresolved",
        )
    note = f"{ref.match}" if ref.antecedent is None else f"refers to {target.text} (coreference)"
    return Mention(
        stem,
        ref.start,
        ref.end,
        ref.text,
        "place",
        place_id=p.place_id,
        name=p.name,
        lat=p.lat,
        lon=p.lon,
        resolved=True,
        note=note,
    )
