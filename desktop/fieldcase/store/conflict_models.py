"""The `sync_conflict` table (migration 0015_sync_conflicts): a record edited on both sides of a sync.

One row per conflict a merge found: which record, the local revision it was found against ("mine") and the
incoming revision stored on top of it ("theirs", both as revision numbers of this store), the common base
when it is known, who sent it in which package, and whether it is still open. Resolving writes a new
revision (`resolved_rev`) and closes the row; nothing else about a row ever changes (the guards of 0015).
Ids, numbers and times only: no record content, so nothing here needs sealing on a PostgreSQL HQ.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import UUID_LEN, Base


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    local_rev: Mapped[int] = mapped_column(Integer)  # the head here when the incoming revision arrived
    incoming_rev: Mapped[int] = mapped_column(Integer)  # where it was stored here (advances while open)
    base_rev: Mapped[int | None] = mapped_column(Integer)  # the common ancestor here; NULL: unknown
    origin: Mapped[str] = mapped_column(String(UUID_LEN))  # the peer the incoming revision came from
    origin_rev: Mapped[int] = mapped_column(Integer)  # its number there
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))
    detected_at: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), index=True)  # open | resolved
    resolved_rev: Mapped[int | None] = mapped_column(Integer)
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolved_by: Mapped[str | None] = mapped_column(String(200))
