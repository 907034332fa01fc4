// Decodes what lvs and vgs would report straight from a VG's committed text
// metadata (read from disk by mda.ts), for VGs simple enough that the text
// alone decides every field: linear LVs only, nothing hidden, no state of
// lvm's own beyond READ/WRITE/VISIBLE, and no device-mapper (--metadata-only,
// where lv_attr's state characters never change). Anything else answers
// undefined and the cache asks lvm, as before.
//
// The text is lvm2's config format (lib/format_text/export.c): `name {` ...
// `}` sections, `key = value` with numbers, "strings" and [lists]. A refill
// splits the whole text (bytes, as read) into one range per LV section (a
// scan of braces and strings), compares each with the bytes it decoded last
// time (memcmp) and parses only those that differ: no string, object or row
// is made for an unchanged LV, so the cost follows what changed.
import type { LogicalVolume, VolumeGroupInfo } from "./model.js";

/** What an LV section decodes to. */
export interface DecodedLv {
  lv: LogicalVolume;
  extents: number;
}

/** Where an LV section is (`buf[start, end)`) and what it decoded to. */
export interface LvSection {
  buf: Buffer;
  start: number;
  end: number;
  decoded: DecodedLv;
}

/** The VG section split into its own keys and PV list (`head`) and the byte range of each LV section. */
export interface SplitMetadata {
  vgName: string;
  head: string;
  lvs: Array<[name: string, start: number, end: number]>;
}

type Value = number | string | Value[] | Section;
interface Section {
  [key: string]: Value;
}

const SECTOR_BYTES = 512;

/**
 * Splits committed metadata text into the VG's own part and its LV sections.
 * Undefined when the text is not one `<vg> { ... }` section as expected.
 */
export function splitMetadata(buf: Buffer): SplitMetadata | undefined {
  const open = /^([^\s{}#"=]+)\s*\{/.exec(buf.toString("latin1", 0, 512));
  if (!open) return undefined;
  const vgName = open[1];
  // A loop over bytes: twice as fast as a regex, and no string of megabytes.
  const n = buf.length;
  let depth = 1;
  let lvsAt = -1;
  let lvsEnd = -1;
  let sectionAt = -1;
  let sectionName = "";
  const lvs: Array<[string, number, number]> = [];
  for (let i = open[0].length; i < n; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      i = closingQuote(buf, i);
      if (i < 0) return undefined;
    } else if (c === HASH) {
      // Comments do not occur in the committed copy, but would be skipped like strings.
      const eol = buf.indexOf(NEWLINE, i);
      i = eol < 0 ? n : eol;
    } else if (c === OPEN) {
      depth++;
      // Segment sections (deeper) are left to decodeLv, which parses the LV sections that changed.
      if (depth > 3) continue;
      const line = buf.lastIndexOf(NEWLINE, i - 1) + 1;
      const name = buf.toString("latin1", line, i).trim();
      if (!SECTION_NAME.test(name)) return undefined;
      if (depth === 2 && name === "logical_volumes" && lvsAt < 0) lvsAt = i + 1;
      else if (depth === 3 && lvsAt >= 0 && lvsEnd < 0) {
        sectionAt = line;
        sectionName = name;
      }
    } else if (c === CLOSE) {
      depth--;
      if (depth === 2 && sectionAt >= 0) {
        lvs.push([sectionName, sectionAt, i + 1]);
        sectionAt = -1;
      } else if (depth === 1 && lvsAt >= 0 && lvsEnd < 0) lvsEnd = i;
      else if (depth === 0) {
        const head =
          lvsAt < 0
            ? buf.toString("latin1", 0, i + 1)
            : buf.toString("latin1", 0, lvsAt) + buf.toString("latin1", lvsEnd, i + 1);
        return { vgName, head, lvs };
      }
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opened at `open` (not one escaped by a backslash); -1 if none. */
function closingQuote(buf: Buffer, open: number): number {
  let at = buf.indexOf(QUOTE, open + 1);
  for (;;) {
    if (at < 0) return -1;
    let backslashes = 0;
    while (buf[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = buf.indexOf(QUOTE, at + 1);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HASH = 0x23;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const NEWLINE = 0x0a;

/** A section's name: alone on its line before the `{`. */
const SECTION_NAME = /^[A-Za-z0-9_.+-]+$/;

const TOKEN = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_.+-]+)|([{}[\]=,])/y;

/** Parses one section's text (`name { ... }`) into nested objects; undefined on anything unexpected. */
export function parseSection(text: string): { name: string; body: Section } | undefined {
  const tokens: Array<{ s?: string; w?: string; p?: string }> = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    if (m[1] !== undefined) tokens.push({ s: m[1].replace(/\\(.)/g, "$1") });
    else if (m[2] !== undefined) tokens.push({ w: m[2] });
    else if (m[3] !== undefined) tokens.push({ p: m[3] });
  }
  let i = 0;
  const scalar = (): number | string | undefined => {
    const t = tokens[i++];
    if (t?.s !== undefined) return t.s;
    if (t?.w !== undefined && /^-?\d+$/.test(t.w)) return Number(t.w);
    return undefined;
  };
  const body = (): Section | undefined => {
    const out: Section = {};
    for (;;) {
      const t = tokens[i++];
      if (t?.p === "}") return out;
      if (t?.w === undefined || Object.hasOwn(out, t.w)) return undefined;
      const next = tokens[i++];
      if (next?.p === "{") {
        const sub = body();
        if (!sub) return undefined;
        out[t.w] = sub;
      } else if (next?.p === "=") {
        if (tokens[i]?.p === "[") {
          i++;
          const list: Value[] = [];
          while (tokens[i]?.p !== "]") {
            if (list.length > 0 && tokens[i++]?.p !== ",") return undefined;
            const v = scalar();
            if (v === undefined) return undefined;
            list.push(v);
          }
          i++;
          out[t.w] = list;
        } else {
          const v = scalar();
          if (v === undefined) return undefined;
          out[t.w] = v;
        }
      } else return undefined;
    }
  };
  const name = tokens[i++]?.w;
  if (name === undefined || tokens[i++]?.p !== "{") return undefined;
  const parsed = body();
  return parsed && i === tokens.length ? { name, body: parsed } : undefined;
}

const isStringList = (v: Value | undefined): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isCount = (v: Value | undefined): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const onlyKeys = (s: Section, allowed: (k: string) => boolean) => Object.keys(s).every(allowed);
const isSection = (v: Value | undefined): v is Section => typeof v === "object" && v !== null && !Array.isArray(v);

/** The VG's own part, decoded: what every LV's decoding needs. */
export interface VgHead {
  name: string;
  uuid: string;
  extentBytes: bigint;
  /** Sum of the PVs' pe_count. */
  extents: number;
  pvNames: Set<string>;
}

const VG_KEYS = new Set([
  "id",
  "seqno",
  "format",
  "status",
  "flags",
  "extent_size",
  "max_lv",
  "max_pv",
  "metadata_copies",
  "tags",
  "physical_volumes",
  "logical_volumes",
]);
const PV_KEYS = new Set(["id", "device", "status", "flags", "dev_size", "pe_start", "pe_count", "tags"]);

/** Decodes the VG's own part (no LV sections); undefined when it is anything but a plain, writable, local VG. */
export function decodeHead(head: string): VgHead | undefined {
  // The head is the VG section with its LV list cut out: parse it as a section.
  const parsed = parseSection(head);
  if (!parsed) return undefined;
  const vg = parsed.body;
  const { id, status, flags, extent_size: extentSize, physical_volumes: pvs } = vg;
  if (!onlyKeys(vg, (k) => VG_KEYS.has(k)) || typeof id !== "string" || !isCount(extentSize) || !isSection(pvs))
    return undefined;
  // The LV list was cut out of the head: what is left of it must be empty.
  if (
    vg.logical_volumes !== undefined &&
    !(isSection(vg.logical_volumes) && Object.keys(vg.logical_volumes).length === 0)
  )
    return undefined;
  if (!isStringList(status) || !isStringList(flags) || flags.length > 0) return undefined;
  if (!status.includes("READ") || !status.includes("WRITE") || status.some((s) => !VG_STATUS.has(s))) return undefined;
  let extents = 0;
  const pvNames = new Set<string>();
  for (const [pvName, pv] of Object.entries(pvs)) {
    if (!isSection(pv) || !onlyKeys(pv, (k) => PV_KEYS.has(k)) || !isCount(pv.pe_count)) return undefined;
    if (!isStringList(pv.flags) || pv.flags.length > 0 || !isStringList(pv.status)) return undefined;
    if (pv.status.some((s) => s !== "ALLOCATABLE")) return undefined;
    extents += pv.pe_count;
    pvNames.add(pvName);
  }
  return { name: parsed.name, uuid: id, extentBytes: BigInt(extentSize) * BigInt(SECTOR_BYTES), extents, pvNames };
}

const VG_STATUS = new Set(["RESIZEABLE", "READ", "WRITE"]);
const LV_STATUS = new Set(["READ", "WRITE", "VISIBLE"]);
const LV_KEYS = new Set(["id", "status", "flags", "tags", "creation_time", "creation_host", "segment_count"]);
const SEGMENT_KEYS = new Set(["start_extent", "extent_count", "type", "stripe_count", "stripes"]);
/** lv_attr's allocation character (lvm's alloc_policy_char); an LV without the key inherits the VG's. */
const ALLOC_CHAR: Record<string, string> = { contiguous: "c", cling: "l", normal: "n", anywhere: "a" };

/**
 * One LV section as lvs reports it, when it is a visible linear LV whose
 * every field comes from the text; undefined otherwise (then lvm decides).
 * `attrTail` is lv_attr from its fifth character on (state, open, target,
 * zero, health, skip), as lvm printed it for a linear LV under the same
 * settings: without device-mapper it is the same for every such LV.
 */
export function decodeLv(vg: VgHead, text: string, attrTail: string): DecodedLv | undefined {
  return decodeCanonicalLv(vg, text, attrTail) ?? decodeParsedLv(vg, text, attrTail);
}

/**
 * The shape lvm writes for a linear LV (lib/format_text/export.c, no
 * indentation and no comments on disk), matched whole: a tenth of the cost of
 * parsing it. Undefined for any other spelling; decodeParsedLv then decides.
 */
const CANONICAL_LV =
  /^([A-Za-z0-9_.+-]+) \{\nid = "([A-Za-z0-9-]+)"\nstatus = \[("[A-Z]+"(?:, "[A-Z]+")*)\]\nflags = \[\]\n(?:tags = \[("[^"\\\n]*"(?:, "[^"\\\n]*")*)\]\n)?creation_time = (\d+)\ncreation_host = "[^"\\\n]*"\nsegment_count = (\d+)\n\n((?:segment\d+ \{\nstart_extent = \d+\nextent_count = \d+\n\ntype = "striped"\nstripe_count = 1\n\nstripes = \[\n"[A-Za-z0-9_.+-]+", \d+\n\]\n\}\n)+)\}$/;
const CANONICAL_SEGMENT = /segment(\d+) \{\nstart_extent = \d+\nextent_count = (\d+)\n[^"]*"striped"[^"]*"([^"]+)"/g;

export function decodeCanonicalLv(vg: VgHead, text: string, attrTail: string): DecodedLv | undefined {
  const m = CANONICAL_LV.exec(text);
  if (!m) return undefined;
  const [, name, id, statusList, tagList, created, segmentCount, segments] = m;
  const status = statusList.slice(1, -1).split('", "');
  if (!status.includes("READ") || !status.includes("VISIBLE") || status.some((s) => !LV_STATUS.has(s)))
    return undefined;
  let extents = 0;
  let n = 0;
  for (const seg of segments.matchAll(CANONICAL_SEGMENT)) {
    const count = Number(seg[2]);
    if (Number(seg[1]) !== ++n || count === 0 || !vg.pvNames.has(seg[3])) return undefined;
    extents += count;
  }
  if (n !== Number(segmentCount) || !Number.isSafeInteger(extents)) return undefined;
  const tags = tagList === undefined ? [] : tagList.slice(1, -1).split('", "');
  return linearLv(vg, name, id, status.includes("WRITE"), "i", attrTail, tags, Number(created), extents);
}

function linearLv(
  vg: VgHead,
  name: string,
  uuid: string,
  writable: boolean,
  allocChar: string,
  attrTail: string,
  tags: string[],
  created: number,
  extents: number,
): DecodedLv {
  const lv: LogicalVolume = {
    name,
    vgName: vg.name,
    uuid,
    sizeBytes: BigInt(extents) * vg.extentBytes,
    attr: `-${writable ? "w" : "r"}${allocChar}-${attrTail}`,
    layout: ["linear"],
    pool: "",
    origin: "",
    path: `/dev/${vg.name}/${name}`,
    tags: tags.sort(),
    createTime: rfc3339Local(created),
    dataPercent: undefined,
    metadataPercent: undefined,
  };
  // Rows are shared by every reader of the cache (as cache.ts freezes lvm's).
  Object.freeze(lv.tags);
  Object.freeze(lv.layout);
  return { extents, lv: Object.freeze(lv) };
}

/** Any spelling of an LV section, parsed: the reference the canonical match must agree with. */
export function decodeParsedLv(vg: VgHead, text: string, attrTail: string): DecodedLv | undefined {
  const parsed = parseSection(text);
  if (!parsed) return undefined;
  const { name, body: lv } = parsed;
  const { id, status, flags, tags, creation_time: created, segment_count: segmentCount } = lv;
  const alloc = lv.allocation_policy;
  const known = (k: string) =>
    LV_KEYS.has(k) || /^segment\d+$/.test(k) || (k === "allocation_policy" && typeof alloc === "string");
  if (!onlyKeys(lv, known) || typeof id !== "string" || !isCount(created) || !isCount(segmentCount)) return undefined;
  if (!isStringList(status) || !isStringList(flags) || flags.length > 0 || !isStringList(tags ?? [])) return undefined;
  if (!status.includes("READ") || !status.includes("VISIBLE") || status.some((s) => !LV_STATUS.has(s)))
    return undefined;
  const allocChar = alloc === undefined ? "i" : ALLOC_CHAR[alloc as string];
  if (allocChar === undefined) return undefined;
  let extents = 0;
  for (let n = 1; n <= segmentCount; n++) {
    const seg = lv[`segment${n}`];
    if (!isSection(seg) || !onlyKeys(seg, (k) => SEGMENT_KEYS.has(k))) return undefined;
    const { type, stripe_count: stripeCount, extent_count: count, stripes } = seg;
    if (type !== "striped" || stripeCount !== 1 || !isCount(count) || count === 0) return undefined;
    if (!Array.isArray(stripes) || stripes.length !== 2 || typeof stripes[0] !== "string" || !isCount(stripes[1]))
      return undefined;
    if (!vg.pvNames.has(stripes[0])) return undefined;
    extents += count;
  }
  if (
    extents === 0 ||
    Object.keys(lv).filter((k) => k.startsWith("segment") && k !== "segment_count").length !== segmentCount
  )
    return undefined;
  return linearLv(
    vg,
    name,
    id,
    status.includes("WRITE"),
    allocChar,
    attrTail,
    [...((tags as string[] | undefined) ?? [])],
    created,
    extents,
  );
}

/** Epoch seconds as lvs prints lv_time (local time, `%Y-%m-%d %T %z`), in the RFC 3339 form the model holds. */
export function rfc3339Local(
  epochSeconds: number,
  offsetMinutes = -new Date(epochSeconds * 1000).getTimezoneOffset(),
): string {
  // Shifted by the offset, the UTC fields are the local wall-clock time.
  const d = new Date((epochSeconds + offsetMinutes * 60) * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return (
    `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}

/** The VG info vgs would report, from its head and its LVs' extents (every LV linear, so every extent in use is theirs). */
export function vgInfo(vg: VgHead, seqno: number, usedExtents: number, lvCount: number): VolumeGroupInfo {
  return {
    name: vg.name,
    uuid: vg.uuid,
    sizeBytes: BigInt(vg.extents) * vg.extentBytes,
    freeBytes: BigInt(vg.extents - usedExtents) * vg.extentBytes,
    extentSizeBytes: vg.extentBytes,
    pvCount: vg.pvNames.size,
    lvCount,
    seqno,
  };
}

/** What a VG's metadata text decodes to: its info and every LV, by name. */
export interface DecodedVg {
  head: VgHead;
  info: VolumeGroupInfo;
  lvs: Map<string, LvSection>;
  /** The rows alone, by name (frozen rows, in a new map the caller may change). */
  rows: Map<string, LogicalVolume>;
}

const headKey = (h: VgHead) => `${h.name}\0${h.uuid}\0${h.extentBytes}\0${[...h.pvNames].join("\0")}`;

/**
 * Decodes a whole VG from its metadata text. LV sections whose bytes equal
 * those in `previous` (decoded under the same head) are not parsed again.
 * Undefined when the VG or any LV is beyond what the text alone decides.
 */
export function decodeVg(
  buf: Buffer,
  seqno: number,
  vgName: string,
  attrTail: string,
  previous?: DecodedVg,
): DecodedVg | undefined {
  const split = splitMetadata(buf);
  if (split?.vgName !== vgName) return undefined;
  const head = decodeHead(split.head);
  if (!head) return undefined;
  const reuse = previous && headKey(previous.head) === headKey(head) ? previous.lvs : undefined;
  const lvs = new Map<string, LvSection>();
  const rows = new Map<string, LogicalVolume>();
  let used = 0;
  for (const [name, start, end] of split.lvs) {
    let section = reuse?.get(name);
    if (section?.buf.compare(buf, start, end, section.start, section.end) === 0) {
      // The same bytes decode the same. Point at the new buffer, so that the older one can be freed.
      section.buf = buf;
      section.start = start;
      section.end = end;
    } else {
      const decoded = decodeLv(head, buf.toString("latin1", start, end), attrTail);
      if (!decoded) return undefined;
      section = { buf, start, end, decoded };
    }
    if (section.decoded.lv.name !== name || lvs.has(name)) return undefined;
    lvs.set(name, section);
    rows.set(name, section.decoded.lv);
    used += section.decoded.extents;
  }
  return { head, info: vgInfo(head, seqno, used, lvs.size), lvs, rows };
}
