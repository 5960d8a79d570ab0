"""Child process for packing: decrypt attachment blobs from the vault, in order, to stdout.

It lets the attachments' decryption run on another core while the parent encrypts the package
(pyrage holds the GIL, so a thread would not). Input on stdin (a pipe, never a file): the vault's
identity, the vault folder, then one line "blob_id size sha256" per attachment. Output: each
attachment's plaintext (exactly `size` bytes, padding stripped and checked by the vault), followed by
one status byte: 0 when its SHA-256 equals the one recorded at intake, 1 otherwise (and it stops).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from ..crypto.attachments import AttachmentError, AttachmentVault

    lines = sys.stdin.buffer.read().decode("ascii").splitlines()
    vault = AttachmentVault(Path(lines[1]), lines[0])
    out = sys.stdout.buffer
    for line in lines[2:]:
        blob_id, size, sha256 = line.split()
        try:
            digest = vault.export_to(blob_id, int(size), out)
        except AttachmentError as exc:
            sys.stderr.write(exc.message + "\n")
            return 2
        ok = digest == sha256
        out.write(b"\0" if ok else b"\1")
        out.flush()
        if not ok:
            sys.stderr.write(f"Attachment blob {blob_id} does not match the SHA-256 recorded at intake.\n")
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
