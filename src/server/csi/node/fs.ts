// Filesystems on volumes: what a device holds (blkid), making one only on an
// empty device, growing one online, and the numbers NodeGetVolumeStats reports.
import { statfs } from "node:fs/promises";
import { CommandError } from "../../exec/command.js";
import type { CommandRunner } from "../../exec/runner.js";
import { invalidArgument, LvmctlError } from "../../errors.js";

export const SUPPORTED_FS = ["ext4", "xfs"] as const;
export type FsType = (typeof SUPPORTED_FS)[number];
export const DEFAULT_FS: FsType = "ext4";

/** The capability's fs_type: empty means the default; anything but ext4 and xfs is refused. */
export function requireFsType(field: string, fsType: string): FsType {
  if (fsType === "") return DEFAULT_FS;
  if ((SUPPORTED_FS as readonly string[]).includes(fsType)) return fsType as FsType;
  throw invalidArgument(field, `filesystem "${fsType}" is not supported (supported: ${SUPPORTED_FS.join(", ")})`);
}

/** What blkid finds on a device: a filesystem TYPE, a partition table PTTYPE, or nothing. */
export interface Probe {
  type?: string;
  ptType?: string;
}

/** Parses `blkid -p -o export` output (KEY=value lines). */
export function parseBlkidExport(text: string): Probe {
  const out: Probe = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (key === "TYPE") out.type = value;
    else if (key === "PTTYPE") out.ptType = value;
  }
  return out;
}

/** blkid's exit code when it finds nothing on the device. */
const BLKID_NOTHING = 2;

export interface FsStats {
  totalBytes: bigint;
  availableBytes: bigint;
  usedBytes: bigint;
  totalInodes: bigint;
  availableInodes: bigint;
  usedInodes: bigint;
}

/** Bytes and inodes of the filesystem mounted at `path` (statfs, as df reports them). */
export async function fsStats(path: string): Promise<FsStats> {
  const s = await statfs(path, { bigint: true });
  return {
    totalBytes: s.blocks * s.bsize,
    availableBytes: s.bavail * s.bsize,
    usedBytes: (s.blocks - s.bfree) * s.bsize,
    totalInodes: s.files,
    availableInodes: s.ffree,
    usedInodes: s.files - s.ffree,
  };
}

export class Filesystems {
  constructor(private readonly runner: CommandRunner) {}

  /** Low-level probe (-p: the superblocks themselves, no cache). */
  async probe(device: string): Promise<Probe> {
    try {
      const { stdout } = await this.runner.run(["blkid", "-p", "-o", "export", device], { mutating: false });
      return parseBlkidExport(stdout);
    } catch (err) {
      if (err instanceof CommandError && err.failure === "exit" && err.exitCode === BLKID_NOTHING) return {};
      throw err;
    }
  }

  /**
   * Makes sure `device` holds a `wanted` filesystem: creates one only when blkid
   * finds nothing at all, never over existing data. Answers the type found or made.
   */
  async ensure(device: string, wanted: FsType, requested: boolean): Promise<FsType> {
    const found = await this.probe(device);
    if (found.type === undefined && found.ptType === undefined) {
      await this.mkfs(device, wanted);
      return wanted;
    }
    if (found.ptType !== undefined && found.type === undefined) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `${device} holds a ${found.ptType} partition table, not a filesystem; it is left untouched`,
      );
    }
    const type = found.type ?? "";
    if (!(SUPPORTED_FS as readonly string[]).includes(type)) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `${device} holds ${JSON.stringify(type)}, which this driver does not mount; it is left untouched`,
      );
    }
    if (requested && type !== wanted) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `${device} already holds an ${type} filesystem, but the volume capability asks for ${wanted}`,
      );
    }
    return type as FsType;
  }

  async mkfs(device: string, fsType: FsType): Promise<void> {
    // -F: mke2fs would otherwise ask on a whole-disk device; blkid found nothing there.
    const argv = fsType === "ext4" ? ["mkfs.ext4", "-q", "-F", device] : ["mkfs.xfs", "-q", device];
    await this.runner.run(argv, { mutating: true });
  }

  /** Grows a mounted filesystem to its device: resize2fs takes the device, xfs_growfs the mount point. */
  async grow(fsType: string, device: string, mountPoint: string): Promise<void> {
    if (fsType === "ext4") await this.runner.run(["resize2fs", device], { mutating: true });
    else if (fsType === "xfs") await this.runner.run(["xfs_growfs", mountPoint], { mutating: true });
    else throw new LvmctlError("FAILED_PRECONDITION", `cannot grow a ${fsType} filesystem`);
  }
}
