"""Example ledgers modelled on public reporting, for documentation, demos and tests.

- The June 2025 repatriation of remains after the Istanbul talks of 2 June ("6,000 for 6,000"):
  1,212 bodies on 11 June, 1,200 on 13 June (the seed report), then 1,200, 1,200 and 1,245, a
  running total of 6,057, Medinsky's 27 bodies returned the other way against an unnamed
  source's "none", and Medinsky's 1,212 with its direction garbled in the text.
- The May 2025 "1,000 for 1,000" exchange: 390 (270 servicemen and 120 civilians) on 23 May,
  307 on 24 May, 303 on 25 May, each way, announced beforehand.
- The exchange of 30 December 2024, "150 for 150" by the Russian side's count and 189 returned
  by the Ukrainian side's.

Quotes are the project's own paraphrases; the people named are public officials speaking.
"""

from __future__ import annotations

from datetime import date

from handover.domain import (
    Agreement,
    Category,
    Claim,
    ClaimKind,
    ClaimRecord,
    Qualifier,
    ReviewState,
    Term,
    source_for_speaker,
)
from handover.reconcile.views import ClaimView

__all__ = ["december_2024_swap", "example_agreements", "example_claims",
           "june_2025_agreement", "june_2025_repatriation", "make_view", "may_2025_agreement",
           "may_2025_exchange"]

KSHPW = "Coordination Headquarters for the Treatment of Prisoners of War"
MEDINSKY = "Vladimir Medinsky"
INTERFAX = "Interfax, citing an unnamed source"
ZELENSKY = "Volodymyr Zelensky"
RUSSIAN_MOD = "Russian Ministry of Defence"
RU, UA = "Russia", "Ukraine"


def make_view(claim_id: int, report_id: int | None, speaker: str, published: date | None,
              giver: str | None, receiver: str | None, category: Category, count: int | None, *,
              kind: ClaimKind = ClaimKind.COMPLETED, when: date | None = None,
              stated: date | None = None, flags: tuple[str, ...] = (), quote: str = "",
              qualifier: Qualifier = Qualifier.EXACT, review: ReviewState = ReviewState.UNREVIEWED,
              supersedes: int | None = None) -> ClaimView:
    """A claim view from its fields, the voice found from the speaker as the ledger does."""
    claim = Claim(giver=giver, receiver=receiver, category=category, count=count,
                  qualifier=qualifier, kind=kind, event_date=when, statement_date=stated,
                  speaker=speaker, quote=quote, flags=flags)
    record = ClaimRecord(id=claim_id, claim=claim, report_id=report_id, source_id=None,
                         review=review, supersedes=supersedes)
    return ClaimView(record=record, source=source_for_speaker(speaker), published=published)


def june_2025_repatriation() -> list[ClaimView]:
    """Claims about the June 2025 repatriation of remains (ids 101 to 116)."""
    b = Category.BODIES
    seed, d = 1, date(2025, 6, 14)
    return [
        make_view(101, seed, INTERFAX, d, RU, UA, b, 1200, when=date(2025, 6, 13),
                  quote="A source told Interfax that 1,200 bodies went to Ukraine on 13 June."),
        make_view(102, seed, INTERFAX, d, UA, RU, b, 0, stated=date(2025, 6, 13),
                  quote="The same source said Ukraine had given back no bodies at all."),
        make_view(103, seed, MEDINSKY, d, UA, RU, b, 1212, stated=date(2025, 6, 11),
                  flags=("direction_conflict",),
                  quote="Medinsky said Ukraine handed 1,212 bodies of its own soldiers to Russia."),
        make_view(104, seed, MEDINSKY, d, UA, RU, b, 27, stated=date(2025, 6, 11),
                  quote="Medinsky said Ukraine had returned 27 bodies of Russian soldiers."),
        make_view(105, seed, KSHPW, d, RU, UA, b, None, when=date(2025, 6, 13),
                  quote="The Coordination Headquarters confirmed the transfer."),
        make_view(106, seed, "Seed report", d, RU, UA, b, 6000, kind=ClaimKind.AGREED,
                  when=date(2025, 6, 2), quote="The sides agreed on 6,000 for 6,000."),
        make_view(107, seed, "Seed report", d, UA, RU, b, 6000, kind=ClaimKind.AGREED,
                  when=date(2025, 6, 2), quote="The sides agreed on 6,000 for 6,000."),
        make_view(108, 2, KSHPW, date(2025, 6, 11), RU, UA, b, 1212, when=date(2025, 6, 11),
                  quote="1,212 bodies were returned to Ukraine today."),
        make_view(109, 3, KSHPW, date(2025, 6, 13), RU, UA, b, 1200, when=date(2025, 6, 13),
                  quote="Another 1,200 bodies were returned to Ukraine today."),
        make_view(110, 4, KSHPW, date(2025, 6, 14), RU, UA, b, 1200, when=date(2025, 6, 14),
                  quote="A further 1,200 bodies came home today."),
        make_view(111, 5, KSHPW, date(2025, 6, 16), RU, UA, b, 1200, when=date(2025, 6, 16),
                  quote="1,200 more bodies were repatriated today."),
        make_view(112, 6, KSHPW, date(2025, 6, 19), RU, UA, b, 1245, when=date(2025, 6, 19),
                  quote="1,245 bodies were repatriated today."),
        make_view(113, 7, KSHPW, date(2025, 6, 20), RU, UA, b, 6057, kind=ClaimKind.CUMULATIVE,
                  stated=date(2025, 6, 20), quote="In all, 6,057 bodies have come home in June."),
    ]


def june_2025_agreement() -> Agreement:
    """The bodies terms of the Istanbul talks of 2 June 2025."""
    return Agreement(name="Istanbul talks, 2 June 2025", date=date(2025, 6, 2), venue="Istanbul",
                     parties=(RU, UA), mediators=("Turkey",), id=1,
                     terms=(Term(Category.BODIES, RU, UA, 6000),
                            Term(Category.BODIES, UA, RU, 6000)))


def may_2025_exchange() -> list[ClaimView]:
    """Claims about the "1,000 for 1,000" exchange of 23 to 25 May 2025 (ids 201 to 213)."""
    m, p, c = Category.MIXED, Category.POW, Category.CIVILIAN
    d23, d24, d25 = date(2025, 5, 23), date(2025, 5, 24), date(2025, 5, 25)
    return [
        make_view(201, 11, ZELENSKY, date(2025, 5, 22), RU, UA, m, 1000, kind=ClaimKind.ANNOUNCED,
                  stated=date(2025, 5, 22), quote="Zelensky said 1,000 would come home soon."),
        make_view(202, 12, ZELENSKY, d23, RU, UA, m, 390, when=d23,
                  quote="390 Ukrainians came home today: 270 soldiers and 120 civilians."),
        make_view(203, 12, ZELENSKY, d23, RU, UA, p, 270, when=d23, quote="270 soldiers"),
        make_view(204, 12, ZELENSKY, d23, RU, UA, c, 120, when=d23, quote="120 civilians"),
        make_view(205, 13, RUSSIAN_MOD, d23, UA, RU, m, 390, when=d23,
                  quote="390 Russians, 270 servicemen and 120 civilians, were returned."),
        make_view(206, 13, RUSSIAN_MOD, d23, RU, UA, m, 390, when=d23,
                  quote="In return 390 Ukrainians were handed over."),
        make_view(207, 14, KSHPW, d24, RU, UA, p, 307, when=d24,
                  quote="307 defenders were freed today."),
        make_view(208, 15, RUSSIAN_MOD, d24, UA, RU, p, 307, when=d24,
                  quote="307 Russian servicemen were returned."),
        make_view(209, 15, RUSSIAN_MOD, d24, RU, UA, p, 307, when=d24,
                  quote="307 Ukrainian prisoners were handed over."),
        make_view(210, 16, KSHPW, d25, RU, UA, p, 303, when=d25,
                  quote="303 defenders came home today."),
        make_view(211, 17, RUSSIAN_MOD, d25, UA, RU, p, 303, when=d25,
                  quote="303 Russian servicemen were returned."),
        make_view(212, 17, RUSSIAN_MOD, d25, RU, UA, p, 303, when=d25,
                  quote="303 Ukrainian prisoners were handed over."),
    ]


def may_2025_agreement() -> Agreement:
    """The "1,000 for 1,000" agreed at the Istanbul talks of 16 May 2025."""
    return Agreement(name="Istanbul talks, 16 May 2025", date=date(2025, 5, 16),
                     venue="Istanbul", parties=(RU, UA), mediators=("Turkey",), id=2,
                     terms=(Term(Category.MIXED, RU, UA, 1000),
                            Term(Category.MIXED, UA, RU, 1000)))


def december_2024_swap() -> list[ClaimView]:
    """The exchange of 30 December 2024, told differently by each side (ids 301 to 303)."""
    p, d = Category.POW, date(2024, 12, 30)
    return [
        make_view(301, 21, RUSSIAN_MOD, d, UA, RU, p, 150, when=d,
                  quote="150 Russian servicemen were returned in a 150 for 150 exchange."),
        make_view(302, 21, RUSSIAN_MOD, d, RU, UA, p, 150, when=d,
                  quote="In return 150 Ukrainian prisoners of war were handed over."),
        make_view(303, 22, KSHPW, d, RU, UA, p, 189, when=d,
                  quote="189 Ukrainians came home today."),
    ]


def example_claims() -> list[ClaimView]:
    """All the example claims together."""
    return [*december_2024_swap(), *may_2025_exchange(), *june_2025_repatriation()]


def example_agreements() -> list[Agreement]:
    """All the example agreements together."""
    return [may_2025_agreement(), june_2025_agreement()]
