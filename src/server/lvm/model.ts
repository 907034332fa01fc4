// What the daemon knows of LVM objects, decoded from lvs/vgs reports.
import { lvAttr } from "./attr.js";

export const MANAGED_TAG = "lvmctl.managed";
/**
 * Two-phase creation: lvcreate writes this tag together with MANAGED_TAG, and
 * the volume becomes ready when it is removed (one lvchange, written last). An
 * LV that still carries it was never acknowledged to a client: it is not a
 * volume yet, and is completed by a retried create or cleaned up.
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
/** An lvmctl-owned LV whose creation has not finished (see CREATING_TAG). */
export const isUnfinished = (lv: LogicalVolume) => isManaged(lv) && lv.tags.includes(CREATING_TAG);
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
