"""Signed envelopes: the officer's enrolment request and HQ's enrolment file.

Both are three lines, every byte of which is covered by the checks:

    fieldcase-enrolment/1                (or fieldcase-enrolment-request/1)
    {canonical JSON body}
    {signature block: ECDSA P-256 over the body line, with the signer's certificate}

The request is signed by the officer's own key (the CSR inside proves the same key). The enrolment
file is signed by HQ's certificate authority; the officer pins that CA at first enrolment (and
should compare its fingerprint with the one HQ gives by another channel), and later enrolment files
or key bundles must come from the same CA.
"""

from __future__ import annotations

from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from . import signing
from .formats import ENROLMENT_FORMAT, REQUEST_FORMAT, PackageRefused, canonical_json, load_json_object


def seal(fmt: str, body: dict[str, Any], key_der: bytes, cert_pem: bytes) -> bytes:
    line = canonical_json({**body, "format": fmt})
    return fmt.encode("ascii") + b"\n" + line + b"\n" + signing.sign(key_der, cert_pem, line) + b"\n"


def open_sealed(data: bytes, fmt: str, what: str) -> tuple[dict[str, Any], bytes, bytes]:
    """(body, body line, signature block) after format checks; the signature is NOT checked yet."""
    lines = data.split(b"\n")
    if len(lines) != 4 or lines[3] != b"" or lines[0] != fmt.encode("ascii"):
        if lines and lines[0].startswith(fmt.split("/")[0].encode("ascii") + b"/"):
            raise PackageRefused("unknown-version", "This {what} is of a version this Fieldcase does not know.",
                                 what=what)
        raise PackageRefused("malformed", "This is not a Fieldcase {what} (or it was damaged).", what=what)
    body = load_json_object(lines[1], what)
    if body.get("format") != fmt or canonical_json(body) != lines[1]:
        raise PackageRefused("malformed", "The {what} was altered (it is no longer in canonical form).", what=what)
    return body, lines[1], lines[2]


def make_request(*, officer: str, workspace_id: str, csr_pem: bytes, age_recipient: str, created_at: str,
                 key_der: bytes, cert_pem: bytes) -> bytes:
    return seal(REQUEST_FORMAT, {"officer": officer, "workspace_id": workspace_id,
                                 "csr": csr_pem.decode("ascii"), "age_recipient": age_recipient,
                                 "created_at": created_at}, key_der, cert_pem)


def read_request(data: bytes) -> dict[str, Any]:
    """The request's body after checking that its signature and CSR are by one and the same key."""
    body, line, sig = open_sealed(data, REQUEST_FORMAT, "enrolment request")
    cert_pem = signing.signer_certificate(sig)
    signing.verify(sig, line, cert_pem, who="the requesting officer")
    try:
        csr = x509.load_pem_x509_csr(str(body["csr"]).encode("ascii"))
        cert = x509.load_pem_x509_certificate(cert_pem)
        recipient = str(body["age_recipient"])
    except (KeyError, ValueError):
        raise PackageRefused("malformed", "The enrolment request is incomplete.") from None
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if not csr.is_signature_valid or csr.public_key().public_bytes(*raw) != cert.public_key().public_bytes(*raw):
        raise PackageRefused("bad-signature", "The enrolment request's CSR is not for the key that signed it.")
    if not recipient.startswith("age1"):
        raise PackageRefused("malformed", "The enrolment request carries no age recipient.")
    return body


def read_enrolment(data: bytes, *, pinned_ca_pem: bytes | None) -> dict[str, Any]:
    """The enrolment body, after checking it is signed by its CA, and by the pinned CA if there is one."""
    body, line, sig = open_sealed(data, ENROLMENT_FORMAT, "enrolment file")
    try:
        ca_pem = str(body["ca_cert"]).encode("ascii")
    except KeyError:
        raise PackageRefused("malformed", "The enrolment file names no certificate authority.") from None
    if pinned_ca_pem is not None and ca_pem != pinned_ca_pem:
        raise PackageRefused("untrusted-certificate", "This enrolment file comes from a different HQ "
                             "certificate authority than the one this workspace is enrolled with.")
    signing.verify(sig, line, ca_pem, who="HQ's certificate authority")
    for name in ("officer_cert", "hq_cert"):
        signing.check_issued_by(str(body.get(name, "")).encode("ascii"), ca_pem)
    return body
