// The one chokepoint for every external program: argv arrays (never a shell),
// LC_ALL=C, one log line per command with its duration, and a typed error
// carrying the exit code and stderr.
//
// Watchdogs: a read-only command that runs longer than its timeout is killed;
// a mutating command is never killed (a half-run lvcreate is worse than a late
// answer): after the mutation watchdog (watchdog.ts) fires, run() gives up
// waiting and throws a "timeout" CommandError whose `stillRunning` settles
// when the command really ends, so callers can keep their locks until then.
import type { execa as Execa } from "execa";
import type { Readable } from "node:stream";
import type { Logger } from "pino";
import { CommandError, type CommandFailure, type RunOptions, type RunResult } from "./command.js";
import type { LvmShellPool } from "./lvm-shell/pool.js";
import { runViaShell } from "./shell-runner.js";
import { elapsedMs, withinWatchdog } from "./watchdog.js";

/** Output kept per stream; a command printing more is a read failure (and killed), never a memory blow-up. */
export const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface RunnerOptions {
  /** How long run() waits for a mutating command before giving up on it (it keeps running). 0 = forever. */
  mutationWatchdogMs?: number;
  /** Persistent lvm shells: commands of this pool's binary run there instead of one process each (see lvm-shell/pool.ts). */
  lvmShell?: LvmShellPool;
  /** Told how each command ended (metrics): argv, seconds run() took, and its error when it failed. */
  observe?: CommandObserver;
}

export type CommandObserver = (argv: readonly string[], seconds: number, err?: unknown) => void;

/** Collects a stream up to `limit` bytes and keeps draining it past that, so the child never blocks on a full pipe. */
function collect(stream: Readable | null | undefined, limit: number, onOverflow: () => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  stream?.on("data", (chunk: Buffer) => {
    if (overflow) return;
    if (size + chunk.length > limit) {
      overflow = true;
      chunks.push(chunk.subarray(0, limit - size));
      size = limit;
      onOverflow();
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  return { text: () => Buffer.concat(chunks).toString("utf8"), overflowed: () => overflow };
}

// execa is loaded on first use: it is a fifth of the daemon's start-up, and
// with the lvm shell most daemons exec nothing until their first export.
let execaFn: typeof Execa | undefined;
async function loadExeca(): Promise<typeof Execa> {
  execaFn ??= (await import("execa")).execa;
  return execaFn;
}

export class CommandRunner {
  private readonly inflightMutations = new Set<Promise<unknown>>();
  private readonly mutationWatchdogMs: number;
  private readonly lvmShell?: LvmShellPool;
  private readonly observe?: CommandObserver;

  constructor(
    private readonly log: Logger,
    private readonly redact: (argv: readonly string[]) => readonly string[] = (a) => a,
    opts: RunnerOptions = {},
  ) {
    this.mutationWatchdogMs = opts.mutationWatchdogMs ?? 0;
    this.lvmShell = opts.lvmShell;
    this.observe = opts.observe;
  }

  async run(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
    const observe = this.observe;
    if (!observe) return this.dispatch(argv, opts);
    const started = performance.now();
    try {
      const result = await this.dispatch(argv, opts);
      observe(argv, (performance.now() - started) / 1000);
      return result;
    } catch (err) {
      observe(argv, (performance.now() - started) / 1000, err);
      throw err;
    }
  }

  /** Through a persistent lvm shell when one takes the command, else one process. */
  private async dispatch(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
    if (this.lvmShell?.accepts(argv) && opts.input === undefined && opts.env === undefined) {
      return runViaShell(
        {
          pool: this.lvmShell,
          log: this.log,
          redact: this.redact,
          mutationWatchdogMs: this.mutationWatchdogMs,
          track: (settled) => this.track(settled),
          exec: (a, o) => this.runExec(a, o),
        },
        argv,
        opts,
      );
    }
    return this.runExec(argv, opts);
  }

  /** Registers a mutating command so drain() waits for it. */
  private track(settled: Promise<void>): void {
    this.inflightMutations.add(settled);
    void settled.then(() => this.inflightMutations.delete(settled));
  }

  /** One process per command. */
  private async runExec(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
    const execa = await loadExeca();
    const started = performance.now();
    const child = execa(argv[0], argv.slice(1), {
      env: { LC_ALL: "C", LANG: "C", LVM_SUPPRESS_FD_WARNINGS: "1", ...opts.env },
      input: opts.input,
      stdin: opts.input === undefined ? "ignore" : undefined,
      reject: false,
      buffer: false,
      cancelSignal: opts.mutating ? undefined : opts.signal,
      timeout: opts.mutating ? undefined : opts.timeoutMs,
      forceKillAfterDelay: 2000,
    });
    // Past the limit a read is killed; a mutating command is left alone and only its output is cut.
    const overflow = () => {
      if (!opts.mutating) child.kill("SIGKILL");
    };
    const out = collect(child.stdout, MAX_OUTPUT_BYTES, overflow);
    const err = collect(child.stderr, MAX_OUTPUT_BYTES, overflow);
    const settled = child.then(
      () => undefined,
      () => undefined,
    );
    const watchdogMs = opts.mutating ? (opts.timeoutMs ?? this.mutationWatchdogMs) : 0;
    if (opts.mutating) this.track(settled);
    const entry = { argv: this.redact(argv), mutating: opts.mutating };
    // Errors carry the redacted argv too: they reach logs and, wrapped, callers.
    const result = await withinWatchdog(child, watchdogMs, {
      argv: entry.argv,
      log: this.log,
      entry,
      started,
      running: { pid: child.pid },
      finished: (r) => ({ exitCode: r.exitCode, signal: r.signal, stderr: err.text().slice(0, 4096) }),
      output: () => ({ stdout: out.text(), stderr: err.text() }),
    });
    const durationMs = elapsedMs(started);
    const stdout = out.text();
    const stderr = err.text();
    const logged = { ...entry, durationMs, exitCode: result.exitCode };
    if (!result.failed && !out.overflowed() && !err.overflowed()) {
      this.log.info(logged, "command ok");
      return { stdout, stderr, durationMs };
    }
    let failure: CommandFailure;
    let detail: string;
    const code = (result.cause as NodeJS.ErrnoException | undefined)?.code;
    if (out.overflowed() || err.overflowed()) {
      failure = "exit";
      detail = `output larger than ${MAX_OUTPUT_BYTES} bytes`;
    } else if (result.isCanceled) {
      failure = "cancelled";
      detail = "cancelled";
    } else if (result.timedOut) {
      failure = "timeout";
      detail = `timed out after ${opts.timeoutMs} ms`;
    } else if (code !== undefined && result.exitCode === undefined) {
      failure = "spawn";
      detail = `cannot run: ${code}`;
    } else if (result.signal) {
      failure = "signal";
      detail = `killed by ${result.signal}`;
    } else {
      failure = "exit";
      detail = `exit code ${result.exitCode}`;
    }
    this.log.warn({ ...logged, failure, signal: result.signal, stderr: stderr.slice(0, 4096) }, "command failed");
    throw new CommandError(entry.argv, failure, result.exitCode, stderr, stdout, detail);
  }

  /** Resolves when every mutating command started so far has finished (used at shutdown). */
  async drain(): Promise<void> {
    while (this.inflightMutations.size > 0) await Promise.all([...this.inflightMutations]);
  }

  /** After drain(): ends the lvm shells (queued commands finish first). */
  async close(): Promise<void> {
    await this.lvmShell?.close();
  }
}
