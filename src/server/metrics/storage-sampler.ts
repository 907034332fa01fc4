// What the storage gauges report, read at scrape time through the inventory's
// cached reads: vgs/lvs answers are served while the VG's vg_seqno is unchanged
// (one read of the PVs' metadata areas) and metadata areas are kept per seqno,
// so a scrape of an idle VG runs no lvm command. The cost is bounded anyway, for
// --no-read-cache and busy VGs: concurrent scrapes share one sample, a sample is
// reused for MIN_INTERVAL_MS, and reads are abandoned after TIMEOUT_MS.
import type { Logger } from "pino";
import type { Inventory } from "../inventory.js";
import { isThinPool } from "../lvm/model.js";
import { EXPORT_TAG } from "../lio/tags.js";

export const MIN_INTERVAL_MS = 2000;
export const TIMEOUT_MS = 5000;

/** The inventory's read side (a fake in unit tests). */
export type StorageSource = Pick<Inventory, "volumeGroups" | "vg" | "lvs" | "metadataAreas">;

export interface ThinPoolSample {
  name: string;
  /** 0..1; undefined when lvm reports none (no device-mapper, pool inactive). */
  dataRatio?: number;
  metadataRatio?: number;
}

export type VgSample =
  | { vg: string; ok: false }
  | {
      vg: string;
      ok: true;
      sizeBytes: number;
      freeBytes: number;
      /** Undefined when lvm reported no metadata area for the VG. */
      metadataSizeBytes?: number;
      metadataFreeBytes?: number;
      logicalVolumes: number;
      exports: number;
      thinPools: ThinPoolSample[];
    };

export interface SamplerOptions {
  minIntervalMs?: number;
  timeoutMs?: number;
  log?: Logger;
}

const ratio = (percent: number | undefined) => (percent === undefined ? undefined : percent / 100);

export class StorageSampler {
  /** The latest sample; `done` is when it finished (undefined while it runs). */
  private last?: { sample: Promise<VgSample[]>; done?: number };
  private readonly failing = new Set<string>();

  constructor(
    private readonly source: StorageSource,
    private readonly opts: SamplerOptions = {},
  ) {}

  /** The current sample: shared with a scrape in progress, or reused within minIntervalMs of the last one ending. */
  sample(): Promise<VgSample[]> {
    const last = this.last;
    const minInterval = this.opts.minIntervalMs ?? MIN_INTERVAL_MS;
    if (last && (last.done === undefined || performance.now() - last.done < minInterval)) return last.sample;
    const next: { sample: Promise<VgSample[]>; done?: number } = { sample: this.take() };
    // take() never rejects: a VG that cannot be read is a sample with ok false.
    void next.sample.then(() => (next.done = performance.now()));
    this.last = next;
    return next.sample;
  }

  private async take(): Promise<VgSample[]> {
    const signal = AbortSignal.timeout(this.opts.timeoutMs ?? TIMEOUT_MS);
    return Promise.all(this.source.volumeGroups.map((vg) => this.sampleVg(vg, signal)));
  }

  private async sampleVg(vg: string, signal: AbortSignal): Promise<VgSample> {
    try {
      const [info, lvs, areas] = await Promise.all([
        this.source.vg(vg, signal),
        this.source.lvs([vg], signal),
        this.source.metadataAreas([vg], signal),
      ]);
      if (this.failing.delete(vg)) this.opts.log?.info({ vg }, "metrics: volume group readable again");
      const area = areas.get(vg);
      return {
        vg,
        ok: true,
        sizeBytes: Number(info.sizeBytes),
        freeBytes: Number(info.freeBytes),
        metadataSizeBytes: area && Number(area.sizeBytes),
        metadataFreeBytes: area && Number(area.freeBytes),
        logicalVolumes: info.lvCount,
        exports: lvs.filter((lv) => lv.tags.includes(EXPORT_TAG)).length,
        thinPools: lvs
          .filter(isThinPool)
          .map((lv) => ({ name: lv.name, dataRatio: ratio(lv.dataPercent), metadataRatio: ratio(lv.metadataPercent) })),
      };
    } catch (err) {
      // Logged once per outage, not once per scrape; lvmctl_vg_up says it meanwhile.
      if (!this.failing.has(vg)) {
        this.failing.add(vg);
        this.opts.log?.warn(
          { vg, reason: err instanceof Error ? err.message : String(err) },
          "metrics: cannot read volume group",
        );
      }
      return { vg, ok: false };
    }
  }
}
