// V8 returns the garbage of a burst only when its memory reducer finds the
// process idle, which a daemon still serving other clients may never be: after
// ten stalled sessions went away, the daemon still held 75 MiB of their native
// HTTP/2 buffers a minute later. Once a burst of unread answers has drained,
// two full collections a second apart (at most one pair per burst) free what
// nothing holds any more; glibc hands its arenas back to the system over time.
import type { Logger } from "pino";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const DELAY_MS = 1000;

let collect: (() => void) | undefined;

/** A full garbage collection; `gc` is exposed on first use (a flag V8 accepts at run time, seen by new contexts). */
function fullCollection(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

export class MemoryReclaimer {
  private timer?: NodeJS.Timeout;

  constructor(private readonly log: Logger) {}

  /** Collects twice, a moment from now; calls while that is pending join it. */
  schedule(reason: Record<string, unknown>): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      const before = process.memoryUsage.rss();
      fullCollection();
      // A closed HTTP/2 session's native buffers are freed by a weak callback
      // that the first collection only queues: the second one runs it.
      this.timer = setTimeout(() => {
        this.timer = undefined;
        fullCollection();
        const m = process.memoryUsage();
        const mib = (n: number) => Math.round(n / 2 ** 20);
        this.log.info(
          {
            ...reason,
            rssMiBBefore: mib(before),
            rssMiB: mib(m.rss),
            heapUsedMiB: mib(m.heapUsed),
            externalMiB: mib(m.external),
          },
          "memory of a drained burst given back",
        );
      }, DELAY_MS);
      this.timer.unref();
    }, DELAY_MS);
    this.timer.unref();
  }
}
