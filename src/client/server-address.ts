// Server addresses as lvmctl documents them: unix:///path, tcp://host:port or
// host:port. Shared by the grpc-js client library and the CLI's HTTP/2 client.

export const DEFAULT_SERVER = "unix:///run/lvmctl/lvmctld.sock";

export type ServerAddress = { kind: "unix"; path: string } | { kind: "tcp"; host: string; port: number };

/** The target string grpc-js takes for an lvmctl address. */
export function grpcTarget(server: string): string {
  if (server.startsWith("unix://")) return server;
  if (server.startsWith("tcp://")) return server.slice("tcp://".length);
  return server;
}

/** Parses an address; throws with a usage message when it is none of the documented forms. */
export function parseServerAddress(server: string): ServerAddress {
  if (server.startsWith("unix:")) {
    // unix:///abs/path (grpc's form) or unix:relative/path.
    const path = server.startsWith("unix://") ? server.slice("unix://".length) : server.slice("unix:".length);
    if (path === "") throw new Error(`--server ${server}: no socket path`);
    return { kind: "unix", path };
  }
  const hostPort = server.startsWith("tcp://") ? server.slice("tcp://".length) : server;
  const m = /^(?:\[([^\]]+)\]|([^:/[\]]+))(?::(\d+))?$/.exec(hostPort);
  const port = m?.[3] === undefined ? 443 : Number(m[3]);
  if (!m || !(port > 0 && port < 65536))
    throw new Error(`--server ${server}: expected unix:///path, tcp://host:port or host:port`);
  return { kind: "tcp", host: m[1] ?? m[2], port };
}
