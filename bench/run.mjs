#!/usr/bin/env node
// Builds bench/main.ts (esbuild, dependencies left external) and runs it.
// `node bench/run.mjs [--quick | --p4 | --build-only]`; see bench/main.ts.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, ".build", "main.mjs");
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(here, "main.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
if (!process.argv.includes("--build-only")) await import(pathToFileURL(out).href);
