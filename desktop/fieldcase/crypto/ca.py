"""A small certificate authority for HQ: it issues officers' signing certificates from their CSRs.

Used by tests today, and by HQ enrolment (sync) later. The CA key is ECDSA P-256, like the officers'
keys, so that poppler/NSS can check the whole chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from .identity import VALIDITY_DAYS, CertificateRejected, signing_key_usage

CA_VALIDITY_DAYS = 10 * 365 + 2


@dataclass(frozen=True)
class CertificateAuthority:
    key_der: bytes  # PKCS#8 DER; keep it offline at HQ
    cert_pem: bytes

    def __repr__(self) -> str:
        return f"CertificateAuthority({self.certificate.subject.rfc4514_string()!r})"

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def _key(self) -> ec.EllipticCurvePrivateKey:
        key = serialization.load_der_private_key(self.key_der, password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return key

    @classmethod
    def create(cls, name: str, organisation: str = "United Nations field operations (HQ)", *,
               now: dt.datetime | None = None) -> CertificateAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)])
        start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=1)
        cert = (x509.CertificateBuilder()
                .subject_name(subject).issuer_name(subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(start + dt.timedelta(days=CA_VALIDITY_DAYS))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                             key_encipherment=False, data_encipherment=False, key_agreement=False,
                                             key_cert_sign=True, crl_sign=True, encipher_only=False,
                                             decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(key, hashes.SHA256()))
        key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        return cls(key_der, cert.public_bytes(serialization.Encoding.PEM))

    def issue(self, csr_pem: bytes, *, days: int = VALIDITY_DAYS, now: dt.datetime | None = None) -> bytes:
        """An officer signing certificate (PEM) for the key and subject in `csr_pem`."""
        try:
            csr = x509.load_pem_x509_csr(csr_pem)
        except ValueError:
            raise CertificateRejected("That is not a PEM certificate signing request.") from None
        if not csr.is_signature_valid:
            raise CertificateRejected("The signing request's own signature does not verify.")
        ca_cert = self.certificate
        start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=1)
        public_key = csr.public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            raise CertificateRejected("Only ECDSA P-256 officer keys are issued certificates.")
        cert = (x509.CertificateBuilder()
                .subject_name(csr.subject).issuer_name(ca_cert.subject).public_key(public_key)
                .serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(min(start + dt.timedelta(days=days),
                                                             ca_cert.not_valid_after_utc))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(signing_key_usage(), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()),
                               critical=False)
                .sign(self._key, hashes.SHA256()))
        return cert.public_bytes(serialization.Encoding.PEM)
