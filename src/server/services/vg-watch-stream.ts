// One WatchVolumeGroups stream's outgoing messages, bounded whatever the
// client's reading speed. Messages go to the call while call.write() accepts
// them; once it returns false (HTTP/2 flow control has reached grpc-js's
// buffer), nothing more is written until 'drain', and meanwhile only the
// latest state of each VG, and the latest crossing of each resource, is kept.
// So a slow reader holds at most a few messages per VG in the daemon, and
// gets the current state when it reads again rather than every step between.
import {
  WatchEventKind,
  type ThresholdCrossing,
  type VolumeGroup,
  type WatchVolumeGroupsResponse,
} from "../../gen/lvmctl/v1/volume_group.js";
import { crossingKey } from "./vg-watch-thresholds.js";

/** What a watch hub tells one stream. */
export interface WatchSink {
  /** A VG's state when the stream starts, and the crossings already above the threshold. */
  snapshot(vg: VolumeGroup, above: readonly ThresholdCrossing[]): void;
  /** A VG's new state and the crossings it brought. */
  update(vg: VolumeGroup, crossings: readonly ThresholdCrossing[]): void;
}

/** The part of a grpc-js ServerWritableStream the writer uses. */
export interface MessageOut {
  write(message: WatchVolumeGroupsResponse): boolean;
  once(event: "drain", listener: () => void): unknown;
}

export interface WriterStats {
  /** Messages handed to the call. */
  sent: number;
  /** Messages replaced by a newer one (or cancelled by an opposite crossing) before they were written. */
  coalesced: number;
  /** Most messages held back at once. */
  peakPending: number;
}

export class CoalescingWriter implements WatchSink {
  /** Held back while the call is full, in the order they arose; the key says what a newer message replaces. */
  private readonly pending = new Map<string, WatchVolumeGroupsResponse>();
  private waitingForDrain = false;
  private closed = false;
  readonly stats: WriterStats = { sent: 0, coalesced: 0, peakPending: 0 };

  constructor(private readonly out: MessageOut) {}

  snapshot(vg: VolumeGroup, above: readonly ThresholdCrossing[]): void {
    this.putState(vg, WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
    for (const c of above) this.putCrossing(vg, c);
    this.flush();
  }

  update(vg: VolumeGroup, crossings: readonly ThresholdCrossing[]): void {
    const unsent = this.pending.get(stateKey(vg.name));
    // A snapshot still held back stays the VG's first message, with the newer state.
    const kind =
      unsent?.kind === WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT
        ? WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT
        : WatchEventKind.WATCH_EVENT_KIND_UPDATE;
    this.putState(vg, kind);
    for (const c of crossings) this.putCrossing(vg, c);
    this.flush();
  }

  /** Writes nothing more (the stream is ending). */
  close(): void {
    this.closed = true;
    this.pending.clear();
  }

  private putState(vg: VolumeGroup, kind: WatchEventKind): void {
    const key = stateKey(vg.name);
    // Deleted and set again: the newer state goes after what was held back before it.
    if (this.pending.delete(key)) this.stats.coalesced++;
    this.pending.set(key, { kind, volumeGroup: vg, threshold: undefined });
  }

  private putCrossing(vg: VolumeGroup, c: ThresholdCrossing): void {
    const key = `threshold\0${vg.name}\0${crossingKey(c)}`;
    const unsent = this.pending.get(key);
    if (unsent) {
      this.pending.delete(key);
      this.stats.coalesced++;
      // ABOVE then BELOW (or back) before either was written: the reader's view is already right.
      if (unsent.threshold?.direction !== c.direction) {
        this.stats.coalesced++;
        return;
      }
    }
    this.pending.set(key, { kind: WatchEventKind.WATCH_EVENT_KIND_THRESHOLD, volumeGroup: vg, threshold: c });
  }

  private flush(): void {
    this.stats.peakPending = Math.max(this.stats.peakPending, this.pending.size);
    while (!this.waitingForDrain && !this.closed) {
      const next = this.pending.entries().next();
      if (next.done) return;
      const [key, message] = next.value;
      this.pending.delete(key);
      this.stats.sent++;
      if (!this.out.write(message)) {
        this.waitingForDrain = true;
        this.out.once("drain", () => {
          this.waitingForDrain = false;
          this.flush();
        });
      }
    }
  }
}

const stateKey = (vg: string) => `state\0${vg}`;
