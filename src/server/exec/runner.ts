// The one chokepoint for every external program: argv arrays (never a shell),
// LC_ALL=C, one log line per command with its duration, and a typed error
// carrying the exit code and stderr.
import { execa } from "execa";
import type { Logger } from "pino";

export interface RunOptions {
  /** Mutating commands are never killed on cancellation or timeout: a half-run lvcreate is worse than a late answer. */
  mutating: boolean;
  /** Cancels a read-only command (e.g. the client went away). */
  signal?: AbortSignal;
  /** Written to the command's stdin. */
  input?: string;
  /** Kills a read-only command that runs longer than this. */
  timeoutMs?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
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
  ) {
    super(`${argv[0]} ${argv[1] ?? ""}: ${detail}`.trim());
    this.name = "CommandError";
  }
}

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export class CommandRunner {
  private readonly inflightMutations = new Set<Promise<unknown>>();

  constructor(
    private readonly log: Logger,
    private readonly redact: (argv: readonly string[]) => readonly string[] = (a) => a,
  ) {}

  async run(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
    const started = performance.now();
    const child = execa(argv[0], argv.slice(1), {
      env: { LC_ALL: "C", LANG: "C", LVM_SUPPRESS_FD_WARNINGS: "1", ...opts.env },
      input: opts.input,
      stdin: opts.input === undefined ? "ignore" : undefined,
      reject: false,
      stripFinalNewline: false,
      maxBuffer: MAX_OUTPUT_BYTES,
      cancelSignal: opts.mutating ? undefined : opts.signal,
      timeout: opts.mutating ? undefined : opts.timeoutMs,
      forceKillAfterDelay: 2000,
    });
    const pending = opts.mutating ? child.catch(() => undefined) : undefined;
    if (pending) this.inflightMutations.add(pending);
    const result = await child;
    if (pending) this.inflightMutations.delete(pending);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const stdout = String(result.stdout ?? "");
    const stderr = String(result.stderr ?? "");
    const entry = {
      argv: this.redact(argv),
      durationMs,
      exitCode: result.exitCode,
      mutating: opts.mutating,
    };
    if (!result.failed) {
      this.log.info(entry, "command ok");
      return { stdout, stderr, durationMs };
    }
    let failure: CommandFailure;
    let detail: string;
    const code = (result.cause as NodeJS.ErrnoException | undefined)?.code;
    if (result.isCanceled) {
      failure = "cancelled";
      detail = "cancelled";
    } else if (result.timedOut) {
      failure = "timeout";
      detail = `timed out after ${opts.timeoutMs} ms`;
    } else if (result.isMaxBuffer) {
      failure = "exit";
      detail = `output larger than ${MAX_OUTPUT_BYTES} bytes`;
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
    this.log.warn({ ...entry, failure, signal: result.signal, stderr: stderr.slice(0, 4096) }, "command failed");
    throw new CommandError(argv, failure, result.exitCode, stderr, stdout, detail);
  }

  /** Resolves when every mutating command started so far has finished (used at shutdown). */
  async drain(): Promise<void> {
    while (this.inflightMutations.size > 0) await Promise.all([...this.inflightMutations]);
  }
}
