// The daemon's Prometheus metrics without a daemon: label derivation, the
// names and labels the registry exposes (Prometheus conventions), the storage
// sampler's scrape-cost bounds, and the HTTP endpoint.
import { status } from "@grpc/grpc-js";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { CommandError } from "../../src/server/exec/command.js";
import { InflightLimit } from "../../src/server/grpc/unary.js";
import type { CacheStats } from "../../src/server/lvm/cache.js";
import type { LogicalVolume, MetadataArea, VolumeGroupInfo } from "../../src/server/lvm/model.js";
import { commandLabel, statusLabel } from "../../src/server/metrics/commands.js";
import { DaemonMetrics } from "../../src/server/metrics/daemon-metrics.js";
import { parseHostPort } from "../../src/server/metrics/http.js";
import { splitPath } from "../../src/server/metrics/rpc.js";
import { StorageSampler, type StorageSource } from "../../src/server/metrics/storage-sampler.js";

const log = pino({ level: "silent" });
const MiB = 1024n * 1024n;

function lv(name: string, over: Partial<LogicalVolume> = {}): LogicalVolume {
  return {
    name,
    vgName: "vg0",
    uuid: `uuid-${name}`,
    sizeBytes: 8n * MiB,
    attr: "-wi-------",
    layout: ["linear"],
    pool: "",
    origin: "",
    path: "",
    tags: ["lvmctl.managed"],
    createTime: "",
    dataPercent: undefined,
    metadataPercent: undefined,
    ...over,
  };
}

/** A scripted inventory read side: counts its reads, can fail or hang a VG. */
class FakeStorage implements StorageSource {
  readonly volumeGroups: string[];
  reads = 0;
  failing = new Set<string>();
  hanging = new Set<string>();
  lvRows: LogicalVolume[] = [
    lv("a"),
    lv("b", { tags: ["lvmctl.managed", "lvmctl.export", "lvmctl.export.initiator=iqn.2020-01.org.example:host"] }),
    lv("pool", { layout: ["thin", "pool"], attr: "twi-a-tz--", dataPercent: 81.5, metadataPercent: 12.25 }),
    lv("bare-pool", { layout: ["thin", "pool"], attr: "twi---tz--" }),
  ];

  constructor(...vgs: string[]) {
    this.volumeGroups = vgs;
  }

  private async gate(vg: string, signal?: AbortSignal): Promise<void> {
    this.reads++;
    if (this.failing.has(vg)) throw new Error(`volume group "${vg}" not found`);
    if (this.hanging.has(vg))
      await new Promise((_, reject) => signal?.addEventListener("abort", () => reject(new Error("aborted"))));
  }

  async vg(vg: string, signal?: AbortSignal): Promise<VolumeGroupInfo> {
    await this.gate(vg, signal);
    return {
      name: vg,
      uuid: "U",
      sizeBytes: 1024n * MiB,
      freeBytes: 100n * MiB,
      extentSizeBytes: 4n * MiB,
      pvCount: 1,
      lvCount: 4,
      seqno: 7,
    };
  }

  async lvs(vgs: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    await this.gate(vgs[0], signal);
    return this.lvRows.map((r) => ({ ...r, vgName: vgs[0] }));
  }

  async metadataAreas(vgs: readonly string[], signal?: AbortSignal): Promise<Map<string, MetadataArea>> {
    await this.gate(vgs[0], signal);
    return new Map([[vgs[0], { sizeBytes: 1020n * 1024n, freeBytes: 500n * 1024n }]]);
  }
}

function cacheStats(): CacheStats {
  return {
    hits: 5,
    diskChecks: 9,
    commandChecks: 1,
    vgRefills: 2,
    lvRefills: 3,
    pendingReads: 4,
    patches: 6,
    drops: 7,
    metadataRefills: 8,
  };
}

/** value of one sample line `name{labels} value` in the text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("metric labels", () => {
  it("names lvm commands by subcommand and other programs by base name", () => {
    expect(commandLabel(["lvm", "lvcreate", "-L", "8m", "vg0"], "lvm")).toBe("lvcreate");
    expect(commandLabel(["/opt/fake-lvm.sh", "vgs", "--reportformat", "json"], "/opt/fake-lvm.sh")).toBe("vgs");
    expect(commandLabel(["/sbin/lvm", "version"], "lvm")).toBe("version");
    expect(commandLabel(["lvm", "--config", "x"], "lvm")).toBe("lvm");
    expect(commandLabel(["/usr/bin/targetcli"], "lvm")).toBe("targetcli");
    expect(commandLabel(["iscsiadm", "-m", "session"], "lvm")).toBe("iscsiadm");
  });

  it("labels success 0, an exit by its code, anything else by how it failed", () => {
    expect(statusLabel(undefined)).toBe("0");
    expect(statusLabel(new CommandError(["lvm", "lvcreate"], "exit", 5, "", "", "exit code 5"))).toBe("5");
    expect(statusLabel(new CommandError(["lvm", "lvs"], "timeout", undefined, "", "", "timed out"))).toBe("timeout");
    expect(statusLabel(new CommandError(["x"], "spawn", undefined, "", "", "cannot run"))).toBe("spawn");
    expect(statusLabel(new CommandError(["x"], "signal", undefined, "", "", "killed"))).toBe("signal");
    expect(statusLabel(new Error("other"))).toBe("error");
  });

  it("splits an RPC path into service and method", () => {
    expect(splitPath("/lvmctl.v1.VolumeService/CreateVolume")).toEqual(["lvmctl.v1.VolumeService", "CreateVolume"]);
    expect(splitPath("/csi.v1.Controller/CreateVolume")).toEqual(["csi.v1.Controller", "CreateVolume"]);
  });

  it("parses the listen address, IPv6 in brackets", () => {
    expect(parseHostPort("127.0.0.1:9474")).toEqual({ host: "127.0.0.1", port: 9474 });
    expect(parseHostPort("[::1]:0")).toEqual({ host: "::1", port: 0 });
    expect(parseHostPort("localhost:80")).toEqual({ host: "localhost", port: 80 });
  });
});

describe("the daemon's registry", () => {
  function metrics(storage = new FakeStorage("vg0"), serving = true) {
    const m = new DaemonMetrics({ lvmBinary: "lvm" }, log);
    const limit = new InflightLimit(16);
    m.watch({ storage, cache: cacheStats(), mutationLimit: limit, serving: () => serving });
    return { m, limit, storage };
  }

  it("is its own, not prom-client's global registry", async () => {
    const { register } = await import("prom-client");
    const { m } = metrics();
    expect(m.registry).not.toBe(register);
    expect(register.getSingleMetric("lvmctl_serving")).toBeUndefined();
    // Two daemons in one process do not clash over names.
    expect(() => metrics()).not.toThrow();
  });

  it("counts RPCs, commands and lock waits with the documented labels", async () => {
    const { m, limit } = metrics();
    const method = { path: "/lvmctl.v1.VolumeService/CreateVolume", name: "CreateVolume", readOnly: false };
    m.observeRpc(method, status.OK, 0.02);
    m.observeRpc(method, status.OK, 0.03);
    m.observeRpc(method, status.NOT_FOUND, 0.001);
    m.observeCommand(["lvm", "lvcreate", "vg0"], 0.2);
    m.observeCommand(["lvm", "lvcreate", "vg0"], 0.1, new CommandError(["lvm"], "exit", 5, "", "", "exit code 5"));
    m.observeLockWait("vg0", 0.004);
    const release = limit.acquire("mutating requests");
    const text = await m.registry.metrics();
    release();
    const rpc = { grpc_service: "lvmctl.v1.VolumeService", grpc_method: "CreateVolume" };
    expect(sample(text, "lvmctl_grpc_requests_total", { ...rpc, grpc_code: "OK" })).toBe(2);
    expect(sample(text, "lvmctl_grpc_requests_total", { ...rpc, grpc_code: "NOT_FOUND" })).toBe(1);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_count", { ...rpc, grpc_code: "OK" })).toBe(2);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_sum", { ...rpc, grpc_code: "OK" })).toBeCloseTo(0.05);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_bucket", { ...rpc, grpc_code: "OK", le: "0.025" })).toBe(
      1,
    );
    expect(sample(text, "lvmctl_commands_total", { command: "lvcreate", status: "0" })).toBe(1);
    expect(sample(text, "lvmctl_commands_total", { command: "lvcreate", status: "5" })).toBe(1);
    expect(sample(text, "lvmctl_command_duration_seconds_count", { command: "lvcreate", status: "0" })).toBe(1);
    expect(sample(text, "lvmctl_vg_lock_wait_seconds_count", { vg: "vg0" })).toBe(1);
    expect(sample(text, "lvmctl_inflight_mutations")).toBe(1);
    expect(sample(text, "lvmctl_inflight_mutations_limit")).toBe(16);
    expect(sample(text, "lvmctl_serving")).toBe(1);
    expect(sample(text, "lvmctl_build_info")).toBe(1);
  });

  it("reads the storage gauges and cache counters at scrape time", async () => {
    const { m } = metrics();
    const text = await m.registry.metrics();
    expect(sample(text, "lvmctl_vg_up", { vg: "vg0" })).toBe(1);
    expect(sample(text, "lvmctl_vg_size_bytes", { vg: "vg0" })).toBe(1024 * 1024 * 1024);
    expect(sample(text, "lvmctl_vg_free_bytes", { vg: "vg0" })).toBe(100 * 1024 * 1024);
    expect(sample(text, "lvmctl_vg_metadata_size_bytes", { vg: "vg0" })).toBe(1020 * 1024);
    expect(sample(text, "lvmctl_vg_metadata_free_bytes", { vg: "vg0" })).toBe(500 * 1024);
    expect(sample(text, "lvmctl_vg_logical_volumes", { vg: "vg0" })).toBe(4);
    expect(sample(text, "lvmctl_vg_exports", { vg: "vg0" })).toBe(1);
    expect(sample(text, "lvmctl_thin_pool_data_used_ratio", { vg: "vg0", pool: "pool" })).toBeCloseTo(0.815);
    expect(sample(text, "lvmctl_thin_pool_metadata_used_ratio", { vg: "vg0", pool: "pool" })).toBeCloseTo(0.1225);
    // A pool lvm reports no usage for (inactive, no device-mapper) has no series rather than a made-up 0.
    expect(sample(text, "lvmctl_thin_pool_data_used_ratio", { pool: "bare-pool" })).toBeUndefined();
    expect(sample(text, "lvmctl_read_cache_hits_total")).toBe(5);
    expect(sample(text, "lvmctl_read_cache_refills_total", { kind: "vg" })).toBe(2);
    expect(sample(text, "lvmctl_read_cache_refills_total", { kind: "lvs" })).toBe(3);
    expect(sample(text, "lvmctl_read_cache_refills_total", { kind: "pending" })).toBe(4);
    expect(sample(text, "lvmctl_read_cache_refills_total", { kind: "metadata_text" })).toBe(8);
    expect(sample(text, "lvmctl_read_cache_seqno_checks_total", { via: "disk" })).toBe(9);
    expect(sample(text, "lvmctl_read_cache_invalidations_total")).toBe(7);
    expect(sample(text, "process_cpu_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });

  it("reports a VG that cannot be read as down, with no capacity series", async () => {
    const storage = new FakeStorage("vg0", "gone");
    storage.failing.add("gone");
    const { m } = metrics(storage, false);
    const text = await m.registry.metrics();
    expect(sample(text, "lvmctl_vg_up", { vg: "vg0" })).toBe(1);
    expect(sample(text, "lvmctl_vg_up", { vg: "gone" })).toBe(0);
    expect(sample(text, "lvmctl_vg_free_bytes", { vg: "gone" })).toBeUndefined();
    expect(sample(text, "lvmctl_serving")).toBe(0);
  });

  it("follows Prometheus naming: lvmctl_ prefix, _total counters, base units, help on every metric", async () => {
    const { m } = metrics();
    m.observeRpc({ path: "/a.B/C", name: "C", readOnly: true }, status.OK, 0.1);
    const all = await m.registry.getMetricsAsJSON();
    const ours = all.filter((x) => !/^(process|nodejs)_/.test(x.name));
    expect(ours.map((x) => x.name).sort()).toEqual(
      [
        "lvmctl_build_info",
        "lvmctl_command_duration_seconds",
        "lvmctl_commands_total",
        "lvmctl_grpc_request_duration_seconds",
        "lvmctl_grpc_requests_total",
        "lvmctl_inflight_mutations",
        "lvmctl_inflight_mutations_limit",
        "lvmctl_read_cache_hits_total",
        "lvmctl_read_cache_invalidations_total",
        "lvmctl_read_cache_patches_total",
        "lvmctl_read_cache_refills_total",
        "lvmctl_read_cache_seqno_checks_total",
        "lvmctl_serving",
        "lvmctl_thin_pool_data_used_ratio",
        "lvmctl_thin_pool_metadata_used_ratio",
        "lvmctl_vg_exports",
        "lvmctl_vg_free_bytes",
        "lvmctl_vg_lock_wait_seconds",
        "lvmctl_vg_logical_volumes",
        "lvmctl_vg_metadata_free_bytes",
        "lvmctl_vg_metadata_size_bytes",
        "lvmctl_vg_size_bytes",
        "lvmctl_vg_up",
      ].sort(),
    );
    for (const metric of ours) {
      expect(metric.name).toMatch(/^lvmctl_[a-z][a-z0-9_]*$/);
      expect(metric.help.length).toBeGreaterThan(10);
      if (String(metric.type) === "counter") expect(metric.name).toMatch(/_total$/);
      else expect(metric.name).not.toMatch(/_total$/);
      if (String(metric.type) === "histogram") expect(metric.name).toMatch(/_seconds$/);
      expect(metric.name).not.toMatch(/_(milliseconds|percent|kilobytes|megabytes)$/);
      for (const v of metric.values) for (const label of Object.keys(v.labels)) expect(label).toMatch(/^[a-z][a-z_]*$/);
    }
  });
});

describe("storage sampling bounds", () => {
  it("shares one sample between concurrent scrapes and reuses it for the minimum interval", async () => {
    const storage = new FakeStorage("vg0", "vg1");
    const sampler = new StorageSampler(storage, { minIntervalMs: 200 });
    const [a, b] = await Promise.all([sampler.sample(), sampler.sample()]);
    expect(a).toBe(b);
    expect(storage.reads).toBe(6); // vg, lvs and metadata areas of each VG, once
    await sampler.sample();
    expect(storage.reads).toBe(6);
    await new Promise((r) => setTimeout(r, 250));
    await sampler.sample();
    expect(storage.reads).toBe(12);
  });

  it("gives up on a VG whose reads hang, within the timeout, and still reports the others", async () => {
    const storage = new FakeStorage("vg0", "stuck");
    storage.hanging.add("stuck");
    const sampler = new StorageSampler(storage, { timeoutMs: 100 });
    const started = performance.now();
    const samples = await sampler.sample();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(samples.map((s) => [s.vg, s.ok])).toEqual([
      ["vg0", true],
      ["stuck", false],
    ]);
  });
});

describe("the metrics endpoint", () => {
  it("serves GET /metrics in the text format, 404 elsewhere, 405 for other methods, and closes", async () => {
    const m = new DaemonMetrics({ lvmBinary: "lvm" }, log);
    m.watch({ serving: () => true });
    const url = await m.listen("127.0.0.1:0");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(await ok.text(), "lvmctl_serving")).toBe(1);
    const base = url.replace(/\/metrics$/, "");
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metricsx`)).status).toBe(404);
    expect((await fetch(`${url}?x=1`)).status).toBe(200);
    const post = await fetch(url, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    await m.close();
    await expect(fetch(url)).rejects.toThrow();
  });

  it("fails to start when the address is taken", async () => {
    const a = new DaemonMetrics({ lvmBinary: "lvm" }, log);
    const url = await a.listen("127.0.0.1:0");
    const b = new DaemonMetrics({ lvmBinary: "lvm" }, log);
    await expect(b.listen(new URL(url).host)).rejects.toThrow(/EADDRINUSE/);
    await a.close();
    await b.close();
  });
});
