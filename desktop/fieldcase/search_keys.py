"""What the search index holds and what a search looks for: normalised words and name keys. No SQL, no Qt.

Both sides go through the same functions, so a word typed in any of its usual spellings meets the word as
it was recorded:

* Letters are folded the way people write them interchangeably (Unicode NFKD, then combining marks
  dropped, then `casefold`). For Arabic this removes the short-vowel diacritics (harakat, U+064B-U+0652),
  the superscript alef, and the hamza and madda written above or below a carrier (أ إ آ → ا, ؤ → و,
  ئ → ي, all decomposed by NFKD); alef wasla ٱ → ا, standalone hamza ء dropped, ta marbuta ة → ه,
  alef maqsura ى → ي, the tatweel ـ (a stretching stroke, no letter) dropped. Persian kaf and yeh are folded
  to the Arabic letters, and Arabic-Indic digits to 0-9.
* The Arabic definite article is stripped from the front of a word (ال, and the forms with a leading
  conjunction or preposition: وال بال كال فال, and لل), so "المعلمة" and "معلمة" are one word. A prefix is
  stripped only when a real word remains (at least two letters after ال, three after the longer forms).
* Names get a second, phonetic key: the name romanised by anyascii (Arabic script becomes its consonant
  skeleton, as Arabic writes no short vowels), its Metaphone code (jellyfish), then the vowels and the
  weak letters h, w, y removed, since the romanisations differ exactly there ("Mohammed", "Muhammad",
  "Mohamed" and "محمد" all give "mmt"; "Hussein", "Husayn" and "حسين" give "sn"). Keys are matched whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from anyascii import anyascii
from jellyfish import metaphone

_FOLD = str.maketrans({
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0621": None,  # standalone hamza
    "\u0629": "\u0647",  # ta marbuta -> heh
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u0640": None,  # tatweel
    "\u06cc": "\u064a",  # Farsi yeh -> yeh
    "\u06a9": "\u0643",  # keheh -> kaf
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # extended (Persian) digits
})
# The article and its attached forms, longest first; the number is the letters that must remain.
_ARTICLES = (("\u0648\u0627\u0644", 3), ("\u0628\u0627\u0644", 3), ("\u0643\u0627\u0644", 3),
             ("\u0641\u0627\u0644", 3), ("\u0644\u0644", 3), ("\u0627\u0644", 2))
_WORD = re.compile(r"\w+")
_NOT_LATIN = re.compile(r"[^a-z]")
_WEAK = str.maketrans("", "", "aeiouhwy")


class _Folding(dict[int, "str | None"]):
    """The per-character table of `fold` after NFKD: a combining mark dropped, then the `_FOLD` letters.
    Filled as characters are met (str.translate asks `__missing__`), so a long text is one C-level pass
    instead of a Python call per character; bounded by the characters a workspace actually holds."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        out: str | None = None if unicodedata.combining(char) else char.translate(_FOLD) or None
        self[code] = out
        return out


_FOLDING = _Folding()
_ARTICLE_STARTS = frozenset(article[0] for article, _ in _ARTICLES)


def fold(text: str) -> str:
    """Text with the interchangeable spellings folded (see the module's docstring)."""
    if text.isascii():  # NFKD, the marks and _FOLD leave ASCII as it is; casefold is lower for ASCII
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_FOLDING).casefold()


def _without_article(word: str) -> str:
    if word[0] not in _ARTICLE_STARTS:  # most words: no article can start here
        return word
    for article, remaining in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= remaining:
            return word[len(article):]
    return word


def words(text: str | None) -> list[str]:
    """The searchable words of `text`: folded, split on anything that is not a letter or digit, article off."""
    if not text:
        return []
    folded = fold(text)
    if folded.isascii():  # no Arabic article to strip
        return [w for w in _WORD.findall(folded) if w != "_"]
    return [_without_article(w) for w in _WORD.findall(folded) if w != "_"]


def name_key(word: str) -> str | None:
    """The phonetic key of one folded word of a name, or None when it has no Latin letters at all."""
    latin = _NOT_LATIN.sub("", anyascii(word).lower())
    if not latin:
        return None
    key = metaphone(latin).lower().translate(_WEAK)
    return key or None


def name_keys(names: Iterable[str | None]) -> list[str]:
    keys = (name_key(w) for name in names for w in words(name))
    return list(dict.fromkeys(k for k in keys if k))
