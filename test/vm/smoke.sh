#!/usr/bin/env bash
# Smoke test of the whole storage stack inside the test VM:
#   test/vm/run.sh bash test/vm/smoke.sh
# lvm2 (thick, thin pool + thin LV, snapshots, lvextend) on a loop device,
# then LIO (targetcli) exporting an LV over iSCSI on 127.0.0.1, logged into
# with open-iscsi, data written through the iSCSI disk and read back from
# the LV.  Prints the time of each phase.
set -euo pipefail

if [[ ${LVMCTL_VM:-0} != 1 ]]; then
  echo "smoke.sh changes LVM and LIO state: run it inside the VM (test/vm/run.sh bash test/vm/smoke.sh)" >&2
  exit 2
fi

VG=smokevg
IQN=iqn.2003-01.org.lvmctl.test:smoke
PV_FILE=/tmp/smoke-pv.img
WORK=$(mktemp -d)

t_all=${EPOCHREALTIME/./}
t_phase=$t_all
phases=()
ms_since() { echo $(((${EPOCHREALTIME/./} - $1) / 1000)); }
fmt_ms() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }
phase_done() {
  local ms
  ms=$(ms_since "$t_phase")
  phases+=("$(printf '%-34s %s' "$1" "$(fmt_ms "$ms")")")
  printf '==> %-34s ok (%s)\n' "$1" "$(fmt_ms "$ms")"
  t_phase=${EPOCHREALTIME/./}
}
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
# run a command, showing it
x() { echo "+ $*"; "$@"; }

# --- LVM ---------------------------------------------------------------------
truncate -s 512M "$PV_FILE"
loopdev=$(losetup -f --show "$PV_FILE")
x pvcreate -q "$loopdev"
x vgcreate -q "$VG" "$loopdev"
phase_done "loop device + pvcreate/vgcreate"

x lvcreate -q -y -L 64M -n thick "$VG"
[[ -b /dev/$VG/thick ]] || fail "/dev/$VG/thick does not exist after lvcreate"
phase_done "thick LV"

x lvcreate -q -y --type thin-pool -L 128M -n pool "$VG"
x lvcreate -q -y --type thin -V 256M --thinpool pool -n thin1 "$VG"
[[ -b /dev/$VG/thin1 ]] || fail "/dev/$VG/thin1 does not exist"
x dd if=/dev/urandom of="/dev/$VG/thin1" bs=1M count=4 oflag=direct status=none
phase_done "thin pool + thin LV"

x lvcreate -q -y -s -n thin1snap "$VG/thin1"
x lvchange -q -ay -K "$VG/thin1snap"
[[ -b /dev/$VG/thin1snap ]] || fail "thin snapshot not activated"
cmp -n 4194304 "/dev/$VG/thin1" "/dev/$VG/thin1snap" || fail "thin snapshot differs from its origin"
x lvcreate -q -y -s -L 32M -n thicksnap "$VG/thick"
[[ -b /dev/$VG/thicksnap ]] || fail "thick snapshot not active"
x lvremove -q -y "$VG/thicksnap"
phase_done "snapshots (thin + thick)"

x lvextend -q -L +32M "$VG/thick"
size=$(blockdev --getsize64 "/dev/$VG/thick")
((size == 96 * 1024 * 1024)) || fail "thick LV is $size bytes after lvextend, not 96 MiB"
x lvextend -q -L 512M "$VG/thin1"
size=$(blockdev --getsize64 "/dev/$VG/thin1")
((size == 512 * 1024 * 1024)) || fail "thin LV is $size bytes after lvextend, not 512 MiB"
x lvs -o lv_name,lv_attr,lv_size,pool_lv,origin,data_percent "$VG"
phase_done "lvextend (thick + thin)"

# --- LIO target --------------------------------------------------------------
initiator=$(sed -n 's/^InitiatorName=//p' /etc/iscsi/initiatorname.iscsi)
[[ -n $initiator ]] || fail "no InitiatorName in /etc/iscsi/initiatorname.iscsi"
tpg=/iscsi/$IQN/tpg1
# One targetcli process for all commands: each start costs seconds here.
targetcli >"$WORK/targetcli.log" 2>&1 <<EOF
set global auto_add_default_portal=false
/backstores/block create name=smoke dev=/dev/$VG/thick
/iscsi create $IQN
$tpg/luns create /backstores/block/smoke lun=0
$tpg/acls create $initiator
$tpg/portals create 127.0.0.1 3260
saveconfig
exit
EOF
cat "$WORK/targetcli.log"
# targetcli exits 0 even if a piped command failed: check LIO itself.
cfs=/sys/kernel/config/target
[[ $(cat "$cfs"/core/iblock_*/smoke/udev_path 2>/dev/null) == "/dev/$VG/thick" ]] ||
  fail "block backstore 'smoke' missing"
lun_ok=
for l in "$cfs/iscsi/$IQN/tpgt_1/lun/lun_0"/*; do
  [[ -L $l && $(readlink -f "$l") == "$(readlink -f "$cfs"/core/iblock_*/smoke)" ]] && lun_ok=1
done
[[ -n $lun_ok ]] || fail "LUN 0 backed by 'smoke' missing"
[[ -d $cfs/iscsi/$IQN/tpgt_1/acls/$initiator ]] || fail "ACL for $initiator missing"
[[ -d $cfs/iscsi/$IQN/tpgt_1/np/127.0.0.1:3260 ]] || fail "portal 127.0.0.1:3260 missing"
[[ $(cat "$cfs/iscsi/$IQN/tpgt_1/enable") == 1 ]] || fail "TPG not enabled"
[[ -s /etc/rtslib-fb-target/saveconfig.json ]] || fail "saveconfig.json not written"
phase_done "targetcli: backstore/target/LUN/ACL/portal"

# --- iSCSI initiator ---------------------------------------------------------
x iscsiadm -m discovery -t st -p 127.0.0.1
x iscsiadm -m node -T "$IQN" -p 127.0.0.1:3260 --login
# No udev: find the disk through sysfs.
disk=
for _ in $(seq 100); do
  for b in /sys/class/iscsi_session/session*/device/target*/*:0:0:0/block/*; do
    [[ -e $b ]] && disk=/dev/${b##*/}
  done
  [[ -n $disk && -b $disk ]] && break
  sleep 0.1
done
[[ -n $disk && -b $disk ]] || fail "no SCSI disk appeared after the iSCSI login"
echo "iSCSI disk: $disk ($(blockdev --getsize64 "$disk") bytes)"
(($(blockdev --getsize64 "$disk") == 96 * 1024 * 1024)) || fail "$disk has the wrong size"
phase_done "iSCSI discovery + login"

head -c 8M /dev/urandom >"$WORK/data"
x dd if="$WORK/data" of="$disk" bs=1M oflag=direct conv=fsync status=none
want=$(sha256sum <"$WORK/data")
got=$(dd if="/dev/$VG/thick" bs=1M count=8 iflag=direct status=none | sha256sum)
echo "sha256 written: ${want%% *}"
echo "sha256 on LV:   ${got%% *}"
[[ $want == "$got" ]] || fail "data read from /dev/$VG/thick differs from what was written to $disk"
phase_done "8 MiB through iSCSI, verified on LV"

x iscsiadm -m node -T "$IQN" -p 127.0.0.1:3260 --logout
x iscsiadm -m node -T "$IQN" -p 127.0.0.1:3260 -o delete
[[ ! -b $disk ]] || fail "$disk still exists after logout"
phase_done "iSCSI logout"

targetcli clearconfig confirm=True
for left in "$cfs"/iscsi/iqn.* "$cfs"/core/iblock_*/*; do
  [[ ! -e $left ]] || fail "$left is left after clearconfig"
done
phase_done "targetcli clearconfig"

x lvremove -q -y "$VG"
x vgremove -q -y "$VG"
x pvremove -q -y "$loopdev"
losetup -d "$loopdev"
rm -f "$PV_FILE"
[[ ! -e /dev/$VG ]] || fail "/dev/$VG still exists"
phase_done "remove LVs/VG/PV"

echo
echo "phase timings:"
printf '  %s\n' "${phases[@]}"
printf '  %-34s %s\n' "total" "$(fmt_ms "$(ms_since "$t_all")")"
echo "SMOKE OK"
