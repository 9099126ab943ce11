"""What reconciliation reports besides events: set-aside claims and problems in the input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Problem", "SetAside"]


@dataclass(frozen=True)
class Problem:
    """A fault in the input, on the event, claim or agreement it concerns."""

    message: str
    event: str | None = None
    claim: int | None = None
    agreement: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The problem as a JSON object."""
        return {"message": self.message, "event": self.event, "claim": self.claim,
                "agreement": self.agreement}


@dataclass(frozen=True)
class SetAside:
    """A claim left out of the figures, why, and the event it was shown on (if any)."""

    claim: int
    reason: str
    event: str | None

    def to_json(self) -> dict[str, Any]:
        """The set-aside claim as a JSON object."""
        return {"claim": self.claim, "reason": self.reason, "event": self.event}
