// One line of the create journal: `<crc32 as 8 hex digits> <json>\n`. The
// checksum covers the JSON text, so a torn or bit-flipped line is told apart
// from a real record (see create-journal.ts for what each kind of bad line means).
import { crc32 } from "node:zlib";

/** begin: an lvcreate of vg/name may follow; done: it finished and was acknowledged; abort: nothing of it remains. */
export type JournalOp = "begin" | "done" | "abort";

export interface JournalRecord {
  /** Strictly increasing within a journal, compaction included. */
  seq: number;
  op: JournalOp;
  vg: string;
  name: string;
  /** begin: wall-clock ms when it was written (an LV created before it cannot be this creation's). */
  at?: number;
  /** done: the uuid of the finished LV (for people reading the journal). */
  lvUuid?: string;
}

const OPS: readonly string[] = ["begin", "done", "abort"];

export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify(record);
  return `${checksum(json)} ${json}\n`;
}

/** The record a line (without its newline) holds, or undefined when the line is not a whole, intact record. */
export function decodeRecord(line: string): JournalRecord | undefined {
  const space = line.indexOf(" ");
  if (space !== 8) return undefined;
  const json = line.slice(9);
  if (line.slice(0, 8) !== checksum(json)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  return isRecord(value) ? value : undefined;
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, "0");
}

function isRecord(v: unknown): v is JournalRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    Number.isSafeInteger(r.seq) &&
    typeof r.op === "string" &&
    OPS.includes(r.op) &&
    typeof r.vg === "string" &&
    typeof r.name === "string" &&
    (r.at === undefined || typeof r.at === "number") &&
    (r.lvUuid === undefined || typeof r.lvUuid === "string")
  );
}
