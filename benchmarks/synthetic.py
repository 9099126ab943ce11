"""Synthetic ledgers for benchmarks: handovers between four pairs of parties, told by 20 voices.

Each handover has a true count; each claim about it comes from a voice of one of the two
sides, a neutral intermediary, a news outlet or an unnamed source, and mostly repeats the true
count. Some claims are undated (only a statement date), some disagree, some are flagged with a
garbled direction, some are rejected or corrected, and a few are announcements, running
totals or agreed terms. Everything is deterministic for a given seed.

    from synthetic import generate
    ledger = generate(handovers=50_000, claims=1_000_000)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from handover.domain import (
    Agreement,
    Category,
    Claim,
    ClaimKind,
    ClaimRecord,
    Qualifier,
    ReviewState,
    Source,
    SourceKind,
    Term,
)
from handover.reconcile import ClaimView

__all__ = ["SyntheticLedger", "generate", "one_more_report"]

PAIRS = (("Russia", "Ukraine"), ("Israel", "Hamas"), ("Armenia", "Azerbaijan"),
         ("Yemen", "Houthis"))
START = date(2014, 1, 1)
DAYS = 4_200
_CATEGORIES = {"prisoners": (Category.POW, Category.CIVILIAN, Category.MIXED),
               "bodies": (Category.BODIES,), "hostages": (Category.HOSTAGE,)}
_CLASSES = tuple(_CATEGORIES)


@dataclass(frozen=True)
class SyntheticLedger:
    """Claims, agreements, and the number of handovers they describe."""

    claims: list[ClaimView]
    agreements: list[Agreement]
    handovers: int


def voices() -> dict[str, list[Source]]:
    """Twenty voices: an official and an official body per party, and four neutral ones."""
    found: dict[str, list[Source]] = {"neutral": [
        Source("International Committee of the Red Cross", SourceKind.OFFICIAL_BODY, "ICRC"),
        Source("Reuters", SourceKind.NEWS_OUTLET),
        Source("Associated Press", SourceKind.NEWS_OUTLET),
        Source("Interfax, unnamed source", SourceKind.UNNAMED, relayed_by="Interfax")]}
    for pair in PAIRS:
        for party in pair:
            found[party] = [Source(f"{party} official", SourceKind.OFFICIAL, party),
                            Source(f"{party} coordination body", SourceKind.OFFICIAL_BODY, party)]
    return found


class _Maker:
    """Builds claims one handover at a time, sharing dates and sources to save memory."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.voices = voices()
        self.days = [START + timedelta(days=i) for i in range(DAYS + 40)]
        self.next_id = 1
        self.next_report = 1
        self.claims: list[ClaimView] = []

    def view(self, claim: Claim, source: Source, published: date, *, report: int,
             review: ReviewState = ReviewState.UNREVIEWED,
             supersedes: int | None = None) -> ClaimView:
        record = ClaimRecord(self.next_id, claim, report, None, review, supersedes)
        self.next_id += 1
        view = ClaimView(record, source, published)
        self.claims.append(view)
        return view

    def handover(self, pair: tuple[str, str], klass: str, day: int, per_handover: int) -> None:
        rnd = self.rnd
        giver, receiver = pair if rnd.random() < 0.5 else (pair[1], pair[0])
        category = rnd.choice(_CATEGORIES[klass])
        true = rnd.randint(1, 1500)
        pool = [*self.voices[giver], *self.voices[receiver], *self.voices["neutral"]]
        report = self.next_report
        self.next_report += 1
        for _ in range(per_handover):
            self.claim(giver, receiver, category, true, day, rnd.choice(pool), report)

    def claim(self, giver: str, receiver: str, category: Category, true: int, day: int,
              source: Source, report: int) -> None:
        rnd, days = self.rnd, self.days
        count = true if rnd.random() < 0.9 else max(0, true + rnd.randint(-50, 50))
        kind = _kind(rnd.random())
        flags = ("direction_conflict",) if rnd.random() < 0.01 else ()
        if flags:
            giver, receiver = receiver, giver
        said = day - 3 if kind is ClaimKind.ANNOUNCED else day + rnd.randint(0, 2)
        stated = days[said]
        if kind is ClaimKind.CUMULATIVE:
            count *= 20
        qualifier = Qualifier.EXACT if rnd.random() < 0.95 else Qualifier.ABOUT
        when = days[day] if rnd.random() < 0.9 else None
        claim = Claim(giver, receiver, category, count, qualifier, kind, when, stated,
                      source.name, "", 0, 0, flags)
        review = ReviewState.REJECTED if rnd.random() < 0.01 else ReviewState.UNREVIEWED
        view = self.view(claim, source, stated, report=report, review=review)
        if rnd.random() < 0.005:
            later = days[said + 1]
            fixed = Claim(giver, receiver, category, true, Qualifier.EXACT, kind, when, later,
                          source.name, "", 0, 0, ())
            self.view(fixed, source, later, report=report, supersedes=view.record.id)


def _kind(roll: float) -> ClaimKind:
    if roll < 0.02:
        return ClaimKind.ANNOUNCED
    if roll < 0.03:
        return ClaimKind.CUMULATIVE
    return ClaimKind.AGREED if roll < 0.035 else ClaimKind.COMPLETED


def _agreements(rnd: random.Random, count: int) -> list[Agreement]:
    found = []
    for index in range(count):
        first, second = PAIRS[index % len(PAIRS)]
        when = START + timedelta(days=rnd.randint(0, DAYS))
        klass = rnd.choice(_CLASSES)
        category = _CATEGORIES[klass][-1]
        size = rnd.randint(50, 5000)
        found.append(Agreement(name=f"Synthetic agreement {index}", date=when,
                               parties=(first, second), id=index + 1,
                               terms=(Term(category, first, second, size),
                                      Term(category, second, first, size))))
    return found


def generate(handovers: int = 50_000, claims: int = 1_000_000, seed: int = 7,
             agreements: int = 200) -> SyntheticLedger:
    """A ledger of about ``claims`` claims describing ``handovers`` handovers."""
    maker = _Maker(seed)
    per_handover = max(1, round(claims / handovers))
    lanes = [(pair, klass) for pair in PAIRS for klass in _CLASSES]
    free_days = {lane: maker.rnd.sample(range(3, DAYS), k=DAYS - 3) for lane in lanes}
    for number in range(handovers):
        lane = lanes[number % len(lanes)]
        day = free_days[lane].pop()
        maker.handover(lane[0], lane[1], day, per_handover)
    return SyntheticLedger(maker.claims, _agreements(maker.rnd, agreements), handovers)


def one_more_report(ledger: SyntheticLedger, size: int = 6, seed: int = 11) -> list[ClaimView]:
    """A new report's claims about an existing handover, plus a brand-new handover."""
    rnd = random.Random(seed)
    base = rnd.choice([v for v in ledger.claims if v.claim.event_date is not None
                       and v.claim.kind is ClaimKind.COMPLETED])
    next_id = max(v.id for v in ledger.claims) + 1
    report = max(v.record.report_id or 0 for v in ledger.claims) + 1
    source = Source("A new outlet", SourceKind.NEWS_OUTLET)
    found = []
    for offset in range(size):
        claim = base.claim
        if offset == size - 1:
            claim = Claim(claim.giver, claim.receiver, claim.category, 42, kind=claim.kind,
                          event_date=date(2025, 12, 31), statement_date=date(2025, 12, 31))
        record = ClaimRecord(next_id + offset, claim, report, None)
        found.append(ClaimView(record, source, claim.statement_date or base.published))
    return found
