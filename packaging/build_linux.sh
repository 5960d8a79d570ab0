#!/usr/bin/env bash
# Build the Linux one-folder app (PyInstaller) and a Debian package from it.
#
#   bash packaging/build_linux.sh [--no-deb] [--no-freeze]   (from any folder; output in dist/ of the checkout)
#
#   dist/fieldcase/                      the one-folder app: fieldcase (command line), fieldcase-desktop
#   dist/fieldcase_<version>_<arch>.deb  installs it to /usr/lib/fieldcase, with /usr/bin links, the desktop
#                                        file, the icon and the AppStream metainfo
#
# Needs: the project's venv with the `packaging` extra (pyinstaller; .venv/bin/pip install -e '.[packaging]'
# or scripts/bootstrap.sh), dpkg-deb, appstreamcli (apt-get install appstream) and desktop-file-validate
# (desktop-file-utils). PYTHON=... picks another interpreter. FIELDCASE_FREEZE_BENCH=1 adds the start-up
# bench executable (bench/bench_startup.py --frozen); such a bundle is never packaged (implies --no-deb).
#
# After freezing, the bundle is checked before it is packaged: its data files are exactly the wheel's
# list (packaging/bundle_data.py); no plain SQLite library is bundled; its command line (which refuses to
# run without SQLCipher 4) creates the demo workspace, writes and verifies a signed briefing whose fonts
# are embedded. Prints how long each step took.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$PY" ]] || PY="$(command -v python3)"
APP_ID="org.fieldcase.Fieldcase"
DIST="$ROOT/dist"
BUILD="$ROOT/build"
MAKE_DEB=1
FREEZE=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) MAKE_DEB=0 ;;
        --no-freeze) FREEZE=0 ;;  # reuse dist/fieldcase from an earlier run (still checked again)
        *) echo "usage: bash packaging/build_linux.sh [--no-deb] [--no-freeze]" >&2; exit 2 ;;
    esac
done
[[ "${FIELDCASE_FREEZE_BENCH:-0}" == 1 ]] && MAKE_DEB=0

say() { printf 'build_linux: %s\n' "$*" >&2; }
die() { printf 'build_linux: FAILED: %s\n' "$*" >&2; exit 1; }
now() { printf '%s' "$EPOCHREALTIME"; }
took() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

"$PY" -c 'import PyInstaller' 2>/dev/null \
    || die "PyInstaller is not installed for $PY: install the 'packaging' extra (pip install -e '.[packaging]')."
start=$(now)

# -- 1. freeze ------------------------------------------------------------------------------------------
t=$(now)
mkdir -p "$BUILD"
APP="$DIST/fieldcase"
if [[ $FREEZE == 0 && -x "$APP/fieldcase" ]]; then
    say "reusing $APP (--no-freeze)"
elif ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" \
        --workpath "$BUILD/pyinstaller" "$ROOT/packaging/fieldcase.spec" >"$BUILD/pyinstaller.log" 2>&1; then
    tail -n 40 "$BUILD/pyinstaller.log" >&2
    die "PyInstaller failed (full log: $BUILD/pyinstaller.log)"
else
    say "froze dist/fieldcase in $(took "$t") s ($(du -sh "$APP" | cut -f1))"
fi

# -- 2. check the bundle before packaging it --------------------------------------------------------------
t=$(now)
# (a) the data files are exactly the ones the wheel carries
"$PY" - "$ROOT" "$APP/_internal" <<'PY' || die "the bundle's data files differ from the wheel's list"
import importlib.util, sys
from pathlib import Path
root, internal = Path(sys.argv[1]), Path(sys.argv[2])
spec = importlib.util.spec_from_file_location("bundle_data", root / "packaging" / "bundle_data.py")
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
wanted = {destination for _source, destination in module.data_files(root)}
target = internal / module.PACKAGE_TARGET
have = {f"{module.PACKAGE_TARGET}/{p.relative_to(target).as_posix()}" for p in target.rglob("*") if p.is_file()}
for name in sorted(wanted - have): print("missing from the bundle:", name)
for name in sorted(have - wanted): print("not in the wheel's list:", name)
sys.exit(0 if wanted == have else 1)
PY
# (b) no one-file unpacking, no UPX: every library is a plain file in the folder
[[ -d "$APP/_internal" && -x "$APP/fieldcase" && -x "$APP/fieldcase-desktop" ]] || die "not a one-folder bundle"
# (c) the only SQLite in the bundle is sqlcipher3's SQLCipher: no plain libsqlite3, no stdlib _sqlite3
plain="$(find "$APP/_internal" \( -name 'libsqlite3*' -o -path '*/lib-dynload/_sqlite3*' \) -print -quit)"
[[ -z "$plain" ]] || die "the bundle carries a plain SQLite library: $plain"
# (d) the command line works from the bundle alone, on a throw-away workspace
CHECK="$(mktemp -d "${TMPDIR:-/tmp}/fieldcase-frozen.XXXXXX")"
trap 'rm -rf -- "$CHECK"' EXIT
mkdir -p "$CHECK/tmp"
frozen=(env -i PATH=/usr/bin:/bin HOME="$CHECK/home" XDG_CONFIG_HOME="$CHECK/config" XDG_DATA_HOME="$CHECK/data"
        TMPDIR="$CHECK/tmp" LANG=C.UTF-8 FIELDCASE_KDF_PROFILE=floor "FIELDCASE_PASSPHRASE=fictional demo data only")
"${frozen[@]}" "$APP/fieldcase" --workspace "$CHECK/ws" demo >"$CHECK/demo.out" || die "frozen 'fieldcase demo' failed"
"${frozen[@]}" "$APP/fieldcase" --workspace "$CHECK/ws" brief --period 2026-10 --out "$CHECK/brief.pdf" >"$CHECK/brief.out" \
    || die "frozen 'fieldcase brief' failed"
"${frozen[@]}" "$APP/fieldcase" verify "$CHECK/brief.pdf" >"$CHECK/verify.out" || die "frozen 'fieldcase verify' failed"
if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$CHECK/brief.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' \
        || die "the frozen app's briefing has a font that is not embedded"
fi
# (e) nothing unpacked or spilled into the temporary folder (a one-file bundle would unpack itself there)
[[ -z "$(ls -A "$CHECK/tmp")" ]] || die "the frozen app wrote to TMPDIR: $(ls -A "$CHECK/tmp" | head -n 5)"
say "checked the bundle in $(took "$t") s: data files = the wheel's list; no plain SQLite; demo, brief, verify OK; fonts embedded; nothing in TMPDIR"

[[ $MAKE_DEB == 1 ]] || { say "done in $(took "$start") s (no .deb)"; exit 0; }

# -- 3. the Debian package --------------------------------------------------------------------------------
t=$(now)
command -v dpkg-deb >/dev/null || die "dpkg-deb not found"
VERSION="$("$PY" -c 'import tomllib, sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
STAGE="$BUILD/deb/fieldcase_${VERSION}_${ARCH}"
rm -rf -- "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/doc/fieldcase"
cp -a "$APP" "$STAGE/usr/lib/fieldcase"
# The bootloader finds its _internal folder through the real path of the executable, so links work.
ln -s ../lib/fieldcase/fieldcase "$STAGE/usr/bin/fieldcase"
ln -s ../lib/fieldcase/fieldcase-desktop "$STAGE/usr/bin/fieldcase-desktop"
install -m 0644 "$ROOT/packaging/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 "$ROOT/resources/icons/fieldcase.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
"$PY" "$ROOT/packaging/render_icon.py" "$STAGE/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" 256
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: Fieldcase"
    echo
    echo "Files: *"
    echo "License: AGPL-3.0-or-later"
    echo
    echo "Files: usr/lib/fieldcase/_internal/fieldcase/_data/resources/fonts/*"
    echo "License: OFL-1.1"
    echo " See usr/lib/fieldcase/_internal/fieldcase/_data/resources/fonts/OFL.txt"
    echo
    echo "Files: usr/lib/fieldcase/_internal/*"
    echo "Comment: the bundled Python runtime and libraries (Qt for Python under LGPL-3.0, SQLCipher under"
    echo " BSD-3-Clause, and others) keep their own licences, shipped in their *.dist-info folders."
} >"$STAGE/usr/share/doc/fieldcase/copyright"
chmod -R u=rwX,go=rX "$STAGE/usr"
INSTALLED_KB="$(du -sk "$STAGE/usr" | cut -f1)"
# Qt's xcb platform plug-in and OpenGL come from the system, as with the pip-installed PySide6
# (the same list as scripts/bootstrap.sh); everything else is inside the bundle.
cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: fieldcase
Version: $VERSION
Architecture: $ARCH
Maintainer: The Fieldcase project <packaging@fieldcase.invalid>
Installed-Size: $INSTALLED_KB
Depends: libc6 (>= 2.28), libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libxkbcommon0, libx11-6, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libx11-xcb1, libxcb-glx0
Section: utils
Priority: optional
Description: encrypted, offline case files for human-rights field officers
 Fieldcase keeps incident and community-information records on a field
 officer's laptop, encrypted at rest (SQLCipher 4, age), structured against the
 UN risk frameworks, with signed PDF briefings and encrypted sync to HQ.
CONTROL
# gzip, not xz: xz took over 3 minutes on the ~280 MB bundle here, gzip seconds; every dpkg reads it.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$DIST/fieldcase_${VERSION}_${ARCH}.deb" >/dev/null \
    || die "dpkg-deb failed"
say "built dist/fieldcase_${VERSION}_${ARCH}.deb in $(took "$t") s ($(du -h "$DIST/fieldcase_${VERSION}_${ARCH}.deb" | cut -f1))"

# -- 4. the metadata validators ---------------------------------------------------------------------------
command -v appstreamcli >/dev/null || die "appstreamcli not found (apt-get install appstream)"
appstreamcli validate --no-net "$ROOT/packaging/linux/$APP_ID.metainfo.xml" >&2 || die "appstreamcli validate failed"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/packaging/linux/$APP_ID.desktop" || die "desktop-file-validate failed"
fi
say "done in $(took "$start") s"
