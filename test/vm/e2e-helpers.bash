# Helpers of test/vm/e2e.bats: the real lvmctld and lvmctl (esbuild bundles
# made on the host by test/vm/e2e.sh) against real lvm2, LIO and open-iscsi
# inside the test VM.

BUNDLE=${LVMCTL_E2E_BUNDLE:?run through test/vm/e2e.sh}
VG=e2e
PREFIX=iqn.2026-11.io.lvmctl
CFS=/sys/kernel/config/target
STATE=/run/lvmctl-e2e
PORTAL=127.0.0.1:3260
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
IQN=$(sed -n 's/^InitiatorName=//p' /etc/iscsi/initiatorname.iscsi)
INTRUDER=iqn.2026-01.test.lvmctl:intruder

lvmctl() { node "$BUNDLE/dist/client/cli.mjs" "$@"; }

target_of() { echo "$PREFIX:$VG:$1"; }

# --- the daemon ----------------------------------------------------------------

# launch_daemon [lvmctld flags...]: starts lvmctld in the background. Each
# start logs to its own file ($STATE/lvmctld.N.log, the newest is
# $STATE/current.log); extra environment (e.g. LVMCTL_E2E_CRASH_AFTER) is
# passed through.
launch_daemon() {
  local n log
  n=$(find "$STATE" -name 'lvmctld.*.log' | wc -l)
  log=$STATE/lvmctld.$n.log
  # 3>&-: bats waits for every process holding its fd 3 before it finishes.
  node "$BUNDLE/dist/server/main.mjs" --volume-group "$VG" --chap-key-file /var/lib/lvmctl/chap.key "$@" >"$log" 2>&1 3>&- &
  echo $! >"$STATE/pid"
  ln -sf "$log" "$STATE/current.log"
}

# wait_log PATTERN: waits until the running lvmctld logs PATTERN.
wait_log() {
  local deadline=$((SECONDS + 90))
  until grep -q "$1" "$STATE/current.log"; do
    if ! kill -0 "$(cat "$STATE/pid")" 2>/dev/null || ((SECONDS > deadline)); then
      echo "lvmctld did not log '$1'; its log:" >&2
      cat "$STATE/current.log" >&2
      return 1
    fi
    sleep 0.2
  done
}

# start_daemon [lvmctld flags...]: starts lvmctld and waits until its
# ExportService is SERVING (start-up reconcile done).
start_daemon() {
  launch_daemon "$@"
  wait_log 'ExportService SERVING'
}

stop_daemon() {
  local pid
  pid=$(cat "$STATE/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$STATE/pid"
}

# Waits until the daemon process is gone (it was killed by the crash wrapper).
wait_daemon_gone() {
  local pid deadline=$((SECONDS + 60))
  pid=$(cat "$STATE/pid")
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || { echo "lvmctld $pid still running" >&2; return 1; }
    sleep 0.1
  done
  rm -f "$STATE/pid"
}

# --- LIO, as configfs shows it ---------------------------------------------------

has_target() { [[ -d $CFS/iscsi/$1 ]]; }
has_backstore() { compgen -G "$CFS/core/iblock_*/$1" >/dev/null; }
acls_of() { ls "$CFS/iscsi/$1/tpgt_1/acls" 2>/dev/null | sort | paste -sd, -; }
lun0_backstore() { basename "$(readlink -f "$(find "$CFS/iscsi/$1/tpgt_1/lun/lun_0" -maxdepth 1 -type l)")"; }

# Every lvmctl object for a volume is in place: backstore, target, LUN 0 on it,
# exactly the given ACLs, each with mapped LUN 0.
assert_exported() {
  local lv=$1 acls=$2 t
  t=$(target_of "$lv")
  has_backstore "lvmctl:$VG:$lv" || { echo "no backstore for $lv" >&2; return 1; }
  has_target "$t" || { echo "no target $t" >&2; return 1; }
  [[ $(lun0_backstore "$t") == "lvmctl:$VG:$lv" ]] || { echo "LUN 0 of $t is not on lvmctl:$VG:$lv" >&2; return 1; }
  [[ $(acls_of "$t") == "$acls" ]] || { echo "ACLs of $t: '$(acls_of "$t")', expected '$acls'" >&2; return 1; }
  local a
  for a in ${acls//,/ }; do
    [[ -d $CFS/iscsi/$t/tpgt_1/acls/$a/lun_0 ]] || { echo "ACL $a has no mapped LUN 0" >&2; return 1; }
  done
  [[ $(cat "$CFS/iscsi/$t/tpgt_1/enable") == 1 ]]
}

assert_not_exported() {
  ! has_target "$(target_of "$1")" && ! has_backstore "lvmctl:$VG:$1"
}

# --- the initiator -----------------------------------------------------------------

# The guest has two initiator identities: iface "default" ($IQN) and, once
# created, iface "intruder" ($INTRUDER). Every node operation names its iface.
discover() { iscsiadm -m discovery -t sendtargets -p "$PORTAL" -I "${1:-default}" >/dev/null; }
login() { iscsiadm -m node -T "$1" -p "$PORTAL" -I "${2:-default}" --login; }
logout() { iscsiadm -m node -T "$1" -p "$PORTAL" -I "${2:-default}" --logout; }
set_chap() { # set_chap TARGET USER SECRET
  local n
  for n in "authmethod CHAP" "username $2" "password $3"; do
    iscsiadm -m node -T "$1" -p "$PORTAL" -I default -o update -n "node.session.auth.${n%% *}" -v "${n#* }"
  done
}

# disk_of TARGET: the /dev/sdX of the logged-in session (waits for the SCSI scan).
disk_of() {
  local disk deadline=$((SECONDS + 20))
  while :; do
    disk=$(iscsiadm -m session -P 3 2>/dev/null | awk -v t="$1" '$1 == "Target:" { cur = $2 } /Attached scsi disk/ && cur == t { print "/dev/" $4 }')
    [[ -n $disk && -b $disk ]] && { echo "$disk"; return; }
    ((SECONDS < deadline)) || { echo "no disk for $1" >&2; return 1; }
    sleep 0.2
  done
}

lv_bytes() { lvs --noheadings --units b --nosuffix -o lv_size "$VG/$1" | tr -d ' '; }

# json_field KEY: the first "KEY": "value" of lvmctl -o json output on stdin.
json_field() { sed -n "s/.*\"$1\": \"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }
