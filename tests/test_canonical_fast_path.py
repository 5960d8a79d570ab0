"""The fast path of canonical_bytes (plain strings, integers, booleans, null) is byte for byte the rfc8785
package's output, on random values including escapes, non-ASCII, astral characters and integer limits."""

from __future__ import annotations

import random

import pytest
import rfc8785

from fieldcase.canonical import canonical_bytes

ALPHABET = ["a", "Z", " ", '"', "\\", "/", "\n", "\t", "\x00", "\x1f", "\x7f", "é", "م", "€", "\u2028",
            "😀", "\U0001d11e", "\ufeff"]


def _value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth > 2 or roll < 0.4:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
    if roll < 0.55:
        return rng.choice([0, -1, 2**53 - 1, -(2**53 - 1), 7, True, False, None])
    if roll < 0.75:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {"".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 3))): _value(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def test_fast_path_equals_rfc8785() -> None:
    rng = random.Random(8785)
    for _ in range(3000):
        value = _value(rng)
        assert canonical_bytes(value) == rfc8785.dumps(value), value
    for refused in (2**53, "\ud800", {"k": "\udfff"}):
        with pytest.raises(ValueError):
            canonical_bytes(refused)
