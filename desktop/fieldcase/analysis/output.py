"""The JSON documents `fieldcase assess --json` and `fieldcase indicators --json` print.

Their shape is fixed by schema/assessment.output.schema.json and schema/indicators.output.schema.json
(format tags below); change both together and bump the format when a field changes meaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from .assessments import Assessment, AssessmentReport
from .indicators import (
    CONDITION_ORDER,
    GROUP_PRECEDENCE,
    Count,
    Count1612,
    Count16101,
    Indicator1612,
    Indicator16101,
    IndicatorReport,
)
from .periods import Period
from .signals import ATROCITY_NOTE, RULE_ID, AreaSignal

ASSESSMENT_FORMAT = "fieldcase-assessment/2"  # /2: an area with no records in the month is risk.no_data
INDICATORS_FORMAT = "fieldcase-indicators/2"
UNVERIFIED_LABEL = "reported, unverified cases included"


def _frameworks(pinned: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
    return [{"id": fid, "release": release} for fid, release in pinned]


def _signal(s: AreaSignal) -> dict[str, Any]:
    return {
        "months": [{"month": m, "records": n} for m, n in s.months],
        "records": s.count, "baseline_mean": s.baseline_mean, "weighted": s.weighted,
        "weighted_baseline": s.weighted_baseline, "change": s.change, "severity_mean": s.severity_mean,
        "severity_max": s.severity_max, "verified": s.verified, "verified_share": s.verified_share,
        "imprecise": s.imprecise, "flags": asdict(s.flags),
    }


def _assessment(a: Assessment) -> dict[str, Any]:
    officer = None
    if a.officer is not None:
        o = a.officer
        officer = {"level": o.level, "trend": o.trend, "rationale": o.rationale, "author": o.author,
                   "created_at": o.created_at, "rev": o.rev, "computed_level": o.computed_level,
                   "computed_trend": o.computed_trend, "computed_score": o.computed_score}
    s = a.signal
    return {
        "risk_area": s.risk_area, "label": a.label, "region": s.region, "signal": _signal(s),
        "suggested": {"level": s.level, "trend": s.trend, "score": s.suggestion.score,
                      "reasons": list(s.suggestion.reasons)},
        "officer": officer, "level": a.level, "trend": a.trend, "status": a.status, "stale": a.stale,
    }


def assessment_json(result: AssessmentReport) -> dict[str, Any]:
    r = result.report
    return {
        "format": ASSESSMENT_FORMAT,
        "period": r.period.label,
        "baseline_months": list(r.baseline),
        "region": r.region,
        "scoring_rule": RULE_ID,
        "frameworks": _frameworks(result.frameworks),
        "records": {"in_period": r.records, "untagged": r.untagged, "imprecise": r.imprecise,
                    "discounted": r.discounted},
        "assessments": [_assessment(a) for a in result.assessments],
        "escalating": [a.signal.risk_area for a in result.escalating],
        "atrocity_risk_factors": {
            "note": ATROCITY_NOTE,
            "factors": [{"risk_factor": f.factor, "label": result.labels.get(f.factor, f.factor),
                         "records": f.records, "latest": f.latest, "indicators": list(f.indicators)}
                        for f in r.atrocity],
        },
    }


def _map(items: Count, keys: Iterable[str] = ()) -> dict[str, int]:
    out = dict.fromkeys(keys, 0)
    out.update(items)
    return out


def _window(period: Period) -> dict[str, Any]:
    return {"label": period.label, "first": period.first.isoformat(), "last": period.last.isoformat()}


def _count_16_10_1(c: Count16101, seriousness: tuple[str, ...]) -> dict[str, Any]:
    return {
        "window": _window(c.window), "total": c.total, "acts": c.acts,
        "cells": [asdict(cell) for cell in c.cells],
        "by_violation_type": _map(c.by_violation_type, seriousness),
        "by_victim_group": _map(c.by_victim_group, GROUP_PRECEDENCE),
        "group_membership": _map(c.group_membership, GROUP_PRECEDENCE),
        "persons_in_several_groups": c.persons_in_several_groups,
        "by_sex": _map(c.by_sex), "by_age_group": _map(c.by_age_group), "by_sex_age": _map(c.by_sex_age),
        "by_perpetrator_status": _map(c.by_perpetrator_status),
        "by_perpetrator_status_detail": _map(c.by_perpetrator_status_detail),
        "by_adm1": _map(c.by_adm1), "by_adm2": _map(c.by_adm2),
        "excluded": _map(c.excluded), "excluded_victims": [v._asdict() for v in c.excluded_victims],
        "imprecise": c.imprecise,
    }


def _16_10_1(i: Indicator16101, seriousness: tuple[str, ...], derivation_release: int) -> dict[str, Any]:
    return {
        "verified_only": i.verified_only,
        "label": "verified cases" if i.verified_only else UNVERIFIED_LABEL,
        "headline": _count_16_10_1(i.headline, seriousness),
        "month": _count_16_10_1(i.month, seriousness) if i.month else None,
        "overrides": [asdict(o) for o in i.overrides],
        "rules": {"seriousness": list(seriousness), "group_precedence": list(GROUP_PRECEDENCE),
                  "conditions": [*CONDITION_ORDER, "derived type (schema/frameworks/sdg.16.10.1.derivation.json) "
                                 "or analyst override"],
                  "derivation_release": derivation_release},
    }


def _count_16_1_2(c: Count1612) -> dict[str, Any]:
    return {
        "window": _window(c.window), "total": c.total, "by_cause": _map(c.by_cause), "by_sex": _map(c.by_sex),
        "by_age_group": _map(c.by_age_group), "by_status": _map(c.by_status), "by_adm1": _map(c.by_adm1),
        "by_adm2": _map(c.by_adm2), "not_counted": _map(c.not_counted),
        "not_counted_records": [{"record_id": r, "deaths": n, "reason": why} for r, n, why in c.not_counted_records],
        "imprecise": c.imprecise,
    }


def _16_1_2(i: Indicator1612) -> dict[str, Any]:
    return {
        "verified_only": i.verified_only,
        "label": "verified cases" if i.verified_only else UNVERIFIED_LABEL,
        "headline": _count_16_1_2(i.headline),
        "month": _count_16_1_2(i.month) if i.month else None,
    }


def indicators_json(result: IndicatorReport) -> dict[str, Any]:
    period = result.sdg_16_10_1.period
    return {
        "format": INDICATORS_FORMAT,
        "period": {"label": period.label, "first": period.first.isoformat(), "last": period.last.isoformat()},
        "region": result.sdg_16_10_1.region,
        "frameworks": _frameworks(result.frameworks),
        "sdg_16_10_1": _16_10_1(result.sdg_16_10_1, result.seriousness, result.derivation_release),
        "sdg_16_1_2": _16_1_2(result.sdg_16_1_2),
    }
