#!/usr/bin/env bash
# The HQ regional review demo: two fictional countries, two officers, one HQ, one signed regional review.
#   scripts/demo_regional_review.sh [OUTDIR]      (default: a new temporary folder)
# Tarvessa (XTV) is the full demo workspace; Morvane (XTW) its small neighbour (`fieldcase demo --neighbour`).
# Both officers enrol with the HQ, push their records to a folder, HQ imports them, defines the regional
# grouping "Lake Basin" and briefs October 2026: per-country matrices, a regional summary, cross-border signals.
set -euo pipefail
OUT="${1:-$(mktemp -d -t fieldcase-region-XXXXXX)}"
PY="${PYTHON:-python3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PYTHONPATH="$ROOT/desktop${PYTHONPATH:+:$PYTHONPATH}"
export FIELDCASE_PASSPHRASE="fictional demo data only"   # demo data only: never do this with real data
fc() { "$PY" -m fieldcase "$@"; }
mkdir -p "$OUT/usb"
fc --workspace "$OUT/tarvessa" demo
fc --workspace "$OUT/morvane" demo --neighbour
fc hq init --dir "$OUT/hq" --name "Regional HQ (fictional)"
for who in tarvessa:XT02 morvane:XW01; do
  name="${who%%:*}"; region="${who##*:}"
  fc --workspace "$OUT/$name" enrol-request --out "$OUT/$name.fcreq"
  fc hq enrol --dir "$OUT/hq" --officer "Officer $name" --region "$region" --request "$OUT/$name.fcreq" \
     --out "$OUT/$name.fcenrol"
  fc --workspace "$OUT/$name" enrol "$OUT/$name.fcenrol"
  fc --workspace "$OUT/$name" sync push --to "$OUT/usb"
done
fc hq import --dir "$OUT/hq" --from "$OUT/usb"
fc hq region "Lake Basin" --countries "XTV:Tarvessa (fictional),XTW:Morvane (fictional)" --dir "$OUT/hq"
fc hq brief --dir "$OUT/hq" --region "Lake Basin" --period 2026-10 --out "$OUT/lake-basin-2026-10.pdf"
echo "Regional review: $OUT/lake-basin-2026-10.pdf"
