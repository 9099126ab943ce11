"""Parties in text and the part each plays in a clause: who gives, who receives, whose people.

Names come from the party registry, in every inflected form it knows ("Україні", "России",
"Kyiv's"). A name's part is read from what stands around it: a preposition ("to Russia",
"від України", "из России"), its grammatical case in Ukrainian and Russian (a bare dative
receives, a bare instrumental is the agent of a passive), or its being an adjective or a
possessive of the people handed over ("bodies of Ukrainian soldiers", "Ukraine's POWs").

>>> from handover.domain import PartyRegistry
>>> from handover.extract.patterns import lexicon
>>> [(m.party, m.role) for m in find_parties("Russia handed over 909 bodies to Ukraine",
...                                          PartyRegistry.builtin(), lexicon("en"))]
[('Russia', 'subject'), ('Ukraine', 'to')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from handover.domain.registry import PartyRegistry
from handover.extract.morph import cases
from handover.extract.names import Matchers, party_matchers
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words

__all__ = ["Matchers", "PartyMention", "find_parties", "party_matchers"]

# An adjective of nationality: English -ian/-ish/-i/-ese; Ukrainian and Russian -ськ-/-ск-.
_ADJECTIVE = {
    "en": re.compile(r"(?:ian|ean|ish|i|ese|ic)$", re.IGNORECASE),
    "uk": re.compile(r"(?:ськ|цьк|зьк)(?:ий|а|е|і|ого|ої|ому|ій|у|ою|им|их|ими|ім)$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ых|ым|ими|ом|их|ей|ою)$",
                     re.IGNORECASE),  # ("Москва" is no adjective)
}
_DEMONYM = {
    "en": re.compile(r"(?:ians|eans|is|ese)$", re.IGNORECASE),
    # (also the forms after two to four: "303 украинца", "три россиянина")
    "uk": re.compile(r"(?:ець|ці|ців|цям|цями|цях|ця|нин|нина|ни|ян|янам|янами|янах|ка|ки|ок)$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?:ец|цы|цев|цам|цами|цах|ца|нин|нина|не|ян|янам|янами|янах|ка|ки|ок|"
                     r"кам|ками|ках)$", re.IGNORECASE),  # (and women: "108 украинок")
}
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CONTROLLED = re.compile(r"(?:controlled by|held by|підконтрольн\w*|контрольован\w*|"
                         r"подконтрольн\w*|контролируем\w*)\s+(?:the\s+)?$", re.IGNORECASE)
# A place held by a side, gone to: "to territory held by", "до підконтрольної", "в подконтрольную"
_TOWARDS = re.compile(r"(?<!\w)(?:to|into|до|в|у|на|к)\s+(?:the\s+)?(?:territory\s+|areas?\s+)?$",
                      re.IGNORECASE)


_AT = re.compile(r"(?:на|в|у)\s", re.IGNORECASE)
# a side's territory gone to or come from, the side in the genitive
_TERRITORY_WORD = re.compile(r"територі|территори|territory", re.IGNORECASE)
# ("на территории Украины": where they were held)
_TERRITORY = re.compile(r"(?<![\w'’])(?:(?:на|в|у)\s+(?:[\w'’-]+\s+)?(?:територію|территорию)|"
                        r"до\s+(?:[\w'’-]+\s+)?території|"
                        r"(з|із|с|со)\s+(?:[\w'’-]+\s+)?(?:території|территории)|"
                        r"(?:to|(from))\s+(?:the\s+)?territory\s+of(?:\s+the)?)\s+$",
                        re.IGNORECASE)


def _gone_to(preposition: str, controlled: str, lex: Lexicon) -> bool:
    """"на подконтрольную Киеву территорию" is gone to; "из плена на подконтрольной Киеву
    территории" is where the captives were held: "на", "в", "у" lead to a place only with
    the accusative."""
    if lex.lang == "en" or not _AT.match(preposition):
        return True
    return "accs" in cases(controlled.split()[0], lex.lang)


@dataclass(frozen=True)
class PartyMention:
    """A party named in text, with the part its wording gives it.

    ``role`` is one of ``subject``, ``to``, ``from``, ``by``, ``with``, ``between``,
    ``owner`` (whose people they are), ``captor`` ("Russian captivity"), ``other``.
    """

    party: str
    start: int
    end: int
    role: str
    side: bool


def find_parties(text: str, registry: PartyRegistry, lex: Lexicon,
                 people: Words | None = None,
                 matchers: Matchers | None = None,
                 spans: list[tuple[int, int, str]] | None = None,
                 sides: frozenset[str] = frozenset()) -> list[PartyMention]:
    """Every party named in ``text`` (a clause or sentence), with its role, in order.

    ``spans`` are the names already found in ``text``; ``sides`` are parties that act as a
    side in this report although the registry has them as intermediaries (Saudi Arabia in
    Yemen).
    """
    if spans is None:
        spans = (matchers or party_matchers(registry)).spans(text)
    out = []
    for start, end, name in spans:
        party = registry.get(name)
        side = name in sides or (party is not None and party.kind.value == "side")
        out.append(PartyMention(name, start, end, _role(text, start, end, lex, people), side))
    return out


@dataclass(frozen=True)
class _Rules:
    """The patterns a name's part is read with, compiled once per language."""

    agent: re.Pattern[str] | None  # "освобождённых хуситами"
    owner: re.Pattern[str]  # "военнопленных ВСУ", "prisoners of Ukraine"
    given: re.Pattern[str]  # "gave Russia"
    captivity: re.Pattern[str]
    side_noun: re.Pattern[str]


@lru_cache(maxsize=8)
def _rules(lex: Lexicon) -> _Rules:
    i = re.IGNORECASE
    of = r"\s+of\s+(?:the\s+)?" if lex.lang == "en" else r"\s+"
    people = _people(lex).pattern
    agent = (re.compile(rf"(?<![\w'’])(?:{lex.participles})\s+$", i) if lex.participles
             else None)
    return _Rules(agent, re.compile(rf"(?:{people}){of}$", i),
                  re.compile(rf"(?<![\w'’])(?:{lex.give}|hands?)\s*[\"“']?$", i),
                  re.compile(rf"(?:{lex.captivity})(?![\w'’])", i),
                  re.compile(rf"(?:{lex.side_nouns})(?![\w'’])", i))


def _people(lex: Lexicon) -> Words:
    from handover.extract.categories import people_pattern

    return people_pattern(lex)


def _role(text: str, start: int, end: int, lex: Lexicon,
          people: Words | None) -> str:
    word = text[start:end]
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    rules = _rules(lex)
    if _BORDER.search(before):
        return "in"  # "at the border with Belarus": a place, not a side
    controlled = _CONTROLLED.search(before)
    if controlled:
        # "from territory controlled by Kyiv", "до підконтрольної хуситам Сани"
        towards = _TOWARDS.search(before, 0, controlled.start())
        return "to" if towards and _gone_to(towards.group(), controlled.group(), lex) else "from"
    territory = _TERRITORY.search(before) if _TERRITORY_WORD.search(before) else None
    if territory is not None:  # "на територію України", "с территории Украины"
        return "from" if territory.group(1) or territory.group(2) else "to"
    if rules.agent is not None and rules.agent.search(before) and not (
            lex.lang != "en" and _people_word(word, lex)):
        # "освобождённых хуситами": the agent of a participle; "переданих Україні": its
        # dative receives (but "повернутих росіян": the people the participle names)
        return "to" if lex.lang != "en" and _dative(word, lex) else "by"
    if people is not None and _people_before(before, people, lex) and _genitive(word, lex):
        return "owner"  # "военнопленных ВСУ", "військових України" (not "освобождённых хуситами")
    prep = _preposition(before, lex)
    if before.endswith((" to ", " to the ")) and _TAKEN_TO.search(before):
        return "captor"  # "civilians who had been taken to Ukraine": held there
    if _REGION.search(word):  # "civilians from the Kursk region": its people, not a side acting
        return "to" if prep == "to" else "owner"
    possessive = bool(_POSSESSIVE_END.search(word)) or bool(_POSSESSIVE.match(after))
    single = " " not in word  # "російської сторони" is a side, not an adjective or demonym
    if possessive or single and _ADJECTIVE[lex.lang].search(word):
        place = _POSSESSIVE.sub("", after).lstrip()
        if prep in ("from", "to") and lex.rx("places").match(place):
            # "із саудівського міста Абха", "to a Ukrainian-held town"; "удерживали на
            # украинской территории": where they were held, not where they went
            went = prep == "from" or _gone_to(before.split()[-1] + " ", place, lex)
            return prep if went else "in"
        return _modifier_role(after, lex, people)
    if single and lex.lang != "en" and _DEMONYM[lex.lang].search(word) and word[:1].islower():
        return prep or "owner"
    if single and lex.lang == "en" and _DEMONYM["en"].search(word) and (
            _COUNTED.search(before) or _AMONG_END.search(before)):
        return "owner"  # "189 Ukrainians", "hundreds of Russians", "among the Ukrainians"
    if lex.lang != "en" and prep is None and _INSTITUTION.search(before) and _genitive(word, lex):
        return "other"  # "Минобороны России заявило ...": the country names the body
    if lex.lang != "en":
        return _slavic_role(word, prep, before, lex)
    if prep is None and rules.given.search(before):
        return "to"  # an indirect object: "gave Russia 1,212 bodies"
    if prep == "with" and _WITH_TO.match(after):
        return "subject"  # "with the Houthis to release 181": who is to do it
    return prep or "subject"


_AMONG_END = re.compile(r"(?<!\w)among\s+(?:the\s+)?$", re.IGNORECASE)
_TAKEN_TO = re.compile(r"(?<!\w)(?:taken|deported|abducted|removed|carried off)\s+to\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
# a side's region, named in the registry for the people who live there
_REGION = re.compile(r"(?:region|област\w*|щин\w*)$", re.IGNORECASE)
# "at the border with Belarus", "на границе с Беларусью", "на кордоні з Білоруссю"
_BORDER = re.compile(r"(?<!\w)(?:border|frontier|границ\w*|кордон\w*)\s+(?:with|с|со|з|із)\s+$",
                     re.IGNORECASE)
# a body a country's genitive names ("Минобороны России", "МЗС України", "Генштабу ЗСУ")
_INSTITUTION = re.compile(r"(?<![\w'’])(?:минобороны|міноборони|мид|мзс|мвд|мвс|генштаб\w*|"
                          r"министерств\w*(?:\s+\w+)?|міністерств\w*(?:\s+\w+)?|омбудсмен\w*|"
                          r"посольств\w*|правительств\w*|уряд\w*|президент\w*)\s+$",
                          re.IGNORECASE)
_ELLIPTIC = re.compile(r"[—–-]?\s*(?:\d|[«\"“]?\s*(?:більше|понад|майже|близько|более|почти|"
                       r"около|свыше)\s+\d)")
_COUNTED = re.compile(r"(?:\d|\b(?:of|more|other|another|hundred|thousand|dozen)|"
                      r"\b(?:two|three|four|five|six|seven|eight|nine|ten)\w*)\s+(?:\w+\s+)?$")


def _people_before(before: str, people: Words, lex: Lexicon) -> bool:
    """Whether a noun of people (of one to three words) ends ``before``, followed by "of" in
    English: "военнопленных ВСУ", "мирних жителів України", "prisoners of war of Ukraine"."""
    tail = _OF.sub("", before) if lex.lang == "en" else before
    if tail == before and lex.lang == "en" or tail[-1:] != " " and not tail[-1:].isspace():
        return False
    tail = tail.rstrip()
    for start in _WORD_STARTS.finditer(tail, max(0, len(tail) - 40)):
        if people.fullmatch(tail[start.start():]):
            return True
    return False


_OF = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WORD_STARTS = re.compile(r"(?<![\w'’ʼ-])\w")


def _people_word(word: str, lex: Lexicon) -> bool:
    """Whether a name is a people's in lower case in the genitive ("росіян", "украинцев"),
    not an instrumental ("хуситами")."""
    found = cases(word, lex.lang)
    return " " not in word and word[:1].islower() and "gent" in found and "ablt" not in found


def _dative(word: str, lex: Lexicon) -> bool:
    """Whether a Ukrainian or Russian name can be a dative and not an instrumental."""
    found = cases(word.split()[-1], lex.lang)
    return "datv" in found and "ablt" not in found


def _genitive(word: str, lex: Lexicon) -> bool:
    """Whether a name after a noun of people can be its genitive (whose people they are);
    English and names without cases (abbreviations) always can."""
    if lex.lang == "en":
        return True
    found = cases(word.split()[-1], lex.lang)
    return not found or "gent" in found


def _modifier_role(after: str, lex: Lexicon, people: Words | None) -> str:
    """An adjective or possessive: whose people, whose captivity, or the side itself."""
    rest = _POSSESSIVE.sub("", after).lstrip()
    rules = _rules(lex)
    if rules.captivity.match(rest):
        return "captor"
    if people is not None:
        offset = 0
        for _ in range(3):  # "Ukrainian prisoners", "Ukraine's own fallen soldiers"
            if people.match(rest, offset):
                return "owner"
            gap = re.match(r"[\w'’-]+\s+", rest[offset:])
            if gap is None:
                break
            offset += gap.end()
    if rules.side_noun.match(rest) or _ELLIPTIC.match(rest):
        return "subject"  # "російська сторона", "..., а российская — 78" (its noun understood)
    return "other"


# ("with the Houthis to release 181", "with Russia receiving 19": who does it)
_WITH_TO = re.compile(r"\s+(?:(?:to|set to|due to|expected to)\s+[a-z]|[a-z]+ing\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _prep_patterns(lex: Lexicon) -> tuple[Words, tuple[tuple[str, Words], ...]]:
    """One pattern of every preposition (most names follow none: one search says so), and
    each role's own, in the order they are tried."""
    tail = r"\s+(?:the\s+)?$" if lex.lang == "en" else r"\s+$"
    roles = (("between", lex.between), ("by", lex.by_preps), ("from", lex.from_preps),
             ("to", lex.to_preps), ("with", lex.with_preps), ("in", r"в|у|во|in|at|on"))
    every = "|".join(f"(?:{frag})" for _, frag in roles)
    return Words(rf"(?:{every}){tail}"), tuple(
        (role, Words(rf"(?:{frag}){tail}")) for role, frag in roles)


def _preposition(before: str, lex: Lexicon) -> str | None:
    any_preposition, each = _prep_patterns(lex)
    if any_preposition.search(before) is not None:
        for role, pattern in each:
            if pattern.search(before):
                return role
    if _between_and(lex).search(before):
        return "between"
    for role, listed in _list_patterns(lex):
        if listed.search(before):
            return role  # "to Aden, Mokha and Sanaa": every name of the list
    if lex.lang == "en" and _IN_PAIR.search(before):
        return "in"  # "with their families in Ukraine and Russia": both places
    return None


_IN_PAIR = re.compile(r"(?<![\w'’])in\s+(?:the\s+)?(?-i:[A-Z])[\w'’ʼ-]*\s+and\s+$")


@lru_cache(maxsize=8)
def _between_and(lex: Lexicon) -> re.Pattern[str]:
    """"between Russia and", the second name of a pair."""
    return re.compile(rf"(?<![\w'’])(?:{lex.between})\s+(?:the\s+)?(?:\S+\s+){{1,3}}"
                      r"(?:and|і|та|и)\s+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _list_patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A name further down a list of names after "to" or "from"."""
    name = r"(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’ʼ-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁ])[\w'’ʼ-]*)?"
    # "to Abha and", "to Aden, Marib, Mokha and", "to Aden, Marib, ": not "в Берне, "
    items = rf"(?:{name}\s*,\s*){{0,4}}{name}\s+(?:and|і|та|й|и)\s+|(?:{name}\s*,\s*){{2,5}}"
    return tuple(
        (role, re.compile(rf"(?<![\w'’])(?:{frag})\s+(?:the\s+)?(?:{items})$", re.IGNORECASE))
        for role, frag in (("to", lex.to_preps), ("from", lex.from_preps)))


def _slavic_role(word: str, prep: str | None, before: str, lex: Lexicon) -> str:
    """A Ukrainian or Russian name: the preposition and the case say its part.

    "з Росією" is "with" but "з Росії" is "from"; "в Україну" is "to" but "в Україні" is a
    place; a bare dative receives and a bare instrumental is a passive's agent.
    """
    found = cases(word.split()[-1], lex.lang)
    for other in word.split()[:-1]:  # ("Российской Федерации": the cases the words share)
        shared = found & cases(other, lex.lang)
        found = shared or found
    if prep in ("from", "with") and re.search(r"(?:^|\s)(?:з|із|зі|с|со)\s+$", before,
                                               re.IGNORECASE):
        return "with" if "ablt" in found and "gent" not in found else "from"
    if prep in ("in", "to") and re.search(r"(?:^|\s)(?:в|у|во|на)\s+$", before, re.IGNORECASE):
        return "to" if "accs" in found else "in"  # "в Україну" is "to", "в Україні" a place
    if prep is not None:
        return prep
    if "nomn" in found or not found:
        return "subject"
    if "datv" in found:
        return "to"
    if "ablt" in found:
        return "by"
    return "other"
