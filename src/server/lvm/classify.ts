// Turns a failed lvm command into an LvmctlError by reading its stderr.
// Patterns come from real lvm2 2.03 messages (see test/fixtures/stderr).
import { LvmctlError, type ErrorCode } from "../errors.js";
import { CommandError } from "../exec/runner.js";

const NO_DEVICE_MAPPER = /communicate with kernel device-mapper|device-mapper target\(s\) not detected|without using device-mapper/i;

const PATTERNS: Array<[RegExp, ErrorCode]> = [
  [/insufficient (free space|suitable allocatable extents|free extents)|not enough free space|no free extents|exceeds the size of thin pools/i, "RESOURCE_EXHAUSTED"],
  [/already exists/i, "ALREADY_EXISTS"],
  [/volume group "[^"]*" not found|failed to find logical volume|not found in volume group|cannot process volume group|failed to find .*pool/i, "NOT_FOUND"],
  [/in use|is open|contains a filesystem in use|has dependent|cannot remove .* origin|device or resource busy/i, "FAILED_PRECONDITION"],
  // Another lvm command holds the VG lock: retryable, and UNAVAILABLE is what every RPC documents for it.
  [/(can't|cannot|unable to) (get|obtain) lock|lock .* (failed|held)|resource temporarily unavailable/i, "UNAVAILABLE"],
  [/new size .* (matches|is smaller|not larger)|new size given .* not larger/i, "FAILED_PRECONDITION"],
];

/** The first line of stderr that is not a WARNING, trimmed: what a user needs to read. */
export function firstErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.find((l) => !/^WARNING:/i.test(l) && !/^File descriptor .* leaked/i.test(l)) ?? lines[0] ?? "";
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
  const line = firstErrorLine(err.stderr);
  if (NO_DEVICE_MAPPER.test(err.stderr)) {
    return new LvmctlError("UNAVAILABLE", "device-mapper is not available on this host (run lvmctld with --metadata-only)", { cause: err });
  }
  for (const [re, code] of PATTERNS) {
    if (re.test(err.stderr)) return new LvmctlError(code, line, { cause: err });
  }
  return new LvmctlError("INTERNAL", `lvm ${err.argv[1] ?? ""} failed with exit code ${err.exitCode}`, { cause: err });
}
