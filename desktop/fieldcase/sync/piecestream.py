"""An attachment's ciphertext read back from its pieces on a target, each checked against the signed
manifest: present, of its size, and with its SHA-256 (so no other file encrypted to HQ's public
keys can stand in for it).

Pieces are fetched one at a time (`open_piece` may download to a staging folder and remove the
copy afterwards), so a large attachment needs the room of one piece, never of the whole file.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from .formats import PackageRefused
from .package import Piece

OpenPiece = Callable[[str], contextlib.AbstractContextManager[Path]]
_BLOCK = 1 << 20


class PieceReader:
    """`read(n)` over the pieces in order. pyrage flattens exceptions raised here: see `error`."""

    def __init__(self, pieces: list[Piece], open_piece: OpenPiece, what: str) -> None:
        self._pieces = iter(pieces)
        self._open_piece, self._what = open_piece, what
        self._stack = contextlib.ExitStack()
        self._file: BinaryIO | None = None
        self._piece: Piece | None = None
        self._digest = hashlib.sha256()
        self._left = 0
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        try:
            return self._read(n if n is not None and n > 0 else _BLOCK)
        except BaseException as exc:
            self.error = exc
            self.close()
            raise

    def _read(self, n: int) -> bytes:
        while True:
            if self._file is None and not self._next():
                return b""
            assert self._file is not None
            data = self._file.read(min(n, self._left)) if self._left else b""
            if data:
                self._left -= len(data)
                self._digest.update(data)
                return data
            self._finish_piece()

    def _next(self) -> bool:
        piece = next(self._pieces, None)
        if piece is None:
            return False
        try:
            path = self._stack.enter_context(self._open_piece(piece.name))
            self._file = self._stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by the stack
        except FileNotFoundError:
            raise PackageRefused("incomplete", "{what} is incomplete on the target: a piece has not "
                                 "arrived (an unfinished push or copy?); the package is held back until it "
                                 "does.", what=self._what) from None
        except OSError as exc:
            raise PackageRefused("incomplete", "A piece of {what} could not be read "
                                 "({reason}).", what=self._what.lower(), reason=exc.strerror) from None
        self._piece, self._left, self._digest = piece, piece.size, hashlib.sha256()
        return True

    def _finish_piece(self) -> None:
        assert self._file is not None and self._piece is not None
        if self._left:
            raise PackageRefused("truncated", "A piece of {what} is truncated (an interrupted "
                                 "copy?).", what=self._what.lower())
        if self._file.read(1):
            raise PackageRefused("hash-mismatch", "A piece of {what} is longer than signed.", what=self._what.lower())
        if self._digest.hexdigest() != self._piece.sha256:
            raise PackageRefused("hash-mismatch", "A piece of {what} does not match its signed "
                                 "SHA-256: it was changed or replaced.", what=self._what.lower())
        self._stack.close()
        self._file = None

    def close(self) -> None:
        self._stack.close()
        self._file = None


def no_pieces(_name: str) -> Any:
    raise PackageRefused("malformed", "This kind of package does not carry attachments.")
