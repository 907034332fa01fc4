// iSCSI names: validating the initiator IQNs of requests, and deriving the
// target IQN and backstore name of an exported volume from its VG/LV names.
import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import { invalidArgument } from "../errors.js";

/** RFC 3720 limits an iSCSI name to 223 bytes. */
export const MAX_ISCSI_NAME = 223;

/** Every backstore lvmctl creates is named `lvmctl:<vg>:<lv>`; reconcile touches no other. */
export const BACKSTORE_PREFIX = "lvmctl:";

const LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
// iqn.YYYY-MM.<reversed domain of at least two labels>[:<unique part>]. The two
// labels are stricter than RFC 3720 but match what rtslib accepts (it refuses
// "iqn.2026-01.test:x"), so a name we accept never fails inside targetcli.
const IQN = new RegExp(`^iqn\\.\\d{4}-(?:0[1-9]|1[0-2])\\.${LABEL}(?:\\.${LABEL})+(?::[a-z0-9.:-]+)?$`);
const EUI = /^eui\.[0-9a-f]{16}$/;

/** Most initiators an export may allow (each is an LV tag and an ACL). */
export const MAX_INITIATORS = 64;

/**
 * Canonical form of an initiator name: iSCSI names compare case-insensitively
 * (RFC 3722) and rtslib lowercases ACL names, so they are stored lowercase.
 */
export function normalizeIqn(field: string, value: string): string {
  const iqn = canonicalIqn(value);
  if (iqn !== undefined) return iqn;
  if (value.length > MAX_ISCSI_NAME)
    throw invalidArgument(field, `${JSON.stringify(value.slice(0, 32))}... is longer than ${MAX_ISCSI_NAME} bytes`);
  throw invalidArgument(
    field,
    `${JSON.stringify(value.slice(0, 64))} is not an iSCSI name: expected iqn.YYYY-MM.reversed.domain[:unique] (letters, digits, '.', '-', ':') or eui. and 16 hex digits`,
  );
}

/** normalizeIqn without the error: the canonical name, or undefined when `value` is not an iSCSI name. */
export function canonicalIqn(value: string): string | undefined {
  const iqn = value.toLowerCase();
  return iqn.length <= MAX_ISCSI_NAME && (IQN.test(iqn) || EUI.test(iqn)) ? iqn : undefined;
}

/** Validates, lowercases, de-duplicates and sorts a list of initiator names. */
export function normalizeInitiators(field: string, values: readonly string[]): string[] {
  if (values.length === 0) throw invalidArgument(field, "at least one initiator IQN is required");
  const out = [...new Set(values.map((v) => normalizeIqn(field, v)))].sort();
  if (out.length > MAX_INITIATORS) throw invalidArgument(field, `at most ${MAX_INITIATORS} initiators`);
  return out;
}

/** A configured --iqn-prefix must itself be a lowercase IQN with room left for the VG and LV. */
export function validateIqnPrefix(prefix: string): void {
  if (!IQN.test(prefix) || prefix.length > MAX_ISCSI_NAME - 4) {
    throw new Error(
      `--iqn-prefix ${prefix}: expected a lowercase IQN such as iqn.2026-11.com.example (at most ${MAX_ISCSI_NAME - 4} bytes)`,
    );
  }
}

/**
 * Maps a VG or LV name (A-Z a-z 0-9 + _ . -) onto the characters IQNs allow.
 * a-z, 0-9 and '-' stand for themselves; every other character becomes '.'
 * followed by its ASCII code in two lowercase hex digits: 'A' -> ".41",
 * '_' -> ".5f", '.' -> ".2e", '+' -> ".2b". '.' only ever starts such an escape
 * and ':' never appears, so the code is prefix-free and `<vg>:<lv>` splits at
 * its one ':': decoding is unambiguous, hence two volumes never share a name.
 */
export function encodeName(name: string): string {
  let out = "";
  for (const c of name) {
    out += /[a-z0-9-]/.test(c) ? c : `.${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  }
  return out;
}

/** The inverse of encodeName; undefined for anything encodeName cannot have produced. */
export function decodeName(encoded: string): string | undefined {
  let out = "";
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded[i];
    if (/[a-z0-9-]/.test(c)) {
      out += c;
      continue;
    }
    const hex = encoded.slice(i + 1, i + 3);
    if (c !== "." || !/^[0-9a-f]{2}$/.test(hex)) return undefined;
    const decoded = String.fromCharCode(Number.parseInt(hex, 16));
    if (!/[A-Z_.+]/.test(decoded)) return undefined; // only the escaped characters have an escaped form
    out += decoded;
    i += 2;
  }
  return out === "" ? undefined : out;
}

export interface VolumeRef {
  vg: string;
  lv: string;
}

function suffix(ref: VolumeRef): string {
  return `${encodeName(ref.vg)}:${encodeName(ref.lv)}`;
}

function parseSuffix(s: string): VolumeRef | undefined {
  const parts = s.split(":");
  if (parts.length !== 2) return undefined;
  const [vg, lv] = parts.map(decodeName);
  return vg !== undefined && lv !== undefined ? { vg, lv } : undefined;
}

/** `<prefix>:<vg>:<lv>`; may exceed MAX_ISCSI_NAME for long names, which then cannot be exported. */
export function targetIqn(prefix: string, ref: VolumeRef): string {
  return `${prefix}:${suffix(ref)}`;
}

/** The volume a target IQN under `prefix` stands for; undefined when lvmctl did not name it. */
export function parseTargetIqn(prefix: string, iqn: string): VolumeRef | undefined {
  return iqn.startsWith(`${prefix}:`) ? parseSuffix(iqn.slice(prefix.length + 1)) : undefined;
}

export function backstoreName(ref: VolumeRef): string {
  return `${BACKSTORE_PREFIX}${suffix(ref)}`;
}

export function parseBackstoreName(name: string): VolumeRef | undefined {
  return name.startsWith(BACKSTORE_PREFIX) ? parseSuffix(name.slice(BACKSTORE_PREFIX.length)) : undefined;
}

/** A SCSI unit serial (UUID form, as rtslib wants it) derived from the LV uuid: a re-created backstore shows initiators the same disk id. */
export function unitSerial(lvUuid: string): string {
  const h = createHash("sha256").update(`lvmctl-serial\0${lvUuid}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export interface Portal {
  /** IPv4 address, or IPv6 without brackets. */
  address: string;
  port: number;
}

/** Parses "a.b.c.d:port" or "[ipv6]:port" (a --portal flag). */
export function parsePortal(value: string): Portal {
  const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3})|\[([0-9a-fA-F:.]+)\]):(\d{1,5})$/.exec(value);
  const port = Number(m?.[3]);
  if (
    !m ||
    !(port >= 1 && port <= 65535) ||
    (m[1] !== undefined && !isIPv4(m[1])) ||
    (m[2] !== undefined && !isIPv6(m[2]))
  ) {
    throw new Error(`--portal ${value}: expected IPv4:port or [IPv6]:port, e.g. 0.0.0.0:3260`);
  }
  // LIO names IPv6 portals in compressed lowercase form; the URL parser produces exactly that.
  const address = m[1] ?? new URL(`http://[${m[2]}]/`).hostname.slice(1, -1);
  return { address, port };
}

/** The portal as LIO names it in configfs (and as the API reports it): "0.0.0.0:3260", "[::1]:3260". */
export function portalName(p: Portal): string {
  return p.address.includes(":") ? `[${p.address}]:${p.port}` : `${p.address}:${p.port}`;
}
