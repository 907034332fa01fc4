// The mutation watchdog, shared by both ways a command runs (exec and the lvm
// shell): a mutating command is never killed, but run() stops waiting for it
// after the watchdog and throws a "timeout" CommandError whose stillRunning
// settles (and logs "late command finished") when the command really ends.
import type { Logger } from "pino";
import { CommandError } from "./command.js";

/** Milliseconds since `started` (a performance.now() value), to a tenth. */
export const elapsedMs = (started: number) => Math.round((performance.now() - started) * 10) / 10;

export interface WatchdogContext<T> {
  argv: readonly string[];
  log: Logger;
  /** The command's log fields (redacted argv, mutating, ...). */
  entry: Record<string, unknown>;
  /** performance.now() when the command started. */
  started: number;
  /** Extra fields of the "exceeded its watchdog" line (e.g. the pid). */
  running?: Record<string, unknown>;
  /** Fields of the "late command finished" line, from the command's outcome. */
  finished(result: T): Record<string, unknown>;
  /** The output so far, kept in the timeout error. */
  output?(): { stdout: string; stderr: string };
}

const WATCHDOG = Symbol("watchdog");

/** The command's outcome, or the timeout CommandError once watchdogMs passed first (0 = wait forever). */
export async function withinWatchdog<T>(command: Promise<T>, watchdogMs: number, ctx: WatchdogContext<T>): Promise<T> {
  if (watchdogMs <= 0) return command;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof WATCHDOG>((resolve) => (timer = setTimeout(() => resolve(WATCHDOG), watchdogMs)));
  let winner: T | typeof WATCHDOG;
  try {
    winner = await Promise.race([command, expired]);
  } finally {
    clearTimeout(timer);
  }
  if (winner !== WATCHDOG) return winner;
  const late = command.then((r) => {
    ctx.log.warn({ ...ctx.entry, durationMs: elapsedMs(ctx.started), ...ctx.finished(r) }, "late command finished");
  });
  ctx.log.error(
    { ...ctx.entry, watchdogMs, ...ctx.running },
    "mutating command exceeded its watchdog; not killed, still running",
  );
  const { stdout, stderr } = ctx.output?.() ?? { stdout: "", stderr: "" };
  throw new CommandError(
    ctx.argv,
    "timeout",
    undefined,
    stderr,
    stdout,
    `no answer after ${watchdogMs} ms (still running, not killed)`,
    late.then(
      () => undefined,
      () => undefined,
    ),
  );
}
