"""Figures of people that are no claim, for what the words around them say.

A count of people next to an act can still be no handover: a figure the report withdraws
("an earlier version said 1,200"), what someone asks for ("Kyiv called for an all-for-all
exchange"), a local subset ("двоє військових із нашої громади"), names on a list ("из списка
в 1000 пленных"), a description ("20 родин, у яких загалом 37 дітей"), people who speak ("One
woman, 61, said"), what would happen under a condition ("якщо ХАМАС звільнятиме ще по десять
людей"), an age after a superlative of age ("The oldest soldier released was 59"), a part
described by a participle ("108 of the freed men belonged to the Azov regiment") and people
taken away ("70 звільнених одразу вивезли до Єгипту").

>>> from handover.extract.patterns import lexicon
>>> from handover.extract.figures import find_figures
>>> text = "Kyiv has long called for the release of 8,000 prisoners."
>>> [no_claim(text, f, text, lexicon("en")) for f in find_figures(text, lexicon("en"))]
[True]
"""

from __future__ import annotations

import re
from functools import cache

from handover.domain.registry import PartyRegistry
from handover.domain.vocabulary import PartyKind
from handover.extract.categories import category_after
from handover.extract.context import Sentence
from handover.extract.figures import Figure
from handover.extract.morph import lemmas
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words
from handover.extract.tenses import done

__all__ = ["cited_title", "finite_act", "no_claim", "retracts"]

_STOP = re.compile(r"[,;—–(]")
# "у яких загалом 37 дітей", "whose 40 members": a figure that describes, not counts a handover
_DESCRIBED = Words(r"(?:у яких|в яких|у якій|в якій|у которых|в которых|у которой|"
                   r"в которой|whose|in which|among which)\s+(?:[\w'’]+\s+){0,2}$")
# A condition opening the figure's clause (no comma between): what would happen, not what did
_CONDITION = Words(r"(?:if|unless|якщо|якби|если|в случае если)\s[^,;:—–]*$|"
                   # ("Each further ten hostages released would buy a day")
                   r"(?<!\w)(?:each|every|for every|за кожн\w*|за кажд\w*)\s+(?:further|"
                   r"additional|extra|other|наступн\w*|додатков\w*|следующ\w*|"
                   r"дополнительн\w*)\s+$")
# "The oldest soldier released was 59": after a superlative of age, a figure is an age
_ELDEST = Words(r"(?:oldest|youngest|eldest|найстарш\w*|наймолодш\w*|старейш\w*|"
                r"самы\w* (?:старш|младш|молод)\w*)\s[^\d,;]*$")
# "four female soldiers, aged 19 and 20": ages, not counts
_AGED = Words(r"(?:aged|ages|(?:under|over|below|above|at) the age of|у віці|віком|"
              r"в возрасте|возрастом)\s+(?:(?:from|between|від|от|до|under|over)\s+)?"
              r"(?:\d{1,2}\s*(?:and|to|or|і|и|та|до|-|–)\s*)?$")
_AGE = re.compile(r"\s*,\s*\d{1,3}\s*,")
_PARTITIVE = re.compile(r"\s+(?:of the|of those|of these|из числа|з числа|із числа)\s+",
                        re.IGNORECASE)
# the size of a delegation ("a delegation of a dozen people", "делегацію з 12 осіб")
_DELEGATION = Words(r"(?:delegations?|делегаці\w*|делегаци\w*)\s+(?:of|з|із|из|у складі|"
                    r"в составе)\s+(?:a\s+|some\s+|about\s+|близько\s+|около\s+)?$")
# the size of a gap between two figures
_GAP = Words(r"(?:gap|difference|discrepancy|shortfall|mismatch|asymmetry|imbalance|"
             r"асиметрі\w*|асимметри\w*|розбіжн\w*|"
             r"різниц\w*|расхожден\w*|разниц\w*|разрыв\w*)\s+(?:of\s+|в\s+|у\s+|на\s+)?"
             r"(?:(?:about|some|майже|близько|около|почти)\s+)?$")
# the votes of a sitting: "«за» — 12", "проти — 0", "abstained: 1", "votes in favour: 40"
_VOTED = re.compile(r"(?:[«\"“]за[»\"”]|(?<!\w)(?:проти|против|утрималис\w*|воздержал\w*|"
                    r"in favour|in favor|against|abstain\w*|abstentions?|votes?))"
                    r"[»\"”]?\s*[—–:-]?\s*$", re.IGNORECASE)
_ADDEND_AFTER = re.compile(r"\s*\+")
_ADDEND_BEFORE = re.compile(r"\+\s*$")
_VOTES_AFTER = re.compile(r"\s+(?:votes?|голос\w*)(?!\w)", re.IGNORECASE)
# a figure named to be discussed ("The figure of 6,000 refers to the dead"), not reported
_NAMED_FIGURE = Words(r"(?:the\s+)?(?:figure|number)\s+of\s+$")
# (but a voice that gives it states it: "he gave a figure of 27 Russian bodies received")
_GAVE_FIGURE = Words(r"(?:gave|gives|cited|cites|named|names|quoted|quotes|offered|reported)\s+"
                     r"(?:a|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:figure|number)\s+of\s+$")
# a denied act: "Russia did not free 6,000 prisoners", "Росія не передавала 500 полонених"
_NOT = re.compile(r"(?:(?<!\w)(?:not|never)|n't|(?<!\w)(?:не|ни|ні))\s+$", re.IGNORECASE)
# what never happened: no handover ("has never been tried", "ніколи не обмінювали")
_NEVER = re.compile(r"(?<!\w)(?:never|ніколи не|никогда не|жодного разу не|ни разу не)(?!\w)",
                    re.IGNORECASE)
_MOST_OF = re.compile(r"(?<!\w)(?:most|many|half|більшість|багато|половина|большинство|многие)\s+"
                      r"(?:of|з|із|зі|из)\s+(?:those|them|the|них|тих|тех)\b[^,;:]{0,40},\s*$",
                      re.IGNORECASE)
_MOST_OF_REACH = 120  # characters before a figure its "most of those" may stand in
_REFUSAL_REACH = 40  # characters before an act its negation or refusal stands in
# a refusal to do the act ("Киев не согласился забрать тысячу", "refused to take back 500")
_REFUSED = re.compile(r"(?:(?<!\w)(?:не|ні)\s+(?:соглас\w*|погод\w*|захот\w*|захоті\w*)|"
                      r"(?<!\w)(?:отказ\w*|відмов\w*|refus\w*|declin\w*)|"
                      r"(?:did not|didn't|would not|wouldn't) (?:agree|want))\s+(?:to\s+)?$",
                      re.IGNORECASE)
_TAKEN = Words(r"(?:deport\w*|abduct\w*|expel\w*|exiled|taken away|"
               r"(?:were|was|been)\s+taken(?!\s+(?:to|home|back|across|into|out|in)\b)|"
               r"депорт\w*|вивез\w*|"
               r"вивоз\w*|вывез\w*|вывоз\w*|викраден\w*|похищен\w*|висла\w*|выслал\w*|"
               r"выслан\w*|высыла\w*|висила\w*)")


def cited_title(text: str, item: Sentence) -> bool:
    """Whether the sentence is the quoted title of a work a list of references cites, its
    publisher and date after it on its line ("- "Kyiv and Moscow agree to swap 1,000
    prisoners each". Northline Wire. 16 May 2025."): a reference, no report of its own."""
    if not item.opens_line or not _QUOTED_TITLE.fullmatch(item.text):
        return False
    line_end = text.find("\n", item.end)
    rest = text[item.end:line_end if line_end >= 0 else len(text)]
    return _PUBLISHED_BY.fullmatch(rest) is not None


# a list item that is a title in quotes, and the publisher and date after it
_QUOTED_TITLE = re.compile(r"[-*•\d.)\s]*[\"“«][^\"“”«»]{3,200}[\"”»][.,]?")
_PUBLISHED_BY = re.compile(r"\s*[^.\n]{2,60}[.,]\s+(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+"
                           r"\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)(?:\s*(?:г\.|р\.|року|года))?"
                           r"\.?\s*")


def no_claim(body: str, figure: Figure, sentence: str, lex: Lexicon) -> bool:
    """Whether the figure at ``body[figure.start:figure.end]`` (a clause of ``sentence``)
    is no claim for one of the reasons of the module."""
    before = body[:figure.start]
    if retracts(body, figure, sentence, lex) or _DESCRIBED.search(before):
        return True
    if _asked(body, figure.start, lex) or _local(body, figure, lex) or _listed(
            body, figure.start, lex) or _FELLOW_LOCALS.match(body, figure.end) or (
            _RESIDENTS_AMONG.match(body, figure.end)):
        return True
    if figure.formula and figure.count is None and lex.rx("demand").search(
            body, figure.end, figure.end + _DEMAND_AFTER):
        return True  # "Всіх на всіх треба", "«всех на всех» не договаривались": no term
    if figure.formula and figure.count is None and _NONE_OF.search(before):
        return True  # "ни одного обмена «всех на всех» ... не состоялось": none took place
    if _DIFFERENCE.search(body, max(0, figure.start - 40), figure.start):
        return True  # "Разница с российской цифрой — три тела": a gap between counts
    if _CONDITION.search(before) or _ELDEST.search(before) or _AGED.search(before):
        return True  # "якщо ХАМАС звільнятиме ще по десять людей"; "the oldest ... was 59"
    if _ADDEND_AFTER.match(body, figure.end) or _ADDEND_BEFORE.search(body, 0, figure.start):
        return True  # "390 + 307 + 303 = 1,000": the terms of a sum, counted before
    if _VOTED.search(body, max(0, figure.start - 30), figure.start) or _VOTES_AFTER.match(
            body, figure.end):
        return True  # "«за» — 12, «проти» — 0": votes of a sitting
    named = _NAMED_FIGURE.search(before) is not None and not _GAVE_FIGURE.search(before)
    if _GAP.search(before) or named or _denied(body, figure, lex):
        return True  # "расхождение в 39 человек"; "the figure of 6,000 refers to"
    if _NEVER.search(before) and not figure.negative:
        return True  # "What has never been tried is a thousand people in each direction"
    if _MOST_OF.search(before[-_MOST_OF_REACH:]):
        return True  # "most of those freed on Saturday, 273 men, had been captured": a part
    if _MET.search(before[-_MET_REACH:]):
        return True  # "the Mission interviewed 139 prisoners of war released ...": met, not freed
    if _DELEGATION.search(before[-_DELEGATION_REACH:]):
        return True  # "Ukraine sent a delegation of a dozen people": negotiators, not freed
    return (_speaks(body, figure, lex) or _partitive_only(body, figure, sentence, lex)
            or _part_described(body, figure, lex)
            or _taken(body, figure, lex) or lex.lang == "en" and _sent_on(body, figure))


def retracts(body: str, figure: Figure, sentence: str, lex: Lexicon) -> bool:
    """Whether a correction withdraws the figure: in its clause, or in the clause that opens
    its sentence ("Виправлення: у попередній версії помилково зазначалося, що ... 575 тіл");
    not the figure with no noun that puts it right ("правильная цифра — 150")."""
    if lex.rx("retracted").search(body):
        return True
    if figure.bare:
        return False
    at = sentence.find(body)
    return at > 0 and bool(lex.rx("retracted").search(sentence, 0, at))


# people a body met or interviewed, and the figures joined to them ("опитала 41 звільненого
# військовополоненого і 12 звільнених цивільних")
_MET = re.compile(r"(?<!\w)(?:interview(?:ed|s)?|questioned|spoke (?:to|with)|met with|"
                  r"опитал[аи]?|опитав|опросил[аи]?|опросив|поспілкувал\w*|пообщал\w*)\s+"
                  r"(?:(?:[\w'’-]+\s+){0,2}|[^.;:]*?\s(?:і|и|й|та|and)\s+)$", re.IGNORECASE)
_MET_REACH = 120  # characters before a figure its interviewing verb may stand in
_DELEGATION_REACH = 120  # characters before a figure its delegation's words are looked for in
# the gap between two counts ("the difference of three bodies", "розбіжність у 12 осіб")
_DIFFERENCE = re.compile(r"(?<!\w)(?:difference|discrepancy|gap|разниц\w*|расхождени\w*|разрыв\w*|"
                         r"різниц\w*|розбіжн\w*|розрив\w*)(?!\w)", re.IGNORECASE)
# "no all-for-all exchange", "жодного обміну «всіх на всіх»": a kind of exchange denied
_NONE_OF = re.compile(r"(?<!\w)(?:ни одного|ни единого|жодного|жоден|жодний|no|not a single|"
                      r"never an?)\s+(?:[^\W\d_]+\s+){0,2}[«\"“]?$", re.IGNORECASE)
_DEMAND_AFTER = 30  # characters after "all for all" in which a word of wanting may follow it


def _asked(body: str, at: int, lex: Lexicon) -> bool:
    """"Kyiv called for an all-for-all exchange": a demand governs the figure at ``at`` (no
    act reported done between them)."""
    demands = [m for m in lex.rx("demand").finditer(body) if m.end() <= at]
    if not demands or lex.rx("agreement").search(body, at):
        return False  # ("шаг к обмену «всех на всех», о котором договаривались": agreed)
    between = body[demands[-1].end():at]
    return not any(done(m.group(), lex) and not _noun(m.group(), lex)
                   for m in lex.rx("verbs").finditer(between))


def _noun(word: str, lex: Lexicon) -> bool:
    """A noun of an act ("обмена"), which the verbs of acts include in Ukrainian and
    Russian: it reports nothing done."""
    if lex.lang == "en":
        return False
    return {pos for _, pos in lemmas(word.split()[0], lex.lang)} == {"NOUN"}


def _local(body: str, figure: Figure, lex: Lexicon) -> bool:
    """"двоє військових із нашої громади": the people counted are a local subset."""
    found = [m for m in lex.rx("local").finditer(body) if m.start() >= figure.end]
    if not found:
        return False
    stop = _STOP.search(body, figure.end)
    aside = _WHO_ASIDE.match(body, stop.start()) if stop else None
    if aside is not None:  # ("Двоє хлопців, що повернулися вчора, — з нашого округу")
        stop = _STOP.search(body, aside.end())
    limit = min(stop.start() if stop else len(body), figure.end + 90)
    return found[0].end() <= limit


# a relative clause set off after the people counted, and the dash that may follow it
_WHO_ASIDE = re.compile(r",\s*(?:що|які|котрі|что|которые|who|that)\s[^,;—–]*,\s*(?:[—–]\s*)?",
                        re.IGNORECASE)


# "Троє земляків", "двоє наших земляків": the writer's own people, a local subset (not
# "восемь наших земляков, мирных жителей Курской области": people of a status)
_FELLOW_LOCALS = re.compile(r"\s+(?:наш\w*\s+|своїх\s+|своих\s+)?(?:земляк\w*|землячк\w*|"
                            r"односельч\w*|односельц\w*|краян\w*)(?!\w)(?!\s*,\s*(?:мирн|цивільн|"
                            r"військов|военн|гражданск))", re.IGNORECASE)

# "Трое из вернувшихся — жители Суджанского района": those of a place among the freed
_RESIDENTS_AMONG = re.compile(r"\s+(?:из|з|із|зі|of)\s+(?:the\s+)?[^\W\d_]+\s*[—–-]?\s*"
                              r"(?:(?:are|were)\s+)?(?:жител\w*|мешкан\w*|уроджен\w*|уроженц\w*|"
                              r"родом|from\s+(?:the\s+)?[A-Z]\w+\s+(?:district|region|area))",
                              re.IGNORECASE)


def _listed(body: str, at: int, lex: Lexicon) -> bool:
    """"из списка в 1000 пленных", "a list of 1,000 names": the figure at ``at`` counts a
    list; "из списка в 1000 пленных ... приняла лишь двоих": taken from a list, a part of
    it."""
    found = [m for m in lex.rx("listing").finditer(body) if m.end() <= at]
    if not found:
        return False
    last = found[-1]
    if at - last.end() <= 24 and _OF_LIST.fullmatch(body, last.end(), at):
        return True
    return any(_FROM.search(body, 0, m.start()) for m in found)


_FROM = re.compile(r"(?<!\w)(?:из|з|із|зі|from|of|out of)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_OF_LIST = re.compile(r"\s+(?:of|with|containing|в|из|із|з|зі|у|с|на)\s+(?:[\w'’]+\s+)?",
                      re.IGNORECASE)


def _speaks(body: str, figure: Figure, lex: Lexicon) -> bool:
    """"One woman, 61, said her son ...": the people counted are the ones who speak."""
    if not any(m.start() > figure.end for m in lex.rx("speech").finditer(body)):
        return False
    noun = category_after(body, figure.end, lex)
    if noun is None:
        return False
    rest = body[noun[1]:]
    age = _AGE.match(rest)
    return bool(_speech(lex).match(rest, age.end() if age else 0))


@cache
def _speech(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lex.speech})(?![\w'’])", re.IGNORECASE)


def _partitive_only(body: str, figure: Figure, sentence: str, lex: Lexicon) -> bool:
    """"108 of the freed men and women belonged to the Azov regiment": a part of a group
    named by a participle, with no act of its own in the sentence."""
    partitive = _PARTITIVE.match(body, figure.end)
    if partitive is None:
        return False
    noun = category_after(body, partitive.end() - 1, lex)
    end = noun[1] if noun else partitive.end()
    rest = body[:figure.start] + " " + body[end:]
    outside = sentence.replace(body, rest) if body in sentence else rest
    return not finite_act(outside, lex)


def _denied(body: str, figure: Figure, lex: Lexicon) -> bool:
    """"Russia did not free 6,000 Ukrainian prisoners": the act before a figure of people
    (not a zero: "did not return a single body") is denied."""
    if figure.negative or figure.count == 0:
        return False
    acts = [m for m in lex.rx("verbs").finditer(body, 0, figure.start)]
    if not acts or _STOP.search(body, acts[-1].end(), figure.start):
        return False
    before = body[max(0, acts[-1].start() - _REFUSAL_REACH):acts[-1].start()]
    return bool(_NOT.search(before) or _REFUSED.search(before))


# "36 из них отбывали ...", "31 з них мали ...": a part of the people just counted
_OF_THEM = re.compile(r"\s+(?:из них|з них|із них)(?!\w)", re.IGNORECASE)


def _part_described(body: str, figure: Figure, lex: Lexicon) -> bool:
    """"36 из них отбывали пожизненные сроки": a part of those counted, of whom a verb
    other than a handover says something, with no noun of people (unlike "270 из них —
    военные", a part by kind)."""
    if lex.lang == "en" or (found := _OF_THEM.match(body, figure.end)) is None:
        return False
    stop = _STOP.search(body, found.end())
    rest = body[found.end():stop.start() if stop else len(body)]
    if lex.rx("verbs").search(rest) or category_after(rest, 0, lex) is not None:
        return False
    first = re.match(r"\s*([^\W\d_]+)", rest)
    return first is not None and "VERB" in {pos for _, pos in lemmas(first.group(1), lex.lang)}


def _taken(body: str, figure: Figure, lex: Lexicon) -> bool:
    """"20,000 children deported", "70 освобождённых выслали в Египет": people taken away,
    not handed over (when no other act is reported of them)."""
    if not _TAKEN.search(body):
        return False
    return bool(_TAKEN.search(body, max(0, figure.start - 60), figure.start)
                or not finite_act(body, lex))


# "around 70 were sent to Egypt", "Five commanders ... were sent to Turkey": sent on to a
# country that brokers, not handed to a side
_SENT_ON = re.compile(r"(?<!\w)(?:were|was|been|be)\s+(?:\w+\s+)?(?:sent|flown|taken|moved)\s+"
                      r"(?:on\s+|out\s+|abroad\s+)?to\s+((?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)


def _sent_on(body: str, figure: Figure) -> bool:
    """Whether the people of the figure were sent on to an intermediary's country."""
    found = _SENT_ON.search(body, figure.end)
    if found is None:
        return False
    registry = _registry()
    name = registry.resolve(found.group(1))
    party = registry.get(name) if name else None
    return party is not None and party.kind == PartyKind.INTERMEDIARY


@cache
def _registry() -> PartyRegistry:
    """The built-in parties, read once: which countries only broker."""
    return PartyRegistry.builtin()


def finite_act(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` has a verb of an act that is not a participle ("звільнених",
    "the freed" describe people; they report no act)."""
    participles = _participles(lex)
    for match in lex.rx("verbs").finditer(text):
        word = match.group()
        if participles.fullmatch(word) or lex.lang == "en" and _ADJECTIVAL.search(
                text, 0, match.start()):
            continue
        return True
    return False


_ADJECTIVAL = re.compile(r"(?<!\w)(?:the|these|those|of)\s+$", re.IGNORECASE)


@cache
def _participles(lex: Lexicon) -> Words:
    return Words(lex.participles or r"(?!x)x")
