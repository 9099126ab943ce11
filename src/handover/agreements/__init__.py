"""Reciprocity: the fulfilment of agreements and the balance between parties.

>>> from handover.agreements import balance
>>> from handover.reconcile import reconcile
>>> from handover.reconcile.samples import example_agreements, example_claims
>>> result = reconcile(example_claims(), example_agreements())
>>> ledger = balance(result.events, result.agreements)
>>> bodies = next(p for p in ledger.pairs if p.category == "bodies")
>>> bodies.parties, bodies.flows[0].best, bodies.flows[1].best
(('Russia', 'Ukraine'), 6057, 27)
>>> [(t.term.describe(), t.handed_over.best, t.state) for t in ledger.agreements[1].terms][0]
('Russia -> Ukraine: 6000 bodies', 6057, 'fulfilled')
"""

from handover.agreements.balance import Balance, Flow, PairBalance, SeriesPoint, balance
from handover.agreements.fulfilment import (
    AgreementFulfilment,
    HandedOver,
    TermFulfilment,
    fulfilment,
)
from handover.agreements.windows import Window, term_windows

__all__ = [
    "AgreementFulfilment",
    "Balance",
    "Flow",
    "HandedOver",
    "PairBalance",
    "SeriesPoint",
    "TermFulfilment",
    "Window",
    "balance",
    "fulfilment",
    "term_windows",
]
