// What the CSI services share with each other and with the rest of the daemon.
import type { Logger } from "pino";
import type { CommandRunner } from "../exec/runner.js";
import type { HandlerDeps } from "../grpc/unary.js";
import type { Inventory } from "../inventory.js";
import type { Exporter } from "../lio/exporter.js";
import type { OperationLocks } from "./locks.js";
import type { CsiConfig } from "./settings.js";

export interface CsiContext {
  cfg: CsiConfig;
  deps: HandlerDeps;
  runner: CommandRunner;
  /** One set of per-volume locks for Controller and Node: a second call on a busy volume gets ABORTED. */
  locks: OperationLocks;
  /** Absent on --csi-node-only hosts, which have no volume groups. */
  inventory?: Inventory;
  exporter?: Exporter;
  /** True once the daemon's start-up checks have passed (Probe's readiness). */
  ready: () => boolean;
  log: Logger;
}
