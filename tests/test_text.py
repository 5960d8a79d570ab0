"""The one sanitiser for untrusted text (fieldcase/text.py): hostile strings, expected output written by hand."""

from __future__ import annotations

import pytest

from fieldcase.text import clean_block, clean_line, has_hidden_characters

ARABIC = "سليم الكيشي شاهد على ما جرى في القرية"
PERSIAN = "می\u200cخواهم"  # the half-space (ZWNJ) is part of the word
FAMILY = "\U0001F469\u200d\U0001F469\u200d\U0001F467"  # woman ZWJ woman ZWJ girl
FLAG = "flag \U0001F1FA\U0001F1E6 ok \u2705"  # regional indicators, a check mark
HEALTH_WORKER = "\U0001F469\U0001F3FD\u200d\u2695\ufe0f"  # skin tone, ZWJ, staff of Aesculapius, VS16

# (input, clean_line with the default limit, clean_block)
CASES = [
    ("", "", ""),
    (None, "", ""),
    ("Shelling near the market", "Shelling near the market", "Shelling near the market"),
    # markup is left as text: each output escapes for its own medium
    ("<b>Vrenic out</b><script>alert(1)</script>", "<b>Vrenic out</b><script>alert(1)</script>",
     "<b>Vrenic out</b><script>alert(1)</script>"),
    # RTL override and its pop: the file name is shown as stored, not reversed
    ("invoice\u202egnp.exe\u202c", "invoicegnp.exe", "invoicegnp.exe"),
    # every embedding, override and isolate
    ("a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j", "abcdefghij", "abcdefghij"),
    # direction marks LRM, RLM and the Arabic letter mark go too
    ("file\u200e.pdf\u200f x\u061cy", "file.pdf xy", "file.pdf xy"),
    # zero-width space, word joiner, BOM, soft hyphen, invisible times, tag characters go
    ("zero\u200bwidth\u2060joined\ufeff soft\u00adhyphen a\u2062b \U000E0041\U000E0042tag",
     "zerowidthjoined softhyphen ab tag", "zerowidthjoined softhyphen ab tag"),
    # the joiners stay: Persian half-space, emoji sequences
    (PERSIAN, PERSIAN, PERSIAN),
    (f"{FAMILY} {HEALTH_WORKER}", f"{FAMILY} {HEALTH_WORKER}", f"{FAMILY} {HEALTH_WORKER}"),
    # NUL, BEL, ESC (a terminal colour sequence loses its ESC), DEL and a C1 control
    ("a\x00b\x07c\x1b[31md\x7fe\x9bf", "abc[31mdef", "abc[31mdef"),
    # whitespace: line breaks and tabs fold into one space on a line, are kept (as LF) in a block
    ("one\ttwo\r\nthree\rfour\nfive", "one two three four five", "one\ttwo\nthree\nfour\nfive"),
    ("  padded   out  ", "padded out", "  padded   out  "),
    # line and paragraph separators: a fake second row on a line, line breaks in a block
    ("row\u2028fake row\u2029para", "row fake row para", "row\nfake row\n\npara"),
    ("v\x0bf\x0cn\x85s\x1ct\x1f.", "v f n s t .", "v\nf\nn\ns\nt."),
    # other spaces: folded on a line, kept in a block
    ("no\u00a0break\u2003em\u3000ideographic", "no break em ideographic", "no\u00a0break\u2003em\u3000ideographic"),
    # private use, unassigned, noncharacter, lone surrogate
    ("p\ue000q\U000F0000r\u0378s\uffffu\ud800v", "pqrsuv", "pqrsuv"),
    # scripts and marks survive intact
    (ARABIC, ARABIC, ARABIC),
    ("مُحَمَّد", "مُحَمَّد", "مُحَمَّد"),
    ("Вера Морвек, Tiếng Việt, हिन्दी", "Вера Морвек, Tiếng Việt, हिन्दी", "Вера Морвек, Tiếng Việt, हिन्दी"),
    (FLAG, FLAG, FLAG),
]


@pytest.mark.parametrize(("raw", "line", "block"), CASES)
def test_hostile_strings(raw: str | None, line: str, block: str) -> None:
    assert clean_line(raw) == line
    assert clean_block(raw) == block


def test_length_is_capped_with_an_ellipsis() -> None:
    word = "A" * 1000
    assert clean_line(word, 20) == "A" * 19 + "\u2026"
    assert clean_line(word) == "A" * 299 + "\u2026" and len(clean_line(word)) == 300
    assert clean_line(word, None) == word
    assert clean_line("twelve chars", 12) == "twelve chars"
    assert clean_line("thirteen char", 12) == "thirteen ch\u2026"
    assert clean_line("a b c d e f", 3) == "a\u2026"  # no space before the ellipsis
    assert clean_block(word + "\n" + word) == word + "\n" + word
    assert clean_block("line one\nline two", 10) == "line one\u2026"
    # the cap counts what is shown, after hidden characters are gone
    assert clean_line("\u202e" * 50 + "short", 10) == "short"


def test_hidden_characters_are_reported() -> None:
    assert has_hidden_characters("invoice\u202egnp.exe")
    assert has_hidden_characters("zero\u200bwidth") and has_hidden_characters("nul\x00")
    assert has_hidden_characters("mark\u200f")
    assert not has_hidden_characters(ARABIC) and not has_hidden_characters(PERSIAN)
    assert not has_hidden_characters(FAMILY) and not has_hidden_characters("two\nlines\tand tab")
    assert not has_hidden_characters(None) and not has_hidden_characters("")


def test_the_ui_and_the_briefing_use_the_same_rules() -> None:
    from fieldcase.briefing.redaction import clean
    from fieldcase.ui.text import has_hidden_controls, safe_line, safe_text

    assert safe_line is clean_line and safe_text is clean_block and clean is clean_block
    assert has_hidden_controls is has_hidden_characters
