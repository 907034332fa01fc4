// The host's LVM state read with plain lvm2 commands (never through lvmctld):
// the ground truth every reliability check compares against.
import { lvm, lvmReport } from "../../support/loop-vg.js";

export interface LvRow {
  vg: string;
  name: string;
  uuid: string;
  size: bigint;
  tags: string[];
  attr: string;
}

export interface HostSnapshot {
  lvs: LvRow[];
  /** vg -> metadata sequence number: it moves on every metadata write, even one undone later. */
  seqno: Record<string, number>;
}

export function snapshot(vgs: readonly string[]): HostSnapshot {
  const lvs = lvmReport("lvs", "vg_name,lv_name,lv_uuid,lv_size,lv_tags,lv_attr", vgs, ["-a"]).map((l) => ({
    vg: l.vg_name,
    name: l.lv_name,
    uuid: l.lv_uuid,
    size: BigInt(l.lv_size),
    tags: l.lv_tags === "" ? [] : l.lv_tags.split(",").sort(),
    attr: l.lv_attr,
  }));
  const vgOut = lvm(["vgs", "--reportformat", "json", "-o", "vg_name,vg_seqno", ...vgs]);
  const seqno: Record<string, number> = {};
  for (const r of JSON.parse(vgOut).report[0].vg as Array<Record<string, string>>)
    seqno[r.vg_name] = Number(r.vg_seqno);
  lvs.sort((a, b) => (a.vg + "/" + a.name < b.vg + "/" + b.name ? -1 : 1));
  return { lvs, seqno };
}

/** Human-readable differences between two snapshots (empty when equal). */
export function diff(before: HostSnapshot, after: HostSnapshot): string[] {
  const out: string[] = [];
  const key = (l: LvRow) => `${l.vg}/${l.name}`;
  const show = (l: LvRow) => `${key(l)} uuid=${l.uuid} size=${l.size} tags=${l.tags.join(",")} attr=${l.attr}`;
  const a = new Map(before.lvs.map((l) => [key(l), l]));
  const b = new Map(after.lvs.map((l) => [key(l), l]));
  for (const [k, l] of a) if (!b.has(k)) out.push(`removed: ${show(l)}`);
  for (const [k, l] of b) if (!a.has(k)) out.push(`added: ${show(l)}`);
  for (const [k, l] of a) {
    const m = b.get(k);
    if (m && show(l) !== show(m)) out.push(`changed: ${show(l)} -> ${show(m)}`);
  }
  for (const vg of Object.keys(before.seqno)) {
    if (before.seqno[vg] !== after.seqno[vg])
      out.push(`metadata of ${vg} rewritten: seqno ${before.seqno[vg]} -> ${after.seqno[vg]}`);
  }
  return out;
}

/** Every VG on the host, read with vgs. */
export function hostVgs(): string[] {
  const out = lvm(["vgs", "--reportformat", "json", "-o", "vg_name"]);
  return (JSON.parse(out).report[0].vg as Array<Record<string, string>>).map((r) => r.vg_name);
}

/** lvm commands in a daemon log (component exec), as argv arrays. */
export function commandsInLog(logs: string): string[][] {
  const out: string[][] = [];
  for (const line of logs.split("\n")) {
    if (!line.includes('"component":"exec"') || !line.includes('"argv"')) continue;
    try {
      const doc = JSON.parse(line) as { argv?: string[]; msg?: string };
      if (doc.argv && doc.msg !== "late command finished") out.push(doc.argv);
    } catch {
      // not JSON
    }
  }
  return out;
}

const MUTATING = new Set([
  "lvcreate",
  "lvextend",
  "lvremove",
  "lvchange",
  "lvrename",
  "lvreduce",
  "lvresize",
  "vgremove",
  "vgchange",
  "vgreduce",
  "pvremove",
]);

/**
 * Commands in a daemon log that touched what lvmctld does not own: any command
 * naming a VG outside `allowed`, or a mutating command naming one of `protectedLvs` ("vg/lv").
 */
export function foreignCommands(
  logs: string,
  allowed: readonly string[],
  hostVgNames: readonly string[],
  protectedLvs: readonly string[],
): string[] {
  const foreignVgs = hostVgNames.filter((v) => !allowed.includes(v));
  const bad: string[] = [];
  for (const argv of commandsInLog(logs)) {
    const words = argv.slice(1);
    const touchesForeignVg = words.some((w) => foreignVgs.some((vg) => w === vg || w.startsWith(`${vg}/`)));
    const touchesProtected = MUTATING.has(words[0]) && words.some((w) => protectedLvs.includes(w));
    if (touchesForeignVg || touchesProtected) bad.push(argv.join(" "));
  }
  return bad;
}
