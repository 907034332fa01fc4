// Wires the daemon together: runner -> lvm -> inventory -> services -> server.
import { Server } from "@grpc/grpc-js";
import { HealthImplementation } from "grpc-health-check";
import type { Logger } from "pino";
import { VolumeServiceService } from "../gen/lvmctl/v1/volume.js";
import { VolumeGroupServiceService } from "../gen/lvmctl/v1/volume_group.js";
import type { DaemonConfig } from "./config.js";
import { CommandRunner } from "./exec/runner.js";
import { addReflection } from "./grpc/reflection.js";
import { Inventory } from "./inventory.js";
import { bindListeners, removeSockets } from "./listeners.js";
import { Lvm } from "./lvm/lvm.js";
import { volumeGroupService } from "./services/volume-group-service.js";
import { volumeService } from "./services/volume-service.js";

export const SERVICE_NAMES = ["lvmctl.v1.VolumeService", "lvmctl.v1.VolumeGroupService"];
const STARTUP_RETRY_MS = 2000;
/** Generous cap on request size: every lvmctl request is tiny, so a large one is hostile. */
const MAX_MESSAGE_BYTES = 1 << 20;

export class Daemon {
  readonly runner: CommandRunner;
  readonly inventory: Inventory;
  private readonly server: Server;
  private readonly health = new HealthImplementation({ "": "NOT_SERVING" });
  private startupTimer?: NodeJS.Timeout;

  constructor(
    private readonly cfg: DaemonConfig,
    private readonly log: Logger,
  ) {
    this.runner = new CommandRunner(log.child({ component: "exec" }));
    const lvm = new Lvm(this.runner, { binary: cfg.lvmBinary, metadataOnly: cfg.metadataOnly, readTimeoutMs: cfg.readTimeoutMs });
    this.inventory = new Inventory(lvm, cfg.volumeGroups);
    this.server = new Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES });
    const deps = { log: log.child({ component: "rpc" }) };
    this.server.addService(VolumeServiceService, volumeService(deps, this.inventory));
    this.server.addService(VolumeGroupServiceService, volumeGroupService(deps, this.inventory));
    for (const name of SERVICE_NAMES) this.health.setStatus(name, "NOT_SERVING");
    this.health.addToServer(this.server);
    addReflection(this.server);
  }

  async start(): Promise<string[]> {
    if (this.cfg.metadataOnly) {
      this.log.warn("running with --metadata-only: LVM activation is off, volumes are not zeroed and have no device nodes; thin volumes are refused");
    }
    const bound = await bindListeners(this.server, this.cfg);
    this.log.info({ listen: bound, volumeGroups: this.cfg.volumeGroups }, "lvmctld listening");
    await this.startupChecks();
    return bound;
  }

  /** Health turns SERVING once lvm runs and every configured VG exists; retried until then. */
  private async startupChecks(): Promise<void> {
    try {
      const version = await this.inventory.lvm.version();
      const found = await this.inventory.lvm.listVgs(this.cfg.volumeGroups);
      const missing = this.cfg.volumeGroups.filter((vg) => !found.some((f) => f.name === vg));
      if (missing.length > 0) throw new Error(`volume groups not found: ${missing.join(", ")}`);
      for (const name of ["", ...SERVICE_NAMES]) this.health.setStatus(name, "SERVING");
      this.log.info({ lvmVersion: version }, "start-up checks passed; serving");
    } catch (err) {
      this.log.warn({ reason: err instanceof Error ? err.message : String(err) }, "start-up checks failed; NOT_SERVING, retrying");
      this.startupTimer = setTimeout(() => void this.startupChecks(), STARTUP_RETRY_MS);
    }
  }

  /** Stops accepting calls, lets in-flight calls and mutating commands finish, removes sockets. */
  async stop(): Promise<void> {
    clearTimeout(this.startupTimer);
    for (const name of ["", ...SERVICE_NAMES]) this.health.setStatus(name, "NOT_SERVING");
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    await this.runner.drain();
    removeSockets(this.cfg);
  }
}
