"""The one exception hierarchy of handover, and the exit codes SPEC.md assigns to it.

The library raises these; only the CLI and the web app turn them into exit codes or HTTP errors.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "EXIT_OK",
    "EXIT_PROBLEM",
    "EXIT_USAGE",
    "ExtractionError",
    "HandoverError",
    "InputError",
    "NotFoundError",
    "StorageError",
    "VerificationError",
]

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class HandoverError(Exception):
    """Base of every error handover reports to a person: one line, naming the file or record."""

    exit_code = EXIT_PROBLEM

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None

    def line(self) -> str:
        """The error as the one line printed after ``error:``."""
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(HandoverError):
    """Unusable input: an unknown party, a negative count, a bad date, a bad file."""


class ExtractionError(HandoverError):
    """A report could be read but not turned into text or claims."""


class StorageError(HandoverError):
    """The database is missing, unreachable, corrupt, not a handover ledger, or refused a write."""


class NotFoundError(HandoverError):
    """A record named by id does not exist."""


class VerificationError(HandoverError):
    """A proof, signature or ledger failed verification; the message says expected and found."""
