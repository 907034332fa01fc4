import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/client/duration.js";

describe("parseDuration", () => {
  it.each([
    ["30", 30_000],
    ["30s", 30_000],
    ["500ms", 500],
    ["2m", 120_000],
    ["1h", 3_600_000],
    ["1.5s", 1500],
  ])("%s", (t, ms) => expect(parseDuration(t)).toBe(ms));
  it.each(["", "0", "-1s", "5d", "abc", "0.5ms"])("rejects %j", (t) =>
    expect(() => parseDuration(t)).toThrow(/--timeout/),
  );
  it("accepts up to the longest deadline a Node.js timer holds", () => {
    expect(parseDuration("596h")).toBe(596 * 3_600_000);
    expect(parseDuration("2147483647ms")).toBe(2 ** 31 - 1);
  });
  it.each(["600h", "2147483648ms", "2147484s", "99999999999999999999999h"])(
    "rejects %j as beyond what a timer can hold",
    (t) => expect(() => parseDuration(t)).toThrow(/--timeout .*: must be at most 2147483647ms/),
  );
});
