#!/usr/bin/env bash
# CI check (issue 12, "Must show" 1): the wheel carries everything Fieldcase needs.
#
#   bash packaging/check_wheel.sh [PYTHON]      (PYTHON defaults to .venv/bin/python, else python3)
#
# Builds the sdist and, from the sdist, the wheel (so both are proved to carry resources/ and schema/);
# installs the wheel into a fresh virtual environment in a temporary folder outside the checkout; then,
# from another temporary folder, with no PYTHONPATH and the checkout nowhere on sys.path, runs
# `fieldcase demo`, `assess`, `brief` and `verify` and checks that the package is the installed copy.
#
# Speed: the dependencies' wheels are kept in a wheelhouse (${FIELDCASE_WHEELHOUSE:-~/.cache/fieldcase/
# wheelhouse}) filled by `pip download` only when the wheel's dependencies change; the install is then offline
# (--no-index --find-links). Prints its timings; exits non-zero on any failure.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${1:-}"
if [[ -z "$PY" ]]; then
    if [[ -x "$ROOT/.venv/bin/python" ]]; then PY="$ROOT/.venv/bin/python"; else PY=python3; fi
fi
WHEELHOUSE="${FIELDCASE_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/fieldcase/wheelhouse}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fieldcase-wheel.XXXXXX")"
trap 'rm -rf -- "$WORK"' EXIT

say() { printf 'check_wheel: %s\n' "$*" >&2; }
die() { printf 'check_wheel: FAILED: %s\n' "$*" >&2; exit 1; }
now() { printf '%s' "$EPOCHREALTIME"; }
took() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

start=$(now)

# -- 1. sdist, then the wheel built from it -----------------------------------------------------------
t=$(now)
"$PY" -m build --sdist --outdir "$WORK/dist" "$ROOT" >"$WORK/build.log" 2>&1 \
    || { tail -n 30 "$WORK/build.log" >&2; die "building the sdist failed (python -m build; is the 'packaging' extra installed?)"; }
sdist=("$WORK"/dist/fieldcase-*.tar.gz)
"$PY" -m build --wheel --outdir "$WORK/dist" "${sdist[0]}" >>"$WORK/build.log" 2>&1 \
    || { tail -n 30 "$WORK/build.log" >&2; die "building the wheel from the sdist failed"; }
wheel=("$WORK"/dist/fieldcase-*.whl)
say "sdist + wheel built in $(took "$t") s: $(basename "${wheel[0]}")"
# The wheel's data files are exactly packaging/bundle_data.py's list (build_linux.sh checks the frozen
# bundle against the same list, so the wheel and the frozen app carry the same data).
"$PY" - "$ROOT" "${wheel[0]}" <<'PY' || die "the wheel's data files differ from packaging/bundle_data.py's list"
import importlib.util, sys, zipfile
from pathlib import Path
root, wheel = Path(sys.argv[1]), sys.argv[2]
spec = importlib.util.spec_from_file_location("bundle_data", root / "packaging" / "bundle_data.py")
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
wanted = {destination for _source, destination in module.data_files(root)}
have = {n for n in zipfile.ZipFile(wheel).namelist() if n.startswith(module.PACKAGE_TARGET + "/") and not n.endswith("/")}
for name in sorted(wanted - have): print("missing from the wheel:", name)
for name in sorted(have - wanted): print("not in the list:", name)
sys.exit(0 if wanted == have else 1)
PY

# -- 2. the dependencies' wheels, cached by the hash of pyproject.toml ---------------------------------
t=$(now)
# keyed by the wheel's own Requires-Dist lines, so edits to pyproject.toml that change no dependency
# (tool settings, comments, test extras) do not refill it
stamp="$("$PY" -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
print("\n".join(sorted(l for l in z.read(meta).decode().splitlines() if l.startswith("Requires-Dist:") and "extra ==" not in l)))' \
    "${wheel[0]}" | sha256sum | cut -c1-16)"
if [[ ! -f "$WHEELHOUSE/.stamp-$stamp" ]]; then
    mkdir -p "$WHEELHOUSE"
    # `pip wheel`, not `pip download --only-binary`: a pure-Python dependency published only as an sdist
    # (bagit 1.9.0) is built into a wheel here, once, so the install below stays offline
    "$PY" -m pip wheel --disable-pip-version-check --no-input --prefer-binary \
        --wheel-dir "$WHEELHOUSE" "${wheel[0]}" >"$WORK/download.log" 2>&1 \
        || { tail -n 30 "$WORK/download.log" >&2; die "pip download of the dependencies failed"; }
    rm -f "$WHEELHOUSE"/fieldcase-*.whl "$WHEELHOUSE"/.stamp-*
    touch "$WHEELHOUSE/.stamp-$stamp"
    say "wheelhouse filled in $(took "$t") s ($WHEELHOUSE)"
fi

# -- 3. a fresh virtual environment outside the checkout -----------------------------------------------
t=$(now)
"$PY" -m venv --without-pip "$WORK/venv" 2>/dev/null || "$PY" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
# pip from the outer venv installs into the new one (--python): no ensurepip copy, no network.
"$PY" -m pip --python "$VPY" install --disable-pip-version-check --no-input --no-index \
    --find-links "$WHEELHOUSE" "${wheel[0]}" >"$WORK/install.log" 2>&1 \
    || { tail -n 30 "$WORK/install.log" >&2; die "installing the wheel into a fresh venv failed"; }
say "fresh venv + install in $(took "$t") s"

# -- 4. the commands, from a folder that is not the checkout, with nothing of the checkout on the path --
t=$(now)
RUN="$WORK/run"
mkdir -p "$RUN"
cd "$RUN"
clean_env=(env -u PYTHONPATH -u PYTHONHOME -u FIELDCASE_WORKSPACE HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/config"
           XDG_DATA_HOME="$RUN/data" FIELDCASE_KDF_PROFILE=floor)
FC="$WORK/venv/bin/fieldcase"
where="$("${clean_env[@]}" "$VPY" -I -c 'import fieldcase, fieldcase.resources as r, sys
print(fieldcase.__file__); print(r.data_root()); print(r.is_installed_build())
print(any(p.startswith(sys.argv[1]) for p in sys.path if p))' "$ROOT")" \
    || { tail -n 30 "$WORK/install.log" >&2; ls "$WORK"/venv/lib/python*/site-packages >&2 || true
         die "the wheel was installed but fieldcase does not import from the fresh venv (install log above)"; }
say "package: $(sed -n 1p <<<"$where"); data: $(sed -n 2p <<<"$where")"
[[ "$(sed -n 1p <<<"$where")" == "$WORK/venv/"* ]] || die "fieldcase was imported from outside the fresh venv"
[[ "$(sed -n 3p <<<"$where")" == True ]] || die "the installed fieldcase does not find its packaged data"
[[ "$(sed -n 4p <<<"$where")" == False ]] || die "the checkout is on sys.path"

WS="$RUN/workspace"
"${clean_env[@]}" "$FC" --workspace "$WS" demo >"$RUN/demo.out"
"${clean_env[@]}" FIELDCASE_PASSPHRASE="fictional demo data only" \
    "$FC" --workspace "$WS" assess --period 2026-10 --json >"$RUN/assess.json"
"$VPY" -I -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d, "empty assessment"' "$RUN/assess.json" \
    || die "assess gave no assessment"
"${clean_env[@]}" FIELDCASE_PASSPHRASE="fictional demo data only" \
    "$FC" --workspace "$WS" brief --period 2026-10 --out "$RUN/brief.pdf" >"$RUN/brief.out"
"${clean_env[@]}" "$FC" verify "$RUN/brief.pdf" >"$RUN/verify.out" || die "fieldcase verify refused the briefing"
# The fonts travel: the PDF names the packaged Noto fonts as embedded subsets.
if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$RUN/brief.pdf" | awk 'NR > 2 && $0 ~ /Noto/ && $(NF-4) != "yes" {bad=1} END {exit bad}' \
        || die "a font is not embedded in the briefing"
    pdffonts "$RUN/brief.pdf" | grep -q Noto || die "the briefing does not use the packaged Noto fonts"
fi
say "demo, assess, brief, verify ran from the installed wheel in $(took "$t") s: $(head -n 1 "$RUN/brief.out")"
say "PASSED in $(took "$start") s"
