"""The risk signal's reasons (analysis.signals.Reason) in the interface's language, with Qt plural forms.

The core gives each point of the score as data (its rule, count and figure) and an English sentence for
the CLI; the board's tooltips and the assessment panel say it here, translated ("SignalReasons").
Numbers go through the interface's locale; a kind this module does not know falls back to the English.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject


class SignalReasons(QObject):
    """Only a translation context ("SignalReasons"): `self.tr` lets lupdate see the %n plural forms."""

    def say(self, reason: Any) -> str:
        locale = QLocale()
        n, x = int(reason.n), float(reason.x)
        kind = reason.kind
        if kind == "volume":
            text = self.tr("%n record(s) this month", "", n)
        elif kind == "severity_max":
            text = self.tr("highest severity %1").replace("%1", locale.toString(n))
        elif kind == "severity_mean":
            text = self.tr("mean severity %1").replace("%1", locale.toString(x, "f", 1))
        elif kind == "verified_share":
            text = self.tr("%1% verified").replace("%1", locale.toString(round(x * 100)))
        elif kind == "new_activity":
            text = self.tr("new activity (none in the three months before)")
        elif kind == "rise":
            text = self.tr("severity-weighted count ×%1 the 3-month mean").replace("%1", locale.toString(x, "f", 2))
        elif kind == "reprisals":
            text = self.tr("%n reprisal(s) against people cooperating with the UN", "", n)
        elif kind == "defender_attacks":
            text = self.tr("%n attack(s) on defenders, journalists or trade unionists", "", n)
        elif kind == "hate_speech":
            text = self.tr("hate-speech spike (%1 vs %2 a month)").replace("%1", locale.toString(n)).replace(
                "%2", locale.toString(x, "f", 1))
        elif kind == "early_warning":
            text = self.tr("%n early-warning report(s)", "", n)
        else:
            text = str(reason.text)
        return f"+{int(reason.points)} {text}"


_WORDS: list[SignalReasons] = []


def reason_text(reason: Any) -> str:
    """"+2 3 attacks on defenders, …" for one `Reason`, in the current language (UI thread)."""
    if not _WORDS:
        _WORDS.append(SignalReasons())
    return _WORDS[0].say(reason)


def reasons_text(points: Any) -> tuple[str, ...]:
    return tuple(reason_text(p) for p in points)
