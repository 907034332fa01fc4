// The README and the proto describe how VG/LV names map into target IQNs;
// their examples must be what the code does, '.' included.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeName } from "../../src/server/lio/names.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const readme = readFileSync(`${ROOT}README.md`, "utf8");
const iscsiSection = readme.slice(
  readme.indexOf("## iSCSI exports"),
  readme.indexOf("\n## ", readme.indexOf("## iSCSI exports") + 1),
);
const proto = readFileSync(`${ROOT}proto/lvmctl/v1/export.proto`, "utf8");
const targetIqnComment = /((?:\s*\/\/.*\n)+)\s*string target_iqn = /.exec(proto)?.[1] ?? "";

const examples = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m[1], m[2]] as const);

describe.each([
  ["README (iSCSI exports)", examples(iscsiSection, /`([A-Za-z0-9+_.-]+)` → `([a-z0-9.-]+)`/g)],
  [
    "export.proto (Export.target_iqn)",
    examples(targetIqnComment.replace(/\s*\/\/\s*/g, " "), /"([A-Za-z0-9+_.-]+)" -> "([a-z0-9.-]+)"/g),
  ],
])("%s", (_doc, pairs) => {
  it("gives examples, one with '.' in the name", () => {
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.some(([name]) => name.includes("."))).toBe(true);
  });

  it("gives examples that are what the code does", () => {
    for (const [name, encoded] of pairs) expect(encodeName(name), name).toBe(encoded);
  });
});
