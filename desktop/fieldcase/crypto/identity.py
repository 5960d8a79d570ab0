"""The officer's signing identity: an ECDSA P-256 key and an X.509 certificate.

Every workspace has one. At `init` the certificate is self-signed; once HQ enrolment exists, the
officer sends a certificate signing request (`build_csr`) and HQ's certificate replaces the
self-signed one (`with_issued_certificate`), the key staying the same.

ECDSA P-256 and not Ed25519: poppler/NSS (what many PDF readers use to check signatures) cannot
verify Ed25519 PDF signatures. KeyUsage carries nonRepudiation as well as digitalSignature because
PDF signing tools (pyHanko among them) require it for document signatures.

No Qt and no SQLAlchemy here: the workspace stores the parts (`OfficerIdentity.key_der` is secret
and lives only in the encrypted store).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ..errors import FieldcaseError

ORGANISATION = "Fieldcase field officer"
VALIDITY_DAYS = 5 * 365 + 1


class CertificateRejected(FieldcaseError):
    code = "certificate-rejected"
    exit_status = 11


@dataclass(frozen=True)
class OfficerIdentity:
    """`key_der` is the PKCS#8 DER private key (secret); the certificates are public PEM."""

    key_der: bytes = b""
    cert_pem: bytes = b""
    chain_pem: tuple[bytes, ...] = ()  # issuing CA certificates, nearest first (empty when self-signed)

    def __repr__(self) -> str:  # never print the key
        return f"OfficerIdentity(subject={self.subject!r}, fingerprint={self.fingerprint[:23]}...)"

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def private_key(self) -> ec.EllipticCurvePrivateKey:
        key = serialization.load_der_private_key(self.key_der, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise CertificateRejected("The stored signing key is not an ECDSA key.")
        return key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.cert_pem)

    @property
    def subject(self) -> str:
        return common_name(self.certificate)

    @property
    def self_signed(self) -> bool:
        cert = self.certificate
        return cert.issuer == cert.subject and not self.chain_pem


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the DER certificate, as colon-separated upper-case hex (how viewers show it)."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def common_name(cert: x509.Certificate, *, issuer: bool = False) -> str:
    """The certificate's subject (or issuer) common name, or the whole name if it has none."""
    name = cert.issuer if issuer else cert.subject
    names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else name.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _name(officer: str, workspace_id: str | None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, officer.strip()[:64] or "officer"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION)]
    if workspace_id:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"workspace {workspace_id}"))
    return x509.Name(attrs)


def signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                         encipher_only=False, decipher_only=False)


def generate_identity(officer: str, workspace_id: str | None = None, *,
                      now: dt.datetime | None = None) -> OfficerIdentity:
    """A fresh P-256 key with a self-signed certificate valid for about five years."""
    key = ec.generate_private_key(ec.SECP256R1())
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=1)  # tolerate clock skew at HQ
    name = _name(officer, workspace_id)
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=VALIDITY_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(signing_key_usage(), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return OfficerIdentity(key_der, cert.public_bytes(serialization.Encoding.PEM))


def build_csr(identity: OfficerIdentity) -> bytes:
    """A PEM certificate signing request for HQ enrolment, with the same subject as the current certificate."""
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(identity.certificate.subject)
           .add_extension(signing_key_usage(), critical=True)
           .sign(identity.private_key, hashes.SHA256()))
    return csr.public_bytes(serialization.Encoding.PEM)


def _check_issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> None:
    if cert.issuer != issuer.subject:
        raise CertificateRejected("The certificate was not issued by the certificate given as its issuer.")
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        raise CertificateRejected("The certificate's signature does not verify against its issuer.") from None


def with_issued_certificate(identity: OfficerIdentity, cert_pem: bytes,
                            chain_pem: tuple[bytes, ...] = ()) -> OfficerIdentity:
    """The identity with an HQ-issued certificate instead of the current one (same key).

    Refused unless the certificate holds this identity's public key, is allowed to sign documents,
    is currently valid, and (when a chain is given) each link is signed by the next.
    """
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        chain = [x509.load_pem_x509_certificate(c) for c in chain_pem]
    except ValueError:
        raise CertificateRejected("That is not a PEM certificate.") from None
    if cert.public_key() != identity.private_key.public_key():
        raise CertificateRejected("The certificate is for a different key than this workspace's signing key; "
                                  "it was not installed.")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature and usage.content_commitment):
        raise CertificateRejected("The certificate does not allow document signing "
                                  "(it needs digitalSignature and nonRepudiation).")
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise CertificateRejected("The certificate is not valid now (check its dates and this device's clock).")
    for child, parent in zip([cert, *chain], chain, strict=False):
        _check_issued_by(child, parent)
    return OfficerIdentity(identity.key_der, cert.public_bytes(serialization.Encoding.PEM),
                           tuple(c.public_bytes(serialization.Encoding.PEM) for c in chain))


def split_pem_bundle(data: bytes) -> tuple[bytes, ...]:
    """Each certificate of a PEM bundle, in order."""
    return tuple(c.public_bytes(serialization.Encoding.PEM) for c in x509.load_pem_x509_certificates(data))
