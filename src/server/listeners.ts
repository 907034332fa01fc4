// The listeners: lvmctld accepts every connection itself (a net.Server per
// listener, TLS by a tls.Server that never listens) and hands admitted ones to
// grpc-js through connection injectors. That is where the connection limits
// (net/connections.ts) act: caps per listener, per remote address and on all
// TCP connections together (below the open-files limit, so TCP can never
// starve the Unix socket), and a deadline by which a TCP connection must have
// started its first call, TLS handshake included. SIGHUP replaces the TLS
// certificate, key and client CA for new connections (prepareTlsReload).
//
// Unix sockets: a stale socket file is replaced, a live one refused; the file
// gets --socket-mode/--socket-group. Its device and inode are recorded after
// bind, and at shutdown it is removed only while it is still this process's
// (a daemon started meanwhile keeps its socket).
import { ServerCredentials, type Server, type ServerInterceptor } from "@grpc/grpc-js";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { connect, createServer, type Server as NetServer, type Socket } from "node:net";
import { dirname } from "node:path";
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from "node:tls";
import type { Logger } from "pino";
import type { DaemonConfig } from "./config.js";
import { isReadOnlyPath } from "./grpc/methods.js";
import { ConnectionTable, FirstCallDeadlines, connectionKey, tcpBudget } from "./net/connections.js";
import { transportInterceptor } from "./net/interceptor.js";
import { MemoryReclaimer } from "./net/reclaim.js";
import { ResponseBudget } from "./net/response-budget.js";

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

/** host and port of a tcp://host:port listener; IPv6 literals come in brackets. */
export function tcpHostPort(address: string): { host: string; port: number } {
  const m = /^tcp:\/\/(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(address);
  if (!m) throw new Error(`--listen ${address}: expected tcp://host:port`);
  return { host: m[1] ?? m[2], port: Number(m[3]) };
}

type TlsFiles = Pick<DaemonConfig, "tlsCert" | "tlsKey" | "tlsClientCa">;

/** Reads the files now: a missing file or a key that does not fit the certificate throws here. */
function tlsServer(cfg: TlsFiles): TlsServer | undefined {
  if (!cfg.tlsCert || !cfg.tlsKey) return undefined;
  const ca = cfg.tlsClientCa ? readFileSync(cfg.tlsClientCa) : undefined;
  return createTlsServer({
    cert: readFileSync(cfg.tlsCert),
    key: readFileSync(cfg.tlsKey),
    ca,
    requestCert: ca !== undefined,
    rejectUnauthorized: ca !== undefined,
    ALPNProtocols: ["h2"],
  });
}

function listen(server: NetServer, options: { path: string } | { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

interface Connection {
  listener: string;
  /** Remote address (TCP); undefined on a Unix socket. */
  peer?: string;
  key?: string;
  raw: Socket;
}

interface Bound {
  address: string;
  server: NetServer;
  /** Unix sockets: the file this process created. */
  socket?: { path: string; dev: number; ino: number };
}

export class Listeners {
  private table: ConnectionTable;
  private readonly deadlines: FirstCallDeadlines;
  readonly budget: ResponseBudget;
  /** For the grpc-js Server's `interceptors` option. */
  readonly interceptor: ServerInterceptor;
  private readonly connections = new Set<Connection>();
  private readonly byKey = new Map<string, Connection>();
  private readonly bound: Bound[] = [];
  private readonly refused = new Map<string, number>();
  private accepting = true;
  /** Terminates TLS for the TCP listeners; replaced on reload, so new connections use the new certificate. */
  private tls?: TlsServer;
  private readonly injectors = new Map<string, ReturnType<Server["createConnectionInjector"]>>();

  constructor(
    private readonly cfg: DaemonConfig,
    private readonly log: Logger,
    /** Which calls only read (the answer budget refuses them first); default: the lvmctl contract's table. */
    readOnly: (path: string) => boolean = isReadOnlyPath,
  ) {
    this.table = this.connectionTable(Infinity);
    this.deadlines = new FirstCallDeadlines(cfg.firstRequestTimeoutMs);
    const reclaimer = new MemoryReclaimer(log);
    this.budget = new ResponseBudget(
      { perConnection: cfg.responseBufferPerConnection, total: cfg.responseBufferTotal },
      {
        after: cfg.responseBufferPerConnection,
        then: (highWater) => reclaimer.schedule({ unreadAnswerBytesAtMost: highWater }),
      },
    );
    this.interceptor = transportInterceptor({
      budget: this.budget,
      firstCall: (key) => this.deadlines.settle(key),
      readOnly,
      refused: (path, reason) =>
        this.warnBurst(
          "response-buffer",
          { method: path, reason },
          "refusing calls: unread answers past the response buffer limits",
        ),
    });
  }

  private connectionTable(openFiles: number): ConnectionTable {
    const tcpListeners = this.cfg.listen.filter((a) => a.startsWith("tcp://")).length;
    return new ConnectionTable({
      perListener: this.cfg.maxConnections,
      perPeer: this.cfg.maxConnectionsPerPeer,
      tcpTotal: tcpBudget(openFiles, this.cfg.maxConnections, tcpListeners),
    });
  }

  /** Binds every listener, TCP connections bounded by the open-files limit; returns the bound addresses (tcp port 0 resolved). */
  async bind(server: Server, openFiles: number): Promise<string[]> {
    this.table = this.connectionTable(openFiles);
    this.tls = this.handshakes(tlsServer(this.cfg));
    for (const address of this.cfg.listen) {
      const path = socketPath(address);
      const injector = server.createConnectionInjector(ServerCredentials.createInsecure());
      this.injectors.set(address, injector);
      if (path) {
        mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
        if (existsSync(path)) {
          if (!lstatSync(path).isSocket()) throw new Error(`${path} exists and is not a socket`);
          if (await socketInUse(path)) throw new Error(`${path} is in use by another process`);
          unlinkSync(path);
        }
        const netServer = createServer((raw) => this.accept(address, raw, () => injector.injectConnection(raw)));
        await listen(netServer, { path });
        chmodSync(path, this.cfg.socketMode);
        if (this.cfg.socketGroup !== undefined) chownSync(path, process.getuid?.() ?? 0, groupId(this.cfg.socketGroup));
        const st = statSync(path);
        this.bound.push({ address, server: netServer, socket: { path, dev: st.dev, ino: st.ino } });
      } else {
        const netServer = createServer((raw) =>
          this.accept(address, raw, () =>
            this.tls ? this.tls.emit("connection", raw) : injector.injectConnection(raw),
          ),
        );
        await listen(netServer, tcpHostPort(address));
        const port = (netServer.address() as { port: number }).port;
        this.bound.push({ address: address.replace(/:\d+$/, `:${port}`), server: netServer });
      }
    }
    return this.bound.map((b) => b.address);
  }

  /** Hands a TLS server's finished handshakes to grpc-js; a failed (or deadline-cut) handshake ends its connection. */
  private handshakes(tls: TlsServer | undefined): TlsServer | undefined {
    tls?.on("tlsClientError", (_err, socket) => socket.destroy());
    tls?.on("secureConnection", (socket: TLSSocket) => {
      const conn = this.byKey.get(connectionKey(socket) ?? "");
      if (!conn) return void socket.destroy();
      this.injectors.get(conn.listener)?.injectConnection(socket);
    });
    return tls;
  }

  /**
   * SIGHUP: reads the certificate, key and client CA again (the paths may be
   * new) without applying them, so unreadable or mismatched files throw and
   * the TLS in force stays. Applied, new connections handshake with the new
   * files; established ones keep theirs. Undefined when TLS is off, since
   * turning it on or off needs a restart.
   */
  prepareTlsReload(files: TlsFiles): { apply(): void } | undefined {
    if (!this.tls || !files.tlsCert || !files.tlsKey) return undefined;
    const next = tlsServer(files);
    return { apply: () => (this.tls = this.handshakes(next)) };
  }

  private accept(listener: string, raw: Socket, handOver: () => void): void {
    raw.on("error", () => {}); // resets from clients; the session or TLS layer reports what matters
    const tcp = listener.startsWith("tcp://");
    const key = tcp ? connectionKey(raw) : undefined;
    // Not accepting any more, or a TCP client already gone (no address to count it by).
    if (!this.accepting || (tcp && key === undefined)) return void raw.destroy();
    const peer = tcp ? raw.remoteAddress : undefined;
    const refusal = this.table.admit(listener, peer);
    if (refusal !== undefined) {
      this.warnBurst(
        refusal,
        { listener, peer, open: this.table.open(listener) },
        "refusing connections: limit reached",
      );
      raw.destroy();
      return;
    }
    const conn: Connection = { listener, peer, key, raw };
    this.connections.add(conn);
    if (key !== undefined) {
      this.byKey.set(key, conn);
      this.deadlines.arm(key, () => {
        this.log.debug(
          { listener, peer, timeoutMs: this.cfg.firstRequestTimeoutMs },
          "closing a connection that started no call in time",
        );
        destroy(conn);
      });
    }
    raw.once("close", () => {
      this.connections.delete(conn);
      this.table.release(listener, peer);
      if (key !== undefined) {
        this.deadlines.settle(key);
        this.byKey.delete(key);
      }
    });
    handOver();
  }

  /** One warning at the first refusal of a kind, then one count per 10 s: a flood must not become a log flood. */
  private warnBurst(kind: string, detail: Record<string, unknown>, message: string): void {
    const n = (this.refused.get(kind) ?? 0) + 1;
    this.refused.set(kind, n);
    if (n > 1) return;
    this.log.warn({ ...detail, limit: kind }, message);
    setTimeout(() => {
      const total = this.refused.get(kind) ?? 0;
      this.refused.delete(kind);
      if (total > 1) this.log.warn({ limit: kind, refused: total }, `${message}: ${total} in the last 10 s`);
    }, 10_000).unref();
  }

  /**
   * Stops accepting: closes the listening sockets, and drops connections that
   * have not started a call (they have nothing to finish). Closing a Unix
   * listener unlinks its path (libuv does), so one whose file is no longer
   * this process's is left open instead, and its new connections are dropped.
   */
  stopAccepting(): void {
    this.accepting = false;
    for (const b of this.bound) {
      if (b.socket && !stillOurs(b.socket)) {
        this.log.warn({ path: b.socket.path }, "socket path now belongs to someone else; leaving it alone");
        continue;
      }
      b.server.close();
    }
    for (const conn of this.connections) if (conn.key !== undefined && this.deadlines.pending(conn.key)) destroy(conn);
  }

  /** After grpc-js's forced shutdown: ends every connection still open (e.g. a TLS handshake). */
  closeAll(): void {
    for (const conn of this.connections) destroy(conn);
  }
}

/**
 * Ends a connection at the TCP level. Neither destroying the socket nor its
 * HTTP/2 session closes a connection whose client never sent the HTTP/2
 * preface (Node 20 keeps the descriptor), and a TLS socket is layered on the
 * raw one, so a TCP connection is reset; a Unix one is destroyed.
 */
function destroy(conn: Connection): void {
  if (conn.key !== undefined && !conn.raw.destroyed) conn.raw.resetAndDestroy();
  else conn.raw.destroy();
}

function stillOurs(socket: { path: string; dev: number; ino: number }): boolean {
  try {
    const st = statSync(socket.path);
    return st.dev === socket.dev && st.ino === socket.ino;
  } catch {
    return false;
  }
}
