import { describe, expect, it } from "vitest";
import { formatSize, parseSize } from "../../src/common/size.js";

describe("parseSize", () => {
  it.each([
    ["4096", 4096n],
    ["512B", 512n],
    ["1K", 1024n],
    ["512MiB", 512n * 1024n ** 2n],
    ["10G", 10n * 1024n ** 3n],
    ["10g", 10n * 1024n ** 3n],
    ["1.5TiB", (3n * 1024n ** 4n) / 2n],
    ["2EiB", 2n * 1024n ** 6n],
    ["1kB", 1000n],
    ["1MB", 1_000_000n],
    ["1.5GB", 1_500_000_000n],
    [" 8 M ", 8n * 1024n ** 2n],
    ["3e", 3n * 1024n ** 6n],
    ["1EB", 10n ** 18n],
  ])("%j is %d bytes", (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it("accepts exactly the units the README documents, with their documented factors", () => {
    const documented: Record<string, bigint> = { "": 1n, B: 1n };
    [..."KMGTPE"].forEach((letter, i) => {
      documented[letter] = documented[letter.toLowerCase()] = documented[`${letter}iB`] = 1024n ** BigInt(i + 1);
      documented[letter === "K" ? "kB" : `${letter}B`] = 1000n ** BigInt(i + 1);
    });
    // Every one- to three-letter spelling of those units in any letter case.
    const spellings = new Set<string>([""]);
    for (const base of ["", ..."KMGTPE"].flatMap((l) => [l, `${l}B`, `${l}iB`])) {
      const cases = (s: string): string[] =>
        s === "" ? [""] : cases(s.slice(1)).flatMap((rest) => [s[0].toLowerCase() + rest, s[0].toUpperCase() + rest]);
      for (const spelling of cases(base)) spellings.add(spelling);
    }
    const parsed = Object.fromEntries(
      [...spellings].flatMap((unit) => {
        try {
          return [[unit, parseSize(`2${unit}`) / 2n]];
        } catch {
          return [];
        }
      }),
    );
    expect(parsed).toEqual(documented);
  });

  it.each(["4mb", "4Mb", "4mB", "4KB", "4kb", "4KIB", "4kib", "4gb", "4b"])(
    "refuses %j and lists the valid units",
    (text) =>
      expect(() => parseSize(text)).toThrow(
        /unknown unit .*case-sensitive.*K M G T P E .*KiB MiB GiB TiB PiB EiB .*kB MB GB TB PB EB/,
      ),
  );

  it.each([
    ["", /invalid size/],
    ["-1G", /invalid size/],
    ["1.3K", /whole number/],
    ["10Q", /unknown unit/],
    ["1GiBB", /unknown unit/],
    ["0x10", /unknown unit|invalid/],
    ["1e9", /invalid size/],
  ])("rejects %j", (text, message) => expect(() => parseSize(text)).toThrow(message));
});

describe("formatSize", () => {
  it.each([
    [0n, "0B"],
    [1023n, "1023B"],
    [1024n, "1KiB"],
    [12n * 1024n ** 2n, "12MiB"],
    [1536n * 1024n ** 3n, "1.5TiB"],
    [1069547520n, "1020MiB"],
    [10n * 1024n ** 3n + 1n, "10GiB"],
    [2n ** 63n, "8EiB"],
  ])("%d is %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));

  it("round-trips through parseSize for whole units", () => {
    for (const text of ["1KiB", "7MiB", "3GiB", "1.5TiB", "8EiB"]) expect(formatSize(parseSize(text))).toBe(text);
  });
});
