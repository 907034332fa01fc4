// Error classification from real lvm2 stderr (test/fixtures/lvm/stderr, captured from lvm2 2.03.16).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CommandError } from "../../src/server/exec/command.js";
import { LvmctlError } from "../../src/server/errors.js";
import { classifyLvmError, firstErrorLine } from "../../src/server/lvm/classify.js";

const stderr = (name: string) => readFileSync(new URL(`../fixtures/lvm/stderr/${name}.txt`, import.meta.url), "utf8");
const failed = (text: string, failure: CommandError["failure"] = "exit", exitCode: number | undefined = 5) =>
  new CommandError(["lvm", "lvcreate"], failure, exitCode, text, "", "x");

describe("classifyLvmError", () => {
  it.each([
    ["insufficient-space", "RESOURCE_EXHAUSTED", /insufficient free space/],
    ["vg-not-found", "NOT_FOUND", /Volume group "nosuchvg" not found/],
    ["lvs-vg-not-found", "NOT_FOUND", /not found/],
    ["lv-not-found", "NOT_FOUND", /nosuchlv not found/],
    ["remove-not-found", "NOT_FOUND", /Failed to find logical volume/],
    ["pool-not-found", "NOT_FOUND", /Pool nopool not found/],
    ["lv-already-exists", "ALREADY_EXISTS", /already exists/],
    ["extend-same", "FAILED_PRECONDITION", /matches existing size/],
    ["thin-pool-full", "RESOURCE_EXHAUSTED", /free space in thin pool capvg\/pool reached threshold/],
    ["lock-held", "UNAVAILABLE", /flock failed: Resource temporarily unavailable/],
    ["pv-still-in-use", "FAILED_PRECONDITION", /still in use/],
  ])("%s -> %s", (name, code, message) => {
    const err = classifyLvmError(failed(stderr(name)));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/WARNING/);
  });

  it.each(["no-device-mapper", "snapshot-needs-dm"])("%s is UNAVAILABLE with a hint", (name) => {
    const err = classifyLvmError(failed(stderr(name), "exit", 3));
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.message).toMatch(/device-mapper/);
  });

  it("says the VG's metadata area is full (RESOURCE_EXHAUSTED), not INTERNAL", () => {
    const err = classifyLvmError(failed(stderr("metadata-area-full")));
    expect(err.code).toBe("RESOURCE_EXHAUSTED");
    expect(err.message).toMatch(
      /^the metadata area of volume group "h2capvg" is full \(it holds at most 521472 bytes of metadata\)/,
    );
  });

  it("reads the error lines, not the warnings: an over-provisioned thin create that fails for another reason is not RESOURCE_EXHAUSTED", () => {
    const text = stderr("thin-overprovisioned-then-busy");
    expect(text).toMatch(/WARNING: .*exceeds the size of thin pools/);
    const err = classifyLvmError(failed(text));
    expect(err.code).toBe("FAILED_PRECONDITION");
    expect(err.message).toMatch(/Device or resource busy/);
  });

  it("classifies by pattern only when lvm ran the command and it failed (exit 5)", () => {
    // Exit 3: lvm refused the command line (lvmctld's bug), whatever the text says.
    const err = classifyLvmError(failed(stderr("vg-not-found"), "exit", 3));
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toBe("lvm lvcreate failed with exit code 3");
  });

  it("turns an unknown failure into INTERNAL without leaking stderr", () => {
    const err = classifyLvmError(failed("  Some new lvm message nobody classified.\n"));
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toBe("lvm lvcreate failed with exit code 5");
  });

  it.each([
    ["spawn", undefined, "UNAVAILABLE", /is lvm2 installed/],
    ["timeout", undefined, "UNAVAILABLE", /did not answer in time/],
    ["cancelled", undefined, "CANCELLED", /cancelled/],
    ["signal", undefined, "INTERNAL", /crashed/],
  ] as const)("a %s failure is %s", (failure, exitCode, code, message) => {
    const err = classifyLvmError(failed("", failure, exitCode));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it("passes an LvmctlError through and wraps anything else as INTERNAL", () => {
    const own = new LvmctlError("NOT_FOUND", "x");
    expect(classifyLvmError(own)).toBe(own);
    expect(classifyLvmError(new Error("boom")).code).toBe("INTERNAL");
  });
});

describe("firstErrorLine", () => {
  it("skips warnings and fd-leak notices", () => {
    expect(
      firstErrorLine("  WARNING: x\nFile descriptor 9 (/dev/null) leaked on lvs invocation.\n  Real error.\n"),
    ).toBe("Real error.");
  });
  it("skips lvm's archive pruning hint", () => {
    expect(
      firstErrorLine(
        "  Consider pruning vg0 VG archive with more then 741 MiB in 2066 files (check archiving is needed in lvm.conf).\n  Failed to write VG vg0.\n",
      ),
    ).toBe("Failed to write VG vg0.");
  });
  it("falls back to the first line when all are warnings", () =>
    expect(firstErrorLine("  WARNING: only\n")).toBe("WARNING: only"));
});
