"""The acts of an incident (HURIDOCS ESF: one act against one victim, with its perpetrators).

Each act's SDG 16.10.1 type is derived from what the officer records (act type, perpetrators' relation
to the State, the due-diligence finding, whether the fate was concealed) by
fieldcase.frameworks.derivation, and shown live; it is never typed. An analyst may override it, with a
rationale. Acts are edited in the record's JSON form (schema/incident.schema.json `acts`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QStyle, QWidget

from ...frameworks.derivation import NOT_COVERED, builtin_derivation
from ..rtl import select_row
from ..text import safe_line
from ..vocab import Choice, Vocabulary
from ..widgets.row_table import Column, RowTable

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

NOT_QUALIFYING = "sdg16101.none"


def status_choices() -> tuple[Choice, ...]:
    return (
        ("state", translate("Acts", "State agent")),
        ("state_acquiescence", translate("Acts", "Acting with State acquiescence or support")),
        ("non_state", translate("Acts", "Non-State actor")),
        ("unknown", translate("Acts", "Unknown")),
    )


def exclusion_text(reason: str | None) -> str:
    """Why an act does not qualify for SDG 16.10.1, in plain words (reason codes of the derivation table)."""
    texts = {
        NOT_COVERED: translate("Acts", "Does not qualify: SDG 16.10.1 does not count this type of act"),
        "due_diligence_not_assessed": translate(
            "Acts", "Does not qualify: no due-diligence finding for a non-State perpetrator"),
        "non_state_without_due_diligence": translate(
            "Acts", "Does not qualify: non-State perpetrator, and the State did not fail in due diligence"),
        "perpetrator_unknown": translate("Acts", "Does not qualify: the perpetrator is unknown"),
        "torture_without_public_official": translate(
            "Acts", "Does not qualify: torture counts only by a State agent or with State acquiescence"),
        "non_state_other_harmful_act": translate(
            "Acts", "Does not qualify: other harmful acts count only by a State agent or with State acquiescence"),
    }
    return texts.get(reason or "", translate("Acts", "Does not qualify (%1)").replace("%1", reason or "?"))


def sdg_label(vocab: Vocabulary, sdg_type: str) -> str:
    if sdg_type == NOT_QUALIFYING:
        return translate("Acts", "Does not qualify")
    return dict(vocab.sdg_types).get(sdg_type, sdg_type)


def derived_text(act: dict[str, Any], vocab: Vocabulary) -> str:
    """The derived SDG 16.10.1 type of an act in the JSON form ("D – Arbitrary detention"), or why it has none."""
    if not act.get("act_type"):
        return translate("Acts", "Choose the type of act")
    derived = builtin_derivation().derive(
        act["act_type"], [p.get("status", "unknown") for p in act.get("perpetrators", ())],
        act.get("state_due_diligence_failure"), bool(act.get("fate_concealed")))
    return sdg_label(vocab, derived.sdg_type) if derived.sdg_type else exclusion_text(derived.excluded)


def shown_type(act: dict[str, Any], vocab: Vocabulary) -> str:
    """What the acts table shows: the derived type, or the analyst's override marked as such."""
    if act.get("sdg_override"):
        return translate("Acts", "✎ %1 (analyst override)").replace("%1", sdg_label(vocab, act["sdg_override"]))
    return derived_text(act, vocab)


def due_diligence_text(value: bool | None) -> str:
    if value is None:
        return translate("Acts", "Not assessed")
    return translate("Acts", "State failed") if value else translate("Acts", "State did not fail")


def victim_pseudonyms(people: Sequence[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(str(p["pseudonym"]) for p in people if p.get("role") == "victim" and p.get("pseudonym")))


def act_problems(acts: Sequence[dict[str, Any]], people: Sequence[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """What the schema cannot see: (act index, field, message) for victims not among the record's people
    and overrides without a rationale."""
    everyone = {str(p.get("pseudonym")): p for p in people if p.get("pseudonym")}
    out: list[tuple[int, str, str]] = []
    for index, act in enumerate(acts):
        victim = act.get("victim")
        if victim and victim not in everyone:
            out.append((index, "victim", translate(
                "Acts", "The victim “%1” is not one of this record's people: add them under People, or choose "
                "another victim.").replace("%1", safe_line(str(victim), 60))))
        elif victim and everyone[victim].get("role") != "victim":
            out.append((index, "victim", translate(
                "Acts", "“%1” is listed under People, but not with the role Victim.").replace(
                "%1", safe_line(str(victim), 60))))
        if act.get("sdg_override") and not str(act.get("override_rationale") or "").strip():
            out.append((index, "override_rationale", override_needs_rationale()))
    return out


def override_needs_rationale() -> str:
    return translate("Acts", "An analyst override needs a rationale.")


def _problem_line(index: int, sub: str, text: str) -> str:
    where = translate("Acts", "Act %1").replace("%1", str(index + 1))
    if sub == "override_rationale":
        return f"{where}: {override_needs_rationale()}"
    labels = {"victim": translate("Acts", "Victim"), "act_type": translate("Acts", "Act type"),
              "sdg_override": translate("Acts", "Analyst override"),
              "due_diligence_rationale": translate("Acts", "Due-diligence rationale")}
    field = labels.get(sub.split("[")[0], sub)
    if sub.startswith("perpetrators["):
        field = translate("Acts", "Perpetrator %1").replace("%1", str(int(sub[13:].split("]")[0]) + 1))
    return f"{where} — {field}: {text}" if sub else f"{where}: {text}"


# -- the acts table ----------------------------------------------------------------------------------

class ActsTable(RowTable):
    """The record's acts with Add / Edit / Remove; each row shows its derived SDG 16.10.1 type."""

    def __init__(self, vocab: Vocabulary, people: Callable[[], list[dict[str, Any]]], parent: QWidget) -> None:
        statuses = dict(status_choices())
        columns: list[Column] = [
            (self.tr("Victim"), lambda a: a.get("victim", "")),
            (self.tr("Act"), lambda a: vocab.label(a.get("act_type"))),
            (self.tr("Perpetrators"), lambda a: ", ".join(
                statuses.get(p.get("status", "unknown"), p.get("status", "")) for p in a.get("perpetrators", ()))
                or statuses["unknown"]),
            (self.tr("Linked to work"), lambda a: self.tr("Yes") if a.get("linked_to_work") else self.tr("No")),
            (self.tr("State due diligence"), lambda a: due_diligence_text(a.get("state_due_diligence_failure"))),
            (self.tr("SDG 16.10.1"), lambda a: shown_type(a, vocab)),
        ]
        super().__init__(
            "act", columns, (), parent, new_row=self._new_act, add_label=self.tr("Add act…"),
            hint=self.tr("One act against one victim. The SDG 16.10.1 type is derived from what you record; "
                         "an analyst may override it, with a rationale."),
            cell_chars=160, column_caps=(140, 190, 170))  # the others fit their headers
        self._vocab, self._people = vocab, people
        self._schema_problems: list[tuple[int, str, str]] = []
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Acts"))

    # -- data --------------------------------------------------------------------------------------------
    def _rows_changed(self) -> None:
        self._schema_problems = []  # the record's validation spoke of the rows as they were
        super()._rows_changed()

    def refresh(self) -> None:
        """Redraw the rows (and re-check them against the people, which may have changed)."""
        self._refresh()

    def _refresh(self) -> None:
        selected = self.selected_row()
        super()._refresh()
        self.table.resizeRowsToContents()  # a reason for not qualifying wraps onto a second line
        if selected is not None and selected < len(self.rows):
            select_row(self.table, selected)
        self._mark()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # rows grow to their wrapped text once the last column has taken its new width
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def local_problems(self) -> list[tuple[int, str, str]]:
        return act_problems(self.rows, self._people())

    def set_problems(self, problems: Sequence[tuple[int, str, str]]) -> None:
        """Problems from the record's validation: (act index, field path within the act, message)."""
        self._schema_problems = list(problems)
        self._mark()

    def _mark(self) -> None:
        by_row: dict[int, list[str]] = {}
        for index, sub, text in [*self._schema_problems, *self.local_problems()]:
            line = _problem_line(index, sub, text)
            if line not in by_row.setdefault(index, []):
                by_row[index].append(line)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for r in range(self.table.rowCount()):
            lines = by_row.get(r, [])
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                item.setToolTip("\n".join(lines) if lines else item.text())
                if c == 0:
                    item.setIcon(warn if lines else QIcon())
        self.set_errors([line for r in sorted(by_row) for line in by_row[r]])

    def row_problems(self, row: int) -> list[str]:
        """The messages marked on one act row (its tooltip)."""
        item = self.table.item(row, 0)
        return [] if item is None or item.icon().isNull() else item.toolTip().split("\n")

    # -- editing -----------------------------------------------------------------------------------------
    def _new_act(self) -> dict[str, Any]:
        victims = victim_pseudonyms(self._people())
        return {"victim": victims[0]} if len(victims) == 1 else {}

    def _open(self, index: int | None, value: dict[str, Any]) -> None:
        from .act_dialog import ActDialog  # imported here: act_dialog takes its texts from this module

        title = self.tr("Add an act") if index is None else self.tr("Edit act %1").replace("%1", str(index + 1))
        dialog = ActDialog(title, value, victim_pseudonyms(self._people()), self._vocab, self.window())
        self._show(dialog, index, dialog.value)
