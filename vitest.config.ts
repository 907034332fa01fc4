import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration files share the host's LVM and loop devices; one file at a time keeps failures readable.
    fileParallelism: false,
    reporters: ["default"],
  },
});
