// Clones of thick volumes and snapshots: the source's bytes are copied into
// the new LV while it is still unfinished (a crash mid-copy leaves an LV the
// sweep removes), with direct I/O so the page cache is not flooded, and
// synced before the volume becomes ready.
import type { CommandRunner } from "../exec/runner.js";
import { LvmctlError } from "../errors.js";
import type { LogicalVolume } from "../lvm/model.js";

const BLOCK = 1 << 20;

export async function copyVolume(runner: CommandRunner, source: LogicalVolume, target: LogicalVolume): Promise<void> {
  if (source.path === "" || target.path === "")
    throw new LvmctlError("FAILED_PRECONDITION", `copying "${source.vgName}/${source.name}" needs both LVs active`);
  const blocks = (source.sizeBytes + BigInt(BLOCK) - 1n) / BigInt(BLOCK);
  // A mutation: never killed on cancellation; the watchdog only stops waiting for it.
  await runner.run(
    [
      "dd",
      `if=${source.path}`,
      `of=${target.path}`,
      `bs=${BLOCK}`,
      `count=${blocks}`,
      "iflag=direct",
      "oflag=direct",
      "conv=fsync,notrunc",
      "status=none",
    ],
    { mutating: true },
  );
}
