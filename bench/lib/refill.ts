// Issue 11: ListVolumes right after an external change (the cache's refill)
// against a raw lvs, at 1,000 / 5,000 / 10,000 LVs, and the daemon's RSS once
// it has listed them all. Each round changes the VG behind the daemon's back
// with a different plain lvm command (tag, create, rename, extend, remove),
// then lists every page; the raw side runs lvs with the same columns, in
// alternating order.
import { readFileSync } from "node:fs";
import type { Figure } from "../main.js";
import { startBinDaemon, type BinDaemon } from "./bin-daemon.js";
import { createBenchVg, lvm, METADATA_ONLY, populate, runTimed, type BenchVg } from "./fixture.js";
import { interleave, median, timed } from "./stats.js";

export interface BenchContext {
  quick: boolean;
  record(f: Omit<Figure, "ratio" | "met">, limit?: number): Figure;
  cleanups: Array<() => void | Promise<void>>;
  vgName(tag: string): string;
}

const LV_COLUMNS =
  "lv_name,vg_name,lv_uuid,lv_size,lv_attr,lv_layout,pool_lv,origin,lv_path,lv_tags,lv_time,data_percent,metadata_percent";

export const rawLvs = (vg: string) => [
  "lvm",
  "lvs",
  ...(METADATA_ONLY ? ["--config", "global{activation=0}"] : []),
  "--reportformat",
  "json",
  "--units",
  "b",
  "--nosuffix",
  "-o",
  LV_COLUMNS,
  vg,
];

/** A VG of `lvs` one-extent LVs, with a metadata area big enough for 10,000 (two copies of ~3 MiB of text). */
export function bigVg(ctx: BenchContext, lvs: number): BenchVg {
  const vg = createBenchVg(ctx.vgName(`r${lvs}x`), { metadataSize: "64m", sizeGiB: 64 });
  ctx.cleanups.push(() => vg.destroy());
  populate(vg.name, lvs);
  return vg;
}

export async function listAll(d: BinDaemon, vg: string): Promise<number> {
  let n = 0;
  let pageToken = "";
  do {
    const res = await d.client.volumes.listVolumes({ volumeGroup: vg, pageSize: 1000, pageToken });
    n += res.volumes.length;
    pageToken = res.nextPageToken;
  } while (pageToken !== "");
  return n;
}

/** The external changes, in turn (the `i`th change made in the run). */
function externalChange(vg: string, i: number, victim: string): string {
  const q = METADATA_ONLY ? ["--activate", "n", "--zero", "n"] : [];
  switch (i % 5) {
    case 0:
      lvm(["lvchange", "-q", "--addtag", `bench.touch${i}`, `${vg}/${victim}`]);
      return "tag";
    case 1:
      lvm(["lvcreate", "-q", ...q, "-n", "rfxnew", "-l", "1", vg]);
      return "lvcreate";
    case 2:
      lvm(["lvrename", "-q", vg, "rfxnew", "rfxren"]);
      return "lvrename";
    case 3:
      lvm(["lvextend", "-q", "-l", "+1", `${vg}/rfxren`]);
      return "lvextend";
    default:
      lvm(["lvremove", "-q", "-y", `${vg}/rfxren`]);
      return "lvremove";
  }
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** lvm commands the daemon ran since log offset `from`. */
function lvmCommands(d: BinDaemon, from: number): string[] {
  return d
    .logs()
    .slice(from)
    .split("\n")
    .filter((l) => l.includes('"command ok"'))
    .map((l) => {
      try {
        return (JSON.parse(l) as { argv: string[] }).argv[1];
      } catch {
        return "?";
      }
    });
}

async function refillTier(ctx: BenchContext, lvs: number, rounds: number): Promise<void> {
  const vg = bigVg(ctx, lvs);
  const d = await startBinDaemon(vg.name);
  ctx.cleanups.push(() => d.stop());
  try {
    const first = await listAll(d, vg.name);
    if (first < lvs) throw new Error(`ListVolumes returned ${first} volumes, expected ${lvs}`);
    const victim = (await d.client.volumes.listVolumes({ volumeGroup: vg.name, pageSize: 1 })).volumes[0].name;
    await runTimed(rawLvs(vg.name));
    // For scale: the same listing while the cache is valid (what the refill adds is the difference).
    const valid = await interleave(
      rounds,
      () => listAll(d, vg.name),
      () => runTimed(rawLvs(vg.name)),
    );
    ctx.record({
      id: "P2",
      what: "ListVolumes / raw lvs (cache valid, for scale)",
      lvs,
      oursMs: median(valid.ours),
      rawMs: median(valid.raw),
      rounds,
    });
    const ours: number[] = [];
    const raw: number[] = [];
    const from = d.logs().length;
    let changes = 0;
    for (let i = 0; i < rounds; i++) {
      // Ours right after the change; the raw lvs after its own change, so each side reads a VG it has not seen.
      const runOurs = async () => {
        externalChange(vg.name, changes++, victim);
        ours.push((await timed(() => listAll(d, vg.name))).ms);
      };
      const runRaw = async () => {
        externalChange(vg.name, changes++, victim);
        raw.push(await runTimed(rawLvs(vg.name)));
      };
      if (i % 2 === 0) {
        await runOurs();
        await runRaw();
      } else {
        await runRaw();
        await runOurs();
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    const ran = lvmCommands(d, from);
    const fig = ctx.record(
      {
        id: "P2",
        what: `ListVolumes / raw lvs, right after an external change (tag, lvcreate, lvrename, lvextend, lvremove in turn; ${d.label})`,
        lvs,
        oursMs: median(ours),
        rawMs: median(raw),
        target: "≤ 0.5",
        rounds,
      },
      0.5,
    );
    fig.note = `lvm commands the daemon ran for ${rounds} refills: ${ran.length === 0 ? "none" : ran.join(", ")}`;
    process.stdout.write(`     ${fig.note}\n`);
    ctx.record({
      id: "P5",
      what: `daemon RSS after listing every LV (${d.label})`,
      lvs,
      oursMs: rssMiB(d.process.pid!),
      unit: "MiB",
      rounds: 1,
    });
  } finally {
    await d.stop();
    vg.destroy();
  }
}

/** The refill rows: 1,000 LVs in quick mode, 1,000 / 5,000 / 10,000 in full mode. */
export async function refillBenchmarks(ctx: BenchContext): Promise<void> {
  // BENCH_REFILL_TIERS=10000 runs only those sizes (development).
  const tiers = process.env.BENCH_REFILL_TIERS?.split(",").map(Number) ?? (ctx.quick ? [1000] : [1000, 5000, 10_000]);
  for (const lvs of tiers) await refillTier(ctx, lvs, ctx.quick ? 5 : lvs >= 10_000 ? 7 : 11);
}
