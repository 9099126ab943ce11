"""English: the words for figures, dates, people, acts of handing over, speech and time."""

from __future__ import annotations

from handover.domain.vocabulary import Category, Qualifier
from handover.extract.patterns import Lexicon

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_FORMS = {name: i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_FORMS.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS) if name != "may"})
_MONTH_FORMS.update({"sept": 9})
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_DEAD = r"(?:dead|fallen|killed|deceased|slain|perished)"
_MILITARY = (
    r"(?:soldiers?|servicem[ae]n|servicewom[ae]n|service ?members?|troops|"
    r"military personnel|fighters?|defenders?|marines?|combatants?|"
    r"(?:prisoners?|captives?)(?: of war)?|POWs?|PoWs?|officers?|sailors?|guardsm[ae]n|"
    r"paratroopers?|border guards?)"
)
_PEOPLE = (
    r"(?:people|persons|individuals|citizens|nationals|compatriots|returnees|"
    r"Ukrainians|Russians|Israelis|Palestinians|Armenians|Azerbaijanis|men|women)"
)

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
    qualifiers=(
        (
            r"more than|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!turned )"
            r"(?<!passed )over|at least|in excess of|upwards of|no fewer than|no less than|"
            r"more then|a minimum of|not less than",
            Qualifier.AT_LEAST,
        ),
        (
            r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|"
            r"estimated|approx\.?|circa|just under|just over|about a|around a|some \w+ of",
            Qualifier.ABOUT,
        ),
        (
            r"up to|as many as|fewer than|less than|under|no more than|at most|a maximum of",
            Qualifier.AT_MOST,
        ),
    ),
    categories=(
        (
            rf"bod(?:y|ies)|remains|corpses?|coffins|{_DEAD} {_MILITARY}|the dead|"
            rf"{_DEAD}(?: \w+){{0,2}} (?:{_MILITARY}|{_PEOPLE})|dead|fallen",
            Category.BODIES,
        ),
        (r"hostages?", Category.HOSTAGE),
        (
            r"civilians?(?: (?:detainees|prisoners|hostages))?|non-combatants|civilian captives|"
            r"children",
            Category.CIVILIAN,
        ),
        (r"detainees?|political prisoners|prisoners and detainees", Category.DETAINEE),
        (_MILITARY, Category.POW),
        (_PEOPLE, Category.MIXED),
    ),
    give=(
        r"hand(?:s|ed|ing)(?= \w+ (?:\w+ )?(?:\w+ )?over)|hand(?:s|ed|ing)? (?:\w+ )?over|"
        r"transferr?(?:ed|ing|s)?|gave|give[sn]?|giving|"
        r"releas(?:e|es|ed|ing)|fre(?:e|es|ed|eing)|sen[dt]s?|sending|turn(?:ed|s)? over|"
        r"deliver(?:ed|s|ing)?|passed|pass(?:es|ing)? on"
    ),
    get=(
        r"receiv(?:e|es|ed|ing)|got back|gets? back|getting back|brought (?:back|home)|"
        r"bring(?:s|ing)? (?:back|home)|welcom(?:e|ed|es|ing) (?:back|home)|recover(?:ed|s)?|"
        r"retriev(?:e|ed|es)|took back|takes? back|secur(?:ed|es|ing) the (?:return|release)|"
        r"accept(?:ed|s)?|collected|got|gets|getting"
    ),
    ret=r"return(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)",
    exchange=r"exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|ed|es|ing)",
    acts=(
        r"return|transfer|hand-?over|handover|repatriation|release|exchange|swap|"
        r"homecoming|repatriated|freed|came home|come home|coming home|returned home"
    ),
    arrive=(
        r"c[ao]me (?:back )?home|c[ao]me back|coming back|returned home|returning home|"
        r"were (?:freed|released|returned|repatriated|handed over|transferred|exchanged|swapped)|"
        r"walked free|arrived (?:home|back)|made it home"
    ),
    home=r"home|homeland|back home|their (?:homeland|country|families)|its (?:homeland|country)",
    captivity=r"captivity|detention|custody|prison",
    to_preps=r"to|into|in favour of|in favor of|for",
    from_preps=r"from|out of",
    by_preps=r"by",
    with_preps=r"with",
    between=r"between",
    speech=(
        r"said|says|say|told|tells|announced|announces|reported|reports|stated|states|"
        r"claimed|claims|confirmed|confirms|wrote|writes|added|adds|noted|notes|declared|"
        r"insisted|asserted|posted|tweeted|explained|cited|quoted|put the figure|"
        r"put the number|put the total|gave the figure|publish(?:ed|es)|disclosed"
    ),
    according=r"according to|as reported by|as stated by|in the words of|quoted by",
    citing=r"citing|quoting|with reference to|referring to",
    continuation=(
        r"(?:according to )?the same (?:source|official|agency|report)|the agency's source|"
        r"the source (?:said|added|claimed|noted)|"
        r"(?:he|she|they|it) (?:also )?(?:said|added|claimed|noted|stated|announced|"
        r"reported|wrote|insisted|explained|confirmed)|"
        r"(?:said|added|claimed|noted) (?:he|she|they)"
    ),
    backref=(
        r"(?:the|this|that) (?:announcement|report|news|figure|information|claim|"
        r"statement|transfer|exchange|handover|repatriation)|this|that|it"
    ),
    negatives=(
        r"(?:not|n't|never)\s+(?:[\w-]+\s+){0,2}?(?:a single|one|any)|"
        r"no(?! more| fewer| less| later| sooner| one)|none of the|none|zero|not a single"
    ),
    agreement=(
        r"agree(?:d|s|ment|ments)?|deal|formula|accord|under the terms|terms of|"
        r"understanding|arrangement|pledged|committed to|consented|principle|basis|"
        r"undert(?:ook|akes|aken) to|"
        r"under the (?:\w+ )?(?:plan|terms)"
    ),
    future=(
        r"will|would|shall|is to|are to|to be|plans?|planned|planning|scheduled|"
        r"expected|set to|upcoming|intends?|intended|preparing|prepares|going to|"
        r"is due|are due|pending|proposed|propose[sd]?|offered|offers?|ready to|"
        r"to (?:hand|transfer|return|release|exchange|swap|free|give|repatriate|send)\b"
    ),
    cumulative=(
        r"in total|a total of|totall(?:ed|ing)|altogether|so far|to date|since\b|overall|"
        r"all told|cumulative(?:ly)?|over the (?:past|last) \w+|in the course of the war|"
        r"throughout the war|so far this year|across all (?:\w+ )?(?:stages|rounds|exchanges)|"
        r"final (?:tally|figure|total)|(?:two|three|several) (?:recent )?(?:exchanges|stages)|"
        r"in (?:the |these |those )?(?:two|three|four|five|six|seven|\d+) "
        r"(?:days|weeks|months|years)|over (?:two|three|four|five|\d+) (?:days|weeks|months)|"
        r"bringing the (?:total|number|tally)|brought the (?:total|number|tally)|"
        r"before \w+day|the total (?:exchanged|returned|released|handed over|repatriated)|"
        r"over the (?:whole|entire) (?:\w+ )?(?:phase|period|year|war)"
    ),
    casualty=(
        r"killed|died|dies|wounded|injured|missing|casualties|lost|were captured|"
        r"taken prisoner|remain(?:s|ed)? in|still held|are held|being held|held in|"
        r"sentenced|convicted|aged|years? old|year-old|killing|deaths?|buried|"
        r"identified|awaiting identification|exhumed"
    ),
    each=r"each|apiece|each way|for each side|from each side|on each side|in each direction",
    formula_for=r"for|in exchange for|against",
    all_for_all=r"all for all|all-for-all",
    own=r"our|its own|their own|its|their",
    side_nouns=(
        r"side|sides|authorities|government|party|delegation|military|army|forces|"
        r"armed forces"
    ),
)
