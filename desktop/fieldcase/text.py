"""Untrusted text made safe to show to people: the one rule set, for the UI, the CLI and the briefing PDF.

Record text, names, file names and framework labels come from people we do not control (and from
sync packages). Before any of it reaches a label, a terminal line or a PDF cell it goes through
`clean_line` (one line: lists, titles, table cells, terminal columns) or `clean_block` (multi-line
read-only views and narratives). The rule is by Unicode general category (`unicodedata.category`):

=========================  ================================  ==========================================
category                   clean_line                        clean_block
=========================  ================================  ==========================================
Cc  controls               whitespace ones (TAB, LF, CR, VT,  TAB and LF kept; CR LF, CR, VT, FF,
                           FF, FS-US, NEL) -> one space;     FS/GS/RS and NEL -> LF; the rest
                           the rest (NUL, ESC, DEL, C1 ...)  (NUL, ESC, DEL, C1 ...) dropped
                           dropped
Cf  format                 dropped, except ZWNJ U+200C and   same
                           ZWJ U+200D
Zl  line separator U+2028  -> one space                      -> LF
Zp  paragraph sep. U+2029  -> one space                      -> LF LF (a blank line)
Zs  spaces (NBSP, em ...)  -> one space                      kept as typed
Co, Cn, Cs                 dropped                           dropped
everything else            kept (letters, marks, digits,     same
                           punctuation, symbols, emoji)
=========================  ================================  ==========================================

clean_line then folds every run of whitespace to one space and trims the ends. Both cap the length
(in code points) with "…" when given a limit.

Why these choices:

* Format characters (Cf) are invisible and several change what is displayed: the bidi embeddings,
  overrides and isolates (U+202A-U+202E, U+2066-U+2069) can show a stored "gnp.exe" as "exe.png";
  zero-width space, word joiner, BOM, invisible operators, interlinear annotations and the tag
  characters (U+E0000 block: "ASCII smuggling") hide text. All go. The two joiners stay: they
  change how letters join (Persian half-space, Indic conjuncts, emoji ZWJ sequences such as a
  family or a profession) and have no effect on direction.
* The direction marks LRM/RLM/ALM (U+200E, U+200F, U+061C) also go. Unlike the overrides they only
  move neutral characters (punctuation, digits, a ".pdf" suffix) next to them, but they are
  invisible, and two of our three outputs cannot honour them: the briefing PDF is drawn in an
  already-resolved visual order and most terminals do no bidi at all. Arabic and Hebrew text needs
  no marks to display in the right order; only the placement of a trailing bracket or number in
  mixed-direction text can differ, which is cosmetic.
* Private-use (Co) and unassigned (Cn) code points have no agreed glyph, so they render as boxes
  or as whatever a font decides; lone surrogates (Cs) cannot even be encoded. "Unassigned" is as
  of this Python's Unicode database (`unicodedata.unidata_version`): an emoji newer than it is
  dropped until Python is upgraded.
* Line and paragraph separators break a one-line list row into two (a second, fake row); in a
  block they are line breaks, written the ordinary way.
* Combining marks (Mn/Me), including the emoji variation selector U+FE0F and skin-tone modifiers,
  stay: removing them would change letters (Arabic vowel marks, Devanagari, Vietnamese).

Markup is not this module's business: "<b>" stays "<b>". Every output escapes for its own medium
(Qt widgets use `Qt.PlainText`, the PDF escapes in briefing/fonts.py, terminals show it as it is).
No Qt here: the CLI and the briefing use it too.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "\u2026"
JOINERS = frozenset("\u200c\u200d")  # the only format (Cf) characters kept
_DROPPED = frozenset(("Cc", "Cf", "Co", "Cn", "Cs"))
# clean_block: what becomes a line break (everything else in Cc except TAB and LF is dropped)
_BLOCK_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n",
                 "\x1e": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BLOCK_BREAK = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _kept(ch: str) -> bool:
    """Whether a character that is not whitespace survives (the category rule above)."""
    if ch.isascii():
        return " " <= ch <= "~"
    return unicodedata.category(ch) not in _DROPPED or ch in JOINERS


def _cap(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def clean_line(text: str | None, limit: int | None = 300) -> str:
    """One line: whitespace of every kind folded to single spaces, hidden characters dropped, capped.

    `limit=None` does not cap (terminal output that the caller slices itself).
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable():  # the common case, e.g. every row of a long list
        return _cap(" ".join(text.split()), limit)
    out = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or _kept(ch))
    return _cap(" ".join(out.split()), limit)


def clean_block(text: str | None, limit: int | None = None) -> str:
    """Several lines: line breaks normalised to LF, tabs and spaces kept, hidden characters dropped."""
    if not text:
        return ""
    out = _BLOCK_BREAK.sub(lambda m: _BLOCK_BREAKS[m.group()], text)
    out = "".join(ch for ch in out if ch in "\t\n" or _kept(ch))
    return _cap(out, limit)


def has_hidden_characters(text: str | None) -> bool:
    """Whether text holds characters the rule drops that are not line breaks or tabs (e.g. bidi controls)."""
    return any(not ch.isspace() and not _kept(ch) for ch in text or "")
