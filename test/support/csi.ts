// Promise-based CSI clients (Identity, Controller, Node) on a daemon's CSI
// socket, and daemons started with --csi-endpoint: next to VGs (startCsiDaemon)
// or as a node-only plugin without any (startNodeOnlyDaemon).
import { Client, credentials, type ServiceError } from "@grpc/grpc-js";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ControllerService, IdentityService, NodeService } from "../../src/gen/csi/v1/csi.js";
import { DAEMON_JS, startDaemon, type RunningDaemon } from "./daemon.js";

interface MethodDefinition<Req, Res> {
  path: string;
  requestSerialize: (value: Req) => Buffer;
  requestDeserialize: (value: Buffer) => Req;
  responseDeserialize: (value: Buffer) => Res;
}

/** Each RPC as `(request) => Promise<response>`; omitted request fields take their proto3 defaults. */
export type CsiPromiseClient<S> = {
  [K in keyof S]: S[K] extends MethodDefinition<infer Req, infer Res>
    ? (request?: Partial<Req>) => Promise<Res>
    : never;
};

export class CsiClient {
  readonly identity: CsiPromiseClient<typeof IdentityService>;
  readonly controller: CsiPromiseClient<typeof ControllerService>;
  readonly node: CsiPromiseClient<typeof NodeService>;
  private readonly client: Client;

  /** `socket`: the CSI socket's path (or a unix:// address). */
  constructor(
    socket: string,
    private readonly timeoutMs = process.env.LVMCTL_VM === "1" ? 600_000 : 60_000,
  ) {
    const target = socket.startsWith("unix://") ? socket : `unix://${socket}`;
    this.client = new Client(target, credentials.createInsecure());
    this.identity = this.bind(IdentityService);
    this.controller = this.bind(ControllerService);
    this.node = this.bind(NodeService);
  }

  close(): void {
    this.client.close();
  }

  private bind<S extends object>(service: S): CsiPromiseClient<S> {
    const out: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(service) as Array<[string, MethodDefinition<object, unknown>]>) {
      out[name] = (request: object = {}) => this.call(def, { ...def.requestDeserialize(Buffer.alloc(0)), ...request });
    }
    return out as CsiPromiseClient<S>;
  }

  private call<Req, Res>(def: MethodDefinition<Req, Res>, request: Req): Promise<Res> {
    const deadline = new Date(Date.now() + this.timeoutMs);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        request,
        { deadline },
        (err: ServiceError | null, res?: Res) => (err ? reject(err) : resolve(res as Res)),
      );
    });
  }
}

export interface CsiDaemon {
  daemon: RunningDaemon;
  csi: CsiClient;
  /** The CSI socket's path. */
  socket: string;
  stop(): Promise<void>;
}

/** lvmctld with the lvmctl API and CSI on its own socket, serving `volumeGroups`. */
export async function startCsiDaemon(volumeGroups: string[], extraArgs: string[] = []): Promise<CsiDaemon> {
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-csi-"));
  const socket = join(dir, "csi.sock");
  const daemon = await startDaemon(volumeGroups, ["--csi-endpoint", `unix://${socket}`, ...extraArgs]);
  const csi = new CsiClient(socket);
  return {
    daemon,
    csi,
    socket,
    async stop() {
      csi.close();
      await daemon.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface NodeOnlyDaemon {
  csi: CsiClient;
  socket: string;
  logs(): string;
  stop(): Promise<number | null>;
}

/** lvmctld --csi-node-only: no VGs, no lvmctl API; ready once Probe says so. */
export async function startNodeOnlyDaemon(extraArgs: string[] = []): Promise<NodeOnlyDaemon> {
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-csi-"));
  const socket = join(dir, "csi.sock");
  const child = spawn(
    process.execPath,
    [DAEMON_JS, "--csi-endpoint", `unix://${socket}`, "--csi-node-only", ...extraArgs],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const csi = new CsiClient(socket, 10_000);
  const deadline = Date.now() + (process.env.LVMCTL_VM === "1" ? 180_000 : 20_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`lvmctld exited with ${child.exitCode}:\n${output}`);
    const ready = await csi.identity.probe({}).then(
      (r) => r.ready === true,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`lvmctld --csi-node-only did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    csi,
    socket,
    logs: () => output,
    async stop() {
      csi.close();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
