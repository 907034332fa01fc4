// One writer per create journal: two daemons appending to and compacting one
// journal would each forget the other's creations. The lock is a file naming
// its holder by pid and process start time (so a reused pid is not mistaken for
// the holder); a holder that died, kill -9 included, leaves a stale file that
// the next start takes over. Linux only (/proc), like the rest of lvmctld.
import { readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Lock files this process holds (a second journal on one directory in one process is refused too). */
const held = new Set<string>();

/** Takes the lock `<dir>/<name>.lock`; returns its release. Throws when a live process holds it. */
export function lockStateDir(dir: string, name: string): () => void {
  const path = join(dir, `${name}.lock`);
  if (held.has(path)) throw new Error(`${path} is already held by this lvmctld`);
  const me = `${process.pid} ${startTime(process.pid) ?? 0}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, me, { flag: "wx", mode: 0o600 });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 2) throw err;
    }
    const holder = readHolder(path);
    if (holder && holder.pid !== process.pid && startTime(holder.pid) === holder.start) {
      throw new Error(
        `${path} is held by another process (pid ${holder.pid}): one lvmctld per volume group and --state-dir`,
      );
    }
    // The holder is gone (or is this very process, from an earlier run with the same pid): stale.
    rmSync(path, { force: true });
  }
  held.add(path);
  return () => {
    if (!held.delete(path)) return;
    try {
      if (readFileSync(path, "utf8") === me) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

function readHolder(path: string): { pid: number; start: number } | undefined {
  try {
    const [pid, start] = readFileSync(path, "utf8").trim().split(" ").map(Number);
    return Number.isSafeInteger(pid) && Number.isSafeInteger(start) ? { pid, start } : undefined;
  } catch {
    return undefined;
  }
}

/** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), or undefined when it is not running. */
function startTime(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may itself contain spaces or ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[19]);
  } catch {
    return undefined;
  }
}
