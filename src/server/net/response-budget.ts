// Bytes of responses a client has not read yet. A unary response is written
// whole to its HTTP/2 stream; a client that stops reading (zero receive window)
// leaves it in the daemon's memory until the stream ends. These bytes are
// counted per connection and in total, and a call that would add to a full
// budget is refused before it runs: RESOURCE_EXHAUSTED instead of more memory.

export interface BudgetLimits {
  /** Unread bytes one TCP connection may hold. */
  perConnection: number;
  /** Unread bytes of all TCP connections together; the Unix sockets have a pool of the same size of their own. */
  total: number;
}

/**
 * A TCP connection with nothing unread may always receive one answer this
 * small, full pool or not: clients that read their answers stay served while
 * others stall. It bounds the pool's overshoot to this much per connection.
 */
export const SMALL_ANSWER_BYTES = 64 * 1024;

export class ResponseBudget {
  private readonly connections = new Map<string, number>();
  private remote = 0;
  private local = 0;
  /** Most bytes held at once since the pools were last empty. */
  private highWater = 0;

  /** `drained` is told when both pools empty after holding at least `drainedAfter` bytes (a burst is over). */
  constructor(
    readonly limits: BudgetLimits,
    private readonly drained?: { after: number; then: (highWater: number) => void },
  ) {}

  /**
   * Why `bytes` more for this connection must be refused (0 at the start of
   * a call, when the answer's size is not known yet), or undefined if they
   * fit. `connection` undefined is a Unix-socket connection: those share a
   * pool of their own, so TCP clients can never use up the local admin's.
   */
  refusal(connection: string | undefined, bytes = 0): string | undefined {
    const unread = connection === undefined ? 0 : (this.connections.get(connection) ?? 0);
    if (unread > 0 && unread + bytes > this.limits.perConnection) {
      return `this connection has ${unread} bytes of answers it has not read (limit ${this.limits.perConnection}); read them or retry later`;
    }
    const pool = connection === undefined ? this.local : this.remote;
    const exempt = connection !== undefined && unread === 0 && bytes <= SMALL_ANSWER_BYTES;
    if (!exempt && pool + bytes > this.limits.total) {
      return `clients have ${pool} bytes of answers they have not read (limit ${this.limits.total}); retry later`;
    }
    return undefined;
  }

  /** Counts bytes written for a connection; the returned function gives them back (once, however often it is called). */
  charge(connection: string | undefined, bytes: number): () => void {
    this.add(connection, bytes);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.add(connection, -bytes);
    };
  }

  get buffered(): { remote: number; local: number } {
    return { remote: this.remote, local: this.local };
  }

  private add(connection: string | undefined, bytes: number): void {
    if (connection === undefined) {
      this.local += bytes;
    } else {
      this.remote += bytes;
      const n = (this.connections.get(connection) ?? 0) + bytes;
      if (n > 0) this.connections.set(connection, n);
      else this.connections.delete(connection);
    }
    const held = this.remote + this.local;
    this.highWater = Math.max(this.highWater, held);
    if (held === 0) {
      const highWater = this.highWater;
      this.highWater = 0;
      if (this.drained && highWater >= this.drained.after) this.drained.then(highWater);
    }
  }
}
