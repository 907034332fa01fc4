// lvmctld launched with test/support/daemon.ts, watched for crashes: any exit
// the test did not ask for is counted as a crash in the suite's figures.
import type { Figures } from "./figures.js";
import { startDaemon, type RunningDaemon } from "../../support/daemon.js";

export interface WatchedDaemon extends RunningDaemon {
  /** SIGKILL without counting it as a crash; resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM without counting the exit as a crash; returns at once (the test watches the shutdown). */
  terminate(): void;
  alive(): boolean;
  crashed(): string | undefined;
}

export const FAKE_LVM = new URL("../../fakes/lvm.mjs", import.meta.url).pathname;

/** `wrapper`: see startDaemon. */
export async function launch(
  figures: Figures,
  volumeGroups: string[],
  extraArgs: string[] = [],
  wrapper: string[] = [],
): Promise<WatchedDaemon> {
  figures.add("daemon starts");
  const d = await startDaemon(volumeGroups, extraArgs, "SERVING", wrapper);
  let expected = false;
  let crash: string | undefined;
  const gone = new Promise<void>((resolve) =>
    d.process.once("exit", (code, signal) => {
      if (!expected) {
        crash = `exit code ${code} signal ${signal}`;
        figures.add("crashes");
        figures.note(`lvmctld crashed (${crash}); last log lines:\n${d.logs().split("\n").slice(-15).join("\n")}`);
      }
      resolve();
    }),
  );
  return {
    ...d,
    async stop(signal?: NodeJS.Signals) {
      expected = true;
      return d.stop(signal);
    },
    async kill9() {
      expected = true;
      d.process.kill("SIGKILL");
      await gone;
      await d.stop();
    },
    terminate() {
      expected = true;
      d.process.kill("SIGTERM");
    },
    alive: () => d.process.exitCode === null && d.process.signalCode === null,
    crashed: () => crash,
  };
}
