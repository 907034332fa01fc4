// Transport hardening (issue 8, sections 1-3), against the built daemon:
// - connection floods: 1.5x the open-files limit of idle TCP connections (plain
//   and TLS clients that stall mid-handshake) must not stop the Unix socket
//   from answering, and every idle connection is closed by the first-call
//   deadline, while one that made a call stays; idle connections get GOAWAY
//   after --idle-timeout; one remote address is capped;
// - clients that never read: stalled HTTP/2 sessions at the stream cap, each
//   asking for 1,000 volumes at once, must leave RSS bounded and other clients
//   served, and give their memory back when they go; thousands of concurrent
//   calls on one connection all answer;
// - shutdown: SIGTERM with an open health Watch (and a call whose client never
//   reads) exits within the grace period, a slow mutation is still waited
//   for, and a daemon started on the same socket path meanwhile keeps its
//   socket.
import { connect as h2connect, constants as h2, type ClientHttp2Session, type IncomingHttpHeaders } from "node:http2";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { credentials, makeGenericClientConstructor, status, type ClientReadableStream } from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { populate } from "../../bench/lib/fixture.js";
import { LvmctlClient } from "../../src/client/client.js";
import { GetVolumeRequest, ListVolumesRequest } from "../../src/gen/lvmctl/v1/volume.js";
import { healthService } from "../../src/server/grpc/health.js";
import { DAEMON_JS } from "../support/daemon.js";
import { checkHealth } from "../support/health.js";
import { createLoopVg, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { FAKE_LVM, launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { FULL, scale } from "./lib/mode.js";

const figures = new Figures("transport", "Transport: connection floods, clients that do not read, shutdown");

const OPEN_FILES = 1024;
const FLOOD = Math.round(OPEN_FILES * 1.5);
/** Full runs use the default deadline; quick runs a short one. */
const FIRST_CALL_S = scale(10, 2);
const STREAM_CAP = 100;
const STALLED_SESSIONS = 10;
/** The issue's figure lists 1,000 volumes; the quick (CI) run lists fewer, so its RSS stays far from the target on a busy runner. */
const LIST_LVS = scale(1000, 300);
const GRACE_S = scale(10, 2);
const CONCURRENT_GETS = scale(20_000, 2_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const codeOf = (err: unknown) => status[(err as { code?: number }).code ?? -1] ?? String(err);

function row(finding: string, figure: string, target: string, ok: boolean): boolean {
  figures.row("transport", { finding, figure, target, ok: ok ? "yes" : "NO" });
  figures.check(finding, target, ok ? target : figure);
  return ok;
}

/** The tcp:// address the daemon logged as bound (port 0 resolved). */
/** The first JSON log line of the daemon with this message, waited for up to `ms`. */
async function waitForLog(d: WatchedDaemon, msg: string, ms: number): Promise<Record<string, unknown> | undefined> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(250)) {
    const line = d
      .logs()
      .split("\n")
      .find((l) => l.includes(`"msg":"${msg}"`));
    if (line) return JSON.parse(line) as Record<string, unknown>;
  }
  return undefined;
}

function tcpAddress(d: WatchedDaemon): { host: string; port: number } {
  const line = d
    .logs()
    .split("\n")
    .find((l) => l.includes('"lvmctld listening"'));
  const address = (JSON.parse(line ?? "{}") as { listen?: string[] }).listen?.find((a) => a.startsWith("tcp://"));
  if (!address) throw new Error(`no tcp listener in the log:\n${d.logs()}`);
  const [, host, port] = /^tcp:\/\/(.+):(\d+)$/.exec(address)!;
  return { host, port: Number(port) };
}

interface Held {
  socket: Socket;
  openedAt: number;
  closedAt?: number;
}

/** Opens `count` TCP connections from many loopback addresses (so no per-address cap is what limits them); each may write `hello` and then stays silent. */
async function flood(port: number, count: number, hello: (i: number) => Buffer | undefined): Promise<Held[]> {
  const held: Held[] = [];
  const batch = 128;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, j) => {
        const i = start + j;
        return new Promise<void>((resolve) => {
          const socket = connect({
            host: "127.0.0.1",
            port,
            localAddress: `127.0.${1 + (i % 40)}.${2 + Math.floor(i / 40)}`,
          });
          const h: Held = { socket, openedAt: Date.now() };
          held.push(h);
          socket.on("error", () => {});
          socket.once("close", () => {
            h.closedAt = Date.now();
            resolve();
          });
          socket.once("connect", () => {
            h.openedAt = Date.now();
            const bytes = hello(i);
            if (bytes) socket.write(bytes);
            resolve();
          });
        });
      }),
    );
  }
  return held;
}

/** Waits until every held connection is closed (or `ms` passed); returns how many are still open. */
async function allClosed(held: Held[], ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && held.some((h) => h.closedAt === undefined)) await sleep(100);
  return held.filter((h) => h.closedAt === undefined).length;
}

async function timed<T>(p: Promise<T>): Promise<{ code: string; ms: number }> {
  const started = performance.now();
  try {
    await p;
    return { code: "OK", ms: performance.now() - started };
  } catch (err) {
    return { code: codeOf(err), ms: performance.now() - started };
  }
}

function selfSignedCert(dir: string): void {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      "server.key",
      "-out",
      "server.pem",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-days",
      "2",
    ],
    { cwd: dir, stdio: "ignore" },
  );
}

/** The first bytes of a TLS ClientHello record, and then nothing. */
const PARTIAL_CLIENT_HELLO = Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]);

function grpcFrame(message: Uint8Array): Buffer {
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt32BE(message.length, 1);
  Buffer.from(message).copy(frame, 5);
  return frame;
}

/** One unary call on an HTTP/2 session; resolves with its grpc-status. */
function call(session: ClientHttp2Session, path: string, message: Uint8Array): Promise<string> {
  return new Promise((resolve) => {
    const req = session.request({
      ":method": "POST",
      ":path": path,
      "content-type": "application/grpc",
      te: "trailers",
    });
    let code = "none";
    req.on("response", (h) => (code = String(h["grpc-status"] ?? code)));
    req.on("trailers", (h: IncomingHttpHeaders) => (code = String(h["grpc-status"])));
    req.on("error", () => resolve("error"));
    req.on("data", () => {});
    req.on("close", () => resolve(code));
    req.end(grpcFrame(message));
  });
}

/** Makes a call, waits past the first-call deadline, and says whether the same connection still serves. */
async function callerOutlivesDeadline(url: string, name: string): Promise<string> {
  const session = h2connect(url, { ca: readFileSync(join(certDir, "server.pem")) });
  session.on("error", () => {});
  const get = () =>
    call(session, "/lvmctl.v1.VolumeService/GetVolume", GetVolumeRequest.encode({ volumeGroup: "", name }).finish());
  const first = await get();
  await sleep((FIRST_CALL_S + 1) * 1000);
  const state = session.closed || session.destroyed ? "closed" : "open";
  const second = state === "open" ? await get() : "none";
  session.destroy();
  return `${first === "0" ? "" : `first call ${first}, `}${state}${state === "open" ? `, second call ${second === "0" ? "OK" : second}` : ""}`;
}

let certDir = "";

describe.skipIf(SKIP_ROOT_TESTS)("transport", () => {
  let vg: LoopVg;
  let dir: string;
  const daemons: WatchedDaemon[] = [];

  beforeAll(() => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctltr", 8192);
    populate(vg.name, LIST_LVS);
    dir = mkdtempSync(join(tmpdir(), "lvmctl-transport-"));
    certDir = dir;
    selfSignedCert(dir);
  });

  afterAll(async () => {
    for (const d of daemons) if (d.alive()) await d.stop();
    figures.save();
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const start = async (args: string[], wrapper: string[] = []) => {
    const d = await launch(figures, [vg.name], args, wrapper);
    daemons.push(d);
    return d;
  };

  for (const kind of ["plain TCP", "TLS"] as const) {
    it(`${kind}: ${FLOOD} idle connections at an open-files limit of ${OPEN_FILES} leave the Unix socket answering, and are closed by the first-call deadline`, async () => {
      const tls =
        kind === "TLS" ? ["--tls-cert", join(dir, "server.pem"), "--tls-key", join(dir, "server.key")] : ["--insecure"];
      const d = await start(
        [
          "--listen",
          "tcp://127.0.0.1:0",
          ...tls,
          "--first-request-timeout",
          String(FIRST_CALL_S),
          "--max-connections-per-peer",
          "64",
        ],
        ["prlimit", `--nofile=${OPEN_FILES}:${OPEN_FILES}`],
      );
      const { port } = tcpAddress(d);
      const name = `lv${"0".repeat(String(LIST_LVS).length)}`;
      // TLS: half send a partial ClientHello, half nothing; plain: half send the HTTP/2 preface's first bytes, half nothing.
      const hello = (i: number) =>
        i % 2 === 0 ? undefined : kind === "TLS" ? PARTIAL_CLIENT_HELLO : Buffer.from("PRI * HTTP/2.0\r\n");
      const held = await flood(port, FLOOD, hello);
      await sleep(300);
      const stillOpen = held.filter((h) => h.closedAt === undefined).length;
      const unix = [];
      for (let i = 0; i < 5; i++) unix.push(await timed(d.client.volumes.getVolume({ name })));
      const worst = Math.max(...unix.map((u) => u.ms));
      const unixOk = unix.every((u) => u.code === "OK");
      row(
        `${kind} flood: GetVolume on the Unix socket while ${FLOOD} idle connections are held`,
        `${unixOk ? "OK" : unix.map((u) => u.code).join(",")}, worst ${Math.round(worst)} ms`,
        "OK, < 1000 ms",
        unixOk && worst < 1000,
      );
      row(
        `${kind} flood: connections the daemon kept (limit ${OPEN_FILES} open files)`,
        `${stillOpen} of ${FLOOD}`,
        `≤ ${OPEN_FILES - 256}`,
        stillOpen <= OPEN_FILES - 256,
      );
      const left = await allClosed(held, FIRST_CALL_S * 1000 + 5000);
      const lifetimes = held.map((h) => (h.closedAt ?? Date.now()) - h.openedAt);
      const longest = Math.max(...lifetimes);
      row(
        `${kind} flood: idle connections closed by the first-call deadline (${FIRST_CALL_S} s)`,
        `${FLOOD - left} of ${FLOOD} closed, longest lived ${(longest / 1000).toFixed(1)} s`,
        `all, ≤ ${FIRST_CALL_S + 1} s`,
        left === 0 && longest <= (FIRST_CALL_S + 1) * 1000,
      );
      // A connection that has made a call is not cut by the deadline.
      const kept = await callerOutlivesDeadline(
        kind === "TLS" ? `https://127.0.0.1:${port}` : `http://127.0.0.1:${port}`,
        name,
      );
      row(
        `${kind}: a connection that made a call, ${FIRST_CALL_S + 1} s later`,
        kept,
        "open, second call OK",
        kept === "open, second call OK",
      );
      // TCP serves again once the idle ones are gone.
      const client = new LvmctlClient(
        kind === "TLS"
          ? { server: `tcp://127.0.0.1:${port}`, tlsCa: join(dir, "server.pem"), timeoutMs: 5000 }
          : { server: `tcp://127.0.0.1:${port}`, insecure: true, timeoutMs: 5000 },
      );
      const after = await timed(client.volumes.getVolume({ name }));
      client.close();
      row(`${kind} flood: a TCP client after the flood`, after.code, "OK", after.code === "OK");
      figures.set(`${kind} flood: daemon RSS after (MiB)`, Math.round(rssMiB(d.process.pid!)));
      expect(d.alive()).toBe(true);
      await d.stop();
      expect(figures.data.checks.filter((c) => c.name.startsWith(`${kind} flood`) && !c.ok)).toEqual([]);
    });
  }

  it("a connection with no call in flight past --idle-timeout gets GOAWAY and is closed; one with a call in flight is not", async () => {
    const d = await start(["--listen", "tcp://127.0.0.1:0", "--insecure", "--idle-timeout", "1"]);
    const { port } = tcpAddress(d);
    const name = `lv${"0".repeat(String(LIST_LVS).length)}`;
    const open = (): { session: ClientHttp2Session; closedAt: () => number | undefined; goaway: () => boolean } => {
      const session = h2connect(`http://127.0.0.1:${port}`);
      let closedAt: number | undefined;
      let goaway = false;
      session.on("error", () => {});
      session.on("goaway", () => (goaway = true));
      session.on("close", () => (closedAt = Date.now()));
      return { session, closedAt: () => closedAt, goaway: () => goaway };
    };
    const idle = open();
    const busy = open();
    const first = await call(
      idle.session,
      "/lvmctl.v1.VolumeService/GetVolume",
      GetVolumeRequest.encode({ volumeGroup: "", name }).finish(),
    );
    const idleSince = Date.now();
    // A Watch stays in flight for as long as the daemon runs.
    busy.session
      .request({
        ":method": "POST",
        ":path": "/grpc.health.v1.Health/Watch",
        "content-type": "application/grpc",
        te: "trailers",
      })
      .on("error", () => {})
      .end(grpcFrame(new Uint8Array()));
    // grpc-js checks idleness on a timer of the same period, so a connection goes within twice the timeout.
    await sleep(4000);
    const closedAfter = idle.closedAt() === undefined ? undefined : idle.closedAt()! - idleSince;
    const busyOpen = busy.closedAt() === undefined;
    idle.session.destroy();
    busy.session.destroy();
    await d.stop();
    row(
      "--idle-timeout 1: a connection idle after one call",
      `${first === "0" ? "" : `call ${first}, `}${idle.goaway() ? "GOAWAY, " : ""}${closedAfter === undefined ? "still open after 4 s" : `closed after ${closedAfter} ms`}`,
      "GOAWAY, closed within 3 s",
      idle.goaway() && closedAfter !== undefined && closedAfter <= 3000,
    );
    row(
      "--idle-timeout 1: a connection with a Watch in flight, 4 s later",
      busyOpen ? "open" : "closed",
      "open",
      busyOpen,
    );
    expect(idle.goaway() && closedAfter !== undefined && busyOpen).toBe(true);
  });

  it("one remote address past --max-connections-per-peer is refused at once; the others are kept", async () => {
    const d = await start(["--listen", "tcp://127.0.0.1:0", "--insecure", "--max-connections-per-peer", "8"]);
    const { port } = tcpAddress(d);
    const held: Held[] = [];
    for (let i = 0; i < 12; i++) {
      const socket = connect({ host: "127.0.0.1", port, localAddress: "127.0.9.9" });
      const h: Held = { socket, openedAt: Date.now() };
      socket.on("error", () => {});
      socket.once("close", () => (h.closedAt = Date.now()));
      held.push(h);
    }
    await sleep(500);
    const kept = held.filter((h) => h.closedAt === undefined).length;
    for (const h of held) h.socket.destroy();
    row("12 connections from one address, --max-connections-per-peer 8", `${kept} kept`, "8 kept", kept === 8);
    await d.stop();
    expect(kept).toBe(8);
  });

  it(`${STALLED_SESSIONS} HTTP/2 sessions that never read, each asking ListVolumes of ${LIST_LVS} volumes ${3 * STREAM_CAP} times: RSS bounded, others served, memory back after (full run)`, async () => {
    // Full run: the default budgets. Quick run: smaller answers, so smaller budgets that they still overflow.
    const budgets = FULL ? [] : ["--response-buffer-per-connection", "2MiB", "--response-buffer-total", "16MiB"];
    const d = await start([
      "--listen",
      "tcp://127.0.0.1:0",
      "--insecure",
      "--max-concurrent-streams",
      String(STREAM_CAP),
      ...budgets,
    ]);
    const { port } = tcpAddress(d);
    const pid = d.process.pid!;
    // One served listing first: the read cache holds the VG, as on a busy daemon.
    const listed = await d.client.volumes.listVolumes({ pageSize: LIST_LVS });
    expect(listed.volumes.length).toBe(LIST_LVS);
    const before = rssMiB(pid);
    const body = grpcFrame(
      ListVolumesRequest.encode(ListVolumesRequest.fromPartial({ volumeGroup: vg.name, pageSize: LIST_LVS })).finish(),
    );
    const tally = { headers: 0, exhausted: 0, refused: 0, otherStatus: 0 };
    const sessions: ClientHttp2Session[] = [];
    const perSessionAnswered: number[] = [];
    for (let s = 0; s < STALLED_SESSIONS; s++) {
      // A zero receive window: the daemon may send headers but not one byte of any answer.
      const session = h2connect(`http://127.0.0.1:${port}`, {
        settings: { initialWindowSize: 0 },
        localAddress: `127.0.20.${s + 2}`,
      } as never);
      session.on("error", () => {});
      sessions.push(session);
      perSessionAnswered.push(0);
      for (let i = 0; i < 3 * STREAM_CAP; i++) {
        const req = session.request({
          ":method": "POST",
          ":path": "/lvmctl.v1.VolumeService/ListVolumes",
          "content-type": "application/grpc",
          te: "trailers",
        });
        req.on("error", () => {});
        req.on("response", (headers) => {
          if (headers["grpc-status"] === undefined) {
            tally.headers++;
            perSessionAnswered[s]++;
          } else if (Number(headers["grpc-status"]) === Number(status.RESOURCE_EXHAUSTED)) tally.exhausted++;
          else tally.otherStatus++;
        });
        req.on("close", () => {
          if (req.rstCode === h2.NGHTTP2_REFUSED_STREAM) tally.refused++;
        });
        req.end(body);
      }
    }
    // Until the daemon has answered all it will (nothing changes for 2 s).
    let last = "";
    let peak = 0;
    for (let stable = 0, i = 0; stable < 4 && i < 240; i++) {
      await sleep(500);
      peak = Math.max(peak, rssMiB(pid));
      const now = JSON.stringify(tally);
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    const during = rssMiB(pid);
    peak = Math.max(peak, during);
    const unix = await timed(d.client.volumes.listVolumes({ pageSize: 10 }));
    const other = new LvmctlClient({ server: `tcp://127.0.0.1:${port}`, insecure: true, timeoutMs: 5000 });
    const tcp = await timed(other.volumes.getVolume({ name: listed.volumes[0].name }));
    const maxOpen = Math.max(...perSessionAnswered);
    const advertised = sessions[0].remoteSettings.maxConcurrentStreams;
    figures.row("unread responses", {
      sessions: STALLED_SESSIONS,
      "volumes per answer": LIST_LVS,
      "calls sent": STALLED_SESSIONS * 3 * STREAM_CAP,
      "answer stalled (headers only)": tally.headers,
      RESOURCE_EXHAUSTED: tally.exhausted,
      "still queued in the clients":
        STALLED_SESSIONS * 3 * STREAM_CAP - tally.headers - tally.exhausted - tally.otherStatus,
    });
    figures.row("daemon RSS", { when: "before", MiB: Math.round(before) });
    figures.row("daemon RSS", { when: `${STALLED_SESSIONS} stalled sessions (peak)`, MiB: Math.round(peak) });
    row(
      `stalled sessions: streams a connection may open (--max-concurrent-streams ${STREAM_CAP})`,
      `SETTINGS_MAX_CONCURRENT_STREAMS ${advertised}`,
      String(STREAM_CAP),
      advertised === STREAM_CAP,
    );
    row(
      "stalled sessions: unread answers held per connection",
      `${maxOpen} at most`,
      `≤ ${STREAM_CAP}`,
      maxOpen <= STREAM_CAP,
    );
    row(
      `stalled sessions: daemon RSS with ${STALLED_SESSIONS} sessions at the cap`,
      `${Math.round(peak)} MiB peak`,
      "≤ 300 MiB",
      peak <= 300,
    );
    row(
      "stalled sessions: calls beyond the response budget",
      `${tally.exhausted} RESOURCE_EXHAUSTED, ${tally.otherStatus} other`,
      "> 0 RESOURCE_EXHAUSTED, 0 other",
      tally.exhausted > 0 && tally.otherStatus === 0,
    );
    row(
      "stalled sessions: other clients (Unix ListVolumes, TCP GetVolume)",
      `${unix.code} ${Math.round(unix.ms)} ms, ${tcp.code} ${Math.round(tcp.ms)} ms`,
      "OK, OK",
      unix.code === "OK" && tcp.code === "OK",
    );
    for (const session of sessions) session.destroy();
    await sleep(1000);
    // Budget given back: the same big listing over TCP works again, several times over.
    const again = [];
    for (let i = 0; i < 5; i++) again.push(await timed(other.volumes.listVolumes({ pageSize: LIST_LVS })));
    other.close();
    row(
      "stalled sessions: after they close, big listings over TCP",
      again.map((a) => a.code).join(","),
      "OK,OK,OK,OK,OK",
      again.every((a) => a.code === "OK"),
    );
    // Once the budget has drained, the daemon collects its garbage and logs what it still holds (heap in use + external).
    const reclaimed = await waitForLog(d, "memory of a drained burst given back", 15_000);
    const held = reclaimed ? Number(reclaimed.heapUsedMiB) + Number(reclaimed.externalMiB) : NaN;
    row(
      "stalled sessions: memory the daemon holds once they are gone (heap in use + external)",
      reclaimed ? `${held} MiB (RSS ${String(reclaimed.rssMiB)} MiB)` : "never logged",
      "≤ 32 MiB",
      held <= 32,
    );
    // RSS follows as glibc trims its arenas: recorded, not judged (it depends on the allocator, not on what lvmctld holds).
    const settleS = scale(60, 2);
    const closed = Date.now();
    let afterRss = rssMiB(pid);
    while (afterRss > before + 64 && Date.now() - closed < settleS * 1000) {
      await sleep(1000);
      afterRss = rssMiB(pid);
    }
    const tookS = Math.round((Date.now() - closed) / 1000);
    figures.row("daemon RSS", {
      when: `sessions closed and memory collected, ${tookS} s later`,
      MiB: Math.round(afterRss),
    });
    expect(d.alive()).toBe(true);
    await d.stop();
    expect(figures.data.checks.filter((c) => c.name.startsWith("stalled sessions") && !c.ok)).toEqual([]);
  });

  it(`${CONCURRENT_GETS} concurrent GetVolume calls from one grpc-js client all answer, and the daemon stays responsive`, async () => {
    const d = await start(["--max-concurrent-streams", String(STREAM_CAP)]);
    const name = `lv${"0".repeat(String(LIST_LVS).length)}`;
    const client = new LvmctlClient({ server: d.server, timeoutMs: 120_000 });
    const started = performance.now();
    const all = await Promise.all(
      Array.from({ length: CONCURRENT_GETS }, () => timed(client.volumes.getVolume({ name }))),
    );
    const ms = performance.now() - started;
    client.close();
    const codes = new Map<string, number>();
    for (const a of all) codes.set(a.code, (codes.get(a.code) ?? 0) + 1);
    const probe = await timed(d.client.volumes.getVolume({ name }));
    const summary = [...codes].map(([c, n]) => `${n} ${c}`).join(", ");
    row(
      `${CONCURRENT_GETS} concurrent GetVolume on one connection`,
      `${summary} in ${Math.round(ms)} ms; then ${probe.code}`,
      `${CONCURRENT_GETS} OK; then OK`,
      codes.get("OK") === CONCURRENT_GETS && probe.code === "OK",
    );
    await d.stop();
    expect(codes.get("OK")).toBe(CONCURRENT_GETS);
  });

  describe("shutdown", () => {
    const HealthClient = makeGenericClientConstructor(healthService, "Health");

    /** A Watch on overall health; resolves with what it saw when the stream ends. */
    function watch(server: string): { seen: string[]; ended: Promise<string> } {
      const client = new HealthClient(server, credentials.createInsecure());
      const seen: string[] = [];
      const stream = (client as unknown as { Watch(req: object): ClientReadableStream<{ status: string }> }).Watch({
        service: "",
      });
      stream.on("data", (m: { status: string }) => seen.push(m.status));
      const ended = new Promise<string>((resolve) => {
        stream.on("status", (s) => {
          client.close();
          resolve(status[s.code]);
        });
        stream.on("error", () => {});
      });
      return { seen, ended };
    }

    /** An HTTP/2 session with a ListVolumes whose answer it never reads: a call that cannot finish. */
    function stalledCall(socketPath: string): ClientHttp2Session {
      const session = h2connect("http://localhost", {
        createConnection: () => connect(socketPath),
        settings: { initialWindowSize: 0 },
      } as never);
      session.on("error", () => {});
      const req = session.request({
        ":method": "POST",
        ":path": "/lvmctl.v1.VolumeService/ListVolumes",
        "content-type": "application/grpc",
        te: "trailers",
      });
      req.on("error", () => {});
      req.end(grpcFrame(ListVolumesRequest.encode(ListVolumesRequest.fromPartial({ pageSize: LIST_LVS })).finish()));
      return session;
    }

    it(`SIGTERM with an open health Watch: NOT_SERVING, the stream ends, the process exits well within the grace period (${GRACE_S} s)`, async () => {
      const d = await start(["--shutdown-grace", String(GRACE_S)]);
      const w = watch(d.server);
      await sleep(300);
      const started = Date.now();
      d.terminate();
      const code = await new Promise<number | null>((resolve) => d.process.once("exit", (c) => resolve(c)));
      const ms = Date.now() - started;
      const end = await Promise.race([w.ended, sleep(2000).then(() => "still open")]);
      await d.stop();
      row(
        "SIGTERM with an open Watch: exit",
        `${ms} ms, code ${code}`,
        `< ${GRACE_S * 1000} ms, code 0`,
        ms < GRACE_S * 1000 && code === 0,
      );
      row(
        "SIGTERM with an open Watch: what the watcher saw",
        `${w.seen.join(" → ")}; stream ${end}`,
        "SERVING → NOT_SERVING; stream OK",
        w.seen.join(",") === "SERVING,NOT_SERVING" && end === "OK",
      );
      expect(ms).toBeLessThan(GRACE_S * 1000);
      expect(w.seen).toEqual(["SERVING", "NOT_SERVING"]);
    });

    it("SIGTERM during a slow mutation: the connection is closed after the grace period, the lvcreate is not killed and the process waits for it", async () => {
      const control = join(dir, "control.json");
      const slowMs = (GRACE_S + 2) * 1000;
      writeFileSync(
        control,
        JSON.stringify({ rules: [{ id: "slow", command: "lvcreate", fault: "hang", ms: slowMs }] }),
      );
      process.env.LVMCTL_FAKE_LVM_CONTROL = control;
      try {
        const d = await start([
          "--shutdown-grace",
          String(GRACE_S),
          "--lvm-binary",
          FAKE_LVM,
          "--lvm-shell",
          "off",
          "--command-timeout",
          "600",
        ]);
        const create = timed(d.client.volumes.createVolume({ name: "drain0", sizeBytes: 4n * 1024n * 1024n }));
        await sleep(500);
        const started = Date.now();
        const exited = new Promise<number | null>((resolve) => d.process.once("exit", (c) => resolve(c)));
        d.terminate();
        const answer = await create;
        const answeredMs = Date.now() - started;
        const code = await exited;
        const exitMs = Date.now() - started;
        await d.stop();
        const made = vg.lvNames().includes("drain0");
        row(
          "SIGTERM during a slow lvcreate: the client's call",
          `${answer.code} after ${answeredMs} ms`,
          `cut at the grace period (${GRACE_S * 1000} ms)`,
          answer.code !== "OK" && answeredMs < GRACE_S * 1000 + 1500,
        );
        row(
          "SIGTERM during a slow lvcreate: the process",
          `exit ${code} after ${exitMs} ms; LV ${made ? "made" : "missing"}`,
          `waits for lvcreate (≥ ${slowMs - 500} ms), exit 0; LV made`,
          code === 0 && exitMs >= slowMs - 500 && made,
        );
        expect(answer.code).not.toBe("OK");
        expect(code).toBe(0);
        expect(made).toBe(true);
        expect(exitMs).toBeGreaterThanOrEqual(slowMs - 500);
      } finally {
        delete process.env.LVMCTL_FAKE_LVM_CONTROL;
      }
    });

    it("SIGTERM with a call whose client never reads: forced after the grace period; daemon B on the same socket path keeps serving after A exits", async () => {
      const a = await start(["--shutdown-grace", String(GRACE_S)]);
      const socketPath = a.socket;
      const session = stalledCall(socketPath);
      const w = watch(a.server);
      await sleep(500);
      const started = Date.now();
      const aExit = new Promise<number | null>((resolve) => a.process.once("exit", (c) => resolve(c)));
      a.terminate();
      // A restart: B binds the path as soon as A's socket file is gone, while A still drains.
      while (existsSync(socketPath) && Date.now() - started < 5000) await sleep(20);
      const goneMs = Date.now() - started;
      const args = [
        DAEMON_JS,
        "--listen",
        `unix://${socketPath}`,
        "--volume-group",
        vg.name,
        ...(METADATA_ONLY ? ["--metadata-only"] : []),
      ];
      const b = spawn(process.execPath, args, { stdio: "ignore" });
      try {
        let bServing = false;
        for (let i = 0; i < 200 && !bServing; i++) {
          bServing = (await checkHealth(`unix://${socketPath}`).catch(() => "DOWN")) === "SERVING";
          if (!bServing) await sleep(50);
        }
        const bInode = existsSync(socketPath) ? statSync(socketPath).ino : 0;
        const code = await Promise.race([aExit, sleep((GRACE_S + 10) * 1000).then(() => "still running")]);
        const aMs = Date.now() - started;
        session.destroy();
        const stillThere = existsSync(socketPath) && statSync(socketPath).ino === bInode;
        const bAnswers = await timed(
          new LvmctlClient({ server: `unix://${socketPath}`, timeoutMs: 5000 }).volumes.getVolume({
            name: `lv${"0".repeat(String(LIST_LVS).length)}`,
          }),
        );
        row("SIGTERM: A's socket file removed", `after ${goneMs} ms`, "at once (< 1000 ms)", goneMs < 1000);
        row(
          "SIGTERM with a call that cannot finish: A exits",
          `${aMs} ms, code ${code}`,
          `${GRACE_S * 1000}–${GRACE_S * 1000 + 2000} ms, code 0`,
          code === 0 && aMs >= GRACE_S * 1000 - 200 && aMs <= GRACE_S * 1000 + 2000,
        );
        row(
          "daemon B, started on A's path while A drained, after A exits",
          `${bServing ? "was SERVING" : "never SERVING"}; socket ${stillThere ? "still B's" : "GONE"}; GetVolume ${bAnswers.code}`,
          "SERVING; socket still B's; GetVolume OK",
          bServing && stillThere && bAnswers.code === "OK",
        );
        row(
          "Watch during a forced shutdown",
          `${w.seen.join(" → ")}`,
          "SERVING → NOT_SERVING",
          w.seen.join(",") === "SERVING,NOT_SERVING",
        );
        expect(code).toBe(0);
        expect(stillThere && bAnswers.code === "OK").toBe(true);
      } finally {
        b.kill("SIGTERM");
        await new Promise((resolve) => b.once("exit", resolve));
        await a.stop();
      }
    });
  });
});
