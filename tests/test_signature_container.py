"""Issue 14, defect 2: the whole signature container is checked, as pdfsig does. On b8269ed a hex digit
changed in the zero padding of /Contents left `fieldcase verify` at "intact ... OK" (exit 0)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from conftest import run_cli
from fieldcase.briefing.sign import SignatureBlock, sign_pdf
from fieldcase.briefing.verify import verify_pdf
from fieldcase.crypto.identity import generate_identity


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("sig") / "plain.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "A one-page briefing")
    page.save()
    return sign_pdf(path.read_bytes(), generate_identity("Officer Sig"), SignatureBlock(0, (72, 72, 300, 140)))


def _contents_span(data: bytes) -> tuple[int, int]:
    _a, b, c, _d = (int(x) for x in re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)[-1])
    return b, c  # the /Contents string: '<' at b, '>' at c - 1


def test_a_fresh_signature_is_intact(signed: bytes, tmp_path: Path) -> None:
    result = verify_pdf(signed)
    assert result.intact, result.problems
    if shutil.which("pdfsig"):
        (tmp_path / "fresh.pdf").write_bytes(signed)
        report = subprocess.run(["pdfsig", str(tmp_path / "fresh.pdf")], capture_output=True, text=True, timeout=60)
        assert "Total document signed" in report.stdout and "Not total" not in report.stdout


def test_a_digit_changed_in_the_zero_padding_of_contents_is_caught(signed: bytes, tmp_path: Path) -> None:
    b, c = _contents_span(signed)
    hex_text = signed[b + 1:c - 1]
    last = len(hex_text.rstrip(b"0"))  # where the zero padding starts
    assert len(hex_text) - last > 200  # there is padding to hide things in
    for where in (last + 10, len(hex_text) - 2):
        tampered = bytearray(signed)
        tampered[b + 1 + where] = ord("7")
        result = verify_pdf(bytes(tampered))
        assert not result.intact and not result.ok
        assert any("after the signature" in p for p in result.problems)
        path = tmp_path / f"padded-{where}.pdf"
        path.write_bytes(bytes(tampered))
        done = run_cli("verify", str(path), passphrase=None)
        assert done.returncode != 0 and "Result:        FAILED" in done.stdout, done.stdout
        if shutil.which("pdfsig"):  # the independent verifier agrees: no longer "Total document signed"
            report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
            assert "Not total document signed" in report.stdout, report.stdout


def test_a_byte_range_that_leaves_out_more_than_contents_is_caught(signed: bytes) -> None:
    b, c = _contents_span(signed)
    tampered = signed.replace(f"{b} {c}".encode(), f"{b - 1} {c}".encode(), 1)
    if tampered == signed:
        pytest.skip("byte range written in another form")
    assert not verify_pdf(tampered).intact
