"""One canonical JSON (fieldcase/canonical.py): RFC 8785 where it is byte for byte what 0.1 wrote, the
frozen 0.1 form where it is not, and proof that nothing already stored stops verifying or unlocking."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from fieldcase.canonical import canonical_bytes, canonical_text, frozen_bytes
from fieldcase.crypto import keys
from fieldcase.store import audit
from fieldcase.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1" / "workspace"
PASSPHRASE = "release zero one fixture"

HOSTILE = ["", "plain", "Вера Морвек", "سليم الكيشي", "می\u200cخواهم", "\U0001F469\u200d\U0001F469\u200d\U0001F467",
           "a\u202egnp.exe\u202c", "nul\x00bel\x07esc\x1b del\x7f c1\x85\x9b", "tab\tlf\ncr\r", "\u2028\u2029",
           'quote" backslash\\ slash/', "<script>&amp;</script>", "\ufeff\ufffd\U0010FFFD", "x" * 5000]


def _old_audit_body(values: list[Any]) -> bytes:  # what store/audit.py hashed in 0.1
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _old_slot_aad(workspace_id: str, kind: str, kdf: dict[str, Any]) -> bytes:  # crypto/keys.py in 0.1
    return json.dumps({"format": "fieldcase-key-slot/1", "workspace": workspace_id, "kind": kind, "kdf": kdf},
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


@pytest.fixture
def release_0_1(tmp_path: Path) -> Path:
    target = tmp_path / "release-0.1"
    shutil.copytree(FIXTURE, target)
    return target


def test_rfc8785_is_the_old_form_for_strings_integers_booleans_and_null() -> None:
    values: list[Any] = [*HOSTILE, 0, 1, -1, 2**53 - 1, True, False, None, {"b": HOSTILE, "a": {"z": 1, "y": None}}]
    assert canonical_bytes(values) == frozen_bytes(values)
    assert canonical_bytes(values) == _old_audit_body([*values[:-1], {"a": {"y": None, "z": 1}, "b": HOSTILE}])
    assert canonical_text({"é": 1}) == '{"é":1}'


def test_where_they_differ_the_frozen_form_stays() -> None:
    # Python's float repr is not ECMAScript's: why record content hashes and sync items keep the 0.1 form
    assert frozen_bytes([-18.0, 1e-07, 1e16]) == b"[-18.0,1e-07,1e+16]"
    assert canonical_bytes([-18.0, 1e-07, 1e16]) == b"[-18,1e-7,10000000000000000]"
    assert frozen_bytes([-22.5, 0.1]) == canonical_bytes([-22.5, 0.1])
    with pytest.raises(ValueError):
        canonical_bytes(float("nan"))
    with pytest.raises(ValueError):
        canonical_bytes(2**60)


def test_audit_hash_input_is_unchanged_for_hostile_values() -> None:
    for value in HOSTILE:
        row = ["0" * 64, 123456, "2026-05-01T09:30:12.123456+00:00", value, "case.revise", "case", value, None,
               canonical_text({"title": value, "n": 3})]
        assert canonical_bytes(row) == _old_audit_body(row)


def test_audit_hash_input_is_unchanged_for_the_demo_records() -> None:
    from fieldcase.demo import generate_demo_records

    strings: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                strings.append(k)
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for item in generate_demo_records():
        walk(item)
    assert any(not s.isascii() for s in strings)
    for start in range(0, len(strings), 500):
        chunk = strings[start:start + 500]
        row = ["0" * 64, start, *chunk, None, len(chunk)]
        assert canonical_bytes(row) == _old_audit_body(row)


def test_release_0_1_slots_unlock_and_its_audit_chain_verifies(release_0_1: Path) -> None:
    key_file = json.loads((release_0_1 / "workspace.json").read_text())
    for slot in key_file["slots"]:  # the bytes bound into each 0.1 slot are what RFC 8785 gives
        aad = keys._associated_data(key_file["workspace_id"], slot["kind"], slot["kdf"])
        assert aad == _old_slot_aad(key_file["workspace_id"], slot["kind"], slot["kdf"])
    with Workspace.unlock(release_0_1, PASSPHRASE) as ws, ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, at, actor, action, entity, entity_id, entity_rev, detail, "
                                 "prev_hash, hash FROM audit_log ORDER BY seq")).all()
        assert audit.verify(conn) == len(rows) > 21  # 0.1's 21 entries, then the upgrade's own
    for r in rows[:21]:  # each 0.1 entry: old formula, new formula and stored hash agree
        body = [r.prev_hash, r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.entity_rev, r.detail]
        assert hashlib.sha256(_old_audit_body(body)).hexdigest() == r.hash
        assert audit._hash(*body) == r.hash
        assert canonical_text(json.loads(r.detail)) == r.detail  # details are written the same way too


def test_new_slots_bind_the_same_bytes_as_before(tmp_path: Path) -> None:
    ws, recovery = Workspace.create(tmp_path / "ws", "a passphrase for the canonical test", "Officer Ω")
    with ws:
        pass
    key_file = json.loads((tmp_path / "ws" / "workspace.json").read_text())
    for slot in key_file["slots"]:
        assert (keys._associated_data(key_file["workspace_id"], slot["kind"], slot["kdf"])
                == _old_slot_aad(key_file["workspace_id"], slot["kind"], slot["kdf"]))
    with Workspace.unlock_with_recovery_key(tmp_path / "ws", recovery):
        pass


def test_a_slot_whose_kdf_cannot_be_canonicalised_just_does_not_open() -> None:
    slot = keys.Slot("recovery", {"alg": "hkdf-sha256", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "x": 2**60},
                     "AAAAAAAAAAAAAAAA", "AAAA")
    assert keys._unwrap(b"\0" * 32, slot, "ffc18740-7db2-4424-9191-50733b3cf927") is None


def test_record_content_hashes_are_unchanged_for_the_demo_records() -> None:
    from fieldcase.demo import generate_demo_records
    from fieldcase.domain import records

    for item in generate_demo_records():
        record = records.record_from_json(item)
        when_set = records._HASHED_WHEN_SET
        body = [[name, records._plain(getattr(record, name))] for name in record.__dataclass_fields__
                if name not in records._NOT_HASHED
                and not (name in when_set and getattr(record, name) == when_set[name])]
        old = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")  # records.py in 0.1
        assert records.content_hash(record) == hashlib.sha256(old).hexdigest()
