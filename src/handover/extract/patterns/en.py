"""English: the words for figures, dates, people, acts of handing over, speech and time.

Verbs and nouns are listed once, in their dictionary form; :mod:`forms` adds every inflected
form ("release", "releases", "released", "releasing").
"""

from __future__ import annotations

from handover.domain.vocabulary import Category, Qualifier
from handover.extract.patterns import Lexicon
from handover.extract.patterns.forms import english_nouns, english_verbs, trie

_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_MONTH_FORMS = {name: i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_FORMS.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS) if name != "may"})
_MONTH_FORMS.update({"sept": 9})
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _verbs(*verbs: str) -> str:
    return trie(english_verbs(verbs))


def _nouns(*nouns: str) -> str:
    return trie(english_nouns(nouns))


# Verbs of acts, by what their subject does.
_GIVE = _verbs("transfer", "give", "release", "free", "send", "deliver", "extradite")
_GET = _verbs("receive", "recover", "retrieve", "accept", "collect", "obtain", "get")
_RETURN = _verbs("return", "repatriate")
_EXCHANGE = _verbs("exchange", "swap", "trade")
_CARRY = _verbs("fly", "airlift", "carry", "transport", "bus", "ferry", "shuttle", "travel")
_REUNITE = _verbs("reunite") + r"|returned to (?:their )?families"
# (people exchanged or swapped stay an exchange: both ways)
_PASSIVE = english_verbs(("release", "free", "return", "repatriate", "transfer", "deliver",
                          "send", "hand"))
_PARTICIPLES = trie(w for w in _PASSIVE if w.endswith(("ed", "en", "ent")) or w == "freed")
_BE = r"(?:was|were|are|is|been|being|be|have been|has been|had been|got|get|gets|getting)"
_ACT_NOUNS = _nouns("return", "transfer", "handover", "hand-over", "repatriation", "release",
                    "exchange", "swap", "homecoming", "handback", "reunification")

_DEAD = r"(?:dead|fallen|killed|deceased|slain|perished|murdered)"
_MILITARY = "(?:" + _nouns(
    "soldier", "serviceman", "servicewoman", "service member", "servicemember", "troop",
    "fighter", "defender", "marine", "combatant", "prisoner", "captive",
    "officer", "sailor", "guardsman", "national guardsman", "paratrooper", "border guard",
    "conscript", "airman", "pilot", "commander", "sergeant", "infantryman",
    "reservist", "mobilised man", "mobilized man", "volunteer fighter",
) + r"|(?:prisoners?|captives?) of war|POWs?|PoWs?|military personnel|service personnel|troops)"
# Demonyms count people only in the plural: "Ukrainian" is an adjective of a side.
# ("individual" only in the plural: "2,917 individual donors" are donors)
_PEOPLE = "(?:" + _nouns(
    "person", "citizen", "compatriot", "returnee", "man", "woman", "countryman",
    "fellow citizen",
) + (r"|individuals|people|nationals|Ukrainians|Russians|Israelis|Palestinians|Armenians|"
     r"Azerbaijanis|Yemenis|Houthis|Saudis)")
_CIVILIAN = _nouns("civilian", "non-combatant", "child", "minor", "teenager", "priest",
                   "clergyman", "journalist", "resident", "inhabitant", "aid worker",
                   "humanitarian worker")

LEXICON = Lexicon(
    lang="en",
    months=_MONTH_FORMS,
    weekdays={name: i for i, name in enumerate(_WEEKDAYS)},
    relative_days={
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
    },
    year_words="",
    this_year=r"this year",
    holidays={"new year's eve": (12, 31), "new year’s eve": (12, 31),
              "new year's day": (1, 1), "new year’s day": (1, 1),
              "christmas eve": (12, 24), "christmas day": (12, 25)},
    qualifiers=(
        (
            r"more than|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!turned )"
            r"(?<!passed )(?<!handed them )over|at least|in excess of|upwards of|"
            r"no fewer than|no less than|more then|a minimum of|not less than",
            Qualifier.AT_LEAST,
        ),
        (
            # ("talks about 246 for 246": a preposition after a verb of speech)
            r"(?<!talk )(?<!talks )(?<!talked )(?<!spoke )(?<!speak )(?<!speaks )"
            r"(?<!wrote )(?<!writes )(?<!asked )(?<!know )(?<!knows )"
            r"about|around|approximately|roughly|some|an estimated|"
            r"estimated|approx\.?|circa|just over|about a|around a|some \w+ of|"
            r"in the region of|the best part of",
            Qualifier.ABOUT,
        ),
        (
            r"up to|as many as|fewer than|less than|under|no more than|at most|a maximum of|"
            r"nearly|almost|close to|just under|"
            r"not more than",
            Qualifier.AT_MOST,
        ),
    ),
    categories=(
        (
            rf"{_nouns('body', 'corpse', 'coffin', 'casket')}|(?:mortal )?remains|"
            rf"{_DEAD} {_MILITARY}|the dead|the fallen|war dead|"
            rf"{_DEAD}(?: \w+){{0,2}} (?:{_MILITARY}|{_PEOPLE})|dead|fallen",
            Category.BODIES,
        ),
        (_nouns("hostage"), Category.HOSTAGE),
        (
            rf"civilians?(?: (?:detainees|prisoners|hostages|captives))?|civilian captives|"
            rf"{_CIVILIAN}",
            Category.CIVILIAN,
        ),
        (rf"{_nouns('detainee', 'political prisoner', 'inmate', 'convict', 'internee')}|"
         r"prisoners and detainees|detained (?:people|persons|individuals)",
         Category.DETAINEE),
        (_MILITARY, Category.POW),
        (_PEOPLE, Category.MIXED),
    ),
    give=(
        r"hand(?:s|ed|ing)(?= \w+ (?:\w+ )?(?:\w+ )?over)|hand(?:s|ed|ing)? (?:\w+ )?over|"
        r"turn(?:ed|s|ing)? over|pass(?:ed|es|ing)? (?:on|over)|passed|"
        # ("let 39 more prisoners go")
        r"l(?:et|ets|etting)(?= (?:[\w'’,-]+ ){0,4}go\b)|set(?:s|ting)? (?:\w+ )?free|"
        # "handed 13 women to the Red Cross", "hands Russia 1,000 bodies"
        r"hand(?:ed|ing)(?! over| back)|"
        # (not "in Russian hands in May 2025": a date's figure after the word)
        r"hands?(?= (?!in |on |by |since |until )(?:[\w'’-]+ ){0,3}?\d)|"
        # "mixed the bodies of its own soldiers in with", "mixed in"
        r"mix(?:ed|es|ing)?(?= (?:[\w'’-]+ ){0,8}?in\b)|"
        rf"{_GIVE}"
    ),
    get=(
        r"(?:got|gets?|getting) back|brought (?:back|home)|bring(?:s|ing)? (?:back|home)|"
        # "brought 303 of its defenders home": the people stand between the verb and its
        # particle
        r"(?:brought|bring(?:s|ing)?|welcom(?:e|ed|es|ing)|took|takes?)"
        r"(?= (?:[\w'’,-]+ ){1,6}?(?:home|back)\b)|"
        r"welcom(?:e|ed|es|ing) (?:back|home)|took back|takes? back|"
        r"(?:secur|win|won|obtain)\w* the (?:return|release|freedom)|"
        rf"{_GET}"
    ),
    ret=(
        r"hand(?:s|ed|ing)(?= \w+ (?:\w+ )?(?:\w+ )?back)|hand(?:s|ed|ing)? (?:\w+ )?back|"
        r"g(?:ave|ive|ives|iven|iving) (?:\w+ )?back|"
        rf"sen[dt]s? (?:\w+ )?(?:back|home)|sending (?:\w+ )?(?:back|home)|{_RETURN}"
    ),
    # "195 prisoners went each way", "2,400 people had changed hands"
    exchange=(rf"{_EXCHANGE}|(?:went|go|goes|going|crossed|cross(?:es|ing)?|moved|flew|"
              r"travell?ed) (?:each way|either way|in (?:each|either) direction|to each side)|"
              r"(?:changed|change|changing|have changed|had changed) hands"),
    acts=(
        rf"{_ACT_NOUNS}|repatriated|freed|released|c[ao]m(?:e|es|ing) home|returned home|"
        # ("189 home, two of them civilians": a figure home, in a headline's shorthand)
        r"(?:went|gone|go|goes|going) home|(?<=\d )home(?=\s*[,;.]|\s+(?:to|from|after)\b)"
    ),
    arrive=(
        r"c[ao]m(?:e|es|ing) (?:back )?home|c[ao]m(?:e|es|ing) back|returned home|"
        r"returning home|returns home|return home|(?:went|gone|go|goes|going) home|"
        rf"{_BE} (?:\w+ )?(?:{_PARTICIPLES}|handed over|set free|flown home|brought home)|"
        r"walked free|walk free|arriv(?:e|ed|es|ing)|made it home|"
        # ("Another 1,200 came on Friday": came, then when; not "came to 6,057")
        r"came(?= (?:on|over|during|later|overnight|yesterday|today|the (?:next|following|same)"
        r")\b)|"
        # ("185 servicemen ... crossed back into Ukraine")
        r"cross(?:ed|es|ing)? back|"
        r"(?:are|were|is|was) (?:also |now |finally |safely )?back|"
        r"(?:are|were|is|was) (?:now |finally |safely )?home|"
        r"returned from captivity|freed from captivity|"
        # ("3,956 people had returned since the full-scale invasion": back, no object)
        r"(?:had|have|has) returned(?=[,.;]|\s+(?:since|in|over|during|by|this|last|so far)\b)|"
        # "a further 1,000 went to Ukraine", "6,057 bodies reached Ukraine"
        r"(?:went|gone|go|goes) (?:back )?to(?= (?:the )?(?-i:[A-Z]))|"
        # ("41 bodies went the other way": back the way the handover before came)
        r"(?:went|gone|go|goes|travell?ed|moved|were sent|was sent|had been sent) (?:the other "
        r"way|in the (?:other|opposite) direction)|"
        r"reach(?:ed|es)?(?= (?:the )?(?-i:[A-Z]))|"
        # "the final stage alone brought 1,245": a stage of a handover and what it brought
        r"(?:stage|phase|round|exchange|swap)s?,? (?:[\w'’,-]+ ){0,4}?(?:brought|yielded|saw)|"
        # ("The first, on 11 June, brought 1,212 bodies to Ukraine", "brought another 1,200")
        r"brought(?= (?:another |a further |some |nearly |about )?\d)"
    ),
    home=r"home|homeland|back home|their (?:homeland|country|families)|its (?:homeland|country)",
    captivity=r"captivity|detention|custody|prisons?|jails?|imprisonment|camps?|cells?",
    to_preps=r"to|into|in favour of|in favor of|for|reached|reach|reaches|reaching",
    from_preps=r"from|out of",
    by_preps=r"by",
    with_preps=r"with",
    between=r"between",
    speech=(
        r"said|says|say|told|tells|announced|announces|reported|reports|stated|(?<!United )states|"
        r"promised|claimed|claims|confirmed|confirms|wrote|writes|added|adds|noted|notes|declared|"
        r"insisted|asserted|posted|tweeted|explained|cited|quoted|publish(?:ed|es)|disclosed|"
        r"spoken (?:of|about)|speaks (?:of|about)|talk(?:s|ed)? about|"
        # ("spoke that evening of almost 400 people brought home")
        r"spoke (?:(?:that|this|on|last|later|earlier|the|next) (?:\w+ )?)?(?:of|about)|"
        r"counted|counts|"
        r"described|describes|summed up|recalled|reminded|informed|informs|"
        r"repeated|repeats|reiterated|reiterates|"
        # ("Medinsky presented it as a gesture, saying Russia would ..."): the clause's subject
        r"(?<=, )(?:saying|adding|stating|writing|noting|claiming)|"
        # ("with Kyiv saying 140 of its people had come home": a voice's absolute phrase)
        r"saying(?= (?:that )?(?:about |some |nearly |more than |over )?\d)|"
        # "put the June total at 6,060", "gave a total"
        r"puts? (?:the|a|its|his|her|their) (?:[\w-]+ )?(?:figure|number|total|tally|toll|size)s?|"
        r"(?:gave|gives) (?:the|a|its|his|her|their) (?:[\w-]+ ){0,2}"
        r"(?:figure|number|total|tally|toll|count)|"
        # "gave his own version on social media": an account of one's own is something said
        r"(?:gave|has given|have given|had given) (?:his|her|their|its) (?:own |side's )?"
        r"(?:version|account)"
    ),
    according=(r"according to|as reported by|as stated by|in the words of|quoted by|"
               # "cited figures from the headquarters": whose figures they are
               r"cit(?:ed|es|ing) (?:the )?(?:figures|data|numbers|count) (?:of|from)|"
               # "relied on figures from the ministry", "in the version of"
               r"rel(?:ied|ies|ying) on (?:the )?(?:figures|data|numbers|count) (?:of|from)|"
               r"in the version of|"
               # ("Per the Coordination Headquarters, 1,212 bodies came back"), not "per side"
               r"(?-i:^Per)|(?<=[,;] )per(?= the )"),
    citing=r"citing|quoting|with reference to|referring to",
    continuation=(
        r"(?:according to )?the same (?:source|official|agency|report)|the agency's source|"
        r"the source (?:said|added|claimed|noted)|"
        r"(?:he|she|they|it) (?:also )?(?:said|added|claimed|noted|stated|announced|"
        r"reported|wrote|insisted|explained|confirmed|put|gave|counted)|"
        # a live blog's present tense: "he writes", "she adds"
        r"(?:he|she|it) (?:also )?(?:says|adds|claims|notes|states|announces|reports|writes|"
        r"insists|explains|confirms|puts|gives|counts)|"
        r"(?:they) (?:also )?(?:say|add|claim|note|state|announce|report|write|insist|"
        r"explain|confirm|count)|"
        r"(?:said|added|claimed|noted|says|adds|writes) (?:he|she|they)|"
        # "In his account, Kyiv had passed ...": the voice of the sentence before goes on
        r"(?:in|by) (?:his|her|their) (?:own )?(?:account|words|version|telling)|"
        r"according to (?:him|her|them)"
    ),
    backref=(
        r"(?:the|this|that) (?:announcement|report|news|figure|information|claim|"
        r"statement)|this|that|it"
    ),
    negatives=(
        r"(?:not|n't|never)\s+(?:[\w-]+\s+){0,2}?(?:a single|one|any)|"
        r"no(?! more| fewer| less| later| sooner| one| date| figure| number| comment)|"
        r"none of the|none|zero|not a single"
    ),
    agreement=(
        r"agree(?:d|s|ment|ments)?|deal|formula|accord|under the terms|terms of|commitments?|"
        r"obligations?|provides? for|provided for|envisag(?:es|ed|e)|"
        r"understanding|understandings|arrangement|pledged|committed to|consented|principle|"
        r"basis|undert(?:ook|akes|aken) to|memorandum|truce terms|ceasefire terms|"
        r"joint statement|joint declaration|settled on|"
        r"under the (?:\w+ )?(?:plan|terms)|"
        # "Under the first phase of the truce, 33 hostages are to be returned"
        r"under the (?:[\w'’-]+ ){0,5}?(?:truce|ceasefire)"
    ),
    future=(
        r"will|would|shall|is to|are to|was to|were to|to be|plans?|planned|planning|"
        # (not "their last scheduled runs": what was scheduled and done)
        r"scheduled (?:to|for)|expected|expects? to|set to|upcoming|forthcoming|intends?|"
        r"intended|intending|"
        r"decided to|decide to|resolved to|readiness to|"
        r"preparing|prepares|"
        r"going to|is due|are due|pending|proposed|propose[sd]?|offered|offers?|ready to|"
        r"aims? to|hopes? to|promised|promises|meant to|designed to|aimed at|"
        r"await(?:s|ing)? (?:the |their )?(?:handover|transfer|return|repatriation|release)|"
        r"to (?:hand|transfer|return|release|exchange|swap|free|give|repatriate|send|fly|"
        r"carry|transport)\b"
    ),
    cumulative=(
        r"(?:over|during) the (?:summer|winter|spring|autumn)|"
        r"this year|last year|in \d{4} alone|since the start of the year|"
        # a tally: "came home that month", "gave a different count:", "put the number ... at"
        r"(?:that|the same) month|(?:different|own|separate) count|in sum|"
        r"put the (?:number|figure|total|toll)(?: [\w-]+){0,3} at|"
        r"during (?:that|this|the|the same) (?:time|period)|in that time|over that period|"
        # "between 11 and 16 June", "from 19 January to 27 February": a span of days
        rf"(?:between|from) \d{{1,2}}(?: {_MONTH})? (?:and|to|through|until) \d{{1,2}} {_MONTH}|"
        rf"\d{{1,2}}\s*[–-]\s*\d{{1,2}} {_MONTH}|"  # "11–16 June": a span of days
        r"taken together|(?:his|her|its|their|own) totals\b|"
        r"in total|in all|a total of|totall(?:ed|ing)|altogether|so far|to date|since\b|"
        r"by then|by that time|by the end of|"
        # "between March 2022 and 25 May 2025": a span of months or years
        r"between (?:(?:\d{1,2} )?[A-Z][a-z]+ )?\d{4} and|"
        r"(?:that|this|which) makes|"
        r"overall|(?:has|have) now been|"
        r"already (?:handed|returned|transferred|released|freed|given|sent|repatriated)|"
        # "put the June total at 6,060"
        r"(?:totals?|tally) (?:at|was|is|stood|reached)|tally of|"
        r"all told|cumulative(?:ly)?|over the (?:past|last) \w+|in the course of the war|"
        r"throughout the war|so far this year|across all (?:\w+ )?(?:stages|rounds|exchanges)|"
        # "across the handovers in the table": what they add up to
        r"across (?:the|these|those) (?:\w+ )?(?:handovers|stages|rounds|exchanges|swaps)|"
        r"final (?:tally|figure|total)|(?:two|three|four|five|six|several) (?:recent )?"
        r"(?:exchanges|stages)|"
        r"(?:in|over|during|across) (?:the |these |those |its )?(?:two|three|four|five|six|"
        r"seven|eight|nine|ten|several|\d+) (?:days|weeks|months|years|stages|rounds|"
        r"exchanges|phases|flights|handovers|transfers|repatriations)|"
        r"over the month|in a month|over a month|since (?:mid|early|late)-\w+|"
        # ("869 detainees return home after three-day release operation")
        r"(?:after|in|over|during|of) (?:a |an |the |its )?(?:two|three|four|five|six|seven|\d+)"
        r"-day (?:\w+ )?(?:operation|exchange|release|swap)|"
        r"(?:the )?whole of (?:\d{4}|the year)|all of \d{4}|"
        r"bring(?:s|ing)? the (?:total|number|tally)|brought the (?:total|number|tally)|"
        r"(?:brings|brought|bringing) [^.;]{0,70}? to\s*$|"
        r"before \w+day|the total (?:exchanged|returned|released|handed over|repatriated)|"
        r"over the (?:whole|entire) (?:\w+ )?(?:phase|period|year|war)|"
        r"(?:has|have|had) reached(?! (?:the|a|an|its|their) )|by the end of|as of|as a whole|"
        r"by (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)|(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{1,2})\b|"
        # "after the fifth and final stage": what the stages came to
        r"after the (?:[\w-]+ and )?(?:final|last) (?:stage|round|phase)|"
        r"the number of \w+ (?:exchanged|returned|released|freed|repatriated|handed over)|"
        r"\+\s?\d[\d,.]*\s?=|"  # "390 + 307 + 303 = 1,000": a sum is a total
        # "returned to Ukraine over 2024", "freed in 2022": what a year came to
        r"(?:over|during|throughout|across) \d{4}\b|(?:exchanged|returned|released|freed|"
        r"repatriated|handed over)(?: \w+){0,3} in \d{4}\b|the total number\b"
    ),
    casualty=(
        r"(?:were|was|had been) (?:detained|arrested)|"
        r"killed|died|dies|wounded|injured|missing|casualties|lost|were captured|on board|aboard|"
        r"taken prisoner|remain(?:s|ed)? (?:in|on)(?! total| all\b)|still held|are held|being held|"
        r"(?:are|is|were|was) still (?:on|in|at|being)\b|"
        r"held in|(?:are|is|were|was) (?:still )?in (?:\w+ )?(?:captivity|custody|detention|"
        r"hands)|"
        r"sentenced|convicted|aged|years? old|year-old|killing|deaths?|buried|"
        r"identified|awaiting identification|exhumed|were taken hostage|taken hostage|"
        r"abducted|kidnapped|detained in|in need of|yet to be|still to be|awaiting|"
        r"(?:has|have) yet to"
    ),
    # (not "1,200 on each of Friday, Saturday and Sunday": each day, not each side)
    each=(r"each(?! of\b| time\b)|apiece|each way|for each side|from each side|on each side|"
          r"in each direction|per side|per party|in either direction|either way"),
    formula_for=r"for|in exchange for|against",
    all_for_all=r"all for all|all-for-all|all [a-z]+s for all",  # ("all detainees for all")
    own=r"our|its own|their own|its|their",
    side_nouns=(
        r"side|sides|authorities|government|party|delegation|military|army|forces|"
        r"armed forces"
    ),
    carry=_CARRY,
    reunite=_REUNITE,
    noun_acts=(
        (_nouns("handover", "hand-over", "transfer", "release", "delivery"), "give"),
        (_nouns("receipt", "reception"), "get"),
        (_nouns("return", "repatriation", "homecoming", "handback"), "ret"),
        (_nouns("exchange", "swap"), "exchange"),
    ),
    unilateral=(
        r"offer\w*|ready|prepared to|intends?|intended|intending|intention|plans? to|"
        r"planned to|planning to|unilateral\w*|willing|beg[au]n|started|launched|"
        r"has spoken of|proposed|proposal"
    ),
    government=r"government side|government|governments",
    demographic=(r"(?:child|children|minors?|teenagers?|boys?|girls?|wom[ae]n|m[ae]n|"
                 r"elderly|pensioners?)"),
    occupations=(r"priests?|clergym[ae]n|journalists?|reporters?|aid workers?|medics?|doctors?|"
                 r"volunteers?|humanitarian workers?"),
    demand=(r"call(?:s|ed|ing)? for|steps? towards?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
            r"press(?:es|ed|ing)? for|seek(?:s|ing)?|sought|push(?:es|ed|ing)? for|"
            r"campaign(?:s|ed|ing)? for|insist(?:s|ed|ing)? on|appeal(?:s|ed|ing)? for|"
            r"ask(?:s|ed|ing)? for|hop(?:e|es|ed|ing) for|wish(?:es|ed|ing)? for"),
    retracted=(r"(?:an|the|our) (?:earlier|previous|original|first) (?:version|report)|"
               r"incorrectly (?:said|stated|reported|gave)|wrongly (?:said|stated|reported|gave)"),
    local=(r"from (?:our|this|the local|their) (?:community|town|city|village|district|region|"
           r"area|county)|local"),
    given=r"handed over|transferred|delivered|given|passed|sent",
    places=r"city|town|region|province|airport|port|territory|capital|base|prison",
    holding=r"held|detained|kept|imprisoned|being held|been held",
    listing=r"lists?|list of|names on",
    sum_rows=r"totals?|in all|all told|overall|sum",
    counted_nouns={Category.POW: "prisoners of war", Category.BODIES: "bodies",
                   Category.CIVILIAN: "civilians", Category.DETAINEE: "detainees",
                   Category.HOSTAGE: "hostages", Category.MIXED: "people"},
    participles="",
    come_back=(r"c[ao]m(?:e|es|ing) (?:back )?home|c[ao]m(?:e|es|ing) back|"
               r"(?:went|gone|go|goes|going) home|"
               r"return(?:s|ed|ing)? home|made it home|arrived (?:home|back)|"
               r"(?:are|were|is|was) (?:also |now |finally |safely )?back|"
               r"returned from captivity|"
               # ("Russia says 246 soldiers returned": people who returned, no one returning
               # them)
               r"\w+s (?:have |had |has )?returned(?=\s*$|\s*[.,;]|\s+(?:on|to|from|in|after|"
               r"as|with|safely|alive)\b)"),
)
