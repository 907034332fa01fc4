// The spec's rule for concurrent calls on one volume: one runs, the others get
// ABORTED at once (the CO retries with backoff) rather than queueing behind it.
import { LvmctlError } from "../errors.js";

export class OperationLocks {
  private readonly held = new Set<string>();

  /** Runs fn holding every key; ABORTED when another call holds any of them. */
  async run<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const busy = keys.find((k) => this.held.has(k));
    if (busy !== undefined) {
      throw new LvmctlError("ABORTED", `an operation on ${busy} is already in progress; retry later`);
    }
    for (const k of keys) this.held.add(k);
    try {
      return await fn();
    } finally {
      for (const k of keys) this.held.delete(k);
    }
  }
}
