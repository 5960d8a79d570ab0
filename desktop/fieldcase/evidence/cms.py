"""The officer's detached CMS (PKCS #7) signature over the tag manifest.

Made with `cryptography`'s PKCS7SignatureBuilder (ECDSA P-256, SHA-256, signed attributes, the signer's
certificate and its issuers embedded), so that a recipient checks it with OpenSSL alone:
`openssl cms -verify -binary -inform DER -in tagmanifest-sha256.txt.p7s -content tagmanifest-sha256.txt
-CAfile HQ-CA.pem -purpose any -out /dev/null`. Checked here with pyHanko's CMS validator (the library
that checks the PDF signatures), which recomputes the message digest and verifies the signature value.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from ..crypto.identity import OfficerIdentity, common_name, fingerprint


def sign_detached(data: bytes, identity: OfficerIdentity) -> bytes:
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
        identity.certificate, identity.private_key, hashes.SHA256())
    for pem in identity.chain_pem:
        builder = builder.add_certificate(x509.load_pem_x509_certificate(pem))
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature,
                                                     pkcs7.PKCS7Options.Binary])


@dataclass(frozen=True)
class CmsResult:
    intact: bool  # the digest matches the data and the signature value verifies
    trusted: bool | None  # None: no trust roots were given
    signer: str = ""
    certificate_sha256: str = ""
    signing_time: str | None = None
    problem: str = ""


def verify_detached(data: bytes, signature: bytes, trust_roots_pem: tuple[bytes, ...] = ()) -> CmsResult:
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # path-building tracebacks repeat what we report
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    roots = [asn1_x509.Certificate.load(x509.load_pem_x509_certificate(p).public_bytes(serialization.Encoding.DER))
             for p in trust_roots_pem]
    try:
        signed_data = cms.ContentInfo.load(signature)["content"]
        status = asyncio.run(async_validate_detached_cms(
            data, signed_data, signer_validation_context=ValidationContext(trust_roots=roots, allow_fetching=False)))
        # A flipped byte can leave the CMS parseable but its certificate not (the parser is lazy: the
        # subject fails only when read), so everything read from the certificate happens here.
        cert = x509.load_der_x509_certificate(status.signing_cert.dump())
        signer, signer_fingerprint = common_name(cert), fingerprint(cert.public_bytes(serialization.Encoding.PEM))
    except Exception as exc:  # a damaged signature file is a result, not a crash
        return CmsResult(False, None if not roots else False,
                         problem=f"The signature file cannot be read ({type(exc).__name__}).")
    intact = bool(status.intact and status.valid)
    when = status.signer_reported_dt
    return CmsResult(intact, bool(status.trusted) if roots else None, signer, signer_fingerprint,
                     when.isoformat() if when else None,
                     "" if intact else "The tag manifest does not match the officer's signature.")
