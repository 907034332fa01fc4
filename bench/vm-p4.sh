#!/usr/bin/env bash
# P4 (CreateExport vs the same targetcli steps one process each) needs LIO,
# which only the test VM has (test/vm): builds on the host, runs
# `bench/main.ts --p4` in the VM with real activation, and leaves the figures
# in bench/results/p4.json, which the next `npm run bench` puts into
# docs/performance.md. Everything in the VM runs under qemu TCG emulation:
# compare the ratio, not the milliseconds, with the host's figures.
set -euo pipefail
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd -- "$HERE/.." && pwd)
cd "$PROJECT"
npm run --silent build
node bench/run.mjs --build-only
bash test/vm/setup.sh
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
LVMCTL_TEST_ACTIVATION=1 LVMCTL_VM_RESULTS=$results bash test/vm/run.sh \
  'mkdir -p "$LVMCTL_VM_SHARE/results" && LVMCTL_BENCH_RESULTS="$LVMCTL_VM_SHARE/results" node bench/.build/main.mjs --p4'
mkdir -p bench/results
cp "$results/p4.json" bench/results/p4.json
echo "bench/results/p4.json written"
