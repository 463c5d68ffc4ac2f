"""Who says so: the status of a reported event and the party it is attributed to.

- ``claimed``: the sentence attributes what it says ("said", "according to", "claims",
  "confirmed") or the event is told inside quotation marks;
- ``planned``: intent, not fact ("aims to", "will launch", "plans to", "waiting on orders ...
  if we should enter");
- ``denied``: a party denies it, or the sentence negates it;
- ``reported``: none of these.

The claimant is the noun phrase that does the saying: before the verb ("Iraqi security
sources said"), after it ("said Patrick Wilcken, an Amnesty researcher"), between a closing
quotation mark and the verb ("..." Ammar Ali, spokesman for the Hashd al-Shaabi said), or
after "according to". "He" and a bare first name resolve to the last claimant named fully.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from geomap.sentences import (
    WIRE_DATELINE,
    Sentence,
    lowered,
    required_words,
    sentences_holding,
    word_finder,
)
from geomap.triggers import DEFEND_VERBS

__all__ = [
    "OWN_CLAIM",
    "ClaimMemory",
    "attributing",
    "claimant_of",
    "is_attributed",
    "speaks_for",
    "status_of",
]

_VERB = (
    r"said|says|say|added|adds|claimed|claims|claim|confirmed|confirms|told|announced|announces|"
    r"stated|states|noted|stressed|insisted|insists|pointed out|reported|reports|warned|warns|"
    r"believe|believes|believed|estimated|estimates|explained|denied|denies|deny|quoted|"
    r"rejected|rejects|dismissed|dismisses|refuted|refutes|accused|accuses|blamed|blames|"
    r"declared|declares|affirmed|affirms"
)
# (not the word in a compound: "its self-declared caliphate", "a much-reported raid")
# (not "with the stated aim of", "its declared goal": an adjective, no one speaking)
# (nor a participle of where: "Heavy clashes reported at Maryam Bek")
_NOT_SAYING = (
    r"(?!\s+(?:aims?|goals?|objectives?|purposes?|intentions?|policy|position|reasons?)\b)"
    # (but "Activists reported at least twenty airstrikes" is someone speaking)
    r"(?<!reported(?=\s(?:at(?!\s(?:least|most)\b)|near|around|along|across)\b))"
    # (nor a participle of whom: "a suicide bombing blamed on ISIL killed 32 people")
    r"(?<!blamed(?=\son\b))"
    # (nor what a party set up: "which declared a caliphate across parts of Iraq and Syria")
    r"(?<!declared(?=\s(?:an?|its|their|the)\s(?:so-called\s)?[\"“‘']?(?:caliphate|state|war|curfew|"
    r"ceasefire|truce|emergency|independence)\b))"
    # (nor what is thought of someone: "Gunmen believed to belong to ISIS blew up the bridge")
    r"(?<!believed(?=\sto\s(?:be|belong|number|include)\b))"
    r"(?<!estimated(?=\sto\s(?:be|number)\b))"
    # (nor what strikes kept from a party: "and denied ISIL access to terrain")
    r"(?!(?<=denied)\s(?:[\w-]+\s){1,3}access\b)"
)
# (nor after an article: "control an estimated 90 percent", "the reported attack"; nor a noun
# after a preposition: "as the UN voices alarm over reports of killings")
_NOT_ADJECTIVE = (
    r"(?<![-‑])(?<!\ban )(?<!\ba )(?<!\bthe )(?<!\bAn )(?<!\bA )(?<!\bThe )"
    r"(?<!\bover )(?<!\bamid )(?<!\bAmid )(?<!\babout )(?<!\bof )(?<!\bdespite )(?<!\bDespite )"
    # (nor an adverb's participle: "fighters of the newly announced Jaysh al-Mujahideen")
    r"(?<!\bnewly )"
    # (nor a condition: "If confirmed, the move completes the encirclement")
    r"(?<!\bIf )(?<!\bif )(?<!\bunless )(?<!\bUnless )"
    # (nor a country's name: "the United States struck Islamic State targets")
    r"(?<!\bUnited )"
)
_VERB_WORD = re.compile(rf"{_NOT_ADJECTIVE}\b(?:{_VERB})\b{_NOT_SAYING}")
_ATTRIBUTION = re.compile(rf"{_NOT_ADJECTIVE}\b(?:{_VERB})\b{_NOT_SAYING}|\baccording to\b", re.I)
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;:“”\"()]+)", re.I)
_NAMEWORD = r"(?:[A-Z][\w’'.\u2024-]*|(?:al|el|bin|ibn|abu|de|van|von)[-\s][\w’'-]+)"
_TITLE = (
    r"spokes(?:man|woman|person)|commanders?|officers?|officials?|sources?|general|colonel|"
    r"major|captain|lieutenant|minister|ministry|statement|governor|mayor|chief|leader|"
    r"member|lawmaker|MP|residents?|witness(?:es)?|fighters?|soldiers?|activists?|monitor"
)
_AFTER_VERB = re.compile(
    rf"\b(?:{_VERB})\s+(?P<who>(?:{_NAMEWORD}\s+){{0,5}}{_NAMEWORD}"
    # (and the body the name speaks for: "said Brigadier Ali of the Iraqi army")
    rf"(?:,\s+(?:an?\s+|the\s+|(?=(?:deputy|head|chief|senior|acting|{_TITLE})\b))[^,.;“”\"]+|\s+(?:of|from)\s+the\s+(?:{_NAMEWORD}\s+){{0,4}}[\w’'-]+)?"
    # (a name that ends what is said: not "residents say ISIS mortar rounds fell")
    r"(?=\s*(?:[.,;:)”\"]|$)|\s+(?:on|in|at|late|early|yesterday|today|this|last|earlier|during|"
    r"after|while|who|when|told|according|adding|as)\b)"
    # "..., said a spokesman for the paramilitaries, Ahmed al-Asadi."
    rf"|(?:an?|the|one|two|three|several)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_TITLE})"
    rf"(?:\s+(?:for|of|with|in|at|from)\s+[^,.;“”\"]{{1,60}})?(?:,\s+(?:{_NAMEWORD}\s+){{0,4}}{_NAMEWORD})?"
    r"(?=\s*(?:[.,;]|$)))"
)
_NOUNS_TOO = frozenset("claims claim reports states estimates quoted".split())
_NOUN_BEFORE = re.compile(
    r"\b(?:the|earlier|media|news|press|unconfirmed|some|these|those|such|conflicting|initial|"
    r"previous|recent|false|their|its|his|her)\s+$",
    re.I,
)
# A relative clause whose subject is the one who speaks, up to the verb: ", where residents".
_RELATIVE_SPEAKER = re.compile(
    r"(?:,\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,8}?)?|\b(?:in|on|at|during|from|after|by)\s+)"
    # "... after a day of heavy fighting in which, according to the major, 40 were killed"
    r"(?:where|who|whom|whose|which|when)\s*,?\s+[^,;:—–“”\"]{0,60}$"
)
# "retaken on October 24, a week after Abadi announced the start of the offensive"
_SUBORDINATE_SPEAKER = re.compile(
    r"(?:\b(?:after|before|when|since|while|until|because|once)\s+"
    # "closed in on Tal Afar, and commanders said they are preparing to storm it"
    r"|[,;]\s+(?:and|but|while|whereas)\s+)[^,;:—–“”\"]{0,120}$",
    re.I,
)
_AS_SPEAKER = re.compile(r"(?i)\bas\s+[^,;:—–“”\"]{1,60}$")
_SAYS_WHAT = re.compile(
    r"\s+(?:that\s+)?(?!(?:on|in|at|late|early|yesterday|today|tonight|earlier|later|last|this)\b)"
    r"[\w“\"‘']"
)
_LEADING_CLAUSE = re.compile(
    r"(?:Since|After|Before|When|While|As|Once|Until|Although|Though|Because)\b[^,;:—–“”\"]{3,160},"
)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|dismissed|rejected|refuted)\b"
    r"(?!\s(?:[\w-]+\s){1,3}access\b)",  # ("denied ISIL access to terrain": kept it out)
    re.I,
)
_CONTRAST = re.compile(r"\b(?:but|while|although|though|however|yet|whereas)\b|;", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no|n['’]t|neither|nor|failed to)\s+(?:\w+\s+){0,2}$"
    # ("Troops have yet to enter Hawija")
    r"|\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+)?(?:\w+ly\s+)?$"
    # ("the forces had no plans for now to attack Raqqa city")
    r"|\bno\s+(?:immediate\s+)?(?:plans?|intention|intent|desire)\s+(?:[\w,]+\s+){0,3}?to\s+$",
    re.I,
)
_INTENT = re.compile(
    # "ISW expects the ISF to launch", "wants the army to retake"
    r"\b(?:expects?|expected|wants?|wanted|urges?|urged|asks?|asked)\s+(?:the\s+)?[\w’'-]+\s+to\b|"
    # "Barzani ordered the peshmerga to retake the areas lost": an order, not yet done
    r"\b(?:ordered|orders|instructed|directed|commanded|tasked)\s+(?:the\s+|his\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){1,3}?to\b|"
    r"\b(?:aims?|aiming|aimed|plans?|planned|planning|intends?|intending|seeks?|seeking|wants?|vowed|vows|"
    r"threaten(?:ed|s)?|expects?|expected|expecting|set|preparing|prepares|going|ready|poised|bid|"
    r"attempts?|"
    # ("had hoped to cut the crossing, but was pushed back", "was intended to cut the road")
    r"efforts?|trying|tries|tried|order|hopes?|hoping|hoped|intended|meant"
    # ("have made no secret of their intention to push on into the Ghab plain")
    r"|intentions?|ambitions?"
    r"|(?:aim|goal|objective|intention|plan|mission|task|step|target|priority)s?"
    # "the next goal of the SDF was to advance", "The next step is to secure the airport"
    r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s+(?:is|was|are|were|will\s+be))"
    # ("the rebels' goal was not to attack the Druze but to capture the airport")
    r"(?:\s+not\s+to\s+[^,.;]{1,40}?\s+but)?\s+to\b"
    r"|\b(?:will|would|shall)\b|\bif\s+(?:we|they|it)\s+should\b"
    # ("waiting on orders", "ready and waiting for zero hour to storm Kubaisa")
    r"|\bwaiting\s+(?:on|for)\s+(?:the\s+)?(?:orders?|zero\s+hour|signal|green\s+light|go-ahead)\b"
    # "the start of the operation to 'liberate' Fallujah": what it is to do
    r"|\b(?:operation|offensive|campaign|push|battle|drive|assault|bid|effort)s?\s+to\s+[\"“'‘]$"
    # "were massing near Altun Kupri and could push north toward Erbil": a possibility
    # ("the east of the city could be besieged", "Russia may nevertheless conduct additional
    # airstrikes in western ar-Raqqa Province")
    r"|\b(?-i:could|might|may)\s+(?:(?:soon|then|also|now|nevertheless|still|yet|well|even)\s+)?"
    r"(?:be\s+|(?:conduct|carry\s+out|launch|mount|stage)\s+(?:[\w-]+\s+)?)?$"
    # "has pledged to retake Mosul", "We are determined to liberate Nineveh", "its promise to
    # march on Raqqa", "Trump's decision in December to withdraw", "no excuse to delay"
    r"|\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|determined|resolved|sw(?:ore|orn|ears?))"
    r"\s+to\b|\bdecision\s+(?:[\w’'-]+\s+){0,3}?to\b|\b(?:delay|postpone)(?:s|ed|ing)?\b"
    r"|\bin\s+the\s+(?:near|coming)\s+future\b|\bupcoming\b"
    # "paves the way for the army to break the siege": what it makes possible
    # (not "opening the way for government columns advancing from Taza": under way)
    r"|\b(?:pave[sd]?|paving|open(?:s|ed|ing)?|clear(?:s|ed|ing)?)\s+the\s+way\s+for\s+"
    r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}|[^,.;]{1,60}?\bto\s+(?:\w+ly\s+)?)$"
    r"|\baim(?:s|ed|ing)?\s+at\b|\bwith\s+the\s+(?:(?:stated|declared)\s+)?(?:aim|goal|intention|objective)\s+of\b"
    r"|\bin\s+a\s+bid\s+to\b|\b(?:are|is|am)\s+coming\s+to\b"  # ("We are coming to liberate")
    # "turned down a request from the military to resume air strikes": asked for, not done
    r"|\brequests?\s+(?:from\s+(?:the\s+)?[\w-]+\s+)?to\b"
    # "Obama authorized the use of targeted airstrikes": allowed, not yet flown
    r"|\b(?:authori[sz]|approv)(?:ed|es|ing|e)\s+(?:the\s+use\s+of\s+)?(?:[\w-]+\s+){0,2}?$"
    # "the city of Mosul itself, which is to be retaken by Iraqi army and police units"
    r"|\b(?:is|are|was|were) (?:yet |still |due )?to be (?:\w+ly )?$"
    # "In return, the regime is to gradually lift the siege": what a deal says it will do
    r"|\b(?:is|are) (?:now |also )?to (?:\w+ly )?$"
    # "were on the verge of retaking all of eastern Aleppo": not yet
    r"|\bon\s+the\s+(?:verge|brink|cusp|point)\s+of\b|\babout\s+to\b"
    # "removing the last major obstacle before an assault on Raqqa": one still to come
    r"|\b(?:before|ahead\s+of)\s+an?\s+(?:(?:expected|eventual|planned|anticipated|final|"
    r"long-awaited|looming|imminent|full-scale|major)\s+)?$"
    # "Erdogan has proposed that Turkish troops take part": a proposal, not yet a fact
    r"|\bpreparations?\s+(?:\w+\s+){0,2}?(?:to|for)\b"
    r"|\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+for|"
    r"demand(?:ed|s|ing))\s+(?:that\b|to\b)",
    re.I,
)
# "if Shia militias enter", "operations to retake", "the battle to liberate": not (yet) fact.
# "completed the operation to liberate Palmyra": an aim reached, not one still held
_AIM_REACHED = re.compile(
    r"\b(?:complet|conclud|finish|end)(?:ed|es|ing)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:operations?|offensive|campaign|battle|mission|push|drive)\s+to\s+"
    r"(?:\w+ly\s+)?$",
    re.I,
)
# A claim of its own after another clause: "IS denied that ... and claimed its fighters ..."
OWN_CLAIM = re.compile(
    r"\b(?:and|but)\s+(?:also\s+)?(?:claimed|said|says|claims|insisted|added)\b"
)
# "The campaign to isolate Raqqa began in November": the aim is being carried out
_AIM_BEGUN = re.compile(
    r"^[^,;.]{0,60}?\b(?:began|begun|started|was\s+launched|got\s+under\s*way|kicked\s+off)\b"
)
_WHAT_IT_IS = re.compile(
    r"(?i),\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:alliance|coalition|umbrella|grouping|group|militia|"
    r"organi[sz]ation|network|faction|force)\s+of\s+[^,;:]{1,60},\s*$"
)
# A relative clause set off after the speaker's name: "The SDF, which launched its offensive
# on the city two months ago, said" (the speaker is the SDF)
_WHICH_DID = re.compile(r"(?i),\s+(?:which|who)\s+[^,;:“”\"]{1,90},\s*$")
# ... and one inside what a body is said to be: "The Syrian Observatory for Human Rights, a
# Britain-based group that relies on a network of sources inside the country, said"
_THAT_DOES = re.compile(
    r"(?i)(,\s+an?\s+(?:[\w-]+\s+){1,3}?)(?:that|which)\s+[^,;:“”\"]{1,80}(,\s*)$"
)
_IF_NOT = re.compile(r"(?i)\b(?:if|unless)\s+[^,;.]{0,30}\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}$")
_CONDITION = re.compile(
    r"(?:\bif\s+(?:[\w’'-]+\s+){0,4}"
    # "The PYD must withdraw east of the Euphrates": what one party must do is not done
    r"|\b(?:must|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)\s+(?:\w+ly\s+)?"
    # "Once Hawija is secured, ...": a condition told in the present is yet to come
    r"|\b(?:[Oo]nce|[Uu]ntil|[Ww]hen|[Aa]fter)\s+(?:[\w’'-]+\s+){1,4}(?:is|are)\s+(?:\w+ly\s+)?"
    r"|\b(?:operations?|offensive|campaign|efforts?|push|bid|attempt|drive|battle|plans?|mission|fight|order)[”\"’']?\s+to\s+(?:\w+ly\s+)?"
    # the means of such an aim: "an offensive to cut the road ... by capturing Tal Afar"
    r"(?:(?:(?!\b(?:was|were|is|are|been|being)\b)[^.;:!?]){1,120}\bby\s+)?"
    # "has been fighting since June to capture the city": trying, not done
    r"|\b(?:fighting|battling|struggling|striving)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:\w+ly\s+)?"
    # what one party asks of another: "Turkey demanded that the YPG withdraw from Manbij"
    r"|\b(?:demand(?:ed|s|ing)?|insist(?:ed|s|ing)?)\s+that\s+(?:[\w’'-]+\s+){1,4}"
    r"|\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|asked|press(?:ed|es|ing))\s+"
    r"(?:[\w’'-]+\s+){1,4}?to\s+(?:\w+ly\s+)?)$",
    re.I,
)
# After the trigger: "an attack would", "The assault on Tal Afar will begin on Sunday".
_HYPOTHETICAL_AFTER = re.compile(
    # (not "air strikes could be heard": a sound heard, not a strike that might come)
    # ("an assault on Mosul, home to more than a million people, could displace")
    r"^(?:[^,.;]{0,30},[^,.;]{1,60},)?"
    # (not a verb of its own after "and": "were massing near Kirkuk and could push north")
    r"[^,.;]{0,30}\b(?:(?<!\band\s)(?:would|could|might)(?!\s+(?:be\s+)?(?:heard|seen|felt)\b)"
    r"|(?:will|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\s+(?:\w+\s+)?"
    r"(?:begin|start|commence|be\s+launched|get\s+under\s*way|take\s+place|resume)"
    # "the liberation of the city is only days away"
    r"|(?:is|are)\s+(?:now\s+)?(?:only\s+|just\s+|still\s+)?(?:a\s+few\s+|\w+\s+)?"
    r"(?:days|weeks|months|hours)\s+away"
    # "the liberation of Manbij is a matter of time", "retaking it will take weeks"
    r"|(?:is|was)\s+(?:now\s+)?(?:only\s+|just\s+)?a\s+matter\s+of\s+(?:time|days|weeks|months|hours)"
    r"|will\s+take\s+(?:[\"“]?(?:(?:several|many|a\s+few|some|more)\s+)?(?:days|weeks|months|years)))\b",
    re.I,
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "the group", "the statement"])
_PERSONAL = frozenset("he she i".split())
_STOP_BEFORE = re.compile(
    r"(?:[“”\"]|\b(?:that|and|but|while|as|which|who|because|when|if)\b|[,;:])\s*$"
)
_AUX = re.compile(
    # ("The Syrian Observatory for Human Rights now says")
    r"\s+(?:has|have|had|also|further|later|earlier|previously|then|now|had\s+also)$",
    re.I,
)
_MAX_WORDS = 12
_BRACKETS = re.compile(r"\([^)]*\)?")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|been|had|have|has|will|did|do)\b")
_SPACES = re.compile(r"\s+")
_LEADING_LINKS = re.compile(
    r"(?i)^(?:(?:also|further|meanwhile|additionally|but|and|yet|where|which|who|whom|that|as|"
    r"while|when|"
    # "a week after Prime Minister Haider al-Abadi (announced)": the speaker follows, also
    # after what came then ("The bombing came a week after Iraqi forces (declared)")
    r"(?:(?:the\s+|this\s+|that\s+|it\s+)?(?:[\w’'-]+\s+){0,2}?(?:came|comes|followed|follows)\s+)?"
    r"(?:(?:less|more|fewer)\s+than\s+|(?:about|nearly|almost|barely)\s+)?"
    r"(?:(?:(?:a|an|one|two|three|four|five|six|\d+|a\s+few|several|some|just|only)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before|since|once|until))\s+)+"
)
_TRAILING_ADVERB = re.compile(
    r"(?i)\s+(?:also|further|later|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
    r"earlier|overnight)$"
)
# (A colon or comma between digits, as in "11:30" or "200,000", stops no clause.)
# A dash between spaces ends a dateline: "ERBIL, Kurdistan Region — Peshmerga commanders say".
_CLAUSE_STOP = re.compile(
    r"[;(]|[,:](?!\d)|\s[—–-]\s|\b(?:that|and|but|while|as|which|because|when|if)\b"
)
# The time a live page stamps an entry with: "11:30 GMT - ".
_TIMESTAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|EET|EST|EDT|ET|AST|local\s+time)?"
    r"(?:\s*[-–—:]\s*|\s+(?=[A-Z]))",
    re.I,
)
# A word set off by commas that says when or how, not who: "The PMF, meanwhile, said".
_ASIDE = re.compile(
    r"(?i)meanwhile|however|separately|too|also|in turn|for (?:its|their|his|her) part|"
    r"in a statement|earlier|later|instead|though|in response|for example|in addition|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
)
_APPOSITIVE = re.compile(
    r"(?i)(?:known|also|including|who|which|whose|based|led|backed|formerly|once|as|"
    # "A commander, speaking to MEE on condition of anonymity, said"
    r"speaking|talking|writing|quoted|asked|interviewed|reached|contacted)\b"
)
# A sentence that says who says so holds one of these words (lower-cased): the verbs of
# _VERB_WORD and "according to" (_ACCORDING), which are those of _ATTRIBUTION.
_ATTRIBUTION_FINDER = word_finder(required_words(_ATTRIBUTION.pattern, re.I) or ())
# Patterns of status_of that a sentence seldom holds a word of, and where status_of runs
# each: on the sentence, on the words before the trigger, on those after it.
_SELDOM = {
    "denial": (_DENIAL, "sentence"),
    "intent": (_INTENT, "before"),
    "condition": (_CONDITION, "before"),
    "hypothetical": (_HYPOTHETICAL_AFTER, "after"),
}


def _seldom_finder() -> ahocorasick.Automaton:
    """Find the words (lower-cased) that the patterns of _SELDOM need; each gives its length
    and the patterns it opens."""
    opens: dict[str, set[str]] = {}
    for name, (rx, _) in _SELDOM.items():
        needed = required_words(rx.pattern, rx.flags)
        assert needed is not None, f"{name} must need a word"
        for word in needed:
            opens.setdefault(word, set()).add(name)
    automaton = ahocorasick.Automaton()
    for word, names in opens.items():
        automaton.add_word(word, (len(word), frozenset(names)))
    automaton.make_automaton()
    return automaton


_SELDOM_FINDER = _seldom_finder()


def _opened(sentence: str, trigger_start: int, trigger_end: int) -> set[str]:
    """The patterns of _SELDOM that may match where status_of runs them: a word of each
    lies in that part of the sentence. One pass in C, where the patterns take longer."""
    opened: set[str] = set()
    for last, (length, names) in _SELDOM_FINDER.iter(lowered(sentence)):
        for name in names:
            where = _SELDOM[name][1]
            if (
                where == "sentence"
                or (where == "before" and last < trigger_start)
                or (where == "after" and last + 1 - length >= trigger_end)
            ):
                opened.add(name)
    return opened


# What names a body, not a person: "The International Organization for Migration", "Syria's
# state news agency SANA" (but "an army officer" is one)
_A_BODY = re.compile(
    r"(?i)\b(?:organi[sz]ation|ministry|agency|observatory|council|command|office|committee|"
    r"commission|institute|nations|union|department|authority|centre|center|network|group|"
    r"forces|army|front|party|movement|news|press|television|tv|radio|media|government)\b"
)
_A_PERSON = re.compile(
    r"(?i)\b(?:official|officer|commander|spokes(?:man|woman|person)|minister|general|colonel|"
    r"chief|director|governor|mayor|leader|soldier|fighter|resident|activist|witness|lawmaker|"
    r"president|analyst|correspondent|reporter|doctor|source)\b"
)
_ONE_NAME = re.compile(r"[A-Z][a-z][\w’'-]*")  # "Abadi", "Erdogan" (not "SANA")


def _a_person(name: str) -> bool:
    """Whether ``name`` reads as a person's: one named for what he does, by one name, or by
    two capitalised words or more with no word of a body ("Nouri al-Maliki", "Abadi", "an
    army officer"; not "the Syrian Observatory for Human Rights", "Rebel sources")."""
    if _A_PERSON.search(name) or _ONE_NAME.fullmatch(name):
        return True
    return len(re.findall(r"\b[A-Z]", name)) >= 2 and not _A_BODY.search(name)


# "Syrian state television gave a different account": who speaks in the sentences after it
# ("A rebel commander from the Qalamoun region, speaking by Skype, gave a different account:
# his men, he said, had pulled back")
_GAVE_ACCOUNT = re.compile(
    r"(?P<who>(?:[A-Z][\w’'-]*|[Aa]n?|[Tt]he)(?:\s+[\w’'-]+){0,6}?)(?:,\s+[^,;:]{1,40},)?\s+"
    r"(?:gave|offered|had|presented|put\s+forward|told|broadcast|published)\s+"
    r"(?:a|an|its|their)\s+(?:(?:very\s+)?(?:different|other|conflicting|contrasting|opposite|"
    r"own|rival|competing)\s+)?(?:account|version|story|explanation|narrative)\b"
)


@dataclass
class ClaimMemory:
    """Claimants named so far in an article, to resolve "he" and first names."""

    named: list[str] = field(default_factory=list)

    def hear_account(self, sentence: str) -> None:
        """Remember who ``sentence`` says gave an account, to speak in the sentences after
        it ("Syrian state television gave a different account. It said ...")."""
        gave = _GAVE_ACCOUNT.match(sentence)
        if gave is not None:
            self.resolve(gave["who"])

    def resolve(self, who: str | None) -> str | None:
        """Return the fullest earlier form of ``who`` (a pronoun: the last one named)."""
        if who is None:
            return None
        if who.lower() == "the statement":  # the last statement named, if one was
            stated = [n for n in self.named if "statement" in n.lower()]
            if stated:
                return stated[-1]
        if who.lower() in _PRONOUNS:
            person = who.lower() in _PERSONAL
            fitting = [n for n in self.named if _a_person(n) == person]
            # ("he" is no body: not "The International Organization for Migration")
            pool = fitting or [n for n in self.named if not person or not _A_BODY.search(n)]
            return pool[-1] if pool else None
        words = who.lower().split()
        if len(words) <= 2:
            # "Ali" after "Ammar Ali"; "the source" after "a security source in Nineveh"
            # (a common noun only: "the UN" is no UN official named before)
            common = len(words) == 2 and words[0] == "the" and who.split()[1].islower()
            said = words[-1] if common else who.lower()
            for earlier in reversed(self.named):
                # (not a group a clause singles out: "according to activists" after
                # "Activists who entered the compound reported")
                if _holds_words(earlier.lower(), said) and not _SINGLED_OUT.search(earlier):
                    self.named.remove(earlier)  # (named again: now the last one named)
                    self.named.append(earlier)
                    return earlier
        self.named.append(who)
        return who


_SINGLED_OUT = re.compile(r"\s(?:who|which|that)\s")
_AFTER_ARTICLE = re.compile(r"(?:^|\s)(?:al|el|ad|ar|as|ash|at|az|an)-$")


def _holds_words(text: str, words: str) -> bool:
    """Whether ``words`` stand in ``text`` as words: after a space or at the start, and
    before a space, a comma or the end (what ``(?:^|\\s)words(?:$|[\\s,])`` finds, without
    compiling a pattern for each name).

    A name after its article counts too: "abadi" in "haider al-abadi".

    >>> _holds_words("lt. gen. abdul ghani al-assadi", "al-assadi"), _holds_words("ali", "al")
    (True, False)
    >>> _holds_words("prime minister haider al-abadi", "abadi")
    True
    """
    i = text.find(words)
    while i != -1:
        j = i + len(words)
        if (i == 0 or text[i - 1].isspace() or _AFTER_ARTICLE.search(text, 0, i)) and (
            j == len(text) or text[j].isspace() or text[j] == ","
        ):
            return True
        i = text.find(words, i + 1)
    return False


def attributing(text: str, sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences of ``text`` that may say who says so.

    The others have no claimant (:func:`claimant_of` gives None) and are not attributed
    (:func:`is_attributed`): one pass over the text finds the words that either needs.

    >>> attributing("Mosul fell. Officials said so.", [Sentence(0, 11, "Mosul fell."),
    ...     Sentence(12, 30, "Officials said so.")])
    {1}
    """
    return sentences_holding(_ATTRIBUTION_FINDER, lowered(text), sentences)


def is_attributed(sentence: str) -> bool:
    """Whether the sentence says who says so.

    >>> is_attributed("Iraqi security sources said the road was cut.")
    True
    """
    return bool(_ATTRIBUTION.search(without_asides(sentence)))


# Words set off by dashes: "Jabhat Fateh al-Sham - known as al-Nusra Front until it announced
# its split from al-Qaeda last week - launched the offensive"
_DASH_ASIDE = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s)[^.;:“”\"]){1,150}?\s[-–—]\s")


def without_asides(sentence: str) -> str:
    """``sentence`` with what dashes set off blanked out (offsets kept): no one says so in it.

    >>> without_asides("IS - as the army said - fled.")
    'IS                      fled.'
    """
    if "-" not in sentence and "–" not in sentence and "—" not in sentence:
        return sentence
    return _DASH_ASIDE.sub(lambda m: " " * len(m.group()), sentence)


def status_of(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    *,
    quoted: bool,
    planned_type: bool,
    may_attribute: bool = True,
) -> str:
    """Return the status of the event whose trigger is ``sentence[trigger_start:trigger_end]``.

    ``may_attribute`` False says the sentence is not among those :func:`attributing` gives.
    """
    bare = without_asides(sentence)
    if bare[trigger_start:trigger_end] == sentence[trigger_start:trigger_end]:
        sentence = bare  # (what an aside says is not what the trigger's clause says)
    before = sentence[:trigger_start]
    opened = _opened(sentence, trigger_start, trigger_end)
    if _IF_NOT.search(before[-60:]):  # "would strike them if they did not withdraw"
        return "planned"
    if ("denial" in opened and _denies(sentence, trigger_start, trigger_end)) or _NEGATION.search(
        before[-40:]
    ):
        return "denied"
    # (a relative clause tells its own tense: "would attack from Hammam al-Alil, which
    # federal police retook in November")
    relative = _relative_opening(before)
    own = before if relative is None else before[relative.end() :]
    # ("The commander, who asked not to be named, said the SDF ...": no aim of the event's)
    own = _ANONYMOUS.sub(lambda m: " " * len(m.group()), own)
    tried = ATTEMPT_MADE.search(before[-80:]) is not None
    if (
        planned_type
        or (
            "intent" in opened
            and not tried
            and _intended(own, sentence[trigger_start:trigger_end])
        )
        or (
            "condition" in opened
            and not tried
            and _CONDITION.search(before)
            and not _AIM_REACHED.search(before)
            and not ATTEMPT_REPELLED.search(before[-90:])
            and not _AIM_BEGUN.search(sentence[trigger_end:])
        )
        or ("hypothetical" in opened and _HYPOTHETICAL_AFTER.match(sentence[trigger_end:]))
    ):
        return "planned"
    if quoted or (may_attribute and _attributes(sentence, trigger_end)):
        return "claimed"
    if relative is None and _UNCONFIRMED.match(sentence):
        return "claimed"  # ("If confirmed, the move completes the encirclement of Mosul")
    return "reported"


# A sentence that tells its news as not yet confirmed, no one named who says so
_UNCONFIRMED = re.compile(
    r"\s*(?:If|Unless|Until)\s+(?:(?:independently|officially)\s+)?(?:confirmed|verified|true)\b"
)


_ANONYMOUS = re.compile(
    r"(?i)\b(?:asked|requested|wished|wanted|preferred|declined)\s+not\s+to\s+be\s+"
    r"(?:named|identified|quoted)\b|\bwho\s+(?:asked|requested)\s+anonymity\b"
)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|where|whom?)\s")


def _relative_opening(before: str) -> re.Match[str] | None:
    """The opening of the relative clause that the words ``before`` a trigger end in, if
    they do ("..., which federal police retook"; not "..., where IS holds the valley, before
    an eventual push")."""
    found = list(_RELATIVE_OPEN.finditer(before))
    if not found or _CLAUSE_CLOSED.search(before, found[-1].end()):
        return None
    return found[-1]


_CLAUSE_CLOSED = re.compile(r"[,;:()]")
_AND_DID = re.compile(r"[^,;:]{0,60}?\s(?:and|then|and\s+then)\s+")
# The rest of a relative clause, closed by a comma just before the verb of saying after it
_CLOSED_BEFORE_VERB = re.compile(r"[^,;:()]*,\s*")


_OWN_SAYING = re.compile(r",\s+(?:saying|adding|insisting|stating|claiming|explaining)\b", re.I)


# A clause of what had happened, between an aim and the trigger: "the attacks are aimed at
# diverting Kurdish forces after the YPG ... captured Tal Abyad"
_PAST_CLAUSE = re.compile(r"\b(?:after|since|because|following)\b", re.I)
_PAST_VERB = re.compile(
    r"(?i)\w+ed\b|took\b|fell\b|overran\b|drove\b|won\b|left\b|fled\b|broke\b|swept\b|"
    r"retook\b|seized\b|lost\b"
)


# An attempt tried and thrown back: "repelled an attempt by government forces to advance on"
ATTEMPT_REPELLED = re.compile(
    rf"(?i)\b(?:{DEFEND_VERBS}|(?:fought|beat|beaten|drove|driven)\s+(?:back|off))\s+"
    r"(?:an?|the|another|several|"
    r"repeated|two|three)\s+(?:[\w-]+\s+)?(?:attempts?|bids?|efforts?)\b[^.;:]{0,60}?\bto\s+$"
)


# An attempt made, told just before what it tried: "tried to storm Haditha", "were fighting to
# retake Baiji", "had been battling since May to capture": it was made, whatever came of it
ATTEMPT_MADE = re.compile(
    r"(?i)(?:\b(?:tried|attempted)|\b(?:is|are|was|were|been|[’']re)\s+"
    r"(?:trying|attempting|fighting|battling|struggling))\s+"
    r"(?:(?!(?:will|would|could|might|and|but)\b)[\w’'-]+\s+){0,4}?to\s+(?:\w+ly\s+)?$"
)


def _intended(before: str, trigger: str) -> bool:
    """Whether the words ``before`` a trigger tell an aim that it serves, not one told of
    something else before a clause of what had happened ("are aimed at diverting Kurdish
    forces after the YPG ... captured Tal Abyad")."""
    aims = list(_INTENT.finditer(before))
    if not aims or ATTEMPT_REPELLED.search(before[-90:]):
        return False  # (an attempt thrown back was made: "repelled an attempt to advance")
    if _ANOTHER_CLAUSE.search(before, aims[-1].end()) and _PAST_VERB.search(trigger):
        return False
    if _INFERRED_PAST.match(before, aims[-1].start()):
        return False  # ("the strikes suggest that aircraft operated with YPG forces, as they
        # did during the siege of Kobani"): what the evidence shows was done, no proposal
    past = _PAST_CLAUSE.search(before, aims[-1].end())
    return past is None or not _PAST_VERB.match(trigger)


# "suggests that coalition aircraft operated": an inference about the past, not a proposal
_INFERRED_PAST = re.compile(
    r"(?i)suggest(?:s|ed|ing)?\s+that\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:\w+ed|was|were|had|has|have|did|took|fell|won|lost)\b"
)


# A clause of its own after the aim: "will be key to any push to retake the province, and
# U.S.-led coalition aircraft have carried out strikes"
_ANOTHER_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?!to\b|then\b)")


def _denies(sentence: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether a denial bears on the trigger: one before it ("IS denied that Tabqa had
    fallen"), or after it in the same run ("reports that Tabqa fell were denied"), but not a
    denial after a "but" ("Iraqi forces said they took Bazwaya, but IS denied losing it")."""
    before = _DENIAL.search(sentence, 0, trigger_start)
    if before is not None:
        # (not past a claim of its own: "IS denied that the army had entered the city and
        # claimed its fighters had killed dozens of soldiers in Gogjali"; "denied that any
        # fighting had taken place, saying its forces had secured the field")
        return not (
            OWN_CLAIM.search(sentence, before.end(), trigger_start)
            or _OWN_SAYING.search(sentence, before.end(), trigger_start)
        )
    after = _DENIAL.search(sentence, trigger_end)
    return (
        after is not None
        and not _CONTRAST.search(sentence, trigger_end, after.start())
        # (not a denial of what it goes on to tell: "claimed that Peshmerga forces had
        # attacked a Hashd headquarters, and denied that his fighters had shelled civilians")
        and not _DENIES_WHAT_FOLLOWS.match(sentence, after.end())
    )


_DENIES_WHAT_FOLLOWS = re.compile(r"\s+(?:that|having|carrying|any)\b", re.I)


def speaks_for(sentence: str, trigger_end: int) -> bool:
    """Whether the sentence names who says what its trigger (ending at ``trigger_end``)
    tells, not only what a relative clause after it tells.

    >>> speaks_for("Troops have not entered Intisar, where officers say IS dug in.", 26)
    False
    """
    return _attributes(sentence, trigger_end)


# An accusation, then what the accuser did: "accused X of killing its members, and attacked"
_ACCUSED_THEN_DID = re.compile(
    r"(?i)(?:accused|accuses|blamed|blames)\s[^;]{1,150}?\bof\s[^;]{1,150}?,?\s+and\s+"
    r"(?:then\s+|also\s+|later\s+)?[a-z]+ed(?:\s+(?:on|at|into|in))?"
)
# What a speaker called something: "in what Ankara said was an accident"
_IN_WHAT = re.compile(r"\bin\s+what\s+(?:[\w’'.-]+\s+){1,5}$", re.I)


@lru_cache(maxsize=1024)  # (asked once for the status, once for the claimant)
def _attributes(sentence: str, trigger_end: int) -> bool:
    """Whether the sentence says who says what its trigger (ending at ``trigger_end``) tells.

    A relative clause after it speaks for itself: "entered Hammam al-Alil, a town south of
    Mosul, where residents said the militants ..." reports the entering.
    """
    lead: re.Match[str] | bool | None = False  # (each looked for once, when first needed)
    aside: re.Match[str] | bool | None = False
    for m in _ATTRIBUTION.finditer(sentence):
        if _IN_WHAT.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # ("in what Ankara said was an accident"): what it was called, no source
        if m.start() < trigger_end and _ACCUSED_THEN_DID.fullmatch(
            sentence, m.start(), trigger_end
        ):
            continue  # ("Nusra accused Maarouf's men of corruption ..., and attacked Front
            # positions"): what the accuser did next, told by the reporter
        if m.start() < trigger_end:
            # (not the reporter's aside after what is said: "Erdogan said the next target
            # will be Manbij, which the SDF captured last August")
            if aside is False:
                aside = _relative_opening(sentence[:trigger_end])
            if isinstance(aside, re.Match) and m.end() <= aside.start():
                continue
            return True
        if (
            _RELATIVE_SPEAKER.search(sentence, trigger_end, m.start())
            or _SUBORDINATE_SPEAKER.search(sentence, trigger_end, m.start())
            # ("... liberation of Hawija; Peshmerga say hundreds surrendered": its own)
            or ";" in sentence[trigger_end : m.start()]
            # ("the group swept into Mosul and declared its caliphate": its second act)
            or _AND_DID.fullmatch(sentence, trigger_end, m.start())
            # ("The SDF, which launched its offensive in June, said ...": the reporter's)
            or (
                _CLOSED_BEFORE_VERB.fullmatch(sentence, trigger_end, m.start())
                and _relative_opening(sentence[:trigger_end]) is not None
            )
            # ("Dozens killed in Isil bombings in Damascus and Homs as Kerry says truce deal
            # close"): a speaker in a clause of its own, saying something else
            or (
                _AS_SPEAKER.search(sentence, trigger_end, m.start())
                and _SAYS_WHAT.match(sentence, m.end())
            )
        ):
            continue
        if lead is False:
            lead = _LEADING_CLAUSE.match(sentence)
        # "Since operations began on 19 February, 330,000 have fled, according to the IOM"
        if not (isinstance(lead, re.Match) and trigger_end <= lead.end() <= m.start()):
            return True
    return False


def claimant_of(sentence: str) -> str | None:
    """Return who the sentence attributes its content to, as written (or None).

    >>> claimant_of("“The road is cut,” Ammar Ali, spokesman for the Hashd al-Shaabi said.")
    'Ammar Ali, spokesman for the Hashd al-Shaabi'
    >>> claimant_of("Elsewhere on Saturday, Iraqi army officials said that it held.")
    'Iraqi army officials'
    >>> claimant_of("It was taken, according to Defence Secretary Sir Michael Fallon.")
    'Defence Secretary Sir Michael Fallon'
    >>> claimant_of("They seized it, according to Maj. Gen. Sami al-Aridi.")
    'Maj. Gen. Sami al-Aridi'
    >>> claimant_of('"It fell," said Lt. Gen. Stephen J. Townsend, commander of CJTF-OIR.')
    'Lt. Gen. Stephen J. Townsend, commander of CJTF-OIR'
    >>> claimant_of("His fighters took it on Monday, said Brigadier Ali of the Iraqi army.")
    'Brigadier Ali of the Iraqi army'
    >>> claimant_of("The SDF, which launched its offensive two months ago, said it held.")
    'The SDF'
    >>> claimant_of("But the Syrian Observatory said the fighting went on.")
    'the Syrian Observatory'
    >>> claimant_of("Rebels take Dabiq and Sawran near Azaz, says Turkish General Staff")
    'Turkish General Staff'
    >>> claimant_of("Baghdad / NINA / -- A police source said that 17 people were killed.")
    'A police source'
    """
    # ("according to Maj. Gen. Sami al-Aridi": the full stops of titles end no phrase)
    shielded = _TITLE_DOT.sub("\\1\u2024", sentence) if "." in sentence else sentence
    shielded = without_asides(shielded)
    who = _claimant(shielded)
    # (whatever reading found it: not "Last Saturday, the SDF")
    who = _LEADING_TIME.sub("", who) if who else None
    # (nor the dateline of a wire's item: "Baghdad / NINA / -- A security source")
    who = _WIRE_DATELINE.sub("", who) if who else None
    return who.replace("\u2024", ".") if who else None


_WIRE_DATELINE = re.compile(f"^{WIRE_DATELINE}")


# A title's full stop, kept from ending a claimant's phrase (a one-dot leader stands in).
_TITLE_DOT = re.compile(
    r"\b(Maj|Gen|Lt|Col|Brig|Capt|Sgt|Cpl|Adm|Cmdr|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|St"
    # (and a middle initial: "Lt. Gen. Stephen J. Townsend")
    r"|(?<=[A-Z][a-z] )[A-Z](?= [A-Z][a-z]))\."
)


def _claimant(sentence: str) -> str | None:
    m = _ACCORDING.search(sentence)
    if m:
        return _clean(m.group("who"))
    for verb in _VERB_WORD.finditer(sentence):
        if _IN_WHAT.search(sentence, max(0, verb.start() - 60), verb.start()):
            continue
        if verb.group() in _NOUNS_TOO and _NOUN_BEFORE.search(sentence, 0, verb.start()):
            continue  # "Contrary to earlier reports", "media claims": a noun, not a verb
        set_off = sentence[: verb.start()].rstrip().endswith(",")
        # (told after what is said: "Rebels take Dabiq and Sawran, says Turkish General Staff")
        who = None if set_off else _subject_before(sentence[: verb.start()])
        if who:
            return who
        told = _TOLD_AFTER_QUOTE.search(sentence, 0, verb.start()) if set_off else None
        if told is not None and verb.group() == "told":
            # ('"... this morning," Rami Abdel Rahman, director of the Observatory, told AFP'):
            # who told, not whom
            return _clean(told.group("who"))
        after = _AFTER_VERB.match(sentence, verb.start())
        if after:
            return _clean(after.group("who"))
        if set_off:
            who = _subject_before(sentence[: verb.start()])
            if who:
                return who
    return None


# The speaker named between a quote's end and the verb after it, set off by commas
_TOLD_AFTER_QUOTE = re.compile(r"[,.!?]\s*[\"”]\s+(?P<who>[^\"“”]{3,120}?),\s*$")


def _subject_before(before: str) -> str | None:
    text = _BRACKETS.sub("", before).rstrip()  # "The Council (KRSC) said"
    text = _WHAT_IT_IS.sub("", text)  # "The SDF, an alliance of Kurdish and Arab militias,"
    text = _WHICH_DID.sub("", text)  # "The SDF, which launched its offensive in June,"
    text = _THAT_DOES.sub(r"\1\2", text).replace(" ,", ",")
    text = _AUX.sub("", text)
    cut = max(text.rfind(q) for q in '“”"')
    after_quote = cut >= 0 and text[cut] in '”"'
    phrase = text[cut + 1 :] if after_quote else _last_clause(text)
    whole = _named_with_title(text) if not after_quote and cut < 0 else None
    if whole is not None:
        return whole
    cleaned = _clean(_BRACKETS.sub("", phrase))
    if not cleaned or len(cleaned.split()) > _MAX_WORDS:
        return None
    if _FINITE_VERB.search(cleaned):
        return None
    if not after_quote and cleaned[:1].islower():
        return _name_before_title(text, phrase, cleaned)
    return cleaned


# A name that a clause of its own holds: after a comma or a dash, or opening the sentence.
_NAME_ENDING = re.compile(
    # ("The Syrian Observatory for Human Rights")
    r"(?:^|[,;:—–]\s*)((?=[A-Z])(?:(?:[A-Z][\w’'.\u2024-]*|for|of|the|and)\s+){0,6}[A-Z][\w’'.\u2024-]*)$"
)
# A word that opens a sentence before a name: "But the Syrian Observatory ..."
_OPENING_WORD = re.compile(r"^(?:But|And|Yet|So|Still|Now|Then)\s+(?=[A-Z]|the\b)")
# Words that open a sentence without naming anyone, besides the asides of _ASIDE:
# "Elsewhere, a spokesman said".
_NOT_A_NAME = frozenset(
    "elsewhere yesterday today overnight still then now there here again".split()
)


def _name_before_title(text: str, phrase: str, title: str) -> str:
    """The title with the name set off before it: "Yahya Rasool, spokesman for the JOC".

    >>> _name_before_title("Troops advanced, Gen. Yahya Rasool, spokesman for the JOC,",
    ...     " spokesman for the JOC,", "spokesman for the JOC")
    'Gen. Yahya Rasool, spokesman for the JOC'
    """
    if _BODY.match(title):  # "..., Zanjili, the Joint Operations Command said": no one's title
        return title
    head = text[: text.rfind(phrase)].rstrip()
    found = _NAME_ENDING.search(head[:-1]) if head.endswith(",") else None
    name = _OPENING_WORD.sub("", found.group(1)) if found else ""
    if (
        not name
        or name.lower() in _NOT_A_NAME
        or _ASIDE.fullmatch(name)
        or (" " not in name and name.endswith("ly"))
    ):
        return title  # ("Additionally, an unnamed official")
    return f"{name}, {title}"


# A body that speaks for itself, not a person's title: "the Joint Operations Command".
_BODY = re.compile(
    r"(?i)the\s+(?![^,]*\b(?:spokes\w+|commander|officer|official|general|colonel|major|captain|"
    r"lieutenant|minister|governor|mayor|chief|leader|member|head|director|advis[eo]r)\b)"
    r"(?:[\w’'-]+\s+){0,5}(?:command|council|ministry|forces|army|office|agency|"
    r"observatory|directorate|cell|coalition|committee|service|units?|police|government|"
    r"cent(?:re|er)|headquarters|network|administration|division|brigade)$"
)


# A person's name, then a title set off by commas.
_TITLED = re.compile(r"^(?:[A-Z][\w’'.\u2024-]*\s+){1,3}[A-Z][\w’'.\u2024-]*,[^;:()“”\"]*,$")


def _named_with_title(text: str) -> str | None:
    """The whole subject when a sentence opens with a name and its title before the verb.

    "Stephen O'Brien, UN deputy Secretary General for Humanitarian Affairs and Emergency
    Relief, said": the "and" is the title's, not a clause's.

    >>> _named_with_title("Stephen O'Brien, UN under-secretary for Aid and Relief,")
    "Stephen O'Brien, UN under-secretary for Aid and Relief"
    """
    if not _TITLED.match(text) or text.count(",") != 2:
        return None
    if _ASIDE.fullmatch(text.split(",")[1].strip()):  # "The PMU, meanwhile, said"
        return None
    who = _clean(text)
    if who is None or len(who.split()) > _MAX_WORDS + 4 or _FINITE_VERB.search(who):
        return None
    return who


def _last_clause(text: str) -> str:
    """The words before the verb, skipping an appositive ("X, known as Y, said")."""
    stops = [0, *(m.end() for m in _CLAUSE_STOP.finditer(text)), len(text)]
    for k in range(len(stops) - 1, 0, -1):
        a, b = stops[k - 1], stops[k]
        segment = text[a:b].strip(" ,;:(")
        if segment and not _APPOSITIVE.match(segment) and not _ASIDE.fullmatch(segment):
            if k >= 3 and text[:a].endswith("and"):
                first = _FIRST_SPEAKER.fullmatch(text, stops[k - 2], a - 3)
                if first is not None:
                    return text[first.start(1) : b]  # ("state television and a group
                    # monitoring the war said"): both speak
            return text[a:b]
    return ""


# The first of two who speak together, set off after a comma: ", state television and".
_FIRST_SPEAKER = re.compile(
    r"\s*((?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:television|radio|TV|media|agency|army|police|"
    r"ministry|government|military|officials|sources|witnesses|residents|activists|Observatory))\s+"
)


# The tail of a phrase cut at a comma before the speaker: "operations, Lieutenant General ..."
_LOWER_LEAD = re.compile(r"^(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*[”\"]?,\s+(?=[A-Z])")


def _clean(phrase: str) -> str | None:
    phrase = _TIMESTAMP.sub("", _SPACES.sub(" ", phrase).strip(" ,.;:-–—"))
    phrase = _LOWER_LEAD.sub("", phrase)
    phrase = _LEADING_LINKS.sub("", phrase)
    phrase = _LEADING_TIME.sub("", phrase)
    phrase = _TRAILING_ADVERB.sub("", phrase)
    if phrase.lower() in _PRONOUNS:  # "he said": the one named before (see ClaimMemory)
        return phrase
    if _NO_ONE.search(phrase):  # "(pushed into Qaraqosh) on Oct. 22 and (declared)"
        return None
    if _NOT_A_SPEAKER.fullmatch(phrase) or (
        phrase.islower() and not _SPEAKER_NOUN.search(phrase)
    ):  # "it took the village of Gogjali", "east and", "its allies": no one who speaks
        return None
    return phrase or None


# "Just a few hours ago Prime Minister Abadi (declared)", "days after Prime Minister Haider
# al-Abadi (announced)": when, not who
_LEADING_TIME = re.compile(
    r"(?i)^(?:just\s+)?(?:(?:a\s+few|a|an|one|two|three|several|some|\d+)\s+)?(?:minutes?|hours?|"
    r"days?|weeks?)\s+(?:ago|later|earlier|after|before),?\s+"
    r"|^(?:earlier\s+)?(?:today|yesterday|tonight),?\s+"
    # ("By Sunday the Kurds (said)")
    r"|^(?:by|on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    # ("Last Saturday, the SDF (said)", "Earlier this week, the ministry")
    r"|^(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)?(?:day|week|month|weekend|year|night|morning|evening)\s*,\s+"
)
_NO_ONE = re.compile(
    r"(?i)^(?:on|in|at|for|from|with|after|before|during|since|until|into|to)\s|\s(?:and|or|but)$"
)
_NOT_A_SPEAKER = re.compile(r"(?i)(?:it|they|he|she|we|this|that)\s+[a-z]\w*(?:\s.*)?")
_SPEAKER_NOUN = re.compile(
    rf"(?i)\b(?:{_TITLE}|reports?|media|agency|police|army|forces|troops|militants|group|"
    r"observatory|monitors?|people|locals|analysts|experts|diplomats|authorities|government|"
    r"coalition|military|state|news|correspondents?|reporters?|journalists?|sources?)\b"
)
