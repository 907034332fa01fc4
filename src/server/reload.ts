// SIGHUP: read the flags and configuration file again and apply what can
// change while serving: the log level, the roles file and the TLS files (all
// read again even when their paths are the same: a renewed certificate keeps
// its path). Every other changed key is logged as needing a restart. A file
// that does not parse or validate changes nothing: the running configuration
// stays and the error is logged.
import type { Logger } from "pino";
import type { DaemonConfig, LoadedConfig } from "./config.js";

/** Keys SIGHUP applies. */
export const RELOADABLE_KEYS: readonly string[] = ["log-level", "auth-file", "tls-cert", "tls-key", "tls-client-ca"];
const TLS_KEYS = ["tls-cert", "tls-key", "tls-client-ca"];

export interface SettingsDiff {
  /** Changed keys that are applied. */
  changed: string[];
  /** Changed keys that keep their running value until a restart. */
  needsRestart: string[];
}

export function diffSettings(running: Record<string, unknown>, next: Record<string, unknown>): SettingsDiff {
  const diff: SettingsDiff = { changed: [], needsRestart: [] };
  // TLS turned on or off changes what the TCP listeners speak: they were bound for one or the other.
  const tlsToggled = Boolean(running["tls-cert"]) !== Boolean(next["tls-cert"]);
  for (const key of new Set([...Object.keys(running), ...Object.keys(next)])) {
    if (JSON.stringify(running[key]) === JSON.stringify(next[key])) continue;
    const reloadable = RELOADABLE_KEYS.includes(key) && !(tlsToggled && TLS_KEYS.includes(key));
    (reloadable ? diff.changed : diff.needsRestart).push(key);
  }
  return diff;
}

/** What the daemon does with a reloaded configuration (Daemon.reload): all or nothing; returns what it applied. */
export interface Reloadable {
  reload(cfg: DaemonConfig): string[];
}

/**
 * One SIGHUP: loads, applies, logs one line. Returns the settings now in
 * force (the applied keys' new values, the running values of the rest), to
 * compare the next SIGHUP with.
 */
export function reloadConfig(
  load: () => LoadedConfig,
  daemon: Reloadable,
  running: Record<string, unknown>,
  log: Logger,
): Record<string, unknown> {
  let next: LoadedConfig;
  let applied: string[];
  try {
    next = load();
    applied = daemon.reload(next.cfg);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    log.error({ error }, `SIGHUP: configuration not reloaded, the running one stays: ${error}`);
    return running;
  }
  const diff = diffSettings(running, next.settings);
  const inForce = { ...running };
  for (const key of diff.changed) inForce[key] = next.settings[key];
  const parts = [
    `changed: ${diff.changed.length > 0 ? diff.changed.join(", ") : "nothing"}`,
    `applied: ${applied.join("; ")}`,
    ...(diff.needsRestart.length > 0 ? [`needs a restart: ${diff.needsRestart.join(", ")}`] : []),
  ];
  // Logged under the new level; at warn when that hides info, so the operator still sees it.
  const at = log.isLevelEnabled("info") ? "info" : "warn";
  log[at](
    { configFile: next.configFile, changed: diff.changed, needsRestart: diff.needsRestart },
    `SIGHUP: configuration reloaded (${parts.join("; ")})`,
  );
  return inForce;
}
