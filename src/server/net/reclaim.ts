// V8 returns the garbage of a burst to the system only when its memory reducer
// finds the process idle, which a daemon still serving other clients may never
// be: after ten stalled sessions went away, RSS stayed at 174 MiB (76 before)
// for over a minute. Once a burst of unread answers has drained, one full
// collection, a second later and at most once per burst, hands it back at once.
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

  /** Collects once, a moment from now; calls while one is pending join it. */
  schedule(reason: Record<string, unknown>): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const before = process.memoryUsage.rss();
      fullCollection();
      const mib = (n: number) => Math.round(n / 2 ** 20);
      this.log.info({ ...reason, rssMiBBefore: mib(before), rssMiBAfter: mib(process.memoryUsage.rss()) }, "memory of a drained burst given back");
    }, DELAY_MS);
    this.timer.unref();
  }
}
