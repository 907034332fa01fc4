// Benchmark volume groups: a sparse file behind a loop device, a PV with a
// metadata area big enough for thousands of LVs, and a fast way to fill it
// (one vgcfgrestore of generated metadata instead of thousands of lvcreates).
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomInt } from "node:crypto";
import { lvm, METADATA_ONLY } from "../../test/support/loop-vg.js";

export { lvm, METADATA_ONLY };

export const LVM_ENV = { ...process.env, LC_ALL: "C", LANG: "C", LVM_SUPPRESS_FD_WARNINGS: "1" };
export const ARCHIVE_DIR = "/etc/lvm/archive";

export interface BenchVg {
  name: string;
  device: string;
  destroy(): void;
}

export interface VgOptions {
  sizeGiB?: number;
  /** pvcreate --metadatasize (e.g. "32m"); default: lvm's own default. */
  metadataSize?: string;
  extentSize?: string;
}

export function createBenchVg(name: string, opts: VgOptions = {}): BenchVg {
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-bench-"));
  const file = join(dir, "pv.img");
  execFileSync("truncate", ["-s", `${opts.sizeGiB ?? 32}G`, file]);
  const device = execFileSync("losetup", ["--find", "--show", file], { encoding: "utf8" }).trim();
  let destroyed = false;
  const destroy = () => {
    // Once only: a second losetup -d could hit a loop device someone else has since attached.
    if (destroyed) return;
    destroyed = true;
    try {
      lvm(["vgremove", "-q", "-f", name]);
    } catch {
      // not created, or already gone
    }
    try {
      lvm(["pvremove", "-q", "-y", device]);
    } catch {
      // not a PV
    }
    try {
      execFileSync("losetup", ["-d", device]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      removeArchives(name);
    }
  };
  try {
    lvm(["pvcreate", "-q", ...(opts.metadataSize ? ["--metadatasize", opts.metadataSize] : []), device]);
    lvm(["vgcreate", "-q", "--physicalextentsize", opts.extentSize ?? "4m", name, device]);
  } catch (err) {
    destroy();
    throw err;
  }
  return { name, device, destroy };
}

const UUID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function lvmUuid(): string {
  let s = "";
  for (let i = 0; i < 32; i++) s += UUID_CHARS[randomInt(UUID_CHARS.length)];
  return [
    s.slice(0, 6),
    s.slice(6, 10),
    s.slice(10, 14),
    s.slice(14, 18),
    s.slice(18, 22),
    s.slice(22, 26),
    s.slice(26),
  ].join("-");
}

/**
 * Adds `count` one-extent linear LVs named `<prefix><n>` (tagged as lvmctl's)
 * to an empty VG with one vgcfgrestore: seconds instead of minutes for 5,000.
 */
export function populate(vg: string, count: number, prefix = "lv", tags = ["lvmctl.managed"]): void {
  if (count === 0) return;
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-bench-meta-"));
  try {
    const file = join(dir, "vg.meta");
    lvm(["vgcfgbackup", "-q", "-f", file, vg]);
    const text = readFileSync(file, "utf8");
    if (text.includes("logical_volumes {")) throw new Error(`populate: ${vg} already has LVs`);
    const now = Math.floor(Date.now() / 1000);
    const width = String(count).length;
    const lvs: string[] = [];
    for (let i = 0; i < count; i++) {
      lvs.push(`\t\t${prefix}${String(i).padStart(width, "0")} {
\t\t\tid = "${lvmUuid()}"
\t\t\tstatus = ["READ", "WRITE", "VISIBLE"]
\t\t\tflags = []
\t\t\ttags = [${tags.map((t) => `"${t}"`).join(", ")}]
\t\t\tcreation_time = ${now}
\t\t\tcreation_host = "lvmctl-bench"
\t\t\tsegment_count = 1

\t\t\tsegment1 {
\t\t\t\tstart_extent = 0
\t\t\t\textent_count = 1

\t\t\t\ttype = "striped"
\t\t\t\tstripe_count = 1

\t\t\t\tstripes = [
\t\t\t\t\t"pv0", ${i}
\t\t\t\t]
\t\t\t}
\t\t}
`);
    }
    const end = text.lastIndexOf("\n}");
    if (end < 0) throw new Error("populate: unexpected vgcfgbackup output");
    writeFileSync(file, `${text.slice(0, end)}\n\n\tlogical_volumes {\n\n${lvs.join("\n")}\t}\n${text.slice(end + 1)}`);
    lvm(["vgcfgrestore", "-q", "-f", file, vg]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs an argv (binary first) and resolves with the wall time in ms; rejects on failure. */
export function runTimed(argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    execFile(argv[0], argv.slice(1), { env: LVM_ENV, maxBuffer: 1 << 30 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${argv.slice(0, 2).join(" ")} failed: ${String(stderr).trim().slice(0, 500)}`));
      else resolve(performance.now() - t);
    });
  });
}

/** Archive files lvm wrote for this VG, and their total size in bytes. */
export function archiveUsage(vg: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  try {
    for (const f of readdirSync(ARCHIVE_DIR)) {
      if (!f.startsWith(`${vg}_`)) continue;
      files++;
      bytes += statSync(join(ARCHIVE_DIR, f)).size;
    }
  } catch {
    // no archive dir
  }
  return { files, bytes };
}

/** Removes the archive files of a benchmark VG (lvm keeps them 30 days otherwise). */
export function removeArchives(vg: string): void {
  try {
    for (const f of readdirSync(ARCHIVE_DIR)) if (f.startsWith(`${vg}_`)) rmSync(join(ARCHIVE_DIR, f), { force: true });
  } catch {
    // no archive dir
  }
}

/** Removes LVs with one lvremove per batch (one process, not one per LV). */
export function removeLvs(vg: string, names: readonly string[]): void {
  for (let i = 0; i < names.length; i += 200) {
    lvm(["lvremove", "-q", "-y", ...names.slice(i, i + 200).map((n) => `${vg}/${n}`)]);
  }
}
