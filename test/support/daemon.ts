// Starts the built lvmctld as a real process on a temporary Unix socket and
// waits until its health service reports SERVING.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LvmctlClient } from "../../src/client/client.js";
import { checkHealth } from "./health.js";
import { METADATA_ONLY } from "./loop-vg.js";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const DAEMON_JS = join(ROOT, "dist/server/main.js");
export const CLI_JS = join(ROOT, "dist/client/cli.js");

export interface RunningDaemon {
  socket: string;
  server: string;
  process: ChildProcess;
  client: LvmctlClient;
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts lvmctld and waits until its overall health reaches `waitFor` (SERVING unless a test expects otherwise).
 * `wrapper` runs before node and execs it, e.g. ["prlimit", "--nofile=1024:1024"].
 */
export async function startDaemon(
  volumeGroups: string[],
  extraArgs: string[] = [],
  waitFor = "SERVING",
  wrapper: string[] = [],
): Promise<RunningDaemon> {
  const dir = mkdtempSync(join(tmpdir(), "lvmctld-"));
  const socket = join(dir, "lvmctld.sock");
  const server = `unix://${socket}`;
  const args = [DAEMON_JS, "--listen", server, ...volumeGroups.flatMap((vg) => ["--volume-group", vg]), ...extraArgs];
  if (METADATA_ONLY) args.push("--metadata-only");
  // Each daemon its own create journal (one lvmctld per state directory), unless a test keeps one across restarts.
  if (!extraArgs.includes("--state-dir")) args.push("--state-dir", join(dir, "state"));
  const child = spawn(
    wrapper[0] ?? process.execPath,
    wrapper.length > 0 ? [...wrapper.slice(1), process.execPath, ...args] : args,
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await waitForHealth(server, waitFor, child, () => output);
  const client = new LvmctlClient({ server, timeoutMs: 60_000 });
  return {
    socket,
    server,
    process: child,
    client,
    logs: () => output,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      client.close();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}

/** Polls grpc.health.v1 until it reports `want`, failing fast if the process dies. */
async function waitForHealth(server: string, want: string, child: ChildProcess, logs: () => string): Promise<void> {
  // Under the VM's TCG emulation a node process starts 10-25x slower.
  const deadline = Date.now() + (process.env.LVMCTL_VM === "1" ? 180_000 : 20_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`lvmctld exited with ${child.exitCode}:\n${logs()}`);
    if ((await checkHealth(server).catch(() => "DOWN")) === want) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`lvmctld did not become ${want}:\n${logs()}`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a process. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_JS, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
