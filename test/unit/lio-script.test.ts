import { describe, expect, it } from "vitest";
import { renderScript, targetcli } from "../../src/server/lio/script.js";
import { thrownLvmctlError as refusal } from "./support/thrown.js";

const IQN = "iqn.2026-11.io.lvmctl:vg0:data";
const INITIATOR = "iqn.1993-08.org.debian:01:host";

describe("targetcli script builder", () => {
  it("renders one command per line, each token checked, and saves at the end", () => {
    expect(
      targetcli.createBlockBackstore("lvmctl:vg0:data", "/dev/vg0/data", "0a1b2c3d-0000-1111-2222-333344445555"),
    ).toBe("/backstores/block create name=lvmctl:vg0:data dev=/dev/vg0/data wwn=0a1b2c3d-0000-1111-2222-333344445555");
    expect(targetcli.createPortal(IQN, { address: "::1", port: 3260 })).toBe(
      `/iscsi/${IQN}/tpg1/portals create ::1 3260`,
    );
    expect(targetcli.setAttributes(IQN, { authentication: "1", generate_node_acls: "0" })).toBe(
      `/iscsi/${IQN}/tpg1 set attribute authentication=1 generate_node_acls=0`,
    );
    expect(targetcli.clearAuth(IQN, INITIATOR)).toEqual([
      `/iscsi/${IQN}/tpg1/acls/${INITIATOR} set auth userid=`,
      `/iscsi/${IQN}/tpg1/acls/${INITIATOR} set auth password=`,
    ]);
    expect(renderScript([targetcli.createTarget(IQN), targetcli.enableTpg(IQN)])).toBe(
      `/iscsi create ${IQN}\n/iscsi/${IQN}/tpg1 enable\nsaveconfig\n`,
    );
  });

  // Every producer validates its values; these are what a missed validation would let through.
  it.each([
    [
      "a second command on a new line",
      () => targetcli.deleteTarget(`${IQN}\n/backstores/block delete lvmctl:vg0:other`),
    ],
    [
      "a space that splits one value into two arguments",
      () => targetcli.createAcl(IQN, `${INITIATOR} add_mapped_luns=true`),
    ],
    ["a leading space", () => targetcli.deleteBackstore("block", " lvmctl:vg0:data")],
    ["a trailing newline", () => targetcli.createTarget(`${IQN}\n`)],
    ["a shell-style separator", () => targetcli.deleteAcl(IQN, `${INITIATOR};exit`)],
    ["quoting", () => targetcli.setAuth(IQN, INITIATOR, "user", `"secret"`)],
    ["an empty token", () => targetcli.deleteBackstore("block", "")],
    ["a device path with a space", () => targetcli.createBlockBackstore("lvmctl:vg0:data", "/dev/vg0/my data", "x")],
    [
      "an attribute value with a space",
      () => targetcli.setAttributes(IQN, { authentication: "1 demo_mode_write_protect=0" }),
    ],
    ["a portal address with a space", () => targetcli.createPortal(IQN, { address: "0.0.0.0 ::", port: 3260 })],
  ])("refuses %s with INTERNAL, naming the token", (_, build) => {
    const err = refusal(build);
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toMatch(/^refusing to pass ".*" to targetcli$/s);
  });

  it("names the refused token in the message", () => {
    expect(refusal(() => targetcli.deleteAcl(IQN, "a b")).message).toBe('refusing to pass "a b" to targetcli');
  });
});
