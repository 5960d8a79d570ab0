"""The `hq_withheld` table (migration 0016_hq_users): in an HQ compartment database, the records above its level.

A compartment (hq/compartments.py) holds the records at or below one confidentiality level, whole; of each
record above it, only this row: its id, kind and level, so the HQ window can say "above your clearance".
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class HqWithheld(Base):
    __tablename__ = "hq_withheld"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    confidentiality: Mapped[str] = mapped_column(String(30))
