"""The fonts shipped in resources/fonts, registered with reportlab, and right-to-left text handling.

Noto Sans covers Latin and Cyrillic; Noto Sans Arabic covers Arabic. reportlab 5.1 only shapes and
reorders Arabic with `uharfbuzz` *and* ReportLab's own `rlbidi` package, which is not on PyPI, so
Arabic runs are shaped here with `arabic-reshaper` (contextual forms and lam-alef ligatures, as
presentation-form code points that Noto Sans Arabic maps) and put in visual right-to-left order with
`python-bidi`. Each Arabic run is kept on one line (no-break spaces) and drawn in the Arabic font.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from ..resources import resource_path

FONT_DIR = resource_path("fonts")

SANS = "FieldcaseSans"
SANS_BOLD = "FieldcaseSans-Bold"
SANS_ITALIC = "FieldcaseSans-Italic"
SANS_BOLD_ITALIC = "FieldcaseSans-BoldItalic"
ARABIC = "FieldcaseArabic"
ARABIC_BOLD = "FieldcaseArabic-Bold"

_FILES = {
    SANS: "NotoSans-Regular.ttf", SANS_BOLD: "NotoSans-Bold.ttf", SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf", ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(rf"[{_ARABIC_CHARS}]+(?:[ \u00a0\u200c]+[{_ARABIC_CHARS}]+)*")


@cache
def register() -> None:
    """Register the shipped fonts once per process (reportlab keeps a global registry)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        path = FONT_DIR / filename
        if not path.is_file():
            raise FileNotFoundError(f"font file {path} is missing; reinstall Fieldcase")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)
    for bold, italic, name in ((0, 1, ARABIC), (1, 1, ARABIC_BOLD)):
        addMapping(ARABIC, bold, italic, name)


def has_rtl(text: str) -> bool:
    return _RTL_RUN.search(text) is not None


def _visual_run(run: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    shaped = arabic_reshaper.reshape(run)
    return get_display(shaped, base_dir="R").replace(" ", "\u00a0")


def visual(text: str) -> str:
    """Plain text for direct drawing: each Arabic run shaped and in right-to-left visual order."""
    return _RTL_RUN.sub(lambda m: _visual_run(m.group(0)), text)


def markup(text: str) -> str:
    """Untrusted text as reportlab Paragraph markup: escaped, Arabic runs shaped and in the Arabic font."""
    out: list[str] = []
    last = 0
    for m in _RTL_RUN.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(f'<font name="{ARABIC}">{escape(_visual_run(m.group(0)))}</font>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")
