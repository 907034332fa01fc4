// Sizes at the edges of their units: every unit's factor, fractions to the
// byte, and formatting of small fractions and of the largest unit.
import { describe, expect, it } from "vitest";

// Imported inside the tests: a module that fails to load must fail a test here
// (StrykerJS's vitest runner does not count a test file that fails to load).
const load = () => import("../../src/common/size.js");

describe("parseSize factors", () => {
  it.each([
    ["1K", 1024n],
    ["1k", 1024n],
    ["1KiB", 1024n],
    ["1kB", 1000n],
    ["1M", 1024n ** 2n],
    ["1MiB", 1024n ** 2n],
    ["1MB", 1000n ** 2n],
    ["1G", 1024n ** 3n],
    ["1g", 1024n ** 3n],
    ["1GB", 1000n ** 3n],
    ["1T", 1024n ** 4n],
    ["1TB", 1000n ** 4n],
    ["1P", 1024n ** 5n],
    ["1PB", 1000n ** 5n],
    ["1E", 1024n ** 6n],
    ["1e", 1024n ** 6n],
    ["1EiB", 1024n ** 6n],
    ["1EB", 1000n ** 6n],
    ["7", 7n],
    ["7B", 7n],
  ])("%s is %d bytes", async (text, bytes) => expect((await load()).parseSize(text)).toBe(bytes));

  it("takes fractions of any length that come to whole bytes", async () => {
    const { parseSize } = await load();
    expect(parseSize("1.25K")).toBe(1280n);
    expect(parseSize("0.125KiB")).toBe(128n);
    expect(() => parseSize("1.5")).toThrow('invalid size "1.5": not a whole number of bytes');
    expect(() => parseSize("1.0001K")).toThrow("not a whole number of bytes");
  });
});

describe("formatSize", () => {
  it.each([
    [0n, "0B"],
    [1023n, "1023B"],
    [1024n, "1KiB"],
    [1075n, "1.05KiB"],
    [1126n, "1.1KiB"],
    [1024n ** 2n, "1MiB"],
    [1024n ** 3n, "1GiB"],
    [1024n ** 4n, "1TiB"],
    [1024n ** 5n, "1PiB"],
    [1024n ** 6n, "1EiB"],
    [1024n ** 7n, "1024EiB"],
  ])("%d -> %s", async (bytes, text) => expect((await load()).formatSize(bytes)).toBe(text));
});
