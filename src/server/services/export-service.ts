// ExportService: every handler validates, resolves, acts (under the VG's
// mutation lock: tags first, then LIO), re-reads from LVM and responds from the
// tags. CHAP secrets leave only in the response of the call that created them.
import {
  ExportServiceService,
  ReconcileActionKind,
  type Export,
  type ExportServiceServer,
} from "../../gen/lvmctl/v1/export.js";
import { LvmctlError } from "../errors.js";
import { unaryService, type HandlerDeps } from "../grpc/unary.js";
import type { Inventory } from "../inventory.js";
import { chapUser, newChapNonce } from "../lio/chap.js";
import type { Exporter } from "../lio/exporter.js";
import { normalizeInitiators } from "../lio/names.js";
import type { ActionKind } from "../lio/plan.js";
import { readExportTags, type ExportSettings } from "../lio/tags.js";
import { isManaged, type LogicalVolume } from "../lvm/model.js";
import { pageTokens } from "../pagination.js";

const ACTION_KINDS: Record<ActionKind, ReconcileActionKind> = {
  create: ReconcileActionKind.RECONCILE_ACTION_KIND_CREATE,
  delete: ReconcileActionKind.RECONCILE_ACTION_KIND_DELETE,
  update: ReconcileActionKind.RECONCILE_ACTION_KIND_UPDATE,
};

export function exportService(deps: HandlerDeps, inv: Inventory, exporter: Exporter): ExportServiceServer {
  const toExport = (lv: LogicalVolume, s: ExportSettings): Export => ({
    volumeGroup: lv.vgName,
    volumeName: lv.name,
    targetIqn: exporter.targetIqn(lv),
    lun: 0,
    initiatorIqns: s.initiators,
    chapEnabled: s.chapNonce !== undefined,
    chapUser: s.chapNonce ? chapUser(s.chapNonce) : "",
    portals: exporter.portals,
  });

  const requireExport = (lv: LogicalVolume): ExportSettings => {
    const settings = isManaged(lv) ? readExportTags(lv.tags) : undefined;
    if (!settings) throw new LvmctlError("NOT_FOUND", `volume "${lv.vgName}/${lv.name}" is not exported`);
    return settings;
  };

  return unaryService(deps, ExportServiceService, {
    createExport: async (req) => {
      const name = inv.lvName("volume_name", req.volumeName);
      const initiators = normalizeInitiators("initiator_iqns", req.initiatorIqns);
      const vg = inv.resolveVg(req.volumeGroup);
      exporter.requireAvailable();
      return inv.mutate(vg, async () => {
        const lv = inv.requireManaged(await inv.requireLv(vg, name));
        exporter.checkExportable(lv);
        const current = readExportTags(lv.tags);
        if (current) {
          if (current.initiators.join(",") !== initiators.join(",") || (current.chapNonce !== undefined) !== req.chap) {
            throw new LvmctlError(
              "ALREADY_EXISTS",
              `volume "${vg}/${name}" is already exported to ${current.initiators.join(", ")} with CHAP ${current.chapNonce ? "on" : "off"}; use UpdateExport to change it`,
            );
          }
          // A retry after a failure: finish what the first call started.
          return { export: toExport(await exporter.setExport(lv, current), current), chapCredentials: undefined };
        }
        const settings: ExportSettings = { initiators, chapNonce: req.chap ? newChapNonce() : undefined };
        const credentials = settings.chapNonce
          ? await exporter.chapCredentials(lv, settings.chapNonce, true)
          : undefined;
        return { export: toExport(await exporter.setExport(lv, settings), settings), chapCredentials: credentials };
      });
    },

    getExport: async (req, ctx) => {
      const name = inv.lvName("volume_name", req.volumeName);
      const vg = inv.resolveVg(req.volumeGroup);
      exporter.requireAvailable();
      const lv = await inv.requireLv(vg, name, ctx.signal);
      return { export: toExport(lv, requireExport(lv)) };
    },

    listExports: async (req, ctx) => {
      const vgs = req.volumeGroup === "" ? inv.volumeGroups : [inv.resolveVg(req.volumeGroup)];
      exporter.requireAvailable();
      const pager = pageTokens.open([ctx.method.name, req.volumeGroup], req.pageToken, req.pageSize);
      const exported = (await exporter.volumesOf(vgs, ctx.signal)).lvs.flatMap((lv) => {
        const s = isManaged(lv) ? readExportTags(lv.tags) : undefined;
        return s ? [{ lv, s }] : [];
      });
      const { page, nextPageToken } = pager.cut(exported, (e) => ({ vg: e.lv.vgName, name: e.lv.name }));
      return { exports: page.map((e) => toExport(e.lv, e.s)), nextPageToken };
    },

    updateExport: async (req) => {
      const name = inv.lvName("volume_name", req.volumeName);
      const initiators =
        req.initiatorIqns.length > 0 ? normalizeInitiators("initiator_iqns", req.initiatorIqns) : undefined;
      const vg = inv.resolveVg(req.volumeGroup);
      exporter.requireAvailable();
      return inv.mutate(vg, async () => {
        const lv = inv.requireManaged(await inv.requireLv(vg, name));
        const current = requireExport(lv);
        exporter.checkExportable(lv);
        const turnOn = req.chap === true && current.chapNonce === undefined;
        const settings: ExportSettings = {
          initiators: initiators ?? current.initiators,
          chapNonce:
            req.chap === undefined ? current.chapNonce : req.chap ? (current.chapNonce ?? newChapNonce()) : undefined,
        };
        const credentials = turnOn ? await exporter.chapCredentials(lv, settings.chapNonce!, true) : undefined;
        return { export: toExport(await exporter.setExport(lv, settings), settings), chapCredentials: credentials };
      });
    },

    deleteExport: async (req) => {
      const name = inv.lvName("volume_name", req.volumeName);
      const vg = inv.resolveVg(req.volumeGroup);
      exporter.requireAvailable();
      return inv.mutate(vg, async () => {
        const lv = await inv.findLv(vg, name);
        if (!lv) {
          if (req.allowMissing) return {};
          throw new LvmctlError("NOT_FOUND", `volume "${vg}/${name}" not found`);
        }
        inv.requireManaged(lv);
        if (!readExportTags(lv.tags) && !req.allowMissing)
          throw new LvmctlError("NOT_FOUND", `volume "${vg}/${name}" is not exported`);
        // Also with allow_missing: clears what an interrupted unexport left in LIO.
        await exporter.setExport(lv, undefined);
        return {};
      });
    },

    reconcileExports: async (req) => {
      exporter.requireAvailable();
      const actions = await exporter.reconcile(req.dryRun);
      return {
        actions: actions.map((a) => ({ kind: ACTION_KINDS[a.kind], object: a.object, description: a.description })),
        dryRun: req.dryRun,
      };
    },
  });
}
