#!/usr/bin/env node
// lvmctld entry point: flags, logger, signals.
import { pino } from "pino";
import { parseDaemonArgs } from "./config.js";
import { Daemon } from "./daemon.js";
import { VERSION } from "../common/version.js";

async function main(): Promise<void> {
  let cfg;
  try {
    cfg = parseDaemonArgs(process.argv.slice(2), VERSION);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") process.exit(0);
    if (!e.code?.startsWith("commander.")) process.stderr.write(`lvmctld: ${e.message}\n`);
    process.exit(2);
  }
  const log = pino({ level: cfg.logLevel, base: { service: "lvmctld" } });
  let daemon: Daemon;
  try {
    daemon = new Daemon(cfg, log);
    await daemon.start();
  } catch (err) {
    log.fatal({ err }, "cannot start");
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight calls");
    daemon.stop().then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

void main();
