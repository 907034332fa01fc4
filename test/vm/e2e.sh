#!/usr/bin/env bash
# The end-to-end suite: bundles lvmctld and lvmctl on the host (esbuild; under
# emulation every node start that resolves node_modules costs seconds), boots
# the test VM once (test/vm/run.sh) and runs test/vm/e2e.bats in it against
# real lvm2, LIO/targetcli and open-iscsi. Exits non-zero when a test fails.
#
#   bash test/vm/e2e.sh [RESULTS_DIR]
#
# With RESULTS_DIR, the TAP output is also saved there as e2e.tap (for
# scripts/test-summary.mjs). LVMCTL_E2E_FILTER=regex runs only the matching
# tests (they build on each other: mind what a test needs); LVMCTL_E2E_KEEP=1
# keeps the VM's run dir (daemon logs, console) afterwards;
# LVMCTL_E2E_CAPTURE=1 (with KEEP) saves LIO's configfs there for test/fixtures/lio.
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd -- "$HERE/../.." && pwd)
OUT=$PROJECT/dist/e2e
RESULTS=${1:+$(realpath -m -- "$1")}
started=$SECONDS

bash "$HERE/setup.sh"

rm -rf "$OUT"
mkdir -p "$OUT/proto"
cd "$PROJECT"
# ESM bundles still hold CommonJS dependencies that use require and __dirname.
npx --no-install esbuild src/server/main.ts src/client/cli.ts \
  --bundle --platform=node --format=esm --target=node20 --log-level=warning \
  --outdir="$OUT/dist" --out-extension:.js=.mjs \
  --banner:js="import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';const require=__cr(import.meta.url);const __filename=__fu(import.meta.url);const __dirname=__dn(__filename);"
# grpc-health-check and @grpc/reflection load their .proto files from
# ../../proto relative to their own file: in the bundle, $OUT/proto.
cp -r node_modules/grpc-health-check/proto/. "$OUT/proto/"
cp -r node_modules/@grpc/reflection/build/proto/grpc "$OUT/proto/"
echo "e2e: bundled in $((SECONDS - started)) s" >&2

export LVMCTL_E2E_BUNDLE=$OUT
[[ ${LVMCTL_E2E_KEEP:-0} == 1 ]] && export LVMCTL_VM_KEEP=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
bash "$HERE/run.sh" bats --timing ${LVMCTL_E2E_FILTER:+--filter "$LVMCTL_E2E_FILTER"} "$HERE/e2e.bats" | tee "$log"
rc=${PIPESTATUS[0]}
set -e
if [[ -n $RESULTS ]]; then
  mkdir -p "$RESULTS"
  grep -E '^(not )?ok |^1\.\.' "$log" >"$RESULTS/e2e.tap" || true
fi
skipped=$(grep -c '^ok .*# skip' "$log" || true)
passed=$(($(grep -c '^ok ' "$log" || true) - skipped))
failed=$(grep -c '^not ok ' "$log" || true)
echo "e2e: $passed passed, $failed failed, $skipped skipped"
echo "e2e: VM suite took $((SECONDS - started)) s (status $rc)" >&2
exit "$rc"
