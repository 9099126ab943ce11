"""handover: a verifiable ledger of prisoner exchanges and repatriations of remains.

The core is a library; the ``handover`` command and the web app are thin shells over it.

>>> from handover.domain import PartyRegistry
>>> PartyRegistry.builtin().resolve("Kyiv")
'Ukraine'
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
