"""The officer's written part of a monthly assessment, for the Regional Monthly Review (RMR).

The RMR guidance asks each country analysis for risks *and* opportunities, the factors that mitigate
risk, where the situation is heading, and action points recommended to the review: so the monthly
assessment holds, next to the per-area levels and rationales, four texts the officer writes:
opportunities and entry points, mitigating factors, outlook, and recommendations to the RMR.
"""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = ("opportunities", "mitigating", "outlook", "recommendations")
MAX_TEXT = 6000


@dataclass(frozen=True)
class Narrative:
    period: str
    region: str | None = None
    opportunities: str = ""
    mitigating: str = ""
    outlook: str = ""
    recommendations: str = ""
    rev: int = 0
    author: str = ""
    created_at: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f).strip() for f in FIELDS)


def check_text(field: str, text: str) -> str:
    """The text as stored (trimmed); ValueError when too long."""
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise ValueError(f"{field}: too long (at most {MAX_TEXT} characters)")
    return text
