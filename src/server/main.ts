#!/usr/bin/env node
// lvmctld entry point: flags and configuration file, logger, signals.
import { pino } from "pino";
import { DEFAULT_CONFIG_FILE, loadDaemonConfig, type LoadedConfig } from "./config.js";
import { Daemon } from "./daemon.js";
import { reloadConfig } from "./reload.js";
import { VERSION } from "../common/version.js";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const load = () => loadDaemonConfig(argv, VERSION, { defaultConfigFile: DEFAULT_CONFIG_FILE });
  // Until the daemon exists a SIGHUP is ignored rather than left to its default action (exit).
  let onHangup = () => {};
  process.on("SIGHUP", () => onHangup());
  let loaded: LoadedConfig;
  try {
    loaded = load();
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") process.exit(0);
    if (!e.code?.startsWith("commander.")) process.stderr.write(`lvmctld: ${e.message}\n`);
    process.exit(2);
  }
  const cfg = loaded.cfg;
  const log = pino({ level: cfg.logLevel, base: { service: "lvmctld" } });
  if (loaded.configFile !== undefined) log.info({ configFile: loaded.configFile }, "configuration file read");
  let daemon: Daemon;
  try {
    daemon = await Daemon.create(cfg, log);
    await daemon.start();
  } catch (err) {
    log.fatal({ err }, "cannot start");
    process.exit(1);
  }
  let stopping = false;
  let running = loaded.settings;
  onHangup = () => {
    if (!stopping) running = reloadConfig(load, daemon, running, log);
  };
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
