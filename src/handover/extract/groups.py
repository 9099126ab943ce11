"""All for all, group by group: an agreement that exchanges two groups of people all for all
("all seriously wounded and seriously ill prisoners, all for all, and likewise all prisoners
aged 18 to 25") makes two terms each way, one per group, not one.

>>> from handover.extract import extract_claims
>>> claims = extract_claims("Russia and Ukraine agreed to exchange all seriously wounded "
...                         "prisoners on an all-for-all basis, and likewise all prisoners "
...                         "aged 18 to 25.", lang="en")
>>> [(c.giver, c.receiver, c.count) for c in claims]  # doctest: +NORMALIZE_WHITESPACE
[('Russia', 'Ukraine', None), ('Ukraine', 'Russia', None),
 ('Russia', 'Ukraine', None), ('Ukraine', 'Russia', None)]
"""

from __future__ import annotations

import re

from handover.domain.claims import Claim
from handover.domain.vocabulary import ClaimKind
from handover.extract.categories import people_pattern
from handover.extract.patterns import Lexicon
from handover.extract.patterns.words import Words

__all__ = ["per_group"]

# what opens the second group of an agreement ("..., and likewise all prisoners aged 18 to 25",
# "..., а також усіх молодих військових", "..., а также для военных от 18 до 25 лет")
_SECOND_GROUP = Words(r"(?:and likewise|and also|as well as|and separately|"
                      # ("..., and that the same would apply to every seriously wounded ...")
                      r"(?:and\s+)?(?:that\s+)?the same (?:would|will|is to|was to) apply to|"
                      r"and|а також|а также|і окремо|и отдельно|та окремо)"
                      r"(?:\s+(?:of|for|для))?(?:\s+(?:all|every|усіх|всіх|всех))?")
_FIGURE = re.compile(r"\d")
_GROUP_WORDS = 5  # words of a group's description before its noun ("молодих військових")


def per_group(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims with an all-for-all term repeated for the second group its sentence names."""
    out: list[Claim] = []
    for claim in claims:
        out.append(claim)
        if not _all_for_all(claim):
            continue
        pair = [c for c in claims if c.start == claim.start and _all_for_all(c)]
        if len(pair) == 2 and claim is pair[-1] and _two_groups(claim.quote, lex):
            out.extend(pair)
    return out


def _all_for_all(claim: Claim) -> bool:
    return claim.count is None and claim.kind == ClaimKind.AGREED


def _two_groups(sentence: str, lex: Lexicon) -> bool:
    """Whether an agreement's sentence names a second group of people after a first, both
    "all" of them or the second opened by "and likewise", "а також", "as well as"."""
    if not lex.rx("all_for_all").search(sentence):
        return False
    people = people_pattern(lex)
    for opening in _SECOND_GROUP.finditer(sentence):
        rest = sentence[opening.end():]
        noun = people.search(rest)
        if noun is None or _FIGURE.search(rest, 0, noun.start()) or len(
                rest[:noun.start()].split()) > _GROUP_WORDS:
            continue
        # (a bare "and" only before "all": "all wounded and ill prisoners" is one group)
        if opening.group().split()[-1].lower() in _QUANTIFIERS or opening.group().split()[
                0].lower() != "and":
            return True
    return False


_QUANTIFIERS = frozenset(("all", "every", "усіх", "всіх", "всех"))
