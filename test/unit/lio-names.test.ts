import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import {
  backstoreName,
  decodeName,
  encodeName,
  MAX_INITIATORS,
  normalizeInitiators,
  normalizeIqn,
  parseBackstoreName,
  parsePortal,
  parseTargetIqn,
  portalName,
  targetIqn,
  unitSerial,
  validateIqnPrefix,
} from "../../src/server/lio/names.js";

const PREFIX = "iqn.2026-11.io.lvmctl";
/** Names as LVM allows them (lvm/names.ts): A-Z a-z 0-9 + _ . - */
const lvmName = fc.stringMatching(/^[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,20}$/);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof LvmctlError ? err.code : "other";
  }
  return undefined;
}

describe("initiator IQNs", () => {
  it.each([
    ["iqn.1993-08.org.debian:01:7ac3e2910a2", "iqn.1993-08.org.debian:01:7ac3e2910a2"],
    ["iqn.1991-05.com.microsoft:Host-1.Example.COM", "iqn.1991-05.com.microsoft:host-1.example.com"],
    ["IQN.2004-10.COM.UBUNTU:01:ABC", "iqn.2004-10.com.ubuntu:01:abc"],
    ["iqn.2026-11.io.lvmctl", "iqn.2026-11.io.lvmctl"],
    ["eui.02004567A425678D", "eui.02004567a425678d"],
  ])("accepts %s as %s", (input, canonical) => expect(normalizeIqn("f", input)).toBe(canonical));

  it.each([
    "",
    "iqn.2026-01.test:two", // one-label naming authority: rtslib refuses it
    "iqn.2026-13.com.example:x",
    "iqn.26-01.com.example:x",
    "iqn.2026-01.com.example:a b",
    "iqn.2026-01.com.example:a_b",
    "iqn.2026-01.com.example:a\n/backstores delete x",
    "iqn.2026-01.-com.example",
    "eui.02004567a425678",
    "naa.5000c5000000001",
    `iqn.2026-01.com.example:${"a".repeat(200)}`,
  ])("refuses %j with INVALID_ARGUMENT", (input) =>
    expect(codeOf(() => normalizeIqn("f", input))).toBe("INVALID_ARGUMENT"),
  );

  it("normalizes lists: lowercase, de-duplicated, sorted, at least one, bounded", () => {
    expect(normalizeInitiators("f", ["iqn.2026-01.com.b:x", "IQN.2026-01.COM.A:X", "iqn.2026-01.com.a:x"])).toEqual([
      "iqn.2026-01.com.a:x",
      "iqn.2026-01.com.b:x",
    ]);
    expect(codeOf(() => normalizeInitiators("f", []))).toBe("INVALID_ARGUMENT");
    const many = Array.from({ length: MAX_INITIATORS + 1 }, (_, i) => `iqn.2026-01.com.example:${i}`);
    expect(codeOf(() => normalizeInitiators("f", many))).toBe("INVALID_ARGUMENT");
  });

  it("validates the configured prefix", () => {
    expect(() => validateIqnPrefix(PREFIX)).not.toThrow();
    expect(() => validateIqnPrefix("iqn.2003-01.com.example:san")).not.toThrow();
    for (const bad of ["IQN.2026-11.io.lvmctl", "iqn.2026-11.lvmctl", "lvmctl", `${PREFIX}:${"a".repeat(210)}`]) {
      expect(() => validateIqnPrefix(bad)).toThrow(/--iqn-prefix/);
    }
  });
});

describe("name mapping into IQNs", () => {
  it.each([
    ["data", "data"],
    ["vm-disk-1", "vm-disk-1"],
    ["vm_disk", "vm.5fdisk"],
    ["Data", ".44ata"],
    ["disk.img", "disk.2eimg"],
    ["a+b", "a.2bb"],
  ])("maps %s to %s", (name, encoded) => expect(encodeName(name)).toBe(encoded));

  it("keeps apart names that differ only in characters IQNs lack", () => {
    const names = ["a-b", "a_b", "a.b", "a+b", "A-b", "a-B", "ab"];
    expect(new Set(names.map(encodeName)).size).toBe(names.length);
  });

  it("decodes exactly what it encodes, and rejects every other form", () => {
    fc.assert(fc.property(lvmName, (name) => decodeName(encodeName(name)) === name));
    // ".61" would be a second spelling of "a"; ".3a" is ':' which names never hold.
    for (const bad of [".61", ".3a", ".", "a.", "a.4", "a.zz", "A", "a:b", ""]) expect(decodeName(bad)).toBeUndefined();
  });

  it("never maps two volumes to one target IQN or backstore (property)", () => {
    fc.assert(
      fc.property(lvmName, lvmName, lvmName, lvmName, (vg1, lv1, vg2, lv2) => {
        fc.pre(vg1 !== vg2 || lv1 !== lv2);
        const a = { vg: vg1, lv: lv1 };
        const b = { vg: vg2, lv: lv2 };
        return targetIqn(PREFIX, a) !== targetIqn(PREFIX, b) && backstoreName(a) !== backstoreName(b);
      }),
      { numRuns: 2000 },
    );
  });

  it("produces valid IQNs that decode back to the volume (property)", () => {
    fc.assert(
      fc.property(lvmName, lvmName, (vg, lv) => {
        const iqn = targetIqn(PREFIX, { vg, lv });
        expect(normalizeIqn("f", iqn)).toBe(iqn);
        expect(parseTargetIqn(PREFIX, iqn)).toEqual({ vg, lv });
        expect(parseBackstoreName(backstoreName({ vg, lv }))).toEqual({ vg, lv });
      }),
    );
  });

  it("recognizes only its own names", () => {
    expect(targetIqn(PREFIX, { vg: "vg0", lv: "Data_1" })).toBe("iqn.2026-11.io.lvmctl:vg0:.44ata.5f1");
    expect(parseTargetIqn(PREFIX, "iqn.2003-01.org.example:foreign")).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}x:vg0:data`)).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}:vg0`)).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}:vg0:data:x`)).toBeUndefined();
    expect(parseBackstoreName("foreign")).toBeUndefined();
    expect(parseBackstoreName("lvmctl:vg0:Data")).toBeUndefined();
  });
});

describe("portals and serials", () => {
  it.each([
    ["0.0.0.0:3260", { address: "0.0.0.0", port: 3260 }, "0.0.0.0:3260"],
    ["127.0.0.1:3261", { address: "127.0.0.1", port: 3261 }, "127.0.0.1:3261"],
    ["[::]:3260", { address: "::", port: 3260 }, "[::]:3260"],
    ["[0:0::1]:3260", { address: "::1", port: 3260 }, "[::1]:3260"],
    ["[FE80::0001]:3260", { address: "fe80::1", port: 3260 }, "[fe80::1]:3260"],
  ])("parses %s", (value, portal, name) => {
    expect(parsePortal(value)).toEqual(portal);
    expect(portalName(parsePortal(value))).toBe(name);
  });

  it.each(["1.2.3.4", "300.1.1.1:3260", "1.2.3.4:0", "1.2.3.4:65536", "host:3260", "::1:3260", "[::g]:3260"])(
    "refuses %s",
    (value) => expect(() => parsePortal(value)).toThrow(/--portal/),
  );

  it("derives a stable unit serial in the UUID form rtslib wants", () => {
    const s = unitSerial("Ab3dEf-1234-5678-9abc-def0-1234-567890");
    expect(s).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(unitSerial("Ab3dEf-1234-5678-9abc-def0-1234-567890")).toBe(s);
    expect(unitSerial("other")).not.toBe(s);
  });
});
