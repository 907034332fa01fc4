// Thin volumes, snapshots and activation need device-mapper, which the
// development host lacks: this file runs inside the qemu VM
// (LVMCTL_TEST_ACTIVATION=1, see test/vm) and is skipped on metadata-only hosts.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;

describe.skipIf(SKIP_ROOT_TESTS || METADATA_ONLY)("thin volumes and snapshots with device-mapper", () => {
  let vg: LoopVg;
  let d: RunningDaemon;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlact");
    lvm(["lvcreate", "-q", "--type", "thin-pool", "-L", "64m", "-n", "pool", vg.name]);
    // How an operator hands a thin pool to lvmctl (README, safety model).
    lvm(["lvchange", "--addtag", "lvmctl.managed", `${vg.name}/pool`]);
    lvm(["lvcreate", "-q", "--type", "thin-pool", "-L", "32m", "-n", "foreignpool", vg.name]);
    d = await startDaemon([vg.name]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
  });

  it("creates an active thick volume with a device node", async () => {
    const { volume } = await d.client.volumes.createVolume({ name: "thick", sizeBytes: 16n * MiB });
    expect(volume).toMatchObject({ active: true, pool: "", sizeBytes: 16n * MiB });
    expect(existsSync(volume!.devicePath)).toBe(true);
  });

  it("creates a thin volume in a pool, idempotently", async () => {
    const { volume } = await d.client.volumes.createVolume({ name: "thin", pool: "pool", sizeBytes: 32n * MiB });
    expect(volume).toMatchObject({ pool: "pool", active: true, sizeBytes: 32n * MiB, managed: true });
    expect(volume!.dataPercent).toBeTypeOf("number");
    const again = await d.client.volumes.createVolume({ name: "thin", pool: "pool", sizeBytes: 32n * MiB });
    expect(again.volume!.uuid).toBe(volume!.uuid);
    await expectStatus(d.client.volumes.createVolume({ name: "thin", sizeBytes: 32n * MiB }), "ALREADY_EXISTS");
    const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
    expect(volumeGroup!.thinPools).toEqual([
      expect.objectContaining({ name: "foreignpool", sizeBytes: 32n * MiB }),
      expect.objectContaining({ name: "pool", sizeBytes: 64n * MiB }),
    ]);
    const listed = await d.client.volumes.listVolumes({ includeUnmanaged: true });
    expect(listed.volumes.map((v) => v.name)).not.toContain("pool");
  });

  it("creates nothing in a thin pool lvmctl does not own, until the pool is handed over", async () => {
    const before = vg.lvs();
    await expectStatus(
      d.client.volumes.createVolume({ name: "squatter", pool: "foreignpool", sizeBytes: 8n * MiB }),
      "FAILED_PRECONDITION",
      new RegExp(
        `thin pool "${vg.name}/foreignpool" is not managed by lvmctl .*lvchange --addtag lvmctl.managed ${vg.name}/foreignpool`,
      ),
    );
    expect(vg.lvs()).toEqual(before);
    lvm(["lvchange", "--addtag", "lvmctl.managed", `${vg.name}/foreignpool`]);
    const { volume } = await d.client.volumes.createVolume({
      name: "squatter",
      pool: "foreignpool",
      sizeBytes: 8n * MiB,
    });
    expect(volume).toMatchObject({ pool: "foreignpool", managed: true });
    await d.client.volumes.deleteVolume({ name: "squatter" });
  });

  it("does not resize or delete a managed thin pool as if it were a volume", async () => {
    await expectStatus(
      d.client.volumes.resizeVolume({ name: "pool", sizeBytes: 128n * MiB }),
      "FAILED_PRECONDITION",
      /is a thin pool, not a volume/,
    );
    await expectStatus(
      d.client.volumes.deleteVolume({ name: "pool" }),
      "FAILED_PRECONDITION",
      /is a thin pool, not a volume/,
    );
  });

  it("grows a thin volume beyond the pool (over-provisioning)", async () => {
    const { volume } = await d.client.volumes.resizeVolume({ name: "thin", sizeBytes: 128n * MiB });
    expect(volume!.sizeBytes).toBe(128n * MiB);
  });

  it("snapshots a thick volume with copy-on-write space, idempotently", async () => {
    const { snapshot } = await d.client.volumes.createSnapshot({
      name: "thick-snap",
      sourceName: "thick",
      sizeBytes: 8n * MiB,
    });
    expect(snapshot).toMatchObject({ origin: "thick", managed: true, sizeBytes: 8n * MiB });
    const again = await d.client.volumes.createSnapshot({
      name: "thick-snap",
      sourceName: "thick",
      sizeBytes: 8n * MiB,
    });
    expect(again.snapshot!.uuid).toBe(snapshot!.uuid);
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "thick-snap", sourceName: "thin", sizeBytes: 0n }),
      "ALREADY_EXISTS",
    );
    await expectStatus(
      d.client.volumes.deleteVolume({ name: "thick" }),
      "FAILED_PRECONDITION",
      /has snapshots \(thick-snap\)/,
    );
    expect(vg.lvNames()).toContain("thick");
  });

  it("snapshots a thin volume as a thin, active snapshot and refuses a size for it", async () => {
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "thin-snap", sourceName: "thin", sizeBytes: 8n * MiB }),
      "INVALID_ARGUMENT",
      /must be 0/,
    );
    const { snapshot } = await d.client.volumes.createSnapshot({ name: "thin-snap", sourceName: "thin" });
    expect(snapshot).toMatchObject({ origin: "thin", pool: "pool", active: true, managed: true });
    expect(snapshot!.tags).toEqual(["lvmctl.managed"]);
  });

  it("deletes snapshots, then their origins", async () => {
    for (const name of ["thick-snap", "thick", "thin-snap", "thin"]) await d.client.volumes.deleteVolume({ name });
    expect(vg.lvNames()).toEqual(["foreignpool", "pool"]);
  });
});
