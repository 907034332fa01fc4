// Issue 11: start-up to health SERVING with a large VG, as a user starts it
// (the package's `bin` lvmctld, default flags), and what the start-up checks
// spent of it (from the daemon's own log: listening -> serving, and the lvm
// commands they ran).
import { readFileSync } from "node:fs";
import { startBinDaemon } from "./bin-daemon.js";
import { bigVg, type BenchContext } from "./refill.js";
import { median } from "./stats.js";

interface Start {
  ms: number;
  /** From "lvmctld listening" to "serving" in the daemon's log: the start-up checks. */
  checksMs: number;
  commands: string[];
  rssMiB: number;
  label: string;
}

async function startOnce(vg: string): Promise<Start> {
  const d = await startBinDaemon(vg);
  try {
    await new Promise((r) => setTimeout(r, 200));
    const lines = d
      .logs()
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
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${d.process.pid}/status`, "utf8"));
    return {
      ms: d.startMs,
      checksMs: at("start-up checks passed") - at("lvmctld listening"),
      commands: lines.filter((l) => l.msg === "command ok" && l.argv).map((l) => l.argv![1]),
      rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
      label: d.label,
    };
  } finally {
    await d.stop();
  }
}

async function startupTier(ctx: BenchContext, lvs: number, starts: number): Promise<void> {
  const vg = bigVg(ctx, lvs);
  try {
    const runs: Start[] = [];
    for (let i = 0; i < starts; i++) runs.push(await startOnce(vg.name));
    const label = runs[0].label;
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
