#!/usr/bin/env bash
# One-time, idempotent setup of the throwaway test VM.
#
# Installs the host packages the VM needs (the guest boots from the host's
# own root filesystem, shared read-only over virtio-9p), downloads Debian's
# kernel package into the cache, extracts an uncompressed vmlinux plus the
# kernel modules the tests need (signatures stripped), and builds a busybox
# initramfs.  Nothing is installed into /boot or /lib/modules of the host.
#
# Cache dir: $LVMCTL_VM_CACHE, default <project>/.vm-cache.
# Set LVMCTL_VM_REFRESH=1 to rebuild the cache even if it looks complete.
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd -- "$HERE/../.." && pwd)
CACHE=${LVMCTL_VM_CACHE:-$PROJECT/.vm-cache}

# Host packages.  The guest runs these same binaries (it sees the host root).
PACKAGES=(
  qemu-system-x86 lvm2 thin-provisioning-tools targetcli-fb open-iscsi dbus
  bats busybox-static xz-utils e2fsprogs xfsprogs util-linux
)

# Modules loaded by the initramfs to reach the host root filesystem and the
# output port.  Dependencies are added automatically.
BOOT_MODULES=(virtio_pci virtio_console virtio_blk virtio_rng 9pnet_virtio 9p overlay)

# Modules loaded by guest-init.sh, in this order (dependencies first,
# automatically).  The crypto providers come first because libcrc32c and
# friends look their algorithm up when they load.
GUEST_MODULES=(
  crc32c_generic crct10dif_generic crc64_rocksoft_generic
  loop dm_mod dm_bufio dm_bio_prison dm_persistent_data dm_snapshot dm_thin_pool
  configfs target_core_mod target_core_iblock target_core_file iscsi_target_mod
  scsi_transport_iscsi libiscsi libiscsi_tcp iscsi_tcp sd_mod
  ext4 xfs
)

log() { printf '[vm-setup] %s\n' "$*" >&2; }
die() { printf '[vm-setup] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (apt-get, and the VM shares / as root)"

start_us=${EPOCHREALTIME/./}

# --- 1. host packages --------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  if [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true) != installed ]]; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
else
  log "host packages already installed"
fi

# --- 2. cache up to date? ----------------------------------------------------
# The fingerprint covers this script, so editing the module lists (or the
# initramfs /init below) rebuilds the cache.
fingerprint=$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)
if [[ ${LVMCTL_VM_REFRESH:-0} != 1 && -f $CACHE/ready && $(cat "$CACHE/ready") == "$fingerprint" &&
      -s $CACHE/vmlinux && -s $CACHE/initramfs.cpio.gz ]]; then
  log "cache $CACHE is up to date ($(cat "$CACHE/kernel-release"))"
  exit 0
fi

# (The old files stay usable until the new ones replace them atomically: other
# runs may be using the cache while it is rebuilt.)
mkdir -p "$CACHE"
WORK=$(mktemp -d "$CACHE/setup.XXXXXX")
trap 'rm -rf -- "$WORK"' EXIT

# --- 3. kernel package -------------------------------------------------------
# linux-image-amd64 is a metapackage; its dependency is the real, versioned
# image package (linux-image-6.1.0-NN-amd64).
resolve_kernel_pkg() {
  apt-cache depends linux-image-amd64 2>/dev/null |
    sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -n1
}
kpkg=$(resolve_kernel_pkg)
if [[ -z $kpkg ]]; then
  apt-get update -qq
  kpkg=$(resolve_kernel_pkg)
fi
[[ -n $kpkg ]] || die "cannot resolve linux-image-amd64's kernel package with apt-cache"
log "downloading $kpkg"
(cd "$WORK" && apt-get download -qq -o APT::Sandbox::User=root "$kpkg") ||
  die "apt-get download $kpkg failed"
deb=$(find "$WORK" -maxdepth 1 -name "${kpkg}_*.deb" | head -n1)
[[ -n $deb ]] || die "downloaded .deb not found"
dpkg -x "$deb" "$WORK/pkg"
rm -f "$deb"

moddir=$(find "$WORK/pkg" -mindepth 3 -maxdepth 4 -type d -path '*/modules/*' -name '[0-9]*' | head -n1)
[[ -n $moddir ]] || die "no lib/modules/<release> in $kpkg"
krel=$(basename "$moddir")
vmlinuz="$WORK/pkg/boot/vmlinuz-$krel"
[[ -f $vmlinuz ]] || die "no /boot/vmlinuz-$krel in $kpkg"
log "kernel release $krel"

# --- 4. vmlinux --------------------------------------------------------------
# vmlinuz = x86 boot stub + xz-compressed vmlinux.  Booting the ELF vmlinux
# directly (PVH entry point) skips the slow in-guest decompression under TCG.
found=
while IFS=: read -r off _; do
  # (tail gets SIGPIPE once xz has read the one stream it wants: not an error)
  if { tail -c +$((off + 1)) "$vmlinuz" || true; } | xz -dc --single-stream >"$WORK/vmlinux" 2>/dev/null &&
     [[ $(head -c 4 "$WORK/vmlinux" | od -An -tx1 | tr -d ' \n') == 7f454c46 ]]; then
    found=1
    break
  fi
done < <(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$vmlinuz")
[[ -n $found ]] || die "could not find an xz-compressed ELF vmlinux inside $vmlinuz"

# --- 5. modules --------------------------------------------------------------
declare -A modpath=() builtin=() seen=()
while IFS= read -r f; do
  n=${f##*/}; n=${n%%.ko*}; n=${n//-/_}
  modpath[$n]=$f
done < <(find "$moddir/kernel" -name '*.ko' -o -name '*.ko.xz' -o -name '*.ko.zst' -o -name '*.ko.gz')
if [[ -f $moddir/modules.builtin ]]; then
  while IFS= read -r f; do
    n=${f##*/}; n=${n%.ko}; builtin[${n//-/_}]=1
  done <"$moddir/modules.builtin"
fi

stage="$WORK/initramfs"
kstage="$stage/lib/modules/$krel"
mkdir -p "$kstage"

# Remove an appended module signature: <module><signature><12-byte
# struct module_signature, sig_len big-endian in its last 4 bytes>
# "~Module signature appended~\n".  Unsigned modules load fine (the kernel
# only taints) and skip the RSA check, which is slow under TCG.
strip_signature() {
  local f=$1 size b sig_len
  [[ $(tail -c 28 "$f") == '~Module signature appended~' ]] || return 0
  read -r -a b < <(tail -c 40 "$f" | head -c 12 | od -An -v -tu1)
  sig_len=$(((b[8] << 24) | (b[9] << 16) | (b[10] << 8) | b[11]))
  size=$(stat -c %s "$f")
  truncate -s $((size - 40 - sig_len)) "$f"
}

# Copy module $1 (and, first, its dependencies) into the initramfs and append
# it to the array named $2 in load order.
add_module() {
  local n=${1//-/_} list=$2 src rel dst deps d
  [[ -n ${seen[$n]:-} ]] && return 0
  seen[$n]=1
  src=${modpath[$n]:-}
  if [[ -z $src ]]; then
    [[ -n ${builtin[$n]:-} ]] && return 0
    die "kernel module $n not found in $kpkg"
  fi
  rel=${src#"$moddir"/}
  rel=${rel%.xz}; rel=${rel%.zst}; rel=${rel%.gz}
  dst="$kstage/$rel"
  mkdir -p "$(dirname "$dst")"
  case $src in
    *.xz) xz -dc "$src" >"$dst" ;;
    *.zst) zstd -qdc "$src" >"$dst" ;;
    *.gz) gzip -dc "$src" >"$dst" ;;
    *) cp "$src" "$dst" ;;
  esac
  strip_signature "$dst"
  # the "depends=" string of the .modinfo section (modpost's dependency list)
  deps=$(tr '\0' '\n' <"$dst" | sed -n 's/^depends=//p')
  deps=${deps%%$'\n'*}
  deps=${deps//,/ }
  for d in $deps; do
    add_module "$d" "$list"
  done
  local -n arr=$list
  arr+=("$rel")
}

boot_order=()
guest_order=()
for m in "${BOOT_MODULES[@]}"; do add_module "$m" boot_order; done
for m in "${GUEST_MODULES[@]}"; do add_module "$m" guest_order; done
printf '%s\n' "${boot_order[@]}" >"$kstage/lvmctl-boot.list"
printf '%s\n' "${guest_order[@]}" >"$kstage/lvmctl-guest.list"
cp "$moddir/modules.builtin" "$kstage/" 2>/dev/null || true
# modules.dep & co. so that busybox modprobe (and the kernel's request_module)
# work inside the guest for these modules.
busybox depmod -b "$stage" "$krel"
log "$(( ${#boot_order[@]} + ${#guest_order[@]} )) modules staged"

# --- 6. initramfs ------------------------------------------------------------
mkdir -p "$stage"/{bin,dev,proc,sys,newroot,lower,rw,share}
cp /bin/busybox "$stage/bin/busybox"
cat >"$stage/init" <<'EOF'
#!/bin/busybox sh
# initramfs /init: mount the host root (virtio-9p, read-only) under a tmpfs
# overlay and switch_root into test/vm/guest-init.sh of the project.
/bin/busybox --install -s /bin
export PATH=/bin
log() {
  read -r up _ </proc/uptime
  echo "[$up initramfs] $*" >/dev/console
}
fail() {
  echo "[initramfs] ERROR: $*" >/dev/console
  echo "$*" >/share/init-error 2>/dev/null
  sync
  poweroff -f
  echo o >/proc/sysrq-trigger
  sleep 60
}
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
log "loading boot modules"
krel=$(uname -r)
mods=/lib/modules/$krel
while read -r m; do
  insmod "$mods/$m" || fail "insmod $m failed"
done <"$mods/lvmctl-boot.list"

log "mounting the root"
opts=trans=virtio,version=9p2000.L,msize=262144
mount -t 9p -o "$opts" vmshare /share || fail "cannot mount the vmshare 9p share"
mount -t 9p -o "$opts,ro,cache=loose" hostroot /lower || fail "cannot mount the hostroot 9p share"
tmpfs_size=$(cat /share/tmpfs-size 2>/dev/null || echo 75%)
mount -t tmpfs -o "size=$tmpfs_size,mode=0755" tmpfs /rw
mkdir -p /rw/upper /rw/work
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot ||
  fail "cannot mount the overlay root"

log "copying modules"
# Make the staged modules visible at /lib/modules/<release> in the new root.
libdir=$(readlink -f /newroot/lib)
mkdir -p "$libdir/modules"
cp -a "$mods" "$libdir/modules/" || fail "cannot copy modules"

init=$(cat /share/init-path 2>/dev/null)
[ -n "$init" ] && [ -f "/newroot$init" ] || fail "guest init '$init' not found in the host root"
log "switch_root to $init"
umount /share
umount /proc /sys
umount /dev
exec switch_root /newroot /bin/bash "$init"
EOF
chmod 0755 "$stage/init"
(cd "$stage" && find . -print | LC_ALL=C sort | busybox cpio -o -H newc 2>/dev/null) |
  gzip -9n >"$WORK/initramfs.cpio.gz"

# --- 7. publish --------------------------------------------------------------
mv -f "$WORK/vmlinux" "$CACHE/vmlinux"
mv -f "$WORK/initramfs.cpio.gz" "$CACHE/initramfs.cpio.gz"
printf '%s\n' "$krel" >"$CACHE/kernel-release"
printf '%s\n' "$kpkg" >"$CACHE/kernel-package"
printf '%s\n' "$fingerprint" >"$CACHE/ready"
rm -rf -- "$WORK"
ms=$(((${EPOCHREALTIME/./} - start_us) / 1000))
log "done in $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s; cache $CACHE uses $(du -sh "$CACHE" | cut -f1)"
