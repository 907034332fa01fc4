// Fullness of the four resources a watch reports on (the VG's extents, its
// metadata area, each thin pool's data and metadata) and their crossings of
// the daemon's threshold between two states of a VG. A resource is above
// when its percent is at or over the threshold.
import {
  ThresholdDirection,
  WatchedResource,
  type ThresholdCrossing,
  type VolumeGroup,
} from "../../gen/lvmctl/v1/volume_group.js";

export interface Usage {
  /** Identifies the resource within its VG ("vg", "mda", "pool-data:<name>", "pool-metadata:<name>"). */
  key: string;
  resource: WatchedResource;
  thinPool: string;
  percent: number;
}

/** Which resources are above the threshold, by key (a VG's levels). */
export type Levels = ReadonlyMap<string, Usage>;

const round2 = (n: number) => Math.round(n * 100) / 100;

function usedPercent(size: bigint, free: bigint): number {
  if (size <= 0n) return 0;
  const used = size - free < 0n ? 0n : size - free;
  // Basis points in bigint first: sizes reach exabytes, beyond a double's exact integers.
  return Number((used * 10_000n) / size) / 100;
}

/** The mda header sector, at the start of every metadata area. */
const MDA_HEADER_BYTES = 512n;

/**
 * How full a metadata area is. lvm writes a change's metadata next to the
 * committed copy, so it reports as free what is left of half the area (after
 * its header) once the current text is counted: an empty VG already shows
 * about half its area used. Fullness is measured against that usable half, so
 * 0 % is empty and 100 % is "no change fits".
 */
function metadataAreaPercent(size: bigint, free: bigint): number {
  const usable = (size - MDA_HEADER_BYTES) / 2n;
  return usable <= 0n ? 0 : Math.min(100, usedPercent(usable, free));
}

export function usages(vg: VolumeGroup): Usage[] {
  const out: Usage[] = [
    {
      key: "vg",
      resource: WatchedResource.WATCHED_RESOURCE_VG_DATA,
      thinPool: "",
      percent: usedPercent(vg.sizeBytes, vg.freeBytes),
    },
    {
      key: "mda",
      resource: WatchedResource.WATCHED_RESOURCE_METADATA_AREA,
      thinPool: "",
      percent: metadataAreaPercent(vg.metadataAreaSizeBytes, vg.metadataAreaFreeBytes),
    },
  ];
  for (const pool of vg.thinPools) {
    out.push(
      {
        key: `pool-data:${pool.name}`,
        resource: WatchedResource.WATCHED_RESOURCE_THIN_POOL_DATA,
        thinPool: pool.name,
        percent: round2(pool.dataPercent),
      },
      {
        key: `pool-metadata:${pool.name}`,
        resource: WatchedResource.WATCHED_RESOURCE_THIN_POOL_METADATA,
        thinPool: pool.name,
        percent: round2(pool.metadataPercent),
      },
    );
  }
  return out;
}

/** The resources of `vg` at or above `threshold` percent. */
export function levelsOf(vg: VolumeGroup, threshold: number): Map<string, Usage> {
  return new Map(usages(vg).flatMap((u) => (u.percent >= threshold ? [[u.key, u] as const] : [])));
}

export function crossing(u: Usage, threshold: number, direction: ThresholdDirection): ThresholdCrossing {
  return { resource: u.resource, thinPool: u.thinPool, percent: u.percent, thresholdPercent: threshold, direction };
}

/**
 * What crossed between two states' levels: ABOVE for each resource newly at
 * or over the threshold, BELOW for each that fell back under it. A thin pool
 * that was removed while above reports BELOW with percent 0.
 */
export function crossings(before: Levels, after: Levels, vg: VolumeGroup, threshold: number): ThresholdCrossing[] {
  const out: ThresholdCrossing[] = [];
  for (const [key, u] of after) {
    if (!before.has(key)) out.push(crossing(u, threshold, ThresholdDirection.THRESHOLD_DIRECTION_ABOVE));
  }
  const now = new Map(usages(vg).map((u) => [u.key, u]));
  for (const [key, u] of before) {
    if (after.has(key)) continue;
    const current = now.get(key) ?? { ...u, percent: 0 };
    out.push(crossing(current, threshold, ThresholdDirection.THRESHOLD_DIRECTION_BELOW));
  }
  return out;
}

/** The key a crossing belongs to (the coalescing writer keeps one pending crossing per key). */
export function crossingKey(c: ThresholdCrossing): string {
  switch (c.resource) {
    case WatchedResource.WATCHED_RESOURCE_VG_DATA:
      return "vg";
    case WatchedResource.WATCHED_RESOURCE_METADATA_AREA:
      return "mda";
    case WatchedResource.WATCHED_RESOURCE_THIN_POOL_DATA:
      return `pool-data:${c.thinPool}`;
    default:
      return `pool-metadata:${c.thinPool}`;
  }
}
