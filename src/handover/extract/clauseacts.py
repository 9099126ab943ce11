"""Which word of a clause is the act a figure belongs to: a verb of handing over, getting,
returning, exchanging, coming back, carrying or reunion, or (in Ukrainian and Russian) a
noun of one, not "in return", not a compound noun ("release operation") and not an act that
only dates the clause ("після обміну 19 березня").
"""

from __future__ import annotations

import re
from functools import lru_cache

from handover.extract.morph import lemmas
from handover.extract.patterns import ACT_KINDS, Lexicon
from handover.extract.patterns.words import Found
from handover.extract.scene import Scene

__all__ = ["next_predicate", "noun_acts", "verb_of"]

# "and had received 78": a second predicate of the same subject, joined by "and"
_AND_PREDICATE = re.compile(r"\s(?:and|і|й|та|и|а)\s+(?:(?:has|have|had|was|were|then|later|"
                            r"also|також|також|затем|потім|потом)\s+)*", re.IGNORECASE)


def next_predicate(body: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a second act joined by "and" after the figure at ``body[start:end]``, the
    object of an act before it, begins ("Russia had transferred 6,060 bodies and had
    received 78 from the Ukrainian side"), or a gerund's act ("..., передав Украине"); the
    sides named past it are that act's, not the figure's. ``len(body)`` when there is none,
    or when the figure is the subject of both ("three women were handed to the Red Cross
    and brought back to Israel")."""
    first, joins = _predicates(body, lex)
    following = next((j for j in joins if j >= end), None)
    if following is None or first is None or first >= start:
        return len(body)
    return following


@lru_cache(maxsize=1024)
def _predicates(body: str, lex: Lexicon) -> tuple[int | None, tuple[int, ...]]:
    """Where the first act verb of a clause stands, and where each act joined to one before
    it by "and" or a gerund after a comma begins (read once per clause, not per figure)."""
    verbs = lex.rx("verbs")
    first = verbs.search(body)
    if first is None:
        return None, ()
    joins = [j.start() for j in _AND_PREDICATE.finditer(body, first.end())
             if verbs.match(body, j.end()) is not None]
    for comma in _COMMA.finditer(body, first.end()):
        verb = verbs.match(body, comma.end())
        if verb is not None and _gerund(verb.group(), lex.lang):
            joins.append(comma.start())  # "Россия вернула 146 военнослужащих, передав ..."
    return first.start(), tuple(sorted(joins))


_COMMA = re.compile(r",\s+")


def _gerund(word: str, lang: str) -> bool:
    """An adverbial participle, the act of the same subject ("передав", "handing over"), not
    a participle that describes the people ("handed over by", "переданных")."""
    if lang == "en":
        return word.lower().endswith("ing") or " " in word and word.split()[0].endswith("ing")
    return any(pos == "GRND" for _, pos in lemmas(word.split()[0], lang))


def verb_of(scene: Scene, lex: Lexicon) -> tuple[str, int] | None:
    """The act verb of the clause (give, get, ret, exchange, arrive): the first after its
    subject, else the first; "in return" and "in exchange" are not verbs."""
    spans = [(m.start(), m.end(), kind) for kind in ACT_KINDS
             for m in lex.rx(kind).finditer(scene.text) if _acts(scene.text, m, lex)]
    # "вдалося повернути" is one act (get), not a "повернути" of its own
    found = [(s, k) for s, e, k in spans
             if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]
    if not found and scene.verb_hint:
        return scene.verb_hint, scene.number_at
    if not found and lex.lang != "en":
        # "сообщила о получении": a noun of the act, its subject in the nominative (English
        # "Yemen release operation" has no case to tell a subject from a modifier)
        found = noun_acts(scene.text, lex)
    if not found and any(m.role == "subject" and m.side and 0 <= scene.number_at - m.end <= 4
                         for m in scene.parties):
        return "give", scene.number_at  # a headline: "Ізраїль — 200 в'язнів"
    if not found:
        return None
    # At one word, the most specific reading wins: "вернулись" is arrive before return.
    found.sort(key=lambda f: (f[0], -ACT_KINDS.index(f[1])))
    own = [f for f in found if f[0] > scene.number_at
           and _OWN_ACT.fullmatch(scene.text, scene.number_at, f[0])
           and not _people_next(scene.text, f[0], lex)]  # (not "869 released detainees")
    if own:
        return own[0][1], own[0][0]  # "... and 19 received": the figure's own act, right after
    before = [f for f in found if f[0] < scene.number_at]
    if before:
        start = before[-1][0]
        start, kind = next(f for f in found if f[0] == start)
    else:
        start, kind = found[0]
        if _SAID_AFTER.search(scene.text, scene.number_at, start):
            return None  # "put the total at 6,060 and said Russia had received 78"
    return kind, start


# "після обміну 19 березня": an act that dates the clause is not the figure's act
_AFTER_ACT = re.compile(r"(?:^|\s)(?:after|following|після|после)\s+(?:the\s+)?$",
                        re.IGNORECASE)


_IN_BEFORE = re.compile(r"(?:^|\s)(?:in|в|у)\s+$")


def _acts(text: str, match: Found, lex: Lexicon) -> bool:
    """Whether a word of an act is the clause's act: not "in return", not a compound
    ("release operation"), not an act that dates the clause ("після обміну")."""
    return not (_IN_BEFORE.search(text[:match.start()][-4:])
                or lex.lang == "en" and _COMPOUND.match(text, match.end())
                or _AFTER_ACT.search(text, max(0, match.start() - 16), match.start()))


_OWN_ACT = re.compile(r"[\d\s,.\u00a0]*(?:(?:were|was|had|have|has|been|are|is)\s+){0,2}",
                      re.IGNORECASE)
# A conjunct of its own after the figure: "... and said (that) ...", "..., а заявил".
_SAID_AFTER = re.compile(r"(?<!\w)(?:and|а|і|и|та)\s+(?:[\w'’]+\s+)?(?:said|says|added|told|"
                         r"claimed|заяви\w*|сказа\w*|добави\w*|дода\w*|повідоми\w*|сообщи\w*)",
                         re.IGNORECASE)


def _people_next(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a noun of people follows the word at ``at`` (which is then its adjective)."""
    from handover.extract.categories import people_pattern

    word = re.match(r"[\w'’-]+\s+", text[at:])
    return word is not None and people_pattern(lex).match(text, at + word.end()) is not None


def noun_acts(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """The nouns of acts in ``text`` with the verb kind each stands for."""
    return sorted((m.start(), kind) for fragment, kind in lex.noun_acts
                  for m in _noun_pattern(fragment).finditer(text))


@lru_cache(maxsize=64)
def _noun_pattern(fragment: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{fragment})(?![\w'’])", re.IGNORECASE)


# "Yemen release operation", "swap deal": the word of an act as the first of two nouns
_COMPOUND = re.compile(r"\s+(?:operations?|deals?|talks|process|programmes?|programs?|"
                       r"agreements?|mechanism|lists?|stages?|phases?|rounds?|flights?|points?|"
                       r"areas?|sites?|formula|efforts?|negotiations?|plans?|commission)\b",
                       re.IGNORECASE)
