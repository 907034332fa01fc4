// The daemon's metrics: one registry per Daemon (never prom-client's global
// one), the observers the runner, the inventory and the RPC wrapper call, the
// gauges read at scrape time, and the HTTP endpoint that serves them. Built only
// when --metrics-listen is given; without it nothing is measured.
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { Logger } from "pino";
import { VERSION } from "../../common/version.js";
import type { CommandObserver } from "../exec/runner.js";
import type { HandlerDeps, InflightLimit } from "../grpc/unary.js";
import type { CacheStats } from "../lvm/cache.js";
import { cacheMetrics } from "./cache.js";
import { commandMetrics } from "./commands.js";
import { MetricsServer } from "./http.js";
import { inflightMetrics, lockWaitMetrics } from "./mutations.js";
import { rpcMetrics } from "./rpc.js";
import { StorageSampler, type StorageSource } from "./storage-sampler.js";
import { storageMetrics } from "./storage.js";

const LINT_FAILING_DEFAULTS = [
  "nodejs_active_handles_total",
  "nodejs_active_requests_total",
  "nodejs_active_resources_total",
];

export interface ScrapeSources {
  /** The inventory (absent on a --csi-node-only host, which has no VGs). */
  storage?: StorageSource;
  /** The read cache's counters (absent with --no-read-cache). */
  cache?: Readonly<CacheStats>;
  mutationLimit?: InflightLimit;
  /** The daemon's overall health: true once start-up checks passed, false again at shutdown. */
  serving: () => boolean;
}

export class DaemonMetrics {
  readonly registry = new Registry();
  readonly observeRpc: NonNullable<HandlerDeps["observe"]>;
  readonly observeCommand: CommandObserver;
  readonly observeLockWait: (vg: string, seconds: number) => void;
  private readonly server: MetricsServer;

  constructor(
    opts: { lvmBinary: string },
    private readonly log: Logger,
  ) {
    collectDefaultMetrics({ register: this.registry });
    // Gauges named like counters (promtool check metrics flags them); sum() of the per-type gauges beside them says the same.
    for (const name of LINT_FAILING_DEFAULTS) this.registry.removeSingleMetric(name);
    this.observeRpc = rpcMetrics(this.registry);
    this.observeCommand = commandMetrics(this.registry, opts.lvmBinary);
    this.observeLockWait = lockWaitMetrics(this.registry);
    new Gauge({
      name: "lvmctl_build_info",
      help: "Always 1; the version label says which lvmctld runs.",
      labelNames: ["version"],
      registers: [this.registry],
    }).set({ version: VERSION }, 1);
    this.server = new MetricsServer(this.registry, log);
  }

  /** Registers the gauges read at scrape time (once the daemon's parts exist). */
  watch(sources: ScrapeSources): void {
    new Gauge({
      name: "lvmctl_serving",
      help: "1 when lvmctld serves (health SERVING: lvm runs and every configured VG exists), else 0.",
      registers: [this.registry],
      collect() {
        this.set(sources.serving() ? 1 : 0);
      },
    });
    if (sources.mutationLimit) inflightMetrics(this.registry, sources.mutationLimit);
    if (sources.cache) cacheMetrics(this.registry, sources.cache);
    if (sources.storage) {
      const sampler = new StorageSampler(sources.storage, { log: this.log });
      storageMetrics(this.registry, sampler);
    }
  }

  /** Starts the endpoint; returns its URL. */
  listen(hostPort: string): Promise<string> {
    return this.server.listen(hostPort);
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
