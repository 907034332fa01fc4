// CommandRunner's lvm-shell path: the same contract as exec (log line per
// command, CommandError on failure, mutations never killed, watchdog with
// stillRunning), with the command run in a persistent lvm shell.
import type { Logger } from "pino";
import { CommandError, type RunOptions, type RunResult } from "./command.js";
import { CancelledError, ShellLostError, TimeoutError, type LvmShellPool } from "./lvm-shell/pool.js";
import type { ShellOutput } from "./lvm-shell/process.js";
import { elapsedMs, withinWatchdog } from "./watchdog.js";

export interface ShellRunContext {
  pool: LvmShellPool;
  log: Logger;
  redact(argv: readonly string[]): readonly string[];
  /** How long run() waits for a mutating command before giving up on it (0 = forever). */
  mutationWatchdogMs: number;
  /** Registers a mutating command so drain() waits for it. */
  track(settled: Promise<void>): void;
  /** Runs the command through exec instead. */
  exec(argv: readonly string[], opts: RunOptions): Promise<RunResult>;
}

export async function runViaShell(ctx: ShellRunContext, argv: readonly string[], opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const entry = { argv: ctx.redact(argv), mutating: opts.mutating, via: "lvm-shell" };
  const job = ctx.pool.submit(argv.slice(1), {
    mutating: opts.mutating,
    signal: opts.mutating ? undefined : opts.signal,
    timeoutMs: opts.mutating ? undefined : opts.timeoutMs,
    earlyReport: opts.mutating ? undefined : opts.earlyReport,
  });
  const settled = job.then(
    () => undefined,
    () => undefined,
  );
  if (opts.mutating) ctx.track(settled);
  const watchdogMs = opts.mutating ? (opts.timeoutMs ?? ctx.mutationWatchdogMs) : 0;
  let out: ShellOutput;
  try {
    out = await withinWatchdog(job, watchdogMs, {
      argv,
      log: ctx.log,
      entry,
      started,
      finished: (r) => ({ exitCode: r.exitCode, stderr: r.stderr.slice(0, 4096) }),
    });
  } catch (err) {
    if (err instanceof CommandError) throw err;
    const durationMs = elapsedMs(started);
    if (err instanceof CancelledError) {
      ctx.log.warn({ ...entry, durationMs, failure: "cancelled" }, "command failed");
      throw new CommandError(argv, "cancelled", undefined, "", "", "cancelled");
    }
    if (err instanceof TimeoutError) {
      ctx.log.warn({ ...entry, durationMs, failure: "timeout" }, "command failed");
      throw new CommandError(argv, "timeout", undefined, "", "", `timed out after ${err.timeoutMs} ms`);
    }
    if (err instanceof ShellLostError && (!err.started || !opts.mutating)) {
      // Nothing ran (or a read, which is safe to repeat): exec it.
      if (err.started)
        ctx.log.warn(
          { ...entry, durationMs, reason: err.message },
          "lvm shell lost during a read; re-running it through exec",
        );
      return ctx.exec(argv, opts);
    }
    if (err instanceof ShellLostError) return recoverLostMutation(ctx, argv, opts, entry, started, err);
    throw err;
  }
  const durationMs = elapsedMs(started);
  const logged = { ...entry, durationMs, exitCode: out.exitCode, ...(out.early ? { early: true } : {}) };
  if (out.exitCode === 0) {
    ctx.log.info(logged, "command ok");
    return { stdout: out.report, stderr: out.stderr, durationMs };
  }
  ctx.log.warn({ ...logged, failure: "exit", stderr: out.stderr.slice(0, 4096) }, "command failed");
  throw new CommandError(argv, "exit", out.exitCode, out.stderr, out.report, `exit code ${out.exitCode}`);
}

/**
 * The shell died while running a mutating command: it may or may not have
 * committed. Never retry blindly: ask LVM (verify) whether the change is
 * there; only when it is not, run the command once more through exec.
 */
async function recoverLostMutation(
  ctx: ShellRunContext,
  argv: readonly string[],
  opts: RunOptions,
  entry: Record<string, unknown>,
  started: number,
  err: ShellLostError,
): Promise<RunResult> {
  const durationMs = elapsedMs(started);
  if (!opts.verify) {
    ctx.log.error(
      { ...entry, durationMs, reason: err.message },
      "lvm shell died during a mutating command; outcome unknown",
    );
    throw new CommandError(
      argv,
      "signal",
      undefined,
      "",
      "",
      `lvm shell died while running it (${err.message}); its outcome is unknown`,
    );
  }
  const done = await opts.verify();
  ctx.log.warn(
    { ...entry, durationMs, reason: err.message, alreadyDone: done },
    "lvm shell died during a mutating command; re-read state",
  );
  if (done) return { stdout: "", stderr: "", durationMs };
  return ctx.exec(argv, opts);
}
