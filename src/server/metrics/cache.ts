// The vg_seqno-checked read cache's counters (lvm/cache.ts CacheStats), read
// at scrape time: hits against refills say how many reads cost no lvm command.
import { Counter, type Registry } from "prom-client";
import type { CacheStats } from "../lvm/cache.js";

export function cacheMetrics(registry: Registry, stats: Readonly<CacheStats>): void {
  new Counter({
    name: "lvmctl_read_cache_hits_total",
    help: "Reads of LVM answered from the read cache without an lvm command.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats.hits);
    },
  });
  new Counter({
    name: "lvmctl_read_cache_refills_total",
    help: "Read cache refills: vg (vgs), lvs (a whole VG's lvs), pending (LVs our own mutations changed), metadata_text (decoded from the PVs' metadata, no lvm command).",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ kind: "vg" }, stats.vgRefills);
      this.inc({ kind: "lvs" }, stats.lvRefills);
      this.inc({ kind: "pending" }, stats.pendingReads);
      this.inc({ kind: "metadata_text" }, stats.metadataRefills);
    },
  });
  new Counter({
    name: "lvmctl_read_cache_seqno_checks_total",
    help: "vg_seqno checks before serving a cached read: via disk (read from the PVs' metadata areas) or command (vgs).",
    labelNames: ["via"],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ via: "disk" }, stats.diskChecks);
      this.inc({ via: "command" }, stats.commandChecks);
    },
  });
  new Counter({
    name: "lvmctl_read_cache_patches_total",
    help: "Cache entries patched in place after one of our own mutations.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats.patches);
    },
  });
  new Counter({
    name: "lvmctl_read_cache_invalidations_total",
    help: "Cache entries dropped (a change the cache could not patch; the next read refills).",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats.drops);
    },
  });
}
