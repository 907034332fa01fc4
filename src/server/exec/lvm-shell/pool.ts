// A small pool of persistent lvm shells (process.ts): commands of the lvm
// binary run there instead of one process each, which saves lvm's process
// start-up and config parsing on every command.
//
// Guarantees, in the CommandRunner's terms:
// - a read whose shell dies is re-run through exec (reads are idempotent);
// - a mutating command is never killed and never blindly retried: when its
//   shell dies under it, its outcome is unknown, so the caller's verify()
//   re-reads LVM to decide (done -> success; not done -> one run through exec);
// - a shell that misbehaves (no status, unparsable output) is discarded and
//   the pool falls back to exec after repeated failures.
import type { Logger } from "pino";
import { shellLine } from "./line.js";
import { LvmShellProcess, PROBE_TIMEOUT_MS, type ShellOutput } from "./process.js";

/** After this many broken shells in a row, stop using the shell and exec every command. */
const MAX_CONSECUTIVE_FAILURES = 3;

/** The shell process went away (or broke protocol) while a command was queued or running. */
export class ShellLostError extends Error {
  constructor(
    message: string,
    /** True when the command had been written to the shell: its outcome is unknown. */
    readonly started: boolean,
  ) {
    super(message);
    this.name = "ShellLostError";
  }
}

export interface ShellJobOptions {
  mutating: boolean;
  /** Reads only: stops waiting (the command itself runs on in its shell). */
  signal?: AbortSignal;
  /** Reads only: the shell running it is killed after this long. */
  timeoutMs?: number;
  /**
   * Reads only: called with the report section as soon as it is complete;
   * returning true answers the job with it (exit code 0) without waiting for
   * the command's status. For reads whose rows prove success (every named
   * object is in them).
   */
  earlyReport?: (report: string) => boolean;
}

interface Job {
  line: string;
  opts: ShellJobOptions;
  resolve(out: ShellOutput): void;
  reject(err: Error): void;
  settled: boolean;
}

export interface LvmShellPoolOptions {
  binary: string;
  /** Most lvm shell processes at once (more concurrent commands queue). */
  maxShells?: number;
  /** Shells beyond the first are closed after idling this long. */
  idleMs?: number;
  probeTimeoutMs?: number;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = "TimeoutError";
  }
}

/**
 * A small pool of lvm shells. Commands queue FIFO and run on the first idle
 * shell; another shell is started while fewer than maxShells exist. A shell
 * gets work only after it answered its probe. LVM's own locks order commands
 * on the same VG; the daemon's per-VG mutex orders its mutations before they
 * get here.
 */
export class LvmShellPool {
  readonly binary: string;
  private readonly maxShells: number;
  private readonly idleMs: number;
  private readonly probeTimeoutMs: number;
  private readonly idle: LvmShellProcess[] = [];
  private readonly all = new Set<LvmShellProcess>();
  private readonly busy = new Set<LvmShellProcess>();
  private readonly queue: Job[] = [];
  private readonly idleTimers = new Map<LvmShellProcess, NodeJS.Timeout>();
  private starting = 0;
  private consecutiveFailures = 0;
  private disabledReason?: string;
  private closing = false;
  private readonly drained = new Set<() => void>();

  constructor(
    opts: LvmShellPoolOptions,
    private readonly log: Logger,
  ) {
    this.binary = opts.binary;
    this.maxShells = Math.max(1, opts.maxShells ?? 2);
    this.idleMs = opts.idleMs ?? 30_000;
    this.probeTimeoutMs = opts.probeTimeoutMs ?? PROBE_TIMEOUT_MS;
  }

  /** False once the shell proved unusable here (then every command goes through exec), or while closing. */
  get usable(): boolean {
    return this.disabledReason === undefined && !this.closing;
  }

  get disabled(): string | undefined {
    return this.disabledReason;
  }

  /** Pids of the running shells (for RSS accounting in the benchmark). */
  pids(): number[] {
    return [...this.all].map((s) => s.pid).filter((p): p is number => p !== undefined);
  }

  /** True when argv (binary first) can run here. */
  accepts(argv: readonly string[]): boolean {
    return this.usable && argv[0] === this.binary && shellLine(argv.slice(1)) !== undefined;
  }

  /** Starts the first shell ahead of the first command; resolves whether the shell works here. */
  async warmUp(): Promise<boolean> {
    while (this.usable && this.all.size === 0) {
      if (await this.spawnShell().ready) return true;
    }
    return this.usable;
  }

  /**
   * Runs args (argv without the binary) in a shell. Rejects with
   * ShellLostError when it cannot (started=false: nothing ran, use exec) or
   * when the shell died under it (started=true: the outcome is unknown).
   */
  submit(args: readonly string[], opts: ShellJobOptions): Promise<ShellOutput> {
    const line = shellLine(args);
    if (line === undefined)
      return Promise.reject(new ShellLostError("command cannot be written as an lvm shell line", false));
    if (!this.usable) return Promise.reject(new ShellLostError(this.disabledReason ?? "lvm shell pool closing", false));
    return new Promise<ShellOutput>((resolve, reject) => {
      const job: Job = { line, opts, resolve, reject, settled: false };
      if (!opts.mutating && opts.signal) {
        if (opts.signal.aborted) return reject(new CancelledError());
        opts.signal.addEventListener(
          "abort",
          () => {
            // Queued: never runs. Started: runs to its end in its shell; the caller just stops waiting.
            const i = this.queue.indexOf(job);
            if (i >= 0) this.queue.splice(i, 1);
            this.settle(job, new CancelledError());
          },
          { once: true },
        );
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  private settle(job: Job, result: ShellOutput | Error): void {
    if (job.settled) return;
    job.settled = true;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const shell = this.idle.pop();
      if (!shell) {
        if (this.usable && this.all.size + this.starting < this.maxShells) this.spawnShell();
        return;
      }
      clearTimeout(this.idleTimers.get(shell));
      this.idleTimers.delete(shell);
      if (!shell.alive) continue;
      const job = this.queue.shift()!;
      void this.execute(shell, job);
    }
    this.checkDrained();
  }

  private spawnShell(): LvmShellProcess {
    const shell = new LvmShellProcess(this.binary, this.log, this.probeTimeoutMs);
    this.starting++;
    void shell.whenExited().then(() => {
      this.all.delete(shell);
      this.busy.delete(shell);
      const i = this.idle.indexOf(shell);
      if (i >= 0) this.idle.splice(i, 1);
      clearTimeout(this.idleTimers.get(shell));
      this.idleTimers.delete(shell);
      if (!this.closing)
        this.log.info({ pid: shell.pid, reason: shell.reason, served: shell.served }, "lvm shell ended");
      this.dispatch();
      this.checkDrained();
    });
    void shell.ready.then((ok) => {
      this.starting--;
      if (!ok) {
        this.noteFailure(shell.reason ?? "probe failed");
        shell.kill("probe failed");
        if (!this.usable) this.failQueue();
        else this.dispatch();
        return;
      }
      this.consecutiveFailures = 0;
      this.all.add(shell);
      this.log.debug({ pid: shell.pid }, "lvm shell ready");
      this.release(shell);
    });
    return shell;
  }

  private noteFailure(reason: string): void {
    this.consecutiveFailures++;
    this.log.warn({ reason, consecutiveFailures: this.consecutiveFailures }, "lvm shell failure");
    if (this.consecutiveFailures >= MAX_CONSECUTIVE_FAILURES && this.disabledReason === undefined) {
      this.disabledReason = `lvm shell disabled after ${this.consecutiveFailures} failures in a row (last: ${reason}); every command runs through exec`;
      this.log.error({ reason }, this.disabledReason);
    }
  }

  private failQueue(): void {
    for (const job of this.queue.splice(0))
      this.settle(job, new ShellLostError(this.disabledReason ?? "lvm shell pool closing", false));
    this.checkDrained();
  }

  private release(shell: LvmShellProcess): void {
    this.busy.delete(shell);
    if (!shell.alive) return;
    this.idle.push(shell);
    if (this.all.size > 1 && !this.closing) {
      this.idleTimers.set(
        shell,
        setTimeout(() => {
          const i = this.idle.indexOf(shell);
          if (i >= 0 && this.all.size > 1) {
            this.idle.splice(i, 1);
            this.idleTimers.delete(shell);
            this.all.delete(shell);
            void shell.close();
          }
        }, this.idleMs).unref(),
      );
    }
    this.dispatch();
  }

  private async execute(shell: LvmShellProcess, job: Job): Promise<void> {
    this.busy.add(shell);
    if (job.settled) {
      this.release(shell);
      return;
    }
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    if (!job.opts.mutating && job.opts.timeoutMs !== undefined) {
      // Only a shell running a read is ever killed.
      timer = setTimeout(() => {
        this.settle(job, new TimeoutError(job.opts.timeoutMs!));
        shell.kill(`read exceeded ${job.opts.timeoutMs} ms`);
      }, job.opts.timeoutMs);
    }
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const early = !job.opts.mutating && job.opts.earlyReport ? job.opts.earlyReport : undefined;
    let answeredEarly = false;
    try {
      const out = await shell.run(
        job.line,
        early &&
          ((report) => {
            if (job.settled || !early(report)) return;
            answeredEarly = true;
            this.settle(job, { report, stderr: "", exitCode: 0, durationMs: elapsed(), early: true });
          }),
      );
      if (answeredEarly && out.exitCode !== 0) {
        this.log.warn(
          { line: job.line, exitCode: out.exitCode, stderr: out.stderr.slice(0, 1024) },
          "read answered from its report failed afterwards",
        );
      }
      this.settle(job, { ...out, durationMs: elapsed() });
    } catch (err) {
      this.settle(job, new ShellLostError((err as Error).message, true));
    } finally {
      clearTimeout(timer);
    }
    this.release(shell);
  }

  private checkDrained(): void {
    if (this.queue.length === 0 && this.busy.size === 0) {
      for (const done of this.drained) done();
      this.drained.clear();
    }
  }

  /** Lets queued and running commands finish (new ones go to exec), then ends every shell. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.queue.length > 0 || this.busy.size > 0) {
      await new Promise<void>((resolve) => {
        this.drained.add(resolve);
        this.checkDrained();
      });
    }
    for (const t of this.idleTimers.values()) clearTimeout(t);
    this.idleTimers.clear();
    await Promise.all([...this.all].map((s) => s.close()));
  }
}
