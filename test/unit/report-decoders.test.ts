// The report decoders behind the cache (a VG with its PVs, LVs with the seqno
// and VG columns), and the Lvm reads that use them: one parse, every column
// checked, and a malformed report an INTERNAL error, never an empty answer.
import { describe, expect, it } from "vitest";
import type { RunOptions, RunResult } from "../../src/server/exec/command.js";
import type { CommandRunner } from "../../src/server/exec/runner.js";
import { Lvm } from "../../src/server/lvm/lvm.js";
import { decodeLvsWithSeqno, decodeVgWithPvs } from "../../src/server/lvm/report.js";
import { thrownLvmctlError as failure } from "./support/thrown.js";

const LV_ROW = {
  lv_name: "data",
  vg_name: "vg0",
  lv_uuid: "kwzeAm-gVCP-bF8W-bWxX-Q2kM-Tbq2-z4DUQs",
  lv_size: "12582912",
  lv_attr: "-wi-XX----",
  lv_layout: "linear",
  pool_lv: "",
  origin: "",
  lv_path: "/dev/vg0/data",
  lv_tags: "lvmctl.managed",
  lv_time: "2026-11-23 12:51:22 +0000",
  data_percent: "",
  metadata_percent: "",
};
const VG_ROW = {
  vg_name: "vg0",
  vg_uuid: "037axE-xGyg-wkiz-1eLd-O5za-lyXz-AafWmj",
  vg_size: "1069547520",
  vg_free: "1044381696",
  vg_extent_size: "4194304",
  pv_count: "2",
  lv_count: "3",
  vg_seqno: "17",
};
const report = (key: string, ...rows: unknown[]) => JSON.stringify({ report: [{ [key]: rows }] });

describe("a VG with its PVs", () => {
  it("takes the VG from its rows and keeps each PV device once", () => {
    const json = report(
      "vg",
      { ...VG_ROW, pv_name: "/dev/loop1" },
      { ...VG_ROW, pv_name: "[unknown]" },
      { ...VG_ROW, pv_name: "/dev/loop2" },
      { ...VG_ROW, pv_name: "/dev/loop1" },
    );
    const r = decodeVgWithPvs(json);
    expect(r?.info).toMatchObject({ name: "vg0", seqno: 17, pvCount: 2 });
    expect(r?.pvs).toEqual(["/dev/loop1", "/dev/loop2"]);
    expect(decodeVgWithPvs(report("vg"))).toBeUndefined();
  });

  it.each([
    ["not JSON", "{", "malformed lvm report: not JSON"],
    ["a row without pv_name", report("vg", VG_ROW), 'malformed lvm report: "vg" row lacks "pv_name"'],
    ["a numeric pv_name", report("vg", { ...VG_ROW, pv_name: 7 }), 'malformed lvm report: "vg" row lacks "pv_name"'],
    [
      "a bad count on a later PV's row",
      report("vg", { ...VG_ROW, pv_name: "/dev/a" }, { ...VG_ROW, pv_name: "/dev/b", vg_seqno: "1x" }),
      'malformed lvm report: vg_seqno="1x" is not a count',
    ],
  ])("rejects %s", (_, json, message) => {
    const err = failure(() => decodeVgWithPvs(json));
    expect([err.code, err.message]).toEqual(["INTERNAL", message]);
  });
});

describe("LVs with the seqno they were read at", () => {
  it("reads the seqno (and with the VG columns, the VG) from the rows", () => {
    const whole = decodeLvsWithSeqno(
      report("lv", { ...LV_ROW, vg_seqno: "9" }, { ...LV_ROW, lv_name: "two", vg_seqno: "9" }),
      false,
    );
    expect(whole.lvs.map((l) => l.name)).toEqual(["data", "two"]);
    expect(whole.seqno).toBe(9);
    expect(whole.info).toBeUndefined();
    const named = decodeLvsWithSeqno(report("lv", { ...LV_ROW, ...VG_ROW }), true);
    expect(named.seqno).toBe(17);
    expect(named.info).toMatchObject({
      name: "vg0",
      uuid: VG_ROW.vg_uuid,
      freeBytes: 1044381696n,
      lvCount: 3,
      seqno: 17,
    });
    expect(decodeLvsWithSeqno(report("lv"), true)).toEqual({ lvs: [] });
  });

  it.each([
    ["not JSON", "lv: []", false, "malformed lvm report: not JSON"],
    [
      "a row without vg_seqno",
      report("lv", { ...LV_ROW, vg_seqno: "3" }, LV_ROW),
      false,
      'malformed lvm report: "lv" row lacks "vg_seqno"',
    ],
    [
      "a padded seqno",
      report("lv", { ...LV_ROW, vg_seqno: " 3" }),
      false,
      'malformed lvm report: vg_seqno=" 3" is not a count',
    ],
    [
      "a seqno in exponent form",
      report("lv", { ...LV_ROW, vg_seqno: "1e3" }),
      false,
      'malformed lvm report: vg_seqno="1e3" is not a count',
    ],
    [
      "a named report without the VG columns",
      report("lv", { ...LV_ROW, vg_seqno: "3" }),
      true,
      'malformed lvm report: "lv" row lacks "vg_uuid"',
    ],
    [
      "a bad VG column",
      report("lv", { ...LV_ROW, ...VG_ROW, vg_free: "1.5g" }),
      true,
      'malformed lvm report: vg_free="1.5g" is not a byte count',
    ],
    [
      "a bad lv_attr",
      report("lv", { ...LV_ROW, vg_seqno: "3", lv_attr: "-wi-a" }),
      false,
      'malformed lvm report: lv_attr="-wi-a" is not 10 characters',
    ],
  ])("rejects %s", (_, json, withVg, message) => {
    const err = failure(() => decodeLvsWithSeqno(json, withVg));
    expect([err.code, err.message]).toEqual(["INTERNAL", message]);
  });
});

/** A runner answering lvm's reports from a script: vgs and lvs each print the given text. */
function scriptedLvm(answers: { vgs: string; lvs: string }): Lvm {
  const runner = {
    async run(argv: readonly string[], _opts: RunOptions): Promise<RunResult> {
      const out = argv[1] === "vgs" ? answers.vgs : argv[1] === "lvs" ? answers.lvs : "";
      return { stdout: out, stderr: "", durationMs: 0 };
    },
  } as unknown as CommandRunner;
  return new Lvm(runner, { binary: "lvm", metadataOnly: true, readTimeoutMs: 1000 });
}

describe("Lvm's cached reads", () => {
  const vgs = report("vg", { ...VG_ROW, pv_name: "/dev/nonexistent-pv" });
  const lvs = report("lv", { ...LV_ROW, vg_seqno: "17" });

  it("answers from well-formed reports", async () => {
    const lvm = scriptedLvm({ vgs, lvs });
    expect((await lvm.listVgs(["vg0"])).map((v) => v.seqno)).toEqual([17]);
    expect((await lvm.listLvs(["vg0"])).map((l) => l.name)).toEqual(["data"]);
  });

  it("fails a read whose vgs report lacks the PV names, instead of caching a VG without PVs", async () => {
    const lvm = scriptedLvm({ vgs: report("vg", VG_ROW), lvs });
    await expect(lvm.listVgs(["vg0"])).rejects.toMatchObject({
      code: "INTERNAL",
      message: 'malformed lvm report: "vg" row lacks "pv_name"',
    });
  });

  it("fails a read whose lvs report has a row without the seqno", async () => {
    const lvm = scriptedLvm({ vgs, lvs: report("lv", { ...LV_ROW, vg_seqno: "17" }, { ...LV_ROW, lv_name: "two" }) });
    await expect(lvm.listLvs(["vg0"])).rejects.toMatchObject({
      code: "INTERNAL",
      message: 'malformed lvm report: "lv" row lacks "vg_seqno"',
    });
  });
});
