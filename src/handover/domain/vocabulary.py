"""The closed vocabularies of SPEC.md: categories, kinds, qualifiers and review states."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Authenticity", "Category", "ClaimKind", "PartyKind", "Qualifier", "ReviewState",
           "SourceKind"]


class Category(StrEnum):
    """Who is handed over."""

    POW = "pow"
    CIVILIAN = "civilian"
    DETAINEE = "detainee"
    HOSTAGE = "hostage"
    BODIES = "bodies"
    MIXED = "mixed"


class ClaimKind(StrEnum):
    """What a claim says happened: a handover, a plan, a term agreed, or a running total."""

    COMPLETED = "completed"
    ANNOUNCED = "announced"
    AGREED = "agreed"
    CUMULATIVE = "cumulative"


class Qualifier(StrEnum):
    """How exact a stated figure is."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class ReviewState(StrEnum):
    """Where a claim stands with a human reviewer."""

    UNREVIEWED = "unreviewed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class PartyKind(StrEnum):
    """A side of a conflict, or an intermediary between sides."""

    SIDE = "side"
    INTERMEDIARY = "intermediary"


class SourceKind(StrEnum):
    """The kind of voice a figure reaches the world through."""

    NEWS_OUTLET = "news_outlet"
    OFFICIAL = "official"
    OFFICIAL_BODY = "official_body"
    UNNAMED = "unnamed_source"


class Authenticity(StrEnum):
    """An assessment of a piece of evidence."""

    UNASSESSED = "unassessed"
    ORIGINAL = "original"
    EDITED = "edited"
    DECONTEXTUALISED = "decontextualised"
    STAGED = "staged"
