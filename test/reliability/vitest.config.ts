// The reliability suites: `npm run reliability` (full, writes docs/reliability.md)
// and `npm run reliability:quick` (CI). They share the host's LVM and loop
// devices, so files run one at a time.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Set before the test workers start, so they inherit it.
process.env.LVMCTL_RELIABILITY_FIGURES ??= mkdtempSync(join(tmpdir(), "lvmctl-reliability-"));
// One fast-check seed for every suite of the run (printed in the report; set it to replay a run).
process.env.LVMCTL_RELIABILITY_SEED ??= String(Date.now() % 2 ** 31);

export default defineConfig({
  test: {
    include: ["test/reliability/**/*.reliability.ts"],
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ["default", "./test/reliability/report.ts"],
  },
});
