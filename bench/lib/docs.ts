// Writes the measured table into docs/performance.md, between markers, so the
// prose around it stays hand-written.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Figure } from "../main.js";

const BEGIN = "<!-- bench:results:begin -->";
const END = "<!-- bench:results:end -->";

interface Results {
  meta: Record<string, string | number | boolean | undefined>;
  figures: Figure[];
  notes: Record<string, unknown>;
  errors: Array<{ bench: string; error: string }>;
}

const cell = (v: string | number | boolean | null | undefined) => (v === undefined || v === null ? "" : String(v));

export function renderTable(r: Results): string {
  const m = r.meta;
  const lines = [
    `Measured ${String(m.date).slice(0, 10)} with \`npm run bench\`: lvm ${cell(m.lvm)}, Node ${cell(m.node)}, kernel ${cell(m.kernel)}, ${cell(m.cpus)} CPUs, ${m.metadataOnly ? "metadata-only (no device-mapper)" : "activation on"}. Medians; ratio = lvmctl / raw tool (lower is better).`,
    "",
    "| # | What | LVs | Variant | lvmctl | raw tool | ratio | target | met |",
    "|---|------|----:|---------|-------:|---------:|------:|--------|-----|",
  ];
  for (const f of r.figures) {
    const unit = f.unit ?? "ms";
    lines.push(
      `| ${f.id} | ${f.what} | ${cell(f.lvs)} | ${cell(f.variant)} | ${f.oursMs} ${unit} | ${f.rawMs === undefined ? "" : `${f.rawMs} ms`} | ${cell(f.ratio)} | ${cell(f.target)} | ${f.met === undefined ? "" : f.met ? "yes" : "**no**"} |`,
    );
  }
  const breakdowns = r.figures.filter((f) => f.note?.startsWith("per CreateVolume"));
  if (breakdowns.length > 0) {
    lines.push("", "lvm commands per CreateVolume (count x command, median duration) in the P1 rows above:", "");
    for (const f of breakdowns)
      lines.push(`- ${f.lvs} LVs${f.variant ? `, ${f.variant}` : ""}: ${f.note!.replace(/^per CreateVolume: /, "")}`);
  }
  const archive = r.notes.archive as Record<string, { bytesPerCommit: number }> | undefined;
  if (archive) {
    lines.push(
      "",
      `/etc/lvm/archive growth per metadata commit: ${Object.entries(archive)
        .map(([lvs, a]) => `${lvs} LVs ${(a.bytesPerCommit / 1024).toFixed(0)} KiB`)
        .join(", ")}.`,
    );
  }
  const mda = r.notes.defaultMetadataArea as { mdaBytes: number; maxOneExtentLvs: number } | undefined;
  if (mda) {
    lines.push(
      "",
      `A PV made with lvm's default metadata area (${(mda.mdaBytes / 1048576).toFixed(2)} MiB) holds a VG of about ${mda.maxOneExtentLvs} one-segment LVs; the next lvcreate fails.`,
    );
  }
  if (typeof r.notes.p4 === "string") lines.push("", `P4: ${r.notes.p4}.`);
  if (r.errors.length > 0) lines.push("", `Failed in this run: ${r.errors.map((e) => e.bench).join(", ")}.`);
  lines.push("", "Raw data: `bench/results/full.json`.");
  return lines.join("\n");
}

export function writeDocs(file: string, r: Results): void {
  const table = `${BEGIN}\n${renderTable(r)}\n${END}`;
  const doc = existsSync(file) ? readFileSync(file, "utf8") : `# Performance\n\n${BEGIN}\n${END}\n`;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  const next = a >= 0 && b > a ? `${doc.slice(0, a)}${table}${doc.slice(b + END.length)}` : `${doc}\n${table}\n`;
  writeFileSync(file, next);
}
