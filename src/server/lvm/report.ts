// Decodes `--reportformat json --units b --nosuffix` reports into the model.
// Any deviation from the expected shape is an INTERNAL error, never a guess.
import { LvmctlError } from "../errors.js";
import type { LogicalVolume, MetadataArea, VolumeGroupInfo } from "./model.js";

// Only LV-level columns: a segment column (segtype, seg_size ...) would make
// lvs print one row per segment of an extended LV.
export const LV_COLUMNS = [
  "lv_name", "vg_name", "lv_uuid", "lv_size", "lv_attr", "lv_layout", "pool_lv", "origin",
  "lv_path", "lv_tags", "lv_time", "data_percent", "metadata_percent",
] as const;

export const VG_COLUMNS = [
  "vg_name", "vg_uuid", "vg_size", "vg_free", "vg_extent_size", "pv_count", "lv_count", "vg_seqno",
] as const;

export const MDA_COLUMNS = ["vg_name", "vg_mda_size", "vg_mda_free"] as const;

type Row = Record<string, string>;

function malformed(what: string): LvmctlError {
  return new LvmctlError("INTERNAL", `malformed lvm report: ${what}`);
}

/** Returns the rows of the report's `key` section ("lv" or "vg"), concatenated over all reports. */
function rows(json: string, key: string, columns: readonly string[]): Row[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw malformed("not JSON");
  }
  const reports = (doc as { report?: unknown })?.report;
  if (!Array.isArray(reports)) throw malformed('no "report" array');
  const out: Row[] = [];
  for (const report of reports) {
    const section = (report as Record<string, unknown>)?.[key];
    if (section === undefined) continue;
    if (!Array.isArray(section)) throw malformed(`"${key}" is not an array`);
    for (const row of section) {
      if (typeof row !== "object" || row === null) throw malformed(`"${key}" row is not an object`);
      for (const col of columns) {
        if (typeof (row as Row)[col] !== "string") throw malformed(`"${key}" row lacks "${col}"`);
      }
      out.push(row as Row);
    }
  }
  return out;
}

function bytes(value: string, col: string): bigint {
  if (!/^\d+$/.test(value)) throw malformed(`${col}="${value}" is not a byte count`);
  return BigInt(value);
}

function count(value: string, col: string): number {
  if (!/^\d+$/.test(value)) throw malformed(`${col}="${value}" is not a count`);
  return Number(value);
}

function percent(value: string, col: string): number | undefined {
  if (value === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw malformed(`${col}="${value}" is not a percentage`);
  return n;
}

/** "2026-11-23 12:51:22 +0000" -> "2026-11-23T12:51:22+00:00" (RFC 3339). */
export function lvmTimeToRfc3339(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(value);
  return m ? `${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}` : value;
}

export function decodeLvs(json: string): LogicalVolume[] {
  return rows(json, "lv", LV_COLUMNS).map((r) => ({
    name: r.lv_name,
    vgName: r.vg_name,
    uuid: r.lv_uuid,
    sizeBytes: bytes(r.lv_size, "lv_size"),
    attr: r.lv_attr,
    layout: r.lv_layout === "" ? [] : r.lv_layout.split(","),
    pool: r.pool_lv,
    origin: r.origin,
    path: r.lv_path,
    tags: r.lv_tags === "" ? [] : r.lv_tags.split(","),
    createTime: lvmTimeToRfc3339(r.lv_time),
    dataPercent: percent(r.data_percent, "data_percent"),
    metadataPercent: percent(r.metadata_percent, "metadata_percent"),
  }));
}

export function decodeVgs(json: string): VolumeGroupInfo[] {
  return rows(json, "vg", VG_COLUMNS).map((r) => ({
    name: r.vg_name,
    uuid: r.vg_uuid,
    sizeBytes: bytes(r.vg_size, "vg_size"),
    freeBytes: bytes(r.vg_free, "vg_free"),
    extentSizeBytes: bytes(r.vg_extent_size, "vg_extent_size"),
    pvCount: count(r.pv_count, "pv_count"),
    lvCount: count(r.lv_count, "lv_count"),
    seqno: count(r.vg_seqno, "vg_seqno"),
  }));
}

/** VG name -> metadata area, from a `vgs -o vg_name,vg_mda_size,vg_mda_free` report. */
export function decodeMetadataAreas(json: string): Map<string, MetadataArea> {
  return new Map(
    rows(json, "vg", MDA_COLUMNS).map((r) => [r.vg_name, { sizeBytes: bytes(r.vg_mda_size, "vg_mda_size"), freeBytes: bytes(r.vg_mda_free, "vg_mda_free") }]),
  );
}
