// StrykerJS mutation testing of the pure-logic safety modules (issue 13).
//   npm run mutation              full run: reports/mutation/ (HTML + JSON), score per file,
//                                 new baseline test/mutation/stryker-incremental.json, docs/mutation.md
//   node scripts/mutation-ci.mjs  CI: incremental run against that baseline, bars per file
// The bars are in scripts/mutation-scores.mjs.
import { readFileSync } from "node:fs";

/** The TypeScript checker compiles each mutant in this small program (the mutated modules and their imports), not the whole project. */
const checkerProgram = JSON.parse(readFileSync(new URL("./tsconfig.mutation.json", import.meta.url), "utf8"));

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  coverageAnalysis: "perTest",
  plugins: ["@stryker-mutator/*", "./scripts/mutation-ignorers.mjs"],
  // Each with its reason in scripts/mutation-ignorers.mjs (shown in the report as "Ignored").
  ignorers: ["metrics-counters"],
  // The mutated modules are the files of the checker's program: one list.
  mutate: checkerProgram.files,
  reporters: ["html", "json", "progress", "clear-text"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The per-file bars are checked by scripts/mutation-scores.mjs; Stryker's own break is global.
  thresholds: { high: 95, low: 85, break: null },
  // Only what the sandbox needs: the VM image cache and build output are large and unused.
  ignorePatterns: [".vm-cache", "dist", "dist-*", "bench", "coverage", "reports", ".test-results", ".scratch", "docs"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // The machine is shared: one test runner and one checker unless --concurrency says more.
  concurrency: 1,
};
