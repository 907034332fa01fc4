// Per-VG gauges: capacity, metadata area, thin pools, volume and export counts,
// set at scrape time from one shared sample (storage-sampler.ts).
import { Gauge, type Registry } from "prom-client";
import type { StorageSampler, VgSample } from "./storage-sampler.js";

type ReadySample = Extract<VgSample, { ok: true }>;

function vgGauge(
  registry: Registry,
  sampler: StorageSampler,
  name: string,
  help: string,
  value: (s: ReadySample) => number | undefined,
): void {
  new Gauge({
    name,
    help,
    labelNames: ["vg"],
    registers: [registry],
    async collect() {
      const samples = await sampler.sample();
      this.reset();
      for (const s of samples) {
        const v = s.ok ? value(s) : undefined;
        if (v !== undefined) this.set({ vg: s.vg }, v);
      }
    },
  });
}

function poolGauge(
  registry: Registry,
  sampler: StorageSampler,
  name: string,
  help: string,
  key: "dataRatio" | "metadataRatio",
): void {
  new Gauge({
    name,
    help,
    labelNames: ["vg", "pool"],
    registers: [registry],
    async collect() {
      const samples = await sampler.sample();
      this.reset();
      for (const s of samples) {
        if (!s.ok) continue;
        for (const pool of s.thinPools) {
          const v = pool[key];
          if (v !== undefined) this.set({ vg: s.vg, pool: pool.name }, v);
        }
      }
    },
  });
}

export function storageMetrics(registry: Registry, sampler: StorageSampler): void {
  new Gauge({
    name: "lvmctl_vg_up",
    help: "1 when the volume group could be read at the last sample, 0 when not (missing, lvm failing or too slow).",
    labelNames: ["vg"],
    registers: [registry],
    async collect() {
      const samples = await sampler.sample();
      this.reset();
      for (const s of samples) this.set({ vg: s.vg }, s.ok ? 1 : 0);
    },
  });
  vgGauge(registry, sampler, "lvmctl_vg_size_bytes", "Size of the volume group.", (s) => s.sizeBytes);
  vgGauge(registry, sampler, "lvmctl_vg_free_bytes", "Unallocated space in the volume group.", (s) => s.freeBytes);
  vgGauge(
    registry,
    sampler,
    "lvmctl_vg_metadata_size_bytes",
    "Size of the volume group's metadata area (the smallest of its PVs').",
    (s) => s.metadataSizeBytes,
  );
  vgGauge(
    registry,
    sampler,
    "lvmctl_vg_metadata_free_bytes",
    "Free space in the volume group's metadata area; when it runs out, no LV can be created or changed.",
    (s) => s.metadataFreeBytes,
  );
  vgGauge(
    registry,
    sampler,
    "lvmctl_vg_logical_volumes",
    "Logical volumes in the volume group (lvm's lv_count: every visible LV, managed by lvmctl or not).",
    (s) => s.logicalVolumes,
  );
  vgGauge(registry, sampler, "lvmctl_vg_exports", "Volumes of the volume group exported over iSCSI.", (s) => s.exports);
  poolGauge(
    registry,
    sampler,
    "lvmctl_thin_pool_data_used_ratio",
    "Used fraction (0-1) of a thin pool's data space; writes to its thin volumes fail when it is full.",
    "dataRatio",
  );
  poolGauge(
    registry,
    sampler,
    "lvmctl_thin_pool_metadata_used_ratio",
    "Used fraction (0-1) of a thin pool's metadata space; the pool goes read-only when it is full.",
    "metadataRatio",
  );
}
