"""The byte form of JSON that Fieldcase hashes, signs and binds into ciphertexts.

`canonical_bytes` is RFC 8785, the JSON Canonicalization Scheme (the `rfc8785` package): object keys
sorted by UTF-16 code units, no whitespace, strings as UTF-8 with only the required escapes, numbers
as ECMAScript writes them. A hash or a signature over it is defined by a standard, not by the options
of one library's `json.dumps`, so another implementation (HQ tooling, an auditor's script) can
recompute it. Values it cannot represent exactly (NaN, infinities, integers beyond +/-(2**53 - 1),
non-string keys, lone surrogates) raise ValueError instead of producing some byte form.

`frozen_bytes` is the form Fieldcase 0.1 hashed and signed before this module existed,
`json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)`. For strings, integers,
booleans and null it is byte for byte RFC 8785; it differs for floats (Python writes `-18.0`,
`1e-07`, `1e+16` where RFC 8785 writes `-18`, `1e-7`, `10000000000000000`), for NaN and big integers
(written, not refused) and for keys outside the Basic Multilingual Plane (code point order). It stays
only where data that can hold floats (record coordinates) was hashed or signed that way and the same
bytes must come out again (see the call sites); nothing new should use it.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

_MAX_EXACT = 2**53 - 1


def _plain_json(value: Any) -> bool:
    """Only strings, booleans, null and exactly representable integers, keys inside the BMP: then
    `frozen_text` is byte for byte RFC 8785 (module text), and it is ~20x faster than the pure-Python
    rfc8785 package (the audit chain hashes an entry per imported record). Exact built-in types are
    walked without isinstance (the common case: an import checks every entry's detail); anything else,
    subclasses included, by the general rules below."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return -_MAX_EXACT <= value <= _MAX_EXACT
    if kind is list or kind is tuple:
        return all(type(v) is str or _plain_json(v) for v in value)
    if kind is dict:
        return all(type(k) is str and (k.isascii() or max(k) < "\U00010000") and (type(v) is str or _plain_json(v))
                   for k, v in value.items())
    return _plain_json_general(value)


def _plain_json_general(value: Any) -> bool:
    if value is None or isinstance(value, (str, bool)):
        return True
    if isinstance(value, int):
        return -_MAX_EXACT <= value <= _MAX_EXACT
    if isinstance(value, (list, tuple)):
        return all(_plain_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and (not k or max(k) < "\U00010000") and _plain_json(v)
                   for k, v in value.items())
    return False


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 canonical JSON of `value` (dicts, lists/tuples, str, int, float, bool, None)."""
    if _plain_json(value):
        try:
            return frozen_text(value).encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: rfc8785 refuses it, as it should
    return rfc8785.dumps(value)


def canonical_text(value: Any) -> str:
    """`canonical_bytes` as text, for storing in a TEXT column."""
    return canonical_bytes(value).decode("utf-8")


def frozen_bytes(value: Any) -> bytes:
    """The Fieldcase 0.1 form (see the module text): only where existing hashes and signatures need it."""
    return frozen_text(value).encode("utf-8")


# What `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` builds on every call,
# made once: the same encoder, so the same bytes (the audit chain and content hashes call this per record).
_FROZEN = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def frozen_text(value: Any) -> str:
    return _FROZEN.encode(value)
