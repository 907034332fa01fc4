#!/usr/bin/env node
// CI's mutation stage: StrykerJS in incremental mode against the baseline of
// the last full run (test/mutation/stryker-incremental.json, written by
// `npm run mutation`), then the per-file bars over the whole report. Only
// mutants in changed code, or covered by changed tests, run; the rest keep
// their recorded result. The baseline is copied first: Stryker rewrites its
// incremental file, and CI must not change the checkout.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASELINE = join(ROOT, "test/mutation/stryker-incremental.json");
const WORKING = join(ROOT, "reports/stryker-incremental.json");

if (!existsSync(BASELINE)) {
  console.error(`${BASELINE} is missing: run \`npm run mutation\` once and commit it`);
  process.exit(1);
}
mkdirSync(dirname(WORKING), { recursive: true });
copyFileSync(BASELINE, WORKING);

const run = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" }).status ?? 1;
// A type error anywhere in the checker's program would make every mutant a "compile error": refuse to start instead.
const typecheck = run(join(ROOT, "node_modules/.bin/tsc"), ["-p", join(ROOT, "tsconfig.mutation.json")]);
if (typecheck !== 0) process.exit(typecheck);
const stryker = run(join(ROOT, "node_modules/.bin/stryker"), [
  "run",
  "--incremental",
  "--incrementalFile",
  WORKING,
  ...process.argv.slice(2),
]);
if (stryker !== 0) process.exit(stryker);
process.exit(run(process.execPath, [join(ROOT, "scripts/mutation-scores.mjs"), "--check"]));
