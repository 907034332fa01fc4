// lv_attr, the ten-character summary lvs prints for an LV, decoded into named
// fields (lvs(8) "The lv_attr bits are", as lvm2 2.03 writes them in
// lib/metadata/lv.c). The one place that knows which character means what:
// everything else asks the decoded LvAttr.
import { LvmctlError } from "../errors.js";

export type VolumeType =
  | "plain"
  | "cache"
  | "mirror"
  | "mirror-unsynced"
  | "origin"
  | "merging-origin"
  | "integrity"
  | "raid"
  | "raid-unsynced"
  | "snapshot"
  | "merging-snapshot"
  | "pvmove"
  | "virtual"
  | "image"
  | "image-out-of-sync"
  | "mirror-log"
  | "converting"
  | "thin"
  | "thin-pool"
  | "thin-pool-data"
  | "vdo-pool"
  | "vdo-pool-data"
  | "metadata";
export type Permissions = "writeable" | "read-only" | "read-only-activation" | "none";
export type AllocationPolicy = "anywhere" | "contiguous" | "inherited" | "cling" | "normal";
export type LvState =
  | "inactive"
  | "active"
  | "historical"
  | "suspended"
  | "invalid-snapshot"
  | "suspended-invalid-snapshot"
  | "snapshot-merge-failed"
  | "suspended-snapshot-merge-failed"
  | "no-table"
  | "inactive-table"
  | "check-needed"
  | "suspended-check-needed"
  | "unknown";
export type TargetType = "plain" | "cache" | "mirror" | "raid" | "snapshot" | "thin" | "unknown" | "virtual";
export type Health =
  | "ok"
  | "partial"
  | "unknown"
  | "refresh-needed"
  | "mismatches"
  | "writemostly"
  | "reshaping"
  | "remove-after-reshape"
  | "failed"
  | "out-of-data-space"
  | "metadata-read-only"
  | "error";

export interface LvAttr {
  volumeType: VolumeType;
  permissions: Permissions;
  allocation: {
    policy: AllocationPolicy;
    /** Locked against allocation changes (e.g. during pvmove). */ locked: boolean;
  };
  fixedMinor: boolean;
  /** From device-mapper: "unknown" on a host without it (--metadata-only). */
  state: LvState;
  /** Device open: undefined when unknown (no device-mapper). */
  open: boolean | undefined;
  targetType: TargetType;
  /** New thin blocks are zeroed before use. */
  zeroing: boolean;
  health: Health;
  activationSkip: boolean;
}

const VOLUME_TYPES: Record<string, VolumeType> = {
  "-": "plain",
  C: "cache",
  m: "mirror",
  M: "mirror-unsynced",
  o: "origin",
  O: "merging-origin",
  g: "integrity",
  r: "raid",
  R: "raid-unsynced",
  s: "snapshot",
  S: "merging-snapshot",
  p: "pvmove",
  v: "virtual",
  i: "image",
  I: "image-out-of-sync",
  l: "mirror-log",
  c: "converting",
  V: "thin",
  t: "thin-pool",
  T: "thin-pool-data",
  d: "vdo-pool",
  D: "vdo-pool-data",
  e: "metadata",
};
const PERMISSIONS: Record<string, Permissions> = {
  w: "writeable",
  r: "read-only",
  R: "read-only-activation",
  "-": "none",
};
const ALLOCATION: Record<string, AllocationPolicy> = {
  a: "anywhere",
  c: "contiguous",
  i: "inherited",
  l: "cling",
  n: "normal",
};
const STATES: Record<string, LvState> = {
  "-": "inactive",
  a: "active",
  h: "historical",
  s: "suspended",
  I: "invalid-snapshot",
  S: "suspended-invalid-snapshot",
  m: "snapshot-merge-failed",
  M: "suspended-snapshot-merge-failed",
  d: "no-table",
  i: "inactive-table",
  c: "check-needed",
  C: "suspended-check-needed",
  X: "unknown",
};
const OPEN: Record<string, boolean | undefined> = { o: true, "-": false, X: undefined };
const TARGET_TYPES: Record<string, TargetType> = {
  "-": "plain",
  C: "cache",
  m: "mirror",
  r: "raid",
  s: "snapshot",
  t: "thin",
  u: "unknown",
  v: "virtual",
};
const HEALTH: Record<string, Health> = {
  "-": "ok",
  p: "partial",
  X: "unknown",
  r: "refresh-needed",
  m: "mismatches",
  w: "writemostly",
  s: "reshaping",
  R: "remove-after-reshape",
  F: "failed",
  D: "out-of-data-space",
  M: "metadata-read-only",
  E: "error",
};
const flag = (set: string): Record<string, boolean> => ({ [set]: true, "-": false });

/** Decoded values by lv_attr string: a VG's thousands of LVs share a handful of them. */
const decoded = new Map<string, LvAttr>();
const MAX_REMEMBERED = 1024;

/** Decodes lv_attr; anything lvm2 does not print is a malformed report (INTERNAL). */
export function lvAttr(raw: string): LvAttr {
  const known = decoded.get(raw);
  if (known) return known;
  if (raw.length !== 10) throw malformed(raw, "is not 10 characters");
  const field = <T>(i: number, table: Record<string, T>, what: string, letter = raw[i]): T => {
    if (!Object.hasOwn(table, letter)) throw malformed(raw, `has an unknown ${what} "${raw[i]}"`);
    return table[letter];
  };
  // The allocation policy's letter is capitalised while the LV is locked against allocation changes.
  const policy = raw[2].toLowerCase();
  const attr: LvAttr = Object.freeze({
    volumeType: field(0, VOLUME_TYPES, "volume type"),
    permissions: field(1, PERMISSIONS, "permission"),
    allocation: Object.freeze({ policy: field(2, ALLOCATION, "allocation policy", policy), locked: raw[2] !== policy }),
    fixedMinor: field(3, flag("m"), "fixed-minor flag"),
    state: field(4, STATES, "state"),
    open: field(5, OPEN, "open flag"),
    targetType: field(6, TARGET_TYPES, "target type"),
    zeroing: field(7, flag("z"), "zeroing flag"),
    health: field(8, HEALTH, "health"),
    activationSkip: field(9, flag("k"), "activation-skip flag"),
  });
  if (decoded.size >= MAX_REMEMBERED) decoded.clear();
  decoded.set(raw, attr);
  return attr;
}

function malformed(raw: string, what: string): LvmctlError {
  return new LvmctlError("INTERNAL", `malformed lvm report: lv_attr="${raw}" ${what}`);
}
