// What the daemon knows of LVM objects, decoded from lvs/vgs reports.
import { lvAttr } from "./attr.js";

export const MANAGED_TAG = "lvmctl.managed";
/**
 * The unfinished mark of lvmctl versions before the create journal: lvcreate
 * wrote it with MANAGED_TAG and a second lvchange removed it once the volume
 * was ready. lvmctld no longer writes it (the create journal says which LVs
 * are unfinished, see journal/create-journal.ts) but still honours it: an LV
 * that carries it was never acknowledged to a client, is not a volume, and is
 * completed by a retried create or cleaned up, as before.
 */
export const CREATING_TAG = "lvmctl.creating";

export interface LogicalVolume {
  name: string;
  vgName: string;
  uuid: string;
  sizeBytes: bigint;
  /** lv_attr as lvs prints it (the API reports it verbatim); read its fields with lvAttr(). */
  attr: string;
  /** LVM's lv_layout words, e.g. ["linear"], ["thin", "sparse"], ["thin", "pool"]. */
  layout: string[];
  pool: string;
  origin: string;
  path: string;
  tags: string[];
  createTime: string;
  dataPercent: number | undefined;
  metadataPercent: number | undefined;
  /** Set by the Inventory, never read from lvm: the create journal has a begin for this LV and no done yet. */
  creating?: true;
}

export interface VolumeGroupInfo {
  name: string;
  uuid: string;
  sizeBytes: bigint;
  freeBytes: bigint;
  extentSizeBytes: bigint;
  pvCount: number;
  lvCount: number;
  seqno: number;
}

/** A VG's metadata area (the smallest, when its PVs differ): lvm's vg_mda_size and vg_mda_free. */
export interface MetadataArea {
  sizeBytes: bigint;
  freeBytes: bigint;
}

export const isManaged = (lv: LogicalVolume) => lv.tags.includes(MANAGED_TAG);
/** An lvmctl-owned LV whose creation has not finished: pending in the create journal, or tagged by an older lvmctl. */
export const isUnfinished = (lv: LogicalVolume) =>
  isManaged(lv) && (lv.creating === true || lv.tags.includes(CREATING_TAG));
export const isThinPool = (lv: LogicalVolume) => lv.layout.includes("thin") && lv.layout.includes("pool");
export const isThin = (lv: LogicalVolume) => lv.layout.includes("thin") && lv.layout.includes("sparse");
export const isActive = (lv: LogicalVolume) => lvAttr(lv.attr).state === "active";
/** A thick (copy-on-write) snapshot, merging or not; thin snapshots are plain thin LVs with an origin. */
export const isThickSnapshot = (lv: LogicalVolume) => {
  const { volumeType } = lvAttr(lv.attr);
  return volumeType === "snapshot" || volumeType === "merging-snapshot";
};

export function roundUpToExtent(bytes: bigint, extent: bigint): bigint {
  return ((bytes + extent - 1n) / extent) * extent;
}
