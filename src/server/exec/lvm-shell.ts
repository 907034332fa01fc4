// A persistent `lvm` shell: one long-lived lvm process reading commands on
// stdin, the way lvm2's own D-Bus daemon runs it ("lvmshell" mode). Each
// command's report and its status log arrive as one JSON object on a separate
// descriptor (LVM_REPORT_FD); the lvmdbusd command profile that ships with
// lvm2 turns the status log on. Saves lvm's process start-up and config
// parsing on every command.
//
// Guarantees, in the CommandRunner's terms:
// - a read whose shell dies is re-run through exec (reads are idempotent);
// - a mutating command is never killed and never blindly retried: when its
//   shell dies under it, its outcome is unknown, so the caller's verify()
//   re-reads LVM to decide (done -> success; not done -> one run through exec);
// - a shell that misbehaves (no status, unparsable output) is discarded and
//   the pool falls back to exec after repeated failures.
import { spawn, type ChildProcess } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import type { Logger } from "pino";

/** lvm2's command return codes (tools/errors.h): 1 is success; exec exits with the code itself otherwise. */
const ECMD_PROCESSED = 1;
/** lvm's shell splits lines into at most 64 words (tools/lvm.c MAX_ARGS); stay well below. */
const MAX_WORDS = 60;
/** Time for a fresh shell to answer its first command before it is judged unusable. */
const PROBE_TIMEOUT_MS = 10_000;
/** After this many broken shells in a row, stop using the shell and exec every command. */
const MAX_CONSECUTIVE_FAILURES = 3;
/** The report time format lvm uses by default; the lvmdbusd profile switches it to epoch seconds. */
const TIME_FORMAT_CONFIG = 'report{time_format="%Y-%m-%d %T %z"}';

export interface ShellOutput {
  /** The command's report object (JSON text, `{"report": [...], "log": [...]}`), as `--reportformat json` prints it. */
  report: string;
  /** Error and warning messages, one per line, as exec would print them on stderr. */
  stderr: string;
  /** What exec's exit status would be: 0 on success, lvm's return code otherwise. */
  exitCode: number;
  durationMs: number;
  /** Answered from the report section, before the command's status (see ShellJobOptions.earlyReport). */
  early?: boolean;
}

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

/** A report object larger than this is a broken shell, not a report. */
const MAX_OBJECT_CHARS = 256 * 1024 * 1024;

/**
 * Splits a character stream into top-level JSON objects by tracking brace
 * depth outside string literals: independent of lvm's indentation. It also
 * spots the moment an object's first member closes: for a report that is the
 * complete `"report": [...]` section, which lvm writes before it tears down
 * its I/O context and writes the status log (tens of ms later on some
 * kernels).
 */
export class JsonObjectSplitter {
  private parts: string[] = [];
  private size = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private firstMemberDone = false;

  /**
   * Feeds a chunk. onObject gets each completed object; onReport gets
   * `{"report": [...]}` (valid JSON) as soon as an object's leading report
   * section is complete.
   */
  push(chunk: string, onObject: (text: string) => void, onReport?: (text: string) => void): void {
    let start = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
        continue;
      }
      if (this.depth === 0 && c !== 0x7b && c !== 0x5b && c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
        throw new Error("text outside a JSON object on the report descriptor");
      }
      if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (this.depth === 0) {
          start = i;
          this.firstMemberDone = false;
        }
        this.depth++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        this.depth--;
        if (this.depth < 0) throw new Error("unbalanced JSON on the report descriptor");
        if (this.depth === 0) {
          const text = this.parts.join("") + chunk.slice(start, i + 1);
          this.parts = [];
          this.size = 0;
          start = -1;
          onObject(text);
        } else if (this.depth === 1 && !this.firstMemberDone) {
          this.firstMemberDone = true;
          if (onReport) {
            const prefix = this.parts.join("") + chunk.slice(start, i + 1);
            if (/^\{\s*"report"\s*:/.test(prefix)) onReport(`${prefix}\n}`);
          }
        }
      }
    }
    if (this.depth > 0) {
      const rest = chunk.slice(start);
      this.size += rest.length;
      if (this.size > MAX_OBJECT_CHARS) throw new Error(`report object larger than ${MAX_OBJECT_CHARS} characters`);
      this.parts.push(rest);
    }
  }
}

/** Quotes one argument the way lvm's shell splits lines (lvm_split: a leading ' or " quotes up to the same quote; no escapes). */
export function shellWord(arg: string): string | undefined {
  // Control characters, newlines and editline's history/expansion characters never go through the shell.
  if (/[\x00-\x1f\x7f!\\]/.test(arg) || /[^\x20-\x7e]/.test(arg)) return undefined;
  const needsQuotes = arg === "" || /\s/.test(arg) || /^['"#]/.test(arg);
  if (!needsQuotes) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  if (!arg.includes('"')) return `"${arg}"`;
  return undefined;
}

/** The shell line for an lvm command (argv without the binary), or undefined when it cannot be expressed safely. */
export function shellLine(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  const cmd = args[0];
  // A command name, not a shell built-in or something lvm_split would swallow.
  if (!/^[a-z][a-z0-9]*$/.test(cmd) || ["exit", "quit", "help", "lastlog", "lvm"].includes(cmd)) return undefined;
  const words: string[] = [];
  for (const a of shellArgs(args)) {
    const w = shellWord(a);
    if (w === undefined) return undefined;
    words.push(w);
  }
  return words.length > MAX_WORDS ? undefined : words.join(" ");
}

/**
 * What a shell command needs beyond exec's argv: the default report time
 * format in its --config (the lvmdbusd profile would print epoch seconds),
 * and -qq: a prompt must never read the shell's stdin (our next command);
 * -qq answers every prompt "no", as exec's empty stdin does.
 */
function shellArgs(args: readonly string[]): string[] {
  const out = [...args];
  const i = out.indexOf("--config");
  if (i >= 0 && i + 1 < out.length) out[i + 1] = `${out[i + 1]} ${TIME_FORMAT_CONFIG}`;
  else out.splice(1, 0, "--config", TIME_FORMAT_CONFIG);
  out.splice(1, 0, "-qq");
  return out;
}

interface LogEntry {
  log_type?: string;
  log_context?: string;
  log_object_type?: string;
  log_object_name?: string;
  log_message?: string;
  log_ret_code?: string;
}

function parseObject(text: string): { log: LogEntry[] } & Record<string, unknown> {
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (typeof doc !== "object" || doc === null || !Array.isArray(doc.log)) throw new Error("report object without a log section");
  return doc as { log: LogEntry[] } & Record<string, unknown>;
}

/** The command's own status (the shell-level "cmd" status entry lvm writes last). */
function commandStatus(log: LogEntry[]): number | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e.log_context === "shell" && e.log_object_type === "cmd" && e.log_type === "status") {
      const n = Number(e.log_ret_code);
      return Number.isInteger(n) ? n : undefined;
    }
  }
  return undefined;
}

/**
 * The command a reply belongs to: lvm names it in every shell-level entry of
 * the log (log_object_name is the line's first word; `lastlog` repeats the
 * log of the command before it). Undefined when the entries disagree or there
 * are none.
 */
function replyCommand(log: LogEntry[]): string | undefined {
  const names = new Set(log.filter((e) => e.log_context === "shell" && e.log_object_type === "cmd").map((e) => e.log_object_name));
  return names.size === 1 ? [...names][0] : undefined;
}

/** Messages exec would have printed on stderr, from a `lastlog` (or a command's own) log section. */
function messages(log: LogEntry[]): string {
  return log
    .filter((e) => e.log_type === "error" || e.log_type === "warn")
    .map((e) => `  ${e.log_message ?? ""}`)
    .join("\n");
}

interface Pending {
  /** The command whose reply this waits for (the name lvm gives it in the reply's log). */
  command: string;
  resolve(text: string): void;
  reject(err: Error): void;
  onReport?(text: string): void;
}

/** One lvm process in shell mode. Runs one command at a time (the pool guarantees it). */
export class LvmShellProcess {
  readonly child: ChildProcess;
  /** Resolves true once the shell answered its probe (`version`) with a status; false if it never did. */
  readonly ready: Promise<boolean>;
  private readonly splitter = new JsonObjectSplitter();
  private readonly waiting: Pending[] = [];
  private stray = "";
  private deadReason?: string;
  /** close() asked the shell to exit: its exit is not a failure. */
  private closing = false;
  private readonly exited: Promise<void>;
  /** Commands completed by this process (the probe included). */
  served = 0;

  constructor(
    binary: string,
    private readonly log: Logger,
    probeTimeoutMs = PROBE_TIMEOUT_MS,
  ) {
    this.child = spawn(binary, [], {
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        LC_ALL: "C",
        LANG: "C",
        LVM_SUPPRESS_FD_WARNINGS: "1",
        LVM_REPORT_FD: "3",
        LVM_COMMAND_PROFILE: "lvmdbusd",
        // lvm aborts a command that logs too much; a long-lived shell easily does.
        LVM_LOG_FILE_MAX_LINES: "0",
      },
    });
    const decoder = new StringDecoder("utf8");
    const report = this.child.stdio[3] as Readable | null;
    report?.on("data", (chunk: Buffer) => {
      try {
        this.splitter.push(
          decoder.write(chunk),
          (o) => {
            const p = this.waiting.shift();
            if (p) p.resolve(o);
            else this.fail("report object with no command waiting for it");
          },
          (r) => this.waiting[0]?.onReport?.(r),
        );
      } catch (err) {
        this.fail(`unparsable report stream: ${(err as Error).message}`);
      }
    });
    report?.on("error", () => undefined);
    // Nothing is expected on stdout/stderr with the command log on; keep the tail for diagnostics.
    const keep = (d: Buffer) => {
      this.stray = (this.stray + d.toString("utf8")).slice(-4096);
    };
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    this.child.stdin?.on("error", () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        this.fail(
          this.closing && code === 0 ? "closed" : `lvm shell exited (${signal ?? `code ${code}`})${this.stray ? `: ${this.stray.trim().slice(-512)}` : ""}`,
        );
        resolve();
      });
      this.child.once("error", (err) => {
        this.fail(`lvm shell cannot run: ${err.message}`);
        resolve();
      });
    });
    this.ready = this.probe(probeTimeoutMs);
  }

  private async probe(timeoutMs: number): Promise<boolean> {
    const timer = setTimeout(() => this.fail(`no answer to the probe within ${timeoutMs} ms (is the lvmdbusd command profile installed?)`), timeoutMs);
    try {
      const out = await this.run("version");
      return out.exitCode === 0;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  get reason(): string | undefined {
    return this.deadReason;
  }

  /** Resolves once the process has exited. */
  whenExited(): Promise<void> {
    return this.exited;
  }

  private fail(reason: string): void {
    if (this.deadReason !== undefined) return;
    this.deadReason = reason;
    for (const p of this.waiting.splice(0)) p.reject(new Error(reason));
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }

  /**
   * Writes one line and waits for the object it produces on the report
   * descriptor: every line lvm's shell executes answers with exactly one
   * object (`exit` included; only blank and comment lines answer nothing,
   * and shellLine never writes those).
   */
  private send(line: string, command: string, onReport?: (text: string) => void): Promise<string> {
    if (this.deadReason !== undefined) return Promise.reject(new Error(this.deadReason));
    return new Promise<string>((resolve, reject) => {
      this.waiting.push({ command, resolve, reject, onReport });
      this.child.stdin!.write(`${line}\n`);
    });
  }

  /**
   * Sends a line and parses its reply, which must name `command`: a reply
   * for another command means replies and commands are out of step, and
   * then no answer from this shell can be trusted (it is killed; a mutation's
   * outcome is then decided by verify()).
   */
  private async exchange(line: string, command: string, onReport?: (text: string) => void): Promise<{ text: string; log: LogEntry[] }> {
    const text = await this.send(line, command, onReport);
    let log: LogEntry[];
    try {
      log = parseObject(text).log;
    } catch (err) {
      this.fail(`bad report object: ${(err as Error).message}`);
      throw new Error(this.deadReason);
    }
    const replyFor = replyCommand(log);
    if (replyFor !== command) {
      this.fail(`reply out of step: waiting for ${command}, got a reply for ${replyFor ?? "no single command"}`);
      throw new Error(this.deadReason);
    }
    return { text, log };
  }

  /**
   * Runs one command line; rejects (with the process killed) when the shell
   * breaks protocol or dies. onReport sees the report section as soon as it
   * is complete (before the command's status).
   */
  async run(line: string, onReport?: (text: string) => void): Promise<Omit<ShellOutput, "durationMs">> {
    const command = line.split(" ", 1)[0];
    const { text, log } = await this.exchange(line, command, onReport);
    const status = commandStatus(log);
    if (status === undefined) {
      this.fail("report object without the command's status");
      throw new Error(this.deadReason);
    }
    this.served++;
    if (status === ECMD_PROCESSED) return { report: text, stderr: messages(log), exitCode: 0 };
    // The status log holds only shell-level entries; lastlog has the command's own messages.
    let stderr = messages(log);
    try {
      // lastlog answers with the log of the command before it, so its reply names that command.
      const last = await this.exchange("lastlog", command);
      stderr = messages(last.log) || stderr;
    } catch (err) {
      // The command's status is known; a broken lastlog only costs the message (and this shell).
      this.fail(`lastlog failed: ${(err as Error).message}`);
    }
    return { report: text, stderr, exitCode: status };
  }

  /** Asks the shell to exit (stdin EOF after "exit"); kills it after graceMs. */
  async close(graceMs = 5000): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.closing = true;
      // lvm answers `exit` with an object of its own ("Exiting."): it must find its command waiting.
      this.send("exit", "exit").catch(() => undefined);
      this.child.stdin?.end();
      const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
  }

  /** Kills the process (the pool only does this while it runs a read or nothing). */
  kill(reason: string): void {
    this.log.warn({ pid: this.pid, reason }, "killing lvm shell");
    this.fail(reason);
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
    if (line === undefined) return Promise.reject(new ShellLostError("command cannot be written as an lvm shell line", false));
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
      if (!this.closing) this.log.info({ pid: shell.pid, reason: shell.reason, served: shell.served }, "lvm shell ended");
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
    for (const job of this.queue.splice(0)) this.settle(job, new ShellLostError(this.disabledReason ?? "lvm shell pool closing", false));
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
        this.log.warn({ line: job.line, exitCode: out.exitCode, stderr: out.stderr.slice(0, 1024) }, "read answered from its report failed afterwards");
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
