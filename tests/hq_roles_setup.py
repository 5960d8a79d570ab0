"""An HQ directory for the roles tests and screenshots: one record per confidentiality level, arrived the real
way (an officer's package imported at HQ), and three users: the first reviewer `admin`, the analyst `ana`
and the viewer `vera` (clearance confidential)."""

from __future__ import annotations

import json
from pathlib import Path

from fieldcase.crypto import keys
from fieldcase.domain.records import CaseRecord, Location, PartialDate, PersonLink
from fieldcase.hq import compartments
from fieldcase.hq import users as hq_users
from fieldcase.hq.store import HqStore
from fieldcase.services import hq as hq_services
from fieldcase.services import hq_users as user_services
from fieldcase.services.sync import resolve_target
from fieldcase.workspace import utc_now
from sync_helpers import make_hq, make_officer

VIEWER_PASS = "viewer passphrase one"
ANALYST_PASS = "analyst passphrase two"
SECRET_NARRATIVE = "Zaqwelt testified about the night raid at Oruvane ridge"
SECRET_NAME = "Hamdiya Qorvessan"
SECRET_TITLE = "Detention of the Oruvane witness"


def records() -> list[CaseRecord]:
    def one(title: str, narrative: str, level: str, date: str, **more: object) -> CaseRecord:
        return CaseRecord(kind="incident", title=title, narrative=narrative, confidentiality=level,
                          date=PartialDate(date), severity=3,
                          location=Location("XTV", adm1_pcode="XT01", adm1_name="Region One"),
                          **more)  # type: ignore[arg-type]

    return [
        one("Road closure reported", "Public road closed.", "restricted", "2026-10-02"),
        one("Threats against a teacher", "A teacher was threatened.", "confidential", "2026-10-03"),
        one(SECRET_TITLE, SECRET_NARRATIVE, "strictly_confidential", "2026-10-04",
            people=(PersonLink("victim", "Witness K", name=SECRET_NAME),)),
    ]


def build_hq_with_users(root: Path) -> Path:
    hq = make_hq(root / "hq")
    try:
        officer = make_officer(root / "officer", hq)
        officer.cases.save_many(records())
        (root / "usb").mkdir()
        officer.sync.push(resolve_target(officer.ws, str(root / "usb")))
        officer.ws.lock()
        assert hq_services.import_packages(hq, str(root / "usb")).count("accepted") == 1
        user_services.add_user(hq, "vera", "viewer", VIEWER_PASS)  # default clearance: confidential
        user_services.add_user(hq, "ana", "analyst", ANALYST_PASS)  # default clearance: strictly_confidential
    finally:
        hq.lock()
    return root / "hq"


def add_slot_from_before_identities(hq: HqStore, name: str, passphrase: str) -> None:
    """A confidential viewer's slot as slots were before they held an identity (no identity, no recipient: the
    same format and associated data), added to the users file the current code reads."""
    level_keys = compartments.level_keys(hq.ws)
    held = hq_users.HeldKeys(None, {"confidential": bytearray(level_keys["confidential"])})
    for key in level_keys.values():
        keys.wipe(key)
    users = hq_users.UsersFile.load(hq.ws.path, hq.hq_id)
    users.replace(hq_users.make_slot(hq.hq_id, hq_users.HqUser(name, "viewer", "confidential"), passphrase, held,
                                     utc_now()))
    users.save(hq.ws.path)
    assert "recipient" not in json.loads(users.to_bytes())["users"][-1]
