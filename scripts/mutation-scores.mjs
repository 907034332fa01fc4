#!/usr/bin/env node
// Mutation score per file from StrykerJS's JSON report, against the bars of
// issue 13. Stryker's own thresholds.break is one global number; the safety
// modules each have their own bar, so this script checks them.
//
//   node scripts/mutation-scores.mjs [report.json]           print the table
//   node scripts/mutation-scores.mjs --check [report.json]   also exit 1 when a bar is missed
//   node scripts/mutation-scores.mjs --docs [report.json]    also rewrite the table in docs/mutation.md
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Stryker's own metrics library (a dependency of @stryker-mutator/core), so the
// figures are exactly the ones in Stryker's clear-text and HTML reports.
import { calculateMetrics } from "mutation-testing-metrics";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The modules a safety decision rests on: each must reach this score on its own. */
const FILE_BARS = {
  "src/server/lio/script.ts": 95,
  "src/server/lio/names.ts": 95,
  "src/server/lio/plan.ts": 95,
  "src/server/lio/tags.ts": 95,
  "src/server/lvm/names.ts": 95,
  "src/server/lvm/classify.ts": 95,
  "src/server/pagination.ts": 95,
};
/** Every mutated file together. */
const OVERALL_BAR = 85;

const args = process.argv.slice(2);
const check = args.includes("--check");
const docs = args.includes("--docs");
const reportPath = args.find((a) => !a.startsWith("--")) ?? join(ROOT, "reports/mutation/mutation.json");
const report = JSON.parse(readFileSync(reportPath, "utf8"));

const pct = (n) => (Number.isNaN(n) ? "n/a" : n.toFixed(2));
const rows = Object.keys(report.files)
  .sort()
  .map((file) => ({ file, bar: FILE_BARS[file], m: calculateMetrics({ [file]: report.files[file] }).metrics }));
const total = calculateMetrics(report.files).metrics;

const missed = [];
for (const { file, bar, m } of rows) {
  // A file without valid mutants (all excluded) has no score and nothing to miss.
  if (bar !== undefined && m.totalValid > 0 && m.mutationScore < bar)
    missed.push(`${file}: ${pct(m.mutationScore)} % < ${bar} %`);
}
if (total.mutationScore < OVERALL_BAR) missed.push(`all files: ${pct(total.mutationScore)} % < ${OVERALL_BAR} %`);

const header = [
  "File",
  "Score %",
  "Covered %",
  "Killed",
  "Timeout",
  "Survived",
  "No cov.",
  "Compile err.",
  "Ignored",
  "Bar %",
];
const cells = (name, m, bar) =>
  [
    name,
    pct(m.mutationScore),
    pct(m.mutationScoreBasedOnCoveredCode),
    m.killed,
    m.timeout,
    m.survived,
    m.noCoverage,
    m.compileErrors,
    m.ignored,
    bar ?? "",
  ].map(String);
const table = [
  ...rows.map(({ file, bar, m }) => cells(file.replace(/^src\//, ""), m, bar)),
  cells("all files", total, OVERALL_BAR),
];

const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(fmt(header));
for (const r of table) console.log(fmt(r));
if (missed.length > 0) console.log(`\nbelow the bar:\n  ${missed.join("\n  ")}`);

if (docs) {
  const md = [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i === 0 ? "------" : "------:")).join("|")}|`,
    ...table.map((r) => `| ${r.map((c, i) => (i === 0 ? `\`${c}\`` : c)).join(" | ")} |`),
  ];
  const docPath = join(ROOT, "docs/mutation.md");
  const doc = readFileSync(docPath, "utf8");
  const begin = "<!-- mutation:results:begin -->";
  const end = "<!-- mutation:results:end -->";
  const at = doc.indexOf(begin);
  const until = doc.indexOf(end);
  if (at < 0 || until < at) throw new Error(`${docPath}: no ${begin} ... ${end} section`);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run mutation\`: ${total.totalMutants} mutants, ${total.totalValid} valid (not compile errors or ignored).`;
  writeFileSync(docPath, `${doc.slice(0, at + begin.length)}\n${stamp}\n\n${md.join("\n")}\n${doc.slice(until)}`);
}

if (check && missed.length > 0) process.exit(1);
