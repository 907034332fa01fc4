import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { validateLvName, validateVgName } from "../../src/server/lvm/names.js";

function errorOf(fn: () => void): LvmctlError | undefined {
  try {
    fn();
  } catch (err) {
    return err as LvmctlError;
  }
  return undefined;
}

describe("LV name rules", () => {
  it.each(["data", "a", "A-b_c.d+e", "lv.0", "x".repeat(127), "snap", "my_snapshot", "tmeta"])("accepts %j", (name) =>
    expect(() => validateLvName("name", name)).not.toThrow(),
  );

  it.each([
    ["", "must not be empty"],
    [".", "reserved"],
    ["..", "reserved"],
    ["-x", "must not start with '-'"],
    ["a/b", "may contain only"],
    ["a b", "may contain only"],
    ["a$(id)", "may contain only"],
    ["a\nb", "may contain only"],
    ["\u0000", "may contain only"],
    ["ünï", "may contain only"],
    ["x".repeat(128), "longer than 127"],
    ["snapshot", 'starting with "snapshot"'],
    ["pvmove1", 'starting with "pvmove"'],
    ["lv_tdata", '"_tdata"'],
    ["lv_tmeta", '"_tmeta"'],
    ["lv_rimage_1", '"_rimage"'],
    ["lv_rmeta_0", '"_rmeta"'],
    ["lv_mlog", '"_mlog"'],
    ["lv_pmspare", '"_pmspare"'],
    ["lv_cdata", '"_cdata"'],
    ["lv_vorigin", '"_vorigin"'],
  ])("rejects %j as INVALID_ARGUMENT naming the field", (name, why) => {
    const err = errorOf(() => validateLvName("source_name", name));
    expect(err).toBeInstanceOf(LvmctlError);
    expect(err!.code).toBe("INVALID_ARGUMENT");
    expect(err!.message).toMatch(/^source_name: /);
    expect(err!.message).toContain(why);
  });

  it("keeps error messages printable for control and non-ASCII characters", () => {
    expect(errorOf(() => validateLvName("name", "a\u0007é"))!.message).toContain("a\\u0007\\u00e9");
  });
});

describe("VG name rules", () => {
  it("accepts ordinary names and LVM's reserved LV words (they are not reserved for VGs)", () => {
    for (const name of ["vg0", "data_tmeta", "snapshots"])
      expect(() => validateVgName("volume_group", name)).not.toThrow();
  });
  it.each(["", "-vg", "v g", "vg/x", ".."])("rejects %j", (name) =>
    expect(errorOf(() => validateVgName("volume_group", name))!.code).toBe("INVALID_ARGUMENT"),
  );
});
