// VolumeGroupService.WatchVolumeGroups on real lvm2 (metadata-only): the
// snapshot at once; an update within a bounded time for a change by another
// tool (plain lvcreate, seen through vg_seqno) and for one of the daemon's
// own; THRESHOLD events both ways; a reader that stops reading gets the latest
// state, not every step (the daemon holds a bounded number of messages); the
// CLI prints JSON lines and exits 0 on SIGTERM; the daemon's SIGTERM ends the
// stream with OK.
import { Client, credentials, Metadata, status, type ClientReadableStream } from "@grpc/grpc-js";
import { spawn } from "node:child_process";
import { connect as connectHttp2 } from "node:http2";
import { connect as connectNet } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ThresholdDirection,
  VolumeGroupServiceService,
  WatchedResource,
  WatchEventKind,
  type WatchVolumeGroupsResponse,
} from "../../src/gen/lvmctl/v1/volume_group.js";
import { CLI_JS, runCli, startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;
/** --fullness-threshold for this daemon: the 2 GiB VG crosses it with one big LV. */
const THRESHOLD = 50;
/** How long an update may take (the daemon polls vg_seqno about every second). */
const UPDATE_WITHIN_MS = 5000;

interface Watch {
  events: WatchVolumeGroupsResponse[];
  call: ClientReadableStream<WatchVolumeGroupsResponse>;
  client: Client;
  /** The stream's final status (undefined while it runs). */
  ended?: { code: number; details: string; at: number };
  /** Resolves with the first event at or after index `from` that matches. */
  next(
    match: (e: WatchVolumeGroupsResponse) => boolean,
    from?: number,
    ms?: number,
  ): Promise<WatchVolumeGroupsResponse>;
  close(): void;
}

function openWatch(server: string, volumeGroup = "", channelOptions: Record<string, number> = {}): Watch {
  const client = new Client(server, credentials.createInsecure(), channelOptions);
  const def = VolumeGroupServiceService.watchVolumeGroups;
  const call = client.makeServerStreamRequest(
    def.path,
    def.requestSerialize,
    def.responseDeserialize,
    { volumeGroup },
    new Metadata(),
  );
  const w: Watch = {
    events: [],
    call,
    client,
    async next(match, from = 0, ms = UPDATE_WITHIN_MS) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = w.events.slice(from).find(match);
        if (found) return found;
        if (w.ended) throw new Error(`stream ended (${status[w.ended.code]}: ${w.ended.details}) before the event`);
        if (Date.now() > deadline)
          throw new Error(`no matching event within ${ms} ms; got ${JSON.stringify(w.events.slice(from).map(brief))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close() {
      call.cancel();
      client.close();
    },
  };
  call.on("data", (e: WatchVolumeGroupsResponse) => w.events.push(e));
  call.on("status", (s) => (w.ended = { code: s.code, details: s.details, at: Date.now() }));
  call.on("error", () => undefined);
  return w;
}

/**
 * A WatchVolumeGroups call on node:http2 that advertises a stream window of
 * 0 bytes, so the daemon can send nothing until open() widens it (a SETTINGS
 * change applies to open streams too).
 */
function stalledWatch(socket: string, volumeGroup: string) {
  const session = connectHttp2("http://localhost", {
    createConnection: () => connectNet(socket),
    settings: { initialWindowSize: 0 },
  });
  session.on("error", () => undefined);
  const def = VolumeGroupServiceService.watchVolumeGroups;
  const body = def.requestSerialize({ volumeGroup });
  const frame = Buffer.alloc(5 + body.length);
  frame.writeUInt32BE(body.length, 1);
  body.copy(frame, 5);
  const stream = session.request({
    ":method": "POST",
    ":path": def.path,
    "content-type": "application/grpc",
    te: "trailers",
  });
  stream.on("error", () => undefined);
  stream.end(frame);
  const messages: WatchVolumeGroupsResponse[] = [];
  let pending = Buffer.alloc(0);
  stream.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
      const length = pending.readUInt32BE(1);
      messages.push(def.responseDeserialize(pending.subarray(5, 5 + length)));
      pending = pending.subarray(5 + length);
    }
  });
  return {
    messages,
    open: () => session.settings({ initialWindowSize: 1 << 20 }),
    async until(match: (m: WatchVolumeGroupsResponse) => boolean) {
      const deadline = Date.now() + UPDATE_WITHIN_MS;
      while (!messages.some(match)) {
        if (Date.now() > deadline) throw new Error(`got ${JSON.stringify(messages.map(brief))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close() {
      stream.close();
      session.close();
    },
  };
}

const brief = (e: WatchVolumeGroupsResponse) =>
  `${WatchEventKind[e.kind]} ${e.volumeGroup?.name} lvs=${e.volumeGroup?.lvCount} ${e.threshold ? `${WatchedResource[e.threshold.resource]} ${e.threshold.percent}% ${ThresholdDirection[e.threshold.direction]}` : ""}`;

const isUpdate = (lvCount: number) => (e: WatchVolumeGroupsResponse) =>
  e.kind === WatchEventKind.WATCH_EVENT_KIND_UPDATE && e.volumeGroup?.lvCount === lvCount;

describe.skipIf(SKIP_ROOT_TESTS)("WatchVolumeGroups", () => {
  let vg: LoopVg;
  let d: RunningDaemon;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlwatch", 2048);
    d = await startDaemon([vg.name], ["--fullness-threshold", String(THRESHOLD)]);
  }, 60_000);

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    console.log(`vg-watch figures: ${JSON.stringify(figures)}`);
  });

  const lvCount = () => vg.lvNames().length;

  it("sends each VG's state at once, as GetVolumeGroup returns it", async () => {
    const w = openWatch(d.server);
    try {
      const first = await w.next(() => true, 0, 2000);
      const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({ name: vg.name });
      expect(first.kind).toBe(WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      expect(first.volumeGroup).toEqual(volumeGroup);
      expect(first.volumeGroup).toMatchObject({ name: vg.name, sizeBytes: 2044n * MiB, lvCount: 0 });
      const bad = openWatch(d.server, "not_ours");
      await expectStatus(
        new Promise((resolve, reject) => {
          bad.call.on("error", reject);
          bad.call.on("end", resolve);
        }),
        "PERMISSION_DENIED",
      );
      bad.close();
    } finally {
      w.close();
    }
  });

  it("sends an update for a plain lvcreate (vg_seqno) and for the daemon's own CreateVolume", async () => {
    const w = openWatch(d.server, vg.name);
    try {
      await w.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      let from = w.events.length;
      let t0 = Date.now();
      lvm(["lvcreate", "-q", "-L", "4m", "-n", "outside", "--activate", "n", "--zero", "n", vg.name]);
      const external = await w.next(isUpdate(lvCount()), from);
      figures.externalUpdateMs = Date.now() - t0;
      expect(external.volumeGroup?.freeBytes).toBe(2040n * MiB);

      from = w.events.length;
      t0 = Date.now();
      await d.client.volumes.createVolume({ name: "inside", sizeBytes: 4n * MiB, volumeGroup: vg.name });
      const created = Date.now();
      const own = await w.next(isUpdate(lvCount()), from);
      figures.ownUpdateAfterAnswerMs = Date.now() - created;
      figures.ownCreateRpcMs = created - t0;
      expect(own.volumeGroup?.freeBytes).toBe(2036n * MiB);
    } finally {
      w.close();
    }
  });

  it("sends THRESHOLD events when the VG's data crosses the threshold, up and down", async () => {
    const w = openWatch(d.server, vg.name);
    try {
      await w.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      const from = w.events.length;
      lvm(["lvcreate", "-q", "-L", "1100m", "-n", "big", "--activate", "n", "--zero", "n", vg.name]);
      const up = await w.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_THRESHOLD, from);
      expect(up.threshold).toMatchObject({
        resource: WatchedResource.WATCHED_RESOURCE_VG_DATA,
        direction: ThresholdDirection.THRESHOLD_DIRECTION_ABOVE,
        thresholdPercent: THRESHOLD,
      });
      expect(up.threshold!.percent).toBeGreaterThanOrEqual(THRESHOLD);

      // A new stream is told at once what is already above.
      const late = openWatch(d.server, vg.name);
      try {
        await late.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_THRESHOLD, 0, 2000);
        expect(late.events[0].kind).toBe(WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      } finally {
        late.close();
      }

      const mark = w.events.length;
      lvm(["lvremove", "-q", "-f", `${vg.name}/big`]);
      const down = await w.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_THRESHOLD, mark);
      expect(down.threshold).toMatchObject({
        resource: WatchedResource.WATCHED_RESOURCE_VG_DATA,
        direction: ThresholdDirection.THRESHOLD_DIRECTION_BELOW,
      });
      expect(down.threshold!.percent).toBeLessThan(THRESHOLD);
    } finally {
      w.close();
    }
  });

  it("gives a reader that stops reading the latest state, not every change", async () => {
    // A client whose HTTP/2 stream window is 0 until it opens it: the daemon cannot send a byte meanwhile.
    const stalled = stalledWatch(d.socket, vg.name);
    const CHANGES = 60;
    try {
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < CHANGES; i++)
        await d.client.volumes.createVolume({ name: `slow${i}`, sizeBytes: 4n * MiB, volumeGroup: vg.name });
      const final = lvCount();
      await new Promise((r) => setTimeout(r, 300));
      stalled.open();
      await stalled.until((m) => m.volumeGroup?.lvCount === final);
      await new Promise((r) => setTimeout(r, 300));
      const delivered = stalled.messages;
      figures.slowReader = { changes: CHANGES, delivered: delivered.length };
      expect(delivered[0].kind).toBe(WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      // Every change made an update (the daemon is told of each); the stalled stream got a bounded few.
      expect(delivered.length).toBeLessThan(CHANGES / 2);
      expect(delivered.at(-1)?.volumeGroup?.lvCount).toBe(final);
    } finally {
      stalled.close();
    }
    // The stream's log line: how many messages it held back at most, and how many it replaced.
    await new Promise((r) => setTimeout(r, 200));
    const line = d
      .logs()
      .split("\n")
      .filter((l) => l.includes('"rpc stream"') && l.includes("WatchVolumeGroups"))
      .map((l) => JSON.parse(l) as { peakPending: number; coalesced: number; sent: number; code: string })
      .at(-1);
    figures.slowReaderLog = line;
    expect(line).toMatchObject({ code: "CANCELLED" });
    expect(line!.coalesced).toBeGreaterThan(CHANGES / 2);
    expect(line!.peakPending).toBeLessThanOrEqual(3);
  }, 120_000);

  it("lvmctl vg watch -o json prints JSON lines and exits 0 on SIGTERM", async () => {
    const cli = spawn(process.execPath, [CLI_JS, "--server", d.server, "-o", "json", "vg", "watch", vg.name], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    cli.stdout.on("data", (c) => (out += c));
    cli.stderr.on("data", (c) => (err += c));
    const exited = new Promise<number | null>((resolve) => cli.once("exit", (code) => resolve(code)));
    const lines = async (n: number) => {
      const deadline = Date.now() + UPDATE_WITHIN_MS + 5000;
      while (out.split("\n").filter(Boolean).length < n) {
        if (Date.now() > deadline) throw new Error(`CLI printed ${JSON.stringify(out)} / ${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return out
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    };
    const [snapshot] = await lines(1);
    expect(snapshot).toMatchObject({ kind: "WATCH_EVENT_KIND_SNAPSHOT", volumeGroup: { name: vg.name } });
    lvm(["lvcreate", "-q", "-L", "4m", "-n", "cliwatch", "--activate", "n", "--zero", "n", vg.name]);
    const [, update] = await lines(2);
    expect(update).toMatchObject({ kind: "WATCH_EVENT_KIND_UPDATE", volumeGroup: { lvCount: lvCount() } });
    cli.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(err).toBe("");

    // A stream refused at once: the usual status line and exit code, no table.
    const refused = await runCli(["--server", d.server, "vg", "watch", "not_ours"]);
    expect(refused).toMatchObject({ code: 5, stdout: "" });
    expect(refused.stderr).toMatch(/^lvmctl: PERMISSION_DENIED: /);
  }, 30_000);

  it("ends the stream with OK when the daemon gets SIGTERM", async () => {
    const w = openWatch(d.server);
    try {
      await w.next((e) => e.kind === WatchEventKind.WATCH_EVENT_KIND_SNAPSHOT);
      const t0 = Date.now();
      const code = await d.stop("SIGTERM");
      expect(code).toBe(0);
      await w.next(() => false, w.events.length, 1000).catch(() => undefined);
      expect(w.ended).toMatchObject({ code: status.OK });
      figures.shutdownEndsStreamMs = w.ended!.at - t0;
      // Well inside the default 10 s grace: ended, not cut off.
      expect(w.ended!.at - t0).toBeLessThan(5000);
    } finally {
      w.close();
    }
  }, 30_000);
});
