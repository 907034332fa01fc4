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

export class ResponseBudget {
  private readonly connections = new Map<string, number>();
  private remote = 0;
  private local = 0;

  constructor(readonly limits: BudgetLimits) {}

  /**
   * Why a new call on this connection must be refused, or undefined if it may
   * run. `connection` undefined is a Unix-socket connection: those share their
   * own pool, so TCP clients can never use up the local admin's budget.
   */
  refusal(connection: string | undefined): string | undefined {
    if (connection === undefined) {
      return this.local >= this.limits.total ? `responses not yet read by local clients exceed ${this.limits.total} bytes; retry later` : undefined;
    }
    if ((this.connections.get(connection) ?? 0) >= this.limits.perConnection) {
      return `this connection has ${this.limits.perConnection} or more bytes of responses it has not read; read them or retry later`;
    }
    if (this.remote >= this.limits.total) return `responses not yet read by clients exceed ${this.limits.total} bytes; retry later`;
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
      return;
    }
    this.remote += bytes;
    const n = (this.connections.get(connection) ?? 0) + bytes;
    if (n > 0) this.connections.set(connection, n);
    else this.connections.delete(connection);
  }
}
