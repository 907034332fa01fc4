// Output in the two formats: aligned tables for people, proto3 JSON for scripts.

export type OutputFormat = "table" | "json";

export function printJson(doc: unknown): void {
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

/** Prints rows under upper-case headers, columns padded kubectl-style. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("   ");
  process.stdout.write(`${[line(headers), ...rows.map(line)].join("\n")}\n`);
}
