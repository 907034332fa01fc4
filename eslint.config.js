// ESLint for src/, test/, bench/ and scripts/ (`npm run lint`, a stage of scripts/test.sh).
// TypeScript files get typescript-eslint's type-checked rules; the plain JS scripts, which have
// no type information, get the rules that need none.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// The Node globals the plain JS scripts use (the "globals" package is not a dependency of ours).
const SCRIPT_GLOBALS = ["process", "console", "Buffer", "URL", "performance", "setTimeout", "clearTimeout"];

export default defineConfig(
  {
    ignores: [
      "src/gen/**",
      "dist*/**",
      "bench/.build/**",
      "bench/results/**",
      "coverage/**",
      "reports/**",
      ".stryker-tmp/**",
      ".scratch/**",
      ".vm-cache/**",
      ".test-results/**",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: Object.fromEntries(SCRIPT_GLOBALS.map((name) => [name, "readonly"])) },
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it (bench/ has its own).
        projectService: { allowDefaultProject: ["vitest.config.ts", "vitest.mutation.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // An async function without await is how a fake or a handler implements an async interface.
      "@typescript-eslint/require-await": "off",
      // Passing a caught error on to a promise's reject is fine; rejecting with a new non-Error is not.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingUnknown: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests and the benchmark read JSON from lvm, the CLI and logs as `any` and assert on it;
    // typing each of those reads would add casts, not safety.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);
