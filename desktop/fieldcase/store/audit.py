"""The append-only audit log: each entry's hash covers the previous one, so history cannot be
rewritten, reordered or cut short in the middle without the chain failing to verify.

A sequence number is never used twice: the next entry takes one above the highest ever written (kept
in `meta`) and above the highest already sent to HQ (the outbox marks), not merely above the last row.
So if the tail of the log is cut off, the next entry leaves a gap that `verify` reports here, and it is
sent in the very next package, where HQ sees that it does not continue the chain it holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..canonical import canonical_bytes, canonical_text
from ..errors import AuditChainBroken
from .bulk_rows import insert_rows
from .locks import hold_audit_chain
from .models import AuditEntry, Meta
from .sync_models import SyncOutbox

GENESIS = "0" * 64
_T = AuditEntry.__table__


@dataclass(frozen=True)
class AuditEvent:
    action: str  # e.g. case.create, case.revise, person.create, attachment.add, key.change-passphrase
    entity: str
    entity_id: str
    entity_rev: int | None = None
    detail: dict[str, Any] | None = None


def _hash(prev: str, seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
          entity_rev: int | None, detail: str) -> str:
    # RFC 8785 over a list of strings, integers and None: byte for byte the 0.1 json.dumps form, so every
    # existing chain still verifies (test_canonical.py)
    body = canonical_bytes([prev, seq, at, actor, action, entity, entity_id, entity_rev, detail])
    return hashlib.sha256(body).hexdigest()


def last_link(conn: Connection) -> tuple[int, str]:
    row = conn.execute(select(_T.c.seq, _T.c.hash).order_by(_T.c.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def entry_hash(conn: Connection, seq: int) -> str | None:
    """The hash of entry `seq`, or None if there is no such entry."""
    return conn.execute(select(_T.c.hash).where(_T.c.seq == seq)).scalar()


HIGH_WATER = "audit.high_water"  # meta: the highest sequence number ever written


def append(conn: Connection, events: Iterable[AuditEvent], actor: str, at: str) -> str | None:
    """Chain `events` after the current last entry (inside the caller's transaction); returns the head.
    The chain's lock is taken first (concurrent HQ imports on PostgreSQL: store/locks.py). Inside
    `deferred(conn)` the events are only collected (None is returned) and chained when the block ends."""
    events = list(events)
    pending = conn.info.get(_DEFERRED)
    if pending is not None:
        pending.append((events, actor, at))
        return None
    if not events:
        return last_link(conn)[1]
    return _chain(conn, [(events, actor, at)])


_DEFERRED = "fieldcase.audit.deferred"  # conn.info key: the event groups `deferred` collects


@contextmanager
def deferred(conn: Connection) -> Iterator[None]:
    """Every `append` inside the block is chained in one go when the block ends without an error, in
    the order they were made. A concurrent HQ import ends its transaction with this block, so the audit
    chain's lock (held to commit, every other import's tail waiting on it) covers only these few
    statements and the commit, not the whole merge."""
    groups: list[tuple[list[AuditEvent], str, str]] = []
    conn.info[_DEFERRED] = groups
    try:
        yield
    finally:
        conn.info.pop(_DEFERRED, None)
    _chain(conn, groups)


def _chain(conn: Connection, groups: list[tuple[list[AuditEvent], str, str]]) -> str | None:
    if not any(events for events, _actor, _at in groups):
        return None
    hold_audit_chain(conn)
    seq, prev, water = _tail(conn)
    seq = max(seq, water)
    rows = []
    for events, actor, at in groups:
        for ev in events:
            seq += 1
            detail = canonical_text(ev.detail or {})  # stored as text; the chain hashes the stored text
            digest = _hash(prev, seq, at, actor, ev.action, ev.entity, ev.entity_id, ev.entity_rev, detail)
            rows.append({"seq": seq, "at": at, "actor": actor, "action": ev.action, "entity": ev.entity,
                         "entity_id": ev.entity_id, "entity_rev": ev.entity_rev, "detail": detail,
                         "prev_hash": prev, "hash": digest})
            prev = digest
    insert_rows(conn, _T, rows)
    _set_high_water(conn, seq)
    return prev


def _tail(conn: Connection) -> tuple[int, str, int]:
    """The last entry's (seq, hash) and the high water: the highest sequence number ever used, written here
    or sent to any HQ. One statement (the chain's lock is held: every round trip here is one every other
    import's tail waits for)."""
    last = select(_T.c.seq, _T.c.hash).order_by(_T.c.seq.desc()).limit(1).subquery()
    row = conn.execute(select(
        select(last.c.seq).scalar_subquery(), select(last.c.hash).scalar_subquery(),
        select(Meta.value).where(Meta.key == HIGH_WATER).scalar_subquery(),
        select(func.max(SyncOutbox.audit_mark)).scalar_subquery())).one()
    values: tuple[Any, ...] = tuple(row)
    seq, digest, stored, sent = values
    water = max(int(stored) if stored and str(stored).isdigit() else 0, int(sent or 0))
    return (int(seq), str(digest), water) if seq is not None else (0, GENESIS, water)


def _set_high_water(conn: Connection, seq: int) -> None:
    """keyvalue.set_meta's effect in one upsert statement."""
    stmt: Any
    if conn.dialect.name == "postgresql":  # imported here: the dialect (and asyncio) cost every CLI start ~25 ms
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(Meta.__table__).values(key=HIGH_WATER, value=str(seq))
    else:
        stmt = sqlite_insert(Meta.__table__).values(key=HIGH_WATER, value=str(seq))
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def verify(conn: Connection) -> int:
    """Walk the whole chain; return its length or raise AuditChainBroken at the first bad entry."""
    prev, expected_seq = GENESIS, 1
    result = conn.execution_options(yield_per=5000).execute(select(_T).order_by(_T.c.seq))
    for row in result:
        if row.seq != expected_seq or row.prev_hash != prev or row.hash != _hash(
                prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.entity_rev,
                row.detail):
            raise AuditChainBroken("The audit log does not verify at entry {entry}: history was "
                                   "altered or entries are missing.", entry=row.seq)
        prev, expected_seq = row.hash, expected_seq + 1
    return expected_seq - 1
