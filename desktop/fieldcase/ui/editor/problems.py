"""Validation problems (services.validation.FieldProblem) worded for the editor, in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...services.validation import FieldProblem

_DATE_FIELDS = re.compile(r"(^|\.)(date|date_end)$")
_ISO_DATE_FIELDS = re.compile(r"(reported_on|recorded_on)$")
_SEMANTIC = {
    "ends before the date it starts": "Ends before the date it starts.",
    "is before the incident's date": "Is before the incident's date.",
    "is only for community information": "Only for community information: leave it empty for an incident.",
    "is not a date (YYYY-MM-DD)": "Not a date: use YYYY-MM-DD.",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def problem_text(problem: FieldProblem) -> str:
    path, code, limit = problem.path, problem.code, problem.params.get("limit")
    if code == "required":
        return _t("Required.")
    if code == "too_short":
        return _t("Too short: at least %1 characters.").replace("%1", str(limit))
    if code == "too_long":
        return _t("Too long: at most %1 characters.").replace("%1", str(limit))
    if code == "minimum":
        return _t("Must be at least %1.").replace("%1", str(limit))
    if code == "maximum":
        return _t("Must be at most %1.").replace("%1", str(limit))
    if code == "pattern" or code == "format":
        if _DATE_FIELDS.search(path):
            return _t("Use YYYY-MM-DD, YYYY-MM or YYYY.")
        if _ISO_DATE_FIELDS.search(path):
            return _t("Use a real date as YYYY-MM-DD.")
        if path.endswith("country"):
            return _t("Use the three capital letters of the ISO 3166 code, e.g. XTV.")
        if path.endswith("pcode"):
            return _t("A P-code is 2–3 capital letters and then digits, e.g. XT02.")
        return _t("Not in the expected form.")
    if code == "choice":
        return _t("Choose one of the listed values.")
    if code == "type":
        return _t("Not a valid value here (a number is expected?).")
    if code == "duplicate":
        return _t("Listed twice.")
    if code == "semantic":
        for english, wording in _SEMANTIC.items():
            if problem.message.startswith(english):
                return _t(wording)
        if "is not a real date" in problem.message:
            return _t("Not a real date.")
        if "is not in any installed framework" in problem.message:
            return _t("Not in any installed framework.")
    return problem.message[:1].upper() + problem.message[1:]


_ROW = re.compile(r"^(people|sources|deaths|risk_tags|violation_types)\[(\d+)\](?:\.(.+))?$")


def split_row_path(path: str) -> tuple[str, int, str] | None:
    """`people[2].consent.naming` -> ("people", 2, "consent.naming")."""
    match = _ROW.match(path)
    if not match:
        return None
    return match.group(1), int(match.group(2)), match.group(3) or ""
