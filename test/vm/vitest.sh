#!/usr/bin/env bash
# Runs the vitest integration files that need device-mapper inside the test VM
# (LVMCTL_TEST_ACTIVATION=1: real activation, thin pools, snapshots), and
# copies the JSON report to the host folder given as $1.
set -euo pipefail
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
results=${1:?usage: $0 RESULTS_DIR}
bash "$HERE/setup.sh"
LVMCTL_TEST_ACTIVATION=1 LVMCTL_VM_RESULTS=$results bash "$HERE/run.sh" \
  'mkdir -p "$LVMCTL_VM_SHARE/results" && npx vitest run test/integration/activation.test.ts test/integration/volume.test.ts test/vm/csi-lifecycle.test.ts test/integration/csi-controller.test.ts --reporter=default --reporter=json --outputFile.json="$LVMCTL_VM_SHARE/results/vitest-vm.json"'
