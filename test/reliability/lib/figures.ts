// Each suite records its figures as one JSON file in the directory named by
// LVMCTL_RELIABILITY_FIGURES (set by the reliability vitest config); the
// reporter (../report.ts) turns them into docs/reliability.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MODE, SEED } from "./mode.js";

export interface Check {
  name: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface SuiteFigures {
  suite: string;
  title: string;
  mode: string;
  seed: number;
  durationMs: number;
  /** Headline counters: requests, crashes, foreignChanges, lost, duplicated, kills ... */
  counters: Record<string, number>;
  /** Tables: name -> rows. */
  tables: Record<string, Array<Record<string, string | number>>>;
  checks: Check[];
  notes: string[];
}

export class Figures {
  readonly data: SuiteFigures;
  private readonly started = Date.now();

  constructor(suite: string, title: string) {
    this.data = {
      suite,
      title,
      mode: MODE,
      seed: SEED,
      durationMs: 0,
      counters: {},
      tables: {},
      checks: [],
      notes: [],
    };
  }

  add(counter: string, n = 1): void {
    this.data.counters[counter] = (this.data.counters[counter] ?? 0) + n;
  }

  set(counter: string, n: number): void {
    this.data.counters[counter] = n;
  }

  /** Counts into a named table keyed by the given columns (e.g. rpc x code). */
  tally(table: string, key: Record<string, string>, n = 1): void {
    const rows = (this.data.tables[table] ??= []);
    let row = rows.find((r) => Object.entries(key).every(([k, v]) => r[k] === v));
    if (!row) {
      row = { ...key, count: 0 };
      rows.push(row);
    }
    row.count = Number(row.count) + n;
  }

  row(table: string, row: Record<string, string | number>): void {
    (this.data.tables[table] ??= []).push(row);
  }

  check(name: string, expected: string, got: string): boolean {
    const ok = expected === got;
    this.data.checks.push({ name, expected, got, ok });
    return ok;
  }

  note(text: string): void {
    this.data.notes.push(text);
  }

  /** Writes the figures; called from afterAll, so a failed suite still reports what it saw. */
  save(): void {
    this.data.durationMs = Date.now() - this.started;
    const dir = process.env.LVMCTL_RELIABILITY_FIGURES;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${this.data.suite}.json`), JSON.stringify(this.data, null, 2));
  }
}
