// LVM model -> protobuf messages.
import type { Volume } from "../../gen/lvmctl/v1/volume.js";
import { isActive, isManaged, isThin, isThickSnapshot, type LogicalVolume } from "../lvm/model.js";

export function toVolume(lv: LogicalVolume): Volume {
  const hasDataPercent = isThin(lv) || isThickSnapshot(lv);
  return {
    name: lv.name,
    volumeGroup: lv.vgName,
    sizeBytes: lv.sizeBytes,
    pool: lv.pool,
    origin: lv.origin,
    devicePath: lv.path,
    uuid: lv.uuid,
    attributes: lv.attr,
    active: isActive(lv),
    createTime: lv.createTime,
    tags: lv.tags,
    dataPercent: hasDataPercent ? lv.dataPercent : undefined,
    managed: isManaged(lv),
  };
}
