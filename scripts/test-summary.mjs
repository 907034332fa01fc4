#!/usr/bin/env node
// Adds up the results the test stages left in a folder (vitest JSON reports,
// bats TAP output) and prints one "lvmctl: N passed, N failed" line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? ".test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir)) {
  const text = readFileSync(join(dir, file), "utf8");
  if (file.endsWith(".json")) {
    const r = JSON.parse(text);
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A file that failed outside any test (a beforeAll, an import) counts as one failure.
    for (const file of r.testResults ?? []) {
      const failedTests = (file.assertionResults ?? []).filter((a) => a.status === "failed").length;
      if (file.status === "failed" && failedTests === 0) failed++;
    }
  } else if (file.endsWith(".tap")) {
    for (const line of text.split("\n")) {
      if (/^ok \d+.*# skip/i.test(line)) skipped++;
      else if (/^ok \d+/.test(line)) passed++;
      else if (/^not ok \d+/.test(line)) failed++;
    }
  }
}
console.log(`lvmctl: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
