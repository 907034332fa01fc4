// The export engine: LV tags hold the desired state, LIO is brought in line
// with them. Every change writes the tags first and then converges LIO, so a
// crash between any two steps leaves tags that the next reconcile completes or
// undoes exactly. All targetcli use goes through one lock (LIO and targetcli
// are not safe for concurrent writers): read configfs, plan, run the plan as
// ONE targetcli process fed on stdin, read configfs again to verify (piped
// targetcli exits 0 even when a step fails), and the script ends in saveconfig.
import type { Logger } from "pino";
import { invalidArgument, LvmctlError } from "../errors.js";
import { CommandError, stillRunning } from "../exec/command.js";
import type { CommandRunner } from "../exec/runner.js";
import type { BeforeDeleteHook, Inventory } from "../inventory.js";
import { KeyedMutex } from "../keyed-mutex.js";
import { isActive, isManaged, isThinPool, type LogicalVolume } from "../lvm/model.js";
import { ChapKey, deriveChap, type ChapCredentials } from "./chap.js";
import {
  backstoreName,
  MAX_ISCSI_NAME,
  parseBackstoreName,
  parseTargetIqn,
  portalName,
  targetIqn,
  unitSerial,
  type Portal,
  type VolumeRef,
} from "./names.js";
import { planExports, type Action, type DesiredExport, type Scope } from "./plan.js";
import { probeLio } from "./probe.js";
import { renderScript } from "./script.js";
import { readLioState } from "./state.js";
import { exportTagChanges, readExportTags, type ExportSettings } from "./tags.js";

export interface ExportOptions {
  /** Why exports are switched off (--no-exports, --metadata-only); undefined when on. */
  disabledReason?: string;
  targetcliBinary: string;
  iqnPrefix: string;
  portals: Portal[];
  chapKeyFile: string;
  configfsRoot: string;
}

type Availability = { kind: "disabled" | "unavailable"; reason: string } | { kind: "ready" };

const RETRY_MS = 5000;

export class Exporter {
  private readonly lio = new KeyedMutex();
  private readonly chapKey: ChapKey;
  private availability: Availability;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly inv: Inventory,
    private readonly runner: CommandRunner,
    private readonly opts: ExportOptions,
    private readonly log: Logger,
  ) {
    this.chapKey = new ChapKey(opts.chapKeyFile);
    this.availability = opts.disabledReason
      ? { kind: "disabled", reason: opts.disabledReason }
      : { kind: "unavailable", reason: "LIO has not been probed yet" };
  }

  get portals(): string[] {
    return this.opts.portals.map(portalName);
  }

  targetIqn(lv: LogicalVolume): string {
    return targetIqn(this.opts.iqnPrefix, ref(lv));
  }

  /** Probes LIO and reconciles it with the tags, retrying until both succeed; `report` gets the ExportService health. */
  start(report: (serving: boolean) => void): void {
    if (this.availability.kind === "disabled") {
      this.log.warn({ reason: this.availability.reason }, "iSCSI exports are disabled; ExportService NOT_SERVING");
      report(false);
      return;
    }
    let lastReason: string | undefined;
    const attempt = async () => {
      try {
        const problem = await probeLio(this.opts.configfsRoot, this.opts.targetcliBinary);
        if (problem) {
          this.availability = { kind: "unavailable", reason: problem };
          throw new Error(problem);
        }
        this.availability = { kind: "ready" };
        const actions = await this.reconcile(false);
        this.log.info({ actions: actions.length }, "LIO reconciled with the export tags; ExportService SERVING");
        report(true);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        if (reason !== lastReason)
          this.log.warn({ reason }, "iSCSI exports unavailable; ExportService NOT_SERVING, retrying");
        lastReason = reason;
        report(false);
        this.retryTimer = setTimeout(() => void attempt(), RETRY_MS);
      }
    };
    void attempt();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
  }

  /** Every export RPC starts here: a clear error when this host cannot export. */
  requireAvailable(): void {
    const a = this.availability;
    if (a.kind === "disabled")
      throw new LvmctlError("FAILED_PRECONDITION", `iSCSI exports are disabled on this lvmctld: ${a.reason}`);
    if (a.kind === "unavailable")
      throw new LvmctlError("UNAVAILABLE", `iSCSI exports are unavailable on this host: ${a.reason}`);
  }

  /** Refuses volumes that cannot be served as a LUN; INVALID_ARGUMENT for names too long for an IQN. */
  checkExportable(lv: LogicalVolume): void {
    if (isThinPool(lv))
      throw new LvmctlError("FAILED_PRECONDITION", `"${lv.vgName}/${lv.name}" is a thin pool, not a volume`);
    if (!isActive(lv) || lv.path === "")
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `volume "${lv.vgName}/${lv.name}" is not active (no device to export)`,
      );
    const iqn = this.targetIqn(lv);
    if (iqn.length > MAX_ISCSI_NAME) {
      throw invalidArgument(
        "volume_name",
        `"${lv.vgName}/${lv.name}" cannot be exported: its target IQN would be ${iqn.length} bytes, more than ${MAX_ISCSI_NAME}`,
      );
    }
  }

  /** The credentials for a CHAP nonce; `create` makes the host key on first use. */
  async chapCredentials(lv: LogicalVolume, nonce: string, create: boolean): Promise<ChapCredentials> {
    return deriveChap(await this.chapKey.get(create), lv.uuid, nonce);
  }

  /**
   * Writes a volume's export tags (undefined: not exported) and converges its
   * LIO objects; the caller holds the VG lock. Returns the volume as re-read.
   */
  async setExport(lv: LogicalVolume, settings: ExportSettings | undefined): Promise<LogicalVolume> {
    const { add, del } = exportTagChanges(lv.tags, settings);
    let current = lv;
    if (add.length > 0 || del.length > 0) {
      await this.inv.changeTags(lv.vgName, lv.name, add, del);
      current = await this.inv.requireLv(lv.vgName, lv.name);
    }
    await this.converge(current);
    return current;
  }

  /** Brings one volume's target and backstore in line with its tags (nothing else is looked at). */
  private async converge(lv: LogicalVolume): Promise<void> {
    const settings = isManaged(lv) ? readExportTags(lv.tags) : undefined;
    const desired = settings ? [await this.desired(lv, settings)] : [];
    const iqn = this.targetIqn(lv);
    const backstore = backstoreName(ref(lv));
    const scope: Scope = { ownsTarget: (t) => t === iqn, ownsBackstore: (b) => b.name === backstore };
    await this.withLio(() => this.apply(desired, scope, false));
  }

  /**
   * Compares LIO with the tags of every managed volume and fixes the
   * difference. Only targets and backstores whose names decode to a volume of
   * a configured, readable VG are touched; the tags are read with the LIO lock
   * held, so no concurrent change can be mistaken for an orphan.
   */
  async reconcile(dryRun: boolean): Promise<Action[]> {
    return this.withLio(async () => {
      const { lvs, vgs } = await this.volumesOf(this.inv.volumeGroups);
      const desired: DesiredExport[] = [];
      const leftAlone = new Set<string>();
      for (const lv of lvs) {
        const settings = isManaged(lv) ? readExportTags(lv.tags) : undefined;
        if (!settings) continue;
        try {
          this.checkExportable(lv);
          desired.push(await this.desired(lv, settings));
        } catch (err) {
          leftAlone.add(`${lv.vgName}/${lv.name}`);
          this.log.warn(
            { volume: `${lv.vgName}/${lv.name}`, reason: (err as Error).message },
            "exported volume cannot be served now; its LIO objects are left as they are",
          );
        }
      }
      const owned = (r: VolumeRef | undefined) => r !== undefined && vgs.has(r.vg) && !leftAlone.has(`${r.vg}/${r.lv}`);
      const scope: Scope = {
        ownsTarget: (iqn) => owned(parseTargetIqn(this.opts.iqnPrefix, iqn)),
        ownsBackstore: (b) => owned(parseBackstoreName(b.name)),
      };
      return this.apply(desired, scope, dryRun);
    });
  }

  /** The LVs of these VGs; a VG that does not exist is left out (and reconcile leaves its LIO objects alone). */
  async volumesOf(all: readonly string[], signal?: AbortSignal): Promise<{ lvs: LogicalVolume[]; vgs: Set<string> }> {
    try {
      return { lvs: await this.inv.lvs(all, signal), vgs: new Set(all) };
    } catch (err) {
      if (!(err instanceof LvmctlError) || err.code !== "NOT_FOUND") throw err;
    }
    const perVg = await Promise.all(
      all.map((vg) =>
        this.inv.lvs([vg], signal).then(
          (lvs) => ({ vg, lvs }),
          (err: unknown) => {
            if (err instanceof LvmctlError && err.code === "NOT_FOUND") return undefined;
            throw err;
          },
        ),
      ),
    );
    const found = perVg.filter((r) => r !== undefined);
    return { lvs: found.flatMap((r) => r.lvs), vgs: new Set(found.map((r) => r.vg)) };
  }

  /** DeleteVolume of an exported volume: refused unless forced, which unexports first. */
  readonly beforeDelete: BeforeDeleteHook = async (lv, force) => {
    if (!readExportTags(lv.tags)) {
      // Leftovers of an interrupted unexport would keep the LV open and fail lvremove.
      if (this.availability.kind === "ready") await this.converge(lv);
      return;
    }
    if (!force) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `volume "${lv.vgName}/${lv.name}" is exported; delete its export first or delete with force`,
      );
    }
    this.requireAvailable();
    await this.setExport(lv, undefined);
  };

  /**
   * Runs fn with the host-wide LIO lock. When targetcli outlives the command
   * watchdog the call fails, but the lock stays held until targetcli ends.
   */
  private withLio<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      void this.lio.run("lio", async () => {
        try {
          resolve(await fn());
        } catch (err) {
          reject(err);
          await stillRunning(err);
        }
      });
    });
  }

  private async desired(lv: LogicalVolume, s: ExportSettings): Promise<DesiredExport> {
    return {
      volume: `${lv.vgName}/${lv.name}`,
      targetIqn: this.targetIqn(lv),
      backstore: backstoreName(ref(lv)),
      device: lv.path,
      serial: unitSerial(lv.uuid),
      initiators: s.initiators,
      chap: s.chapNonce ? await this.chapCredentials(lv, s.chapNonce, false) : undefined,
      portals: this.opts.portals,
    };
  }

  /** Plan, run, verify; called with the LIO lock held. */
  private async apply(desired: DesiredExport[], scope: Scope, dryRun: boolean): Promise<Action[]> {
    const actions = planExports(await readLioState(this.opts.configfsRoot), desired, scope);
    if (dryRun || actions.length === 0) return actions;
    for (const a of actions) this.log.info({ kind: a.kind, object: a.object }, a.description);
    const secrets = desired.flatMap((d) => (d.chap ? [d.chap.secret] : []));
    const stderr = await this.runTargetcli(
      actions.flatMap((a) => a.commands),
      secrets,
    );
    const left = planExports(await readLioState(this.opts.configfsRoot), desired, scope);
    if (left.length > 0) {
      const said = scrub(stderr, secrets)
        .split("\n")
        .filter((l) => l.trim() !== "")
        .slice(0, 5)
        .join("; ");
      this.log.error({ left: left.map((a) => a.description), targetcli: said }, "LIO did not reach the desired state");
      throw new LvmctlError(
        "UNAVAILABLE",
        `LIO did not reach the desired state (${left.map((a) => a.description).join("; ")}); targetcli said: ${said || "nothing"}`,
      );
    }
    return actions;
  }

  /**
   * One targetcli process for the whole script. Its output can hold CHAP
   * secrets, so errors keep only a copy of the failure without the output.
   */
  private async runTargetcli(commands: string[], secrets: string[]): Promise<string> {
    try {
      return (await this.runner.run([this.opts.targetcliBinary], { mutating: true, input: renderScript(commands) }))
        .stderr;
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
      const said = scrub(err.stderr, secrets).trim().split("\n").at(-1) ?? "";
      const cause = new CommandError(err.argv, err.failure, err.exitCode, "", "", err.failure, err.stillRunning);
      const fail = (message: string) => new LvmctlError("UNAVAILABLE", message, { cause });
      if (err.failure === "spawn") throw fail(`cannot run ${this.opts.targetcliBinary}: is targetcli-fb installed?`);
      if (err.failure === "timeout")
        throw fail(`targetcli did not finish in time (${err.message}); the next reconcile checks its result`);
      if (/could not connect/i.test(said))
        throw fail(`targetcli cannot reach the system D-Bus (${said}): start dbus-daemon --system`);
      throw fail(`targetcli failed (${err.message}): ${said}`);
    }
  }
}

const ref = (lv: LogicalVolume): VolumeRef => ({ vg: lv.vgName, lv: lv.name });

function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => t.split(s).join("[redacted]"), text);
}
