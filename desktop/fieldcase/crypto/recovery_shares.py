"""An officer's recovery key split into k-of-n SLIP-39 mnemonics (Trezor's `shamir-mnemonic`), and put
back together. The recovery key's 160 random bits are the SLIP-39 master secret as they are (SLIP-39
takes 128-256 bits in steps of 16); the shares are 23-word mnemonics with SLIP-39's own checksum, and
combining them gives the recovery key in its usual printed form (with its check group)."""

from __future__ import annotations

import shamir_mnemonic

from ..errors import WrongRecoveryKey
from . import keys

MAX_SHARES = 16


def split(recovery_key: str, *, shares: int, threshold: int) -> list[str]:
    if not 2 <= threshold <= shares <= MAX_SHARES:
        raise WrongRecoveryKey("The threshold must be at least 2 and at most the number of shares (at most 16).")
    raw = keys._unb32(keys.normalise_recovery_key(recovery_key))
    (group,) = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], raw)
    return list(group)


def combine(mnemonics: list[str]) -> str:
    """The recovery key from enough shares; WrongRecoveryKey (nothing recovered) otherwise."""
    words = [" ".join(m.lower().split()) for m in mnemonics if m.strip()]
    try:
        parsed = [shamir_mnemonic.Share.from_mnemonic(w) for w in words]
    except shamir_mnemonic.MnemonicError:
        raise WrongRecoveryKey("A share is mistyped or damaged (its checksum does not match).") from None
    if not parsed or len({(p.identifier, p.index) for p in parsed}) < parsed[0].member_threshold:
        raise WrongRecoveryKey("Not enough shares to recover the recovery key.")
    try:
        raw = shamir_mnemonic.combine_mnemonics(words)
    except shamir_mnemonic.MnemonicError:
        raise WrongRecoveryKey("The shares do not belong to one split (or one is given twice).") from None
    data = keys._b32(raw)
    code = data + keys._recovery_check(data)
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))
