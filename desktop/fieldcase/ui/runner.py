"""The one adapter from Qt-free tasks (`fieldcase.tasks.Task`) to the UI.

`TaskRunner.run(task, owner=..., on_done=...)` runs the task on a worker thread of the runner's own
QThreadPool. With a `title`, a window-modal progress dialog with a Cancel button appears if the
task takes longer than a moment. Results and errors come back on the UI thread:

* `on_done(result)` — only if `owner` still exists and the runner was not reset in between (a lock
  resets it: results computed for a locked workspace are dropped, never shown);
* errors: `on_error(TaskError)` if given (the message to show and the error's stable code), else a
  plain-text message box. A FieldcaseError shows its own message; anything else a generic one
  without details (never a traceback). A cancellation is silent (or `on_cancelled()`).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import FieldcaseError
from ..tasks import Task
from .dialogs.messages import is_cancellation, show_error, user_message

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second cross the thread boundary
SHOW_DIALOG_AFTER_MS = 400  # quick tasks finish without a dialog flashing up


@dataclass(frozen=True)
class TaskError:
    message: str  # for the person at the keyboard
    code: str  # FieldcaseError.code, or "unexpected"
    details: tuple[str, ...] = ()  # e.g. every bad row of a rejected import


class Job:
    """A handle on one running task."""

    def __init__(self, job_id: int) -> None:
        self.id = job_id
        self._cancel = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Pending:
    job: Job
    generation: int
    owner: QObject | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[TaskError], None] | None
    on_cancelled: Callable[[], None] | None
    dialog: QProgressDialog | None = None
    on_progress: Callable[[int, int], None] | None = None


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Worker(QRunnable):
    def __init__(self, signals: _Signals, job: Job, task: Task[Any]) -> None:
        super().__init__()  # auto-deleted by the pool once run() has returned
        self._signals, self._job, self._task = signals, job, task
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_report = now
            self._signals.progress.emit(self._job.id, int(done), int(total))

    def run(self) -> None:
        try:
            result = self._task.run(self._progress, lambda: self._job.cancelled)
        except BaseException as exc:  # every failure goes back to the UI thread, as an object
            self._signals.failed.emit(self._job.id, exc)
        else:
            self._signals.finished.emit(self._job.id, result)


class TaskRunner(QObject):
    """Runs tasks off the UI thread; see the module docstring."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 3) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._generation = 0

    # -- starting ---------------------------------------------------------------------------------
    def run(self, task: Task[Any], *, owner: QObject | None = None,
            on_done: Callable[[Any], None] | None = None, on_error: Callable[[TaskError], None] | None = None,
            on_cancelled: Callable[[], None] | None = None, title: str | None = None,
            cancellable: bool = True, dialog_parent: QWidget | None = None,
            on_progress: Callable[[int, int], None] | None = None) -> Job:
        """`on_progress(done, total)`: for progress shown inside the page (then give no `title`)."""
        job = Job(next(self._ids))
        pending = _Pending(job, self._generation, owner, on_done, on_error, on_cancelled)
        pending.on_progress = on_progress
        if title is not None:
            parent = dialog_parent or (owner if isinstance(owner, QWidget) else None)
            pending.dialog = self._make_dialog(job, title, cancellable, parent)
        self._pending[job.id] = pending
        self._pool.start(_Worker(self._signals, job, task))
        return job

    def _make_dialog(self, job: Job, title: str, cancellable: bool, parent: QWidget | None) -> QProgressDialog:
        # None is Qt's null string (no cancel button), which the stubs do not allow for cancelButtonText
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else None, 0, 0, parent)  # type: ignore[arg-type]
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(self.tr("Fieldcase"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(10**9)  # shown by our own timer below, not by QProgressDialog's
        dialog.setMinimumWidth(420)
        if not cancellable:
            dialog.setCancelButton(None)

        def cancel() -> None:
            job.cancel()
            dialog.setLabelText(self.tr("Cancelling…"))

        dialog.canceled.connect(cancel)
        QTimer.singleShot(SHOW_DIALOG_AFTER_MS, dialog, lambda: None if job.finished else dialog.show())
        return dialog

    # -- results (UI thread) ------------------------------------------------------------------------
    def _take(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return None
        pending.job.finished = True
        if pending.dialog is not None and shiboken6.isValid(pending.dialog):
            pending.dialog.hide()
            pending.dialog.deleteLater()
        if pending.generation != self._generation:
            return None
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return None
        return pending

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        pending = self._pending.get(job_id)
        if (pending is not None and pending.on_progress is not None and pending.generation == self._generation
                and (pending.owner is None or shiboken6.isValid(pending.owner))):
            pending.on_progress(done, total)
        if pending is None or pending.dialog is None or not shiboken6.isValid(pending.dialog):
            return
        dialog = pending.dialog
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)

    def _on_finished(self, job_id: int, result: Any) -> None:
        pending = self._take(job_id)
        if pending is not None and pending.on_done is not None:
            pending.on_done(result)

    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        pending = self._take(job_id)
        if pending is None:
            return
        if is_cancellation(exc):
            if pending.on_cancelled is not None:
                pending.on_cancelled()
            return
        message = user_message(exc)
        if pending.on_error is not None:
            details = tuple(str(p) for p in getattr(exc, "problems", ())) if isinstance(exc, FieldcaseError) else ()
            pending.on_error(TaskError(message, str(getattr(exc, "code", "unexpected")), details))
        else:
            parent = pending.owner if isinstance(pending.owner, QWidget) else None
            show_error(parent.window() if parent is not None else None, message)

    # -- stopping ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        """Ask every task to stop and drop all results still to come (used when locking)."""
        self._generation += 1
        for pending in list(self._pending.values()):
            pending.job.cancel()
            if pending.dialog is not None and shiboken6.isValid(pending.dialog):
                pending.dialog.hide()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the worker threads are idle (after `cancel_all`, before dropping keys)."""
        return self._pool.waitForDone(msecs)
