"""The measured side of bench/bench_startup.py: one start-up of the real app, to an unlocked, populated window.

Run by the bench as `python bench/bench_startup.py --child WORKSPACE PASSPHRASE` (from source) or, for
the frozen app, as the `fieldcase-startup-bench` executable of a bench build of packaging/fieldcase.spec
(FIELDCASE_FREEZE_BENCH=1), which runs `main()` below inside the bundle. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()  # as early as this module can take it (the frozen entry imports it first)


def child(workspace: Path, passphrase: str) -> None:
    started = STARTED
    from fieldcase.crypto import keys

    argon2_s = 0.0
    original = keys._argon2_kek

    def timed(passphrase: str, kdf: dict) -> bytes:  # type: ignore[type-arg]
        nonlocal argon2_s
        t = time.perf_counter()
        try:
            return original(passphrase, kdf)
        finally:
            argon2_s += time.perf_counter() - t

    keys._argon2_kek = timed  # type: ignore[assignment]

    from fieldcase.app import build

    app, window = build(["--workspace", str(workspace)])
    form = window.welcome.unlock_form
    while form.folder.path() is None:  # the first paint comes before the workspace folder is filled in
        app.processEvents()
    shown = time.perf_counter()
    form.passphrase.setText(passphrase)
    form.unlock()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        view = window.view
        if view is not None and not view.cases.model.loading and view.cases.model.summary(0) is not None:
            break
        time.sleep(0.001)
    else:
        raise SystemExit("the window did not populate within 60 s")
    view.cases.table.viewport().repaint()  # the populated rows are painted before we say ready
    app.processEvents()
    ready = time.perf_counter()
    print(json.dumps({"ready": True, "argon2_s": argon2_s, "inside_s": ready - started,
                      "first_paint_s": shown - started, "rows": view.cases.model.total,
                      "platform": app.platformName()}), flush=True)
    os._exit(0)  # teardown is not part of start-up




def main(argv: list[str]) -> int:
    child(Path(argv[0]), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
