"""Validation problems (services.validation.FieldProblem) worded for the editor, in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.validation import FieldProblem

_DATE_FIELDS = re.compile(r"(^|\.)(date|date_end)$")
_ISO_DATE_FIELDS = re.compile(r"(reported_on|recorded_on)$")
_SEMANTIC = {  # the import's templates (services/importing.py), worded for the editor
    "must not be before the Date": QT_TRANSLATE_NOOP("Problems", "Must not be before the date of the record."),
    "must be a real date": QT_TRANSLATE_NOOP("Problems", "Not a real date."),
    "must be a date as YYYY-MM-DD": QT_TRANSLATE_NOOP("Problems", "Not a date: use YYYY-MM-DD."),
    "must be a category from one of the installed frameworks": QT_TRANSLATE_NOOP(
        "Problems", "Not in any installed framework."),
    "is only for community information": QT_TRANSLATE_NOOP(
        "Problems", "Only for community information: leave it empty for an incident."
    ),
    "is not a date (YYYY-MM-DD)": QT_TRANSLATE_NOOP("Problems", "Not a date: use YYYY-MM-DD."),
}

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def problem_text(problem: FieldProblem) -> str:
    path, code, limit = problem.path, problem.code, problem.params.get("limit")
    if code == "required":
        return translate("Problems", "Required.")
    if code == "too_short":
        return translate("Problems", "Too short: at least %1 characters.").replace("%1", str(limit))
    if code == "too_long":
        return translate("Problems", "Too long: at most %1 characters.").replace("%1", str(limit))
    if code == "minimum":
        return translate("Problems", "Must be at least %1.").replace("%1", str(limit))
    if code == "maximum":
        return translate("Problems", "Must be at most %1.").replace("%1", str(limit))
    if code == "pattern" or code == "format":
        if _DATE_FIELDS.search(path):
            return translate("Problems", "Use YYYY-MM-DD, YYYY-MM or YYYY.")
        if _ISO_DATE_FIELDS.search(path):
            return translate("Problems", "Use a real date as YYYY-MM-DD.")
        if path.endswith("country"):
            return translate("Problems", "Use the three capital letters of the ISO 3166 code, e.g. XTV.")
        if path.endswith("pcode"):
            return translate("Problems", "A P-code is 2–3 capital letters and then digits, e.g. XT02.")
        return translate("Problems", "Not in the expected form.")
    if code == "choice":
        return translate("Problems", "Choose one of the listed values.")
    if code == "type":
        return translate("Problems", "Not a valid value here (a number is expected?).")
    if code == "duplicate":
        return translate("Problems", "Listed twice.")
    if code == "semantic":
        for english, wording in _SEMANTIC.items():
            if problem.message.startswith(english):
                # marked above with QT_TRANSLATE_NOOP, which hands back its text (typed as object)
                return translate("Problems", str(wording))
        if "is not a real date" in problem.message:
            return translate("Problems", "Not a real date.")
        if "is not in any installed framework" in problem.message:
            return translate("Problems", "Not in any installed framework.")
    return problem.message[:1].upper() + problem.message[1:]


_ROW = re.compile(r"^(people|acts|sources|deaths|risk_tags|violation_types)\[(\d+)\](?:\.(.+))?$")


def split_row_path(path: str) -> tuple[str, int, str] | None:
    """`people[2].consent.naming` -> ("people", 2, "consent.naming")."""
    match = _ROW.match(path)
    if not match:
        return None
    return match.group(1), int(match.group(2)), match.group(3) or ""
