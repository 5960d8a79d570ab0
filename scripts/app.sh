#!/usr/bin/env bash
# Set up what is missing, then launch the Fieldcase desktop app (on the demo workspace when there is none).
#
#   bash scripts/app.sh [APP ARGS...]
#
# With no display ($DISPLAY, $WAYLAND_DISPLAY and $QT_QPA_PLATFORM all unset) it explains how to run
# under Xvfb and exits 2, unless FIELDCASE_XVFB=1 is set: then it starts the app under `xvfb-run -a`
# (screen size from FIELDCASE_XVFB_SCREEN, default 1440x900x24).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh" || { echo "app: set-up failed (see above); the app was not started." >&2; exit 1; }

VPY="$ROOT/.venv/bin/python"

if [[ ! -f "$ROOT/desktop/fieldcase/app.py" ]]; then
    echo "app: desktop/fieldcase/app.py is not in this checkout yet: the desktop app cannot start." >&2
    echo "app: the command-line tool works: .venv/bin/fieldcase --help" >&2
    exit 1
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    if [[ "${FIELDCASE_XVFB:-0}" == 1 ]]; then
        command -v xvfb-run >/dev/null 2>&1 || { echo "app: FIELDCASE_XVFB=1 but xvfb-run is not installed (apt-get install xvfb xauth)." >&2; exit 1; }
        exec xvfb-run -a -s "-screen 0 ${FIELDCASE_XVFB_SCREEN:-1440x900x24}" "$VPY" -m fieldcase.app "$@"
    fi
    cat >&2 <<'MSG'
app: there is no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the window cannot open.
Everything is set up; to run the app on a virtual X display (Xvfb), use one of:

    xvfb-run -a bash scripts/app.sh
    FIELDCASE_XVFB=1 bash scripts/app.sh

(or QT_QPA_PLATFORM=offscreen bash scripts/app.sh to run it with no visible output at all).
The command-line tool needs no display: .venv/bin/fieldcase --help
MSG
    exit 2
fi

exec "$VPY" -m fieldcase.app "$@"
