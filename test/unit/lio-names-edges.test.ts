// The edges of the iSCSI name rules: exact limits, malformed EUI and portal
// strings, and names lvmctl never created that must not decode as its own.
import { describe, expect, it } from "vitest";
import {
  backstoreName,
  canonicalIqn,
  decodeName,
  MAX_INITIATORS,
  MAX_ISCSI_NAME,
  normalizeInitiators,
  normalizeIqn,
  parseBackstoreName,
  parsePortal,
  parseTargetIqn,
  targetIqn,
  validateIqnPrefix,
} from "../../src/server/lio/names.js";
import { exportTagChanges, readExportTags } from "../../src/server/lio/tags.js";
import { thrownLvmctlError as refusal } from "./support/thrown.js";

const PREFIX = "iqn.2026-11.io.lvmctl";
const HEAD = "iqn.2026-01.com.example:";

describe("iSCSI name limits", () => {
  it("accepts a name of exactly 223 bytes and refuses 224, saying so", () => {
    const longest = HEAD + "a".repeat(MAX_ISCSI_NAME - HEAD.length);
    expect(normalizeIqn("initiators", longest)).toBe(longest);
    const err = refusal(() => normalizeIqn("initiators", `${longest}b`));
    expect(err.code).toBe("INVALID_ARGUMENT");
    expect(err.message).toBe(`initiators: ${JSON.stringify(longest.slice(0, 32))}... is longer than 223 bytes`);
    // 223 characters that are no IQN: refused for what they are, not for their length.
    expect(refusal(() => normalizeIqn("initiators", "x".repeat(MAX_ISCSI_NAME))).message).toMatch(
      /^initiators: "x{64}" is not an iSCSI name: expected iqn\.YYYY-MM/,
    );
  });

  it("quotes a refused name in the message, cut to 64 characters", () => {
    expect(refusal(() => normalizeIqn("initiators", "iqn.2026-01.com.example:a b")).message).toBe(
      "initiators: \"iqn.2026-01.com.example:a b\" is not an iSCSI name: expected iqn.YYYY-MM.reversed.domain[:unique] (letters, digits, '.', '-', ':') or eui. and 16 hex digits",
    );
  });

  it("allows exactly 64 initiators, and says why it refuses none or 65", () => {
    const initiators = (n: number) => Array.from({ length: n }, (_, i) => `${HEAD}${String(i).padStart(3, "0")}`);
    expect(normalizeInitiators("initiators", initiators(MAX_INITIATORS))).toHaveLength(MAX_INITIATORS);
    expect(refusal(() => normalizeInitiators("initiators", initiators(MAX_INITIATORS + 1))).message).toBe(
      "initiators: at most 64 initiators",
    );
    expect(refusal(() => normalizeInitiators("initiators", [])).message).toBe(
      "initiators: at least one initiator IQN is required",
    );
  });

  it("leaves room for the VG and LV in a prefix of at most 219 bytes", () => {
    const prefix = (n: number) => `iqn.2026-11.io.${"l".repeat(n - 15)}`;
    expect(() => validateIqnPrefix(prefix(MAX_ISCSI_NAME - 4))).not.toThrow();
    expect(() => validateIqnPrefix(prefix(MAX_ISCSI_NAME - 3))).toThrow(
      `--iqn-prefix ${prefix(MAX_ISCSI_NAME - 3)}: expected a lowercase IQN such as iqn.2026-11.com.example (at most 219 bytes)`,
    );
  });
});

describe("EUI names", () => {
  it.each([
    "eui.02004567a425678d0", // 17 hex digits
    "xeui.02004567a425678d",
    "eui.02004567a425678d:x",
    "eui.02004567a425678g",
    "eui02004567a425678d",
    "eui..02004567a425678",
  ])("refuses %j", (name) => {
    expect(canonicalIqn(name)).toBeUndefined();
    expect(refusal(() => normalizeIqn("f", name)).code).toBe("INVALID_ARGUMENT");
  });

  it("canonicalizes what it accepts", () => {
    expect(canonicalIqn("EUI.02004567A425678D")).toBe("eui.02004567a425678d");
    expect(canonicalIqn(`IQN.2026-01.COM.EXAMPLE:${"A".repeat(MAX_ISCSI_NAME - HEAD.length)}`)).toHaveLength(
      MAX_ISCSI_NAME,
    );
    expect(canonicalIqn(`${HEAD}${"a".repeat(MAX_ISCSI_NAME - HEAD.length + 1)}`)).toBeUndefined();
  });
});

describe("names lvmctl never created", () => {
  // Every character outside [a-z0-9-] must be a '.' escape of a character an
  // LVM name may hold; anything else is someone else's name, even if it would
  // "decode" to a valid LVM name.
  it.each([":41", "x:41", "_41", "a+2e", "A", "Data", ".4", ".4g", ".g4", ".2E", ".41.", "..41"])(
    "decodeName(%j) is undefined",
    (encoded) => expect(decodeName(encoded)).toBeUndefined(),
  );

  it("does not take a foreign target or backstore that looks almost like its own", () => {
    expect(parseTargetIqn(PREFIX, `${PREFIX}:vg0:Data`)).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}:vg0:da_ta`)).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}:vg0:`)).toBeUndefined();
    expect(parseTargetIqn(PREFIX, `${PREFIX}::data`)).toBeUndefined();
    expect(parseBackstoreName("lvmctl:vg0:data:x")).toBeUndefined();
    expect(parseBackstoreName("lvmctlx:vg0:data")).toBeUndefined();
    expect(parseBackstoreName("xlvmctl:vg0:data")).toBeUndefined();
    expect(parseBackstoreName(backstoreName({ vg: "vg_0", lv: "Data.1" }))).toEqual({ vg: "vg_0", lv: "Data.1" });
    expect(targetIqn(PREFIX, { vg: "a+b", lv: "c" })).toBe(`${PREFIX}:a.2bb:c`);
  });
});

describe("portal strings", () => {
  it.each([
    ["192.168.10.20:3260", "192.168.10.20", 3260],
    ["10.0.0.1:1", "10.0.0.1", 1],
    ["10.0.0.1:65535", "10.0.0.1", 65535],
    ["[2001:DB8::0:1]:860", "2001:db8::1", 860],
    ["[::ffff:1.2.3.4]:3260", "::ffff:102:304", 3260],
  ])("parses %s", (value, address, port) => expect(parsePortal(value)).toEqual({ address, port }));

  it.each([
    "x1.2.3.4:3260",
    "1.2.3.4:3260x",
    "1.2.3.4:3260 ",
    " 1.2.3.4:3260",
    "1.2.3.4:3260\n1.2.3.5:3260",
    "1.2.3:3260",
    "1.2.3.4.5:3260",
    "1.2.3.1000:3260",
    "1.2.3.4:",
    "1.2.3.4:123456",
    "[1.2.3.4]:3260",
    "[:::]:3260",
    "[::1]3260",
    "[]:3260",
    "::1:3260",
  ])("refuses %j", (value) =>
    expect(() => parsePortal(value)).toThrow(`--portal ${value}: expected IPv4:port or [IPv6]:port, e.g. 0.0.0.0:3260`),
  );
});

describe("export tags written by hand", () => {
  const A = "iqn.2026-01.com.example:a";

  it("ignores a CHAP nonce that is not exactly 16 hex digits", () => {
    for (const nonce of ["x0123456789abcdef", "0123456789abcdefx", "0123456789abcde", "0123456789ABCDEF", ""]) {
      expect(readExportTags(["lvmctl.export", `lvmctl.export.initiator=${A}`, `lvmctl.export.chap=${nonce}`])).toEqual({
        initiators: [A],
        chapNonce: undefined,
      });
    }
  });

  it("canonicalizes initiator tags and drops invalid and duplicate ones", () => {
    expect(
      readExportTags([
        "lvmctl.export",
        "lvmctl.export.initiator=IQN.2026-01.COM.EXAMPLE:A",
        `lvmctl.export.initiator=${A}`,
        "lvmctl.export.initiator=",
      ]),
    ).toEqual({
      initiators: [A],
      chapNonce: undefined,
    });
  });

  it("removes stray export tags, keeps everyone else's", () => {
    expect(
      exportTagChanges(["lvmctl.exporter", "lvmctl.export.x", "lvmctl.export", "mine"], { initiators: [A] }),
    ).toEqual({
      add: [`lvmctl.export.initiator=${A}`],
      del: ["lvmctl.export.x"],
    });
  });
});
