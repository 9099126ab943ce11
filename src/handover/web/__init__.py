"""The web app and JSON API of ``handover serve``: server-rendered pages over the ledger.

>>> from handover.web import create_app                       # doctest: +SKIP
>>> app = create_app("sqlite:///handover.db", token="s3cret")  # doctest: +SKIP
"""

from handover.web.app import create_app

__all__ = ["create_app"]
