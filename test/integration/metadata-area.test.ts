// A volume group's metadata area on real lvm2: GetVolumeGroup reports its size
// and free bytes, and a full one turns a create into RESOURCE_EXHAUSTED that
// says so (lvm exits 5 with "... exceeds maximum metadata size").
import { readdirSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, fillMetadataArea, lvm, lvmReport, type LoopVg } from "../support/loop-vg.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;
const ARCHIVE_DIR = "/etc/lvm/archive";

function metadataArea(vg: string): { size: bigint; free: bigint } {
  const [row] = lvmReport("vgs", "vg_mda_size,vg_mda_free", [vg]);
  return { size: BigInt(row.vg_mda_size), free: BigInt(row.vg_mda_free) };
}

describe.skipIf(SKIP_ROOT_TESTS)("a volume group's metadata area", () => {
  let vg: LoopVg;
  let d: RunningDaemon;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlmda");
    d = await startDaemon([vg.name]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    // Every metadata write above archived the (large) previous metadata.
    if (vg)
      for (const f of readdirSync(ARCHIVE_DIR).filter((f) => f.startsWith(`${vg.name}_`)))
        rmSync(`${ARCHIVE_DIR}/${f}`);
  });

  it("is reported by GetVolumeGroup and ListVolumeGroups as lvm reads it", async () => {
    await d.client.volumes.createVolume({ name: "first", sizeBytes: 4n * MiB });
    const want = metadataArea(vg.name);
    expect(want.size).toBeGreaterThan(0n);
    const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
    expect(volumeGroup).toMatchObject({ metadataAreaSizeBytes: want.size, metadataAreaFreeBytes: want.free });
    const { volumeGroups } = await d.client.volumeGroups.listVolumeGroups({});
    expect(volumeGroups).toEqual([
      expect.objectContaining({ metadataAreaSizeBytes: want.size, metadataAreaFreeBytes: want.free }),
    ]);
  });

  it("is read again after the daemon's own change and after an outside one", async () => {
    const before = (await d.client.volumeGroups.getVolumeGroup({})).volumeGroup!.metadataAreaFreeBytes;
    await d.client.volumes.createVolume({ name: "second", sizeBytes: 4n * MiB });
    const afterOwn = (await d.client.volumeGroups.getVolumeGroup({})).volumeGroup!.metadataAreaFreeBytes;
    expect(afterOwn).toBe(metadataArea(vg.name).free);
    expect(afterOwn).toBeLessThan(before);
    lvm(["lvchange", "--addtag", "outside".padEnd(500, "x"), `${vg.name}/second`]);
    const afterOutside = (await d.client.volumeGroups.listVolumeGroups({})).volumeGroups[0].metadataAreaFreeBytes;
    expect(afterOutside).toBe(metadataArea(vg.name).free);
    expect(afterOutside).toBeLessThan(afterOwn);
  });

  it("when full, makes a create RESOURCE_EXHAUSTED saying so, and creates nothing", async () => {
    lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", "filler", "-L", "4m", vg.name]);
    fillMetadataArea(vg.name, "filler");
    const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
    expect(volumeGroup!.metadataAreaFreeBytes).toBeLessThan(1024n);
    const before = vg.lvNames();
    await expectStatus(
      d.client.volumes.createVolume({ name: "onetoomany", sizeBytes: 4n * MiB }),
      "RESOURCE_EXHAUSTED",
      new RegExp(`^the metadata area of volume group "${vg.name}" is full`),
    );
    expect(vg.lvNames()).toEqual(before);
  });
});
