// What is mounted where, read from /proc/self/mountinfo (the kernel's own
// record, with the device numbers that say which block device backs a mount),
// and the mount and umount commands the Node service runs.
import { readFile } from "node:fs/promises";
import type { CommandRunner } from "../../exec/runner.js";

export interface MountEntry {
  id: number;
  parentId: number;
  /** "major:minor" of the filesystem's device (for a bind of a device node: the /dev filesystem's). */
  majorMinor: string;
  /** The path inside the filesystem that is mounted here ("/" for a whole filesystem). */
  root: string;
  mountPoint: string;
  /** Per-mount options, e.g. ["rw", "relatime"]. */
  options: string[];
  fsType: string;
  source: string;
  superOptions: string[];
}

/** Undoes mountinfo's octal escapes (\040 space, \011 tab, \012 newline, \134 backslash). */
export function decodeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(Number.parseInt(oct, 8)));
}

/** Parses /proc/self/mountinfo; malformed lines are skipped (the kernel writes none). */
export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const fields = line.split(" ");
    const sep = fields.indexOf("-", 6);
    if (sep < 0 || fields.length < sep + 3) continue;
    const [id, parentId, majorMinor, root, mountPoint, options] = fields;
    if (!/^\d+:\d+$/.test(majorMinor)) continue;
    out.push({
      id: Number(id),
      parentId: Number(parentId),
      majorMinor,
      root: decodeMountField(root),
      mountPoint: decodeMountField(mountPoint),
      options: options.split(","),
      fsType: decodeMountField(fields[sep + 1]),
      source: decodeMountField(fields[sep + 2]),
      superOptions: (fields[sep + 3] ?? "").split(",").filter((o) => o !== ""),
    });
  }
  return out;
}

export async function readMounts(file = "/proc/self/mountinfo"): Promise<MountEntry[]> {
  return parseMountinfo(await readFile(file, "utf8"));
}

/** The mount visible at `path` (the last one mounted there hides the others), or undefined. */
export function mountAt(entries: readonly MountEntry[], path: string): MountEntry | undefined {
  const wanted = normalize(path);
  return entries.filter((e) => e.mountPoint === wanted).at(-1);
}

/** Every mount stacked at `path`, oldest first. */
export function mountsAt(entries: readonly MountEntry[], path: string): MountEntry[] {
  const wanted = normalize(path);
  return entries.filter((e) => e.mountPoint === wanted);
}

/** Drops a trailing slash and repeated slashes: mountinfo prints canonical paths. */
export function normalize(path: string): string {
  const p = path.replace(/\/+/g, "/");
  return p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p;
}

export const isReadOnly = (e: MountEntry): boolean => e.options.includes("ro");

/** The mount and umount commands, each a mutation (never killed half-way). */
export class Mounter {
  constructor(private readonly runner: CommandRunner) {}

  async mount(device: string, target: string, fsType: string, options: readonly string[]): Promise<void> {
    const opts = options.length > 0 ? ["-o", options.join(",")] : [];
    await this.runner.run(["mount", "-t", fsType, ...opts, device, target], { mutating: true });
  }

  /** A bind mount; read-only binds are remounted read-only (a bind ignores "ro" on older kernels). */
  async bind(source: string, target: string, readOnly: boolean, options: readonly string[] = []): Promise<void> {
    await this.runner.run(["mount", "--bind", source, target], { mutating: true });
    const extra = options.filter((o) => o !== "ro" && o !== "rw" && o !== "bind");
    if (readOnly || extra.length > 0) {
      const opts = ["remount", "bind", ...(readOnly ? ["ro"] : []), ...extra];
      await this.runner.run(["mount", "-o", opts.join(","), target], { mutating: true });
    }
  }

  async umount(target: string): Promise<void> {
    await this.runner.run(["umount", target], { mutating: true });
  }
}
