// VolumeGroupService: capacity of the configured volume groups, read-only,
// and a stream of its changes (WatchVolumeGroups, served by the watch hub).
import {
  VolumeGroupServiceService,
  type VolumeGroup,
  type VolumeGroupServiceServer,
  type WatchVolumeGroupsRequest,
  type WatchVolumeGroupsResponse,
} from "../../gen/lvmctl/v1/volume_group.js";
import { LvmctlError } from "../errors.js";
import { serverStream, type StreamHandler } from "../grpc/server-stream.js";
import { rpcMethod } from "../grpc/methods.js";
import { unaryService, type HandlerDeps } from "../grpc/unary.js";
import type { Inventory } from "../inventory.js";
import type { VgWatchHub } from "./vg-watch-hub.js";
import { CoalescingWriter } from "./vg-watch-stream.js";
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

/** One VG as GetVolumeGroup returns it (also what the watch hub reads). */
export async function readVolumeGroup(inv: Inventory, name: string, signal?: AbortSignal): Promise<VolumeGroup> {
  const [vg, lvs, mdas] = await Promise.all([
    inv.vg(name, signal),
    inv.lvs([name], signal),
    inv.metadataAreas([name], signal),
  ]);
  return toVolumeGroup(vg, lvs, mdas);
}

function watchVolumeGroups(
  inv: Inventory,
  hub: VgWatchHub,
): StreamHandler<WatchVolumeGroupsRequest, WatchVolumeGroupsResponse> {
  return async (req, call, ctx) => {
    const all = req.volumeGroup === "";
    const vgs = all ? [...inv.volumeGroups] : [inv.resolveVg(req.volumeGroup)];
    const writer = new CoalescingWriter(call);
    try {
      await hub.watch(vgs, writer, ctx.signal, all);
    } finally {
      writer.close();
    }
    return { volumeGroups: vgs, ...writer.stats };
  };
}

export function volumeGroupService(deps: HandlerDeps, inv: Inventory, hub: VgWatchHub): VolumeGroupServiceServer {
  const { watchVolumeGroups: watchDefinition, ...unaryDefinitions } = VolumeGroupServiceService;
  return {
    ...unaryService(deps, unaryDefinitions, {
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

      getVolumeGroup: async (req, ctx) => ({
        volumeGroup: await readVolumeGroup(inv, inv.resolveVg(req.name, "name"), ctx.signal),
      }),
    }),
    watchVolumeGroups: serverStream(
      deps,
      (deps.methods ?? rpcMethod)(watchDefinition.path),
      watchVolumeGroups(inv, hub),
    ),
  };
}
