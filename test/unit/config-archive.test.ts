// --lvm-archive-retain: a safe default, and a precise usage error for anything but a whole number ≥ 1.
import { describe, expect, it } from "vitest";
import { parseDaemonArgs } from "../../src/server/config.js";

const parse = (...args: string[]) => parseDaemonArgs(["--volume-group", "vg0", ...args], "test");

describe("--lvm-archive-retain", () => {
  it("keeps 50 archives per VG unless told otherwise", () => {
    expect(parse().lvmArchiveRetain).toBe(50);
    expect(parse("--lvm-archive-retain", "7").lvmArchiveRetain).toBe(7);
  });

  it.each(["0", "-1", "2.5", "ten", ""])("refuses %j", (value) => {
    expect(() => parse("--lvm-archive-retain", value)).toThrow(
      `--lvm-archive-retain ${value}: expected a whole number of at least 1`,
    );
  });
});
