#!/usr/bin/env bash
# CI check (issue 12, "Must show" 2): build the Linux bundle and the .deb, install the .deb with apt-get,
# start the INSTALLED app under Xvfb, check from screenshots that a real, non-blank window shows and that
# typing the demo passphrase unlocks the demo workspace (the SQLCipher store opened by the installed app).
#
#   bash packaging/check_deb.sh [--no-build]     (--no-build: use the .deb already in dist/)
#
# Runs as root (CI does) or with sudo. The package is removed again at the end (also on failure), so the
# machine is left as it was. The screenshots are kept: ${FIELDCASE_SCREENSHOTS:-<checkout>/screenshots}/
# installed-app.png and installed-app-unlocked.png. Prints its timings.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SHOTS="${FIELDCASE_SCREENSHOTS:-$ROOT/screenshots}"

say() { printf 'check_deb: %s\n' "$*" >&2; }
die() { printf 'check_deb: FAILED: %s\n' "$*" >&2; exit 1; }
took() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
for tool in xvfb-run import identify convert xwininfo xdotool; do
    command -v "$tool" >/dev/null || die "$tool not found (scripts/bootstrap.sh installs xvfb, imagemagick, x11-utils, xdotool)"
done

start=$EPOCHREALTIME
[[ "${1:-}" == --no-build ]] || bash "$ROOT/packaging/build_linux.sh"
VERSION="$(python3 -c 'import tomllib, sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' pyproject.toml)"
DEB="$ROOT/dist/fieldcase_${VERSION}_$(dpkg --print-architecture).deb"
[[ -f "$DEB" ]] || die "$DEB not found (run packaging/build_linux.sh)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fieldcase-deb.XXXXXX")"
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq remove -y fieldcase \
        >/dev/null 2>&1 || true
    rm -rf -- "$WORK"
}
trap cleanup EXIT

# -- 1. install with apt-get, as a person would ------------------------------------------------------------
t=$EPOCHREALTIME
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q install -y "$DEB" \
    >"$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; die "apt-get install $DEB failed"; }
say "installed $(basename "$DEB") with apt-get in $(took "$t") s"
for path in /usr/bin/fieldcase /usr/bin/fieldcase-desktop /usr/share/applications/org.fieldcase.Fieldcase.desktop \
            /usr/share/metainfo/org.fieldcase.Fieldcase.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/org.fieldcase.Fieldcase.svg; do
    [[ -e "$path" ]] || die "$path is not installed"
done
# The installed command line, from a neutral folder and environment (nothing of the checkout).
cd "$WORK"
clean=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
       XDG_RUNTIME_DIR="$WORK/run" LANG=C.UTF-8)
mkdir -p "$WORK/home" "$WORK/run" && chmod 700 "$WORK/run"
"${clean[@]}" fieldcase --version | grep -q "^fieldcase $VERSION$" || die "the installed 'fieldcase --version' is wrong"

# -- 1b. a large import through the installed (frozen) command line: its rows are shaped in spawned helper
# processes (services/import_prepare.py), which in a PyInstaller bundle start through freeze_support() -----
python3 - "$WORK/bulk.json" <<'BULK'
import json, random, sys
rng = random.Random(17)
words = "armed men stopped a bus near the river crossing and searched passengers".split()
rows = [{"kind": "incident", "title": f"Roadblock report {i}", "date": f"2026-{rng.randint(1, 12):02d}",
         "location": {"country": "XKV", "adm1_pcode": f"XK0{rng.randint(1, 8)}"},
         "narrative": " ".join(rng.choice(words) for _ in range(80))} for i in range(9000)]
open(sys.argv[1], "w").write(json.dumps(rows))
BULK
bulk=("${clean[@]}" FIELDCASE_PASSPHRASE="check deb bulk import (fictional)" FIELDCASE_KDF_PROFILE=floor)
"${bulk[@]}" fieldcase --workspace "$WORK/bulk-ws" init >/dev/null || die "the installed 'fieldcase init' failed"
out="$("${bulk[@]}" fieldcase --workspace "$WORK/bulk-ws" import "$WORK/bulk.json" 2>&1)" \
    || die "the installed 'fieldcase import' of a $(du -h "$WORK/bulk.json" | cut -f1) file failed: $out"
grep -q "Imported 9000 record" <<<"$out" || die "the installed 'fieldcase import' did not import 9000 records: $out"
! grep -qi "traceback\|BrokenProcessPool\|bootstrapping\|usage:\|unrecognized" <<<"$out" || die "the import's helpers failed: $out"
echo "check_deb: the installed fieldcase imported 9,000 records ($(du -h "$WORK/bulk.json" | cut -f1)) with helper processes"

# -- 2. the installed desktop app under Xvfb: a real window, not blank, that unlocks the demo ------------
t=$EPOCHREALTIME
mkdir -p "$SHOTS"
SHOT="$SHOTS/installed-app.png"
UNLOCKED="$SHOTS/installed-app-unlocked.png"
cat >"$WORK/session.sh" <<'SESSION'
#!/usr/bin/env bash
# Inside xvfb-run: start the installed app with --demo (a first start otherwise opens the first-run screen;
# --demo makes the fictional demo in its own `demo` folder), wait for its
# window and for the demo to be ready, screenshot the unlock screen; then type the demo passphrase like a
# person, press Enter, and wait for the unlocked main window (its dark navigation bar on the left).
set -u
shot="$1" unlocked="$2"; shift 2
"$@" >"$WORK/app.log" 2>&1 &
pid=$!
ready=0
for _ in $(seq 1 90); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { echo "the app exited early (status: $(wait "$pid"; echo $?))"; exit 3; }
    xwininfo -root -tree | grep -q '"Fieldcase": ("fieldcase-desktop"' || continue
    # ready: the demo workspace has been made (its folder holds the key file) and the window is drawn
    [[ -f "$XDG_DATA_HOME/fieldcase/demo/workspace.json" ]] && ready=$((ready + 1))
    [[ $ready -ge 3 ]] && break
done
import -window root "$shot"
xwininfo -root -tree | grep '"Fieldcase": ("fieldcase-desktop"' | head -n 1
window_id="$(xdotool search --classname fieldcase-desktop | tail -n 1)"
xdotool windowfocus --sync "$window_id" && xdotool type --delay 15 "fictional demo data only" && xdotool key Return
for _ in $(seq 1 60); do
    sleep 1
    import -window root "$unlocked" 2>/dev/null || continue
    [[ "$(convert "$unlocked" -format '%[fx:int(255*(0.2126*p{20,400}.r+0.7152*p{20,400}.g+0.0722*p{20,400}.b))]' info:)" -lt 80 ]] && { sleep 2; break; }
done
import -window root "$unlocked"
kill "$pid"
SESSION
export WORK
window="$("${clean[@]}" WORK="$WORK" XAUTHORITY="$WORK/xauth" xvfb-run -a -f "$WORK/xauth" \
    -s "-screen 0 1440x900x24" bash "$WORK/session.sh" "$SHOT" "$UNLOCKED" /usr/bin/fieldcase-desktop --demo)" \
    || { cat "$WORK/app.log" >&2 2>/dev/null || true; die "the installed app did not show its window under Xvfb: $window"; }
# A window named Fieldcase, of a real size, whose pixels are not one flat colour.
read -r width height < <(sed -E 's/.* ([0-9]+)x([0-9]+)\+.*/\1 \2/' <<<"$window")
[[ "${width:-0}" -ge 800 && "${height:-0}" -ge 500 ]] || die "the app's window is too small: $window"
colours="$(identify -format '%k' "$SHOT")"
spread="$(convert "$SHOT" -crop "${width}x${height}+0+0" -colorspace Gray -format '%[fx:standard_deviation]' info:)"
awk -v c="$colours" -v s="$spread" 'BEGIN { exit !(c >= 100 && s >= 0.02) }' \
    || die "the window looks blank ($colours colours, grey standard deviation $spread): $SHOT"
# Unlocked: the SQLCipher store opened inside the installed app, and the main window (navigation bar) shows.
sidebar="$(convert "$UNLOCKED" -format '%[fx:int(255*(0.2126*p{20,400}.r+0.7152*p{20,400}.g+0.0722*p{20,400}.b))]' info:)"
[[ "$sidebar" -lt 80 ]] || die "the installed app did not unlock the demo workspace (see $UNLOCKED)"
say "installed app under Xvfb: window ${width}x${height}, $colours colours, grey spread $spread; demo unlocked; $(took "$t") s"
say "screenshots: $SHOT, $UNLOCKED"
say "PASSED in $(took "$start") s"
