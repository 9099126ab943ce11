"""A C2SP tlog-witness: cosigns a log's checkpoints only when they extend what it saw before.

>>> from handover.witness import WitnessFolder   # doctest: +SKIP
>>> WitnessFolder(Path("witness")).add_checkpoint(request_body).status   # doctest: +SKIP
200
"""

from handover.witness.store import WitnessFolder

__all__ = ["WitnessFolder"]
