"""Kinds the whole report decides: sums of stages, totals restated in other words, the
other half of a total, and headlines that sum up what the body says.

A handover figure with no day of its own that matches a running total of the same people
and sides stated elsewhere in the report ("Україна отримала 6 057 тіл" as a total; "Росія
передала 6060 тіл" with no day) is that total as another side counts it; so is one that
fulfils a term "of more than" its figure ("вернуть более шести тысяч тел"; "в июне были
переданы 6060 тел"). The other way of a total, told with it ("..., а отримала 78"; "По его
словам, Россия получила 78"), is a total too. A headline's figure has the kind of the same
figure in the body below it ("Обмін завершено: понад 970 звільнених" above "загальна
кількість звільнених перевищила 970").

>>> from handover.domain import Category, Claim, ClaimKind, Qualifier
>>> def claim(count, kind, giver="Russia", receiver="Ukraine"):
...     return Claim(giver, receiver, Category.BODIES, count, Qualifier.EXACT, kind, None,
...                  None, None, "", 0, 0)
>>> [c.kind.value for c in totals([claim(6057, ClaimKind.CUMULATIVE),
...                                claim(6060, ClaimKind.COMPLETED),
...                                claim(78, ClaimKind.COMPLETED, "Ukraine", "Russia")],
...                               [1, 3, 3])]
['cumulative', 'cumulative', 'cumulative']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from handover.domain.claims import Claim
from handover.domain.vocabulary import Category, ClaimKind, Qualifier

__all__ = ["headlines", "per_side", "totals"]

_CLOSE = 0.02  # two counts of one total differ by at most this share
_LEAST = 1.05  # a total that fulfils "more than N" is at most this much over N
_SMALLEST = 100  # below this, equal figures are more likely stages than totals
_STAGE_SPAN_DAYS = 7  # the stages of one operation fall within this many days


def totals(claims: list[Claim], sentences: Sequence[int]) -> list[Claim]:
    """The claims with restated totals and the other halves of totals made cumulative;
    ``sentences`` gives the sentence of each claim."""
    out = [replace(c, kind=ClaimKind.CUMULATIVE) if _sums_stages(c, claims) else c
           for c in claims]
    out = [_sided(c, out) for c in out]
    out = [replace(c, kind=ClaimKind.CUMULATIVE) if _restates(c, out) else c for c in out]
    for index, claim in enumerate(out):
        if claim.kind != ClaimKind.CUMULATIVE:
            continue
        for other in range(index + 1, len(out)):
            if sentences[other] - sentences[index] > 1:
                break
            if _other_half(claim, out[other]):
                out[other] = replace(out[other], kind=ClaimKind.CUMULATIVE)
                break
    return out


def _sums_stages(claim: Claim, claims: list[Claim]) -> bool:
    """"390, 307 and 303 ... 1,000 in all three days" told apart: a handover figure that is
    the sum of the same people's handovers of two days or more told in the report is their
    total."""
    if claim.kind != ClaimKind.COMPLETED or claim.count is None or claim.count < _SMALLEST:
        return False
    days: dict[date, int] = {}
    for other in claims:
        if (other is not claim and other.kind == ClaimKind.COMPLETED and _same_people(
                other, claim) and other.event_date is not None and other.count
                and other.count < claim.count):
            days[other.event_date] = max(days.get(other.event_date, 0), other.count)
    # (days of one operation: not 175 as "150 on 5 February and 25 on 15 January")
    return (len(days) >= 2 and sum(days.values()) == claim.count
            and (max(days) - min(days)).days <= _STAGE_SPAN_DAYS)


def _sided(claim: Claim, claims: list[Claim]) -> Claim:
    """A total that names no side ("Украинская сторона называет итоговую цифру в 6057 тел")
    has the sides of the same total as another voice counts it (6060, from Russia)."""
    if (claim.kind != ClaimKind.CUMULATIVE or claim.giver is not None
            or claim.receiver is not None or claim.count is None or claim.count < _SMALLEST):
        return claim
    for other in claims:
        if (other.giver is not None and other.receiver is not None and other.count is not None
                and other.category == claim.category
                and abs(other.count - claim.count) <= _CLOSE * claim.count):
            return replace(claim, giver=other.giver, receiver=other.receiver)
    return claim


def _restates(claim: Claim, claims: list[Claim]) -> bool:
    """Whether a completed figure with no day is a total stated elsewhere (see module)."""
    if (claim.kind != ClaimKind.COMPLETED or claim.event_date is not None
            or claim.count is None or claim.count < _SMALLEST):
        return False
    for total in claims:
        if total is claim or total.count is None or not _same_people(claim, total):
            continue
        if total.kind == ClaimKind.CUMULATIVE and abs(claim.count - total.count) <= (
                _CLOSE * total.count):
            return True
        if (total.kind == ClaimKind.AGREED and total.qualifier == Qualifier.AT_LEAST
                and total.count <= claim.count <= total.count * _LEAST):
            return True
    return False


def _same_people(a: Claim, b: Claim) -> bool:
    return a.category == b.category and (a.giver, a.receiver) == (b.giver, b.receiver) and (
        a.giver is not None)


def _other_half(total: Claim, claim: Claim) -> bool:
    """The other way of a total, told with it: of the same people, undated, completed (not a
    claim of none: "not a single body" denies a handover, it sums none)."""
    return (claim.kind == ClaimKind.COMPLETED and claim.event_date is None and claim.count != 0
            and claim.category == total.category and total.giver is not None
            and (claim.giver, claim.receiver) == (total.receiver, total.giver))


def headlines(claims: list[Claim], sentences: Sequence[int]) -> list[Claim]:
    """Headline claims (the first sentence) read as done for want of a cue, with the kind of
    the same figure of the same people below them; a headline's term without a figure
    ("обмен «всех на всех»") left to the body that states it."""
    out: list[Claim | None] = list(claims)
    for index, claim in enumerate(claims):
        if sentences[index] == 0 and claim.count is None and any(
                s > 0 and c.count is None and _same(c, claim)
                for c, s in zip(claims, sentences, strict=True)):
            out[index] = None  # a term without a figure is the body's, once, not the headline's
            continue
        if sentences[index] != 0 or claim.count is None or claim.kind != ClaimKind.COMPLETED:
            continue  # (a headline's own cue decides: "Обмен «тысяча на тысячу» завершён")
        # (a formula's halves, both ways at once, take the kind of a formula below)
        pair = _paired(claims, sentences, index)
        body = next((c for i, (c, s) in enumerate(zip(claims, sentences, strict=True))
                     if s > 0 and c.count == claim.count and c.category == claim.category
                     and (c.giver, c.receiver) == (claim.giver, claim.receiver)
                     and _paired(claims, sentences, i) == pair), None)
        if body is not None and body.kind != claim.kind:
            out[index] = replace(claim, kind=body.kind, event_date=None)
    return _several(claims, sentences, [c for c in out if c is not None])


def _several(claims: list[Claim], sentences: Sequence[int], out: list[Claim]) -> list[Claim]:
    """"Первый этап: 390 на 390" over "... 270 военнослужащих и 120 гражданских ... по 390
    человек": a headline's figure counts the several kinds its body finds in it."""
    mixed = {(c.count, c.giver, c.receiver) for c, s in zip(claims, sentences, strict=True)
             if s > 0 and c.category == Category.MIXED}
    heads = {id(c) for c, s in zip(claims, sentences, strict=True) if s == 0}
    return [replace(c, category=Category.MIXED)
            if id(c) in heads and c.category in (Category.POW, Category.DETAINEE)
            and (c.count, c.giver, c.receiver) in mixed else c for c in out]


def _same(a: Claim, b: Claim) -> bool:
    return a.category == b.category and (a.giver, a.receiver) == (b.giver, b.receiver)


def _paired(claims: list[Claim], sentences: Sequence[int], index: int) -> bool:
    """Whether the sentence of a claim has the same figure the other way too."""
    claim = claims[index]
    return any(sentences[i] == sentences[index] and c.count == claim.count
               and (c.giver, c.receiver) == (claim.receiver, claim.giver)
               for i, c in enumerate(claims) if i != index)


def per_side(claims: list[Claim]) -> list[Claim]:
    """"Стороны обменялись 205 военнопленными" is left open (per side or in all) unless the
    report says elsewhere that each side handed over as many: then it is one claim each
    way."""
    out: list[Claim] = []
    for claim in claims:
        if "count_ambiguous" not in claim.flags or claim.giver is not None:
            out.append(claim)
            continue
        ways = [(c.giver, c.receiver) for c in claims if c.count == claim.count
                and c.category == claim.category and c.giver is not None and c.receiver]
        pair = [w for w in ways if (w[1], w[0]) in ways]
        if not pair:
            out.append(claim)
            continue
        flags = tuple(f for f in claim.flags if f != "count_ambiguous")
        out.extend(replace(claim, giver=g, receiver=r, flags=flags)
                   for g, r in dict.fromkeys(pair[:2]))
    return out
