// The pure pieces of lvmctld's transport hardening: connection admission,
// first-call deadlines, the unread-answer budget, the open-files limit, the
// flags, and health Watch streams ending at shutdown.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDaemonArgs } from "../../src/server/config.js";
import { HealthImplementation } from "../../src/server/grpc/health.js";
import {
  ConnectionTable,
  FD_RESERVE,
  FirstCallDeadlines,
  connectionKey,
  tcpBudget,
} from "../../src/server/net/connections.js";
import { parseOpenFilesLimit } from "../../src/server/net/open-files.js";
import { ResponseBudget, SMALL_ANSWER_BYTES } from "../../src/server/net/response-budget.js";

describe("ConnectionTable", () => {
  it("caps each listener, each remote address and all TCP connections together; a Unix socket counts only against its listener", () => {
    const t = new ConnectionTable({ perListener: 3, perPeer: 2, tcpTotal: 4 });
    expect(t.admit("tcp://a", "10.0.0.1")).toBeUndefined();
    expect(t.admit("tcp://a", "10.0.0.1")).toBeUndefined();
    expect(t.admit("tcp://a", "10.0.0.1")).toBe("peer");
    expect(t.admit("tcp://a", "10.0.0.2")).toBeUndefined();
    expect(t.admit("tcp://a", "10.0.0.3")).toBe("listener");
    expect(t.admit("tcp://b", "10.0.0.3")).toBeUndefined();
    expect(t.admit("tcp://b", "10.0.0.4")).toBe("open-files");
    // TCP is full, the Unix socket is not.
    expect(t.admit("unix:///s", undefined)).toBeUndefined();
    expect(t.open("tcp://a")).toBe(3);
    t.release("tcp://a", "10.0.0.1");
    expect(t.admit("tcp://b", "10.0.0.1")).toBeUndefined();
    expect(t.open("tcp://a")).toBe(2);
  });

  it("sizes the TCP budget below the open-files limit, never below one connection", () => {
    expect(tcpBudget(1024, 1024, 1)).toBe(1024 - FD_RESERVE);
    expect(tcpBudget(1_048_576, 1024, 2)).toBe(2048);
    expect(tcpBudget(100, 1024, 1)).toBe(1);
    expect(tcpBudget(Infinity, 10, 1)).toBe(10);
  });

  it("names a TCP connection by its 4-tuple and a Unix one not at all", () => {
    expect(
      connectionKey({ localAddress: "127.0.0.1", localPort: 7443, remoteAddress: "10.1.2.3", remotePort: 50000 }),
    ).toBe("127.0.0.1:7443<10.1.2.3:50000");
    expect(
      connectionKey({ localAddress: "127.0.0.1", localPort: 7443, remoteAddress: "10.1.2.3", remotePort: 50001 }),
    ).not.toBe(
      connectionKey({ localAddress: "127.0.0.1", localPort: 7443, remoteAddress: "10.1.2.3", remotePort: 50000 }),
    );
    expect(connectionKey({})).toBeUndefined();
  });
});

describe("FirstCallDeadlines", () => {
  afterEach(() => vi.useRealTimers());

  it("closes a connection whose first call does not come in time, and not one whose does", () => {
    vi.useFakeTimers();
    const d = new FirstCallDeadlines(10_000);
    const expired: string[] = [];
    d.arm("a", () => expired.push("a"));
    d.arm("b", () => expired.push("b"));
    vi.advanceTimersByTime(9_999);
    d.settle("b");
    expect(d.pending("a")).toBe(true);
    expect(d.pending("b")).toBe(false);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(["a"]);
    expect(d.pending("a")).toBe(false);
  });
});

describe("ResponseBudget", () => {
  it("refuses a connection past its own budget, and gives the bytes back once", () => {
    const b = new ResponseBudget({ perConnection: 1000, total: 1_000_000 });
    const release = b.charge("c1", 900);
    expect(b.refusal("c1", 50)).toBeUndefined();
    expect(b.refusal("c1", 200)).toMatch(/this connection has 900 bytes of answers it has not read \(limit 1000\)/);
    expect(b.refusal("c2", 200)).toBeUndefined();
    release();
    release();
    expect(b.buffered).toEqual({ remote: 0, local: 0 });
    expect(b.refusal("c1", 200)).toBeUndefined();
  });

  it("refuses TCP connections with unread answers past the total, but still serves a small answer to one that reads", () => {
    const b = new ResponseBudget({ perConnection: 1_000_000, total: 1_000_000 });
    b.charge("stalled1", 600_000);
    b.charge("stalled2", 500_000);
    expect(b.refusal("stalled1")).toMatch(/clients have 1100000 bytes of answers they have not read \(limit 1000000\)/);
    expect(b.refusal("reader")).toBeUndefined();
    expect(b.refusal("reader", SMALL_ANSWER_BYTES)).toBeUndefined();
    expect(b.refusal("reader", SMALL_ANSWER_BYTES + 1)).toBeDefined();
  });

  it("keeps the Unix sockets' pool apart: TCP clients cannot use it up", () => {
    const b = new ResponseBudget({ perConnection: 10_000, total: 10_000 });
    b.charge("tcp1", 9_000);
    b.charge("tcp2", 9_000);
    expect(b.refusal(undefined, 5_000)).toBeUndefined();
    b.charge(undefined, 9_000);
    expect(b.refusal(undefined, 5_000)).toMatch(/limit 10000/);
    expect(b.buffered).toEqual({ remote: 18_000, local: 9_000 });
  });

  it("says when a burst is over: both pools empty after holding at least the threshold, once per burst", () => {
    const bursts: number[] = [];
    const b = new ResponseBudget(
      { perConnection: 10_000, total: 10_000 },
      { after: 5_000, then: (hw) => bursts.push(hw) },
    );
    b.charge("small", 4_000)();
    expect(bursts).toEqual([]);
    const one = b.charge("tcp1", 3_000);
    const two = b.charge(undefined, 3_000);
    one();
    expect(bursts).toEqual([]);
    two();
    expect(bursts).toEqual([6_000]);
    b.charge("tcp1", 1_000)();
    expect(bursts).toEqual([6_000]);
  });
});

describe("open-files limit", () => {
  it("reads soft and hard from /proc/<pid>/limits", () => {
    const text =
      "Limit                     Soft Limit           Hard Limit           Units     \nMax processes             63704                63704                processes \nMax open files            1024                 524288               files     \n";
    expect(parseOpenFilesLimit(text)).toEqual({ soft: 1024, hard: 524288 });
    expect(parseOpenFilesLimit("Max open files            unlimited            unlimited            files\n")).toEqual({
      soft: Infinity,
      hard: Infinity,
    });
    expect(parseOpenFilesLimit("nothing here")).toBeUndefined();
  });
});

describe("transport flags", () => {
  const parse = (...args: string[]) => parseDaemonArgs(["--volume-group", "vg0", ...args], "0");

  it("has short first-call and bounded idle timeouts, caps and budgets by default", () => {
    const cfg = parse();
    expect(cfg).toMatchObject({
      firstRequestTimeoutMs: 10_000,
      idleTimeoutMs: 300_000,
      maxConnections: 1024,
      maxConnectionsPerPeer: 64,
      maxConcurrentStreams: 100,
      responseBufferPerConnection: 8 * 1024 * 1024,
      responseBufferTotal: 64 * 1024 * 1024,
      shutdownGraceMs: 10_000,
    });
  });

  it("takes seconds, counts and sizes, and refuses nonsense naming the flag", () => {
    expect(
      parse("--first-request-timeout", "2.5", "--shutdown-grace", "1", "--response-buffer-total", "1GiB"),
    ).toMatchObject({
      firstRequestTimeoutMs: 2500,
      shutdownGraceMs: 1000,
      responseBufferTotal: 1024 ** 3,
    });
    expect(() => parse("--first-request-timeout", "0")).toThrow(
      /--first-request-timeout 0: expected a positive number of seconds/,
    );
    expect(() => parse("--shutdown-grace", "soon")).toThrow(/--shutdown-grace soon/);
    expect(() => parse("--max-connections", "1.5")).toThrow(
      /--max-connections 1.5: expected a whole number of at least 1/,
    );
    expect(() => parse("--max-concurrent-streams", "0")).toThrow(/--max-concurrent-streams 0/);
    expect(() => parse("--response-buffer-per-connection", "lots")).toThrow(
      /--response-buffer-per-connection: invalid size "lots"/,
    );
    expect(() => parse("--response-buffer-total", "0")).toThrow(
      /--response-buffer-total 0: expected a size of at least one byte/,
    );
  });
});

describe("health Watch at shutdown", () => {
  type Handlers = { Watch(call: unknown): void };

  function fakeWatch(service: string) {
    const written: string[] = [];
    let ended = false;
    const call = {
      request: { service },
      write: (m: { status: string }) => written.push(m.status),
      end: () => (ended = true),
      on: () => {},
    };
    return { call, written, ended: () => ended };
  }

  it("sends NOT_SERVING, then ends every stream, and ends a Watch that starts afterwards at once", () => {
    const health = new HealthImplementation({ "": "SERVING" });
    let handlers: Handlers | undefined;
    health.addToServer({ addService: (_def: unknown, impl: Handlers) => (handlers = impl) } as never);
    const w = fakeWatch("");
    handlers!.Watch(w.call);
    health.setStatus("", "NOT_SERVING");
    health.endWatches();
    expect(w.written).toEqual(["SERVING", "NOT_SERVING"]);
    expect(w.ended()).toBe(true);
    const late = fakeWatch("");
    handlers!.Watch(late.call);
    expect(late.written).toEqual(["NOT_SERVING"]);
    expect(late.ended()).toBe(true);
  });
});
