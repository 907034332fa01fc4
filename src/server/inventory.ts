// The daemon's one gateway to LVM: services and the exporter read and change
// LVM only through an Inventory, never through Lvm itself, so the fail-closed
// rules live here, in one place: the allow-list of volume groups (resolveVg),
// the ownership tag (requireManaged), the per-VG mutation lock (mutate; every
// change runs with it held) and journalled creation (journal/create-journal.ts),
// which keeps an LV whose creation never finished invisible until a retry
// finishes it or a sweep removes it. Every LV it reads carries `creating` when
// the journal still has it pending, so readers need one test, isUnfinished, for
// that and for the creating tag of older lvmctl versions alike.
import type { Logger } from "pino";
import { LvmctlError } from "./errors.js";
import { stillRunning } from "./exec/command.js";
import { CreateJournal } from "./journal/create-journal.js";
import { KeyedMutex } from "./keyed-mutex.js";
import type { Lvm } from "./lvm/lvm.js";
import {
  CREATING_TAG,
  isManaged,
  isUnfinished,
  MANAGED_TAG,
  type LogicalVolume,
  type MetadataArea,
  type VolumeGroupInfo,
} from "./lvm/model.js";
import { validateLvName, validateVgName } from "./lvm/names.js";

export interface InventoryOptions {
  /** How long a mutation waits for its VG's lock before answering UNAVAILABLE (0 = no limit). */
  lockWaitMs?: number;
  log?: Logger;
  /** The directory of the create journals (one per VG); required when there are volume groups. */
  stateDir?: string;
  /** Told how long each mutation waited for its VG's lock, in seconds, once it got it (metrics). */
  observeLockWait?: (vg: string, seconds: number) => void;
}

/** Lets the export layer veto or prepare the deletion of an exported volume. */
export type BeforeDeleteHook = (lv: LogicalVolume, force: boolean) => Promise<void>;

/** An LV to create. */
export type NewLv =
  | { kind: "linear"; sizeBytes: bigint }
  | { kind: "thin"; pool: string; sizeBytes: bigint }
  | { kind: "snapshot"; source: string; sizeBytes: bigint | undefined };

/** A VG and its LVs as one mutation read them. */
export interface VgState {
  info: VolumeGroupInfo;
  lvs: LogicalVolume[];
}

export class Inventory {
  private readonly mutations = new KeyedMutex();
  /** Mutations waiting for each VG's lock, so they can be turned away when it gets stuck. */
  private readonly waiting = new Map<string, Set<(err: LvmctlError) => void>>();
  /** VGs whose lock is held by an lvm command that outlived its watchdog, and what that command is. */
  private readonly stuck = new Map<string, string>();
  /** Told the VG after each mutation ends, whatever its outcome (the watch hub reads the VG again). */
  private readonly mutatedListeners = new Set<(vg: string) => void>();

  /** Which creations are unfinished, per VG (journal/create-journal.ts). */
  private readonly journals = new Map<string, CreateJournal>();

  /** Reads each VG's create journal (synchronously; throws when one is corrupt). */
  constructor(
    private readonly lvm: Lvm,
    readonly volumeGroups: readonly string[],
    private readonly opts: InventoryOptions = {},
  ) {
    if (volumeGroups.length === 0) return;
    if (opts.stateDir === undefined) throw new Error("a state directory is needed for the create journals");
    for (const vg of volumeGroups) this.journals.set(vg, new CreateJournal(opts.stateDir, vg));
  }

  /**
   * Start-up: takes every VG's create journal for writing. Throws while
   * another process holds one (the start-up checks retry) or one is corrupt.
   */
  takeJournals(): void {
    for (const journal of this.journals.values()) {
      const { tornBytes } = journal.acquire();
      if (tornBytes > 0)
        this.opts.log?.warn({ journal: journal.path, tornBytes }, "cut off a torn last record of the create journal");
    }
  }

  /** The VG a request means: validated, defaulted, and in the allow-list (checked before any command runs). */
  resolveVg(requested: string, field = "volume_group"): string {
    const vg = requested === "" ? this.volumeGroups[0] : requested;
    validateVgName(field, vg);
    if (!this.volumeGroups.includes(vg)) {
      throw new LvmctlError("PERMISSION_DENIED", `${field}: volume group "${vg}" is not managed by this lvmctld`);
    }
    return vg;
  }

  /** Validates an LV name from a request. */
  lvName(field: string, name: string): string {
    validateLvName(field, name);
    return name;
  }

  /**
   * Runs a mutation with the VG's lock held; reads never take it. A caller that
   * goes away (signal) or waits longer than lockWaitMs leaves the queue without
   * running anything. When a mutating lvm command outlives its watchdog, the
   * RPC fails but the lock stays held until the command really ends (then
   * unfinished creations are swept); meanwhile other mutations of that VG are
   * turned away with UNAVAILABLE instead of piling up.
   */
  mutate<T>(vg: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const stuck = this.stuck.get(vg);
    if (stuck !== undefined) return Promise.reject(busy(vg, stuck));
    const queued = performance.now();
    return new Promise<T>((resolve, reject) => {
      let state: "queued" | "running" | "abandoned" = "queued";
      let timer: NodeJS.Timeout | undefined;
      const waiters = this.waiting.get(vg) ?? new Set();
      this.waiting.set(vg, waiters);
      const leaveQueue = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        waiters.delete(abandon);
        if (waiters.size === 0 && this.waiting.get(vg) === waiters) this.waiting.delete(vg);
      };
      const abandon = (err: LvmctlError) => {
        if (state !== "queued") return;
        state = "abandoned";
        leaveQueue();
        reject(err);
      };
      const onAbort = () =>
        abandon(new LvmctlError("CANCELLED", `request cancelled while waiting for volume group "${vg}"`));
      waiters.add(abandon);
      signal?.addEventListener("abort", onAbort, { once: true });
      const waitMs = this.opts.lockWaitMs ?? 0;
      if (waitMs > 0) {
        timer = setTimeout(
          () =>
            abandon(
              new LvmctlError(
                "UNAVAILABLE",
                `volume group "${vg}" stayed busy for ${waitMs} ms; nothing was changed, retry later`,
              ),
            ),
          waitMs,
        );
      }
      if (signal?.aborted) onAbort();
      void this.mutations.run(vg, async () => {
        if (state === "abandoned") return;
        state = "running";
        leaveQueue();
        this.opts.observeLockWait?.(vg, (performance.now() - queued) / 1000);
        try {
          resolve(await fn());
        } catch (err) {
          const lingering = stillRunning(err);
          if (lingering) this.holdUntilDone(vg, err);
          reject(err);
          if (lingering) await this.afterLingering(vg, lingering);
        } finally {
          for (const listener of this.mutatedListeners) listener(vg);
        }
      });
    });
  }

  private holdUntilDone(vg: string, err: unknown): void {
    const what = err instanceof Error ? err.message : String(err);
    this.stuck.set(vg, what);
    for (const waiter of [...(this.waiting.get(vg) ?? [])]) waiter(busy(vg, what));
    this.opts.log?.warn({ vg, command: what }, "volume group locked until a timed-out lvm command ends");
  }

  private async afterLingering(vg: string, lingering: Promise<void>): Promise<void> {
    try {
      await lingering;
    } finally {
      this.stuck.delete(vg);
    }
    try {
      const removed = await this.recoverUnfinished(vg);
      this.opts.log?.info({ vg, removed }, "timed-out lvm command ended; volume group unlocked");
    } catch (err) {
      this.opts.log?.warn(
        { vg, reason: err instanceof Error ? err.message : String(err) },
        "sweep after a timed-out command failed",
      );
    }
  }

  /**
   * Removes the LVs whose creation never finished (never acknowledged to a
   * client): those the create journal has pending, and those tagged creating by
   * an older lvmctl. Only LVs that carry lvmctl's ownership tag are removed; a
   * pending begin whose LV is not lvmctl's or older than the begin is just
   * closed. One whose LV is missing stays pending for ORPHAN_GRACE_MS: an
   * lvcreate a killed daemon started may still land, and its LV must stay
   * hidden. The caller must hold the VG's lock. Returns the names removed.
   */
  async recoverUnfinished(vg: string, only?: string): Promise<string[]> {
    const removed: string[] = [];
    const lvs = await this.lvs([vg]);
    const journal = this.journals.get(vg);
    for (const begin of journal?.pending() ?? []) {
      if (only !== undefined && begin.name !== only) continue;
      const lv = lvs.find((l) => l.name === begin.name);
      if (lv && isManaged(lv) && !createdBefore(lv, begin.at)) {
        await this.lvm.remove(vg, lv.name);
        removed.push(lv.name);
      } else if (lv) {
        this.opts.log?.warn({ vg, name: lv.name }, "an LV predating its unfinished creation is left alone");
      } else if (Date.now() - (begin.at ?? 0) < ORPHAN_GRACE_MS) continue;
      await journal?.abort(vg, begin.name);
    }
    for (const lv of lvs) {
      if (!isManaged(lv) || !lv.tags.includes(CREATING_TAG) || (only !== undefined && lv.name !== only)) continue;
      if (removed.includes(lv.name)) continue;
      await this.lvm.remove(vg, lv.name);
      removed.push(lv.name);
    }
    return removed;
  }

  /** Drops settled records from the create journals (after the start-up sweep). */
  async compactJournals(): Promise<void> {
    for (const journal of this.journals.values()) await journal.compact();
  }

  /**
   * Makes way for creating `name` (the caller holds the VG's lock). An LV of
   * that name whose creation never finished (never acknowledged to anyone) is
   * finished and returned when `sameRequest` says this retry asks for it, and
   * removed otherwise, after which the VG is read again.
   */
  async settleUnfinished(
    vg: string,
    name: string,
    state: VgState,
    sameRequest: (unfinished: LogicalVolume) => boolean,
  ): Promise<{ finished: LogicalVolume } | VgState> {
    const unfinished = state.lvs.find((lv) => lv.name === name && isUnfinished(lv));
    if (!unfinished) return state;
    if (sameRequest(unfinished)) return { finished: await this.finishCreation(vg, name) };
    await this.remove(vg, name);
    const [info, lvs] = await Promise.all([this.vg(vg), this.lvs([vg])]);
    return { info, lvs };
  }

  /**
   * Journalled creation (the caller holds the VG's lock): a begin record is
   * made durable, lvcreate writes the LV with the ownership tag, `fill` runs
   * while the LV is still unfinished (invisible), and a durable done record
   * makes it a volume. When a step fails, nothing half-made stays; when a step
   * outlives its watchdog, the VG's sweep cleans up once it ends. Returns the
   * LV as read back.
   */
  async create(
    vg: string,
    name: string,
    lv: NewLv,
    extraTags: readonly string[] = [],
    fill?: (created: LogicalVolume) => Promise<void>,
  ): Promise<LogicalVolume> {
    const journal = this.requireJournal(vg);
    const begin = await journal.begin(vg, name);
    const tags = [MANAGED_TAG, ...extraTags];
    try {
      if (lv.kind === "linear") await this.lvm.createLinear(vg, name, lv.sizeBytes, tags);
      else if (lv.kind === "thin") await this.lvm.createThin(vg, name, lv.pool, lv.sizeBytes, tags);
      else await this.lvm.createSnapshot(vg, name, lv.source, lv.sizeBytes, tags);
      // Data copied in (a clone) before the volume is ready: a crash mid-copy leaves an unfinished LV, swept later.
      if (fill) {
        const created = await this.lvm.findLv(vg, name);
        if (!created) throw new LvmctlError("INTERNAL", `lvm reported "${vg}/${name}" created, but it is not there`);
        await fill(created);
      }
    } catch (err) {
      // An LV of that name that lvcreate found in its way is someone else's: only the begin is closed.
      const ours = !(err instanceof LvmctlError && err.code === "ALREADY_EXISTS");
      if (!stillRunning(err)) await this.abandonCreation(vg, name, ours ? begin.at : undefined);
      throw err;
    }
    return this.finishCreation(vg, name);
  }

  /**
   * Makes an unfinished LV a volume and reads it back: a durable done record
   * for a journalled creation, the removal of the creating tag for one an older
   * lvmctl began. When that fails, the LV is removed (best effort).
   */
  private async finishCreation(vg: string, name: string): Promise<LogicalVolume> {
    const lv = await this.lvm.findLv(vg, name);
    if (!lv) {
      await this.abandonCreation(vg, name, undefined);
      throw new LvmctlError("INTERNAL", `lvm reported "${vg}/${name}" created, but it is not there`);
    }
    const legacy = lv.tags.includes(CREATING_TAG);
    try {
      if (legacy) await this.lvm.changeTags(vg, name, [], [CREATING_TAG]);
      const journal = this.journals.get(vg);
      if (journal?.isPending(vg, name)) await journal.done(vg, name, lv.uuid);
    } catch (err) {
      if (!stillRunning(err)) await this.abandonCreation(vg, name, 0);
      // The LV lvcreate just reported is not there: lvm's fault, not a missing volume of the caller's.
      if (err instanceof LvmctlError && err.code === "NOT_FOUND") {
        throw new LvmctlError("INTERNAL", `lvm reported "${vg}/${name}" created, but it is not there`, { cause: err });
      }
      throw err;
    }
    if (!legacy) return lv;
    const ready = await this.findLv(vg, name);
    if (!ready) throw new LvmctlError("INTERNAL", `lvm reported "${vg}/${name}" created, but it is not there`);
    return ready;
  }

  /**
   * Best effort, after a failed creation: removes its LV when that is
   * unfinished and lvmctl's (for a journalled one: made at or after `since`;
   * undefined leaves it alone), then closes the begin. The failure that got us
   * here is what the caller reports; whatever is left stays invisible until a
   * retry or the next sweep settles it.
   */
  private async abandonCreation(vg: string, name: string, since: number | undefined): Promise<void> {
    try {
      const lv = await this.lvm.findLv(vg, name);
      const journal = this.journals.get(vg);
      const pending = journal?.isPending(vg, name) === true;
      const ours =
        lv !== undefined &&
        isManaged(lv) &&
        (pending ? since !== undefined && !createdBefore(lv, since) : lv.tags.includes(CREATING_TAG));
      if (ours) await this.lvm.remove(vg, name);
      if (pending) await journal?.abort(vg, name);
    } catch {
      // Logged by the runner (lvm), or fatal to the journal (which then refuses new creations).
    }
  }

  private requireJournal(vg: string): CreateJournal {
    const journal = this.journals.get(vg);
    if (!journal) throw new LvmctlError("INTERNAL", `no create journal for volume group "${vg}"`);
    return journal;
  }

  /** Grows an LV (the caller holds the VG's lock). */
  async extend(vg: string, name: string, sizeBytes: bigint): Promise<void> {
    await this.lvm.extend(vg, name, sizeBytes);
  }

  /** Activates an LV so its device node appears (the caller holds the VG's lock). */
  async activate(vg: string, name: string): Promise<void> {
    await this.lvm.activate(vg, name);
  }

  /** Deactivates an LV (the caller holds the VG's lock). */
  async deactivate(vg: string, name: string): Promise<void> {
    await this.lvm.deactivate(vg, name);
  }

  /** Removes an LV (the caller holds the VG's lock and has checked it may); an unfinished creation of it is closed. */
  async remove(vg: string, name: string): Promise<void> {
    await this.lvm.remove(vg, name);
    const journal = this.journals.get(vg);
    if (journal?.isPending(vg, name)) await journal.abort(vg, name);
  }

  /** Adds and removes tags of an LV (the caller holds the VG's lock). */
  async changeTags(vg: string, name: string, add: readonly string[], del: readonly string[]): Promise<void> {
    await this.lvm.changeTags(vg, name, add, del);
  }

  /** Calls `listener` with the VG after each mutation of it ends. Returns a function that stops it. */
  onMutated(listener: (vg: string) => void): () => void {
    this.mutatedListeners.add(listener);
    return () => this.mutatedListeners.delete(listener);
  }

  /** The VG's committed metadata seqno: read from its PVs with the read cache on, else one `vgs`. */
  async seqno(vg: string): Promise<number> {
    return this.lvm.cache ? this.lvm.cache.seqno(vg) : (await this.vg(vg)).seqno;
  }

  /** True when lvm runs without activation (--metadata-only): no devices, so no thin volumes or snapshots. */
  get metadataOnly(): boolean {
    return this.lvm.metadataOnly;
  }

  /** Start-up check: lvm runs and every configured VG exists. Returns lvm's version. */
  async verify(): Promise<string> {
    const version = await this.lvm.version();
    const found = await this.lvm.listVgs(this.volumeGroups);
    const missing = this.volumeGroups.filter((vg) => !found.some((f) => f.name === vg));
    if (missing.length > 0) throw new Error(`volume groups not found: ${missing.join(", ")}`);
    return version;
  }

  /** A VG and its LVs, read one after the other (a mutation's first read). */
  async readVg(vg: string): Promise<VgState> {
    const info = await this.vg(vg);
    return { info, lvs: await this.lvs([vg]) };
  }

  async metadataAreas(vgs: readonly string[], signal?: AbortSignal): Promise<Map<string, MetadataArea>> {
    return this.lvm.metadataAreas(vgs, signal);
  }

  async vg(vg: string, signal?: AbortSignal): Promise<VolumeGroupInfo> {
    const [info] = await this.lvm.listVgs([vg], signal);
    if (!info) throw new LvmctlError("NOT_FOUND", `volume group "${vg}" not found`);
    return info;
  }

  /** The LVs of some VGs, those the create journal has pending marked `creating`. */
  async lvs(vgs: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    const lvs = await this.lvm.listLvs(vgs, signal);
    return vgs.some((vg) => this.journals.get(vg)?.hasPending) ? lvs.map((lv) => this.marked(lv)) : lvs;
  }

  /** Finds a finished volume; an LV whose creation never finished is not a volume yet. */
  async findLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume | undefined> {
    const lv = await this.lvm.findLv(vg, name, signal);
    return lv && !isUnfinished(this.marked(lv)) ? lv : undefined;
  }

  /** A copy marked `creating` when the journal has the LV pending (lvm's objects are shared with its cache). */
  private marked(lv: LogicalVolume): LogicalVolume {
    return this.journals.get(lv.vgName)?.isPending(lv.vgName, lv.name) ? { ...lv, creating: true } : lv;
  }

  async requireLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume> {
    const lv = await this.findLv(vg, name, signal);
    if (!lv) throw new LvmctlError("NOT_FOUND", `volume "${vg}/${name}" not found`);
    return lv;
  }

  /** Refuses to act on an LV lvmctl does not own. */
  requireManaged(lv: LogicalVolume): LogicalVolume {
    if (!isManaged(lv)) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `volume "${lv.vgName}/${lv.name}" is not managed by lvmctl (no lvmctl.managed tag); it is left untouched`,
      );
    }
    return lv;
  }
}

/** How long a begin whose LV is missing stays pending after a crash (the longest an orphaned lvcreate may take). */
const ORPHAN_GRACE_MS = 10 * 60_000;

/**
 * True when `lv` was made before a begin written at `beginAt` (ms), so it is not
 * that creation's LV. lvm records creation times in whole seconds; a second of
 * slack more covers rounding. An unreadable time counts as not before.
 */
function createdBefore(lv: LogicalVolume, beginAt: number | undefined): boolean {
  const created = Date.parse(lv.createTime);
  if (beginAt === undefined || Number.isNaN(created)) return false;
  return created < Math.floor(beginAt / 1000) * 1000 - 1000;
}

function busy(vg: string, what: string): LvmctlError {
  return new LvmctlError(
    "UNAVAILABLE",
    `volume group "${vg}" is locked until an lvm command that did not finish in time ends (${what}); nothing was changed, retry later`,
  );
}
