// The CSI endpoint: a grpc-js server of its own on the CSI Unix socket, apart
// from the lvmctl API's, so neither API is reachable through the other's
// socket. It shares the daemon's runner, inventory, exporter and logging, and
// the same transport limits (its own Listeners over the same settings).
import { Server } from "@grpc/grpc-js";
import type { Logger } from "pino";
import { ControllerService, IdentityService, NodeService } from "../../gen/csi/v1/csi.js";
import type { DaemonConfig } from "../config.js";
import { tolerantDecoding } from "../grpc/unary.js";
import { Listeners } from "../listeners.js";
import { preserialized } from "../net/interceptor.js";
import type { CsiContext } from "./context.js";
import { controllerService } from "./controller.js";
import { identityService } from "./identity.js";
import { isCsiReadOnlyPath } from "./methods.js";
import { nodeService } from "./node.js";

const MAX_MESSAGE_BYTES = 4 << 20;

export class CsiServer {
  private readonly server: Server;
  private readonly listeners: Listeners;

  constructor(daemonCfg: DaemonConfig, ctx: CsiContext, log: Logger) {
    this.listeners = new Listeners({ ...daemonCfg, listen: [`unix://${ctx.cfg.socketPath}`] }, log, isCsiReadOnlyPath);
    this.server = new Server({
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_concurrent_streams": daemonCfg.maxConcurrentStreams,
      interceptors: [this.listeners.interceptor],
    });
    this.server.addService(preserialized(tolerantDecoding(IdentityService)), identityService(ctx));
    if (!ctx.cfg.nodeOnly) {
      this.server.addService(preserialized(tolerantDecoding(ControllerService)), controllerService(ctx));
    }
    this.server.addService(preserialized(tolerantDecoding(NodeService)), nodeService(ctx));
  }

  async start(openFiles: number): Promise<string[]> {
    return this.listeners.bind(this.server, openFiles);
  }

  stopAccepting(): void {
    this.listeners.stopAccepting();
  }

  /** Resolves once every call in flight has finished. */
  tryShutdown(): Promise<void> {
    return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
  }

  forceShutdown(): void {
    this.server.forceShutdown();
    this.listeners.closeAll();
  }
}
