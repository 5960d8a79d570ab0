"""Long work as plain objects: `run(progress, cancelled) -> result`. No Qt here.

The desktop adapts a Task to a worker thread, a progress bar and a cancel button in one place
(`ui/runner.py`); the CLI or a test can call `run` directly with no-op callbacks. A task reports
progress as (done, total) — total 0 means "unknown" — and checks `cancelled()` between steps,
raising `fieldcase.errors.Cancelled` to stop with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Task(Protocol[T_co]):
    def run(self, progress: Progress, cancelled: IsCancelled) -> T_co: ...


@dataclass(frozen=True)
class FunctionTask(Generic[T]):
    """Any callable taking (progress, cancelled) as a Task."""

    fn: Callable[[Progress, IsCancelled], T]

    def run(self, progress: Progress, cancelled: IsCancelled) -> T:
        return self.fn(progress, cancelled)


@dataclass(frozen=True)
class CallTask(Generic[T]):
    """A short call with no progress of its own (a query, a save) as a Task."""

    fn: Callable[..., T]
    args: tuple[Any, ...] = ()

    def run(self, progress: Progress, cancelled: IsCancelled) -> T:
        del progress, cancelled
        return self.fn(*self.args)


def call(fn: Callable[..., T], *args: Any) -> CallTask[T]:
    return CallTask(fn, args)


# -- the desktop's long tasks ---------------------------------------------------------------------

@dataclass(frozen=True)
class ImportTask:
    """Import a Fieldcase .json/.csv file, an ACLED or UCDP export (recognised by its header), or with `fmt`
    another format (hxl, ucdp: after the preview): rows are checked and written in batches inside one
    transaction, with progress and cancel; all or nothing."""

    path: Path
    service: Any  # services.records.CaseService (kept untyped: no import cost at start-up)
    fmt: str = "auto"
    form: Path | None = None  # xlsform: the XLSForm and the mapping file
    mapping: Path | None = None

    def run(self, progress: Progress, cancelled: IsCancelled) -> Any:
        """The services.import_flow.ImportOutcome: what was new, revised, unchanged, and what an export left out."""
        from .services.import_flow import import_file

        progress(0, 0)
        return import_file(self.service.ws, self.path, fmt=self.fmt, form=self.form, mapping=self.mapping,
                           progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class DemoWorkspaceTask:
    """Create the fictional demo workspace at `path` (about a second or two)."""

    path: Path
    passphrase: str

    def run(self, progress: Progress, cancelled: IsCancelled) -> int:
        del cancelled  # half a demo is worse than a finished one: not cancellable
        from .services.demo import create_demo_workspace

        return create_demo_workspace(self.path, self.passphrase, progress=progress)
