// Decodes `--reportformat json --units b --nosuffix` reports into the model:
// each report is parsed once, and every column a caller uses is checked here.
// Any deviation from the expected shape is an INTERNAL error, never a guess
// and never an empty list.
import { LvmctlError } from "../errors.js";
import { lvAttr } from "./attr.js";
import type { LvReport, VgReport } from "./cache.js";
import type { LogicalVolume, MetadataArea, VolumeGroupInfo } from "./model.js";

// Only LV-level columns: a segment column (segtype, seg_size ...) would make
// lvs print one row per segment of an extended LV.
export const LV_COLUMNS = [
  "lv_name",
  "vg_name",
  "lv_uuid",
  "lv_size",
  "lv_attr",
  "lv_layout",
  "pool_lv",
  "origin",
  "lv_path",
  "lv_tags",
  "lv_time",
  "data_percent",
  "metadata_percent",
] as const;

export const VG_COLUMNS = [
  "vg_name",
  "vg_uuid",
  "vg_size",
  "vg_free",
  "vg_extent_size",
  "pv_count",
  "lv_count",
  "vg_seqno",
] as const;

export const MDA_COLUMNS = ["vg_name", "vg_mda_size", "vg_mda_free"] as const;

/** `vgs` of one VG with its PVs (one row per PV). */
export const VG_AND_PV_COLUMNS = [...VG_COLUMNS, "pv_name"] as const;
/** `lvs` of a whole VG: the seqno the rows were read at, on every row. */
export const LV_AND_SEQNO_COLUMNS = [...LV_COLUMNS, "vg_seqno"] as const;
/** `lvs` of some LVs: every VG column too (lv_count makes lvm walk every LV per row: never for a whole VG). */
export const LV_AND_VG_COLUMNS = [...LV_COLUMNS, ...VG_COLUMNS.filter((c) => c !== "vg_name")] as const;

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

function lvFromRow(r: Row): LogicalVolume {
  // Checked here; readers decode it with lvAttr, which remembers each value it has seen.
  lvAttr(r.lv_attr);
  return {
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
  };
}

function vgFromRow(r: Row): VolumeGroupInfo {
  return {
    name: r.vg_name,
    uuid: r.vg_uuid,
    sizeBytes: bytes(r.vg_size, "vg_size"),
    freeBytes: bytes(r.vg_free, "vg_free"),
    extentSizeBytes: bytes(r.vg_extent_size, "vg_extent_size"),
    pvCount: count(r.pv_count, "pv_count"),
    lvCount: count(r.lv_count, "lv_count"),
    seqno: count(r.vg_seqno, "vg_seqno"),
  };
}

export function decodeLvs(json: string): LogicalVolume[] {
  return rows(json, "lv", LV_COLUMNS).map(lvFromRow);
}

export function decodeVgs(json: string): VolumeGroupInfo[] {
  return rows(json, "vg", VG_COLUMNS).map(vgFromRow);
}

/** A `vgs -o <VG_AND_PV_COLUMNS> vg` report: the VG and its PV device paths; undefined when it has no rows. */
export function decodeVgWithPvs(json: string): VgReport | undefined {
  const found = rows(json, "vg", VG_AND_PV_COLUMNS);
  const [info] = found.map(vgFromRow);
  if (!info) return undefined;
  // A missing PV is reported as "[unknown]": only device paths can be read for the seqno.
  return { info, pvs: [...new Set(found.map((r) => r.pv_name).filter((p) => p.startsWith("/")))] };
}

/**
 * An `lvs -o <LV_AND_SEQNO_COLUMNS>` report of a whole VG, or with
 * `withVg` an `lvs -o <LV_AND_VG_COLUMNS>` report of some of its LVs (then
 * the VG too). No rows, no seqno.
 */
export function decodeLvsWithSeqno(json: string, withVg: boolean): LvReport {
  const found = rows(json, "lv", withVg ? LV_AND_VG_COLUMNS : LV_AND_SEQNO_COLUMNS);
  const lvs = found.map(lvFromRow);
  if (found.length === 0) return { lvs };
  return { lvs, seqno: count(found[0].vg_seqno, "vg_seqno"), info: withVg ? vgFromRow(found[0]) : undefined };
}

/** VG name -> metadata area, from a `vgs -o vg_name,vg_mda_size,vg_mda_free` report. */
export function decodeMetadataAreas(json: string): Map<string, MetadataArea> {
  return new Map(
    rows(json, "vg", MDA_COLUMNS).map((r) => [
      r.vg_name,
      { sizeBytes: bytes(r.vg_mda_size, "vg_mda_size"), freeBytes: bytes(r.vg_mda_free, "vg_mda_free") },
    ]),
  );
}
