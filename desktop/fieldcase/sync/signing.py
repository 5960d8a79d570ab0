"""ECDSA P-256 / SHA-256 signatures over canonical bytes, and the checks on who signed.

A signature block travels as JSON: {"format", "alg", "cert" (PEM of the signer), "signature" (base64
DER)}. Verifying never trusts the certificate inside the block by itself: the caller passes the
certificate it expects (an enrolled officer's, HQ's) and the block must carry exactly that one.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ..crypto.identity import fingerprint
from .formats import SIGNATURE_FORMAT, PackageRefused, canonical_json, load_json_object

ALG = "ecdsa-p256-sha256"


def sign(key_der: bytes, cert_pem: bytes, data: bytes) -> bytes:
    key = serialization.load_der_private_key(key_der, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PackageRefused("bad-key", "The signing key is not an ECDSA P-256 key.")
    signature = key.sign(data, ec.ECDSA(hashes.SHA256()))
    return canonical_json({"format": SIGNATURE_FORMAT, "alg": ALG, "cert": cert_pem.decode("ascii"),
                           "signature": base64.b64encode(signature).decode("ascii")})


def signer_certificate(block: bytes) -> bytes:
    """The PEM certificate a signature block names (untrusted until `verify` checks it)."""
    data = load_json_object(block, "signature")
    cert = data.get("cert")
    if data.get("format") != SIGNATURE_FORMAT or data.get("alg") != ALG or not isinstance(cert, str):
        raise PackageRefused("bad-signature", "The signature block is not in a format Fieldcase knows.")
    return cert.encode("ascii")


def verify(block: bytes, data: bytes, expected_cert_pem: bytes, *, who: str) -> None:
    """Raise PackageRefused unless `block` is a valid signature over `data` by `expected_cert_pem`'s key."""
    parsed: dict[str, Any] = load_json_object(block, "signature")
    cert_pem = signer_certificate(block)
    try:
        same = fingerprint(cert_pem) == fingerprint(expected_cert_pem)
    except ValueError:
        same = False
    if not same:
        raise PackageRefused("unenrolled-signer", "It was signed by a key that is not enrolled for {who}.", who=who)
    try:
        signature = base64.b64decode(str(parsed.get("signature", "")), validate=True)
        public_key = x509.load_pem_x509_certificate(expected_cert_pem).public_key()
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            raise InvalidSignature
        public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        raise PackageRefused("bad-signature", "Its signature by {who} does not verify: the content was "
                             "changed after signing, or it was not signed by that key.", who=who) from None


def check_issued_by(cert_pem: bytes, ca_pem: bytes, *, now: dt.datetime | None = None) -> None:
    """The certificate must be signed by the CA and valid now."""
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        ca = x509.load_pem_x509_certificate(ca_pem)
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        raise PackageRefused("untrusted-certificate", "The certificate was not issued by HQ's "
                             "certificate authority.") from None
    moment = now or dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc:
        raise PackageRefused("expired-certificate", "The certificate is not valid now (expired or not "
                             "yet valid; check the clock).")
