"""`fieldcase evidence verify PATH`: every check a recipient can make, without a workspace.

PATH is the package folder, its zip, or its age file (with the recipient's identity). The checks:
the bag (the bagit library's own validation), every hash of both manifests recomputed here and any
file that no manifest lists, the officer's CMS signature on the tag manifest, the PAdES signature of
the PDF summary (same signer), the audit excerpt (every disclosed entry recomputed, links, head), the
revisions (each one's content hash against the audit entry that committed to it) and the attachments
(each against its SHA-256 at intake). What the package says it withholds is reported alongside.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FieldcaseError
from . import layout
from .chain import check_excerpt, disclosed_entries
from .cms import verify_detached

_REVISION_ACTIONS = ("case.create", "case.revise", "case.merge", "case.migrate")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    problems: tuple[str, ...] = ()


@dataclass
class PackageReport:
    path: Path
    checks: list[Check] = field(default_factory=list)
    withheld: tuple[str, ...] = ()
    info: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, problems: list[str], detail: str) -> None:
        self.checks.append(Check(name, not problems, detail, tuple(problems)))

    def first(self, key: str) -> str | None:
        values = self.info.get(key)
        return values[0] if values else None


def verify_package(path: Path, *, identity: str | None = None,
                   trust_roots_pem: tuple[bytes, ...] = ()) -> PackageReport:
    """`identity`: an age secret key (AGE-SECRET-KEY-1...) for an encrypted package."""
    report = PackageReport(Path(path))
    with _opened(Path(path), identity, report) as bag_dir:
        if bag_dir is not None:
            _check_bag(bag_dir, report, trust_roots_pem)
    return report


# -- opening ---------------------------------------------------------------------------------------

@contextmanager
def _opened(path: Path, identity: str | None, report: PackageReport) -> Iterator[Path | None]:
    if path.is_dir():
        yield _bag_root(path)
        return
    if not path.is_file():
        raise FieldcaseError("{path} does not exist.", path=path)
    with tempfile.TemporaryDirectory(prefix="fieldcase-verify-") as tmp:
        archive = path
        if path.suffix == ".age":
            if not identity:
                raise FieldcaseError("The package is encrypted: give the recipient's age identity file (--identity).")
            archive = Path(tmp) / "package.zip"
            problem = _decrypt(path, archive, identity)
            report.add("Decryption (age)", [problem] if problem else [], "decrypted with the recipient's key")
            if problem:
                yield None
                return
        problems = _unzip(archive, Path(tmp) / "unpacked")
        report.add("Zip archive", problems, "every member's CRC checked while unpacking")
        yield None if problems else _bag_root(Path(tmp) / "unpacked")


def _decrypt(source: Path, destination: Path, identity: str) -> str:
    import pyrage

    try:
        keys = [pyrage.x25519.Identity.from_str(line.strip()) for line in identity.splitlines()
                if line.strip().startswith("AGE-SECRET-KEY-")]
    except Exception:
        keys = []
    if not keys:
        raise FieldcaseError("The identity file holds no age secret key (AGE-SECRET-KEY-1...).")
    try:
        with open(source, "rb") as src, open(destination, "xb") as dst:
            pyrage.decrypt_io(src, dst, keys)
    except Exception as exc:
        if "no matching keys" in str(exc).lower():
            return "The package is not encrypted to this identity."
        return "The encrypted package is damaged or was altered (age authentication failed)."
    return ""


def _unzip(archive: Path, target: Path) -> list[str]:
    try:
        with zipfile.ZipFile(archive) as zf:
            for member in zf.infolist():
                name = Path(member.filename)
                if name.is_absolute() or ".." in name.parts:
                    return [f"The zip holds an unsafe path ({member.filename!r}); nothing was unpacked."]
            zf.extractall(target)  # reading each member checks its CRC-32
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        return [f"The zip archive is damaged ({exc})."]
    return []


def _bag_root(path: Path) -> Path:
    if (path / "bagit.txt").is_file():
        return path
    inner = [p for p in path.iterdir() if p.is_dir() and (p / "bagit.txt").is_file()] if path.is_dir() else []
    if len(inner) == 1:
        return inner[0]
    raise FieldcaseError("{path} is not an evidence package: no bagit.txt was found.", path=path)


# -- checks ----------------------------------------------------------------------------------------

def _check_bag(bag: Path, report: PackageReport, roots: tuple[bytes, ...]) -> None:
    report.info = _tags(bag / layout.BAG_INFO)
    report.withheld = tuple(report.info.get("Fieldcase-Withheld", []))
    _check_bagit(bag, report)
    _check_hashes(bag, report)
    signer = _check_signature(bag, report, roots)
    _check_summary(bag, report, roots, signer)
    excerpt = _check_audit(bag, report)
    _check_revisions(bag, report, excerpt)
    _check_attachments(bag, report, excerpt)


def _check_bagit(bag: Path, report: PackageReport) -> None:
    import bagit

    try:
        b = bagit.Bag(str(bag))
        b.validate()
        report.add("BagIt (bagit library)", [], f"BagIt {b.tags.get('BagIt-Version')}, valid; "
                                               f"Payload-Oxum {b.info.get('Payload-Oxum')}")
    except bagit.BagValidationError as exc:
        details = [str(d) for d in exc.details] or [exc.message]
        report.add("BagIt (bagit library)", details, "not valid")
    except bagit.BagError as exc:
        report.add("BagIt (bagit library)", [str(exc)], "not a readable bag")


def _manifest(path: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                digest, _, name = line.partition(" ")
                entries[name.strip()] = digest.strip().lower()
    return entries


def sha256_file(path: Path) -> str:
    """A file's SHA-256, read in 1 MiB pieces (the one file hash of export, bag and verify)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _check_hashes(bag: Path, report: PackageReport) -> None:
    problems: list[str] = []
    listed: dict[str, str] = {}
    for manifest in (layout.MANIFEST, layout.TAGMANIFEST):
        entries = _manifest(bag / manifest)
        if not entries:
            problems.append(f"{manifest} is missing or empty.")
        listed.update(entries)
    for name, digest in sorted(listed.items()):
        file = bag / name
        if not file.is_file():
            problems.append(f"{name}: listed but missing.")
        elif sha256_file(file) != digest:
            problems.append(f"{name}: its SHA-256 does not match the manifest (the file was changed).")
    known = {*listed, layout.MANIFEST, layout.TAGMANIFEST, layout.SIGNATURE}
    for file in sorted(p for p in bag.rglob("*") if p.is_file()):
        name = file.relative_to(bag).as_posix()
        if name not in known:
            problems.append(f"{name}: not listed in any manifest (a file was added).")
    report.add("Every file hashed (SHA-256)", problems, f"{len(listed)} files listed, each hash recomputed; "
                                                        "no file outside the manifests")


def _check_signature(bag: Path, report: PackageReport, roots: tuple[bytes, ...]) -> str:
    name = "Officer's signature on the tag manifest (CMS)"
    try:
        signature = (bag / layout.SIGNATURE).read_bytes()
        tagmanifest = (bag / layout.TAGMANIFEST).read_bytes()
    except OSError:
        report.add(name, [f"{layout.SIGNATURE} or {layout.TAGMANIFEST} is missing."], "not checked")
        return ""
    result = verify_detached(tagmanifest, signature, roots)
    problems = [result.problem] if result.problem else []
    stated = report.first("Fieldcase-Signer-Certificate-SHA256")
    if result.certificate_sha256 and stated != result.certificate_sha256:
        problems.append("The signer's certificate is not the one bag-info.txt names.")
    try:
        from ..crypto.identity import fingerprint

        if fingerprint((bag / layout.CERTIFICATE).read_bytes()) != result.certificate_sha256:
            problems.append(f"{layout.CERTIFICATE} is not the signer's certificate.")
    except (OSError, ValueError):
        problems.append(f"{layout.CERTIFICATE} is missing or unreadable.")
    if result.trusted is False:
        problems.append("The signer's certificate does not chain to the trusted root given.")
    trust = {None: "trust not checked (give --trust HQ-CA.pem)", True: "chains to the trusted root",
             False: "not trusted"}[result.trusted]
    report.add(name, problems, f"signed by {result.signer} at {result.signing_time}; certificate SHA-256 "
                               f"{result.certificate_sha256}; {trust}")
    return result.certificate_sha256


def _check_summary(bag: Path, report: PackageReport, roots: tuple[bytes, ...], signer: str) -> None:
    from ..briefing.verify import verify_pdf

    name = "Signed PDF summary (PAdES)"
    try:
        data = (bag / layout.SUMMARY_PDF).read_bytes()
    except OSError:
        report.add(name, [f"{layout.SUMMARY_PDF} is missing."], "not checked")
        return
    result = verify_pdf(data, roots)
    problems = list(result.problems)
    if not result.signed:
        problems.append("The summary is not signed.")
    if signer and result.certificate_sha256 and result.certificate_sha256 != signer:
        problems.append("The summary is signed by someone other than the package's signer.")
    if report.first("Fieldcase-Summary-SHA256") not in (None, result.document_sha256):
        problems.append("The summary is not the one bag-info.txt names.")
    report.add(name, problems, f"signed by {result.signer} at {result.signing_time}; "
                               f"{'intact, covers the whole file' if result.intact else 'NOT intact'}")


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def _check_audit(bag: Path, report: PackageReport) -> dict[str, Any]:
    excerpt = _load_json(bag / layout.AUDIT_EXCERPT)
    if not isinstance(excerpt, dict):
        report.add("Audit excerpt", [f"{layout.AUDIT_EXCERPT} is missing or not JSON."], "not checked")
        return {}
    result = check_excerpt(excerpt, report.first("Fieldcase-Audit-Head"))
    report.add("Audit excerpt (hash chain)", list(result.problems),
               f"{result.entries} entries to the head (entry {result.head_seq}, {result.head_hash[:16]}...); "
               f"{result.disclosed} about the case recomputed in full, {result.withheld_concerning} about the case "
               "by hash only")
    return excerpt


def _check_revisions(bag: Path, report: PackageReport, excerpt: dict[str, Any]) -> None:
    from ..domain.records import content_hash, record_from_json

    problems: list[str] = []
    case_id = report.first("Fieldcase-Case-Id")
    committed: dict[int, str] = {}
    for e in disclosed_entries(excerpt):
        if e.get("entity") == "case" and e.get("entity_id") == case_id and e.get("action") in _REVISION_ACTIONS:
            detail = json.loads(e["detail"]) if isinstance(e.get("detail"), str) else {}
            if detail.get("content_hash"):
                committed[int(e["entity_rev"])] = detail["content_hash"]
    files = sorted((bag / layout.REVISIONS_DIR).glob("revision-*.json"))
    stated = report.first("Fieldcase-Revisions")
    if stated is None or int(stated) != len(files):
        problems.append(f"bag-info.txt states {stated} revisions; the package holds {len(files)}.")
    recomputed = 0
    for n, file in enumerate(files, start=1):
        doc = _load_json(file)
        if not isinstance(doc, dict) or doc.get("rev") != n or doc.get("case_id") != case_id:
            problems.append(f"{file.name}: not revision {n} of case {case_id}.")
            continue
        if committed.get(n) not in (None, doc.get("content_hash")):
            problems.append(f"{file.name}: its content hash is not the one the audit log committed to.")
        if n not in committed:
            problems.append(f"{file.name}: no audit entry in the excerpt commits to this revision.")
        if doc.get("redaction") == "none":
            try:
                record = record_from_json(doc["record"])
                if content_hash(_with_meta(record, doc["record"])) != doc.get("content_hash"):
                    problems.append(f"{file.name}: its content does not reproduce its content hash.")
                recomputed += 1
            except (KeyError, TypeError, ValueError):
                problems.append(f"{file.name}: not a readable record.")
    how = (f"{recomputed} recomputed from their JSON" if recomputed else
           "redacted, so matched against the audit log's hashes only")
    report.add("Revisions", problems, f"{len(files)} revisions, each matched to the audit entry that committed "
                                      f"to it; {how}")


def _with_meta(record: Any, data: dict[str, Any]) -> Any:
    """The record as stored: its attachments and pinned tag versions (record_from_json reads neither)."""
    from dataclasses import replace

    from ..domain.records import AttachmentInfo, Tag

    attachments = tuple(AttachmentInfo(**a) for a in data.get("attachments", []))
    tags = tuple(Tag(**t) for t in data.get("risk_tags", []))
    return replace(record, attachments=attachments, risk_tags=tags)


def _check_attachments(bag: Path, report: PackageReport, excerpt: dict[str, Any]) -> None:
    index = _load_json(bag / layout.ATTACHMENT_INDEX)
    if not isinstance(index, dict):
        report.add("Attachments", [f"{layout.ATTACHMENT_INDEX} is missing or not JSON."], "not checked")
        return
    intake = {}
    for e in disclosed_entries(excerpt):
        if e.get("action") == "attachment.add":
            intake[e.get("entity_id")] = json.loads(e["detail"]).get("sha256")
    problems: list[str] = []
    included = withheld = 0
    for a in index.get("attachments", []):
        if intake.get(a.get("id")) not in (None, a.get("sha256")):
            problems.append(f"Attachment {str(a.get('id'))[:8]}: its SHA-256 is not the one logged at intake.")
        if a.get("id") not in intake:
            problems.append(f"Attachment {str(a.get('id'))[:8]}: no intake entry in the audit excerpt.")
        if not a.get("included"):
            withheld += 1
            continue
        file = bag / str(a.get("path"))
        if not file.is_file():
            problems.append(f"{a.get('path')}: missing.")
        elif sha256_file(file) != a.get("sha256"):
            problems.append(f"{a.get('path')}: not bit-exact (its SHA-256 differs from the one taken at intake).")
        else:
            included += 1
    report.add("Attachments", problems, f"{included} included and identical to their SHA-256 at intake; "
                                        f"{withheld} withheld (listed by SHA-256)")


def _tags(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return out
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            out.setdefault(key.strip(), []).append(value.strip())
    return out
