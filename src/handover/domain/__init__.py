"""The domain model of handover: plain frozen dataclasses and enums, with no I/O.

>>> from handover.domain import Category, Claim, ClaimKind
>>> Claim(giver="Russia", receiver="Ukraine", category=Category.BODIES, count=1200,
...       kind=ClaimKind.COMPLETED).to_json()["count"]
1200
"""

from handover.domain.agreements import Agreement, Term
from handover.domain.claims import Claim, ClaimRecord
from handover.domain.events import EventStatus, HandoverEvent
from handover.domain.evidence import Evidence
from handover.domain.parties import Alias, Party
from handover.domain.registry import PartyRegistry, builtin_parties
from handover.domain.reports import Report, content_sha256
from handover.domain.sources import Source
from handover.domain.vocabulary import (
    Authenticity,
    Category,
    ClaimKind,
    PartyKind,
    Qualifier,
    ReviewState,
    SourceKind,
)
from handover.domain.voices import KnownVoice, known_voices, source_for_speaker

__all__ = [
    "Agreement",
    "Alias",
    "Authenticity",
    "Category",
    "Claim",
    "ClaimKind",
    "ClaimRecord",
    "EventStatus",
    "Evidence",
    "HandoverEvent",
    "KnownVoice",
    "Party",
    "PartyKind",
    "PartyRegistry",
    "Qualifier",
    "Report",
    "ReviewState",
    "Source",
    "SourceKind",
    "Term",
    "builtin_parties",
    "content_sha256",
    "known_voices",
    "source_for_speaker",
]
