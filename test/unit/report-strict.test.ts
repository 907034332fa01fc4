// What the report decoder makes of every column, and of each way a report can
// deviate from the shape lvm2 prints: an INTERNAL error naming what is wrong,
// never a guessed value.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CREATING_TAG,
  isActive,
  isManaged,
  isThickSnapshot,
  isThin,
  isThinPool,
  isUnfinished,
  MANAGED_TAG,
  roundUpToExtent,
  type LogicalVolume,
} from "../../src/server/lvm/model.js";
import {
  decodeLvs,
  decodeMetadataAreas,
  decodeVgs,
  LV_COLUMNS,
  lvmTimeToRfc3339,
  VG_COLUMNS,
} from "../../src/server/lvm/report.js";
import { thrownLvmctlError as failure } from "./support/thrown.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lvm/${name}`, import.meta.url), "utf8");

const LV_ROW = {
  lv_name: "data",
  vg_name: "vg0",
  lv_uuid: "kwzeAm-gVCP-bF8W-bWxX-Q2kM-Tbq2-z4DUQs",
  lv_size: "12582912",
  lv_attr: "-wi-a-----",
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
const lvs = (...rows: object[]) => JSON.stringify({ report: [{ lv: rows }] });
const vgs = (...rows: object[]) => JSON.stringify({ report: [{ vg: rows }] });

describe("decoding lvs rows", () => {
  it("maps every column", () => {
    expect(decodeLvs(lvs(LV_ROW))).toEqual([
      {
        name: "data",
        vgName: "vg0",
        uuid: "kwzeAm-gVCP-bF8W-bWxX-Q2kM-Tbq2-z4DUQs",
        sizeBytes: 12582912n,
        attr: "-wi-a-----",
        layout: ["linear"],
        pool: "",
        origin: "",
        path: "/dev/vg0/data",
        tags: ["lvmctl.managed"],
        createTime: "2026-11-23T12:51:22+00:00",
        dataPercent: undefined,
        metadataPercent: undefined,
      },
    ]);
  });

  it('decodes an untagged LV with no tags and an empty layout as no words, not [""]', () => {
    const [lv] = decodeLvs(lvs({ ...LV_ROW, lv_tags: "", lv_layout: "" }));
    expect(lv.tags).toEqual([]);
    expect(lv.layout).toEqual([]);
  });

  it("reads percentages as numbers, and an empty one as unknown (not 0)", () => {
    const [lv] = decodeLvs(lvs({ ...LV_ROW, data_percent: "0.00", metadata_percent: "" }));
    expect(lv.dataPercent).toBe(0);
    expect(lv.metadataPercent).toBeUndefined();
    expect(decodeLvs(lvs({ ...LV_ROW, data_percent: "", metadata_percent: "99.90" }))[0]).toMatchObject({
      dataPercent: undefined,
      metadataPercent: 99.9,
    });
  });

  it("joins the rows of several reports and skips reports of another kind", () => {
    const json = JSON.stringify({
      report: [{ vg: [VG_ROW] }, { lv: [LV_ROW] }, {}, { lv: [{ ...LV_ROW, lv_name: "two" }] }],
    });
    expect(decodeLvs(json).map((l) => l.name)).toEqual(["data", "two"]);
    expect(decodeVgs(json).map((v) => v.name)).toEqual(["vg0"]);
  });

  it.each([
    ["not JSON", "lv: []", "malformed lvm report: not JSON"],
    ["JSON null", "null", 'malformed lvm report: no "report" array'],
    ["a null report among reports", '{"report":[null,{"lv":"data"}]}', 'malformed lvm report: "lv" is not an array'],
    ["a report that is not an array", '{"report":{"lv":[]}}', 'malformed lvm report: no "report" array'],
    ["a section that is not an array", '{"report":[{"lv":"data"}]}', 'malformed lvm report: "lv" is not an array'],
    ["a null row", lvs(null as unknown as object), 'malformed lvm report: "lv" row is not an object'],
    ["a row that is a string", lvs("data" as unknown as object), 'malformed lvm report: "lv" row is not an object'],
    ["a numeric column", lvs({ ...LV_ROW, lv_size: 12582912 }), 'malformed lvm report: "lv" row lacks "lv_size"'],
    [
      "a missing last column",
      lvs({ ...LV_ROW, metadata_percent: undefined }),
      'malformed lvm report: "lv" row lacks "metadata_percent"',
    ],
    [
      "a size with a unit",
      lvs({ ...LV_ROW, lv_size: "12.00m" }),
      'malformed lvm report: lv_size="12.00m" is not a byte count',
    ],
    [
      "a size with a leading sign",
      lvs({ ...LV_ROW, lv_size: "-4096" }),
      'malformed lvm report: lv_size="-4096" is not a byte count',
    ],
    [
      "a size with a suffix",
      lvs({ ...LV_ROW, lv_size: "4096B" }),
      'malformed lvm report: lv_size="4096B" is not a byte count',
    ],
    ["an empty size", lvs({ ...LV_ROW, lv_size: "" }), 'malformed lvm report: lv_size="" is not a byte count'],
    [
      "a word as percentage",
      lvs({ ...LV_ROW, data_percent: "n/a" }),
      'malformed lvm report: data_percent="n/a" is not a percentage',
    ],
    [
      "an infinite percentage",
      lvs({ ...LV_ROW, metadata_percent: "Infinity" }),
      'malformed lvm report: metadata_percent="Infinity" is not a percentage',
    ],
  ])("rejects %s with INTERNAL, saying what is wrong", (_, json, message) => {
    const err = failure(() => decodeLvs(json));
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toBe(message);
  });

  it("requires every column it reads", () => {
    for (const col of LV_COLUMNS) {
      const row: Record<string, string> = { ...LV_ROW };
      delete row[col];
      expect(failure(() => decodeLvs(lvs(row))).message).toBe(`malformed lvm report: "lv" row lacks "${col}"`);
    }
  });
});

describe("decoding vgs rows", () => {
  it("maps every column", () => {
    expect(decodeVgs(vgs(VG_ROW))).toEqual([
      {
        name: "vg0",
        uuid: "037axE-xGyg-wkiz-1eLd-O5za-lyXz-AafWmj",
        sizeBytes: 1069547520n,
        freeBytes: 1044381696n,
        extentSizeBytes: 4194304n,
        pvCount: 2,
        lvCount: 3,
        seqno: 17,
      },
    ]);
    expect(decodeVgs(fixture("vgs.json"))[0].seqno).toBe(4);
  });

  it("names the malformed column", () => {
    for (const col of ["vg_size", "vg_free", "vg_extent_size"] as const) {
      expect(failure(() => decodeVgs(vgs({ ...VG_ROW, [col]: "1.5" }))).message).toBe(
        `malformed lvm report: ${col}="1.5" is not a byte count`,
      );
    }
    for (const col of ["pv_count", "lv_count", "vg_seqno"] as const) {
      for (const bad of ["x", "1x", "x1", "-1", ""]) {
        expect(failure(() => decodeVgs(vgs({ ...VG_ROW, [col]: bad }))).message).toBe(
          `malformed lvm report: ${col}="${bad}" is not a count`,
        );
      }
    }
    for (const col of VG_COLUMNS) {
      const row: Record<string, string> = { ...VG_ROW };
      delete row[col];
      expect(failure(() => decodeVgs(vgs(row))).message).toBe(`malformed lvm report: "vg" row lacks "${col}"`);
    }
  });
});

describe("decoding metadata area rows", () => {
  it("names the malformed column", () => {
    const row = { vg_name: "vg0", vg_mda_size: "1044480", vg_mda_free: "520192" };
    expect(decodeMetadataAreas(vgs(row)).get("vg0")).toEqual({ sizeBytes: 1044480n, freeBytes: 520192n });
    for (const col of ["vg_mda_size", "vg_mda_free"] as const) {
      expect(failure(() => decodeMetadataAreas(vgs({ ...row, [col]: "1020.00k" }))).message).toBe(
        `malformed lvm report: ${col}="1020.00k" is not a byte count`,
      );
    }
  });
});

describe("lv_time", () => {
  it.each([
    ["2026-01-02 03:04:05 -0130", "2026-01-02T03:04:05-01:30"],
    ["2026-01-02 03:04:05 +0545", "2026-01-02T03:04:05+05:45"],
    // Anything else is passed on unchanged rather than half-converted.
    ["x2026-01-02 03:04:05 +0000", "x2026-01-02 03:04:05 +0000"],
    ["2026-01-02 03:04:05 +0000x", "2026-01-02 03:04:05 +0000x"],
    ["2026-01-02 03:04:05 +00", "2026-01-02 03:04:05 +00"],
    ["2026-01-02T03:04:05 +0000", "2026-01-02T03:04:05 +0000"],
  ])("%s -> %s", (value, rfc3339) => expect(lvmTimeToRfc3339(value)).toBe(rfc3339));
});

describe("the model's predicates", () => {
  const lv = (over: Partial<LogicalVolume>): LogicalVolume => ({ ...decodeLvs(lvs(LV_ROW))[0], ...over });

  it("tells managed, unfinished, thin, pool, active and snapshot volumes apart", () => {
    expect([isManaged(lv({ tags: [MANAGED_TAG] })), isManaged(lv({ tags: ["other", "lvmctl.managedx"] }))]).toEqual([
      true,
      false,
    ]);
    // The tag names are state kept in LVM metadata: another lvmctld version must read the same ones.
    expect(isUnfinished(lv({ tags: ["lvmctl.managed", "lvmctl.creating"] }))).toBe(true);
    expect([MANAGED_TAG, CREATING_TAG]).toEqual(["lvmctl.managed", "lvmctl.creating"]);
    // Someone else's LV with our creating tag is not ours to complete or clean up.
    expect(isUnfinished(lv({ tags: ["lvmctl.creating"] }))).toBe(false);
    expect(isUnfinished(lv({ tags: [MANAGED_TAG] }))).toBe(false);
    expect([
      isThinPool(lv({ layout: ["thin", "pool"] })),
      isThinPool(lv({ layout: ["thin", "sparse"] })),
      isThinPool(lv({ layout: ["cache", "pool"] })),
    ]).toEqual([true, false, false]);
    expect([
      isThin(lv({ layout: ["thin", "sparse"] })),
      isThin(lv({ layout: ["thin", "pool"] })),
      isThin(lv({ layout: ["linear", "sparse"] })),
    ]).toEqual([true, false, false]);
    expect([
      isActive(lv({ attr: "-wi-a-----" })),
      isActive(lv({ attr: "-wi-------" })),
      isActive(lv({ attr: "-wi-XX----" })),
    ]).toEqual([true, false, false]);
    expect([
      isThickSnapshot(lv({ attr: "swi-a-s---" })),
      isThickSnapshot(lv({ attr: "Swi-a-s---" })),
      isThickSnapshot(lv({ attr: "owi-a-----" })),
      isThickSnapshot(lv({ attr: "Vwi-a-tz--" })),
    ]).toEqual([true, true, false, false]);
  });

  it("rounds sizes up to whole extents", () => {
    const extent = 4n * 1024n * 1024n;
    expect(roundUpToExtent(1n, extent)).toBe(extent);
    expect(roundUpToExtent(extent, extent)).toBe(extent);
    expect(roundUpToExtent(extent + 1n, extent)).toBe(2n * extent);
    expect(roundUpToExtent(0n, extent)).toBe(0n);
  });
});
