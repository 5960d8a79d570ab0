"""The case list's search in the app: a pseudonym finds its record; a real name finds nothing (names are hidden
in the app, so a search must not tell which record holds one)."""

from __future__ import annotations

from fieldcase.domain.records import CaseFilter

from .conftest import wait_for


def test_pseudonym_finds_and_real_name_reveals_nothing(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    service = win.view.cases._service
    records = (service.get(s.id) for s in service.list(CaseFilter(), limit=200))
    named = next(r for r in records if any(p.name for p in r.people))
    person = next(p for p in named.people if p.name)
    cases = win.view.cases
    cases.filters.search.setText(person.pseudonym)
    cases.filters.flush()
    wait_for(qtbot, lambda: not cases.model.loading and cases.model.total > 0)
    found = {cases.model.summary(i).id for i in range(min(cases.model.total, 50))}
    assert named.id in found

    cases.filters.search.setText(person.name or "")
    cases.filters.flush()
    wait_for(qtbot, lambda: not cases.model.loading)
    qtbot.wait(100)
    assert cases.model.total == 0 or named.id not in {cases.model.summary(i).id
                                                        for i in range(min(cases.model.total, 50))}
    # the same search with names (as `fieldcase list --names` does) finds it: the index does hold the name
    assert named.id in {s.id for s in service.list(CaseFilter(search=person.name, search_names=True), limit=50)}
