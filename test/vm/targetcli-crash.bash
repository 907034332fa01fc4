#!/usr/bin/env bash
# Stands in for targetcli (lvmctld --targetcli-binary) to crash lvmctld in the
# middle of an export change: feeds only the first $LVMCTL_E2E_CRASH_AFTER
# lines of the script it is given to the real targetcli, then kills its
# parent, lvmctld, with SIGKILL. LIO is left half-changed, the LV tags already
# say what was wanted: the next start of lvmctld must reconcile.
set -u
head -n "${LVMCTL_E2E_CRASH_AFTER:-0}" | targetcli >/dev/null 2>&1
kill -9 "$PPID"
