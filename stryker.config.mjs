// StrykerJS mutation testing of the pure-logic safety modules (issue 13).
//   npm run mutation                 full run: reports/mutation/ (HTML + JSON), score per file
//   scripts/mutation-ci.sh           incremental run against test/mutation/baseline.json (CI)
// Bars per file are in scripts/mutation-scores.mjs; docs/mutation.md holds the latest full run.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  mutate: [
    "src/server/lio/script.ts",
    "src/server/lio/names.ts",
    "src/server/lio/plan.ts",
    "src/server/lio/tags.ts",
    "src/server/lio/state.ts",
    "src/server/lio/chap.ts",
    "src/server/lvm/names.ts",
    "src/server/lvm/classify.ts",
    "src/server/lvm/report.ts",
    "src/server/lvm/model.ts",
    "src/server/lvm/cache.ts",
    "src/server/lvm/mda.ts",
    "src/server/pagination.ts",
    "src/common/size.ts",
  ],
  reporters: ["html", "json", "progress", "clear-text"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The per-file bars are checked by scripts/mutation-scores.mjs; Stryker's own break is global.
  thresholds: { high: 95, low: 85, break: null },
  // Only what the sandbox needs: the VM image cache and build output are large and unused.
  ignorePatterns: [".vm-cache", "dist", "dist-*", "bench", "coverage", "reports", ".test-results", ".scratch", "docs"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  concurrency: 1,
};
