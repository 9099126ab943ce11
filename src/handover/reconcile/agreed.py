"""Agreed claims: matched to the terms of known agreements, or turned into agreements.

An ``agreed`` claim ("6,000 for 6,000" yields one per direction) matches a known agreement that
has a term in its direction and category class, dated within ``agreement_match_days`` of the
claim's date (the agreement's date as the claim states it, else the day it was made); the
nearest wins. A claim whose figure differs from the term's is linked and reported. Claims that
match no agreement form derived agreements: per pair of parties, claims within
``agreement_cluster_days`` of each other make one agreement, with one term per direction and
category, whose count is the figure most claims give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from handover.domain import Agreement, Category, Term
from handover.reconcile.normalize import Entry
from handover.reconcile.text import day, number, slug, voice_phrase
from handover.reconcile.views import Rules, category_class

__all__ = ["AgreedLink", "agreement_keys", "match_agreed"]


@dataclass(frozen=True)
class AgreedLink:
    """An agreed claim tied to an agreement's term (``term`` indexes ``Agreement.terms``)."""

    claim: int
    agreement: str
    term: int | None
    agrees: bool
    note: str

    def to_json(self) -> dict[str, object]:
        """The link as a JSON object."""
        return {"claim": self.claim, "agreement": self.agreement, "term": self.term,
                "agrees": self.agrees, "note": self.note}


def agreement_keys(agreements: Sequence[Agreement]) -> list[str]:
    """Readable unique keys, one per agreement in order: ``2025-06-02-russia-ukraine``.

    Agreements that would share a key are told apart by content (name, terms), not position.
    """
    bases = [_base_key(a) for a in agreements]
    keys = list(bases)
    positions: dict[str, list[int]] = {}
    for index, base in enumerate(bases):
        positions.setdefault(base, []).append(index)
    for base, same in positions.items():
        if len(same) < 2:
            continue
        same.sort(key=lambda i: (agreements[i].name, repr(agreements[i].terms),
                                 agreements[i].id or 0))
        for rank, index in enumerate(same[1:], start=2):
            keys[index] = f"{base}-{rank}"
    return keys


def _base_key(agreement: Agreement) -> str:
    when = agreement.date.isoformat() if agreement.date else "undated"
    names = "-".join(slug(p) for p in sorted(agreement.parties)) or slug(agreement.name)
    return f"{when}-{names}"


def match_agreed(entries: Sequence[Entry], agreements: Sequence[Agreement], rules: Rules
                 ) -> tuple[tuple[Agreement, ...], tuple[AgreedLink, ...]]:
    """Link agreed claims to known agreements; derive agreements from the rest.

    Returns the derived agreements and the links of every agreed claim.
    """
    keys = agreement_keys(agreements)
    links: list[AgreedLink] = []
    unmatched: list[Entry] = []
    for entry in sorted(entries, key=lambda e: e.id):
        link = _match(entry, agreements, keys, rules)
        if link is None:
            unmatched.append(entry)
        else:
            links.append(link)
    derived = [_derive(cluster) for cluster in _clusters(unmatched, rules)]
    derived.sort(key=lambda pair: (pair[0].date or date.min, pair[0].name, repr(pair[0].terms)))
    all_keys = agreement_keys([*agreements, *(a for a, _ in derived)])[len(agreements):]
    for key, (_, make_links) in zip(all_keys, derived, strict=True):
        links.extend(make_links(key))
    links.sort(key=lambda link: link.claim)
    return tuple(a for a, _ in derived), tuple(links)


def _claim_day(entry: Entry) -> date | None:
    return entry.when or entry.ref


def _match(entry: Entry, agreements: Sequence[Agreement], keys: Sequence[str],
           rules: Rules) -> AgreedLink | None:
    when = _claim_day(entry)
    best: tuple[int, str, int] | None = None
    for index, agreement in enumerate(agreements):
        if agreement.date is not None and when is not None:
            distance = abs((when - agreement.date).days)
            if distance > rules.agreement_match_days:
                continue
        else:
            distance = rules.agreement_match_days + 1
        for term_index, term in enumerate(agreement.terms):
            if (term.giver, term.receiver) == (entry.giver, entry.receiver) \
                    and category_class(term.category) == entry.klass:
                candidate = (distance, keys[index], term_index)
                best = candidate if best is None or candidate < best else best
    if best is None:
        return None
    _, key, term_index = best
    term = next(a for a, k in zip(agreements, keys, strict=True) if k == key).terms[term_index]
    count = entry.claim.count
    agrees = count is None or term.all_for_all or term.count is None or term.count == count
    said = f"{voice_phrase(entry.source)} states {number(count) if count is not None else 'it'}"
    note = (f"Claim #{entry.id} matches the term {term.describe()} of {key}." if agrees else
            f"Claim #{entry.id}: {said} for the term {term.describe()} of {key}.")
    return AgreedLink(entry.id, key, term_index, agrees, note)


def _clusters(entries: Sequence[Entry], rules: Rules) -> list[list[Entry]]:
    """Unmatched agreed claims per pair of parties, chained by date."""
    by_pair: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        pair = tuple(sorted((entry.giver or "", entry.receiver or "")))
        by_pair.setdefault((pair[0], pair[1]), []).append(entry)
    clusters: list[list[Entry]] = []
    for pair in sorted(by_pair):
        ordered = sorted(by_pair[pair], key=lambda e: (_claim_day(e) or date.min, e.id))
        current: list[Entry] = []
        for entry in ordered:
            previous = _claim_day(current[-1]) if current else None
            here = _claim_day(entry)
            if current and (previous is None or here is None
                            or (here - previous).days > rules.agreement_cluster_days):
                clusters.append(current)
                current = []
            current.append(entry)
        clusters.append(current)
    return clusters


def _derive(cluster: Sequence[Entry]) -> tuple[Agreement, Callable[[str], list[AgreedLink]]]:
    """An agreement from claims that match none: one term per direction and category."""
    dated = Counter(when for _, when in {(e.source.name, e.when) for e in cluster if e.when})
    refs = [e.ref for e in cluster if e.ref is not None]
    when = min(dated, key=lambda d: (-dated[d], d)) if dated else min(refs, default=None)
    by_term: dict[tuple[str, str, Category], list[Entry]] = {}
    for entry in cluster:
        key = (entry.giver or "unknown", entry.receiver or "unknown", entry.claim.category)
        by_term.setdefault(key, []).append(entry)
    terms: list[Term] = []
    for giver, receiver, category in sorted(by_term):
        # Count each voice once, so a claim repeated by the same voice changes nothing.
        counts = Counter(count for _, count in {
            (e.source.name, e.claim.count) for e in by_term[giver, receiver, category]
            if e.claim.count is not None})
        count = min(counts, key=lambda c: (-counts[c], c)) if counts else None
        terms.append(Term(category=category, giver=giver, receiver=receiver, count=count,
                          conditions="" if count is not None else "no figure stated"))
    parties = tuple(sorted({p for e in cluster for p in (e.giver, e.receiver) if p}))
    agreement = Agreement(name=_name(terms, when), date=when, parties=parties,
                          terms=tuple(terms))
    order = sorted(by_term)

    def links(key: str) -> list[AgreedLink]:
        made = []
        for index, term_key in enumerate(order):
            term = terms[index]
            for entry in by_term[term_key]:
                count = entry.claim.count
                agrees = count is None or count == term.count
                note = (f"Claim #{entry.id} forms the term {term.describe()} of {key}."
                        if agrees else
                        f"Claim #{entry.id}: {voice_phrase(entry.source)} states "
                        f"{number(count or 0)} for the term {term.describe()} of {key}, "
                        "which most claims give otherwise.")
                made.append(AgreedLink(entry.id, key, index, agrees, note))
        return made

    return agreement, links


def _name(terms: Sequence[Term], when: date | None) -> str:
    counts = {t.count for t in terms}
    count = next(iter(counts))
    if len(terms) >= 2 and len(counts) == 1 and count is not None:
        name = f"{number(count)} for {number(count)}"
    else:
        name = "Agreed terms"
    return f"{name}, {day(when)}" if when else name
