"""Administrative units of a gazetteer (OCHA COD-AB): what the place picker offers and the editor fills in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AdminUnit:
    pcode: str
    level: int  # 1: region (admin 1), 2: district (admin 2), 3: sub-district or place (admin 3)
    name: str  # the name in the gazetteer's first language column (ADMn_EN when there is one)
    name_local: str | None = None  # the second name column, e.g. ADMn_AR
    parent_pcode: str | None = None
    country: str = ""
