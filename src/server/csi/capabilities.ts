// Volume capabilities (access type and mode) and StorageClass parameters, as
// the CSI controller and node check them. lvmctl volumes live on one host at a
// time, so only single-node access modes are offered.
import { VolumeCapability_AccessMode_Mode as Mode, type VolumeCapability } from "../../gen/csi/v1/csi.js";
import { invalidArgument } from "../errors.js";
import { ACCESS_KINDS, type AccessKind } from "./ids.js";

export const FILESYSTEMS = ["ext4", "xfs"] as const;
export type Filesystem = (typeof FILESYSTEMS)[number];
export const DEFAULT_FILESYSTEM: Filesystem = "ext4";

export const SUPPORTED_MODES: readonly Mode[] = [
  Mode.SINGLE_NODE_WRITER,
  Mode.SINGLE_NODE_READER_ONLY,
  Mode.SINGLE_NODE_SINGLE_WRITER,
  Mode.SINGLE_NODE_MULTI_WRITER,
];

export interface CheckedCapability {
  block: boolean;
  /** Mount volumes: the filesystem ("" when the capability leaves it to the StorageClass). */
  fsType: string;
  mountFlags: string[];
  mode: Mode;
  readOnly: boolean;
}

/** Why a capability cannot be served, or undefined when it can (also used by ValidateVolumeCapabilities). */
export function unsupportedReason(cap: VolumeCapability): string | undefined {
  if (cap.block === undefined && cap.mount === undefined) return "access_type must be block or mount";
  const mode = cap.accessMode?.mode;
  if (mode === undefined || mode === Mode.UNKNOWN) return "access_mode is required";
  if (!SUPPORTED_MODES.includes(mode))
    return `access mode ${Mode[mode] ?? mode} is not supported: lvmctl volumes attach to one node at a time`;
  const fs = cap.mount?.fsType ?? "";
  if (fs !== "" && !(FILESYSTEMS as readonly string[]).includes(fs))
    return `fs_type "${fs}" is not supported (${FILESYSTEMS.join(", ")})`;
  return undefined;
}

export function checkCapability(field: string, cap: VolumeCapability | undefined): CheckedCapability {
  if (cap === undefined) throw invalidArgument(field, "is required");
  const why = unsupportedReason(cap);
  if (why !== undefined) throw invalidArgument(field, why);
  const mode = cap.accessMode!.mode;
  return {
    block: cap.block !== undefined,
    fsType: cap.mount?.fsType ?? "",
    mountFlags: cap.mount?.mountFlags ?? [],
    mode,
    readOnly: mode === Mode.SINGLE_NODE_READER_ONLY,
  };
}

export function checkCapabilities(field: string, caps: readonly VolumeCapability[]): CheckedCapability[] {
  if (caps.length === 0) throw invalidArgument(field, "at least one volume capability is required");
  return caps.map((c, i) => checkCapability(`${field}[${i}]`, c));
}

/** StorageClass parameters lvmctl understands; the CO's own (csi.storage.k8s.io/...) are passed over. */
export interface VolumeParameters {
  volumeGroup: string;
  thinPool: string;
  access: AccessKind;
  chap: boolean;
  fsType: Filesystem | "";
}

/** The StorageClass parameters lvmctl reads (the deployment test checks the manifests against it). */
export const PARAMETERS: ReadonlySet<string> = new Set(["volumeGroup", "thinPool", "access", "chap", "fsType"]);
const CO_PREFIX = "csi.storage.k8s.io/";

export function parseParameters(params: Readonly<Record<string, string>>): VolumeParameters {
  for (const key of Object.keys(params)) {
    if (!PARAMETERS.has(key) && !key.startsWith(CO_PREFIX))
      throw invalidArgument(
        "parameters",
        `unknown parameter "${key}" (lvmctl understands ${[...PARAMETERS].join(", ")})`,
      );
  }
  const access = params.access ?? "local";
  if (!(ACCESS_KINDS as readonly string[]).includes(access))
    throw invalidArgument("parameters", `access "${access}" must be one of ${ACCESS_KINDS.join(", ")}`);
  const chap = params.chap ?? "false";
  if (chap !== "true" && chap !== "false") throw invalidArgument("parameters", `chap "${chap}" must be true or false`);
  if (chap === "true" && access !== "iscsi") throw invalidArgument("parameters", "chap applies to access iscsi only");
  const fsType = params.fsType ?? "";
  if (fsType !== "" && !(FILESYSTEMS as readonly string[]).includes(fsType))
    throw invalidArgument("parameters", `fsType "${fsType}" is not supported (${FILESYSTEMS.join(", ")})`);
  return {
    volumeGroup: params.volumeGroup ?? "",
    thinPool: params.thinPool ?? "",
    access: access as AccessKind,
    chap: chap === "true",
    fsType: fsType as Filesystem | "",
  };
}
