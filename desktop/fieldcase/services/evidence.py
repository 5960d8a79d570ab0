"""Court-ready evidence packages for one case: export (with a workspace) and verify (without one).

`EvidenceService(ws).export(case_id, out, redaction=..., recipient=..., to=...)` reads every revision,
the attachments (decrypted and checked against their intake SHA-256), the audit entries that concern
the case and the hashes that chain them to the log's head; stages them in a private folder next to the
destination, renders and signs (PAdES) the summary, bags and signs (CMS) the result, and writes a
folder, a zip, or a zip encrypted to the recipient's age key. The export is then audit-logged (what,
to whom, when, which hashes); if that fails, the output is removed. `verify_package` is in
evidence/verify.py (re-exported here for the drivers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..briefing.model import DEFAULT_CLASSIFICATION
from ..briefing.redaction import Redactor, clean, protected_names
from ..canonical import canonical_bytes
from ..domain.records import CaseRecord, record_to_json
from ..errors import Cancelled, FieldcaseError
from ..evidence import layout
from ..evidence.bag import BagDigests, encrypt_file, make_signed_bag, parse_recipient, safe_name, write_zip
from ..evidence.chain import build_excerpt
from ..evidence.redact import leaks, name_patterns, redact_record
from ..evidence.summary import SummaryData
from ..evidence.verify import PackageReport, sha256_file, verify_package
from ..store import audit, briefing_rows, cases, evidence_rows
from ..workspace import Workspace, utc_now
from .records import CaseService

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

FIXED_STEPS = 6  # read, revisions, summary, bag, write out, log (plus one per attachment)


@dataclass(frozen=True)
class EvidenceResult:
    path: Path
    kind: str  # folder, zip, age
    package_id: str
    case_id: str
    revisions: int
    attachments: int
    attachments_included: int
    redaction: str
    manifest_sha256: str
    tagmanifest_sha256: str
    package_sha256: str | None  # of the zip or age file; None for a folder
    audit_head: str
    signer: str
    certificate_sha256: str
    withheld: tuple[str, ...]


@dataclass(frozen=True)
class _CaseData:
    record_id: str
    revisions: list[CaseRecord]
    hashes: dict[int, str]
    audit_rows: list[dict[str, Any]]
    protected: dict[str, str]


def _plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


class EvidenceService:
    def __init__(self, workspace: Workspace, *, clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)):
        self.ws = workspace
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------------
    def _read(self, case_id: str) -> _CaseData:
        with self.ws.db.reading() as conn:
            record_id = cases.resolve_id(conn, case_id)
            history = cases.history(conn, record_id)
            revisions = [cases.get_record(conn, record_id, h.rev) for h in history]
            people = {p.person_id for r in revisions for p in r.people if p.person_id}
            sources = {s.source_id for r in revisions for s in r.sources if s.source_id}
            attachments = {a.id for r in revisions for a in r.attachments}
            rows = evidence_rows.case_audit_rows(conn, record_id, sorted(attachments), sorted(people), sorted(sources))
            protected = {clean(name): clean(pseudonym) for name, pseudonym, consent
                         in briefing_rows.latest_people(conn).values() if name and not consent}
        # a name without consent in any revision of this case stays protected even if a later one drops it
        for r in revisions:
            protected.update(protected_names(r.people))
        return _CaseData(record_id, revisions, {h.rev: h.content_hash for h in history}, rows, protected)

    # -- exporting --------------------------------------------------------------------------------
    def export(self, case_id: str, out: Path, *, redaction: str = "standard", recipient: str | None = None,
               to: str = "", progress: Progress | None = None, cancelled: IsCancelled | None = None) -> EvidenceResult:
        if redaction not in layout.REDACTIONS:
            raise FieldcaseError("The redaction must be one of {choices}.", choices=", ".join(layout.REDACTIONS))
        kind, out = _destination(Path(out), recipient)
        if recipient:
            try:
                recipient = parse_recipient(recipient)
            except Exception:
                raise FieldcaseError("The recipient must be an age public key (age1...).") from None
        data = self._read(case_id)
        total = FIXED_STEPS + len(_all_attachments(data.revisions))
        done = 0

        def step(*, can_stop: bool = True) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)
            if can_stop and cancelled is not None and cancelled():
                raise Cancelled("Cancelled; no evidence package was written.")

        step()
        identity = self.ws.signing_identity()
        package_id = str(uuid.uuid4())
        now = self._clock().astimezone(dt.UTC).replace(microsecond=0)
        # private (0700) and next to the destination: the same disk, so the folder form is a rename
        root = Path(tempfile.mkdtemp(prefix=".fieldcase-evidence-", dir=out.parent))
        stage = root / "bag"
        try:
            stage.mkdir()
            built = _Builder(self, data, redaction, stage, package_id, now, step)
            built.write_payload()
            info = built.bag_info(identity.subject, identity.fingerprint, recipient, to)
            built.check_no_leaks(info)
            digests = make_signed_bag(stage, info, identity)
            step()  # the last chance to cancel: after this the output exists and must be logged
            package_sha = _write_out(stage, out, kind, recipient)
            step(can_stop=False)
        finally:
            shutil.rmtree(root, ignore_errors=True)
        try:
            self._log(data.record_id, package_id, out, kind, redaction, recipient, to, digests, package_sha,
                      built, identity.fingerprint)
        except BaseException:
            _remove(out)  # an export that is not in the audit log does not exist
            raise
        step(can_stop=False)
        return EvidenceResult(out, kind, package_id, data.record_id, len(data.revisions), len(built.attachments),
                              built.included, redaction, digests.manifest_sha256, digests.tagmanifest_sha256,
                              package_sha, built.audit_head, identity.subject, identity.fingerprint, built.withheld)

    def _log(self, record_id: str, package_id: str, out: Path, kind: str, redaction: str, recipient: str | None,
             to: str, digests: BagDigests, package_sha: str | None, built: _Builder, fingerprint: str) -> None:
        detail = {"package_id": package_id, "file_name": out.name, "form": kind, "redaction": redaction,
                  "recipient_age_key": recipient, "to": clean(to) or None, "revisions": len(built.revisions),
                  "manifest_sha256": digests.manifest_sha256, "tagmanifest_sha256": digests.tagmanifest_sha256,
                  "package_sha256": package_sha, "payload_oxum": digests.payload_oxum,
                  "summary_sha256": built.summary_sha256, "audit_head": built.audit_head,
                  "attachments_sha256": sorted(a.sha256 for a in built.attachments),
                  "attachments_included": built.included, "certificate_sha256": fingerprint}
        with self.ws.db.writing() as conn:
            audit.append(conn, [audit.AuditEvent("evidence.export", "case", record_id, len(built.revisions), detail)],
                         actor=self.ws.officer, at=utc_now())

    def attachment_service(self) -> CaseService:
        return CaseService(self.ws)


@dataclass(frozen=True)
class EvidenceTask:
    """An export as a `tasks.Task`: the editor runs it with a progress bar and a cancel button."""

    service: EvidenceService
    case_id: str
    out: Path
    redaction: str = "standard"
    recipient: str | None = None
    to: str = ""

    def run(self, progress: Progress, cancelled: IsCancelled) -> EvidenceResult:
        return self.service.export(self.case_id, self.out, redaction=self.redaction, recipient=self.recipient,
                                   to=self.to, progress=progress, cancelled=cancelled)


class _Builder:
    """Writes one package's payload into the staging folder and remembers what it wrote."""

    def __init__(self, service: EvidenceService, data: _CaseData, redaction: str, stage: Path, package_id: str,
                 now: dt.datetime, step: Callable[[], None]) -> None:
        self.service, self.data, self.level, self.stage = service, data, redaction, stage
        self.package_id, self.now, self.step = package_id, now, step
        places = frozenset(clean(r.location.place) for r in data.revisions if r.location.place)
        self.redactor = Redactor(redaction, data.protected, places) if redaction != "none" else None
        self.patterns = name_patterns(data.protected) if self.redactor else []
        if self.redactor is not None and self.redactor.strict:  # strict: no place below admin-2 anywhere either
            self.patterns += [re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")
                              for p in sorted(places, key=len, reverse=True)]
        self.revisions = data.revisions
        self.attachments = _all_attachments(data.revisions)
        self.included = 0
        self.texts: list[str] = []  # every text of the payload, for the leak check
        self.summary_sha256 = ""
        self.audit_head = ""
        self.withheld: tuple[str, ...] = ()
        self.audit_withheld = 0

    def _write(self, relative: str, data: bytes) -> None:
        path = self.stage / relative.removeprefix("data/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def _json(self, relative: str, value: Any) -> None:
        body = canonical_bytes(value)
        self.texts.append(body.decode("utf-8"))
        self._write(relative, body)

    def write_payload(self) -> None:
        for record in self.revisions:
            data = record_to_json(record, with_meta=True)
            if self.redactor is not None:
                data = redact_record(data, self.redactor)
            assert record.rev is not None
            self._json(layout.revision_path(record.rev), {
                "format": "fieldcase-revision/1", "case_id": self.data.record_id, "rev": record.rev,
                "content_hash": self.data.hashes[record.rev], "redaction": self.level, "record": data})
        self.step()
        self._write_attachments()
        excerpt = build_excerpt(self.data.audit_rows, self._disclose)
        self.audit_withheld = excerpt["withheld_concerning_case"]
        self.audit_head = f"{excerpt['head']['seq']} {excerpt['head']['hash']}"
        self._json(layout.AUDIT_EXCERPT, excerpt)
        self.withheld = self._withheld_statement(excerpt)
        self._write_summary(excerpt)
        self.step()

    def _disclose(self, row: dict[str, Any]) -> bool:
        return not leaks([str(row["detail"]), str(row["actor"]), str(row["entity_id"])], self.patterns)

    def _write_attachments(self) -> None:
        service = self.service.attachment_service()
        index = []
        for n, info in enumerate(self.attachments, start=1):
            path = None
            if self.redactor is None:
                path = layout.attachment_path(n, safe_name(info.original_name))
                target = self.stage / path.removeprefix("data/")
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "xb") as dest:
                    service.export_attachment(info.id, dest)  # checked against the SHA-256 taken at intake
                self.included += 1
            name = info.original_name if self.redactor is None else self.redactor.text(info.original_name)
            index.append({"id": info.id, "sha256": info.sha256, "size": info.size, "media_type": info.media_type,
                          "original_name": clean(name), "added_at": info.added_at, "added_by": info.added_by,
                          "included": path is not None, "path": path,
                          "revisions": [r.rev for r in self.revisions if any(a.id == info.id for a in r.attachments)]})
            self.step()
        self._json(layout.ATTACHMENT_INDEX, {"format": "fieldcase-attachments/1", "case_id": self.data.record_id,
                                             "attachments": index})

    def _withheld_statement(self, excerpt: dict[str, Any]) -> tuple[str, ...]:
        lines = []
        if self.redactor is None:
            lines.append("Nothing of the case is withheld (no redaction): names, sources, coordinates and the "
                         "attachments are as recorded.")
        else:
            current = self.revisions[-1]
            named = sum(1 for p in current.people if p.consent.naming and p.name)
            pseudo = len(current.people) - named
            lines += [
                _plural(pseudo, "{n} person appears only under a pseudonym: no consent to be named was recorded.",
                        "{n} people appear only under a pseudonym: no consent to be named was recorded."),
                _plural(named, "{n} person is named: consent to be named was recorded.",
                        "{n} people are named: consent to be named was recorded."),
                "Sources are not named (type and Admiralty grading only); exact coordinates are withheld.",
            ]
            if self.redactor.strict:
                lines.append("Strict redaction: places below admin-2 are withheld and event dates are given to the "
                             "month, also in narratives.")
            if self.attachments:
                lines.append(_plural(
                    len(self.attachments),
                    "The content of {n} attachment is withheld (a program cannot redact it); its SHA-256, size and "
                    "type are in data/case/attachments.json.",
                    "The contents of {n} attachments are withheld (a program cannot redact them); their SHA-256, "
                    "sizes and types are in data/case/attachments.json."))
            if excerpt["withheld_concerning_case"]:
                lines.append(_plural(
                    excerpt["withheld_concerning_case"],
                    "{n} audit entry about the case is given by hash only: its text names a protected person.",
                    "{n} audit entries about the case are given by hash only: their text names a protected person."))
        lines.append("Audit entries that do not concern this case are given by sequence number and hash only.")
        return tuple(lines)

    def _write_summary(self, excerpt: dict[str, Any]) -> None:
        from ..briefing.sign import SignatureBlock, sign_pdf
        from ..evidence.summary import render

        summary = self.summary_data(excerpt)
        self.texts += [*_strings(summary)]
        rendered = render(summary)
        signed = sign_pdf(rendered.pdf, self.service.ws.signing_identity(),
                          SignatureBlock(rendered.signature_page, rendered.signature_box), signing_time=self.now)
        self.summary_sha256 = hashlib.sha256(signed).hexdigest()
        self._write(layout.SUMMARY_PDF, signed)

    def summary_data(self, excerpt: dict[str, Any]) -> SummaryData:
        label = _labeller(self.service.ws)
        r = self.revisions[-1]
        red = self.redactor
        title = clean(r.title) if red is None else red.text(r.title)
        if red is None:
            where = ", ".join(clean(p) for p in (r.location.place, r.location.adm2_name, r.location.adm1_name) if p)
            if r.location.lat is not None and r.location.lon is not None:
                where += f" ({r.location.lat:.5f}, {r.location.lon:.5f})"
            date = r.date.text
        else:
            where, date = red.where(r.location), red.date(r.date)
        facts = (
            ("Case id", self.data.record_id), ("Kind", "Incident" if r.kind == "incident" else "Community information"),
            ("Date", date), ("Location", where or clean(r.location.country)),
            ("Violation types", "; ".join(label(v) for v in r.violation_types) or "none recorded"),
            ("Verification", label(r.verification).split(" (")[0]), ("Status", r.status.capitalize()),
            ("Revisions", f"{len(self.revisions)} (the current one is revision {r.rev})"),
            ("Attachments", _plural(len(self.attachments), "{n} file", "{n} files") +
             (" (included bit-exact)" if red is None else " (withheld; listed by SHA-256)") if self.attachments
             else "none"),
            ("Prepared by", self.service.ws.officer),
            ("Generated", self.now.strftime("%Y-%m-%d %H:%M:%S") + " UTC"),
            ("Package id", self.package_id))
        if red is None:
            people = tuple((p.role, f"{clean(p.name)} ({clean(p.pseudonym)})" if p.name else clean(p.pseudonym))
                           for p in r.people)
            sources = tuple((clean(s.name) + (f" ({label(s.type)})" if s.type else ""),
                             f"{s.reliability}{s.credibility}") for s in r.sources)
            narrative = clean(r.narrative)
        else:
            people = tuple((m.role, m.shown_as) for m in (red.person(p) for p in r.people))
            sources = tuple((label(s.type) if s.type else "Source (type not recorded)",
                             f"{s.reliability}{s.credibility}") for s in r.sources)
            narrative = red.text(r.narrative)
        acts = tuple((clean(a.victim), label(a.act_type),
                      ", ".join(p.status.replace("_", " ") for p in a.perpetrators) or "not recorded") for a in r.acts)
        revisions = tuple((x.rev or 0, x.created_at or "", clean(x.author), self.data.hashes[x.rev or 0])
                          for x in self.revisions)
        attachments = tuple(
            (clean(a.original_name) if red is None else red.text(a.original_name), a.media_type, _size(a.size),
             a.sha256, "yes" if red is None else "withheld") for a in self.attachments)
        head = excerpt["head"]
        audit_rows = (("Entries about the case", f"{excerpt['disclosed']} in full, "
                                                 f"{excerpt['withheld_concerning_case']} by hash only"),
                      ("Excerpt", f"entries {excerpt['entries'][0]['seq']} to {head['seq']} of the workspace's log"),
                      ("Log head at export", f"entry {head['seq']}: {head['hash']}"))
        return SummaryData(self.data.record_id, title, facts, narrative, people, acts, sources, revisions,
                           attachments, audit_rows, self.withheld, self.level, DEFAULT_CLASSIFICATION,
                           self.service.ws.officer, self.now.isoformat(), self.package_id, f"Fieldcase {__version__}")

    def bag_info(self, signer: str, fingerprint: str, recipient: str | None, to: str) -> dict[str, Any]:
        r = self.revisions[-1]
        return {
            "Source-Organization": "Fieldcase field office",
            "Contact-Name": self.service.ws.officer,
            "External-Identifier": self.data.record_id,
            "External-Description": f"Evidence package for one case ({r.kind}), {len(self.revisions)} revisions",
            "Bagging-Date": self.now.date().isoformat(),
            "Bag-Software-Agent": f"Fieldcase {__version__} (bagit library)",
            "Fieldcase-Format": layout.FORMAT,
            "Fieldcase-Package-Id": self.package_id,
            "Fieldcase-Case-Id": self.data.record_id,
            "Fieldcase-Revisions": str(len(self.revisions)),
            "Fieldcase-Attachments": f"{len(self.attachments)} ({self.included} included)",
            "Fieldcase-Redaction": self.level,
            "Fieldcase-Withheld": list(self.withheld),
            "Fieldcase-Audit-Head": self.audit_head,
            "Fieldcase-Summary-SHA256": self.summary_sha256,
            "Fieldcase-Signer": signer,
            "Fieldcase-Signer-Certificate-SHA256": fingerprint,
            "Fieldcase-Exported-At": self.now.isoformat(),
            "Fieldcase-Recipient": recipient or "none (not encrypted)",
            **({"Fieldcase-Recipient-Name": clean(to)} if to else {}),
        }

    def check_no_leaks(self, info: dict[str, Any]) -> None:
        if not self.patterns:
            return
        texts = [*self.texts, *(v if isinstance(v, str) else " ".join(v) for v in info.values())]
        if leaks(texts, self.patterns):
            raise FieldcaseError("The package would contain the name of a person who did not consent to be named "
                                 "(or, with strict redaction, an exact place); nothing was written. Please report "
                                 "this as a bug.")


# -- helpers --------------------------------------------------------------------------------------

def _all_attachments(revisions: list[CaseRecord]) -> list[Any]:
    seen: dict[str, Any] = {}
    for r in revisions:
        for a in r.attachments:
            seen.setdefault(a.id, a)
    return list(seen.values())


def _strings(summary: SummaryData) -> list[str]:
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple | list):
            for v in value:
                walk(v)

    for name in summary.__dataclass_fields__:
        walk(getattr(summary, name))
    return out


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return str(n)


def _labeller(ws: Workspace) -> Callable[[str], str]:
    from .workspace_frameworks import workspace_registry

    registry = workspace_registry(ws)
    extra = {"vs.reported": "Reported (unverified)"}

    def label(category_id: str) -> str:
        found = registry.category(category_id)
        if found is not None:
            return found.label
        return extra.get(category_id, category_id.rsplit(".", 1)[-1].replace("_", " ").capitalize())

    return label


def _destination(out: Path, recipient: str | None) -> tuple[str, Path]:
    """What to write (folder, zip or age) and where; refuses to overwrite anything."""
    if not out.parent.is_dir():
        raise FieldcaseError("The folder {folder} does not exist; nothing was written.", folder=out.parent)
    if recipient:
        if out.suffix not in (".zip", ".age"):
            raise FieldcaseError("With a recipient, the output must be a file name ending in .zip or .age.")
        if out.suffix == ".zip":
            out = out.with_name(out.name + ".age")
        kind = "age"
    else:
        kind = "zip" if out.suffix == ".zip" else "folder"
    if out.exists() and not (kind == "folder" and out.is_dir() and not any(out.iterdir())):
        raise FieldcaseError("{path} already exists; choose another name.", path=out)
    return kind, out


def _write_out(stage: Path, out: Path, kind: str, recipient: str | None) -> str | None:
    from ..fsutil import disk_error

    try:
        if kind == "folder":
            if out.is_dir():
                out.rmdir()
            os.rename(stage, out)
            return None
        top = safe_name(out.name.removesuffix(".age").removesuffix(".zip"))
        plain = stage.parent / "package.zip"  # inside the private staging folder
        try:
            write_zip(stage, plain, top)
            if kind == "zip":
                os.rename(plain, out)
            else:
                assert recipient is not None
                encrypt_file(plain, out, recipient)
        finally:
            plain.unlink(missing_ok=True)
        return sha256_file(out)
    except OSError as exc:
        _remove(out)
        raise disk_error(exc, out.name) from None


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


__all__ = ["EvidenceResult", "EvidenceService", "EvidenceTask", "PackageReport", "verify_package"]
