// VolumeService and VolumeGroupService against a real lvmctld process on real
// lvm2 (loop-backed VGs), including the fail-closed rules for foreign LVs and VGs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;

describe.skipIf(SKIP_ROOT_TESTS)("volumes on real lvm2", () => {
  let vg: LoopVg;
  let foreign: LoopVg;
  let d: RunningDaemon;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlit");
    foreign = createLoopVg("lvmctlforeign");
    // An LV lvmctl does not own, in the VG it manages, and one in a VG it is not configured for.
    lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", "plain", "-L", "8m", vg.name]);
    lvm([
      "lvcreate",
      "-q",
      "--activate",
      "n",
      "--zero",
      "n",
      "-n",
      "data",
      "-L",
      "8m",
      "--addtag",
      "lvmctl.managed",
      foreign.name,
    ]);
    d = await startDaemon([vg.name]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    foreign?.destroy();
  });

  it("creates a volume rounded up to whole extents, tagged as managed", async () => {
    const { volume } = await d.client.volumes.createVolume({ name: "alpha", sizeBytes: 10n * MiB + 1n });
    expect(volume).toMatchObject({
      name: "alpha",
      volumeGroup: vg.name,
      sizeBytes: 12n * MiB,
      managed: true,
      pool: "",
    });
    expect(volume!.uuid).toMatch(/^[A-Za-z0-9]{6}(-[A-Za-z0-9]{4}){5}-[A-Za-z0-9]{6}$/);
    expect(volume!.createTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(volume!.devicePath).toBe(`/dev/${vg.name}/alpha`);
    const row = vg.lvs().find((l) => l.name === "alpha");
    expect(row).toEqual({ name: "alpha", tags: "lvmctl.managed", size: 12n * MiB });
  });

  it("returns the existing volume when a create is retried, and ALREADY_EXISTS when it differs", async () => {
    const again = await d.client.volumes.createVolume({ name: "alpha", sizeBytes: 12n * MiB });
    expect(again.volume!.sizeBytes).toBe(12n * MiB);
    await expectStatus(
      d.client.volumes.createVolume({ name: "alpha", sizeBytes: 40n * MiB }),
      "ALREADY_EXISTS",
      /exists with size/,
    );
    expect(vg.lvNames()).toEqual(["alpha", "plain"]);
  });

  it.each([
    ["", /name: must not be empty/],
    ["-rf", /must not start with '-'/],
    ["a b", /may contain only/],
    ["x;rm -rf /", /may contain only/],
    ["..", /reserved/],
    ["../etc", /may contain only/],
    ["snapshot1", /reserved by LVM/],
    ["pvmove0", /reserved by LVM/],
    ["data_tmeta", /_tmeta/],
    ["data_rimage_0", /_rimage/],
    ["é", /may contain only/],
    ["a".repeat(128), /longer than 127/],
  ])("refuses the name %j with INVALID_ARGUMENT and runs nothing", async (name, message) => {
    const before = vg.lvNames();
    await expectStatus(d.client.volumes.createVolume({ name, sizeBytes: 4n * MiB }), "INVALID_ARGUMENT", message);
    expect(vg.lvNames()).toEqual(before);
  });

  it("checks sizes: zero and beyond 8 EiB are INVALID_ARGUMENT, more than the VG holds is RESOURCE_EXHAUSTED", async () => {
    await expectStatus(
      d.client.volumes.createVolume({ name: "z", sizeBytes: 0n }),
      "INVALID_ARGUMENT",
      /size_bytes: must be greater than 0/,
    );
    await expectStatus(
      d.client.volumes.createVolume({ name: "z", sizeBytes: 2n ** 64n - 1n }),
      "INVALID_ARGUMENT",
      /size_bytes: .*8 EiB/,
    );
    await expectStatus(
      d.client.volumes.createVolume({ name: "z", sizeBytes: 1024n * MiB }),
      "RESOURCE_EXHAUSTED",
      /bytes free/,
    );
    expect(vg.lvNames()).toEqual(["alpha", "plain"]);
  });

  it("refuses volume groups outside the allow-list without touching them", async () => {
    const before = foreign.lvs();
    await expectStatus(
      d.client.volumes.createVolume({ name: "x", volumeGroup: foreign.name, sizeBytes: 4n * MiB }),
      "PERMISSION_DENIED",
    );
    await expectStatus(d.client.volumes.getVolume({ name: "data", volumeGroup: foreign.name }), "PERMISSION_DENIED");
    await expectStatus(
      d.client.volumes.resizeVolume({ name: "data", volumeGroup: foreign.name, sizeBytes: 64n * MiB }),
      "PERMISSION_DENIED",
    );
    await expectStatus(d.client.volumes.deleteVolume({ name: "data", volumeGroup: foreign.name }), "PERMISSION_DENIED");
    await expectStatus(
      d.client.volumes.createSnapshot({
        name: "s",
        sourceName: "data",
        volumeGroup: foreign.name,
        sizeBytes: 4n * MiB,
      }),
      "PERMISSION_DENIED",
    );
    await expectStatus(d.client.volumes.listVolumes({ volumeGroup: foreign.name }), "PERMISSION_DENIED");
    await expectStatus(d.client.volumeGroups.getVolumeGroup({ name: foreign.name }), "PERMISSION_DENIED");
    await expectStatus(
      d.client.volumes.getVolume({ name: "x", volumeGroup: "bad/vg" }),
      "INVALID_ARGUMENT",
      /volume_group/,
    );
    expect(foreign.lvs()).toEqual(before);
    // Not one lvm command named the foreign VG.
    const commands = d
      .logs()
      .split("\n")
      .filter((l) => l.includes('"component":"exec"'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((l) => l.includes(foreign.name))).toEqual([]);
  });

  it("reads an unmanaged LV but never changes it", async () => {
    const before = vg.lvs().find((l) => l.name === "plain");
    const { volume } = await d.client.volumes.getVolume({ name: "plain" });
    expect(volume).toMatchObject({ name: "plain", managed: false });
    const listed = await d.client.volumes.listVolumes({});
    expect(listed.volumes.map((v) => v.name)).not.toContain("plain");
    const all = await d.client.volumes.listVolumes({ includeUnmanaged: true });
    expect(all.volumes.map((v) => v.name)).toContain("plain");
    await expectStatus(
      d.client.volumes.resizeVolume({ name: "plain", sizeBytes: 64n * MiB }),
      "FAILED_PRECONDITION",
      /not managed/,
    );
    await expectStatus(d.client.volumes.deleteVolume({ name: "plain" }), "FAILED_PRECONDITION", /not managed/);
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "ps", sourceName: "plain", sizeBytes: 4n * MiB }),
      "FAILED_PRECONDITION",
      /not managed/,
    );
    await expectStatus(
      d.client.volumes.createVolume({ name: "plain", sizeBytes: 8n * MiB }),
      "ALREADY_EXISTS",
      /not managed/,
    );
    expect(vg.lvs().find((l) => l.name === "plain")).toEqual(before);
  });

  it("grows a volume, treats the same size as a no-op and refuses to shrink", async () => {
    const grown = await d.client.volumes.resizeVolume({ name: "alpha", sizeBytes: 20n * MiB });
    expect(grown.volume!.sizeBytes).toBe(20n * MiB);
    const same = await d.client.volumes.resizeVolume({ name: "alpha", sizeBytes: 18n * MiB + 5n });
    expect(same.volume!.sizeBytes).toBe(20n * MiB);
    await expectStatus(
      d.client.volumes.resizeVolume({ name: "alpha", sizeBytes: 4n * MiB }),
      "INVALID_ARGUMENT",
      /only grow/,
    );
    await expectStatus(d.client.volumes.resizeVolume({ name: "alpha", sizeBytes: 4096n * MiB }), "RESOURCE_EXHAUSTED");
    await expectStatus(d.client.volumes.resizeVolume({ name: "missing", sizeBytes: 4096n * MiB }), "NOT_FOUND");
    expect(vg.lvs().find((l) => l.name === "alpha")!.size).toBe(20n * MiB);
    // An extended LV has two segments; it must still be listed once.
    const listed = await d.client.volumes.listVolumes({});
    expect(listed.volumes.filter((v) => v.name === "alpha")).toHaveLength(1);
  });

  it("refuses thin volumes on a missing pool or on an LV that is not a pool", async () => {
    await expectStatus(
      d.client.volumes.createVolume({ name: "t1", pool: "nopool", sizeBytes: 4n * MiB }),
      "NOT_FOUND",
      /thin pool/,
    );
    await expectStatus(
      d.client.volumes.createVolume({ name: "t1", pool: "alpha", sizeBytes: 4n * MiB }),
      "INVALID_ARGUMENT",
      /not a thin pool/,
    );
    await expectStatus(
      d.client.volumes.createVolume({ name: "t1", pool: "bad pool", sizeBytes: 4n * MiB }),
      "INVALID_ARGUMENT",
      /^pool:/,
    );
  });

  it.runIf(METADATA_ONLY)("explains that snapshots need device-mapper in metadata-only mode", async () => {
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "snap1", sourceName: "alpha", sizeBytes: 4n * MiB }),
      "FAILED_PRECONDITION",
      /device-mapper/,
    );
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "snap1", sourceName: "nope", sizeBytes: 4n * MiB }),
      "NOT_FOUND",
    );
    await expectStatus(
      d.client.volumes.createSnapshot({ name: "snap1", sourceName: "alpha", sizeBytes: 0n }),
      "INVALID_ARGUMENT",
      /size_bytes/,
    );
  });

  it("pages through volumes in name order and rejects a forged page token", async () => {
    for (const n of ["p1", "p2", "p3", "p4", "p5"])
      await d.client.volumes.createVolume({ name: n, sizeBytes: 4n * MiB });
    const names: string[] = [];
    let pageToken = "";
    let pages = 0;
    do {
      const res = await d.client.volumes.listVolumes({ pageSize: 2, pageToken });
      expect(res.volumes.length).toBeLessThanOrEqual(2);
      names.push(...res.volumes.map((v) => v.name));
      pageToken = res.nextPageToken;
      pages++;
    } while (pageToken !== "");
    expect(names).toEqual(["alpha", "p1", "p2", "p3", "p4", "p5"]);
    expect(pages).toBe(3);
    await expectStatus(d.client.volumes.listVolumes({ pageToken: "not-a-token" }), "INVALID_ARGUMENT", /page_token/);
    await expectStatus(
      d.client.volumes.listVolumes({ pageToken: Buffer.from('{"v":2}').toString("base64url") }),
      "INVALID_ARGUMENT",
      /page_token/,
    );
    await expectStatus(d.client.volumes.listVolumes({ pageSize: 5000 }), "INVALID_ARGUMENT", /page_size/);
  });

  it("deletes managed volumes; a missing one is NOT_FOUND unless allow_missing", async () => {
    await d.client.volumes.deleteVolume({ name: "p5" });
    expect(vg.lvNames()).not.toContain("p5");
    await expectStatus(d.client.volumes.deleteVolume({ name: "p5" }), "NOT_FOUND");
    await expect(d.client.volumes.deleteVolume({ name: "p5", allowMissing: true })).resolves.toEqual({});
    await expectStatus(d.client.volumes.getVolume({ name: "p5" }), "NOT_FOUND");
  });

  it("runs 50 concurrent creates in one VG, all succeeding", async () => {
    const names = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const results = await Promise.allSettled(
      names.map((name) => d.client.volumes.createVolume({ name, sizeBytes: 1n * MiB })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const onHost = vg.lvNames();
    for (const n of names) expect(onHost).toContain(n);
    await Promise.all(names.map((name) => d.client.volumes.deleteVolume({ name })));
    expect(vg.lvNames().filter((n) => /^c\d+$/.test(n))).toEqual([]);
  });

  it("reports volume group capacity", async () => {
    const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
    expect(volumeGroup).toMatchObject({ name: vg.name, extentSizeBytes: 4n * MiB, pvCount: 1, thinPools: [] });
    expect(volumeGroup!.freeBytes).toBeLessThan(volumeGroup!.sizeBytes);
    expect(volumeGroup!.lvCount).toBe(vg.lvNames().length);
    const list = await d.client.volumeGroups.listVolumeGroups({});
    expect(list.volumeGroups.map((v) => v.name)).toEqual([vg.name]);
  });
});
