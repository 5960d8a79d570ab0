"""User-facing errors: the one place their text lives.

Each error has a stable code (for scripts and tests) and a message written for the person at the
keyboard. Messages never contain passphrases, keys, record contents or SQL parameters.

A message is written as an English template with named fields, and its values passed apart:
``FieldcaseError("The {field} must be a date (YYYY, YYYY-MM or YYYY-MM-DD).", field="Date")``.
The template is the message's id in the translation catalogue (the UI translates it, then fills the
fields); never build a message with an f-string, or it cannot be translated.
"""

from __future__ import annotations


class FieldcaseError(Exception):
    """An error the user can act on. `code` is stable; `str()` is the message to show."""

    code = "error"
    exit_status = 1

    def __init__(self, message: str, /, **params: object) -> None:
        self.template = message
        self.params: dict[str, str] = {name: str(value) for name, value in params.items()}
        self.message = message.format(**self.params) if self.params else message
        super().__init__(self.message)


class WrongPassphrase(FieldcaseError):
    code = "wrong-passphrase"
    exit_status = 3

    def __init__(self, message: str = "Wrong passphrase: the workspace was not unlocked.") -> None:
        super().__init__(message)


class WrongRecoveryKey(FieldcaseError):
    code = "wrong-recovery-key"
    exit_status = 3


class NotAWorkspace(FieldcaseError):
    code = "not-a-workspace"
    exit_status = 4


class WorkspaceExists(FieldcaseError):
    code = "workspace-exists"
    exit_status = 4


class CorruptWorkspace(FieldcaseError):
    """The key file or the store cannot be read; nothing was changed or repaired."""

    code = "corrupt-workspace"
    exit_status = 5


class InsecureDriver(FieldcaseError):
    code = "insecure-driver"
    exit_status = 6


class DiskFull(FieldcaseError):
    code = "disk-full"
    exit_status = 7


class ImportRejected(FieldcaseError):
    """An import file failed validation; `problems` lists every bad row and field."""

    code = "import-rejected"
    exit_status = 8

    def __init__(self, message: str, problems: list[ImportProblem], /, **params: object) -> None:
        super().__init__(message, **params)
        self.problems = problems


class ImportProblem:
    """One bad row: `line` is 1-based in the file (CSV line or JSON array index + 1)."""

    __slots__ = ("field", "line", "reason")

    def __init__(self, line: int, field: str, reason: str) -> None:
        self.line, self.field, self.reason = line, field, reason

    def __str__(self) -> str:
        return f"line {self.line}: {self.field or '(record)'}: {self.reason}"

    def __repr__(self) -> str:
        return f"ImportProblem({self.line!r}, {self.field!r}, {self.reason!r})"


class NotFound(FieldcaseError):
    code = "not-found"
    exit_status = 9


class RecordChanged(FieldcaseError):
    """Someone stored a newer revision of the record since the one this change was made from."""

    code = "record-changed"
    exit_status = 11


class AuditChainBroken(FieldcaseError):
    code = "audit-chain-broken"
    exit_status = 10


class Cancelled(FieldcaseError):
    code = "cancelled"
    exit_status = 130

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)
