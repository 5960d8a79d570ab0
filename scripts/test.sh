#!/usr/bin/env bash
# Set up what is missing, lint, and run the whole test suite (this is what CI runs, through .ci/run).
#
#   bash scripts/test.sh [PYTEST ARGS...]      e.g. bash scripts/test.sh tests/test_attachment_vault.py -q
#
# Qt runs offscreen, and key derivation uses the floor Argon2id profile (64 MiB, t=3: still Argon2id,
# just not the ~0.5 s production cost), so the suite stays fast. FIELDCASE_SKIP_LINT=1 skips ruff and mypy.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash "$ROOT/scripts/bootstrap.sh" || { echo "test: set-up failed (see above); no tests were run." >&2; exit 1; }

VENV="$ROOT/.venv"

if [[ "${FIELDCASE_SKIP_LINT:-0}" != 1 ]]; then
    lint_dirs=()
    for d in desktop tests bench scripts; do
        [[ -d "$d" ]] && lint_dirs+=("$d")
    done
    if [[ ${#lint_dirs[@]} -gt 0 ]]; then
        echo "test: ruff check ${lint_dirs[*]}"
        "$VENV/bin/ruff" check "${lint_dirs[@]}" || {
            rc=$?
            echo "test: FAILED: ruff found problems (exit $rc); fix them (or try '.venv/bin/ruff check --fix'). Tests were not run." >&2
            exit "$rc"
        }
    fi
    # Type checking: configuration in pyproject.toml [tool.mypy] (strict on store/, crypto/, sync/,
    # services/ and analysis/; the package must stay at zero errors).
    echo "test: mypy (desktop/fieldcase)"
    "$VENV/bin/mypy" || {
        rc=$?
        echo "test: FAILED: mypy found type errors (exit $rc); fix them (run '.venv/bin/mypy' to see them again). Tests were not run." >&2
        exit "$rc"
    }
fi

export QT_QPA_PLATFORM=offscreen
export FIELDCASE_KDF_PROFILE=floor

set +e
"$VENV/bin/python" -m pytest "$@"
rc=$?
set -e

if [[ $rc -eq 5 ]]; then
    echo "test: FAILED: pytest collected no tests (exit 5). A run that tests nothing is not a pass." >&2
    exit 5
fi
if [[ $rc -ne 0 ]]; then
    echo "test: FAILED: pytest exited with status $rc." >&2
fi
exit "$rc"
