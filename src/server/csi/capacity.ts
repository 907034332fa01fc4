// CSI capacity ranges -> an LV size in whole extents, within the range or OUT_OF_RANGE.
import type { CapacityRange } from "../../gen/csi/v1/csi.js";
import { invalidArgument, LvmctlError } from "../errors.js";

/** What a volume gets when the CO asks for no particular size. */
export const DEFAULT_VOLUME_BYTES = 1n << 30n;

export interface Range {
  required: bigint;
  /** 0 = no limit. */
  limit: bigint;
}

export function checkRange(field: string, range: CapacityRange | undefined): Range {
  const required = range?.requiredBytes ?? 0n;
  const limit = range?.limitBytes ?? 0n;
  if (required < 0n) throw invalidArgument(`${field}.required_bytes`, "must not be negative");
  if (limit < 0n) throw invalidArgument(`${field}.limit_bytes`, "must not be negative");
  if (limit > 0n && required > limit)
    throw invalidArgument(field, `required_bytes ${required} is more than limit_bytes ${limit}`);
  return { required, limit };
}

/**
 * The size to create: the required bytes (at least `floor`, e.g. a content
 * source's size; else the default, capped by the limit) rounded up to whole
 * extents; rounded down instead when only that stays within the limit.
 */
export function sizeFor(range: Range, extent: bigint, floor = 0n): bigint {
  const minimum = [range.required, floor, 1n].reduce((a, b) => (a > b ? a : b));
  const wanted = range.required > 0n || floor > 0n ? minimum : defaultWithin(range.limit);
  const up = ((wanted + extent - 1n) / extent) * extent;
  if (range.limit === 0n || up <= range.limit) return up;
  const down = (range.limit / extent) * extent;
  if (down >= minimum) return down;
  throw new LvmctlError(
    "OUT_OF_RANGE",
    `no size in whole extents of ${extent} bytes is at least ${minimum} and at most limit_bytes ${range.limit}`,
  );
}

function defaultWithin(limit: bigint): bigint {
  return limit > 0n && limit < DEFAULT_VOLUME_BYTES ? limit : DEFAULT_VOLUME_BYTES;
}

/** Whether an existing volume's size satisfies a range (idempotent CreateVolume). */
export const fits = (size: bigint, range: Range): boolean =>
  size >= range.required && (range.limit === 0n || size <= range.limit);
