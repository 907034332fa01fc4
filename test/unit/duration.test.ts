import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/client/duration.js";

describe("parseDuration", () => {
  it.each([["30", 30_000], ["30s", 30_000], ["500ms", 500], ["2m", 120_000], ["1h", 3_600_000], ["1.5s", 1500]])("%s", (t, ms) =>
    expect(parseDuration(t)).toBe(ms),
  );
  it.each(["", "0", "-1s", "5d", "abc"])("rejects %j", (t) => expect(() => parseDuration(t)).toThrow(/--timeout/));
});
