// A thin pool on a metadata-only host. lvcreate cannot make one without
// device-mapper, but LVM metadata can describe one: two linear LVs become the
// pool's hidden data and metadata LVs, and vgcfgrestore --force writes the
// pool around them. Enough for everything lvmctld checks before it runs
// lvcreate on a pool (it never activates one here).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lvm } from "./loop-vg.js";

/** The text of one LV's block in a vgcfgbackup file (two tabs deep). */
function lvBlock(text: string, lv: string): string {
  const m = new RegExp(`\\t\\t${lv} \\{\\n[\\s\\S]*?\\n\\t\\t\\}\\n`).exec(text);
  if (!m) throw new Error(`no block for LV ${lv} in the metadata backup`);
  return m[0];
}

/** A fresh LVM uuid: 32 characters grouped 6-4-4-4-4-4-6, as lvm writes them. */
function lvmUuid(): string {
  return randomBytes(16)
    .toString("hex")
    .replace(/^(.{6})(.{4})(.{4})(.{4})(.{4})(.{4})(.{6})$/, "$1-$2-$3-$4-$5-$6-$7");
}

export function createMetadataOnlyThinPool(vg: string, pool: string, dataMiB = 16): void {
  const data = `${pool}tmpdata`;
  const meta = `${pool}tmpmeta`;
  lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", data, "-L", `${dataMiB}m`, vg]);
  lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", meta, "-L", "4m", vg]);
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-thin-"));
  try {
    const file = join(dir, "vg.conf");
    lvm(["vgcfgbackup", "-q", "-f", file, vg]);
    let text = readFileSync(file, "utf8");
    const extents = /extent_count = (\d+)/.exec(lvBlock(text, data))?.[1];
    if (!extents) throw new Error("no extent_count for the pool's data LV");
    for (const [from, to] of [
      [data, `${pool}_tdata`],
      [meta, `${pool}_tmeta`],
    ]) {
      const block = lvBlock(text, from);
      text = text.replace(block, block.replace(`\t\t${from} {`, `\t\t${to} {`).replace(', "VISIBLE"]', "]"));
    }
    const poolBlock = [
      `\t\t${pool} {`,
      `\t\t\tid = "${lvmUuid()}"`,
      '\t\t\tstatus = ["READ", "WRITE", "VISIBLE"]',
      "\t\t\tflags = []",
      "\t\t\tsegment_count = 1",
      "\t\t\tsegment1 {",
      "\t\t\t\tstart_extent = 0",
      `\t\t\t\textent_count = ${extents}`,
      '\t\t\t\ttype = "thin-pool"',
      `\t\t\t\tmetadata = "${pool}_tmeta"`,
      `\t\t\t\tpool = "${pool}_tdata"`,
      "\t\t\t\ttransaction_id = 0",
      "\t\t\t\tchunk_size = 128",
      '\t\t\t\tdiscards = "passdown"',
      "\t\t\t\tzero_new_blocks = 1",
      "\t\t\t}",
      "\t\t}",
      "",
    ].join("\n");
    text = text.replace("\tlogical_volumes {\n", `\tlogical_volumes {\n${poolBlock}`);
    writeFileSync(file, text);
    // --force: vgcfgrestore refuses a VG with thin pools otherwise (it cannot check their kernel state).
    lvm(["vgcfgrestore", "-q", "--force", "-f", file, vg]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
