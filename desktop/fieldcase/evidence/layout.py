"""Where things live inside an evidence package (paths relative to the bag's top folder)."""

from __future__ import annotations

FORMAT = "fieldcase-evidence/1"
BAGIT_VERSION = "1.0"  # RFC 8500; the bagit library writes 0.97 by default
CHECKSUM = "sha256"  # one algorithm, so `sha256sum -c manifest-sha256.txt` checks the whole payload

MANIFEST = f"manifest-{CHECKSUM}.txt"
TAGMANIFEST = f"tagmanifest-{CHECKSUM}.txt"
SIGNATURE = f"{TAGMANIFEST}.p7s"  # detached CMS (DER) over the tag manifest; the one file no manifest lists
CERTIFICATE = "officer-certificate.pem"  # the signer's certificate, then its issuers (a tag file)
BAG_INFO = "bag-info.txt"

REVISIONS_DIR = "data/case/revisions"
ATTACHMENT_INDEX = "data/case/attachments.json"
ATTACHMENTS_DIR = "data/attachments"
AUDIT_EXCERPT = "data/audit/excerpt.json"
SUMMARY_PDF = "data/summary/case-summary.pdf"

REDACTIONS = ("none", "standard", "strict")


def revision_path(rev: int) -> str:
    return f"{REVISIONS_DIR}/revision-{rev:04d}.json"


def attachment_path(index: int, safe_name: str) -> str:
    return f"{ATTACHMENTS_DIR}/{index:03d}-{safe_name}"
