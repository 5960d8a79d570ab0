"""ORM model of the gazetteer (migration 0009): administrative units with their P-codes, per workspace."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class GazetteerUnit(Base):
    """One administrative unit of a COD-AB gazetteer (level 1, 2 or 3), kept inside the encrypted store."""

    __tablename__ = "gazetteer_unit"
    pcode: Mapped[str] = mapped_column(String(20), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    name_local: Mapped[str | None] = mapped_column(String(300))  # e.g. ADM1_AR beside ADM1_EN
    parent_pcode: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(3))  # ADM0_PCODE (ISO 3166-1 alpha-3 in COD-AB)
    # " " + folded words of both names and the P-code (search_keys.words): type-ahead matches word starts
    search_text: Mapped[str] = mapped_column(Text)


Index("ix_gazetteer_unit_country_level", GazetteerUnit.country, GazetteerUnit.level, GazetteerUnit.parent_pcode)
