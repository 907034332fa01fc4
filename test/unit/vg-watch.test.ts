// The watch pieces without lvm: fullness levels and crossings, the coalescing
// writer under backpressure, and the hub's snapshot/update/threshold order,
// its seqno polling and its shutdown.
import { Metadata, status, type ServerWritableStream } from "@grpc/grpc-js";
import { EventEmitter } from "node:events";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  ThresholdDirection,
  WatchedResource,
  WatchEventKind,
  type VolumeGroup,
  type WatchVolumeGroupsResponse,
} from "../../src/gen/lvmctl/v1/volume_group.js";
import { makeAuthorizer, parseAuthFile } from "../../src/server/grpc/auth.js";
import { rpcMethod } from "../../src/server/grpc/methods.js";
import { serverStream } from "../../src/server/grpc/server-stream.js";
import { VgWatchHub } from "../../src/server/services/vg-watch-hub.js";
import { CoalescingWriter, type WatchSink } from "../../src/server/services/vg-watch-stream.js";
import { crossings, levelsOf, usages } from "../../src/server/services/vg-watch-thresholds.js";

const MiB = 1n << 20n;

function vgState(over: Partial<VolumeGroup> = {}): VolumeGroup {
  return {
    name: "vg0",
    sizeBytes: 100n * MiB,
    freeBytes: 100n * MiB,
    extentSizeBytes: 4n * MiB,
    pvCount: 1,
    lvCount: 0,
    thinPools: [],
    uuid: "u",
    metadataAreaSizeBytes: MiB,
    metadataAreaFreeBytes: MiB,
    ...over,
  };
}

describe("fullness levels", () => {
  it("measures the VG, its metadata area and each thin pool", () => {
    const vg = vgState({
      freeBytes: 15n * MiB,
      // lvm reports what is left of half the area (after its 512-byte header): a quarter of that is 75 % full.
      metadataAreaFreeBytes: (MiB - 512n) / 8n,
      thinPools: [{ name: "p", sizeBytes: MiB, dataPercent: 81.234, metadataPercent: 5 }],
    });
    expect(usages(vg).map((u) => [u.key, u.percent])).toEqual([
      ["vg", 85],
      ["mda", 75],
      ["pool-data:p", 81.23],
      ["pool-metadata:p", 5],
    ]);
    expect([...levelsOf(vg, 80).keys()]).toEqual(["vg", "pool-data:p"]);
    expect([...levelsOf(vg, 75).keys()]).toEqual(["vg", "mda", "pool-data:p"]);
  });

  it("reports ABOVE and BELOW crossings, and BELOW at 0 % for a pool removed while above", () => {
    const before = vgState({
      freeBytes: 50n * MiB,
      thinPools: [{ name: "p", sizeBytes: MiB, dataPercent: 90, metadataPercent: 1 }],
    });
    const after = vgState({ freeBytes: 10n * MiB });
    const out = crossings(levelsOf(before, 80), levelsOf(after, 80), after, 80);
    expect(out).toEqual([
      {
        resource: WatchedResource.WATCHED_RESOURCE_VG_DATA,
        thinPool: "",
        percent: 90,
        thresholdPercent: 80,
        direction: ThresholdDirection.THRESHOLD_DIRECTION_ABOVE,
      },
      {
        resource: WatchedResource.WATCHED_RESOURCE_THIN_POOL_DATA,
        thinPool: "p",
        percent: 0,
        thresholdPercent: 80,
        direction: ThresholdDirection.THRESHOLD_DIRECTION_BELOW,
      },
    ]);
    expect(crossings(levelsOf(after, 80), levelsOf(after, 80), after, 80)).toEqual([]);
  });
});

/** A call whose write() accepts `room` messages, then returns false until drain(). */
class FakeCall extends EventEmitter {
  readonly written: WatchVolumeGroupsResponse[] = [];
  constructor(private room: number) {
    super();
  }
  write(m: WatchVolumeGroupsResponse): boolean {
    this.written.push(m);
    return --this.room > 0;
  }
  drain(room: number): void {
    this.room = room;
    this.emit("drain");
  }
}

const above = (percent: number) => ({
  resource: WatchedResource.WATCHED_RESOURCE_VG_DATA,
  thinPool: "",
  percent,
  thresholdPercent: 80,
  direction: ThresholdDirection.THRESHOLD_DIRECTION_ABOVE,
});
const below = (percent: number) => ({ ...above(percent), direction: ThresholdDirection.THRESHOLD_DIRECTION_BELOW });

describe("coalescing writer", () => {
  it("writes while the call accepts, then keeps only the latest state per VG until drain", () => {
    const call = new FakeCall(1);
    const w = new CoalescingWriter(call);
    w.snapshot(vgState(), []);
    expect(call.written).toHaveLength(1);
    for (let i = 1; i <= 1000; i++) {
      w.update(vgState({ lvCount: i }), []);
      w.update(vgState({ name: "vg1", lvCount: i }), []);
    }
    expect(call.written).toHaveLength(1);
    expect(w.stats.peakPending).toBe(2);
    call.drain(100);
    expect(call.written.map((m) => [m.kind, m.volumeGroup?.name, m.volumeGroup?.lvCount])).toEqual([
      [WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT, "vg0", 0],
      [WatchEventKind.WATCH_EVENT_KIND_UPDATE, "vg0", 1000],
      [WatchEventKind.WATCH_EVENT_KIND_UPDATE, "vg1", 1000],
    ]);
    expect(w.stats).toEqual({ sent: 3, coalesced: 1998, peakPending: 2 });
  });

  it("keeps an unwritten snapshot a snapshot, and drops opposite crossings that were never written", () => {
    const call = new FakeCall(1);
    const w = new CoalescingWriter(call);
    w.snapshot(vgState({ name: "first" }), []);
    w.snapshot(vgState(), []);
    w.update(vgState({ lvCount: 1 }), [above(85)]);
    w.update(vgState({ lvCount: 2 }), [below(70)]);
    w.update(vgState({ lvCount: 3 }), [above(90)]);
    call.drain(100);
    expect(call.written.slice(1).map((m) => [m.kind, m.volumeGroup?.lvCount, m.threshold?.percent])).toEqual([
      [WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT, 3, undefined],
      [WatchEventKind.WATCH_EVENT_KIND_THRESHOLD, 3, 90],
    ]);
  });

  it("writes nothing after close", () => {
    const call = new FakeCall(1);
    const w = new CoalescingWriter(call);
    w.snapshot(vgState(), []);
    w.update(vgState({ lvCount: 1 }), []);
    w.close();
    call.drain(100);
    expect(call.written).toHaveLength(1);
  });
});

/** A sink that records what the hub tells it. */
function recorder(): WatchSink & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    snapshot: (vg, a) =>
      void events.push(`snapshot ${vg.name} lvs=${vg.lvCount}`, ...a.map((c) => `above ${c.percent}`)),
    update: (vg, cs) =>
      void events.push(
        `update ${vg.name} lvs=${vg.lvCount}`,
        ...cs.map(
          (c) => `${c.direction === ThresholdDirection.THRESHOLD_DIRECTION_ABOVE ? "above" : "below"} ${c.percent}`,
        ),
      ),
  };
}

const until = async (what: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("watch hub", () => {
  function world() {
    const state = { vg: vgState({ freeBytes: 10n * MiB }), seqno: 1, reads: 0, seqnoReads: 0 };
    const hub = new VgWatchHub({
      read: async (name) => {
        state.reads++;
        if (name !== "vg0") throw new Error("no such VG");
        return state.vg;
      },
      seqno: async () => {
        state.seqnoReads++;
        return state.seqno;
      },
      thresholdPercent: 80,
      pollMs: 10,
      log: pino({ level: "silent" }),
    });
    return { state, hub };
  }

  it("sends a snapshot with the levels already above, then updates on notification and on a seqno change", async () => {
    const { state, hub } = world();
    const sink = recorder();
    const abort = new AbortController();
    const done = hub.watch(["vg0"], sink, abort.signal, false);
    await until(() => sink.events.length === 2);
    expect(sink.events).toEqual(["snapshot vg0 lvs=0", "above 90"]);
    // lvmctld's own change: the hub is told.
    state.vg = vgState({ freeBytes: 50n * MiB, lvCount: 1 });
    hub.changed("vg0");
    await until(() => sink.events.length === 4);
    expect(sink.events.slice(2)).toEqual(["update vg0 lvs=1", "below 50"]);
    // Another tool's change: only the seqno tells.
    state.vg = vgState({ freeBytes: 50n * MiB, lvCount: 2 });
    state.seqno = 2;
    await until(() => sink.events.length === 5);
    expect(sink.events[4]).toBe("update vg0 lvs=2");
    // Same seqno, same state: no more reads, no more events.
    const reads = state.reads;
    await new Promise((r) => setTimeout(r, 100));
    expect(state.reads).toBe(reads);
    expect(sink.events).toHaveLength(5);
    expect(hub.streams).toBe(1);
    abort.abort();
    await done;
    expect(hub.streams).toBe(0);
    // Nobody watches: no polling.
    const polls = state.seqnoReads;
    await new Promise((r) => setTimeout(r, 100));
    expect(state.seqnoReads).toBe(polls);
  });

  it("ends every stream at shutdown, and ends later ones at once", async () => {
    const { hub } = world();
    const done = hub.watch(["vg0"], recorder(), new AbortController().signal, false);
    await until(() => hub.streams === 1);
    hub.end();
    await done;
    const late = recorder();
    await hub.watch(["vg0"], late, new AbortController().signal, false);
    expect(late.events).toEqual([]);
  });

  it("fails a watch of a named VG that cannot be read", async () => {
    const { hub } = world();
    await expect(hub.watch(["nope"], recorder(), new AbortController().signal, false)).rejects.toThrow("no such VG");
    expect(hub.streams).toBe(0);
  });
});

describe("server-streaming wrapper", () => {
  const watchMethod = rpcMethod("/lvmctl.v1.VolumeGroupService/WatchVolumeGroups");
  const token = "r".repeat(20);
  const authorize = makeAuthorizer(parseAuthFile(`read-only token ${token} monitor`));

  /** A grpc-js server stream as the wrapper sees it. */
  function fakeStream(withToken: boolean) {
    const call = Object.assign(new EventEmitter(), {
      cancelled: false,
      request: {},
      metadata: new Metadata(),
      getPeer: () => "unix:test",
      ended: false,
      end() {
        call.ended = true;
      },
    });
    if (withToken) call.metadata.set("authorization", `Bearer ${token}`);
    const errors: Array<{ code?: number }> = [];
    call.on("error", (e: { code?: number }) => errors.push(e));
    return { call, errors, stream: call as unknown as ServerWritableStream<unknown, unknown> };
  }

  it("lets the read-only role watch, and ends the stream with OK when the handler returns", async () => {
    const { call, errors, stream } = fakeStream(true);
    let sawReadOnly = false;
    serverStream({ log: pino({ level: "silent" }), authorize }, watchMethod, async (_req, _call, ctx) => {
      sawReadOnly = ctx.method.readOnly;
    })(stream);
    await until(() => call.ended);
    expect(sawReadOnly).toBe(true);
    expect(errors).toEqual([]);
  });

  it("refuses a caller without a token with UNAUTHENTICATED, before the handler runs", async () => {
    const { call, errors, stream } = fakeStream(false);
    let ran = false;
    serverStream({ log: pino({ level: "silent" }), authorize }, watchMethod, async () => {
      ran = true;
    })(stream);
    await until(() => errors.length > 0);
    expect(errors[0].code).toBe(status.UNAUTHENTICATED);
    expect(ran).toBe(false);
    expect(call.ended).toBe(false);
  });

  it("aborts the handler's signal when the client cancels, and sends no status then", async () => {
    const { call, errors, stream } = fakeStream(true);
    let settled = false;
    serverStream({ log: pino({ level: "silent" }), authorize }, watchMethod, async (_req, _call, ctx) => {
      await new Promise((resolve) => ctx.signal.addEventListener("abort", resolve));
      settled = true;
    })(stream);
    await new Promise((r) => setTimeout(r, 10));
    call.emit("cancelled");
    await until(() => settled);
    await new Promise((r) => setTimeout(r, 10));
    expect(call.ended).toBe(false);
    expect(errors).toEqual([]);
  });
});
