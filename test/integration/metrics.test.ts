// lvmctld's Prometheus endpoint on real lvm2, checked by the tools that consume
// it: `promtool check metrics` lints a scrape taken after a few RPCs, the series
// carry what lvm itself reports, and a real Prometheus server (Debian's
// `prometheus`) scrapes the daemon and answers queries for them.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, lvmReport, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;
const ARCHIVE_DIR = "/etc/lvm/archive";

/** A port nothing listens on right now (the kernel's pick, released at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function requireTool(name: string): void {
  try {
    execFileSync(name, ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error(`${name} is missing: install Debian's prometheus package (scripts/install-system-deps.sh)`);
  }
}

/** What lvm itself reports for the VG, in bytes. */
function vgReport(vg: string): Record<string, number> {
  const [row] = lvmReport("vgs", "vg_size,vg_free,vg_mda_size,vg_mda_free,lv_count", [vg]);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** The value of the sample `name{labels}` in a text-format scrape (labels: a subset to match). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe.skipIf(SKIP_ROOT_TESTS)("the metrics endpoint", () => {
  let vg: LoopVg;
  let d: RunningDaemon;
  let url: string;

  beforeAll(async () => {
    requireRootAndLvm();
    requireTool("promtool");
    requireTool("prometheus");
    vg = createLoopVg("lvmctlmetrics");
    const port = await freePort();
    url = `http://127.0.0.1:${port}/metrics`;
    d = await startDaemon([vg.name], ["--metrics-listen", `127.0.0.1:${port}`]);
    await d.client.volumes.createVolume({ name: "m1", sizeBytes: 8n * MiB });
    await d.client.volumes.createVolume({ name: "m2", sizeBytes: 12n * MiB });
    await d.client.volumes.listVolumes({});
    await expectStatus(d.client.volumes.getVolume({ name: "nope" }), "NOT_FOUND");
    await d.client.volumeGroups.getVolumeGroup({});
    // An export as the exporter records it (the LV's tag): counted without LIO, and an outside change the cache must see.
    lvm(["lvchange", "--addtag", "lvmctl.export", `${vg.name}/m2`]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    if (vg)
      for (const f of readdirSync(ARCHIVE_DIR).filter((f) => f.startsWith(`${vg.name}_`)))
        rmSync(`${ARCHIVE_DIR}/${f}`);
  });

  it("serves a scrape that promtool check metrics passes, with what lvm reports", async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const text = await res.text();
    const lint = spawnSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(lint.stdout + lint.stderr).toBe("");
    expect(lint.status).toBe(0);

    const want = vgReport(vg.name);
    const v = { vg: vg.name };
    expect(sample(text, "lvmctl_vg_up", v)).toBe(1);
    expect(sample(text, "lvmctl_vg_size_bytes", v)).toBe(want.vg_size);
    expect(sample(text, "lvmctl_vg_free_bytes", v)).toBe(want.vg_free);
    expect(sample(text, "lvmctl_vg_metadata_size_bytes", v)).toBe(want.vg_mda_size);
    expect(sample(text, "lvmctl_vg_metadata_free_bytes", v)).toBe(want.vg_mda_free);
    expect(sample(text, "lvmctl_vg_logical_volumes", v)).toBe(2);
    expect(want.lv_count).toBe(2);
    expect(sample(text, "lvmctl_vg_exports", v)).toBe(1);

    const create = { grpc_service: "lvmctl.v1.VolumeService", grpc_method: "CreateVolume", grpc_code: "OK" };
    expect(sample(text, "lvmctl_grpc_requests_total", create)).toBe(2);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_count", create)).toBe(2);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_sum", create)).toBeGreaterThan(0);
    expect(sample(text, "lvmctl_grpc_request_duration_seconds_sum", create)).toBeLessThan(60);
    expect(
      sample(text, "lvmctl_grpc_requests_total", {
        grpc_service: "lvmctl.v1.VolumeService",
        grpc_method: "GetVolume",
        grpc_code: "NOT_FOUND",
      }),
    ).toBe(1);
    expect(sample(text, "lvmctl_commands_total", { command: "lvcreate", status: "0" })).toBe(2);
    // Start-up ran `lvm version` (and the lvm shell, when on, runs its commands as the same subcommands).
    expect(sample(text, "lvmctl_commands_total", { command: "version", status: "0" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "lvmctl_command_duration_seconds_count", { command: "lvcreate", status: "0" })).toBe(2);
    expect(sample(text, "lvmctl_vg_lock_wait_seconds_count", v)).toBeGreaterThanOrEqual(2);
    expect(sample(text, "lvmctl_vg_lock_wait_seconds_sum", v)).toBeLessThan(10);
    expect(sample(text, "lvmctl_inflight_mutations")).toBe(0);
    expect(sample(text, "lvmctl_inflight_mutations_limit")).toBe(256);
    expect(sample(text, "lvmctl_serving")).toBe(1);
    expect(sample(text, "lvmctl_read_cache_hits_total")).toBeGreaterThan(0);
    expect(sample(text, "lvmctl_read_cache_refills_total", { kind: "lvs" })).toBeGreaterThan(0);
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(10 * 1024 * 1024);
    expect(sample(text, "process_start_time_seconds")).toBeGreaterThan(Date.now() / 1000 - 600);

    expect((await fetch(url.replace(/metrics$/, ""))).status).toBe(404);
  });

  it("costs no lvm command to scrape an idle VG (the seqno cache answers)", async () => {
    const commands = (text: string) =>
      text
        .split("\n")
        .filter((l) => l.startsWith("lvmctl_commands_total"))
        .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
    await fetch(url).then((r) => r.text());
    // Past the sampler's minimum interval, so each of these scrapes takes a fresh sample.
    await new Promise((r) => setTimeout(r, 2100));
    const before = commands(await (await fetch(url)).text());
    await new Promise((r) => setTimeout(r, 2100));
    const after = commands(await (await fetch(url)).text());
    if (METADATA_ONLY) expect(after).toBe(before);
    else expect(after - before).toBeLessThanOrEqual(1); // with device-mapper, lvs again for usage figures at most
  });

  it("is scraped by a real Prometheus server, whose query API returns the series", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lvmctl-prometheus-"));
    const promPort = await freePort();
    const target = new URL(url).host;
    writeFileSync(
      join(dir, "prometheus.yml"),
      [
        "global:",
        "  scrape_interval: 1s",
        "  evaluation_interval: 1s",
        "scrape_configs:",
        "  - job_name: lvmctld",
        "    static_configs:",
        `      - targets: ["${target}"]`,
        "",
      ].join("\n"),
    );
    let prom: ChildProcess | undefined;
    let logs = "";
    try {
      prom = spawn(
        "prometheus",
        [
          `--config.file=${join(dir, "prometheus.yml")}`,
          `--storage.tsdb.path=${join(dir, "data")}`,
          `--web.listen-address=127.0.0.1:${promPort}`,
          "--log.level=warn",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      prom.stdout!.on("data", (b) => (logs += b));
      prom.stderr!.on("data", (b) => (logs += b));
      const api = `http://127.0.0.1:${promPort}/api/v1`;
      type Result = Array<{ metric: Record<string, string>; value: [number, string] }>;
      const query = async (q: string): Promise<Result> => {
        const res = await fetch(`${api}/query?query=${encodeURIComponent(q)}`);
        const body = (await res.json()) as { status: string; data: { result: Result } };
        expect(body.status).toBe("success");
        return body.data.result;
      };
      const deadline = Date.now() + 30_000;
      let free: Result = [];
      while (Date.now() < deadline) {
        if (prom.exitCode !== null) throw new Error(`prometheus exited with ${prom.exitCode}:\n${logs}`);
        free = await query("lvmctl_vg_free_bytes").catch(() => []);
        if (free.length > 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(free, `no lvmctl_vg_free_bytes in Prometheus:\n${logs}`).toHaveLength(1);
      const want = vgReport(vg.name);
      expect(free[0].metric).toMatchObject({ __name__: "lvmctl_vg_free_bytes", job: "lvmctld", vg: vg.name });
      expect(Number(free[0].value[1])).toBe(want.vg_free);
      expect((await query('up{job="lvmctld"}')).map((r) => r.value[1])).toEqual(["1"]);
      expect(Number((await query(`lvmctl_vg_size_bytes{vg="${vg.name}"}`))[0].value[1])).toBe(want.vg_size);
      expect(Number((await query(`lvmctl_vg_metadata_free_bytes{vg="${vg.name}"}`))[0].value[1])).toBe(
        want.vg_mda_free,
      );
      const creates = await query('sum(lvmctl_grpc_requests_total{grpc_method="CreateVolume",grpc_code="OK"})');
      expect(Number(creates[0].value[1])).toBe(2);
      expect(Number((await query("lvmctl_serving"))[0].value[1])).toBe(1);
      // The scrape's own health as Prometheus saw it: no series dropped or refused.
      expect(Number((await query('scrape_samples_scraped{job="lvmctld"}'))[0].value[1])).toBeGreaterThan(100);
    } finally {
      if (prom && prom.exitCode === null) {
        const exited = new Promise((resolve) => prom!.once("exit", resolve));
        prom.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
