// The vitest config StrykerJS runs (stryker.config.mjs): only the pure-logic
// unit tests, so every mutant is tested in seconds, not against real lvm2.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
