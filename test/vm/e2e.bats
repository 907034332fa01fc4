#!/usr/bin/env bats
# End-to-end: the real lvmctld and lvmctl against lvm2, LIO (targetcli) and
# the open-iscsi initiator of the test VM, over 127.0.0.1. The tests run in
# order and build on each other (one VM boot, one volume group).
# Run with test/vm/e2e.sh.

load e2e-helpers

setup_file() {
  [[ ${LVMCTL_VM:-0} == 1 ]] || { echo "run inside the test VM (test/vm/e2e.sh)" >&2; return 1; }
  mkdir -p "$STATE"
  # The guest is target and initiator at once: LVM must only see the scratch
  # disk, not the iSCSI disks (the LVs again, and a disk whose session is
  # recovering would block every scan).
  echo 'devices { global_filter = [ "a|^/dev/vda$|", "r|.*|" ] }' >>/etc/lvm/lvmlocal.conf
  pvcreate -q /dev/vda
  vgcreate -q "$VG" /dev/vda
  lvcreate -q -y --type thin-pool -L 512M -n pool "$VG"
  # lvmctl creates thin volumes only in pools handed to it.
  lvchange -q --addtag lvmctl.managed "$VG/pool"
  lvcreate -q -y -L 16M -n unmanaged "$VG"
  start_daemon
}

teardown_file() {
  iscsiadm -m node --logoutall=all >/dev/null 2>&1 || true
  stop_daemon
  # Logs survive the VM in the shared run dir (LVMCTL_VM_KEEP=1 keeps it).
  cp "$STATE"/lvmctld.*.log "${LVMCTL_VM_SHARE:-/tmp}/" 2>/dev/null || true
}

@test "volumes serve while exports start; the export service is SERVING after its start-up reconcile" {
  grep -q 'start-up checks passed; serving' "$STATE/lvmctld.0.log"
  grep -q 'LIO reconciled with the export tags; ExportService SERVING' "$STATE/lvmctld.0.log"
}

@test "create a thick and a thin volume" {
  lvmctl volume create thick --size 64M
  lvmctl volume create thin --size 48M --pool pool
}

@test "export requests are validated: IQN syntax, volume, ownership" {
  run lvmctl export create thick -i not-an-iqn
  [ "$status" -eq 2 ] && [[ $output == *INVALID_ARGUMENT* ]]
  run lvmctl export create missing -i "$IQN"
  [ "$status" -eq 3 ]
  run lvmctl export create unmanaged -i "$IQN"
  [ "$status" -eq 6 ] && [[ $output == *"not managed"* ]]
  run lvmctl export get thick
  [ "$status" -eq 3 ]
}

@test "export the thick volume to the guest's initiator" {
  run lvmctl export create thick -i "$IQN"
  [ "$status" -eq 0 ]
  [[ $output == *"$(target_of thick)"* ]]
  assert_exported thick "$IQN"
  lvs --noheadings -o lv_tags "$VG/thick" | grep -q "lvmctl.export.initiator=$IQN"
  # Access only through ACLs.
  [[ $(cat "$CFS/iscsi/$(target_of thick)/tpgt_1/attrib/generate_node_acls") == 0 ]]
}

@test "create is idempotent; other settings are ALREADY_EXISTS" {
  lvmctl export create thick -i "$IQN"
  run lvmctl export create thick -i "$IQN" --chap
  [ "$status" -eq 4 ] && [[ $output == *UpdateExport* ]]
  run lvmctl export create thick -i "$IQN" -i "$INTRUDER"
  [ "$status" -eq 4 ]
}

@test "login over iSCSI: the disk has the volume's exact size, and 8 MiB written through it read back from the LV" {
  discover
  login "$(target_of thick)"
  disk=$(disk_of "$(target_of thick)")
  [ "$(blockdev --getsize64 "$disk")" -eq "$(lv_bytes thick)" ]
  head -c 8M /dev/urandom >"$STATE/data"
  dd if="$STATE/data" of="$disk" bs=1M oflag=direct status=none
  dd if="/dev/$VG/thick" of="$STATE/back" bs=1M count=8 iflag=direct status=none
  cmp "$STATE/data" "$STATE/back"
}

@test "an initiator that is not in the ACL is refused" {
  iscsiadm -m iface -I intruder -o new >/dev/null
  iscsiadm -m iface -I intruder -o update -n iface.initiatorname -v "$INTRUDER" >/dev/null
  discover intruder
  run login "$(target_of thick)" intruder
  [ "$status" -eq 24 ] # iSCSI login failed due to authorization failure
}

@test "update replaces the allowed initiators" {
  lvmctl export update thick -i "$IQN" -i "$INTRUDER"
  assert_exported thick "$IQN,$INTRUDER"
  login "$(target_of thick)" intruder
  logout "$(target_of thick)" intruder
  lvmctl export update thick -i "$IQN"
  assert_exported thick "$IQN"
}

@test "export the thin volume with CHAP: wrong secret refused, right secret accepted" {
  run lvmctl -o json export create thin -i "$IQN" --chap
  [ "$status" -eq 0 ]
  user=$(json_field user <<<"$output")
  secret=$(json_field secret <<<"$output")
  [[ $user == lvmctl-* && ${#secret} -eq 32 ]]
  echo "$secret" >"$STATE/chap-secret"
  echo "$user" >"$STATE/chap-user"
  assert_exported thin "$IQN"
  discover
  run login "$(target_of thin)" # no CHAP at all
  [ "$status" -eq 24 ]
  set_chap "$(target_of thin)" "$user" "0123456789abcdef0123456789abcdef"
  run login "$(target_of thin)"
  [ "$status" -eq 24 ]
  set_chap "$(target_of thin)" "$user" "$secret"
  login "$(target_of thin)"
  disk=$(disk_of "$(target_of thin)")
  [ "$(blockdev --getsize64 "$disk")" -eq "$(lv_bytes thin)" ]
}

@test "the CHAP secret is never returned again, nor logged, nor stored in tags" {
  secret=$(cat "$STATE/chap-secret")
  run lvmctl -o json export get thin
  [ "$status" -eq 0 ] && [[ $output == *'"chapEnabled": true'* && $output != *"$secret"* ]]
  run lvmctl -o json export list
  [ "$status" -eq 0 ] && [[ $output == *thick* && $output == *thin* && $output != *"$secret"* ]]
  ! grep -rqF "$secret" "$STATE"/*.log
  ! lvs -o lv_tags "$VG" | grep -qF "$secret"
  [[ $(stat -c %a /var/lib/lvmctl/chap.key) == 600 ]]
}

@test "capture LIO's configfs as lvmctld left it (LVMCTL_E2E_CAPTURE=1, for test/fixtures/lio)" {
  [[ ${LVMCTL_E2E_CAPTURE:-0} == 1 ]] || skip "LVMCTL_E2E_CAPTURE is not set"
  node "$HERE/capture-configfs.mjs" >"$LVMCTL_VM_SHARE/configfs-exports.json"
  lvs -o lv_name,lv_uuid,lv_tags --reportformat json "$VG" >"$LVMCTL_VM_SHARE/lvs-exports.json"
}

@test "a resize is seen by the initiator after a rescan" {
  lvmctl volume resize thick --size 96M
  iscsiadm -m session --rescan >/dev/null
  disk=$(disk_of "$(target_of thick)")
  for _ in $(seq 50); do
    [ "$(blockdev --getsize64 "$disk")" -eq $((96 << 20)) ] && break
    sleep 0.2
  done
  [ "$(blockdev --getsize64 "$disk")" -eq $((96 << 20)) ]
}

@test "a snapshot of an exported volume is not exported" {
  lvmctl snapshot create thicksnap --from thick --size 32M
  run lvmctl export get thicksnap
  [ "$status" -eq 3 ]
  lvmctl volume delete thicksnap
}

@test "deleting an exported volume is refused" {
  run lvmctl volume delete thick
  [ "$status" -eq 6 ] && [[ $output == *exported* ]]
  assert_exported thick "$IQN"
}

@test "reconcile repairs drift, and its dry run only reports the plan" {
  targetcli >/dev/null <<EOF
/iscsi/$(target_of thick)/tpg1/acls delete $IQN
/iscsi create $PREFIX:$VG:orphan
/iscsi create iqn.2003-01.org.example:foreign
EOF
  run lvmctl export reconcile --dry-run
  [ "$status" -eq 0 ]
  [[ $output == *"allow initiator $IQN on $(target_of thick)"* ]]
  [[ $output == *"remove target $PREFIX:$VG:orphan"* ]]
  [[ $output == *"dry run"* && $output != *foreign* ]]
  has_target "$PREFIX:$VG:orphan"
  lvmctl export reconcile
  assert_exported thick "$IQN"
  ! has_target "$PREFIX:$VG:orphan"
  has_target iqn.2003-01.org.example:foreign # not lvmctl's: never touched
  run lvmctl export reconcile --dry-run
  [[ $output == *"nothing to do"* ]]
  targetcli /iscsi delete iqn.2003-01.org.example:foreign >/dev/null
}

@test "kill -9 of lvmctld in the middle of creating an export: the next start completes it" {
  iscsiadm -m node --logoutall=all >/dev/null
  lvmctl volume create crash --size 16M
  stop_daemon
  LVMCTL_E2E_CRASH_AFTER=3 start_daemon --targetcli-binary "$HERE/targetcli-crash.bash"
  run lvmctl export create crash -i "$IQN"
  [ "$status" -ne 0 ]
  wait_daemon_gone
  # Half done: the tags say exported, LIO has the backstore and a target without ACL.
  lvs --noheadings -o lv_tags "$VG/crash" | grep -q 'lvmctl.export'
  has_backstore "lvmctl:$VG:crash"
  has_target "$(target_of crash)"
  [[ $(acls_of "$(target_of crash)") == "" ]]
  start_daemon
  assert_exported crash "$IQN"
  grep -q "allow initiator $IQN on $(target_of crash)" "$STATE"/lvmctld.*.log
}

@test "kill -9 of lvmctld in the middle of deleting an export: the next start removes the orphan" {
  stop_daemon
  LVMCTL_E2E_CRASH_AFTER=1 start_daemon --targetcli-binary "$HERE/targetcli-crash.bash"
  run lvmctl export delete crash
  [ "$status" -ne 0 ]
  wait_daemon_gone
  ! lvs --noheadings -o lv_tags "$VG/crash" | grep -q 'lvmctl.export'
  ! has_target "$(target_of crash)"
  has_backstore "lvmctl:$VG:crash" # the orphan
  start_daemon
  assert_not_exported crash
  lvmctl volume delete crash
}

@test "a host that lost its LIO configuration (targetcli clearconfig) gets every export back at the next start" {
  stop_daemon
  targetcli clearconfig confirm=True >/dev/null
  ! has_target "$(target_of thick)"
  start_daemon
  assert_exported thick "$IQN"
  assert_exported thin "$IQN"
  # Same CHAP credentials: they are derived, not stored per export.
  login "$(target_of thin)"
  login "$(target_of thick)"
  cmp "$STATE/data" <(dd if="$(disk_of "$(target_of thick)")" bs=1M count=8 iflag=direct status=none)
}

@test "turning CHAP off and on again issues new credentials" {
  old=$(cat "$STATE/chap-secret")
  logout "$(target_of thin)"
  run lvmctl -o json export update thin --no-chap
  [ "$status" -eq 0 ] && [[ $output == *'"targetIqn"'* && $output != *'"chapEnabled": true'* && $output != *'"secret"'* ]]
  [[ $(cat "$CFS/iscsi/$(target_of thin)/tpgt_1/attrib/authentication") == 0 ]]
  [[ $(cat "$CFS/iscsi/$(target_of thin)/tpgt_1/acls/$IQN/auth/userid") =~ ^(NULL)?$ ]] # LIO's "none"
  run lvmctl -o json export update thin --chap
  [ "$status" -eq 0 ]
  user=$(json_field user <<<"$output")
  secret=$(json_field secret <<<"$output")
  [[ ${#secret} -eq 32 && $secret != "$old" ]]
  run login "$(target_of thin)" # with the old secret
  [ "$status" -eq 24 ]
  set_chap "$(target_of thin)" "$user" "$secret"
  login "$(target_of thin)"
}

@test "without a system D-Bus the export service is NOT_SERVING with the reason, volumes still serve, and it recovers" {
  stop_daemon
  dbus=$(cat /run/dbus/pid)
  kill "$dbus"
  while kill -0 "$dbus" 2>/dev/null; do sleep 0.1; done
  rm -f /run/dbus/pid
  launch_daemon
  wait_log 'start-up checks passed; serving'
  wait_log 'cannot connect to the system D-Bus'
  lvmctl volume list
  run lvmctl export list
  [ "$status" -eq 8 ] && [[ $output == *"system D-Bus"* ]]
  dbus-daemon --system --fork 3>&- # bats waits for whoever holds its fd 3
  wait_log 'ExportService SERVING'
  lvmctl export get thick
}

@test "unexport, log out, delete; force-deleting an exported volume unexports it first" {
  logout "$(target_of thick)"
  logout "$(target_of thin)"
  lvmctl export delete thick
  assert_not_exported thick
  run lvmctl export get thick
  [ "$status" -eq 3 ]
  lvmctl export delete thick --allow-missing
  lvmctl volume delete thick
  lvmctl volume delete thin --force
  assert_not_exported thin
  ! compgen -G "$CFS/core/iblock_*/lvmctl:*"
  run lvmctl export list
  [ "$status" -eq 0 ] && [[ $output != *thin* ]]
}
