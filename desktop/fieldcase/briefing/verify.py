"""Check a signed briefing with pyHanko: who signed, when, is it intact, does it chain to a trusted root.

A briefing is *intact* only when the signature is cryptographically valid, its digest matches, it
covers the whole file, and nothing was added after signing (no later revision of any kind). pyHanko's
`valid` alone is not enough (it covers only the CMS over the signed attributes) and `bottom_line`
alone tolerates form filling after signing; both are checked, plus coverage and modification level.

The signature container itself is checked as `pdfsig` does: the /ByteRange must cover the whole file
except exactly the /Contents hex string, and that string must hold the CMS object followed by nothing but
zero padding. A DER parser stops at the object's end, so without this check hundreds of bytes could be
hidden in the padding of a briefing that still "verifies".
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..crypto.identity import common_name, fingerprint


@dataclass(frozen=True)
class VerificationResult:
    signed: bool
    intact: bool  # valid, digest matches, covers the whole file, no modification after signing
    trusted: bool | None  # None: no trust roots were given
    signer: str = ""
    issuer: str = ""
    signing_time: str | None = None
    certificate_sha256: str = ""
    document_sha256: str = ""
    coverage: str = ""
    modification: str = ""
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Intact, and trusted when trust roots were given."""
        return self.signed and self.intact and self.trusted is not False


def verify_pdf(data: bytes, trust_roots_pem: tuple[bytes, ...] = ()) -> VerificationResult:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    digest = hashlib.sha256(data).hexdigest()
    roots = [_asn1_cert(pem) for pem in trust_roots_pem]
    # Without trust roots nothing can chain; pyHanko still checks integrity and reports 'not trusted'.
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # its warnings would repeat what we report
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception as exc:  # a damaged file is a verification result, not a crash
        return VerificationResult(False, False, None if not roots else False, document_sha256=digest,
                                  problems=(f"The file cannot be read as a PDF ({type(exc).__name__}).",))
    if not signatures:
        return VerificationResult(False, False, None if not roots else False, document_sha256=digest,
                                  problems=("The file has no signature.",))
    embedded = signatures[-1]
    problems: list[str] = []
    if len(signatures) > 1:
        problems.append(f"The file has {len(signatures)} signatures; the last one was checked.")
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=context)
    except Exception as exc:
        return VerificationResult(True, False, None if not roots else False, document_sha256=digest,
                                  problems=(*problems, f"The signature could not be checked ({type(exc).__name__})."))
    container = _container_problem(data, embedded.sig_object.get("/ByteRange"))
    if container:
        problems.append(container)
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    unmodified = status.modification_level in (None, ModificationLevel.NONE) and status.docmdp_ok is not False
    if not status.intact:
        problems.append("The document was modified after signing: its digest does not match the signature.")
    if not status.valid:
        problems.append("The signature value does not verify against the signer's certificate.")
    if not whole:
        problems.append("The signature does not cover the whole file: something was appended after signing.")
    if not unmodified:
        problems.append("The file was changed after signing (a later revision was added).")
    intact = bool(status.intact and status.valid and whole and unmodified and not container)
    trusted: bool | None = None
    if roots:
        trusted = bool(status.trusted and status.bottom_line)
        if not trusted:
            problems.append("The signer's certificate does not chain to a trusted root.")
    when = status.signer_reported_dt
    return VerificationResult(
        signed=True, intact=intact, trusted=trusted, signer=common_name(cert), issuer=common_name(cert, issuer=True),
        signing_time=when.isoformat() if when else None,
        certificate_sha256=fingerprint(cert.public_bytes(serialization.Encoding.PEM)), document_sha256=digest,
        coverage=status.coverage.name if status.coverage else "UNKNOWN",
        modification=status.modification_level.name if status.modification_level else "UNKNOWN",
        problems=tuple(problems))


def _der_length(blob: bytes) -> int | None:
    """The length of the DER object at the start of `blob` (tag, length, contents), or None."""
    if len(blob) < 2 or blob[0] != 0x30:
        return None
    first = blob[1]
    if first < 0x80:
        return 2 + first
    n = first & 0x7F
    if n == 0 or n > 4 or len(blob) < 2 + n:
        return None
    return 2 + n + int.from_bytes(blob[2:2 + n], "big")


def _container_problem(data: bytes, byte_range: Any) -> str | None:
    """None when the byte range leaves out exactly the /Contents string and that string is the signature's
    DER followed only by zero bytes; else what is wrong, in the user's words."""
    try:
        a, b, c, d = (int(v) for v in byte_range)
    except (TypeError, ValueError):
        return "The signature's byte range is malformed."
    if a != 0 or b <= 0 or c < b or c + d != len(data) or d < 0:
        return "The signature's byte range does not cover the whole file."
    gap = data[b:c]
    if len(gap) < 2 or gap[:1] != b"<" or gap[-1:] != b">":
        return "The signature's byte range leaves out more than the signature itself."
    try:
        blob = bytes.fromhex(gap[1:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return "The signature container is not a valid hex string."
    end = _der_length(blob)
    if end is None or end > len(blob):
        return "The signature container is malformed."
    if any(blob[end:]):
        return "The signature container holds data after the signature: the file was altered after signing."
    return None


def _asn1_cert(pem: bytes) -> Any:  # an asn1crypto Certificate (asn1crypto is untyped)
    from asn1crypto import x509 as asn1_x509

    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)
