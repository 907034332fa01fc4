// Wires the daemon together: runner -> lvm -> inventory -> services -> server.
import { Server } from "@grpc/grpc-js";
import { HealthImplementation } from "./grpc/health.js";
import type { Logger } from "pino";
import { ExportServiceService } from "../gen/lvmctl/v1/export.js";
import { VolumeServiceService } from "../gen/lvmctl/v1/volume.js";
import { VolumeGroupServiceService } from "../gen/lvmctl/v1/volume_group.js";
import type { DaemonConfig } from "./config.js";
import { LvmShellPool } from "./exec/lvm-shell/pool.js";
import { CommandRunner } from "./exec/runner.js";
import { AuthGate } from "./grpc/auth.js";
import { addReflection } from "./grpc/reflection.js";
import { InflightLimit, tolerantDecoding } from "./grpc/unary.js";
import { Inventory } from "./inventory.js";
import { Exporter } from "./lio/exporter.js";
import { CONFIGFS_TARGET } from "./lio/state.js";
import { Listeners } from "./listeners.js";
import { preserialized } from "./net/interceptor.js";
import { raiseOpenFilesLimit } from "./net/open-files.js";
import { Lvm } from "./lvm/lvm.js";
import { OperationLocks } from "./csi/locks.js";
import type * as CsiMethodsModule from "./csi/methods.js";
import type * as CsiServerModule from "./csi/server.js";
import type { CsiServer } from "./csi/server.js";
import { redactIscsiSecrets } from "./csi/node/iscsi.js";
import type * as MetricsModule from "./metrics/daemon-metrics.js";
import type { DaemonMetrics } from "./metrics/daemon-metrics.js";
import { exportService } from "./services/export-service.js";
import { VgWatchHub } from "./services/vg-watch-hub.js";
import { readVolumeGroup, volumeGroupService } from "./services/volume-group-service.js";
import { volumeService } from "./services/volume-service.js";

export const SERVICE_NAMES = ["lvmctl.v1.VolumeService", "lvmctl.v1.VolumeGroupService"];
/** Served apart from the volume services: a host without LIO still serves volumes. */
export const EXPORT_SERVICE_NAME = "lvmctl.v1.ExportService";
const STARTUP_RETRY_MS = 2000;
/** Generous cap on request size: every lvmctl request is tiny, so a large one is hostile. */
const MAX_MESSAGE_BYTES = 1 << 20;
/** Server keepalive pings find peers that vanished without closing (grpc clients answer pings; they do not limit the server's). */
const KEEPALIVE_MS = 60_000;
const KEEPALIVE_TIMEOUT_MS = 20_000;
/** With activation, how often a watched VG with thin pools is read again for their usage (it moves no seqno). */
const WATCH_USAGE_POLL_MS = 10_000;

/** The modules Daemon.create loads for the features a configuration turns on. */
interface OptionalModules {
  metrics?: typeof MetricsModule;
  csi?: { server: typeof CsiServerModule; methods: typeof CsiMethodsModule };
}

export class Daemon {
  readonly runner: CommandRunner;
  readonly lvmShell?: LvmShellPool;
  readonly inventory: Inventory;
  readonly exporter: Exporter;
  private readonly server: Server;
  private readonly listeners: Listeners;
  private readonly health = new HealthImplementation({ "": "NOT_SERVING" });
  /** Feeds the WatchVolumeGroups streams. */
  private readonly vgWatch: VgWatchHub;
  /** The roles in force (--auth-file); SIGHUP replaces them. */
  private readonly auth: AuthGate;
  /** The CSI endpoint (--csi-endpoint), beside the lvmctl API. */
  private readonly csi?: CsiServer;
  /** Prometheus metrics (--metrics-listen); nothing is measured without it. */
  private readonly metrics?: DaemonMetrics;
  private serving = false;
  private startupTimer?: NodeJS.Timeout;

  /**
   * Builds a daemon, loading the CSI and metrics code only when their flags
   * ask for them: a daemon without them does not hold their modules (the CSI
   * contract's generated code and prom-client are a few MiB of idle memory).
   */
  static async create(cfg: DaemonConfig, log: Logger): Promise<Daemon> {
    const [metrics, server, methods] = await Promise.all([
      cfg.metricsListen ? import("./metrics/daemon-metrics.js") : undefined,
      cfg.csi ? import("./csi/server.js") : undefined,
      cfg.csi ? import("./csi/methods.js") : undefined,
    ]);
    return new Daemon(cfg, log, { metrics, csi: server && methods ? { server, methods } : undefined });
  }

  private constructor(
    private readonly cfg: DaemonConfig,
    private readonly log: Logger,
    modules: OptionalModules,
  ) {
    const nodeOnly = cfg.csi?.nodeOnly === true;
    this.metrics = cfg.metricsListen
      ? new modules.metrics!.DaemonMetrics({ lvmBinary: cfg.lvmBinary }, log.child({ component: "metrics" }))
      : undefined;
    this.lvmShell =
      cfg.lvmShell && !nodeOnly
        ? new LvmShellPool({ binary: cfg.lvmBinary }, log.child({ component: "lvm-shell" }))
        : undefined;
    this.runner = new CommandRunner(log.child({ component: "exec" }), redactIscsiSecrets, {
      mutationWatchdogMs: cfg.commandTimeoutMs,
      lvmShell: this.lvmShell,
      observe: this.metrics?.observeCommand,
    });
    const lvm = new Lvm(this.runner, {
      binary: cfg.lvmBinary,
      metadataOnly: cfg.metadataOnly,
      readTimeoutMs: cfg.readTimeoutMs,
      cache: cfg.readCache,
      archiveRetain: cfg.lvmArchiveRetain,
    });
    this.inventory = new Inventory(lvm, cfg.volumeGroups, {
      lockWaitMs: cfg.commandTimeoutMs,
      log: log.child({ component: "inventory" }),
      stateDir: cfg.stateDir,
      observeLockWait: this.metrics?.observeLockWait,
    });
    this.vgWatch = new VgWatchHub({
      read: (vg) => readVolumeGroup(this.inventory, vg),
      seqno: (vg) => this.inventory.seqno(vg),
      thresholdPercent: cfg.fullnessThresholdPercent,
      usagePollMs: cfg.metadataOnly ? undefined : WATCH_USAGE_POLL_MS,
      log: log.child({ component: "vg-watch" }),
    });
    this.inventory.onMutated((vg) => this.vgWatch.changed(vg));
    this.listeners = new Listeners(cfg, log.child({ component: "listen" }));
    this.server = new Server({
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_concurrent_streams": cfg.maxConcurrentStreams,
      "grpc.max_connection_idle_ms": cfg.idleTimeoutMs,
      "grpc.keepalive_time_ms": KEEPALIVE_MS,
      "grpc.keepalive_timeout_ms": KEEPALIVE_TIMEOUT_MS,
      interceptors: [this.listeners.interceptor],
    });
    this.exporter = new Exporter(
      this.inventory,
      this.runner,
      {
        disabledReason: nodeOnly
          ? "started with --csi-node-only (no volume groups)"
          : !cfg.exports
            ? "started with --no-exports"
            : cfg.metadataOnly
              ? "started with --metadata-only (volumes have no devices)"
              : undefined,
        targetcliBinary: cfg.targetcliBinary,
        iqnPrefix: cfg.iqnPrefix,
        portals: cfg.portals,
        chapKeyFile: cfg.chapKeyFile,
        configfsRoot: CONFIGFS_TARGET,
      },
      log.child({ component: "export" }),
    );
    const deps = {
      log: log.child({ component: "rpc" }),
      authorize: (this.auth = new AuthGate(cfg.authFile)).authorize,
      mutationLimit: new InflightLimit(cfg.maxInflightMutations),
      observe: this.metrics?.observeRpc,
    };
    this.server.addService(
      preserialized(tolerantDecoding(VolumeServiceService)),
      volumeService(deps, this.inventory, this.exporter.beforeDelete),
    );
    this.server.addService(
      preserialized(tolerantDecoding(VolumeGroupServiceService)),
      volumeGroupService(deps, this.inventory, this.vgWatch),
    );
    this.server.addService(
      preserialized(tolerantDecoding(ExportServiceService)),
      exportService(deps, this.inventory, this.exporter),
    );
    if (cfg.csi) {
      this.csi = new modules.csi!.server.CsiServer(
        cfg,
        {
          cfg: cfg.csi,
          deps: {
            log: log.child({ component: "csi" }),
            methods: modules.csi!.methods.csiMethod,
            observe: this.metrics?.observeRpc,
          },
          runner: this.runner,
          locks: new OperationLocks(),
          inventory: nodeOnly ? undefined : this.inventory,
          exporter: nodeOnly ? undefined : this.exporter,
          ready: () => this.serving,
          log: log.child({ component: "csi" }),
        },
        log.child({ component: "csi-listen" }),
      );
    }
    for (const name of [...SERVICE_NAMES, EXPORT_SERVICE_NAME]) this.health.setStatus(name, "NOT_SERVING");
    this.health.addToServer(this.server);
    addReflection(this.server);
    this.metrics?.watch({
      storage: nodeOnly ? undefined : this.inventory,
      cache: lvm.cache?.stats,
      mutationLimit: deps.mutationLimit,
      serving: () => this.serving,
    });
  }

  async start(): Promise<string[]> {
    if (this.cfg.metadataOnly) {
      this.log.warn(
        "running with --metadata-only: LVM activation is off, volumes are not zeroed and have no device nodes; thin volumes are refused",
      );
    }
    // Started while the listeners bind; the first lvm commands wait for it (a few ms), or go to exec if it fails.
    void this.lvmShell?.warmUp();
    const openFiles = await raiseOpenFilesLimit(this.runner, this.log);
    const bound = await this.listeners.bind(this.server, openFiles);
    if (this.csi) bound.push(...(await this.csi.start(openFiles)));
    if (this.metrics && this.cfg.metricsListen)
      this.log.info({ url: await this.metrics.listen(this.cfg.metricsListen) }, "metrics endpoint listening");
    this.log.info({ listen: bound, volumeGroups: this.cfg.volumeGroups }, "lvmctld listening");
    if (this.cfg.csi?.nodeOnly) {
      // Nothing to check: no volume groups, and lvm need not even be installed.
      this.serving = true;
      this.health.setStatus("", "SERVING");
      this.log.info({ nodeId: this.cfg.csi.nodeId }, "CSI node plugin only; serving");
    } else await this.startupChecks();
    this.exporter.start((serving) => this.health.setStatus(EXPORT_SERVICE_NAME, serving ? "SERVING" : "NOT_SERVING"));
    return bound;
  }

  /** SIGHUP (reload.ts): the log level, roles file and TLS files of `next`, read again; all or nothing. Returns what it applied. */
  reload(next: DaemonConfig): string[] {
    const auth = this.auth.prepare(next.authFile);
    const tls = this.listeners.prepareTlsReload(next);
    auth.apply();
    tls?.apply();
    this.log.level = next.logLevel;
    return [`log-level ${next.logLevel}`, `auth-file ${auth.summary}`, ...(tls ? ["TLS files read again"] : [])];
  }

  /** Health turns SERVING once lvm runs and every configured VG exists; retried until then. */
  private async startupChecks(): Promise<void> {
    try {
      const version = await this.inventory.verify();
      await this.recoverUnfinished();
      for (const name of ["", ...SERVICE_NAMES]) this.health.setStatus(name, "SERVING");
      this.serving = true;
      this.log.info({ lvmVersion: version }, "start-up checks passed; serving");
    } catch (err) {
      this.log.warn(
        { reason: err instanceof Error ? err.message : String(err) },
        "start-up checks failed; NOT_SERVING, retrying",
      );
      this.startupTimer = setTimeout(() => void this.startupChecks(), STARTUP_RETRY_MS);
    }
  }

  /**
   * Start-up recovery: the create journals are taken (failing the check while
   * another lvmctld holds one), creations a previous run did not finish (never
   * acknowledged) are removed before serving, then the journals are compacted.
   */
  private async recoverUnfinished(): Promise<void> {
    this.inventory.takeJournals();
    for (const vg of this.cfg.volumeGroups) {
      try {
        const removed = await this.inventory.mutate(vg, () => this.inventory.recoverUnfinished(vg));
        if (removed.length > 0)
          this.log.warn({ vg, removed }, "removed volumes whose creation did not finish before the last shutdown");
      } catch (err) {
        // Not fatal: such an LV stays invisible, and a retried CreateVolume of its name completes or replaces it.
        this.log.warn(
          { vg, reason: err instanceof Error ? err.message : String(err) },
          "could not clean up unfinished creations",
        );
      }
    }
    await this.inventory.compactJournals();
  }

  /**
   * Health turns NOT_SERVING (watchers see it), the listeners close (the
   * socket file goes while it is still ours) and Watch streams end; calls in
   * flight get the grace period, then every connection is closed. Mutating
   * commands are never cut short: they are waited for after that, however long.
   */
  async stop(): Promise<void> {
    clearTimeout(this.startupTimer);
    this.exporter.stop();
    for (const name of ["", ...SERVICE_NAMES, EXPORT_SERVICE_NAME]) this.health.setStatus(name, "NOT_SERVING");
    this.serving = false;
    this.listeners.stopAccepting();
    this.csi?.stopAccepting();
    this.health.endWatches();
    this.vgWatch.end();
    let graceTimer: NodeJS.Timeout | undefined;
    const graceful = await Promise.race([
      Promise.all([
        new Promise<void>((resolve) => this.server.tryShutdown(() => resolve())),
        this.csi?.tryShutdown(),
      ]).then(() => true),
      new Promise<boolean>((resolve) => (graceTimer = setTimeout(() => resolve(false), this.cfg.shutdownGraceMs))),
    ]);
    clearTimeout(graceTimer);
    if (!graceful) {
      this.log.warn(
        { graceMs: this.cfg.shutdownGraceMs },
        "calls still open after the shutdown grace period; closing their connections",
      );
      this.server.forceShutdown();
    }
    this.listeners.closeAll();
    this.csi?.forceShutdown();
    this.log.info({ callsFinished: graceful }, "connections closed; waiting for running commands");
    await this.runner.drain();
    await this.runner.close();
    await this.metrics?.close();
  }
}
