// The daemon's one watcher of its volume groups, shared by every
// WatchVolumeGroups stream. A VG is read again when lvmctld changed it (the
// inventory says so after each mutation) and when its committed metadata
// sequence number (vg_seqno) moved, which catches changes by other tools: the
// seqno is polled about once a second, straight from the PVs' metadata areas
// (a few small reads, no lvm command), and only while someone watches. Thin
// pool usage changes without a seqno change when activation is on, so a VG
// with thin pools is also read again every usagePollMs. A new state differing
// from the last one goes to every stream of that VG, with the threshold
// crossings it brought.
import type { Logger } from "pino";
import { ThresholdDirection, VolumeGroup } from "../../gen/lvmctl/v1/volume_group.js";
import { LvmctlError } from "../errors.js";
import type { WatchSink } from "./vg-watch-stream.js";
import { crossing, crossings, levelsOf, type Levels } from "./vg-watch-thresholds.js";

export interface VgWatchOptions {
  /** The VG as GetVolumeGroup returns it. */
  read(vg: string): Promise<VolumeGroup>;
  /** The VG's committed metadata seqno (cheap: from disk when possible). */
  seqno(vg: string): Promise<number>;
  /** Fullness, in percent, at which a resource is above (--fullness-threshold). */
  thresholdPercent: number;
  /** How often the seqno of each watched VG is checked (default 1000 ms). */
  pollMs?: number;
  /** How often a watched VG with thin pools is read again for their usage; undefined: never (metadata-only). */
  usagePollMs?: number;
  log: Logger;
}

interface Subscription {
  sink: WatchSink;
  /** Has had its snapshot: gets updates from now on. */
  ready: boolean;
}

interface Watched {
  subs: Set<Subscription>;
  /** The last state read, and its encoding (compared to tell a change). */
  state?: VolumeGroup;
  encoded?: Buffer;
  levels: Levels;
  /** The seqno read right before `state`; undefined forces a read at the next poll. */
  seqno?: number;
  readAt: number;
  /** A read running, and whether another must follow it (a change came in meanwhile). */
  reading?: Promise<void>;
  again: boolean;
  /** The last read failed (logged once until one succeeds). */
  failing: boolean;
}

export const DEFAULT_POLL_MS = 1000;

export class VgWatchHub {
  private readonly watched = new Map<string, Watched>();
  private readonly ends = new Set<() => void>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private ended = false;

  constructor(private readonly opts: VgWatchOptions) {}

  /** Number of open streams (for tests and metrics). */
  get streams(): number {
    return this.ends.size;
  }

  /**
   * Sends `sink` the snapshot of each VG, then its changes, until `signal`
   * aborts or the hub ends (shutdown). A named VG that cannot be read at the
   * start fails the call; when watching all, such a VG is watched anyway and
   * its first message is an UPDATE once it can be read.
   */
  async watch(vgs: readonly string[], sink: WatchSink, signal: AbortSignal, all: boolean): Promise<void> {
    if (this.ended || signal.aborted) return;
    const subs = vgs.map((vg): [string, Subscription] => [vg, { sink, ready: false }]);
    for (const [vg, sub] of subs) this.entry(vg).subs.add(sub);
    this.schedule();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    this.ends.add(stop);
    signal.addEventListener("abort", stop, { once: true });
    try {
      for (const [vg, sub] of subs) {
        const w = this.entry(vg);
        try {
          await this.refresh(vg, w);
        } catch (err) {
          if (!(all && err instanceof LvmctlError && err.code === "NOT_FOUND")) throw err;
        }
        if (this.ended || signal.aborted) return;
        sub.ready = true;
        if (w.state) {
          const above = [...w.levels.values()].map((u) =>
            crossing(u, this.opts.thresholdPercent, ThresholdDirection.THRESHOLD_DIRECTION_ABOVE),
          );
          sink.snapshot(w.state, above);
        }
      }
      await stopped;
    } finally {
      signal.removeEventListener("abort", stop);
      this.ends.delete(stop);
      for (const [vg, sub] of subs) {
        const w = this.watched.get(vg);
        w?.subs.delete(sub);
        if (w && w.subs.size === 0 && !w.reading) this.watched.delete(vg);
      }
      if (this.watched.size === 0) this.unschedule();
    }
  }

  /** lvmctld changed `vg`: read it again now if anyone watches it. */
  changed(vg: string): void {
    const w = this.watched.get(vg);
    if (w && w.subs.size > 0) void this.refresh(vg, w).catch(() => undefined);
  }

  /** Ends every stream (shutdown); later watches end at once. */
  end(): void {
    this.ended = true;
    this.unschedule();
    for (const stop of this.ends) stop();
  }

  private entry(vg: string): Watched {
    let w = this.watched.get(vg);
    if (!w) {
      w = { subs: new Set(), levels: new Map(), readAt: 0, again: false, failing: false };
      this.watched.set(vg, w);
    }
    return w;
  }

  /** Reads `vg` (one read at a time per VG; a request during a read runs one more after it). */
  private refresh(vg: string, w: Watched): Promise<void> {
    if (w.reading) {
      w.again = true;
      return w.reading;
    }
    const run = async (): Promise<void> => {
      try {
        do {
          w.again = false;
          await this.readOnce(vg, w);
        } while (w.again && !this.ended);
      } finally {
        w.reading = undefined;
        if (w.subs.size === 0 && this.watched.get(vg) === w) this.watched.delete(vg);
      }
    };
    w.reading = run();
    return w.reading;
  }

  private async readOnce(vg: string, w: Watched): Promise<void> {
    let state: VolumeGroup;
    let seqno: number;
    try {
      // The seqno first: a change after it is seen by the next poll, never lost.
      seqno = await this.opts.seqno(vg);
      state = await this.opts.read(vg);
    } catch (err) {
      w.seqno = undefined;
      if (!w.failing) {
        w.failing = true;
        this.opts.log.warn(
          { vg, reason: err instanceof Error ? err.message : String(err) },
          "cannot read a watched volume group; retrying",
        );
      }
      throw err;
    }
    if (w.failing) this.opts.log.info({ vg }, "watched volume group readable again");
    w.failing = false;
    w.seqno = seqno;
    w.readAt = Date.now();
    const encoded = Buffer.from(VolumeGroup.encode(state).finish());
    if (w.encoded?.equals(encoded)) return;
    const threshold = this.opts.thresholdPercent;
    const levels = levelsOf(state, threshold);
    // The first read of a VG has nothing to compare with: its levels go out with each stream's snapshot.
    const crossed = w.state ? crossings(w.levels, levels, state, threshold) : [];
    const first = w.state === undefined;
    w.state = state;
    w.encoded = encoded;
    w.levels = levels;
    if (first) return;
    for (const sub of w.subs) if (sub.ready) sub.sink.update(state, crossed);
  }

  private schedule(): void {
    if (this.timer || this.polling || this.ended) return;
    this.timer = setTimeout(() => void this.poll(), this.opts.pollMs ?? DEFAULT_POLL_MS);
    // A watch must not keep a stopping daemon alive.
    this.timer.unref();
  }

  private unschedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One round: every watched VG whose seqno moved (or whose thin pool usage is due) is read again. */
  private async poll(): Promise<void> {
    this.timer = undefined;
    this.polling = true;
    const now = Date.now();
    try {
      await Promise.all(
        [...this.watched].map(async ([vg, w]) => {
          if (w.subs.size === 0 || w.reading) return;
          const usageDue =
            this.opts.usagePollMs !== undefined &&
            (w.state?.thinPools.length ?? 0) > 0 &&
            now - w.readAt >= this.opts.usagePollMs;
          let moved = usageDue || w.seqno === undefined;
          if (!moved) {
            try {
              moved = (await this.opts.seqno(vg)) !== w.seqno;
            } catch {
              moved = true;
            }
          }
          if (moved) await this.refresh(vg, w).catch(() => undefined);
        }),
      );
    } finally {
      this.polling = false;
    }
    if (this.watched.size > 0) this.schedule();
  }
}
