// VolumeGroupService: capacity of the configured volume groups, read-only.
import {
  VolumeGroupServiceService,
  type VolumeGroup,
  type VolumeGroupServiceServer,
} from "../../gen/lvmctl/v1/volume_group.js";
import { LvmctlError } from "../errors.js";
import { unaryService, type HandlerDeps } from "../grpc/unary.js";
import type { Inventory } from "../inventory.js";
import { isThinPool, type LogicalVolume, type MetadataArea, type VolumeGroupInfo } from "../lvm/model.js";

function toVolumeGroup(
  vg: VolumeGroupInfo,
  lvs: readonly LogicalVolume[],
  mdas: ReadonlyMap<string, MetadataArea>,
): VolumeGroup {
  const mda = mdas.get(vg.name);
  // vgs names every VG it was asked for: a VG missing here vanished between the two reads.
  if (!mda) throw new LvmctlError("NOT_FOUND", `volume group "${vg.name}" not found`);
  return {
    name: vg.name,
    sizeBytes: vg.sizeBytes,
    freeBytes: vg.freeBytes,
    extentSizeBytes: vg.extentSizeBytes,
    pvCount: vg.pvCount,
    lvCount: vg.lvCount,
    uuid: vg.uuid,
    metadataAreaSizeBytes: mda.sizeBytes,
    metadataAreaFreeBytes: mda.freeBytes,
    thinPools: lvs
      .filter((lv) => lv.vgName === vg.name && isThinPool(lv))
      .map((lv) => ({
        name: lv.name,
        sizeBytes: lv.sizeBytes,
        dataPercent: lv.dataPercent ?? 0,
        metadataPercent: lv.metadataPercent ?? 0,
      })),
  };
}

export function volumeGroupService(deps: HandlerDeps, inv: Inventory): VolumeGroupServiceServer {
  return unaryService(deps, VolumeGroupServiceService, {
    listVolumeGroups: async (_req, ctx) => {
      const found: VolumeGroupInfo[] = [];
      for (const name of inv.volumeGroups) {
        try {
          found.push(await inv.vg(name, ctx.signal));
        } catch (err) {
          if (!(err instanceof LvmctlError && err.code === "NOT_FOUND")) throw err;
        }
      }
      if (found.length === 0) return { volumeGroups: [] };
      const names = found.map((v) => v.name);
      const [lvs, mdas] = await Promise.all([inv.lvs(names, ctx.signal), inv.metadataAreas(names, ctx.signal)]);
      return { volumeGroups: found.map((vg) => toVolumeGroup(vg, lvs, mdas)) };
    },

    getVolumeGroup: async (req, ctx) => {
      const name = inv.resolveVg(req.name, "name");
      const [vg, lvs, mdas] = await Promise.all([
        inv.vg(name, ctx.signal),
        inv.lvs([name], ctx.signal),
        inv.metadataAreas([name], ctx.signal),
      ]);
      return { volumeGroup: toVolumeGroup(vg, lvs, mdas) };
    },
  });
}
