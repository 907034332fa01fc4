// The generated code in src/gen must match proto/ and the package version must match package.json.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/common/version.js";

const root = new URL("../..", import.meta.url).pathname;

describe("generated code and metadata", () => {
  it("src/gen is up to date with proto/", () => {
    expect(() =>
      execFileSync(process.execPath, ["scripts/gen.mjs", "--check"], { cwd: root, stdio: "pipe" }),
    ).not.toThrow();
  });
  it("VERSION matches package.json", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(`${root}/package.json`, "utf8")).version);
  });
});
