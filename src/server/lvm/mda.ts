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
  const buf = Buffer.alloc(length);
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

/** The committed metadata's seqno in one metadata area, or undefined. */
async function readArea(fh: Awaited<ReturnType<typeof open>>, mda: MetadataArea): Promise<DiskSeqno | undefined> {
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
  // The text may wrap from the end of the area back to just after the header.
  const want = Math.min(rlSize, TEXT_PREFIX_BYTES);
  const first = Math.min(want, size - rlOffset);
  const a = await readAt(fh, start + rlOffset, first);
  if (!a) return undefined;
  const b = want > first ? await readAt(fh, start + MDA_HEADER_SIZE, want - first) : Buffer.alloc(0);
  if (!b) return undefined;
  return parseMetadataPrefix(Buffer.concat([a, b]).toString("latin1"));
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
