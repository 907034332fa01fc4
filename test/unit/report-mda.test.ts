// Decoding of the metadata area columns (vg_mda_size, vg_mda_free), from a
// report captured from lvm2 2.03.16 (test/fixtures/lvm/vgs-mda.json).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeMetadataAreas } from "../../src/server/lvm/report.js";

const fixture = readFileSync(new URL("../fixtures/lvm/vgs-mda.json", import.meta.url), "utf8");

describe("decodeMetadataAreas", () => {
  it("decodes a real vgs report by VG name", () => {
    expect(decodeMetadataAreas(fixture)).toEqual(new Map([["h2mdavg", { sizeBytes: 1044480n, freeBytes: 520192n }]]));
  });

  it.each([
    [
      "vg_mda_size",
      /vg_mda_size="1.0M" is not a byte count/,
      fixture.replace('"vg_mda_size":"1044480"', '"vg_mda_size":"1.0M"'),
    ],
    ["vg_mda_free", /lacks "vg_mda_free"/, fixture.replace(', "vg_mda_free":"520192"', "")],
  ])("refuses a report whose %s is malformed", (_column, message, text) => {
    expect(() => decodeMetadataAreas(text)).toThrow(message);
  });
});
