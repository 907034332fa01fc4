// One persistent `lvm` shell process: one long-lived lvm reading commands on
// stdin, the way lvm2's own D-Bus daemon runs it ("lvmshell" mode). Each
// command's report and its status log arrive as one JSON object on a separate
// descriptor (LVM_REPORT_FD); the lvmdbusd command profile that ships with
// lvm2 turns the status log on.
import { spawn, type ChildProcess } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import type { Logger } from "pino";
import { commandStatus, JsonObjectSplitter, messages, replyCommand, replyLog, type LogEntry } from "./reply.js";

/** lvm2's command return codes (tools/errors.h): 1 is success; exec exits with the code itself otherwise. */
const ECMD_PROCESSED = 1;
/** Time for a fresh shell to answer its first command before it is judged unusable. */
export const PROBE_TIMEOUT_MS = 10_000;

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
          this.closing && code === 0
            ? "closed"
            : `lvm shell exited (${signal ?? `code ${code}`})${this.stray ? `: ${this.stray.trim().slice(-512)}` : ""}`,
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
    const timer = setTimeout(
      () => this.fail(`no answer to the probe within ${timeoutMs} ms (is the lvmdbusd command profile installed?)`),
      timeoutMs,
    );
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
  private async exchange(
    line: string,
    command: string,
    onReport?: (text: string) => void,
  ): Promise<{ text: string; log: LogEntry[] }> {
    const text = await this.send(line, command, onReport);
    let log: LogEntry[];
    try {
      log = replyLog(text);
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
