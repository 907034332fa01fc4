// lvm archives a VG's old metadata in /etc/lvm/archive on every change and by
// default keeps each archive for 30 days; lvmctld's changes keep only the
// newest --lvm-archive-retain of them, through exec and through the lvm shell.
import { readdirSync, rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;
const ARCHIVE_DIR = "/etc/lvm/archive";
const RETAIN = 3;

const archives = (vg: string) => readdirSync(ARCHIVE_DIR).filter((f) => f.startsWith(`${vg}_`) && f.endsWith(".vg"));

describe.skipIf(SKIP_ROOT_TESTS)("metadata archive retention", () => {
  let vg: LoopVg;
  let d: RunningDaemon | undefined;

  beforeAll(() => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlarch");
  });

  afterEach(async () => {
    await d?.stop();
    d = undefined;
  });

  afterAll(() => {
    vg?.destroy();
    if (vg) for (const f of archives(vg.name)) rmSync(`${ARCHIVE_DIR}/${f}`);
  });

  it.each(["off", "on"])("keeps at most --lvm-archive-retain archives of the VG (lvm shell %s)", async (shell) => {
    d = await startDaemon([vg.name], ["--lvm-archive-retain", String(RETAIN), "--lvm-shell", shell]);
    // Each cycle is three metadata changes (create, ready, delete): well past the bound.
    for (let i = 0; i < 4; i++) {
      await d.client.volumes.createVolume({ name: `cycle${i}`, sizeBytes: 4n * MiB });
      await d.client.volumes.deleteVolume({ name: `cycle${i}` });
    }
    expect(archives(vg.name).length).toBeGreaterThan(0);
    expect(archives(vg.name).length).toBeLessThanOrEqual(RETAIN);
  });
});
