// The contract between the code that runs external commands (runner.ts) and
// the code that calls them: what a call asks for, what it answers, and the
// one error type every failure arrives as.
export interface RunOptions {
  /** Mutating commands are never killed on cancellation or timeout: a half-run lvcreate is worse than a late answer. */
  mutating: boolean;
  /** Cancels a read-only command (e.g. the client went away). */
  signal?: AbortSignal;
  /** Written to the command's stdin. */
  input?: string;
  /** Read-only commands: killed after this long. Mutating commands: run() stops waiting after this long (default: the runner's watchdog). */
  timeoutMs?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /**
   * Mutating commands run in the lvm shell: when the shell dies under one, its
   * outcome is unknown. verify() re-reads LVM and says whether the change is
   * already there (then run() succeeds); otherwise the command runs once more
   * through exec. Without verify, such a command fails as if killed.
   */
  verify?: () => Promise<boolean>;
  /**
   * Read-only lvm reports in the lvm shell: called with the report section as
   * soon as lvm has written it; true answers run() with it at once (lvm still
   * finishes the command in the background). Only for reads whose rows prove
   * success, e.g. every LV asked for is in them.
   */
  earlyReport?: (stdout: string) => boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  durationMs: number;
}

export type CommandFailure = "exit" | "signal" | "spawn" | "timeout" | "cancelled";

export class CommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly failure: CommandFailure,
    readonly exitCode: number | undefined,
    readonly stderr: string,
    readonly stdout: string,
    detail: string,
    /** Set when a mutating command outlived its watchdog: settles when the command really ends. */
    readonly stillRunning?: Promise<void>,
  ) {
    super(`${argv[0]} ${argv[1] ?? ""}: ${detail}`.trim());
    this.name = "CommandError";
  }
}

/** The promise of a mutating command that is still running, found anywhere in an error's cause chain. */
export function stillRunning(err: unknown): Promise<void> | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e instanceof CommandError && e.stillRunning) return e.stillRunning;
  }
  return undefined;
}
