"""The ledger: an open database seen through small books of records.

>>> from handover.ledger import Ledger          # doctest: +SKIP
>>> ledger = Ledger.open("handover.db")          # doctest: +SKIP
>>> [c.claim.count for c in ledger.claims.all()]  # doctest: +SKIP
[1212, 27, 1200]
"""

from handover.ledger.claims import ClaimFilter
from handover.ledger.facade import Ledger

__all__ = ["ClaimFilter", "Ledger"]
