// Reads a volume group's committed metadata sequence number (vg_seqno)
// straight from its physical volumes' metadata areas: the LVM2 label, the
// mda header's first raw location, and the first bytes of the metadata text
// it points to ("<vg> {\nid = \"...\"\nseqno = N"). That is the number lvm
// itself compares when it scans, at the cost of three small reads instead of
// an lvm command. Anything unexpected answers `undefined`, and the caller
// asks lvm instead.
//
// The format is lvm2's on-disk format since 2002 (lib/format_text/layout.h,
// lib/label/label.h): all integers little-endian.
import { open } from "node:fs/promises";
import * as zlib from "node:zlib";

const SECTOR = 512;
/** lvm looks for the label in the first four sectors. */
const LABEL_SCAN_BYTES = 4 * SECTOR;
const LABEL_ID = "LABELONE";
const LABEL_TYPE = "LVM2 001";
/** " LVM2 x[5A%r0N*>" */
const MDA_MAGIC = Buffer.from([
  0x20, 0x4c, 0x56, 0x4d, 0x32, 0x20, 0x78, 0x5b, 0x35, 0x41, 0x25, 0x72, 0x30, 0x4e, 0x2a, 0x3e,
]);
const MDA_HEADER_SIZE = 512;
const RAW_LOCN_IGNORED = 1;
/** Enough metadata text for the VG name, id and seqno lines. */
const TEXT_PREFIX_BYTES = 512;

export interface MetadataArea {
  /** Absolute byte offset of the mda header on the device. */
  offset: number;
  size: number;
}

export interface DiskSeqno {
  vgName: string;
  vgUuid: string;
  seqno: number;
}

/** Reads `length` bytes at `position`; undefined on a short read. */
async function readAt(
  fh: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
): Promise<Buffer | undefined> {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) return undefined;
    done += bytesRead;
  }
  return buf;
}

const u64 = (b: Buffer, at: number) => {
  const v = b.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.NaN : Number(v);
};

/** A zero-terminated list of (offset, size) pairs starting at `p`; undefined when it runs past `end`. */
function areaList(head: Buffer, p: number, end: number): { areas: MetadataArea[]; next: number } | undefined {
  const areas: MetadataArea[] = [];
  for (;;) {
    if (p + 16 > end) return undefined;
    const offset = u64(head, p);
    const size = u64(head, p + 8);
    p += 16;
    if (offset === 0 && size === 0) return { areas, next: p };
    areas.push({ offset, size });
  }
}

/** The metadata areas listed in a PV's label (pv_header: uuid, size, data areas, then metadata areas, each list zero-terminated). */
export function parseLabel(head: Buffer): MetadataArea[] | undefined {
  for (let sector = 0; sector < LABEL_SCAN_BYTES / SECTOR; sector++) {
    const at = sector * SECTOR;
    if (head.toString("latin1", at, at + 8) !== LABEL_ID) continue;
    if (head.toString("latin1", at + 24, at + 32) !== LABEL_TYPE) return undefined;
    const pvHeader = at + head.readUInt32LE(at + 20);
    const end = at + SECTOR;
    const dataAreas = areaList(head, pvHeader + 32 + 8, end);
    const metadataAreas = dataAreas && areaList(head, dataAreas.next, end);
    if (!metadataAreas || metadataAreas.areas.some((a) => !Number.isFinite(a.offset) || !Number.isFinite(a.size)))
      return undefined;
    return metadataAreas.areas;
  }
  return undefined;
}

/** Parses the start of VG metadata text: `<name> {`, then `id = "..."` and `seqno = N`. */
export function parseMetadataPrefix(text: string): DiskSeqno | undefined {
  const m = /^([^\s{]+)\s*\{\s*id\s*=\s*"([^"]*)"\s*seqno\s*=\s*(\d+)\s/.exec(text);
  if (!m) return undefined;
  return { vgName: m[1], vgUuid: m[2], seqno: Number(m[3]) };
}

/** Where one metadata area's committed text is (raw_locn 0 of its header), and the seqno that text starts with. */
interface Committed extends DiskSeqno {
  /** Byte offset of the area on the device. */
  start: number;
  /** Size of the area (the text wraps from its end back to just after the header). */
  size: number;
  /** Offset of the text within the area, its length and lvm's checksum of it. */
  at: number;
  length: number;
  checksum: number;
}

/** Reads `length` bytes of the text at `at` in an area, following the wrap from its end to just after its header. */
async function readText(
  fh: Awaited<ReturnType<typeof open>>,
  area: { start: number; size: number },
  at: number,
  length: number,
): Promise<Buffer | undefined> {
  const first = Math.min(length, area.size - at);
  const a = await readAt(fh, area.start + at, first);
  if (!a) return undefined;
  if (length === first) return a;
  const b = await readAt(fh, area.start + MDA_HEADER_SIZE, length - first);
  return b && Buffer.concat([a, b]);
}

/** The committed metadata in one metadata area (where it is and its seqno), or undefined. */
async function readArea(fh: Awaited<ReturnType<typeof open>>, mda: MetadataArea): Promise<Committed | undefined> {
  const header = await readAt(fh, mda.offset, MDA_HEADER_SIZE);
  if (!header || !header.subarray(4, 20).equals(MDA_MAGIC) || header.readUInt32LE(20) !== 1) return undefined;
  const start = u64(header, 24);
  const size = u64(header, 32);
  const rlOffset = u64(header, 40);
  const rlSize = u64(header, 48);
  const rlFlags = header.readUInt32LE(60);
  if (start !== mda.offset || !Number.isFinite(size) || size <= MDA_HEADER_SIZE) return undefined;
  if (rlOffset === 0 || rlSize === 0 || (rlFlags & RAW_LOCN_IGNORED) !== 0) return undefined;
  if (rlOffset < MDA_HEADER_SIZE || rlOffset >= size) return undefined;
  const prefix = await readText(fh, { start, size }, rlOffset, Math.min(rlSize, TEXT_PREFIX_BYTES));
  const found = prefix && parseMetadataPrefix(prefix.toString("latin1"));
  if (!found) return undefined;
  return { ...found, start, size, at: rlOffset, length: rlSize, checksum: header.readUInt32LE(56) };
}

/**
 * The highest committed seqno of `vgName` found in the metadata areas of
 * `devices` (every PV with a metadata area holds a copy). Undefined when no
 * device yields the VG's metadata (then ask lvm).
 */
export async function readVgSeqno(
  devices: readonly string[],
  vgName: string,
  vgUuid: string,
): Promise<number | undefined> {
  let best: number | undefined;
  for (const device of devices) {
    let fh: Awaited<ReturnType<typeof open>> | undefined;
    try {
      fh = await open(device, "r");
      const head = await readAt(fh, 0, LABEL_SCAN_BYTES);
      const mdas = head ? parseLabel(head) : undefined;
      for (const mda of mdas ?? []) {
        const found = await readArea(fh, mda);
        if (!found) continue;
        // Another VG's metadata (or a reused device): not an answer for this VG.
        if (found.vgName !== vgName || found.vgUuid !== vgUuid) return undefined;
        if (best === undefined || found.seqno > best) best = found.seqno;
      }
    } catch {
      // Unreadable device: another PV may answer; if none does, lvm will.
    } finally {
      await fh?.close().catch(() => undefined);
    }
  }
  return best;
}

/** lvm's metadata checksum seed (lib/misc/crc.c: CRC-32 from this seed, without the final inversion). */
const CRC_SEED = 0xf597a6cf;

/**
 * lvm's checksum of a metadata text, by zlib's CRC-32 (which inverts before
 * and after). Undefined on Node.js older than 20.15, which lacks zlib.crc32:
 * then the text is never trusted and lvm is asked.
 */
export function lvmChecksum(buf: Buffer): number | undefined {
  const crc32 = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  return crc32 && ~crc32(buf, ~CRC_SEED >>> 0) >>> 0;
}

/** A VG's committed metadata text as lvm wrote it (bytes), with its seqno. */
export interface VgMetadataText {
  seqno: number;
  text: Buffer;
}

/**
 * The whole committed metadata text of `vgName`, from the metadata area with
 * the highest seqno among `devices`, checked against lvm's checksum. Stricter
 * than readVgSeqno: every device must be readable and labelled, since the text
 * stands in for a full report. Undefined on anything unexpected (ask lvm).
 */
export async function readVgMetadata(
  devices: readonly string[],
  vgName: string,
  vgUuid: string,
): Promise<VgMetadataText | undefined> {
  let best: { device: string; area: Committed } | undefined;
  for (const device of devices) {
    let fh: Awaited<ReturnType<typeof open>> | undefined;
    try {
      fh = await open(device, "r");
      const head = await readAt(fh, 0, LABEL_SCAN_BYTES);
      const mdas = head && parseLabel(head);
      if (!mdas) return undefined;
      for (const mda of mdas) {
        const found = await readArea(fh, mda);
        if (!found) continue;
        if (found.vgName !== vgName || found.vgUuid !== vgUuid) return undefined;
        if (!best || found.seqno > best.area.seqno) best = { device, area: found };
      }
    } catch {
      return undefined;
    } finally {
      await fh?.close().catch(() => undefined);
    }
  }
  if (!best) return undefined;
  const { area } = best;
  if (area.length > area.size - MDA_HEADER_SIZE) return undefined;
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(best.device, "r");
    const text = await readText(fh, area, area.at, area.length);
    // The checksum was read with the seqno: a commit that wrapped over this copy since fails it.
    if (!text || lvmChecksum(text) !== area.checksum) return undefined;
    return { seqno: area.seqno, text };
  } catch {
    return undefined;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
