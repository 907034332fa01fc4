// A throwaway volume group on a sparse file behind a loop device, made and
// removed with the real lvm2 tools (metadata-only: this host has no device-mapper
// unless LVMCTL_TEST_ACTIVATION=1 says it does).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const METADATA_ONLY = process.env.LVMCTL_TEST_ACTIVATION !== "1";
const CONFIG = METADATA_ONLY ? ["--config", "global{activation=0}"] : [];

export function lvm(args: string[]): string {
  const [cmd, ...rest] = args;
  return execFileSync("lvm", [cmd, ...CONFIG, ...rest], {
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", LVM_SUPPRESS_FD_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Rows of an lvm JSON report in bytes (`lvs` or `vgs`, the named columns), as
 * lvm itself prints them: the ground truth tests compare the daemon with.
 */
export function lvmReport(
  cmd: "lvs" | "vgs",
  columns: string,
  targets: readonly string[],
  extra: readonly string[] = [],
): Array<Record<string, string>> {
  const out = lvm([cmd, ...extra, "--reportformat", "json", "--units", "b", "--nosuffix", "-o", columns, ...targets]);
  const key = cmd === "lvs" ? "lv" : "vg";
  return (JSON.parse(out).report as Array<Record<string, Array<Record<string, string>>>>).flatMap((r) => r[key] ?? []);
}

export interface LoopVg {
  name: string;
  device: string;
  /** Names of the LVs in the VG, read with plain lvs (not through lvmctld). */
  lvNames(): string[];
  /** lv_name -> lv_tags, lv_size for every LV, read with plain lvs. */
  lvs(): Array<{ name: string; tags: string; size: bigint }>;
  destroy(): void;
}

let counter = 0;

export function createLoopVg(prefix: string, sizeMiB = 256, extentSize = "4m"): LoopVg {
  const name = `${prefix}${process.pid}x${counter++}`;
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-vg-"));
  const file = join(dir, "pv.img");
  execFileSync("truncate", ["-s", `${sizeMiB}M`, file]);
  const device = execFileSync("losetup", ["--find", "--show", file], { encoding: "utf8" }).trim();
  lvm(["pvcreate", "-q", device]);
  lvm(["vgcreate", "-q", "--physicalextentsize", extentSize, name, device]);
  const lvs = () => {
    return lvmReport("lvs", "lv_name,lv_tags,lv_size", [name]).map((r) => ({
      name: r.lv_name,
      tags: r.lv_tags,
      size: BigInt(r.lv_size),
    }));
  };
  return {
    name,
    device,
    lvs,
    lvNames: () =>
      lvs()
        .map((l) => l.name)
        .sort(),
    destroy() {
      try {
        lvm(["vgremove", "-q", "-f", name]);
        lvm(["pvremove", "-q", device]);
      } finally {
        execFileSync("losetup", ["-d", device]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Fills the VG's metadata area with long tags on one LV, in ever smaller
 * steps, until not even a short tag fits: then no LV fits either.
 */
export function fillMetadataArea(vg: string, lv: string): void {
  let n = 0;
  for (const [length, perCommand] of [
    [1000, 50],
    [1000, 5],
    [1000, 1],
    [100, 1],
    [20, 1],
  ]) {
    for (;;) {
      const tags = Array.from({ length: perCommand }, () => `fill${n++}`.padEnd(length, "x"));
      try {
        lvm(["lvchange", ...tags.flatMap((t) => ["--addtag", t]), `${vg}/${lv}`]);
      } catch {
        break;
      }
    }
  }
}
