"""Turn an article's sentences into events: what happened, where, when, who, who says so.

For each sentence of the story (not page furniture):

1. find the triggers (:mod:`geomap.triggers`): the words that report an event, with its type;
2. give each trigger its places: those after it up to the next trigger, or its subject
   before it when it is passive ("Mosul was ringed"); a purpose clause ("a new push ... to
   capture X") lends its places to the movement it belongs to;
3. read each place's role (:mod:`geomap.roles`); a description ("the city", "there") stands
   for the place it refers to (:mod:`geomap.coref`); a country at the end of a route is
   placed at its nearest point (:mod:`geomap.countries`), flagged approximate, and so are a
   facility drawn at its town ("Mosul airport") and a district no gazetteer knows, drawn at
   the story's city ("the Zuhur district");
4. date it from the date expressions next to the trigger (not those of a "since" clause),
   else the sentence's, else the article's dominant recent date (lower confidence); a plan
   is dated as of the report, a capture told as background ("Since then", "Following the
   liberation of ...") has no date of its own;
5. give it a status and a claimant (:mod:`geomap.claims`) and actors from the alias table,
   those acted against (driven out, struck, besieged) apart as its targets.

What will not or would only happen ("would not withdraw", "any attack would be met", "the
fall of Tal Afar would leave"), what one person or the reporter does, and the battle named as
a topic ("our coverage of the battle for Mosul") are no events.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from gazetteer.evidence import distance_km
from geomap.actors import ActorSpan, by_country, find_actors
from geomap.claims import (
    ATTEMPT_MADE,
    ATTEMPT_REPELLED,
    OWN_CLAIM,
    ClaimMemory,
    attributing,
    claimant_of,
    speaks_for,
    status_of,
)
from geomap.coref import called_a_town, story_town
from geomap.countries import point_along, point_toward
from geomap.dates import DateExpr, days_told, span_precision
from geomap.mentions import (
    COUNTED_PLACES,
    ArticleText,
    PlaceRef,
    owner_of_part,
    part_of_a_town,
    town_of_part,
    whole_of_part,
)
from geomap.roles import (
    BEARING,
    BEARING_DEGREES,
    CONTAINED,
    DRIVE_OUT_VERBS,
    FACILITY,
    FACILITY_BEFORE,
    INCLUDING,
    NEARBY,
    REGION_AFTER,
    REGION_BEFORE,
    bearing_start,
    has_locative,
    is_reference,
    is_where_said,
    role_of,
)
from geomap.schema import Event, EventPlace, event_id
from geomap.sentences import ITSELF, Sentence, sentence_at
from geomap.triggers import (
    AIR_WAR_VOICES,
    AIRCRAFT,
    DEFEND_VERBS,
    EVACUATED,
    Trigger,
    find_triggers,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from gazetteer import Place

__all__ = ["dominant_date", "events_from_text", "undated_span"]

_PURPOSE = re.compile(  # ("an offensive to isolate and eventually capture Raqqa")
    r"\b(?:to\s+(?:\w+\s+(?:and|or)\s+)?(?:\w+ly\s+)?|for\s+(?:the\s+)?)$", re.I
)
_DIRECTION = re.compile(rf"\b(?P<d>{BEARING})\s+$", re.I)
_OWN_CLAUSE = re.compile(
    r"(?i)\b(?:and|but|while)\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+"
    r"(?:is|are|was|were|has|have|had|will|would)\b"
)
# What ends the words about an event: a relative clause, a dash, a clause of time or reason
# ("... to storm Hawija once the Mosul operation is over").
# A place described by a noun of place: ", a town", ", the district".
_DESCRIBED = (
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:towns?|city|village|district|area|"
    r"neighbou?rhood|suburb|quarter|base|airport|airbase|stronghold|crossing|capital)\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}?)?"  # ("the capital of Anbar province which")
)
_RELATIVE = re.compile(
    rf",\s+(?:{_DESCRIBED})?(?:which|where|when|who|whose)\b|,\s+{_DESCRIBED}that\b|\s+(?:—|–|--?)\s+"
    r"|\s(?:once|unless|until|although|though|because|whereas|while|where|so\s+that)\s"
    # "liberated Shirqat ... before the second phase was launched towards Hawija": a clause of
    # its own, with a verb of its own
    r"|,?\s(?:before|after)\s+(?:the\s+)?(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,3}?"
    r"(?:was|were|had|has|is|are)\s"
    # "liberated the Qaim district on the 3rd, and that the gangs had held Rawa since 2014"
    r"|(?:[,;]\s+|\s)and\s+that\s"
    # "..., leaving Hawija an isolated pocket": what followed, not where the event was
    # "..., and aid agencies have been distributing food there": a clause of its own
    r"|,\s+(?:and|but|while)\s+(?:the\s+|many\s+|some\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:have|has|had|are|is|were|was)\s+(?:been\s+|now\s+|also\s+)?[a-z]+ing\b"
    # "recaptured Baiji town ..., and state television showed soldiers celebrating ... the
    # next day": what was shown or said of it, a clause of its own
    r"|(?:,\s+|\s)and\s+(?:the\s+|state\s+|local\s+)?(?:[a-z][\w-]*\s+){0,2}(?:showed|"
    r"broadcast|aired|released|published|posted)\s"
    # "... to fall to ISIS in January 2014, and the militants still hold al-Qaim": a state
    r"|(?:[,;]\s+|\s)(?:and|but|while)\s+[^,;]{0,40}?\bstill\s+(?:hold|control|occup|remain)\w*"
    # "The capture of the town also leaves IS-held Shirqat surrounded": what followed
    r"|\s(?:also\s+|now\s+)?leaves\s+(?!behind\b)"
    r"|,\s+(?:leaving|prompting|raising|bringing|putting|marking|sparking|opening\s+the\s+(?:road|way)|"
    r"paving\s+the\s+way)\s"
    # "Iraqi troops fully liberate Anah, next targets Rawa and Qaim": what is to come
    r"|[,;:]\s+(?:(?:and|with)\s+)?(?:the\s+|their\s+|its\s+)?next\s+(?:targets?|goals?|objectives?|stops?)\b"
    # "..., territory the Peshmerga had held since 2014": what the places were, not the event
    r"|,\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+)?(?:territor(?:y|ies)|areas?|towns?|cities|city|"
    r"villages?|regions?|districts?|lands?)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w’'-]+\s+"
    r"(?:had|has|have)\b",
    re.I,
)
_ON_OWNERS = re.compile(r"^,?\s+(?:on|at|in)\s+$", re.I)
_OWNED_EDGE = re.compile(
    rf"['’]s\s+(?:{BEARING}\s+|far\s+)?(?:outskirts|edges?|fringes?|doorstep|periphery)\b",
    re.I,
)
# "X, west of Y", "X, 30 km south of Y": Y only says where X is, up to the next comma.
_BEARING_OF = re.compile(
    r"^,\s+(?:(?:about|some|around|nearly|roughly|just)\s+)?"
    rf"(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|miles)\s+(?:\([^()]{{1,20}}\)\s+)?)?"
    rf"(?:{BEARING}\s+of|(?:up|down)(?:river|stream)"
    r"\s+(?:from|of))\s+(?:the\s+)?$",
    re.I,
)
# "X, a town between", "X, a city 30 km south of": what follows says where X is.
_APPOSITIVE = re.compile(
    # (", one of the main Islamic State (ISIS) strongholds in Hasaka province")
    # ("al-Naim roundabout, a traffic circle in the city centre")
    r"^(?:\s+(?:square|roundabout|circle|market|mosque|neighbou?rhood|district|quarter))?"
    # (not a list's next item: "taking Sinjar, the nearby town of Zumar and the Mosul dam")
    r",\s+(?:an?|the|one\s+of\s+the)\s+(?!(?:nearby|neighbou?ring|adjacent|other)\s)"
    r"(?:[\w’'()-]+\s+){0,4}?(?:towns?|city|village|district|"
    r"area|province|region|hub|strongholds?|crossing|base|capital|neighbou?rhood|suburb|quarter|"
    r"bastions?|towns|cities|square|roundabout|circle|landmark)\s+(?:[\w()]+\s+){0,4}?(?:between|near|outside|in|"
    rf"before|of|{BEARING}(?:\s+of)?)\s+(?:the\s+)?$",
    re.I,
)
_SIEGE_ENDED = re.compile(
    r"(?:\s+of\s+[^;:]{1,80}?|,[^;:]{1,80}?,)?\s+(?:was|were|has\s+been|had\s+been|is)\s+"
    r"(?:finally\s+|now\s+)?(?:broken|lifted|ended|relieved)\b",
    re.I,
)
# ("launched a surprise attack on", "a counter-assault"; but "launched its final assault on
# Baghouz", "an assault on Bashiqa" is the offensive that moves the front: an advance)
_LAUNCHED_ASSAULT = re.compile(r"(?i)launch\w*\s.*\bassaults?$")
# What an assault is made on when it strikes a force, not a town: "on Iraqi army positions"
_ON_POSITIONS = re.compile(
    r"(?i)\s+(?:on|against)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:positions|lines|checkpoints|"
    r"posts|outposts|bases|barracks|garrisons?|headquarters)\b"
)
_LAUNCHED_OP = re.compile(r"(?i)launch\w*\s.*\b(?:offensive|assault|operation|campaign)s?$")
# Against whom, told past where: "in Deir Ezzor against Al-Nusra", "against regime positions"
_AGAINST_FOE = re.compile(r"(?i)(?:\s+(?:in|near|on)\s+[^,;.()]{1,40}?)?\s+against\s+")
_LAUNCHED_ATTACK = re.compile(
    r"^launch\w*\s(?:.*\battacks?|.*\b(?:surprise|suicide|counter-?|dawn|night|rocket|mortar)"
    r"[\w-]*\s+assaults?|.*\bcounter-?assaults?)$",
    re.I,
)
# "the first time ... since", "the group's most serious attack on the city since the summer"
_FIRST_OR_MOST = re.compile(
    r"\b(?:first|most\s+\w+|biggest|largest|deadliest|worst|heaviest|fiercest|closest|"
    r"furthest|farthest|bloodiest|strongest|greatest)\b",
    re.I,
)
_DOWNED = re.compile(r"(?i)shot\s+down|shoot(?:s|ing)?\s+down|down(?:ed|ing)\b")
# The subject of an attack that flies: "Russian aircraft had killed", "coalition jets bombing"
# (not drones: "an Isis drone dropped grenades" is an attack).
_FLOWN = re.compile(
    r"\b(?:aircraft|jets?|warplanes?|planes?|(?<!suicide )(?<!car )bombers?|helicopters?|gunships?|"
    r"(?:air\s*)?strikes|air\s*raids)\s+(?:(?:near|on|around|in)\s+[\w’' -]{1,30}?\s+|"
    # ("Tu-22M3 bombers flying from Russia had struck")
    r"(?:flying|flown|taking\s+off|operating)\s+from\s+(?:[\w’'-]+\s+){1,3}?)?"
    r"(?:(?:have|has|had|were|was|also|reportedly|then|again)\s+){0,2}$",
    re.I,
)
# "were killed when missiles hit": the blow that killed them, told next
_KILLED_BY_MISSILES = re.compile(
    r"\s+(?:when|as|after)\s+(?:[\w-]+\s+){0,2}?(?:missiles?|bombs?)\s+(?:hit|struck|slammed)\b",
    re.I,
)
_SUICIDE_BEFORE = re.compile(r"(?i)\b(?:suicide|car|truck)\s+$")
_ROUTE_OBJECT = re.compile(
    r"\s+(?:(?:(?:a|the|parts?|much)\s+)?(?:\w+\s+)?(?:stretch|section|part|portion|length)(?:es|s)?"
    r"\s+of\s+)?"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:roads?|routes?|highways?|supply\s+lines?|corridors?)\b",
    re.I,
)
# ", cutting the last route ...": a participle clause that goes on from the event before it.
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:\w+ly\s+)?$")
_AND_BEFORE = re.compile(r"\s(?:and|then)\s+(?:\w+ly\s+)?$")
_SHORTLY = re.compile(
    r"\b(?:(?:a\s+few|two|three|four|five|six|several|just|some)\s+)?(?:hours?|days?|weeks?|"
    r"months?|shortly|soon|a\s+day|a\s+week|a\s+month)\s+(?:after|before)\b"
    # "seized Tal Afar in June 2014, after the fall of Mosul"
    r"|,\s+(?:just\s+)?(?:after|before|following)\s+the\s+(?:[\w-]+\s+)?(?:fall|capture|loss|"
    r"liberation|seizure)\s+of\b",
    re.I,
)
_COORDINATED = re.compile(r"^(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?$|^,\s+$", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$")
_APPOSITION = re.compile(r",\s+(?:the|its|a|an)\s[^,;:()]*\bin\s+")
_SET_OFF_STATE = re.compile(
    r",\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|remains?|remained|still)\b"
)
# A clause telling when what the trigger names began: "..., which began in September"
_WHICH_BEGAN = re.compile(
    r"\s*,\s+(?:which|that)\s+(?:(?:was|were)\s+launched|began|started|got\s+under\s+way|"
    r"kicked\s+off)\s+",
    re.I,
)
# A sentence's subject, an operation, with the clause that tells when it began, then its verb
_SUBJECT_BEGAN = re.compile(
    r"(?:The|Its|Their|This|That)\s+(?:[\w-]+\s+){0,4}?(?:phase|offensive|operation|campaign|"
    r"assault|push|battle|counter-?offensive)(?P<began>"
    + _WHICH_BEGAN.pattern
    + r")[^,;]{1,40},\s+(?:\w+ly\s+)?$",
    re.I,
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|where|when|who|whose)\b[^,;]*$", re.I)
# A trigger in a clause about the place before it: "Mosul, which Isis seized in 2014, ...",
# "Hammam al-Alil, a town they recaptured on Monday", "Qayyarah, a town retaken in August".
# (A comma between digits, as in "200,000", does not end a clause.)
_ABOUT_PLACE = re.compile(
    rf",\s+(?:{_DESCRIBED})?(?:which|where)\b(?:[^,;:—–()]|(?<=\d),(?=\d))*$"
    rf"|,\s+{_DESCRIBED}(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we|the\s+\w+|[A-Z][\w’'-]*)\s+"
    r"(?:[\w’'-]+\s+){0,2}?)?(?:(?:had|has|have|was|were)\s+)?(?:(?:only|just|recently|"
    r"first|since|later|finally)\s+)?$"
    # "Gogjali, a district on the eastern edge of Mosul that the special forces captured"
    rf"|,\s+{_DESCRIBED}(?:on|in|near|outside|at|along|just|north|south|east|west)\b"
    r"[^,;:—–()]{0,60}?\s(?:that|which)\s+(?:(?:it|they|he|she|we|the\s+\w+|[A-Z][\w’'-]*)\s+"
    r"(?:[\w’'-]+\s+){0,2}?)?(?:(?:had|has|have|was|were)\s+)?(?:(?:only|just|recently|"
    r"first|since|later|finally)\s+)?$",
    re.I,
)
_CLAUSE_END = re.compile(r"[;:—–()]|,(?!(?<=\d,)\d)")
# A comma inside a list of names: ", Ramadi and", "and, in June,", ", Fallujah,"
_LIST_ITEM = re.compile(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,|\s+(?:and|or)\b)")
_LIST_JOIN = re.compile(r"\b(?:and|or)$")


def _list_goes_on(text: str, comma: int) -> bool:
    """Whether the comma at ``text[comma]`` goes on with a list rather than ending a clause
    ("which have since retaken Tikrit, Ramadi and, in June, Fallujah, have been massing")."""
    return text[comma] == "," and bool(
        _LIST_ITEM.match(text, comma) or _LIST_JOIN.search(text, max(0, comma - 4), comma)
    )


# Those who act, in the words of one of them: "Our forces have entered", "we took"; or told
# of by the one who speaks for them: "his men had reached", "commanders said they had retaken".
_FIRST_PERSON = re.compile(
    r"\b(?:(?:[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is)\s+(?:[\w-]+\s+)?(?:forces|fighters|troops|men|units|"
    r"soldiers)|[Ww]e|[Oo]ur\s+(?:\w+\s+)?(?:goal|aim|plan|objective|mission|target|task)\s+is"
    r"|\bsa(?:id|ys|y)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+|yesterday\s+|today\s+)?"
    r"(?:that\s+)?they)\s+"
    r"(?:[\w’'-]+\s+){0,8}$"  # ("its fighters had killed dozens of Iraqi soldiers in suicide")
)
_OUR = re.compile(r"\b[Oo]ur\s+$")
_NEXT_AIM = re.compile(r"(?i)(?:next\s+)?(?:target|objective|goal|aim|step)\b")
# Speakers who are many, of whom none is "he": "Kurdish officials", "they"
_MANY_SPEAK = re.compile(
    r"(?i)\b(?:officials|commanders|officers|sources|residents|activists|witnesses|fighters|"
    r"soldiers|spokesmen|they|we|people|leaders|authorities)\b"
)
# "Gogjali was the first area inside Mosul's city limits to be retaken": its subject
_FIRST_TO_BE = re.compile(
    r"^\s+(?:was|is|became|has\s+become)\s+the\s+(?:first|last|latest|second|third)\s+"
    r"[^;,.]{0,60}?\bto\s+(?:be\s+|have\s+been\s+)$"
)
# (a measure given twice within it: "Dhuluiya, ... about 90 km (55 miles) north of Baghdad,")
# (after the place's own noun too: "The Trebil crossing, on the main highway to Amman, fell")
_OWN_NOUN = r"\s+(?:border\s+)?(?:crossing|dam|base|airbase|air\s+base|airport|bridge|field)"
_SET_OFF = re.compile(rf"^(?P<noun>{_OWN_NOUN})?,(?:[^,;:()]|\([^(),;:]{{1,30}}\)){{1,90}},")
# ("the city and the dam, defended by soldiers, police officers and fighters from the Jughaifa
# tribe, have been surrounded"): a subject with a thing beside it and a description set off
_DESCRIBED_SUBJECT = re.compile(
    r"(?:\s+and\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r",\s+(?:[a-z]+ed|held|run|manned)\s+by\s+[^;:()]{1,100}?,"
    r"\s+(?:have|has|had|was|were|are|is)\s+(?:been\s+|being\s+)?(?:\w+ly\s+)?$"
)
_SUBJECT_GAP = re.compile(r"^[^;]{0,30}$")
_NOT_SUBJECT = re.compile(r"\b(?:and|but|which|that|while|as)\b", re.I)
_FLIGHT = re.compile(r"\b(?:fle(?:d|e|es|eing)|escap\w*|retreat\w*|withdr\w*|evacuat\w*)\b", re.I)
_FLEEING = re.compile(r"fle|escap|exodus", re.I)
_LEAVING = re.compile(rf"left|leav|{EVACUATED}", re.I)
_THEIR = re.compile(r"\b(?:their|its|his|her)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|as|while|when|after|before)\b", re.I)
# Those who flee just before: "civilians trying to flee", "the last families still inside".
_CIVILIAN = (
    r"\b(?:civilians|residents|families|people|inhabitants|villagers|children|women|men|boys|"
    r"girls|thousands|hundreds|displaced|refugees|IDPs|locals|Iraqis|Syrians|survivors|"
    r"patients|Yazidis?|Yezidis?|Christians|Shabaks?|minority|minorities|community|communities|"
    # ("young activists preparing to travel to help rebuild the town")
    r"activists|students|journalists|pilgrims|tourists|worshippers|"
    r"(?:those|anyone)\s+(?:trying|attempting|seeking)|"  # ("Those trying to flee risk snipers")
    # ("More than 30,000 Kurds have fled Tuz Khurmatu")
    r"(?<=\d )(?:Kurds|Arabs|Turkmens?|Sunnis|Shiites|Shias|Assyrians|Alawites))\b"
)
_CIVILIANS = re.compile(
    _CIVILIAN + r"(?:(?:\s+[\w’'-]+){0,5}|(?:\s+(?-i:[a-z][\w’'-]*)){0,10})\s*$", re.I
)
_CIVILIAN_WORD = re.compile(_CIVILIAN, re.I)
# Who carries aid: no forces that advance
_AID = re.compile(
    r"\b(?:aid|relief|humanitarian)\s+(?:convoys?|trucks?|lorries|workers|agencies|deliveries|"
    r"teams|groups)\b|\bconvoys?\s+(?:of|carrying)\s+(?:aid|food|medicine|supplies)\b|"
    # "Some 44 trucks carrying food and medicine entered Madaya"
    r"\b(?:trucks|lorries|vehicles)\s+(?:carrying|loaded\s+with|laden\s+with)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:aid|food|medicine|medical|supplies|flour|relief)\b|"
    r"\b(?:the\s+)?(?:(?-i:UN|ICRC|WFP)|United\s+Nations|Red\s+Cross|Red\s+Crescent)\b|"
    # ("Aid reached the besieged towns of Madaya and Zabadani")
    r"(?:^|[,;]\s+|\b(?:and|but|as|when|after|before)\s+)(?:humanitarian\s+|food\s+)?aid\s+"
    r"(?:has\s+|had\s+|finally\s+)*$",
    re.I,
)
_DEAL = r"(?:deal|agreement|truce|accord|ceasefire|settlement)"  # (one that was made)
_SAY = re.compile(r"\b(?:said|say|says|told|tell|claimed|saw|watched)\b", re.I)
_SOMEONE = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|I|[Ww]e)\s+(?:[\w’'-]+\s+){0,3}"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+,\s+(?:an?\s+)?\d{1,3},[^.;:]{0,60}"
    # "said Umm Yasser, who fled with her four children"
    r"|\b(?:said|says|told)\s+[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+,\s+(?:an?\s+[^,]{1,40},\s+)?who\s+"
    r"(?:[\w’'-]+\s+){0,2})$"
)
_TO_CAMPS = re.compile(
    r"\s+(?:to\s+|toward\s+|towards\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:displacement|refugee|"
    r"IDP|displaced|aid)\s+(?:persons\s+)?camps?\b",
    re.I,
)
# "fled with her four children": a family's flight
_WITH_FAMILY = re.compile(
    r"\s+with\s+(?:her|his|their|my|our)\s+(?:\w+\s+){0,2}(?:children|family|families|sons?|"
    r"daughters?|husband|wife|parents|relatives|kids)\b",
    re.I,
)
# Who fends an attack off is the one attacked: "repelled", "fended off", "beat back".
_DEFENDS = re.compile(rf"(?i)(?:{DEFEND_VERBS})")
_FENDED_BEFORE = re.compile(
    rf"(?i)\b(?:{DEFEND_VERBS})\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+|repeated\s+|"
    # ("fought off a fresh wave of counterattacks")
    r"multiple\s+|large-scale\s+|major\s+|fierce\s+)*(?:[\w’'-]+\s+){0,2}(?:(?:waves?|series)\s+"
    r"of\s+)?$"
)
# A siege told of those inside it: "the militants were now cut off in", "remain trapped".
_BESIEGED = re.compile(r"(?i)(?:was|were|is|are|been|remains?|remained|left|be|trapped)\b")
_PAST_TENSE = re.compile(
    r"(?i)\w+ed|took|overran|fell|seized|swept|won|lost|drove|broke|struck|fought|left|fled|"
    r"withdrew|hit|ran|cut|blew|began|retook|went|sent|shot"
)
_PAST_PLAN_DAYS = 30  # a plan dated this long before the report is a plan no more
# What will not happen is no event: "his men would not withdraw", "refused to enter".
# "real fears here that Iraqi forces will keep pushing towards Erbil": a fear, no plan
# (but not an order awaited: "waiting on orders if we should enter Bartella", a plan)
_IF_IT = re.compile(
    r"(?i)\b(?:if|unless)\s+(?:(?!(?:should|would|will|could|can|shall|to)\b)[\w’'-]+\s+){0,4}$"
)
_FAILED_TO = re.compile(
    r"(?i)\b(?:failed|fail|fails|failing)\s+(?:(?!and\b|but\b)[\w’'-]+\s+){0,8}?to\s+(?:\w+ly\s+)?$"
)
_WOULD_ACT = re.compile(r"(?i)\b(?:will|would|shall|could|might|may|threaten\w*|vow\w*)\b")
_FEARED = re.compile(
    r"\b(?:fears?|feared|fearing|worr(?:y|ies|ied)|concerns?|concerned)\s+(?:\w+\s+){0,2}?"
    # (or with no "that": "fear the presence of Shia militias so close to Kirkuk could lead
    # to clashes")
    r"(?:that\s+)?[^.;:]{0,90}?\b(?:will|would|could|might|may)\s+(?:[\w’'-]+\s+){0,3}$"
    # what something may bring on: "could lead to clashes", "risks sparking fighting"
    r"|\b(?:could|would|might|may|will|risks?|threatens?\s+to)\s+(?:\w+\s+)?(?:lead\s+to|"
    r"spark(?:ing)?|trigger(?:ing)?|provok(?:e|ing)|result\s+in|ignit(?:e|ing))\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # what a party lobbies for another to do: "lobbied for Turkish-backed rebels to lead the
    # attack on Raqqa"
    r"|\b(?:lobbied|lobbying|lobbies|pushed|pushing|pressed|pressing|offered|offering|wanted|"
    r"wants|sought|seeks|asked|asking|called)\s+(?:hard\s+)?for\s+[^.;:]{1,60}?\s+to\s+"
    r"(?:lead|join|spearhead|take\s+part\s+in|carry\s+out)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "is likely to respond ... by falling back on bombings in Baghdad": a forecast, no event
_FORECAST = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:likely|unlikely)\s+to\s+(?!have\b)[^.;]{0,90}$", re.I
)
# "several army attempts to enter the city since then have failed": no event came of it
_ATTEMPT = re.compile(r"\b(?:attempts?|efforts?|bids?)\s+to\s+$", re.I)
_FAILED = re.compile(
    r"[^.;:]{0,80}?\b(?:have|has|had)\s+(?:all\s+|so\s+far\s+|repeatedly\s+)?(?:failed|been\s+"
    r"(?:repelled|repulsed|thwarted|beaten\s+back|foiled))\b",
    re.I,
)
_WILL_NOT = re.compile(
    r"(?:\b(?:will|would|shall|could|can|may|might)\s+(?:not|never)|\b(?:won|wouldn|can)['’]t"
    r"|\bcannot|\brefus(?:e|es|ed|ing)\s+to|\bdeclin(?:e|es|ed|ing)\s+to"
    # "they did not plan to storm Bashiqa itself"
    r"|\b(?:not|no|never)\s+(?:(?:immediate|current|firm|real|such)\s+)?"
    r"(?:plan|intend|want|aim|expect|mean)\w*\s+to"
    # "not ready to declare Raqqa liberated"
    r"|\bnot\s+(?:yet\s+)?(?:ready|prepared|able|willing)\s+to(?:\s+declare(?:\s+[\w’'-]+){0,3})?"
    # "demanded that the Hashd not take part in storming the town"
    r"|\b(?:not|never)\s+(?:to\s+)?(?:take\s+part|participate|join|be\s+involved)\s+in)"
    r"\s+(?:(?:be\s+)?\w+ly\s+)?$"
    # "any attack on Kirkuk would be met", "prevent the FSA from advancing", "within a few
    # miles of cutting the road": what has not happened
    r"|\bany\s+(?:[\w-]+\s+)?$"
    r"|\b(?:prevent|stop|block|keep|bar|deter)\w*\s+(?:[\w’'-]+\s+){1,4}from\s+$"
    r"|\bwithin\s+(?:[\w-]+\s+){1,4}of\s+$"
    # "would make it harder for ISIS fighters to retreat into Iraq": what it would hinder
    r"|\b(?:harder|more\s+difficult|difficult|impossible|unable)\s+(?:for\s+(?:[\w’'-]+\s+){1,4})?to\s+$"
    r"|\b(?:not|never)\s+(?:to\s+)?(?:allow|let|permit)\w*\s+(?:[\w’'-]+\s+){1,4}(?:to\s+)?$"
    r"|\bno\s+(?:intention|plans?|desire|wish)\s+(?:of|to)\s+$"
    # "ordered security forces to hold their positions and not to abandon Anbar"
    r"|\b(?:not|never)\s+to\s+$"
    # "declined to say whether the fighters would push on toward Raqqa"
    r"|\b(?:whether|if)\s+(?:or\s+not\s+)?[^.;:]{0,60}?\b(?:would|will|could|might)\s+"
    r"(?:[\w’'-]+\s+){0,2}$"
    # "officials stopped short of committing to air strikes"; "a breach would have threatened
    # the embassy"; "so that none of them can escape": what was not done, or is to be stopped
    r"|\bstop(?:ped|s|ping)?\s+short\s+of\s+(?:[\w’'-]+\s+){0,3}$"
    r"|\b(?:would|could|might)\s+have\s+(?:\w+ly\s+)?$"
    r"|\bso\s+that\s+[^,;.]{0,30}?\b(?:can|could|will|would|cannot)\s+(?:not\s+)?$",
    re.I,
)
# "The fighting in western Mosul is expected to be more difficult": what it will be like
_EXPECTED_TO_BE = re.compile(
    r"[^,;:.]{0,40}?\b(?:is|are|will\s+be)\s+(?:expected|likely|set)\s+to\s+be\s+(?:more\s+|less\s+|"
    r"even\s+|far\s+|much\s+)?(?:difficult|hard|harder|tough|tougher|bloody|bloodier|long|longer|"
    r"protracted|fierce|fiercer|complicated|slow|slower|costly|costlier)\b",
    re.I,
)
# "The fall of Tal Afar would leave the militants holding Hawija": what would follow it
_WOULD_AFTER = re.compile(
    # (past an appositive: "The fall of Tal Afar, a city ... west of Mosul, would leave")
    r"(?:[^,;:.]{0,60}?|[^,;:.]{0,40},[^;:.]{0,120}?,\s*)\b(?:would|could|might)\b",
    re.I,
)
_DETERMINED = re.compile(r"(?i)\b(?:the|a|an)\s+(?:[\w-]+\s+)?$")
_ON_AFTER = re.compile(r"\s+on\b")
_GERUND_SUBJECT = re.compile(
    r"(?:^|\b(?:say|says|said|that|warn|warned|warns)\s+|[,;:]\s+)$", re.I
)
_NOUN_TRIGGER = re.compile(
    r"(?i)(?:the\s+)?(?:fall|capture|recapture|liberation|loss)\s+of$|^battles?\s+for$"
    r"|^(?:offensive|assault|operation|attack)\s+on$"
)
_OF_THEM = re.compile(
    r"\b(?:many|most|some|all|thousands|hundreds|nearly\s+all|almost\s+all|"
    # ("10,000 civilians fled ..., with roughly 6,000 crossing into Sheikh Maqsoud")
    r"(?<=with\s)(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?[\d,]+|"
    r"(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+[\d,]+)(?:\s+of\s+(?:them|whom)"
    r"(?:\s+[\w’'-]+){0,2}?)?,?\s+(?:were\s+|have\s+|had\s+)?"
    # ("many of them walking through the desert to reach government lines")
    r"(?:(?:walking|trekking|travell?ing|driving|crossing)\s+(?:[\w’'-]+\s+){0,4}?to\s+)?$",
    # ("many of them Kurdish, drove",
    # "200,000 civilians may have fled, many heading north")
    re.I,
)
_COMBATANTS = re.compile(
    r"\b(?:fighters|militants|jihadists|insurgents|gunmen|troops|forces|soldiers|militiamen|"
    r"units?|brigades?|battalions?|militias?|regiments?|detachments?|columns?|convoys?)\b",
    re.I,
)
_TOLL_GAP = 120  # characters between a strike and the participle that gives its toll, at most
_MOVEMENT = frozenset({"advance", "withdrawal"})
_STATIC = frozenset({"capture", "siege", "attack", "airstrike", "link_up", "planned"})
_RECENT_DAYS = 14


def _their_party(text: ArticleText, sentence: Sentence, who: str | None) -> str | None:
    """The party "they" who say so stand for when the sentence named it just before them
    ("Syrian troops broke the siege ..., and on Saturday they said they had captured
    al-Mayadin"), not the last speaker named; else None."""
    if who is None or who.lower() != "they":
        return None
    said = _THEY_SAID.search(sentence.text)
    named = [
        a for a in text.actors_in(sentence) if said and a.start < sentence.start + said.start()
    ]
    return named[-1].text if named and not text.quoted[named[-1].start] else None


_THEY_SAID = re.compile(r"\bthey\s+(?:\w+\s+)?(?:said|say|claimed|announced|reported)\b")


@dataclass(frozen=True, slots=True)
class _Slot:
    ref: PlaceRef
    role: str
    start: int  # in the sentence


def events_from_text(text: ArticleText) -> list[Event]:
    """Return the events reported by an article read with :func:`geomap.mentions.read_text`."""
    default = dominant_date(text)
    counts = Counter(_key(p) for p in text.places if p.usable and p.target.place is not None)
    memory = ClaimMemory()
    attributed = attributing(text.body, text.sentences)  # the others have no claimant
    events: list[Event] = []
    quoting: str | None = None  # who spoke the quote of the sentence before
    last: list[Event] = []  # the events of the sentence before
    carried: DateExpr | None = None  # the day the story is telling, from sentence to sentence
    for i, sentence in enumerate(text.sentences):
        if i in text.furniture:
            continue
        memory.hear_account(sentence.text)
        said = i in attributed
        who = claimant_of(sentence.text) if said else None
        claimant = _their_party(text, sentence, who) or memory.resolve(who)
        before = text.sentences[i - 1] if i else None
        if claimant is None and before is not None and _quote_goes_on(text, before, sentence):
            # ('"We have lost Mosul," a police colonel said. "The army and police have left
            # their positions ..."'): the speaker of the quote before speaks on
            claimant = quoting
        quoting = claimant if _QUOTE_MARK.search(sentence.text) else None
        day = _story_day(text, before, sentence, last) if before else None
        if (
            day is None
            and before
            and not text.dates_in(before)
            and _goes_on(text, before, sentence)
        ):
            day = carried  # (a sentence that told no day goes on with the one carried into it)
        carried = day or _list_lead_day(text, i)
        found = _sentence_events(
            text,
            (i, said),
            sentence,
            (claimant, _words_of(sentence, who)),
            default,
            counts,
            carried,
        )
        events, found = _convoy_went_on(events, last, found, sentence.text)
        denier = _DENIES_BEFORE.match(sentence.text) if not found else None
        if denier is not None and last:
            # "Amaq claimed its fighters recaptured Karama. Iraqi commanders denied the claim."
            denied = {id(e) for e in last if e.status in ("claimed", "reported")}
            events = [
                e.with_changes(
                    status="denied", extra={**e.extra, "denied_by": denier["who"].strip()}
                )
                if id(e) in denied
                else e
                for e in events
            ]
        subject = _PRONOUN_SUBJECT.match(sentence.text)
        if subject is not None:
            # "They broke the siege ..., completed their capture of the city": the party the
            # story spoke of last (of the kind the noun says: "The militias")
            kinds = _SUBJECT_KINDS.get((subject["noun"] or "").lower())
            # (the sentence's own first event first: "They recaptured Zummar ... and broke the
            # ISIS siege of Shingal")
            subjected: list[Event] = []
            # (first the party the sentence before is about: "The Islamic State group controls
            # much of Anbar province. It swept across much of northern and western Iraq")
            # (a sentence before that told no deed of a party: its deeds' doers come first)
            spoken_of = (
                () if any(_acting(e) for e in last) else _subject_before(text, i, opening=True)
            )
            for e in found:
                at = sentence.text.find(str(e.extra.get("trigger", "")), subject.end())
                clause = _CLAUSE_OF_ITS_OWN.search(sentence.text, subject.end(), at)
                if at > 0 and clause is not None and " and " not in clause.group():
                    subjected.append(e)  # (not in a clause of another subject: "The two
                    # groups seized the town of Tasil after its rebel defenders withdrew")
                    continue
                subjected.append(_with_subject(e, [*events, *subjected], kinds, spoken_of))
            found = subjected
        last = found
        events += found
    headline = text.sentences[0].text if text.sentences else ""
    told = _headline_told_again(_since_the_start(events))
    # (the scene of an attack told before is dropped before the tellings of one event are
    # weighed: it would win by the parties its own sentence names, "The Asayish cordoned off
    # the sites of the explosions")
    told = _attacks_named_again(_headline_told_more(told, headline), scenes=True)
    deduplicated = _deduplicated(told, headline)
    return [
        e
        for e in _without_restated_parts(_attacks_named_again(_captures_named_again(deduplicated)))
        if not _heading_of_countries(e)
    ]


def _attacks_named_again(events: list[Event], *, scenes: bool = False) -> list[Event]:
    """Drop an attack told again by "the" and its noun, with no day of its own, where an attack
    told before it struck the same place: "Kurdish security forces closed the entrances to
    the city ... after the blast", "The Syrian government ... condemned the attack"; or by
    "this", "these" or "those", wherever an attack was told before. With ``scenes``, only
    those told as the scene of it: "cordoned off the sites of the explosions"."""
    out: list[Event] = []
    for e in events:
        trigger = str(e.extra.get("trigger", ""))
        if (
            e.type == "attack"
            and e.extra.get("date_source") != "text"
            and _ATTACK_NOUN.fullmatch(trigger)
            and (said := _THE_ATTACK.search(e.quote)) is not None
            and said.group("noun").lower() == trigger.lower()
            and (not scenes or _SCENE_OF.search(e.quote, 0, said.start()) is not None)
            and any(
                o.type == "attack"
                and o.status in ("reported", "claimed")
                # ("these cowardly terrorist attacks come as a reaction to the defeats ... in
                # Anbar and Nineveh"): the attacks pointed to, wherever the words place them
                and (said.group("these") is not None or _place_keys(o) & _place_keys(e))
                for o in out
            )
        ):
            continue
        out.append(e)
    return out


_ATTACK_NOUNS = r"attacks?|blasts?|explosions?|bombings?"
_SCENE_OF = re.compile(r"(?i)\b(?:sites?|scenes?|victims|wake|aftermath)\s+of\s+$")
_ATTACK_NOUN = re.compile(f"(?i){_ATTACK_NOUNS}")
_THE_ATTACK = re.compile(
    r"\b(?:[Tt]he|(?P<these>[Tt]his|[Tt]hese|[Tt]hose))\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_ATTACK_NOUNS})\b"
)


def _heading_of_countries(e: Event) -> bool:
    """Whether ``e`` is told by a heading or a tag line, not a sentence, and placed only at
    whole countries: "Airstrikes in Syria", "Trends: Russian airstrikes in Syria" (no place
    to draw, and what it heads is told below it)."""
    return (
        bool(e.places)
        and all((p.place_id or "").startswith("country:") for p in e.places)
        and not _ENDS_AS_A_SENTENCE.search(e.quote)
    )


_ENDS_AS_A_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _captures_named_again(events: list[Event]) -> list[Event]:
    """Drop a capture named again by its noun, with no day of its own, where another capture
    the story tells took the same place: "The capture of Rabia, a town ... on the main
    highway running west from Mosul, deprives the insurgents of ..." after "seized control of
    the Rabia border crossing on Tuesday"; "With the fall of Abu Zuhur, ..."."""
    told = [e for e in events if e.type == "capture" and e.status in ("reported", "claimed")]

    def named_again(e: Event) -> bool:
        if (
            e not in told
            or not e.places
            or e.extra.get("date_source") == "text"
            or not _NOUN_TRIGGER.search(str(e.extra.get("trigger", "")))
        ):
            return False
        first = e.places[0].place_id or e.places[0].name
        return any(
            o is not e
            # (not villages taken near it: "captured more than 20 villages around Baaj")
            and first in _static_keys(o)
            and not _NOUN_TRIGGER.search(str(o.extra.get("trigger", "")))
            # (told with a day of its own, or the same: not a headline's publication day
            # against "The fall of Ramadi" the story dates to Sunday)
            and (
                o.extra.get("date_source") == "text"
                or (o.date, o.date_end) == (e.date, e.date_end)
                or e.date is None  # ("Hours after the fall of the town, a car bomb ...")
            )
            and set(_acting(e)) <= set(_acting(o))
            for o in told
        )

    return [e for e in events if not named_again(e)]


def _since_the_start(events: list[Event]) -> list[Event]:
    """Date what has gone on "since the start of the operation" from the day the story says
    the operation began to the day told ("more than 450 airstrikes in and around Manbij since
    the start of the campaign", when "the offensive ... began on May 31")."""
    begun = sorted(
        e.date
        for e in events
        if e.type == "advance"
        and e.date
        and e.extra.get("date_source") == "text"
        and e.status != "planned"
        and _BEGAN.search(e.quote)
    )
    if not begun:
        return events
    out = []
    for e in events:
        since = _SINCE_THE_START.search(e.quote)
        # (a date of its own, or one the story carried into its sentence: until the report)
        own = e.extra.get("date_source") == "text" and e.date_text and e.date_text in e.quote
        if since is not None and e.date and not own and begun[0] < e.published:
            first, last = dt.date.fromisoformat(begun[0]), dt.date.fromisoformat(e.published)
            out.append(
                replace(
                    e,
                    date=begun[0],
                    date_end=e.published,
                    date_precision=span_precision(first, last),
                    date_text=since.group(0),
                    extra={**e.extra, "date_source": "text"},
                )
            )
        else:
            out.append(e)
    return out


_SINCE_THE_START = re.compile(
    r"(?i)\bsince\s+the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the|this|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:operations?|offensive|campaign|battle|assault)\b"
)
_BEGAN = re.compile(r"(?i)\b(?:launch(?:ed|es)?|beg[au]n|begins|start(?:ed|s)?|opened)\b")


def _convoy_went_on(
    events: list[Event], last: list[Event], found: list[Event], sentence: str
) -> tuple[list[Event], list[Event]]:
    """Join to a withdrawal in a convoy the way the next sentence says the convoy went ("...
    left early on Friday in a convoy of several hundred vehicles. "The convoy headed north
    toward Jarablus," a spokesman said"): one withdrawal, from where it left to where it went.
    """
    if not _THE_CONVOY.match(sentence):
        return events, found
    left = [e for e in last if e.type == "withdrawal" and _CONVOY.search(e.quote)]
    moved = [e for e in found if e.type == "advance"]
    if len(left) != 1 or len(moved) != 1:
        return events, found
    (w,), (e,) = left, moved
    went = tuple(p for p in e.places if p.role == "to")
    if not went or any(p.role == "to" for p in w.places):
        return events, found
    joined = replace(w, places=w.places + went)
    return [joined if o is w else o for o in events], [o for o in found if o is not e]


_CONVOY = re.compile(r"(?i)\b(?:convoys?|columns?)\b")
# (a sentence about the convoy: "The convoy headed north", "“The column moved east”")
_THE_CONVOY = re.compile(r"[\"“‘']?(?:The|That|This)\s+(?:[\w-]+\s+)?(?:convoy|column)\b")


_PRONOUN_SUBJECT = re.compile(
    # (after a time set off: "Within 10 days, the alliance had encircled Manbij")
    r"(?:(?:On|By|In|Earlier|Later|Meanwhile|Within|After|Over|During|Since)\b[^,]{0,30},\s+)?"
    r"(?:[Tt]hey|It|(?:[Tt]he|Its|Their)\s+(?:two\s+|three\s+)?(?P<noun>group|groups|factions|force|"
    r"forces|alliance|militia|militias|troops|fighters|militants|coalition\s+of\s+\w+))\s+"
    r"(?:also\s+|then\s+|later\s+)?"
    r"(?!(?:is|are|was|were)\b)"
)


# A clause with a subject of its own just before a trigger: "after its rebel defenders (withdrew)"
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:after|since|before|when|while|because|once|until|as)\s+(?:its|their|the|his|her|"
    r"(?-i:[A-Z]))[^,;]{0,40}?\s+$",
    re.I,
)


def _with_subject(
    event: Event,
    before: list[Event],
    kinds: frozenset[str] | None = None,
    told: tuple[str, ...] = (),
) -> Event:
    """``event`` with the party ``told`` first in the sentence before, else the one last
    named acting, as its subject, when it names none (of ``kinds`` of party, when the subject
    says which: "The militias seized ...")."""
    if _acting(event):
        return event
    if told and (kinds is None or told[0] in kinds) and told[0] not in event.actors:
        return event.with_changes(actors=(told[0], *event.actors))
    for e in reversed(before):
        targets = set(e.extra.get("targets", ()))
        acting = [a for a in e.actors if a not in targets and (kinds is None or a in kinds)]
        if acting and acting[0] not in event.actors:
            # (before those it acts on: "They ... broke the ISIS siege of Shingal")
            return event.with_changes(actors=(acting[0], *event.actors))
    return event


# The parties a subject's noun may stand for ("The militias" are no army, "The group" no state)
_SUBJECT_KINDS = {
    "militia": frozenset({"PMU", "Rebels", "TFSA"}),
    "militias": frozenset({"PMU", "Rebels", "TFSA"}),
    "group": frozenset({"ISIS"}),
    "alliance": frozenset({"SDF", "Rebels", "TFSA"}),
    "troops": frozenset(
        {"ISF", "SAA", "Turkey", "Peshmerga", "Coalition", "Russia", "LAF", "Israel", "Jordan"}
    ),
    # (the armed men of a group, not an army's: "The fighters took control of al-Qaim")
    "fighters": frozenset({"ISIS", "PMU", "Rebels", "TFSA", "SDF", "Peshmerga"}),
    "militants": frozenset({"ISIS"}),
}


# A sentence that denies what the one before it told: "Iraqi commanders denied the claim".
_DENIES_BEFORE = re.compile(
    r"(?:But\s+|However,?\s+)?(?P<who>[A-Z][^,;:.]{1,80}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+"
    r"(?:(?:the|these|those|this|that|such|its|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|it|them|allegations?|accounts?|statements?)\b"
)


# A live page's entries, each stamped with its time: "17:05 Coalition cautious"
_LIVE_ENTRY = re.compile(r"(?m)^\s*\d{1,2}[:.]\d{2}\b(?:\s*(?:GMT|BST|CET|EST|UTC|local))?\s")
_LIVE_ENTRIES = 3
_LEAD_WEIGHT = 2  # extra times the lead's day counts
_LEAD_SENTENCES = 4  # the headline, a subtitle, a byline and the lead


def dominant_date(text: ArticleText) -> tuple[dt.date, str]:
    """Return the article's dominant recent date and how it was found.

    The day most often named (day precision) in the fortnight before publication; failing
    that, or on a live page of entries stamped with their times, the publication date.
    """
    pub = text.article.published
    if len(_LIVE_ENTRY.findall(text.body, 0, 20_000)) >= _LIVE_ENTRIES:
        return pub, "live"  # a live page: its entries are of the day it is dated
    told = [
        d
        for d in text.dates
        if d.precision == "day"
        and d.date_end in (None, d.date)
        # ("on 3 November, the same day": one day)
        and d.kind not in ("later", "earlier", "same time")
        and 0 <= (pub - d.date).days <= _RECENT_DAYS
        and not _stamps_the_page(text.body, d)
    ]
    days = Counter(d.date for d in told)
    if not days:
        return pub, "published"
    # the day the lead tells its news on weighs more than one told in passing ("seized the
    # Rabia border crossing on Tuesday", then twice "on Monday" for what led up to it)
    # (the lead, not a headline or a subtitle, which end with no full stop)
    leads = [
        d
        for d in told
        if 0 <= (i := text.sentence_index(d.start)) < _LEAD_SENTENCES
        and text.sentences[i].text.rstrip(" ”\"’'").endswith(".")
    ]
    if leads:
        days[min(leads, key=lambda d: d.start).date] += _LEAD_WEIGHT
    best = max(days.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], "article"


def _stamps_the_page(body: str, d: DateExpr) -> bool:
    """Whether ``d`` dates the page rather than what it tells: a line that holds nothing
    else ("Nov. 24, 2016", "Updated: June 22, 2017 06:51 PM", "Nov. 24:")."""
    start = body.rfind("\n", 0, d.start) + 1
    end = body.find("\n", d.end)
    rest = body[start : d.start] + " " + body[d.end : end if end >= 0 else len(body)]
    return _STAMP_REST.fullmatch(rest) is not None


_STAMP_REST = re.compile(
    r"(?i)[\W\d_]*(?:(?:updated|published|posted|last\s+(?:updated|modified)|date[d]?|on)\b"
    r"[\W\d_]*)?(?:(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4})\b[\W\d_]*)*"
)


def _sentence_events(
    text: ArticleText,
    where: tuple[int, bool],
    sentence: Sentence,
    saying: tuple[str | None, tuple[int, int]],
    default: tuple[dt.date, str],
    counts: Counter[str],
    carried: DateExpr | None = None,
) -> list[Event]:
    """The events of sentence ``where[0]``; ``where[1]`` is whether it may say who says so.

    ``carried`` is the day the sentence before told its event on, in the same paragraph: the
    day of an event this one tells in the simple past with no date of its own.

    ``saying`` is the claimant and where the sentence names it (offsets into the text): a
    place in those words ("Turkey's military said") is the sayer's, not the event's.
    """
    index, said = where
    claimant, (said_from, said_to) = saying
    places = _places_of(text, sentence, (said_from, said_to))
    resumed = None if places else _resumed_at(text, sentence)
    front = (
        None
        if places or resumed
        else _front_attacked(text, sentence) or _what_followed(text, sentence)
    )
    away = None if places or resumed or front else _left_for_the_wilds(text, sentence)
    story = resumed or front or away
    if story is not None:
        places = [story]
    if not places:  # every event has a place of its sentence: no need to look for triggers
        return []
    triggers = _absorb_purposes(sentence.text, _within_clause(sentence.text, _news(sentence.text)))
    if not triggers:
        return []
    ends = [_window_end(text, sentence, triggers, k) for k in range(len(triggers))]
    owners, roles = _owned_places(text, sentence, (triggers, ends), places, (resumed, front, away))
    out: list[Event] = []
    previous_date: tuple[DateExpr | None, str] = (None, default[1])
    told_last: tuple[DateExpr | None, str] = previous_date  # (the last the sentence dated)
    ordinal: Counter[str] = Counter()
    for k, trigger in enumerate(triggers):
        shaped = _trigger_slots(text, sentence, (triggers, k), (places, owners, roles), counts)
        if shaped is None:
            continue
        kind, slots = shaped
        window_end = ends[k]
        windows = [(t.start, ends[j]) for j, t in enumerate(triggers) if j != k and owners.get(j)]
        date, date_source = _event_date(
            text, sentence, (trigger.start, window_end), windows, default
        )
        inherited = False
        if (
            date is None
            and out
            and (
                _continues_event(sentence.text, trigger, triggers[k - 1])
                # ("took the Al-Omar oil field on Oct. 22, after Daesh fighters abandoned it")
                or _left_what_was_taken(sentence.text, triggers[:k], trigger) is not None
                or _moved_into_what_was_left(triggers, k) is not None
                or _forced_back(sentence.text, triggers, k)
            )
        ):
            # (past a noun of the clause between, undated: "swept into northern Diyala in June
            # last year during the group's lightning advance across Iraq, seizing Jalawla")
            date, date_source = previous_date if previous_date[0] is not None else told_last
            inherited = True
            date = _gone_on_to(
                sentence.text, (triggers[k - 1], trigger), date, text.article.published
            )
        date, date_source = _date_in_story(text, sentence, trigger, (date, date_source), carried)
        if date is not None and date_source == "text" and not inherited and out:
            out[-1] = _dated_by_what_follows(
                sentence.text, (triggers[k - 1], trigger), out[-1], date
            )
        previous_date = (date, date_source)
        if date is not None:
            told_last = previous_date
        quoted = text.quoted[sentence.start + trigger.start]
        status = status_of(
            sentence.text,
            trigger.start,
            trigger.end,
            quoted=quoted,
            planned_type=kind == "planned",
            may_attribute=said,
        )
        if inherited and status == "planned" and kind != "planned" and out[-1].status != "planned":
            # ("aimed at diverting Kurdish forces after the YPG captured Tal Abyad, cutting a
            # key supply route"): what goes on from a deed told is as told as that deed
            status = out[-1].status
        status, date, date_source = _plan_or_past(
            text, (kind, trigger), status, (date, date_source, inherited)
        )
        date = _lasting(text, sentence, trigger, (date, default[0]))
        # (not who speaks in a clause after it: "has not entered Intisar, where officers say")
        speaks = speaks_for(sentence.text, trigger.end) or (status == "claimed" and quoted)
        who = claimant if status != "reported" and speaks else None
        # "retook Ramadi in December 2015 and Fallujah in June 2016": an event per date
        groups: list[tuple[list[_Slot], DateExpr | None]] = [(slots, date)]
        split = _dated_groups(text, sentence, slots, (trigger, window_end))
        if split is not None:
            groups = list(split)
        for group, when in groups:
            out.append(
                _event(
                    text,
                    sentence,
                    (index, ordinal[kind]),
                    kind,
                    group,
                    (when, _source_of(when, (date, date_source)), default[0]),
                    (status, who, (said_from, said_to)),
                    (trigger, window_end),
                )
            )
            ordinal[kind] += 1
    return _joined_movements(_without_parts(_leavers(sentence.text, triggers, out)))


def _people_taken(sentence: Sentence, trigger: Trigger, places: list[PlaceRef]) -> bool:
    """Whether ``trigger`` tells of people taken captive, not a place taken: "air force
    recruits captured near Camp Speicher", "dozens had been captured", "Mueller was captured
    in Aleppo in August 2013", "Two soldiers were seized near Raqqa"."""
    text, start = sentence.text, trigger.start
    if trigger.type != "capture":
        return False
    if (
        _PEOPLE_TAKEN.search(text, max(0, start - 40), start) is not None
        and _PEOPLE_TAKEN_AFTER.match(text, trigger.end) is not None
    ):
        return True
    if not _TAKEN_VERB.match(trigger.text):
        return False
    if _PEOPLE_SEIZED.match(text, trigger.end):
        return True  # ("Nusra fighters seized the division's commander, Colonel Nadim al-Hassan")
    who = _TAKEN_ONES.search(text, max(0, start - 60), start)
    if who is None:
        return False
    # (a name that is a place is the place taken: "Mosul was captured in June 2014")
    return not any(p.end - sentence.start == who.end("who") for p in places)


_PEOPLE_SEIZED = re.compile(
    r"(?i)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|dozens\s+of\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:commanders?|leaders?|officers?|pilots?|journalists?|reporters?|"
    r"hostages?|aid\s+workers?|soldiers|policemen|civilians)\b(?!['’])"
)
_TAKEN_VERB = re.compile(r"(?i)(?:captured|seized|taken|kidnapped|abducted|snatched)\b")
_TAKEN_ONES = re.compile(
    r"\b(?P<who>(?i:he|she|they|we|pilots?|soldiers?|troops|journalists?|reporters?|"
    r"photographers?|(?:aid\s+)?workers?|hostages?|nurses?|doctors?|priests?|nuns?|men|women|"
    r"children|girls|boys|civilians|residents|villagers|policemen|officers?|commanders?|"
    r"members|fighters|militants|jihadists|citizens?|nationals?)|(?-i:[A-Z][a-z]+))\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$"
)


def _dated_by_what_follows(
    sentence: str, triggers: tuple[Trigger, Trigger], event: Event, date: DateExpr
) -> Event:
    """``event``, of the first of ``triggers``, dated as the participle clause after it that
    goes on with it tells (``date``), when it has no date of its own: "Isis fighters have
    pushed into the countryside north of Aleppo, capturing the town of Akhtarin ... on
    Wednesday" (not "having retaken Bashiqa on Monday": before it); and a flight told with
    the deed it followed: "fighters who fled Hawija after Iraqi forces retook it last
    October"; and as it was hit: "militants who fled Fallujah in convoys were hit on
    Wednesday"."""
    before, trigger = triggers
    participle = trigger.text.split()[0].lower().endswith("ing") and (
        _PARTICIPLE_CLAUSE.fullmatch(sentence, before.end, trigger.start)
        or _PARTICIPLE_AFTER.fullmatch(sentence, before.end, trigger.start)
    )
    fled_after = (
        before.type == "withdrawal"
        and (
            _THE_DEED_AFTER.fullmatch(sentence, before.end, trigger.start)
            # ("militants who fled Fallujah in convoys were hit on Wednesday"): as they fled
            or (
                _WHO_BEFORE.search(sentence, max(0, before.start - 12), before.start)
                and _THEN_SUFFERED.fullmatch(sentence[before.end : trigger.start] + trigger.text)
            )
        )
    )
    if (
        event.extra.get("date_source") not in ("article", "published")
        or event.extra.get("trigger") != before.text
        or not (participle or fled_after)
    ):
        return event
    return replace(
        event,
        date=date.date.isoformat(),
        date_end=(
            date.date_end.isoformat()
            if date.date_end is not None and date.date_end != date.date
            else None
        ),
        date_precision=date.precision,
        date_text=date.text,
        confidence=round(min(event.confidence + 0.3, 0.95), 3),
        extra={**event.extra, "date_source": "text"},
    )


# Between a trigger and the participle going on with it: "pushed into the countryside north
# of Aleppo, capturing"
_PARTICIPLE_AFTER = re.compile(r"[^,;:()—–]{0,80},\s+(?:\w+ly\s+)?")
# Between a flight and the deed it followed: "fled Hawija after Iraqi forces"
_THE_DEED_AFTER = re.compile(
    r"[^,;:()—–]{0,40}?\s(?:after|when|as|once)\s+(?:the\s+)?[^,;:()—–]{0,40}?\s(?:had\s+)?"
)


def _gone_on_to(
    sentence: str, triggers: tuple[Trigger, Trigger], date: DateExpr | None, published: dt.date
) -> DateExpr | None:
    """The date of a deed the one before ``date``-d "went on to" do: some time after it,
    up to publication ("captured Yabroud in March and went on to take Flita")."""
    before, trigger = triggers
    then = _AND_THEN.fullmatch(sentence, before.end, trigger.start)
    if date is None or then is None or then["on"] is None or date.date >= published:
        return date
    last = date.date_end or date.date
    end = max(last, published)
    return replace(date, date_end=end, precision=span_precision(date.date, end))


_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+)?$")
_THEN_SUFFERED = re.compile(r"[^,;:()]{0,40}?\s(?:were|was)\s+.*", re.S)


def _source_of(when: DateExpr | None, told: tuple[DateExpr | None, str]) -> str:
    """How a group of the trigger's places split off by dates (``when``) is dated, given the
    trigger's own date and its source (``told``): none told when it has none of its own."""
    date, date_source = told
    if when is date:
        return date_source
    return "text" if when is not None else "untold"


_RESUMED = re.compile(r"(?i)(?:resum|renew|restart|relaunch)")
# An offensive told begun with no place ("The offensive was launched at dawn on Friday from
# three directions"): on the town the story is about
_LAUNCHED = re.compile(
    r"(?i)\b(?:offensive|operation|assault|push|campaign)\s+(?:was\s+launched|began|started|"
    r"got\s+under\s+way|kicked\s+off)\b"
    # ("launched the assault from three directions on Friday")
    r"|\b(?:launch(?:ed|es)|began|begins|started|starts)\s+(?:the|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:offensive|operation|assault|push|campaign)\s+(?:from|at|on\s+(?:[A-Z][a-z]+day|the\s+"
    r"(?:morning|night|eve))|early|before|after|(?:late\s+)?(?:last|this|yesterday)\b)"
)
_OFFENSIVE_ON = re.compile(
    r"(?i)\b(?:offensive|operation|assault|push|campaign|battle)\s+(?:on|against|for|to\s+"
    r"(?:retake|recapture|liberate|capture|take|free|clear))\s+(?:the\s+(?:city\s+of\s+)?)?"
)
_LAUNCH_TRIGGER = re.compile(r"(?i)(?:offensive|operation|assault|push|campaign)\b")
_RESUMED_WORDS = ("resum", "renew", "restart", "relaunch")
_STORY_TIMES = 3  # times named: the place a story is about


def _places_of(text: ArticleText, sentence: Sentence, said: tuple[int, int]) -> list[PlaceRef]:
    """The places of the sentence that may be its events': not those in the words that say
    who says so (``said``, offsets into the text: "Turkey's military said"), nor where
    something was said, nor one of a comparison."""
    said_from, said_to = said
    ends = {p.end for p in text.places_in(sentence)}
    return [
        p
        for p in text.places_in(sentence)
        if p.usable
        # (not a name's other spelling in brackets after it: "Hasakah (Hesekê)")
        and not (text.body[p.start - 2 : p.start] == " (" and p.start - 2 in ends)
        and not said_from <= p.start < said_to
        and not is_where_said(text.body, p.start)
        # ("has watched the advance with growing alarm, as has Israel"): one of a comparison
        and not _AS_HAS.search(text.body, max(0, p.start - 30), p.start)
        # ("the coalition that has been bombing the group ... said it was not taking part in
        # the Tikrit operation"): where a party says it has no part
        and not _NO_PART_IN.search(text.body, max(0, p.start - 70), p.start)
        # ("A military spokesman in Baghdad, Lieutenant General Qassim Atta, denied that the
        # area had been lost"): where the speaker sits (not "officials in Sinjar, which the
        # Peshmerga liberated in November 2015")
        and not (
            _SPEAKER_IN.search(text.body, max(0, p.start - 40), p.start)
            and not _WHICH_AFTER.match(text.body, p.end)
        )
        # ("according to police officers in Samarra, 95 kilometers (60 miles) north of
        # Baghdad"): where the sayer's place lies, told after it
        and not (
            said_from < said_to <= p.start
            and (
                _OFFSET.fullmatch(text.body, said_to, p.start)
                or _BESIDE.fullmatch(text.body, said_to, p.start)
            )
        )
    ]


_SPEAKER_IN = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person|men|people)|officials?|sources?|diplomats?|analysts?|"
    # ("A police officer in Baquba, the provincial capital, said the attack was ...")
    r"ministry|ministries|officers?|policem[ae]n|doctors?|medics?|correspondents?|reporters?)"
    r"\s+(?:based\s+)?in\s+$"
)
_WHICH_AFTER = re.compile(r",\s+(?:which|where)\b")


def _trigger_slots(
    text: ArticleText,
    sentence: Sentence,
    at: tuple[list[Trigger], int],
    found: tuple[list[PlaceRef], dict[int, list[PlaceRef]], dict[int, str]],
    counts: Counter[str],
) -> tuple[str, list[_Slot]] | None:
    """The type of trigger ``at[1]`` of the sentence's triggers and its places with their
    roles (``found``: the sentence's places, those each trigger owns, their roles), or None
    when it tells no event of a place."""
    triggers, k = at
    trigger = triggers[k]
    places, owners, roles = found
    index = text.sentence_index(sentence.start)
    if (
        _civilian_flight(sentence.text, trigger)
        or _people_taken(sentence, trigger, places)
        # ("Kurdish protesters clashed with police in Istanbul"): unrest, no war
        or (
            trigger.type in ("attack", "advance", "capture")
            and _PROTESTERS.search(sentence.text, max(0, trigger.start - 60), trigger.start)
            is not None
        )
        # ("From the start of the offensive in October 2016, IS fighters forcibly moved ..."):
        # when the rest happened
        or _WHEN_IT_BEGAN.match(sentence.text[: trigger.end]) is not None
        # ("militants were believed to have been inside when the assault began"): the time
        # an operation the story told began, no move of its own
        or any(
            m.start() <= trigger.start < m.end()
            for m in _WHEN_THE_OP_BEGAN.finditer(
                sentence.text, max(0, trigger.start - 60), trigger.end + 40
            )
        )
        or _distance_of_a_place(sentence.text, trigger, places, sentence.start)
        or _not_happened(sentence.text, trigger)
    ):
        return None
    slots = _slots(sentence, owners.get(k, []), places, roles)
    closed = _fronted_clause_end(sentence.text, trigger)
    if closed is not None:
        # ("Since Kurdish forces retook Sinjar and the highway ... in November 2015, the
        # Islamic State has relied on desert tracks ... through Ba'aj"): its clause's places
        slots = [s for s in slots if s.start < closed]
    if not slots and k:
        told_before = (places, owners.get(k - 1, []), roles)
        slots = (
            _in_the_town_entered(sentence, triggers, k, told_before)
            or _where_denied(sentence, triggers, k, told_before)
            or _fled_the_town_entered(sentence, triggers, k, told_before)
            or _done_to_it(sentence, triggers, k, told_before)
        )
    if not slots or _only_a_countrys_name(text.body, trigger.type, slots):
        return None
    if _moved_into_what_was_left(triggers, k) is not None:
        # ("pulled out of the town and ... have moved in"): into the place left
        slots = [_Slot(s.ref, "to", s.start) if s.start < trigger.start else s for s in slots]
    kind = _refine_type(text, index, trigger, slots)
    if kind == "link_up" and len(slots) == 2 and all(s.role == "from" for s in slots):
        slots = [_Slot(s.ref, "between", s.start) for s in slots]  # (the two moves' ends)
    if kind == "capture" and _SOME_VILLAGES.match(sentence.text, trigger.end):
        # (villages, unnamed, taken near a place told before them)
        slots = [_Slot(s.ref, "near", s.start) if s.start < trigger.start else s for s in slots]
    if _moved_into_what_was_left(triggers, k) is not None:
        kind = "capture"  # ("... pulled out ..., and Islamic State fighters moved in"): took it
    if (
        kind == "advance"
        and k
        and triggers[k - 1].type == "withdrawal"
        and _MOVING_ON.match(trigger.text)
        and _GOING_ON_FROM.fullmatch(sentence.text, triggers[k - 1].end, trigger.start)
    ):
        kind = "withdrawal"  # ("appeared to have pulled out, many of them heading south
        # towards Raqqa"): where they went
    if _told_on(sentence.text, triggers, k, kind, slots):
        return None
    if kind == "cut_route" and _THE_CUT_TOLD.search(
        sentence.text, max(0, trigger.start - 60), trigger.end
    ):
        return None  # ("to move some commanders ... from Mosul into the city before the road
        # was cut"): a time told by the cut the story told, no cut of its own
    slots = _at_the_place_about(sentence, trigger, places, slots)
    before = [p for p in places if p.end - sentence.start <= trigger.start]
    slots = _adjust_roles(text, (index, counts, before), kind, slots)
    if kind == "withdrawal":
        slots = _out_of_it(sentence.text, triggers, k, slots)
    if kind == "capture":
        slots = _town_retaken(
            sentence.text, trigger, _building_taken(sentence.text, trigger, slots)
        )
    return kind, slots


def _at_the_place_about(
    sentence: Sentence, trigger: Trigger, places: list[PlaceRef], slots: list[_Slot]
) -> list[_Slot]:
    """``slots``, the place a clause holding ``trigger`` is about at it, whatever the
    sentence did there: "deployed to Daquq, ..., where army units had withdrawn from their
    posts" (the withdrawal's place is Daquq's, not where the deployment went)."""
    about = _antecedent(sentence.text, trigger, places, sentence.start)
    if about is None:
        return slots
    return [
        _Slot(s.ref, "at", s.start) if s.ref is about and s.role in ("to", "from") else s
        for s in slots
    ]


def _out_of_it(sentence: str, triggers: list[Trigger], k: int, slots: list[_Slot]) -> list[_Slot]:
    """``slots`` of withdrawal ``triggers[k]``, the places it left read as left."""
    trigger = triggers[k]
    if _left_to_the_takers(sentence, triggers, k) or _forced_back(sentence, triggers, k):
        # ("have left their positions and the militants are in full control of the city",
        # "managed to enter parts of the airport ... but were forced to withdraw")
        return [_Slot(s.ref, "from", s.start) for s in slots]
    if (
        _PUSHED_OUT.search(trigger.text)
        or _left_what_was_taken(sentence, triggers[:k], trigger) is not None
    ):
        # ("broke into Palmyra ..., but they had been pushed out", "took Manbij after the
        # last ISIL fighters withdrew"): out of it
        return [
            _Slot(s.ref, "from", s.start) if 0 <= s.start < trigger.start else s for s in slots
        ]
    return slots


def _offensive_named_before(text: ArticleText, end: int) -> PlaceRef | None:
    """The place of the last offensive named with its aim before ``end`` ("the offensive to
    retake Mosul", "the operation on Tal Afar"), if any."""
    last = None
    for m in _OFFENSIVE_ON.finditer(text.body, 0, end):
        last = m
    if last is None:
        return None
    i = bisect_left(text.places, last.end(), key=lambda p: p.start)
    p = text.places[i] if i < len(text.places) else None
    return p if p is not None and p.start == last.end() and p.usable else None


def _owned_places(
    text: ArticleText,
    sentence: Sentence,
    told: tuple[list[Trigger], list[int]],
    places: list[PlaceRef],
    story: tuple[PlaceRef | None, PlaceRef | None, PlaceRef | None],
) -> tuple[dict[int, list[PlaceRef]], dict[int, str]]:
    """The places each trigger owns (by index) and their roles (by id of place). ``told``
    is the triggers and where each one's window ends; ``story`` the town the story is about
    when the sentence names none, as where a push resumed, as the front attacked and as
    the town left for the desert."""
    triggers, ends = told
    resumed, front, away = story
    if away is not None:
        return {k: [away] for k, t in enumerate(triggers) if t.type == "withdrawal"}, {
            id(away): "from"
        }
    if resumed is not None:
        owners = {
            k: [resumed]
            for k, t in enumerate(triggers)
            if _RESUMED.match(t.text) or _LAUNCH_TRIGGER.search(t.text)
        }
        return owners, {id(resumed): "to"}
    if front is not None:
        # (near the front attacked; at the scene of what followed)
        role = "at" if _IN_WHAT_FOLLOWED.match(sentence.text) else "near"
        return {k: [front] for k, t in enumerate(triggers) if t.type == "attack"}, {
            id(front): role
        }
    owners = _assign_places(sentence.text, triggers, ends, places, sentence.start)
    # (by id of place: the same for every trigger of the sentence)
    roles = _roles(sentence, places) if owners else {}
    owners, roles = _parts_of_the_story_town(text, sentence, triggers, (owners, roles))
    return _launched_on_the_story_place(text, sentence, triggers, (owners, roles))


def _parts_of_the_story_town(
    text: ArticleText,
    sentence: Sentence,
    triggers: list[Trigger],
    found: tuple[dict[int, list[PlaceRef]], dict[int, str]],
) -> tuple[dict[int, list[PlaceRef]], dict[int, str]]:
    """``found`` (the places each trigger owns and their roles), with the town the story is
    about given to a capture of its quarters that names no place: "reinforcements ... had
    retaken most of the neighborhoods"."""
    owners, roles = found
    taken = [
        k
        for k, t in enumerate(triggers)
        if t.type == "capture"
        # (none, or only where the takers came from: "reinforcements rushed from Baghdad")
        and all(roles.get(id(p)) == "from" for p in owners.get(k, ()))
        and (m := _SOME_VILLAGES.match(sentence.text, t.end)) is not None
        and _QUARTERS.search(m.group())
    ]
    town = _story_town_before(text, sentence.start) if taken else None
    if town is None:
        return owners, roles
    return {**owners, **{k: [town] for k in taken}}, {**roles, id(town): "at"}


_QUARTERS = re.compile(r"(?i)(?:districts|neighbou?rhoods|quarters)$")


def _launched_on_the_story_place(
    text: ArticleText,
    sentence: Sentence,
    triggers: list[Trigger],
    found: tuple[dict[int, list[PlaceRef]], dict[int, str]],
) -> tuple[dict[int, list[PlaceRef]], dict[int, str]]:
    """``found`` (the places each trigger owns and their roles), with the town the story is
    about, where the sentence names it, given to an offensive told begun that owns none of
    the sentence's places: "the final push began on Friday night after ... dozens of
    airstrikes on ISIS positions inside Al-Mayadeen"."""
    owners, roles = found
    bare = [
        k
        for k, t in enumerate(triggers)
        if not owners.get(k) and (_RESUMED.match(t.text) or _LAUNCH_TRIGGER.search(t.text))
    ]
    story = _resumed_at(text, sentence) if bare else None
    if story is None:
        return owners, roles
    named = [
        p
        for p in text.places_in(sentence)
        if p.usable and _key(p) == _key(story) and id(p) in roles
    ]
    if not named:
        return owners, roles
    return {**owners, **{k: named[:1] for k in bare}}, {**roles, id(named[0]): "to"}


def _resumed_at(text: ArticleText, sentence: Sentence) -> PlaceRef | None:
    """The town the story is about, for a sentence that names no place but tells a push
    resumed ("SDF fighters resumed their push on March 1"): where the push was, as the story
    has told it."""
    low = sentence.text.lower()
    launched = _LAUNCHED.search(sentence.text) is not None
    if not launched and not any(w in low for w in _RESUMED_WORDS):
        return None
    if launched:
        # (the offensive the story named with its aim: "the offensive to retake Mosul ... The
        # offensive was launched early on Monday", in a story about Bartella)
        aimed = _offensive_named_before(text, sentence.start)
        if aimed is not None:
            return aimed
    return _story_place(text, sentence)


def _front_attacked(text: ArticleText, sentence: Sentence) -> PlaceRef | None:
    """The town the story is about, for a sentence that names no place but tells of attacks
    on the troops advancing there ("The militants sent at least five car bombs against the
    advancing troops on Monday")."""
    if _AGAINST_ADVANCING.search(sentence.text) is None:
        return None
    return _story_place(text, sentence)


def _what_followed(text: ArticleText, sentence: Sentence) -> PlaceRef | None:
    """The town the story is about, for a sentence that names no place but tells what
    followed there ("In the scuffle that followed, ... the fighters opened fire on the
    crowd")."""
    if _IN_WHAT_FOLLOWED.match(sentence.text) is None:
        return None
    return _story_place(text, sentence)


# "In the scuffle that followed", "In the ensuing clashes", "During the chaos that ensued"
_IN_WHAT_FOLLOWED = re.compile(
    r"(?i)(?:In|During|Amid)\s+the\s+(?:(?P<ensuing>ensuing)\s+)?(?:[\w-]+\s+)?(?:confusion|chaos|"
    r"scuffle|fighting|clashes|melee|panic|gunfight|firefight|gun\s*battle|struggle|exchange)"
    # (what followed, not the clashes told before: "In the clashes, 14 DAESH terrorists were
    # neutralized")
    r"(?(ensuing)|\s+that\s+(?:followed|ensued)),"
)


def _left_for_the_wilds(text: ArticleText, sentence: Sentence) -> PlaceRef | None:
    """The town the story is about, for a sentence that names no place but tells fighters
    left for open country ("IS fighters have withdrawn east towards the desert"): the town
    they left, as the story has told it."""
    if _TO_THE_WILDS.search(sentence.text) is None:
        return None
    return _story_place(text, sentence)


_TO_THE_WILDS = re.compile(
    r"(?i)\b(?:withdr[ae]wn?|retreated|pulled\s+(?:out|back)|fled|f[ae]ll(?:en)?\s+back)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:towards?|to|into)\s+"
    r"(?:the\s+)?(?:(?:open|surrounding|nearby|eastern|western|northern|southern)\s+)?"
    r"(?:desert|countryside|hills|mountains|orchards|farmlands?|badia)\b"
)
_AGAINST_ADVANCING = re.compile(
    r"(?i)\b(?:against|on|at|targeting|targeted)\s+(?:the\s+)?(?:advancing|approaching|"
    r"attacking)\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|units|columns?|fighters)\b"
)


def _story_place(text: ArticleText, sentence: Sentence) -> PlaceRef | None:
    """The place named most before ``sentence``, three times or more, whether a gazetteer
    knows it or not (Baghouz, not Hasakah province where those who left were taken); failing
    that, the one named most in the whole story, the town a story's lead names once before
    it tells how the assault began."""
    hi = bisect_left(text.places, sentence.start, key=lambda p: p.start)
    found = _named_most(text, text.places[:hi])
    if found is None:
        found = _named_most(text, text.places)
    return found


def _named_most(text: ArticleText, places: list[PlaceRef]) -> PlaceRef | None:
    """The town of ``places`` named three times or more and most, at its last naming."""
    named = [
        p
        for p in places
        if p.usable
        and p.target.iso is None
        and (p.target.place is None or p.target.place.feature == "P")
        # (not a place others are measured from: "the town of Jurf al-Sakhar south of Baghdad")
        and not is_reference(text.body, p.start)
    ]
    counts = Counter(map(_key, named))  # ("Tal Afar", "Tal Afar city": one place)
    if not counts:
        return None
    most, times = counts.most_common(1)[0]
    if times < _STORY_TIMES:
        return None
    told = [p for p in named if _key(p) == most]
    # (at its last naming by name, not "the city")
    return next((p for p in reversed(told) if p.text[:1].isupper()), told[-1])


_WOULD_FOLLOW = re.compile(
    r"\s*(?:(?:it|they|he|she|we|I|this|that|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})\s+)"
    r"(?:would|could|might|will|may)\b"
)
_IF_FIRST = re.compile(
    r"\W*(?:If(?!\s+(?:confirmed|true|verified)\b)|Unless|Should|Were)\b[^,;.]{0,120},"
)
_UNLIKELY_AFTER = re.compile(
    r"[^.;:,]{0,50}?\b(?:is|are|was|were|seems?|looks?)\s+(?:considered\s+|still\s+)?"
    r"(?:unlikely|not\s+expected|not\s+likely|months\s+away|a\s+long\s+way\s+off)\b",
    re.I,
)
_PEOPLE_TAKEN = re.compile(
    r"(?:\b(?:recruits|civilians|prisoners|men|women|children|hostages|journalists|cadets|"
    r"workers)\s+(?:who\s+were\s+)?"
    r"|(?<!\bof\s)\b(?:dozens|hundreds|scores|many|others|thousands|\d[\d,]*\d|\d)\s+(?:more\s+)?"
    r"(?:had\s+been|have\s+been|were|was)\s+)$",
    re.I,
)
_NO_ATTEMPT = re.compile(
    r"(?i)\bno\s+(?:further\s+|new\s+|serious\s+)?(?:attempts?|efforts?|moves?)\s+(?:yet\s+)?to\s+$"
)
# "There is no fighting inside Palmyra": none of it
_NONE_OF_IT = re.compile(r"(?i)\b(?:no|not\s+any)\s+$")
_PEOPLE_TAKEN_AFTER = re.compile(r"(?:[.,;:]|\s+(?:near|in|at|by|during|on|from|outside|and)\b)")
_STALLED = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:stalled|halted|faltered|slowed|stopped|bogged\s+down|"
    r"ground\s+to\s+a\s+halt|came\s+to\s+a\s+halt)\b",
    re.I,
)


_NOT_ALLOWED = re.compile(
    r"(?i)\b(?:not|never)\s+(?:allow|permit|let|tolerate|accept)\w*\s+[^.;:]{0,70}?\bto\s+"
    r"(?:[^.;:]{0,50}?\band\s+)?(?:\w+ly\s+)?$"
)
_ONCE_IT_IS = re.compile(
    r"(?i)\b(?:once|until|unless)\s+(?:[\w’'-]+\s+){1,4}?(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?$"
)

_NEVER_CAME = re.compile(
    r"[^.;:,]{0,40}?\b(?:never|did\s+not|didn['’]t|had\s+not|hadn['’]t|failed\s+to)\s+"
    r"(?:arriv|come|came|reach|show|materiali[sz])"
)
_ONCE_IT_WAS = re.compile(r"(?i)\b(?:once|until|unless)\s+(?:[\w’'-]+\s+){1,5}$")
_THEN_WOULD = re.compile(r"[^.;:]{0,40}?,[^.;:]{0,40}?\bwould\b")


_BASE_FOR = re.compile(
    r"(?i)\b(?:allow\w*|permit\w*|authori[sz]\w*|us(?:e|es|ed|ing))\s+[^.;]{0,120}?\bfor\s+"
    r"(?:its\s+|their\s+|future\s+|more\s+)?(?:air\s+)?$"
)
_STOP_SOMETHING = re.compile(
    r"(?i)\b(?:prevent|stop|block|bar|deter)\w*\s+(?:the\s+|any\s+)?(?:[\w’'-]+\s+){1,3}$"
)


_RATHER_THAN = re.compile(r"(?i)\b(?:rather|other)\s+than\s+(?:[\w’'-]+\s+){0,3}$")
_FORESTALL = re.compile(
    r"(?i)\b(?:pre-?empt|forestall|avert|head\s+off|ward\s+off)\w*\s+(?:an?|any|the)\s+"
    r"(?:[\w.’'-]+\s+){0,3}$"
)


# What a party is wont to do: "frequently attacks", "often targets"
_HABITUALLY = re.compile(
    r"(?i)\b(?:frequently|often|regularly|routinely|usually|typically|generally|habitually)\s+$"
)
_PRESENT_S = re.compile(r"(?i)[a-z]+[^s]s")


def _not_happened(sentence: str, trigger: Trigger) -> bool:
    """Whether the sentence tells the trigger's event did not, or only may, happen: "will
    not", "fears that ... would", "is likely to", "is expected to be more difficult",
    "attempts to enter the city have failed", "the fall of Tal Afar would leave"."""
    text, start, end = sentence, trigger.start, trigger.end
    return bool(
        _WILL_NOT.search(text, max(0, start - 40), start)
        or _FEARED.search(text, max(0, start - 120), start)
        # ("agreed to allow coalition aircraft to use the Incirlik Air Base ... for air strikes
        # against ISIL"): what a base is for
        or (
            trigger.type == "airstrike"
            and _BASE_FOR.search(text, max(0, start - 160), start) is not None
        )
        # ("to stop car bombs reaching Lebanon"): what is to be stopped
        or (
            trigger.text.lower().endswith("ing")
            and _STOP_SOMETHING.search(text, max(0, start - 40), start) is not None
        )
        or _FORECAST.search(text, max(0, start - 120), start)
        # ("rather than renew the push toward Tabqa", "to preempt a U.S.-backed advance on
        # ar-Raqqa"): what is ruled out or to be forestalled
        or _RATHER_THAN.search(text, max(0, start - 40), start) is not None
        or _FORESTALL.search(text, max(0, start - 50), start) is not None
        or _EXPECTED_TO_BE.match(text, end)
        # ("reinforcements promised by Baghdad never arrived")
        or _NEVER_CAME.match(text, end) is not None
        or (_ATTEMPT.search(text, max(0, start - 40), start) and _FAILED.match(text, end))
        # ("had tried and failed several times since the summer to take the town")
        or _FAILED_TO.search(text, max(0, start - 90), start) is not None
        # ("the advance stalled on the outskirts of Tikrit"): where it stopped
        or (trigger.type == "advance" and _STALLED.match(text, end) is not None)
        # ("an offensive to retake Mosul is unlikely before next year")
        or _UNLIKELY_AFTER.match(text, end) is not None
        # ("If the situation stays like this, Anbar will be lost"): what would follow
        or (
            (cond := _IF_FIRST.match(text)) is not None
            # (and the condition itself, when what follows it only would be: "If the
            # militants take Haditha, they would control much of the Euphrates valley")
            and (start >= cond.end() or _WOULD_FOLLOW.match(text, cond.end()) is not None)
        )
        # ("There is no fighting inside Palmyra now")
        or _NONE_OF_IT.search(text, max(0, start - 12), start) is not None
        # ("there had been no attempt to retake it by Sunday afternoon")
        or _NO_ATTEMPT.search(text, max(0, start - 40), start) is not None
        # ("The organization frequently attacks Shiite-majority areas"): what it does, no deed
        or (
            _HABITUALLY.search(text, max(0, start - 20), start) is not None
            and _PRESENT_S.fullmatch(trigger.text) is not None
        )
        # ("had warned of a possible massacre if Amerli fell"): a condition, not a deed (but
        # one a party would act on is its plan: "would strike YPG forces if they did not
        # withdraw")
        or (
            (cond_at := _IF_IT.search(text, max(0, start - 40), start)) is not None
            and _WOULD_ACT.search(text, 0, cond_at.start()) is None
        )
        or (_NOUN_TRIGGER.search(trigger.text) and _WOULD_AFTER.match(text, end))
        # ("will push on towards al-Bab once Manbij is secured"): a condition yet to be met
        or _ONCE_IT_IS.search(text, max(0, start - 60), start) is not None
        # ("said that once al-Bab was cleared, the operation would move on to Manbij"): as
        # told in the past
        or (
            _ONCE_IT_WAS.search(text, max(0, start - 60), start) is not None
            and _THEN_WOULD.match(text, end) is not None
        )
        # ("warned that they would not allow Kurdish forces to cross the Euphrates and take
        # control of the border area"): what a party vows to stop
        or _NOT_ALLOWED.search(text, max(0, start - 100), start) is not None
        # ("Analysts say losing Manbij would leave Isis with only a narrow strip")
        or (
            trigger.text.split()[0].lower().endswith("ing")
            and _GERUND_SUBJECT.search(text, max(0, start - 12), start) is not None
            and _WOULD_AFTER.match(text, end) is not None
        )
    )


def _leavers(sentence: str, triggers: list[Trigger], events: list[Event]) -> list[Event]:
    """``events``, a sentence's, with a withdrawal from a place its capture took by those
    who lost it, never by those who took it ("ISIS overran Mosul in June 2014, routing Iraqi
    troops who abandoned their weapons as they fled": the troops fled, not ISIS)."""
    out = list(events)
    for i, e in enumerate(events):
        if e.type != "withdrawal":
            continue
        k = next((k for k, t in enumerate(triggers) if t.text == e.extra.get("trigger")), None)
        j = None if k is None else _left_what_was_taken(sentence, triggers[:k], triggers[k])
        taken = [c for c in events if j is not None and c.extra.get("trigger") == triggers[j].text]
        takers = {a for c in taken for a in _acting(c)}
        if not takers & set(_acting(e)):
            continue
        losers = [a for c in taken for a in c.extra.get("targets", ()) if a not in takers]
        kept = [a for a in _acting(e) if a not in takers] or losers
        out[i] = replace(e, actors=tuple(dict.fromkeys(kept)), extra={**e.extra, "targets": []})
    return out


_NO_PART_IN = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:be\s+|been\s+|to\s+)?(?:(?:tak(?:e|es|ing)|took)\s+part|"
    r"involved|participat(?:e|es|ed|ing)|join(?:s|ed|ing)?|(?:have|had|has|play(?:ing)?)\s+"
    r"(?:a|any)\s+role)\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:battle|operation|offensive|"
    r"assault|fight)\s+(?:for|on|in|to\s+\w+)\s+(?:the\s+)?)?$",
    re.I,
)
_AS_HAS = re.compile(
    r",\s+as\s+(?:has|have|had|did|does|do|is|are|was|were)\s+(?:the\s+|neighbou?ring\s+)?$", re.I
)
_DISTANCE = re.compile(r"(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s)\s+(?:of|from)$", re.I)
_SAID_BEFORE = re.compile(r"(?i)^.*\b(?:said|says|say|added)\s+(?:that\s+)?")
_PLACE_SUBJECT = re.compile(
    r"^(?:which|that|it|the\s+(?:town|city|village|district|area|base|airport|position|site|"
    r"camp|hill|crossing)|"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:town|city|village)\s+of\b)",
    re.I,
)


def _distance_of_a_place(
    sentence: str, trigger: Trigger, places: list[PlaceRef], offset: int
) -> bool:
    """Whether ``trigger`` only says how far a place lies from another ("Qayyarah is about
    60 km from Mosul", "the town, which is some 20 km from Mosul"), not how close forces are.

    >>> s = "The town, which is some 20 km from Mosul, was retaken in August."
    >>> _distance_of_a_place(s, find_triggers(s)[0], [], 0)
    True
    """
    if not _DISTANCE.search(trigger.text):
        return False
    clause = max(sentence.rfind(c, 0, trigger.start) for c in ",;:—–(")
    subject = sentence[clause + 1 : trigger.start].strip()
    # ("A source said the position was a few kilometres from the airport road")
    subject = _SAID_BEFORE.sub("", subject)
    starts = {p.start - offset for p in places}
    return bool(_PLACE_SUBJECT.match(subject)) or (clause + 1 + _lead(sentence, clause)) in starts


def _lead(sentence: str, clause: int) -> int:
    """The spaces after ``clause`` (the index of a clause's mark, or -1) before its words."""
    rest = sentence[clause + 1 :]
    return len(rest) - len(rest.lstrip())


def _town_retaken(sentence: str, trigger: Trigger, slots: list[_Slot]) -> list[_Slot]:
    """``slots``, the place a clause about it says was taken at its place, not near it:
    "positions around Hammam al-Alil, ..., which federal police retook in November"."""
    about = _ABOUT_PLACE.search(sentence, 0, trigger.start)
    if about is None:
        return slots
    return [
        replace(s, role="at") if s.role == "near" and s.start < about.start() else s for s in slots
    ]


def _building_taken(sentence: str, trigger: Trigger, slots: list[_Slot]) -> list[_Slot]:
    """The places of a capture whose object is a building of a town ("captured the national
    hospital, one of the last IS strongholds in Raqqa"): near the town, not the town taken
    (but "retook the Mosul Dam" is the dam)."""
    taken = _FACILITY_TAKEN.match(sentence, trigger.end)
    return [
        _Slot(x.ref, "near", x.start)
        if x.role == "at"
        and (
            (
                taken is not None
                and x.start >= taken.end()
                # (but "the main army base at Ghizlani" is Ghizlani)
                and not _SITE_AT.fullmatch(sentence, taken.end(), x.start)
            )
            # ("captured Tal Afar's airport", "retook the city's airport"): the site's town
            or (
                x.start >= trigger.end
                and _OWNED_FACILITY.match(sentence, x.start + len(x.ref.text))
            )
        )
        else x
        for x in slots
    ]


_ACROSS = re.compile(r"(?i)\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$")
_BORDER_WORD = re.compile(r"(?i)\b(?:border|frontier|crossing)")
# "the jihadists' last major stronghold in Iraq", "the biggest battle in Iraq since 2003"
_THING_IN = re.compile(
    r"(?i)\b(?:stronghold|bastion|battle|offensive|operation|war|campaign|invasion|capital)s?\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$"
)


_COMPASS_PART = r"(?:north|south|east|west|central)(?:ern)?(?:[- ]?(?:east|west)(?:ern)?)?"
_PART_OF_A_COUNTRY = re.compile(
    # (much of one part, or of several: not "the ISIS advance across northern Iraq")
    rf"\b(?:(?:much|most|swathes|large\s+parts|parts)\s+of\s+(?:the\s+)?{_COMPASS_PART}\s+"
    rf"|{_COMPASS_PART}(?:,?\s+and\s+|,\s+){_COMPASS_PART}\s+)$",
    re.I,
)


def _only_a_countrys_name(body: str, kind: str, slots: list[_Slot]) -> bool:
    """Whether the event's only places are countries named for what lies in them or where
    someone came from ("to retake the last major stronghold in Iraq", "bombers flying from
    Russia carried out strikes"), or it is an attack or a siege told only of a country
    ("230,000 people have been killed in Syria"), or strikes told across one ("more than 120
    airstrikes across Iraq"): no place of its own."""
    if kind == "airstrike" and all(
        x.ref.target.iso is not None
        and _ACROSS.search(body, max(0, x.ref.start - 20), x.ref.start) is not None
        for x in slots
    ):
        return True
    if kind in ("attack", "siege") and all(x.ref.target.iso is not None for x in slots):
        return True
    if kind == "capture" and all(
        x.ref.target.iso is not None and not _BORDER_WORD.search(x.ref.target.text) for x in slots
    ):
        return True  # ("the regime retook most of Syria": no one takes a whole country)
    if (
        kind in ("capture", "advance")
        and all(x.ref.target.iso is not None for x in slots)
        and any(
            _PART_OF_A_COUNTRY.search(body, max(0, x.ref.start - 60), x.ref.start) is not None
            for x in slots
        )
    ):
        return True  # ("its fighters swept across much of northern and western Iraq")
    return all(
        x.ref.target.iso is not None
        and (
            _THING_IN.search(body, max(0, x.ref.start - 60), x.ref.start) is not None
            or (x.role == "from" and kind in _STATIC)
        )
        for x in slots
    )


def _plan_or_past(
    text: ArticleText,
    what: tuple[str, Trigger],
    status: str,
    when: tuple[DateExpr | None, str, bool],
) -> tuple[str, DateExpr | None, str]:
    """The status and date of a would-be plan: one told in the past of a past date happened
    ("fear new fighting since the onslaught of August 2014, when the militants overran
    Shingal"); a plan with no date of its own, or the date of another event ("took Shura on
    Saturday and are expected to push on"), is as of the report."""
    kind, trigger = what
    date, date_source, inherited = when
    if (
        status == "planned"
        and kind != "planned"
        and date is not None
        and date.date < text.article.published - dt.timedelta(days=_PAST_PLAN_DAYS)
        and _PAST_TENSE.fullmatch(trigger.text.split()[0])
    ):
        status = "reported"
    if status == "planned" and (inherited or date is None):
        date, date_source = None, "plan"
    return status, date, date_source


def _dated_groups(
    text: ArticleText, sentence: Sentence, slots: list[_Slot], window: tuple[Trigger, int]
) -> list[tuple[list[_Slot], DateExpr | None]] | None:
    """The trigger's places split by the dates told after each ("retook Ramadi in December
    2015 and Fallujah in June 2016"), or None when the words do not split so."""
    trigger, window_end = window
    dates = [
        d for d in text.dates_in(sentence) if trigger.end <= d.start - sentence.start < window_end
    ]
    if len(slots) < 2:
        return None
    if len(dates) == 1:
        return _set_off_date(text, sentence, slots, dates[0])
    if len(dates) < 2:
        return None
    groups: list[tuple[list[_Slot], DateExpr | None]] = []
    rest = sorted(slots, key=lambda s: s.start)
    for d in dates:
        here = [s for s in rest if s.start < d.start - sentence.start]
        if not here:
            return None
        groups.append((here, d))
        rest = [s for s in rest if s not in here]
    return groups if not rest else None


# "retaken Tikrit, Ramadi and, in June, Fallujah": a date set off before the last of a list
_AND_SET_OFF = re.compile(r",?\s+(?:and|or),\s+$")
_SET_OFF_AFTER = re.compile(r",\s+")
_AFTER_LIST = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though|yet|and)\b")


def _set_off_date(
    text: ArticleText, sentence: Sentence, slots: list[_Slot], d: DateExpr
) -> list[tuple[list[_Slot], DateExpr | None]] | None:
    """The trigger's places split by a date set off before the last of them, which dates
    that one alone ("retaken Tikrit, Ramadi and, in June, Fallujah"), or None."""
    at, end = d.start - sentence.start, d.end - sentence.start
    if not (
        _AND_SET_OFF.search(sentence.text, max(0, at - 8), at)
        and _SET_OFF_AFTER.match(sentence.text, end)
    ):
        return None
    before = [s for s in slots if s.start < at]
    # (up to the clause after the list: "... and, in June, Fallujah, but Mosul remains")
    close = _AFTER_LIST.search(sentence.text, end)
    stop = close.start() if close is not None else len(sentence.text)
    after = [s for s in slots if end <= s.start < stop]
    if not before or not after:
        return None
    return [(before, None), (after, d)]


def _words_of(sentence: Sentence, who: str | None) -> tuple[int, int]:
    """Where the sentence names ``who`` (text offsets; an empty span when it does not)."""
    at = sentence.text.rfind(who) if who else -1
    if at < 0:
        return (0, 0)
    return (sentence.start + at, sentence.start + at + len(who or ""))


def _joined_movements(events: list[Event]) -> list[Event]:
    """One movement told in two verbs: "advanced west from Haditha on Monday and reached the
    eastern outskirts of Anah" is one advance from Haditha to Anah, on Monday, whatever a
    clause between the two tells ("moving up from Qayyara, which the army retook in August,
    ... were within sight of Qaraqosh")."""
    out: list[Event] = []
    for e in events:
        j = len(out) - 1
        while j >= 0 and out[j].quote == e.quote and out[j].type != _as_move(e, out[j]):
            j -= 1
        prev = out[j] if j >= 0 else None
        if (
            prev is not None
            and prev.type == _as_move(e, prev)
            and prev.type in _MOVEMENT
            and prev.status == e.status
            and {p.role for p in prev.places} == {"from"}
            and {p.role for p in e.places} == {"to"}
            and e.date_text in ("", prev.date_text)  # (none of its own, or the one shared)
            and e.quote == prev.quote
            # (not another party's move: "had crossed the Tigris from Shirqat ..., while PMU
            # fighters pushed north towards al-Riyadh")
            and (not e.actors or not prev.actors or bool(set(e.actors) & set(prev.actors)))
        ):
            out[j] = replace(prev, places=prev.places + e.places)
            continue
        out.append(e)
    return out


def _as_move(e: Event, before: Event) -> str:
    """The type of ``e`` as the end of the movement ``before`` begins: "left Raqqa and was
    heading east toward Abu Kamal" is one withdrawal from Raqqa to Abu Kamal."""
    if (
        e.type == "advance"
        and before.type == "withdrawal"
        and set(before.actors) <= set(e.actors)  # (its own: the one who left)
        and _WAY_ON.match(str(e.extra.get("trigger", "")))
        # (not "left Sinjar, and a Yazidi unit moved in": into what was left)
        and not _MOVED_IN.fullmatch(str(e.extra.get("trigger", "")))
    ):
        return "withdrawal"
    return e.type


# (and "fled from Anah ..., crossing the Euphrates toward Rawa")
_WAY_ON = re.compile(r"(?i)head|mov|driv|travel|mak|cross")


def _without_parts(events: list[Event]) -> list[Event]:
    """Drop a movement that another of the sentence holds ("abandoned X and fled to Y" is
    one withdrawal from X to Y, not also one from X)."""

    def ends(e: Event) -> frozenset[tuple[str, str]]:
        return frozenset((p.place_id or p.name, p.role) for p in e.places)

    return [
        e
        for e in events
        if (
            e.type not in _MOVEMENT
            or not any(
                o is not e and o.type == e.type and o.status == e.status and ends(e) < ends(o)
                for o in events
            )
        )
        # ("its fighters overran the district of al-Baghaliyeh ..., killing dozens ... in an
        # assault"): the assault of a capture is the capture
        and not (
            e.type == "attack"
            and _ASSAULT_NOUN.match(str(e.extra.get("trigger", "")))
            and any(
                o.type == "capture"
                and o.status == e.status
                and o.date == e.date
                and ends(o) == ends(e)
                for o in events
            )
        )
    ]


_ASSAULT_NOUN = re.compile(r"(?i)(?:an?\s+|the\s+)?(?:assault|attack|offensive|raid)s?$")
# "a wave of attacks between March 10 and 14, including SVBIED attacks near Rutba"
_INCLUDING = re.compile(rf",\s+{INCLUDING}\s+[^,;]*$", re.I)


# A second verb of the same subject: "... in November last year and cut the road"
_AND_THEN = re.compile(
    r"[^;:.()]{0,100}?[^,]\s(?:and|then|and\s+then)\s+(?:also\s+)?(?P<on>(?:went|moved|pressed)\s+"
    r"on\s+to\s+)?"
    # ("overran a major army base ... and then tried to capture the air base")
    r"(?:(?:tried|attempted|sought)\s+to\s+)?"
)


# "The operation began on 24 August with the capture of Jarablus": its first event, then
_BEGAN_WITH = re.compile(
    r"\b(?:began|begun|started|opened|kicked\s+off)\b[^;:.]{0,40}\bwith\s+$", re.I
)


_CONSEQUENCE = re.compile(
    r",\s+(?:prompting|forcing|causing|sending)\s+[^,;.]{1,60}?\s+to\s+$", re.I
)


_IN_WHICH = re.compile(
    r"\b(?:in|during)\s+which\s+(?:it|they|the\s+(?:group|militants|jihadists))\s+"
    r"(?:had\s+|also\s+)?$"
    # ("overran Zumar in early August, in the same offensive that saw the group capture")
    r"|\b(?:in|during)\s+the\s+same\s+\w+\s+(?:that|which)\s+saw\s+(?:it|them|the\s+\w+)\s+$"
    # ("overran Rabia in early August during a lightning offensive that drove the peshmerga
    # out of much of northwestern Nineveh province")
    # ("abandoned its positions in the face of the ISIS offensive that captured Mosul")
    r"|\b(?:in|during|amid|in\s+the\s+face\s+of)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:offensive|advance|"
    r"campaign|assault|blitz|push|sweep)\s+(?:that|which)\s+(?:also\s+)?$",
    re.I,
)
_AS_IT_DID = re.compile(
    r"[^;:.()]{0,100}?\s(?:as|while|when)\s+(?:it|they|the\s+(?:group|militants|jihadists|"
    r"army|forces|fighters))\s+(?:had\s+|was\s+|were\s+)?(?:\w+ly\s+)?",
    re.I,
)


def _continues_event(sentence: str, trigger: Trigger, previous: Trigger) -> bool:
    """Whether the trigger's event is dated by the one before it: it opens a participle
    clause after a comma ("..., cutting"), or a clause a short time after or before that
    event ("seized Tal Afar in June 2014, days after it captured Mosul")."""
    if _SHORTLY.search(sentence, previous.end, trigger.start) or _INCLUDING.search(
        sentence, previous.end, trigger.start
    ):
        return True
    if (
        _AND_THEN.fullmatch(sentence, previous.end, trigger.start)
        or _BEGAN_WITH.search(sentence, previous.end, trigger.start)
        # ("IS seized Ramadi on May 17 ..., prompting security forces to flee")
        or _CONSEQUENCE.search(sentence, previous.end, trigger.start)
        # ("captured Hit in October 2014 as it swept through much of Anbar")
        or _AS_IT_DID.fullmatch(sentence, previous.end, trigger.start)
        # ("overran Hammam al-Alil in June 2014, during the same lightning advance in which
        # it captured Mosul")
        or _IN_WHICH.search(sentence, previous.end, trigger.start) is not None
        # ("left the town of Sinjar on Tuesday, and a Yazidi unit moved in")
        or (previous.type == "withdrawal" and _MOVED_IN.fullmatch(trigger.text) is not None)
    ):
        # "captured Tal Afar's airport in November last year and cut the road": one subject
        # doing both, then
        return True
    participle = trigger.text.split()[0].lower().endswith("ing")
    # "..., sweeping across the border and taking Mosul": the participles share the date
    joined = previous.text.split()[0].lower().endswith("ing") and bool(
        _AND_BEFORE.search(sentence, 0, trigger.start)
    )
    return participle and (joined or bool(_PARTICIPLE_CLAUSE.search(sentence, 0, trigger.start)))


_WHEN_IT_BEGAN = re.compile(
    r"\W*(?:[Ff]rom|[Ss]ince|[Aa]t|[Ii]n|[Ff]or|[Dd]uring|[Bb]y)\s+the\s+(?:very\s+)?(?:start|beginning|"
    r"launch|outset|(?:first|early)\s+(?:days|weeks|months)|end)\s+of\b(?:\s+(?:the|its|their))?"
    r"(?:\s+[\w-]+){0,2}$"
)
_WHEN_THE_OP_BEGAN = re.compile(
    r"(?i)\b(?:when|before|after|since|until|as|once)\s+the\s+(?:[\w-]+\s+)?(?:assault|offensive|"
    r"operation|attack|battle|push|campaign|fighting)\s+(?:first\s+)?(?:began|begun|started|"
    r"was\s+launched|got\s+under\s*way|erupted|kicked\s+off)\b"
)
_BY_AFTER = re.compile(r"\s+by\b")
_WITH_TAKEN = re.compile(r"(?:^|[,;(\"“]\s*)[Ww]ith\s+(?:[\w’'-]+\s+){1,4}(?:now\s+|finally\s+)?$")
_PROTESTERS = re.compile(
    r"\b(?:protesters|protestors|demonstrators|rioters|mourners|students|fans|supporters|"
    r"followers|worshippers|crowds?|mobs?)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:Islamic|IS|ISIS|ISIL|Daesh|al-Qaeda|Nusra)\b)"
    r"(?:\s+[\w’'-]+){0,6}\s*$",
    re.I,
)
_PEOPLE_MOVED = re.compile(
    r"\s+(?:(?:thousands|hundreds|dozens|scores|tens\s+of\s+thousands|some|many|\d[\d,]*)\s+"
    r"(?:of\s+)?)?(?:the\s+)?(?:[\w-]+\s+)?(?:civilians|residents|families|people|villagers|"
    r"inhabitants|detainees|prisoners|hostages)\b",
    re.I,
)


_PEOPLE_AS_THEY = re.compile(
    r"(?i)\b(?:people|civilians|families|residents|villagers|displaced|refugees|women|children|"
    r"men)\s+(?:as|when|while|after|before)\s+they\s+(?:\w+ly\s+)?$"
)


# One person's journey, no force's: "said a fighter from the Front who reached Turkey"
_ONE_WHO = re.compile(
    r"(?i)\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:fighter|soldier|man|woman|commander|defector|officer|"
    r"resident|civilian|member|activist|doctor|journalist)\s+(?:(?:from|of)\s+[^,.;]{1,40}?\s+)?"
    r"who\s+(?:had\s+|has\s+|later\s+|finally\s+|eventually\s+)?$"
)


_MANY_FLED = re.compile(
    r"(?i)(?:many|most|some|others|thousands|hundreds|tens\s+of\s+thousands)\s+(?:more\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:since\s+|already\s+)?"
)


def _civilian_flight(sentence: str, t: Trigger) -> bool:
    """Whether the trigger is civilians fleeing ("families have been fleeing") or trapped:
    no forces move or besiege.

    >>> s = "Civilians fled as troops advanced."
    >>> [_civilian_flight(s, t) for t in find_triggers(s)]
    [True, False]
    """
    # (the last named: "A UN aid convoy of 13 trucks reached Douma", past the convoy)
    aid = (
        next(
            reversed(list(_AID.finditer(sentence, _clause_start(sentence, t.start), t.start))),
            None,
        )
        if t.type == "advance"
        else None
    )
    if aid is not None and not _COMBATANTS.search(sentence, aid.end(), t.start):
        return True  # ("Aid convoys that were meant to reach the rebel-held districts of
        # Aleppo", "the UN said it had not received the guarantees it needed to enter the city";
        # not "a UN official said troops had entered Mosul")
    if t.type in _MOVEMENT and (
        _PEOPLE_AS_THEY.search(sentence, max(0, t.start - 50), t.start)
        or _ONE_WHO.search(sentence, max(0, t.start - 70), t.start)
    ):
        return True  # ("opened fire on a group of about 40 people as they approached the
        # Kurdish lines"; "said a fighter from the Front who reached Turkey on Sunday")
    trapped = t.type == "siege" and t.text.lower() == "trapped"  # "civilians remain trapped"
    # "12,000 people had reached the Debaga camp"
    arrived = t.type == "advance" and t.text.lower().startswith(
        (
            "reach",
            "arriv",
            "travel",
            "cross",
            "head",
            "mov",
            "walk",
            "made",
            "mak",
            "march",
            "drov",
            "driv",
        )
    )
    leavers = (
        _CIVILIANS.search(sentence, max(0, t.start - 60), t.start)
        if t.type == "withdrawal" and _LEAVING.search(t.text)
        else None
    )
    if (
        leavers is not None
        and not _COMBATANTS.search(sentence, 0, t.start)
        and not _THEIR.search(sentence, max(0, leavers.start() - 10), leavers.start())
    ):
        return True  # "Thousands of civilians left Mosul on Monday" (not "a convoy of ISIS
        # fighters and their families that had left Mosul", "Isis members and their
        # families to leave the city")
    if arrived and sentence[: t.start].endswith(", ") and t.text[:1].islower():
        # ("many families had left Tikrit in recent days, heading west towards Kirkuk"):
        # where those the clause before told went
        clause = sentence[_clause_start(sentence, t.start - 2) : t.start]
        if _CIVILIAN_WORD.search(clause) and not _COMBATANTS.search(clause):
            return True
    if (
        t.type == "capture"
        and t.voice == "passive"
        and (who := _CIVILIANS.search(sentence, max(0, t.start - 60), t.start)) is not None
        and not _COMBATANTS.search(who.group())
    ):
        return True  # ("some of the civilians who had been taken from Manbij"): abducted
    if not (trapped or arrived) and (t.type != "withdrawal" or not _FLEEING.match(t.text)):
        return False
    if arrived and _PEOPLE_MOVED.match(sentence, t.end):
        return True  # ("IS fighters forcibly moved thousands of civilians from villages
        # around Mosul ... into the city"): people moved, no forces
    if _WITH_FAMILY.match(sentence, t.end) or (arrived and _TO_CAMPS.match(sentence, t.end)):
        return True  # ("most of them reached the displacement camps in al-Baghdadi")
    of_them = _OF_THEM.search(sentence, max(0, t.start - 80), t.start)
    if of_them is not None:  # "60,000 people had fled their homes, many of them heading north"
        told = _CIVILIAN_WORD.search(sentence, 0, of_them.start())
        if told is not None and not _COMBATANTS.search(sentence, 0, of_them.start()):
            return True
    who = _CIVILIANS.search(sentence, max(0, t.start - 60), t.start)
    if (
        who is not None
        and not _COMBATANTS.search(who.group())  # "hundreds of fighters"
        and not _SAY.search(who.group())  # ("residents said the Peshmerga were heading")
        # (not a commander's: "his men had reached the centre of the town")
        and not (who.group().lower().startswith("men") and _THEIR.search(sentence, 0, who.start()))
    ):
        return True
    if _MANY_FLED.fullmatch(sentence, 0, t.start) and not _COMBATANTS.search(sentence):
        return True  # ("Many have since fled to Latakia, Damascus or Lebanon"): the people the
        # story told of
    # One person: "He had fled to Erbil", "Abdullah Hadba, 54, who reached the camp"; the
    # reporter ("When we reached the village"), unless a soldier says so in quotes.
    one = _SOMEONE.search(sentence, max(0, t.start - 80), t.start)
    quoted = any(q in sentence[: t.start] for q in '"“')
    return one is not None and not (quoted and one.group().lower().startswith("we"))


def _within_clause(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Drop what the event before tells of itself in its own clause: the civilians' flight
    of "killed civilians trying to flee the village" and the toll of "air strike kills
    dozens in", whose places are that event's. A flight in a clause of its own stays, to end
    the words of the event before it, but makes no event."""
    out: list[Trigger] = []
    for t in triggers:
        joined = out and not _CLAUSE_BREAK.search(sentence, out[-1].end, t.start)
        # "Coalition air strike kills dozens in west Mosul": the killing is the strike's.
        toll = (
            bool(out)
            and t.type == "attack"
            and t.text.lower().startswith("kill")
            and out[-1].type in ("attack", "airstrike")
            and ((joined and t.start - out[-1].end < 40) or _toll_clause(sentence, out[-1], t))
        )
        # "linked up with the besieged garrison": the siege is what the link-up ended
        relieved = (
            bool(out)
            and joined
            and t.type == "siege"
            and out[-1].type == "link_up"
            and sentence[max(0, t.start - 4) : t.start].lower() == "the "
        ) or (
            # ("have linked up with fighters ... in the Ramouseh area, breaking the siege"):
            # the siege broken by the link-up told, one event
            bool(out)
            and t.type == "link_up"
            and out[-1].type == "link_up"
            and _PARTICIPLE_CLAUSE.search(sentence, out[-1].end, t.start) is not None
        )
        if not ((joined and _civilian_flight(sentence, t)) or toll or relieved):
            out.append(t)
        # ("was killed along with several of his guards when militants attacked the area of
        # Maktab Khalid"): the death told before the attack it died in is that attack's
        if (
            len(out) > 1
            and t is out[-1]
            and t.type == "attack"
            and out[-2].type == "attack"
            and out[-2].text.lower().startswith("kill")
            and _KILLED_WHEN.fullmatch(sentence, out[-2].end, t.start)
        ):
            del out[-2]
        # ("two car bombs exploded in the district of Karm al-Loz"): the bombs and their
        # blast, one attack
        if (
            len(out) > 1
            and t is out[-1]
            and t.type == out[-2].type == "attack"
            and _BLEW_UP.fullmatch(t.text)
            and sentence[out[-2].end : t.start] == " "
        ):
            out[-2:] = [replace(t, start=out[-2].start, text=sentence[out[-2].start : t.end])]
    return out


_BLEW_UP = re.compile(r"(?i)exploded|detonated|went\s+off|blew\s+up")


# Between a death and the attack it came in: "killed along with several of his guards when"
_KILLED_WHEN = re.compile(r"[^.;:,]{0,60}?\b(?:when|as)\s+(?:[\w-]+\s+){1,4}?$")


# ", between Ramadi and Fallujah": where a place lies, told by two others
_BETWEEN = r"(?:midway\s+|halfway\s+)?between\s+"
_BETWEEN_OF = rf"{_BETWEEN}(?:the\s+)?(?:towns?\s+of\s+)?"
_BETWEEN_GAP = re.compile(rf"^,\s+{_BETWEEN_OF}$", re.I)
_NAMES_AND = re.compile(r"(?<=[a-z])\s+and\s+(?=(?:[a-z]{1,3}-)?[A-Z][a-z])")
_BETWEEN_ASIDE = re.compile(rf",\s+{_BETWEEN}[^,;]{{1,60}}\s+and\s+[^,;]{{1,40}},")


def _toll_clause(sentence: str, strike: Trigger, t: Trigger) -> bool:
    """Whether ``t`` opens the participle clause that gives the toll of ``strike``.

    >>> s = "Jets struck positions in Sinjar on Tuesday, killing six, the army said."
    >>> strike, toll = find_triggers(s)
    >>> _toll_clause(s, strike, toll)
    True
    """
    # (past where it was: "exploded near Khalidiya, between Ramadi and Fallujah, killing")
    gap = _BETWEEN_ASIDE.sub(",", sentence[strike.end : t.start])
    # ("on the districts of al-Shaar and Tariq al-Bab in the east of the city, killing"): the
    # "and" of two names joins no clause
    gap = _NAMES_AND.sub(" & ", gap)
    comma = _PARTICIPLE_CLAUSE.search(gap)  # the clause's own comma; no break before it
    return (
        t.text.lower().startswith("killing")
        and len(gap) < _TOLL_GAP
        and comma is not None
        and not _CLAUSE_BREAK.search(gap, 0, comma.start())
    )


def _absorb_purposes(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Drop a purpose clause's trigger ("a new push ... to capture X") in favour of its head."""
    out: list[Trigger] = []
    for t in triggers:
        head = out[-1] if out else None
        if (
            t.type in ("capture", "advance", "attack", "siege")
            and any(
                (
                    h.type in ("advance", "planned")
                    # "has been fighting since June to capture the city": trying, not done
                    or (h.type == "attack" and h.text.lower().startswith(("fight", "battl")))
                )
                and t.start - h.end < 160
                # ("an offensive to isolate and eventually capture Raqqa": the aims after the first)
                and _PURPOSE.search(sentence[h.end : t.start])
                # (not the aim of a clause of its own: "reinforcements were sent to the area
                # and the army is preparing to retake al-Baghaliyeh")
                and not _OWN_CLAUSE.search(sentence, h.end, t.start)
                for h in out[-2:]
            )
        ):
            continue
        if (
            head is not None
            and t.text.lower().startswith("securing")
            and _participle_clause(sentence, t)
            and _ROUTE_OBJECT.match(sentence, t.end)
        ):
            continue  # "retook Baiji, securing the highway north of Tikrit": what it won
        out.append(t)
    return out


def _window_end(text: ArticleText, sentence: Sentence, triggers: list[Trigger], k: int) -> int:
    """Where the words about trigger ``k`` end: the next trigger, a relative clause, a quote's end."""
    t = triggers[k]
    end = triggers[k + 1].start if k + 1 < len(triggers) else len(sentence.text)
    rest = sentence.text[t.end : end]
    m = _RELATIVE.search(rest)
    if m and t.type == "airstrike" and _STRUCK_WHERE.match(sentence.text, t.end):
        m = None  # ("airstrikes from the coalition, which targeted IS positions around X")
    if m and t.type == "cut_route" and _ROUTE_RUNS.match(sentence.text, t.end):
        m = None  # ("cut Highway 47, which links Mosul with Raqqa"): the route's ends
    if m:
        end = t.end + m.start()
    elif k + 1 < len(triggers):
        # "retook the capital on November 3, and in October captured al-Mayadin": what is
        # told between the ", and" and the next trigger is the next one's; so is the date of
        # "captured the Mosul Dam on Thursday and last week seized Qaraqosh"
        joined = _NEXT_JOINED.search(rest) or _AND_DATED_NEXT.search(rest)
        if joined and _A_LIST_OF_NAMES.search(rest, 0, joined.start()):
            joined = None  # ("barrel bombs on Hayan, Anadan, and Hreitan on February 18")
        if joined:
            end = t.end + joined.start()
    goes_on = _AND_WENT_ON.search(sentence.text, t.end, end) or _AND_ANOTHER_CLAUSE.search(
        sentence.text, t.end, end
    )
    if goes_on is not None:
        end = goes_on.start()
    if _WHEN_FIRST.match(sentence.text):  # ("When Darayya's fighters were bussed out ...
        # after a four-year siege, Moadamiyeh became the next target"): the clause's own
        comma = sentence.text.find(", ", t.end, end)
        if comma >= 0 and "," not in sentence.text[: t.start]:
            end = comma
    if _ABOUT_PLACE.search(sentence.text, 0, t.start):
        close = _CLAUSE_END.search(sentence.text, t.end, end)
        while close is not None and _list_goes_on(sentence.text, close.start()):
            close = _CLAUSE_END.search(sentence.text, close.end(), end)
        end = close.start() if close else end
    if text.quoted[sentence.start + t.start] and not (
        sentence.text[max(0, t.start - 2) : t.start].rstrip().endswith(("“", '"'))
        or (
            _SCARE_QUOTED.search(sentence.text, max(0, t.start - 40), t.start)
            and _SCARE_QUOTE_END.match(sentence.text, t.end)
        )
    ):
        close = re.search(r"[”\"]", sentence.text[t.end : end])
        if close:
            end = t.end + close.start()
    return end


def _assign_places(
    sentence: str, triggers: list[Trigger], ends: list[int], places: list[PlaceRef], offset: int
) -> dict[int, list[PlaceRef]]:
    owners: dict[int, list[PlaceRef]] = {}
    for p in places:
        ps = p.start - offset
        # (inside the trigger: "the road between Tal Afar and Mosul was cut")
        inside = [k for k, t in enumerate(triggers) if t.start <= ps < t.end]
        after = inside or [k for k, t in enumerate(triggers) if t.end <= ps]
        if inside or (after and ps < ends[after[-1]]):
            owners.setdefault(after[-1], []).append(p)
    for k, t in enumerate(triggers):
        if t.voice == "passive":
            _give_passive_subject(sentence, triggers, k, (places, offset), owners)
        with_taken = _WITH_TAKEN.search(sentence, max(0, t.start - 60), t.start)
        if with_taken is not None and t.type == "capture":
            # ("With Badush taken, ISIS inside west Mosul has no way out"): the place taken is
            # the one set with it, not those of the clause after
            held = [
                p
                for p in places
                if with_taken.start() <= p.start - offset < t.start and p.target.iso is None
            ]
            if held:
                owners[k] = held
    for k, t in enumerate(triggers):
        if not owners.get(k):
            antecedent = _antecedent(sentence, t, places, offset)
            if antecedent is not None:
                owners[k] = [antecedent]
    _give_participles(sentence, triggers, owners, offset)
    _give_neighbours(sentence, triggers, owners, offset)
    _give_the_besieged_subject(sentence, triggers, (places, offset), owners)
    for k, t in enumerate(triggers):
        if owners.get(k) or (k and t.voice != "passive"):
            continue
        before = [
            p
            for p in places
            if t.start - 90 <= p.start - offset < t.start
            and p.target.iso is None
            and has_locative(sentence, p.start - offset)
            and sentence[p.end - offset : p.end - offset + 2] not in ("'s", "’s")
        ]
        if before:
            owners[k] = [before[-1]]
    # (last: not before a place told just before the deed, "In Kirkuk province, gunmen ...
    # near the village of Albu Khalaf, ..., then opened fire")
    _give_the_scene(sentence, triggers, (places, offset), owners)
    return owners


def _give_the_besieged_subject(
    sentence: str,
    triggers: list[Trigger],
    located: tuple[list[PlaceRef], int],
    owners: dict[int, list[PlaceRef]],
) -> None:
    """Give a siege told as a state ("have been under a tight siege") with no place of its
    own the places the sentence opens with, its subject: "Al-Fuah and Kefraya, whose
    residents are mostly Shia Muslims, lie about 8 km northeast of Idlib, and have been
    under a tight siege by the militants since March"."""
    places, offset = located
    subject: list[PlaceRef] = []
    at = 0
    for p in places:
        if not _BEFORE_SUBJECT_PLACE.fullmatch(sentence, at, p.start - offset) or p.target.iso:
            break
        subject.append(p)
        at = p.end - offset
    if not subject:
        return
    for k, t in enumerate(triggers):
        if (
            not owners.get(k)
            and t.type == "siege"
            and _UNDER_SIEGE.search(sentence, max(0, t.start - 40), t.start)
        ):
            owners[k] = subject


# Before a subject's place, or between two: "The towns of ", " and ", ", "
_BEFORE_SUBJECT_PLACE = re.compile(
    r"(?:(?:The|the)\s+(?:\w+\s+)?(?:towns?|villages?|cities)\s+of\s+)?|,?\s+and\s+|,\s+"
)
# ("have been under a tight siege", "remain under siege")
_UNDER_SIEGE = re.compile(
    r"(?i)\b(?:has|have|had)\s+been\s+under\s+(?:an?\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:remains?|remained|are|is|were|was)\s+(?:still\s+)?under\s+(?:an?\s+)?(?:[\w-]+\s+)?$"
)


def _give_the_scene(
    sentence: str,
    triggers: list[Trigger],
    located: tuple[list[PlaceRef], int],
    owners: dict[int, list[PlaceRef]],
) -> None:
    """Give a trigger with no place of its own the place a sentence opens with as its scene:
    "In Deir al-Zor city, the army has been fighting ... after it broke a three-year siege of
    the government-held enclave last month"."""
    places, offset = located
    scene = _SCENE.match(sentence)
    if scene is None:
        return
    first = [p for p in places if p.start - offset < scene.end() and p.target.iso is None]
    if len(first) != 1:
        return
    for k, t in enumerate(triggers):
        if not owners.get(k) and t.start > scene.end():
            owners[k] = first


# A sentence's opening place, set off: "In Deir al-Zor city, ...", "Near Hawija, ..."
_SCENE = re.compile(
    r"(?:Meanwhile,\s+|Elsewhere,\s+)?(?:In|Inside|Near|Around|Outside)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+,\s+(?=[a-z]|[A-Z][a-z]+\s)"
)


def _give_neighbours(
    sentence: str, triggers: list[Trigger], owners: dict[int, list[PlaceRef]], offset: int
) -> None:
    """Give a trigger with no place of its own the place of the one next to it, where the
    sentence means it."""
    for k, t in enumerate(triggers[:-1]):
        # "jets struck IS convoys fleeing Fallujah": the strike is where they fled from
        fled = triggers[k + 1]
        if (
            not owners.get(k)
            and t.type in ("airstrike", "attack")
            and fled.type == "withdrawal"
            and fled.text.lower().startswith(("flee", "fled", "retreat", "escap"))
            and not _CLAUSE_BREAK.search(sentence, t.end, fled.start)
        ):
            owners[k] = owners.get(k + 1, [])[:1]
    for k in range(len(triggers) - 1):
        # "The army and police have left their positions and the militants are in full
        # control of the city": the place the others took is the one left
        if not owners.get(k) and _left_to_the_takers(sentence, triggers, k):
            owners[k] = owners.get(k + 1, [])[:1]
    _give_the_ends_of_a_link_up(triggers, owners)
    for k, t in enumerate(triggers):
        # "carried out strikes on ISIL positions around Tal Abyad, and Kurdish fighters had
        # regained control of several of the villages": villages near the place just told
        if (
            not owners.get(k)
            and t.type == "capture"
            and _SOME_VILLAGES.match(sentence, t.end)
            and not sentence.endswith(("the ", "The "), 0, t.start)  # ("the captured villages")
        ):
            # (not where a move set out from, nor a town named to locate another by)
            told = [
                p
                for j in range(k)
                for p in owners.get(j, [])
                if not _FROM_JUST_BEFORE.search(
                    sentence, max(0, p.start - offset - 12), p.start - offset
                )
                and not is_reference(sentence, p.start - offset)
            ]
            if told:
                owners[k] = told[-1:]
    for k, t in enumerate(triggers):
        # "broke into Palmyra on Saturday, but ... they had been pushed out overnight": out of
        # the place the move before went into
        if (
            k
            and not owners.get(k)
            and (
                t.text.endswith("out")
                # ("entered Palmyra ... before being pushed back to the outskirts", not "came
                # within 20 km of the airbase, were pushed back to Ithriya")
                or (_BEING_AFTER.search(sentence, max(0, t.start - 30), t.start) is not None)
            )
            and _PUSHED_OUT.search(t.text)
            and owners.get(k - 1)
            and triggers[k - 1].type == "advance"
        ) or (not owners.get(k) and owners.get(k - 1) and _forced_back(sentence, triggers, k)):
            # ("managed to enter parts of the airport ... but were forced to withdraw")
            owners[k] = owners[k - 1][:1]
        # "has taken full control of Manbij after the last ISIL fighters withdrew": out of
        # the place taken
        elif not owners.get(k):
            taken = _left_what_was_taken(sentence, triggers[:k], t)
            if taken is not None:
                owners[k] = owners.get(taken, [])[:1]
            elif (left := _moved_into_what_was_left(triggers, k)) is not None:
                # "Kurdish forces also left the town of Sinjar ..., and a PMF-affiliated
                # Yazidi unit moved in": into the place left
                owners[k] = [
                    p
                    for p in owners.get(left, [])
                    if not _TOWARD_BEFORE.search(
                        sentence, max(0, p.start - offset - 12), p.start - offset
                    )
                ][:_MOST_LEFT]


_PUSHED_OUT = re.compile(r"\bout$|\bpushed\s+back(?:\s+to)?$")
# "retook several of the villages", "captured a string of nearby villages": some, unnamed
_SOME_VILLAGES = re.compile(
    r"(?i)\s+(?:(?:several|some|many|most|all|half|a\s+number|dozens|scores|a\s+string|a\s+handful|"
    r"a\s+series|a\s+few|a\s+dozen|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:(?:nearby|surrounding|outlying|"
    r"neighbou?ring|remaining|small|Kurdish|Arab|eastern|western|northern|southern)\s+)?"
    r"(?:villages|hamlets|districts|neighbou?rhoods|quarters)\b(?!\s+(?:of|in|near|"
    r"around|outside|north|south|east|west)\b)"
)
_FROM_JUST_BEFORE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?$")
_MOST_LEFT = 4  # places: "pulled out of the towns of Gwer and Makhmour ... moved in"


def _forced_back(sentence: str, triggers: list[Trigger], k: int) -> bool:
    """Whether ``triggers[k]``, a withdrawal, tells the force of the advance just before it
    made to leave where it went: "managed to enter parts of the airport on Thursday but were
    forced to withdraw"."""
    return (
        k > 0
        and triggers[k].type == "withdrawal"
        and triggers[k - 1].type == "advance"
        and _FORCED_TO.search(sentence, max(0, triggers[k].start - 40), triggers[k].start)
        is not None
    )


_FORCED_TO = re.compile(
    r"(?i)\bbut\s+(?:were|was|had\s+been|have\s+been|got)\s+(?:later\s+|soon\s+|then\s+)?"
    r"(?:forced|compelled|made|obliged)\s+to\s+$"
)


def _give_the_ends_of_a_link_up(
    triggers: list[Trigger], owners: dict[int, list[PlaceRef]]
) -> None:
    """Give a link-up with no place of its own the places the moves on each side of it set
    out from."""
    for k, t in enumerate(triggers):
        # "fighters advancing east from Al-Rai ... linked up on Sunday with FSA units that had
        # moved west from Jarablus": between where the two moves came from
        if t.type == "link_up" and not owners.get(k):
            ends = [
                p
                for j in (k - 1, k + 1)
                if 0 <= j < len(triggers) and triggers[j].type == "advance"
                for p in owners.get(j, [])[:1]
            ]
            if len(ends) == 2:
                owners[k] = ends


def _left_to_the_takers(sentence: str, triggers: list[Trigger], k: int) -> bool:
    """Whether ``triggers[k]``, a withdrawal, is followed by the capture that others made
    of what it left, joined by "and": "Soldiers abandoned their posts and ISIS fighters
    took control of Tikrit"."""
    return (
        k + 1 < len(triggers)
        and triggers[k].type == "withdrawal"
        and triggers[k + 1].type == "capture"
        and _AND_THE_TAKERS.fullmatch(sentence, triggers[k].end, triggers[k + 1].start) is not None
    )


# Between a leaving and a taking: " and the militants ", " and ISIS fighters "
_AND_THE_TAKERS = re.compile(
    r"\s+(?:\w+\s+){0,3}?and\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:now\s+)?"
)


def _moved_into_what_was_left(triggers: list[Trigger], k: int) -> int | None:
    """The withdrawal whose places the move-in ``triggers[k]`` went into, if it is one:
    "pulled out of Gwer and Makhmour on Wednesday after coming under heavy shelling, ..., and
    Islamic State fighters moved in behind them" (past the fighting that drove them out)."""
    if not k or not _MOVED_IN.fullmatch(triggers[k].text):
        return None
    for j in range(k - 1, -1, -1):
        if triggers[j].type == "withdrawal":
            return j
        if triggers[j].type not in ("attack", "airstrike"):
            return None
    return None


_MOVED_IN = re.compile(r"(?i)\w+\s+in")
_FRONTED = re.compile(r"\s*(?:Since|After|When|Once|Although|Because|Before|Until|While)\s")
# The main clause after a fronted one: ", the Islamic State has relied on"
_MAIN_CLAUSE = re.compile(
    r",\s+(?:(?:the|its|their|his|her|many|some|most)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:has|have|had|is|are|was|were|will|would|could|can|said|says)\s"
)


def _fronted_clause_end(sentence: str, trigger: Trigger) -> int | None:
    """Where the subordinate clause that opens the sentence and holds ``trigger`` ends, when
    a main clause with a subject of its own follows it; else None."""
    fronted = _FRONTED.match(sentence)
    if fronted is None or trigger.start < fronted.end():
        return None
    main = _MAIN_CLAUSE.search(sentence, trigger.end)
    return main.start() if main is not None else None


def _told_on(
    sentence: str, triggers: list[Trigger], k: int, kind: str, slots: list[_Slot]
) -> bool:
    """Whether trigger ``k``, of type ``kind``, tells on in a participle set off after one of
    its type what that one told: "cut the main road linking Raqqa to Deir ez-Zor, ...,
    severing one of the last routes for IS supplies" (the cut told again); "had withdrawn
    from the Maqtala neighborhood ..., retreating toward villages to the east of the town"
    (the same flight, when it names no place it went to)."""
    trigger = triggers[k]
    return bool(
        k
        and kind in ("cut_route", "withdrawal")
        and triggers[k - 1].type == kind
        and trigger.text.split()[0].lower().endswith("ing")
        # (but one that names what was left tells more: "withdrew southwest along the road on
        # June 20, abandoning the Zakiyah crossroads")
        and not trigger.text.lower().startswith(("abandon", "leaving", "evacuat", "vacat"))
        and _SET_OFF_PARTICIPLE.fullmatch(sentence, triggers[k - 1].end, trigger.start)
        and (kind == "cut_route" or not any(s.role == "to" for s in slots))
    )


_THE_CUT_TOLD = re.compile(
    r"(?i)\b(?:before|after|since|until|till|once|when)\s+the\s+(?:[\w-]+\s+)?(?:road|route|highway|"
    r"supply\s+(?:line|route)|link|corridor)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:cut|severed|blocked|closed)(?:\s+off)?$"
)
_SET_OFF_PARTICIPLE = re.compile(r"[^;:.()—–]*,\s+(?:\w+ly\s+)?")
# A movement told going on from a withdrawal: "pulled out, many of them heading south"
_MOVING_ON = re.compile(r"(?i)(?:head|mov|mak|driv|travel|cross)ing\b")
_GOING_ON_FROM = re.compile(
    r"[^;:.()—–]{0,40}?,\s+(?:(?:many|most|some|all|several|others)\s+"
    r"(?:of\s+(?:them|whom)\s+)?|the\s+(?:militants|fighters)\s+|"
    r"apparently\s+|reportedly\s+)?"
)
# Between a capture and its losers' leaving: "... of Manbij after the last ISIL fighters"
_AFTER_THEY = re.compile(r"[^;:]*\b(?:after|as|once|when)\s+[^,;:]{0,60}", re.I)


def _left_what_was_taken(sentence: str, before: list[Trigger], left: Trigger) -> int | None:
    """The index among the triggers ``before`` of the capture whose place ``left``, a
    withdrawal, tells its side left: "... after the last ISIL fighters withdrew", "...,
    prompting security forces to flee" (None when it tells no such thing)."""
    taken = [k for k, t in enumerate(before) if t.type == "capture"]
    if left.type != "withdrawal" or not taken:
        return None
    k = taken[-1]
    gap = (before[k].end, left.start)
    # ("IS seized Ramadi ..., prompting security forces to flee")
    if _AFTER_THEY.fullmatch(sentence, *gap) or _CONSEQUENCE.search(sentence, *gap):
        return k
    return None


def _news(sentence: str) -> list[Trigger]:
    """The triggers of ``sentence``, less those that name the war rather than report an
    event ("our live coverage of the battle for Mosul", a heading "Battle for Mosul: ..."),
    and a siege that only describes a place when another event is the news: "to reach a
    besieged army garrison", "in the besieged districts"."""
    found = [t for t in find_triggers(sentence) if not _names_the_war(sentence, t)]
    # ("fought off a fresh wave of counterattacks"): the attack fended off, told once
    found = [
        t
        for k, t in enumerate(found)
        if not (
            _DEFENDS.match(t.text)
            and k + 1 < len(found)
            and found[k + 1].type == "attack"
            and (fended := _FENDED_BEFORE.search(sentence, t.start, found[k + 1].start))
            is not None
            and fended.start() == t.start
        )
    ]
    found = _not_restated(sentence, found)
    described = [t for t in found if _describes_forces(sentence, t)]
    if described and len(described) < len(found):
        # ("clashes broke out between ISIL fighters and advancing troops", "army units
        # continued pursuing the fleeing remnants of Daesh"): who the news is about
        found = [t for t in found if t not in described]
    # ("the latest in a string of besieged rebel enclaves around Damascus"): a kind of place,
    # none named
    found = [
        t
        for t in found
        if not (
            t.type == "siege"
            and sentence[max(0, t.start - 3) : t.start] == "of "
            and _BESIEGED_KIND.match(sentence, t.start)
        )
    ]
    if all(t.type == "siege" for t in found):
        return found
    return [t for t in found if not _describes_siege(sentence, t)]


_BESIEGED_KIND = re.compile(
    r"(?i)besieged\s+(?:[\w-]+\s+)?(?:enclaves|areas|towns|cities|communities|pockets|places)\b"
    r"(?!\s+(?:of|in|such\s+as|including|like)\b)"
)


# A noun that names again, set off after it, what a clause before told: "... then tried to
# capture the air base, an assault that was repelled by troops"
_RESTATING = re.compile(r"(?i),\s+(?:an?|the)\s+(?:[\w-]+\s+)?$")
_RESTATED_NOUN = re.compile(r"(?i)(?:assault|attack|offensive|operation|push|bid|attempt|raid)s?")
_WHAT_CAME_OF_IT = re.compile(r"(?i)\s+(?:that|which)\s+(?:was|were)\s+(?:\w+ly\s+)?$")


def _not_restated(sentence: str, found: list[Trigger]) -> list[Trigger]:
    """``found`` less a noun that names again the event of a clause before it, and what it
    says came of it: the assault told once."""
    out: list[Trigger] = []
    restated: Trigger | None = None
    for t in found:
        if (
            out
            and out[-1].type in ("capture", "attack", "advance")
            and _RESTATED_NOUN.fullmatch(t.text)
            and _RESTATING.search(sentence, out[-1].end, t.start)
        ):
            restated = t
            continue
        if restated is not None and _WHAT_CAME_OF_IT.fullmatch(sentence, restated.end, t.start):
            continue  # ("an assault that was repelled by troops")
        out.append(t)
    return out


# A movement told as an adjective of the forces it describes: "advancing troops", "the
# fleeing remnants of Daesh", "retreating militants"
_MOVING_ONES = re.compile(
    r"(?i)(?:advancing|fleeing|retreating|withdrawing)\s+(?:[\w-]+\s+)?(?:troops|forces|units|"
    r"soldiers|fighters|militants|jihadists|terrorists|remnants|columns|army|militiamen|gunmen)\b"
)
_BEFORE_DESCRIBED = re.compile(r"(?i)\b(?:the|and|with|between|of|against|by|on|at)\s+$")


# ... or told after them: "sent car bombs against troops advancing in the Intisar district"
_FORCES_MOVING = re.compile(
    r"(?i)\b(?:against|on|at|with|between|and|targeting|attacking|ambushed|hit)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:troops|forces|units|soldiers|fighters|militants|columns?|convoys?)\s+$"
)
# (and "have linked up with fighters attacking from inside eastern Aleppo")
_MOVING = re.compile(r"(?i)(?:advancing|fleeing|retreating|withdrawing|attacking)\b")


def _describes_forces(sentence: str, t: Trigger) -> bool:
    """Whether ``t`` is an adjective of the forces another event of the sentence is about."""
    return t.type in ("advance", "withdrawal", "attack") and bool(
        (
            _MOVING_ONES.match(sentence, t.start)
            and _BEFORE_DESCRIBED.search(sentence, max(0, t.start - 12), t.start)
        )
        or (
            _MOVING.match(sentence, t.start)
            and _FORCES_MOVING.search(sentence, max(0, t.start - 60), t.start)
        )
    )


_WAR_NOUN = re.compile(r"(?i)battles?\b|(?:offensive|operation|campaign)s?\b|fighting\b|clashes\b")
_TOPIC_OF = re.compile(
    r"\b(?:of|from|about|during|since|after|before|amid|throughout|ahead\s+of|into|in)\s+"
    r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$"
    # "civilians who had fled the fighting around Hawija", "warns of clashes around Manbij"
    r"|\b(?:fled|fleeing|flee|escaped|escaping|warn(?:s|ed|ing)?\s+of|fears?\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "backed by U.S.-led coalition airstrikes": the strikes a movement had behind it
# Who backs a movement rather than makes it: "backed by U.S.-led coalition airstrikes",
# "with the support of the Popular Mobilisation".
_BACKED_BY = r"(?:backed|supported|aided|assisted|covered|helped)\s+by"
_SUPPORT_OF = (
    r"(?:(?:with|under)\s+(?:the\s+)?(?:support|help|backing|cover|assistance)\s+(?:of|from)"
    r"|in\s+support\s+of)"
)
_BACKING = re.compile(
    rf"\b{_BACKED_BY}\s+(?:[\w.’'-]+\s+){{0,4}}$|\b{_SUPPORT_OF}\s+(?:[\w.’'-]+\s+){{0,4}}$", re.I
)
_HEADING = re.compile(r"^(?:[\w’'-]+\s+){0,5}[\w’'-]+:\s")
# After a cut, the route cut and a clause that tells its ends: "Highway 47, which links"
_ROUTE_RUNS = re.compile(
    r"(?i)\s+(?:[\w’'-]+\s+){0,4}?(?:roads?|routes?|highways?|lines?|corridors?)(?:\s+\d+)?,\s+"
    r"(?:which|that)\s+(?:links?|connects?|joins?|runs?\s+from|leads?\s+(?:from|to))\b"
)
_STRUCK_WHERE = re.compile(
    r"(?i)(?:\s+(?:from|by)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)?,\s+(?:which|that)\s+"
    r"(?:(?:have|has|had)\s+)?(?:also\s+)?(?:targeted|pounded|hit|struck|bombed|destroyed)\b"
)


def _names_the_war(sentence: str, t: Trigger) -> bool:
    if t.type == "airstrike" and _BACKING.search(sentence, max(0, t.start - 60), t.start):
        # (but "backed by airstrikes from the coalition, which targeted IS positions around
        # the dam": strikes told where they fell)
        return not _STRUCK_WHERE.match(sentence, t.end)

    if not _WAR_NOUN.match(t.text):
        return False
    heading = _HEADING.match(sentence)
    return bool(
        (heading is not None and t.end <= heading.end())
        or _TOPIC_OF.search(sentence, max(0, t.start - 50), t.start)
    )


_YEARS_OF = re.compile(
    r"(?i)\b(?:after|following)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?)\s+of\s+"
    r"(?:(?:a|the)\s+)?(?:[\w-]+\s+)?$"
)
_DESCRIBING = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)


def _describes_siege(sentence: str, t: Trigger) -> bool:
    if t.type == "siege" and _YEARS_OF.search(sentence, max(0, t.start - 40), t.start):
        return True  # ("the rebels in Darayya, after four years of siege, agreed to leave"):
        # how long it lasted, told beside its end
    return (
        t.type == "siege"
        and t.text.lower() == "besieged"
        and bool(_DESCRIBING.search(sentence, max(0, t.start - 30), t.start))
        and sentence[t.end : t.end + 1] == " "
        and sentence[t.end + 1 : t.end + 2].isalpha()
    )


def _give_participles(
    sentence: str, triggers: list[Trigger], owners: dict[int, list[PlaceRef]], offset: int
) -> None:
    """A participle after a comma with no place of its own happens where the trigger before
    it does: "to reach the garrison in Deir ez-Zor, ending a siege of three years" (but not
    where a move set out from: "advanced east from Kobane, taking a string of villages")."""
    for k, t in enumerate(triggers):
        if k and not owners.get(k) and owners.get(k - 1) and _participle_clause(sentence, t):
            # (the town taken, not one it lies on the way to: "recaptured Bashiqa, the last
            # town on the approach to Mosul, ending a siege")
            told = [p for p in owners[k - 1] if not is_reference(sentence, p.start - offset)]
            last = (told or owners[k - 1])[-1]
            if role_of(sentence, (last.start - offset, last.end - offset), []) != "from":
                owners[k] = [last]


def _antecedent(sentence: str, t: Trigger, places: list[PlaceRef], offset: int) -> PlaceRef | None:
    """Return the place that a clause holding the trigger is about, if any.

    The Mosul of "Mosul, which Isis seized in 2014, ..." and "Mosul, where fighting raged".
    """
    clause = _ABOUT_PLACE.search(sentence, 0, t.start)
    if clause is None:
        return None
    for i, p in enumerate(places):
        owned = _COUNTRYS_WHAT.match(sentence, p.end - offset)
        if (
            i
            and p.target.iso is not None
            and owned is not None
            and owned.end() == clause.start()
            and _APPOSED_HEAD.fullmatch(sentence, places[i - 1].end - offset, p.start - offset)
        ):
            return places[i - 1]  # ("the city, Iraq's second-largest, which IS seized")
        region = REGION_AFTER.match(sentence, p.end - offset)  # ("eastern Hama Province, which")
        end = region.end() if region else p.end - offset
        itself = ITSELF.match(sentence, end)  # ("enter Mosul itself, which ISIS overran")
        if (itself.end() if itself else end) == clause.start():
            if i and CONTAINED.match(sentence[places[i - 1].end - offset : p.start - offset]):
                return places[i - 1]  # "the Uqayribat pocket in eastern Hama, which they seized"
            if (
                i
                and p.target.iso is not None
                and _CROSSING_WITH.fullmatch(
                    sentence, places[i - 1].end - offset, p.start - offset
                )
            ):
                return places[i - 1]  # "the Nassib border crossing with Jordan, which they seized"
            if (
                i
                and is_reference(sentence, p.start - offset)
                and _SET_OFF_REFERENCE.fullmatch(
                    sentence, places[i - 1].end - offset, p.start - offset
                )
            ):  # "Hammam al-Alil, about 15 km south of Mosul, which police retook": the town's
                return places[i - 1]
            if i and _CAPITAL_OF.fullmatch(sentence, places[i - 1].end - offset, p.start - offset):
                return places[i - 1]  # "Ramadi, the capital of Anbar province, which ISIL took"
            if is_reference(sentence, p.start - offset):
                return None  # ("Qairawan, a sub-district southwest of Tal Afar, which ...")
            if p.target.iso is not None and _IN_BEFORE.search(sentence, 0, p.start - offset):
                # "Mosul, the group's last stronghold in Iraq, which it seized": the head's.
                head = [
                    q
                    for q in places[:i]
                    if _APPOSITION.fullmatch(sentence, q.end - offset, p.start - offset)
                ]
                return head[-1] if head else p
            return p
    return None


# A country's own what-it-is in an apposition: "Iraq's second-largest", "Syria's largest dam"
_COUNTRYS_WHAT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+")
_APPOSED_HEAD = re.compile(r",\s+")
_CROSSING_WITH = re.compile(
    r"(?i)\s+(?:border\s+)?(?:crossing|post|gate)\s+(?:point\s+)?(?:with|into|to)\s+(?:the\s+)?"
)
_CAPITAL_OF = re.compile(r",\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?capital\s+of\s+(?:the\s+)?")
_SET_OFF_REFERENCE = re.compile(r",[^,;:.()]*(?:\([^()]*\)[^,;:.()]*)?")
# A site in a town, taken on its own: "the national hospital", "Tal Afar's airport" (and,
# told with "the", the hill, square or building it stands for)
_SITE = (
    r"hospital|stadium|museum|mosque|(?:air\s?)?base|airport|university|bridge|citadel|palace|"
    r"headquarters|compound|prison|station|(?:oil\s+)?field|refinery|dam"
)


def _in_the_town_entered(
    sentence: Sentence,
    triggers: list[Trigger],
    k: int,
    found: tuple[list[PlaceRef], list[PlaceRef], dict[int, str]],
) -> list[_Slot]:
    """Where trigger ``k``, a taking of a building unnamed, took it: in the town the trigger
    before entered ("entered central Tikrit on Tuesday and took control of the provincial
    government complex"), given the sentence's places, those of the entry, their roles."""
    trigger = triggers[k]
    if not (
        _ENTERED_AND_TOOK.fullmatch(sentence.text, triggers[k - 1].start, trigger.end)
        and _FACILITY_TAKEN.match(sentence.text, trigger.end)
    ):
        return []
    return _place_told_before(sentence, found, ("to", "at"), "near")


def _place_told_before(
    sentence: Sentence,
    found: tuple[list[PlaceRef], list[PlaceRef], dict[int, str]],
    told_as: tuple[str, ...],
    role: str,
) -> list[_Slot]:
    """The first place of the trigger before (``found``: the sentence's places, that
    trigger's, their roles) told in one of the roles ``told_as``, given ``role``."""
    places, told, roles = found
    return [
        _Slot(s.ref, role, s.start)
        for s in _slots(sentence, told, places, roles)
        if s.role in told_as
    ][:1]


def _done_to_it(
    sentence: Sentence,
    triggers: list[Trigger],
    k: int,
    found: tuple[list[PlaceRef], list[PlaceRef], dict[int, str]],
) -> list[_Slot]:
    """Where trigger ``k``, done to "it" with no place of its own, happened: the place the
    trigger before it was at ("restored security to al-Mab'ujeh village ... after ISIS
    terrorists attacked it at dawn"), given the sentence's places, those of the trigger
    before, their roles."""
    if not _IT_AFTER.match(sentence.text, triggers[k].end):
        return []
    return _place_told_before(sentence, found, ("to", "at"), "at")


_IT_AFTER = re.compile(r"\s+it\b(?!\s+(?:was|is|had|has|would|will|to)\b)")


def _where_denied(
    sentence: Sentence,
    triggers: list[Trigger],
    k: int,
    found: tuple[list[PlaceRef], list[PlaceRef], dict[int, str]],
) -> list[_Slot]:
    """Where trigger ``k``, denied with no place of its own, was said to happen: where the
    trigger before it, in the same speaker's account, happened ("claimed that Peshmerga
    forces had attacked a Hashd headquarters in the town, and denied that his fighters had
    shelled civilian areas"), given the sentence's places, those of the trigger before, their
    roles."""
    if not _AND_DENIED.fullmatch(sentence.text, triggers[k - 1].end, triggers[k].start):
        return []
    return _place_told_before(sentence, found, ("to", "at", "near"), "at")


def _fled_the_town_entered(
    sentence: Sentence,
    triggers: list[Trigger],
    k: int,
    found: tuple[list[PlaceRef], list[PlaceRef], dict[int, str]],
) -> list[_Slot]:
    """Where trigger ``k``, a flight with no place of its own, fled from: the place the
    trigger before it entered or took, told just before ("Our forces entered the town ...
    and the remaining ISIS gangs fled towards the south"), given the sentence's places,
    those of the trigger before, their roles."""
    before = triggers[k - 1]
    if not (
        triggers[k].type == "withdrawal"
        and before.type in ("advance", "capture")
        and _AND_THEY_FLED.fullmatch(sentence.text, before.end, triggers[k].start)
    ):
        return []
    return _place_told_before(sentence, found, ("to", "at"), "from")


# (the clause after an entry: "... on Friday afternoon and the remaining ISIS gangs")
_AND_THEY_FLED = re.compile(
    r"(?i)[^;:()—–]{0,80}?,?\s+and\s+(?:then\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:militants|fighters|jihadists|gangs|insurgents|terrorists|defenders|remnants|"
    r"extremists|rebels|troops|soldiers|forces)\s+(?:had\s+|have\s+)?(?:then\s+)?"
)
# A denial joined to a speaker's account: "..., and denied that his fighters had shelled"
_AND_DENIED_THAT = (
    r",?\s+and\s+(?:also\s+)?(?:denied|dismissed|rejected)\s+"
    r"(?:(?:claims|reports|accusations)\s+)?that\b"
)
_DENIED_AFTER_AND = re.compile(rf"(?i){_AND_DENIED_THAT}(?=[^;:()—–,]*$)")
_AND_DENIED = re.compile(rf"(?i)[^;:()—–]*?{_AND_DENIED_THAT}[^;:()—–,]*?")


# An entry into a town, then a taking in it: "entered central Tikrit on Tuesday and took
# control of" (the capture's object a building, unnamed)
_ENTERED_AND_TOOK = re.compile(
    r"(?i)(?:entered|entering|stormed|storming|pushed\s+into|pushing\s+into|moved\s+into|"
    r"broke\s+into|swept\s+into)\b[^,;:.()—–]{1,60}?\s+and\s+(?:then\s+|later\s+)?"
    r"(?:took|seized|captured|secured|retook|recaptured)\b(?:\s+(?:full\s+)?control\s+of)?"
)
_FACILITY_TAKEN = re.compile(
    rf"\s+(?:back\s+|control\s+of\s+)?the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_SITE}|hill|complex|roundabout|square|building)s?\b",
    re.I,
)
_SITE_AT = re.compile(r"\s+at\s+")
_OWNED_FACILITY = re.compile(
    rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITE}|airfield|government\s+complex)s?\b", re.I
)
_SHARED_SUBJECT = re.compile(
    r"^[^;:()—–]*?,\s+(?:and\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)


def _give_passive_subject(
    sentence: str,
    triggers: list[Trigger],
    k: int,
    where: tuple[list[PlaceRef], int],
    owners: dict[int, list[PlaceRef]],
) -> None:
    """Give passive trigger ``k`` its subject: the place before it ("Mosul was ringed"), or
    the subject of the passive before it ("Palmyra fell to Isis in May 2015, was retaken in
    March 2016")."""
    places, offset = where
    t = triggers[k]
    if t.text.lower().endswith("out of"):
        return  # ("The militants, who have held Mosul since 2014, were pushed out of the Zuhur
        # district"): the place left is the one after it, its subject those who left
    if _BEING_AFTER.search(sentence, max(0, t.start - 30), t.start):
        return  # ("had briefly entered Palmyra before being pushed back"): the subject is
        # who entered it, and the place the object of the verb before
    floor = triggers[k - 1].end if k else 0
    subject = _passive_subject(sentence, t, places, offset, floor)
    if (
        k
        and subject
        and triggers[k - 1].voice == "active"
        and subject[-1] in owners.get(k - 1, ())
        and _REDUCED_RELATIVE.fullmatch(sentence, subject[-1].end - offset, t.start)
    ):
        # ("has shelled the town of Bartella, recaptured last week by Iraqi forces"): the
        # place the verb before acts on is the participle's subject too
        owners[k] = list(subject)
        return
    _give_subject(owners, k, subject)
    if (
        k
        and not owners.get(k)
        and triggers[k - 1].voice == "passive"
        and owners.get(k - 1)
        and _SHARED_SUBJECT.search(sentence[triggers[k - 1].end : t.start])
    ):
        owners[k] = owners[k - 1][:1]


_REDUCED_RELATIVE = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?")
_BEING_AFTER = re.compile(
    r"\b(?:before|after|while|without|until)\s+(?:being|having\s+been)\s+$", re.I
)


def _give_subject(owners: dict[int, list[PlaceRef]], k: int, subject: list[PlaceRef]) -> None:
    """Make the places of ``subject`` trigger ``k``'s first, and no other trigger's."""
    for p in reversed(subject):
        for refs in owners.values():
            if p in refs:
                refs.remove(p)
        owners.setdefault(k, []).insert(0, p)


def _passive_subject(
    sentence: str, t: Trigger, places: list[PlaceRef], offset: int, floor: int
) -> list[PlaceRef]:
    """The subject of a passive trigger and the places listed with it before it: "X, Y and
    Z were retaken" (none when it has no place for subject)."""
    counted = _COUNTED_THAT.search(sentence, max(0, floor - 40), t.start)
    # ("Fuah and Kefraya, two Shiite villages in the northern province of Idlib that have been
    # encircled by rebels"): the places the counting noun stands for
    subject = (
        next((p for p in places if p.end - offset == counted.start()), None)
        if counted is not None
        else None
    ) or _subject_place(sentence, t, places, offset, floor)
    if subject is None:
        return []
    out = [subject]
    for q in sorted((q for q in places if q.end <= subject.start), key=lambda q: -q.start):
        gap = sentence[q.end - offset : out[-1].start - offset]
        if not (_COORDINATED.match(gap) or gap in _PAIR_DASHES):  # ("the Erbil–Mosul road")
            break
        out.append(q)
    return out[::-1]


_PAIR_DASHES = frozenset("-‑–—/")
_COUNTED_THAT = re.compile(
    rf"{COUNTED_PLACES}[^,;:]{{0,80}}?\s(?:that|which)\s+(?:(?:have|has|had)\s+)?"
    r"(?:been\s+)?(?:\w+ly\s+)?$"
)


def _in_apposition(sentence: str, places: list[PlaceRef], offset: int, ps: int) -> bool:
    """Whether the place at ``ps`` lies in words set off by a comma right after another place
    ("Zumar, around 60 km northwest of Mosul near the lake formed by the Mosul Dam,")."""
    comma = sentence.rfind(",", 0, ps)
    return (
        comma > 0
        and ps - comma <= _APPOSITION_MAX
        and not _CLAUSE_WORD.search(sentence, comma, ps)
        and any(q.end - offset == comma for q in places)
    )


_APPOSITION_MAX = 90  # characters


def _opened_before(sentence: str, at: int) -> int:
    """Where the words set off that hold offset ``at`` open: the comma before it, and its
    place's noun ("crossing") if one comes just before that (-1 when none)."""
    comma = sentence.rfind(",", 0, at)
    if comma <= 0:
        return -1
    noun = _OWN_NOUN_BEFORE.search(sentence, max(0, comma - 25), comma)
    return noun.start() if noun is not None else comma


def _set_off_before(sentence: str, opened: int, end: int) -> bool:
    """Whether the words from ``opened`` are set off by commas that close just before
    ``end``."""
    m = _SET_OFF.match(sentence[opened:end]) if opened > 0 else None
    return m is not None and not sentence[opened + m.end() : end].strip()


_OWN_NOUN_BEFORE = re.compile(_OWN_NOUN + "$")
# Words that make what follows a comma a clause, not an aside
_CLAUSE_WORD = re.compile(
    r"\b(?:have|has|had|is|are|was|were|if|that|which|who|when|while|as|and|but|will|would)\b",
    re.I,
)


_PLACES_NOUN_BEFORE = re.compile(
    r"\b(?:villages|towns|hamlets|areas|districts|neighbou?rhoods|settlements|suburbs)\s+$", re.I
)


def _subject_place(
    sentence: str, t: Trigger, places: list[PlaceRef], offset: int, floor: int
) -> PlaceRef | None:
    for p in sorted(places, key=lambda p: -p.start):
        ps, pe = p.start - offset, p.end - offset
        if pe > t.start or ps < floor - 40:
            continue
        if is_reference(sentence, ps) and not (
            # ("15 villages east of Shirqat had been liberated": the villages are about it)
            (b := bearing_start(sentence, ps)) is not None
            and _PLACES_NOUN_BEFORE.search(sentence, max(0, b - 30), b)
        ):
            continue  # (not "Mosul" in "Karbatli, 30 km south of Mosul, was retaken")
        if sentence[pe : pe + 2] in ("'s", "’s"):
            continue  # (not "Mosul" in "the first area inside Mosul's city limits to be retaken")
        if sentence[pe : t.start].strip() == "," and _in_apposition(sentence, places, offset, ps):
            continue  # (not the dam in "Zumar, ... near the lake formed by the Mosul Dam, fell")
        if _set_off_before(sentence, _opened_before(sentence, ps), t.start):
            continue  # (nor Baghdad in "The Trebil crossing, on the highway from Baghdad to the
            # Jordanian capital, fell")
        # (an appositive between is no gap: "The city, 150 km from the border, was cut off")
        gap = _SET_OFF.sub(lambda m: m["noun"] or "", sentence[pe : t.start], count=1)
        if (
            (_SUBJECT_GAP.match(gap) and not _NOT_SUBJECT.search(gap))
            or _FIRST_TO_BE.match(gap)
            or _DESCRIBED_SUBJECT.match(sentence, pe, t.start)
        ):
            return p
        if p.source == "anaphor" and sentence[ps - 2 : ps] == ", ":
            continue  # ("Al-Qaim, the border town that Daesh had held since 2014, fell")
        return None
    return None


def _roles(sentence: Sentence, places: list[PlaceRef]) -> dict[int, str]:
    """The role of each place of the sentence (by ``id``), read from the words around it.

    A description set off by commas after the place it describes ("linking Raqqa, the
    group's de facto capital, with Deir ez-Zor") is read as if absent, and takes the role of
    its place.
    """
    text = sentence.text
    spans = [(p.start - sentence.start, p.end - sentence.start) for p in places]
    same_as: dict[int, int] = {}  # index of an appositive description -> of its place
    for k in range(1, len(places)):
        (_, prev_end), (start, end) = spans[k - 1], spans[k]
        if (
            _key(places[k]) == _key(places[k - 1])
            and (  # (_key reads each one's target)
                (
                    places[k].antecedent is not None
                    and text[prev_end:start].strip() == ","
                    and text[end : end + 1] == ","
                )
                # "villages south-west of Shingal (Sinjar)": the name again, in brackets
                or (text[prev_end:start].strip() == "(" and text[end : end + 1] == ")")
            )
        ):
            text = text[:prev_end] + " " * (end + 1 - prev_end) + text[end + 1 :]
            same_as[k] = k - 1
    kept = [span for k, span in enumerate(spans) if k not in same_as]
    roles = {
        k: role_of(text, span, [o for o in kept if o != span])
        for k, span in enumerate(spans)
        if k not in same_as
    }
    out = {}
    for k, p in enumerate(places):
        j = k
        while j in same_as:
            j = same_as[j]
        out[id(p)] = roles[j]
    return out


def _slots(
    sentence: Sentence, refs: list[PlaceRef], all_places: list[PlaceRef], roles: dict[int, str]
) -> list[_Slot]:
    """Give each place of a trigger its role; "there" after a route stands for both its ends.

    ``roles`` are those :func:`_roles` gives for ``all_places``.
    """
    spans = [(p.start - sentence.start, p.end - sentence.start) for p in all_places]
    # A country owning what the sentence is about is not where it happens ("the campaign to
    # retake Iraq's second city").
    refs = [
        p
        for p in refs
        if p.target.iso is None or not _owner(sentence.text, p.end - sentence.start)
    ]
    slots: list[_Slot] = []
    for p in refs:
        if p.text.lower() == "there":
            pair = [s for s in slots if s.role == "between"] or [
                _Slot(q, "between", q.start - sentence.start)
                for q in all_places
                if q.start < p.start and roles[id(q)] == "between"
            ]
            if pair:
                slots.extend(s for s in pair if s not in slots)
                continue
        slots.append(_Slot(p, roles[id(p)], p.start - sentence.start))
    if len({s.ref.target.text for s in slots}) > 1:
        # (a town's name no gazetteer knows is a town too: "the town of al-Baghdadi in Iraq's
        # western Anbar province")
        towns = [
            s.start
            for s in slots
            if (s.ref.target.place and s.ref.target.place.feature == "P")
            or (s.ref.target.place is None and s.ref.target.iso is None)
        ]
        kept = [
            s
            for s in slots
            if (not is_reference(sentence.text, s.start) or _moved_beside(sentence.text, s.start))
            and not _locates_previous(sentence, s, spans)
            and not _holds_next(sentence, s, spans)
            and not _NAMES_A_BATTLE.match(sentence.text, s.start + len(s.ref.text))
            and not (towns and towns[0] < s.start and _region_it_is_in(sentence.text, s))
        ]
        slots = kept or slots
    if slots and all(is_reference(sentence.text, s.start) for s in slots):
        # (only places that measure another: "the town, about 105 miles north of Baghdad in
        # Salahuddin province, where some 15,000 people had been besieged": the town)
        head = _measured(sentence, slots, all_places)
        if head is not None:
            slots = [_Slot(head, roles[id(head)], head.start - sentence.start)]
    return _unique(slots)


# "advanced west of Sinjar toward Rabia": a movement told by the side of a place it went by
_MOVED = re.compile(
    r"\b(?:advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|press(?:es|ed|ing)?|"
    r"drove|driv(?:e|es|ing)|head(?:s|ed|ing)|march(?:es|ed|ing)?|progress(?:es|ed|ing)?)\s+"
    r"(?:(?:about|some|nearly|around|another|further|farther)\s+)?"
    # (the bearing may be read from the unit on: "advanced 10 [km south of Mosul]")
    r"(?:\d[\d,.]*\s*(?:(?:km|kilomet(?:er|re)s?|miles?)\s+)?)?$",
    re.I,
)


def _moved_beside(text: str, start: int) -> bool:
    """Whether the place at ``text[start:]`` is the side a movement went by: Sinjar in
    "advanced west of Sinjar toward Rabia", not in "Karbatli, 30 km south of Mosul"."""
    at = bearing_start(text, start)
    return at is not None and _MOVED.search(text, max(0, at - 60), at) is not None


def _measured(
    sentence: Sentence, slots: list[_Slot], all_places: list[PlaceRef]
) -> PlaceRef | None:
    """The place set off just before the distance that the first of ``slots`` is measured
    from, if any: the town of "the town, about 105 miles north of Baghdad"."""
    for s in slots:
        at = bearing_start(sentence.text, s.start)
        if at is None:
            continue
        for p in all_places:
            end = p.end - sentence.start
            if end <= at and _SET_OFF_BEFORE.fullmatch(sentence.text, end, at):
                return p
    return None


_SET_OFF_BEFORE = re.compile(
    r"\s*,\s*(?:(?:some|about|around|nearly|roughly|approximately|just|a\s+town|a\s+village)\s+)*"
    r"(?:\d[\d,.]*\s*)?"
)


# "recapture Anah town from Islamic State in western Anbar": where the town taken lies
_IN_REGION = re.compile(
    rf"(?i)\bin\s+(?:the\s+)?(?:(?:Iraq|Syria)['’]s\s+)?(?:(?:far\s+)?{BEARING}\s+|central\s+)?$"
)


def _region_it_is_in(sentence: str, slot: _Slot) -> bool:
    """Whether the slot is a province or region said to be where the event is ("in western
    Anbar"), after a town of the event: it says where the town lies, it was not taken."""
    place = slot.ref.target.place
    return (
        place is not None
        and place.feature == "A"
        and _IN_REGION.search(sentence, max(0, slot.start - 25), slot.start) is not None
    )


# "retake Saqlawiya as Fallujah battle grinds on": the battle's town sets the scene
_NAMES_A_BATTLE = re.compile(r"\s+(?:battle|offensive|campaign)\b", re.I)


def _locates_previous(sentence: Sentence, slot: _Slot, spans: list[tuple[int, int]]) -> bool:
    """Whether the place only says where the one before it is.

    "Hamrin Mountains in Salahuddin"; "Hawija, a town between Kirkuk and Tikrit" (both).
    """
    return _locating(sentence.text, slot.start, sorted(spans))


def _holds_next(sentence: Sentence, slot: _Slot, spans: list[tuple[int, int]]) -> bool:
    """Whether the place only holds the one after it: the Baghdad of "Baghdad's Sadr City"."""
    end = slot.start + len(slot.ref.text)
    return _owner(sentence.text, end) and any(s == end + 3 for s, _ in spans)


def _owner(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is written as an owner: "Baghdad's", "Iraq's"."""
    return text[end : end + 1] in ("'", "’") and text[end + 1 : end + 2] == "s"


def _locating(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the place at ``text[start:]`` only says where one before it is (see
    :func:`_locates_previous`); ``spans`` are the places of its sentence."""
    return _locator(text, start, spans) is not None


def _end_of(spans: list[tuple[int, int]], start: int) -> int:
    """The end of the span that starts at ``start``."""
    return next((e for s, e in spans if s == start), start)


# A name's other spelling in brackets after it: "Tel Brak (Til Berak)", "Hasakah (Hesekê)"
_GLOSS = re.compile(r"^\s*\([^()]{1,40}\)")


def _locator(text: str, start: int, spans: list[tuple[int, int]]) -> str | None:
    """How the place at ``text[start:]`` says where one before it is: "in", "appositive"
    or "bearing" ("X, west of Y"), or None when it does not."""
    before = [(s, e) for s, e in spans if e <= start]
    if not before:
        return None
    s, e = before[-1]
    # (past the place's name as the locals write it: "Tel Brak (Til Berak) in the
    # countryside of Hasakah")
    gap = _GLOSS.sub("", text[e:start], count=1)
    if CONTAINED.match(gap) or (
        _ON_OWNERS.match(gap) and _OWNED_EDGE.match(text, _end_of(spans, start))
    ):
        return "in"  # "X in northern Y"; "Bazwaya, on Mosul's eastern outskirts"
    if _APPOSITIVE.match(gap) or _BETWEEN_GAP.match(gap):
        return "appositive"
    if _BEARING_OF.match(gap):
        return "bearing"
    # The appositive may hold a description read as a place: "X, the last town before Y".
    if len(before) > 1 and _APPOSITIVE.match(text[before[-2][1] : start]):
        return "appositive"
    if not _COORDINATED.match(gap):
        return None
    # "X in Y and Z": Z too; not "X, west of Y, and Z", where the comma closed the bearing.
    previous = _locator(text, s, spans)
    return None if previous == "bearing" and gap.startswith(",") else previous


def _unique(slots: list[_Slot]) -> list[_Slot]:
    """One slot per place; a country that only contains another place of the event is dropped."""
    seen: set[str] = set()
    out: list[_Slot] = []
    for s in slots:
        key = _key(s.ref)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _key(ref: PlaceRef) -> str:
    target = ref.target
    if target.place is not None:
        return target.place.place_id
    if target.iso is not None:
        return f"country:{target.iso}"
    return target.text.lower()


def _drop_containers(slots: list[_Slot]) -> list[_Slot]:
    """Drop a country that only contains the event's places ("in Iraq", "flee Iraq's Mosul")."""
    points = [s for s in slots if s.ref.target.iso is None]
    if not points:
        return slots
    out = []
    for s in slots:
        iso = s.ref.target.iso
        if (
            iso is None
            or s.role == "between"
            or (
                s.role in ("from", "to")
                # ("advanced from Iraq towards Mosul": no end of a move holds the other)
                and not any(
                    p.role in ("from", "to", "at")
                    and p.ref.target.place is not None
                    and p.ref.target.place.country == iso
                    for p in points
                )
            )
        ):
            out.append(s)
    return out


# "Fighting also reached", "the battle has now reached": the fighting, not a force, came
_FIGHTING_CAME = re.compile(
    r"(?i)\b(?:fighting|clashes|battles?|combat|violence|shelling|gunfire|hostilities)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+|now\s+|since\s+|later\s+|quickly\s+|soon\s+)?$"
)


# Moving into a whole town, unopposed: "Kurdish forces moved into the oil city of Kirkuk",
# "The Peshmerga had moved into Kirkuk in June 2014" (not "moved into eastern Mosul", nor
# "into the Karama district", nor a move told with the fighting for the town)
_MOVED_INTO = re.compile(r"(?i)moved\s+into")
_COUNTER_OFFENSIVE = re.compile(r"(?i)\bcounter-?\s?offensive\b")
# Where the attackers set out from: "attacking from the north, from the area of Camp Speicher"
_ATTACKING_FROM = re.compile(r"\s+from\s+(?!the\s+air\b)")
_ATTACKING = re.compile(r"(?:attack|assault|storm)(?:ing|ed|s)?")
_WHOLE_TOWN = re.compile(
    r"\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village)\s+of\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*(?!\s+(?:district|neighbou?rhood|quarter|area|suburb|outskirts)\b)"
)
_FOUGHT_FOR = re.compile(
    r"(?i)\b(?:clash\w*|fight\w*|fought|battl\w+|resist\w*|under\s+fire|shell\w*|sniper\w*|"
    r"assault\w*|push\w*)\b"
)

_CLAUSE_JOINT = re.compile(r"(?i)\bwhile\b|\bwhereas\b|;|,\s+(?:and|but)\b")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` of ``sentence`` begins (after "while", "; "
    or ", and")."""
    return max((m.end() for m in _CLAUSE_JOINT.finditer(sentence, 0, at)), default=0)


_ENTERED = re.compile(r"(?i)enter(?:ed|s|ing)?\b|moved\s+into\b|rolled\s+into\b")
# What an entry goes on to tell of a place that changed hands with it
_HELD_AFTER_ENTRY = re.compile(
    r"[^.;:]{0,90}?(?:\band\s+(?:later\s+|then\s+|quickly\s+)?(?:raised|hoisted|planted)\s+"
    r"(?:the|their|its|an?)\s+(?:[\w-]+\s+){0,2}flags?\b"
    r"|\b(?:after|once|as|when)\s+(?:[\w’'-]+\s+){1,5}?(?:had\s+|have\s+)?(?:pulled\s+out|"
    r"withdrew|withdrawn|fled|abandoned|retreated|left)\b"
    r"|\bwithout\s+(?:a\s+|any\s+)?(?:fight|fighting|resistance|a\s+shot\s+being\s+fired)\b)",
    re.I,
)


# What threw an attempt back, told after it: "but were repelled", "before being pushed back"
_THROWN_BACK = re.compile(
    r"[^.;:]{0,120}?\b(?:but|before|and)\s+(?:they\s+|it\s+)?(?:were|was|being|got)\s+"
    r"(?:\w+ly\s+)?(?:repelled|repulsed|pushed\s+back|beaten\s+back|driven\s+(?:back|off)|"
    r"thwarted|forced\s+back|stopped)\b"
    # ("but rebels repelled both attacks")
    r"|[^.;:]{0,120}?\b(?:but|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:repelled|repulsed|"
    r"thwarted|foiled|beat\s+(?:them\s+)?back|pushed\s+(?:them\s+)?back|fended\s+off)\b",
    re.I,
)


def _fought_for(sentence: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` tells what an attempt made tried to do, which is fighting at the
    place: "were fighting to retake Baiji", "tried to storm Haditha", "tried to advance on
    Sadad but were pushed back" (not "were trying to advance towards Faysh Khabur": a move
    under way)."""
    if trigger.type not in ("capture", "advance") or not ATTEMPT_MADE.search(
        sentence, max(0, trigger.start - 80), trigger.start
    ):
        return False
    return (
        trigger.type == "capture"
        or trigger.text.lower() == "storm"
        or _THROWN_BACK.match(sentence, trigger.end) is not None
    )


def _flown(sentence: str, trigger: Trigger) -> bool:
    """Whether the attack ``trigger`` tells was made from the air: "Russian aircraft had
    killed 300 ISIS fighters", "jets bombing", "died in strikes on the countryside west of
    Aleppo, and ... eight civilians were killed when missiles hit the village of Kafr Derian"."""
    if (
        # (not an aircraft that was hit: "An Iraqi helicopter was shot down by IS fighters")
        trigger.voice == "active"
        and not _DOWNED.match(trigger.text)
        and (
            _FLOWN.search(sentence, max(0, trigger.start - 60), trigger.start)
            # ("long-range Tu-22M3 bombers ... had struck"): aircraft, not suicide bombers
            or (
                trigger.text.lower() == "bombers"
                and not _SUICIDE_BEFORE.search(sentence, max(0, trigger.start - 12), trigger.start)
            )
        )
    ):
        return True
    return bool(
        _KILLED_BY_MISSILES.match(sentence, trigger.end) and _STRIKES_WORD.search(sentence)
    )


def _refine_type(text: ArticleText, index: int, trigger: Trigger, slots: list[_Slot]) -> str:
    """Return the event type, refined by what the trigger bears on.

    A journey reported among flight ("fleeing ... travelling to Syria") is a withdrawal;
    taking a road ("seize the road linking Tal Afar to Syria") cuts it; an attack launched
    is an attack.
    """
    if (
        trigger.type == "capture"
        and _ROUTE_OBJECT.match(text.sentences[index].text, trigger.end)
        # ("securing the highway north of Tikrit": held open, not cut)
        and not trigger.text.lower().startswith("secur")
    ):
        return "cut_route"
    if trigger.type == "siege" and _SIEGE_ENDED.match(text.sentences[index].text, trigger.end):
        return "link_up"  # "The siege of Deir ez-Zor, which began in 2014, was broken"
    sentence = text.sentences[index].text
    if trigger.type == "attack" and _flown(sentence, trigger):
        return "airstrike"
    if trigger.type == "advance" and _LAUNCHED_ATTACK.search(trigger.text):
        return "attack"  # "launched a surprise attack on", unlike "launched an offensive"
    if trigger.type == "advance" and (
        (_LAUNCHED_ASSAULT.match(trigger.text) and _ON_POSITIONS.match(sentence, trigger.end))
        # ("launched an offensive in Deir Ezzor against Al-Nusra and other rebel groups")
        or (_LAUNCHED_OP.match(trigger.text) and _AGAINST_FOE.match(sentence, trigger.end))
    ):
        return "attack"  # ("launched a coordinated assault on Iraqi army positions"): no front
        # moved, a force struck
    if trigger.type == "advance" and _FIGHTING_CAME.search(sentence, 0, trigger.start):
        return "attack"  # ("Fighting also reached the outskirts of Sahela"): fought there
    if trigger.type == "advance" and ATTEMPT_REPELLED.search(
        sentence, max(0, trigger.start - 90), trigger.start
    ):
        return "attack"  # ("repelled an attempt by government forces to advance on")
    if _fought_for(sentence, trigger):
        return "attack"
    if (
        trigger.type == "attack"
        and (
            (_ATTACKING.fullmatch(trigger.text) and _ATTACKING_FROM.match(sentence, trigger.end))
            or _COUNTER_OFFENSIVE.search(trigger.text)
        )
        and "from" in {s.role for s in slots}
        and not {"to", "at"} & {s.role for s in slots}
    ):
        # ("A third force was attacking from the area of Camp Speicher", "launched a
        # counter-offensive on August 3 from Jurin"): a push that set out from there
        return "advance"
    if (
        trigger.type == "advance"
        and _MOVED_INTO.fullmatch(trigger.text)
        and _WHOLE_TOWN.match(sentence, trigger.end)
        and not _FOUGHT_FOR.search(sentence, _clause_start(sentence, trigger.start))
    ):
        return "capture"  # ("militants also moved into the town of Baiji"): took it over
    if (
        trigger.type == "advance"
        and _ENTERED.match(trigger.text)
        and _HELD_AFTER_ENTRY.match(sentence, trigger.end)
    ):
        return "capture"  # ("entered the town and raised the Iraqi flag", "entered Shingal
        # town this morning, hours after Peshmerga forces pulled out"): took it
    if trigger.type == "advance" and trigger.text.lower().startswith("travel"):
        window = " ".join(s.text for s in text.sentences[max(0, index - 1) : index + 1])
        if _FLIGHT.search(window):
            return "withdrawal"
    return trigger.type


def _adjust_roles(
    text: ArticleText,
    where: tuple[int, Counter[str], list[PlaceRef]],
    kind: str,
    slots: list[_Slot],
) -> list[_Slot]:
    """Read the roles as the event type wants them; give a route or a flight its origin.

    ``where`` is the sentence's index, the count of each place in the article and the
    places of the sentence before the trigger. The origin of "... to Syria" is the nearest
    of those ("encircled Tal Afar, cutting the last route to Syria"), else the place most
    named in the two sentences before.
    """
    index, counts, before = where
    roles = {s.role for s in slots}
    out = []
    for s in slots:
        role = s.role
        if kind == "advance" and role == "at" and "to" not in roles:
            # (not "advanced along the border with Syria": the way it went, by it)
            sentence = text.sentences[index].text
            along = s.start >= 0 and _ALONG.search(sentence, max(0, s.start - 50), s.start)
            role = "near" if along else "to"
        elif kind == "withdrawal" and role == "at":
            # ("pulled back to their previous positions in the Intisar neighborhood")
            sentence = text.sentences[index].text
            back_to = (
                _BACK_TO.search(sentence, max(0, s.start - 60), s.start) if s.start >= 0 else None
            )
            role = "to" if back_to else "from"
        elif kind in _STATIC and role in ("to", "from"):
            sentence = text.sentences[index].text
            if (
                role == "to"
                and s.start >= 0
                and _ROAD_TO.search(sentence, max(0, s.start - 40), s.start)
                and len(slots) > 1
            ):
                continue  # ("hills overlooking the main road to Mosul": not Mosul)
            role = "at"
        elif kind == "cut_route" and (
            (role in ("to", "from") and {"to", "from"} <= roles)
            or roles == {"at", "from"}  # "Tal Afar was cut off from Mosul"
        ):
            role = "between"
        out.append(_Slot(s.ref, role, s.start))
    out = _drop_containers(out)
    if kind == "withdrawal":
        # ("the militants had fallen back to the eastern outskirts of the city"): out of the
        # city itself, to its edge
        body = text.body
        out = [
            _Slot(s.ref, "from", s.start)
            if s.role == "to" and _EDGE_OF.search(body, max(0, s.ref.start - 40), s.ref.start)
            else s
            for s in out
        ]
    roles = {s.role for s in out}
    if kind in ("withdrawal", "cut_route") and "to" in roles and not {"from", "between"} & roles:
        exclude = {s.ref.target.text for s in out}
        # A place of this sentence, even one no gazetteer knows ("abandoned their positions
        # in the Zab area and fled towards ..."), rather than one of an earlier sentence.
        spans = sorted((p.start, p.end) for p in before)
        nearer = [
            p
            for p in before
            if (p.target.place is not None or p.target.iso is None)
            and p.target.text not in exclude
            and not _locating(text.body, p.start, spans)  # "Tal Afar, west of Mosul"
            # (nor where another road of the sentence led: "severed the road from Manbij to
            # Jarablus, and had earlier cut the road to Raqqa": from Manbij)
            and not (
                kind == "cut_route" and _TO_BEFORE.search(text.body, max(0, p.start - 12), p.start)
            )
        ]
        went = tuple(s.ref.target.place for s in out if s.role == "to" and s.ref.target.place)
        origin = nearer[-1] if nearer else _previous_place(text, index, counts, exclude, went)
        if origin is None and kind == "withdrawal":
            # ("Most of the militants appeared to have fled south toward the town of Baaj",
            # in a story about Sinjar): from the story's town
            here = text.sentences[index].start
            town = _story_town_before(text, here)
            origin = (
                town
                if town is not None
                and _may_be_origin(text, town, exclude)
                and not _LIVE_ENTRY.search(text.body, town.end, here)  # (nor another entry's)
                else None
            )
        same = [s for s in out if origin is not None and _key(s.ref) == _key(origin)]
        if same:  # ("withdrawn from most of the city ... towards al-Sukhnah"): from the city
            out = [_Slot(s.ref, "from", s.start) if s in same else s for s in out]
        elif origin is not None:
            out.insert(0, _Slot(origin, "from", -1))
    return out


_TO_BEFORE = re.compile(r"(?i)\b(?:to|towards?)\s+(?:the\s+)?$")
_EDGE_OF = re.compile(
    r"(?i)\b(?:back|redeployed[\"”’']?)\s+(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:outskirts|edges?|fringes|periphery|vicinity)\s+of\s+(?:the\s+)?$"
)
# "hills overlooking the main road to Mosul", "in a first step toward Mosul": not the place
_ROAD_TO = re.compile(
    r"(?i)\b(?:(?:road|highway|motorway|route)s?\s+(?:leading\s+)?to|"
    r"(?:first|next|key|major|important|crucial|initial)\s+steps?\s+(?:towards?|to)|"
    r"(?:gateway|prelude|stepping[\s-]stone)\s+to)\s+(?:the\s+)?$"
)
_IN_ROAD_NAME = re.compile(
    r"[A-Z][\w’']*\s*[-–]\s*[A-Z][\w’'-]*\s+(?:road|highway|motorway|route)\b", re.I
)
_TOWARD_BEFORE = re.compile(r"(?i)\btowards?\s+(?:the\s+)?$")
# Where a withdrawal went: "pulled back to their previous positions in X"
_BACK_TO = re.compile(
    r"\b(?:back|retreat(?:ed|ing)?|withdr[ae]w\w*|fled|pulled\s+out)\s+(?:to|towards?|into)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:in|at|near|around)\s+(?:the\s+)?(?:town\s+of\s+)?$",
    re.I,
)


_CAME_FROM = re.compile(
    r"\b(?:flown|sent|brought|airlifted|dispatched|deployed|bused|trucked|rushed|came|coming|"
    r"arrived|arriving|reinforcements)\s+(?:in\s+|up\s+)?from\s+(?:the\s+)?$",
    re.I,
)


# How far a move told only by where it went may have come from a place told before it
_RETREAT_KM = 120.0


def _may_be_origin(text: ArticleText, p: PlaceRef, exclude: set[str]) -> bool:
    """Whether ``p``, named before a withdrawal that tells only where it went, may be where it
    set out from: not a place excluded, nor where others came from ("backed by special forces
    flown in from Baghdad ... had retreated toward Wana"), where a move before went ("their
    push toward Erbil"), an end of a road's name ("the Erbil-Mosul road") or a province."""
    body = text.body
    road = _IN_ROAD_NAME.search(body, max(0, p.start - 30), p.end + 25)
    return not (
        p.target.text in exclude
        or _CAME_FROM.search(body, max(0, p.start - 40), p.start)
        or _TOWARD_BEFORE.search(body, max(0, p.start - 12), p.start)
        or (road is not None and road.start() < p.end and p.start < road.end())
        or (p.target.place is not None and p.target.place.feature == "A")
    )


def _previous_place(
    text: ArticleText,
    index: int,
    counts: Counter[str],
    exclude: set[str],
    went: tuple[Place, ...] = (),
) -> PlaceRef | None:
    """The place most named in the article among those of the two sentences before ``index``,
    within a day's retreat of where the move went (not "pushed back towards Erbil" from Mount
    Sinjar, told of the Yazidis trapped there the sentence before)."""
    here = text.sentences[index].start
    candidates = [
        p
        for s in text.sentences[max(0, index - 2) : index]
        # (not of another entry of a live page: "16:05 ¶ IS fighters pulled out of the last
        # border villages" after an entry on Manbij)
        if not _LIVE_ENTRY.search(text.body, s.end, here)
        for p in text.places_in(s)
        if p.usable
        and not (
            p.target.place is not None
            and any(distance_km(p.target.place, w) > _RETREAT_KM for w in went)
        )
        # (a town no gazetteer knows too: "retook the town of Jurf al-Sakhar, south of
        # Baghdad ... militants had fled north": from Jurf al-Sakhar, not from Baghdad)
        and (
            p.target.place is not None
            or (p.target.iso is None and called_a_town(text, p.target.text))
        )
        and _may_be_origin(text, p, exclude)
    ]
    if not candidates:
        return None
    # (the one named most; of those, one not named only to locate another by)
    unknown = Counter(p.target.text for p in text.places if p.usable and p.target.place is None)
    return max(
        candidates,
        key=lambda p: (
            counts[_key(p)] if p.target.place is not None else unknown[p.target.text],
            not is_reference(text.body, p.start),
            p.start,
        ),
    )


# How long the fighting a trigger names lasted: "After three days of clashes", "four days of
# heavy fighting"
_DAYS_OF = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?P<u>days|weeks)\s+of\s+(?:(?:heavy|fierce|intense|bloody|street|deadly)\s+)?$"
)
_BEGAN_ON = re.compile(r"(?i)\b(?:began|started|erupted|broke\s+out)\s+$")


def _lasting(
    text: ArticleText,
    sentence: Sentence,
    trigger: Trigger,
    told: tuple[DateExpr | None, dt.date],
) -> DateExpr | None:
    """The days of fighting told as lasting some days (``told``: the event's date, if one,
    and the day of the story otherwise): those up to the day told, or, when it is the day the
    fighting began, those from it ("four days of fighting that began on Friday")."""
    date, day = told
    m = _DAYS_OF.search(sentence.text, max(0, trigger.start - 30), trigger.start)
    if m is None or (date is not None and date.precision != "day"):
        return date
    days = days_told(m["n"], m["u"])
    if days is None:
        return date
    if date is None:  # (up to the story's day: "After three days of clashes, ... took")
        date = DateExpr(
            sentence.start + m.start(),
            sentence.start + m.end(),
            m.group().strip(),
            day,
            "day",
            "duration",
        )
    began = _BEGAN_ON.search(text.body, max(0, date.start - 20), date.start) is not None
    start = date.date if began else (date.date_end or date.date) - dt.timedelta(days=days - 1)
    end = start + dt.timedelta(days=days - 1)
    return replace(date, date=start, date_end=end, precision=span_precision(start, end))


def _goes_on_from(body: str, start: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words of the event a participle at ``start`` goes on from (one of ``taken``, offsets
    into ``body``), if it is one: "shelled the city on October 9 and 10, killing several"."""
    before = [w for w in taken if w[0] < start]
    if not before or not _PARTICIPLE_AT.match(body, start):
        return None
    last = max(before)
    return (
        last
        if last[1] >= start - 2 and _COMMA_BEFORE.search(body, max(0, start - 8), start)
        else None
    )


_PARTICIPLE_AT = re.compile(r"(?:killing|wounding|injuring)\b")  # (the toll of the deed)
_COMMA_BEFORE = re.compile(r",\s+(?:and\s+)?$")


def _event_date(
    text: ArticleText,
    sentence: Sentence,
    window: tuple[int, int],
    others: list[tuple[int, int]],
    default: tuple[dt.date, str],
) -> tuple[DateExpr | None, str]:
    """The date next to the trigger; else one of the sentence's that belongs to no other event."""
    start, end = sentence.start + window[0], sentence.start + window[1]
    taken = [(sentence.start + a, sentence.start + b) for a, b in others]  # in the body
    dates = [
        d
        for d in text.dates_in(sentence)
        if _governs(d, start, taken) and not _dates_another_noun(text.body, d, start)
    ]
    dates = [
        d
        for d in dates
        if not _SINCE_CLAUSE.search(text.body, start, d.start)
        # ("had 'restored control' of Tal al-Eis; ... continued to report fighting on the
        # hilltop on April 4"): the day of what the clause past a semicolon tells
        and (d.start < start or ";" not in text.body[start : d.start])
        # ("Fallujah, ... under IS control since January 2014, is largely surrounded"): how
        # long a state told of the subject has lasted
        and not (_since(d) and d.end <= start and _SET_OFF_STATE.match(text.body, d.end))
        # ("withdrew from positions they had held since the summer of 2014"): how long a
        # state told in a clause of its own after the trigger lasted
        and not (_since(d) and _PERFECT_BEFORE_SINCE.search(text.body, start, d.start))
        # ("said they had advanced further in the old city, after coalition air strikes last
        # week opened two gaps"): the date of what came before it, told after it
        and not (
            d.start > start
            and _AFTER_WHAT.search(text.body, start, d.start)
            and _then_did(text.body, d.end)
        )
        # ("ending a siege that began in 2013"): the day what it ends began
        and not (d.start > start and _ENDED_BEGUN.search(text.body, start, d.start))
    ]
    inside = [
        d
        for d in dates
        if start <= d.start < end
        and not _after_saying(text, d)
        and not _first_since(text, d, start)
        # ("attacked police stations in Falluja ..., before consolidating their hold on the
        # city on Friday"): the day of what came after it
        and not _GERUND_AFTER.search(text.body, start, d.start)
    ]
    went_on = _goes_on_from(text.body, start, taken)
    pool = inside or [
        d
        for d in dates
        if (
            d.kind == "earlier"
            or not any(a <= d.start < b for a, b in taken)
            # ("shelled the city on October 9 and 10, killing several civilians"): the day
            # of the deed it goes on from
            or (went_on is not None and went_on[0] <= d.start < went_on[1])
            # ("the attack on Rutba, like Friday's assault ... on Kirkuk"): its own
            or (
                _SPACE_AFTER.fullmatch(text.body, d.end, start) is not None
                and d.text.endswith(("'s", "’s"))
            )
        )
        and not _in_another_relative_clause(text.body, sentence.start, d, start)
        # (nor one past a clause that ends the trigger's words: "Tal Afar, a town that ISIL
        # has held since June 2014")
        and not (d.start >= end and _inside_clause(text.body, start, d.start))
        and not _first_since(text, d, start)
        and not _since_of_another_clause(text.body, d, start)
    ]
    began = _WHICH_BEGAN.match(text.body, end)
    if (
        not pool
        and began is not None
        # (the clause of the trigger's own noun: not "attacks ... to draw forces away from the
        # offensive on Mosul, which began on October 17")
        and not _WAR_NOUN.search(text.body, start + 3, end)
    ):
        # ("a rapid government advance ..., which began in September"): the day it began
        pool = [d for d in dates if began.end() <= d.start <= began.end() + 3]
    opened = _SUBJECT_BEGAN.match(text.body, sentence.start, start)
    if not pool and opened is not None:
        # ("The first phase, which started on May 1, recaptured dozens of villages"): the
        # day the operation its subject names began
        pool = [d for d in dates if opened.end("began") <= d.start <= opened.end("began") + 3]
    if not pool:
        then = _when_clause_date(text, dates, start)
        # ("on Saturday they said they had captured al-Mayadin": by the day it was said)
        said = [d for d in dates if d.end <= start and _SAID_ON.search(text.body, d.end, start)]
        then = then or (said[-1] if said else None) or _told_before(text, sentence, start)
        return (then, "text") if then is not None else (None, default[1])
    nearest = min(pool, key=lambda d: abs(d.start - start))
    if nearest.kind == "since" and _when_clause_date(text, [nearest], start) is not None:
        # ("have held Kirkuk since June 2014, when the Iraqi army withdrew"): then, not since
        nearest = replace(nearest, date_end=None)
    if nearest.kind == "ago":  # ("on November 1, when they pushed into Gogjali, about 100
        # days ago": the day told, not the count that restates it)
        # (but not a day far from it: "which launched its offensive more than two months
        # ago, said on Friday")
        lag = max(7, (text.article.published - nearest.date).days // 4)
        told = [
            d
            for d in dates
            if d.kind in _DAY_TOLD
            and d.precision == "day"
            and abs((d.date - nearest.date).days) <= lag
        ]
        nearest = min(told, key=lambda d: abs(d.start - start)) if told else nearest
    return nearest, "text"


_ENDED_BEGUN = re.compile(
    r"\b(?:end(?:s|ed|ing)?|br(?:oke|oken|eaking)|lift(?:s|ed|ing)?)\b[^,;.]*?\s"
    r"(?:(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|been\s+imposed|"
    r"was\s+imposed|lasted)"
    # ("breaking the siege imposed by government forces since last month")
    r"|(?:imposed|laid|placed|maintained)(?:\s+by)?)\b[^,;.]*?\s+$",
    re.I,
)


def _date_in_story(
    text: ArticleText,
    sentence: Sentence,
    trigger: Trigger,
    found: tuple[DateExpr | None, str],
    carried: DateExpr | None,
) -> tuple[DateExpr | None, str]:
    """The trigger's date and its source, ``found`` as read in its sentence, told by the
    words before it: none told ("Following the liberation of al-Bab, ..."), some time
    before ("have since lost"), as published ("are now advancing"), or the day the sentence
    before told (``carried``)."""
    date, date_source = found
    if _TOLD_BEFORE.search(sentence.text, 0, trigger.start) and (
        date is None
        or not trigger.start
        <= date.start - sentence.start
        < _phrase_end(sentence.text, trigger.end)
    ):
        # "Following the liberation of al-Bab, FSA units on Friday advanced": told before
        return None, "untold"
    if date is not None:
        return date, date_source
    if _NOUN_TRIGGER.search(trigger.text) and _AFTER_THE.search(
        sentence.text, max(0, trigger.start - 14), trigger.start
    ):
        return None, "untold"  # ("the offensive, which was launched after the fall of Palmyra")
    since = _SINCE_PERFECT.search(sentence.text, 0, trigger.start)
    if since is not None:
        # "have since lost Mosul": some time before, not today; but after a recent day the
        # sentence before told, between it and publication ("crossed the Euphrates on May 31
        # ... SDF fighters have since pushed into the city's outskirts")
        then = _since_then(text, sentence, since, carried)
        return (then, "text") if then is not None else (None, "untold")
    since = _SINCE_THEN_AFTER.match(sentence.text, trigger.end)
    if since is not None and (
        _PERFECT_BEFORE.search(sentence.text, max(0, trigger.start - 30), trigger.start)
        or _PERFECT_IN.search(trigger.text)  # ("aircraft have carried out")
    ):
        # ("launched an offensive on 12 February ... Russian aircraft have carried out dozens
        # of air strikes on rebel-held parts of the city since then"), or the day told before
        # it in its sentence ("recaptured Morek on Oct. 23, and government aircraft have
        # bombed rebel-held towns almost daily since then")
        told = [d for d in text.dates_in(sentence) if d.end - sentence.start <= trigger.start]
        then = _since_then(text, sentence, since, told[-1] if told else carried)
        if then is not None:
            return then, "text"
    if _PRESENT.search(sentence.text, 0, trigger.start):
        return None, "present"  # "units are now advancing toward Rawa": as published
    if carried is not None and _goes_on_telling(text, sentence, trigger):
        return carried, "text"
    return date, date_source


# "... on rebel-held parts of the city since then": the trigger's clause, ending with it
_SINCE_THEN_AFTER = re.compile(
    r"[^;:.!?]{0,120}?\b(?P<since>since\s+then)\b"
    r"(?=\s*[.;]|,\s+(?:[\w-]+\s+){1,4}?(?:said|says|reported|according\s+to)\b)",
    re.I,
)
_PERFECT_IN = re.compile(r"(?i)\b(?:has|have)\s")
_SINCE_RECENT_DAYS = 62  # a day told longer before publication starts no "since" span
_WEEK_DAYS = 7


def _since_then(
    text: ArticleText, sentence: Sentence, since: re.Match[str], carried: DateExpr | None
) -> DateExpr | None:
    """The span from the day the sentence before told (``carried``) to publication, for
    "have since" (``since``) told after a recent day; else None."""
    published = text.article.published
    if (
        carried is None
        or "since" not in since.group().lower()
        or not 0 <= (published - carried.date).days <= _SINCE_RECENT_DAYS
    ):
        return None
    a, b = since.span("since") if "since" in since.re.groupindex else since.span()
    start, end = sentence.start + a, sentence.start + b
    words = text.body[start:end].strip()
    first = min(carried.date + dt.timedelta(days=1), published)
    # (a span of more than a week is told as the month it starts in)
    precision = "day" if (published - first).days <= _WEEK_DAYS else "month"
    return DateExpr(start, end, words, first, precision, "since", date_end=published)


def _list_top(text: ArticleText, index: int, *, leads: bool) -> int:
    """The first sentence of the run of list items and headings ("-- Near Mosul", "Iraq")
    that ends at ``index``; with ``leads``, past the leads of the list's parts too
    ("Additionally, one strike ... was not included in the previous report:")."""
    first = index
    while first > 0 and (
        _LISTED_OR_HEADING.match(text.sentences[first - 1].text)
        or (leads and text.sentences[first - 1].text.rstrip().endswith(":"))
    ):
        first -= 1
    return first


def _list_lead_day(text: ArticleText, index: int) -> DateExpr | None:
    """The day the lead of a list tells, for an item of the list at ``index`` ("one strike
    conducted in Syria on Jan. 10 was not included in the previous report: ¶ -- Near Dayr Az
    Zawr, one strike destroyed an ISIL oil pump jack")."""
    if not _LISTED_LINE.match(text.sentences[index].text):
        return None
    lead = _list_top(text, index, leads=False) - 1
    if lead < 0 or not text.sentences[lead].text.rstrip().endswith(":"):
        return None
    days = [d for d in text.dates_in(text.sentences[lead]) if d.kind in _DAY_TOLD]
    return days[-1] if days else None


def _story_day(
    text: ArticleText, before: Sentence, sentence: Sentence, told: list[Event]
) -> DateExpr | None:
    """The day the sentence ``before`` told its last event on (``told``, its events), when
    ``sentence`` follows it in the same paragraph: "On October 20, the Peshmerga launched an
    offensive. Peshmerga units seized the villages of ..." (the same day)."""
    if not _goes_on(text, before, sentence):
        return None
    for e in reversed(told):
        if (
            e.extra.get("date_source") == "text"
            and e.date_precision in ("day", "month")  # ("Last month, the army launched ...")
            and e.status != "planned"
        ):
            return next(
                (
                    d
                    for d in text.dates_in(before)
                    if d.text == e.date_text and d.date.isoformat() == e.date
                ),
                None,
            )
    if not told:
        # "The fighting began on Saturday afternoon after troops arrested a commander. Within
        # hours, gunmen attacked army positions": a day told with no event of its own
        days = [d for d in text.dates_in(before) if d.kind in _DAY_TOLD]
        if len({d.date for d in days if d.date_end is None}) == 1:
            return days[0]
    return None


def _quote_goes_on(text: ArticleText, before: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens a quote in the paragraph of ``before``, a sentence that
    held a quote: the same speaker speaking on."""
    return (
        sentence.text.startswith(_OPENING_QUOTES)
        and "\n" not in text.body[before.end : sentence.start]
        and text.quoted[sentence.start + 1]
    )


_OPENING_QUOTES = ('"', "“")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _goes_on(text: ArticleText, before: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on with the story of the one ``before``: in its paragraph,
    or opening the next with a time of the same day ("By midday, ...")."""
    return "\n" not in text.body[before.end : sentence.start] or bool(
        _SAME_DAY.match(sentence.text)
        # ("The SDF launched its offensive on Manbij at the end of May ... ¶ Its fighters
        # crossed the Euphrates"): the party the paragraph before told of, going on
        or _ITS_FORCES.match(sentence.text)
        # ("... blew up the bridge on Wednesday night. ¶ The source said that the explosion
        # ... cut the road"): the event the paragraph before told, told more of
        or _THAT_EVENT.match(sentence.text)
    )


_ITS_FORCES = re.compile(
    r"(?:(?:Its|Their)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|units|militants|columns)"
    # ("Within hours, gunmen ... attacked army positions. ¶ They stormed the police station")
    r"|They)\s+(?:then\s+|also\s+|later\s+)?[a-z]+ed\b"
)
# A paragraph that goes on with the day the one before told: "By midday, ...", "Later that
# day", "Hours later"
_THAT_EVENT = re.compile(
    r"(?:(?:The|A|Another)\s+(?:[\w-]+\s+){0,3}?(?:source|official|spokesman|officer)\s+"
    r"(?:said|added|told\s+\w+)\s+(?:that\s+)?)?[Tt]he\s+(?:explosion|blast|attack|assault|"
    r"air\s?strikes?|strikes?|raids?|bombing|ambush|clashes|fighting)\b(?!\s+(?:of|on)\b)"
)
_SAME_DAY = re.compile(
    r"(?i)(?:by|at|around|before|after|in\s+the)\s+(?:mid-?day|noon|nightfall|dusk|dawn|evening|"
    r"afternoon|late\s+afternoon|(?:the\s+)?(?:early\s+)?(?:morning|afternoon|evening))\b|"
    r"(?:later\s+that\s+day|hours\s+later|within\s+hours)\b"
)


# "had seized", "has retaken", "have been pushed": before the day told, or up to now
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:had|has|have|['’]d|['’]ve)\s+(?:\w+ly\s+)?(?:been\s+)?$")


def _goes_on_telling(text: ArticleText, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether ``trigger`` tells, in the simple past and outside quotes, what happened next
    in the story the sentence before told ("seized the villages", "was retaken")."""
    return (
        # (its verb, or its doer's: "warplanes struck the ridge", or the verb of its noun:
        # "clashes quickly broke out"; or an item of a list the day was told for)
        (
            any(_PAST_TENSE.fullmatch(word) for word in trigger.text.split()[:2])
            or _BROKE_OUT.match(sentence.text, trigger.end) is not None
            or _LISTED_LINE.match(sentence.text) is not None
        )
        and not _PERFECT_BEFORE.search(sentence.text, max(0, trigger.start - 30), trigger.start)
        and not text.quoted[sentence.start + trigger.start]
    )


_BROKE_OUT = re.compile(
    r"(?:\s+\w+ly)?\s+(?:broke\s+out|erupted|flared(?:\s+up)?|ensued|raged|began|started)\b", re.I
)
_DAY_TOLD = frozenset({"iso", "dmy", "mdy", "md", "dm", "weekday"})
# "The militants then swept across the Nineveh Plains": what came next, in the story told
_NEXT_IN_STORY = re.compile(
    r"(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\btill )(?<!\bthe )\b(?:then|afterwards|"
    r"subsequently|thereafter)\b(?![-‑])",  # (not "the then-governor")
    re.I,
)


def _told_before(text: ArticleText, sentence: Sentence, start: int) -> DateExpr | None:
    """The date told last before ``sentence``, when the sentence goes on from it with
    "then" ("The Islamic State seized Mosul in June 2014. ... The militants then swept
    across the Nineveh Plains"), in the same paragraph or, for a paragraph of a sentence or
    two as wire copy writes them, the one before."""
    said = _NEXT_IN_STORY.search(text.body, sentence.start, start)
    if said is None:
        return None
    paragraph = text.body.rfind("\n", 0, sentence.start) + 1
    told = [d for d in text.dates if paragraph <= d.start < sentence.start and d.kind != "since"]
    if not told and paragraph > 0 and sentence.start - paragraph < _SHORT_PARAGRAPH:
        before = text.body.rfind("\n", 0, len(text.body[:paragraph].rstrip())) + 1
        told = [d for d in text.dates if before <= d.start < paragraph and d.kind != "since"]
    return told[-1] if told else None


_SHORT_PARAGRAPH = 200  # characters before the sentence in its paragraph


def _inside_clause(body: str, start: int, at: int) -> bool:
    """Whether ``at`` lies within a relative or other clause that opens after ``start`` and
    does not close before it ("Tal Afar, a town that ISIL has held since June 2014"; not
    "The siege, which began in 2014, was broken in September")."""
    opened = _RELATIVE.search(body, start, at)
    if opened is None:
        return False
    dash = opened.group().strip()
    if dash in ("—", "–", "-", "--") and f" {dash} " in body[opened.end() : at]:
        return False  # ("seized Palmyra - known locally as Tadmur - in May 2015"): closed
    return "," not in body[opened.end() : at]


# "... since June, when the PMU cut the road": the clause tells what happened then.
# (past a name's brackets: "when the army collapsed in the face of the Islamic State of Iraq
# and the Levant (ISIL, also known as ISIS) advance")
# and a list's commas: "began on Oct. 17, when tens of thousands of Iraqi soldiers, federal
# police officers, Kurdish fighters and Shiite militiamen advanced")
_WHEN_CLAUSE = re.compile(
    r",?\s+when\s+(?:[^,;:()]|\([^()]*\)|,(?!\s+and\b)(?=[\w\s’'-]+?(?:,|\s+and\b)))*$", re.I
)


def _when_clause_date(text: ArticleText, dates: list[DateExpr], start: int) -> DateExpr | None:
    """The date just before the "when" clause that holds the trigger at ``start``: its
    first day for "since June"."""
    told = [d for d in dates if d.end <= start and _WHEN_CLAUSE.fullmatch(text.body, d.end, start)]
    if not told:
        return None
    d = told[-1]
    return replace(d, date_end=None) if d.kind == "since" else d


_POSSESSIVE_DATE = re.compile(r"['’]s?\s+")
_NOUN_WORDS = re.compile(r"(?:[\w’'-]+\s+){0,3}")


def _dates_another_noun(body: str, d: DateExpr, start: int) -> bool:
    """Whether ``d`` is a possessive that dates a noun, not the trigger at ``start``:
    "in response to last month's referendum" (but "Sunday's attack on Tal Afar" is the
    attack's own date).
    """
    if _DOCUMENT_AFTER.match(body, d.end):
        return True  # ("not included in the Dec. 1 release"): the day of a paper
    if d.start > start and _A_DEAL_MADE.search(body, max(start, d.start - 50), d.start):
        return True  # ("left the camp ... under a deal struck last weekend"): the deal's day
    if d.start > start and _OCCASION_BEFORE.search(body, max(start, d.start - 30), d.start):
        return True  # ("as outlined in the President's speech last Wednesday"): its day
    owned = _POSSESSIVE_DATE.match(body, d.end)
    if owned is None and d.text.endswith(("'s", "’s")):  # ("Friday's" read as the date)
        owned = _SPACE_AFTER.match(body, d.end)
    if owned is None:
        return False
    noun = _NOUN_WORDS.match(body, owned.end())
    return not (noun is not None and owned.end() <= start <= noun.end())


_SPACE_AFTER = re.compile(r"\s+")
# An occasion of words, not deeds, that a date after it dates
_OCCASION_BEFORE = re.compile(
    r"(?i)\b(?:speech|address|remarks|interview|summit|talks)\s+(?:on\s+|in\s+)?$"
)
_A_DEAL_MADE = re.compile(
    rf"(?i)\b{_DEAL}\s+(?:that\s+was\s+|was\s+)?"
    r"(?:struck|reached|signed|agreed|brokered|announced|concluded)\s+(?:on\s+|in\s+)?$"
)
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:press\s+|news\s+)?(?:release|statement|report|briefing|update|announcement|"
    r"communiqu[eé]|bulletin|conference|edition)\b"
)
# "..., before consolidating their hold on the city": a clause of what came after the event
_GERUND_AFTER = re.compile(r"(?i),?\sbefore\s+\w+ing\b[^,;:.]*$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b(?!\s+by\b)")


def _then_did(body: str, end: int) -> bool:
    """Whether a verb in the past follows a date ending at ``end``, in a clause of what came
    before the event: "(after coalition air strikes last week) opened"."""
    word = _NEXT_WORD.match(body, end)
    return word is not None and _PAST_TENSE.fullmatch(word.group(1)) is not None


# ", after coalition air strikes": a clause of what came before the event (not "a week after")
_AFTER_WHAT = re.compile(
    r",\s+(?:after|following)\s+(?!(?:a|an|the|two|three|several|days|weeks|hours|months)\s+"
    r"(?:days?|weeks?|hours?|months?)\b)(?:[\w’'-]+\s+){1,5}$",
    re.I,
)
# "withdrew from positions they had held since the summer of 2014": a state's span, told by
# a clause of its own
_PERFECT_BEFORE_SINCE = re.compile(
    # (or a predicate joined to one: "a ridgeline that dominates the plain ... and had
    # sheltered ISIS fighters and weapons depots since 2014")
    r"\b(?:they|it|he|she|we|that|which|and)\s+(?:had|has|have)\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|eld|ept|ost|ught)\s+(?:[\w’'-]+\s+){0,6}$",
    re.I,
)


def _in_another_relative_clause(body: str, first: int, d: DateExpr, start: int) -> bool:
    """Whether ``d`` is told in a relative clause of its sentence (from ``first``) that the
    trigger at ``start`` is not in ("Mosul, which fell in June 2014, ..."; but "Operation
    Euphrates Shield, which began in August with the capture of Jarablus": the capture's)."""
    clause = _RELATIVE_CLAUSE.search(body[first : d.start])
    if clause is None:
        return False
    return not (
        first + clause.start() < d.end <= start and not _CLAUSE_END.search(body, d.end, start)
    )


def _governs(d: DateExpr, start: int, others: list[tuple[int, int]]) -> bool:
    """Whether ``d`` may date the trigger at ``start``: "two weeks after" dates the next event
    told after it ("came two weeks after troops seized al-Qaim"), none before it."""
    if d.kind != "earlier":
        return True
    return d.start < start and not any(d.start < a < start for a, _ in others)


# "... for the first time since Islamic State overran it more than two years ago": the date
# is of the clause after "since", long before the trigger's event.
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+[^,;.]*?\b(?:\w+ed|took|seized|overran|fell|began|came|swept|won|lost|was|were)\b"
    r"[^,;.]*$",
    re.I,
)


# ", and the Peshmerga are now advancing": a clause of its own, joined to the one before
_JOINED_CLAUSE = re.compile(r"[;,]\s+(?:and|but|while|whereas)\s+", re.I)


def _since(d: DateExpr) -> bool:
    """Whether ``d`` tells since when ("since October 17", "since 2014")."""
    return d.kind == "since" or d.text.lower().startswith("since")


def _since_of_another_clause(body: str, d: DateExpr, start: int) -> bool:
    """Whether ``d``, a "since", tells how long a state lasted in a clause before the one
    holding the trigger at ``start``: "ISIS has held Hawija since 2014, and the Peshmerga
    are now advancing on it"."""
    return _since(d) and d.end <= start and bool(_JOINED_CLAUSE.search(body, d.end, start))


def _first_since(text: ArticleText, d: DateExpr, start: int) -> bool:
    """Whether the date only says how long since it last happened.

    "... entered Mosul, the first time troops have set foot in the city since 2014".
    """
    if not _since(d):
        # "the first Turkish air raids over Syria since the downing of a Russian warplane
        # near the border last November": the date of what it is the first since
        told = _SINCE_BEFORE.search(text.body, max(0, d.start - 90), d.start)
        return (
            told is not None
            and told.start() > start  # (not a trigger inside it: "since ISIS seized Mosul")
            and bool(_FIRST_OR_MOST.search(text.body, max(0, told.start() - 80), told.start()))
        )
    return bool(_FIRST_OR_MOST.search(text.body, max(0, d.start - 80), d.start))


# (a stop after a lone capital is an abbreviation's: "since U.S. troops withdrew in 2011")
_SINCE_BEFORE = re.compile(r"\bsince\s(?:[^,;.:]|(?<=\b[A-Z])\.)*$", re.I)


# "seized the northern city of Mosul and went on toward Baghdad": a move of its own that no
# trigger names, whose place is not the first verb's
_AND_WENT_ON = re.compile(
    r"\s+and\s+(?:then\s+|later\s+|quickly\s+|soon\s+)?(?:went|ran|drove|rolled|raced|"
    r"surged|poured|spread|turned|continued|pressed\s+on|struck\s+out)\s+(?:on\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?"
    r"(?:toward|towards|to|into|through|across|down|up|along|on)\b",
    re.I,
)
_WHEN_FIRST = re.compile(r"(?:When|Once|While|Whilst)\s")
# A clause of its own after ", and": the same subject doing another thing ("besieged by ISIL
# in northern Iraq, and has deployed some 1,600 personnel to Iraq"), or another subject
# ("besieged by IS from three sides, and the only road open ... is the road through")
_AND_ANOTHER_CLAUSE = re.compile(
    r",\s+and\s+(?:(?:has|have|had)\s+(?:also\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b"
    r"|the\s+(?:[\w-]+\s+){1,7}?(?:is|are|was|were|remains?|remained)\s"
    # ("surrounded the campus, and Iraqi special forces have been sent from Baghdad")
    r"|(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+been\s+\w+(?:ed|en|t)\b"
    # ("began striking Isis positions across the border, and Ankara opened the Incirlik air
    # base to US aircraft")
    r"|(?-i:[A-Z])[\w’'-]+\s+(?:(?:also|then|later)\s+)?(?-i:[a-z]+ed)\s+(?:the|its|a|an)\s)",
    re.I,
)
# A quote that opens on the trigger, or a few words in quotes around it: words marked as
# someone's ('had "imposed security" in Altun Kupri', 'made a "tactical withdrawal" from'), not
# a quotation the place outside it is no part of
_SCARE_QUOTED = re.compile(r"[“\"](?:[\w’'-]+\s+){0,3}$")
_SCARE_QUOTE_END = re.compile(r"(?:\s+[\w’'-]+){0,3}[”\"]")
_AND_DATED_NEXT = re.compile(
    r"\s(?:and|but)\s+(?:then\s+|also\s+)?(?:(?:last|this|earlier\s+this|late\s+last)\s+"
    r"(?:week|month|year|night)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|"
    r"overnight|in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?|(?:a|one|two|three|four|five|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?)\s+(?:ago|later|earlier))\s*,?\s*(?:also\s+|then\s+)?$"
)
# Names listed up to the last one's ", and": "on Hayan, Anadan, and Hreitan"
_A_LIST_OF_NAMES = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$"
)
_NEXT_JOINED = re.compile(
    r"(?:,\s+(?:and|but|then)|\s(?:and|but|then),"
    # (not the last of a list, its date set off: "retaken Tikrit, Ramadi and, in June,
    # Fallujah, have been advancing")
    r"(?!\s+[^,;]{1,30},\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,|\.|$)))"
    r"\s+(?:then\s+)?(?=[^;]{0,80}$)"
)
_SAID_ON = re.compile(
    r"^,?\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:said|say|says|announced|claimed)\s+"
    r"(?:that\s+)?(?:they|it|he|she|its\s+\w+|their\s+\w+)\s+(?:had|have|has)\s+$",
    re.I,
)


def _after_saying(text: ArticleText, d: DateExpr) -> bool:
    before = text.body[max(0, d.start - 12) : d.start]
    return bool(re.search(r"\b(?:said|says|told|added|announced|speaking)\s+$", before, re.I))


def _his_own(own: re.Match[str], claimant: str | None) -> bool:
    """Whether ``own`` ("his fighters") are the one speaker's own: a single person speaks."""
    return own.group()[:1] in "Hh" and claimant is not None and not _MANY_SPEAK.search(claimant)


def _who_acts(
    text: ArticleText,
    where: tuple[int, Sentence],
    trigger: Trigger,
    found: tuple[tuple[str, ...], tuple[str, ...]],
    told: tuple[str | None, list[_Slot]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The parties that act in the event of ``trigger`` and those it acts on, from those
    ``found`` in the sentence, as the sentence's own words settle them: the besiegers of a
    siege broken, no one for a place "newly retaken", the speaker's side for "Our forces",
    the party the sentence before was about for "They" and "Its fighters"."""
    index, sentence = where
    actors, targets = found
    claimant, slots = told
    if trigger.type == "link_up":
        # ("broke the ISIS siege of Shingal mountain"): the besiegers, not those who broke it
        inside = {
            a.actor_id
            for a in text.actors_in(sentence)
            if sentence.start + trigger.start <= a.start < sentence.start + trigger.end
        }
        if inside and set(actors) <= inside:
            targets = tuple(dict.fromkeys((*targets, *inside)))  # (none of them acts)
    if _TAKEN_BEFORE.search(sentence.text, max(0, trigger.start - 30), trigger.start) or (
        trigger.type == "capture"
        and _WITH_TAKEN.search(sentence.text, max(0, trigger.start - 60), trigger.start)
        and not _BY_AFTER.match(sentence.text, trigger.end)
    ):
        actors, targets = (), ()  # ("militants ... fired mortars into the newly retaken
        # al-Faisaliya neighborhood"): taken by someone the sentence does not name
    # (or "our" naming the deed: "'Our next target is Tal Afar,' said a PMU commander")
    own = _FIRST_PERSON.search(sentence.text, 0, trigger.start) or _OUR.search(
        sentence.text, max(0, trigger.start - 6), trigger.start
    )
    said_from, said_to = _words_of(sentence, claimant)
    if (
        own is not None
        and own.group()[:1] in "IiTtHh"
        and said_from > sentence.start + own.start()
        # ("His fighters captured Bazwaya on Monday, said Brigadier Ali of the Iraqi army"):
        # one who speaks of "his" fighters speaks of his own
        and not _his_own(own, claimant)
    ):
        # ("Its fighters overran the town of Sinjar ..., Kurdish officials said"): not the
        # speaker's fighters, but those of the party the sentence before was about
        own = None
        if not actors and _OPENS_WITH_ITS.match(sentence.text):
            actors = _subject_before(text, index)
    if (
        own is not None
        and own.group()[:1] in "OoWwHh"
        and not any(a.start < sentence.start + trigger.start for a in text.actors_in(sentence))
        and (own.group()[:1] not in "Hh" or _his_own(own, claimant))
    ):
        actors = ()  # ("'Our forces entered Makhmour and the militants ran'": the speaker's;
        # "He said his fighters had also cut a road the army used": his)
    elif not text.quoted[sentence.start] and (
        (
            _THEY_OPEN.match(sentence.text, 0, trigger.start)
            and not any(a.start < sentence.start + trigger.start for a in text.actors_in(sentence))
        )
        # ("They stormed the town's police station, taking ... members of the Internal
        # Security Forces prisoner, and overran an army post"): their second deed
        or (
            _THEY_DID.match(sentence.text) is not None
            and _AND_DID_TOO.search(sentence.text, 0, trigger.start) is not None
        )
    ):
        # ("The Peshmerga have been on the offensive. They recaptured the town of Zummar and
        # broke the ISIS siege of Shingal"): those the sentence before was about
        # (and, with none told plainly, those it names after the verb are only acted on:
        # "They stormed the town's police station, ... and overran an army post")
        actors = _subject_before(text, index) or tuple(a for a in actors if a in targets)
    aim = (
        trigger.type == "planned"
        and claimant is not None
        and _NEXT_AIM.match(trigger.text) is not None
        and not any(
            a.start < sentence.start + trigger.start and not said_from <= a.start < said_to
            for a in text.actors_in(sentence)
        )
    )
    if aim:
        actors = ()  # ("A rebel official said the next target was Qomhana, a town ... used
        # as a base by militias fighting alongside the army"): the speaker's side's aim
    if (
        not actors
        and claimant
        and (own is not None or aim)
        # (in the speaker's own words "their fighters" are the others': "Most of their
        # fighters fled overnight toward Tal Afar," Shesho said)
        and not (
            own is not None
            and own.group()[:1] in "IiTt"
            and text.quoted[sentence.start + trigger.start]
        )
    ):
        # "'Our forces have entered Raqqa,' SDF spokesman Talal Silo said": the sayer's side.
        # (its words here, where their parties are settled; else those it was first named by)
        named = [a.actor_id for a in text.actors_in(sentence) if said_from <= a.start < said_to]
        country = next(
            (
                c
                for x in slots
                if (c := x.ref.target.place.country if x.ref.target.place else x.ref.target.iso)
            ),
            None,
        )
        actors = tuple(dict.fromkeys(named or _speakers_side(claimant, country)))
    return actors, targets


def _event(
    text: ArticleText,
    sentence: Sentence,
    where: tuple[int, int],
    kind: str,
    slots: list[_Slot],
    when: tuple[DateExpr | None, str, dt.date],
    says: tuple[str, str | None, tuple[int, int]],
    trigger_window: tuple[Trigger, int],
) -> Event:
    article = text.article
    index, ordinal = where
    date, date_source, default = when
    status, claimant, said = says
    trigger, window_end = trigger_window
    places = _named_first(_event_places(text, sentence, slots))
    first: dt.date | None
    if date is not None:
        first, last, precision, date_text = date.date, date.date_end, date.precision, date.text
        if kind == "siege" and date_text[:6].lower() == "since " and first <= article.published:
            last = article.published  # ("besieged by government forces since July"): a siege
            # standing from then until the report
    elif date_source == "untold":
        first, last, precision, date_text = None, None, "day", ""
    elif date_source in ("published", "present"):  # (the present: as of the report)
        first, last = undated_span(article.published)
        precision, date_text = "day", ""
    elif date_source in ("plan", "live"):  # a plan with no date of its own, a live entry
        first, last, precision, date_text = article.published, None, "day", ""
    else:
        first, last, precision, date_text = default, None, "day", ""
    confidence = 0.6
    confidence += 0.15 if date is not None else -0.15
    confidence += 0.1 if all(p.located for p in places) else -0.1
    confidence -= 0.1 if any(s.ref.antecedent is not None for s in slots) else 0.0
    confidence -= (
        0.15 if index == 0 and not sentence.text.rstrip().endswith((".", "”", '"')) else 0.0
    )
    confidence -= (
        0.1 if trigger.type == "attack" and trigger.text.lower().startswith("kill") else 0.0
    )
    actors, targets = _actors(text, sentence, trigger, (window_end, said))
    actors, targets = _who_acts(
        text, (index, sentence), trigger, (actors, targets), (claimant, slots)
    )
    if trigger.type == "airstrike" and not set(actors) - set(targets):
        flyer = _striker_told_before(text, index)
        if flyer is not None:
            actors = (flyer, *(a for a in actors if a != flyer))
    return Event(
        id=event_id(article.stem, sentence.start, kind, ordinal),
        type=kind,
        date=first.isoformat() if first is not None else None,
        date_end=last.isoformat() if last is not None and last != first else None,
        date_precision=precision,
        date_text=date_text,
        status=status,
        quote=article.body[sentence.start : sentence.end],
        article=article.stem,
        outlet=article.outlet,
        published=article.published.isoformat(),
        actors=actors,
        places=tuple(places),
        claimant=claimant,
        url=article.url,
        confidence=round(max(0.05, min(confidence, 0.95)), 3),
        extra={"trigger": trigger.text, "date_source": date_source, "targets": list(targets)},
    )


# Those who fly the strikes a list of strikes tells of under its lead
_FLYERS = frozenset({"Coalition", "Russia", "Turkey", "SAA", "ISF", "Israel", "Jordan"})
# ("Turkish F-16 fighter jets struck ISIL targets inside Syria")
_AIRCRAFT_STRUCK = re.compile(
    AIRCRAFT.pattern + r"\s+(?:[\w-]+\s+){0,2}?(?:struck|bombed|hit|pounded)\b", re.I
)
_STRIKES_WORD = re.compile(r"(?i)\b(?:strikes|air\s*raids|sorties|airstrikes|bombing)\b")


def _striker_told_before(text: ArticleText, index: int) -> str | None:
    """The party that the sentence or one of the two before ``index`` says carried out
    strikes, for a strike told with no party of its own ("Coalition military forces
    conducted 12 strikes in Syria: -- Near Raqqa, seven strikes engaged five ISIS tactical
    units")."""
    # (back over the list's other items, its headings and the leads of its parts, to the
    # list's lead)
    first = _list_top(text, index, leads=True)
    for sentence in reversed(text.sentences[max(0, first - _STRIKES_LEAD) : index + 1]):
        if not any(
            # (not strikes others moved under: "soldiers ..., moving under the cover of the
            # strikes, had driven the militants out")
            not _UNDER_COVER.search(sentence.text, max(0, m.start() - 40), m.start())
            for m in _STRIKES_WORD.finditer(sentence.text)
        ) and not _AIRCRAFT_STRUCK.search(sentence.text):
            continue
        flyers = [
            a.actor_id
            for a in text.actors_in(sentence)
            if a.actor_id in _FLYERS
            # (not who asked for them: "the strikes were carried out at the request of the
            # Iraqi government")
            and not _AT_REQUEST.search(text.body, max(0, a.start - 40), a.start)
            # (nor whom they support: "21 strikes in Iraq, coordinated with and in support of
            # the Iraqi government")
            and not _IN_SUPPORT.search(text.body, max(0, a.start - 50), a.start)
            # (nor who holds what they defend: "the dam, which remains under control of
            # Iraqi security forces")
            and not _UNDER_CONTROL.search(text.body, max(0, a.start - 40), a.start)
            # (nor who does something else meanwhile: "two more airstrikes ... destroyed six
            # ISIL vehicles, as Iraqi Security Forces ... pressed their offensive")
            and not _MEANWHILE.search(text.body, max(0, a.start - 20), a.start)
        ]
        if flyers:
            return flyers[0]
        if _AIR_WAR_SPEAKER.search(sentence.text):
            return "Coalition"  # ("The Pentagon said ... aircraft had conducted four strikes")
    # (a release of a force that flies them tells its own strikes: a coalition strike list)
    issuer = [a.actor_id for a in find_actors(text.article.outlet) if a.actor_id in _ISSUERS]
    return issuer[0] if issuer else None


_ISSUERS = frozenset({"Coalition", "Russia", "Turkey"})  # forces that publish strike lists
_IN_SUPPORT = re.compile(
    rf"(?i)\b(?:{_SUPPORT_OF}|coordinated\s+with|on\s+behalf\s+of)\s+(?:the\s+)?$"
)


_STRIKES_LEAD = 3  # sentences
# An item of a list of strikes ("-- Near Mosul, three strikes struck"), or a heading of a word
# or two ("Iraq")
_LISTED_OR_HEADING = re.compile(r"\s*(?:(?:--?|[*•–—])\s+\S|[A-Z][\w ]{0,20}:?\s*$)")
_MEANWHILE = re.compile(r"(?i),\s+(?:as|while|when|after)\s+(?:the\s+)?$")
_AIR_WAR_SPEAKER = re.compile(rf"\b{AIR_WAR_VOICES}\b")
_UNDER_COVER = re.compile(rf"(?i)\b{_SUPPORT_OF}\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_UNDER_CONTROL = re.compile(
    r"(?i)\b(?:under\s+(?:the\s+)?control\s+of|held\s+by|controlled\s+by|defended\s+by)\s+"
    r"(?:the\s+)?$"
)


def undated_span(published: dt.date) -> tuple[dt.date, dt.date]:
    """The dates an undated report covers: the day before publication and the day itself.

    News is filed after the fact, often the next day, so a sentence with no date of its own
    in an article with no dominant date is dated as a span that ends on publication.
    """
    return published - dt.timedelta(days=1), published


def _named_first(places: list[EventPlace]) -> list[EventPlace]:
    """``places``, the first place where the event was that is drawn where it is named put
    before those drawn by rule: "airstrikes on southern Idlib and northern Hama ..., hitting
    al-Habit, Abdin, al-Tamanah" is drawn at al-Tamanah, not at Idlib city for its province.

    >>> idlib = EventPlace("southern Idlib", "at", "g:1", 35.9, 36.6, approximate=True)
    >>> tamanah = EventPlace("al-Tamanah", "at", "g:2", 35.5, 36.7)
    >>> [p.name for p in _named_first([idlib, tamanah])]
    ['al-Tamanah', 'southern Idlib']
    """
    lead = places[0] if places else None
    # (a region or a province drawn at its city; not a place no gazetteer knows drawn by the
    # town it lies in, "the al-Waer district" of Homs)
    if lead is None or not (lead.role == "at" and lead.approximate and lead.place_id):
        return places
    for k, p in enumerate(places):
        if p.role == "at" and p.located and not p.approximate:
            return [p, *places[:k], *places[k + 1 :]]
    return places


def _event_places(text: ArticleText, sentence: Sentence, slots: list[_Slot]) -> list[EventPlace]:
    out: list[EventPlace] = []
    located = [s.ref.target.place for s in slots if s.ref.target.place is not None]
    for s in slots:
        target = s.ref.target
        name = _as_written(sentence, s)
        if target.iso is not None:
            if not (_FIRST_OF_BORDER.match(text.body, s.ref.end) and len(slots) > 1):
                out.append(_country_end(text, s, name, located))
        elif target.place is not None:
            p = target.place
            # "villages in Deir ez-Zor province", "the eastern Aleppo countryside": somewhere
            # in the region the city gives its name to, drawn at the city as approximate
            region = REGION_AFTER.match(text.body, s.ref.end)
            wide = (
                p.feature == "A"
                or region is not None
                or bool(REGION_BEFORE.search(text.body, max(0, s.ref.start - 40), s.ref.start))
            )
            if region is not None and not name.lower().endswith(region.group().strip().lower()):
                name += region.group().replace("\n", " ")
            # "Mosul airport", "the university of Mosul": drawn at the town, as approximate
            facility = FACILITY.match(text.body, s.ref.end)
            owner = FACILITY_BEFORE.search(text.body, max(0, s.ref.start - 30), s.ref.start)
            if facility is not None and p.feature == "P":
                name += " ".join(facility.group().split()).join("  ")[:-1]
            elif owner is not None:
                name = " ".join(owner.group().split()) + " " + name
            wide = wide or (facility is not None and p.feature == "P") or owner is not None
            # ("captured the Mosul museum": a building of the town, not the town taken; so
            # is "the airport" told after "Tabqa military airport")
            site = s.ref.source == "anaphor" and _SITE_ANAPHOR.search(s.ref.text) is not None
            wide = wide or site
            role = "near" if s.role == "at" and (facility is not None or site) else s.role
            lat, lon = p.lat, p.lon
            beyond = _OUTSIDE_A_CITY.search(text.body, max(0, s.ref.start - 30), s.ref.start)
            if (
                beyond is not None
                and not _NEAR_SITE.search(text.body, max(0, beyond.start() - 45), beyond.start())
                and role == "near"
                and p.population >= _OUTSIDE_CITY_PEOPLE
                and lat is not None
                and lon is not None
            ):
                # ("seized a string of villages north of Aleppo"): out in that quarter, not the
                # city itself, drawn as approximate
                bearing = BEARING_DEGREES.get(beyond["b"].lower().replace("-", ""))
                if bearing is not None:
                    lat, lon = _destination(lat, lon, bearing, _OUTSIDE_CITY_KM)
                    wide = True
            way = _countryside_way(text.body, s.ref) if p.feature == "P" else None
            if way is not None and lat is not None and lon is not None:
                # ("Aleppo's eastern countryside", "the western countryside of Raqqa"): out in
                # that quarter of the land around the city, not the city itself; further for
                # its desert ("Homs eastern desert", the Badia a hundred miles out)
                far = _DESERT_KM if _is_desert(text.body, s.ref) else _COUNTRYSIDE_KM
                lat, lon = _destination(lat, lon, way, far)
            out.append(EventPlace(name, role, p.place_id, lat, lon, approximate=wide))
        else:
            # "al-Zawiya, a town 30 km south of Mosul": where the text puts it; "the Zuhur
            # district": a part of the story's city that no gazetteer knows. Either is drawn
            # as approximate until an editor pins it.
            named = sentence_at(text.sentences, target.start) if target is not s.ref else None
            # ("captured the village of Bzaah, east of al-Bab, but IS retook it"): where the
            # text put the place the words stand for, else where these words put it (not in
            # the town a source speaks from: "A security source in Damascus said the army had
            # taken full control of the district", Baba Amr in Homs)
            point = _point_of_unknown(text, named, target) if named is not None else None
            point = point or _point_of_unknown(text, sentence, s.ref)
            if point is not None:
                out.append(EventPlace(name, s.role, None, *point, approximate=True))
            else:
                out.append(EventPlace(name, s.role))
    return out


_REST_OF_LIST = re.compile(
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:al|el|ad|ar|as|ash|at|an)-)?[A-Z][\w’'-]*"
    r"(?:\s(?:(?:al|el)-)?[A-Z][\w’'-]*){0,3}){1,6}"
)


def _point_of_unknown(
    text: ArticleText, sentence: Sentence, ref: PlaceRef
) -> tuple[float, float] | None:
    """Where the text puts a place no gazetteer knows, named at ``ref`` in ``sentence``:
    by a distance and bearing, in the town it is a part of, beside, between or near a known
    place; None when it does not say."""
    site = _SITE_NOUN_AFTER.match(text.body, ref.end)  # ("the Kiske junction, a crossroads
    # ... about 30 kilometers west of Mosul")
    point = (
        _offset_point(text, ref.end)
        or (_offset_point(text, site.end()) if site is not None else None)
        or _listed_point(text, ref.start)
    )
    if point is None:
        # ("the villages of Kudila and Mahana, 10 kilometers west of Makhmour"): where the
        # list it leads ends
        rest = _REST_OF_LIST.match(text.body, ref.end)
        point = _offset_point(text, rest.end()) if rest is not None else None
    # (or where another mention of the name says: "Al-Shaer field lies about 110 km east of
    # the city of Homs"; "the Turkmen town of Taza, south of Kirkuk" before "the villages
    # southwest of Taza")
    # (a distance told anywhere before a bare bearing: "Maktab Khalid, southwest of Kirkuk" in
    # a caption, "Maktab Khalid, about 15 kilometers southwest of the city" in the story)
    others = [
        p for p in text.places if p.text.lower() == ref.text.lower() and p.start != ref.start
    ]
    point = point or next(
        (
            found
            for told, at_start in _WHERE_TOLD
            for p in others
            if (found := told(text, p.start if at_start else p.end)) is not None
        ),
        None,
    )
    owner = owner_of_part(text, ref.start, ref.end) if point is None else None
    if owner is not None:
        # ("Istanbul's historic Sultanahmet district"): in the town it is told of, if known;
        # else nowhere, not in the story's city
        place = owner.target.place
        return (place.lat, place.lon) if place is not None and place.feature == "P" else None
    told = _told_as_part(text, ref) if point is None else None
    whole = whole_of_part(text, told.start, told.end) if told is not None else None
    if (
        whole is not None
        and whole.target.place is None
        and whole.target.iso is None
        and whole.start > ref.start
        and (point := _point_of_unknown(text, sentence, whole)) is not None
    ):
        # ("the Musab bin Omair mosque in the village of Imam Wais, in the Hamrin area some
        # 120 kilometers northeast of Baghdad"): where the text puts the village, if it does
        return point
    city = (
        town_of_part(text, told.start, told.end)
        or _city_of_sentence(text, sentence)
        or _city_of_paragraph(text, sentence, told)
        or _story_city(text, sentence)
        if told is not None
        else None
    )
    if city is not None:
        return (city.lat, city.lon)
    return (
        point
        or _beside_point(text, ref.end)
        or _within_reach_point(text, ref.end)
        or _between_point(text, ref.end)
        or _nearby_point(text, sentence, ref)
    )


_SITE_NOUN_AFTER = re.compile(
    r"\s+(?:junction|crossroads|intersection|roundabout|bridge|checkpoint|border\s+post|"
    r"(?:military\s+|air\s?)?base|(?:military\s+)?airport|air\s?field|camp|dam)\b",
    re.I,
)


def _told_as_part(text: ArticleText, ref: PlaceRef) -> PlaceRef | None:
    """The mention of the name at ``ref`` that tells it as a part of a town: this one ("the
    Zuhur district"), else another of the article ("cleared the al-Zanjili neighborhood ...
    advanced south from al-Zanjili")."""
    if part_of_a_town(text.body, ref.start, ref.end):
        return ref
    return next(
        (
            p
            for p in text.places
            if p.target.place is None
            and p.target.iso is None
            and p.text == ref.text
            and p.start != ref.start
            and part_of_a_town(text.body, p.start, p.end)
        ),
        None,
    )


# "villages north of Aleppo": a quarter outside a city, with no distance told
_OUTSIDE_A_CITY = re.compile(
    rf"(?<![\d\s]km\s)(?<!miles\s)\b(?P<b>{BEARING})\s+of\s+(?:the\s+(?:city\s+of\s+)?)?$", re.I
)
# (not a city's own airport or base: "the besieged military airport southeast of the city")
_NEAR_SITE = re.compile(
    r"\b(?:airport|air\s*base|airfield|base|dam|university|hospital)s?\W*$", re.I
)
_OUTSIDE_CITY_PEOPLE = 200_000  # a city that large is not what lies north of it
_OUTSIDE_CITY_KM = 20.0
_COUNTRYSIDE_KM = 30.0
_DESERT_KM = 100.0
# "Aleppo's eastern countryside", "the western countryside of Raqqa", "the eastern Aleppo
# countryside", "Homs eastern desert": which quarter of the land around a city
_WAY_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?P<b>{BEARING})\s+(?P<land>countryside|hinterland|desert|badia)\b", re.I
)
_WAY_BEFORE = re.compile(
    rf"\b(?P<b>{BEARING})\s+(?:(?P<land>countryside|hinterland|desert|badia)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_COUNTRYSIDE_AFTER = re.compile(r"\s+(?P<land>countryside|hinterland|desert|badia)\b", re.I)


def _is_desert(body: str, ref: PlaceRef) -> bool:
    """Whether the land told around the city at ``ref`` is its desert, not its countryside."""
    for m in (
        _WAY_AFTER.match(body, ref.end),
        _WAY_BEFORE.search(body, max(0, ref.start - 40), ref.start),
        _COUNTRYSIDE_AFTER.match(body, ref.end),
    ):
        if m is not None and m["land"] and m["land"].lower() in ("desert", "badia"):
            return True
    return False


def _countryside_way(body: str, ref: PlaceRef) -> float | None:
    """The bearing of the quarter of a city's countryside told at ``ref``, if one is."""
    after = _WAY_AFTER.match(body, ref.end)
    if after is not None:
        return BEARING_DEGREES.get(after["b"].lower().replace("-", "").removesuffix("ern"))
    before = _WAY_BEFORE.search(body, max(0, ref.start - 40), ref.start)
    if before is None or not (before["land"] or _COUNTRYSIDE_AFTER.match(body, ref.end)):
        return None
    return BEARING_DEGREES.get(before["b"].lower().replace("-", "").removesuffix("ern"))


# "the Syrian border west of Sinjar", "the Iraq-Syria border near al-Qaim"
_BORDER_BY = re.compile(
    r"(?:\s+(?:border|frontier))?\s+(?:(?:just\s+)?(?P<way>(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"(?:ern)?\s+of|near|at|close\s+to|by)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?",
    re.I,
)


def _country_end(text: ArticleText, s: _Slot, name: str, located: list[Place]) -> EventPlace:
    """A country as an event's end: drawn, as approximate, at its nearest point toward the
    event's other place, or toward the town its border is told by ("reached the Syrian
    border west of Sinjar")."""
    iso = s.ref.target.iso
    assert iso is not None
    lat = lon = None
    role = s.role
    other = next((p for p in located), None)
    by, bearing = _border_locator(text, s.ref)
    if by is not None and (role != "at" or other is None):
        other, role = by, "to" if role == "at" else role
    if role in ("from", "to", "between") and other is not None:
        point = None
        if bearing is not None and other is by:  # ("the Syrian border west of Mosul")
            far = _destination(other.lat, other.lon, bearing, _BORDER_FAR_KM)
            point = point_along(iso, (other.lat, other.lon), far)
        point = point or point_toward(iso, other.lat, other.lon)
        lat, lon = point if point is not None else (None, None)
    return EventPlace(name, role, f"country:{iso}", lat, lon, approximate=lat is not None)


_ALONG = re.compile(r"(?i)\balong\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")
_BORDER_WITH = re.compile(r"(?i)\b(?:border|frontier)\s+(?:with\s+)?$")
# "the Iraq-Syria border": the first country of the two is the second's border too
_FIRST_OF_BORDER = re.compile(r"-[A-Z][\w’'-]*\s+(?:border|frontier)\b")


def _border_locator(text: ArticleText, ref: PlaceRef) -> tuple[Place | None, float | None]:
    """The known town a border end is told by ("reached the Syrian border west of Sinjar"),
    and the bearing from it the text gives, if any: the end is drawn where the border lies
    that way from the town, else at its nearest point to it."""
    end = ref.end
    named = re.search(r"(?i)\b(?:border|frontier)$", ref.text) or re.match(
        r"(?i)\s+(?:border|frontier)\b", text.body[end : end + 12]
    )
    if not named and not _BORDER_WITH.search(text.body, max(0, ref.start - 25), ref.start):
        return None, None
    m = _BORDER_BY.match(text.body, end)
    if m is None:
        return None, None
    way = m.group("way")
    bearing = BEARING_DEGREES.get(way.lower().replace("-", "")) if way else None
    return _located_at(text, m.end()), bearing


_BORDER_FAR_KM = 600.0  # how far along a bearing a border is looked for


def _located_at(text: ArticleText, start: int) -> Place | None:
    """The known place, with coordinates, whose name begins at ``start`` in the body."""
    ref = next((p for p in text.places if p.start == start and p.usable), None)
    place = ref.target.place if ref is not None else None
    return place if place is not None and place.lat is not None and place.lon is not None else None


def _told_of(text: ArticleText, m: re.Match[str]) -> Place | None:
    """The known place a match of _OFFSET or _BESIDE (ending at its name) tells its bearing
    from, as named or as described: "Handarat, just north of the city" (Aleppo)."""
    return _located_at(text, m.end()) or (_located_at(text, m.start("the")) if m["the"] else None)


# What the known place a distance or a bearing is told from is called: "the city of Homs",
# "the provincial capital Ramadi"
_TOWN_CALLED = r"(?:(?:city|town|village)\s+of\s+|(?:provincial\s+|regional\s+)?capital,?\s+)?"
# "90 kilometers (55 miles) southeast of the city of Deir ez-Zor": how far, which way, from
_DISTANCE_BEARING = (
    r"(?P<d>\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(?P<u>km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^)]{1,20}\)\s+)?(?:to\s+the\s+)?"
    r"(?P<b>(?:north|south|east|west)(?:-?(?:east|west))?)(?:ern|ward)?\s+of\s+(?P<the>the\s+)?"
    + _TOWN_CALLED
)
# ", a town 30 km south of Mosul", " (25 miles) north-west of the city of Kirkuk"
# "al-Shaer field lies about 110 km east of the city of Homs": told in a sentence of its own
_OFFSET = re.compile(
    # (", in the Hamrin area some 120 kilometers northeast of Baghdad")
    r"(?:,\s+(?:(?:in\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:town|village|city|district|area|hamlet|camp|base|site|settlement|crossroads|junction)\s+"
    # (", a crossroads on the Mosul–Tal Afar highway about 30 kilometers west of Mosul")
    r"(?:(?:on|along|off)\s+the\s+[^,;.()]{1,40}?\s+)?)?"
    r"|(?:\s+(?:(?:gas|oil)\s+)?(?:field|town|village|city|dam|base|airport|air\s?base|refinery))?"
    r"\s+(?:lies|sits|stands|is(?:\s+(?:located|situated))?)"
    # ("Shuheil lies on the eastern bank of the river some 35 kilometres ... southeast of")
    r"(?:\s+(?:on|along|in)\s+the\s+[^,;.()]{1,40}?)?"
    r"\s+)(?:(?:some|about|around|nearly|roughly|approximately|just)\s+)?" + _DISTANCE_BEARING,
    re.I,
)
_MILE_KM = 1.609344


def _offset_point(text: ArticleText, end: int) -> tuple[float, float] | None:
    """The point a distance and a bearing from a known place put a name at, when the words
    after it (at ``end``) give them: "al-Zawiya, a town 30 km south of Mosul".

    >>> [round(x, 2) for x in _destination(36.34, 43.13, 180, 30.0)]
    [36.07, 43.13]
    """
    m = _OFFSET.match(text.body, end)
    place = _told_of(text, m) if m is not None else None
    return _told_from(place, m) if m is not None and place is not None else None


def _told_from(place: Place, m: re.Match[str]) -> tuple[float, float] | None:
    """The point the distance and bearing of a match of _DISTANCE_BEARING put from ``place``
    (None for a number too large to be a distance)."""
    km = _km_told(m)
    if place.lat is None or place.lon is None or not 0 < km <= _OFFSET_MAX_KM:
        return None
    bearing = BEARING_DEGREES[m["b"].lower().replace("-", "")]
    return _destination(place.lat, place.lon, bearing, km)


# "three towns ... about 90 kilometers (55 miles) southeast of the city of Deir ez-Zor: Abu
# Hamam, al-Kishkiyeh and Gharanij": the towns a list after a colon names lie there
_LIST_LOCATED = re.compile(
    r"(?i)\b(?:villages|towns|hamlets|settlements)\b[^.;:!?]{0,80}?\s" + _DISTANCE_BEARING + "$"
)
_NAMES_BEFORE = re.compile(
    r"(?:\s*[^\s,.;:!?()][^,.;:!?()]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+))*\s*"
)


def _listed_point(text: ArticleText, start: int) -> tuple[float, float] | None:
    """The point a distance and a bearing put a list of names at when the name at ``start``
    is one of a list after a colon that such words lead to."""
    body = text.body
    colon = body.rfind(":", max(0, start - 160), start)
    if colon < 0 or not _NAMES_BEFORE.fullmatch(body, colon + 1, start):
        return None
    known = next((p for p in text.places if p.end == colon), None)
    place = _located_at(text, known.start) if known is not None else None
    m = _LIST_LOCATED.search(body, max(0, known.start - 160), known.start) if known else None
    return _told_from(place, m) if m is not None and place is not None else None


def _km_told(m: re.Match[str]) -> float:
    """The distance a match of _OFFSET or _WITHIN_REACH tells (its ``d`` in unit ``u``), in km."""
    return float(m["d"].replace(",", "")) * (_MILE_KM if m["u"].lower().startswith("mile") else 1)


_OFFSET_MAX_KM = 1000.0  # farther, the number is not a distance to place by
# ", east of al-Qaim", ", a village just north of the town of Bashiqa": no distance told
_BESIDE = re.compile(
    r"(?:,\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:town|village|city|district|area|hamlet|camp|"
    # (or the area it names, with or without a comma: "the Zaidan area, west of Abu Ghraib")
    r"base|site|settlement)\s+)?|\s+(?:area|region|district|countryside|desert),?\s+)"
    # ("Zawiyat Albu Nimr, on the Euphrates River just east of the town of Hit")
    r"(?:(?:on|along)\s+the\s+[A-Z][\w’'-]*(?:\s+(?:River|river|valley|Valley))?\s+)?"
    r"(?:(?:(?:just|immediately|directly|slightly)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    # ("in Urum al-Kubra, in rural western Aleppo")
    r"|(?<=,\s)in\s+(?:the\s+)?(?:rural\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:countryside\s+of\s+)?)"
    r"(?P<the>the\s+)?" + _TOWN_CALLED,
    re.I,
)


# ", in Diyala province about 20 kilometres (12 miles) from the capital": within reach of a
# known place, in no told direction
_WITHIN_REACH = re.compile(
    r",\s+(?:in\s+(?:[\w’'-]+\s+){1,3}?(?:province|governorate|district)\s+|"
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:town|village|city|district|area|hamlet|camp|base|"
    r"site|settlement)\s+)?"
    r"(?:(?:some|about|around|nearly|roughly|approximately|just|only)\s+)?"
    r"(?P<d>\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(?P<u>km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^)]{1,20}\)\s+)?(?:away\s+)?from\s+(?:the\s+)?(?P<at>)" + _TOWN_CALLED,
    re.I,
)
_REACH_KM = 60.0  # farther, a place told only by its distance is not drawn at the other


_SITE_ANAPHOR = re.compile(r"(?i)(?:airport|air ?base|airfield|dam|refinery)$")
_NEARBY = re.compile(rf"(?i)\b{NEARBY}\s+(?:(?:town|village|hamlet|district|area)\s+of\s+)?$")


def _nearby_point(
    text: ArticleText, sentence: Sentence, ref: PlaceRef
) -> tuple[float, float] | None:
    """The known town named before a name in its sentence that the text calls nearby ("took
    Nimrud ... and the nearby village of al-Numaniya"): drawn there, as approximate. A town
    named only to measure from ("140 km west of Baghdad") is not the one it is near."""
    if not _NEARBY.search(text.body, max(0, ref.start - 40), ref.start):
        return None
    before = [
        p.target.place
        for p in text.places_in(sentence)
        if p.end <= ref.start
        and p.usable
        and p.target.place is not None
        and not is_reference(text.body, p.start)
    ]
    place = before[-1] if before else None
    if place is None or place.lat is None or place.lon is None or place.feature != "P":
        return None
    return (place.lat, place.lon)


_BETWEEN_TWO = re.compile(
    # ("in the Ishaqi area, between Balad and Samarra")
    r"(?:\s+(?:area|district|region|sub-?district|town|village))?"
    r",\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:town|village|city|district|area)\s+)?"
    + _BETWEEN_OF,
    re.I,
)


def _between_point(text: ArticleText, end: int) -> tuple[float, float] | None:
    """The midpoint of the two known towns a name is said to lie between ("Khalidiya,
    between Ramadi and Fallujah"), as approximate."""
    m = _BETWEEN_TWO.match(text.body, end)
    a = _located_at(text, m.end()) if m is not None else None
    first = next((p for p in text.places if m is not None and p.start == m.end()), None)
    if a is None or first is None:
        return None
    joined = re.match(r"\s+and\s+(?:the\s+)?", text.body[first.end : first.end + 12])
    b = _located_at(text, first.end + joined.end()) if joined else None
    if b is None or None in (a.lat, a.lon, b.lat, b.lon):
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return (round((a.lat + b.lat) / 2, 5), round((a.lon + b.lon) / 2, 5))


def _beside_point(text: ArticleText, end: int) -> tuple[float, float] | None:
    """The known place a name is said to lie beside, with no distance ("al-Ubaydi, east of
    al-Qaim"): drawn there, as approximate, until an editor pins it."""
    m = _BESIDE.match(text.body, end)
    if m is None:
        return None
    place = _told_of(text, m)
    if place is None or place.lat is None or place.lon is None or place.feature != "P":
        return None
    return (place.lat, place.lon)


def _within_reach_point(text: ArticleText, end: int) -> tuple[float, float] | None:
    """The known place a name is said to lie a short way from, in no direction told ("Khan
    Bani Saad, about 20 kilometres from the capital"): drawn there, as approximate."""
    m = _WITHIN_REACH.match(text.body, end)
    if m is None:
        return None
    km = _km_told(m)
    # (the name may follow what the place is called, or be that word: "the capital")
    place = _located_at(text, m.end()) or _located_at(text, m.end("at"))
    if not 0 < km <= _REACH_KM or place is None or place.lat is None or place.lon is None:
        return None
    return (place.lat, place.lon)


# How the text may say where a name lies, strongest first; each told from the name's end,
# or from its start (True)
_WHERE_TOLD: tuple[tuple[Callable[[ArticleText, int], tuple[float, float] | None], bool], ...] = (
    (_offset_point, False),
    (_listed_point, True),
    (_beside_point, False),
    (_within_reach_point, False),
)


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` (degrees from north), on a sphere."""
    r = km / 6371.0
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


_SENTENCE_CITY = 100_000  # people: a city its sentence names is where its districts lie
_SENTENCE_TOWN = 50_000  # (or the one town of half that, when it names no such city)


def _city_of_sentence(text: ArticleText, sentence: Sentence) -> Place | None:
    """The city the sentence names, if one: where a district it names lies ("recaptured the
    Ghazlani base on the edge of Mosul, and later entered the neighborhood of Wadi Hajar")."""
    for least in (_SENTENCE_CITY, _SENTENCE_TOWN):
        cities = [c for _, c in _cities_in(text, sentence, least)]
        if len({c.place_id for c in cities}) == 1:
            return cities[-1]
    return None


def _cities_in(text: ArticleText, sentence: Sentence, least: int) -> list[tuple[int, Place]]:
    """The towns of at least ``least`` people that ``sentence`` names, in order, each with
    where it is named."""
    return [
        (p.start, p.target.place)
        for p in text.places_in(sentence)
        if p.usable
        and p.target.place is not None
        and p.target.place.feature == "P"
        and p.target.place.population >= least
    ]


def _city_of_paragraph(text: ArticleText, sentence: Sentence, ref: PlaceRef) -> Place | None:
    """The one city the sentence before ``sentence``, in its paragraph, names: where a
    district or neighbourhood the sentence names (``ref``) lies ("launched an offensive on
    Thursday against Hasaka ... The militants seized the southern districts of Nashwa and
    Ghwayran")."""
    index = text.sentence_index(sentence.start)
    if not index or not _CITY_PART.search(text.body, max(0, ref.start - 40), ref.end + 30):
        return None
    before = text.sentences[index - 1]
    if "\n" in text.body[before.end : sentence.start]:
        return None
    cities = {
        c.place_id: c
        for at, c in _cities_in(text, before, _SENTENCE_CITY)
        if not is_reference(text.body, at)  # (not one measured from: "30 km south of Mosul")
    }
    return next(iter(cities.values())) if len(cities) == 1 else None


_CITY_PART = re.compile(r"(?i)\b(?:neighbou?rhoods?|districts?|quarters?|suburbs?)\b")


def _story_city(text: ArticleText, sentence: Sentence) -> Place | None:
    """The town the story is about up to ``sentence`` (:func:`geomap.coref.story_town`); for
    the headline, which comes before the story tells it, the town of its first paragraphs
    ("Iraqi forces advance on al-Nuri mosque" over a story about Mosul's Old City)."""
    end = sentence.end
    if sentence is text.sentences[0] and len(text.sentences) > 1:
        end = text.sentences[min(len(text.sentences) - 1, _HEADLINE_STORY)].end
    town = _story_town_before(text, end)
    return town.target.place if town is not None else None


_HEADLINE_STORY = 4  # sentences: what the story tells first, that its headline sums up


def _story_town_before(text: ArticleText, end: int) -> PlaceRef | None:
    """The town the story is about, of the places named before ``end``."""
    hi = bisect_left(text.places, end, key=lambda p: p.start)
    return story_town(text, text.places[:hi], towns=True)


def _as_written(sentence: Sentence, s: _Slot) -> str:
    """The place as written, with a direction that qualifies it ("eastern Mosul"); for a
    pronoun ("retook it"), the name it stands for."""
    if s.ref.text.lower() in ("it", "there"):
        return s.ref.target.text
    start = s.ref.start - sentence.start
    if start < 0:
        return s.ref.text
    m = _DIRECTION.search(sentence.text[max(0, start - 20) : start])
    return f"{m.group('d')} {s.ref.text}" if m else s.ref.text


_PASSED_OVER = re.compile(
    r"\b(?:over|through|across)\s+(?:the\s+)?(?:territory|territories|areas?|land|airspace)\s+"
    r"(?:controlled|held|occupied|run)\s+by\s+(?:(?:the\s+)?[\w-]+(?:,\s+|\s+and\s+))*"
    r"(?:the\s+)?$",
    re.I,
)


_AT_REQUEST = re.compile(
    r"\b(?:at|on)\s+the\s+(?:[\w-]+\s+)?(?:request|behest|invitation)\s+of\s+(?:the\s+)?$", re.I
)
# "left al-Waer ... under a UN-backed truce deal with the Assad regime": who the deal is with
_DEAL_WITH = re.compile(
    rf"(?i)\b{_DEAL}\s+(?:[\w-]+\s+){{0,2}}?with\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


def _actors(
    text: ArticleText, sentence: Sentence, trigger: Trigger, bounds: tuple[int, tuple[int, int]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The event's actors, who acts first (ACLED's actor1), those acted against last.

    Returns the actors and, apart, those of them that are acted against (the targets).

    The agent is the actor named by a passive "by" after the trigger ("advances made by the
    Iraqi forces"), else the last actor before the trigger that is not itself a target.
    A target is an actor after "against", "from", "on", "at", "over" or "the siege of", the
    subject of "lost" ("Daesh has lost al-Qaim"), or one
    whose positions, strongholds or routes are named ("Isis's escape route", "Daesh-held"):
    it follows the others, and is left out when no one else is named, so that the one
    acted against is never drawn as the one acting.
    """
    window_end, (said_from, said_to) = bounds
    body = text.article.body
    spans = [
        a
        for a in _as_parties(body, text.actors_in(sentence))
        # ("flew for more than an hour over territory controlled by Syrian, Russian and
        # Turkish forces"): whose the land passed over is, not who acts nor who is acted on
        if not _PASSED_OVER.search(body, max(sentence.start, a.start - 80), a.start)
        # ("struck IS fighters ..., at the request of Iraqi forces"): who asked for it
        and not _AT_REQUEST.search(body, max(sentence.start, a.start - 40), a.start)
        and not _DEAL_WITH.search(body, max(sentence.start, a.start - 50), a.start)
    ]
    t0 = sentence.start + trigger.start
    spans = _past_a_denial(sentence, trigger, spans)
    fled = _fleeing_ones(sentence, trigger, spans)
    if fled is not None:
        return fled, ()
    saying = [a for a in spans if said_from <= a.start < said_to]
    spans = _without_sayers(body, spans, saying, (said_from, said_to, t0))
    end = sentence.start + _parties_end(sentence, trigger, spans, window_end)
    window, targets = _window_and_targets(body, sentence, trigger, spans, end)
    window = _main_subject(body, sentence, trigger, spans, window)
    # past a participle going on from it, a party is acted on: "encircled Manbij, cutting
    # the road ... and trapping 2,000 ISIL fighters inside", "hitting IS tactical units"
    going_on = _GOING_ON.search(sentence.text, trigger.end, window_end)
    if going_on is not None:
        targets |= {
            id(a)
            for a in window
            if a.start >= sentence.start + going_on.end()
            and not _AGENT_BY.search(body, sentence.start + going_on.end(), a.start)
        }
    agents = [
        a
        for a in window
        if a.start >= t0
        and (
            _AGENT_BY.search(body[t0 : a.start])
            # ("Mosul fell under IS control"): whose control
            or (
                _FELL_UNDER.match(trigger.text) is not None
                and (
                    a.end <= t0 + len(trigger.text)
                    or _OF_THE.fullmatch(body, t0 + len(trigger.text), a.start) is not None
                )
            )
            # ("air strikes from the US-led coalition"): whose strikes
            or (
                trigger.type == "airstrike"
                and _STRIKES_FROM.fullmatch(body, t0 + len(trigger.text), a.start) is not None
            )
        )
        # (not another verb's: "searching the houses for explosives planted by the militants")
        and not _another_verbs_agent(body, t0 + len(trigger.text), a.start)
        # (not the agent of another clause's noun: "enter Tigris town as UN voices alarm over
        # reports of mass killings by ISIL fighters")
        and not _CLAUSE_AFTER.search(body, t0 + len(trigger.text), a.start)
        and id(a) not in targets
        and not _BACKED.search(body, max(t0, a.start - 40), a.start)  # ("backed by": support)
    ]
    subject = (
        # ("Turkish forces had hit 500 Daesh positions ..., following the Jan. 12 suicide
        # bombing in Istanbul"): an act told as the time of another is not its subject's
        []
        if _ACT_NOUN.search(trigger.text)
        and _AFTER_AN_ACT.search(body, max(sentence.start, t0 - 40), t0)
        else _subject(body, trigger, t0, (window, targets, agents))
    )
    # ("carried out airstrikes on a convoy of pro-Syrian government forces that officials said
    # was advancing toward a base"): the relative clause's own subject, alone
    told_of = [a for a in subject if _THAT_DID.fullmatch(body, a.end, t0)]
    if told_of:
        subject = told_of[-1:]
    others = [a for a in window if a.start >= t0 and id(a) not in targets]
    if subject and trigger.voice == "active" and trigger.type == "capture":
        # "seizing Mosul in a lightning offensive that saw Iraqi troops abandon their posts":
        # past a capture's subject and object, a party acts with it only as told so
        others = [a for a in others if _WITH_IT.search(body, max(t0, a.start - 40), a.start)]
    # ("after weeks of street fighting backed by Russian air strikes": who backs ranks after
    # those it backs, and is no one's agent alone)
    backers = [a for a in others if _SUPPORTED.search(body, max(t0, a.start - 40), a.start)]
    others = [a for a in others if a not in backers] + backers
    if trigger.voice == "passive" and trigger.type == "capture":
        others = _passive_agents(body, trigger, others, t0)
        if not (subject or others or agents):
            # ("Peshmerga forces announced that the town of Bashiqa, northeast of Mosul, has
            # been cleared"): who announces it took it
            subject = [
                a
                for a in saying
                if a in spans
                and id(a) not in targets  # ("IS denied that Tal Afar had fallen")
                and not _is_target(body, a.start, a.end)
                and not _DENIER.match(body, a.end, t0)
            ]
    elif (trigger.type == "capture" and _NOUN_TRIGGER.search(trigger.text)) or (
        # ("The final assault on Baghouz was announced ..., to allow ... ISIS family members
        # to leave"): the same for an attack told as a noun
        trigger.type == "attack"
        and _DETERMINED.search(body, max(0, t0 - 25), t0)
        and _ON_AFTER.match(body, t0 + len(trigger.text))
    ):
        # "The fall of Raqqa leaves Isis clinging to ...": the noun's agent is told with "to"
        # or "by" ("the fall of Mosul to IS"), not by the clause it is the subject of, nor
        # past it ("... a truce which does not apply to IS")
        others = [
            a
            for a in others
            if _NOUN_AGENT.search(body, max(t0, a.start - 30), a.start)
            and not _CLAUSE_BREAK.search(body, t0 + len(trigger.text), a.start)
        ]
    subject = _participle_subject(body, sentence.text, trigger, subject)
    # "Iraqi troops and the Hashd al-Shaabi retook Hawija": the subject is all of them.
    run = _joined_run(body, subject)
    ordered = agents + subject[-run:] + others + subject[:-run]
    if all(_SUPPORTED.search(body, max(0, a.start - 40), a.start) for a in ordered):
        ordered = []  # ("After weeks of fighting backed by Russian air strikes, Hawija was taken")
    if ordered:  # those acted against, only beside someone acting: never as the agent
        ordered += [a for a in window if id(a) in targets]
    hit_ids = {a.actor_id for a in ordered if id(a) in targets}
    seen: list[str] = []
    for a in ordered:
        if a.actor_id not in seen:
            seen.append(a.actor_id)
    # (a party named again after the trigger, "... from the Islamic State group, leaving the
    # jihadists with a pocket", acts only if it is named before it or as the agent)
    acting = {
        a.actor_id
        for a in ordered
        if id(a) not in targets and (a.start < t0 or a in agents or a.actor_id not in hit_ids)
    }
    hit = {a.actor_id for a in ordered if id(a) in targets} - acting
    hit |= _foes_of(agents or subject[-run:], acting)
    seen = [a for a in seen if a not in hit] + [a for a in seen if a in hit]
    return tuple(seen), tuple(a for a in seen if a in hit)


_JIHADISTS = "ISIS"


def _past_a_denial(
    sentence: Sentence, trigger: Trigger, spans: list[ActorSpan]
) -> list[ActorSpan]:
    """``spans`` less those named before a denial the trigger's clause follows: who did what
    is denied is named after the denial ("claimed that Peshmerga forces had attacked ..., and
    denied that his fighters had shelled civilian areas")."""
    denial = _DENIED_AFTER_AND.search(sentence.text, 0, trigger.start)
    if denial is None:
        return spans
    return [a for a in spans if a.start >= sentence.start + denial.end()]


def _without_sayers(
    body: str, spans: list[ActorSpan], saying: list[ActorSpan], at: tuple[int, int, int]
) -> list[ActorSpan]:
    """``spans`` less those that say so (``saying``, named from ``at[0]`` to ``at[1]``),
    when the trigger at ``at[2]`` has a subject of its own: "Isis fighters shelled Bashiqa,
    the Iraqi military said" (but "Iraqi forces said they had retaken it", "... say they
    have recaptured one of the strongholds of IS, a week after launching ...")."""
    said_from, said_to, t0 = at
    # ("and rebels said jets had also struck the outskirts of Kafr Nabl"): those that say
    # what aircraft named as the clause's subject did
    spans = [
        a
        for a in spans
        if not (
            (said := _SAY_THAT.match(body, a.end)) is not None
            and said.end() == t0
            and AIRCRAFT.match(body, t0) is not None
        )
    ]
    # ("Hezbollah said its top commander in Syria had been killed in an explosion"): those
    # that tell of their own losses at no one's hands named
    if all(_SAYERS_OWN_LOST.fullmatch(body, a.end, t0) for a in spans):
        return []
    if saying and (
        said_from > t0
        # ("..., the Syrian Army says, adding that the attack caused a fire"): the act told of
        or _SAID_OF_THE_ACT.search(body, max(0, t0 - 40), t0) is not None
        or any(
            said_to <= a.start < t0
            and not _is_target(body, a.start, a.end, False)
            # (nor one that backs them: "Iraqi forces, backed by U.S.-led coalition
            # airstrikes, declared victory")
            and not _BACKED.search(body, max(0, a.start - 40), a.start)
            for a in spans
            if a not in saying
        )
    ):
        return [a for a in spans if a not in saying]
    return spans


_FELL_UNDER = re.compile(r"(?i)\w+\s+under\s")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_SAYERS_OWN_LOST = re.compile(
    r"\s+(?:said|says|say|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+"
    r"[^;.]{0,120}?\b(?:had|has|have)\s+been\s+(?:\w+\s+(?:in|by)\s+(?:an?\s+|the\s+)?)?"
)
_SAID_OF_THE_ACT = re.compile(
    r"(?i)\b(?:said|says|say|adding|added|claimed|reported|stated)\s+(?:that\s+)?(?:the|this)\s+$"
)
_SAY_THAT = re.compile(r"\s+(?:said|say|says|reported|claimed)\s+(?:that\s+)?")


def _fleeing_ones(
    sentence: Sentence, trigger: Trigger, spans: list[ActorSpan]
) -> tuple[str, ...] | None:
    """The parties that flee when the trigger is an adjective ("army units continued
    pursuing the fleeing remnants of Daesh"): named after it, not the pursuers before it;
    None when the trigger is no such word."""
    if trigger.type != "withdrawal" or not _THE_FLEEING.search(sentence.text, 0, trigger.start):
        return None
    t0 = sentence.start + trigger.start
    fled = [a.actor_id for a in spans if t0 < a.start <= t0 + len(trigger.text) + 30]
    return tuple(dict.fromkeys(fled))


# "the fleeing remnants of Daesh", "the retreating militants": an adjective, not the verb
# of the sentence's subject
_THE_FLEEING = re.compile(r"(?i)\bthe\s+$")


def _foes_of(lead: list[ActorSpan], acting: set[str]) -> set[str]:
    """The parties among ``acting`` that fight the subject or agent ``lead``: the jihadists
    never act with those who fight them ("Our forces were advancing toward the Old City, and
    when they got within 50 metres of the mosque, ISIL blew it up")."""
    jihadist = {a.actor_id == _JIHADISTS for a in lead}
    if len(jihadist) != 1:
        return set()
    return {a for a in acting if (a == _JIHADISTS) not in jihadist}


# A sentence that opens with "They" and the verb of its event: "They recaptured", "They
# have since retaken", "They then moved on"
_THEY_DID = re.compile(r"They\s+(?:(?:have|had|also|then|later)\s+)?[a-z]+ed\b")
_AND_DID_TOO = re.compile(r",?\s+and\s+(?:then\s+)?$")
_THEY_OPEN = re.compile(r"They\s+(?:(?:have|had|also|then|later|since|quickly|soon|now)\s+){0,3}$")
_OPENS_WITH_ITS = re.compile(
    r"(?:Its|Their)\s+(?:[\w-]+\s+)?(?:forces|fighters|troops|men|units)\b"
)


def _subject_before(text: ArticleText, index: int, *, opening: bool = False) -> tuple[str, ...]:
    """The party the sentence before sentence ``index`` names first, when it names one
    plainly (not one whose party depends on where): what "Its fighters" opening the next
    sentence stand for ("The Islamic State group ... turned on Kurdish-held territory. Its
    fighters overran the town of Sinjar"). With ``opening``, only a party that opens that
    sentence as its subject ("The Islamic State group controls much of Anbar province")."""
    if index == 0:
        return ()
    before = text.sentences[index - 1]
    # (not those it tells were hit: "gunmen ... attacked army positions around Qaryatain")
    named = [a for a in text.actors_in(before) if not _is_target(text.body, a.start, a.end)]
    if (
        not named
        or ":" in named[0].actor_id
        or (opening and not _OPENING.fullmatch(before.text, 0, named[0].start - before.start))
    ):
        return ()
    return (named[0].actor_id,)


_OPENING = re.compile(r"(?:(?:But|And|Meanwhile,?|Still,?)\s+)?(?:[Tt]he\s+)?")


def _speakers_side(claimant: str, country: str | None) -> list[str]:
    """The parties the one who speaks stands for: those named in the words naming them, or
    those whose forces their title names ("Kurdish commanders": Kurdish forces, Iraq's
    Peshmerga in Iraq; "a counter-terrorism commander": the counter-terrorism forces)."""
    named = find_actors(claimant)
    if not named:
        title = _SPEAKERS_TITLE.search(claimant)
        named = find_actors(title.group("side") + " forces") if title else []
    out = []
    for a in named:
        where = by_country(a.actor_id)
        if where is None:
            out.append(a.actor_id)
        elif country in where:
            out.append(where[country])
        elif country is None and len(where) == 1:  # ("Rebel commanders" in Syria, wherever)
            out.extend(where.values())
    return out


# "Kurdish commanders", "a senior Iraqi military officer", "a counter-terrorism commander"
_SPEAKERS_TITLE = re.compile(
    r"^(?:an?\s+|the\s+|one\s+|two\s+|several\s+)?(?:(?:senior|top|local|field|high-ranking)\s+)?"
    r"(?P<side>(?:[\w’'-]+\s+){0,1}[\w’'-]+?)\s+(?:(?:military|army|security|police)\s+)?"
    r"(?:commanders?|officers?|officials?|spokes(?:man|men|woman|person)|generals?|colonels?|"
    r"sources?)$",
    re.I,
)


def _subject(
    body: str,
    trigger: Trigger,
    t0: int,
    found: tuple[list[ActorSpan], set[int], list[ActorSpan]],
) -> list[ActorSpan]:
    """The parties named before the trigger at ``t0`` that act (of ``found``: the window's
    parties, the ids of those acted against, the passive's agents), those who back them
    last."""
    window, targets, agents = found
    if trigger.voice == "passive" and trigger.type == "capture" and agents:
        return []  # ("... the majority Sunni city, seized by Isis in 2014"): by whom, alone
    if _AVENGED.search(body, max(0, t0 - 40), t0):
        return []  # ("militiamen are seeking revenge for the killing of ... recruits"): not
        # who killed them
    subject = [a for a in window if a.start < t0 and id(a) not in targets]
    # "Peshmerga units backed by coalition airstrikes advanced": the backers rank after.
    backing = [a for a in subject if _BACKED.search(body, max(0, a.start - 40), a.start)]
    return backing + [a for a in subject if a not in backing]


_AVENGED = re.compile(
    r"\b(?:revenge|vengeance|retaliation|retribution|reprisals?)\s+(?:for|against)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?$|\bavenge\s+(?:the\s+)?$",
    re.I,
)
_MOVING_BODY = re.compile(
    r"\b(?:convoys?|columns?|vehicles?|remnants?)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?$", re.I
)
_SET_OFF_RELATIVE = re.compile(r",\s+where\s[^,;:()“”\"]*,")
_SIBLING_RELATIVE = re.compile(r",\s+(?:which|that|where)\s[^,;]*?\band\s+(?=(?:which|that)\s)")


# What the whole clause before it was part of: "IS overran the dam after the Kurdish forces
# fell back, part of a lightning advance that had begun with the capture of Sinjar"
_PART_OF_IT = re.compile(
    r",\s+(?:(?:as|all)\s+)?(?:part|the\s+(?:latest|culmination|climax|start|end))\s+of\s+", re.I
)


def _at(m: re.Match[str]) -> int:
    return m.start()


# An aside set off between a subject and its verb: ", made up largely of ..., ", ", a
# Kurdish-Arab alliance, "
_ASIDE = re.compile(
    r",\s+(?:made\s+up|comprised|composed|formed|consisting|which|who|whose|an?|known|mostly|"
    r"largely|mainly)\b[^;:“”\"]*,\s+(?:\w+ly\s+)?(?:(?:had|has|have|also|then)\s+)?"
)


def _main_subject(
    body: str,
    sentence: Sentence,
    trigger: Trigger,
    spans: list[ActorSpan],
    window: list[ActorSpan],
) -> list[ActorSpan]:
    """``window``, but for a trigger in words set off as part of what the whole clause before
    told: the sentence's subject in place of a subordinate clause's ("after the Kurdish
    forces fell back, part of an advance that began with the capture of Sinjar": IS's)."""
    t0 = sentence.start + trigger.start
    aside = next((a for a in spans if a.start < t0 and _ASIDE.fullmatch(body, a.end, t0)), None)
    if aside is not None:
        # ("The NSA, made up largely of fighters from tribes ... who were driven out by IS,
        # captured the al-Tanf crossing"): the subject before the aside set off
        return [aside] + [a for a in window if a.start >= t0]
    part = max(_PART_OF_IT.finditer(sentence.text, 0, trigger.start), key=_at, default=None)
    if part is None or any(
        a.start < t0 and a.start > sentence.start + part.start() for a in window
    ):
        return window
    lead = _SUBORDINATE.search(sentence.text, 0, part.start())
    if lead is None:
        return window
    main = [a for a in spans if a.start < sentence.start + lead.start()]
    return main + [a for a in window if a.start >= t0] if main else window


def _window_and_targets(
    body: str, sentence: Sentence, trigger: Trigger, spans: list[ActorSpan], end: int
) -> tuple[list[ActorSpan], set[int]]:
    """The actors of ``spans`` that may be the trigger's parties (those that begin before
    ``end``, an offset into ``body``), and the ids of those of them it acts against."""
    t0 = sentence.start + trigger.start
    begin = _actors_begin(body, sentence, trigger, spans)
    window = [a for a in spans if begin <= a.start < end]
    # Not in a clause about the place before the trigger's own: "al-Bab, which Isis had held
    # since 2013 and which has been under siege since December" (the siege is not Isis's)
    for told in _SIBLING_RELATIVE.finditer(sentence.text, 0, trigger.start):
        a0, a1 = sentence.start + told.start(), sentence.start + told.end()
        window = [a for a in window if not a0 <= a.start < a1]
    # Nor in a clause set off about a place before it: "the western province of
    # Anbar, where Islamic State holds much of the Euphrates valley, before an eventual push
    # on Mosul" (the push is not Islamic State's)
    for told in _SET_OFF_RELATIVE.finditer(sentence.text, 0, trigger.start):
        if not sentence.text[told.end() : trigger.start].strip() and trigger.text.split()[
            0
        ].endswith("ing"):
            continue  # ("where IS seized the gas fields last week, cutting off supplies")
        a0, a1 = sentence.start + told.start(), sentence.start + told.end()
        window = [a for a in window if not a0 <= a.start < a1]
    targets = _with_appositions(body, window, _targets(body, trigger, window, t0))
    if _FELL_UNDER.match(trigger.text):  # ("fell under IS control"): who holds it now
        targets -= {id(a) for a in window if t0 <= a.start < t0 + len(trigger.text)}
    if trigger.type == "attack" and _STOPPED_BOMBS.search(body, max(0, t0 - 40), t0):
        # ("troops destroyed two car bombs driven by suicide attackers"): who stopped them
        targets |= {id(a) for a in window if a.start < t0}
    if _STRUCK_PASSIVE.match(trigger.text):
        # ("its fighters near the city were hit by Russian and Syrian airstrikes"): those hit
        targets |= {id(a) for a in window if a.start < t0}
    if trigger.type != "withdrawal":  # (for a withdrawal, who is pushed out is who leaves)
        targets |= {id(a) for a in window if a.start < t0 and _DRIVEN_PASSIVE.match(body, a.end)}
    # ("clashes with Iraqi soldiers and border guards, who withdrew east"): who does it
    targets -= {id(a) for a in window if _WHO_DID.fullmatch(body, a.end, t0)}
    if trigger.type in ("advance", "withdrawal"):  # "a convoy of ISIS fighters (that had)
        # left": the convoy's own move
        targets -= {
            id(a)
            for a in window
            if a.start == begin or (a.start < t0 and _MOVING_BODY.search(body, 0, a.start))
        }
    return window, targets


def _as_parties(body: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """``spans`` but for a party's other names given in brackets after its name ("the
    so-called Islamic State (IS) group", "the Islamic State of Iraq and the Levant (ISIL, also
    known as ISIS) group"): one mention of it, to the closing bracket, so that what is told
    before and after it bears on it; nor a party named as the owner of what is no force nor
    ground of its ("importance to Daesh's apocalyptic propaganda")."""
    out: list[ActorSpan] = []
    for a in spans:
        named = out[-1] if out else None
        if named is not None and a.end <= named.end:
            continue  # (inside the brackets already joined to it)
        if named is not None and named.actor_id == a.actor_id:
            bracket = _IN_ITS_BRACKETS.match(body, named.end)
            if bracket is not None and a.end <= bracket.end():
                out[-1] = replace(named, end=bracket.end())
                continue
        out.append(a)
    return [
        a
        for a in out
        if not (_owns_nothing(body, a.end) and not _TARGET_AFTER.match(body[a.end :]))
    ]


# Another name of a party in brackets after it, to the closing bracket (kept only when closed).
_IN_ITS_BRACKETS = re.compile(
    r"(?:\s+(?:of|and|the|Iraq|Syria|Levant|al-Sham)\b){0,5}\s*\([^()]{1,40}\)"
)


# "Daesh's propaganda", "IS's leader": the party owns something that is not one of its forces
_OWNED = re.compile(r"[’']s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b(?![’'-])")
_FORCE_WORDS = frozenset(
    "own fighters militants forces troops units men gunmen snipers suicide bomber bombers car "
    "attack attacks assault assaults offensive advance counter counterattack drone drones jets "
    "aircraft warplanes planes artillery army militia militias police commander commanders "
    "special elite news media agency spokesman spokeswoman statement claim claims "
    "air helicopters tanks push pushes operation operations campaign onslaught thrust raid raids "
    "strike strikes airstrikes bombardment shelling siege blockade incursion".split()
)


def _owns_nothing(body: str, end: int) -> bool:
    """Whether the party named at ``end`` is told as the owner of what is none of its forces
    ("importance to Daesh's apocalyptic propaganda")."""
    m = _OWNED.match(body, end)
    return m is not None and not _FORCE_WORDS.intersection(m.group(1).split())


def _targets(body: str, trigger: Trigger, window: list[ActorSpan], t0: int) -> set[int]:
    """The ids of the actors of ``window`` that the trigger at ``t0`` acts against."""
    targets = {id(a) for a in window if _is_target(body, a.start, a.end)}
    if _LOSS.match(trigger.text):  # "Daesh has lost al-Qaim": the subject is the loser
        targets |= {id(a) for a in window if a.start < t0}
    if _DEFENDS.match(trigger.text):  # "Iraqi forces repelled an attack by the gangs"
        targets |= {id(a) for a in window if a.start < t0}
    # ("Peshmerga forces repelled large-scale ISIS attacks"): those who fended off the attack
    # the noun names were attacked
    fended = _FENDED_BEFORE.search(body, max(0, t0 - 40), t0)
    if fended is not None:
        targets |= {id(a) for a in window if a.start < fended.start()}
    if trigger.type == "siege" and trigger.voice == "active":
        # "isolating the ISIS fighters in the town": whom a siege shuts in
        after = t0 + len(trigger.text)
        targets |= {
            id(a) for a in window if a.start >= after and _SHUT_IN.fullmatch(body, after, a.start)
        }
    if trigger.type == "capture" and trigger.voice == "passive":
        denied = _DENIED_FALL.search(body, max(0, t0 - 60), t0)
        if denied is not None:  # "Amaq ... denied that the town had fallen": its loss
            targets |= {id(a) for a in window if a.start < denied.start()}
    if trigger.type in ("capture", "link_up"):  # "pushed IS out of Bashiqa": who is driven
        # out loses it; "broke a jihadist siege": who besieged
        targets |= {id(a) for a in window if t0 < a.start < t0 + len(trigger.text)}
    if trigger.type == "link_up":  # ("broken a two-month siege of Amirli by Islamic State",
        # "broke a siege that IS had imposed")
        targets |= {
            id(a)
            for a in window
            if a.start > t0
            and (
                _AGENT_BY.search(body[t0 : a.start])
                or _SIEGE_THAT.fullmatch(body, t0 + len(trigger.text), a.start)
            )
        }
    if trigger.type == "capture" and trigger.voice == "passive" and _CLEARED.match(trigger.text):
        # "after the last IS fighters were cleared from the city's stadium": who was cleared
        # (the subject, not who says so: "the council of the SDF told Kurdistan24 that the
        # last IS militants had been cleared")
        cleared = [a for a in window if a.start < t0 and not _SAYS.search(body, a.end, t0)]
        targets |= {id(a) for a in cleared[len(cleared) - _joined_run(body, cleared) :]}
    # "the Peshmerga defended the city against repeated attacks, including an IS assault"
    targets |= {id(a) for a in window if a.start < t0 and _DEFENDED.match(body, a.end)}
    if trigger.type == "airstrike":  # "two strikes destroyed an ISIS oil still": what was hit
        hit = _HIT_BY.search(body, max(0, t0 - 60), t0)
        if hit is not None:  # "its fighters were hit by Russian and Syrian airstrikes"
            targets |= {id(a) for a in window if a.start < hit.start()}
        after = t0 + len(trigger.text)
        targets |= {
            id(a)
            for a in window
            if (
                a.start >= after
                and not _AGENT_BY.search(body[t0 : a.start])
                and _STRIKES_FROM.fullmatch(body, after, a.start) is None
                # ("600 strikes in support of Iraqi forces around Ramadi": those helped)
                and not _SUPPORTED.search(body, max(t0, a.start - 40), a.start)
            )
            or (a.actor_id == "ISIS" and not _ISIS_AIR.match(body, a.end))
        }
    if trigger.type == "cut_route":  # "cut off the Turkish-backed forces from any route"
        targets |= {
            id(a)
            for a in window
            if a.start >= t0
            and _CUT_FROM.match(body, a.end)
            and _OBJECT_GAP.fullmatch(body, t0 + len(trigger.text), a.start)
        }
    if trigger.type == "siege" and (_BESIEGED.match(trigger.text) or trigger.voice == "passive"):
        targets |= {id(a) for a in window if a.start < t0}  # "the militants were cut off in"
    # "Islamic State denied that Tabqa had fallen": who denies a loss is who would lose
    # (but "the army denied it had withdrawn" is the army's own doing).
    targets |= {id(a) for a in window if a.start < t0 and _DENIER.match(body, a.end, t0)}
    return targets - _owners_of_the_noun(body, trigger, window, t0)


def _owners_of_the_noun(body: str, trigger: Trigger, window: list[ActorSpan], t0: int) -> set[int]:
    """The ids of the actors of ``window`` that name the deed the trigger at ``t0`` is the
    noun of, as whose it is: "collapsed in the face of the Islamic State of Iraq and the
    Levant (ISIL, also known as ISIS) advance" (the advance is theirs)."""
    if not _NOUN_OF_DEED.fullmatch(trigger.text):
        return set()
    return {id(a) for a in window if _NAMES_THE_NOUN.fullmatch(body, a.end, t0)}


_NOUN_OF_DEED = re.compile(r"advance|attacks?|assaults?|offensive|push|onslaught|incursion")
# Between a party and the noun of what it does: "the ISIL advance", "Daesh's attack", "the
# Islamic State of Iraq and the Levant (ISIL, also known as ISIS) advance"
_NAMES_THE_NOUN = re.compile(r"(?:[’']s)?(?:[^()]{0,40}\))?(?:\s*\([^()]{0,60}\))?\s+")


def _with_appositions(body: str, window: list[ActorSpan], targets: set[int]) -> set[int]:
    """``targets`` with the parties told in apposition to one of them: "attacked positions
    of the Manbij Military Council, an SDF component," (the SDF is acted against too)."""
    out = set(targets)
    for a, b in pairwise(window):
        if id(a) in out and _PARTY_APPOSITION.fullmatch(body, a.end, b.start):
            out.add(id(b))
    return out


_THAT_DID = re.compile(
    r"\s+(?:that|which|who)\s+(?:[^,;.]{1,40}?\s+(?:said|says|say|claimed)\s+)?"
    r"(?:(?:was|were|is|are|had|has|have)\s+)?(?:been\s+)?(?:\w+ly\s+)?"
)
_STOPPED_BOMBS = re.compile(
    r"(?i)\b(?:destroyed|destroying|intercepted|intercepting|stopped|thwarted|foiled|defused|"
    r"neutrali[sz]ed|disabled|blocked)\s+(?:(?:at\s+least\s+)?[\w-]+\s+){0,2}$"
)
_WHO_DID = re.compile(
    r"(?:\s+(?:terrorists|militants|fighters|jihadists|group|forces|troops|units|gunmen))?"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}[\w-]+)?,?\s+(?:who|which)\s+(?:(?:had|have|has)\s+)?"
    r"(?:\w+ly\s+)?"
    # ("ISIS terrorists, who have imposed a siege on the city")
    r"(?:(?:imposed|laid|placed|put|launched|mounted|staged|carried\s+out)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?)?"
)
_PARTY_APPOSITION = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}")


def _passive_agents(
    body: str, trigger: Trigger, after: list[ActorSpan], t0: int
) -> list[ActorSpan]:
    """Of the actors ``after`` a passive capture, those named as its agent ("by", "fell to"):
    "Tal Afar has been liberated, and the remaining fighters of Daesh are being pursued"."""
    to = trigger.text.lower().endswith((" to", " of"))  # "fell to", "into the hands of"
    return [
        a
        for a in after
        if _AGENT_BY.search(body[t0 : a.start])
        or (to and _OBJECT_GAP.fullmatch(body, t0 + len(trigger.text), a.start))
    ]


_NOUN_AGENT = re.compile(r"\b(?:to|by)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$", re.I)
_CUT_FROM = re.compile(r"\s+from\b")
# A verb of saying between a party and a trigger: the party is who says so
_SAYS = re.compile(r"\b(?:said|says|say|announced|announces|told|declared|confirmed|stated)\b")
_SIEGE_THAT = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?", re.I)
_HIT_BY = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:hit|struck|targeted|bombed|pounded|killed|wounded)\s+"
    r"(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}$",
    re.I,
)
_ISIS_AIR = re.compile(r"['’]?s?\s+(?:armed\s+)?(?:drones?|aircraft|planes?)\b", re.I)


def _actors_begin(body: str, sentence: Sentence, trigger: Trigger, spans: list[ActorSpan]) -> int:
    """Where the words that may name the trigger's actors begin (an offset into ``body``)."""
    # Not before the clause of its own subject: "..., and a day after Syrian government
    # forces declared victory" is theirs alone.
    begin = sentence.start
    for joined in _NEW_CLAUSE.finditer(sentence.text, 0, trigger.start):
        # (or another thing said: "claimed its fighters had killed dozens of soldiers and
        # militiamen and that clashes were raging")
        told = (
            joined.group().rstrip().endswith("that")
            or sentence.text.startswith("that ", joined.end())
        ) and not _THEM_SUBJECT.match(sentence.text, joined.end())  # (but "and that many
        # of them had fled": theirs)
        if (told or _has_subject(joined, sentence, spans)) and not _listing_parties(
            body, spans, begin, sentence.start + joined.start()
        ):
            begin = sentence.start + joined.end()
    claimed = list(OWN_CLAIM.finditer(sentence.text, 0, trigger.start))
    if claimed:  # "IS denied that the army had entered ... and claimed its fighters had ..."
        begin = max(begin, sentence.start + claimed[-1].end())
    letting = _LETTING.search(sentence.text, 0, trigger.start)
    if letting is not None:  # "pulled back, allowing Iraqi forces to enter the city": theirs
        begin = max(begin, sentence.start + letting.start(1))
    about = _ABOUT_PLACE.search(sentence.text, 0, trigger.start)
    t0 = sentence.start + trigger.start
    if about is not None and not _THEY.search(about.group()):
        # "Mosul, which the militants seized in 2014": theirs alone (but "advanced from
        # Hammam al-Alil, which they recaptured": "they" are the sentence's subject; "The
        # SDF, which launched its offensive": the party it is said of)
        a0 = sentence.start + about.start()
        # ("Islamic State, which declared a caliphate ... after seizing Mosul": its own, when
        # the clause names no other party)
        own = _WHICH_DID_IT.fullmatch(body, a0, t0) or (
            _WHICH.match(body, a0) and not any(a0 < a.start < t0 for a in spans)
        )
        named = [a for a in spans if a.end == a0] if own else []
        begin = max(begin, named[0].start if named else a0)
    if trigger.voice == "passive" and trigger.type == "capture":
        # "... since the militants torched them before the town was recaptured": a passive's
        # clause of its own names no one who acts before its subject; nor does what is set
        # off before it ("Al-Qaim, the border town that Daesh had held since 2014, fell")
        opened = list(_SUBORDINATE.finditer(sentence.text, 0, trigger.start))
        if opened:
            begin = max(begin, sentence.start + opened[-1].end())
        aside = _ASIDE_BEFORE.search(sentence.text, 0, trigger.start)
        if aside is not None:
            begin = max(begin, sentence.start + aside.end())
    with_subject = [
        a
        for a in spans
        if begin <= a.start < t0
        and (w := _WITH_BEFORE.search(body, max(0, a.start - 12), a.start)) is not None
        # (and another such clause after one: "with Iraqi forces battling the jihadists in Mosul
        # and US-backed forces advancing on Raqa"; not "Turkish troops and Syrian rebels")
        and (
            w.group().lower().startswith("with")
            or _WITH_ING.search(body, max(sentence.start, a.start - 150), a.start) is not None
        )
        and _OBJECT_GAP.fullmatch(body, a.end, t0)
    ]
    if with_subject and trigger.text.lower().split()[0].endswith("ing"):
        # ("IS is under pressure, with Iraqi forces battling the jihadists in Mosul"): theirs
        return with_subject[-1].start
    if trigger.text.lower().endswith("ing"):  # "struck IS convoys fleeing": the convoys'
        owner = [a for a in spans if a.start > begin and _OBJECT_GAP.fullmatch(body, a.end, t0)]
        if owner and not _CLAUSE_BREAK.search(body, owner[-1].end, t0):
            begin = owner[-1].start
    elif gap := _RELATIVE_SUBJECT.search(body, max(begin, t0 - 20), t0) or _shared_relative(
        body, begin, t0
    ):
        # "strikes on the ISIS terrorists' convoys that fled from Albukamal", "a convoy of
        # ISIS fighters and their families that had left ...": the convoys'
        owner = [
            a
            for a in spans
            if a.start > begin and _OWNER_GAP.fullmatch(body, a.end, gap.start() + 1)
        ]
        if owner:  # (the gap is of plain words, none of which opens a clause)
            begin = owner[-1].start
    return begin


_WITH_BEFORE = re.compile(r"\b(?:with|and)\s+(?:the\s+)?$", re.I)
_WITH_ING = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?[a-z]+ing\b", re.I)


def _shared_relative(body: str, begin: int, t0: int) -> re.Match[str] | None:
    """The relative pronoun whose clause a verb at ``t0`` goes on with: "a convoy of ISIS
    fighters that had left the border area and was heading east" (the convoy's)."""
    joined = _AND_AUX.search(body, max(begin, t0 - 20), t0)
    if joined is None:
        return None
    found = list(_RELATIVE_PRONOUN.finditer(body, begin, joined.start()))
    if not found or _CLAUSE_BREAK.search(body, found[-1].end(), joined.start()):
        return None
    return found[-1]


_LETTING = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|letting|help(?:s|ed|ing)?|"
    # ("IS seized Ramadi ..., prompting security forces to flee"): theirs, as it followed
    r"prompt(?:s|ed|ing)|forc(?:ed|ing)|caus(?:ed|ing)|sending)\s+"
    r"([^,;.]{1,60}?)\s+to\s+$",
    re.I,
)
_AND_AUX = re.compile(r"\sand\s+(?:was|were|is|are|had|has|have)\s+(?:been\s+)?$")
_RELATIVE_PRONOUN = re.compile(r"\s(?:that|which|who)\s")
_ASIDE_BEFORE = re.compile(r",[^,;:()]{1,80},\s+(?:(?:had|has|have)\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:before|after|until|once|because|although)\s", re.I)


def _listing_parties(body: str, spans: list[ActorSpan], begin: int, end: int) -> bool:
    """Whether the words from ``begin`` to ``end`` only name parties, a list that ", and"
    goes on ("Regime forces, the National Defense Forces (NDF), and Hezbollah advisers
    launched"), no clause of its own."""
    named = [a for a in spans if begin <= a.start and a.end <= end]
    if not named:
        return False
    edges = [begin, *(x for a in named for x in (a.start, a.end)), end]
    rest = "".join(body[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True))
    return _LIST_JOINS.fullmatch(rest) is not None


_LIST_JOINS = re.compile(r"(?:[\s,()]|\bthe\b)*")


def _has_subject(joined: re.Match[str], sentence: Sentence, spans: list[ActorSpan]) -> bool:
    """Whether an actor opens the clause that ``joined`` (a match of _NEW_CLAUSE) begins, or
    troops no table names ("..., and that the troops who had held it were pulling back")."""
    return any(
        0 <= a.start - sentence.start - joined.end() <= 4
        # (", and that militants had fled")
        or _THAT_LEAD.fullmatch(sentence.text, joined.end(), a.start - sentence.start)
        # ("after the last ISIL fighters withdrew")
        or _SUBJECT_LEAD.fullmatch(sentence.text, joined.end(), a.start - sentence.start)
        for a in spans
        if a.start - sentence.start >= joined.end()
    ) or bool(_UNNAMED_SUBJECT.match(sentence.text, joined.end()))


_THEM_SUBJECT = re.compile(
    r"(?:that\s+)?(?:(?:(?:many|most|some|all|several|hundreds|dozens|thousands|the\s+rest|none)\s+"
    r"of\s+)?(?:them|they|it|its|their|he|his|those|these|the\s+(?:rest|remainder)|"
    r"the\s+group['’]s)\b"  # ("and that the group's remaining fighters withdrew")
    # ("and that many had fled", "and that others had fled north")
    r"|(?:many|most|some|others|several|the\s+rest|all|hundreds|dozens)\s+(?:more\s+)?"
    r"(?=(?:had|have|has|were|was|are|fled|withdrew|retreated|escaped|surrendered)\b))",
    re.I,
)
_THAT_LEAD = re.compile(r"that\s+(?:the\s+)?")
# Words that may come before the party opening a clause: "after the last ISIL fighters left"
_SUBJECT_LEAD = re.compile(
    r"(?i:the\s+)?(?:last|remaining|few|retreating|fleeing|surviving|besieged|hundreds\s+of|"
    r"dozens\s+of|thousands\s+of|some|many|most)\s+(?:of\s+)?(?:the\s+)?"
    # ("..., while Iraqi and U.S.-led coalition aircraft pounded"): another party with it
    r"|[A-Z][\w-]*\s+and\s+(?:the\s+)?"
)


_UNNAMED_SUBJECT = re.compile(
    # (or no determiner: "and that Yazidi fighters allied to the PMU have moved in")
    r"(?:that\s+)?(?:(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+)?|(?-i:[A-Z])[\w-]*\s+"
    # (a bare plural, or one an army's word qualifies: "fled before troops entered the town",
    # "as government soldiers stormed it"; not "and killed fighters")
    r"|(?:(?:government|army|security|special|elite|allied|loyalist|regime|police)\s+)?"
    r"(?=(?:troops|soldiers|forces|fighters|policemen)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ok|ew|ent)\b))"
    r"(?:troops|soldiers|units|"
    r"defenders|garrison|men|policemen|forces|fighters|convoys?|columns?)\b"
)


# "have since lost Mosul", "has since been retaken": when, the sentence does not tell.
_SINCE_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?:been\s+)?$"
    # "the forces had previously liberated the Karabila area": some time before
    r"|\b(?:had|have|has)\s+(?:already\s+|also\s+)?previously\s+(?:been\s+)?$"
    r"|\bpreviously\s+(?:been\s+)?$"
    # "Since then, Iraqi forces had managed to retake Tikrit": some time between, not today
    r"|^(?:Since\s+then|In\s+the\s+(?:months|years)\s+since|Since\s+that\s+time)\b",
    re.I,
)


def _phrase_end(sentence: str, start: int) -> int:
    """Where the phrase going on at ``start`` ends: the next comma or semicolon."""
    m = re.compile(r"[,;]").search(sentence, start)
    return m.start() if m else len(sentence)


_AFTER_THE = re.compile(r"(?i)\b(?:after|following|since|before)\s+(?:the\s+)?$")
# "following the Jan. 12 suicide bombing": an act named as the time of another
_ACT_NOUN = re.compile(
    r"(?i)(?:ing|attacks?|assaults?|strikes?|raids?|offensives?|blasts?|explosions?|ambush(?:es)?|"
    r"massacres?|fall\s+of|capture\s+of|loss\s+of)$"
)
_AFTER_AN_ACT = re.compile(
    r"(?i)\b(?:after|following|before)\s+(?:the|a|an|last\s+\w+['’]s)\s+(?:[\w.’'-]+\s+){0,3}$"
)
_TOLD_BEFORE = re.compile(
    r"^(?:Following|After|Since|With)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I
)
# ", which launched", ", who had then advanced": a relative clause whose subject is before it
_WHICH = re.compile(r",\s+(?:which|who)\s", re.I)
_WHICH_DID_IT = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|have|was|were|is|are|also|then|first|since|later|already|now|just|again|\w+ly)\s+)*",
    re.I,
)
_THEY = re.compile(r"\b(?:they|we)\s+(?:(?:had|have)\s+)?(?:\w+ly\s+)?$", re.I)
# ("backed by air strikes from the US-led coalition": the coalition backs)
_FROM_THE_AIR = (
    r"(?:(?:air\s*strikes|strikes|raids|warplanes|jets|aircraft)\s+(?:from|by|of)\s+(?:the\s+)?)?"
)
_SUPPORTED = re.compile(
    rf"\b(?:{_BACKED_BY}|{_SUPPORT_OF})\s+(?:the\s+)?(?:[\w.’'-]+\s+)?{_FROM_THE_AIR}$", re.I
)
_BACKED = re.compile(
    rf"\b{_BACKED_BY}\s+(?:the\s+)?(?:[\w.’'-]+\s+)?{_FROM_THE_AIR}$"
    # ("backed by Iranian-backed militias and Russian air power")
    rf"|\b{_BACKED_BY}\s+(?:the\s+)?(?:[\w.’'-]+\s+){{1,2}}and\s+(?:the\s+)?{_FROM_THE_AIR}$"
    r"|\b(?:joined)\s+by\s+(?:the\s+)?(?:[\w.’'-]+\s+)?$"
    rf"|\b{_SUPPORT_OF}\s+(?:the\s+)?$"
    r"|\b(?:alongside|with)\s+(?:the\s+)?$",
    re.I,
)
# The present of the report: "ISF and PMF units are now advancing", "is closing in on".
_PRESENT = re.compile(
    r"\b(?:is|are|am)\s+(?:(?:now|still|currently|already|steadily|slowly)\s+)*$"
    r"|\bnow\s+$",
    re.I,
)


def _participle_subject(
    body: str, sentence: str, trigger: Trigger, subject: list[ActorSpan]
) -> list[ActorSpan]:
    """The parties of ``subject``, those named before the trigger, in the order they may be
    its subject, when the trigger is a participle that takes the sentence's subject."""
    if _AFTER_DOING.search(sentence, 0, trigger.start):
        # "IS militants surrendered to Kurdish forces after fleeing Hawija": the sentence's
        # subject does what its participle says, not the party named last.
        return subject[::-1]
    if subject and _participle_clause(sentence, trigger):
        # "The SDF announced an operation to oust IS from the east bank, pushing south from
        # Hasakeh": the participle's subject is the sentence's, not one named on the way
        # (nor who backs it: "fighters backed by US airstrikes captured al-Shadadi, cutting")
        main = [a for a in subject if not _BACKED.search(body, max(0, a.start - 40), a.start)]
        main = main or subject
        return main[: _joined_run(body, main, first=True)]
    return subject


def _joined_run(body: str, spans: list[ActorSpan], *, first: bool = False) -> int:
    """How many of ``spans`` at their end (or, with ``first``, their start) are named as one
    run ("Iraqi troops and the Hashd al-Shaabi"); 0 when there are none."""
    ends = spans if first else spans[::-1]
    run = min(1, len(ends))
    while run < len(ends) and _JOINED.fullmatch(
        body,
        *((ends[run - 1].end, ends[run].start) if first else (ends[run].end, ends[run - 1].start)),
    ):
        run += 1
    return run


def _participle_clause(sentence: str, trigger: Trigger) -> bool:
    """Whether ``trigger`` opens a participle clause set off by a comma: ", pushing south"."""
    return trigger.text.split()[0].lower().endswith("ing") and sentence[
        : trigger.start
    ].rstrip().endswith(",")


_OBJECT_GAP = re.compile(r"(?:[’']s?)?\s+(?:[a-z][\w-]*[’']?\s+){0,2}")  # "IS| convoys |fleeing"
_RELATIVE_SUBJECT = re.compile(
    r"\s(?:that|which|who)\s+(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?)?$"
)
_OWNER_GAP = re.compile(
    r"(?:[’']s?)?\s+(?:(?!(?:and|but|as|while|when|after|before)\s)[a-z][\w-]*[’']?\s+){0,2}"
    r"(?:and\s+(?:their|its)\s+[a-z][\w-]*\s+)?"  # ("ISIS fighters and their families")
)
_AFTER_DOING = re.compile(  # (not "have since recaptured": an adverb)
    r"\b(?:after|before|while|(?<!have )(?<!has )(?<!had )since|when|upon)\s+$", re.I
)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?", re.I)
_NEW_CLAUSE = re.compile(
    _JOINED_CLAUSE.pattern
    + r"(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|week|month)s?\s+(?:after|before)\s+)?"
    # "... for the first time since Islamic State overran the city"
    r"|\b(?:since|after|before|until|when|while|because|although|once|whereas)\s+"
    # ("pulled back ... to the surrounding hills so that the regime has no excuse")
    r"|\bso\s+that\s+"
    # "say the Peshmerga have pulled out and that Yazidi fighters have moved in"
    r"|\band\s+that\s+"
    # "declared control of Deir Ezzor on 3 November, the same day Iraq retook al-Qaim"
    r"|,\s+(?:on\s+)?the\s+(?:same\s+)?day\s+(?:after\s+|before\s+)?"
    # "Isis blows up the mosque as Iraqi forces close in" (not "such as", "as well as")
    r"|(?<!such )(?<!well )(?<![Jj]ust )\bas\s+(?!(?:well|part|a|an|many|much|long|soon|far)\b)",
    re.I,
)
_NAMED_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w-]+\s+[a-z]+s\b")


# After the trigger, a relative clause too: "closing in on Ramadi, the capital of Anbar
# province which IS seized in May".
def _parties_end(
    sentence: Sentence, trigger: Trigger, spans: list[ActorSpan], window_end: int
) -> int:
    """Where, in ``sentence``, the words that may name the parties of ``trigger`` end: at
    ``window_end`` or before it, at a new clause with a subject of its own ("Isis captured
    Ramadi in May, and the Iraqi army retook it"; not "moving towards al-Qaim, and other
    areas, ... from Daesh"), or at a clause that tells of the place ("shelled Jabaadin, a
    Sunni village from which ... many of the rebels came")."""
    end = window_end
    of_place = _OF_THE_PLACE.search(sentence.text, trigger.end, window_end)
    if of_place is not None:
        end = of_place.start()
    for joined in _CLAUSE_AFTER.finditer(sentence.text, trigger.end, end):
        # (or a name no table knows: "enter Tigris town as UN voices alarm over killings by
        # ISIL fighters")
        if _has_subject(joined, sentence, spans) or (
            joined.group(0).strip().lower() == "as"
            and _NAMED_SUBJECT.match(sentence.text, joined.end())
        ):
            return joined.start()
    return end


_OF_THE_PLACE = re.compile(r"(?i)\b(?:from|into|through|near|around|across)\s+which\b")
_CLAUSE_AFTER = re.compile(_NEW_CLAUSE.pattern + r"|\b(?:which|whom)\s+|,\s+where\s+", re.I)
# A participle going on after the trigger's words: ", and trapping", ", killing"
_GOING_ON = re.compile(r",\s+(?:and\s+)?(?!including\b|according\b)[a-z]{3,}ing\s")


# "... made by the Iraqi forces", "... carried out by Isis": a passive agent after the trigger.
def _another_verbs_agent(body: str, end: int, at: int) -> bool:
    """Whether the actor at ``at``, after a trigger ending at ``end``, is the agent of another
    verb's passive ("searching the houses for explosives planted by the militants"), not of
    the trigger's instrument ("were killed ... by mines planted by Daesh")."""
    m = _OTHER_PASSIVE.search(body, end, at)
    return m is not None and " by " not in body[end : m.start()]


# A capture told as what a place now is: "the newly retaken", "a recently liberated"
_TAKEN_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:newly|recently|freshly|just)[\s-]+$", re.I)
# After "by", up to an agent: "by the ", "by U.S.-led coalition and " (all the agents listed)
_BY_AGENTS = (
    r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?:(?<=\s)(?:[\w.’'-]+\s+){0,2}?(?:and|as\s+well\s+as)\s+(?:the\s+)?)?$"
)
_OTHER_PASSIVE = re.compile(
    r"\b(?:(?!(?:carried|made|launched|mounted|claimed|conducted|led|backed|supported)\b)"
    r"[a-z]+(?:ed|en)\s+"
    # ("militants who fled Fallujah in convoys were hit on Wednesday and Thursday by U.S.-led
    # coalition and Iraqi aircraft")
    r"|(?:was|were)\s+(?:hit|struck|shot|caught)\s+(?:(?!by\b)[\w’'-]+\s+){0,5}"
    # ("positions held by Turkish troops and the Free Syrian Army")
    r"|\b(?:held|controlled|run|manned|occupied|defended)\s+)"
    r"by\s+" + _BY_AGENTS
)
_STRUCK_PASSIVE = re.compile(r"(?i)(?:were|was|been)\s+(?:hit|struck|targeted|bombed|pounded)\b")
_STRIKES_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}", re.I)
# ("advances made by the Iraqi forces"; "a suicide bombing blamed on ISIL")
_AGENT_BY = re.compile(r"\b(?:by|blamed\s+on)\s+" + _BY_AGENTS, re.I)
_DENIER = re.compile(
    r"[^.;]{0,40}?\b(?:denied|denies|deny|dismissed|rejected)\s+(?:that\s+)?"
    r"(?!(?:it|they|its|their|we|our|he|she|his|her)\b)",
    re.I,
)
_SHUT_IN = re.compile(
    r"\s+(?:the\s+|some\s+|hundreds\s+of\s+|thousands\s+of\s+|\d[\d,]*\s+)?"
    r"(?:remaining\s+|last\s+)?"
)
_DENIED_FALL = re.compile(
    r"\b(?:denied|denies|deny|dismissed|rejected)\s+(?:(?:reports|claims)\s+)?that\s+[^,;]{0,40}$",
    re.I,
)
_LOSS = re.compile(r"los(?:e|t|es|ing)\b|hand(?:ed|s|ing)?\s+over\b", re.I)
_CLEARED = re.compile(
    rf"(?:(?:had|has|have)\s+)?(?:were|was|been|are|is)?\s*(?:cleared|expelled|ousted|evicted|{DRIVE_OUT_VERBS})\b",
    re.I,
)
_DEFENDED = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?:defended|defending|defends|held\s+off|"
    r"resisted|withstood)\b",
    re.I,
)
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:against|(?<!support )(?<!backing )(?<!help )(?<!cover )(?<!fighters )(?<!members )"
    r"(?<!units )(?<!troops )(?<!men )(?<!volunteers )(?<!strikes )(?<!raids )(?<!fire )"
    r"(?<!forces )(?<!force )(?<!elements )(?<!brigades )(?<!battalions )(?<!aircraft )"
    r"(?<!warplanes )(?<!jets )(?<!planes )(?<!drones )(?<!einforcements )(?<!soldiers )"
    r"(?<!militiamen )(?<!power )from|(?<!blamed )on|at|over)\s+"  # (not "fighters from the PMF", "backed by air strikes
    # from the coalition": theirs)
    r"(?:the\s+|its\s+)?(?:[\w’'-]+\s+)?"
    r"|\b(?:siege|encirclement|isolation|defeat|expulsion|rid\s+\w+|clear(?:ing)?\s+\w+)"
    r"\s+of\s+(?:the\s+)?"
    r"|\bblow\s+(?:to|against)\s+(?:the\s+)?"  # ("the fatal and final blow to Daesh")
    r"|\bin\s+the\s+hands\s+of\s+(?:the\s+)?"  # ("towns ... in the hands of the militants")
    # ("security forces are hunting for IS militants")
    r"|\b(?:hunt(?:ing|ed|s)?|search(?:ing|ed)?|look(?:ing|ed)?)\s+for\s+(?:the\s+)?(?:remaining\s+)?"
    # "fled in the face of an advance by the Islamic State", "withdrew despite Russian strikes"
    r"|\bin\s+the\s+face\s+of\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+)?(?:advance\s+by\s+(?:the\s+)?)?"
    r"|\bdespite\s+(?:the\s+)?(?:heavy\s+|intense\s+)?"
    # "pushing toward al-Bab, in part to stop the SDF from linking ...": whom it thwarts
    r"|\b(?:stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?|thwart(?:s|ed|ing)?)\s+"
    r"(?:the\s+)?"
    # ("oust IS", "clearing Daesh from Iraq", "needed nine months to drive out the militants")
    r"|\b(?:oust(?:ed|s|ing)?|expel(?:led|s|ling)?|evict(?:ed|s|ing)?|clear(?:ed|s|ing)?|"
    rf"dislodg(?:e|ed|es|ing)|(?:{DRIVE_OUT_VERBS})\s+out)\s+"
    r"(?:the\s+|its\s+)?(?:remaining\s+|last\s+)?"
    # "cuts the road that Daesh used": the route's users
    r"|\b(?:roads?|routes?|highways?|lines?|corridors?|lifelines?|links?)\s+(?:that|which|for)\s+"
    r"(?:the\s+)?"
    # ("clash with Peshmerga", "after a brief exchange of fire with Peshmerga")
    r"|\b(?:clash(?:es|ed|ing)?|battl(?:es?|ed|ing)|wars?|exchanges?\s+of\s+(?:gun)?fire|firefights?|"
    r"gun-?battles?|skirmish(?:es|ed|ing)?|shoot-?outs?|confrontations?|"
    # ("after hours of fighting with the Peshmerga", "clashing briefly with Peshmerga units")
    r"(?:(?<=of )|(?<=after ))(?:heavy\s+|fierce\s+|intense\s+)?fighting)(?:\s+\w+ly)?\s+with\s+"
    r"(?:the\s+)?"
    r"|\b(?:held|controlled|occupied|defended|ruled|run|imposed|laid|used)\s+by\s+(?:the\s+)?"
    # ("held by the Kurdish-led SDF", "held by the rebel Free Syrian Army")
    r"(?:[\w’']+-(?:led|backed|dominated|allied)\s+|(?:rebel|opposition|jihadist|militant)\s+)?"
    # "announced the offensive, telling IS militants in Tal Afar: ...": whom it is told to
    r"|\b(?:tell(?:ing|s)?|told|warn(?:ed|ing|s)?)\s+(?:the\s+)?"
    # "fled north and surrendered to Kurdish Peshmerga forces": not a party to the flight
    r"|\b(?:surrender(?:ed|s|ing)?|gave\s+themselves\s+up|handed\s+themselves\s+over)\s+to\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+)?"
    r"|\b(?:pockets?|strongholds?|bastions?|positions?|remnants?|hideouts?|enclaves?|capital|"
    r"gatherings?|concentrations?|"
    r"heartland|territory|lines|defen[cs]es|vehicles?|convoys?|checkpoints?|bases?|barracks|posts?|tanks?|"
    r"Humvees?|headquarters)\s+of\s+"
    r"(?:the\s+)?(?:so-called\s+|self-(?:styled|proclaimed)\s+)?"
    # ("shelling its positions and those of allied rebels")
    r"|\b(?:positions|bases|lines|posts|checkpoints)\s+and\s+those\s+of\s+(?:the\s+|its\s+)?"
    r"(?:allied\s+|[\w’'-]+\s+)?"
    # "cleared the town of al-Bab of Daesh terrorists", "has been cleared of ISIS militants"
    r"|\b(?:clear|rid|free|purg)(?:ed|ing|s)?\s+(?:[\w’'-]+\s+){0,6}?of\s+(?:the\s+)?)[\[\"“]?$",
    re.I,
)
# "hitting IS tactical units", "fighting ISIL", "in pursuit of the militants", "after
# eliminating the last ISIS terrorists": the object of a blow told with the event or after it
_BLOW_OBJECT = re.compile(
    r"\b(?:hit|hitting|target(?:ed|ing|s)?|kill(?:ed|ing|s)?|eliminat(?:ed|ing|es)|fight(?:ing|s)?|"
    r"fought|battl(?:ed|ing|es)|pursu(?:ed|ing|it\s+of)|attack(?:ed|ing|s)?|bomb(?:ed|ing|s)?|"
    r"pound(?:ed|ing|s)?|shell(?:ed|ing|s)?|strik(?:e|es|ing)|struck|rout(?:ed|ing|s)?|"
    r"defeat(?:ed|ing|s)?|ambush(?:ed|ing|es)?|shot\s+down|down(?:ed|ing)|"
    r"squeez(?:ed|ing|es)|push(?:ed|ing|es)?|besieg(?:e|ed|ing|es)|encircl(?:e|ed|ing|es)|"
    r"surround(?:ed|ing|s)?|trap(?:ped|ping|s)?|"
    r"destroy(?:ed|ing|s)?|damag(?:ed|ing|es))\s+(?:an?\s+)?"
    r"(?:the\s+|its\s+|their\s+|some\s+|(?:(?:more\s+than|at\s+least|about|nearly|over|up\s+to|"
    r"around|some)\s+)?(?:\d[\d,]*|dozens|scores|hundreds|several|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:of\s+)?)?"
    # ("besiege hundreds of Yezidi families and volunteer fighters")
    r"(?:(?:[A-Z][\w-]*\s+)?(?:families|civilians|people)\s+and\s+)?"
    r"(?:(?:last|remaining|former|captured|detained)\s+)?$",
    re.I,
)
# ("IS could be driven out of the country"): who is driven out, as told of another event
_DRIVEN_PASSIVE = re.compile(
    r"(?:\s+(?:group|militants|fighters|jihadists))?\s+(?:(?:could|would|will|may|might|has|"
    r"have|had|was|were|is|are)\s+)?(?:(?:be|been|being)\s+)?(?:driven|pushed|forced|kicked|"
    r"expelled|ousted|routed|flushed|chased)\s+(?:out|from|back)\b",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^(?:\s+(?:group|militants|organi[sz]ation|jihadists))?"  # "the Islamic State group's"
    # ("the Islamic State group's years-long blockade")
    r"(?:[’']s?\s+(?:[\w-]+\s+){1,2}(?:siege|blockade|encirclement)\b|-held|"
    # ("push west toward the army's Brigade 52 base"): whose base is the goal
    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:bases?|air\s*bases?|airports?|airfields?|headquarters|"
    r"barracks|garrisons?|outposts?)\b|-controlled|(?:[’']s?)?\s+(?:(?:main|last|only|remaining|key|major|urban|final|"
    r"biggest|largest|most|direct|vital|important|de\s+facto|self-declared|self-styled|Syrian|"
    r"Iraqi)\s+){0,3}"
    r"(?:positions?|strongholds?|bastions?|fortress|supply|escape|lines?|routes?|roads?|"
    r"highways?|corridors?|lifelines?|defen[cs]es|presence|"
    r"siege|blockade|encirclement"
    r"|(?:de\s+facto\s+|self-declared\s+|self-styled\s+)?(?:capital|heartland|territory))\b)",
    re.I,
)


def _is_target(body: str, start: int, end: int, after_trigger: bool = True) -> bool:
    """Whether the actor mention at ``body[start:end]`` reads as the one acted against
    (as the object of a blow only when named after the trigger's start)."""
    before = body[max(0, start - 60) : start]
    # (within its sentence: not "... from IS" ending the headline above it)
    before = before[max(before.rfind("\n"), _last_sentence_end(before)) + 1 :]
    after = body[end : end + 48]
    return bool(
        _TARGET_BEFORE.search(before)
        or _TARGET_AFTER.match(after)
        or (after_trigger and _BLOW_OBJECT.search(before))
        or (_DRIVEN.search(before) and _OUT.match(after))
        # ("the largest city under the militants' control"): who holds what is taken
        or (_UNDER.search(before) is not None and _CONTROL.match(after) is not None)
        # ("50 fighters of Jabhat al-Nusra, al-Qaida's Syrian affiliate, died in strikes")
        or _DIED_IN.match(body, end, end + 110) is not None
    )


# Who died in the blow told next: its target
_DIED_IN = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:died|killed|wounded)\s+"
    r"(?:in|by|when)\b"
)
_WITH_IT = re.compile(
    rf"\b(?:{_BACKED_BY}|{_SUPPORT_OF}|(?:together\s+|along\s+)?with|alongside|and|helped\s+by|"
    r"joined\s+by)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,2}$",
    re.I,
)
# "drove the Islamic State group out of Qayyarah": the one driven out, whatever follows
_DRIVEN = re.compile(rf"\b(?:{DRIVE_OUT_VERBS})\s+(?:the\s+)?$", re.I)
# (not "the first city to fall under Isis control": who took it)
_UNDER = re.compile(
    r"(?i)\b(?!(?:fall|falls|fell|fallen|came|come|comes|brought|put|placed)\s)[\w’']+\s+"
    r"under\s+(?:the\s+)?$"
)
_CONTROL = re.compile(
    r"(?i)(?:\s+(?:group|militants|fighters|jihadists))?[’']?s?\s+(?:control|rule)\b"
)
_OUT = re.compile(
    r"(?:\s+(?:group|militants|fighters|jihadists|organi[sz]ation))?\s+(?:out|from)\b", re.I
)


_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])[\"”’']?\s")


def _last_sentence_end(text: str) -> int:
    """Where the last sentence ending in ``text`` is (-1 for none)."""
    ends = list(_SENTENCE_END.finditer(text))
    return ends[-1].start() if ends else -1


_UNDATED = frozenset({"published", "present", "article", "live"})


_LISTED_LINE = re.compile(r"\s*(?:--?|[•*–—])\s")  # a line of a list: "-- Near Mosul, ..."


def _headline_told_again(events: list[Event]) -> list[Event]:
    """Date an event with no date of its own as a dated one that tells it again within two
    days (the headline "Iraqi forces retake Bartella" over the lead "... retook Bartella on
    Tuesday"), so that the two are kept as one, at the date the text gives."""

    def ends(e: Event) -> object:
        # (a place struck or taken, whether told "near" it or "at" it)
        if e.type in _STATIC:
            return _static_keys(e)
        return tuple(sorted((p.place_id or p.name, p.role) for p in e.places))

    def same(e: Event) -> tuple[object, ...]:
        return (e.type, ends(e), _told(e.status))

    # (by what a telling must share, so that a long article is not read once per event)
    dated: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        if e.extra.get("date_source") == "text" and e.date:
            dated.setdefault(same(e), []).append(e)

    def told_again(e: Event) -> Event | None:
        if e.date is None:
            return None
        if e.extra.get("date_source") not in _UNDATED:
            return told_precisely(e)
        if e.extra.get("date_source") == "live" or _LISTED_LINE.match(e.quote):
            # (an entry of a live page is of the page's day: "10:00 am ¶ Peshmerga forces
            # enter Shingal town" is not the offensive "launched on Thursday morning"; an
            # item of a strike list is of the list's day: "-- Near Mosul, six strikes" is not
            # "on Nov. 30, coalition aircraft conducted one strike near Mosul")
            return None
        day = dt.date.fromisoformat(e.date)
        # ("Coming just days after IS seized the Iraqi city of Ramadi", of a fall told on
        # Sunday): a week back
        within = _DAYS_AFTER_DAYS if _DAYS_AFTER.search(e.quote) else _TOLD_AGAIN_DAYS
        return next(
            (
                o
                for o in dated.get(same(e), ())
                if set(_acting(e)) <= set(_acting(o))  # (not when it names other parties)
                and o.date is not None
                and abs((dt.date.fromisoformat(o.date) - day).days) <= within
            ),
            None,
        )

    def told_precisely(e: Event) -> Event | None:
        # ("a week after US-backed fighters seized al-Shaddadi" beside "announced on February
        # 19 that its fighters had taken full control of Shaddadi"): what happens once, told
        # in a span that holds the day another telling gives, is of that day
        if (
            e.type not in _ONCE
            or e.date_precision not in ("week", "month")
            or not e.date
            or not e.date_end
        ):
            return None
        first, last = dt.date.fromisoformat(e.date), dt.date.fromisoformat(e.date_end)
        return next(
            (
                o
                for o in dated.get(same(e), ())
                if o.date_precision == "day"
                and set(_acting(e)) <= set(_acting(o))
                and o.date is not None
                and first <= dt.date.fromisoformat(o.date) <= last
            ),
            None,
        )

    out = []
    for e in events:
        o = told_again(e)
        out.append(
            e
            if o is None
            else replace(
                e,
                date=o.date,
                date_end=o.date_end,
                date_precision=o.date_precision,
                date_text=o.date_text,
            )
        )
    return out


def _headline_told_more(events: list[Event], headline: str) -> list[Event]:
    """Drop an event of the headline that a later telling gives with more places, within two
    days: "Iraqi troops push into western Mosul neighborhood" over "special forces pushed into
    the Wadi Hajar neighborhood of western Mosul on Thursday"."""

    # (the other tellings by type and status, so that a long article is read once)
    tellings: dict[tuple[str, str], list[Event]] = {}
    for o in events:
        if o.quote != headline:
            tellings.setdefault((o.type, _told(o.status)), []).append(o)

    def more(e: Event, o: Event) -> bool:
        return (
            set(_acting(e)) <= set(_acting(o))
            and _place_keys(e) < _place_keys(o)
            and e.date is not None
            and o.date is not None
            and abs((dt.date.fromisoformat(o.date) - dt.date.fromisoformat(e.date)).days)
            <= _TOLD_AGAIN_DAYS
        )

    return [
        e
        for e in events
        if not (
            e.quote == headline
            and headline
            and any(more(e, o) for o in tellings.get((e.type, _told(e.status)), ()))
        )
    ]


_TOLD_AGAIN_DAYS = 2
# What happens to a place once: told twice, in a span and on a day in it, it is one event
_ONCE = frozenset({"capture", "withdrawal", "cut_route", "link_up"})
_DAYS_AFTER_DAYS = 7
_DAYS_AFTER = re.compile(r"\b(?:just|only|mere|a\s+few)\s+days\s+(?:after|since)\b", re.I)


def _acting(e: Event) -> tuple[str, ...]:
    """The parties of ``e`` that act, not those it acts against."""
    hit = e.extra.get("targets") or ()
    return tuple(a for a in e.actors if a not in hit)


def _told(status: str) -> str:
    """A status as the same event told again keeps it: a plan or a denial, else told."""
    return status if status in ("planned", "denied") else "told"


def _set_out(e: Event) -> set[tuple[str, str]]:
    """Where a movement set out from, with its roles."""
    return {(p.place_id or p.name, p.role) for p in e.places if p.role != "to"}


def _without_restated_parts(events: list[Event]) -> list[Event]:
    """Drop a movement told again of a part of an earlier one, the same day: "withdrawn on
    Thursday from Al-Bab and the neighbouring towns of Qabasin and Bizaah ... took control of
    Qabasin and Bizaah after the jihadists pulled out" is one withdrawal; and join to a
    movement where the same sentence says it went ("..., pulling back towards Tadef")."""

    def ends(e: Event) -> frozenset[tuple[str, str]]:
        return frozenset((p.place_id or p.name, p.role) for p in e.places)

    out: list[Event] = []
    for e in events:
        earlier = next(
            (
                i
                for i, o in enumerate(out)
                if o.type == e.type
                and e.type in _MOVEMENT
                and _told(o.status) == _told(e.status)
                and (o.date, o.date_end) == (e.date, e.date_end)
                and set(_acting(e)) <= set(_acting(o))
                and (
                    ends(e) <= ends(o)
                    # (where the same sentence says it went: not another place it went to)
                    or (o.quote == e.quote and set() < _set_out(e) <= ends(o))
                )
            ),
            None,
        )
        if earlier is None:
            out.append(e)
            continue
        o = out[earlier]
        went = [
            p for p in e.places if p.role == "to" and (p.place_id or p.name, "to") not in ends(o)
        ]
        if went:  # ("..., pulling back towards Tadef"): where it went
            out[earlier] = replace(o, places=o.places + tuple(went))
    return out


def _deduplicated(events: list[Event], headline: str = "") -> list[Event]:
    """Keep one event of each told again: the headline, the lead and the body telling one
    event (same type, places and date) are one, whether reported or claimed, unless they name
    other parties; of those, one the story tells (a headline drops who says so: "Iraqi
    Forces Recapture Al-Qaim" over "Iraqi forces announced ... they had recaptured the town
    of al-Qaim"), reported as fact, naming its parties, most confident."""
    events = _one_per_sentence(events)
    groups: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        key = (
            e.type,
            # (a place taken, held or struck, whether told "at" it or "near" it: "breaks the
            # siege of Deir Ezzor airport", "broke the siege of the airport in Deir Ezzor")
            _static_keys(e)
            if e.type in _STATIC
            else tuple(sorted((p.place_id or p.name, p.role) for p in e.places)),
            _told(e.status),
            e.date_text if e.date is None else (e.date, e.date_end),
        )
        groups.setdefault(key, []).append(e)
    keep: set[int] = set()
    named_by: dict[int, Event] = {}  # the kept one -> a telling that names all its parties
    for group in groups.values():
        named = {_acting(e) for e in group if _acting(e)}
        # (a telling that names some of the parties another names is of the same event:
        # "ISF took Heet" and "the CTS, with the army and the tribal fighters, took Heet")
        widest = sorted(a for a in named if not any(set(a) < set(b) for b in named))
        for actors in widest or [()]:
            same = [e for e in group if set(_acting(e)) <= set(actors)]
            best = max(
                same,
                key=lambda e: (
                    # (but when tellings name parties apart, the one that names none)
                    e.quote != headline or len(widest) > 1,
                    e.status == "reported",
                    e.actors != (),
                    _names(e),
                    e.confidence,
                ),
            )
            keep.add(id(best))
            # ("Forces retake Bashiqa" over "the Peshmerga announced they had recaptured
            # Bashiqa": the report, by the parties its other telling names; not when two
            # tellings name parties apart: then no one is sure who)
            naming = [e for e in same if actors and _acting(e) == actors]
            told_of = [a for a in widest if set(_acting(best)) <= set(a)]
            if naming and _acting(best) != actors and len(told_of) == 1:
                named_by[id(best)] = max(naming, key=lambda e: e.confidence)
            summed_up = [e for e in same if e.quote == headline and e is not best]
            if summed_up and id(best) not in named_by:
                # (with whom the headline says it was taken from: "... liberate Hawija from
                # ISIS")
                named_by[id(best)] = summed_up[0]
    struck: dict[tuple[str, frozenset[str]], set[str]] = {}
    for e in events:
        if e.type == "airstrike":
            struck.setdefault((e.quote, _place_keys(e)), set()).update(e.actors)
    # ("began bombing Isis positions around the town in late September and have since
    # carried out more than 700 airstrikes there"): the strikes began on the day the bombing
    # the sentence tells with them did
    began = {
        (e.quote, _place_keys(e)): e
        for e in events
        if _told_as_strikes(e, struck)
        and e.extra.get("date_source") == "text"
        and str(e.extra.get("trigger", "")).lower().startswith("bomb")
    }
    return [
        _dated_as(_with_parties_of(e, named_by.get(id(e))), began)
        for e in events
        if id(e) in keep and not _told_as_strikes(e, struck)
    ]


def _dated_as(e: Event, began: dict[tuple[str, frozenset[str]], Event]) -> Event:
    """``e``, strikes with no date of their own, dated as the bombing told with them."""
    told = began.get((e.quote, _place_keys(e))) if e.type == "airstrike" else None
    if told is None or e.extra.get("date_source") == "text":
        return e
    return replace(
        e,
        date=told.date,
        date_end=told.date_end,
        date_precision=told.date_precision,
        date_text=told.date_text,
        extra={**e.extra, "date_source": "text"},
    )


def _one_per_sentence(events: list[Event]) -> list[Event]:
    """One sentence telling one event twice ("monitored the SDF taking full control of Raqqa
    city, after they captured the last positions of IS in the city"; "liberated the entire
    Heet city and raised the flag over the government compound in the city center"): the
    telling that names more of its parties, else the first."""
    told: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        told.setdefault((e.quote, e.type, _place_keys(e), e.date, e.status), []).append(e)
    dropped: set[int] = set()
    renamed: dict[int, Event] = {}
    for same in told.values():
        fullest = max(same, key=lambda e: len(e.actors))
        named = [e for e in same if _names(e) and set(e.actors) <= set(fullest.actors)]
        if named and not _names(fullest):
            # ("took full control of Raqqa city, after they captured the last positions of
            # IS in the city"): the telling that names the place, with the other's parties
            renamed[id(fullest)] = _with_parties_of(named[0], fullest)
            dropped.add(id(named[0]))
        for e in same:
            if e is not fullest and (
                set(e.actors) < set(fullest.actors)
                # (a move's two ends told apart are both kept: "pushed into Qayyarah, moving
                # in from the nearby Qayyarah air base")
                or (e.actors == fullest.actors and e.type in _STATIC)
            ):
                dropped.add(id(e))
    # ("struck 11 IS targets near Jarablus, in the first Turkish air raids over Syria"): a
    # telling at a country only, beside one at a place in it, is that one
    # (of its own date, or with none: "bombed artillery near Erbil on Friday, the first
    # American strikes in Iraq since ...")
    pointed: dict[tuple[str, str], set[str | None]] = {}
    for e in events:
        if any(map(_a_point, e.places)):
            pointed.setdefault((e.quote, e.type), set()).add(e.date)
    dropped |= {
        id(e)
        for e in events
        if e.places
        and not any(map(_a_point, e.places))
        and all(p.place_id for p in e.places)
        and (
            e.date in pointed.get((e.quote, e.type), ())
            or ((e.quote, e.type) in pointed and e.extra.get("date_source") in _UNDATED)
        )
    }
    # ("fighters advancing east from Al-Rai linked up with units that had moved west from
    # Jarablus"): the two moves are the link-up told
    joined = {(e.quote, e.date): _place_keys(e) for e in events if e.type == "link_up"}
    dropped |= {
        id(e)
        for e in events
        if e.type == "advance"
        and e.places
        and all(p.role == "from" for p in e.places)
        and _place_keys(e) <= joined.get((e.quote, e.date), frozenset())
    }
    # ("The SDF aims to isolate Raqqa before launching an assault on the city"): one plan for
    # one place, told in one sentence, is one planned event
    planned: set[tuple[str, frozenset[str]]] = set()
    for e in events:
        if e.status == "planned" and id(e) not in dropped:
            key = (e.quote, _place_keys(e))
            if key in planned:
                dropped.add(id(e))
            planned.add(key)
    # ("ambushed a convoy between Kirkuk and Daquq late on Wednesday, killing three
    # fighters"): the killing told after an attack, at one of its places, is that attack
    # (compared within one telling only, so that a long article is not read once per attack)
    attacks: dict[tuple[str, str | None, str], list[Event]] = {}
    for e in events:
        if e.type == "attack" and id(e) not in dropped:
            attacks.setdefault((e.quote, e.date, e.status), []).append(e)
    dropped |= {
        id(e)
        for told in attacks.values()
        for e in told
        if any(_place_keys(e) < _place_keys(o) and set(e.actors) <= set(o.actors) for o in told)
    }
    # ("closed the last escape route out of the city ..., completing the encirclement of
    # Raqqah": a route with one end, cut to close a siege told with it, is that siege)
    ringed = {(e.quote, _place_keys(e), e.date) for e in events if e.type == "siege"}
    dropped |= {
        id(e)
        for e in events
        if e.type == "cut_route"
        and len(e.places) == 1
        and (e.quote, _place_keys(e), e.date) in ringed
    }
    _undated_tellings(events, dropped, renamed)
    return [renamed.get(id(e), e) for e in events if id(e) not in dropped]


def _undated_tellings(events: list[Event], dropped: set[int], renamed: dict[int, Event]) -> None:
    """Drop (into ``dropped``) each telling its sentence gives no day of its own that is a
    dated one at the same places, which takes its parties (into ``renamed``) if it names none:
    "Fighting erupted on January 3 in the town of al-Atarib ..., when fighters of Jaysh
    al-Mujahideen attacked ISIS positions in the town"."""
    dated: dict[tuple[object, ...], Event] = {}
    for e in events:
        if e.date is not None and e.extra.get("date_source") not in _UNDATED:
            dated.setdefault((e.quote, e.type, _place_keys(e), e.status), e)
    for e in events:
        if id(e) in dropped or e.extra.get("date_source") not in _UNDATED:
            continue
        first = dated.get((e.quote, e.type, _place_keys(e), e.status))
        if first is not None and id(first) not in dropped:
            dropped.add(id(e))
            kept = renamed.get(id(first), first)
            if not kept.actors:  # (who acts, from the telling that names them)
                renamed[id(first)] = _with_parties_of(kept, e)


def _names(e: Event) -> bool:
    """Whether ``e`` names its places rather than describes them ("the city"): the telling
    a reader recognises."""
    return not any(p.name.islower() for p in e.places)


def _a_point(p: EventPlace) -> bool:
    """Whether ``p`` is a place a gazetteer knows that is not a country."""
    return bool(p.place_id) and not (p.place_id or "").startswith("country:")


def _with_parties_of(e: Event, other: Event | None) -> Event:
    """``e`` with the parties ``other``, a telling of the same event, names."""
    if other is None:
        return e
    hit = list(dict.fromkeys([*other.extra.get("targets", []), *e.extra.get("targets", [])]))
    actors = tuple(dict.fromkeys([*other.actors, *e.actors]))
    acting = tuple(a for a in actors if a not in hit)
    return replace(
        e, actors=acting + tuple(a for a in actors if a in hit), extra={**e.extra, "targets": hit}
    )


def _told_as_strikes(e: Event, struck: dict[tuple[str, frozenset[str]], set[str]]) -> bool:
    """Is `e` an attack, by no one else, told by the sentence that tells of air strikes at
    its places ("more than 4,000 strikes in and around Raqqa, ... many of them killed in
    airstrikes")? Then it is those strikes."""
    if e.type != "attack":
        return False
    strikers = struck.get((e.quote, _place_keys(e)))
    return strikers is not None and set(e.actors) <= strikers


def _static_keys(e: Event) -> frozenset[str]:
    """The places an event that stays put is at, whatever their roles, but for what a capture
    took near a place ("pushed the militants out of several villages east of the dam"), which
    is not the place taken ("Forces Retake Mosul Dam")."""
    # (nor what an attack struck near a place: "a wave of attacks on Kurdish positions
    # southwest of ... Kirkuk" is not "In the city itself, militants stormed a hotel")
    if e.type not in ("capture", "attack"):
        return _place_keys(e)
    return frozenset(
        (p.place_id or p.name) + ("~near" if p.role == "near" else "") for p in e.places
    )


def _place_keys(e: Event) -> frozenset[str]:
    """The places an event is at, whatever their roles."""
    return frozenset(p.place_id or p.name for p in e.places)
