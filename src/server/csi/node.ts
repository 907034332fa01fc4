// CSI Node: makes a volume usable on this host as kubelet asks, step by step.
// Stage attaches the device (local: activate the LV; iscsi: log in) and, for
// filesystem volumes, makes a filesystem only on an empty device and mounts it
// on the staging path; publish bind-mounts it into the pod's path; unpublish
// and unstage undo that, idempotently. The Node service only unmounts paths
// the CO gave, and only when what is mounted there is the volume's device.
import { lstat, mkdir, open, readFile, rm, rmdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import {
  NodeService,
  NodeServiceCapability_RPC_Type,
  VolumeCapability_AccessMode_Mode as Mode,
  VolumeUsage_Unit,
  type NodeServer,
  type VolumeCapability,
  type VolumeCondition,
  type VolumeUsage,
} from "../../gen/csi/v1/csi.js";
import { LvmctlError } from "../errors.js";
import { unaryService } from "../grpc/unary.js";
import { chapUser, deriveChap } from "../lio/chap.js";
import { canonicalIqn } from "../lio/names.js";
import { lvAttr } from "../lvm/attr.js";
import { isManaged } from "../lvm/model.js";
import type { CsiContext } from "./context.js";
import { ACCESS_TAG, csiNameOf, formatNodeId, tagValue } from "./ids.js";
import { blockDeviceNumber, deviceSize, iscsiSessionOf, kernelName, poll, waitForDevice } from "./node/devices.js";
import { Filesystems, fsStats, requireFsType } from "./node/fs.js";
import { Iscsi, targetFromContext, targetNamesVolume, type ChapLogin } from "./node/iscsi.js";
import { isReadOnly, mountAt, Mounter, readMounts, type MountEntry } from "./node/mounts.js";
import {
  commandFailed,
  currentDevice,
  goneSourceFits,
  lvDevicePath,
  ownership,
  requireVolumeRef,
  volumeSessions,
  type VolumeRef,
} from "./node/volumes.js";

const CAPABILITIES = [
  NodeServiceCapability_RPC_Type.STAGE_UNSTAGE_VOLUME,
  NodeServiceCapability_RPC_Type.EXPAND_VOLUME,
  NodeServiceCapability_RPC_Type.GET_VOLUME_STATS,
  NodeServiceCapability_RPC_Type.VOLUME_CONDITION,
  NodeServiceCapability_RPC_Type.SINGLE_NODE_MULTI_WRITER,
];

const SINGLE_NODE = new Set([
  Mode.SINGLE_NODE_WRITER,
  Mode.SINGLE_NODE_READER_ONLY,
  Mode.SINGLE_NODE_SINGLE_WRITER,
  Mode.SINGLE_NODE_MULTI_WRITER,
]);
const READ_ONLY_MODES = new Set([Mode.SINGLE_NODE_READER_ONLY, Mode.MULTI_NODE_READER_ONLY]);

/** How long NodeExpandVolume waits for a rescanned iSCSI disk to show the size asked for. */
const GROW_WAIT_MS = 30_000;
/** Stacked mounts an unmount peels off one path at most (a repeated publish can stack binds). */
const MAX_STACKED = 8;

interface Access {
  block: boolean;
  fsType: string;
  mountFlags: string[];
  readOnly: boolean;
}

const required = (field: string, value: string) => {
  if (value === "") throw new LvmctlError("INVALID_ARGUMENT", `${field}: must not be empty`);
  return value;
};

/** The capability as the node uses it; single-node access modes only (a volume is on one node at a time). */
function requireCapability(cap: VolumeCapability | undefined): Access {
  if (!cap) throw new LvmctlError("INVALID_ARGUMENT", "volume_capability: must be set");
  if (!cap.block && !cap.mount)
    throw new LvmctlError("INVALID_ARGUMENT", "volume_capability: access_type must be block or mount");
  const mode = cap.accessMode?.mode ?? Mode.UNKNOWN;
  if (mode === Mode.UNKNOWN || mode === Mode.UNRECOGNIZED || !(mode in Mode))
    throw new LvmctlError("INVALID_ARGUMENT", "volume_capability.access_mode: must be set to a known mode");
  if (!SINGLE_NODE.has(mode))
    throw new LvmctlError(
      "FAILED_PRECONDITION",
      `volume_capability.access_mode ${Mode[mode]}: lvmctl volumes are attached to one node at a time`,
    );
  if (cap.block) return { block: true, fsType: "", mountFlags: [], readOnly: READ_ONLY_MODES.has(mode) };
  const mount = cap.mount!;
  requireFsType("volume_capability.mount.fs_type", mount.fsType);
  return { block: false, fsType: mount.fsType, mountFlags: mount.mountFlags, readOnly: READ_ONLY_MODES.has(mode) };
}

/** lstat that answers undefined for a missing path. */
async function lstatOrNone(path: string) {
  try {
    return await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** The block device bind-mounted on a file (a published block volume), undefined for anything else. */
async function boundDevice(path: string): Promise<string | undefined> {
  try {
    const st = await stat(path);
    return st.isBlockDevice() ? ((await blockDeviceNumber(path)) ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** The initiator IQN of this host (InitiatorName= in the initiator name file), undefined when it has none. */
async function initiatorIqn(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  for (const line of text.split("\n")) {
    const m = /^\s*InitiatorName\s*=\s*(\S+)\s*$/.exec(line);
    if (m) return canonicalIqn(m[1]);
  }
  return undefined;
}

export function nodeService(ctx: CsiContext): NodeServer {
  const mounter = new Mounter(ctx.runner);
  const filesystems = new Filesystems(ctx.runner);
  const iscsi = new Iscsi(ctx.runner);
  const log = ctx.log.child({ service: "node" });

  /** The LV of a local volume on this host, checked to be the CSI volume the id names; NOT_FOUND otherwise. */
  async function localLv(ref: VolumeRef) {
    if (ref.node !== ctx.cfg.nodeId)
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `volume is local to node ${ref.node}; it cannot be used on node ${ctx.cfg.nodeId}`,
      );
    const inv = ctx.inventory;
    if (!inv)
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        "this node serves no volume groups (--csi-node-only); local volumes live elsewhere",
      );
    if (!inv.volumeGroups.includes(ref.vg))
      throw new LvmctlError("NOT_FOUND", `volume group ${ref.vg} is not served on this node`);
    const lv = await inv.findLv(ref.vg, ref.lv);
    if (!lv || !isManaged(lv) || csiNameOf(lv.tags) === undefined || tagValue(lv.tags, ACCESS_TAG) !== "local")
      throw new LvmctlError("NOT_FOUND", `volume ${ref.vg}/${ref.lv} does not exist`);
    return { inv, lv };
  }

  /** Attaches the volume's device on this host and answers its path. */
  async function attach(ref: VolumeRef, publishContext: Record<string, string>, secrets: Record<string, string>) {
    if (ref.kind === "local") {
      const { inv, lv } = await localLv(ref);
      if (lvAttr(lv.attr).state !== "active") await inv.mutate(ref.vg, () => inv.activate(ref.vg, ref.lv));
      const path = lvDevicePath(ref);
      await waitForDevice(path);
      return path;
    }
    const target = targetFromContext(publishContext, ref.vg, ref.lv);
    return iscsi.attach(target, chapLogin(publishContext, secrets));
  }

  /** CHAP credentials for a login, derived from the node-stage secret chapKey like the storage host derives them. */
  function chapLogin(pc: Record<string, string>, secrets: Record<string, string>): ChapLogin | undefined {
    const user = pc.chapUser ?? "";
    if (user === "") return undefined;
    const nonce = pc.chapNonce ?? "";
    const uuid = pc.volumeUuid ?? "";
    if (!/^[0-9a-f]{16}$/.test(nonce) || user !== chapUser(nonce) || uuid === "")
      throw new LvmctlError("INVALID_ARGUMENT", "publish_context: chapUser, chapNonce and volumeUuid do not agree");
    const encoded = secrets.chapKey ?? "";
    if (encoded === "")
      throw new LvmctlError(
        "INVALID_ARGUMENT",
        "secrets: the volume uses CHAP; the node-stage secret chapKey is missing",
      );
    const key = Buffer.from(encoded, "base64");
    if (key.length !== 32 || key.toString("base64") !== encoded.replace(/\s/g, ""))
      throw new LvmctlError("INVALID_ARGUMENT", "secrets: chapKey must be the base64 of the 32-byte CHAP host key");
    const creds = deriveChap(key, uuid, nonce);
    return { user: creds.user, secret: creds.secret };
  }

  /** Unmounts `path` while what is mounted there is this volume's; refuses (and leaves it) otherwise. */
  async function unmountVolume(path: string, ref: VolumeRef): Promise<void> {
    for (let i = 0; i < MAX_STACKED; i++) {
      const m = mountAt(await readMounts(), path);
      if (!m) return;
      const majMin = (await boundDevice(path)) ?? m.majorMinor;
      const owner = await ownership(majMin, ref);
      if (owner === "other" || (owner === "gone" && !goneSourceFits(m, ref)))
        throw new LvmctlError(
          "FAILED_PRECONDITION",
          `${path} has ${m.source} (${m.fsType}) mounted, which is not volume ${ref.vg}/${ref.lv}; it is left untouched`,
        );
      if (owner === "gone") log.warn({ path, device: majMin }, "unmounting a volume whose device is gone");
      await mounter.umount(path).catch((err: unknown) => {
        throw commandFailed(`umount ${path}`, err);
      });
    }
    throw new LvmctlError("INTERNAL", `${path} still has mounts after ${MAX_STACKED} unmounts`);
  }

  /** Mounts of the device anywhere on this host (a filesystem on it, or the device bound onto a file). */
  async function usersOf(majMin: string, mounts: readonly MountEntry[]): Promise<string[]> {
    const name = await kernelName(majMin);
    return mounts
      .filter(
        (m) => m.majorMinor === majMin || (name !== undefined && m.root === `/${name}` && m.fsType === "devtmpfs"),
      )
      .map((m) => m.mountPoint);
  }

  /** The volume's device at a path the CO gave: a bound block device, or the filesystem mounted there. */
  async function deviceAt(path: string): Promise<{ majMin: string; mount?: MountEntry } | undefined> {
    const bound = await boundDevice(path);
    if (bound !== undefined) return { majMin: bound };
    const m = mountAt(await readMounts(), path);
    return m ? { majMin: m.majorMinor, mount: m } : undefined;
  }

  return unaryService(ctx.deps, NodeService, {
    nodeGetInfo: async () => {
      const iqn = await initiatorIqn(ctx.cfg.initiatorNameFile);
      return {
        nodeId: formatNodeId(ctx.cfg.nodeId, iqn),
        maxVolumesPerNode: BigInt(ctx.cfg.maxVolumes),
        accessibleTopology: { segments: { [ctx.cfg.topologyKey]: ctx.cfg.nodeId } },
      };
    },

    nodeGetCapabilities: () => Promise.resolve({ capabilities: CAPABILITIES.map((type) => ({ rpc: { type } })) }),

    nodeStageVolume: async (req) => {
      required("volume_id", req.volumeId);
      const staging = required("staging_target_path", req.stagingTargetPath);
      const access = requireCapability(req.volumeCapability);
      const ref = requireVolumeRef(req.volumeId);
      return ctx.locks.run([req.volumeId], async () => {
        const device = await attach(ref, req.publishContext, req.secrets);
        const majMin = await waitForDevice(device);
        if (access.block) return {};
        const mounted = mountAt(await readMounts(), staging);
        if (mounted) {
          if (mounted.majorMinor === majMin) return {};
          throw new LvmctlError(
            "ALREADY_EXISTS",
            `${staging} already has ${mounted.source} mounted, not volume ${ref.vg}/${ref.lv}`,
          );
        }
        await mkdir(staging, { recursive: true });
        const fsType = await filesystems
          .ensure(device, requireFsType("volume_capability.mount.fs_type", access.fsType), access.fsType !== "")
          .catch((err: unknown) => {
            throw err instanceof LvmctlError ? err : commandFailed(`making a filesystem on ${device}`, err);
          });
        const options = access.readOnly ? ["ro", ...access.mountFlags] : access.mountFlags;
        await mounter.mount(device, staging, fsType, options).catch((err: unknown) => {
          throw commandFailed(`mounting ${device} on ${staging}`, err);
        });
        log.info({ volumeId: req.volumeId, device, staging, fsType }, "volume staged");
        return {};
      });
    },

    nodeUnstageVolume: async (req) => {
      required("volume_id", req.volumeId);
      const staging = required("staging_target_path", req.stagingTargetPath);
      const ref = requireVolumeRef(req.volumeId);
      return ctx.locks.run([req.volumeId], async () => {
        await unmountVolume(staging, ref);
        const device = await currentDevice(iscsi, ref);
        if (device) {
          const users = await usersOf(device.majMin, await readMounts());
          if (users.length > 0)
            throw new LvmctlError(
              "FAILED_PRECONDITION",
              `volume ${ref.vg}/${ref.lv} is still in use at ${users.join(", ")}; unpublish it first`,
            );
        }
        // iSCSI: every session and node record of the volume's target (the storage host may be this host too).
        const targets = new Set((await volumeSessions(iscsi, ref)).map((s) => s.targetName));
        for (const t of await iscsi.recordedTargets()) if (targetNamesVolume(t, ref.vg, ref.lv)) targets.add(t);
        for (const t of targets) {
          await iscsi.detach(t).catch((err: unknown) => {
            throw commandFailed(`logging out of ${t}`, err);
          });
        }
        if (ref.kind === "local" && ref.node === ctx.cfg.nodeId && ctx.inventory) {
          const inv = ctx.inventory;
          const lv = inv.volumeGroups.includes(ref.vg) ? await inv.findLv(ref.vg, ref.lv) : undefined;
          if (lv && isManaged(lv) && lvAttr(lv.attr).state === "active")
            await inv.mutate(ref.vg, () => inv.deactivate(ref.vg, ref.lv));
        }
        log.info({ volumeId: req.volumeId, staging, loggedOut: [...targets] }, "volume unstaged");
        return {};
      });
    },

    nodePublishVolume: async (req) => {
      required("volume_id", req.volumeId);
      const target = required("target_path", req.targetPath);
      const access = requireCapability(req.volumeCapability);
      if (req.stagingTargetPath === "")
        throw new LvmctlError("FAILED_PRECONDITION", "staging_target_path: must be set (the plugin stages volumes)");
      const staging = req.stagingTargetPath;
      const ref = requireVolumeRef(req.volumeId);
      const readOnly = req.readonly || access.readOnly;
      return ctx.locks.run([req.volumeId], async () => {
        if (access.block) {
          const device = await currentDevice(iscsi, ref);
          if (!device || (await ownership(device.majMin, ref)) !== "volume")
            throw new LvmctlError("FAILED_PRECONDITION", `volume ${ref.vg}/${ref.lv} is not staged on this node`);
          const bound = await boundDevice(target);
          const existing = mountAt(await readMounts(), target);
          if (existing) {
            if (bound === device.majMin && isReadOnly(existing) === readOnly) return {};
            throw new LvmctlError("ALREADY_EXISTS", `${target} is already published with another device or mode`);
          }
          const st = await lstatOrNone(target);
          if (st?.isDirectory())
            throw new LvmctlError(
              "INVALID_ARGUMENT",
              `target_path ${target} is a directory; a block volume needs a file`,
            );
          await mkdir(dirname(target), { recursive: true });
          if (!st) await (await open(target, "a")).close();
          await mounter.bind(device.path, target, readOnly).catch((err: unknown) => {
            throw commandFailed(`binding ${device.path} onto ${target}`, err);
          });
          log.info({ volumeId: req.volumeId, device: device.path, target, readOnly }, "block volume published");
          return {};
        }
        const mounts = await readMounts();
        const staged = mountAt(mounts, staging);
        if (!staged || (await ownership(staged.majorMinor, ref)) !== "volume")
          throw new LvmctlError(
            "FAILED_PRECONDITION",
            `volume ${ref.vg}/${ref.lv} is not staged at ${staging} (call NodeStageVolume first)`,
          );
        const existing = mountAt(mounts, target);
        if (existing) {
          if (
            existing.majorMinor === staged.majorMinor &&
            existing.root === staged.root &&
            isReadOnly(existing) === readOnly
          )
            return {};
          throw new LvmctlError("ALREADY_EXISTS", `${target} is already published with another volume or mode`);
        }
        await mkdir(target, { recursive: true });
        await mounter.bind(staging, target, readOnly, access.mountFlags).catch((err: unknown) => {
          throw commandFailed(`bind-mounting ${staging} on ${target}`, err);
        });
        log.info({ volumeId: req.volumeId, staging, target, readOnly }, "volume published");
        return {};
      });
    },

    nodeUnpublishVolume: async (req) => {
      required("volume_id", req.volumeId);
      const target = required("target_path", req.targetPath);
      const ref = requireVolumeRef(req.volumeId);
      return ctx.locks.run([req.volumeId], async () => {
        await unmountVolume(target, ref);
        const st = await lstatOrNone(target);
        if (st?.isDirectory()) await rmdir(target);
        else if (st) await rm(target, { force: true });
        log.info({ volumeId: req.volumeId, target }, "volume unpublished");
        return {};
      });
    },

    nodeGetVolumeStats: async (req) => {
      required("volume_id", req.volumeId);
      const path = required("volume_path", req.volumePath);
      const ref = requireVolumeRef(req.volumeId);
      if (!(await lstatOrNone(path))) throw new LvmctlError("NOT_FOUND", `volume_path ${path} does not exist`);
      const at = await deviceAt(path);
      if (!at) throw new LvmctlError("NOT_FOUND", `nothing is mounted at ${path}`);
      const owner = await ownership(at.majMin, ref);
      if (owner === "other") throw new LvmctlError("NOT_FOUND", `${path} is not volume ${ref.vg}/${ref.lv}`);
      const condition = await volumeCondition(owner, at.majMin);
      const usage: VolumeUsage[] = [];
      if (owner === "volume" && at.mount) {
        const s = await fsStats(path);
        usage.push(
          { unit: VolumeUsage_Unit.BYTES, total: s.totalBytes, available: s.availableBytes, used: s.usedBytes },
          { unit: VolumeUsage_Unit.INODES, total: s.totalInodes, available: s.availableInodes, used: s.usedInodes },
        );
      } else if (owner === "volume") {
        const total = (await deviceSize(at.majMin)) ?? 0n;
        usage.push({ unit: VolumeUsage_Unit.BYTES, total, available: 0n, used: 0n });
      }
      return { usage, volumeCondition: condition };
    },

    nodeExpandVolume: async (req) => {
      required("volume_id", req.volumeId);
      const path = required("volume_path", req.volumePath);
      const ref = requireVolumeRef(req.volumeId);
      if (req.volumeCapability) requireCapability(req.volumeCapability);
      const wanted = req.capacityRange?.requiredBytes ?? 0n;
      const limit = req.capacityRange?.limitBytes ?? 0n;
      if (wanted < 0n || limit < 0n || (limit > 0n && wanted > limit))
        throw new LvmctlError("INVALID_ARGUMENT", "capacity_range: required_bytes and limit_bytes are inconsistent");
      return ctx.locks.run([req.volumeId], async () => {
        if (!(await lstatOrNone(path))) throw new LvmctlError("NOT_FOUND", `volume_path ${path} does not exist`);
        const at = await deviceAt(path);
        if (!at) throw new LvmctlError("NOT_FOUND", `no volume is mounted at ${path}`);
        const owner = await ownership(at.majMin, ref);
        if (owner === "other") throw new LvmctlError("NOT_FOUND", `${path} is not volume ${ref.vg}/${ref.lv}`);
        if (owner === "gone")
          throw new LvmctlError("FAILED_PRECONDITION", `the device of volume ${ref.vg}/${ref.lv} is gone`);
        const name = (await kernelName(at.majMin))!;
        const sessions = name.startsWith("dm-") ? [] : await volumeSessions(iscsi, ref);
        for (const s of sessions) {
          await iscsi.rescan(s.sid).catch((err: unknown) => {
            throw commandFailed(`rescanning iSCSI session ${s.sid}`, err);
          });
        }
        const size = await poll(
          async () => {
            const now = await deviceSize(at.majMin);
            return now !== undefined && now >= wanted ? now : undefined;
          },
          sessions.length > 0 ? GROW_WAIT_MS : 0,
          () =>
            new LvmctlError(
              "FAILED_PRECONDITION",
              `volume ${ref.vg}/${ref.lv} is smaller than the ${wanted} bytes asked for (expand it with ControllerExpandVolume first)`,
            ),
        );
        if (at.mount) {
          const device = name.startsWith("dm-") ? lvDevicePath(ref) : `/dev/${name}`;
          await filesystems.grow(at.mount.fsType, device, at.mount.mountPoint).catch((err: unknown) => {
            throw err instanceof LvmctlError ? err : commandFailed(`growing the filesystem at ${path}`, err);
          });
        }
        log.info({ volumeId: req.volumeId, path, capacityBytes: size.toString() }, "volume expanded on the node");
        return { capacityBytes: size };
      });
    },
  });
}

/** Abnormal when the device is gone, or its iSCSI session is not logged in. */
async function volumeCondition(owner: "volume" | "gone", majMin: string): Promise<VolumeCondition> {
  if (owner === "gone") return { abnormal: true, message: `the volume's device ${majMin} is gone` };
  const sid = await iscsiSessionOf(majMin);
  if (sid !== undefined) {
    const state = await readFile(`/sys/class/iscsi_session/session${sid}/state`, "utf8").then(
      (s) => s.trim(),
      () => "UNKNOWN",
    );
    if (state !== "LOGGED_IN") return { abnormal: true, message: `iSCSI session ${sid} is ${state}` };
  }
  return { abnormal: false, message: "" };
}
