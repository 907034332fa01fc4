// The open-files limit bounds how many connections lvmctld can hold. Node
// raises the soft limit to the hard one when it starts; should it not have
// (an older or embedded runtime), util-linux prlimit does it through the
// command runner. Start-up never fails on this: the limit is logged and the
// TCP connection budget is sized from whatever it is.
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import type { CommandRunner } from "../exec/runner.js";

export interface OpenFilesLimit {
  soft: number;
  hard: number;
}

/** The "Max open files" line of /proc/<pid>/limits; "unlimited" reads as Infinity. */
export function parseOpenFilesLimit(procLimits: string): OpenFilesLimit | undefined {
  const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(procLimits);
  if (!m) return undefined;
  const value = (v: string) => (v === "unlimited" ? Infinity : Number(v));
  return { soft: value(m[1]), hard: value(m[2]) };
}

function readLimit(): OpenFilesLimit | undefined {
  try {
    return parseOpenFilesLimit(readFileSync("/proc/self/limits", "utf8"));
  } catch {
    return undefined;
  }
}

/** Raises the soft open-files limit to the hard one if it is lower; returns the limit in force (Infinity when unknown). */
export async function raiseOpenFilesLimit(runner: CommandRunner, log: Logger): Promise<number> {
  const before = readLimit();
  if (!before) {
    log.warn("cannot read the open-files limit from /proc/self/limits; connection limits use --max-connections only");
    return Infinity;
  }
  if (before.soft < before.hard && Number.isFinite(before.hard)) {
    try {
      await runner.run(["prlimit", `--pid=${process.pid}`, `--nofile=${before.hard}:${before.hard}`], {
        mutating: false,
        timeoutMs: 10_000,
      });
    } catch (err) {
      log.warn(
        { reason: err instanceof Error ? err.message : String(err), ...before },
        "could not raise the open-files soft limit",
      );
    }
  }
  const now = readLimit() ?? before;
  log.info({ openFiles: now }, "open-files limit");
  return now.soft;
}
