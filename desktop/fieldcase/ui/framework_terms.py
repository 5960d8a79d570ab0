"""Framework terms the interface shows most, put in the translation catalogue (context "Frameworks").

Framework labels are data (schema/frameworks/*.json, English); Vocabulary.label() passes every label it
shows through the "Frameworks" context, so a label translated here appears translated everywhere and
any other stays in English. These are the few every screen shows: risk levels, trends and the
verification statuses. Translating whole frameworks (HURIDOCS, the CCA areas) is data work for their
own files.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TERMS = (
    QT_TRANSLATE_NOOP("Frameworks", "Low"), QT_TRANSLATE_NOOP("Frameworks", "Medium"),
    QT_TRANSLATE_NOOP("Frameworks", "High"), QT_TRANSLATE_NOOP("Frameworks", "Very high"),
    QT_TRANSLATE_NOOP("Frameworks", "Improving"), QT_TRANSLATE_NOOP("Frameworks", "Stable"),
    QT_TRANSLATE_NOOP("Frameworks", "Deteriorating"),
    QT_TRANSLATE_NOOP("Frameworks", "Reported (unverified)"), QT_TRANSLATE_NOOP("Frameworks", "Under review"),
    QT_TRANSLATE_NOOP("Frameworks", "Corroborated"),
    QT_TRANSLATE_NOOP("Frameworks", "Verified (reasonable grounds to believe)"),
    QT_TRANSLATE_NOOP("Frameworks", "Could not be verified"), QT_TRANSLATE_NOOP("Frameworks", "Discounted"),
    QT_TRANSLATE_NOOP("Frameworks", "Verified"), QT_TRANSLATE_NOOP("Frameworks", "Reported"),  # short forms
)
