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


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 canonical JSON of `value` (dicts, lists/tuples, str, int, float, bool, None)."""
    return rfc8785.dumps(value)


def canonical_text(value: Any) -> str:
    """`canonical_bytes` as text, for storing in a TEXT column."""
    return canonical_bytes(value).decode("utf-8")


def frozen_bytes(value: Any) -> bytes:
    """The Fieldcase 0.1 form (see the module text): only where existing hashes and signatures need it."""
    return frozen_text(value).encode("utf-8")


def frozen_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
