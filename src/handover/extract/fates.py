"""What a clause says became of the people a figure counts, when it is not a handover: they
stay held ("8,000 remain in captivity"), are yet to be exchanged ("500 prisoners have yet to
be exchanged"), or do something of their own in a later clause ("..., однако две украинки
решили остаться в России"). What a relative clause says of them ("восьмеро жителів, яких
утримували в Україні") and where those handed over were held ("150 women held in its
prisons") do not count against them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from handover.extract.categories import people_pattern
from handover.extract.figures import Figure
from handover.extract.morph import lemmas
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words

__all__ = ["another_fate", "has_act"]


def has_act(body: str, lex: Lexicon) -> bool:
    """Whether ``body`` names an act of handing over (a verb or a noun of one)."""
    return bool(lex.rx("acts").search(body) or lex.rx("verbs").search(body))


def another_fate(body: str, figure: Figure, later_clause: bool, lex: Lexicon) -> bool:
    """Whether the clause ``body`` says the people of ``figure`` met another fate than a
    handover (see the module); ``later_clause`` says it is not the sentence's first."""
    main = _main(body, figure, lex)
    if not has_act(body, lex) and later_clause and _verb_of_its_own(main[figure.end:], lex):
        return True
    said = _reported(main, figure)
    if _no_act(said, lex) and lex.rx("casualty").search(_HELD_WHERE.sub("", said)):
        # "8,000 remain in captivity" (not "..., who were held in Ukraine"); "погибли 65
        # пленных, которых везли на обмен": an act in the relative clause is not theirs
        return True
    if _DIED_AFTER.match(main, figure.end):
        return True  # "65 Ukrainian prisoners had died, a swap of 195 for 195 ...": their own
    got = _GOT_A_THING.match(main, figure.end)
    if got and not people_pattern(lex).match(main, got.end()):
        return True  # "31 had received no confirmation", "9 had received a single letter"
    # ("500 prisoners have yet to be exchanged", but "досі не ... жодного")
    return not figure.negative and bool(_NOT_YET.search(main))


# the figure's people died: their own predicate, whatever act the clause also tells
# (not "the remains of 28 hostages who died": what those handed over had been)
_DIED_AFTER = re.compile(r"\s+(?:(?!who\b|that\b|which\b|які\b|котрі\b|которые\b)[^\W\d_]+\s+)"
                         r"{0,3}?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?"
                         r"(?:died|been killed|perished|погибл[иа]|загинул[иа]|загинуло|умерл[иа]|"
                         r"померл[иа])(?!\w)", re.IGNORECASE)
# the people of a figure who received a thing, not people ("had received a single letter")
_GOT_A_THING = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:received|got|obtained)\s+"
                          r"(?:no|a|an|the|any|one)\s+(?:single\s+|further\s+)?", re.IGNORECASE)
_NOT_YET = Words(r"(?:yet to be|still to be|(?:has|have) yet to|not yet|досі не|пока не|"
                 r"ще не(?!\s+(?:менше|більше))|(?:ещё|еще) не(?!\s+(?:менее|более|меньше|больше))|"
                 r"до сих пор не)")
_RELATIVE = re.compile(r",\s*(?:who|whom|which|that|яких|які|який|яка|котрих|которых|которые|"
                       r"который|которая)\b", re.IGNORECASE)


def _no_act(said: str, lex: Lexicon) -> bool:
    """Whether ``said`` names no act, once a return it asks for is left out."""
    if not has_act(said, lex):
        return True
    return _DEMAND.search(said) is not None and not has_act(_DEMANDED.sub("", said), lex)


def _reported(main: str, figure: Figure) -> str:
    """What a voice says of the figure's people, without the words that bring it in ("после
    обмена заявил, что на Украине остаются 20": the exchange is when it was said)."""
    if "that" not in main and "что" not in main and "що" not in main:
        return main  # (the cheap test first: few clauses bring a voice in so)
    openers = list(_SAID_THAT.finditer(main, 0, figure.start))
    return main[openers[-1].end():] if openers else main


_SAID_THAT = re.compile(r",\s*(?:что|що)\s|(?<!\w)(?:said|says|stated|added|told \w+) that\s",
                        re.IGNORECASE)
# a return asked for is none made ("called for their return", "добивается их возвращения")
_ASKING_EN = r"call(?:s|ed)? for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|urg(?:es|ed|ing)"
_ASKING_SLAVIC = r"добива\w*|требу\w*|вимага\w*|домага\w*"
_DEMAND = Words(f"{_ASKING_EN}|{_ASKING_SLAVIC}")  # (the cheap test first)
_DEMANDED = re.compile(rf"(?<!\w)(?:{_ASKING_EN})\s+(?:their|the|its)\s+(?:\w+\s+)?"
                       rf"(?:return|release)|(?:{_ASKING_SLAVIC})\s+(?:их|їх|її)?\s*"
                       r"(?:возвращени\w*|освобождени\w*|повернення|звільнення)", re.IGNORECASE)


def _verb_of_its_own(rest: str, lex: Lexicon) -> bool:
    """Whether the words after a figure hold a verb of their own (a finite one in Ukrainian
    and Russian, a past one in English): a clause that says something else of the people
    than the act of another clause."""
    if lex.lang == "en":
        return _EN_OWN_VERB.match(rest) is not None
    words = _WORDS.findall(rest.split(",")[0])[:6]  # (not "..., говорится в заявлении")
    return any({pos for _, pos in lemmas(w, lex.lang)} == {"VERB"} for w in words)


_WORDS = re.compile(r"[^\W\d_]{3,}")
# "70 of the Ukrainians had defended Mariupol", "273 had been captured in Donetsk region"
_EN_OWN_VERB = re.compile(r"(?:\s+of\s+(?:them|those|these|the\s+[\w'’-]+))?,?\s+"
                          r"(?:had|have|has|were|was)\s+(?:been\s+[a-z]+|(?!been\b)[a-z]+ed)\b")
# ("150 Palestinian women held in its prisons": where those handed over were held)
# (not "1,718 had been detained in Gaza": a verb's participle, what happened to them)
_HELD_WHERE = re.compile(r"(?<=[a-z])(?<!\bbeen)(?<!\bare)(?<!\bwere)(?<!\bwas)(?<!\bis)"
                         r"(?<!\bremain)(?<!\bremained)(?<!\bremains)(?<!\bstill)\s+(?:held|kept|detained|"
                         r"jailed|imprisoned)\s+(?:in|by|at)\s[^,.;]*")


def _main(body: str, figure: Figure, lex: Lexicon) -> str:
    """The clause without the relative clause that follows its figure ("восьмеро жителів,
    яких утримували в Україні"), or the participle's phrase set off after it ("Пятеро
    командиров, освобождённых тогда, ... остаются в Турции"): what it says of the people is
    not what happened to them."""
    relative = _RELATIVE.search(body, figure.end)
    if relative:
        return body[:relative.start()]
    aside = _participle_aside(lex).search(body, figure.end) if lex.participles else None
    body = body[:aside.start()] + body[aside.end() - 1:] if aside else body
    # ("Пять украинских командиров, по условиям сентябрьского обмена, остаются в Турции": the
    # terms an aside names are not what the people did)
    terms = _TERMS_ASIDE.search(body, figure.end)
    return body[:terms.start()] + body[terms.end() - 1:] if terms else body


_TERMS_ASIDE = re.compile(r",\s*(?:по условиям|согласно|в рамках|за умовами|відповідно до|у межах|"
                          r"under the terms of|under|as part of)\s[^,]*,", re.IGNORECASE)


@lru_cache(maxsize=8)
def _participle_aside(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{lex.participles})(?!\w)[^,]*,", re.IGNORECASE)
