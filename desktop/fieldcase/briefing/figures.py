"""The briefing's risk figures from the analysis service (services/analysis.py), as briefing model rows.

Nothing is computed here: the risk matrix is `assess` (the officer's level and trend where set,
else the computed suggestion, with the signal score), the indicator tables are `indicators` (verified
only, and again with unverified reports included), and the action points are the workspace's. Free
text the officer wrote (rationales, action points) goes through the briefing's redaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..i18n.briefing_text import N_, tr
from .model import ActionRow, Period, RiskRow, Table

METHOD = N_("Signal: the analysis' scoring rule {rule} (volume, severity, share verified, escalation against the "
          "three months before, early-warning flags such as reprisals, attacks on defenders and hate-speech "
          "spikes). Level and trend are the officer's assessment where one was recorded (marked), otherwise the "
          "computed suggestion. Records: all statuses except discounted, tagged with the area. No data: no "
          "records for the area in the month, which is an absence of information, not a low risk.")
STATUS = {"open": N_("Open"), "in_progress": N_("In progress"), "done": N_("Done"), "dropped": N_("Dropped")}
# Why a person or a death was left out of the 12-month count (analysis/indicators.py, the derivation table)
NOT_COUNTED = {
    "discounted": N_("discounted"), "unverified": N_("unverified"),
    "not_in_victim_group": N_("not in a victim group"), "act_not_linked_to_work": N_("act not linked to their work"),
    "due_diligence_not_assessed": N_("State due diligence not assessed"),
    "non_state_other_harmful_act": N_("other harmful act by a non-State actor"),
    "non_state_without_due_diligence": N_("non-State actor, no failure of due diligence recorded"),
    "perpetrator_unknown": N_("perpetrator unknown"),
    "torture_without_public_official": N_("torture without a public official involved"),
    "analyst_override": N_("analyst's override"),
    "act_type_not_covered": N_("act type outside the indicator's violation types"),
    "conflict_relation_not_recorded": N_("relation to the conflict not recorded"),
    "not_conflict_related": N_("not conflict-related"),
}
NOTE_16101 = N_("Victims (persons), each counted once in the window under the most serious violation type that "
                "qualifies (A killing, C torture, B enforced disappearance, D arbitrary detention, E kidnapping, "
                "F other harmful acts); the type is derived from each act's type, perpetrator and the State's due "
                "diligence. Only verified cases count toward the indicator.")
NOTE_GROUPS = N_("Each person counted in one group: journalist, then trade unionist, then human rights defender. "
                 "Perpetrator: State (State agents and those acting with State acquiescence) or non-State.")
NOTE_1612 = N_("Direct deaths in incidents marked as related to an armed conflict; a rate per 100,000 needs the "
               "population figure and is left to HQ.")
_LEVEL = {"risk.low": "low", "risk.medium": "medium", "risk.high": "high", "risk.very_high": "very high",
          "risk.no_data": "no data"}


class AnalysisFigures:
    """`FigureSource` over an `AnalysisService` for one scope (a region or the whole country)."""

    def __init__(self, service: Any, region: str | None, label: Callable[[str], str],
                 scrub: Callable[[str], str]) -> None:
        self.service, self.region, self.label, self.scrub = service, region, label, scrub
        from ..analysis.signals import RULE_ID

        self.method = tr(METHOD, rule=RULE_ID)

    # -- risk matrix ------------------------------------------------------------------------------
    def risk_matrix(self, period: Period) -> tuple[RiskRow, ...]:
        report = self.service.assess(period.label, self.region)
        return tuple(self._row(a) for a in report.top_level)

    def _row(self, a: Any) -> RiskRow:
        s = a.signal
        note = ""
        if a.officer is not None:
            o = a.officer
            template = (N_("Officer's assessment (override of {computed}): {rationale}") if a.status == "override"
                        else N_("Officer's assessment (confirms {computed}): {rationale}"))
            computed = (tr("no data: no records in the month") if s.no_data else
                        tr("the computed {level}, {trend}", level=tr(_LEVEL.get(s.level, s.level)),
                           trend=tr(s.trend.removeprefix("trend."))))
            note = tr(template, computed=computed, rationale=self.scrub(o.rationale))
            if len(note) > 240:
                note = note[:239].rsplit(" ", 1)[0] + "\u2026"
        return RiskRow(s.risk_area, self.label(s.risk_area), a.level.removeprefix("risk."),
                       a.trend.removeprefix("trend."), float(s.suggestion.score), s.count, s.verified, note)

    # -- indicators -------------------------------------------------------------------------------
    def indicators(self, period: Period) -> tuple[Table, ...]:
        """The 12-month headline HQ reports (16.10.1 counts 'the previous 12 months'), the month beside it,
        and the headline again with unverified reports included, labelled as such."""
        verified, reported = self.service.indicator_reports(period.label, self.region, (False, True))
        v, r = verified.sdg_16_10_1, reported.sdg_16_10_1
        year, month, wide = v.headline, v.month or v.headline, r.headline
        cols = (tr("Verified, {window}", window=year.window.label), tr("Verified, {window}", window=month.window.label),
                tr("12 months incl. unverified"))
        total = tr("Total")
        by_type = self._rows3(verified.seriousness, year.by_violation_type, month.by_violation_type,
                              wide.by_violation_type)
        by_type.append((total, str(year.total), str(month.total), str(wide.total)))
        groups = (self._rows3(_keys(year.by_victim_group, wide.by_victim_group), year.by_victim_group,
                              month.by_victim_group, wide.by_victim_group)
                  + self._rows3(_keys(year.by_sex, wide.by_sex), year.by_sex, month.by_sex, wide.by_sex,
                                tr("Sex: "))
                  + self._rows3(_keys(year.by_age_group, wide.by_age_group), year.by_age_group, month.by_age_group,
                                wide.by_age_group, tr("Age: "))
                  + self._rows3(_keys(year.by_perpetrator_status, wide.by_perpetrator_status),
                                year.by_perpetrator_status, month.by_perpetrator_status, wide.by_perpetrator_status,
                                tr("Perpetrator: ")))
        excluded = _not_counted(year.excluded)
        note = tr(NOTE_16101)
        if v.overrides:
            note += " " + tr("Acts carrying an analyst's documented override of the derived type: {n}.",
                             n=len(v.overrides))
        tables = [
            Table(tr("SDG 16.10.1: victims among journalists, trade unionists and human rights defenders, by "
                     "violation type"), (tr("Violation type (most serious first)"), *cols), tuple(by_type),
                  note + (" " + tr("Not counted in the 12 months: {list}.", list=excluded) if excluded else "")),
            Table(tr("SDG 16.10.1: victims by group, sex, age and perpetrator"), (tr("Group"), *cols),
                  tuple(groups), tr(NOTE_GROUPS)),
        ]
        d, dm, dr = verified.sdg_16_1_2.headline, verified.sdg_16_1_2.month or verified.sdg_16_1_2.headline, \
            reported.sdg_16_1_2.headline
        causes = self._rows3(_keys(d.by_cause, dr.by_cause), d.by_cause, dm.by_cause, dr.by_cause)
        causes.append((total, str(d.total), str(dm.total), str(dr.total)))
        people = (self._rows3(_keys(d.by_sex, dr.by_sex), d.by_sex, dm.by_sex, dr.by_sex, tr("Sex: "))
                  + self._rows3(_keys(d.by_age_group, dr.by_age_group), d.by_age_group, dm.by_age_group,
                                dr.by_age_group, tr("Age: "))
                  + self._rows3(_keys(d.by_status, dr.by_status), d.by_status, dm.by_status, dr.by_status,
                                tr("Status: ")))
        uncounted = _not_counted(d.not_counted)
        tables += [
            Table(tr("SDG 16.1.2: conflict-related deaths by cause"), (tr("Cause"), *cols), tuple(causes),
                  tr(NOTE_1612)
                  + (" " + tr("Deaths recorded but not counted in the 12 months: {list}.", list=uncounted)
                     if uncounted else "")),
            Table(tr("SDG 16.1.2: conflict-related deaths by sex, age and status of the person killed"),
                  (tr("Group"), *cols), tuple(people)),
        ]
        return tuple(tables)

    def _rows3(self, keys: Iterable[str], year: Iterable[tuple[str, int]], month: Iterable[tuple[str, int]],
               wide: Iterable[tuple[str, int]], prefix: str = "") -> list[tuple[str, ...]]:
        y, m, w = dict(year), dict(month), dict(wide)
        return [(prefix + self.label(k), str(y.get(k, 0)), str(m.get(k, 0)), str(w.get(k, 0))) for k in keys]

    # -- action points ----------------------------------------------------------------------------
    def action_points(self, period: Period) -> tuple[ActionRow, ...]:
        """Points recommended at this month's review, and those still open from earlier months."""
        out = []
        for a in self.service.actions():
            if self.region and a.region not in (None, self.region):
                continue
            current = a.period == period.label
            if not current and (a.status not in ("open", "in_progress") or (a.period or "") > period.label):
                continue
            since = "" if current or not a.period else " " + tr("(since {period})", period=a.period)
            out.append(ActionRow(self.scrub(a.title), self.scrub(a.owner), a.due or "\u2014",
                                   tr(STATUS.get(a.status, a.status)) + since, tuple(a.references),
                                   ", ".join(self.label(x) for x in a.risk_areas), self.scrub(a.description)))
        return tuple(out)


def _not_counted(counts: Iterable[tuple[str, int]]) -> str:
    """"3 unverified, 1 perpetrator unknown": the reasons in the briefing's language."""
    return ", ".join(f"{n} {tr(NOT_COUNTED[k]) if k in NOT_COUNTED else k.replace('_', ' ')}" for k, n in counts if n)


def _keys(*counts: Iterable[tuple[str, int]]) -> list[str]:
    """Every key of the given counts, most frequent first (in the last, widest count)."""
    merged: dict[str, int] = {}
    for count in counts:
        merged.update(dict(count))
    return [k for k, _n in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))]
