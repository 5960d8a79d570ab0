"""The officer's monthly risk assessment next to the computed signal.

The signal only suggests a level and a trend; the officer sets them, always with a rationale. Each
setting is kept with the suggestion it was made against, so an override (officer and computation
disagree) stays visible, and so does a setting made before later records changed the suggestion.
A month with no records suggests "no data" (signals.NO_DATA), which the officer cannot set: a level they
set for it, from what they know outside the records, is an override and is what is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .signals import LEVELS, TRENDS, AreaSignal, SignalReport

MAX_RATIONALE = 4000


def _normalise(text: str, allowed: tuple[str, ...], prefix: str, what: str) -> str:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    value = key if key.startswith(prefix) else prefix + key
    if value not in allowed:
        names = ", ".join(a.removeprefix(prefix) for a in allowed)
        raise ValueError(f"{text!r} is not a {what} (use one of: {names})")
    return value


def normalise_level(text: str) -> str:
    """`high`, `very high`, `risk.high` ... -> the stored id (`risk.high`)."""
    return _normalise(text, LEVELS, "risk.", "risk level")


def normalise_trend(text: str) -> str:
    return _normalise(text, TRENDS, "trend.", "trend")


def check_rationale(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("a rationale is required: say in a sentence or two why")
    if len(text) > MAX_RATIONALE:
        raise ValueError(f"the rationale is too long ({len(text)} characters; at most {MAX_RATIONALE})")
    return text


def differs(level: str, trend: str, signal: AreaSignal) -> bool:
    """Whether an officer's level or trend departs from the computed suggestion (an override)."""
    return level != signal.level or trend != signal.trend


@dataclass(frozen=True)
class OfficerAssessment:
    """One stored setting (the newest revision for its period, area and region)."""

    period: str
    risk_area: str
    region: str | None
    rev: int
    level: str
    trend: str
    rationale: str
    computed_level: str
    computed_trend: str
    computed_score: int
    author: str
    created_at: str

    @property
    def is_override(self) -> bool:
        return self.level != self.computed_level or self.trend != self.computed_trend


@dataclass(frozen=True)
class Assessment:
    """A risk area's computed signal with the officer's setting, if any."""

    signal: AreaSignal
    label: str
    officer: OfficerAssessment | None = None

    @property
    def level(self) -> str:
        return self.officer.level if self.officer else self.signal.level

    @property
    def trend(self) -> str:
        return self.officer.trend if self.officer else self.signal.trend

    @property
    def status(self) -> str:
        """`computed` (no setting yet), `confirmed` (officer agrees) or `override`."""
        if self.officer is None:
            return "computed"
        return "override" if differs(self.officer.level, self.officer.trend, self.signal) else "confirmed"

    @property
    def stale(self) -> bool:
        """The suggestion has changed since the officer set the level (records were added or revised)."""
        return self.officer is not None and (self.officer.computed_level, self.officer.computed_trend) != (
            self.signal.level, self.signal.trend)


def combine(report: SignalReport, officer: Mapping[tuple[str, str | None], OfficerAssessment],
            labels: Mapping[str, str]) -> tuple[Assessment, ...]:
    return tuple(Assessment(s, labels.get(s.risk_area, s.risk_area), officer.get((s.risk_area, s.region)))
                 for s in report.signals)


@dataclass(frozen=True)
class AssessmentReport:
    """A month's assessment: the signals, the officer's settings, and what they were computed with."""

    report: SignalReport
    assessments: tuple[Assessment, ...]
    frameworks: tuple[tuple[str, int], ...]  # (framework id, release)
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)  # risk areas and atrocity factors

    @property
    def top_level(self) -> tuple[Assessment, ...]:
        """Country-wide assessments (or, for a regional report, the region's)."""
        return tuple(a for a in self.assessments if a.signal.region == self.report.region)

    @property
    def escalating(self) -> tuple[Assessment, ...]:
        return tuple(a for a in self.top_level if a.trend == "trend.deteriorating")
