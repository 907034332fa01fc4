// CSI identifiers <-> lvmctl objects. CSI names are up to 128 arbitrary
// characters and LV names a restricted set, so an LV's name is derived from
// the CSI name (a hash: deterministic, hence idempotent) and the CSI name
// itself is kept in a tag. Volume and snapshot ids say where the object lives
// (storage host, VG, LV), so any call can be routed and checked without a lookup.
import { createHash } from "node:crypto";
import { invalidArgument } from "../errors.js";

export type AccessKind = "local" | "iscsi";
export const ACCESS_KINDS: readonly AccessKind[] = ["local", "iscsi"];

const ID_PREFIX = "lvmctl1";
/** The spec's limit for names and ids it passes around. */
export const MAX_CSI_STRING = 128;

export const NAME_TAG = "lvmctl.csi.name=";
export const ACCESS_TAG = "lvmctl.csi.access=";
export const SOURCE_TAG = "lvmctl.csi.source=";
export const PUBLISHED_TAG = "lvmctl.csi.published=";
/** Set at creation when the StorageClass asks for CHAP (parameter chap: "true"). */
export const CHAP_TAG = "lvmctl.csi.chap";

/** Where a CSI volume or snapshot lives. */
export interface CsiObjectRef {
  kind: AccessKind | "snap";
  vg: string;
  lv: string;
  /** The storage host's CSI node id. */
  node: string;
}

export function formatId(ref: CsiObjectRef): string {
  return [ID_PREFIX, ref.kind, ref.vg, ref.lv, ref.node].join(":");
}

/** Decodes a volume or snapshot id; undefined when it is not one of ours (a malformed id names nothing). */
export function parseId(id: string): CsiObjectRef | undefined {
  const parts = id.split(":");
  if (parts.length !== 5 || parts[0] !== ID_PREFIX) return undefined;
  const [, kind, vg, lv, node] = parts as [string, string, string, string, string];
  if (kind !== "local" && kind !== "iscsi" && kind !== "snap") return undefined;
  if (vg === "" || lv === "" || node === "") return undefined;
  const wanted = kind === "snap" ? SNAPSHOT_LV_PREFIX : VOLUME_LV_PREFIX;
  if (!new RegExp(`^${wanted}[0-9a-f]{32}$`).test(lv)) return undefined;
  return { kind, vg, lv, node };
}

const VOLUME_LV_PREFIX = "csi-";
const SNAPSHOT_LV_PREFIX = "csisnap-";

const digest = (name: string) => createHash("sha256").update(name, "utf8").digest("hex").slice(0, 32);
export const volumeLvName = (csiName: string) => `${VOLUME_LV_PREFIX}${digest(csiName)}`;
export const snapshotLvName = (csiName: string) => `${SNAPSHOT_LV_PREFIX}${digest(csiName)}`;

/** The spec's rule for names: not empty, at most 128 characters, no control characters but common whitespace. */
export function requireCsiName(field: string, name: string): string {
  if (name === "") throw invalidArgument(field, "must not be empty");
  if ([...name].length > MAX_CSI_STRING) throw invalidArgument(field, `longer than ${MAX_CSI_STRING} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(name))
    throw invalidArgument(field, "contains a control character the CSI spec forbids");
  return name;
}

export const nameTag = (csiName: string) => `${NAME_TAG}${Buffer.from(csiName, "utf8").toString("base64url")}`;
export const publishedTag = (nodeId: string) => `${PUBLISHED_TAG}${Buffer.from(nodeId, "utf8").toString("base64url")}`;

/** The value of the first tag with this prefix, undefined when there is none. */
export function tagValue(tags: readonly string[], prefix: string): string | undefined {
  const tag = tags.find((t) => t.startsWith(prefix));
  return tag === undefined ? undefined : tag.slice(prefix.length);
}

export function csiNameOf(tags: readonly string[]): string | undefined {
  const v = tagValue(tags, NAME_TAG);
  return v === undefined ? undefined : Buffer.from(v, "base64url").toString("utf8");
}

export function publishedNodes(tags: readonly string[]): string[] {
  return tags
    .filter((t) => t.startsWith(PUBLISHED_TAG))
    .map((t) => Buffer.from(t.slice(PUBLISHED_TAG.length), "base64url").toString("utf8"));
}

/** A node id as NodeGetInfo reports it: `<node>` or `<node>,<initiator IQN>`. */
export function formatNodeId(node: string, initiatorIqn: string | undefined): string {
  return initiatorIqn ? `${node},${initiatorIqn}` : node;
}

export function parseNodeId(nodeId: string): { node: string; initiatorIqn: string | undefined } {
  const comma = nodeId.indexOf(",");
  return comma < 0
    ? { node: nodeId, initiatorIqn: undefined }
    : { node: nodeId.slice(0, comma), initiatorIqn: nodeId.slice(comma + 1) };
}
