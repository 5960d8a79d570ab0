"""Evidence packages for one case (issue 18), end to end through the real command line.

One encrypted workspace holds a case with three attachments and five revisions, its officer's certificate
issued by a small HQ CA. It is exported four ways (no redaction as a folder, no redaction encrypted to an
age key, standard as a zip, strict as a folder) and each package is checked with standard tools only
(bagit.py, sha256sum, openssl cms, pdfsig, age, unzip, grep, find) and with `fieldcase evidence verify`.
A byte flipped in any file, a file removed or a file added is reported by both.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from fieldcase.crypto.ca import CertificateAuthority
from fieldcase.crypto.identity import build_csr
from fieldcase.domain.records import (
    NOT_QUALIFYING,
    Act,
    CaseRecord,
    Consent,
    Location,
    PartialDate,
    Perpetrator,
    PersonLink,
    SourceLink,
)
from fieldcase.evidence import layout
from fieldcase.services.evidence import verify_package
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

TOOLS = ("age", "age-keygen", "openssl", "pdfsig", "pdftotext", "certutil", "sha256sum", "unzip")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="needs age, openssl, poppler-utils, libnss3-tools (scripts/bootstrap.sh)")
BAGIT = str(Path(sys.executable).with_name("bagit.py"))  # the bagit package's own command
PROTECTED = ("Amina", "Haddad", "Yusuf", "Karim")  # people without consent to be named
PLACE = "Ansel's Well"  # below admin-2: gone in strict packages


def sh(*argv: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(argv, cwd=cwd, capture_output=True, timeout=120, input=stdin)


def _case(root: Path) -> tuple[str, dict[str, bytes]]:
    ws, _recovery = Workspace.create(root / "ws", PASSPHRASE, "Officer Test")
    ca = CertificateAuthority.create("Fieldcase HQ test CA")
    ws.install_certificate(ca.issue(build_csr(ws.signing_identity())), (ca.cert_pem,))
    (root / "ca.pem").write_bytes(ca.cert_pem)
    cases = CaseService(ws)
    record = cases.save(CaseRecord(
        kind="incident", title=f"Arrest of Amina Haddad at {PLACE} market", date=PartialDate("2026-10-14"),
        location=Location("XTV", "XT01", "Orsavale", "XT0101", "Tolmere", PLACE, -22.51234, -18.4321),
        narrative=f"On 14 October Amina Haddad was detained at {PLACE} by police officers. "
                  "Her brother Yusuf Karim saw it.\nSources: Yusuf Karim (eyewitness).",
        people=(PersonLink("victim", "V-01", name="Amina Haddad"), PersonLink("witness", "W-02", name="Yusuf Karim"),
                PersonLink("other", "J-03", name="Mara Quellin", consent=Consent(naming=True))),
        acts=(Act("V-01", "huridocs.mt04.020111110000", (Perpetrator("state"),)),),
        sources=(SourceLink("Yusuf Karim", "B", 2),)))
    originals = {"statement-Amina-Haddad.txt": b"Statement given by Amina Haddad to the team.\n",
                 "photo.jpg": os.urandom(40_000), "audio.ogg": os.urandom(25_000)}
    for name, data in originals.items():  # revisions 2, 3, 4
        (root / name).write_bytes(data)
        cases.attach(record.id or "", root / name)
    current = cases.get(record.id or "")
    overridden = replace(current.acts[0], sdg_override=NOT_QUALIFYING,
                         override_rationale="Amina Haddad was not targeted for her work.")
    cases.save(replace(current, narrative=current.narrative + "\nAmina Haddad was released two days later.",
                       verification="vs.corroborated", acts=(overridden,)), expected_rev=current.rev)  # revision 5
    assert [h.rev for h in cases.history(record.id or "")] == [1, 2, 3, 4, 5]
    ws.lock()
    return record.id or "", originals


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("evidence")
    case_id, originals = _case(root)
    sh("age-keygen", "-o", str(root / "key.txt"))
    recipient = next(line.split(": ")[1] for line in (root / "key.txt").read_text().splitlines()
                     if line.startswith("# public key: "))
    exports = {"full": ("--out", str(root / "full"), "--redaction", "none", "--to", "Commission of inquiry"),
               "age": ("--out", str(root / "sealed.zip"), "--redaction", "none", "--recipient", recipient),
               "standard": ("--out", str(root / "standard.zip")),
               "strict": ("--out", str(root / "strict"), "--redaction", "strict")}
    outputs = {}
    for name, args in exports.items():
        done = run_cli("evidence", "export", case_id[:8], *args, workspace=root / "ws")
        assert done.returncode == 0, done.stdout + done.stderr
        outputs[name] = done.stdout
    return {"root": root, "case_id": case_id, "originals": originals, "recipient": recipient, "stdout": outputs,
            "full": root / "full", "age": root / "sealed.zip.age", "standard": root / "standard.zip",
            "strict": root / "strict", "ca": root / "ca.pem"}


def nss_db(directory: Path, ca_pem: Path) -> Path:
    directory.mkdir()
    sh("certutil", "-N", "-d", f"sql:{directory}", "--empty-password")
    sh("certutil", "-A", "-d", f"sql:{directory}", "-n", "hq", "-t", "CT,C,C", "-i", str(ca_pem))
    return directory


def unlisted(bag: Path) -> list[str]:
    """What the README's find/sort/comm line prints: files that neither manifest lists (but the signature)."""
    script = ("comm -13 <( (cut -d' ' -f3- manifest-sha256.txt; cut -d' ' -f3- tagmanifest-sha256.txt; "
              "printf '%s\\n' manifest-sha256.txt tagmanifest-sha256.txt tagmanifest-sha256.txt.p7s) | sort) "
              "<(find . -type f -printf '%P\\n' | sort)")
    done = subprocess.run(["bash", "-c", script], cwd=bag, capture_output=True, text=True, timeout=60)
    return done.stdout.split()


def standard_tools(bag: Path, ca: Path) -> dict[str, bool]:
    """Each standard check on an unpacked package: True when it passes."""
    pdf = bag / layout.SUMMARY_PDF
    pdfsig = sh("pdfsig", str(pdf)).stdout.decode() if pdf.exists() else ""
    return {
        "bagit.py --validate": sh(BAGIT, "--validate", str(bag)).returncode == 0,
        "sha256sum -c manifest": sh("sha256sum", "-c", "--strict", "manifest-sha256.txt", cwd=bag).returncode == 0,
        "sha256sum -c tagmanifest": sh("sha256sum", "-c", "--strict", layout.TAGMANIFEST, cwd=bag).returncode == 0,
        "openssl cms -verify": sh("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", layout.SIGNATURE,
                                  "-content", layout.TAGMANIFEST, "-CAfile", str(ca), "-purpose", "any",
                                  "-out", "/dev/null", cwd=bag).returncode == 0,
        "pdfsig": "Signature is Valid." in pdfsig and "Total document signed" in pdfsig,
        "no unlisted file": not unlisted(bag),
    }


def unzip(archive: Path, target: Path) -> Path:
    assert sh("unzip", "-q", str(archive), "-d", str(target)).returncode == 0
    (inner,) = [p for p in target.iterdir() if p.is_dir()]
    return inner


# -- 1. standard tools and `evidence verify` on good packages ---------------------------------------

def test_a_full_package_passes_every_standard_tool_and_holds_the_originals_bit_exact(pkg: dict, tmp_path: Path) -> None:
    bag = pkg["full"]
    assert standard_tools(bag, pkg["ca"]) == dict.fromkeys(standard_tools(bag, pkg["ca"]), True)
    report = sh("pdfsig", "-nssdir", f"sql:{nss_db(tmp_path / 'nss', pkg['ca'])}", str(bag / layout.SUMMARY_PDF))
    assert b"Signature is Valid." in report.stdout and b"Certificate is Trusted." in report.stdout, report.stdout
    assert b"Officer Test" in report.stdout
    assert (bag / "bagit.txt").read_text().startswith("BagIt-Version: 1.0\n")
    for n, (name, data) in enumerate(pkg["originals"].items(), start=1):
        assert (bag / layout.attachment_path(n, name)).read_bytes() == data  # bit-exact
        assert f"{hashlib.sha256(data).hexdigest()}  {layout.attachment_path(n, name)}" in \
            (bag / layout.MANIFEST).read_text()
    revisions = sorted((bag / layout.REVISIONS_DIR).iterdir())
    assert [p.name for p in revisions] == [f"revision-000{n}.json" for n in range(1, 6)]
    assert json.loads(revisions[-1].read_bytes())["record"]["people"][0]["name"] == "Amina Haddad"
    info = (bag / "bag-info.txt").read_text()
    assert "Fieldcase-Redaction: none" in info and "Fieldcase-Recipient-Name: Commission of inquiry" in info


def test_evidence_verify_reports_each_check_and_what_was_withheld(pkg: dict) -> None:
    done = run_cli("evidence", "verify", str(pkg["full"]), "--trust", str(pkg["ca"]), passphrase=None)
    assert done.returncode == 0, done.stdout + done.stderr
    for line in ("[OK] BagIt (bagit library): BagIt 1.0, valid", "[OK] Every file hashed (SHA-256): 15 files",
                 "[OK] Officer's signature on the tag manifest (CMS): signed by Officer Test",
                 "chains to the trusted root", "[OK] Signed PDF summary (PAdES)", "[OK] Audit excerpt (hash chain)",
                 "[OK] Revisions: 5 revisions", "5 recomputed from their JSON",
                 "[OK] Attachments: 3 included and identical to their SHA-256 at intake", "Result: OK"):
        assert line in done.stdout, done.stdout
    assert "0 about the case by hash only" in done.stdout  # the override's rationale is disclosed in full
    redacted = run_cli("evidence", "verify", str(pkg["standard"]), passphrase=None)
    assert redacted.returncode == 0, redacted.stdout
    # the act.override entry quotes a protected name: given by hash only, and the chain still verifies
    assert "1 about the case by hash only" in redacted.stdout
    assert "1 audit entry about the case is given by hash only" in redacted.stdout
    assert "3 withheld (listed by SHA-256)" in redacted.stdout
    assert "The contents of 3 attachments are withheld" in redacted.stdout
    assert "2 people appear only under a pseudonym" in redacted.stdout


def test_an_encrypted_package_opens_with_the_age_cli_and_verifies(pkg: dict, tmp_path: Path) -> None:
    key = pkg["root"] / "key.txt"
    plain = tmp_path / "sealed.zip"
    assert sh("age", "-d", "-i", str(key), "-o", str(plain), str(pkg["age"])).returncode == 0
    bag = unzip(plain, tmp_path / "unpacked")
    assert all(standard_tools(bag, pkg["ca"]).values()), standard_tools(bag, pkg["ca"])
    assert f"Fieldcase-Recipient: {pkg['recipient']}" in (bag / "bag-info.txt").read_text()
    done = run_cli("evidence", "verify", str(pkg["age"]), "--identity", str(key), passphrase=None)
    assert done.returncode == 0 and "[OK] Decryption (age)" in done.stdout, done.stdout + done.stderr
    no_key = run_cli("evidence", "verify", str(pkg["age"]), passphrase=None)
    assert no_key.returncode != 0 and "--identity" in no_key.stderr
    other = tmp_path / "other.txt"
    sh("age-keygen", "-o", str(other))
    wrong = run_cli("evidence", "verify", str(pkg["age"]), "--identity", str(other), passphrase=None)
    assert wrong.returncode == 2 and "not encrypted to this identity" in wrong.stdout


def test_the_export_is_in_the_audit_log_with_its_hashes(pkg: dict) -> None:
    from fieldcase.store.tables import AUDIT

    with Workspace.unlock(pkg["root"] / "ws", PASSPHRASE) as ws, ws.db.reading() as conn:
        rows = conn.execute(AUDIT.select().where(AUDIT.c.action == "evidence.export").order_by(AUDIT.c.seq)).all()
    assert len(rows) == 4 and all(r.entity_id == pkg["case_id"] for r in rows)
    full, sealed, standard, _strict = (json.loads(r.detail) for r in rows)
    bag = pkg["full"]
    assert full["manifest_sha256"] == hashlib.sha256((bag / layout.MANIFEST).read_bytes()).hexdigest()
    assert full["tagmanifest_sha256"] == hashlib.sha256((bag / layout.TAGMANIFEST).read_bytes()).hexdigest()
    assert full["to"] == "Commission of inquiry" and full["redaction"] == "none" and full["attachments_included"] == 3
    assert sorted(full["attachments_sha256"]) == sorted(hashlib.sha256(d).hexdigest()
                                                        for d in pkg["originals"].values())
    assert sealed["recipient_age_key"] == pkg["recipient"] and sealed["form"] == "age"
    assert sealed["package_sha256"] == hashlib.sha256(pkg["age"].read_bytes()).hexdigest()
    assert standard["package_sha256"] == hashlib.sha256(pkg["standard"].read_bytes()).hexdigest()
    head = (bag / "bag-info.txt").read_text().split("Fieldcase-Audit-Head: ")[1].split("\n")[0]
    assert full["audit_head"] == head
    assert run_cli("verify-audit", workspace=pkg["root"] / "ws").returncode == 0


# -- 2. tampering: a byte flipped anywhere, a file removed, a file added ------------------------------

# every file of the full package
FILES = ["bagit.txt", "bag-info.txt", layout.MANIFEST, layout.TAGMANIFEST, layout.SIGNATURE, layout.CERTIFICATE,
         layout.SUMMARY_PDF, layout.AUDIT_EXCERPT, layout.ATTACHMENT_INDEX,
         *(layout.revision_path(n) for n in range(1, 6)),
         layout.attachment_path(1, "statement-Amina-Haddad.txt"), layout.attachment_path(2, "photo.jpg"),
         layout.attachment_path(3, "audio.ogg")]


def _flip(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    path.write_bytes(bytes(data))


def _tampered(pkg: dict, tmp_path: Path, how: str, target: str) -> Path:
    bag = tmp_path / "bag"
    shutil.copytree(pkg["full"], bag)
    if how == "flip":
        _flip(bag / target)
    elif how == "remove":
        (bag / target).unlink()
    else:
        (bag / target).write_text("added after signing\n")
    return bag


@pytest.mark.parametrize(("how", "target"), [
    *(("flip", f) for f in FILES),
    ("remove", layout.attachment_path(1, "statement-Amina-Haddad.txt")), ("remove", layout.revision_path(5)),
    ("remove", "bag-info.txt"), ("remove", layout.SIGNATURE), ("remove", layout.CERTIFICATE),
    ("add", "data/attachments/004-extra.jpg"), ("add", "data/case/revisions/revision-0006.json"),
    ("add", "notes.txt"),
])
def test_tampering_is_reported_by_the_standard_tools_and_by_evidence_verify(pkg: dict, tmp_path: Path, how: str,
                                                                            target: str) -> None:
    if how == "flip":
        assert sorted(FILES) == sorted(p.relative_to(pkg["full"]).as_posix() for p in pkg["full"].rglob("*")
                                       if p.is_file())
    bag = _tampered(pkg, tmp_path, how, target)
    tools = standard_tools(bag, pkg["ca"])
    assert not all(tools.values()), f"no standard tool noticed: {how} {target}"
    report = verify_package(bag, trust_roots_pem=(pkg["ca"].read_bytes(),))
    assert not report.ok
    failed = " ".join(p for c in report.checks for p in c.problems)
    name = target.rsplit("/", 1)[-1]
    assert name in failed or how == "flip", failed  # removed and added files are named


def test_the_command_line_reports_a_flipped_byte_with_exit_status_2(pkg: dict, tmp_path: Path) -> None:
    bag = _tampered(pkg, tmp_path, "flip", layout.attachment_path(3, "audio.ogg"))
    done = run_cli("evidence", "verify", str(bag), passphrase=None)
    assert done.returncode == 2 and "Result: FAILED" in done.stdout
    assert "003-audio.ogg: its SHA-256 does not match the manifest" in done.stdout
    assert "not bit-exact" in done.stdout


@pytest.mark.parametrize("which", ["standard", "age"])
def test_a_flipped_byte_in_the_zip_or_age_file_is_reported(pkg: dict, tmp_path: Path, which: str) -> None:
    copy = tmp_path / pkg[which].name
    shutil.copy(pkg[which], copy)
    _flip(copy, 0.3)
    key = pkg["root"] / "key.txt"
    if which == "age":
        assert sh("age", "-d", "-i", str(key), "-o", str(tmp_path / "x.zip"), str(copy)).returncode != 0
    else:
        assert sh("unzip", "-tq", str(copy)).returncode != 0
    report = verify_package(copy, identity=key.read_text() if which == "age" else None)
    assert not report.ok and report.checks[0].problems, report.checks


# -- 3. redaction: no protected name in any file of a redacted package --------------------------------

def _grep(root: Path, word: str) -> list[str]:
    done = subprocess.run(["grep", "-r", "-l", "-i", "-F", word, str(root)], capture_output=True, text=True, timeout=60)
    return done.stdout.split()


def _pdftext(bag: Path) -> str:
    return sh("pdftotext", str(bag / layout.SUMMARY_PDF), "-").stdout.decode()


def test_redacted_packages_hold_no_protected_name_in_any_file(pkg: dict, tmp_path: Path) -> None:
    standard = unzip(pkg["standard"], tmp_path / "standard")
    full_text = _pdftext(pkg["full"])
    for word in PROTECTED:  # the check can fail: the unredacted package has them, also in the PDF text
        assert _grep(pkg["full"], word) and word in full_text
    for bag in (standard, pkg["strict"]):
        assert all(standard_tools(bag, pkg["ca"]).values())
        text = _pdftext(bag)
        for word in PROTECTED:
            assert _grep(bag, word) == [], (bag, word)
            assert word not in text
        assert "Mara Quellin" in text  # named with recorded consent
        assert not (bag / "data" / "attachments").exists()  # contents withheld, listed by hash
        index = json.loads((bag / layout.ATTACHMENT_INDEX).read_bytes())["attachments"]
        assert sorted(a["sha256"] for a in index) == sorted(hashlib.sha256(d).hexdigest()
                                                            for d in pkg["originals"].values())
        assert not any(a["included"] for a in index)
        revision = json.loads((bag / layout.revision_path(5)).read_bytes())["record"]
        assert "lat" not in revision["location"] and all("name" not in s for s in revision["sources"])
    assert _grep(standard, "Ansel") and _grep(pkg["strict"], "Ansel") == []  # strict: no place below admin-2
    assert "2026-10-14" not in _pdftext(pkg["strict"]) and "2026-10-14" in _pdftext(standard)
    assert "Fieldcase-Redaction: strict" in (pkg["strict"] / "bag-info.txt").read_text()


def test_the_summary_renders_to_pages(pkg: dict) -> None:
    """The PNGs are written next to the packages for a person to look at (pdftoppm)."""
    for name in ("full", "strict"):
        prefix = pkg["root"] / f"summary-{name}"
        assert sh("pdftoppm", "-r", "60", "-png", str(pkg[name] / layout.SUMMARY_PDF), str(prefix)).returncode == 0
        assert len(list(pkg["root"].glob(f"summary-{name}-*.png"))) == 2


# -- bad input --------------------------------------------------------------------------------------

def test_bad_requests_get_clear_errors_and_write_nothing(pkg: dict, tmp_path: Path) -> None:
    ws = pkg["root"] / "ws"
    cases = [(("nothere", "--out", str(tmp_path / "a")), "is not a record id"),
             ((pkg["case_id"], "--out", str(pkg["full"])), "already exists"),
             ((pkg["case_id"], "--out", str(tmp_path / "b.zip"), "--recipient", "age1nonsense"), "age public key"),
             ((pkg["case_id"], "--out", str(tmp_path / "c"), "--recipient", pkg["recipient"]), ".zip or .age"),
             ((pkg["case_id"], "--out", str(tmp_path / "no" / "d")), "does not exist")]
    for args, message in cases:
        done = run_cli("evidence", "export", *args, workspace=ws)
        assert done.returncode != 0 and message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert not any(p.name.startswith(".fieldcase-evidence-") for p in pkg["root"].iterdir())


def test_a_zip_with_a_path_outside_the_package_is_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../escape.txt", "x")
    report = verify_package(evil)
    assert not report.ok and "unsafe path" in report.checks[0].problems[0]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_an_export_that_would_leak_a_protected_name_stops_and_writes_nothing(pkg: dict, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The leak check is the last line of defence: with the record redaction broken on purpose, it stops."""
    from fieldcase.errors import FieldcaseError
    from fieldcase.services import evidence

    monkeypatch.setattr(evidence, "redact_record", lambda data, _redactor: data)
    with Workspace.unlock(pkg["root"] / "ws", PASSPHRASE) as ws:
        with pytest.raises(FieldcaseError, match="did not consent to be named"):
            evidence.EvidenceService(ws).export(pkg["case_id"], tmp_path / "leaky.zip")
        assert list(tmp_path.iterdir()) == []


def test_a_flip_anywhere_in_the_signature_is_a_result_never_a_crash(pkg: dict) -> None:
    """Every byte of the .p7s in turn (some leave the CMS parseable but its certificate not)."""
    from fieldcase.evidence.cms import verify_detached

    bag = pkg["full"]
    signed = (bag / "tagmanifest-sha256.txt").read_bytes()
    signature = (bag / layout.SIGNATURE).read_bytes()
    roots = (pkg["ca"].read_bytes(),)
    good = verify_detached(signed, signature, roots)
    assert good.intact and good.trusted
    for at in range(0, len(signature), 4):
        flipped = bytearray(signature)
        flipped[at] ^= 0x01
        result = verify_detached(signed, bytes(flipped), roots)  # must not raise
        # A flip in the envelope's unsigned framing may still parse and verify (the signature covers the
        # signed attributes and the manifest's digest, not the DER around them; a certificate's outer framing,
        # e.g. its signature's unused-bits byte, is not under the CA's signature either, so its fingerprint may
        # change): then it is still the same signer, certified by the same CA.
        if result.intact and result.trusted:
            assert result.signer == good.signer, at
