"""Evidence: files or URLs that show a handover, with their hash and an authenticity assessment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handover.domain.vocabulary import Authenticity

__all__ = ["Evidence"]


@dataclass(frozen=True)
class Evidence:
    """A piece of evidence. ``location`` is the file name or URL; ``sha256`` is of its bytes."""

    location: str
    sha256: str | None
    media_type: str
    description: str
    event_ids: tuple[str, ...] = field(default=())
    authenticity: Authenticity = Authenticity.UNASSESSED
    size: int | None = None
    id: int | None = None
    supersedes: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The evidence as a JSON object."""
        return {
            "id": self.id,
            "location": self.location,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "description": self.description,
            "event_ids": list(self.event_ids),
            "authenticity": self.authenticity.value,
            "size": self.size,
            "supersedes": self.supersedes,
        }
