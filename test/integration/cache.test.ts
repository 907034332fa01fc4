// The read cache and the lvm shell on real lvm2: changes made outside the
// daemon (plain lvcreate/lvremove/lvextend/lvchange) are seen by the very next
// read, the daemon's own changes are patched in, and what it serves always
// equals what lvs/vgs report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, lvmReport, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { lvmTimeToRfc3339 } from "../../src/server/lvm/report.js";

const MiB = 1024n * 1024n;
const ACTIVATE = ["--activate", "n", "--zero", "n"];

/** What lvs says, in the shape ListVolumes returns. */
function lvsRows(vg: string) {
  return lvmReport("lvs", "lv_name,lv_uuid,lv_size,lv_attr,lv_tags,lv_time,pool_lv,origin,lv_path", [vg])
    .map((r) => ({
      name: r.lv_name,
      uuid: r.lv_uuid,
      sizeBytes: BigInt(r.lv_size),
      attributes: r.lv_attr,
      tags: r.lv_tags === "" ? [] : r.lv_tags.split(","),
      createTime: lvmTimeToRfc3339(r.lv_time),
      pool: r.pool_lv,
      origin: r.origin,
      path: r.lv_path,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function vgsRow(vg: string) {
  const [r] = lvmReport("vgs", "vg_free,lv_count", [vg]);
  return { freeBytes: BigInt(r.vg_free), lvCount: Number(r.lv_count) };
}

/** lvm commands the daemon ran so far. */
function commands(d: RunningDaemon): string[] {
  return d
    .logs()
    .split("\n")
    .filter((l) => l.includes('"component":"exec"') && l.includes('"command ok"'))
    .map((l) => (JSON.parse(l) as { argv: string[] }).argv[1]);
}

/** The number of commands logged once the log has been quiet for 300 ms: a line can reach the pipe after its RPC's answer. */
async function settledCommandCount(d: RunningDaemon): Promise<number> {
  let count = commands(d).length;
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = commands(d).length;
    if (now === count) return now;
    count = now;
  }
}

for (const mode of ["lvm shell + cache", "exec + cache"] as const) {
  describe.skipIf(SKIP_ROOT_TESTS)(`read cache on real lvm2 (${mode})`, () => {
    let vg: LoopVg;
    let d: RunningDaemon;

    const served = async () =>
      (await d.client.volumes.listVolumes({ includeUnmanaged: true, pageSize: 1000 })).volumes
        .map((v) => ({
          name: v.name,
          uuid: v.uuid,
          sizeBytes: v.sizeBytes,
          attributes: v.attributes,
          tags: v.tags,
          createTime: v.createTime,
          pool: v.pool,
          origin: v.origin,
          path: v.devicePath,
        }))
        .sort((a, b) => (a.name < b.name ? -1 : 1));

    const expectCoherent = async () => {
      expect(await served()).toEqual(lvsRows(vg.name));
      const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
      expect({ freeBytes: volumeGroup!.freeBytes, lvCount: volumeGroup!.lvCount }).toEqual(vgsRow(vg.name));
    };

    beforeAll(async () => {
      requireRootAndLvm();
      vg = createLoopVg("lvmctlcache");
      d = await startDaemon([vg.name], mode === "exec + cache" ? ["--lvm-shell", "off"] : ["--lvm-shell", "on"]);
    });

    afterAll(async () => {
      await d?.stop();
      vg?.destroy();
    });

    it("serves a repeated read without running lvm", async () => {
      await d.client.volumes.createVolume({ name: "v1", sizeBytes: 8n * MiB });
      await d.client.volumes.listVolumes({});
      await d.client.volumeGroups.getVolumeGroup({});
      const before = await settledCommandCount(d);
      const started = Date.now();
      for (let i = 0; i < 5; i++) {
        await d.client.volumes.listVolumes({});
        await d.client.volumes.getVolume({ name: "v1" });
        await d.client.volumeGroups.getVolumeGroup({});
      }
      const ran = commands(d).slice(before);
      if (METADATA_ONLY) {
        expect(ran).toEqual([]);
      } else {
        // With device-mapper, activation state and usage are re-read (one lvs) once they are a second old.
        expect(ran.filter((c) => c !== "lvs")).toEqual([]);
        expect(ran.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1000));
      }
      if (mode === "lvm shell + cache") expect(d.logs()).toContain('"via":"lvm-shell"');
    });

    it("sees an LV created outside the daemon at the next read", async () => {
      await d.client.volumes.listVolumes({});
      lvm(["lvcreate", "-q", ...ACTIVATE, "-n", "ext1", "-L", "4m", "--addtag", "lvmctl.managed", vg.name]);
      const { volume } = await d.client.volumes.getVolume({ name: "ext1" });
      expect(volume).toMatchObject({ name: "ext1", sizeBytes: 4n * MiB, managed: true });
      expect((await d.client.volumes.listVolumes({})).volumes.map((v) => v.name)).toContain("ext1");
      await expectCoherent();
    });

    it("sees an LV removed outside the daemon at the next read", async () => {
      await d.client.volumes.getVolume({ name: "ext1" });
      lvm(["lvremove", "-q", "-y", `${vg.name}/ext1`]);
      await expectStatus(d.client.volumes.getVolume({ name: "ext1" }), "NOT_FOUND");
      expect((await d.client.volumes.listVolumes({})).volumes.map((v) => v.name)).not.toContain("ext1");
      await expectCoherent();
    });

    it("sees outside growth and tag changes, and refuses a create whose name was taken outside", async () => {
      await d.client.volumes.getVolume({ name: "v1" });
      lvm(["lvextend", "-q", "-L", "16m", `${vg.name}/v1`]);
      expect((await d.client.volumes.getVolume({ name: "v1" })).volume!.sizeBytes).toBe(16n * MiB);
      lvm(["lvchange", "-q", "--deltag", "lvmctl.managed", `${vg.name}/v1`]);
      expect((await d.client.volumes.getVolume({ name: "v1" })).volume!.managed).toBe(false);
      await expectStatus(d.client.volumes.deleteVolume({ name: "v1" }), "FAILED_PRECONDITION", /not managed/);
      lvm(["lvchange", "-q", "--addtag", "lvmctl.managed", `${vg.name}/v1`]);
      await d.client.volumes.listVolumes({});
      lvm(["lvcreate", "-q", ...ACTIVATE, "-n", "taken", "-L", "4m", vg.name]);
      await expectStatus(
        d.client.volumes.createVolume({ name: "taken", sizeBytes: 4n * MiB }),
        "ALREADY_EXISTS",
        /not managed/,
      );
      await expectCoherent();
    });

    it("stays equal to lvs and vgs through a mix of its own and outside changes", async () => {
      for (let i = 0; i < 4; i++) {
        await d.client.volumes.createVolume({ name: `m${i}`, sizeBytes: 4n * MiB });
        await expectCoherent();
        if (i % 2 === 0) lvm(["lvcreate", "-q", ...ACTIVATE, "-n", `o${i}`, "-L", "4m", vg.name]);
        await d.client.volumes.resizeVolume({ name: `m${i}`, sizeBytes: 8n * MiB });
        await expectCoherent();
        if (i > 0) await d.client.volumes.deleteVolume({ name: `m${i - 1}` });
        if (i % 2 === 1) lvm(["lvremove", "-q", "-y", `${vg.name}/o${i - 1}`]);
        await expectCoherent();
      }
      // Concurrent creates and reads.
      await Promise.all([
        ...Array.from({ length: 8 }, (_, i) => d.client.volumes.createVolume({ name: `c${i}`, sizeBytes: 4n * MiB })),
        ...Array.from({ length: 8 }, () => d.client.volumes.listVolumes({})),
      ]);
      await expectCoherent();
      await Promise.all(Array.from({ length: 8 }, (_, i) => d.client.volumes.deleteVolume({ name: `c${i}` })));
      await expectCoherent();
    });
  });
}

/** Adds `count` one-extent linear LVs to an empty VG with one vgcfgrestore (seconds instead of minutes). */
function populate(vg: string, count: number): void {
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-populate-"));
  try {
    const file = join(dir, "vg.conf");
    lvm(["vgcfgbackup", "-q", "-f", file, vg]);
    const text = readFileSync(file, "utf8");
    const lvs = Array.from({ length: count }, (_, i) => {
      const id = `${String(i).padStart(6, "0")}-aaaa-bbbb-cccc-dddd-eeee-ffffff`;
      return `big${String(i).padStart(4, "0")} {\nid = "${id}"\nstatus = ["READ", "WRITE", "VISIBLE"]\nflags = []\ntags = ["lvmctl.managed"]\ncreation_time = 1796000000\ncreation_host = "t"\nsegment_count = 1\nsegment1 {\nstart_extent = 0\nextent_count = 1\ntype = "striped"\nstripe_count = 1\nstripes = [\n"pv0", ${i}\n]\n}\n}\n`;
    });
    const end = text.lastIndexOf("\n}");
    writeFileSync(file, `${text.slice(0, end)}\nlogical_volumes {\n${lvs.join("")}}\n${text.slice(end + 1)}`);
    lvm(["vgcfgrestore", "-q", "-f", file, vg]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One LV changed outside the daemon in a VG of hundreds: the next read sees
// exactly what lvs and vgs say. With --metadata-only the cache decodes the
// VG's committed metadata text for that, so the refill runs no lvm command.
describe.skipIf(SKIP_ROOT_TESTS)("read cache: one outside change in a VG of 300 LVs", () => {
  let vg: LoopVg;
  let d: RunningDaemon;

  const served = async () => {
    const out = [];
    let pageToken = "";
    do {
      const res = await d.client.volumes.listVolumes({ includeUnmanaged: true, pageSize: 1000, pageToken });
      out.push(...res.volumes);
      pageToken = res.nextPageToken;
    } while (pageToken !== "");
    return out
      .map((v) => ({
        name: v.name,
        uuid: v.uuid,
        sizeBytes: v.sizeBytes,
        attributes: v.attributes,
        tags: v.tags,
        createTime: v.createTime,
        pool: v.pool,
        origin: v.origin,
        path: v.devicePath,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  };

  /**
   * ListVolumes equals lvs, with --metadata-only without running lvm for it;
   * GetVolumeGroup equals vgs (it reads the metadata areas' free space with vgs).
   */
  const expectSeen = async () => {
    const before = await settledCommandCount(d);
    expect(await served()).toEqual(lvsRows(vg.name));
    const ran = commands(d).slice(before);
    if (METADATA_ONLY) expect(ran).toEqual([]);
    const { volumeGroup } = await d.client.volumeGroups.getVolumeGroup({});
    expect({ freeBytes: volumeGroup!.freeBytes, lvCount: volumeGroup!.lvCount }).toEqual(vgsRow(vg.name));
  };

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlbig", 1024, "1m");
    populate(vg.name, 300);
    d = await startDaemon([vg.name]);
    await expectSeen();
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
  });

  it("sees an outside lvcreate", async () => {
    lvm(["lvcreate", "-q", ...ACTIVATE, "-n", "outside", "-L", "3m", "--addtag", "lvmctl.managed", vg.name]);
    await expectSeen();
  });

  it("sees an outside tag change", async () => {
    lvm(["lvchange", "-q", "--addtag", "z.tag", "--addtag", "a.tag", `${vg.name}/big0007`]);
    await expectSeen();
    lvm(["lvchange", "-q", "--deltag", "lvmctl.managed", `${vg.name}/big0008`]);
    await expectSeen();
  });

  it("sees an outside lvextend (a second segment elsewhere)", async () => {
    lvm(["lvextend", "-q", "-L", "+2m", `${vg.name}/big0010`]);
    await expectSeen();
  });

  it("sees an outside lvrename", async () => {
    lvm(["lvrename", "-q", vg.name, "big0011", "renamed"]);
    await expectSeen();
    await expectStatus(d.client.volumes.getVolume({ name: "big0011" }), "NOT_FOUND");
  });

  it("sees an outside lvremove", async () => {
    lvm(["lvremove", "-q", "-y", `${vg.name}/big0012`, `${vg.name}/outside`]);
    await expectSeen();
  });

  it("sees outside permission and allocation changes", async () => {
    lvm(["lvchange", "-q", "--permission", "r", `${vg.name}/big0013`]);
    await expectSeen();
    lvm(["lvchange", "-q", "--alloc", "contiguous", `${vg.name}/big0014`]);
    await expectSeen();
  });

  it("stays equal through its own changes between outside ones", async () => {
    await d.client.volumes.createVolume({ name: "own", sizeBytes: 2n * MiB });
    lvm(["lvchange", "-q", "--addtag", "x.y", `${vg.name}/own`]);
    await expectSeen();
    await d.client.volumes.resizeVolume({ name: "own", sizeBytes: 4n * MiB });
    await expectSeen();
    await d.client.volumes.deleteVolume({ name: "own" });
    await expectSeen();
  });
});
