"""The `purged` table (migration 0012_fleet): what purge-after-receipt removed, with the hash that stays."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class Purged(Base):
    """A record, person, source or attachment whose field copy was purged after HQ acknowledged it.
    Append-only; its presence is what lets the purge blank the rows the append-only guards protect."""

    __tablename__ = "purged"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # record | person | source | attachment
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))  # record: head content hash; attachment: SHA-256
    purged_at: Mapped[str] = mapped_column(String(40))
