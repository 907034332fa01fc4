import { describe, expect, it } from "vitest";
import { exportTagChanges, exportTags, readExportTags } from "../../src/server/lio/tags.js";

const A = "iqn.2026-01.com.example:a";
const B = "iqn.2026-01.com.example:b";

describe("export state in LV tags", () => {
  it("reads nothing from a volume without the export flag", () => {
    expect(readExportTags(["lvmctl.managed"])).toBeUndefined();
    expect(readExportTags(["lvmctl.managed", `lvmctl.export.initiator=${A}`])).toBeUndefined();
  });

  it("round-trips the settings", () => {
    const s = { initiators: [A, B], chapNonce: "0123456789abcdef" };
    expect(exportTags(s)).toEqual([
      "lvmctl.export",
      `lvmctl.export.initiator=${A}`,
      `lvmctl.export.initiator=${B}`,
      "lvmctl.export.chap=0123456789abcdef",
    ]);
    expect(readExportTags(["lvmctl.managed", ...exportTags(s).reverse()])).toEqual(s);
    expect(readExportTags(exportTags({ initiators: [A] }))).toEqual({ initiators: [A], chapNonce: undefined });
  });

  it("ignores hand-edited tags that are not valid", () => {
    expect(
      readExportTags([
        "lvmctl.export",
        "lvmctl.export.initiator=not-an-iqn",
        `lvmctl.export.initiator=${A}`,
        "lvmctl.export.chap=xyz",
      ]),
    ).toEqual({
      initiators: [A],
      chapNonce: undefined,
    });
  });

  it("computes the tag changes of one lvchange", () => {
    const current = ["lvmctl.managed", "other", ...exportTags({ initiators: [A], chapNonce: "0123456789abcdef" })];
    expect(exportTagChanges(current, { initiators: [A, B] })).toEqual({
      add: [`lvmctl.export.initiator=${B}`],
      del: ["lvmctl.export.chap=0123456789abcdef"],
    });
    expect(exportTagChanges(current, undefined)).toEqual({
      add: [],
      del: ["lvmctl.export", `lvmctl.export.initiator=${A}`, "lvmctl.export.chap=0123456789abcdef"],
    });
    expect(exportTagChanges(["lvmctl.managed"], undefined)).toEqual({ add: [], del: [] });
  });
});
