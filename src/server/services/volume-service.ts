// VolumeService: every handler validates, resolves, acts (under the VG's
// mutation lock), re-reads from LVM and responds with what LVM reports.
import { VolumeServiceService, type VolumeServiceServer } from "../../gen/lvmctl/v1/volume.js";
import { invalidArgument, LvmctlError } from "../errors.js";
import { unaryService, type HandlerDeps } from "../grpc/unary.js";
import type { BeforeDeleteHook, Inventory } from "../inventory.js";
import {
  isManaged,
  isThickSnapshot,
  isThin,
  isThinPool,
  isUnfinished,
  MANAGED_TAG,
  roundUpToExtent,
  type LogicalVolume,
} from "../lvm/model.js";
import { validateNewLvPath } from "../lvm/names.js";
import { pageTokens } from "../pagination.js";
import { requireSize } from "../sizes.js";
import { toVolume } from "./volume-mapping.js";

export function volumeService(deps: HandlerDeps, inv: Inventory, beforeDelete?: BeforeDeleteHook): VolumeServiceServer {
  return unaryService(deps, VolumeServiceService, {
    createVolume: async (req, ctx) => {
      const name = inv.lvName("name", req.name);
      const size = requireSize("size_bytes", req.sizeBytes);
      if (req.pool !== "") inv.lvName("pool", req.pool);
      const vg = inv.resolveVg(req.volumeGroup);
      validateNewLvPath("name", vg, name);
      return inv.mutate(
        vg,
        async () => {
          const read = await inv.readVg(vg);
          const rounded = roundUpToExtent(size, read.info.extentSizeBytes);
          const settled = await inv.settleUnfinished(
            vg,
            name,
            read,
            (lv) => lv.sizeBytes === rounded && lv.pool === req.pool,
          );
          if ("finished" in settled) return { volume: toVolume(settled.finished) };
          const { info, lvs } = settled;
          const existing = lvs.find((lv) => lv.name === name);
          if (existing) {
            if (!existing.tags.includes(MANAGED_TAG)) {
              throw new LvmctlError(
                "ALREADY_EXISTS",
                `an LV named "${vg}/${name}" exists and is not managed by lvmctl`,
              );
            }
            if (existing.sizeBytes !== rounded || existing.pool !== req.pool) {
              throw new LvmctlError(
                "ALREADY_EXISTS",
                `volume "${vg}/${name}" exists with size ${existing.sizeBytes} and pool "${existing.pool}"; requested ${rounded} and pool "${req.pool}"`,
              );
            }
            return { volume: toVolume(existing) };
          }
          if (req.pool !== "") {
            const pool = lvs.find((lv) => lv.name === req.pool);
            if (!pool) throw new LvmctlError("NOT_FOUND", `pool: thin pool "${vg}/${req.pool}" not found`);
            if (!isThinPool(pool)) throw invalidArgument("pool", `"${vg}/${req.pool}" is not a thin pool`);
            // A pool's space is shared by every volume in it: only a pool handed to lvmctl takes new volumes.
            if (!isManaged(pool)) {
              throw new LvmctlError(
                "FAILED_PRECONDITION",
                `pool: thin pool "${vg}/${req.pool}" is not managed by lvmctl (no ${MANAGED_TAG} tag); hand it over with \`lvchange --addtag ${MANAGED_TAG} ${vg}/${req.pool}\``,
              );
            }
            if (inv.metadataOnly) {
              throw new LvmctlError(
                "FAILED_PRECONDITION",
                "thin volumes need device-mapper; this lvmctld runs with --metadata-only",
              );
            }
            return {
              volume: toVolume(await inv.create(vg, name, { kind: "thin", pool: req.pool, sizeBytes: rounded })),
            };
          }
          if (rounded > info.freeBytes) {
            throw new LvmctlError(
              "RESOURCE_EXHAUSTED",
              `volume group "${vg}" has ${info.freeBytes} bytes free; ${rounded} requested`,
            );
          }
          return { volume: toVolume(await inv.create(vg, name, { kind: "linear", sizeBytes: rounded })) };
        },
        ctx.signal,
      );
    },

    getVolume: async (req, ctx) => {
      const name = inv.lvName("name", req.name);
      const vg = inv.resolveVg(req.volumeGroup);
      return { volume: toVolume(await inv.requireLv(vg, name, ctx.signal)) };
    },

    listVolumes: async (req, ctx) => {
      const vgs = req.volumeGroup === "" ? inv.volumeGroups : [inv.resolveVg(req.volumeGroup)];
      const pager = pageTokens.open(
        [ctx.method.name, req.volumeGroup, req.includeUnmanaged],
        req.pageToken,
        req.pageSize,
      );
      const lvs = (await listExisting(inv, vgs, ctx.signal)).filter(
        (lv) => !isThinPool(lv) && !isUnfinished(lv) && (req.includeUnmanaged || lv.tags.includes(MANAGED_TAG)),
      );
      const { page, nextPageToken } = pager.cut(lvs, (lv) => ({ vg: lv.vgName, name: lv.name }));
      return { volumes: page.map(toVolume), nextPageToken };
    },

    resizeVolume: async (req, ctx) => {
      const name = inv.lvName("name", req.name);
      const size = requireSize("size_bytes", req.sizeBytes);
      const vg = inv.resolveVg(req.volumeGroup);
      return inv.mutate(
        vg,
        async () => {
          const info = await inv.vg(vg);
          const lv = inv.requireManaged(await inv.requireLv(vg, name));
          if (isThinPool(lv))
            throw new LvmctlError("FAILED_PRECONDITION", `"${vg}/${name}" is a thin pool, not a volume`);
          const rounded = roundUpToExtent(size, info.extentSizeBytes);
          if (rounded < lv.sizeBytes) {
            throw invalidArgument(
              "size_bytes",
              `${rounded} is smaller than the current size ${lv.sizeBytes}; volumes only grow`,
            );
          }
          if (rounded === lv.sizeBytes) return { volume: toVolume(lv) };
          if (!isThin(lv) && rounded - lv.sizeBytes > info.freeBytes) {
            throw new LvmctlError(
              "RESOURCE_EXHAUSTED",
              `volume group "${vg}" has ${info.freeBytes} bytes free; ${rounded - lv.sizeBytes} more needed`,
            );
          }
          await inv.extend(vg, name, rounded);
          return { volume: toVolume(await inv.requireLv(vg, name)) };
        },
        ctx.signal,
      );
    },

    deleteVolume: async (req, ctx) => {
      const name = inv.lvName("name", req.name);
      const vg = inv.resolveVg(req.volumeGroup);
      return inv.mutate(
        vg,
        async () => {
          const lvs = await inv.lvs([vg]);
          let lv = lvs.find((l) => l.name === name);
          if (lv && isUnfinished(lv)) {
            // Not a volume yet (its creation never finished): clean it up and answer as for a missing volume.
            await inv.remove(vg, name);
            lv = undefined;
          }
          if (!lv) {
            if (req.allowMissing) return {};
            throw new LvmctlError("NOT_FOUND", `volume "${vg}/${name}" not found`);
          }
          inv.requireManaged(lv);
          if (isThinPool(lv))
            throw new LvmctlError("FAILED_PRECONDITION", `"${vg}/${name}" is a thin pool, not a volume`);
          const snapshots = lvs.filter((s) => s.origin === name && isThickSnapshot(s));
          if (snapshots.length > 0) {
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `volume "${vg}/${name}" has snapshots (${snapshots.map((s) => s.name).join(", ")}); delete them first`,
            );
          }
          await beforeDelete?.(lv, req.force);
          await inv.remove(vg, name);
          return {};
        },
        ctx.signal,
      );
    },

    createSnapshot: async (req, ctx) => {
      const name = inv.lvName("name", req.name);
      const sourceName = inv.lvName("source_name", req.sourceName);
      const vg = inv.resolveVg(req.volumeGroup);
      validateNewLvPath("name", vg, name);
      return inv.mutate(
        vg,
        async () => {
          const read = await inv.readVg(vg);
          const source = read.lvs.find((lv) => lv.name === sourceName && !isUnfinished(lv));
          if (!source) throw new LvmctlError("NOT_FOUND", `source_name: volume "${vg}/${sourceName}" not found`);
          inv.requireManaged(source);
          const thin = isThin(source);
          if (thin && req.sizeBytes !== 0n) {
            throw invalidArgument(
              "size_bytes",
              "must be 0 for a snapshot of a thin volume (thin snapshots share the pool)",
            );
          }
          const size = thin
            ? undefined
            : roundUpToExtent(requireSize("size_bytes", req.sizeBytes), read.info.extentSizeBytes);
          const isThisSnapshot = (lv: LogicalVolume) =>
            lv.origin === sourceName && (size === undefined || lv.sizeBytes === size);
          const settled = await inv.settleUnfinished(vg, name, read, isThisSnapshot);
          if ("finished" in settled) return { snapshot: toVolume(settled.finished) };
          const { info, lvs } = settled;
          const existing = lvs.find((lv) => lv.name === name);
          if (existing) {
            if (existing.tags.includes(MANAGED_TAG) && isThisSnapshot(existing))
              return { snapshot: toVolume(existing) };
            throw new LvmctlError(
              "ALREADY_EXISTS",
              `an LV named "${vg}/${name}" already exists and is not this snapshot of "${sourceName}"`,
            );
          }
          if (isThickSnapshot(source))
            throw new LvmctlError("FAILED_PRECONDITION", `"${vg}/${sourceName}" is itself a thick snapshot`);
          if (isThinPool(source))
            throw invalidArgument("source_name", `"${vg}/${sourceName}" is a thin pool, not a volume`);
          if (inv.metadataOnly) {
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              "snapshots need device-mapper; this lvmctld runs with --metadata-only",
            );
          }
          if (size !== undefined && size > info.freeBytes) {
            throw new LvmctlError(
              "RESOURCE_EXHAUSTED",
              `volume group "${vg}" has ${info.freeBytes} bytes free; ${size} requested`,
            );
          }
          return {
            snapshot: toVolume(await inv.create(vg, name, { kind: "snapshot", source: sourceName, sizeBytes: size })),
          };
        },
        ctx.signal,
      );
    },
  });
}

/** Lists LVs of the configured VGs; one that does not exist is skipped, and no other VG is ever read. */
async function listExisting(inv: Inventory, vgs: readonly string[], signal: AbortSignal): Promise<LogicalVolume[]> {
  try {
    return await inv.lvs(vgs, signal);
  } catch (err) {
    if (vgs.length === 1 || !(err instanceof LvmctlError) || err.code !== "NOT_FOUND") throw err;
  }
  const perVg = await Promise.all(
    vgs.map((vg) =>
      inv.lvs([vg], signal).catch((err: unknown) => {
        if (err instanceof LvmctlError && err.code === "NOT_FOUND") return [];
        throw err;
      }),
    ),
  );
  return perVg.flat();
}
