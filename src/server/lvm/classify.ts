// Turns a failed lvm command into an LvmctlError by reading its exit code and
// the error lines of its stderr. Warnings never decide the code: lvm prints
// them on commands that fail for an unrelated reason (an over-provisioned
// thin create warns "…exceeds the size of thin pools…" whatever then fails).
// Patterns come from real lvm2 2.03 messages (see test/fixtures/lvm/stderr).
import { LvmctlError, type ErrorCode } from "../errors.js";
import { CommandError } from "../exec/command.js";

/** lvm2's exit code for a command that ran and failed (tools/errors.h ECMD_FAILED); others mean lvm refused the command line or could not start. */
const LVM_COMMAND_FAILED = 5;

const NO_DEVICE_MAPPER =
  /communicate with kernel device-mapper|device-mapper target\(s\) not detected|without using device-mapper/i;

/** `VG vg0 1849 metadata on /dev/loop0 (521575 bytes) exceeds maximum metadata size (521472 bytes)` */
const METADATA_AREA_FULL = /^VG (\S+) \d+ metadata on \S+ \(\d+ bytes\) exceeds maximum metadata size \((\d+) bytes\)/i;

// In order: the first pattern that matches an error line decides.
const PATTERNS: Array<[RegExp, ErrorCode]> = [
  // Another lvm command holds the VG lock: retryable, and UNAVAILABLE is what every RPC documents for it
  // (lvm then also says it "cannot process volume group", which must not read as NOT_FOUND).
  [/(can't|cannot|unable to) (get|obtain) lock|lock .* (failed|held)|resource temporarily unavailable/i, "UNAVAILABLE"],
  [
    /insufficient (free space|suitable allocatable extents|free extents)|not enough free space|no free extents|free space in thin pool .* reached threshold/i,
    "RESOURCE_EXHAUSTED",
  ],
  [/already exists/i, "ALREADY_EXISTS"],
  [
    /volume group "[^"]*" not found|failed to find logical volume|not found in volume group|cannot process volume group|failed to find .*pool/i,
    "NOT_FOUND",
  ],
  [
    /in use|is open|contains a filesystem in use|has dependent|cannot remove .* origin|device or resource busy/i,
    "FAILED_PRECONDITION",
  ],
  [/new size .* (matches|is smaller|not larger)|new size given .* not larger/i, "FAILED_PRECONDITION"],
];

/** Lines lvm prints on stderr that are not errors: warnings, inherited-descriptor notices, archive pruning hints. */
const NOT_AN_ERROR = /^(WARNING:|File descriptor .* leaked|Consider pruning )/i;

/** The error lines of an lvm stderr, trimmed, in order (warnings and notices left out). */
export function errorLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !NOT_AN_ERROR.test(l));
}

/** The first line of stderr that is not a WARNING, trimmed: what a user needs to read. */
export function firstErrorLine(stderr: string): string {
  return (
    errorLines(stderr)[0] ??
    stderr
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ??
    ""
  );
}

export function classifyLvmError(err: unknown): LvmctlError {
  if (err instanceof LvmctlError) return err;
  if (!(err instanceof CommandError)) {
    return new LvmctlError("INTERNAL", "unexpected failure running lvm", { cause: err });
  }
  switch (err.failure) {
    case "spawn":
      return new LvmctlError("UNAVAILABLE", `cannot run ${err.argv[0]}: is lvm2 installed?`, { cause: err });
    case "cancelled":
      return new LvmctlError("CANCELLED", "request cancelled", { cause: err });
    case "timeout":
      if (err.stillRunning) {
        return new LvmctlError(
          "UNAVAILABLE",
          `lvm ${err.argv[1] ?? ""} did not finish in time; it is still running (never killed) and changes to its volume group wait for it`,
          { cause: err },
        );
      }
      return new LvmctlError("UNAVAILABLE", `lvm ${err.argv[1] ?? ""} did not answer in time`, { cause: err });
    case "signal":
      return new LvmctlError("INTERNAL", `lvm ${err.argv[1] ?? ""} crashed (${err.message})`, { cause: err });
    case "exit":
      break;
  }
  const errors = errorLines(err.stderr);
  // lvm refuses a command line it cannot carry out here (exit 3) for want of device-mapper, too.
  if (errors.some((l) => NO_DEVICE_MAPPER.test(l))) {
    return new LvmctlError(
      "UNAVAILABLE",
      "device-mapper is not available on this host (run lvmctld with --metadata-only)",
      { cause: err },
    );
  }
  if (err.exitCode === LVM_COMMAND_FAILED) {
    for (const line of errors) {
      const full = METADATA_AREA_FULL.exec(line);
      if (full) {
        return new LvmctlError(
          "RESOURCE_EXHAUSTED",
          `the metadata area of volume group "${full[1]}" is full (it holds at most ${full[2]} bytes of metadata): delete volumes, or add a PV with a larger metadata area (${line})`,
          { cause: err },
        );
      }
    }
    for (const [re, code] of PATTERNS) {
      const line = errors.find((l) => re.test(l));
      if (line !== undefined) return new LvmctlError(code, line, { cause: err });
    }
  }
  return new LvmctlError("INTERNAL", `lvm ${err.argv[1] ?? ""} failed with exit code ${err.exitCode}`, { cause: err });
}
