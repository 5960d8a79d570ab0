"""A passphrase strength hint (a rough estimate, shown while typing) and its meter widget."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

MIN_LENGTH = 8  # the workspace refuses shorter ones
_COMMON = ("password", "passwort", "motdepasse", "123456", "qwerty", "azerty", "letmein", "welcome", "admin",
           "iloveyou", "fieldcase", "secret", "abc123")


def estimate_bits(text: str) -> float:
    """A deliberately pessimistic entropy estimate: character pool x length, minus obvious patterns."""
    if not text:
        return 0.0
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"\d", text) else 0
    pool += 33 if re.search(r"[^\w\s]", text) else 0
    pool += 1 if " " in text else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", text) else 0
    length = len(text)
    # runs of one character and simple sequences add little
    effective = length - len(re.findall(r"(.)\1", text)) - len(re.findall(r"(?:0123|1234|2345|3456|abcd|bcde)", text))
    bits = max(1, effective) * math.log2(max(pool, 2))
    lowered = text.lower()
    if any(word in lowered for word in _COMMON):
        bits *= 0.4
    words = re.findall(r"[^\W\d_]{3,}", text)
    if len(words) >= 4:  # several words: count them as words from a large list, not as letters
        bits = max(bits, len(words) * 11.0)
    return bits


def strength(text: str) -> int:
    """0 (very weak) .. 4 (strong)."""
    if len(text) < MIN_LENGTH:
        return 0
    bits = estimate_bits(text)
    for score, limit in ((0, 30), (1, 42), (2, 56), (3, 72)):
        if bits < limit:
            return score
    return 4 if len(text) >= 14 else 3  # short and complex is still short


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setFixedHeight(8)
        self.bar.setObjectName("strengthBar")
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.update_for("")

    def update_for(self, text: str) -> int:
        score = strength(text)
        self.bar.setValue(score if text else 0)
        self.bar.setProperty("score", score)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        if not text:
            message = self.tr("Use a passphrase of several unrelated words; at least %1 characters.")
            message = message.replace("%1", str(MIN_LENGTH))
        elif len(text) < MIN_LENGTH:
            message = self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_LENGTH))
        else:
            message = (self.tr("Very weak: easy to guess."), self.tr("Weak: add more unrelated words."),
                       self.tr("Fair: one or two more words would help."), self.tr("Good."),
                       self.tr("Strong."))[score]
        self.label.setText(message)
        return score
