// Binds the configured listeners: Unix sockets (stale ones replaced, then
// chmod/chown), TCP with TLS (or plaintext only when --insecure).
import { ServerCredentials, type Server } from "@grpc/grpc-js";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, unlinkSync } from "node:fs";
import { connect } from "node:net";
import { dirname } from "node:path";
import type { DaemonConfig } from "./config.js";

export function socketPath(address: string): string | undefined {
  return address.startsWith("unix://") ? address.slice("unix://".length) : undefined;
}

/** True when something is accepting connections on the socket (another daemon). */
function socketInUse(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

export function groupId(group: string): number {
  if (/^\d+$/.test(group)) return Number(group);
  for (const line of readFileSync("/etc/group", "utf8").split("\n")) {
    const [name, , gid] = line.split(":");
    if (name === group) return Number(gid);
  }
  throw new Error(`--socket-group ${group}: no such group`);
}

function tcpCredentials(cfg: DaemonConfig): ServerCredentials {
  if (!cfg.tlsCert || !cfg.tlsKey) return ServerCredentials.createInsecure();
  const ca = cfg.tlsClientCa ? readFileSync(cfg.tlsClientCa) : null;
  return ServerCredentials.createSsl(ca, [{ cert_chain: readFileSync(cfg.tlsCert), private_key: readFileSync(cfg.tlsKey) }], ca !== null);
}

function bind(server: Server, address: string, creds: ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => server.bindAsync(address, creds, (err, port) => (err ? reject(err) : resolve(port))));
}

/** Binds every listener; returns the bound addresses (tcp port 0 resolved). */
export async function bindListeners(server: Server, cfg: DaemonConfig): Promise<string[]> {
  const bound: string[] = [];
  for (const address of cfg.listen) {
    const path = socketPath(address);
    if (path) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
      if (existsSync(path)) {
        if (!lstatSync(path).isSocket()) throw new Error(`${path} exists and is not a socket`);
        if (await socketInUse(path)) throw new Error(`${path} is in use by another process`);
        unlinkSync(path);
      }
      await bind(server, address, ServerCredentials.createInsecure());
      chmodSync(path, cfg.socketMode);
      if (cfg.socketGroup !== undefined) chownSync(path, process.getuid?.() ?? 0, groupId(cfg.socketGroup));
      bound.push(address);
    } else {
      const hostPort = address.slice("tcp://".length);
      const port = await bind(server, hostPort, tcpCredentials(cfg));
      bound.push(`tcp://${hostPort.replace(/:\d+$/, `:${port}`)}`);
    }
  }
  return bound;
}

export function removeSockets(cfg: DaemonConfig): void {
  for (const address of cfg.listen) {
    const path = socketPath(address);
    if (path && existsSync(path)) unlinkSync(path);
  }
}
