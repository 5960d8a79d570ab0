"""The identity-link tables (migration 0014_identity_links): decisions that two people or two incidents
are the same, as append-only events, and which events went to which peer."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import UUID_LEN, Base
from .sealed import Sealed


class IdentityLinkEvent(Base):
    """`link` or `unlink`. A link is in force while no `unlink` event carries its `link_id`.

    Sides: `*_record` is a record id; for a person link `*_person` is the person's id in that record
    (`case_person.person_id`), NULL for an incident link. `origin` is the workspace (officer or HQ) where
    the decision was taken; `package_id` the package it arrived in (NULL when decided here)."""

    __tablename__ = "identity_link_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    link_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    action: Mapped[str] = mapped_column(String(10))  # link | unlink
    kind: Mapped[str] = mapped_column(String(10))  # person | incident
    first_record: Mapped[str] = mapped_column(String(UUID_LEN))
    first_person: Mapped[str | None] = mapped_column(String(UUID_LEN))
    second_record: Mapped[str] = mapped_column(String(UUID_LEN))
    second_person: Mapped[str | None] = mapped_column(String(UUID_LEN))
    # sealed on PostgreSQL (free text that may name people); not in sealed.SEALED, because 0011 alters the
    # columns listed there before this table exists
    reason: Mapped[str] = mapped_column(Sealed(Text(), "identity_link_event.reason"))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(UUID_LEN))
    package_id: Mapped[str | None] = mapped_column(String(UUID_LEN))


class IdentityLinkSent(Base):
    __tablename__ = "identity_link_sent"
    event_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))
