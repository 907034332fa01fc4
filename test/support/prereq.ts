// Root-and-lvm2 tests fail loudly when their prerequisites are missing,
// unless LVMCTL_SKIP_ROOT_TESTS=1 says to skip them on purpose.
import { execFileSync } from "node:child_process";

export const SKIP_ROOT_TESTS = process.env.LVMCTL_SKIP_ROOT_TESTS === "1";

export function requireRootAndLvm(): void {
  if (SKIP_ROOT_TESTS) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "integration tests need root (real lvm2 on loop devices); set LVMCTL_SKIP_ROOT_TESTS=1 to skip them explicitly",
    );
  }
  try {
    execFileSync("lvm", ["version"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "integration tests need lvm2 (apt-get install lvm2); set LVMCTL_SKIP_ROOT_TESTS=1 to skip them explicitly",
    );
  }
}
