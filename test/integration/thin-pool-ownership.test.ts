// CreateVolume into a thin pool lvmctl does not own is refused before any
// lvcreate runs, on a metadata-only host (a pool written into the VG's
// metadata; test/support/thin-pool.ts). Real pools, refusal and success, are
// tested in the VM (activation.test.ts).
import { readdirSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { createMetadataOnlyThinPool } from "../support/thin-pool.js";

const MiB = 1024n * 1024n;
const ARCHIVE_DIR = "/etc/lvm/archive";

describe.skipIf(SKIP_ROOT_TESTS || !METADATA_ONLY)("thin pool ownership (metadata-only host)", () => {
  let vg: LoopVg;
  let d: RunningDaemon;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlpool");
    createMetadataOnlyThinPool(vg.name, "pool");
    d = await startDaemon([vg.name]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    // The pool's setup archived the VG's metadata several times.
    if (vg)
      for (const f of readdirSync(ARCHIVE_DIR).filter((f) => f.startsWith(`${vg.name}_`)))
        rmSync(`${ARCHIVE_DIR}/${f}`);
  });

  it("refuses a pool without the lvmctl.managed tag, naming it, and runs no lvcreate", async () => {
    const before = vg.lvs();
    await expectStatus(
      d.client.volumes.createVolume({ name: "thin1", pool: "pool", sizeBytes: 8n * MiB }),
      "FAILED_PRECONDITION",
      new RegExp(`^pool: thin pool "${vg.name}/pool" is not managed by lvmctl`),
    );
    expect(vg.lvs()).toEqual(before);
    expect(d.logs()).not.toMatch(/"lvcreate"/);
  });

  it("gets past the ownership check once the pool is handed over", async () => {
    lvm(["lvchange", "--addtag", "lvmctl.managed", `${vg.name}/pool`]);
    // What stops it now is this host's lack of device-mapper, not ownership.
    await expectStatus(
      d.client.volumes.createVolume({ name: "thin1", pool: "pool", sizeBytes: 8n * MiB }),
      "FAILED_PRECONDITION",
      /need device-mapper/,
    );
  });
});
