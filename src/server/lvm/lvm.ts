// Typed wrappers around the lvm2 commands lvmctld uses. Every call goes
// through the CommandRunner; every failure leaves here as an LvmctlError.
import type { CommandRunner } from "../exec/runner.js";
import { classifyLvmError } from "./classify.js";
import type { LogicalVolume, VolumeGroupInfo } from "./model.js";
import { decodeLvs, decodeVgs, LV_COLUMNS, VG_COLUMNS } from "./report.js";

export interface LvmOptions {
  /** Path of the `lvm` binary (tests point this at a fault-injecting fake). */
  binary: string;
  /** Hosts without device-mapper: metadata changes only, no activation or zeroing. */
  metadataOnly: boolean;
  /** Kills a read that hangs longer than this. */
  readTimeoutMs: number;
}

const REPORT_ARGS = ["--reportformat", "json", "--units", "b", "--nosuffix"];

export class Lvm {
  constructor(
    private readonly runner: CommandRunner,
    private readonly opts: LvmOptions,
  ) {}

  get metadataOnly(): boolean {
    return this.opts.metadataOnly;
  }

  private argv(cmd: string, args: readonly string[]): string[] {
    const config = this.opts.metadataOnly ? ["--config", "global{activation=0}"] : [];
    return [this.opts.binary, cmd, ...config, ...args];
  }

  private async read(cmd: string, args: readonly string[], signal?: AbortSignal): Promise<string> {
    try {
      const r = await this.runner.run(this.argv(cmd, args), { mutating: false, signal, timeoutMs: this.opts.readTimeoutMs });
      return r.stdout;
    } catch (err) {
      throw classifyLvmError(err);
    }
  }

  private async write(cmd: string, args: readonly string[]): Promise<void> {
    try {
      await this.runner.run(this.argv(cmd, args), { mutating: true });
    } catch (err) {
      throw classifyLvmError(err);
    }
  }

  async version(signal?: AbortSignal): Promise<string> {
    const out = await this.read("version", [], signal);
    return /LVM version:\s*(\S+)/.exec(out)?.[1] ?? "unknown";
  }

  async listVgs(names: readonly string[], signal?: AbortSignal): Promise<VolumeGroupInfo[]> {
    const out = await this.read("vgs", [...REPORT_ARGS, "-o", VG_COLUMNS.join(","), ...names], signal);
    return decodeVgs(out);
  }

  async listLvs(vgNames: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    const out = await this.read("lvs", [...REPORT_ARGS, "-o", LV_COLUMNS.join(","), ...vgNames], signal);
    return decodeLvs(out);
  }

  /** Options that differ between a normal host and a metadata-only one. */
  private createArgs(): string[] {
    return this.opts.metadataOnly ? ["--activate", "n", "--zero", "n", "--wipesignatures", "n"] : ["--yes"];
  }

  async createLinear(vg: string, name: string, sizeBytes: bigint, tags: readonly string[]): Promise<void> {
    await this.write("lvcreate", [
      ...this.createArgs(), "--name", name, "--size", `${sizeBytes}b`, ...tagArgs("--addtag", tags), vg,
    ]);
  }

  async createThin(vg: string, name: string, pool: string, sizeBytes: bigint, tags: readonly string[]): Promise<void> {
    await this.write("lvcreate", [
      ...this.createArgs(), "--name", name, "--virtualsize", `${sizeBytes}b`, "--thinpool", pool,
      ...tagArgs("--addtag", tags), vg,
    ]);
  }

  /** A thick snapshot when sizeBytes is given, otherwise a thin snapshot (activation skip off so it activates like any volume). */
  async createSnapshot(vg: string, name: string, source: string, sizeBytes: bigint | undefined, tags: readonly string[]): Promise<void> {
    const size = sizeBytes === undefined ? ["--setactivationskip", "n"] : ["--size", `${sizeBytes}b`];
    const activate = this.opts.metadataOnly ? ["--activate", "n"] : [];
    await this.write("lvcreate", [
      "--snapshot", ...activate, "--name", name, ...size, ...tagArgs("--addtag", tags), `${vg}/${source}`,
    ]);
  }

  async extend(vg: string, name: string, sizeBytes: bigint): Promise<void> {
    await this.write("lvextend", ["--size", `${sizeBytes}b`, `${vg}/${name}`]);
  }

  async remove(vg: string, name: string): Promise<void> {
    await this.write("lvremove", ["--yes", `${vg}/${name}`]);
  }

  async changeTags(vg: string, name: string, add: readonly string[], del: readonly string[]): Promise<void> {
    if (add.length === 0 && del.length === 0) return;
    await this.write("lvchange", [...tagArgs("--deltag", del), ...tagArgs("--addtag", add), `${vg}/${name}`]);
  }
}

function tagArgs(flag: string, tags: readonly string[]): string[] {
  return tags.flatMap((t) => [flag, t]);
}
