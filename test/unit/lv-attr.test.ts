// lv_attr decoded into named fields, from real lvs reports (test/fixtures/lvm:
// lvs-kinds.json captured with device-mapper in the test VM by
// capture-lv-attrs.ts, lvs-linear.json on a metadata-only host), and what the
// decoder refuses: anything lvm2 does not print is a malformed report.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { lvAttr } from "../../src/server/lvm/attr.js";
import { isActive, isThickSnapshot } from "../../src/server/lvm/model.js";
import { decodeLvs, decodeLvsWithSeqno } from "../../src/server/lvm/report.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lvm/${name}`, import.meta.url), "utf8");

describe("lv_attr of real LVs", () => {
  const { lvs } = decodeLvsWithSeqno(fixture("lvs-kinds.json"), false);
  const attr = (name: string) => {
    const lv = lvs.find((l) => l.name === name);
    if (!lv) throw new Error(`no LV ${name} in the fixture`);
    return lvAttr(lv.attr);
  };
  const plainActive = {
    volumeType: "plain",
    permissions: "writeable",
    allocation: { policy: "inherited", locked: false },
    fixedMinor: false,
    state: "active",
    open: false,
    targetType: "plain",
    zeroing: false,
    health: "ok",
    activationSkip: false,
  };

  it("decodes every field of a plain active LV", () => {
    expect(attr("linear")).toEqual(plainActive);
  });

  it.each([
    ["inactive", { state: "inactive" }],
    ["readonly", { permissions: "read-only" }],
    ["contiguous", { allocation: { policy: "contiguous", locked: false } }],
    ["skipped", { state: "inactive", activationSkip: true }],
    ["origin", { volumeType: "origin", targetType: "snapshot" }],
    ["cow", { volumeType: "snapshot", targetType: "snapshot" }],
    ["pool", { volumeType: "thin-pool", open: true, targetType: "thin", zeroing: true }],
    ["thin", { volumeType: "thin", targetType: "thin", zeroing: true }],
    ["thinsnap", { volumeType: "thin", state: "inactive", targetType: "thin", zeroing: true, activationSkip: true }],
  ])("%s", (name, differs) => {
    expect(attr(name)).toEqual({ ...plainActive, ...differs });
  });

  it("answers the model's questions from the decoded fields", () => {
    expect(lvs.filter(isActive).map((l) => l.name)).toEqual([
      "contiguous",
      "cow",
      "linear",
      "origin",
      "pool",
      "readonly",
      "thin",
    ]);
    expect(lvs.filter(isThickSnapshot).map((l) => l.name)).toEqual(["cow"]);
  });

  it("says unknown, not inactive, for state and open on a host without device-mapper", () => {
    const [lv] = decodeLvs(fixture("lvs-linear.json"));
    expect(lvAttr(lv.attr)).toMatchObject({ volumeType: "plain", state: "unknown", open: undefined });
    expect(isActive(lv)).toBe(false);
  });

  it("reads a capitalised allocation policy as locked (during pvmove)", () => {
    expect(lvAttr("-wC-a-----").allocation).toEqual({ policy: "contiguous", locked: true });
    expect(lvAttr("-wI-a-----").allocation).toEqual({ policy: "inherited", locked: true });
  });

  it("decodes each value once: equal strings give the same frozen object", () => {
    const a = lvAttr("Vwi-a-tz--");
    expect(lvAttr("Vwi-a-tz--")).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.allocation)).toBe(true);
  });
});

describe("a malformed lv_attr", () => {
  it.each([
    ["", "is not 10 characters"],
    ["-wi-a----", "is not 10 characters"],
    ["-wi-a------", "is not 10 characters"],
    ["xwi-a-----", 'has an unknown volume type "x"'],
    ["-xi-a-----", 'has an unknown permission "x"'],
    ["-wx-a-----", 'has an unknown allocation policy "x"'],
    ["-wX-a-----", 'has an unknown allocation policy "X"'],
    ["-wix-a----", 'has an unknown fixed-minor flag "x"'],
    ["-wi-x-----", 'has an unknown state "x"'],
    ["-wi-ax----", 'has an unknown open flag "x"'],
    ["-wi-a-x---", 'has an unknown target type "x"'],
    ["-wi-a--x--", 'has an unknown zeroing flag "x"'],
    ["-wi-a---x-", 'has an unknown health "x"'],
    ["-wi-a----x", 'has an unknown activation-skip flag "x"'],
  ])("%j %s", (raw, what) => {
    let err: unknown;
    try {
      lvAttr(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LvmctlError);
    expect(err).toMatchObject({ code: "INTERNAL", message: `malformed lvm report: lv_attr="${raw}" ${what}` });
  });

  it("fails the whole report it is in", () => {
    const json = fixture("lvs-linear.json").replace('"lv_attr":"-wi-XX----"', '"lv_attr":"-wi-XX---"');
    expect(() => decodeLvs(json)).toThrow('malformed lvm report: lv_attr="-wi-XX---" is not 10 characters');
  });
});
