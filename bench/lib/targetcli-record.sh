#!/bin/sh
# targetcli stand-in for the P4 benchmark: appends the script lvmctld feeds
# targetcli on stdin to $LVMCTL_BENCH_TARGETCLI_LOG, then runs the real one
# with it, so the raw side can replay the same steps one process each.
tee -a "${LVMCTL_BENCH_TARGETCLI_LOG:?}" | exec targetcli "$@"
