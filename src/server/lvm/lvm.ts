// Typed wrappers around the lvm2 commands lvmctld uses. Every call goes
// through the CommandRunner; every failure leaves here as an LvmctlError.
// Reads are served from the per-VG cache (cache.ts) when it is on; every
// mutation tells the cache what it did.
import { LvmctlError } from "../errors.js";
import type { CommandRunner } from "../exec/runner.js";
import { LvCache, listMapper, type LvReport, type MutationEffect, type VgReport } from "./cache.js";
import { classifyLvmError } from "./classify.js";
import { readVgMetadata, readVgSeqno } from "./mda.js";
import { lvAttr } from "./attr.js";
import type { LogicalVolume, MetadataArea, VolumeGroupInfo } from "./model.js";
import {
  decodeLvs,
  decodeLvsWithSeqno,
  decodeMetadataAreas,
  decodeVgs,
  decodeVgWithPvs,
  LV_AND_SEQNO_COLUMNS,
  LV_AND_VG_COLUMNS,
  LV_COLUMNS,
  MDA_COLUMNS,
  VG_AND_PV_COLUMNS,
  VG_COLUMNS,
} from "./report.js";

export interface LvmOptions {
  /** Path of the `lvm` binary (tests point this at a fault-injecting fake). */
  binary: string;
  /** Hosts without device-mapper: metadata changes only, no activation or zeroing. */
  metadataOnly: boolean;
  /** Kills a read that hangs longer than this. */
  readTimeoutMs: number;
  /** Serve reads from the vg_seqno-checked cache (default on). */
  cache?: boolean;
  /**
   * Metadata archives to keep per VG: lvm archives the old metadata on every
   * change and by default keeps each for 30 days (hundreds of KiB apiece in a
   * big VG). Undefined leaves lvm's own settings alone.
   */
  archiveRetain?: number;
}

const REPORT_ARGS = ["--reportformat", "json", "--units", "b", "--nosuffix"];

export class Lvm {
  /** Undefined when the cache is off. */
  readonly cache?: LvCache;
  /** Metadata areas by VG, with the seqno they were read at (cache on only). */
  private readonly mdaBySeqno = new Map<string, { seqno: number; area: MetadataArea }>();

  constructor(
    private readonly runner: CommandRunner,
    private readonly opts: LvmOptions,
  ) {
    if (opts.cache !== false) {
      this.cache = new LvCache(
        { vgReport: (vg) => this.vgReport(vg), lvReport: (vg, names) => this.lvReport(vg, names) },
        {
          metadataOnly: opts.metadataOnly,
          diskSeqno: readVgSeqno,
          metadataText: readVgMetadata,
          mapperEntries: listMapper,
        },
      );
    }
  }

  get metadataOnly(): boolean {
    return this.opts.metadataOnly;
  }

  private argv(cmd: string, args: readonly string[], mutating = false): string[] {
    const settings = [
      ...(this.opts.metadataOnly ? ["global{activation=0}"] : []),
      // A change prunes the VG's archives as it writes one; retain_days=0 makes the count the only bound.
      ...(mutating && this.opts.archiveRetain !== undefined
        ? [`backup{retain_min=${this.opts.archiveRetain} retain_days=0}`]
        : []),
    ];
    const config = settings.length > 0 ? ["--config", settings.join(" ")] : [];
    return [this.opts.binary, cmd, ...config, ...args];
  }

  private async read(
    cmd: string,
    args: readonly string[],
    signal?: AbortSignal,
    earlyReport?: (stdout: string) => boolean,
  ): Promise<string> {
    try {
      const r = await this.runner.run(this.argv(cmd, args), {
        mutating: false,
        signal,
        timeoutMs: this.opts.readTimeoutMs,
        earlyReport,
      });
      return r.stdout;
    } catch (err) {
      throw classifyLvmError(err);
    }
  }

  /**
   * Runs a mutating command on `vg`. The cache learns what it did; if the
   * lvm shell dies under it, verify() re-reads LVM to tell whether it took
   * effect (the runner then never runs it twice).
   */
  private async write(
    cmd: string,
    args: readonly string[],
    vg: string,
    effect: MutationEffect,
    verify: () => Promise<boolean>,
  ): Promise<void> {
    const before = await this.cache?.beforeMutation(vg);
    let ok = false;
    try {
      await this.runner.run(this.argv(cmd, args, true), { mutating: true, verify });
      ok = true;
    } catch (err) {
      throw classifyLvmError(err);
    } finally {
      await this.cache?.afterMutation(vg, before, effect, ok);
    }
  }

  async version(signal?: AbortSignal): Promise<string> {
    const out = await this.read("version", [], signal);
    return /LVM version:\s*(\S+)/.exec(out)?.[1] ?? "unknown";
  }

  /** `vgs` with the PV names (one row per PV). */
  private async vgReport(vg: string): Promise<VgReport> {
    const out = await this.read(
      "vgs",
      [...REPORT_ARGS, "-o", VG_AND_PV_COLUMNS.join(","), vg],
      undefined,
      hasRow("vg_name", [vg]),
    );
    const report = decodeVgWithPvs(out);
    if (!report) throw new LvmctlError("NOT_FOUND", `volume group "${vg}" not found`);
    return report;
  }

  /** `lvs` of a whole VG with vg_seqno on every row, or of some of its LVs with all the VG columns. */
  private async lvReport(vg: string, names?: readonly string[]): Promise<LvReport> {
    const targets = names ? names.map((n) => `${vg}/${n}`) : [vg];
    const columns = names ? LV_AND_VG_COLUMNS : LV_AND_SEQNO_COLUMNS;
    const out = await this.read(
      "lvs",
      [...REPORT_ARGS, "-o", columns.join(","), ...targets],
      undefined,
      names ? hasRow("lv_name", names) : hasRow("vg_name", [vg]),
    );
    return decodeLvsWithSeqno(out, names !== undefined);
  }

  async listVgs(names: readonly string[], signal?: AbortSignal): Promise<VolumeGroupInfo[]> {
    const cache = this.cache;
    if (!cache) {
      const out = await this.read("vgs", [...REPORT_ARGS, "-o", VG_COLUMNS.join(","), ...names], signal);
      return decodeVgs(out);
    }
    const found = await Promise.all(names.map((vg) => abortable(cache.vg(vg), signal)));
    return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * The metadata areas of some VGs. Every metadata write changes their free
   * space, which the cache's patched VG info cannot compute, so they are kept
   * apart, keyed by the seqno they were read at, and read again (one `vgs` for
   * all that changed) once the VG's seqno moves. The seqno is taken before the
   * read: a change during it leaves a key that no longer matches, never a stale hit.
   */
  async metadataAreas(names: readonly string[], signal?: AbortSignal): Promise<Map<string, MetadataArea>> {
    const cache = this.cache;
    if (!cache) return this.readMetadataAreas(names, signal);
    const seqnos = new Map(
      await Promise.all(names.map(async (vg) => [vg, await abortable(cache.seqno(vg), signal)] as const)),
    );
    const changed = names.filter((vg) => this.mdaBySeqno.get(vg)?.seqno !== seqnos.get(vg));
    const fresh = changed.length > 0 ? await this.readMetadataAreas(changed, signal) : new Map<string, MetadataArea>();
    for (const [vg, area] of fresh) this.mdaBySeqno.set(vg, { seqno: seqnos.get(vg)!, area });
    const out = new Map<string, MetadataArea>();
    for (const vg of names) {
      const area = changed.includes(vg) ? fresh.get(vg) : this.mdaBySeqno.get(vg)?.area;
      if (area) out.set(vg, area);
    }
    return out;
  }

  private async readMetadataAreas(names: readonly string[], signal?: AbortSignal): Promise<Map<string, MetadataArea>> {
    const out = await this.read("vgs", [...REPORT_ARGS, "-o", MDA_COLUMNS.join(","), ...names], signal);
    return decodeMetadataAreas(out);
  }

  async listLvs(vgNames: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    const cache = this.cache;
    if (!cache) {
      const out = await this.read("lvs", [...REPORT_ARGS, "-o", LV_COLUMNS.join(","), ...vgNames], signal);
      return decodeLvs(out);
    }
    const unique = [...new Set(vgNames)];
    const perVg = await Promise.all(unique.map((vg) => abortable(cache.lvs(vg), signal)));
    // lvs orders by VG name, then LV name (one VG's rows come sorted).
    return perVg.length === 1 ? [...perVg[0]] : perVg.flat().sort(byVgThenName);
  }

  /** One LV of a VG, or undefined; NOT_FOUND when the VG does not exist. */
  async findLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume | undefined> {
    if (this.cache) return abortable(this.cache.lv(vg, name), signal);
    return (await this.listLvs([vg], signal)).find((lv) => lv.name === name);
  }

  /** Uncached: is `vg/name` there now, and what is it? (Used to decide the outcome of a mutation whose shell died.) */
  private async freshLv(vg: string, name: string): Promise<LogicalVolume | undefined> {
    const { lvs } = await this.lvReport(vg);
    return lvs.find((lv) => lv.name === name);
  }

  /** Options that differ between a normal host and a metadata-only one. */
  private createArgs(): string[] {
    return this.opts.metadataOnly ? ["--activate", "n", "--zero", "n", "--wipesignatures", "n"] : ["--yes"];
  }

  private created(vg: string, name: string, tags: readonly string[]) {
    return async () => {
      const lv = await this.freshLv(vg, name);
      return lv !== undefined && tags.every((t) => lv.tags.includes(t));
    };
  }

  async createLinear(vg: string, name: string, sizeBytes: bigint, tags: readonly string[]): Promise<void> {
    await this.write(
      "lvcreate",
      [...this.createArgs(), "--name", name, "--size", `${sizeBytes}b`, ...tagArgs("--addtag", tags), vg],
      vg,
      { kind: "create", name },
      this.created(vg, name, tags),
    );
  }

  async createThin(vg: string, name: string, pool: string, sizeBytes: bigint, tags: readonly string[]): Promise<void> {
    await this.write(
      "lvcreate",
      [
        ...this.createArgs(),
        "--name",
        name,
        "--virtualsize",
        `${sizeBytes}b`,
        "--thinpool",
        pool,
        ...tagArgs("--addtag", tags),
        vg,
      ],
      vg,
      { kind: "create", name, related: [pool] },
      this.created(vg, name, tags),
    );
  }

  /** A thick snapshot when sizeBytes is given, otherwise a thin snapshot (activation skip off so it activates like any volume). */
  async createSnapshot(
    vg: string,
    name: string,
    source: string,
    sizeBytes: bigint | undefined,
    tags: readonly string[],
  ): Promise<void> {
    const size = sizeBytes === undefined ? ["--setactivationskip", "n"] : ["--size", `${sizeBytes}b`];
    const activate = this.opts.metadataOnly ? ["--activate", "n"] : [];
    await this.write(
      "lvcreate",
      ["--snapshot", ...activate, "--name", name, ...size, ...tagArgs("--addtag", tags), `${vg}/${source}`],
      vg,
      // The origin's attributes change with its first snapshot.
      { kind: "create", name, related: [source] },
      this.created(vg, name, tags),
    );
  }

  async extend(vg: string, name: string, sizeBytes: bigint): Promise<void> {
    await this.write(
      "lvextend",
      ["--size", `${sizeBytes}b`, `${vg}/${name}`],
      vg,
      { kind: "extend", name, sizeBytes },
      async () => {
        const lv = await this.freshLv(vg, name);
        return lv !== undefined && lv.sizeBytes >= sizeBytes;
      },
    );
  }

  async remove(vg: string, name: string): Promise<void> {
    await this.write(
      "lvremove",
      ["--yes", `${vg}/${name}`],
      vg,
      { kind: "remove", name },
      async () => (await this.freshLv(vg, name)) === undefined,
    );
  }

  /** Activates an LV, thin snapshots included (--ignoreactivationskip), so its device node appears. */
  async activate(vg: string, name: string): Promise<void> {
    await this.write(
      "lvchange",
      ["--activate", "y", "--ignoreactivationskip", `${vg}/${name}`],
      vg,
      { kind: "activation", name },
      async () => {
        const lv = await this.freshLv(vg, name);
        return lv !== undefined && lvAttr(lv.attr).state === "active";
      },
    );
  }

  /** Deactivates an LV (its device node goes; lvm refuses while it is open). */
  async deactivate(vg: string, name: string): Promise<void> {
    await this.write("lvchange", ["--activate", "n", `${vg}/${name}`], vg, { kind: "activation", name }, async () => {
      const lv = await this.freshLv(vg, name);
      return lv !== undefined && lvAttr(lv.attr).state !== "active";
    });
  }

  async changeTags(vg: string, name: string, add: readonly string[], del: readonly string[]): Promise<void> {
    if (add.length === 0 && del.length === 0) return;
    await this.write(
      "lvchange",
      [...tagArgs("--deltag", del), ...tagArgs("--addtag", add), `${vg}/${name}`],
      vg,
      { kind: "tags", name, add, del },
      async () => {
        const lv = await this.freshLv(vg, name);
        return lv !== undefined && add.every((t) => lv.tags.includes(t)) && !del.some((t) => lv.tags.includes(t));
      },
    );
  }
}

/**
 * An early-report test: the report's rows include every name asked for, so
 * the command cannot have failed for want of one (lvs/vgs fail only when a
 * named VG or LV is missing). A VG with no LVs waits for the status.
 */
function hasRow(column: string, names: readonly string[]): (stdout: string) => boolean {
  return (stdout) => names.every((n) => stdout.includes(`"${column}":"${n}"`));
}

function tagArgs(flag: string, tags: readonly string[]): string[] {
  return tags.flatMap((t) => [flag, t]);
}

const byVgThenName = (a: LogicalVolume, b: LogicalVolume) =>
  a.vgName < b.vgName ? -1 : a.vgName > b.vgName ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Stops waiting for a shared cache read when this caller's request is cancelled (the read goes on for the others). */
function abortable<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new LvmctlError("CANCELLED", "request cancelled"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new LvmctlError("CANCELLED", "request cancelled"));
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}
