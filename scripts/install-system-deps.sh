#!/usr/bin/env bash
# Debian packages the test suites need: lvm2 on loop devices, LIO/targetcli,
# the open-iscsi initiator and the qemu VM that runs them with a real kernel;
# prometheus for promtool and the server the metrics tests scrape with.
# systemd for systemd-analyze (verify and security of deploy/systemd/lvmctld.service);
# zsh and fish, whose completion scripts the CLI tests run.
set -euo pipefail
packages=(lvm2 thin-provisioning-tools zsh fish targetcli-fb open-iscsi dbus bats busybox-static qemu-system-x86 openssl util-linux e2fsprogs xfsprogs kmod xz-utils cpio passwd systemd prometheus)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
