"""fsutil.atomic_write_together: a briefing and its complete list are written both or neither, and a failed
write changes neither file that was there before."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldcase.errors import FieldcaseError
from fieldcase.fsutil import atomic_write_together


def test_both_files_are_written_and_replace_older_ones(tmp_path: Path) -> None:
    listing, pdf = tmp_path / "b.csv", tmp_path / "b.pdf"
    pdf.write_bytes(b"old pdf")
    atomic_write_together([(listing, b"new list"), (pdf, b"new pdf")])
    assert (listing.read_bytes(), pdf.read_bytes()) == (b"new list", b"new pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv", "b.pdf"]  # no temporary file left


def test_a_file_that_cannot_be_placed_leaves_neither_new_file(tmp_path: Path) -> None:
    """The PDF's name is taken by a folder: the list, already in place, is taken away again, and the error
    names the file, not its content."""
    listing, pdf = tmp_path / "b.csv", tmp_path / "b.pdf"
    pdf.mkdir()
    with pytest.raises(FieldcaseError) as caught:
        atomic_write_together([(listing, b"secret list"), (pdf, b"new pdf")])
    assert str(caught.value) == "b.pdf could not be written (Is a directory). Nothing was changed."
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"] and pdf.is_dir()


def test_a_failure_before_the_renames_changes_nothing(tmp_path: Path) -> None:
    """The list's folder is missing: nothing is written, and the older PDF is as it was."""
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"old pdf")
    with pytest.raises(FieldcaseError):
        atomic_write_together([(tmp_path / "missing" / "b.csv", b"list"), (pdf, b"new pdf")])
    assert pdf.read_bytes() == b"old pdf" and [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


def test_a_rename_that_fails_puts_the_older_files_back(tmp_path: Path) -> None:
    """An older list and an older PDF are replaced, then a third file cannot be placed (a folder by its
    name): both older files are back, byte for byte, and no new or temporary file is left."""
    listing, pdf, other = tmp_path / "b.csv", tmp_path / "b.pdf", tmp_path / "c.pdf"
    listing.write_bytes(b"old list")
    pdf.write_bytes(b"old pdf")
    other.mkdir()
    with pytest.raises(FieldcaseError):
        atomic_write_together([(listing, b"new list"), (pdf, b"new pdf"), (other, b"third")])
    assert (listing.read_bytes(), pdf.read_bytes()) == (b"old list", b"old pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv", "b.pdf", "c.pdf"] and other.is_dir()
