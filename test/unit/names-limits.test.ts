// LVM's length limits and the readability of the messages that refuse a name.
import { describe, expect, it } from "vitest";
import { MAX_VG_PLUS_LV_LENGTH, validateLvName, validateNewLvPath } from "../../src/server/lvm/names.js";
import { thrownLvmctlError as refusal } from "./support/thrown.js";

describe("the vg/lv length lvcreate accepts", () => {
  it("allows exactly 124 characters of VG and LV name together", () => {
    expect(() => validateNewLvPath("name", "vg0", "a".repeat(MAX_VG_PLUS_LV_LENGTH - 3))).not.toThrow();
    expect(() => validateNewLvPath("name", "v".repeat(100), "a".repeat(24))).not.toThrow();
  });

  it("refuses one more, saying how long a name in this VG may be", () => {
    const err = refusal(() => validateNewLvPath("name", "vg0", "a".repeat(MAX_VG_PLUS_LV_LENGTH - 2)));
    expect(err.code).toBe("INVALID_ARGUMENT");
    expect(err.message).toBe(
      'name: in volume group "vg0" a name may have at most 121 characters (LVM limits "vg/lv" to 125)',
    );
    expect(refusal(() => validateNewLvPath("name", "v".repeat(100), "a".repeat(25))).message).toMatch(
      /at most 24 characters/,
    );
  });
});

describe("messages about refused names", () => {
  it("shows a long bad name cut to 64 characters", () => {
    const name = `${"a".repeat(63)}/${"b".repeat(10)}`;
    expect(refusal(() => validateLvName("name", name)).message).toBe(
      `name: "${name.slice(0, 64)}..." may contain only A-Z a-z 0-9 + _ . -`,
    );
  });

  it("shows a bad name of exactly 64 characters whole", () => {
    const name = `${"a".repeat(63)}/`;
    expect(refusal(() => validateLvName("name", name)).message).toBe(
      `name: "${name}" may contain only A-Z a-z 0-9 + _ . -`,
    );
  });
});
