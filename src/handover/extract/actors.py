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
from handover.extract.patterns import Lexicon

__all__ = ["PartyMention", "find_parties"]

# An adjective of nationality: English -ian/-ish/-i/-ese; Ukrainian and Russian -ськ-/-ск-.
_ADJECTIVE = {
    "en": re.compile(r"(?:ian|ean|ish|i|ese|ic)$", re.IGNORECASE),
    "uk": re.compile(r"(?:ськ|цьк|зьк)\w*$", re.IGNORECASE),
    "ru": re.compile(r"(?:ск|цк)\w*$", re.IGNORECASE),
}
_DEMONYM = {
    "en": re.compile(r"(?:ians|eans|is|ese)$", re.IGNORECASE),
    "uk": re.compile(r"(?:ець|ці|ців|цям|цями|цях|нин|ни|ян|янам|янами|янах|ка|ки|ок)$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?:ец|цы|цев|цам|цами|цах|нин|не|ян|янам|янами|янах)$", re.IGNORECASE),
}
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)")
_CONTROLLED = re.compile(r"(?:controlled by|held by|підконтрольн\w*|контрольован\w*|"
                         r"подконтрольн\w*|контролируем\w*)\s+(?:the\s+)?$", re.IGNORECASE)


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


def _alias_pattern(aliases: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    body = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’ʼ-])(?:{body})(?![\w'’ʼ-]|['’]\w{{2,}})", flags)


@lru_cache(maxsize=16)
def _matchers(registry_key: int, folded: tuple[str, ...],
              exact: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return _alias_pattern(folded, re.IGNORECASE), _alias_pattern(exact, 0)


def _registry_matchers(
    registry: PartyRegistry,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    exact = registry.case_sensitive_aliases()
    folded = tuple(sorted(a for a in registry.aliases() if a not in exact))
    return _matchers(id(registry), folded, tuple(sorted(exact)))


def find_parties(text: str, registry: PartyRegistry, lex: Lexicon,
                 people: re.Pattern[str] | None = None) -> list[PartyMention]:
    """Every party named in ``text`` (a clause or sentence), with its role, in order."""
    spans: list[tuple[int, int, str]] = []
    for pattern in _registry_matchers(registry):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            name = registry.resolve(match.group())
            if name is not None and not any(s < match.end() and match.start() < e
                                            for s, e, _ in spans):
                spans.append((match.start(), match.end(), name))
    spans.sort()
    out = []
    for start, end, name in spans:
        party = registry.get(name)
        side = party is not None and party.kind.value == "side"
        out.append(PartyMention(name, start, end, _role(text, start, end, lex, people), side))
    return out


def _role(text: str, start: int, end: int, lex: Lexicon,
          people: re.Pattern[str] | None) -> str:
    word = text[start:end]
    before = text[max(0, start - 40):start]
    after = text[end:end + 60]
    if _CONTROLLED.search(before):
        return "from"  # "territory controlled by Kyiv", "подконтрольной Киеву территории"
    if people is not None and re.search(rf"(?:{people.pattern})\s+$", before, re.IGNORECASE):
        return "owner"  # "военнопленных ВСУ", "військових України"
    prep = _preposition(before, lex)
    possessive = bool(re.search(r"['’]s?$", word)) or bool(_POSSESSIVE.match(after))
    if possessive or _ADJECTIVE[lex.lang].search(word):
        return _modifier_role(after, lex, people)
    if lex.lang != "en" and _DEMONYM[lex.lang].search(word) and word[:1].islower():
        return prep or "owner"
    if lex.lang == "en" and _DEMONYM["en"].search(word) and re.search(
            r"(?:\d|\b(?:of|more|other|another|hundred|thousand|dozen)|"
            r"\b(?:two|three|four|five|six|seven|eight|nine|ten)\w*)\s+(?:\w+\s+)?$", before):
        return "owner"  # "189 Ukrainians", "hundreds of Russians"
    if lex.lang != "en":
        return _slavic_role(word, prep, before, lex)
    if prep is None and re.search(rf"(?<![\w'’])(?:{lex.give})\s*[\"“']?$", before,
                                  re.IGNORECASE):
        return "to"  # an indirect object: "gave Russia 1,212 bodies"
    return prep or "subject"


def _modifier_role(after: str, lex: Lexicon, people: re.Pattern[str] | None) -> str:
    """An adjective or possessive: whose people, whose captivity, or the side itself."""
    rest = _POSSESSIVE.sub("", after).lstrip()
    if re.match(rf"(?:{lex.captivity})(?![\w'’])", rest, re.IGNORECASE):
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
    if re.match(rf"(?:{lex.side_nouns})(?![\w'’])", rest, re.IGNORECASE):
        return "subject"
    return "other"


@lru_cache(maxsize=8)
def _prep_patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    flags = re.IGNORECASE
    tail = r"\s+(?:the\s+)?$" if lex.lang == "en" else r"\s+$"
    return tuple(
        (role, re.compile(rf"(?<![\w'’])(?:{frag}){tail}", flags))
        for role, frag in (("between", lex.between), ("by", lex.by_preps),
                           ("from", lex.from_preps), ("to", lex.to_preps),
                           ("with", lex.with_preps), ("in", r"в|у|во|in|at|on"))
    )


def _preposition(before: str, lex: Lexicon) -> str | None:
    for role, pattern in _prep_patterns(lex):
        if pattern.search(before):
            return role
    if re.search(rf"(?<![\w'’])(?:{lex.between})\s+(?:the\s+)?\S+\s+(?:and|і|та|и)\s+$",
                 before, re.IGNORECASE):
        return "between"
    return None


def _slavic_role(word: str, prep: str | None, before: str, lex: Lexicon) -> str:
    """A Ukrainian or Russian name: the preposition and the case say its part.

    "з Росією" is "with" but "з Росії" is "from"; "в Україну" is "to" but "в Україні" is a
    place; a bare dative receives and a bare instrumental is a passive's agent.
    """
    from handover.extract.morph import cases

    found = cases(word.split()[-1], lex.lang)
    if prep in ("from", "with") and re.search(r"(?:^|\s)(?:з|із|зі|с|со)\s+$", before,
                                               re.IGNORECASE):
        return "with" if "ablt" in found and "gent" not in found else "from"
    if prep in ("in", "to") and re.search(r"(?:^|\s)(?:в|у|во|на)\s+$", before, re.IGNORECASE):
        return "to" if "accs" in found else "other"
    if prep is not None:
        return prep
    if "nomn" in found or not found:
        return "subject"
    if "datv" in found:
        return "to"
    if "ablt" in found:
        return "by"
    return "other"
