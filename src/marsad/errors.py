"""Numbered errors. Every error a user can cause has a code and one line of explanation."""
from __future__ import annotations


class MarsadError(Exception):
    """Base error: ``str(err)`` is one line naming the input and the reason."""

    code = "E000"

    def __init__(self, reason: str, *, input: str | None = None) -> None:
        self.reason = reason
        self.input = input
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.input}: " if self.input else ""
        return f"{where}{self.reason} [{self.code}]"


class InputError(MarsadError):
    """An input could not be read or decoded (E001)."""

    code = "E001"


class RecordError(MarsadError):
    """One record inside a container (a JSONL line, a zip member) is broken (E002)."""

    code = "E002"


class ResourceError(MarsadError):
    """A data file shipped with marsad or added by a user is malformed (E003)."""

    code = "E003"


class StoreError(MarsadError):
    """The store cannot be opened or written (E004)."""

    code = "E004"


class UsageError(MarsadError):
    """A command was called with bad arguments (E005)."""

    code = "E005"
