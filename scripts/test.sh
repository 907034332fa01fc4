#!/usr/bin/env bash
# The whole test suite, as root on a Debian machine: system packages, npm
# dependencies, contract and generated-code checks, unit and integration tests
# on real lvm2, and the end-to-end suite in a qemu VM. Every stage runs; the
# script fails if any stage failed and ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-results
rm -f .test-results/*.json .test-results/*.tap

failed_stages=()
stage() {
  local name=$1
  shift
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - started)) s)"
  else
    echo "=== $name: FAILED ($((SECONDS - started)) s)"
    failed_stages+=("$name")
  fi
}

stage "system packages" bash scripts/install-system-deps.sh
stage "npm ci" npm ci --no-audit --no-fund --loglevel=error
stage "generated code up to date" npm run --silent gen:check
stage "buf lint" npx buf lint
stage "buf breaking (against the released v1 contract)" npm run --silent proto:breaking
stage "typecheck" npm run --silent typecheck
stage "lint (eslint)" npm run --silent lint
stage "format (prettier --check)" npm run --silent format:check
stage "layering (dependency-cruiser)" npm run --silent deps:check
stage "build" npm run --silent build
stage "unit + integration tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
stage "mutation testing (StrykerJS, incremental against the last full run; bars per safety module)" node scripts/mutation-ci.mjs
stage "reliability (quick): hostile input, storm, faults, kill -9, access control" \
  npx vitest run --config test/reliability/vitest.config.ts \
  --reporter=default --reporter=./test/reliability/report.ts --reporter=json --outputFile.json=.test-results/reliability.json
stage "benchmark (quick; figures only, no timed assertions)" npm run --silent bench:quick
stage "integration tests with device-mapper (vitest in the VM)" bash test/vm/vitest.sh .test-results
stage "end-to-end: exports to a real iSCSI initiator (bats in the VM)" bash test/vm/e2e.sh .test-results

# One closing line over everything that reports counts.
summary=$(node scripts/test-summary.mjs .test-results)
echo
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}"
fi
echo "$summary"
[ ${#failed_stages[@]} -eq 0 ]
