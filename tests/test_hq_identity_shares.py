"""Split recovery of HQ's identity through the real command line: `hq identity split --shares 5
--threshold 3`, then recovery from every 3-of-5 subset (the recovered identity file opens a real
officer package with Debian's `age`), refusal with 2 shares, a mistyped word, and shares of another
split; and a new HQ directory restored from the shares holds the same keyset and CA.

Also the root key and revocation commands (`hq root init`, `hq bundle sign`, `hq revoke`) end to end."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest
import shamir_mnemonic

from conftest import run_cli
from fieldcase.hq import shares
from fieldcase.hq.store import HqStore
from fieldcase.services import fleet as fleet_services
from fieldcase.services.sync import resolve_target
from sync_helpers import PASSPHRASE, incidents, make_hq, make_officer

ROOT_ENV = {"FIELDCASE_ROOT_PASSPHRASE": "root passphrase kept offline"}


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


@pytest.fixture(scope="module")
def split_world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Path], str, str]:
    """An HQ directory with one officer package on a folder target, split 3-of-5 by the CLI."""
    root = tmp_path_factory.mktemp("shares")
    hq = make_hq(root / "hq")
    officer = make_officer(root / "officer", hq)
    usb = root / "usb"
    usb.mkdir()
    officer.cases.save_many(incidents(2, "Escrowed"))
    (package,) = officer.sync.push(resolve_target(officer.ws, str(usb))).built
    keyset, ca = hq.keyset().to_bytes(), hq.ca().cert_pem
    hq_id = hq.hq_id
    officer.ws.lock()
    hq.lock()
    out = _ok(run_cli("hq", "identity", "split", "--dir", str(root / "hq"), "--shares", "5", "--threshold", "3",
                      "--out-dir", str(root / "split")))
    assert "5 share files" in out and "any 3" in out
    share_files = sorted((root / "split").glob("hq-identity.share-*-of-5.txt"))
    assert len(share_files) == 5 and all(p.stat().st_mode & 0o077 == 0 for p in share_files)
    for p in share_files:  # 33 SLIP-39 words each (256-bit secret), checksummed by the library
        words = fleet_services.read_share(p.read_text())
        assert len(words.split()) == 33 and shamir_mnemonic.Share.from_mnemonic(words).member_threshold == 3
    (root / "keyset").write_bytes(keyset)
    (root / "ca.pem").write_bytes(ca)
    return root, root / "split" / "hq-identity.escrow.age", share_files, str(usb / package), hq_id


def test_any_3_of_5_shares_recover_hqs_identity_and_it_opens_a_real_package(split_world: tuple) -> None:
    root, escrow, share_files, package, hq_id = split_world
    words = [fleet_services.read_share(p.read_text()) for p in share_files]
    # every 3-of-5 subset gives the same escrow key (SLIP-39 level: no scrypt per subset)...
    keys = {shamir_mnemonic.combine_mnemonics(list(subset)) for subset in itertools.combinations(words, 3)}
    assert len(keys) == 1 and len(next(iter(keys))) == 32
    # ...and through the command line, two different subsets recover the identity, which opens the package
    for n, subset in enumerate([share_files[:3], share_files[2:]]):
        identity = root / f"recovered-{n}.txt"
        args = ["hq", "identity", "recover", "--escrow", str(escrow), "--identity-out", str(identity)]
        for share in subset:
            args += ["--share", str(share)]
        assert hq_id in _ok(run_cli(*args, passphrase=None))
        assert identity.stat().st_mode & 0o077 == 0
        opened = subprocess.run(["age", "-d", "-i", str(identity), package], capture_output=True)
        assert opened.returncode == 0 and b"fieldcase-package/2" in opened.stdout[:2048]


def test_two_shares_a_mistyped_word_or_another_splits_share_are_refused(split_world: tuple) -> None:
    root, escrow, share_files, _package, _hq_id = split_world
    texts = [p.read_text() for p in share_files]
    result = run_cli("hq", "identity", "recover", "--escrow", str(escrow), "--identity-out", str(root / "never.txt"),
                     "--share", str(share_files[0]), "--share", str(share_files[4]), passphrase=None)
    assert result.returncode == 14 and "Not enough shares: 3 different shares are needed, 2 were given" \
        in result.stderr, result.stderr
    assert not (root / "never.txt").exists()
    for pair in itertools.combinations(texts, 2):  # every pair, refused before any decryption is tried
        with pytest.raises(shares.RecoveryRefused, match="Not enough shares"):
            shares.recover(escrow.read_bytes(), [fleet_services.read_share(t) for t in pair])
    # the same share twice is still two shares short of three different ones
    with pytest.raises(shares.RecoveryRefused, match="Not enough shares"):
        shares.recover(escrow.read_bytes(), [fleet_services.read_share(texts[0])] * 2
                       + [fleet_services.read_share(texts[1])])
    words = fleet_services.read_share(texts[2]).split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    with pytest.raises(shares.RecoveryRefused, match="mistyped or damaged"):
        shares.recover(escrow.read_bytes(), [fleet_services.read_share(texts[0]), fleet_services.read_share(texts[1]),
                                             " ".join(words)])
    other = shamir_mnemonic.generate_mnemonics(1, [(3, 5)], bytes(32))[0]
    with pytest.raises(shares.RecoveryRefused):  # 3 valid shares, but of another secret: the escrow stays shut
        shares.recover(escrow.read_bytes(), other[:3])
    with pytest.raises(shares.RecoveryRefused, match="do not belong to one split"):
        shares.recover(escrow.read_bytes(), [fleet_services.read_share(texts[0]),
                                             fleet_services.read_share(texts[1]), other[2]])
    # no share text, no passphrase and no key in the escrow file's bytes
    data = escrow.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n") and b"AGE-SECRET-KEY" not in data
    assert not any(fleet_services.read_share(t).encode() in data for t in texts)


def test_a_new_hq_directory_restored_from_three_shares_holds_the_same_keys(split_world: tuple) -> None:
    root, escrow, share_files, _package, _hq_id = split_world
    result = fleet_services.recover_identity(escrow, [p.read_text() for p in share_files[2:]],
                                             new_dir=root / "restored", passphrase=PASSPHRASE)
    with HqStore.open(root / "restored", PASSPHRASE) as restored:
        assert restored.keyset().to_bytes() == (root / "keyset").read_bytes()
        assert restored.ca().cert_pem == (root / "ca.pem").read_bytes()
        assert restored.hq_id == result["new_hq_id"]


def test_root_bundle_and_revocation_commands(tmp_path: Path) -> None:
    hq_dir = tmp_path / "hq"
    hq = make_hq(hq_dir)
    officer = make_officer(tmp_path / "o", hq)
    officer_id = officer.id
    officer.ws.lock()
    hq.lock()
    out = _ok(run_cli("hq", "root", "init", "--dir", str(hq_dir), "--out", str(tmp_path / "root.key"), env=ROOT_ENV))
    fp = re.search(r"Root fingerprint.*: ([0-9A-F:]{39})", out)
    assert fp, out
    assert (tmp_path / "root.key").read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    again = run_cli("hq", "root", "init", "--dir", str(hq_dir), "--out", str(tmp_path / "root2.key"), env=ROOT_ENV)
    assert again.returncode != 0 and "already has a root key" in again.stderr
    wrong = run_cli("hq", "bundle", "sign", "--dir", str(hq_dir), "--root", str(tmp_path / "root.key"),
                    env={"FIELDCASE_ROOT_PASSPHRASE": "not the root passphrase"})
    assert wrong.returncode != 0 and "wrong root passphrase" in wrong.stderr
    _ok(run_cli("hq", "revoke", "--dir", str(hq_dir), "--officer", officer_id))
    keys = run_cli("hq", "keys", "--dir", str(hq_dir))
    assert keys.returncode == 0 and "No key bundle is signed with the root key yet" in keys.stderr
    out = _ok(run_cli("hq", "bundle", "sign", "--dir", str(hq_dir), "--root", str(tmp_path / "root.key"),
                      "--valid-days", "30", env=ROOT_ENV))
    assert "version 1" in out and "1 revoked device" in out


def test_an_officers_recovery_key_split_3_of_5_opens_the_workspace_and_2_do_not(tmp_path: Path) -> None:
    from fieldcase.errors import WrongRecoveryKey
    from fieldcase.services import recovery_split
    from fieldcase.workspace import Workspace

    ws, code = Workspace.create(tmp_path / "ws", PASSPHRASE, "Officer R")
    with pytest.raises(WrongRecoveryKey):  # a key that is not this workspace's is never split
        recovery_split.split_recovery_key(ws, code[:-4] + ("AAAA" if code[-4:] != "AAAA" else "BBBB"),
                                          tmp_path / "bad", shares=5, threshold=3)
    files = recovery_split.split_recovery_key(ws, code, tmp_path / "shares", shares=5, threshold=3)
    ws.lock()
    assert len(files) == 5 and not (tmp_path / "bad").exists()
    out = _ok(run_cli("recovery-shares", "combine", *[a for f in (files[0], files[2], files[4])
                                                      for a in ("--share", str(f))], passphrase=None))
    recovered = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){8})", out)
    assert recovered and recovered[1] == code
    Workspace.unlock_with_recovery_key(tmp_path / "ws", recovered[1]).lock()
    with pytest.raises(WrongRecoveryKey, match="Not enough shares"):
        recovery_split.combine([files[1].read_text(), files[3].read_text()])
