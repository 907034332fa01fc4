// A per-VG cache of what lvs/vgs report, so reads cost no lvm command.
//
// Correctness rule: an entry is served only while the VG's committed metadata
// sequence number (vg_seqno) on disk equals the seqno the entry was read at.
// Every metadata change anywhere (our lvcreate or anyone's) bumps vg_seqno, so
// an external lvcreate/lvremove is seen by the next read. The check reads the
// seqno straight from the PVs' metadata areas (mda.ts, ~0.3 ms); when that is
// not possible it asks lvm (`vgs`, one command), never skips the check.
//
// Our own mutations patch the entry instead of dropping it, but only when the
// on-disk seqno went from exactly the entry's seqno to that plus one across
// the command (so ours was the only change): tags and the removal or growth
// of a plain linear LV are applied in place; a created LV is re-read alone
// (`lvs vg/name`, with the VG columns) at the next read. Anything else drops
// the entry and the next read refills it with one `lvs`.
//
// Refills read the VG's committed metadata text from disk instead of running
// lvs, when the text alone decides every field (metadata-text.ts: linear LVs,
// --metadata-only): a read of the text and a parse of only the LV sections
// that changed since the last refill, so its cost follows the change, not the
// VG's size. The one lv_attr part the text does not hold (state and the rest,
// the same for every linear LV without device-mapper) is learnt from lvm's
// first report. Anything beyond that, or a text that cannot be read or
// checked, refills with lvs as before.
//
// Fields lvm takes from device-mapper, not from metadata (lv_attr's state and
// open characters, data_percent, metadata_percent), do not change vg_seqno.
// With --metadata-only there is no device-mapper and they never change; with
// activation they are served at most DM_STATE_TTL_MS old, and a change in the
// VG's /dev/mapper entries (activation, deactivation) refills at once.
import { readdir } from "node:fs/promises";
import type { Logger } from "pino";
import { lvAttr } from "./attr.js";
import type { VgMetadataText } from "./mda.js";
import { decodeVg, type DecodedVg } from "./metadata-text.js";
import type { LogicalVolume, VolumeGroupInfo } from "./model.js";

/** lv_attr's tail (state to skip) that lvm 2.03 prints for a linear LV without device-mapper; confirmed before use. */
const LIKELY_ATTR_TAIL = "XX----";

/** How old device-mapper derived fields may be when activation is on. */
export const DM_STATE_TTL_MS = 1000;

export interface VgReport {
  info: VolumeGroupInfo;
  /** PV device paths (for reading the seqno from disk). */
  pvs: string[];
}

export interface LvReport {
  lvs: LogicalVolume[];
  /** vg_seqno of the rows; undefined when there are no rows. */
  seqno?: number;
  /** From the rows' VG columns (reports of named LVs only); undefined when there are no rows. */
  info?: VolumeGroupInfo;
}

/** The uncached commands the cache is filled from. */
export interface CacheSource {
  /** `vgs -o <VG columns>,pv_name vg`. */
  vgReport(vg: string): Promise<VgReport>;
  /**
   * `lvs -o <LV columns>,vg_seqno vg`, or with names `lvs -o <LV columns>,<VG
   * columns> vg/name...` (lv_count costs lvm a pass over every LV per row: fine
   * for a few rows, quadratic for a whole VG).
   */
  lvReport(vg: string, names?: readonly string[]): Promise<LvReport>;
}

export interface CacheOptions {
  metadataOnly: boolean;
  dmStateTtlMs?: number;
  /** Reads a VG's committed seqno from its PVs (mda.ts); undefined when it cannot. */
  diskSeqno(pvs: readonly string[], vg: string, uuid: string): Promise<number | undefined>;
  /** Reads a VG's whole committed metadata text from its PVs (mda.ts); undefined when it cannot. Used with metadataOnly. */
  metadataText?: (pvs: readonly string[], vg: string, uuid: string) => Promise<VgMetadataText | undefined>;
  /** Lists /dev/mapper (activation mode only). */
  mapperEntries?(): Promise<string[]>;
  log?: Logger;
}

/** What one of our mutating commands did, for patching the entry. */
export type MutationEffect =
  | {
      kind: "create";
      name: string;
      /** Other LVs whose report changes with it (a snapshot's origin, a thin volume's pool). */ related?: readonly string[];
    }
  | { kind: "tags"; name: string; add: readonly string[]; del: readonly string[] }
  | { kind: "extend"; name: string; sizeBytes: bigint }
  | { kind: "remove"; name: string }
  /** (De)activation: no metadata change, but the LV's state and device change; its entry is read again. */
  | { kind: "activation"; name: string };

export interface CacheStats {
  hits: number;
  diskChecks: number;
  commandChecks: number;
  vgRefills: number;
  lvRefills: number;
  pendingReads: number;
  patches: number;
  drops: number;
  /** Refills decoded from the metadata text (no lvm command). */
  metadataRefills: number;
}

interface Entry {
  /** Seqno the entry describes; -1 = invalid. */
  seqno: number;
  uuid?: string;
  pvs: string[];
  info?: VolumeGroupInfo;
  /** VG info that our last mutation changed in a way we did not compute (re-read with the pending LVs). */
  infoStale: boolean;
  rows?: Map<string, LogicalVolume>;
  /** The rows sorted by name, kept until they change. */
  sorted?: LogicalVolume[];
  /** LVs our mutations created or changed in ways we did not compute; re-read at the next use. */
  pending: Set<string>;
  /** When the rows' device-mapper fields were read (activation mode). */
  at: number;
  dmKey?: string;
  /** The last metadata text decoded, by LV section: unchanged sections are not parsed again. */
  decoded?: DecodedVg;
}

/** lvm's dm name escaping: '-' doubled inside VG and LV names. */
export const dmPrefix = (vg: string) => `${vg.replace(/-/g, "--")}-`;

const byName = (a: LogicalVolume, b: LogicalVolume) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Cached rows are shared by every reader: frozen, so a caller cannot change them for the others. */
function frozen(lv: LogicalVolume): LogicalVolume {
  Object.freeze(lv.tags);
  Object.freeze(lv.layout);
  return Object.freeze(lv);
}

function sortedRows(e: Entry): LogicalVolume[] {
  e.sorted ??= Object.freeze([...e.rows!.values()].sort(byName)) as LogicalVolume[];
  return e.sorted;
}

/** A plain linear LV (no snapshots, no pool, no thin, no origin): its removal and growth change nothing else. */
function isPlainLinear(lv: LogicalVolume, rows: Map<string, LogicalVolume>): boolean {
  if (
    lv.layout.length !== 1 ||
    lv.layout[0] !== "linear" ||
    lv.pool !== "" ||
    lv.origin !== "" ||
    lvAttr(lv.attr).volumeType !== "plain"
  )
    return false;
  for (const other of rows.values()) if (other.origin === lv.name || other.pool === lv.name) return false;
  return true;
}

export class LvCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, { started: number; p: Promise<unknown> }>();
  /** Orders calls and refills: a call may share only a refill that started after the call did. */
  private clock = 0;
  readonly stats: CacheStats = {
    hits: 0,
    diskChecks: 0,
    commandChecks: 0,
    vgRefills: 0,
    lvRefills: 0,
    pendingReads: 0,
    patches: 0,
    drops: 0,
    metadataRefills: 0,
  };
  /** lv_attr from its fifth character, as lvm reports it for a linear LV here (metadata-only); learnt from lvm's reports. */
  private attrTail?: string;
  private readonly ttl: number;

  constructor(
    private readonly source: CacheSource,
    private readonly opts: CacheOptions,
  ) {
    this.ttl = opts.dmStateTtlMs ?? DM_STATE_TTL_MS;
  }

  private entry(vg: string): Entry {
    let e = this.entries.get(vg);
    if (!e) {
      e = { seqno: -1, pvs: [], infoStale: false, pending: new Set(), at: 0 };
      this.entries.set(vg, e);
    }
    return e;
  }

  /**
   * Shares a refill between concurrent callers, but only one that started
   * after the caller's call began (`since`): a refill already running may have
   * read LVM before a change the caller must see.
   */
  private once<T>(key: string, since: number, fn: () => Promise<T>): Promise<T> {
    const running = this.flights.get(key);
    if (running && running.started > since) return running.p as Promise<T>;
    const flight = { started: ++this.clock, p: undefined as unknown as Promise<T> };
    flight.p = fn().finally(() => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    });
    this.flights.set(key, flight);
    return flight.p;
  }

  /** Drops everything known about a VG (the next read refills it). */
  invalidate(vg: string): void {
    const e = this.entries.get(vg);
    if (!e) return;
    this.stats.drops++;
    e.seqno = -1;
    e.info = undefined;
    e.rows = undefined;
    e.sorted = undefined;
    e.pending.clear();
    e.infoStale = false;
  }

  /** The committed seqno on disk, or undefined when it cannot be read without lvm. */
  private async diskSeqno(vg: string): Promise<number | undefined> {
    const e = this.entries.get(vg);
    if (!e || e.pvs.length === 0 || e.uuid === undefined) return undefined;
    this.stats.diskChecks++;
    return this.opts.diskSeqno(e.pvs, vg, e.uuid);
  }

  /** Stores a `vgs` result; returns its seqno. */
  private storeVg(vg: string, r: VgReport): number {
    const e = this.entry(vg);
    if (r.info.seqno < e.seqno) return r.info.seqno;
    if (r.info.seqno !== e.seqno) {
      e.rows = undefined;
      e.sorted = undefined;
      e.pending.clear();
    }
    e.seqno = r.info.seqno;
    e.uuid = r.info.uuid;
    e.pvs = r.pvs;
    e.info = r.info;
    e.infoStale = false;
    return r.info.seqno;
  }

  private async refreshVg(vg: string, since: number): Promise<VolumeGroupInfo> {
    return this.once(`${vg}\0vg`, since, async () => {
      this.stats.vgRefills++;
      const r = await this.source.vgReport(vg);
      this.storeVg(vg, r);
      return r.info;
    });
  }

  /**
   * The VG's current seqno: from disk when possible, otherwise from `vgs`
   * (which also refreshes the VG info; then `info` is that fresh answer).
   */
  private async currentSeqno(vg: string, since: number): Promise<{ seqno: number; info?: VolumeGroupInfo }> {
    const disk = await this.diskSeqno(vg);
    if (disk !== undefined) return { seqno: disk };
    this.stats.commandChecks++;
    const info = await this.refreshVg(vg, since);
    return { seqno: info.seqno, info };
  }

  async vg(vg: string): Promise<VolumeGroupInfo> {
    const since = ++this.clock;
    const e = this.entries.get(vg);
    if (!e || e.uuid === undefined) return this.refreshVg(vg, since);
    const { seqno, info } = await this.currentSeqno(vg, since);
    if (info) return info;
    if (seqno === e.seqno && e.info) {
      if (!e.infoStale) {
        this.stats.hits++;
        return e.info;
      }
      if (e.pending.size > 0 && e.rows) {
        await this.resolvePending(vg, since);
        if (e.seqno === seqno && e.info && !e.infoStale) return e.info;
      }
    }
    return (await this.fromMetadata(vg, since)) && e.info ? e.info : this.refreshVg(vg, since);
  }

  /** The VG's committed seqno now (from disk when possible, else one `vgs`): a key for anything derived from its metadata. */
  async seqno(vg: string): Promise<number> {
    const since = ++this.clock;
    if (this.entries.get(vg)?.uuid === undefined) await this.refreshVg(vg, since);
    return (await this.currentSeqno(vg, since)).seqno;
  }

  private async dmKey(vg: string): Promise<string | undefined> {
    if (this.opts.metadataOnly || !this.opts.mapperEntries) return undefined;
    const prefix = dmPrefix(vg);
    const names = (await this.opts.mapperEntries()).filter((n) => n.startsWith(prefix)).sort();
    return names.join("/");
  }

  private dmFresh(e: Entry, key: string | undefined): boolean {
    if (this.opts.metadataOnly) return true;
    return Date.now() - e.at < this.ttl && e.dmKey === key;
  }

  async lvs(vg: string): Promise<LogicalVolume[]> {
    const since = ++this.clock;
    const e = this.entries.get(vg);
    if (e && e.seqno >= 0 && e.rows && e.uuid !== undefined) {
      const [{ seqno }, key] = await Promise.all([this.currentSeqno(vg, since), this.dmKey(vg)]);
      if (seqno === e.seqno && e.rows && this.dmFresh(e, key)) {
        if (e.pending.size > 0) await this.resolvePending(vg, since);
        if (e.seqno === seqno && e.rows && e.pending.size === 0) {
          this.stats.hits++;
          return sortedRows(e);
        }
      }
    }
    return this.refillLvs(vg, since);
  }

  /** One LV by name (same checks as lvs()). */
  async lv(vg: string, name: string): Promise<LogicalVolume | undefined> {
    // lvs() returns the rows sorted by name: binary search instead of a scan of thousands.
    const rows = await this.lvs(vg);
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = rows[mid].name;
      if (n === name) return rows[mid];
      if (n < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Reads every LV of the VG and stores it. */
  private refillLvs(vg: string, since: number): Promise<LogicalVolume[]> {
    return this.once(`${vg}\0lvs`, since, async () => {
      if (!this.entries.get(vg)?.uuid) await this.refreshVg(vg, since);
      if (await this.fromMetadata(vg, since)) return sortedRows(this.entry(vg));
      this.stats.lvRefills++;
      const before = await this.diskSeqno(vg);
      const key = await this.dmKey(vg);
      const at = Date.now();
      const r = await this.source.lvReport(vg);
      this.learnAttrTail(r.lvs);
      const e = this.entry(vg);
      let seqno = r.seqno;
      if (seqno === undefined) {
        // No rows, so no seqno in the report: it is the seqno on disk if that did not move across the command.
        const after = await this.diskSeqno(vg);
        if (before !== undefined && after === before) seqno = before;
      }
      if (seqno === undefined || seqno < e.seqno) return r.lvs;
      if (seqno !== e.seqno) {
        // The VG info was read at another seqno: vg() reads it again.
        e.info = undefined;
        e.infoStale = false;
      }
      e.seqno = seqno;
      e.rows = new Map(r.lvs.map((lv) => [lv.name, frozen(lv)]));
      e.sorted = undefined;
      e.pending.clear();
      e.at = at;
      e.dmKey = key;
      return sortedRows(e);
    });
  }

  /**
   * Refills the entry from the VG's metadata text (see the header). False,
   * with the entry untouched, when the text cannot be read or decoded.
   */
  private fromMetadata(vg: string, since: number): Promise<boolean> {
    return this.once(`${vg}\0md`, since, async () => {
      // Callers have read the VG once (vgs): its uuid and PV devices are known.
      const e = this.entry(vg);
      const read = this.opts.metadataText;
      if (!read || !this.opts.metadataOnly) return false;
      const md = await read(e.pvs, vg, e.uuid!);
      if (!md) return false;
      let guessed: DecodedVg | undefined;
      if (this.attrTail === undefined) {
        // First time: decode with the likely tail while lvm reports one LV to confirm it (start-up pays for one, not both).
        const probe = this.probeAttrTail(vg, md.text);
        await new Promise((r) => setImmediate(r));
        guessed = decodeVg(md.text, md.seqno, vg, LIKELY_ATTR_TAIL, e.decoded);
        await probe;
        if (this.attrTail === undefined) return false;
      }
      const d =
        guessed && this.attrTail === LIKELY_ATTR_TAIL
          ? guessed
          : decodeVg(md.text, md.seqno, vg, this.attrTail, e.decoded);
      // Every PV must be one vgs listed by its device (a missing one is not in e.pvs), and no change may have overtaken this one.
      if (!d || d.head.pvNames.size !== e.pvs.length || md.seqno < e.seqno) return false;
      this.stats.metadataRefills++;
      e.seqno = md.seqno;
      e.info = d.info;
      e.infoStale = false;
      e.rows = d.rows;
      e.sorted = undefined;
      e.pending.clear();
      e.decoded = d;
      return true;
    });
  }

  /** Learns attrTail from lvm's report of one LV of the text, the first time a VG is decoded. */
  private async probeAttrTail(vg: string, text: Buffer): Promise<void> {
    const at = text.indexOf("\nlogical_volumes {\n");
    const name =
      at < 0 ? undefined : /^\n*([A-Za-z0-9_.+-]+) \{\n/.exec(text.toString("latin1", at + 19, at + 300))?.[1];
    if (name === undefined) return;
    try {
      this.learnAttrTail((await this.source.lvReport(vg, [name])).lvs);
    } catch {
      // Gone meanwhile, or lvm failed: the caller reads everything with lvm instead.
    }
  }

  /**
   * lv_attr's device-mapper part as lvm reports it for a healthy linear LV
   * (only used with metadataOnly, where it is the same for every such LV).
   */
  private learnAttrTail(lvs: readonly LogicalVolume[]): void {
    const lv = lvs.find((x) => x.layout.length === 1 && x.layout[0] === "linear" && x.pool === "" && x.origin === "");
    // Target, zero, health and skip characters blank: a plain, healthy LV; state and open as lvm says.
    if (lv && /^-[wr][a-z]-..----$/.test(lv.attr)) this.attrTail ??= lv.attr.slice(4);
  }

  /** Re-reads the LVs our mutations touched (and the VG columns with them); on any doubt, drops the rows. */
  private resolvePending(vg: string, since: number): Promise<void> {
    return this.once(`${vg}\0pending`, since, async () => {
      const e = this.entry(vg);
      const names = [...e.pending];
      if (names.length === 0) return;
      // The text holds every change at once: no lvm command, whatever the names.
      if (await this.fromMetadata(vg, since)) return;
      const seqno = e.seqno;
      this.stats.pendingReads++;
      let r: LvReport;
      try {
        r = await this.source.lvReport(vg, names);
      } catch {
        if (e.seqno === seqno) this.invalidate(vg);
        return;
      }
      if (e.seqno !== seqno || !e.rows) return;
      const found = new Map(r.lvs.map((lv) => [lv.name, lv]));
      if (r.seqno !== seqno || r.info?.seqno !== seqno || names.some((n) => !found.has(n))) {
        this.invalidate(vg);
        return;
      }
      for (const [name, lv] of found) e.rows.set(name, frozen(lv));
      e.sorted = undefined;
      e.info = r.info;
      e.infoStale = false;
      e.pending.clear();
    });
  }

  /** Call under the VG's mutation lock, right before a mutating command: the seqno it starts from. */
  async beforeMutation(vg: string): Promise<number | undefined> {
    try {
      return await this.diskSeqno(vg);
    } catch {
      return undefined;
    }
  }

  /**
   * Call right after a mutating command ran (ok = it succeeded). Patches the
   * entry when ours was the only change; drops it otherwise.
   */
  async afterMutation(vg: string, before: number | undefined, effect: MutationEffect, ok: boolean): Promise<void> {
    const e = this.entries.get(vg);
    if (!e) return;
    if (!ok) {
      // A failed command normally changes nothing; the seqno check catches it when it did.
      return;
    }
    let after: number | undefined;
    try {
      after = await this.diskSeqno(vg);
    } catch {
      after = undefined;
    }
    if (effect.kind === "activation" || before === undefined || after !== before + 1 || e.seqno !== before) {
      this.invalidate(vg);
      return;
    }
    this.stats.patches++;
    e.sorted = undefined;
    e.seqno = after;
    if (e.info) e.info = { ...e.info, seqno: after };
    const rows = e.rows;
    const row = rows?.get(effect.name);
    switch (effect.kind) {
      case "create":
        e.pending.add(effect.name);
        for (const r of effect.related ?? []) if (rows?.has(r)) e.pending.add(r);
        e.infoStale = true;
        break;
      case "tags":
        if (rows && row && !e.pending.has(effect.name)) {
          const tags = new Set(row.tags);
          for (const t of effect.del) tags.delete(t);
          for (const t of effect.add) tags.add(t);
          rows.set(effect.name, frozen({ ...row, tags: [...tags].sort() }));
        } else {
          e.pending.add(effect.name);
        }
        break;
      case "extend":
        if (rows && row && e.info && !e.infoStale && !e.pending.has(effect.name) && isPlainLinear(row, rows)) {
          const delta = effect.sizeBytes - row.sizeBytes;
          rows.set(effect.name, frozen({ ...row, sizeBytes: effect.sizeBytes }));
          e.info = { ...e.info, freeBytes: e.info.freeBytes - delta };
        } else {
          e.pending.add(effect.name);
          e.infoStale = true;
        }
        break;
      case "remove":
        if (rows && row && e.info && !e.infoStale && !e.pending.has(effect.name) && isPlainLinear(row, rows)) {
          rows.delete(effect.name);
          e.info = { ...e.info, freeBytes: e.info.freeBytes + row.sizeBytes, lvCount: e.info.lvCount - 1 };
        } else {
          // Removing a snapshot, thin volume or pool changes other LVs: read everything again.
          e.rows = undefined;
          e.pending.clear();
          e.infoStale = true;
        }
        break;
    }
    if (e.infoStale && e.pending.size === 0 && !e.rows) e.info = undefined;
  }
}

/** /dev/mapper entries (activation mode's device-mapper fingerprint). */
export async function listMapper(): Promise<string[]> {
  try {
    return await readdir("/dev/mapper");
  } catch {
    return [];
  }
}
