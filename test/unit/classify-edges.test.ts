// lvm failure classification beyond the captured fixtures: each pattern's
// wording, lines that only look like a match, exact messages, and the
// CommandError kept as the cause (the inventory finds a still-running
// mutation through it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { CommandError, stillRunning } from "../../src/server/exec/command.js";
import { classifyLvmError, errorLines, firstErrorLine } from "../../src/server/lvm/classify.js";

const stderr = (name: string) => readFileSync(new URL(`../fixtures/lvm/stderr/${name}.txt`, import.meta.url), "utf8");
const WARN = "  WARNING: Activation disabled. No device-mapper interaction will be attempted.\n";
const failed = (text: string, exitCode = 5, argv = ["lvm", "lvcreate"]) =>
  new CommandError(argv, "exit", exitCode, text, "", "x");

describe("the wording each pattern stands for", () => {
  it.each([
    ["Lock for VG vg0 is held by another host.", "UNAVAILABLE"],
    ["Global lock from lvmlockd failed.", "UNAVAILABLE"],
    ["Unable to obtain lock on vg0.", "UNAVAILABLE"],
    ['Volume group "vg0" has insufficient free extents (3): 4 required.', "RESOURCE_EXHAUSTED"],
    ["Insufficient suitable allocatable extents for logical volume lv0: 8 more required", "RESOURCE_EXHAUSTED"],
    ["Not enough free space on the physical volumes.", "RESOURCE_EXHAUSTED"],
    ['No free extents on physical volume "/dev/loop0"', "RESOURCE_EXHAUSTED"],
    ["Failed to find thin pool vg0/tp.", "NOT_FOUND"],
    ["Logical volume vg0/lv0 in use.", "FAILED_PRECONDITION"],
    ["Logical volume vg0/lv0 is open.", "FAILED_PRECONDITION"],
    ["Logical volume vg0/lv0 contains a filesystem in use.", "FAILED_PRECONDITION"],
    ["Cannot remove merging origin vg0/lv0.", "FAILED_PRECONDITION"],
    ["Logical volume vg0/lv0 has dependent volumes.", "FAILED_PRECONDITION"],
    ["device-mapper: remove ioctl on vg0-lv0 failed: Device or resource busy", "FAILED_PRECONDITION"],
    ["New size (4 extents) is smaller than existing size (8 extents).", "FAILED_PRECONDITION"],
    ["New size given (4 extents) not larger than existing size (8 extents).", "FAILED_PRECONDITION"],
  ])("%s -> %s, with that line as the message", (line, code) => {
    const cause = failed(`${WARN}  ${line}\n`);
    const err = classifyLvmError(cause);
    expect([err.code, err.message]).toEqual([code, line]);
    expect(err.cause).toBe(cause);
  });

  it("holds a lock contention captured from lvm2 (flock on the VG lock file) as UNAVAILABLE, not as a missing VG", () => {
    const err = classifyLvmError(failed(stderr("lock-held")));
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.message).toBe(errorLines(stderr("lock-held"))[0]);
  });

  it("reads a full metadata area only from lvm's own line", () => {
    const line = "VG vg0 1849 metadata on /dev/loop0 (521575 bytes) exceeds maximum metadata size (521472 bytes)";
    const cause = failed(`${WARN}  ${line}\n  Failed to write VG vg0.\n`);
    const err = classifyLvmError(cause);
    expect(err.code).toBe("RESOURCE_EXHAUSTED");
    expect(err.message).toBe(
      `the metadata area of volume group "vg0" is full (it holds at most 521472 bytes of metadata): delete volumes, or add a PV with a larger metadata area (${line})`,
    );
    expect(err.cause).toBe(cause);
    expect(classifyLvmError(failed(`  Refusing: ${line}\n`)).code).toBe("INTERNAL");
  });
});

describe("what is not an error line", () => {
  it("drops warnings and notices only at the start of a line", () => {
    expect(
      errorLines(
        "  WARNING: x\n  Failed: WARNING: y\n\n  File descriptor 9 (/dev/null) leaked on lvs invocation.\n  Consider pruning vg0 metadata\n",
      ),
    ).toEqual(["Failed: WARNING: y"]);
    expect(firstErrorLine("  WARNING: first\n  Operation failed (WARNING: see above)\n")).toBe(
      "Operation failed (WARNING: see above)",
    );
  });

  it("falls back to the first non-empty line, or nothing", () => {
    expect(firstErrorLine("\n \n  WARNING: only\n")).toBe("WARNING: only");
    expect(firstErrorLine("")).toBe("");
    expect(firstErrorLine("\n\n")).toBe("");
  });
});

describe("failures other than a failed command", () => {
  it("names the command in every message and keeps the cause", () => {
    const cases: Array<[CommandError, string, string]> = [
      [
        new CommandError(["lvm", "lvcreate"], "timeout", undefined, "", "", "x"),
        "UNAVAILABLE",
        "lvm lvcreate did not answer in time",
      ],
      [
        new CommandError(["lvm", "lvremove"], "signal", undefined, "", "", "killed by SIGSEGV"),
        "INTERNAL",
        "lvm lvremove crashed (lvm lvremove: killed by SIGSEGV)",
      ],
      [
        new CommandError(["/sbin/lvm", "lvs"], "spawn", undefined, "", "", "ENOENT"),
        "UNAVAILABLE",
        "cannot run /sbin/lvm: is lvm2 installed?",
      ],
      [new CommandError(["lvm", "lvs"], "cancelled", undefined, "", "", "x"), "CANCELLED", "request cancelled"],
      [
        failed("  Some new lvm message nobody classified.\n", 5, ["lvm", "vgs"]),
        "INTERNAL",
        "lvm vgs failed with exit code 5",
      ],
      [failed(`${WARN}  Volume group "vg0" not found\n`, 3), "INTERNAL", "lvm lvcreate failed with exit code 3"],
      [
        failed(stderr("no-device-mapper"), 3),
        "UNAVAILABLE",
        "device-mapper is not available on this host (run lvmctld with --metadata-only)",
      ],
    ];
    for (const [cause, code, message] of cases) {
      const err = classifyLvmError(cause);
      expect([err.code, err.message]).toEqual([code, message]);
      expect(err.cause).toBe(cause);
    }
  });

  it("reads without a command name, too", () => {
    const bare = (failure: CommandError["failure"], running?: Promise<void>) =>
      classifyLvmError(new CommandError(["lvm"], failure, 5, "", "", "x", running)).message;
    expect(bare("timeout")).toBe("lvm  did not answer in time");
    expect(bare("timeout", new Promise<void>(() => undefined))).toMatch(/^lvm {2}did not finish in time;/);
    expect(bare("signal")).toBe("lvm  crashed (lvm : x)");
    expect(bare("exit")).toBe("lvm  failed with exit code 5");
  });

  it("says a timed-out mutation is still running, and keeps it findable", () => {
    const running = new Promise<void>(() => undefined);
    const cause = new CommandError(["lvm", "lvcreate"], "timeout", undefined, "", "", "x", running);
    const err = classifyLvmError(cause);
    expect([err.code, err.message]).toEqual([
      "UNAVAILABLE",
      "lvm lvcreate did not finish in time; it is still running (never killed) and changes to its volume group wait for it",
    ]);
    expect(stillRunning(err)).toBe(running);
    expect(
      stillRunning(classifyLvmError(new CommandError(["lvm", "lvcreate"], "timeout", undefined, "", "", "x"))),
    ).toBeUndefined();
  });

  it("wraps anything else as INTERNAL with it as the cause", () => {
    const boom = new TypeError("boom");
    const err = classifyLvmError(boom);
    expect([err.code, err.message, err.cause]).toEqual(["INTERNAL", "unexpected failure running lvm", boom]);
    const own = new LvmctlError("NOT_FOUND", "x");
    expect(classifyLvmError(own)).toBe(own);
  });
});
