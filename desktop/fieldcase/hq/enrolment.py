"""HQ enrols an officer: check the request, issue a certificate for the officer's existing key,
record the officer, and write the enrolment file (signed by the CA).

The enrolment file carries HQ's age recipients (as a signed, versioned key bundle), the CA
certificate, HQ's reply-signing certificate, the officer's new certificate and the framework
releases HQ works with. Its magic first line is `fieldcase-enrolment/1`.
"""

from __future__ import annotations

import json
from typing import Any

from ..crypto.identity import fingerprint
from ..store import audit, syncstore
from ..sync.enrolment import read_request, seal
from ..sync.formats import ENROLMENT_FORMAT, PackageRefused
from ..workspace import utc_now
from .store import HqStore, frameworks_in_use


def enrol(hq: HqStore, request_bytes: bytes, officer: str, region: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """The enrolment file for `request_bytes`, and a summary. Re-enrolling a workspace replaces its key."""
    from .fleet import revoked_from

    request = read_request(request_bytes)
    if str(request["workspace_id"]) in revoked_from(hq):
        raise PackageRefused("revoked", "This workspace was revoked; it cannot be enrolled again (make a new "
                             "workspace on a clean device).")
    ca = hq.ca()
    cert_pem = ca.issue(str(request["csr"]).encode("ascii"))
    now = utc_now()
    workspace_id = str(request["workspace_id"])
    with hq.ws.db.writing() as conn:
        syncstore.upsert_peer(conn, {
            "peer_id": workspace_id, "role": "officer", "name": officer, "region": region,
            "cert_pem": cert_pem, "cert_sha256": fingerprint(cert_pem),
            "recipients": json.dumps([request["age_recipient"]]), "enrolled_at": now})
        audit.append(conn, [audit.AuditEvent("hq.enrol", "officer", workspace_id, None,
                                             {"officer": officer, "certificate_sha256": fingerprint(cert_pem)})],
                     actor=hq.name, at=now)
    body = {
        "hq_id": hq.hq_id, "hq_name": hq.name, "officer": officer, "workspace_id": workspace_id,
        "officer_cert": cert_pem.decode("ascii"), "ca_cert": ca.cert_pem.decode("ascii"),
        "hq_cert": hq.signer().cert_pem.decode("ascii"), "key_bundle": hq.signed_bundle(),
        "frameworks": frameworks_in_use(), "issued_at": now,
    }
    data = seal(ENROLMENT_FORMAT, body, ca.key_der, ca.cert_pem)
    return data, {"officer": officer, "workspace_id": workspace_id, "certificate_sha256": fingerprint(cert_pem),
                  "ca_sha256": fingerprint(ca.cert_pem)}
