"""What the whole report decides of its claims once every sentence is read: sides from the
same figure restated below, kinds split over sentences, two figures of one sentence that go
opposite ways, and claims without a figure for groups counted nowhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from handover.domain.claims import Claim
from handover.domain.vocabulary import Category, ClaimKind
from handover.extract.scene import Direction

__all__ = ["both_ways", "echoed", "fullest", "mixed_by_parts", "once_per_term",
           "paired", "regrouped", "told_with_sides", "with_unnumbered"]

_ECHO = 3  # sentences after a claim with no side in which its figure may be restated
_SUMMED = 8  # claims back whose figures a sum "in all" may add up


def with_unnumbered(claims: list[Claim], pending: list[Claim]) -> list[Claim]:
    """The claims with those asserted without a figure, for groups the report counts
    nowhere, once per group, side to side and day, in text order."""
    counted = {_group(c) for c in claims if c.count is not None}
    termed = {_group(c) for c in claims if c.kind == ClaimKind.AGREED}  # ("all for all")
    seen: set[tuple[object, ...]] = set()
    extra = []
    for claim in pending:
        key = (*_group(claim), claim.event_date)
        known = counted | termed if claim.kind == ClaimKind.AGREED else counted
        if _group(claim) not in known and key not in seen:
            seen.add(key)
            extra.append(claim)
    return sorted([*claims, *extra], key=lambda c: c.start) if extra else claims

def once_per_term(claims: list[Claim]) -> list[Claim]:
    """The claims without a term a sentence restates: "they settled on six thousand for six
    thousand: each side would return the bodies of 6,000" names one term per direction, not
    two (a term is one promise however often one sentence words it)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for claim in claims:
        key = (claim.start, claim.count, claim.giver, claim.receiver, claim.category)
        if claim.kind == ClaimKind.AGREED and key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept if len(kept) < len(claims) else claims


# Kinds of people with a status: parts of two of them make their sum one of several kinds
_STATUSES = frozenset((Category.POW, Category.CIVILIAN, Category.BODIES, Category.HOSTAGE))


def mixed_by_parts(claims: list[Claim]) -> list[Claim]:
    """A figure that the figures of one sentence, of two kinds or more going one way, add up
    to counts people of several kinds, wherever the report gives it ("Russia, Ukraine each
    free 390" above "270 servicemen and 120 civilians had come back"), when it goes their
    way or names no side (the 84 Russians who went the other way stay prisoners of war)."""
    if len({c.category for c in claims} & _STATUSES) < 2:
        return claims  # (no sentence splits a figure into kinds)
    sums: set[tuple[int, str | None, str | None]] = set()
    groups: dict[tuple[int, str | None, str | None], list[Claim]] = {}
    for claim in claims:
        if claim.count and claim.kind != ClaimKind.AGREED:
            groups.setdefault((claim.start, claim.giver, claim.receiver), []).append(claim)
    for group in groups.values():
        parts = [c for c in group if c.category in _STATUSES]
        # (a sentence that already has a whole of several kinds has nested parts: "1000
        # людей: 390 — 270 військових і 120 цивільних, 307 ... і 303")
        if len({c.category for c in parts}) < 2 or any(
                c.category == Category.MIXED for c in group):
            continue
        # the parts in a row of two kinds or more, the sentence's others besides ("307 на
        # 307, в пятницу — 390 на 390 (270 военных и 120 гражданских)")
        for first in range(len(parts)):
            for last in range(first + 2, len(parts) + 1):
                run = parts[first:last]
                if len({c.category for c in run}) >= 2:
                    total = sum(c.count or 0 for c in run)
                    sums.update({(total, run[0].giver, run[0].receiver), (total, None, None)})
    if not sums:
        return claims
    return [replace(c, category=Category.MIXED) if (c.count, c.giver, c.receiver) in sums
            and c.kind != ClaimKind.AGREED and c.category != Category.BODIES else c
            for c in claims]


def paired(claims: list[Claim], sentences: Sequence[int],
       held: Callable[[Category, Direction], Category]) -> list[Claim]:
    """Sentences of two figures, one with no side: it goes the other way (`_paired`),
    its people held as the giver holds them ("чотири військовослужбовиці в обмін на
    200 палестинців": the four were Hamas's hostages)."""
    out = list(claims)
    for index in range(len(out) - 1):
        if sentences[index] != sentences[index + 1] or sentences.count(sentences[index]) != 2:
            continue
        pair = _paired(out[index:index + 2])
        out[index:index + 2] = [replace(c, category=held(c.category, Direction(
            c.giver, c.receiver))) for c in pair]
    return out

def regrouped(claims: list[Claim], sentences: Sequence[int],
          mixed: set[tuple[int, int | None]]) -> list[Claim]:
    """Figures that the next sentence splits into several kinds ("... 230 человек. По
    словам Зеленского, среди них ... шесть гражданских") count people of several kinds."""
    if not mixed:
        return claims
    return [replace(c, category=Category.MIXED) if (s, c.count) in mixed else c
            for c, s in zip(claims, sentences, strict=True)]

def echoed(claims: list[Claim], origins: Sequence[tuple[int, bool]]) -> list[Claim]:
    """A claim that names no side (a headline: "Twelve hundred more: second repatriation
    reaches Ukraine", "Мединський заявив про передачу ще тисячі тіл") takes the sides of
    the same figure of the same people stated in the sentences that follow; a figure
    with no noun or act of its own takes its kind as well."""
    out = list(claims)
    for index, claim in enumerate(claims):
        sentence, bare = origins[index]
        sided = claim.giver is not None or claim.receiver is not None
        if sided and not bare or "count_ambiguous" in claim.flags:
            continue  # (a figure left open per side or in all: see totals.per_side)
        later = next((c for c, (s, _) in zip(claims, origins, strict=True)
                      if sentence < s <= sentence + _ECHO and c.count == claim.count
                      and c.category == claim.category), None)
        if later is None:
            continue
        if not sided and later.giver is not None:
            claim = replace(claim, giver=later.giver, receiver=later.receiver)
        out[index] = replace(claim, kind=later.kind) if bare else claim
    return out


_ONE_ACT = (ClaimKind.COMPLETED, ClaimKind.AGREED)  # (a total over time sums no pair)


def both_ways(claims: list[Claim]) -> list[Claim]:
    """"90 вернулись ... Взамен передали девяносто ... всего в этот раз на свободу вышли 180":
    a handover "in all" whose figure adds up one each way told before is both ways at once
    (no giver, no receiver); so is one that the figures after it in its sentence split into
    one each way ("the release of 206 prisoners of war, 103 from each side")."""
    from handover.extract.kinds import sums

    out = list(claims)
    ways = {(c.quote, c.count, c.giver, c.receiver) for c in claims}
    for index, claim in enumerate(claims):
        if (claim.kind not in _ONE_ACT or claim.count is None or claim.giver is None
                or (claim.quote, claim.count, claim.receiver, claim.giver) in ways):
            continue  # (not "всего каждая сторона освободила по 390": as many each way)
        before = [c for c in claims[max(0, index - _SUMMED):index]
                  if c.count is not None and c.giver is not None and c.quote != claim.quote]
        after = [c for c in claims[index + 1:index + 3] if c.quote == claim.quote
                 and c.giver is not None and c.count is not None]
        if _adds_up(claim, after) or _adds_up(claim, before) and sums(claim.quote):
            out[index] = replace(claim, giver=None, receiver=None)
    return _headline_both(out, claims)


def _headline_both(out: list[Claim], claims: list[Claim]) -> list[Claim]:
    """A headline's figure (the first line, with no full stop) that the body finds going both
    ways at once does too ("Gulf mediation brings 206 prisoners home" over "the release of
    206 prisoners of war, 103 from each side")."""
    both = {(c.count, c.category) for c, o in zip(out, claims, strict=True)
            if c.giver is None and o.giver is not None}
    head = claims[0].quote if claims else ""
    if not both or head.rstrip().endswith((".", "!", "?", "»", '"')):
        return out
    return [replace(c, giver=None, receiver=None)
            if c.quote == head and (c.count, c.category) in both
            and not any(o.quote == head and o.count == c.count and o is not c for o in out)
            else c for c in out]


def _adds_up(total: Claim, parts: list[Claim]) -> bool:
    """Whether two of ``parts``, going opposite ways, add up to ``total``'s figure."""
    return any(a.count is not None and b.count is not None and a.count + b.count == total.count
               and (a.giver, a.receiver) == (b.receiver, b.giver)
               for i, a in enumerate(parts) for b in parts[i + 1:])


def told_with_sides(claims: list[Claim]) -> list[Claim]:
    """"4 і 3 — стільки дітей ...: четверо повернулися в Україну, троє — до Росії": a figure
    that names no side, told again in its sentence with its side, is that claim once."""
    sided = {(c.quote, c.count, c.category, c.kind) for c in claims
             if c.giver is not None or c.receiver is not None}
    return [c for c in claims if c.giver is not None or c.receiver is not None
            or c.count is None or (c.quote, c.count, c.category, c.kind) not in sided]


def fullest(claims: list[Claim]) -> list[Claim]:
    """"Medinsky said" after "Vladimir Medinsky": a voice named by one word takes the fullest
    form of the name the report gives it (the longest voice that ends with that word)."""
    names = {c.speaker for c in claims if c.speaker and " " in c.speaker}
    out = []
    for claim in claims:
        speaker = claim.speaker
        if speaker and " " not in speaker and speaker[:1].isupper():
            longer = [n for n in names if n.split()[-1] == speaker and n.split()[0][:1].isupper()]
            if longer:
                claim = replace(claim, speaker=max(longer, key=len))
        out.append(claim)
    return out


def _paired(claims: list[Claim]) -> list[Claim]:
    """"4 servicewomen in exchange for 200 Palestinians", "put the total at 6,060 and said
    Russia had received 78": of two figures of a sentence, one that names no side goes the
    other way from the one that does."""
    if len(claims) != 2:
        return claims
    first, second = claims
    for lost, known in ((first, second), (second, first)):
        # (not a running total after a handover: "four children ..., bringing to 107")
        if (lost.giver, lost.receiver) == (None, None) and None not in (
                known.giver, known.receiver) and not (
                lost.kind == ClaimKind.CUMULATIVE and known.kind == ClaimKind.COMPLETED):
            found = replace(lost, giver=known.receiver, receiver=known.giver)
            return [found, second] if lost is first else [first, found]
    return claims


def _group(claim: Claim) -> tuple[object, ...]:
    """The people a claim is about, from whom to whom (the people's own side handing them
    over is another group than the other side's people)."""
    return (claim.category, claim.giver, claim.receiver, "direction_conflict" in claim.flags)
