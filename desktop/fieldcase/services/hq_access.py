"""Reading the HQ as one signed-in user: the records list and a record's detail within their clearance.

A user with the top clearance reads the HQ store itself; every strictly confidential record they are shown is
audit-logged there (who, when, which record) in the same transaction as the read, so nothing is shown that
was not logged. A user below it reads their level's compartment (hq/compartments.py): records above their
clearance are in no file their key opens; only their id, kind and level are listed, with no content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..crypto import keys
from ..domain.records import CaseFilter, CaseRecord, CaseSummary
from ..errors import FieldcaseError, NotFound
from ..hq import compartments
from ..hq import users as hq_users
from ..hq.store import HqStore
from ..hq.users import TOP, HqUser, level_rank
from ..store import audit, cases, compartment, keyvalue
from ..store.database import Database, UnitOfWork
from ..workspace import KeyFile, Workspace, is_workspace, utc_now

LIST_LIMIT = 2000
READ_ACTION = "hq.read-record"  # the audit action of a strictly confidential record shown at HQ


@dataclass(frozen=True)
class HqRecordRow:
    record_id: str
    kind: str
    confidentiality: str
    readable: bool  # False: above the user's clearance; every field below is then None
    title: str | None = None
    date_text: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class HqRecordDetail:
    row: HqRecordRow
    record: CaseRecord | None  # None: above the user's clearance


class HqSession:
    """One user's view of an HQ directory. Lock it (`with sign_in(...) as s:`): every key is wiped."""

    def __init__(self, user: HqUser, store: HqStore | None = None, compartment_db: Database | None = None,
                 compartment_key: bytearray | None = None, path: Path | None = None) -> None:
        self.user = user
        self.path = path if path is not None or store is None else store.ws.path  # the HQ directory signed in to
        self._store = store
        self._db = compartment_db
        self._key = compartment_key

    @property
    def is_locked(self) -> bool:
        return self._store is None and self._db is None

    @property
    def store(self) -> HqStore:
        """The whole HQ store (top clearance only), for the commands that need it."""
        if self._store is None:
            raise FieldcaseError("{user} has the {clearance} clearance, and this needs the whole HQ store, which "
                                 "only the strictly_confidential clearance opens. Nothing was opened.",
                                 user=self.user.name, clearance=self.user.clearance)
        return self._store

    def _database(self) -> Database:
        if self._store is not None:
            return self._store.ws.db
        if self._db is None:
            raise FieldcaseError("The HQ directory is locked.")
        return self._db

    def refreshed_at(self) -> str | None:
        """When the compartment was last rebuilt (None for the HQ store itself, which is always current)."""
        if self._store is not None:
            return None
        with self._database().reading() as conn:
            return keyvalue.meta(conn, compartments.META_REFRESHED)

    def records(self, limit: int = LIST_LIMIT) -> list[HqRecordRow]:
        """Newest first; records above the clearance last, as id, kind and level only."""
        hq_users.require(self.user, "read")
        if self._store is not None:
            summaries = audited_list(self._store.ws, CaseFilter(), limit=limit)
            with self._store.ws.db.reading() as conn:
                levels = compartment.levels_of(conn, [s.id for s in summaries])
            return _rows_of(summaries, levels)
        with self._database().reading() as conn:
            rows = _readable_rows(conn, limit)
            above = [HqRecordRow(rid, kind, level, False) for rid, kind, level in compartment.withheld(conn)]
        return rows + above

    def record(self, record_id: str) -> HqRecordDetail:
        """A record's detail; a strictly confidential one is audit-logged in the transaction that reads it."""
        hq_users.require(self.user, "read")
        if self._store is not None:
            found = audited_read(self._store.ws, record_id)
            return HqRecordDetail(_row_of(found), found)
        with self._database().reading() as conn:
            for rid, kind, level in compartment.withheld(conn):
                if rid == record_id:
                    return HqRecordDetail(HqRecordRow(rid, kind, level, False), None)
            found = cases.get_record(conn, record_id)
        if not self.user.may_read(found.confidentiality):  # a compartment never holds one; fail closed anyway
            return HqRecordDetail(HqRecordRow(record_id, found.kind, found.confidentiality, False), None)
        return HqRecordDetail(_row_of(found), found)

    def lock(self) -> None:
        if self._store is not None:
            self._store.lock()
            self._store = None
        if self._db is not None:
            self._db.close()
            self._db = None
        keys.wipe(self._key)
        self._key = None

    def __enter__(self) -> HqSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()


def audited_read(ws: Workspace, id_or_prefix: str, rev: int | None = None) -> CaseRecord:
    """A record read from the HQ store by `ws.audited_reader`; if strictly confidential, the audit entry (who,
    when, which record and revision) is written in the same transaction, so nothing is read unlogged."""
    if ws.audited_reader is None:
        raise FieldcaseError("The HQ directory is locked.")
    name, role = ws.audited_reader
    with ws.db.writing() as conn:
        found = cases.get_record(conn, cases.resolve_id(conn, id_or_prefix), rev)
        if level_rank(found.confidentiality) >= level_rank(TOP):
            audit.append(conn, [audit.AuditEvent(READ_ACTION, "case", found.id or "", found.rev,
                                                 {"role": role, "confidentiality": found.confidentiality})],
                         actor=name, at=utc_now())
    return found


def _row_of(r: CaseRecord) -> HqRecordRow:
    loc = r.location
    region = ", ".join(x for x in (loc.adm1_name, loc.adm2_name) if x) or None
    return HqRecordRow(r.id or "", r.kind, r.confidentiality, True, r.title, r.date.text, region)


def audited_list(ws: Workspace, f: CaseFilter, *, limit: int = 100, offset: int = 0, sort: str = "date",
                 descending: bool = True) -> list[CaseSummary]:
    """The case list read from the HQ store by `ws.audited_reader`; the strictly confidential records whose
    titles it shows are named in one `hq.list-records` audit entry, written in the same transaction."""
    if ws.audited_reader is None:
        raise FieldcaseError("The HQ directory is locked.")
    name, role = ws.audited_reader
    with ws.db.writing() as conn:
        summaries = cases.list_cases(conn, f, limit=limit, offset=offset, sort=sort, descending=descending)
        levels = compartment.levels_of(conn, [s.id for s in summaries])
        shown = [s.id for s in summaries if level_rank(levels.get(s.id, TOP)) >= level_rank(TOP)]
        if shown:
            audit.append(conn, [audit.AuditEvent("hq.list-records", "hq-user", name, None,
                                                 {"role": role, "strictly_confidential_titles_shown": shown})],
                         actor=name, at=utc_now())
    return summaries


def _rows_of(summaries: list[CaseSummary], levels: dict[str, str]) -> list[HqRecordRow]:
    return [HqRecordRow(s.id, s.kind, levels.get(s.id, TOP), True, s.title, s.date_text,
                        ", ".join(x for x in (s.adm1_name, s.adm2_name) if x) or None) for s in summaries]


def _readable_rows(conn: UnitOfWork, limit: int) -> list[HqRecordRow]:
    summaries = cases.list_cases(conn, CaseFilter(), limit=limit)
    return _rows_of(summaries, compartment.levels_of(conn, [s.id for s in summaries]))


def sign_in(path: Path, name: str | None, passphrase: str) -> HqSession:
    """Open the HQ directory as `name` (None: the first reviewer, as the one-passphrase HQ did)."""
    if not is_workspace(path):
        Workspace.unlock(path, "")  # raises the specific 'not a workspace' error
    if not hq_users.UsersFile.exists(path):  # a one-passphrase HQ: its passphrase becomes the first reviewer
        store = HqStore.open(path, passphrase, name)
        return HqSession(store.user, store)
    user, held = hq_users.sign_in(path, KeyFile.load(path).workspace_id, name, passphrase)
    if held.store is not None:
        store_key, held.store = held.store, None
        held.wipe()
        return HqSession(user, HqStore(Workspace.unlock_with_data_key(path, store_key), user))
    key = held.levels.pop(user.clearance, None)
    held.wipe()
    if key is None:
        raise FieldcaseError("The HQ users file is damaged (a user's key slot is malformed).")
    try:
        db = compartments.open_compartment(path, user.clearance, key)
    except BaseException:
        keys.wipe(key)
        raise
    return HqSession(user, compartment_db=db, compartment_key=key, path=path)


__all__ = ["HqRecordDetail", "HqRecordRow", "HqSession", "NotFound", "sign_in"]
