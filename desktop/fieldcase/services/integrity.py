"""Is the store whole? The page-by-page check (store/integrity.py), the audit chain and the rollback
seal, and the alarm that stops writes when one of them fails.

The app runs `check_pages` in the background right after unlock; `fieldcase check` runs `full_check`.
Fieldcase keeps no backup copy of its own, so the alarm offers what exists: everything still readable
can be exported, HQ holds every revision and attachment already synced, and an earlier copy of the
workspace folder (if the officer keeps one) can be put back; nothing is repaired or overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import AuditChainBroken, IntegrityAlarm
from ..store import audit
from ..store.integrity import IntegrityPass, IntegrityReport
from ..workspace import Workspace

RECOVERY_ADVICE = ("Fieldcase keeps no backup copy of its own. Export what you still need now: it can still be "
                   "read. HQ holds every record and attachment you have already synced; an earlier copy of the "
                   "workspace folder, if you keep one, can be put back in its place. Nothing was repaired or "
                   "overwritten.")


def damaged_pages_alarm(report: IntegrityReport) -> IntegrityAlarm:
    if report.bad_pages:
        return IntegrityAlarm("store.db is damaged: {count} of its pages failed their integrity check. Writes are "
                              "stopped so that nothing more is lost.", count=len(report.bad_pages))
    return IntegrityAlarm("store.db is damaged: its structure failed the integrity check. Writes are stopped so "
                          "that nothing more is lost.")


def check_pages(ws: Workspace) -> IntegrityReport:
    """Check every page's HMAC (and then the b-trees) on a connection of its own; a failure raises the
    alarm on the workspace (writes stop). Locking the workspace stops the check."""
    check = IntegrityPass(ws.db.engine)
    ws.before_lock.append(check.cancel)
    try:
        report = check.run()
    finally:
        if check.cancel in ws.before_lock:
            ws.before_lock.remove(check.cancel)
    if not report.ok and not report.cancelled:
        ws.raise_alarm(damaged_pages_alarm(report))
    return report


@dataclass(frozen=True)
class CheckResult:
    pages: IntegrityReport
    audit_entries: int
    audit_problem: str | None
    alarm: str | None  # the integrity alarm, if any (damaged pages, a rolled-back store, a bad seal)

    @property
    def ok(self) -> bool:
        return self.pages.ok and self.audit_problem is None and self.alarm is None


def full_check(ws: Workspace) -> CheckResult:
    report = check_pages(ws)
    entries, problem = 0, None
    if not report.bad_pages:
        try:
            with ws.db.reading() as conn:
                entries = audit.verify(conn)
        except AuditChainBroken as exc:
            problem = exc.message
    alarm = ws.alarm
    return CheckResult(report, entries, problem, alarm.message if alarm is not None else None)
