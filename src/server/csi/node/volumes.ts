// Which device is which volume's: the Node service unmounts, logs out or
// deactivates only what it can prove belongs to the volume id it was given.
// An LV's device-mapper name says its VG and LV; an iSCSI disk's session says
// its target, and lvmctl's target names say VG and LV.
import { readFile } from "node:fs/promises";
import { CommandError } from "../../exec/command.js";
import { LvmctlError } from "../../errors.js";
import { parseId, type CsiObjectRef } from "../ids.js";
import { blockDeviceNumber, dmName, iscsiSessionOf, kernelName, lvDmName, SYS } from "./devices.js";
import { targetNamesVolume, type Iscsi } from "./iscsi.js";

export type VolumeRef = CsiObjectRef & { kind: "local" | "iscsi" };

/** A volume id from a Node request: empty is INVALID_ARGUMENT, anything lvmctl did not issue NOT_FOUND. */
export function requireVolumeRef(volumeId: string): VolumeRef {
  if (volumeId === "") throw new LvmctlError("INVALID_ARGUMENT", "volume_id: must not be empty");
  const ref = parseId(volumeId);
  if (!ref || ref.kind === "snap")
    throw new LvmctlError("NOT_FOUND", `volume ${JSON.stringify(volumeId)} does not exist`);
  return ref as VolumeRef;
}

/** The device path LVM creates for an LV (lvm makes the /dev/VG/LV link itself, udev or not). */
export const lvDevicePath = (ref: VolumeRef): string => `/dev/${ref.vg}/${ref.lv}`;

export type Ownership = "volume" | "other" | "gone";

/** Whether the block device `majMin` is this volume's: its LV, or a disk of an iSCSI session to its target. */
export async function ownership(majMin: string, ref: VolumeRef, sys = SYS): Promise<Ownership> {
  // Major 0: a filesystem without a block device (tmpfs, overlay, nfs...), never a volume.
  if (majMin.startsWith("0:")) return "other";
  if ((await kernelName(majMin, sys)) === undefined) return "gone";
  if ((await dmName(majMin, sys)) === lvDmName(ref.vg, ref.lv)) return "volume";
  const sid = await iscsiSessionOf(majMin, sys);
  if (sid === undefined) return "other";
  try {
    const target = (await readFile(`${sys}/class/iscsi_session/session${sid}/targetname`, "utf8")).trim();
    return targetNamesVolume(target, ref.vg, ref.lv) ? "volume" : "other";
  } catch {
    return "gone";
  }
}

/**
 * Whether a mount whose device is gone plausibly was this volume's, judged by
 * what the kernel recorded: the LV's own paths or an iSCSI disk as the source,
 * or, for a block volume bound onto a file, such a device node of /dev.
 */
export function goneSourceFits(m: { source: string; fsType: string; root: string }, ref: VolumeRef): boolean {
  const lvPaths = [lvDevicePath(ref), `/dev/mapper/${lvDmName(ref.vg, ref.lv)}`];
  if (lvPaths.includes(m.source)) return true;
  const disk = ref.kind === "iscsi" ? /^\/dev\/sd[a-z]+$/ : /^$/;
  if (disk.test(m.source)) return true;
  if (m.fsType !== "devtmpfs") return false;
  return ref.kind === "iscsi" ? /^\/sd[a-z]+$/.test(m.root) : /^\/dm-\d+$/.test(m.root);
}

/** The iSCSI sessions whose target is this volume's. */
export async function volumeSessions(iscsi: Iscsi, ref: VolumeRef) {
  return (await iscsi.sessions()).filter((s) => targetNamesVolume(s.targetName, ref.vg, ref.lv));
}

/**
 * The volume's block device on this host as it is now, without a publish
 * context: the active LV, or the disk of an iSCSI session to its target.
 */
export async function currentDevice(
  iscsi: Iscsi,
  ref: VolumeRef,
): Promise<{ path: string; majMin: string } | undefined> {
  const candidates: string[] = [];
  for (const s of await volumeSessions(iscsi, ref)) {
    const disk = await iscsi.diskOf(s.sid);
    if (disk) candidates.push(`/dev/${disk}`);
  }
  if (ref.kind === "local") candidates.push(lvDevicePath(ref));
  for (const path of candidates) {
    const majMin = await blockDeviceNumber(path);
    if (majMin !== undefined) return { path, majMin };
  }
  return undefined;
}

/** A command failure as the RPC's answer: what failed and the command's own words, never a stack. */
export function commandFailed(what: string, err: unknown): Error {
  if (err instanceof CommandError) {
    const said = err.stderr.trim().split("\n").slice(-3).join(" ").slice(0, 512);
    return new LvmctlError("INTERNAL", `${what}: ${said || err.message}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
