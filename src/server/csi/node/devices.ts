// Block devices as the kernel shows them: device numbers, sizes and names
// from sysfs, and a bounded wait for a device node to appear (LV activation
// and iSCSI logins create them asynchronously).
import { readFile, readlink, realpath, stat } from "node:fs/promises";
import { basename } from "node:path";
import { LvmctlError } from "../../errors.js";

export const SYS = "/sys";

/** How long the node waits for a device to appear or grow; slow hosts (and the test VM) need tens of seconds. */
export const DEVICE_WAIT_MS = 60_000;
const POLL_MS = 100;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it answers something other than undefined, or throws `onTimeout()` after `timeoutMs`. */
export async function poll<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) throw onTimeout();
    await sleep(POLL_MS);
  }
}

/** "major:minor" of a block device node, undefined when the path is missing or not a block device. */
export async function blockDeviceNumber(path: string): Promise<string | undefined> {
  try {
    const st = await stat(path);
    return st.isBlockDevice() ? majorMinor(st.rdev) : undefined;
  } catch {
    return undefined;
  }
}

/** Linux's dev_t encoding (glibc's gnu_dev_major/minor). */
export function majorMinor(rdev: number): string {
  const major = ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
  const minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xff);
  return `${major}:${minor}`;
}

/** Waits until `path` is a block device node and answers its "major:minor". */
export async function waitForDevice(path: string, timeoutMs = DEVICE_WAIT_MS): Promise<string> {
  return poll(
    () => blockDeviceNumber(path),
    timeoutMs,
    () => new LvmctlError("DEADLINE_EXCEEDED", `device ${path} did not appear within ${timeoutMs / 1000} s`),
  );
}

async function readSys(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, "utf8")).trim();
  } catch {
    return undefined;
  }
}

/** The kernel's name of a block device ("sdb", "dm-3"), undefined when it is gone. */
export async function kernelName(majMin: string, sys = SYS): Promise<string | undefined> {
  try {
    return basename(await readlink(`${sys}/dev/block/${majMin}`));
  } catch {
    return undefined;
  }
}

/** A block device's size in bytes from sysfs (512-byte sectors), undefined when it is gone. */
export async function deviceSize(majMin: string, sys = SYS): Promise<bigint | undefined> {
  const sectors = await readSys(`${sys}/dev/block/${majMin}/size`);
  return sectors !== undefined && /^\d+$/.test(sectors) ? BigInt(sectors) * 512n : undefined;
}

/** The device-mapper name of a device ("vg-lv"), undefined for other devices. */
export async function dmName(majMin: string, sys = SYS): Promise<string | undefined> {
  return readSys(`${sys}/dev/block/${majMin}/dm/name`);
}

/** The device-mapper name LVM gives an LV: '-' doubled within each name, one '-' between. */
export const lvDmName = (vg: string, lv: string): string => `${vg.replace(/-/g, "--")}-${lv.replace(/-/g, "--")}`;

/** The iSCSI session (its number) a SCSI disk belongs to, undefined for other devices. */
export async function iscsiSessionOf(majMin: string, sys = SYS): Promise<number | undefined> {
  try {
    const real = await realpath(`${sys}/dev/block/${majMin}/device`);
    const m = /\/session(\d+)\//.exec(real);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
