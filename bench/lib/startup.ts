// Issue 11: start-up to health SERVING with a large VG, as a user starts it
// (the package's `bin` lvmctld, default flags), and what the start-up checks
// spent of it (from the daemon's own log: listening -> serving, and the lvm
// commands they ran).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ROOT } from "../../test/support/daemon.js";
import { checkHealth } from "../../test/support/health.js";
import { METADATA_ONLY } from "./fixture.js";
import { bigVg, type BenchContext } from "./refill.js";
import { median } from "./stats.js";

/** The daemon script package.json's `bin` names: what `lvmctld` runs once installed. */
function binDaemon(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
  return join(ROOT, pkg.bin.lvmctld);
}

interface Start {
  ms: number;
  /** From "lvmctld listening" to "serving" in the daemon's log: the start-up checks. */
  checksMs: number;
  commands: string[];
  rssMiB: number;
}

async function startOnce(js: string, vg: string): Promise<Start> {
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-start-"));
  const server = `unix://${dir}/s.sock`;
  const args = [js, "--listen", server, "--volume-group", vg, "--log-level", "info"];
  if (METADATA_ONLY) args.push("--metadata-only");
  const t = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (b) => (out += b));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${js} exited with ${child.exitCode}: ${out.slice(-2000)}`);
      if ((await checkHealth(server).catch(() => "DOWN")) === "SERVING") break;
      if (performance.now() - t > 60_000) throw new Error(`${js} did not become SERVING in 60 s`);
      await new Promise((r) => setTimeout(r, 2));
    }
    const ms = performance.now() - t;
    await new Promise((r) => setTimeout(r, 200));
    const lines = out
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        try {
          return JSON.parse(l) as { msg?: string; time?: number; argv?: string[] };
        } catch {
          return {};
        }
      });
    const at = (msg: string) => lines.find((l) => l.msg?.startsWith(msg))?.time ?? Number.NaN;
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
    return {
      ms,
      checksMs: at("start-up checks passed") - at("lvmctld listening"),
      commands: lines.filter((l) => l.msg === "command ok" && l.argv).map((l) => l.argv![1]),
      rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
    };
  } finally {
    child.kill("SIGTERM");
    if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startupTier(ctx: BenchContext, lvs: number, starts: number): Promise<void> {
  const vg = bigVg(ctx, lvs);
  const js = binDaemon();
  const label = js.slice(ROOT.length);
  try {
    const runs: Start[] = [];
    for (let i = 0; i < starts; i++) runs.push(await startOnce(js, vg.name));
    const fig = ctx.record(
      {
        id: "P5",
        what: `start-up to health SERVING (${label})`,
        lvs,
        oursMs: median(runs.map((r) => r.ms)),
        target: lvs <= 1000 ? "≤ 500 ms" : undefined,
        rounds: starts,
      },
      lvs <= 1000 ? 500 : undefined,
    );
    fig.note = `start-up checks (listening -> serving) ${median(runs.map((r) => r.checksMs))} ms; lvm commands: ${runs[0].commands.join(", ")}`;
    process.stdout.write(`     ${fig.note}\n`);
    ctx.record({
      id: "P5",
      what: "  start-up checks alone (lvmctld listening -> serving, from its log)",
      lvs,
      oursMs: median(runs.map((r) => r.checksMs)),
      rounds: starts,
    });
    ctx.record({
      id: "P5",
      what: "daemon RSS right after start-up",
      lvs,
      oursMs: median(runs.map((r) => r.rssMiB)),
      unit: "MiB",
      rounds: starts,
    });
  } finally {
    vg.destroy();
  }
}

/** Start-up with 10 (for scale) and 1,000 LVs in quick mode; also 5,000 and 10,000 in full mode. */
export async function startupBenchmarks(ctx: BenchContext): Promise<void> {
  const tiers = ctx.quick ? [10, 1000] : [10, 1000, 5000, 10_000];
  for (const lvs of tiers) await startupTier(ctx, lvs, ctx.quick ? 3 : 7);
}
