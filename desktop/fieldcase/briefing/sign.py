"""Sign a rendered briefing with pyHanko: PAdES baseline (B-B), ECDSA P-256, SHA-256, visible block.

The signature is an incremental update appended to the PDF: the bytes that were signed stay as they
are, and any rewrite of the file (re-saving, "optimising") breaks the signature. So the signed bytes
are the deliverable; never pass them through a PDF writer again.

The visible block (name, signing time, certificate fingerprint) is drawn with reportlab in the
shipped fonts, so a name in any script shows, and pyHanko places it as the field's static
appearance. The time it shows is the signature's own signing time (/M): we choose the time and hand
it to pyHanko's signing session.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ..crypto.identity import OfficerIdentity, common_name
from . import fonts

FIELD_NAME = "OfficerSignature"
REASON = "Author of this briefing"


@dataclass(frozen=True)
class SignatureBlock:
    page: int  # 0-based
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points


class _PdfBytesPage(content.ImportedPdfPage):
    """A page of an in-memory PDF as stamp content (pyHanko's own class wants a file name)."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__(file_name="<memory>", page_ix=0)
        self._pdf = pdf

    def render(self) -> bytes:
        import binascii
        import uuid

        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._pdf)), page_ix=0)
        name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


class _TimedPdfSigner(signers.PdfSigner):
    """PdfSigner whose session uses the signing time we chose (the one printed in the visible block)."""

    def __init__(self, *args: object, signing_time: dt.datetime, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # PdfSigner's own arguments, passed through
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out: BasePdfFileWriter,
                             existing_fields_only: bool = False) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._signing_time
        return session


def appearance_pdf(width: float, height: float, signer: str, when: dt.datetime, fingerprint: str,
                   issuer: str) -> bytes:
    """The visible signature block as a one-page PDF of exactly the field's size."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from .styles import MUTED, NAVY

    fonts.register()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1, initialFontName=fonts.SANS, initialFontSize=7)
    c.setFillColor(colors.HexColor("#F3F6F9"))
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.rect(0.5, 0.5, width - 1, height - 1, stroke=1, fill=1)
    c.setFillColor(NAVY)
    c.rect(0.5, 0.5, 3, height - 1, stroke=0, fill=1)
    x, y = 9, height - 12
    c.setFont(fonts.SANS, 6.5)
    c.setFillColor(MUTED)
    c.drawString(x, y, "Digitally signed by")
    c.setFillColor(NAVY)
    c.setFont(fonts.SANS_BOLD, 9)
    c.drawString(x, y - 10.5, _fit(fonts.visual(signer), fonts.SANS_BOLD, 9, width - 16))
    c.setFillColor(colors.black)
    c.setFont(fonts.SANS, 6.8)
    c.drawString(x, y - 21, f"Time: {when.strftime('%Y-%m-%d %H:%M:%S')} UTC")
    c.drawString(x, y - 30, _fit(fonts.visual(f"Certificate issued by: {issuer}"), fonts.SANS, 6.8, width - 16))
    c.setFillColor(MUTED)
    c.setFont(fonts.SANS, 5.6)
    half = len(fingerprint) // 2 + 1
    c.drawString(x, y - 39.5, "Certificate SHA-256: " + fingerprint[:half].rstrip(":"))
    c.drawString(x, y - 47, fingerprint[half:])
    c.showPage()
    c.save()
    return buf.getvalue()


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "\u2026"
    return text


def sign_pdf(pdf: bytes, identity: OfficerIdentity, block: SignatureBlock, *,
             signing_time: dt.datetime | None = None, location: str | None = None) -> bytes:
    """The signed PDF: `pdf` followed by an incremental update holding the signature."""
    when = (signing_time or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cert = identity.certificate
    signer_name = common_name(cert)
    issuer = "self (not yet issued by HQ)" if identity.self_signed else common_name(cert, issuer=True)
    x1, y1, x2, y2 = block.box
    look = appearance_pdf(x2 - x1, y2 - y1, signer_name, when, identity.fingerprint, issuer)
    style = StaticStampStyle(background=_PdfBytesPage(look), border_width=0,
                             background_layout=layout.SimpleBoxLayoutRule(
                                 x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
                                 margins=layout.Margins.uniform(0),
                                 inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT))
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(_der(identity.cert_pem)),
        signing_key=asn1_keys.PrivateKeyInfo.load(identity.key_der),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(_der(c)) for c in identity.chain_pem]))
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", name=signer_name, reason=REASON,
                                        location=location)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields.append_signature_field(writer, fields.SigFieldSpec(
        FIELD_NAME, on_page=block.page,
        # pyhanko annotates the box as ints but writes it as PDF numbers: points here are fractional
        box=block.box))  # type: ignore[arg-type]
    out = io.BytesIO()
    _TimedPdfSigner(meta, signer=signer, stamp_style=style, signing_time=when).sign_pdf(writer, output=out)
    return out.getvalue()


def _der(pem: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)

