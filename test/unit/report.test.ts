// Decoding of real lvs/vgs JSON captured from lvm2 2.03 (test/fixtures/lvm).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { isActive, isManaged, isThin, isThinPool } from "../../src/server/lvm/model.js";
import { decodeLvs, decodeVgs, lvmTimeToRfc3339 } from "../../src/server/lvm/report.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lvm/${name}`, import.meta.url), "utf8");

describe("decodeLvs", () => {
  it("decodes a real lvs report", () => {
    const lvs = decodeLvs(fixture("lvs-linear.json"));
    expect(lvs.map((l) => l.name)).toEqual(["lv1", "v1"]);
    const [lv1] = lvs;
    expect(lv1).toMatchObject({
      vgName: "vgtest",
      sizeBytes: 12582912n,
      layout: ["linear"],
      pool: "",
      origin: "",
      path: "/dev/vgtest/lv1",
      tags: ["lvmctl.managed"],
      dataPercent: undefined,
    });
    expect(lv1.createTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(isManaged(lv1)).toBe(true);
    expect(isActive(lv1)).toBe(false);
    expect(isThin(lv1) || isThinPool(lv1)).toBe(false);
  });

  it("decodes thin pools, thin volumes and percentages", () => {
    const json = JSON.stringify({
      report: [
        {
          lv: [
            {
              lv_name: "pool",
              vg_name: "vg",
              lv_uuid: "u1",
              lv_size: "104857600",
              lv_attr: "twi-aotz--",
              lv_layout: "thin,pool",
              pool_lv: "",
              origin: "",
              lv_path: "",
              lv_tags: "",
              lv_time: "2026-01-02 03:04:05 -0130",
              data_percent: "12.50",
              metadata_percent: "10.31",
            },
            {
              lv_name: "t1",
              vg_name: "vg",
              lv_uuid: "u2",
              lv_size: "4194304",
              lv_attr: "Vwi-a-tz--",
              lv_layout: "thin,sparse",
              pool_lv: "pool",
              origin: "",
              lv_path: "/dev/vg/t1",
              lv_tags: "lvmctl.managed,x.y",
              lv_time: "2026-01-02 03:04:05 +0000",
              data_percent: "0.00",
              metadata_percent: "",
            },
          ],
        },
      ],
    });
    const [pool, thin] = decodeLvs(json);
    expect(isThinPool(pool)).toBe(true);
    expect(pool.dataPercent).toBe(12.5);
    expect(pool.metadataPercent).toBeCloseTo(10.31);
    expect(pool.createTime).toBe("2026-01-02T03:04:05-01:30");
    expect(isThin(thin)).toBe(true);
    expect(isActive(thin)).toBe(true);
    expect(thin.tags).toEqual(["lvmctl.managed", "x.y"]);
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["no report", "{}", /no "report"/],
    ["section not an array", '{"report":[{"lv":{}}]}', /not an array/],
    ["missing column", '{"report":[{"lv":[{"lv_name":"a"}]}]}', /lacks "vg_name"/],
    ["bad size", fixture("lvs-linear.json").replace('"lv_size":"12582912"', '"lv_size":"12.5"'), /not a byte count/],
    [
      "bad percent",
      fixture("lvs-linear.json").replace('"data_percent":""', '"data_percent":"abc"'),
      /not a percentage/,
    ],
  ])("rejects %s as INTERNAL", (_what, json, message) => {
    let err: unknown;
    try {
      decodeLvs(json);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LvmctlError);
    expect((err as LvmctlError).code).toBe("INTERNAL");
    expect((err as LvmctlError).message).toMatch(message);
  });

  it("decodes an empty VG", () => expect(decodeLvs('{"report":[{"lv":[]}]}')).toEqual([]));
});

describe("decodeVgs", () => {
  it("decodes a real vgs report", () => {
    const [vg] = decodeVgs(fixture("vgs.json"));
    expect(vg).toMatchObject({ name: "vgtest", extentSizeBytes: 4194304n, pvCount: 1 });
    expect(vg.sizeBytes % vg.extentSizeBytes).toBe(0n);
    expect(vg.freeBytes).toBeLessThanOrEqual(vg.sizeBytes);
    expect(vg.seqno).toBeGreaterThan(0);
  });
  it("rejects a non-numeric count", () => {
    expect(() => decodeVgs(fixture("vgs.json").replace(/"pv_count":"\d+"/, '"pv_count":"x"'))).toThrow(/not a count/);
  });
});

describe("lvmTimeToRfc3339", () => {
  it("converts lvm's lv_time", () =>
    expect(lvmTimeToRfc3339("2026-11-23 12:51:22 +0000")).toBe("2026-11-23T12:51:22+00:00"));
  it("passes through an unknown form unchanged", () => expect(lvmTimeToRfc3339("")).toBe(""));
});
