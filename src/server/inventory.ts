// Resolves request names to LVM objects while enforcing the allow-list and
// the ownership tag: the fail-closed rules live here, in one place. It also
// owns the per-VG mutation lock and the clean-up of unfinished creations.
import type { Logger } from "pino";
import { LvmctlError } from "./errors.js";
import { stillRunning } from "./exec/command.js";
import { KeyedMutex } from "./keyed-mutex.js";
import type { Lvm } from "./lvm/lvm.js";
import { isManaged, isUnfinished, type LogicalVolume, type VolumeGroupInfo } from "./lvm/model.js";
import { validateLvName, validateVgName } from "./lvm/names.js";

export interface InventoryOptions {
  /** How long a mutation waits for its VG's lock before answering UNAVAILABLE (0 = no limit). */
  lockWaitMs?: number;
  log?: Logger;
}

export class Inventory {
  private readonly mutations = new KeyedMutex();
  /** Mutations waiting for each VG's lock, so they can be turned away when it gets stuck. */
  private readonly waiting = new Map<string, Set<(err: LvmctlError) => void>>();
  /** VGs whose lock is held by an lvm command that outlived its watchdog, and what that command is. */
  private readonly stuck = new Map<string, string>();

  constructor(
    readonly lvm: Lvm,
    readonly volumeGroups: readonly string[],
    private readonly opts: InventoryOptions = {},
  ) {}

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
      const onAbort = () => abandon(new LvmctlError("CANCELLED", `request cancelled while waiting for volume group "${vg}"`));
      waiters.add(abandon);
      signal?.addEventListener("abort", onAbort, { once: true });
      const waitMs = this.opts.lockWaitMs ?? 0;
      if (waitMs > 0) {
        timer = setTimeout(
          () => abandon(new LvmctlError("UNAVAILABLE", `volume group "${vg}" stayed busy for ${waitMs} ms; nothing was changed, retry later`)),
          waitMs,
        );
      }
      if (signal?.aborted) onAbort();
      void this.mutations.run(vg, async () => {
        if (state === "abandoned") return;
        state = "running";
        leaveQueue();
        try {
          resolve(await fn());
        } catch (err) {
          const lingering = stillRunning(err);
          if (lingering) this.holdUntilDone(vg, err);
          reject(err);
          if (lingering) await this.afterLingering(vg, lingering);
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
      this.opts.log?.warn({ vg, reason: err instanceof Error ? err.message : String(err) }, "sweep after a timed-out command failed");
    }
  }

  /**
   * Removes the LVs whose creation never finished (lvmctl's own creating tag,
   * never acknowledged to a client). Only LVs that carry lvmctl's ownership tag
   * are considered. The caller must hold the VG's lock. Returns the names removed.
   */
  async recoverUnfinished(vg: string, only?: string): Promise<string[]> {
    const removed: string[] = [];
    for (const lv of await this.lvs([vg])) {
      if (!isUnfinished(lv) || (only !== undefined && lv.name !== only)) continue;
      await this.lvm.remove(vg, lv.name);
      removed.push(lv.name);
    }
    return removed;
  }

  async vg(vg: string, signal?: AbortSignal): Promise<VolumeGroupInfo> {
    const [info] = await this.lvm.listVgs([vg], signal);
    if (!info) throw new LvmctlError("NOT_FOUND", `volume group "${vg}" not found`);
    return info;
  }

  async lvs(vgs: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    return this.lvm.listLvs(vgs, signal);
  }

  /** Finds a finished volume; an LV whose creation never finished is not a volume yet. */
  async findLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume | undefined> {
    const lv = await this.lvm.findLv(vg, name, signal);
    return lv && !isUnfinished(lv) ? lv : undefined;
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

function busy(vg: string, what: string): LvmctlError {
  return new LvmctlError("UNAVAILABLE", `volume group "${vg}" is locked until an lvm command that did not finish in time ends (${what}); nothing was changed, retry later`);
}
