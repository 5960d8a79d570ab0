"""The HQ window's Users tab (ui/hq/users.py, ui/hq/user_dialogs.py), end to end on a real HQ directory: a
reviewer adds a restricted viewer in the dialog and she signs in through the window and reads only restricted
records; removing a confidential viewer names who was sent the new key and who needs a passphrase reset, and
her passphrase opens nothing after; the user named for a reset is given a new passphrase from the page and signs
in with it; a viewer and an analyst see no manage buttons (and the services refuse them anyway); a viewer
changes her own passphrase and the old one is refused after."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldcase.errors import FieldcaseError
from fieldcase.hq.store import HqStore
from fieldcase.services import hq_users as user_services
from fieldcase.ui.hq.user_dialogs import (
    AddUserDialog,
    ChangeOwnPassphraseDialog,
    RemoveUserDialog,
    ResetPassphraseDialog,
)
from fieldcase.ui.hq.window import HqWindow
from hq_roles_setup import ANALYST_PASS, VIEWER_PASS, add_slot_from_before_identities, build_hq_with_users
from sync_helpers import PASSPHRASE

VIC, LEE, RITA = "vic passphrase for confidential", "lee passphrase from release two", "rita gets restricted words"


@pytest.fixture(scope="module")
def hq_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """admin (reviewer), ana (analyst), vera and vic (confidential viewers), lee (confidential, a slot from
    before identities); one record per level."""
    hq_dir = build_hq_with_users(tmp_path_factory.mktemp("hq-users-page"))
    with HqStore.open(hq_dir, PASSPHRASE) as admin:
        user_services.add_user(admin, "vic", "viewer", VIC)
        add_slot_from_before_identities(admin, "lee", LEE)
    return hq_dir


@pytest.fixture
def hq_dir(hq_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "hq"
    shutil.copytree(hq_template, target)
    return target


@pytest.fixture
def windows(qtbot) -> Iterator[list[HqWindow]]:  # type: ignore[no-untyped-def]
    made: list[HqWindow] = []
    yield made
    for window in made:
        window.lock()


def sign_in(qtbot, windows: list[HqWindow], hq_dir: Path, name: str, passphrase: str,  # type: ignore[no-untyped-def]
            ok: bool = True) -> HqWindow:
    """Sign in through the window's own sign-in page, as a person would."""
    window = HqWindow(hq_dir)
    qtbot.addWidget(window)
    windows.append(window)
    window.resize(1024, 768)
    window.show()
    window.sign_in.user.setText(name)
    window.sign_in.passphrase.setText(passphrase)
    qtbot.mouseClick(window.sign_in.button, Qt.MouseButton.LeftButton)
    if ok:
        qtbot.waitUntil(lambda: window.records.model.rowCount() == 3, timeout=30_000)
    else:
        qtbot.waitUntil(lambda: window.sign_in.message.isVisibleTo(window.sign_in), timeout=30_000)
        assert window.session is None
    return window


def users_tab(qtbot, window: HqWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """Switch to the Users tab; the names listed once loaded."""
    window.signed_in.tabs.setCurrentWidget(window.users)
    page = window.users
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and "Loading" not in page.status.text(), timeout=10_000)
    return [page.user_at(r).name for r in range(page.model.rowCount())]


def run(qtbot, dialog: AddUserDialog | RemoveUserDialog | ResetPassphraseDialog  # type: ignore[no-untyped-def]
        | ChangeOwnPassphraseDialog) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_ok or dialog.message.isVisibleTo(dialog), timeout=30_000)


def readable(window: HqWindow) -> dict[str, str]:
    model = window.records.model
    return {model.item(r, 3).text(): model.item(r, 1).text() for r in range(model.rowCount())}


def test_a_reviewer_adds_a_restricted_viewer_and_removes_another(qtbot, windows, hq_dir: Path) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in(qtbot, windows, hq_dir, "admin", PASSPHRASE)
    assert "Signed in as admin: Reviewer, clearance Strictly confidential" in admin.signed_in.who.text()
    assert users_tab(qtbot, admin) == ["admin", "ana", "lee", "vera", "vic"]
    page = admin.users
    assert page.add_button.isVisibleTo(admin) and page.remove_button.isVisibleTo(admin)
    assert not page.remove_button.isEnabled()  # nobody chosen yet
    page.select("admin")
    assert not page.remove_button.isEnabled() and not page.reset_button.isEnabled()  # not oneself

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog)
    dialog.name.setText("rita")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    assert dialog.clearance.currentData() == "confidential"  # the viewer's default
    dialog.clearance.setCurrentIndex(dialog.clearance.findData("restricted"))
    dialog.new.setText(RITA)
    dialog.repeat.setText(RITA + " typo")
    run(qtbot, dialog)
    assert dialog.message.text() == "The two new passphrases differ." and not dialog.done_ok
    dialog.repeat.setText(RITA)
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    assert dialog.outcome.text() == "rita was added: Viewer, clearance Restricted. They can sign in now."
    assert dialog.new.text() == "" and dialog.repeat.text() == ""  # wiped once the work began
    qtbot.waitUntil(lambda: page.row_of("rita") >= 0, timeout=10_000)  # the list was read again
    assert page.model.item(page.row_of("rita"), 2).text() == "Restricted"
    dialog.reject()

    rita = sign_in(qtbot, windows, hq_dir, "rita", RITA)
    assert readable(rita) == {"Restricted": "Road closure reported", "Confidential": "Above your clearance",
                              "Strictly confidential": "Above your clearance"}
    assert users_tab(qtbot, rita) == ["rita"]  # below the top clearance: her own account only
    rita.lock()

    page.select("vera")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RemoveUserDialog)
    assert dialog.intro.text() == "Remove vera (Viewer, clearance Confidential)?"
    assert "The key to the Confidential records is replaced" in dialog.details.text()
    assert "store key" not in dialog.details.text()  # only a top-clearance user held it
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    outcome = dialog.outcome.text()
    assert "vera was removed. Keys replaced: Confidential." in outcome
    assert "The new key of their level was sent to: vic." in outcome
    assert "give each a new passphrase (Reset passphrase…): lee." in outcome
    qtbot.waitUntil(lambda: page.row_of("vera") < 0, timeout=10_000)
    dialog.reject()

    gone = sign_in(qtbot, windows, hq_dir, "vera", VIEWER_PASS, ok=False)
    assert gone.sign_in.message.text().startswith("Wrong user name or passphrase")
    vic = sign_in(qtbot, windows, hq_dir, "vic", VIC)  # takes the new key at this sign-in
    assert readable(vic)["Confidential"] == "Threats against a teacher"


def test_the_user_named_for_a_reset_is_given_a_new_passphrase_and_signs_in(qtbot, windows,  # type: ignore[no-untyped-def]
                                                                          hq_dir: Path) -> None:
    with HqStore.open(hq_dir, PASSPHRASE) as store:
        assert user_services.remove_user(store, "vera").need_reset == ("lee",)
    refused = sign_in(qtbot, windows, hq_dir, "lee", LEE, ok=False)
    assert "Ask a reviewer to reset your passphrase" in refused.sign_in.message.text()

    admin = sign_in(qtbot, windows, hq_dir, "admin", PASSPHRASE)
    users_tab(qtbot, admin)
    page = admin.users
    page.select("lee")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ResetPassphraseDialog)
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    run(qtbot, dialog)
    assert "too short" in dialog.message.text() and "short" not in dialog.message.text().replace("too short", "")
    new = "lee has a brand new passphrase"
    dialog.new.setText(new)
    dialog.repeat.setText(new)
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    assert dialog.outcome.text() == "lee's passphrase was reset: they sign in with the new one."
    assert new not in dialog.outcome.text() + dialog.message.text()
    dialog.reject()

    lee = sign_in(qtbot, windows, hq_dir, "lee", new)
    assert readable(lee)["Confidential"] == "Threats against a teacher"
    sign_in(qtbot, windows, hq_dir, "lee", LEE, ok=False)


def test_a_viewer_has_no_manage_buttons_and_changes_her_own_passphrase(qtbot, windows,  # type: ignore[no-untyped-def]
                                                                      hq_dir: Path) -> None:
    vera = sign_in(qtbot, windows, hq_dir, "vera", VIEWER_PASS)
    assert users_tab(qtbot, vera) == ["vera"]
    page = vera.users
    assert "needs the strictly confidential clearance" in page.hint.text()
    for button in (page.add_button, page.remove_button, page.reset_button):
        assert not button.isVisibleTo(vera)
    assert page.own_button.isVisibleTo(vera)
    session = vera.session
    assert session is not None
    with pytest.raises(FieldcaseError, match="needs the whole HQ store"):  # the service has nothing to manage with
        user_services.add_user(session.store, "mallory", "reviewer", "mallory passphrase words")

    qtbot.mouseClick(page.own_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChangeOwnPassphraseDialog)
    new = "vera chose another passphrase"
    dialog.current.setText("not her passphrase at all")
    dialog.new.setText(new)
    dialog.repeat.setText(new)
    run(qtbot, dialog)
    assert not dialog.done_ok and dialog.message.text().startswith("Wrong user name or passphrase")
    assert new not in dialog.message.text()
    dialog.current.setText(VIEWER_PASS)
    dialog.new.setText(new)
    dialog.repeat.setText(new)
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    dialog.reject()
    vera.lock()

    sign_in(qtbot, windows, hq_dir, "vera", VIEWER_PASS, ok=False)
    again = sign_in(qtbot, windows, hq_dir, "vera", new)
    assert readable(again)["Confidential"] == "Threats against a teacher"
    users_tab(qtbot, again)
    again.users.change_own_passphrase()
    dialog = again.users.dialog
    assert isinstance(dialog, ChangeOwnPassphraseDialog)
    dialog.current.setText(new)
    qtbot.mouseClick(again.findChild(QWidget, "hqLock"), Qt.MouseButton.LeftButton)
    assert again.users.dialog is None and dialog.current.text() == ""  # Lock closes it, the typing wiped


def test_an_analyst_lists_the_users_but_cannot_manage_them(qtbot, windows, hq_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ana = sign_in(qtbot, windows, hq_dir, "ana", ANALYST_PASS)
    assert users_tab(qtbot, ana) == ["admin", "ana", "lee", "vera", "vic"]
    page = ana.users
    for button in (page.add_button, page.remove_button, page.reset_button):
        assert not button.isVisibleTo(ana)
    session = ana.session
    assert session is not None
    with pytest.raises(FieldcaseError, match="needs the role: reviewer"):  # she holds the store; the role refuses
        user_services.add_user(session.store, "mallory", "viewer", "mallory passphrase words")
    with pytest.raises(FieldcaseError, match="needs the role: reviewer"):
        user_services.remove_user(session.store, "vera")
    with pytest.raises(FieldcaseError, match="needs the role: reviewer"):
        user_services.reset_passphrase(session.store, "vera", "a new passphrase for vera")
    assert [u.name for u in user_services.list_users(session.store)] == ["admin", "ana", "lee", "vera", "vic"]

    page.change_own_passphrase()  # at the top clearance the change is also audit-logged through the store
    dialog = page.dialog
    assert isinstance(dialog, ChangeOwnPassphraseDialog)
    new = "ana picked a longer passphrase"
    dialog.current.setText(ANALYST_PASS)
    dialog.new.setText(new)
    dialog.repeat.setText(new)
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    dialog.reject()
    ana.lock()
    sign_in(qtbot, windows, hq_dir, "ana", ANALYST_PASS, ok=False)
    sign_in(qtbot, windows, hq_dir, "ana", new)


def test_removing_an_analyst_offers_to_rotate_hqs_keys_and_does_it(qtbot, windows,  # type: ignore[no-untyped-def]
                                                                   hq_dir: Path) -> None:
    """ana held the store key, so through it HQ's age identities: once she is removed the dialog offers the
    rotation, which gives HQ's keyset a new identity; the packages officers encrypt from then on go only to it."""
    with HqStore.open(hq_dir, PASSPHRASE) as store:
        before = store.keyset()
    admin = sign_in(qtbot, windows, hq_dir, "admin", PASSPHRASE)
    users_tab(qtbot, admin)
    page = admin.users
    page.select("ana")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RemoveUserDialog) and "also held the store key" in dialog.details.text()
    assert not dialog.rotate_button.isVisibleTo(dialog)
    run(qtbot, dialog)
    assert dialog.done_ok, dialog.message.text()
    assert "Keys replaced: Restricted, Confidential." in dialog.outcome.text()
    assert dialog.rotate_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "were rotated" in dialog.outcome.text(), timeout=30_000)
    assert f"keyset version {before.version + 1}" in dialog.outcome.text()
    assert "offline root key" not in dialog.outcome.text()  # this HQ has none
    assert not dialog.rotate_button.isVisibleTo(dialog)
    dialog.reject()
    with HqStore.open(hq_dir, PASSPHRASE) as store:
        after = store.keyset()
    assert after.version == before.version + 1
    assert not set(after.recipients()) & set(before.recipients())  # officers encrypt to the new key only
