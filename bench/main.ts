// lvmctl performance benchmark: every figure next to the raw lvm2 tool it
// replaces, measured in the same run on the same loop-backed VG.
//
//   npm run bench          full run (10 / 1,000 / 5,000 LVs, ablation, limits), updates docs/performance.md
//   npm run bench:quick    small counts, < 2 minutes; exits non-zero if any benchmark fails
//
// Needs root, lvm2 and loop devices; uses --metadata-only unless
// LVMCTL_TEST_ACTIVATION=1 (as the integration tests do).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, CLI_JS, DAEMON_JS, startDaemon, type RunningDaemon } from "../test/support/daemon.js";
import { checkHealth } from "../test/support/health.js";
import {
  archiveUsage,
  createBenchVg,
  lvm,
  LVM_ENV,
  METADATA_ONLY,
  populate,
  removeLvs,
  runTimed,
  type BenchVg,
} from "./lib/fixture.js";
import { interleave, median, round1, round2, timed } from "./lib/stats.js";
import { writeDocs } from "./lib/docs.js";
import { refillBenchmarks } from "./lib/refill.js";
import { startupBenchmarks } from "./lib/startup.js";

const QUICK = process.argv.includes("--quick");
/** P4 only (inside the VM: `test/vm/run.sh LVMCTL_TEST_ACTIVATION=1 node bench/run.mjs --p4`). */
const P4_ONLY = process.argv.includes("--p4");
const MiB = 1024n * 1024n;
const LV_COLUMNS =
  "lv_name,vg_name,lv_uuid,lv_size,lv_attr,lv_layout,pool_lv,origin,lv_path,lv_tags,lv_time,data_percent,metadata_percent";
const CONFIG = METADATA_ONLY ? ["--config", "global{activation=0}"] : [];
/** What users run: the package's bin entries (the esbuild bundles), executed by their #! line. */
const BIN = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<"lvmctl" | "lvmctld", string> }
).bin;
const BIN_CLI = join(ROOT, BIN.lvmctl);
const BIN_DAEMON = join(ROOT, BIN.lvmctld);

const PLAN = QUICK
  ? {
      tiers: [10, 1000],
      p1Rounds: 5,
      p2Rounds: 5,
      p3Creates: 100,
      p3Rounds: 1,
      starts: 3,
      cliRounds: 5,
      idleMs: 3000,
      ablation: false,
      limits: false,
    }
  : {
      tiers: [10, 1000, 5000],
      p1Rounds: 15,
      p2Rounds: 15,
      p3Creates: 100,
      p3Rounds: 2,
      starts: 7,
      cliRounds: 25,
      idleMs: 10_000,
      ablation: true,
      limits: true,
    };

export interface Figure {
  id: string;
  what: string;
  lvs?: number;
  variant?: string;
  /** Median ms of lvmctl's way. */
  oursMs: number;
  /** Median ms of the raw tool (absent for absolute figures). */
  rawMs?: number;
  ratio?: number;
  target?: string;
  met?: boolean;
  rounds: number;
  unit?: string;
  note?: string;
}

// For development: BENCH_TIERS=10,1000 runs only those VG sizes.
if (process.env.BENCH_TIERS) PLAN.tiers = process.env.BENCH_TIERS.split(",").map(Number);

const figures: Figure[] = [];
const errors: Array<{ bench: string; error: string }> = [];
const notes: Record<string, unknown> = {};
const cleanups: Array<() => void | Promise<void>> = [];

function record(f: Omit<Figure, "ratio" | "met">, limit?: number): Figure {
  const ratio = f.rawMs !== undefined ? round2(f.oursMs / f.rawMs) : undefined;
  const value = ratio ?? f.oursMs;
  const fig: Figure = {
    ...f,
    oursMs: round1(f.oursMs),
    rawMs: f.rawMs === undefined ? undefined : round1(f.rawMs),
    ratio,
    met: limit === undefined ? undefined : value <= limit,
  };
  figures.push(fig);
  const raw =
    fig.rawMs !== undefined
      ? `raw ${String(fig.rawMs).padStart(8)} ms   ratio ${String(fig.ratio).padEnd(5)}`
      : " ".repeat(31);
  const unit = f.unit ?? "ms";
  const target = fig.target ? `target ${fig.target} ${fig.met ? "met" : "MISSED"}` : "";
  process.stdout.write(
    `${fig.id.padEnd(4)} ${`${fig.what}${fig.variant ? ` [${fig.variant}]` : ""}`.padEnd(58)} ${String(fig.oursMs).padStart(8)} ${unit.padEnd(3)} ${raw} ${target}\n`,
  );
  return fig;
}

async function section(name: string, fn: () => Promise<void>): Promise<void> {
  process.stdout.write(`\n== ${name}\n`);
  try {
    await fn();
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    errors.push({ bench: name, error });
    process.stdout.write(`!! ${name} failed: ${error}\n`);
  }
}

let seq = 0;
const vgName = (tag: string) => `lvmctlbench${process.pid}${tag}${seq++}`;

function makeVg(lvs: number): BenchVg {
  const vg = createBenchVg(vgName(`n${lvs}x`), { metadataSize: "32m", sizeGiB: 64 });
  cleanups.push(() => vg.destroy());
  populate(vg.name, lvs);
  return vg;
}

async function daemonOn(vg: string, args: string[] = []): Promise<RunningDaemon> {
  const d = await startDaemon([vg], ["--log-level", "info", ...args]);
  cleanups.push(() => void d.stop());
  if (process.env.BENCH_DAEMON_LOGS) {
    const stop = d.stop.bind(d);
    d.stop = async (signal) => {
      writeFileSync(join(process.env.BENCH_DAEMON_LOGS!, `lvmctld-${vg}-${seq++}.log`), d.logs());
      return stop(signal);
    };
  }
  return d;
}

/** The exact argv the daemon ran for its last command `cmd`, from its log. */
function lastArgv(d: RunningDaemon, cmd: string): string[] {
  const lines = d
    .logs()
    .split("\n")
    .filter((l) => l.includes('"command ok"'));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const j = JSON.parse(lines[i]) as { argv?: string[] };
      if (j.argv?.[1] === cmd) return j.argv;
    } catch {
      // not a JSON line
    }
  }
  throw new Error(`no "${cmd}" in the daemon's log`);
}

function withName(argv: readonly string[], name: string): string[] {
  const out = [...argv];
  const i = out.indexOf("--name");
  if (i < 0) throw new Error("lvcreate argv without --name");
  out[i + 1] = name;
  return out;
}

const rawLvs = (vg: string) => [
  "lvm",
  "lvs",
  ...CONFIG,
  "--reportformat",
  "json",
  "--units",
  "b",
  "--nosuffix",
  "-o",
  LV_COLUMNS,
  vg,
];

async function listAll(d: RunningDaemon, vg: string): Promise<number> {
  let n = 0;
  let pageToken = "";
  do {
    const res = await d.client.volumes.listVolumes({ volumeGroup: vg, pageSize: 1000, pageToken });
    n += res.volumes.length;
    pageToken = res.nextPageToken;
  } while (pageToken !== "");
  return n;
}

/** The lvcreate argv the daemon runs, as a template for the raw side (same arguments, another VG and name). */
async function lvcreateTemplate(d: RunningDaemon, vg: BenchVg, rawVg: BenchVg, name: string): Promise<string[]> {
  await d.client.volumes.createVolume({ volumeGroup: vg.name, name, sizeBytes: 4n * MiB });
  const argv = lastArgv(d, "lvcreate");
  notes.lvcreateArgv = argv.map((a) => (a === name ? "<name>" : a === vg.name ? "<vg>" : a));
  return argv.map((a) => (a === vg.name ? rawVg.name : a));
}

/** Median duration of each lvm command the daemon ran since log offset `from`, per RPC. */
function breakdown(d: RunningDaemon, from: number, rpcs: number): { text: string; medians: Map<string, number> } {
  const per = new Map<string, number[]>();
  for (const line of d.logs().slice(from).split("\n")) {
    if (!line.includes('"command ok"')) continue;
    try {
      const j = JSON.parse(line) as { argv: string[]; durationMs: number; early?: boolean };
      const key = `${j.argv[1]}${j.early ? " (early)" : ""}`;
      per.set(key, [...(per.get(key) ?? []), j.durationMs]);
    } catch {
      // not JSON
    }
  }
  return {
    text: [...per].map(([k, v]) => `${round1(v.length / rpcs)}x ${k} ${round1(median(v))} ms`).join(", "),
    medians: new Map([...per].map(([k, v]) => [k, median(v)])),
  };
}

/**
 * P1: CreateVolume through gRPC vs the same lvcreate run directly. The two
 * sides write to two VGs of the same size, so neither sees the other's
 * changes (the daemon is the VG's only writer, as in production);
 * p1External measures the other case.
 */
async function p1(
  d: RunningDaemon,
  vg: BenchVg,
  rawVg: BenchVg,
  lvs: number,
  rounds: number,
  variant?: string,
  tag = "",
): Promise<void> {
  const template = await lvcreateTemplate(d, vg, rawVg, `p1w${tag}`);
  const before = archiveUsage(rawVg.name);
  const from = d.logs().length;
  const r = await interleave(
    rounds,
    (i) => d.client.volumes.createVolume({ volumeGroup: vg.name, name: `p1d${tag}${i}`, sizeBytes: 4n * MiB }),
    (i) => runTimed(withName(template, `p1r${tag}${i}`)),
  );
  const after = archiveUsage(rawVg.name);
  if (after.files > before.files) {
    const archive = (notes.archive ??= {}) as Record<string, unknown>;
    archive[String(lvs)] = { bytesPerCommit: Math.round((after.bytes - before.bytes) / (after.files - before.files)) };
  }
  const fig = record(
    {
      id: "P1",
      what: `CreateVolume / raw lvcreate`,
      lvs,
      variant,
      oursMs: median(r.ours),
      rawMs: median(r.raw),
      target: "≤ 1.05",
      rounds,
    },
    1.05,
  );
  const b = breakdown(d, from, rounds);
  fig.note = `per CreateVolume: ${b.text}`;
  process.stdout.write(`     ${fig.note}\n`);
  // The second phase of two-phase creation (lvchange --deltag lvmctl.creating) is one more lvm command per create.
  const phase2 = b.medians.get("lvchange");
  if (phase2 !== undefined && variant === undefined) {
    record({
      id: "P1",
      what: "CreateVolume / raw lvcreate, without the lvchange of two-phase creation (derived)",
      lvs,
      oursMs: median(r.ours) - phase2,
      rawMs: median(r.raw),
      rounds,
      note: "P1 minus the median lvchange",
    });
  }
  removeLvs(vg.name, [`p1w${tag}`, ...Array.from({ length: rounds }, (_, i) => `p1d${tag}${i}`)]);
  removeLvs(
    rawVg.name,
    Array.from({ length: rounds }, (_, i) => `p1r${tag}${i}`),
  );
}

/** P1 when every create follows an external change to the VG (the cache must refill first). */
async function p1External(d: RunningDaemon, vg: BenchVg, rawVg: BenchVg, lvs: number, rounds: number): Promise<void> {
  const template = await lvcreateTemplate(d, vg, rawVg, "p1xw");
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < rounds; i++) {
    lvm(["lvchange", "-q", i % 2 === 0 ? "--addtag" : "--deltag", "bench.touch", `${vg.name}/p1xw`]);
    ours.push(
      (
        await timed(() =>
          d.client.volumes.createVolume({ volumeGroup: vg.name, name: `p1xd${i}`, sizeBytes: 4n * MiB }),
        )
      ).ms,
    );
    raw.push(await runTimed(withName(template, `p1xr${i}`)));
  }
  record({
    id: "P1",
    what: "CreateVolume / raw lvcreate, after an external lvchange",
    lvs,
    oursMs: median(ours),
    rawMs: median(raw),
    rounds,
  });
  removeLvs(vg.name, ["p1xw", ...Array.from({ length: rounds }, (_, i) => `p1xd${i}`)]);
  removeLvs(
    rawVg.name,
    Array.from({ length: rounds }, (_, i) => `p1xr${i}`),
  );
}

/** P2: ListVolumes (all pages) vs lvs --reportformat json with the same columns. */
async function p2(d: RunningDaemon, vg: BenchVg, lvs: number, rounds: number, variant?: string): Promise<void> {
  const n = await listAll(d, vg.name);
  if (n < lvs) throw new Error(`ListVolumes returned ${n} volumes, expected at least ${lvs}`);
  await runTimed(rawLvs(vg.name));
  const r = await interleave(
    rounds,
    () => listAll(d, vg.name),
    () => runTimed(rawLvs(vg.name)),
  );
  record(
    {
      id: "P2",
      what: "ListVolumes / raw lvs (cache valid)",
      lvs,
      variant,
      oursMs: median(r.ours),
      rawMs: median(r.raw),
      target: "≤ 0.5",
      rounds,
    },
    0.5,
  );
}

/** P2 when every list follows an external change (a refill each time): the cache's worst case. */
async function p2Refill(d: RunningDaemon, vg: BenchVg, lvs: number, rounds: number): Promise<void> {
  const victim = (await d.client.volumes.listVolumes({ volumeGroup: vg.name, pageSize: 1 })).volumes[0]?.name;
  if (!victim) throw new Error("no volume to touch");
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < rounds; i++) {
    lvm(["lvchange", "-q", i % 2 === 0 ? "--addtag" : "--deltag", "bench.touch", `${vg.name}/${victim}`]);
    ours.push((await timed(() => listAll(d, vg.name))).ms);
    raw.push(await runTimed(rawLvs(vg.name)));
  }
  record({
    id: "P2",
    what: "ListVolumes / raw lvs, after an external lvchange (refill)",
    lvs,
    oursMs: median(ours),
    rawMs: median(raw),
    rounds,
  });
}

/** P3: 100 concurrent CreateVolume vs 100 sequential lvcreate (two VGs, as in P1). */
async function p3(
  d: RunningDaemon,
  vg: BenchVg,
  rawVg: BenchVg,
  count: number,
  rounds: number,
  variant?: string,
  tag = "",
): Promise<void> {
  const template = await lvcreateTemplate(d, vg, rawVg, `p3w${tag}`);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const names = Array.from({ length: count }, (_, i) => `p3d${tag}${r}x${i}`);
    const rawNames = Array.from({ length: count }, (_, i) => `p3r${tag}${r}x${i}`);
    const o = await timed(() =>
      Promise.all(
        names.map((name) => d.client.volumes.createVolume({ volumeGroup: vg.name, name, sizeBytes: 4n * MiB })),
      ),
    );
    ours.push(o.ms);
    const w = await timed(async () => {
      for (const name of rawNames) await runTimed(withName(template, name));
    });
    raw.push(w.ms);
    removeLvs(vg.name, names);
    removeLvs(rawVg.name, rawNames);
  }
  removeLvs(vg.name, [`p3w${tag}`]);
  record(
    {
      id: "P3",
      what: `${count} concurrent CreateVolume / ${count} sequential lvcreate`,
      lvs: 10,
      variant,
      oursMs: median(ours),
      rawMs: median(raw),
      target: "≤ 1.1",
      rounds,
    },
    1.1,
  );
}

function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : Number.NaN;
}

function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(p));
    } catch {
      // gone
    }
  }
  return out;
}

interface Spawned {
  server: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a daemon script; resolves when health says SERVING (polled every 2 ms) with the time it took. */
async function spawnDaemon(js: string, vg: string): Promise<{ ms: number; d: Spawned }> {
  const dir = execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim();
  const server = `unix://${dir}/s.sock`;
  const args = [
    js,
    "--listen",
    server,
    "--volume-group",
    vg,
    "--log-level",
    "warn",
    "--state-dir",
    `${dir}/state`,
    ...(METADATA_ONLY ? ["--metadata-only"] : []),
  ];
  const t = performance.now();
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  };
  cleanups.push(stop);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${js} exited with ${child.exitCode}`);
    if ((await checkHealth(server).catch(() => "DOWN")) === "SERVING")
      return { ms: performance.now() - t, d: { server, pid: child.pid!, stop } };
    if (performance.now() - t > 20_000) {
      await stop();
      throw new Error(`${js} did not become SERVING in 20 s`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function p5(d: RunningDaemon, vg: BenchVg): Promise<void> {
  const daemons: Array<[string, string]> = [
    ["dist/server/main.js, unbundled", DAEMON_JS],
    [`bin: ${BIN.lvmctld}`, BIN_DAEMON],
  ];
  for (const [label, js] of daemons) {
    const starts: number[] = [];
    for (let i = 0; i < PLAN.starts; i++) {
      const s = await spawnDaemon(js, vg.name);
      starts.push(s.ms);
      await s.d.stop();
    }
    record(
      {
        id: "P5",
        what: `start-up to health SERVING (${label})`,
        lvs: 10,
        oursMs: median(starts),
        target: "≤ 500 ms",
        rounds: starts.length,
      },
      500,
    );
  }

  await d.client.volumes.createVolume({ volumeGroup: vg.name, name: "p5get", sizeBytes: 4n * MiB });
  for (const [label, js] of daemons) {
    const { d: s } = await spawnDaemon(js, vg.name);
    // Some work first (a read, a CLI call), then idle: what a waiting daemon holds.
    await runTimed([BIN_CLI, "-s", s.server, "volume", "list"]);
    await runTimed([BIN_CLI, "-s", s.server, "volume", "get", "p5get"]);
    await new Promise((r) => setTimeout(r, PLAN.idleMs));
    const rss = rssKiB(s.pid) / 1024;
    const shells = childPids(s.pid).map(rssKiB).filter(Number.isFinite);
    await s.stop();
    record(
      {
        id: "P5",
        what: `daemon idle RSS, ${PLAN.idleMs / 1000} s after its last call (${label})`,
        lvs: 10,
        oursMs: rss,
        unit: "MiB",
        target: "≤ 60 MiB",
        rounds: 1,
      },
      60,
    );
    if (shells.length > 0) {
      record({
        id: "P5",
        what: `  + lvm shell RSS (${shells.length} process${shells.length > 1 ? "es" : ""}, separate from the daemon)`,
        lvs: 10,
        oursMs: shells.reduce((a, b) => a + b, 0) / 1024,
        unit: "MiB",
        rounds: 1,
      });
    }
  }

  // Issue 11's figure: `lvmctl volume get` / `node -e 0`, both whole processes. The bin runs as a user runs
  // it (its #! line starts node); the unbundled build is shown for comparison. All take turns in every
  // round, so host load hits them alike.
  const rounds = PLAN.cliRounds;
  const node = [process.execPath, "-e", "0"];
  const runs: Array<[string, string[]]> = [
    [`CLI lvmctl volume get / node -e 0, whole processes (bin: ${BIN.lvmctl})`, [BIN_CLI]],
    ["CLI lvmctl volume get / node -e 0, whole processes (dist/client/cli.js, unbundled)", [process.execPath, CLI_JS]],
  ];
  const argv = (prefix: string[]) => [...prefix, "-s", d.server, "volume", "get", "p5get"];
  for (const [, prefix] of runs) await runTimed(argv(prefix));
  const times = runs.map((): number[] => []);
  const nodeTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    nodeTimes.push(await runTimed(node));
    for (let k = 0; k < runs.length; k++) times[k].push(await runTimed(argv(runs[k][1])));
  }
  runs.forEach(([what], k) => {
    record(
      { id: "P5", what, lvs: 10, oursMs: median(times[k]), rawMs: median(nodeTimes), target: "≤ 1.6", rounds },
      1.6,
    );
  });
  removeLvs(vg.name, ["p5get"]);
}

const CONFIGFS_TARGET = "/sys/kernel/config/target";
const TARGETCLI_RECORDER = join(ROOT, "bench/lib/targetcli-record.sh");

async function waitHealth(server: string, service: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while ((await checkHealth(server, service).catch(() => "DOWN")) !== "SERVING") {
    if (Date.now() > deadline) throw new Error(`${service} did not become SERVING`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * P4: CreateExport (one targetcli process fed the whole script, configfs read
 * back, LV tags written) vs the same targetcli steps run one process each, as
 * a script or a person would. Needs LIO: runs in the VM (test/vm).
 */
async function p4(rounds: number, growTo: number): Promise<void> {
  const dir = execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim();
  const scriptLog = join(dir, "targetcli.log");
  writeFileSync(scriptLog, "");
  process.env.LVMCTL_BENCH_TARGETCLI_LOG = scriptLog;
  const vg = createBenchVg(vgName("p4"), { sizeGiB: 4 });
  cleanups.push(() => vg.destroy());
  const d = await startDaemon(
    [vg.name],
    ["--targetcli-binary", TARGETCLI_RECORDER, "--chap-key-file", join(dir, "chap.key"), "--portal", "127.0.0.1:3260"],
  );
  cleanups.push(() => void d.stop());
  const initiator = "iqn.2026-11.io.lvmctl.bench:initiator";
  try {
    await waitHealth(d.server, "lvmctl.v1.ExportService", 300_000);
    const targetcli = (line: string) => runTimed(["targetcli", ...line.split(" ")]);
    const ours: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const name = `p4v${i}`;
      await d.client.volumes.createVolume({ volumeGroup: vg.name, name, sizeBytes: 4n * MiB });
      const before = readFileSync(scriptLog, "utf8").length;
      ours.push(
        (
          await timed(() =>
            d.client.exports.createExport({ volumeGroup: vg.name, volumeName: name, initiatorIqns: [initiator] }),
          )
        ).ms,
      );
      const steps = readFileSync(scriptLog, "utf8")
        .slice(before)
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      notes.p4Steps = steps.length;
      await d.client.exports.deleteExport({ volumeGroup: vg.name, volumeName: name });
      // The same steps, one targetcli process each (saveconfig included), on the same device.
      let t = 0;
      for (const step of steps) t += await targetcli(step);
      raw.push(t);
      for (const step of steps) {
        const target = /^\/iscsi create (\S+)$/.exec(step)?.[1];
        const backstore = /^\/backstores\/block create name=(\S+)/.exec(step)?.[1];
        if (target) await targetcli(`/iscsi delete ${target}`);
        if (backstore) await targetcli(`/backstores/block delete ${backstore}`);
      }
      await targetcli("saveconfig");
    }
    record(
      {
        id: "P4",
        what: `CreateExport / the same ${String(notes.p4Steps)} targetcli steps, one process each`,
        oursMs: median(ours),
        rawMs: median(raw),
        target: "≤ 0.3",
        rounds,
      },
      0.3,
    );

    // targetcli as targets grow: one more export, and a plain `targetcli ls`, with growTo exports in place.
    const lsEmpty = await targetcli("ls");
    for (let i = 0; i < growTo; i++) {
      await d.client.volumes.createVolume({ volumeGroup: vg.name, name: `p4g${i}`, sizeBytes: 4n * MiB });
      await d.client.exports.createExport({ volumeGroup: vg.name, volumeName: `p4g${i}`, initiatorIqns: [initiator] });
    }
    await d.client.volumes.createVolume({ volumeGroup: vg.name, name: "p4last", sizeBytes: 4n * MiB });
    const last = await timed(() =>
      d.client.exports.createExport({ volumeGroup: vg.name, volumeName: "p4last", initiatorIqns: [initiator] }),
    );
    const lsFull = await targetcli("ls");
    record({ id: "P4", what: `CreateExport with ${growTo} exports in place`, oursMs: last.ms, rounds: 1 });
    record({
      id: "P4",
      what: `targetcli ls with 0 / ${growTo} exports (raw tool alone)`,
      oursMs: lsFull,
      rawMs: lsEmpty,
      rounds: 1,
      note: "ratio = growth factor",
    });
    for (const v of [
      ...Array.from({ length: growTo }, (_, i) => `p4g${i}`),
      "p4last",
      ...Array.from({ length: rounds }, (_, i) => `p4v${i}`),
    ]) {
      await d.client.exports.deleteExport({ volumeGroup: vg.name, volumeName: v, allowMissing: true });
    }
  } finally {
    await d.stop();
    vg.destroy();
  }
}

/** The largest VG (in one-extent LVs) a default-sized metadata area holds. */
async function mdaLimit(): Promise<void> {
  const vg = createBenchVg(vgName("mda"), { sizeGiB: 64 });
  try {
    const mdaSize = Number(
      lvm(["pvs", "--noheadings", "--units", "b", "--nosuffix", "-o", "pv_mda_size", vg.device]).trim(),
    );
    const empty = join(execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim(), "empty.meta");
    lvm(["vgcfgbackup", "-q", "-f", empty, vg.name]);
    let lo = 0;
    let hi = 8000;
    while (hi - lo > 25) {
      const mid = Math.floor((lo + hi) / 2);
      lvm(["vgcfgrestore", "-q", "-f", empty, vg.name]);
      try {
        populate(vg.name, mid, "m");
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    notes.defaultMetadataArea = {
      mdaBytes: mdaSize,
      maxOneExtentLvs: lo,
      note: `a VG on a PV made with lvm's default metadata area holds about ${lo} LVs (±25); beyond that lvcreate fails`,
    };
    process.stdout.write(
      `     default metadata area ${(mdaSize / 1048576).toFixed(2)} MiB: about ${lo} one-extent LVs fit\n`,
    );
  } finally {
    vg.destroy();
  }
}

async function main(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error("the benchmark needs root (loop devices, lvm2)");
  if (!existsSync(DAEMON_JS)) throw new Error("run `npm run build` first");
  const lvmVersion = /LVM version:\s*(\S+)/.exec(
    execFileSync("lvm", ["version"], { env: LVM_ENV, encoding: "utf8" }),
  )?.[1];
  const meta = {
    mode: QUICK ? "quick" : "full",
    date: new Date().toISOString(),
    node: process.version,
    lvm: lvmVersion,
    kernel: execFileSync("uname", ["-r"], { encoding: "utf8" }).trim(),
    cpus: readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .filter((l) => l.startsWith("processor")).length,
    metadataOnly: METADATA_ONLY,
  };
  process.stdout.write(
    `lvmctl benchmark (${meta.mode}): lvm ${meta.lvm}, node ${meta.node}, kernel ${meta.kernel}, ${meta.cpus} CPUs, ${METADATA_ONLY ? "metadata-only" : "activation on"}\n`,
  );
  process.stdout.write("figures are medians; ratio = lvmctl / raw tool, lower is better\n");

  if (P4_ONLY) {
    if (!existsSync(CONFIGFS_TARGET)) throw new Error(`${CONFIGFS_TARGET} missing: P4 needs LIO (run it in the VM)`);
    await section("P4 exports (LIO)", () => p4(QUICK ? 2 : 3, QUICK ? 5 : 20));
    PLAN.tiers = [];
    PLAN.ablation = false;
    PLAN.limits = false;
  }

  for (const lvs of PLAN.tiers) {
    await section(`${lvs} LVs`, async () => {
      const vg = makeVg(lvs);
      const rawVg = makeVg(lvs);
      const d = await daemonOn(vg.name);
      const rounds = lvs >= 5000 ? Math.max(5, Math.floor(PLAN.p1Rounds / 2)) : PLAN.p1Rounds;
      await p1(d, vg, rawVg, lvs, rounds);
      await p1External(d, vg, rawVg, lvs, Math.min(rounds, 7));
      await p2(d, vg, lvs, rounds);
      await p2Refill(d, vg, lvs, Math.min(rounds, 7));
      if (lvs === 10) {
        await p3(d, vg, rawVg, PLAN.p3Creates, PLAN.p3Rounds);
        await p5(d, vg);
      }
      await d.stop();
      vg.destroy();
      rawVg.destroy();
    });
  }

  if (!P4_ONLY) await section("refill, big VGs", () => refillBenchmarks({ quick: QUICK, record, cleanups, vgName }));
  if (!P4_ONLY) await section("start-up, big VGs", () => startupBenchmarks({ quick: QUICK, record, cleanups, vgName }));
  if (PLAN.ablation) {
    const variants: Array<[string, string[]]> = [
      ["exec, no cache (before)", ["--lvm-shell", "off", "--no-read-cache"]],
      ["lvm shell only", ["--lvm-shell", "on", "--no-read-cache"]],
      ["cache only", ["--lvm-shell", "off"]],
      ["lvm shell + cache (default)", ["--lvm-shell", "on"]],
    ];
    await section("each optimisation alone (1,000 LVs; P3 on 10)", async () => {
      const big = makeVg(1000);
      const bigRaw = makeVg(1000);
      const small = makeVg(10);
      const smallRaw = makeVg(10);
      for (const [label, args] of variants) {
        const d = await daemonOn(big.name, args);
        await p1(d, big, bigRaw, 1000, 9, label, "a");
        await p2(d, big, 1000, 9, label);
        await d.stop();
        const s = await daemonOn(small.name, args);
        await p1(s, small, smallRaw, 10, 9, label, "a");
        await p3(s, small, smallRaw, PLAN.p3Creates, 1, label, "a");
        await s.stop();
      }
      for (const v of [big, bigRaw, small, smallRaw]) v.destroy();
    });
  }

  if (PLAN.limits) await section("limits", mdaLimit);

  const dir = process.env.LVMCTL_BENCH_RESULTS ?? join(ROOT, "bench/results");
  if (!P4_ONLY && !existsSync(CONFIGFS_TARGET) && !existsSync(join(dir, "p4.json"))) {
    notes.p4 = "CreateExport vs separate targetcli calls needs LIO/configfs: run `npm run bench:vm` (the test VM)";
  }
  const results = { meta, figures, notes, errors };
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${P4_ONLY ? "p4" : meta.mode}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nresults: ${file}\n`);
  if (!QUICK && !P4_ONLY) {
    // P4 comes from the VM run (bench/vm-p4.sh), when there is one.
    const p4File = join(dir, "p4.json");
    if (existsSync(p4File)) {
      const p4 = JSON.parse(readFileSync(p4File, "utf8")) as { meta: { date: string }; figures: Figure[] };
      for (const f of p4.figures)
        results.figures.push({ ...f, variant: `test VM (qemu TCG), ${p4.meta.date.slice(0, 10)}` });
    }
    writeDocs(join(ROOT, "docs/performance.md"), results);
    process.stdout.write("docs/performance.md updated\n");
  }
}

async function cleanup(): Promise<void> {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch {
      // best effort
    }
  }
}

process.on("SIGINT", () => {
  void cleanup().then(() => process.exit(130));
});

try {
  await main();
} catch (err) {
  errors.push({ bench: "main", error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.stdout.write(`!! ${String(err)}\n`);
} finally {
  await cleanup();
}
if (errors.length > 0) {
  process.stdout.write(`\n${errors.length} benchmark(s) failed\n`);
  process.exitCode = 1;
}
