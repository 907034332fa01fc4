// Starts lvmctld the way a user does (the script package.json's `bin` names,
// default flags) on a private socket, for the refill and start-up benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LvmctlClient } from "../../src/client/client.js";
import { ROOT } from "../../test/support/daemon.js";
import { checkHealth } from "../../test/support/health.js";
import { METADATA_ONLY } from "./fixture.js";

/** The daemon script package.json's `bin` names: what `lvmctld` runs once installed. */
export function binDaemon(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
  return join(ROOT, pkg.bin.lvmctld);
}

export interface BinDaemon {
  /** The script, relative to the checkout. */
  label: string;
  server: string;
  process: ChildProcess;
  client: LvmctlClient;
  /** Milliseconds from spawn to health SERVING (polled every 2 ms). */
  startMs: number;
  /** Its log lines so far (pino JSON, level info). */
  logs(): string;
  stop(): Promise<void>;
}

export async function startBinDaemon(vg: string): Promise<BinDaemon> {
  const js = binDaemon();
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-bin-"));
  const server = `unix://${dir}/s.sock`;
  const args = [js, "--listen", server, "--volume-group", vg, "--log-level", "info"];
  if (METADATA_ONLY) args.push("--metadata-only");
  const t = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (b) => (out += b));
  child.stderr.on("data", (b) => (out += b));
  const opened: { client?: LvmctlClient } = {};
  const stop = async () => {
    opened.client?.close();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${js} exited with ${child.exitCode}: ${out.slice(-2000)}`);
      if ((await checkHealth(server).catch(() => "DOWN")) === "SERVING") break;
      if (performance.now() - t > 60_000) throw new Error(`${js} did not become SERVING in 60 s`);
      await new Promise((r) => setTimeout(r, 2));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  const startMs = performance.now() - t;
  const client = (opened.client = new LvmctlClient({ server, timeoutMs: 120_000 }));
  return { label: js.slice(ROOT.length), server, process: child, client, startMs, logs: () => out, stop };
}
