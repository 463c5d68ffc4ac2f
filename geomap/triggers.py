"""The words that report an event: a verb lexicon per event type, matched in a sentence.

Each entry is a regular expression over the sentence (case ignored) and a *voice*:

- ``active``: the places come after the trigger ("took Dabiq", "advance towards al-Bab",
  "the siege of Mosul", "fighting in Kirkuk");
- ``passive``: the place comes before it ("Mosul fell to Daesh", "Tal Afar is besieged",
  "escape routes have been cut off").

An active trigger preceded by "is", "was", "has been" ... is read as passive too. Where two
entries overlap, the longer match wins. The rules are about reporting language, not about
any one campaign: a new campaign needs no change here, only new aliases in the actor table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import ahocorasick

from geomap.roles import NOT_A_WAY
from geomap.sentences import TITLE_SMALL_WORDS, lowered, required_words

__all__ = [
    "AIRCRAFT",
    "AIR_WAR_VOICES",
    "DEFEND_VERBS",
    "EVACUATED",
    "Trigger",
    "find_triggers",
    "trigger_of",
]

_ROUTE = (
    # ("cut Highway 47", "the Castello Road")
    r"(?:[Rr]oads?|[Rr]outes?|supply\s+lines?|supplies|lines?\s+of\s+supply|[Hh]ighways?|corridors?|"
    r"paths?|links?|lifelines?|crossings?)"
)
# (not the scene of a bombing closed off: "cordoned off the sites of the explosions", "sealed
# off the area and closed several roads for hours after the blast")
_NOT_A_CORDON = (
    r"(?!(?:\s+off)?\s+(?:the\s+)?(?:sites?|scenes?)\s+of\s+the\s+(?:blasts?|explosions?|bombings?|attacks?)\b)"
    r"(?![^.;]{0,60}?\b(?:(?:after|following)\s+the\s+(?:blasts?|explosions?|bombings?|attacks?)|"
    r"city\s+cent(?:er|re))\b)"
)
_OP = r"(?:operation|(?:counter-?)?offensive|push|assault|campaign|attack|drive|sweep|hunt)"
# The word stems of fighters moved out under a deal: "evacuated", "bused out", "taken out"
EVACUATED = r"evacuat|bus|ferr|transport|transferr|taken\s+out"
_NOT_A_PLACE_TAKEN = (
    r"(?!\s+(?:(?:\d[\d,]*|hundreds\s+of|dozens\s+of|scores\s+of|several|some|many|two|three|"
    r"four|five|ten|the)\s+)?(?:[\w-]+\s+)?(?:recruits|soldiers|troops|fighters|militants|jihadists|"
    r"civilians|prisoners|men|women|children|hostages|journalists|policemen|officers|pilots?|"
    r"weapons|arms|ammunition|documents|equipment|tanks|vehicles|Humvees)\b"
    # ("captured an ISIS chemical weapons expert during a raid near Tal Afar")
    r"|\s+(?:an?|the|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}(?:expert|leader|commander|emir|"
    r"operative|suspect|official|member|militant|fighter|jihadist|man|woman|pilot|journalist|"
    r"aide|deputy|spokesman)s?\b"
    # (the person the head: not "seized the last jihadist bastion")
    r"(?=\s*[,.;:]|\s+(?:during|in|near|from|at|on|and|who|with|after|as|by|while|alive)\b))"
)
_NOT_TAKE = r"(?!\s+(?:to\b|out\b|off\b|up\b|part|place|(?:much\s+|far\s+)?(?:more\s+|less\s+)?time|longer|weeks|months|years|days|hours|\d(?![\d.,]*\s*(?:percent|per\s+cent|%))|steps?|action|care|precautions?|measures|pains|(?:great|extra|special|utmost|every)\s+(?:care|pains|precautions?)|advantage|aim|refuge|cover|shelter|responsibility|hold|charge|note|turns|a\s+(?:look|step|stand)|(?:an?\s+)?(?:(?:more\s+)?(?:direct|active|leading|bigger|greater|larger)\s+)?(?:hand|role)\b|over\s+(?:the\s+)?(?:role|job)|(?:over\s+)?(?:the\s+)?(?:civil(?:ian)?\s+)?(?:administration|running|management|governance|duties)\b|away|(?:them|him|her|us)\s+(?:in|to|into)\b|prisoners?|captives?|hostages?|(?:(?!and\b|or\b)[\w’'-]+\s+){1,10}?(?:prisoners?|captive|hostages?)\b(?!\s+(?:were|was|are|is)\b)|(?:his|her|their|my|our)\s+(?:wife|wives|family|families|children|sons?|daughters?|parents|relatives)|by\s+(?:trucks?|bus(?:es)?|cars?|road|helicopters?|lorr(?:y|ies)|boats?|ambulances?|coach(?:es)?)\b))"

# How far and which way: "120 km north-east", "north-west", "southwards".
# How far a push went: "pushed two kilometres into", "pushed 10 km south of"
_SOME_WAY = (
    r"(?:(?:a|an|one|two|three|\d[\d.,]*)\s*(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s)\s+)?"
)
_WAY = (
    r"(?:(?:some\s+|about\s+|nearly\s+|around\s+)?\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?|ern)?\s+)"
)

# Who a passive names as its agent after the place: "out of al-Bab by Turkish-backed rebels"
_BY_FORCES = (
    r"\s+[^,;.]{1,60}?\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}(?:forces|troops|"
    r"fighters|rebels|militias?|militiamen|soldiers|army|units|jihadists|militants)\b)"
)
# A month's name: the time words that follow a trigger's words ("fired on January 3")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)

# (event type, voice, pattern). Order matters only for ties in length.
LEXICON: tuple[tuple[str, str, str], ...] = (
    # planned: intent named by the trigger itself
    (
        "planned",
        "active",
        rf"\bwill\s+(?:soon\s+)?launch\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_OP}s?\b",
    ),
    (
        "planned",
        "active",
        rf"\b{_OP}s?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:being\s+)?(?:planned|expected|imminent|prepared)\b",
    ),
    (
        "planned",
        "active",
        rf"\bplan(?:s|ned|ning)?\s+(?:to\s+launch|an?\s+(?:new\s+|major\s+)?{_OP}|for\s+an?\s+{_OP})\b",
    ),
    (
        "planned",
        "active",
        rf"\bprepar(?:e|es|ed|ing)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:counter-?)?{_OP}\b",
    ),
    (
        "planned",
        "active",
        # ("massing forces near Makhmour for an expected push toward Mosul")
        rf"\b(?:upcoming|planned|forthcoming|imminent|(?<=\ban )(?:expected|anticipated))\s+"
        rf"(?:[\w-]+\s+)?{_OP}\b",
    ),
    # "The offensive on Raqqa is expected to start in the spring"; "officials expect the
    # battle for western Mosul to begin within days"
    (
        "planned",
        "active",
        rf"\b(?:{_OP}|battle)s?\b(?=[^.;]{{0,60}}?\b(?:is|are|was|were)\s+(?:now\s+)?(?:expected|due|set|"
        r"scheduled|slated|likely)\s+to\s+(?:begin|start|commence|get\s+under\s*way|be\s+launched)\b)",
    ),
    (
        "planned",
        "active",
        rf"(?:(?<=\bexpect )|(?<=\bexpects )|(?<=\bexpected ))(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_OP}|battle)\b"
        r"(?=[^.;]{0,60}?\bto\s+(?:begin|start|commence|get\s+under\s*way)\b)",
    ),
    ("planned", "passive", r"\b(?:is|are)\s+(?:being\s+)?(?:planned|imminent)\b"),
    # "the town of Hawija itself will be targeted in a second phase"
    (
        "planned",
        "passive",
        r"\b(?:will|would|is\s+to|are\s+to)\s+(?:then\s+|next\s+|later\s+)?be\s+"
        r"(?:targeted|attacked|stormed|assaulted)\b",
    ),
    # "had turned their guns toward Manbij"
    (
        "planned",
        "active",
        r"\bturn(?:ed|s|ing)?\s+(?:(?:their|its|his|her)\s+(?:guns|sights|attention|focus|forces)"
        # ("his forces would turn next to Mosul")
        r"|next)\s+(?:to|towards?|on)\b"
        # ("Iraqi troops recapture Anah, set sights on Rawa and Qaim")
        r"|\bset(?:s|ting)?\s+(?:(?:their|its|his|her)\s+)?sights\s+on\b",
    ),
    # "Hawija would be the next target once Tal Afar is secured"
    (
        "planned",
        "passive",
        r"\b(?:is|are|was|would\s+be|will\s+be)\s+(?:likely\s+)?(?:the|their|its)\s+next\s+"
        r"(?:target|objective|goal|battle|front)\b",
    ),
    # "the next target of the operation would be Manbij", "the next battle will be for al-Qaim"
    (
        "planned",
        "active",
        r"\bnext\s+(?:target|objective|goal|battle|front|step)\b(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"
        r"(?:is|was(?!\s+to\b)|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be)\s+"
        r"(?:for\s+|to\s+(?:retake|liberate|take|capture|free)\s+)?",
    ),
    # "Our goal is Hama airport, and then the city": a place named as the goal
    (
        "planned",
        "active",
        r"\b(?:our|their|its|his|the)\s+(?:(?:main|ultimate|final|immediate|first|real)\s+)?"
        r"(?:goal|target|objective)\s+(?:is|will\s+be|remains)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    ),
    (
        "planned",
        "active",
        r"\b(?:will|would|plans?\s+to|aims?\s+to|intends?\s+to|(?:is|are)\s+set\s+to)\s+"
        r"(?:\w+ly\s+|next\s+|soon\s+|then\s+|now\s+)?(?:target|turn\s+to|move\s+(?:on|against))\b",
    ),
    # capture
    (
        "capture",
        "active",
        # (not a picture taken: "drone footage taken over Haas showed that the roof was intact")
        r"(?<!\bfootage\s)(?<!\bvideo\s)(?<!\bvideos\s)(?<!\bimages\s)(?<!\bphotos\s)"
        r"(?<!\bpictures\s)(?<!\bphotographs\s)"
        rf"\b(?:re)?(?:took|take|takes|taking|taken)\b(?:\s+back|\s+over|\s+full\s+control\s+of|\s+control\s+of)?{_NOT_TAKE}"
        # (not people taken along: "pulling back toward Mosul, taking civilians with them")
        rf"{_NOT_A_PLACE_TAKEN}",
    ),
    # (not people or things taken: "the killing of hundreds of captured army recruits",
    # "seized weapons")
    ("capture", "active", rf"\b(?:re)?captur(?:e|ed|es|ing)\b{_NOT_A_PLACE_TAKEN}"),
    ("capture", "active", rf"\bseiz(?:e|ed|es|ing)\b{_NOT_A_PLACE_TAKEN}"),
    ("capture", "active", r"\bliberat(?:e|ed|es|ing|ion[”\"’']?\s+of)\b"),
    ("capture", "active", r"\breclaim(?:ed|s|ing)?\b"),
    # 'its forces had "imposed security" in Altun Kupri', "imposed full control over"
    (
        "capture",
        "active",
        r"\bimpos(?:ed|es|ing)\s+(?:its\s+|their\s+|full\s+|complete\s+)?[\"“]?(?:security|control)\b",
    ),
    # "Government forces have since clawed back much of the territory lost"
    ("capture", "active", r"\bclaw(?:ed|s|ing)?\s+back\b"),
    # "had regained positions inside the city" (not "regained consciousness, control of itself")
    (
        "capture",
        "active",
        r"\bregain(?:ed|s|ing)?\b(?!\s+(?:consciousness|momentum|the\s+initiative))",
    ),
    # "secured the Tal Afar citadel" (not the release of hostages, funding or a deal)
    (
        "capture",
        "active",
        r"\bsecur(?:ed|ing)\b(?!\s+(?:(?:the|a|an|their|its)\s+)?(?:release|funding|funds|support|"
        r"deal|agreement|approval|votes?|passage|loans?|promises?|commitments?|guarantees?|"
        r"access|a\s+deal|an\s+agreement|safe\s+passage|evacuation)\b)"
        # (nor a road held open to a town: "securing its supply road from Hama")
        r"(?!\s+(?:(?:the|its|their|a)\s+)?(?:main\s+)?(?:supply\s+)?(?:road|route|line|lines|"
        r"highway|corridor)\s+(?:from|to|into|with)\b)",
    ),
    (
        "capture",
        "active",
        # ("declared full control of Deir Ezzor city on 3 November")
        r"\b(?:(?:re)?(?:gain|gained|gains|wrest|wrested|assume[ds]?)|(?:declar|announc|establish)"
        r"(?:e|es|ed|ing))\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b"
        # ("the Peshmerga are now in control of the centre of Bashiqa": now, so newly)
        # (or in full control: "the militants are in full control of the west of the city")
        r"|\b(?:are|is)\s+(?:now\s+in\s+(?:full\s+|complete\s+|total\s+)?|in\s+(?:full|complete|"
        r"total)\s+)control\s+(?:of|over)\b"
        # ("the first day ... ended with troops in control of about 30 square kilometers")
        r"|(?:(?<=\bended\swith\s)|(?<=\bfinished\swith\s))(?:the\s+)?(?:troops|forces|soldiers|fighters)"
        r"\s+in\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b",
    ),
    # the place as subject: "Amude came under Kurdish control on Friday", "fell under IS control"
    (
        "capture",
        "passive",
        r"\b(?:came|come|comes|coming|fell|falls|fallen|passed|passes)\s+under\s+(?:the\s+)?"
        r"(?:full\s+|complete\s+|total\s+)?(?:[\w’'-]+\s+){0,3}?control\b",
    ),
    ("capture", "active", r"\boverr(?:an|un|unning)\b"),
    # "drove the militants out of", "pushed IS out of", "expelled Daesh from"
    (
        "capture",
        "active",
        # (not the noun: "pro-government forces had pulled out of the city")
        r"\b(?:dr(?:ove|ive|iving|iven)|push(?:ed|es|ing)?|kick(?:ed|s|ing)?|forc(?:ed|ing)|"
        # (not the noun: "peshmerga forces pulled out of Sinjar")
        r"forces(?!\s+(?:had|have|has|were|are|was|is|would|will|could|also|then|\w+ed|withdrew|"
        r"fled|ran|began|broke|drove|swept|took|left)\b)|"
        r"flush(?:ed|es|ing)?|rout(?:ed|s|ing)?)\s+(?!(?:[\w-]+\s+){0,2}(?:civilians|residents|"
        r"families|people|inhabitants)\b)"
        rf"{NOT_A_WAY}(?:[\w-]+\s+){{1,3}}out\s+of\b",
    ),
    (
        "capture",
        "active",
        r"\b(?:expel(?:led|s|ling)?|oust(?:ed|s|ing)?)\s+(?!(?:[\w-]+\s+){0,2}(?:civilians|"
        r"residents|families|people|inhabitants)\b)(?:[\w-]+\s+){1,3}from\b",
    ),
    # ("after the group's seizure of Mosul": a taking told as a noun)
    (
        "capture",
        "active",
        r"\b(?:the\s+)?(?:fall|capture|recapture|liberation)\s+of\b"
        r"|(?<=['’]s\s)(?:seizure|takeover)\s+of\b|\bthe\s+seizure\s+of\b"
        r"(?!\s+(?:weapons|arms|funds|assets|documents|drugs|ammunition|the\s+ship)\b)",
    ),
    (
        "capture",
        "passive",
        # ("fell back": see withdrawal; not a count: "the number ... had fallen to 29")
        r"\b(?:fell|falls|fall|fallen)\s+(?:to|into\s+the\s+hands\s+of)\b"
        r"(?!\s+(?:\d|(?:about|around|nearly|almost|just|under|below|fewer|less|zero|its\s+lowest)\b))",
    ),
    (
        "capture",
        "passive",
        r"(?<!shells )(?<!rockets )(?<!mortars )(?<!bombs )(?<!missiles )(?<!rounds )"
        # (not "fell within the mission of protecting U.S. personnel")
        r"\bfell\b(?!\s+into\s+(?:the\s+)?(?:sea|water|river|lake|Mediterranean|Euphrates|Tigris|"
        r"a|an|disrepair|disuse|decline|ruin|chaos|silence)\b)"  # ("fell into the sea")
        r"(?=\s+(?:on|in|after|last|this|yesterday|overnight|over\s+the\s+(?:following|next|"
        r"past|last|weekend)|within(?!\s+(?:the|its|their)\s+"
        r"(?:mission|mandate|remit|scope|range|bounds|limits|rules|purview))|early|late|two|three|"
        r"several|a\s"
        r"|(?:far\s+|much\s+)?(?:more\s+|less\s+)?\w+ly\b(?!\s+(?:to|into|back|on)\b))|\s*[.,;])",
    ),
    # "denied the town had fallen", "Mosul has fallen"
    ("capture", "passive", r"\b(?:had|has|have)\s+(?:not\s+)?fallen\b(?=\s*[.,;]|\s+(?:on|in)\b)"),
    ("capture", "active", r"\bfreed\b"),
    # "Daesh has lost al-Qaim": the place changes hands (the subject is the loser)
    (
        "capture",
        "active",
        # (not "clawed back much of the territory lost, including Tikrit": what was lost)
        r"(?<!territory )(?<!ground )(?<!land )(?<!areas )(?<!towns )(?<!cities )"
        r"\blos(?:e|t|es|ing)\b(?:\s+control\s+of)?(?!\s+(?:their|his|her|its|my|our|your|the\s+lives|"
        r"lives|life|contact|radar|radio|communications?|signals?|ground|touch|sight|count|hope|power|weight|track|faith|patience|"
        r"interest|money|a|an|one|two|three|several|many|dozens|hundreds|thousands|"
        # ("must move back east of the Euphrates or lose U.S. support")
        r"(?:[\w.-]+\s+)?(?:support|backing|aid|funding|help|protection))\b|\s+\d)",
    ),
    ("capture", "active", r"\bdeclar(?:e|ed|es|ing)\s+(?:(?:final|full|total)\s+)?victory\b"),
    (
        "capture",
        "active",
        r"\bclear(?:ed|s|ing)\b(?=(?:\s+[\w’'-]+){1,8}?\s+of\s+(?:the\s+)?(?:remaining\s+|last\s+)?"
        r"(?:militants|jihadists|insurgents|fighters|IS|ISIS|ISIL|Daesh|Islamic\s+State)\b)",
    ),
    # "cleared the town of al-Ubaydi", "cleared Bartella" (not "cleared the way" or "the town",
    # the mopping-up after a capture told already)
    (
        "capture",
        "active",
        # ("would continue to clear the villages to the south and west of Ain Issa")
        r"\b(?:clear(?:ed|s|ing)|(?<=\bto )clear)\b(?=\s+(?:the\s+)?(?:(?:remaining|nearby|"
        r"surrounding)\s+)?(?:villages|towns|hamlets|areas|countryside)\s+(?:to\s+the\s+)?"
        r"(?:north|south|east|west)\w*\b)"
        r"|\bclear(?:ed|s|ing)\b(?=\s+(?:the\s+)?(?:(?:last|remaining|entire|whole|nearby|"
        r"surrounding|neighbou?ring)\s+)?"
        r"(?:(?:towns?|city|villages?|districts?|neighbou?rhoods?|areas?|quarter|suburbs?|outskirts|"
        r"parts?|sections?|rest)"
        r"\s+of\b|(?-i:(?:al-|el-|ad-|ar-|as-)?[A-Z][a-z])"
        r"(?![\w'’-]*\s+(?:fighters\s+|militants\s+)?from\b))"
        # ("cleared a number of villages and desert valleys west of Rawa", "cleared 12 villages")
        r"|\s+(?:a\s+number\s+of|several|dozens\s+of|scores\s+of|\d+|two|three|four|five|six|seven|"
        r"eight|nine|ten|more)\s+(?:[\w-]+\s+)?(?:villages|towns|hamlets|areas)\b)",
    ),
    # "the Beiji refinery had been 'completely cleared' of militants"
    (
        "capture",
        "passive",
        r"\b(?:(?:has|have|had)\s+been|was|were)\s+[“\"‘']?(?:(?:completely|fully|entirely|now)\s+)?"
        r"cleared\b(?!\s+(?:for|to|away|of\s+(?:mines|explosives|rubble|debris|IEDs)))",
    ),
    # "completed the clearing of the Ghabat and Sukkar neighborhoods" (not its start)
    ("capture", "active", r"\b(?:complet|finish)\w*\s+(?:the\s+)?clearing\s+of\b"),
    # "declared that military operations in Raqqa were over", "announced the end of military
    # operations in Raqqa": the town is taken
    (
        "capture",
        "active",
        r"\b(?:announc|declar|proclaim)\w*\s+(?:the\s+)?(?:official\s+)?end\s+of\s+(?:the\s+)?"
        r"(?:military\s+|combat\s+|major\s+)?(?:operations?|fighting|battle)\s+(?:in|for)\b"
        r"|\b(?:military\s+|combat\s+|major\s+)?operations\s+in\b(?=[^.;]{1,40}?\s(?:were|was|are|is|"
        r"had\s+been|have\s+been)\s+(?:now\s+)?(?:over|finished|complete|completed|concluded|ended)\b)",
    ),
    # "army units restored security and stability to the town of al-Shoula" (state media)
    (
        "capture",
        "active",
        # (and "restored on Sunday security and stability to al-Bukamal city")
        r"\brestor(?:e|ed|es|ing)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+|yesterday\s+|today\s+)?"
        # (the state media's words quoted: 'army units "restored security and stability" to')
        r"[\"“‘']?(?:security|stability|order|calm)(?:\s+and\s+(?:security|stability|"
        # ("restored security and stability on Saturday to Maskana town")
        r"order|calm))?[\"”’']?\s+(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+|yesterday\s+|today\s+)?"
        r"(?:to|in)\b"
        # ('regime forces had "restored control" of Tal al-Eis')
        r"|\brestor(?:e|ed|es|ing)\s+[\"“‘']?(?:full\s+)?control[\"”’']?\s+(?:of|over)\b",
    ),
    # "the Peshmerga handed over Sinjar to Iraqi forces": the town changes hands
    # (not "the bodies were handed over to their families": people or things, not ground)
    (
        "capture",
        "active",
        r"\bhand(?:ed|s|ing)?\s+over\s+(?:[\w’'-]+\s+){0,5}?to\b"
        r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:families|relatives|custody|next\s+of\s+kin)\b)",
    ),
    # "Baba Gurgur was also handed over without a fight": the place changed hands
    (
        "capture",
        "passive",
        r"\b(?:was|were|been|is|are)\s+(?:also\s+|then\s+|later\s+|quickly\s+)?handed\s+over\b"
        r"(?!\s+to\b)",  # (handed over to someone: the active pattern, who took it named)
    ),
    # "raised the Iraqi flag over the citadel", "hoisted their flag in the town centre"
    (
        "capture",
        "active",
        r"\b(?:rais|hoist|plant)(?:ed|es|ing|s)?\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        r"flags?\s+(?:over|above|on|in|at|atop)\b",
    ),
    # advance
    (
        "advance",
        "active",
        r"\badvanc(?:e|ed|es|ing)\b(?!\s+(?:warning|notice|party|payment))"
        # (not the adjective: "targets it says were advanced weapons shipments", "an advanced
        # military post")
        r"(?<!\ban\sadvanced)(?<!\bmore\sadvanced)(?<!\bmost\sadvanced)(?<!\bhighly\sadvanced)"
        r"(?!(?<=advanced)\s+(?:[\w-]+\s+)?(?:weapons?|weaponry|arms|missiles?|rockets?|"
        r"systems?|technology|equipment|hardware|air\s+defen[cs]es?|stages?|degrees?|"
        r"fighter\s+jets|jets|aircraft|drones?|training)\b)",
    ),
    (
        "advance",
        "active",
        rf"\bmov(?:e|ed|es|ing)\s+(?:up\s+|forward\s+|closer\s+|{_WAY})?"
        # ("move west along the Euphrates from Haditha towards Anah")
        r"(?:along\s+(?:the\s+)?[\w-]+(?:\s+(?:river|valley|road|highway))?\s+)?"
        r"(?:to(?:wards?)?|into|on|closer|from)\b",
    ),
    # "have been massing south of the town around Al Fatha", "massing forces near Makhmour":
    # forces gathered for a push
    (
        "advance",
        "active",
        r"\bmass(?:ed|ing)\s+(?:(?:[\w-]+\s+){0,2}?(?:troops|forces|fighters|units|reinforcements|"
        r"tanks)\s+)?(?:near|around|outside|along|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b",
    ),
    # "aims to open a corridor to Mount Shingal": a way through to the place
    (
        "advance",
        "active",
        # (not "..., opening the road toward Deir Ezzor": what a capture made possible)
        # ("would try to open a land route into Dhuluiya")
        r"\bopen(?:ed|s|ing)?\s+(?:up\s+)?(?:a|the)\s+(?:[\w-]+\s+)?(?:corridor|passage)\s+"
        r"(?:to|into|towards?)\b"
        # (a way to be opened: not "captured Baiji and opened the road to Tikrit")
        r"|(?:(?<=\bto )|(?<=\bwill )|(?<=\bwould ))open\s+(?:up\s+)?(?:a|the)\s+(?:[\w-]+\s+)?"
        r"(?:route|road|way)\s+"
        r"(?:to|into|towards?)\b",
    ),
    # "columns drove 120 km north-east towards Deir ez-Zor"
    ("advance", "active", rf"\bdr(?:ove|ive|ives|iving)\s+(?:{_WAY})?(?:to(?:wards?)?|into|on)\b"),
    (
        "advance",
        "active",
        r"\bpush(?:ed|es|ing)?\s+(?:(?:nearly|about|some|almost|more\s+than|another)\s+)?"
        + _SOME_WAY
        + r"(?:(?:deep|deeper|further|farther|forward|ahead|on)\s+)?"
        r"(?:into|towards?|on|through)\b"
        r"|(?:(?<=had\s)|(?<=has\s)|(?<=have\s)|(?<=since\s))pushed\s+back\s+into\b"
        r"|\bpush(?:ed|es|ing)?\s+(?:from\s+the\s+|further\s+|farther\s+|deeper\s+)?"
        + _SOME_WAY
        + r"(?:north|south|east|west)\w*\b"
        # ("to push the militants back along the Euphrates, toward the towns of Haqlaniya")
        r"|\bpush(?:ed|es|ing)?\s+(?:the\s+)?(?:militants|jihadists|insurgents|extremists|"
        r"fighters|IS|ISIS|ISIL|Daesh|them|the\s+group|rebels)\s+back\s+(?:along|towards?|to)\b",
    ),
    ("advance", "active", r"\b(?:new|fresh|final|major|renewed)\s+push\b"),
    (
        "advance",
        "active",
        rf"\blaunch(?:ed|es|ing)?\s+(?:(?:on|this|last|early|late)\s+\w+\s+)?"
        # (a name in quotes: "launched its 'western axis' operation")
        rf"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w“”\"‘’'-]+\s+){{0,3}}?(?!counter)"
        rf"(?:{_OP}|operations|offensives)\b"
        # ("The Lebanese army pressed a counteroffensive around the border town of Arsal")
        r"|\b(?:press|mount)(?:ed|es|ing)\s+(?:ahead\s+with\s+|on\s+with\s+)?(?:an?|the|its|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:(?:counter-?)?offensives?|operations?|campaign|push|drive)\b",
    ),
    # "announced the start of the offensive to recapture Mosul", "the start of operations"
    (
        "advance",
        "active",
        # (not a time told by it: "families trapped since the start of the operation")
        r"(?<!\bsince the )(?<!\bfrom the )(?<!\bat the )"
        r"(?<!\bduring the )(?<!\buntil the )(?<!\bsince )"
        r"\b(?:start|launch|beginning|opening)\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_OP}|operations|offensives)\b",
    ),
    # "The operation to liberate Hawija was launched on September 21": the start, no capture
    (
        "advance",
        "active",
        rf"\b{_OP}\s+(?:to\s+(?:liberate|retake|recapture|take|capture|free|clear|storm)\s+"
        r"(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
        r"launched\b"
        # ("The operation to retake Rutba, the last town held by IS, was launched")
        rf"|\b{_OP}\s+to\s+(?:liberate|retake|recapture|take|capture|free|clear|storm)\s+"
        r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+,[^,;.]{1,80},\s+"
        r"(?:was|were|has\s+been|had\s+been)\s+launched\b",
    ),
    # "began the liberation of Hawija", "the start of the battle for the liberation of Tal Afar"
    (
        "advance",
        "active",
        r"\b(?:beg[au]n|begins?|beginning|start(?:ed|s|ing)?|launch(?:ed|es|ing)?)\s+(?:the\s+)?"
        r"(?:battle\s+for\s+the\s+)?(?:liberation|recapture)\s+of\b"
        r"|\b(?:start|launch|beginning)\s+of\s+(?:the\s+)?battle\s+(?=(?:for|to)\b)",
    ),
    # "The offensive to retake Mosul, Iraq's second city, began on Oct. 17"
    (
        "advance",
        "active",
        # (past the full stops of "U.S.-led")
        # (as long as the fighting's "battle for": "The battle for Mosul began on Oct. 17")
        rf"\b(?:{_OP}s?\b|battles?\b(?:\s+for\b(?!\s+the\s+liberation))?)(?=(?:[^.;]|(?<=[A-Z])\.){{0,100}}?\b(?:began|begun|started|got\s+under\s*way|kicked\s+off)\b)",
    ),
    ("advance", "active", r"\bmarch(?:ed|es|ing)?\s+(?:on|towards?|into)\b"),
    # "army units continued pursuing the fleeing remnants of Daesh towards the villages"
    (
        "advance",
        "active",
        r"\b(?:pursu(?:e|ed|es|ing)|chas(?:e|ed|es|ing))\b(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:remnants|militants|fighters|terrorists|jihadists|insurgents|gunmen|remaining|fleeing|"
        r"retreating|IS|ISIS|ISIL|Daesh)\b)",
    ),
    # "Yazidi fighters allied to the PMU have moved in": into the place just told
    ("advance", "active", r"\b(?:mov(?:ed|es|ing)|rolled|swept)\s+in\b(?!\s*(?:to|on)\b)"),
    (
        "advance",
        "active",
        r"\benter(?:ed|s|ing)?\b(?!\s+(?:the\s+)?(?:talks|negotiations|its|their|a\s+new))",
    ),
    (
        "advance",
        "active",
        r"(?<!within )(?<!of )"
        # (nor what was fired: "only 23 of the 59 cruise missiles fired reaching the base")
        r"(?<!fired )(?<!missiles )(?<!rockets )(?<!shells )"
        # (nor what weapons could: "We do not have weapons that can reach the university")
        r"(?<!\bthat\scan\s)(?<!\bthat\scould\s)(?<!\bwhich\scan\s)(?<!\bwhich\scould\s)"
        # (nor one spoken to: "said one fighter reached by phone in Kilis")
        r"(?!\w*\s+by\s+(?:tele)?phone\b)"
        # (nor the deal that was reached: "Under the agreement reached on Dec. 1")
        r"(?<!agreement )(?<!deal )(?<!truce )(?<!accord )(?<!settlement )\breach(?:ed|es|ing)?\b"
        # (not an outcome reached: "failed to reach a quorum", "reached a deal")
        # ("contacts are continuing to reach similar settlements in other towns")
        r"(?!\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?"
        r"(?:quorum|agreements?|deals?|settlements?|consensus|decisions?|conclusions?|"
        r"compromises?|ceasefires?|truces?|understandings?|verdicts?|record|peak|milestone|"
        r"stalemate)\b)",
    ),
    ("advance", "active", r"\bclos(?:e|ed|es|ing)\s+in\s+on\b"),
    ("advance", "active", r"\bapproach(?:ed|ing)\b"),
    ("advance", "active", r"\b(?:make|makes|making|made)\s+(?:[\w-]+\s+)?gains\b"),
    ("advance", "active", r"\bdr(?:ive|ove|iving)\s+(?:towards?|into)\b"),
    (
        "advance",
        "active",
        rf"\bhead(?:ed|ing|s)?\s+{_WAY}?(?:towards?|for)\b",
    ),  # ("heading east toward")
    # "Our forces are continuing their progress to liberate the villages east of Hawija"
    (
        "advance",
        "active",
        r"\bcontinu(?:e|ed|es|ing)\s+(?:their|its|the|our)\s+(?:progress|advance|push|march)\b",
    ),
    # "then turned south toward al-Bab"
    ("advance", "active", rf"\bturn(?:ed|ing|s)?\s+(?:{_WAY})?(?:towards?|on)\b"),
    ("advance", "active", r"\bdeploy(?:ed|s|ing)?\s+(?:to|in|near|around)\b"),
    # "plans to storm Hawija": a move on it (not "a storm", "the storm of criticism")
    (
        "advance",
        "active",
        r"(?:(?<=\bto )|(?<=\bwill )|(?<=\bwould )|(?<=\bcould ))storm\b",
    ),
    # "militants stormed the city of Samarra", "stormed government buildings in Kirkuk": an
    # assault on it (what it took is told apart: "and had taken full control of it")
    ("attack", "active", r"\bstorm(?:ed|s|ing)\b"),
    ("advance", "active", r"\bopen(?:ed|s|ing)?\s+(?:up\s+)?(?:a\s+)?new\s+front\b"),
    ("advance", "active", r"\btravel(?:l)?(?:ed|ing|s)?\s+(?:to|towards?|from|into)\b"),
    # "Iraqi forces are within 5 kilometres of the centre of Tal Afar"
    (
        "advance",
        "active",
        r"\b(?:are|is|were|was|came|come|comes|got|get|gets|stood|stand|now)\s+(?:now\s+|just\s+|only\s+)?"
        r"(?:(?:within|less\s+than|under|about|some|only|just)\s+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|"
        r"eight|nine|ten|a\s+few)\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s)\s+(?:of|from)\b",
    ),
    # "moved fighters from Syria to reinforce Tal Afar", "reinforcements reached Mosul"
    # (not "reinforced positions near al-Qaim": ground held more strongly, no one moving)
    (
        "advance",
        "active",
        # (nor "cut off from reinforcement": none coming)
        r"(?<!\bfrom )(?<!\bwithout )(?<!\bno )"
        r"\breinforc(?:e|ed|es|ing|ements?)\b(?!\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:positions|defen[cs]es|lines|fortifications|checkpoints|presence|borders?)\b)"
        # (nor what was made stronger: "Checkpoints on the highway have been reinforced"; but
        # "Mosul was reinforced with fighters from Syria")
        r"(?!(?:(?<=been\sreinforced)|(?<=were\sreinforced)|(?<=was\sreinforced)|"
        r"(?<=being\sreinforced))(?!\s+(?:by|with)\b))",
    ),
    # "punched into the eastern edge of Mosul", "fought their way into", "broke through"
    ("advance", "active", r"\bpunch(?:ed|es|ing)?\s+(?:deeper\s+|further\s+)?(?:into|through)\b"),
    (
        "advance",
        "active",
        r"\b(?:fight|fights|fighting|fought|battl(?:ed|ing)|push(?:ed|ing)?|mak(?:e|es|ing)|made)"
        r"\s+(?:their|its|his|our|the\s+\w+['’]s?)\s+way\s+(?:into|to|towards?|through)\b",
    ),
    (
        "advance",
        "active",
        r"\b(?:broke|break|breaks|breaking|broken)\s+(?:through\s+)?(?:into|through)\b",
    ),
    ("advance", "active", r"\bbreach(?:ed|es|ing)\b"),
    # a push told by its way: "attacked northward before dawn from their positions near"
    (
        "advance",
        "active",
        r"\b(?:attack|strik|strike|push|pushe)(?:ed|s|ing)?\s+(?:north|south|east|west)"
        r"(?:-?(?:east|west))?wards?\b",
    ),
    # (not "one of the militants' main crossing points into Syria": a place, not a move; nor
    # a border crossing, "a few kilometres from the Bab al-Salameh crossing into Turkey")
    (
        "advance",
        "active",
        r"(?:\bcross(?:ed|es)\b|(?<!(?-i:[A-Z])[a-z]\s)(?<!(?-i:[A-Z])[a-z]{2}\s)"
        r"(?<!(?-i:[A-Z])[a-z]{3}\s)(?<!(?-i:[A-Z])[a-z]{4}\s)(?<!(?-i:[A-Z])[a-z]{5}\s)"
        r"(?<!(?-i:[A-Z])[a-z]{6}\s)(?<!border\s)\bcrossing\b)(?!\s+(?:points?|places?|routes?|sites?)\b)"
        r"(?=(?:\s+[\w’'-]+){0,4}?\s+into\b)"
        # (not a plane: "a Syrian warplane that crossed into Israeli-controlled airspace")
        r"(?!\s+into\s+(?:[\w’'-]+\s+){0,2}?airspace\b)",
    ),
    # "crossed the Euphrates at Khusham", "crossing the Tigris near Mosul", "crossed the border
    # from Karkamis"
    (
        "advance",
        "active",
        r"\bcross(?:ed|es|ing)\s+the\s+(?:[A-Z][\w’'-]+\s+)?"
        r"(?:river|Euphrates|Tigris|Khabur|Zab|border|frontier)"
        r"(?:\s+river)?\s+(?:at|near|to|towards?|from|into)\b",
    ),
    ("advance", "active", r"\bconverg(?:e|ed|es|ing)\s+on\b"),
    ("advance", "active", r"\bthrust(?:s|ing)?\s+(?:deeper\s+)?(?:into|towards?)\b"),
    (
        "advance",
        "active",
        r"\bpress(?:ed|es|ing)?\s+(?:on\s+|ahead\s+)?towards?\b|\bpress(?:ed|es|ing)?\s+(?:on|ahead)\s+into\b",
    ),
    ("advance", "active", r"\bedg(?:ed|es|ing)\s+(?:closer\s+)?(?:to|towards?|into)\b"),
    ("advance", "active", r"\broll(?:ed|s|ing)?\s+into\b|\binroads\s+into\b"),
    # "SDF fighters resumed their push on March 1": the push on the place the story is about
    (
        "advance",
        "active",
        r"\b(?:resum|renew|restart|relaunch)(?:ed|es|ing|e)?\s+(?:their|its|the)\s+(?:[\w-]+\s+)?"
        r"(?:push|offensive|assault|advance|attack|operations?|campaign)\b",
    ),
    # "swept into Sinjar", "sweeping through the villages" (not "swept away", "a sweep of")
    (
        "advance",
        "active",
        # ("swept south toward Baghdad")
        r"\bsw(?:ept|eep|eeps|eeping)\s+(?:back\s+|(?:north|south|east|west)(?:-?(?:east|west))?"
        r"(?:wards?)?\s+)?(?:(?:across|into|through|over|towards?)\b)",
    ),
    (
        "advance",
        "active",
        rf"\b(?:began|begun|begin|begins|beginning|start|started|starts|starting|kick(?:ed|s)?\s+off)"
        r"(?!\s+of\b)"
        rf"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:(?:phase|stage)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)?{_OP}s?\b(?!\s+of\b)",
    ),
    # withdrawal
    ("withdrawal", "active", r"\bwithdr(?:ew|awn|aw|aws|awing|awal)\b"),
    ("withdrawal", "active", r"\bfle(?:d|e|es|eing)\b"),
    ("withdrawal", "active", r"\bretreat(?:ed|s|ing)?\b"),
    # (not "pulled out the bodies", "pulled back the curtain")
    (
        "withdrawal",
        "active",
        r"\bpull(?:ed|s|ing)?\s+(?:out|back)\b(?!\s+(?:the\s+|\d+\s+|of\s+the\s+)?(?:[\w-]+\s+)?"
        r"(?:bod(?:y|ies)|survivors?|victims?|corpses?|people|civilians|children|wounded|dead|"
        r"curtain|rubble|men|women|boys|families|drivers|passengers)\b)",
    ),
    # ("Nusra announced that it was pulling its fighters out of its positions")
    (
        "withdrawal",
        "active",
        r"\bpull(?:ed|s|ing)?\s+(?:its|their|his|the|all|some|most)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:fighters|forces|troops|men|units|soldiers|militants)\s+(?:out|back)\b",
    ),
    # (not a word for what is left: "the nearby abandoned city of Quneitra")
    (
        "withdrawal",
        "active",
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bnearby\s)(?<!\blargely\s)"
        r"(?<!\bmostly\s)(?<!\blong\s)(?<!\bnow\s)"
        # (nor another's: "took over the army's abandoned positions")
        r"(?<![’']s\s)"
        # (nor what lies about: "walking among abandoned tanks")
        r"(?<!\bamong\s)(?<!\bwith\s)(?<!\bpast\s)(?<!\bthrough\s)\babandon(?:ed|s|ing)?\b",
    ),
    # a state's word for a retreat: 'army units had "redeployed" to the vicinity of the town'
    (
        "withdrawal",
        "active",
        r"\bredeploy(?:ed|ing)?[\"”’']?\s+(?:to|towards?|outside|around)\b",
    ),
    ("withdrawal", "active", r"\bescap(?:e|ed|es|ing)\s+(?:from|to)\b"),
    ("withdrawal", "active", r"\bexodus\b"),
    # "The army and police have left their positions"
    (
        "withdrawal",
        "active",
        r"\b(?:have|has|had)\s+left\s+(?:their|its)\s+(?:positions|posts|bases|barracks)\b",
    ),
    # "About 70 fighters left the town on Wednesday morning, heading east towards Raqqa"
    (
        "withdrawal",
        "active",
        r"\bleft\b(?=\s+(?:the\s+(?:town|city|village|area|base|district|dam|airport)|[A-Z][\w’'-]+)"
        r"[^.;]{0,50}?,\s+(?:heading|moving|making|driving|travell?ing|bound|fleeing)\b)",
    ),
    # "Hundreds of opposition fighters and their families on Wednesday left al-Waer, the last
    # opposition-held district of Homs", "the first convoy of buses left the camp": fighters
    # leaving a place, whatever follows
    (
        "withdrawal",
        "active",
        r"\b(?:fighters|militants|rebels|gunmen|jihadists|convoys?|buses)\b(?:[^.;:]{0,40}?\s)?"
        r"(?P<t>left)\s+(?=(?:the\s+)?(?:camp|city|town|village|district|enclave|neighbou?rhood|"
        r"(?:(?-i:a[lnrst])-)?(?-i:[A-Z]))(?![\w’'-]*\s+(?:of\s+)?(?:dead|behind|in\s+(?:ruins|place)|intact)\b))",
    ),
    # "the rebels in Darayya, after four years of siege, agreed to leave for Idlib"
    (
        "withdrawal",
        "active",
        r"\bagreed\s+to\s+(?P<t>leave|withdraw|evacuate|depart)\b",
    ),
    # "fighters had slipped across the border into Syria"
    (
        "withdrawal",
        "active",
        r"\bslip(?:ped|s|ping)?\s+(?:away\s+|out\s+|back\s+)?(?:across|into|out\s+of|through|"
        r"past|towards?)\b",
    ),
    # "left Raqqa for Deir ez-Zor" (not "left 20 dead")
    (
        "withdrawal",
        "active",
        r"\bleft\b(?=\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?[A-Z][\w’'-]+"
        r"(?:[\s-][A-Z][\w’'-]+){0,2}\s+(?:for|towards?|to)\s)"
        # "left Raqqa and was heading east toward Abu Kamal", "left Tabqa, moving north"
        r"|\bleft\b(?=\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?[A-Z][\w’'-]+"
        r"(?:[\s-][A-Z][\w’'-]+){0,2}(?:,\s+|\s+and\s+(?:(?:was|were|is|are)\s+)?)"
        r"(?:head|mov|driv|travel|mak\w+\s+(?:their|its)\s+way)\w*\s)"
        # "left the city on Sunday under a deal", "left Tabqa under an evacuation deal"
        r"|\bleft\b(?=\s+(?:the\s+)?(?:city|town|[A-Z][\w’'-]+)\b[^.;]{0,40}?\bunder\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:deal|agreement|truce|evacuation))"
        # "Kurdish forces also left the town of Sinjar, west of Mosul, on Tuesday": a day told
        r"|\bleft\b(?=\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?-i:[A-Z])[\w’'-]+"
        r"(?:[\s-](?-i:[A-Z])[\w’'-]+){0,2}(?:,[^,;.]{1,40},)?\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
        r"Satur|Sun)day|overnight|yesterday|earlier\s+(?:this|on)|late\s+on|early\s+on|at\s+dawn|"
        r"in\s+the\s+(?:morning|afternoon|evening|night)|last\s+(?:week|month|night)|"
        rf"in\s+{_MONTH})\b)"
        # "allowed to leave the city on Sunday in a convoy of buses and trucks"
        r"|\b(?:left|leave|leaving)\b(?=\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
        r"(?:city|town|[A-Z][\w’'-]+)\b[^.;]{0,40}?\b(?:in\s+an?\s+(?:\w+\s+)?convoy|by\s+bus|"
        r"on\s+buses|aboard)\b)",
    ),
    # (but taken by whom the passive names: "were driven out of al-Bab by Turkish-backed
    # rebels" is the rebels' capture)
    (
        "withdrawal",
        "active",
        rf"\b(?:driven|pushed|forced|chased|kicked)\s+out\s+of\b(?!{_BY_FORCES})",
    ),
    ("capture", "passive", rf"\b(?:driven|pushed|chased|kicked)\s+out\s+of\b(?={_BY_FORCES})"),
    # evacuated under a deal: "were taken out with their families to the north", "had been
    # bused out of Arsal to Idlib", "were evacuated from Douma to Jarablus"
    (
        "withdrawal",
        "active",
        r"\b(?:taken|bused|bussed|ferried|transported|transferred|evacuated)\s+out\b"
        r"(?=\s+(?:of|from|to|towards?|with|under|in|on|by)\b)"
        # ("Buses started on Thursday to take out gunmen and their families from the towns of")
        r"|\b(?:take|takes|taking|took|bus|buses|bussing|busing)\s+out\s+(?:the\s+|some\s+|"
        r"\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:gunmen|fighters|militants|rebels|insurgents|civilians|"
        r"residents|people)\b(?:\s+and\s+(?:their|the)\s+famil(?:y|ies))?(?=\s+(?:from|of)\b)"
        r"|\b(?:were|was|been|being|be)\s+(?:evacuated|bused|bussed|transferred|transported|ferried)\s+"
        r"(?:from|to|towards?)\b"
        # (not "being transferred to camps for displaced people": the people, sheltered)
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:camps?|shelters?|hospitals?|safety|prisons?)\b)",
    ),
    # "they had been pushed out overnight after 64 airstrikes": out of where the clause said
    (
        "withdrawal",
        "active",
        r"\b(?:been|were|was)\s+(?:driven|pushed|forced|chased|kicked)\s+out\b(?!\s+of\b)",
    ),
    # "Daesh ran towards al-Bab": fled
    ("withdrawal", "active", r"\bran\s+(?:away\s+|off\s+)?(?:towards?|back\s+to|away|off)\b"),
    (
        "withdrawal",
        "active",
        # (not "fighters had since pushed back into the town": they went back in)
        r"\b(?:driven|(?<!had\s)(?<!has\s)(?<!have\s)(?<!since\s)pushed|forced|beaten|fell|"
        r"falling|fall|fallen)\s+back\s+(?:to|towards?|into|on)\b",
    ),
    # cut_route
    (
        "cut_route",
        "active",
        rf"\b(?:cut|cuts|cutting|sever(?:ed|s|ing)?|block(?:ed|s|ing)?|seal(?:ed|s|ing)?|clos(?:ed|ing)|"
        # "we cratered the road east of al-Hamaymah", "blew up the bridge on the road to"
        rf"crater(?:ed|s|ing)?)(?:\s+off|\s+out)?\b(?=\s+(?:[\w’'-]+\s+){{0,8}}?{_ROUTE}\b"
        # (not streets closed for safety: "closed several main roads in the city center for
        # hours after the blast")
        r"(?![^.;]{0,40}?\b(?:city\s+cent(?:er|re)|to\s+traffic|after\s+the\s+(?:blast|"
        r"explosion|bombing|attack))\b))",
    ),
    (
        "cut_route",
        "passive",
        rf"\b{_ROUTE}\s+(?:[\w’'-]+\s+){{0,8}}?(?:cut|severed|blocked|sealed|closed)(?:\s+off)?\b",
    ),
    # "blew up part of the bridge linking Dhuluiya with Balad": the way between them cut
    (
        "cut_route",
        "active",
        r"\b(?:bl(?:ew|own|owing|ows?)\s+up|destroy(?:ed|s|ing)?|demolish(?:ed|es|ing)?)\s+"
        r"(?:(?:part|parts|a\s+section|sections|a\s+span|spans)\s+of\s+)?(?:the\s+|a\s+|two\s+)?"
        r"(?:[\w-]+\s+){0,2}?bridges?\b(?=\s+(?:linking|connecting|that\s+links|that\s+linked|"
        r"between)\b)",
    ),
    # "The city was cut off from Mosul": the route between them
    (
        "cut_route",
        "passive",
        r"\b(?:was|were|is|are|been|being)\s+(?:now\s+|effectively\s+|completely\s+|largely\s+)?"
        r"(?:cut\s+off|severed)\s+from\b",
    ),
    # siege
    ("siege", "active", r"\bbesieg(?:e|ed|es|ing)\b"),
    ("siege", "active", r"\bencircl(?:e|ed|es|ing|ement)\b"),
    ("siege", "active", r"\bringed\b"),
    (
        "siege",
        "active",
        r"\bsurround(?:ed|s|ing)\b(?!\s+(?:villages?|areas?|towns?|countryside|region|desert|hills|"
        r"neighbou?rhoods?|districts?|farmland|communities|suburbs|streets|provinces?|"
        r"governorates?)\b)"
        # (not "fled Mosul and the surrounding province of Nineveh": an adjective)
        r"(?<!\bthe surrounding)(?<!\bits surrounding)(?<!\btheir surrounding)"
        # (not "The town is surrounded by oil fields": what lies around it)
        r"(?!\s+by\s+(?:[\w-]+\s+){0,2}?(?:(?:oil\s+|gas\s+)?fields|farmland|farms|orchards|"
        r"groves|hills|mountains|desert|villages|water|rivers?|walls?|trees|plains)\b)"
        # (not "liberated 20 villages surrounding al-Shirqat": the villages around it)
        r"(?<!villages surrounding)(?<!areas surrounding)(?<!farms surrounding)"
        r"(?<!hills surrounding)(?<!towns surrounding)(?<!districts surrounding)"
        r"(?<!countryside surrounding)(?<!desert surrounding)(?<!land surrounding)"
        r"(?<![Ww]all surrounding)(?<![Ww]alls surrounding)(?<!mountains surrounding)"
        r"(?<!neighborhoods surrounding)(?<!neighbourhoods surrounding)"
        r"(?<!orchards surrounding)(?<!groves surrounding)(?<!fields surrounding)"
        r"(?<!farmland surrounding)(?<!villages that surround)(?<!orchards that surround)"
        # (not "the ancient Rafiqa wall that surrounds the Old City")
        r"(?<![Ww]all that surrounds)(?<![Ww]all which surrounds)",
    ),
    ("siege", "active", r"\bsiege\b"),
    (
        "siege",
        "active",
        r"\b(?:tighten(?:ed|s|ing)?|closed?|closing)\s+the\s+noose\s+(?:around|on)\b",
    ),
    ("siege", "active", rf"(?:\bcordon(?:ed)?\s+off\b|\bcordoned\b){_NOT_A_CORDON}"),
    # "sealed the city off" (a road sealed off is cut: see cut_route)
    (
        "siege",
        "active",
        r"\bseal(?:ed|s|ing)?\s+(?:off\s+)?(?:the\s+|its\s+)?(?:city|town|village|district|area)"
        rf"(?:\s+off)?\b{_NOT_A_CORDON}",
    ),
    # "the militants were now cut off in the Old City"; "Tal Afar has been cut off since"
    (
        "siege",
        "active",
        r"\b(?:was|were|is|are|been|remains?|remained|left|be)\s+(?:now\s+|still\s+|effectively\s+|"
        r"completely\s+|largely\s+)?cut\s+off\s+(?=(?:in|inside|within)\b)",
    ),
    (
        "siege",
        "passive",
        r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?cut\s+off\b(?!\s+from\b)(?=\s+(?:since|for)\b|\s*[.,;])",
    ),
    # (not a word for how few are left: "leaves the regime with only isolated positions")
    ("siege", "active", r"(?<!\bonly )(?<!\bsome )(?<!\ba few )\bisolat(?:e|ed|es|ing|ion)\b"),
    (
        "siege",
        "active",
        r"(?<!booby-)(?<!booby )\btrapped\b|\bbacked\s+into\s+a\s+corner\b|\bcornered\b",
    ),
    # attack
    ("attack", "active", r"\b(?:counter-?)?attack(?:s|ed|ing)?\b"),
    # (a blow struck back, not a front moved: "launched a counteroffensive in Kirkuk")
    (
        "attack",
        "active",
        r"\b(?:launch|mount)(?:ed|es|ing)?\s+(?:an?\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+)?counter-?offensives?\b",
    ),
    ("attack", "active", r"\bassault(?:s|ed|ing)?\b"),
    # "18 of the 31 trucks in the joint UN-SARC convoy were hit": what was struck, by whom
    # the words do not say
    (
        "attack",
        "passive",
        r"\b(?:convoys?|trucks|lorries|vehicles|buses|warehouses?|hospitals?|schools?|markets?|"
        r"mosques?|checkpoints?)\s+(?:(?:was|were)\s+|had\s+been\s+)(?P<t>hit|struck|targeted|"
        r"attacked|bombed|shelled)\b",
    ),
    # "Lebanese troops raided informal refugee settlements" (from the air: see airstrike)
    ("attack", "active", r"\braid(?:ed|ing)\b"),
    (
        "attack",
        "active",
        r"\bfighting\s+(?:in|for|around|near|at|raged|erupted|broke|inside|outside|between"
        # ("on Monday were fighting on the outskirts of Qaraqosh")
        r"|on\s+the\s+(?:outskirts|edges?|fringes)\s+of)\b|\bfought\b"
        r"|\bfighting\s+(?:has\s+|had\s+)?(?:been\s+)?(?:raging|continuing|continued|intensified)\b",
    ),
    ("attack", "active", r"\bclash(?:es|ed|ing)?\b"),
    (
        "attack",
        "active",
        (
            r"\bbattl(?:e|es)\s+(?:for|in|over|at|around)\b"
            r"|\bbattles?\s+(?:raged|erupted|broke\s+out|continued|are\s+raging|were\s+raging)\b"
            r"|\bbattl(?:ed|ing)\s+(?:with\s+|against\s+)?"
            r"(?:the\s+|remaining\s+)?(?=(?-i:[A-Z])|(?:militants|jihadists|insurgents|fighters|gunmen)\b)"
        ),
    ),
    (
        "attack",
        "active",
        # (not one stopped first: "dismantled a car bomb ... before it exploded")
        r"(?<!\bbefore\sit\s)(?<!\bbefore\sit\scould\s)\bexplod(?:ed|es|ing|e)?\b"
        r"|\b(?:bombs?|devices?|explosives?)\s+went\s+off\b",
    ),
    # "blew up the bridge", "detonated explosives in"
    ("attack", "active", r"\b(?:blew|blow|blows|blowing|blown)\s+up\b|\bdetonat(?:e|ed|es|ing)\b"),
    (
        "attack",
        "active",
        r"\brepel(?:led|s|ling)?\b|\bfend(?:s|ed|ing)?\s+off\b|\brepuls(?:e|ed)\b"
        r"|\b(?:fought|fighting|fights|fight)\s+off\b|\b(?:beat|beats|beating|beaten)\s+back\b",
    ),
    # "foiled an attempt by IS militants to infiltrate Haditha" (not a plot that never came)
    (
        "attack",
        "active",
        r"\bfoil(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attempt|attack|assault|"
        r"infiltration|offensive)s?\b",
    ),
    (
        "attack",
        "active",
        r"\bsuicide\s+(?:bomb(?:s|ing|ings|er|ers)?|attacks?|car\s+bombs?|operations?|missions?|vests?)\b",
    ),
    (
        "attack",
        "active",
        # (not "troops were clearing roadside bombs": bombs made safe, none going off)
        r"(?<!clearing )(?<!cleared )(?<!removing )(?<!removed )(?<!defusing )(?<!defused )"
        r"(?<!planting )(?<!planted )(?<!dismantling )(?<!dismantled )"
        r"\b(?:car|truck|roadside)\s+bomb(?:s|ing|ings)?\b"
        # (not where they are made or kept: "struck a car bomb workshop in Wadi Hajar")
        r"(?!\s+(?:workshops?|factor(?:y|ies)|facilit(?:y|ies)|plants?|makers?|production|"
        r"manufactur\w*|storage|depots?|caches?|assembly)\b)"
        r"|\bbomb(?:ing|ings|er|ers)\b"
        # (not aircraft told flying, not striking: "The bombers were escorted by fighter jets
        # flying from the Hmeymim airbase")
        r"(?!\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:escorted|took\s+off|"
        r"taking\s+off|flew|flying|returned|landed|based|deployed|stationed|refuel(?:l?ed)?)\b)"
        # "deployed several bomb-laden vehicles against advancing troops"
        r"|\b(?:bomb|explosive)s?-(?:laden|rigged|packed)\s+(?:vehicles?|cars?|trucks?|tankers?)\b"
        # ("a booby-trapped vehicle coming from the direction of the Rukban refugee camp")
        r"|\bbooby[-\s]trapped\s+(?:vehicles?|cars?|trucks?|tankers?|motorcycles?)\b"
        r"|\bS?VBIEDs?\b",
    ),
    (
        "attack",
        "active",
        r"\bshell(?:ed|ing)\b|(?<![Mm]ortar )(?<![Aa]rtillery )\bshells(?=\s+(?:[A-Z]|\w+\s+positions\b))"
        # ("continued to shell ISIL positions south of Elbeyli")
        r"|(?<=\bto )shell\b(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|\w+\s+positions\b"
        # ("has continued to shell rebel-held neighborhoods of Daraa al-Balad")
        r"|[\w-]+-held\s+|(?:rebel|opposition|government|regime|militant|jihadist)\s+))"
        r"|\bambush(?:ed|es)?\b|\bexplosions?\b|\bblasts?\b",
    ),
    # "Turkish artillery has pounded Kurdish positions since Saturday"
    (
        "attack",
        "active",
        r"\b(?:artillery|tanks|howitzers|gunners|batteries|gunboats)\s+(?:(?:has|have|had)\s+)?"
        r"(?:also\s+|again\s+|repeatedly\s+|heavily\s+)?(?:been\s+)?(?:pounded|pounding|pounds|"
        r"shelled|bombarded|bombarding|struck|hit|targeted|fired\s+(?:on|at|into))\b",
    ),
    # "executed 15 civilians", "a mass execution of prisoners"
    (
        "attack",
        "active",
        r"\bexecut(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:civilians|people|men|women|prisoners|"
        r"residents|villagers|captives|hostages|members|fighters|soldiers|policemen|\d+)\b"
        r"|\b(?:mass\s+)?executions?\s+of\b",
    ),
    ("attack", "active", r"\bkill(?:s|ed|ing)\b"),
    # "lined up and shot dead 50 tribesmen", "massacred", "the killings took place in"
    (
        "attack",
        "active",
        r"\bshot\s+dead\b|\bgunned\s+down\b|\bmassacr(?:ed|es|ing)\b"
        r"|\b(?:killings|massacres?|executions|mass\s+killings?)\s+(?:took\s+place|occurred|"
        r"happened|were\s+carried\s+out|was\s+carried\s+out)\b",
    ),
    # "Militants set fire to a church in Tal Hermiz", "pushed the militants back from the edge
    # of Tal Tamr" (an attack repelled)
    (
        "attack",
        "active",
        # (not the smoke screens of "set fire to oil wells", "to oil-filled trenches")
        r"\bset(?:ting)?\s+fire\s+to\b(?!\s+(?:the\s+|several\s+|dozens\s+of\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:oil|wells?|trenches|tyres|tires|fields?|sulphur|sulfur|crops|plants?)\b)"
        r"|\b(?:push(?:ed|es|ing)?|dr(?:ove|ive|iving)|forc(?:ed|ing)|beat(?:en)?)\s+(?:[\w-]+\s+){1,3}?"
        r"back\s+(?:from|to|towards?)\b",
    ),
    # "its fighters had destroyed several army vehicles near Qaraqosh"
    (
        "attack",
        "active",
        # (not "three airstrikes near Amerli, destroying Islamic State Humvees": the strikes')
        r"\b(?:destroy(?:ed|s)?|damaged|disabled)\b(?=\s+(?:(?:several|dozens\s+of|"
        r"scores\s+of|\d+|two|three|four|five|six|a|an|at\s+least\s+\w+)\s+)?(?:[\w.’'-]+\s+){0,2}?"
        r"(?:vehicles?|tanks?|Humvees?|bulldozers?|APCs?|convoys?|armou?red\s+vehicles?"
        # a state agency's wording: "army units destroyed terrorists' dens and vehicles",
        # "destroyed a gathering of Jabhat al-Nusra terrorists in the vicinity of Halfaya"
        r"|dens|hideouts?|gatherings?|concentrations?|fortifications?|dugouts?|"
        r"(?:weapons|arms|ammunition)\s+depots?|rocket\s+launchers?|mortar\s+launchers?)\b)",
    ),
    # "the Christian town of Mhardeh was struck by rockets on Tuesday": fire from the ground
    (
        "attack",
        "passive",
        r"\b(?:was|were|been)\s+(?:also\s+|again\s+)?(?:hit|struck|targeted|pounded)\s+by\s+"
        r"(?:[\w-]+\s+){0,3}?(?:rockets?|mortars?|(?:artillery\s+)?shells|shelling|artillery|"
        r"rocket\s+fire|mortar\s+fire|tank\s+fire|sniper\s+fire|gunfire)\b",
    ),
    # "army units targeted the gatherings of terrorists", "pounded IS positions near the
    # town": fire on a side's ground, told by what it hit
    (
        "attack",
        "active",
        # (not a clause of what was told before: "airstrikes ..., which targeted IS positions")
        r"(?<!\bwhich )(?<!\bthat )(?<!strikes )(?<!strike )\b(?:targeted|targeting|pounded|pounding|bombarded|bombarding|"
        r"shelled)\s+"
        r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:positions|gatherings|hideouts|dens|concentrations|"
        r"fortifications|strongholds|headquarters|posts|outposts|checkpoints|bases)\b",
    ),
    # "a brief exchange of artillery and machinegun fire", "the two sides exchanged fire"
    (
        "attack",
        "active",
        r"\bexchanges?\s+of\s+(?:[\w-]+\s+){0,4}?(?:fire|gunfire|shelling)\b"
        r"|\bexchang(?:ed|ing)\s+(?:heavy\s+|artillery\s+|mortar\s+)?(?:fire|gunfire)\b",
    ),
    # "a drone dropped grenades on soldiers", "convoys came under fire"
    (
        "attack",
        "active",
        r"\bdrop(?:ped|s|ping)?\s+(?:(?!barrel\b)\w+\s+)?(?:grenades|bombs|explosives|munitions)\s+"
        r"(?:on|near|in)\b"
        r"|\bc(?:ame|omes?|oming)\s+under\s+(?:heavy\s+|intense\s+)?(?:fire|attack|mortar\s+fire|shelling)\b",
    ),
    (
        "attack",
        "active",
        r"\bIEDs?\b|\bimprovised\s+explosive|\b(?:rockets?|(?:mortar\s+)?shells|mortars|"
        # ("A second barrage hit the eastern edge of Taza")
        r"mortar\s+rounds|(?:artillery\s+|rocket\s+)?barrages?|salvos?)\s+"
        r"(?:fired|hit|struck|landed|slammed)\b",
    ),
    (
        "attack",
        "active",
        r"\bmortar\s+(?:fire|attacks?|rounds?)\b|\bsniper\s+fire\b|\b(?:opened|returned)\s+fire\b"
        # ("units on the border fired on DAESH positions in Syria"; not "fired on Monday")
        r"|\bfired\s+(?:on|at|upon)\b(?!\s+(?:\w+day|the\s+(?:same\s+)?(?:day|night|morning|evening)|"
        rf"{_MONTH}|\d)\b)"
        r"|\b(?:shot|shoot|shooting|shoots)\s+down\b",
    ),
    (
        "attack",
        "active",
        # ("militants fired from the Syrian side of the border at the Turkish army's outpost")
        r"\b(?P<t>fired)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,8}?(?:at|on|upon)\s+(?:the\s+)?"
        r"(?:[\w’'-]+\s+){0,3}?(?:outposts?|posts?|positions?|checkpoints?|troops|soldiers|"
        r"forces|base|border)\b",
    ),
    (
        "attack",
        "active",
        # ("fired an anti-tank missile at a tank")
        r"\bfir(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:mortars?|rockets?|shells?|missiles?|artillery)\b",
    ),
    # airstrike
    (
        "airstrike",
        "active",
        r"\bair\s*-?\s*strikes?\b|\bairstrikes?\b|\bdrone\s+strikes?\b"
        # (not the warning of one: "setting off air raid sirens in the coastal town of Nahariya")
        r"|\bair\s+raids?\b(?!\s+(?:sirens?|warnings?|shelters?|alarms?|alerts?|drills?))",
    ),
    ("airstrike", "active", r"\baerial\s+(?:bombardment|bombing|attacks?|campaign)\b"),
    # "Hezbollah says Israeli strike near Damascus killed Samir Kuntar": a state's strike is
    # flown (not a "general strike", nor a "strike force")
    (
        "airstrike",
        "active",
        # (the trigger is the strike, its state the party: the lookbehinds name the states)
        "(?:"
        + "|".join(
            rf"(?<=\b{state} )"
            for state in (
                "Israeli Russian Turkish US U.S. American coalition US-led U.S.-led British "
                "French Syrian Iraqi Jordanian Saudi Saudi-led Iranian Emirati Australian "
                "Canadian allied"
            ).split()
        )
        + r")strikes?\b(?!\s+(?:force|team|group|package|fighters?)\b)",
    ),
    # (dropped from helicopters: "barrel bomb attacks on Ma'arat al-Nu'man")
    (
        "airstrike",
        "active",
        r"\bbarrel[\s-]+bomb(?:s|ed|ing)?(?:\s+(?:attacks?|strikes?|raids?))?\b",
    ),
    # "the frigate Admiral Essen had launched Kalibr cruise missiles at Daesh targets"
    (
        "airstrike",
        "active",
        r"\b(?:launch|fir)(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:(?:cruise|ballistic|Kalibr|Tomahawk|Hellfire)\s+missiles?|Kalibrs|Tomahawks)\b",
    ),
    # "the Syrian Arab Air Force carried out intensive sorties on ISIS positions"
    ("airstrike", "active", r"\b(?:air\s+)?sorties\b"),
    # the coalition's strike reports: "Near Raqqa, 3 strikes engaged three ISIS tactical units"
    (
        "airstrike",
        "active",
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+strikes?\s+"
        r"(?:engaged|destroyed|struck|targeted|hit|damaged)\b"
        # "two strikes near Abu Kamal destroyed an ISIS headquarters"
        # "in eight strikes on Khorasan Group targets west of Aleppo"
        r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple)\s+"
        r"strikes\s+(?:on|against|targeting)\b"
        r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+strikes?\b(?=\s+(?:near|in|"
        r"on|around|outside)\s+[^.;,]{1,50}?\s(?:engaged|destroyed|struck|targeted|hit|damaged)\b)",
    ),
    # "killed in strikes on Raqa province", "the strikes hit the group's headquarters": strikes
    # told as a noun, with no aircraft named, are this war's strikes from the air (not "IS
    # strikes in Baghdad", a verb)
    (
        "airstrike",
        "active",
        r"(?:(?<=\bthe )|(?<=\bin )|(?<=\bof )|(?<=\bby )|(?<=\bnew )|(?<=\bfresh )|(?<=\bheavy )"
        r"|(?<=\bthese )|(?<=\bfurther )|(?<=\bintense )|(?<=\blatest ))"
        r"strikes\s+(?:on|against|in|near|outside|targeting|hit|struck|targeted|destroyed|"
        r"killed)\b",
    ),
    # "A further strike on Monday morning destroyed an Islamic State armed vehicle": one strike
    # told by what it did
    (
        "airstrike",
        "active",
        r"\b(?:an?|another|one|the)\s+(?:(?:further|second|third|separate|new|fresh|single|"
        r"later|subsequent|follow-up)\s+)?strike\b"
        r"[^.;,]{0,60}?\b(?:destroyed|killed|hit|struck|targeted|damaged|engaged)\b",
    ),
    (
        "airstrike",
        "active",
        r"\b(?:warplanes?|planes|jets|aircraft|drones?|(?<!suicide )(?<!car )bombers|helicopters|"
        r"gunships|F-\d+s|(?:Su|MiG|B|A)-\d+s|Sukhois|MiGs|Apaches|Typhoons|Tornados|Reapers)\s+"
        # ("Turkish warplanes and artillery pounded Ras al-Ain")
        r"(?:and\s+(?:artillery|drones|helicopters|gunships|warplanes|jets)\s+)?"
        # ("Turkish warplanes last month struck")
        # ("Israeli jets on Sunday afternoon struck")
        r"(?:(?:last\s+(?:week|month|night)|(?:(?:late|early)\s+)?on\s+\w+day"
        r"(?:\s+(?:morning|afternoon|evening|night))?|overnight|yesterday|earlier)\s+)?"
        # ("jets had also struck the outskirts of the nearby town of Kafr Nabl")
        r"(?:(?:had|have|has|also|then|later|again|reportedly|subsequently|mistakenly|"
        r"accidentally|repeatedly|heavily)\s+){0,2}"
        # ("warplanes began striking positions in Tikrit", "continued to strike targets in")
        r"(?:(?:began|begun|started|continued|kept|have\s+been|had\s+been|were|are|is|was)\s+"
        r"(?:striking|bombing|pounding|targeting|hitting|raiding)\b|"
        r"(?:began|started|continued)\s+to\s+(?:strike|bomb|pound|target|hit|raid)\b|"
        # ("its aircraft had carried out strikes that destroyed")
        r"carried\s+out\s+(?:[\w-]+\s+){0,3}?(?:air\s?)?(?:strikes|raids|sorties)\b|"
        # ("two F/A-18 aircraft dropped 500-pound laser-guided bombs on a mobile artillery piece")
        r"dropped\s+(?:[\w-]+\s+){0,3}?(?:bombs|munitions|ordnance|missiles|barrel\s+bombs)\b|"
        r"struck|hit|bombed|pounded|targeted|destroyed|attacked|raided|strafed"
        # a headline's present: "US jets bomb oil trucks"
        r"|strike|bomb|pound|target|destroy|attack|raid|hits?)\b",
    ),
    # "militants who fled Fallujah in convoys were hit on Wednesday by U.S.-led coalition and
    # Iraqi aircraft in the desert southwest of the city": struck from the air, where told next
    (
        "airstrike",
        "active",
        r"\b(?:were|was|been)\s+(?:hit|struck|targeted|bombed|pounded|destroyed)\b(?=[^.;]{0,60}?\bby\s+"
        # ('the school had been hit by "Russian warplanes"')
        r"[\"“‘']?(?:[\w.’'-]+\s+){0,5}?"
        r"(?:aircraft|jets|warplanes|drones|planes|air\s*strikes|"
        r"helicopters|gunships)\b)",
    ),
    # "The Pentagon denied carrying out the strike": a strike carried out is made from the air
    # (not a hunger strike or a general strike)
    (
        "airstrike",
        "active",
        r"\bcarr(?:y|ies|ied|ying)\s+out\s+(?:an?\s+|the\s+|its\s+|their\s+|this\s+)?"
        r"(?:(?!hunger\b|general\b)[\w-]+\s+){0,2}?strikes?\b",
    ),
    # "The US-led coalition struck Islamic State positions", "the RAF bombed"
    (
        "airstrike",
        "active",
        r"\b(?:coalition|RAF|Royal\s+Air\s+Force|air\s+force)\s+(?:has\s+|have\s+|also\s+)?"
        r"(?:struck|hit|bombed|pounded|targeted|strikes|hits|bombs|pounds|targets)\b"
        # ("Army aviation on Thursday bombed gatherings of ISIS gunmen")
        r"|\b(?:army|Iraqi|Syrian|Russian|military)\s+aviation\s+"
        r"(?:(?:on\s+\w+day|overnight|yesterday|earlier|also|has|have|had)\s+)?"
        r"(?:struck|hit|bombed|pounded|targeted|destroyed|strikes|hits|bombs|pounds|targets)\b"
        # a state whose part in these wars was flown: "Russia bombed rebel positions", "the
        # United States struck Islamic State targets", "Israel struck" (not "Russia hit back")
        r"|\b(?-i:Russia|Israel|Jordan|France|Britain|(?:the\s+)?(?:United\s+States|U\.\s?S\.|US))"
        r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+)?(?:struck|bombed|pounded|bombs|strikes)"
        r"(?!\s+(?:back|a\s+deal|an?\s+agreement)\b)",
    ),
    # "Coalition strike hits IS headquarters", "a US strike killed"
    (
        "airstrike",
        "active",
        r"\b(?:coalition|allied|U\.?S\.?|American|British|French|Russian|Turkish)(?:-led)?\s+strikes?\b",
    ),
    # "lift the siege it has imposed on the district since 2013": the siege, told beside its end
    (
        "siege",
        "active",
        r"\bsiege\s+(?:that\s+|which\s+)?(?:it|they|the\s+[\w-]+)\s+(?:has|have|had)\s+"
        r"(?P<t>imposed|laid|maintained|kept|placed)\b",
    ),
    # link_up: relief reaching the besieged ("broke the siege of Deir ez-Zor")
    (
        "link_up",
        "active",
        # (not the end of a time: "bussed out at the end of August after a four-year siege")
        r"\b(?:br(?:oke|eak|eaks|eaking|oken)|lift(?:ed|s|ing)?|end(?:ed|s|ing)?)"
        rf"(?!\s+of\s+(?:(?:the|last|this|that)\s+)?(?:{_MONTH}|year|month|week|day|summer|"
        r"winter|spring|autumn|\d))\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,5}?siege\b",
    ),
    (
        "link_up",
        "active",
        r"\blink(?:ed|s|ing)?\s+up(?:\s+with)?\b|\bjoin(?:ed|s)?\s+(?:up\s+)?(?:forces\s+)?with\b"
        r"|\bmet\s+up\s+with\b",
    ),
    # "linking their Gwer and Khazir fronts", "joined the Gwer and Khazir lines", "linking the Kurdish enclave of Kobane with the
    # Kurdish-held areas of Hasakah province": two holdings joined (not a road "linking" towns)
    (
        "link_up",
        "active",
        r"\b(?:link|join)(?:ed|s|ing)?\s+(?:up\s+)?(?:their\s+|the\s+|its\s+)?"
        r"(?:(?:[\w’'-]+\s+){1,3}?and\s+(?:[\w’'-]+\s+){1,3}?(?:fronts|lines)|two\s+fronts)\b"
        r"|\blink(?:ed|s|ing)?\s+(?:up\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:enclaves?|cantons?|pockets?|fronts?)\s+of\b",
    ),
)
# Aircraft in a sentence turn a raid, a strike or a bombing into an airstrike.
# Who strikes from the air, saying it struck: "the coalition said ... it had struck"
_IT_STRUCK = re.compile(
    r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|then\s+)?(?:struck|bombed)\b"
)
# Who speaks for the US-led coalition's air war
AIR_WAR_VOICES = r"(?:Pentagon|CENTCOM|Central\s+Command|CJTF-OIR|Inherent\s+Resolve)"
_AIR_SPEAKER = re.compile(
    rf"(?i)\b(?:coalition|air\s+force|RAF|{AIR_WAR_VOICES})\b"
    r"[^.;]{0,150}?\b(?:said|says|stated|announced|acknowledged|admitted|confirmed|showed)\b"
    r"[^.;]{0,100}$"
)
AIRCRAFT = re.compile(
    r"\b(?:aircraft|jets?|warplanes?|planes?|drones?|RAF|Typhoons?|Tornados?|Reapers?|air\s+force|"
    r"helicopters?|gunships?|(?<!suicide\s)(?<!car\s)bombers?|F-\d+s?|coalition)\b",
    re.I,
)
_AIR_RAID = re.compile(
    r"\b(?:raids?|strikes?|bomb(?:ed|ing|ings))\s+(?:over|on|against|in|targeting|near|around)\b"
    # ("Russian warplanes, which began a bombing campaign on September 30, continued to strike
    # targets in Aleppo")
    r"|(?<=, )(?:continued|began|started)\s+to\s+(?:strike|bomb|pound|hit)\b"
    # ("Iraqi aircraft dropped leaflets over Hawija ..., and struck a militant headquarters")
    r"|(?<=, and )(?:also\s+)?(?:struck|bombed|pounded)\b",
    re.I,
)
_GROUND_RAID = re.compile(
    r"(?i)\b(?:special\s+(?:operations\s+)?forces|commandos?|troops|soldiers|Delta\s+Force|SEALs?)\b"
    r"[^.;]{0,70}\b(?:during|in|on)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$"
)
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|been|be|being|remains?|remained)\s+"
    r"(?:(?:declared|pronounced|deemed|considered|officially)\s+)?"  # "was declared liberated"
    # "declares the eastern side of Mosul fully liberated": what is declared comes before
    # (past an aside: "declared Fallujah, about 40 miles west of Baghdad, fully liberated")
    r"|\b(?:declar|pronounc)(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w’'-]+,?\s+){1,10}?)"
    # ("has been almost completely encircled since June")
    r"[\"“‘']?(?:(?:almost|nearly|all\s+but|virtually)\s+)?"
    r"(?:\w+ly\s+|already\s+|now\s+|still\s+|fully\s+|effectively\s+)?[\"“‘']?$",
    re.I,
)
_PARTICIPLE = re.compile(r"(?:ed|en|wn|cut|held|ringed|overrun|lost|hit|struck|shot)$", re.I)
_COMPILED = tuple((kind, voice, re.compile(rx, re.I)) for kind, voice, rx in LEXICON)
# Word stems that every trigger of a type contains: a sentence without any of them is not
# searched with that type's patterns (most sentences report one or two types, if any), nor
# with a pattern whose own words (required_words) it lacks; see _prefilter.
_STEMS = {
    "planned": r"launch|plan|prepar|upcoming|forthcoming|imminent|expect|due|set|schedul|slated|"
    r"attacked|stormed|assaulted|"
    r"likely|target|goal|objective|turn|move|next",
    "capture": r"too?k|tak|captur|seiz|liberat|reclaim|regain|claw|impos|secur|control|overr|out\s+of|fall|fell|freed|"
    r"victory|clear|los|flag|expel|oust|restor|hand|end|over|finish|complet|conclud",
    "advance": r"advanc|mass|resum|renew|restart|relaunch|mov|push|launch|march|enter|reach|clos|approach|gains|dr[io]v|head|deploy|turn|continu|pursu|chas|"
    r"storm|front|travel|began|begun|begin|start|under|kicked|punch|way|brok|break|breach|cross|"
    r"converg|thrust|press|edg|roll|inroads|within|less|under|about|some|reinforc|swe|km|kilomet|"
    r"mile|metre|meter|open|ward",
    "withdrawal": r"withdr|fle|retreat|pull|abandon|escap|exodus|out\s+of|back|left|leav|ran|slip|redeploy|"
    rf"{EVACUATED}|"
    r"been\s+\w+\s+out|were\s+\w+\s+out|was\s+\w+\s+out",
    "cut_route": r"cut|sever|block|seal|clos|crater|bridge",
    "siege": r"besieg|encircl|ringed|surround|siege|cordon|isolat|trapped|corner|noose|cut|seal",
    "attack": r"attack|counter|assault|storm|fight|fought|clash|battl|repel|fend|repuls|foil|suicide|bomb|booby|shell|destroy|damag|disabl|fire|back|pound|artillery|"
    r"execut|"
    r"ambush|explos|blast|kill|mortar|sniper|fir|IED|rocket|shot|shoot|blew|blow|detonat|explod|went|"
    r"gunned|massacr|"
    r"drop|under|barrage|salvo|raid|target|struck|bombard|hit",
    "airstrike": r"air|strike|aerial|warplane|plane|jets|aircraft|drone|bombers|helicopters|gunships|coalition|RAF|force|"
    r"sorties|missile|Kalibr|Tomahawk|Sukhoi|MiG|Apache|Typhoon|Tornado|Reaper|struck|bomb|pound|"
    r"f-1|f-2|f-3|f-4|su-2|su-3",
    "link_up": r"link|join|met\s+up|siege",
}
_ORDER = {kind: i for i, (kind, _, _) in enumerate(LEXICON)}  # the last entry of a type
# (with when between: ", recaptured last week by Iraqi forces", ", taken in August 2016 by")
_BY = re.compile(
    r"(?:\s+(?:last|this|earlier|early|late|in|on|the|previous|past|a|an|one|two|three|four|"
    r"five|six|several|few|days?|weeks?|weekend|months?|years?|ago|[A-Z][a-z]+|\d{1,4}),?){0,5}"
    r"\s+by\b"
)


def _stem_words(stems: str) -> tuple[str, ...]:
    """Spell out ``stems`` as lower-case words, one of which a text holding a stem holds.

    >>> _stem_words(r"too?k|dr[io]v|out\\s+of|IED")
    ('tok', 'took', 'driv', 'drov', 'out', 'ied')
    """
    words: list[str] = []
    for alternative in stems.split("|"):
        stem = alternative.split(r"\s+")[0].lower()
        optional = re.fullmatch(r"([a-z]*)([a-z])\?([a-z]*)", stem)
        either = re.fullmatch(r"([a-z]*)\[([a-z]+)\]([a-z]*)", stem)
        if optional:
            head, letter, tail = optional.groups()
            words += [head + tail, head + letter + tail]
        elif either:
            head, letters, tail = either.groups()
            words += [head + c + tail for c in letters]
        elif re.fullmatch(r"[a-z][a-z0-9-]*", stem):  # (a make of aircraft: "f-1", "su-2")
            words.append(stem)
        else:
            raise ValueError(f"cannot spell out the stem {stem!r} of {stems!r}")
    return tuple(words)


_RAID = "air raid"  # a key of the prefilter: a word _AIR_RAID needs is in the sentence


def _prefilter() -> tuple[ahocorasick.Automaton, frozenset[int]]:
    """Build one automaton that finds, in one pass over a lower-cased sentence, what may match.

    Its words lead to what they open: a type's stem words to the type (``"capture"``), the
    words a pattern needs (:func:`~geomap.sentences.required_words`) to the pattern's index
    in :data:`LEXICON`, and those of :data:`_AIR_RAID` to :data:`_RAID`. A pattern is run
    when both its type and itself are opened. Also returns the patterns that need no word.
    """
    keys: dict[str, set[str | int]] = {}
    for kind, stems in _STEMS.items():
        for word in _stem_words(stems):
            keys.setdefault(word, set()).add(kind)
    always: set[int] = set()
    for i, (_, _, rx) in enumerate(LEXICON):
        needed = required_words(rx, re.I)
        if needed is None:
            always.add(i)
        for word in needed or ():
            keys.setdefault(word, set()).add(i)
    for word in required_words(_AIR_RAID.pattern, re.I) or ():
        keys.setdefault(word, set()).add(_RAID)
    automaton = ahocorasick.Automaton()
    for word, opens in keys.items():
        automaton.add_word(word, frozenset(opens))
    automaton.make_automaton()
    return automaton, frozenset(always)


_AUTOMATON, _ALWAYS = _prefilter()


def _opened(sentence: str) -> set[str | int]:
    """Return what the words of ``sentence`` open (see :func:`_prefilter`)."""
    opened: set[str | int] = set(_ALWAYS)
    for _, opens in _AUTOMATON.iter(lowered(sentence)):
        opened |= opens
    return opened


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words of a sentence that report an event of ``type``; offsets into the sentence."""

    start: int
    end: int
    text: str
    type: str
    voice: str


def find_triggers(sentence: str) -> list[Trigger]:
    """Return the event triggers of ``sentence``, left to right, without overlaps.

    >>> [(t.type, t.voice) for t in find_triggers("Mosul was encircled and Isis fled to Syria.")]
    [('siege', 'passive'), ('withdrawal', 'active')]
    """
    found: list[Trigger] = []
    opened = _opened(sentence)
    indices = sorted(i for i in opened if isinstance(i, int))  # LEXICON order, for ties
    entries = [_COMPILED[i] for i in indices if _COMPILED[i][0] in opened]
    for kind, voice, rx in entries:
        for m in rx.finditer(sentence):
            if m.end() != m.start():
                found.append(trigger_of(sentence, kind, voice, m))
    if "airstrike" in opened:
        found.extend(_struck_from_the_air(sentence))
    if _RAID in opened:
        aircraft = AIRCRAFT.search(sentence) is not None
        for m in _AIR_RAID.finditer(sentence):
            # a raid on the ground: "special forces had captured an expert during a raid near
            # Tal Afar" (whatever strikes the sentence tells after it)
            if _GROUND_RAID.search(sentence, max(0, m.start() - 90), m.start()):
                found.append(Trigger(m.start(), m.end(), m.group(0), "attack", "active"))
            elif aircraft:
                found.append(Trigger(m.start(), m.end(), m.group(0), "airstrike", "active"))
    kept = [t for t in found if not _hindered(sentence, t) and not _in_title(sentence, t)]
    return _struck_by_strikes(sentence, _without_overlaps(kept))


def trigger_of(sentence: str, kind: str, voice: str, m: re.Match[str]) -> Trigger:
    """The trigger a match ``m`` of a :data:`LEXICON` pattern of ``kind`` and ``voice`` makes:
    its group ``t`` if it has one (the words before it say who does it), in the voice the
    words around it give."""
    if "t" in m.re.groupindex:
        return Trigger(m.start("t"), m.end("t"), m["t"], kind, voice)
    passive = (
        voice == "passive"
        or _participle(sentence, m)
        or (kind == "siege" and _BESIEGED_ADJECTIVE.search(sentence, 0, m.end()) is not None)
    )
    if voice == "active" and _PASSIVE_BEFORE.search(sentence[: m.start()][-80:]):
        passive = passive or bool(_PARTICIPLE.search(m.group(0).split()[0]))
    # ("began its aerial campaign"): a campaign of strikes
    aerial = kind == "advance" and _FROM_THE_AIR.search(m.group(0)) is not None
    return Trigger(
        m.start(),
        m.end(),
        m.group(0),
        "airstrike" if aerial else kind,
        "passive" if passive else "active",
    )


def _struck_from_the_air(sentence: str) -> Iterator[Trigger]:
    """Strikes told by a verb that only its subject, an air force or its aircraft, makes an
    airstrike."""
    # ("the coalition said ... that it had struck IS fighters and equipment in al-Jadida")
    for m in _IT_STRUCK.finditer(sentence):
        if _AIR_SPEAKER.search(sentence, 0, m.start()):
            yield Trigger(m.start(), m.end(), m.group(0), "airstrike", "active")
    # ("three F-16 aircraft took off from Diyarbakir and struck three targets")
    for m in _FLEW_AND_STRUCK.finditer(sentence):
        if _FLOWN_OUT.search(sentence, max(0, m.start() - 160), m.start()):
            yield Trigger(m.start("s"), m.end(), m.group("s"), "airstrike", "active")


# Aircraft that flew out, then struck: "three F-16 aircraft of the Turkish Air Force took off
# from Diyarbakir and struck"
_FLEW_AND_STRUCK = re.compile(r"\band\s+(?:then\s+)?(?P<s>struck|bombed|hit|pounded|attacked)\b")
_FLOWN_OUT = re.compile(
    AIRCRAFT.pattern + r"[^.;]{0,80}?"
    r"\b(?:took\s+off|flew|were\s+scrambled|scrambled|set\s+off|departed)\b[^.;]{0,120}$",
    re.I,
)


# An operation fought from the air: "its aerial campaign", "a bombing campaign"
_FROM_THE_AIR = re.compile(
    r"(?i)\b(?:air|aerial|bombing|air-?strikes?)\s+(?:campaign|operations?)\b"
)


def _struck_by_strikes(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Fire told by what it hit, after strikes from the air in its clause, as those strikes'
    ("the Russian strikes on Wednesday, carried out with the Syrian Air Force, targeted
    positions of terrorist groups").

    >>> [t.type for t in find_triggers("Coalition strikes on Friday targeted IS positions.")]
    ['airstrike', 'airstrike']
    """
    out: list[Trigger] = []
    for t in triggers:
        before = [b for b in out if b.end <= t.start]
        struck = (
            t.type == "attack"
            and _FIRE_ON.match(t.text) is not None
            and bool(before)
            and before[-1].type == "airstrike"
            and not _CLAUSE_BREAK.search(sentence, before[-1].end, t.start)
        ) or (
            # ("Russian warplanes provided air cover for the operation, pounding terrorist
            # positions"): what the aircraft the sentence opens with did
            t.type == "attack"
            and _FIRE_ON.match(t.text) is not None
            and (
                _AIRCRAFT_DOING.fullmatch(sentence, 0, t.start) is not None
                # ("Syrian warplanes later pounded militant positions"): the aircraft's own
                or _AIRCRAFT_SUBJECT.search(sentence, max(0, t.start - 60), t.start) is not None
            )
        )
        out.append(replace(t, type="airstrike") if struck else t)
    return out


# A sentence opening with aircraft, then a participle clause: "Russian warplanes provided air
# cover for the operation, "
_AIRCRAFT_NAMED = (
    r"(?:(?:[A-Z][\w’'.-]*|the|and)\s+){0,3}"
    r"(?:warplanes|jets|aircraft|planes|helicopters|drones|bombers|gunships)\s+"
)
_AIRCRAFT_DOING = re.compile(rf"{_AIRCRAFT_NAMED}[^;:.]*,\s+")
# ... or aircraft that are the subject of the fire: "Syrian warplanes later pounded"
_AIRCRAFT_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:and|said|says|that)\s+){_AIRCRAFT_NAMED}"
    r"(?:(?:later|also|then|again|\w+ly)\s+)?$"
)
_FIRE_ON = re.compile(r"(?:targeted|targeting|pounded|pounding|bombarded|bombarding|shelled)\s")
_CLAUSE_BREAK = re.compile(r"[;:.]|\s(?:and|but|while|as|after|before|when)\s")


# "The Commander of the Liberation of al-Qaim and Rawa Operations": a capitalised name
# holding a trigger's word names an office or a body, not an event.
_TITLE_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|By|After|Before|Since|During)\b)[A-Z][\w’'-]*\s+(?:of\s+)?(?:the\s+)?$"
)
_NOUN_OF_TITLE = re.compile(
    r"(?:the\s+)?(?:Liberation|Fall|Capture|Recapture|Siege|Battle|Operations?|Offensive|"
    r"Assault|Defen[cs]e)\b"
)


def _in_title(sentence: str, t: Trigger) -> bool:
    """Whether ``t`` is a noun in a capitalised name, after a capitalised word of it (but
    not in a headline written in title case, "Iraqi Forces Begin Liberation of Mosul")."""
    m = _NOUN_OF_TITLE.match(t.text)
    if m is None:
        return False
    start = t.start + m.end() - len(m.group(0).split()[-1])
    if _TITLE_BEFORE.search(sentence, max(0, start - 40), start) is None:
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", sentence)
    lower = [w for w in words if w[0].islower() and w not in TITLE_SMALL_WORDS]
    return len(lower) > 1 or len(words) < 4


# "to hamper the advance", "ahead of the advance": an advance told already, not a new one.
_HINDERED = re.compile(
    r"\b(?:hamper\w*|hinder\w*|slow(?:s|ed|ing)?(?:\s+down)?|stall\w*|halt\w*|stop(?:s|ped|ping)?|"
    r"block\w*|delay\w*|imped\w*|thwart\w*|repel\w*|repuls\w*|ahead\s+of|"
    # (a party that kept out of it: "sat out the final push into the city")
    r"s[ai]t(?:s|ting)?\s+out|stay(?:ed|s|ing)?\s+out\s+of|took\s+no\s+part\s+in|boycott\w*)\s+"
    r"(?:the|their|its|this|any|an?)\s+(?:[\w-]+\s+)?$",
    re.I,
)


_UNSAID = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:say|confirm|acknowledge|mention|admit)\s+(?:that\s+|whether\s+)?"
    r"(?:[\w’'-]+\s+){0,5}$",
    re.I,
)


# "as ISIS swept across northern Iraq": a sweep over a quarter of a country
_SWEPT_ACROSS = re.compile(r"(?i)sw(?:ept|eeping|eeps?)\b")
_A_QUARTER = re.compile(
    r"(?:\s+(?:across|through|over))?\s+(?:(?:much|most|large\s+parts|parts|swathes)\s+of\s+)?"
    r"(?:the\s+)?(?i:north|south|east|west|central)\w*\s+[A-Z]\w+\b(?!\s+(?:province|city|town))"
)
# "The attack came a week after ...", "Sunday's bombing came as ...": an event told already
_THE_ONE_TOLD = re.compile(
    r"(?:^|[.;]\s+)\s*(?:The|This|That|[A-Z]\w+day['’]s)\s+(?:(?:latest|deadly|deadliest|"
    r"double|suicide|truck|car|twin|coordinated|bomb)\s+)*$"
)
_CAME_WHEN = re.compile(
    r"s?\s+(?:came|comes|occurred|happened|took\s+place)\s+(?:(?:just|only|barely|less\s+than|"
    r"more\s+than|about|some)\s+)?(?:[\w-]+\s+){0,2}?(?:after|before|as|amid|days|hours|weeks?)\b"
    # (or judged: "The attacks were the deadliest in Baghdad in months")
    r"|s?\s+(?:were|was|are|is)\s+(?:the|among|one|part)\b"
)


# What falls that is no place: "Violence fell sharply", "as night fell", "oil prices fell"
_MEASURE_FELL = re.compile(
    r"(?i)\b(?:violence|prices?|numbers?|casualties|attacks|levels?|rates?|tolls?|support|morale|"
    r"output|production|exports?|revenues?|incomes?|shares?|stocks?|markets?|currency|night|"
    r"darkness|silence|calm|quiet|turnout|deaths|figures?|popularity|ratings?|tensions?|"
    r"temperatures?|rain|snow)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?$"
)
_PROJECTILES_FELL = re.compile(
    r"(?i)\b(?:missiles?|rockets?|shells?|mortars?|bombs?|projectiles?|rounds?)\b[^.;!?]{0,120}?"
    r"\b(?:which|that)\s+(?:then\s+)?$"
)
# "ruled out air strikes in Syria", "rejected any ground offensive": what was not to be done
_RULED_OUT = re.compile(
    r"(?i)\b(?:rul(?:e|es|ed|ing)\s+out|vetoe?(?:s|d|ing)?|reject(?:s|ed|ing)?|"
    r"ruled\s+against)\s+(?:(?:the|any|an?|further|more|new)\s+)?(?:idea\s+of\s+)?"
    r"(?:(?:the|any|an?|further|more|new)\s+)?(?:[\w-]+\s+){0,2}?$"
)
_MEMBERS_WHO = re.compile(
    r"(?i)\b(?:nations|countries|states|members|partners|allies)\s+(?:which|that|who)\s+"
    r"(?:have|has|had)\s+(?:\w+\s+){0,2}$"
)


def _not_done(sentence: str, t: Trigger) -> bool:
    """Whether the sentence tells ``t`` as not done: nearly done, ruled out or left unsaid."""
    return bool(
        # ("a move that would bring them close to linking up with Afrin")
        _NEARLY.search(sentence, max(0, t.start - 24), t.start)
        # ("Washington has so far ruled out air strikes in Syria")
        or _RULED_OUT.search(sentence, max(0, t.start - 40), t.start)
        # ("It did not say the city had fallen"): what a source left unsaid
        or _UNSAID.search(sentence, max(0, t.start - 60), t.start)
    )


_AMONG_THE_DEAD = re.compile(r"(?i)\bamong\s+(?:those|the\s+\w+|\d+\s+\w+)\s+$")
_DESCRIBED_AS = re.compile(
    r"(?i)\b(?:describ|call|hail|term|brand)(?:ed|ing|s)?\s+(?:it|this|that|them|the\s+\w+)\s+as\s+"
    r"[\"“‘']?(?:[\w’'-]+\s+){0,6}$"
)


def _only_said_of(sentence: str, t: Trigger) -> bool:
    """Whether ``t`` only says something of an event told elsewhere: who died in it ("its
    sub-branch director, Omar Barakat, was among those killed"), what it is called
    ("describing it as 'the most important regime advance in Hama'")."""
    return bool(
        t.text.lower().startswith("kill")
        and _AMONG_THE_DEAD.search(sentence, max(0, t.start - 40), t.start)
    ) or bool(_DESCRIBED_AS.search(sentence, max(0, t.start - 70), t.start))


def _hindered(sentence: str, t: Trigger) -> bool:
    """Whether ``t`` is an advance that the sentence hinders or precedes, not reports; an
    attack that it says was fought off ("repelled several attacks on the town": the attack
    is the repelling's, told with the side that fought it off); or strikes that a side
    hinders or evades, none told made."""
    if _ITS_TAKING.search(sentence, max(0, t.start - 8), t.start) and _DID_WHAT.match(
        sentence, t.end
    ):
        return True  # ("its capture raised fears ..."): the taking told before, as a subject
    if _not_done(sentence, t):
        return True
    if _only_said_of(sentence, t):
        return True
    if t.type == "advance" and _SWEPT_ACROSS.match(t.text) and _A_QUARTER.match(sentence, t.end):
        return True  # ("as ISIS swept across northern Iraq"): the war's course, told as such
    if _MEMBERS_WHO.search(sentence, max(0, t.start - 60), t.start):
        return True  # ("Coalition nations which have conducted strikes in Iraq include ..."):
        # who has ever struck, a list of members, not strikes told
    if (
        t.type == "capture"
        and t.text.lower().startswith("f")
        and (
            _MEASURE_FELL.search(sentence, max(0, t.start - 40), t.start)
            or _PROJECTILES_FELL.search(sentence, max(0, t.start - 140), t.start)
        )
    ):
        return True  # ("Violence fell sharply after the surge", "as night fell", "fired
        # several missiles from west of Tal Abu Nada ..., which fell in the vicinity of Mezzeh
        # airport"): no place taken
    if t.type == "advance" and _WAY_USED.search(sentence, max(0, t.start - 80), t.start):
        return True  # ("cut a road the army used to send reinforcements"): what a way is for
    if t.type in ("attack", "airstrike") and _USED_TO.search(
        sentence, max(0, t.start - 50), t.start
    ):
        return True  # ("the hill, which ISIS had used to fire mortars into the town"): a use
    if t.text.lower().startswith("exchange") and _CIRCUMSTANCE.search(
        sentence, max(0, t.start - 24), t.start
    ):
        return True  # ("had taken Tuz Khurmatu after a brief exchange of fire"): how it went
    if (
        t.type in ("attack", "airstrike")
        and _THE_ONE_TOLD.search(sentence, max(0, t.start - 30), t.start)
        and _CAME_WHEN.match(sentence, t.end)
    ):
        return True  # ("The attack came a week after Iraqi forces declared Fallujah
        # liberated"): the attack told already, set beside what came before it
    if t.type == "attack" and (
        _IN_THE_WHOLE_BATTLE.match(sentence, t.end)
        or (
            _WHOLE_BATTLE.match(t.text) is not None
            and _TOLL_OF.search(sentence, max(0, t.start - 40), t.start) is not None
        )
    ):
        return True  # ("more than 1,600 people were killed in the battle for Kobane"): a toll
    if t.type == "attack":
        return bool(
            _REPELLED.search(sentence, max(0, t.start - 40), t.start)
            or _HALTED.search(sentence, max(0, t.start - 30), t.start)
            or (
                _DEVICE.match(t.text) is not None
                and _DEVICES_HANDLED.search(sentence, max(0, t.start - 70), t.start) is not None
            )
        )
    if t.type == "airstrike":  # ("set fire to oil wells ... to hinder air strikes")
        return bool(_SHIELDED.search(sentence, max(0, t.start - 40), t.start))
    return t.type == "advance" and bool(_HINDERED.search(sentence, max(0, t.start - 40), t.start))


# What a side does against strikes to come: "to hinder air strikes", "to evade coalition jets"
_SHIELDED = re.compile(
    r"\b(?:hamper|hinder|obscur|evad|avoid|deter|complicat|thwart|escap)\w*\s+"
    r"(?:(?:the|any|further|more)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# What a place served for, not a deed of a day: "which ISIS had used to fire mortars", "was
# used as a base to shell Amerli"
# A way told by what it is used for: "cut a road the army used to send reinforcements"
_WAY_USED = re.compile(
    r"(?i)\b(?:road|route|highway|path|supply\s+line|corridor)\s+(?:that\s+|which\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?used\s+to\s+(?:send|bring|move|rush|supply|ferry|carry)\s+$"
)
_USED_TO = re.compile(
    r"(?i)\b(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+|had\s+)?used\s+"
    r"(?:(?:as|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?)?to\s+$"
)
# The toll of a whole battle: "were killed in the battle for Kobane", "died during the siege"
_IN_THE_WHOLE_BATTLE = re.compile(
    r"(?i)\s+(?:in|during|throughout|over\s+the\s+course\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:battle|war|siege|campaign|conflict|offensive)\s+(?:for|of|over|to)\b"
)
_CIRCUMSTANCE = re.compile(r"(?i)\b(?:after|following|amid|despite)\s+(?:an?\s+)?(?:[\w-]+\s+)?$")
_WHOLE_BATTLE = re.compile(r"(?i)(?:battle|war|siege|campaign|offensive)\b")
_TOLL_OF = re.compile(
    r"(?i)\b(?:killed|died|dead|wounded|lost\s+their\s+lives)\s+(?:in|during|throughout)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)
# A taking told before, as the subject of what it did: "its capture raised fears", "their
# fall would leave"
_ITS_TAKING = re.compile(r"(?i)\b(?:its|their)\s+$")
_DID_WHAT = re.compile(
    r"(?i)\s+(?:raised|raises|has|had|was|is|would|will|could|marked|marks|came|comes|gave|gives|"
    r"sparked|prompted|caused|left|leaves|meant|means|dealt|deals|ended|ends)\b"
)
# What came near to happening did not happen: "close to linking up", "came close to taking".
_NEARLY = re.compile(r"\b(?:close|closer|near|nearer)\s+to\s+$", re.I)
# Bombs cleared, defused or left behind go off nowhere: "engineers began clearing mines and
# improvised explosive devices (IEDs) from the streets", "leaving behind mines and IEDs".
# (and car bombs: "its teams dismantled a fourth car bomb that had been parked in")
_DEVICE = re.compile(r"(?:IEDs?|improvised\s+explosive|(?:car|truck|roadside)\s+bombs?)\b", re.I)
_DEVICES_HANDLED = re.compile(
    r"\b(?:clear(?:ed|s|ing)?|defus\w*|dismantl\w*|disarm\w*|remov\w*|swe(?:ep|pt)\w*|"
    r"detect\w*|discover\w*|found|find(?:s|ing)?|left\s+behind|leav(?:e|es|ing)\s+behind|"
    r"plant(?:ed|s|ing)?|laid|lay(?:s|ing)?)\s+(?:[\w(),-]+\s+){0,7}?\(?$",
    re.I,
)
# "will halt fighting around the dam for four hours": a pause, not an attack
_HALTED = re.compile(
    r"\b(?:halt|stop|cease|pause|suspend|freeze)(?:s|ed|ped|ing|ping)?\s+(?:the\s+|all\s+)?$", re.I
)
# The verbs of fighting an attack off: "repelled", "fended off", "beat back".
DEFEND_VERBS = r"repel\w*|repuls\w*|fend\w*\s+off|fought\s+off|beat\s+back|thwart\w*|foil\w*"
_REPELLED = re.compile(
    rf"\b(?:{DEFEND_VERBS})\s+"
    r"(?:(?:the|their|its|an?|several|two|three|four|\d+|multiple|repeated|numerous|many|"
    r"a\s+series\s+of|a\s+number\s+of|waves?\s+of)\s+)*(?:[\w-]+\s+)?$",
    re.I,
)


# "besieged" said of what it is before: "fighters leave besieged al-Waer", "aid to the
# besieged town" (not "troops besieged Mosul")
_BESIEGED_ADJECTIVE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|in|into|to|of|from|on|at|for|with|leaves?|left|leaving|"
    r"reach(?:ed|es)?|enter(?:ed|s)?)\s+besieged$"
)


def _participle(sentence: str, m: re.Match[str]) -> bool:
    """``, seized by Isis in 2014``: a past participle after a comma, followed by "by"."""
    return bool(
        m.group(0).lower().endswith(("ed", "en", "ken"))
        and _BY.match(sentence, m.end())
        and sentence[: m.start()].rstrip().endswith(",")
    )


def _without_overlaps(found: list[Trigger]) -> list[Trigger]:
    kept: list[Trigger] = []
    for t in sorted(
        found, key=lambda t: (-(t.end - t.start), t.type == "attack", _ORDER[t.type], t.start)
    ):
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)
