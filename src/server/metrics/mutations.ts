// Mutations in flight (the --max-inflight-mutations gate) and how long
// mutations wait for their VG's lock (inventory.ts's mutate()).
import { Gauge, Histogram, type Registry } from "prom-client";
import type { InflightLimit } from "../grpc/unary.js";
import { LATENCY_BUCKETS } from "./buckets.js";

export function lockWaitMetrics(registry: Registry): (vg: string, seconds: number) => void {
  const wait = new Histogram({
    name: "lvmctl_vg_lock_wait_seconds",
    help: "How long mutations waited for their volume group's lock before running, by VG.",
    labelNames: ["vg"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return (vg, seconds) => wait.observe({ vg }, seconds);
}

/** Read at scrape time from the gate every mutating RPC passes. */
export function inflightMetrics(registry: Registry, limit: InflightLimit): void {
  new Gauge({
    name: "lvmctl_inflight_mutations",
    help: "Mutating RPCs admitted and not yet answered (running or waiting for their VG's lock).",
    registers: [registry],
    collect() {
      this.set(limit.inflight);
    },
  });
  new Gauge({
    name: "lvmctl_inflight_mutations_limit",
    help: "Mutating RPCs admitted at once (--max-inflight-mutations); more get RESOURCE_EXHAUSTED.",
    registers: [registry],
    collect() {
      this.set(limit.max);
    },
  });
}
