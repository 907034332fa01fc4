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
#        exit-code  the command's exit status
#        init-error what went wrong, if this script could not run the command
# The command's stdout+stderr go to the virtio-serial port "lvmctl.out",
# which run.sh streams to its stdout.  Kernel and init messages go to ttyS0.
set -euo pipefail

export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
SHARE=/run/lvmctl-vm
OUT_PORT_NAME=lvmctl.out
stage="boot"

log() { printf '[guest-init] %s\n' "$*" >/dev/console; }

# shellcheck disable=SC2317 # called from the EXIT trap
power_off() {
  sync || true
  # poweroff -f powers off at once (no init to signal).
  busybox poweroff -f || true
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

mnt() { # mnt TYPE SOURCE DIR [OPTIONS]
  mkdir -p "$3"
  mountpoint -q "$3" || mount -t "$1" ${4:+-o "$4"} "$2" "$3"
}

# --- filesystems -------------------------------------------------------------
stage="mounting filesystems"
mnt proc proc /proc
mnt sysfs sysfs /sys
mnt devtmpfs devtmpfs /dev
mnt devpts devpts /dev/pts gid=5,mode=0620,ptmxmode=0666
mnt tmpfs tmpfs /dev/shm mode=1777
mnt tmpfs tmpfs /run mode=0755
mnt tmpfs tmpfs /tmp mode=1777
mkdir -p /run/lock /run/dbus /run/lock/iscsi
[[ -e /dev/fd ]] || ln -s /proc/self/fd /dev/fd
mnt 9p vmshare "$SHARE" trans=virtio,version=9p2000.L,msize=262144
exec 2>/dev/console

# --- modules -----------------------------------------------------------------
# The initramfs copied the staged modules to /lib/modules/<release> in the
# overlay.  Nothing of kmod is needed: busybox provides modprobe for the
# kernel's request_module() and for tools that call /sbin/modprobe.
stage="loading modules"
krel=$(uname -r)
mods=/lib/modules/$krel
for tool in modprobe insmod rmmod lsmod modinfo depmod; do
  command -v "$tool" >/dev/null || ln -sf /usr/bin/busybox "/sbin/$tool"
done
mkdir -p /etc/target # target_core_mod looks for its db_root when it loads
while read -r m; do
  name=${m##*/}; name=${name%.ko}; name=${name//-/_}
  [[ -d /sys/module/$name ]] || busybox insmod "$mods/$m"
done <"$mods/lvmctl-guest.list"
mnt configfs configfs /sys/kernel/config # /sys/kernel/config comes with configfs.ko

# --- lvm without udev --------------------------------------------------------
stage="configuring lvm"
mkdir -p /etc/lvm
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
stage="starting services"
hostname lvmctl-vm
if command -v ip >/dev/null; then ip link set lo up; else busybox ip link set lo up; fi
[[ -s /etc/machine-id ]] || dbus-uuidgen --ensure=/etc/machine-id
dbus-daemon --system --fork
if ! grep -qs '^InitiatorName=' /etc/iscsi/initiatorname.iscsi; then
  mkdir -p /etc/iscsi
  echo "InitiatorName=$(iscsi-iname)" >/etc/iscsi/initiatorname.iscsi
fi
iscsid

# --- the command -------------------------------------------------------------
stage="finding the output port"
port=
for d in /sys/class/virtio-ports/*; do
  if [[ $(cat "$d/name" 2>/dev/null) == "$OUT_PORT_NAME" ]]; then
    port=/dev/${d##*/}
  fi
done
[[ -n $port && -c $port ]] || { log "no virtio-serial port named $OUT_PORT_NAME"; exit 1; }

stage="running the command"
read -r up _ </proc/uptime
echo "$up" >"$SHARE/started"
set +e
LVMCTL_VM=1 LVMCTL_VM_SHARE=$SHARE bash "$SHARE/cmd.sh" </dev/null >"$port" 2>&1
rc=$?
set -e
read -r up _ </proc/uptime
echo "$up" >"$SHARE/finished"
echo "$rc" >"$SHARE/exit-code"
exit 0
