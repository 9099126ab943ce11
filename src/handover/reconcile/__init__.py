"""Reconciliation: from conflicting claims to handover events with best, low and high figures.

Pure functions over domain objects: no database, no CLI, no web. The rules are described in
docs/reconciliation.md.

>>> from handover.reconcile import reconcile
>>> from handover.reconcile.samples import example_agreements, example_claims
>>> result = reconcile(example_claims(), example_agreements())
>>> event = result.event("undated-2025-06-13-ukraine-russia-bodies")
>>> event.best, event.low, event.high, event.status.value
(27, 0, 27, 'disputed')
>>> event.discrepancies[0]
"Interfax's unnamed source says none; Vladimir Medinsky says 27"
"""

from handover.reconcile.agreed import AgreedLink, agreement_keys
from handover.reconcile.engine import Problem, Reconciliation, SetAside, reconcile, rereconcile
from handover.reconcile.views import CategoryClass, ClaimView, Rules, category_class

__all__ = [
    "AgreedLink",
    "CategoryClass",
    "ClaimView",
    "Problem",
    "Reconciliation",
    "Rules",
    "SetAside",
    "agreement_keys",
    "category_class",
    "reconcile",
    "rereconcile",
]
