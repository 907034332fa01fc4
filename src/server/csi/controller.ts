// CSI Controller: volumes and snapshots as LVs of the configured VGs, iSCSI
// publishing through the export engine. Every handler follows the lvmctl
// shape (validate, resolve, act under the VG's lock, re-read, respond) and
// only ever acts on LVs that carry lvmctl's ownership tag and a CSI name tag.
import {
  ControllerService,
  ControllerServiceCapability_RPC_Type as Rpc,
  type ControllerServer,
  type ListSnapshotsResponse_Entry,
  type ListVolumesResponse_Entry,
  type Snapshot,
  type Volume,
  type VolumeContentSource,
} from "../../gen/csi/v1/csi.js";
import { invalidArgument, LvmctlError } from "../errors.js";
import { unaryService } from "../grpc/unary.js";
import type { Inventory } from "../inventory.js";
import { newChapNonce } from "../lio/chap.js";
import { normalizeInitiators } from "../lio/names.js";
import { readExportTags } from "../lio/tags.js";
import { isManaged, isThickSnapshot, isThin, isThinPool, isUnfinished, type LogicalVolume } from "../lvm/model.js";
import { validateNewLvPath } from "../lvm/names.js";
import { PageRequest, pageTokens, type PageQuery } from "../pagination.js";
import { checkCapabilities, parseParameters, unsupportedReason, type VolumeParameters } from "./capabilities.js";
import { checkRange, fits, sizeFor } from "./capacity.js";
import type { CsiContext } from "./context.js";
import { copyVolume } from "./copy.js";
import {
  ACCESS_TAG,
  CHAP_TAG,
  csiNameOf,
  formatId,
  nameTag,
  parseId,
  parseNodeId,
  publishedNodes,
  publishedTag,
  requireCsiName,
  snapshotLvName,
  SOURCE_TAG,
  tagValue,
  volumeLvName,
  type AccessKind,
  type CsiObjectRef,
} from "./ids.js";

/** publish_context keys the node plugin reads. */
export const PUBLISH_CONTEXT = {
  targetIqn: "targetIqn",
  portals: "portals",
  lun: "lun",
  chapUser: "chapUser",
  chapNonce: "chapNonce",
  volumeUuid: "volumeUuid",
} as const;

export function controllerService(ctx: CsiContext): ControllerServer {
  const inv = ctx.inventory;
  const exporter = ctx.exporter;
  if (!inv || !exporter) throw new Error("the CSI controller needs volume groups (not --csi-node-only)");
  const node = ctx.cfg.nodeId;
  const topology = () => [{ segments: { [ctx.cfg.topologyKey]: node } }];

  /** A volume or snapshot id of this storage host: its VG must be configured here. */
  const resolveRef = (
    field: string,
    id: string,
    kinds: ReadonlyArray<CsiObjectRef["kind"]>,
  ): CsiObjectRef | undefined => {
    if (id === "") throw invalidArgument(field, "is required");
    const ref = parseId(id);
    if (!ref || !kinds.includes(ref.kind)) return undefined;
    if (ref.node !== node)
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `${field}: "${id}" lives on storage host "${ref.node}"; this is "${node}"`,
      );
    if (!inv.volumeGroups.includes(ref.vg))
      throw new LvmctlError("FAILED_PRECONDITION", `${field}: volume group "${ref.vg}" is not managed by this lvmctld`);
    return ref;
  };

  /** The CSI object an id names: missing (undefined) or ours; a foreign LV under that name is refused. */
  const findOwned = async (ref: CsiObjectRef, signal?: AbortSignal): Promise<LogicalVolume | undefined> => {
    const lv = await inv.findLv(ref.vg, ref.lv, signal);
    if (!lv) return undefined;
    if (!isManaged(lv) || csiNameOf(lv.tags) === undefined)
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `"${ref.vg}/${ref.lv}" is not a volume of this CSI driver (no lvmctl ownership and name tags); it is left untouched`,
      );
    return lv;
  };

  const accessOf = (lv: LogicalVolume): AccessKind => (tagValue(lv.tags, ACCESS_TAG) === "iscsi" ? "iscsi" : "local");
  const volumeId = (lv: LogicalVolume) => formatId({ kind: accessOf(lv), vg: lv.vgName, lv: lv.name, node });
  const snapshotId = (lv: LogicalVolume) => formatId({ kind: "snap", vg: lv.vgName, lv: lv.name, node });

  const contentSourceOf = (lv: LogicalVolume): VolumeContentSource | undefined => {
    const source = tagValue(lv.tags, SOURCE_TAG);
    if (!source) return undefined;
    const [kind, name] = source.split("/", 2) as [string, string];
    const id = formatId({ kind: kind === "snapshot" ? "snap" : accessOfName(kind), vg: lv.vgName, lv: name, node });
    return kind === "snapshot" ? { snapshot: { snapshotId: id } } : { volume: { volumeId: id } };
  };

  const toVolume = (lv: LogicalVolume): Volume => {
    const access = accessOf(lv);
    return {
      capacityBytes: lv.sizeBytes,
      volumeId: volumeId(lv),
      volumeContext: { access, storageHost: node, ...(lv.tags.includes(CHAP_TAG) ? { chap: "true" } : {}) },
      contentSource: contentSourceOf(lv),
      accessibleTopology: access === "local" ? topology() : [],
    };
  };

  const toSnapshot = (lv: LogicalVolume): Snapshot => {
    const origin = tagValue(lv.tags, SOURCE_TAG)?.split("/", 2) ?? [];
    return {
      sizeBytes: lv.sizeBytes,
      snapshotId: snapshotId(lv),
      sourceVolumeId: formatId({
        kind: accessOfName(origin[0] ?? ""),
        vg: lv.vgName,
        lv: origin[1] ?? lv.origin,
        node,
      }),
      creationTime: timestamp(lv.createTime),
      readyToUse: true,
      groupSnapshotId: "",
    };
  };

  const requireExportable = () => {
    if (inv.metadataOnly)
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        "iSCSI volumes need device-mapper; this lvmctld runs with --metadata-only",
      );
    exporter.requireAvailable();
  };

  const capabilities: Rpc[] = [
    Rpc.CREATE_DELETE_VOLUME,
    Rpc.PUBLISH_UNPUBLISH_VOLUME,
    Rpc.LIST_VOLUMES,
    Rpc.GET_CAPACITY,
    Rpc.LIST_SNAPSHOTS,
    Rpc.EXPAND_VOLUME,
    Rpc.LIST_VOLUMES_PUBLISHED_NODES,
    Rpc.VOLUME_CONDITION,
    Rpc.GET_VOLUME,
    Rpc.SINGLE_NODE_MULTI_WRITER,
    // Snapshots and clones need device-mapper: offered only where they work.
    ...(inv.metadataOnly ? [] : [Rpc.CREATE_DELETE_SNAPSHOT, Rpc.CLONE_VOLUME, Rpc.GET_SNAPSHOT]),
  ];

  return unaryService(ctx.deps, ControllerService, {
    createVolume: async (req) => {
      const name = requireCsiName("name", req.name);
      const caps = checkCapabilities("volume_capabilities", req.volumeCapabilities);
      const params = parseParameters(req.parameters);
      const range = checkRange("capacity_range", req.capacityRange);
      const vg = resolveParamVg(inv, params);
      if (params.access === "iscsi") requireExportable();
      if (params.access === "local")
        requireTopology(req.accessibilityRequirements?.requisite ?? [], ctx.cfg.topologyKey, node);
      if (params.thinPool !== "") inv.lvName("parameters.thinPool", params.thinPool);
      void caps;
      const lvName = volumeLvName(name);
      validateNewLvPath("name", vg, lvName);
      const source = await resolveContentSource(req.volumeContentSource, vg);
      return ctx.locks.run([`name:${name}`], () =>
        inv.mutate(vg, async () => {
          const read = await inv.readVg(vg);
          const sourceLv = source ? read.lvs.find((lv) => lv.name === source.lv && !isUnfinished(lv)) : undefined;
          if (source && (!sourceLv || csiNameOf(sourceLv.tags) === undefined || !isManaged(sourceLv)))
            throw new LvmctlError(
              "NOT_FOUND",
              `volume_content_source: ${source.kind === "snap" ? "snapshot" : "volume"} "${source.id}" not found`,
            );
          const floor = sourceLv?.sizeBytes ?? 0n;
          if (sourceLv && range.limit > 0n && range.limit < floor)
            throw new LvmctlError(
              "OUT_OF_RANGE",
              `limit_bytes ${range.limit} is smaller than the source's ${floor} bytes`,
            );
          const size = sizeFor(range, read.info.extentSizeBytes, floor);
          const sourceTag = source
            ? `${SOURCE_TAG}${source.kind === "snap" ? "snapshot" : params.access}/${source.lv}`
            : undefined;
          const tags = [
            nameTag(name),
            `${ACCESS_TAG}${params.access}`,
            ...(params.chap ? [CHAP_TAG] : []),
            ...(sourceTag ? [sourceTag] : []),
          ];
          const sameRequest = (lv: LogicalVolume) =>
            csiNameOf(lv.tags) === name &&
            accessOf(lv) === params.access &&
            lv.tags.includes(CHAP_TAG) === params.chap &&
            tagValue(lv.tags, SOURCE_TAG) === sourceTag?.slice(SOURCE_TAG.length) &&
            fits(lv.sizeBytes, range) &&
            (params.thinPool === "" ? !isThin(lv) || sourceLv !== undefined : lv.pool === params.thinPool);
          const settled = await inv.settleUnfinished(vg, lvName, read, sameRequest);
          if ("finished" in settled) return { volume: toVolume(settled.finished) };
          const existing = settled.lvs.find((lv) => lv.name === lvName);
          if (existing) {
            if (isManaged(existing) && sameRequest(existing)) return { volume: toVolume(existing) };
            throw new LvmctlError(
              "ALREADY_EXISTS",
              csiNameOf(existing.tags) === name
                ? `volume "${name}" exists (${existing.sizeBytes} bytes, access ${accessOf(existing)}) and does not match this request`
                : `the LV "${vg}/${lvName}" for volume "${name}" exists and is not that volume`,
            );
          }
          if (sourceLv) {
            if (inv.metadataOnly)
              throw new LvmctlError(
                "FAILED_PRECONDITION",
                "volumes from a content source need device-mapper; this lvmctld runs with --metadata-only",
              );
            if (isThin(sourceLv)) {
              // A thin snapshot of a thin source: instant, and grown afterwards when more was asked for.
              const lv = await inv.create(
                vg,
                lvName,
                { kind: "snapshot", source: sourceLv.name, sizeBytes: undefined },
                tags,
                async (created) => {
                  if (size > created.sizeBytes) await inv.extend(vg, lvName, size);
                },
              );
              return { volume: toVolume(lv) };
            }
            if (size > settled.info.freeBytes) throw noSpace(vg, settled.info.freeBytes, size);
            const lv = await inv.create(vg, lvName, { kind: "linear", sizeBytes: size }, tags, (created) =>
              copyVolume(ctx.runner, sourceLv, created),
            );
            return { volume: toVolume(lv) };
          }
          if (params.thinPool !== "") {
            const pool = settled.lvs.find((lv) => lv.name === params.thinPool);
            if (!pool || !isThinPool(pool))
              throw invalidArgument("parameters.thinPool", `"${vg}/${params.thinPool}" is not a thin pool`);
            if (!isManaged(pool))
              throw new LvmctlError(
                "FAILED_PRECONDITION",
                `thin pool "${vg}/${params.thinPool}" is not managed by lvmctl (no lvmctl.managed tag)`,
              );
            if (inv.metadataOnly)
              throw new LvmctlError(
                "FAILED_PRECONDITION",
                "thin volumes need device-mapper; this lvmctld runs with --metadata-only",
              );
            return {
              volume: toVolume(
                await inv.create(vg, lvName, { kind: "thin", pool: params.thinPool, sizeBytes: size }, tags),
              ),
            };
          }
          if (size > settled.info.freeBytes) throw noSpace(vg, settled.info.freeBytes, size);
          return { volume: toVolume(await inv.create(vg, lvName, { kind: "linear", sizeBytes: size }, tags)) };
        }),
      );
    },

    deleteVolume: async (req) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      if (!ref) return {};
      return ctx.locks.run([req.volumeId], () =>
        inv.mutate(ref.vg, async () => {
          const lvs = await inv.lvs([ref.vg]);
          const lv = lvs.find((l) => l.name === ref.lv);
          if (!lv) return {};
          if (!isManaged(lv) || (csiNameOf(lv.tags) === undefined && !isUnfinished(lv)))
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `"${ref.vg}/${ref.lv}" is not a volume of this CSI driver; it is left untouched`,
            );
          const published = publishedNodes(lv.tags);
          if (published.length > 0)
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `volume is published to ${published.join(", ")}; unpublish it first`,
            );
          const snapshots = lvs.filter((s) => s.origin === lv.name && isThickSnapshot(s));
          if (snapshots.length > 0)
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `volume has snapshots (${snapshots.map((s) => s.name).join(", ")}); delete them first`,
            );
          if (!isUnfinished(lv)) await exporter.beforeDelete(lv, false);
          await inv.remove(ref.vg, ref.lv);
          return {};
        }),
      );
    },

    controllerPublishVolume: async (req) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      if (req.nodeId === "") throw invalidArgument("node_id", "is required");
      const [cap] = checkCapabilities("volume_capability", req.volumeCapability ? [req.volumeCapability] : []);
      void cap;
      if (!ref) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
      const target = parseNodeId(req.nodeId);
      return ctx.locks.run([req.volumeId], () =>
        inv.mutate(ref.vg, async () => {
          const lv = await findOwned(ref);
          if (!lv) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
          const others = publishedNodes(lv.tags).filter((n) => n !== req.nodeId);
          if (others.length > 0)
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `volume is published to ${others.join(", ")}; it attaches to one node at a time`,
            );
          if (ref.kind === "local") {
            // The only node a local volume can reach is its storage host: any other is no node of this volume's.
            if (target.node !== node)
              throw new LvmctlError(
                "NOT_FOUND",
                `volume is local to storage host "${node}"; it cannot be used on "${target.node}"`,
              );
            await inv.changeTags(ref.vg, ref.lv, [publishedTag(req.nodeId)], []);
            return { publishContext: {} };
          }
          requireExportable();
          if (target.initiatorIqn === undefined)
            throw new LvmctlError(
              "NOT_FOUND",
              `node "${target.node}" is not an lvmctl node with an iSCSI initiator (its node_id carries no IQN)`,
            );
          const [iqn] = normalizeInitiators("node_id", [target.initiatorIqn]);
          exporter.checkExportable(lv);
          // The publish is recorded first, so a crash between the steps leaves a tag that Unpublish clears.
          if (!lv.tags.includes(publishedTag(req.nodeId)))
            await inv.changeTags(ref.vg, ref.lv, [publishedTag(req.nodeId)], []);
          const current = readExportTags(lv.tags);
          const chap = lv.tags.includes(CHAP_TAG);
          const settings = { initiators: [iqn], chapNonce: chap ? (current?.chapNonce ?? newChapNonce()) : undefined };
          // The host key is made on first use (here), before the export engine derives the target's credentials.
          if (settings.chapNonce) await exporter.chapCredentials(lv, settings.chapNonce, true);
          const exported = await exporter.setExport(await inv.requireLv(ref.vg, ref.lv), settings);
          const context: Record<string, string> = {
            [PUBLISH_CONTEXT.targetIqn]: exporter.targetIqn(exported),
            [PUBLISH_CONTEXT.portals]: exporter.portals.join(","),
            [PUBLISH_CONTEXT.lun]: "0",
          };
          if (settings.chapNonce) {
            const credentials = await exporter.chapCredentials(exported, settings.chapNonce, true);
            context[PUBLISH_CONTEXT.chapUser] = credentials.user;
            context[PUBLISH_CONTEXT.chapNonce] = settings.chapNonce;
            context[PUBLISH_CONTEXT.volumeUuid] = exported.uuid;
          }
          return { publishContext: context };
        }),
      );
    },

    controllerUnpublishVolume: async (req) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      if (!ref) return {};
      return ctx.locks.run([req.volumeId], () =>
        inv.mutate(ref.vg, async () => {
          const lv = await findOwned(ref);
          if (!lv) return {};
          const published = publishedNodes(lv.tags).filter((n) => req.nodeId === "" || n === req.nodeId);
          if (ref.kind === "iscsi" && readExportTags(lv.tags) && (req.nodeId === "" || published.length > 0)) {
            requireExportable();
            await exporter.setExport(lv, undefined);
          }
          if (published.length > 0) await inv.changeTags(ref.vg, ref.lv, [], published.map(publishedTag));
          return {};
        }),
      );
    },

    validateVolumeCapabilities: async (req, call) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      if (req.volumeCapabilities.length === 0) throw invalidArgument("volume_capabilities", "at least one is required");
      const lv = ref ? await findOwned(ref, call.signal) : undefined;
      if (!ref || !lv) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
      const why = req.volumeCapabilities.map(unsupportedReason).find((r) => r !== undefined);
      let params: VolumeParameters | undefined;
      try {
        params = parseParameters(req.parameters);
      } catch (err) {
        return { confirmed: undefined, message: (err as Error).message };
      }
      if (why !== undefined) return { confirmed: undefined, message: why };
      if (req.parameters.access !== undefined && params.access !== accessOf(lv))
        return { confirmed: undefined, message: `the volume's access is ${accessOf(lv)}, not ${params.access}` };
      return {
        confirmed: {
          volumeContext: req.volumeContext,
          volumeCapabilities: req.volumeCapabilities,
          parameters: req.parameters,
          mutableParameters: {},
        },
        message: "",
      };
    },

    listVolumes: async (req, call) => {
      const page = openPage(["ListVolumes"], req.startingToken, req.maxEntries);
      const lvs = (await inv.lvs(inv.volumeGroups, call.signal)).filter(isCsiVolume);
      const { page: items, nextPageToken } = page.cut(lvs, (lv) => ({ vg: lv.vgName, name: lv.name }));
      const entries: ListVolumesResponse_Entry[] = items.map((lv) => ({
        volume: toVolume(lv),
        status: { publishedNodeIds: publishedNodes(lv.tags), volumeCondition: condition(lv, inv.metadataOnly) },
      }));
      return { entries, nextToken: nextPageToken };
    },

    getCapacity: async (req, call) => {
      const params = parseParameters(req.parameters);
      const vg = resolveParamVg(inv, params);
      const zero = { availableCapacity: 0n, maximumVolumeSize: undefined, minimumVolumeSize: undefined };
      if (req.volumeCapabilities.some((c) => unsupportedReason(c) !== undefined)) return zero;
      const segments = req.accessibleTopology?.segments;
      if (
        params.access === "local" &&
        segments &&
        segments[ctx.cfg.topologyKey] !== undefined &&
        segments[ctx.cfg.topologyKey] !== node
      )
        return zero;
      const info = await inv.vg(vg, call.signal);
      if (params.thinPool !== "") {
        const pool = await inv.findLv(vg, params.thinPool, call.signal);
        if (!pool || !isThinPool(pool))
          throw invalidArgument("parameters.thinPool", `"${vg}/${params.thinPool}" is not a thin pool`);
        const used = BigInt(Math.ceil(((pool.dataPercent ?? 0) / 100) * Number(pool.sizeBytes)));
        const free = pool.sizeBytes > used ? pool.sizeBytes - used : 0n;
        return { availableCapacity: free, maximumVolumeSize: undefined, minimumVolumeSize: info.extentSizeBytes };
      }
      return {
        availableCapacity: info.freeBytes,
        maximumVolumeSize: info.freeBytes,
        minimumVolumeSize: info.extentSizeBytes,
      };
    },

    controllerGetCapabilities: () => Promise.resolve({ capabilities: capabilities.map((type) => ({ rpc: { type } })) }),

    createSnapshot: async (req) => {
      const name = requireCsiName("name", req.name);
      const ref = resolveRef("source_volume_id", req.sourceVolumeId, ["local", "iscsi"]);
      if (!ref) throw new LvmctlError("NOT_FOUND", `source_volume_id: volume "${req.sourceVolumeId}" not found`);
      const lvName = snapshotLvName(name);
      validateNewLvPath("name", ref.vg, lvName);
      return ctx.locks.run([`snapshot:${name}`], () =>
        inv.mutate(ref.vg, async () => {
          const read = await inv.readVg(ref.vg);
          const source = read.lvs.find((lv) => lv.name === ref.lv && !isUnfinished(lv));
          const sourceTag = `${SOURCE_TAG}${ref.kind}/${ref.lv}`;
          const isThis = (lv: LogicalVolume) => csiNameOf(lv.tags) === name && lv.tags.includes(sourceTag);
          const settled = await inv.settleUnfinished(ref.vg, lvName, read, isThis);
          if ("finished" in settled) return { snapshot: toSnapshot(settled.finished) };
          const existing = settled.lvs.find((lv) => lv.name === lvName);
          if (existing) {
            if (isManaged(existing) && isThis(existing)) return { snapshot: toSnapshot(existing) };
            throw new LvmctlError(
              "ALREADY_EXISTS",
              `snapshot "${name}" exists and is not a snapshot of "${req.sourceVolumeId}"`,
            );
          }
          if (!source || !isManaged(source) || csiNameOf(source.tags) === undefined)
            throw new LvmctlError("NOT_FOUND", `source_volume_id: volume "${req.sourceVolumeId}" not found`);
          if (inv.metadataOnly)
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              "snapshots need device-mapper; this lvmctld runs with --metadata-only",
            );
          const tags = [nameTag(name), sourceTag];
          // A thick snapshot as large as its origin can never overflow (and so never becomes invalid).
          const size = isThin(source) ? undefined : source.sizeBytes;
          if (size !== undefined && size > settled.info.freeBytes) throw noSpace(ref.vg, settled.info.freeBytes, size);
          const lv = await inv.create(ref.vg, lvName, { kind: "snapshot", source: source.name, sizeBytes: size }, tags);
          return { snapshot: toSnapshot(lv) };
        }),
      );
    },

    deleteSnapshot: async (req) => {
      const ref = resolveRef("snapshot_id", req.snapshotId, ["snap"]);
      if (!ref) return {};
      return ctx.locks.run([req.snapshotId], () =>
        inv.mutate(ref.vg, async () => {
          const lv = (await inv.lvs([ref.vg])).find((l) => l.name === ref.lv);
          if (!lv) return {};
          if (!isManaged(lv) || (csiNameOf(lv.tags) === undefined && !isUnfinished(lv)))
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `"${ref.vg}/${ref.lv}" is not a snapshot of this CSI driver; it is left untouched`,
            );
          await inv.remove(ref.vg, ref.lv);
          return {};
        }),
      );
    },

    listSnapshots: async (req, call) => {
      const page = openPage(["ListSnapshots", req.snapshotId, req.sourceVolumeId], req.startingToken, req.maxEntries);
      const wantSnap = req.snapshotId === "" ? undefined : parseId(req.snapshotId);
      const wantSource = req.sourceVolumeId === "" ? undefined : parseId(req.sourceVolumeId);
      if (
        (req.snapshotId !== "" && wantSnap?.kind !== "snap") ||
        (req.sourceVolumeId !== "" && (!wantSource || wantSource.kind === "snap"))
      )
        return { entries: [], nextToken: "" };
      const lvs = (await inv.lvs(inv.volumeGroups, call.signal)).filter(
        (lv) =>
          isCsiSnapshot(lv) &&
          (!wantSnap || (wantSnap.node === node && wantSnap.vg === lv.vgName && wantSnap.lv === lv.name)) &&
          (!wantSource ||
            (wantSource.node === node &&
              wantSource.vg === lv.vgName &&
              tagValue(lv.tags, SOURCE_TAG)?.split("/", 2)[1] === wantSource.lv)),
      );
      const { page: items, nextPageToken } = page.cut(lvs, (lv) => ({ vg: lv.vgName, name: lv.name }));
      const entries: ListSnapshotsResponse_Entry[] = items.map((lv) => ({ snapshot: toSnapshot(lv) }));
      return { entries, nextToken: nextPageToken };
    },

    controllerExpandVolume: async (req) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      if (!req.capacityRange) throw invalidArgument("capacity_range", "is required");
      const range = checkRange("capacity_range", req.capacityRange);
      if (range.required === 0n && range.limit === 0n)
        throw invalidArgument("capacity_range", "required_bytes or limit_bytes must be set");
      const block = req.volumeCapability?.block !== undefined;
      if (!ref) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
      return ctx.locks.run([req.volumeId], () =>
        inv.mutate(ref.vg, async () => {
          const info = await inv.vg(ref.vg);
          const lv = await findOwned(ref);
          if (!lv) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
          // Filesystems grow on the node; an iSCSI block device needs the node's rescan too.
          const nodeExpansionRequired = !block || ref.kind === "iscsi";
          if (lv.sizeBytes >= range.required) {
            if (range.limit > 0n && lv.sizeBytes > range.limit)
              throw new LvmctlError(
                "OUT_OF_RANGE",
                `the volume has ${lv.sizeBytes} bytes, more than limit_bytes ${range.limit}; volumes only grow`,
              );
            return { capacityBytes: lv.sizeBytes, nodeExpansionRequired };
          }
          const size = sizeFor(range, info.extentSizeBytes, lv.sizeBytes);
          if (!isThin(lv) && size - lv.sizeBytes > info.freeBytes)
            throw noSpace(ref.vg, info.freeBytes, size - lv.sizeBytes);
          await inv.extend(ref.vg, ref.lv, size);
          const grown = await inv.requireLv(ref.vg, ref.lv);
          return { capacityBytes: grown.sizeBytes, nodeExpansionRequired };
        }),
      );
    },

    controllerGetVolume: async (req, call) => {
      const ref = resolveRef("volume_id", req.volumeId, ["local", "iscsi"]);
      const lv = ref ? await findOwned(ref, call.signal) : undefined;
      if (!lv) throw new LvmctlError("NOT_FOUND", `volume "${req.volumeId}" not found`);
      return {
        volume: toVolume(lv),
        status: { publishedNodeIds: publishedNodes(lv.tags), volumeCondition: condition(lv, inv.metadataOnly) },
      };
    },

    getSnapshot: async (req, call) => {
      const ref = resolveRef("snapshot_id", req.snapshotId, ["snap"]);
      const lv = ref ? await findOwned(ref, call.signal) : undefined;
      if (!lv) throw new LvmctlError("NOT_FOUND", `snapshot "${req.snapshotId}" not found`);
      return { snapshot: toSnapshot(lv) };
    },

    controllerModifyVolume: () =>
      Promise.reject(new LvmctlError("UNIMPLEMENTED", "lvmctl volumes have no mutable parameters")),
  });

  /** The LV a content source names (same storage host; the new volume goes into the source's VG). */
  async function resolveContentSource(
    source: VolumeContentSource | undefined,
    vg: string,
  ): Promise<(CsiObjectRef & { id: string }) | undefined> {
    if (!source) return undefined;
    const id = source.snapshot?.snapshotId ?? source.volume?.volumeId;
    if (id === undefined) throw invalidArgument("volume_content_source", "snapshot or volume is required");
    const field = source.snapshot
      ? "volume_content_source.snapshot.snapshot_id"
      : "volume_content_source.volume.volume_id";
    const ref = resolveRef(field, id, source.snapshot ? ["snap"] : ["local", "iscsi"]);
    if (!ref) throw new LvmctlError("NOT_FOUND", `${field}: "${id}" not found`);
    if (ref.vg !== vg)
      throw invalidArgument(
        "parameters.volumeGroup",
        `the source lives in volume group "${ref.vg}"; a copy goes into the same volume group`,
      );
    return Promise.resolve({ ...ref, id });
  }
}

function accessOfName(kind: string): AccessKind {
  return kind === "iscsi" ? "iscsi" : "local";
}

const isCsiVolume = (lv: LogicalVolume) =>
  isManaged(lv) && !isUnfinished(lv) && csiNameOf(lv.tags) !== undefined && lv.name.startsWith("csi-");
const isCsiSnapshot = (lv: LogicalVolume) =>
  isManaged(lv) && !isUnfinished(lv) && csiNameOf(lv.tags) !== undefined && lv.name.startsWith("csisnap-");

/** The VG a StorageClass names (default: the first configured); one this daemon does not serve is a bad parameter. */
function resolveParamVg(inv: Inventory, params: VolumeParameters): string {
  try {
    return inv.resolveVg(params.volumeGroup, "parameters.volumeGroup");
  } catch (err) {
    if (err instanceof LvmctlError && err.code === "PERMISSION_DENIED")
      throw new LvmctlError("INVALID_ARGUMENT", err.message);
    throw err;
  }
}

/** A local volume can only be where this storage host is: a requisite topology that excludes it cannot be met. */
function requireTopology(
  requisite: ReadonlyArray<{ segments: Record<string, string> }>,
  key: string,
  node: string,
): void {
  if (requisite.length === 0) return;
  if (requisite.some((t) => t.segments[key] === node)) return;
  throw new LvmctlError(
    "RESOURCE_EXHAUSTED",
    `accessibility_requirements: a local volume can only be on storage host "${node}" (${key}=${node}), which no requisite topology allows`,
  );
}

function openPage(query: PageQuery, token: string, maxEntries: number): PageRequest {
  if (maxEntries < 0) throw invalidArgument("max_entries", "must not be negative");
  let after;
  try {
    after = pageTokens.unseal(query, token);
  } catch (err) {
    // The spec's code for a starting token the plugin does not know.
    throw new LvmctlError("ABORTED", `starting_token: ${(err as Error).message}`);
  }
  return new PageRequest(pageTokens, query, after, maxEntries === 0 ? Number.POSITIVE_INFINITY : maxEntries);
}

function condition(lv: LogicalVolume, metadataOnly: boolean): { abnormal: boolean; message: string } {
  if (!metadataOnly && lv.path === "")
    return { abnormal: true, message: "the LV is not active: it has no device node" };
  return { abnormal: false, message: "" };
}

function noSpace(vg: string, free: bigint, wanted: bigint): LvmctlError {
  return new LvmctlError("RESOURCE_EXHAUSTED", `volume group "${vg}" has ${free} bytes free; ${wanted} requested`);
}

function timestamp(createTime: string): Date | undefined {
  const ms = Date.parse(createTime);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
