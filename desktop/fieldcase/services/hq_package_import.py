"""Importing officers' packages as one signed-in HQ user (the HQ window's "Import packages" dialog).

The work is `services.hq.import_packages` (verify, merge, write the replies, rebuild the compartments), the
same as `fieldcase hq import`; this module adds what a window needs around it: who may import, where from
(the HQ's configured targets), a task with progress and Cancel, and the outcome counted for a person to read.
Only an analyst or reviewer (PERMISSIONS "analyse") of the top clearance imports: decrypting a package
takes HQ's age identities, which are in the whole HQ store, and only that clearance's key opens it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import FieldcaseError
from ..hq import users as hq_users
from ..hq.importer import ImportReport
from ..sync.package import parse_file_name
from ..sync.receive import Outcome
from ..tasks import IsCancelled, Progress
from . import hq as hq_services
from . import sync as sync_services
from .hq_access import HqSession

__all__ = ["ImportSource", "ImportSummary", "PackageImportTask", "PackageNote", "import_packages",
           "import_sources", "may_import"]


@dataclass(frozen=True)
class ImportSource:
    """A target configured for this HQ (`fieldcase hq target`); credentials stay in the store."""

    name: str
    kind: str  # folder | webdav | s3
    location: str


@dataclass(frozen=True)
class PackageNote:
    """A package refused or held, as the person is told of it: whose, which, and why (never its content)."""

    officer: str  # the enrolled officer's name, or "" when the package does not say whose it is
    sequence: int  # 0 when unknown
    file: str
    reason: str  # the stable word (damaged, gap, chain...)
    template: str  # the reason's message template and values (errors.py): the window translates it
    params: dict[str, str]
    message: str  # the same in English


@dataclass(frozen=True)
class ImportSummary:
    source: str
    found: int  # new packages at the source when the import began
    accepted: int
    duplicates: int  # imported before (the same package again): nothing changed
    held: int  # waiting for an earlier package of the same officer
    refused: int
    revisions: int
    new_records: int  # records HQ did not hold before
    attachments: int
    links: int  # "the same as" decisions officers sent
    conflicts: int  # records edited both at HQ and in the field (fieldcase hq conflicts)
    replies: int  # reply packages written to the source for the officers
    skipped: int  # left to another import running at the same time
    cancelled: bool
    left: int  # not touched because of the Cancel
    refusals: tuple[PackageNote, ...]
    waiting: tuple[PackageNote, ...]


def may_import(session: HqSession) -> bool:
    """Whether the window offers the import: the role allows it and the user's key opens the whole store."""
    if session.is_locked or session.user.role not in hq_users.PERMISSIONS["analyse"]:
        return False
    return session.user.clearance == hq_users.TOP


def _store(session: HqSession) -> hq_services.HqStore:
    hq_users.require(session.user, "analyse")  # a viewer is refused by role before anything else is said
    return session.store  # below the top clearance: refused, the packages' keys are not in their files


def import_sources(session: HqSession) -> list[ImportSource]:
    """The targets configured for this HQ, by name."""
    store = _store(session)
    return [ImportSource(t["name"], t["kind"], t["location"]) for t in sync_services.list_targets(store.ws)]


def import_packages(session: HqSession, source: str, *, progress: Progress | None = None,
                    cancelled: IsCancelled | None = None) -> ImportSummary:
    """Import what is new at `source` (a target name or a folder), as `fieldcase hq import --from` does.
    Cancel stops between packages: each package is fully in or untouched."""
    store = _store(session)
    if not source.strip():
        raise FieldcaseError("Choose where the packages are: one of HQ's targets or a folder.")
    report = hq_services.import_packages(store, source, progress=progress, cancelled=cancelled)
    names = {o.peer_id: o.name for o in hq_services.officers(store)}
    return summarise(source, report, names)


def summarise(source: str, report: ImportReport, officer_names: dict[str, str]) -> ImportSummary:
    accepted = [o for o in report.outcomes if o.status == "accepted"]

    def note(o: Outcome) -> PackageNote:
        parsed = parse_file_name(o.file) or {}  # a package that could not be opened names its sender in its name
        sender = o.sender or str(parsed.get("owner", ""))
        return PackageNote(officer_names.get(sender, ""), o.sequence or int(parsed.get("sequence", 0)), o.file,
                           o.reason, o.template or o.message, dict(o.params), o.message)

    return ImportSummary(
        source=source, found=report.found, accepted=len(accepted), duplicates=report.count("replayed"),
        held=report.count("held"), refused=report.count("refused"),
        revisions=sum(o.added - o.links for o in accepted),
        new_records=sum(o.new_records for o in accepted), attachments=sum(o.attachments for o in accepted),
        links=sum(o.links for o in accepted), conflicts=sum(len(o.conflicts) for o in accepted),
        replies=len(report.replies), skipped=report.skipped, cancelled=report.cancelled, left=report.left,
        refusals=tuple(note(o) for o in report.outcomes if o.status == "refused"),
        waiting=tuple(note(o) for o in report.outcomes if o.status == "held"))


@dataclass(frozen=True)
class PackageImportTask:
    """`import_packages` as a task (tasks.Task): progress in packages, Cancel between them."""

    session: HqSession
    source: str

    def run(self, progress: Progress, cancelled: IsCancelled) -> ImportSummary:
        return import_packages(self.session, self.source, progress=progress, cancelled=cancelled)
