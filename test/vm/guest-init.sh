#!/bin/bash
# PID 1 of the test VM (started by the initramfs after switch_root).
#
# The root filesystem is the host's root (virtio-9p, read-only) under a tmpfs
# overlay, so every host binary and the project checkout are visible at their
# host paths, and anything written here is thrown away at power-off.
#
# Protocol with run.sh, through the read-write 9p share "vmshare" (the host's
# run directory), mounted here at $SHARE:
#   in:  cmd.sh     the command to run (bash script written by run.sh)
#   out: started    guest uptime (s) when the command started
#        finished   guest uptime (s) when it ended
#        exit-code  the command's exit status
#        init-error what went wrong, if this script could not run the command
# The command's stdout+stderr go to the virtio-serial port "lvmctl.out",
# which run.sh streams to its stdout.  Kernel and init messages go to ttyS0
# (run.sh's serial.log).
set -euo pipefail

export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
SHARE=/run/lvmctl-vm
OUT_PORT_NAME=lvmctl.out
# Early set-up uses busybox (static: a single file to fetch over 9p) and bash
# builtins: the first exec of each dynamic binary is costly under TCG.
bb=/usr/bin/busybox
stage="boot"

log() {
  local up=
  read -r up _ </proc/uptime 2>/dev/null || true
  printf '[%s guest-init] %s\n' "$up" "$*" >/dev/console
}

# shellcheck disable=SC2317 # called from the EXIT trap
power_off() {
  sync || true
  $bb poweroff -f || true # immediate: there is no init to signal
  echo o >/proc/sysrq-trigger || true
  sleep 30
}

# shellcheck disable=SC2317 # the EXIT trap
on_exit() {
  local rc=$?
  if [[ ! -f $SHARE/exit-code ]]; then
    log "failed during '$stage' (status $rc)"
    printf 'guest-init failed during "%s" (status %s)\n' "$stage" "$rc" >"$SHARE/init-error" 2>/dev/null || true
  fi
  power_off
}
trap on_exit EXIT

is_mounted() {
  local _src dir _rest
  [[ -r /proc/mounts ]] || return 1
  while read -r _src dir _rest; do
    [[ $dir == "$1" ]] && return 0
  done </proc/mounts
  return 1
}

mnt() { # mnt TYPE SOURCE DIR [OPTIONS]
  [[ -d $3 ]] || $bb mkdir -p "$3"
  is_mounted "$3" || $bb mount -t "$1" ${4:+-o "$4"} "$2" "$3"
}

wait_for() { # wait_for SECONDS DESCRIPTION TEST...
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@"; do
    ((SECONDS < deadline)) || { log "timed out waiting for $what"; return 1; }
    $bb usleep 50000
  done
}

# --- filesystems -------------------------------------------------------------
stage="mounting filesystems"
mnt proc proc /proc
log "mounting filesystems"
mnt sysfs sysfs /sys
mnt devtmpfs devtmpfs /dev
mnt devpts devpts /dev/pts gid=5,mode=0620,ptmxmode=0666
mnt tmpfs tmpfs /dev/shm mode=1777
mnt tmpfs tmpfs /run mode=0755
mnt 9p vmshare "$SHARE" trans=virtio,version=9p2000.L,msize=262144
# /tmp starts empty, unless the checkout itself lives there (CI may clone into /tmp).
[[ $(cat "$SHARE/project" 2>/dev/null) == /tmp/* ]] || mnt tmpfs tmpfs /tmp mode=1777
[[ -e /dev/fd ]] || $bb ln -s /proc/self/fd /dev/fd
exec 2>/dev/console

# --- a clean slate -----------------------------------------------------------
# The root is the host's: forget any storage state the host happens to have
# (iSCSI node records, saved LIO config, lvm archives and devices file).
# An empty tmpfs over each such dir is much faster than deleting its files
# through the overlay.  (/etc/target must exist before target_core_mod loads:
# it is LIO's db_root.)
stage="resetting state"
for d in /etc/iscsi/nodes /etc/iscsi/send_targets /etc/rtslib-fb-target /etc/target \
  /etc/lvm/archive /etc/lvm/backup /etc/lvm/cache /etc/lvm/devices /root/.targetcli; do
  if [[ -e $d ]]; then mnt tmpfs tmpfs "$d" mode=0755; else $bb mkdir -p "$d"; fi
done
$bb mkdir -p /run/lock/iscsi /run/lock/lvm /run/dbus
echo lvmctl-vm >/proc/sys/kernel/hostname
$bb ip link set lo up

# D-Bus (targetcli needs the system bus) starts while the modules load.
[[ -s /etc/machine-id ]] || dbus-uuidgen --ensure=/etc/machine-id
dbus-daemon --system --fork &
dbus_pid=$!

# --- modules -----------------------------------------------------------------
# The initramfs copied the staged modules to /lib/modules/<release> in the
# overlay.  kmod is not needed: busybox serves as modprobe, for the kernel's
# request_module() and for tools that run /sbin/modprobe.
stage="loading modules"
log "loading modules"
read -r krel </proc/sys/kernel/osrelease
mods=/lib/modules/$krel
for tool in modprobe insmod rmmod lsmod modinfo depmod; do
  command -v "$tool" >/dev/null || $bb ln -sf "$bb" "/sbin/$tool"
done
names=()
while read -r m; do
  name=${m##*/}
  name=${name%.ko}
  names+=("${name//-/_}")
done <"$mods/lvmctl-guest.list"
$bb modprobe -a "${names[@]}"
mnt configfs configfs /sys/kernel/config # /sys/kernel/config comes with configfs.ko

# --- lvm without udev --------------------------------------------------------
stage="configuring lvm"
cat >/etc/lvm/lvmlocal.conf <<'EOF'
# written by test/vm/guest-init.sh: there is no udev in the test VM
activation {
	udev_sync = 0
	udev_rules = 0
}
devices {
	obtain_device_list_from_udev = 0
}
EOF

# --- services ----------------------------------------------------------------
stage="starting iscsid"
log "starting iscsid"
if ! grep -qs '^InitiatorName=' /etc/iscsi/initiatorname.iscsi; then
  echo "InitiatorName=$(iscsi-iname)" >/etc/iscsi/initiatorname.iscsi
fi
iscsid
# shellcheck disable=SC2317 # called through wait_for
iscsid_listening() { grep -q '@ISCSIADM_ABSTRACT_NAMESPACE' /proc/net/unix; }
wait_for 30 iscsid iscsid_listening
stage="starting dbus"
wait "$dbus_pid"
wait_for 30 "the D-Bus system socket" test -S /run/dbus/system_bus_socket

# --- the command -------------------------------------------------------------
stage="finding the output port"
port=
for d in /sys/class/virtio-ports/*; do
  name=
  read -r name <"$d/name" || true
  if [[ $name == "$OUT_PORT_NAME" ]]; then port=/dev/${d##*/}; fi
done
[[ -n $port && -c $port ]] || { log "no virtio-serial port named $OUT_PORT_NAME"; exit 1; }

stage="running the command"
log "running the command"
read -r up _ </proc/uptime
echo "$up" >"$SHARE/started"
set +e
LVMCTL_VM=1 LVMCTL_VM_SHARE=$SHARE bash "$SHARE/cmd.sh" </dev/null >"$port" 2>&1
rc=$?
set -e
read -r up _ </proc/uptime
echo "$up" >"$SHARE/finished"
echo "$rc" >"$SHARE/exit-code"
log "command exited with status $rc"
exit 0
