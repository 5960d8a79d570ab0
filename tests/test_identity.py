"""The officer's signing identity: P-256 key + certificate, kept in the encrypted store, HQ enrolment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import delete, select

from conftest import PASSPHRASE, run_cli
from fieldcase.crypto.ca import CertificateAuthority
from fieldcase.crypto.identity import (
    CertificateRejected,
    build_csr,
    generate_identity,
    with_issued_certificate,
)
from fieldcase.store.models import AuditEntry, Secret
from fieldcase.workspace import SECRET_SIGNING_CERT, SECRET_SIGNING_KEY, Workspace


def test_a_new_identity_is_p256_with_a_self_signed_signing_certificate() -> None:
    ident = generate_identity("Amira Haddad", "0b5e0f4e-0000-4000-8000-000000000000")
    cert = ident.certificate
    assert isinstance(ident.private_key, ec.EllipticCurvePrivateKey)
    assert isinstance(ident.private_key.curve, ec.SECP256R1)
    assert cert.public_key() == ident.private_key.public_key()
    assert ident.subject == "Amira Haddad" and ident.self_signed
    assert cert.issuer == cert.subject
    cert.verify_directly_issued_by(cert)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365
    assert 4.9 < years < 5.1
    assert len(ident.fingerprint) == 95 and ident.fingerprint.count(":") == 31
    assert "key_der" not in repr(ident) and ident.key_der.hex()[:16] not in repr(ident)


def test_the_workspace_keeps_its_identity_encrypted_and_stable(workspace_dir: Path) -> None:
    ws, _ = Workspace.create(workspace_dir, PASSPHRASE, "Officer Test")
    first = ws.signing_identity()
    key_der = first.key_der
    ws.lock()
    with Workspace.unlock(workspace_dir, PASSPHRASE) as again:
        assert again.signing_identity() == first
        with again.engine.connect() as conn:
            actions = conn.execute(select(AuditEntry.action)).scalars().all()
    assert "identity.create" in actions
    for path in workspace_dir.rglob("*"):
        if path.is_file():
            assert key_der not in path.read_bytes(), f"signing key in the clear in {path.name}"


def test_an_older_workspace_gets_an_identity_on_first_use(workspace: Workspace) -> None:
    with workspace.engine.begin() as conn:  # a workspace from before identities existed
        conn.execute(delete(Secret.__table__).where(Secret.name.in_((SECRET_SIGNING_KEY, SECRET_SIGNING_CERT))))
    made = workspace.signing_identity()
    assert made.subject == "Officer Test"
    assert workspace.signing_identity() == made
    with workspace.engine.connect() as conn:
        assert conn.execute(select(AuditEntry.action).where(AuditEntry.action == "identity.create")).all()


def test_hq_enrolment_replaces_the_certificate_and_keeps_the_key(workspace: Workspace) -> None:
    ca = CertificateAuthority.create("Fieldcase HQ test CA")
    before = workspace.signing_identity()
    issued = ca.issue(build_csr(before))
    after = workspace.install_certificate(issued, (ca.cert_pem,))
    assert after.key_der == before.key_der
    assert not after.self_signed and after.chain_pem == (ca.cert_pem,)
    after.certificate.verify_directly_issued_by(ca.certificate)
    assert workspace.signing_identity() == after
    with workspace.engine.connect() as conn:
        assert conn.execute(select(AuditEntry.action).where(
            AuditEntry.action == "identity.certificate-installed")).all()


def test_a_certificate_for_another_key_or_from_another_ca_is_refused() -> None:
    mine, theirs = generate_identity("Me"), generate_identity("Someone else")
    ca, other_ca = CertificateAuthority.create("HQ CA"), CertificateAuthority.create("Not HQ")
    with pytest.raises(CertificateRejected, match="different key"):
        with_issued_certificate(mine, ca.issue(build_csr(theirs)), (ca.cert_pem,))
    with pytest.raises(CertificateRejected, match="not issued by"):
        with_issued_certificate(mine, ca.issue(build_csr(mine)), (other_ca.cert_pem,))
    expired = ca.issue(build_csr(mine), now=dt.datetime.now(dt.UTC) - dt.timedelta(days=400), days=30)
    with pytest.raises(CertificateRejected, match="not valid now"):
        with_issued_certificate(mine, expired, (ca.cert_pem,))
    with pytest.raises(CertificateRejected, match="not a PEM"):
        with_issued_certificate(mine, b"garbage")


def test_the_ca_issues_only_signing_certificates_from_valid_requests() -> None:
    ca = CertificateAuthority.create("HQ CA")
    assert ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    cert = x509.load_pem_x509_certificate(ca.issue(build_csr(generate_identity("Officer"))))
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.content_commitment and not usage.key_cert_sign
    with pytest.raises(CertificateRejected):
        ca.issue(b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n")


def test_identity_cli_writes_a_csr_and_installs_the_issued_certificate(tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    assert run_cli("init", "--officer", "Officer CLI", workspace=ws_dir).returncode == 0
    csr_path, cert_path, ca_path = tmp_path / "me.csr", tmp_path / "me.pem", tmp_path / "ca.pem"
    shown = run_cli("identity", "--csr", str(csr_path), workspace=ws_dir)
    assert shown.returncode == 0, shown.stderr
    assert "self-signed" in shown.stdout and "ECDSA P-256" in shown.stdout
    ca = CertificateAuthority.create("HQ CA")
    cert_path.write_bytes(ca.issue(csr_path.read_bytes()))
    ca_path.write_bytes(ca.cert_pem)
    done = run_cli("identity", "--install", str(cert_path), "--chain", str(ca_path), workspace=ws_dir)
    assert done.returncode == 0, done.stderr
    assert "Installed" in done.stdout and "HQ CA" in done.stdout
    wrong = CertificateAuthority.create("Other").issue(build_csr(generate_identity("x")))
    cert_path.write_bytes(wrong)
    refused = run_cli("identity", "--install", str(cert_path), workspace=ws_dir)
    assert refused.returncode != 0 and "different key" in refused.stderr
