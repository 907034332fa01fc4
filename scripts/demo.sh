#!/usr/bin/env bash
# One command, as root on a fresh Debian machine: install what lvmctl needs,
# build it, make a loop-backed volume group, start lvmctld on it and create a
# volume with the CLI. Safe to run again (it reuses the VG and the volume).
set -euo pipefail
cd "$(dirname "$0")/.."

VG=${LVMCTL_DEMO_VG:-lvmctl_demo}
STATE=${LVMCTL_DEMO_DIR:-/var/lib/lvmctl-demo}
SOCKET=/run/lvmctl/lvmctld.sock

[ "$(id -u)" = 0 ] || { echo "demo.sh: run as root (it creates loop devices and a volume group)" >&2; exit 1; }

node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null ||
  { echo "demo.sh: lvmctl needs Node.js >= 20 with npm" >&2; exit 1; }
if ! command -v lvm >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lvm2 >/dev/null
fi

npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
# Installed as a user installs it: the packed package, globally, so lvmctld and lvmctl are on PATH.
mkdir -p "$STATE"
tarball=$(npm pack --silent --ignore-scripts --pack-destination "$STATE" | tail -n 1)
npm install -g --no-audit --no-fund --loglevel=error "$STATE/$tarball"
echo "demo.sh: installed $tarball: $(command -v lvmctld) and $(command -v lvmctl)"

# Hosts without device-mapper (containers, some CI kernels) run metadata-only.
mode=()
command -v modprobe >/dev/null 2>&1 && modprobe dm_mod 2>/dev/null || true
if ! grep -qw device-mapper /proc/misc; then
  mode=(--metadata-only)
  lvmconfig=(--config 'global{activation=0}')
  echo "demo.sh: no device-mapper on this host: lvmctld runs with --metadata-only"
else
  lvmconfig=()
fi

if ! lvm vgs "${lvmconfig[@]}" "$VG" >/dev/null 2>&1; then
  mkdir -p "$STATE"
  truncate -s 2G "$STATE/pv0.img"
  dev=$(losetup --find --show "$STATE/pv0.img")
  lvm pvcreate -q "${lvmconfig[@]}" "$dev"
  lvm vgcreate -q "${lvmconfig[@]}" "$VG" "$dev"
  echo "demo.sh: created volume group $VG on $dev ($STATE/pv0.img)"
fi

if [ -f "$STATE/lvmctld.pid" ] && kill -0 "$(cat "$STATE/lvmctld.pid")" 2>/dev/null; then
  echo "demo.sh: lvmctld already running (pid $(cat "$STATE/lvmctld.pid"))"
else
  mkdir -p "$STATE"
  nohup lvmctld --listen "unix://$SOCKET" --volume-group "$VG" "${mode[@]}" >>"$STATE/lvmctld.log" 2>&1 &
  echo $! >"$STATE/lvmctld.pid"
  for _ in $(seq 1 100); do
    lvmctl --timeout 2s vg get >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "demo.sh: lvmctld started (pid $(cat "$STATE/lvmctld.pid"), log $STATE/lvmctld.log)"
fi

echo "+ lvmctl volume create demo1 --size 64MiB"
lvmctl volume create demo1 --size 64MiB
echo "+ lvmctl vg get"
lvmctl vg get
echo "+ lvs -o +lv_tags $VG"
lvm lvs "${lvmconfig[@]}" -o lv_name,lv_size,lv_tags "$VG" 2>/dev/null
echo
echo "lvmctld keeps running on $SOCKET; stop it with: kill \$(cat $STATE/lvmctld.pid)"
