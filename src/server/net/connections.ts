// Admission of transport connections, before any byte of HTTP/2: how many one
// listener and one remote address may hold, and a deadline by which a TCP
// connection must have started its first call. lvmctld accepts every socket
// itself (see ../listeners.ts) and hands only admitted ones to grpc-js.

export interface ConnectionLimits {
  /** Connections one listener holds at once. */
  perListener: number;
  /** Connections one remote address holds at once (TCP only). */
  perPeer: number;
  /** All TCP connections together: what the open-files limit leaves after the reserve for the Unix sockets and commands. */
  tcpTotal: number;
}

export type Refusal = "listener" | "peer" | "open-files";

/** Descriptors kept for the Unix sockets, lvm shells, commands and logs when TCP connections are counted against the open-files limit. */
export const FD_RESERVE = 256;

/** The TCP budget for an open-files limit: never below one connection, so a tiny limit still serves TCP at all. */
export function tcpBudget(openFiles: number, perListener: number, tcpListeners: number): number {
  return Math.max(1, Math.min(perListener * tcpListeners, openFiles - FD_RESERVE));
}

/** Counts open connections per listener and per remote address; `peer` undefined means a Unix socket. */
export class ConnectionTable {
  private readonly listeners = new Map<string, number>();
  private readonly peers = new Map<string, number>();
  private tcp = 0;

  constructor(private readonly limits: ConnectionLimits) {}

  /** Counts the connection in, or names the limit that refuses it (and counts nothing). */
  admit(listener: string, peer: string | undefined): Refusal | undefined {
    if ((this.listeners.get(listener) ?? 0) >= this.limits.perListener) return "listener";
    if (peer !== undefined) {
      if (this.tcp >= this.limits.tcpTotal) return "open-files";
      if ((this.peers.get(peer) ?? 0) >= this.limits.perPeer) return "peer";
      this.peers.set(peer, (this.peers.get(peer) ?? 0) + 1);
      this.tcp++;
    }
    this.listeners.set(listener, (this.listeners.get(listener) ?? 0) + 1);
    return undefined;
  }

  release(listener: string, peer: string | undefined): void {
    decrement(this.listeners, listener);
    if (peer !== undefined) {
      decrement(this.peers, peer);
      this.tcp--;
    }
  }

  open(listener: string): number {
    return this.listeners.get(listener) ?? 0;
  }
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

export interface Endpoints {
  localAddress?: string;
  localPort?: number;
  remoteAddress?: string;
  remotePort?: number;
}

/**
 * Names one live TCP connection by its address 4-tuple, the same from the
 * accepted socket and from a call's connection info; undefined for a Unix
 * socket, which has no addresses.
 */
export function connectionKey(e: Endpoints): string | undefined {
  if (e.remoteAddress === undefined || e.remotePort === undefined) return undefined;
  return `${e.localAddress}:${e.localPort}<${e.remoteAddress}:${e.remotePort}`;
}

/** TCP connections that have not started a call yet, each closed when its deadline passes. */
export class FirstCallDeadlines {
  private readonly waiting = new Map<string, NodeJS.Timeout>();

  constructor(private readonly timeoutMs: number) {}

  arm(key: string, expire: () => void): void {
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      expire();
    }, this.timeoutMs);
    timer.unref();
    this.waiting.set(key, timer);
  }

  /** The connection started a call (or went away): no deadline any more. */
  settle(key: string): void {
    clearTimeout(this.waiting.get(key));
    this.waiting.delete(key);
  }

  pending(key: string): boolean {
    return this.waiting.has(key);
  }
}
