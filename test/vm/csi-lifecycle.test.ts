// The whole life of a CSI volume as kubelet and the external sidecars drive
// it, against real device-mapper, LIO and open-iscsi inside the test VM
// (LVMCTL_TEST_ACTIVATION=1; see test/vm). For both access kinds:
// create -> controller publish -> stage (mkfs, mount) -> publish (bind) ->
// write -> unpublish -> unstage -> stage again -> the data is still there ->
// expand online -> stats show the new size -> unpublish/unstage -> controller
// unpublish -> delete. iSCSI volumes really log in over 127.0.0.1 (with CHAP)
// and log out on unstage. Block volumes are bound onto a file and keep their
// bytes; a snapshot restored into a new volume has the snapshot's data.
// Written against the CSI contract, not against lvmctl's implementation.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  VolumeCapability_AccessMode_Mode as Mode,
  VolumeUsage_Unit,
  type VolumeCapability,
} from "../../src/gen/csi/v1/csi.js";
import { startCsiDaemon, type CsiDaemon } from "../support/csi.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1n << 20n;
const NODE = "vm1";
const LONG = { timeout: 1_200_000 };

const mountCap = (fsType = "ext4"): VolumeCapability => ({
  mount: { fsType, mountFlags: [], volumeMountGroup: "" },
  accessMode: { mode: Mode.SINGLE_NODE_WRITER },
});
const blockCap: VolumeCapability = { block: {}, accessMode: { mode: Mode.SINGLE_NODE_WRITER } };

/** Target names of this host's iSCSI sessions, from sysfs. */
function sessionTargets(): string[] {
  const dir = "/sys/class/iscsi_session";
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((s) => readFileSync(join(dir, s, "targetname"), "utf8").trim());
}

/** Node records open-iscsi keeps (iscsiadm exits 21 when there are none). */
function nodeRecords(): string {
  try {
    return execFileSync("iscsiadm", ["-m", "node"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}

/** The 5th lv_attr character: 'a' while the LV is active. */
function lvActive(vg: string, lv: string): boolean {
  return lvm(["lvs", "--noheadings", "-o", "lv_attr", `${vg}/${lv}`]).trim()[4] === "a";
}

const lvOf = (volumeId: string) => volumeId.split(":")[3];

/** Retries a call that answers UNAVAILABLE (e.g. exports not ready yet right after start-up). */
async function retryUnavailable<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if ((err as { code?: number }).code !== 14 || i >= 60) throw err;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

describe.skipIf(SKIP_ROOT_TESTS || METADATA_ONLY)("CSI volume lifecycle in the VM", () => {
  let vg: LoopVg;
  let d: CsiDaemon;
  let dir: string;
  let chapKeyFile: string;
  let nodeId: string;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("csilife", 1024);
    dir = mkdtempSync(join(tmpdir(), "csi-life-"));
    // As deployed: the CHAP host key is a Secret, mounted as the storage host's key file and given to nodes.
    chapKeyFile = join(dir, "chap.key");
    writeFileSync(chapKeyFile, randomBytes(32), { mode: 0o600 });
    d = await startCsiDaemon(
      [vg.name],
      ["--csi-node-id", NODE, "--portal", "127.0.0.1:3260", "--chap-key-file", chapKeyFile],
    );
    nodeId = (await d.csi.node.nodeGetInfo({})).nodeId;
  }, 600_000);

  afterAll(async () => {
    await d?.stop();
    try {
      execFileSync("iscsiadm", ["-m", "node", "--logoutall=all"], { stdio: "ignore" });
    } catch {
      // nothing logged in
    }
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A pod's view of one volume: where kubelet stages and publishes it. */
  function paths(name: string) {
    const base = join(dir, name);
    mkdirSync(join(base, "pod"), { recursive: true });
    mkdirSync(join(base, "staging"), { recursive: true });
    return { staging: join(base, "staging"), target: join(base, "pod", "volume") };
  }

  async function create(name: string, kind: "local" | "iscsi", cap: VolumeCapability, extra = {}) {
    const { volume } = await d.csi.controller.createVolume({
      name,
      capacityRange: { requiredBytes: 64n * MiB, limitBytes: 0n },
      volumeCapabilities: [cap],
      parameters: kind === "iscsi" ? { access: "iscsi", chap: "true" } : { access: "local" },
      ...extra,
    });
    expect(volume!.capacityBytes).toBeGreaterThanOrEqual(64n * MiB);
    return volume!;
  }

  async function controllerPublish(volumeId: string, cap: VolumeCapability) {
    const { publishContext } = await retryUnavailable(() =>
      d.csi.controller.controllerPublishVolume({ volumeId, nodeId, volumeCapability: cap, readonly: false }),
    );
    return publishContext;
  }

  const secretsFor = (kind: string) =>
    kind === "iscsi" ? { chapKey: readFileSync(chapKeyFile).toString("base64") } : ({} as Record<string, string>);

  describe.each(["local", "iscsi"] as const)("%s filesystem volume", (kind) => {
    it("lives through stage, publish, restage, online expansion and deletion", LONG, async () => {
      const cap = mountCap();
      const volume = await create(`life-${kind}`, kind, cap);
      const volumeId = volume.volumeId;
      const publishContext = await controllerPublish(volumeId, cap);
      const secrets = secretsFor(kind);
      const { staging, target } = paths(`life-${kind}`);
      const stage = () =>
        d.csi.node.nodeStageVolume({
          volumeId,
          publishContext,
          stagingTargetPath: staging,
          volumeCapability: cap,
          secrets,
          volumeContext: volume.volumeContext,
        });
      const publish = () =>
        d.csi.node.nodePublishVolume({
          volumeId,
          publishContext,
          stagingTargetPath: staging,
          targetPath: target,
          volumeCapability: cap,
          readonly: false,
          volumeContext: volume.volumeContext,
        });

      if (kind === "iscsi") {
        // A node with the wrong CHAP key is refused by the target, and leaves no session behind.
        await expectStatus(
          d.csi.node.nodeStageVolume({
            volumeId,
            publishContext,
            stagingTargetPath: staging,
            volumeCapability: cap,
            secrets: { chapKey: randomBytes(32).toString("base64") },
          }),
          "PERMISSION_DENIED",
        );
        expect(sessionTargets()).not.toContain(publishContext.targetIqn);
      }
      // Two kubelet retries at once: one runs, the other is turned away with ABORTED.
      const first = await Promise.allSettled([stage(), stage()]);
      expect(first.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
      for (const r of first) if (r.status === "rejected") expect((r.reason as { code: number }).code).toBe(10);
      await stage(); // idempotent
      if (kind === "iscsi") {
        expect(sessionTargets()).toContain(publishContext.targetIqn);
        expect(publishContext.chapUser).toMatch(/^lvmctl-/);
      } else {
        expect(lvActive(vg.name, lvOf(volumeId))).toBe(true);
      }
      expect(execFileSync("findmnt", ["-n", "-o", "FSTYPE", staging], { encoding: "utf8" }).trim()).toBe("ext4");

      await publish();
      await publish(); // idempotent
      writeFileSync(join(target, "hello.txt"), `written through the ${kind} volume`);
      execFileSync("sync");

      await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target });
      expect(existsSync(target)).toBe(false);
      await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target }); // idempotent
      await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging });
      await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging }); // idempotent
      if (kind === "iscsi") {
        expect(sessionTargets()).not.toContain(publishContext.targetIqn);
        expect(nodeRecords()).not.toContain(publishContext.targetIqn);
      } else {
        expect(lvActive(vg.name, lvOf(volumeId))).toBe(false);
      }

      // Staged again: the filesystem is found (not made again) and the file is there.
      await stage();
      await publish();
      expect(readFileSync(join(target, "hello.txt"), "utf8")).toBe(`written through the ${kind} volume`);

      // A second pod reading it: a read-only bind of the same staging mount.
      const roTarget = join(dirname(target), "read-only");
      await d.csi.node.nodePublishVolume({
        volumeId,
        publishContext,
        stagingTargetPath: staging,
        targetPath: roTarget,
        volumeCapability: cap,
        readonly: true,
      });
      expect(readFileSync(join(roTarget, "hello.txt"), "utf8")).toBe(`written through the ${kind} volume`);
      expect(() => writeFileSync(join(roTarget, "nope.txt"), "x")).toThrow(/EROFS/);
      // the same target asked for read-write is a different publication
      await expectStatus(
        d.csi.node.nodePublishVolume({
          volumeId,
          publishContext,
          stagingTargetPath: staging,
          targetPath: roTarget,
          volumeCapability: cap,
          readonly: false,
        }),
        "ALREADY_EXISTS",
      );
      await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: roTarget });

      const before = await d.csi.node.nodeGetVolumeStats({ volumeId, volumePath: target });
      const bytesBefore = before.usage.find((u) => u.unit === VolumeUsage_Unit.BYTES)!;
      expect(before.usage.find((u) => u.unit === VolumeUsage_Unit.INODES)!.total).toBeGreaterThan(0n);

      const grown = await d.csi.controller.controllerExpandVolume({
        volumeId,
        capacityRange: { requiredBytes: 128n * MiB, limitBytes: 0n },
        volumeCapability: cap,
      });
      expect(grown.capacityBytes).toBeGreaterThanOrEqual(128n * MiB);
      expect(grown.nodeExpansionRequired).toBe(true);
      const expanded = await d.csi.node.nodeExpandVolume({
        volumeId,
        volumePath: target,
        stagingTargetPath: staging,
        capacityRange: { requiredBytes: 128n * MiB, limitBytes: 0n },
        volumeCapability: cap,
      });
      expect(expanded.capacityBytes).toBeGreaterThanOrEqual(128n * MiB);

      const after = await d.csi.node.nodeGetVolumeStats({ volumeId, volumePath: target });
      const bytesAfter = after.usage.find((u) => u.unit === VolumeUsage_Unit.BYTES)!;
      expect(bytesAfter.total).toBeGreaterThan(bytesBefore.total + 48n * MiB);
      expect(after.volumeCondition).toEqual({ abnormal: false, message: "" });
      expect(readFileSync(join(target, "hello.txt"), "utf8")).toBe(`written through the ${kind} volume`);

      await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target });
      await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging });
      if (kind === "iscsi") expect(sessionTargets()).not.toContain(publishContext.targetIqn);
      await d.csi.controller.controllerUnpublishVolume({ volumeId, nodeId });
      await d.csi.controller.deleteVolume({ volumeId });
      expect(vg.lvNames()).not.toContain(lvOf(volumeId));
    });
  });

  describe.each(["local", "iscsi"] as const)("%s block volume", (kind) => {
    it("is bound onto a file and keeps its bytes across unstage and stage", LONG, async () => {
      const volume = await create(`block-${kind}`, kind, blockCap);
      const volumeId = volume.volumeId;
      const publishContext = await controllerPublish(volumeId, blockCap);
      const secrets = secretsFor(kind);
      const { staging, target } = paths(`block-${kind}`);
      const up = async () => {
        await d.csi.node.nodeStageVolume({
          volumeId,
          publishContext,
          stagingTargetPath: staging,
          volumeCapability: blockCap,
          secrets,
        });
        await d.csi.node.nodePublishVolume({
          volumeId,
          publishContext,
          stagingTargetPath: staging,
          targetPath: target,
          volumeCapability: blockCap,
          readonly: false,
        });
      };
      const down = async () => {
        await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target });
        await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging });
      };
      await up();
      const data = randomBytes(1 << 20);
      const src = join(dir, `block-${kind}.bin`);
      writeFileSync(src, data);
      execFileSync("dd", [`if=${src}`, `of=${target}`, "bs=1M", "count=1", "oflag=direct", "conv=fsync"], {
        stdio: "ignore",
      });
      const stats = await d.csi.node.nodeGetVolumeStats({ volumeId, volumePath: target });
      expect(stats.usage).toEqual([expect.objectContaining({ unit: VolumeUsage_Unit.BYTES, total: 64n * MiB })]);

      await down();
      expect(existsSync(target)).toBe(false);
      if (kind === "iscsi") expect(sessionTargets()).not.toContain(publishContext.targetIqn);
      await up();
      const back = execFileSync("dd", [`if=${target}`, "bs=1M", "count=1", "iflag=direct"], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      expect(Buffer.compare(back, data)).toBe(0);
      await down();
      await d.csi.controller.controllerUnpublishVolume({ volumeId, nodeId });
      await d.csi.controller.deleteVolume({ volumeId });
    });
  });

  it("makes, mounts and grows xfs online", LONG, async () => {
    const cap = mountCap("xfs");
    const { volume } = await d.csi.controller.createVolume({
      name: "xfs-local",
      capacityRange: { requiredBytes: 320n * MiB, limitBytes: 0n },
      volumeCapabilities: [cap],
      parameters: { access: "local", fsType: "xfs" },
    });
    const volumeId = volume!.volumeId;
    const publishContext = await controllerPublish(volumeId, cap);
    const { staging, target } = paths("xfs-local");
    await d.csi.node.nodeStageVolume({ volumeId, publishContext, stagingTargetPath: staging, volumeCapability: cap });
    expect(execFileSync("findmnt", ["-n", "-o", "FSTYPE", staging], { encoding: "utf8" }).trim()).toBe("xfs");
    await d.csi.node.nodePublishVolume({
      volumeId,
      publishContext,
      stagingTargetPath: staging,
      targetPath: target,
      volumeCapability: cap,
    });
    writeFileSync(join(target, "x.txt"), "xfs");
    // The same volume asked for as ext4 is not reformatted.
    await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target });
    await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging });
    await expectStatus(
      d.csi.node.nodeStageVolume({
        volumeId,
        publishContext,
        stagingTargetPath: staging,
        volumeCapability: mountCap(),
      }),
      "FAILED_PRECONDITION",
      /already holds an xfs filesystem/,
    );
    await d.csi.node.nodeStageVolume({ volumeId, publishContext, stagingTargetPath: staging, volumeCapability: cap });
    await d.csi.node.nodePublishVolume({
      volumeId,
      publishContext,
      stagingTargetPath: staging,
      targetPath: target,
      volumeCapability: cap,
    });
    expect(readFileSync(join(target, "x.txt"), "utf8")).toBe("xfs");
    const before = (await d.csi.node.nodeGetVolumeStats({ volumeId, volumePath: target })).usage[0].total;
    await d.csi.controller.controllerExpandVolume({
      volumeId,
      capacityRange: { requiredBytes: 448n * MiB, limitBytes: 0n },
      volumeCapability: cap,
    });
    const { capacityBytes } = await d.csi.node.nodeExpandVolume({
      volumeId,
      volumePath: target,
      stagingTargetPath: staging,
      capacityRange: { requiredBytes: 448n * MiB, limitBytes: 0n },
      volumeCapability: cap,
    });
    expect(capacityBytes).toBeGreaterThanOrEqual(448n * MiB);
    const after = (await d.csi.node.nodeGetVolumeStats({ volumeId, volumePath: target })).usage[0].total;
    expect(after).toBeGreaterThan(before + 96n * MiB);
    await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: target });
    await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: staging });
    await d.csi.controller.controllerUnpublishVolume({ volumeId, nodeId });
    await d.csi.controller.deleteVolume({ volumeId });
  });

  it("restores a snapshot into a new volume with the snapshot's data", LONG, async () => {
    const cap = mountCap();
    const source = await create("snap-source", "local", cap);
    const p1 = paths("snap-source");
    const up = async (volumeId: string, p: { staging: string; target: string }) => {
      const publishContext = await controllerPublish(volumeId, cap);
      await d.csi.node.nodeStageVolume({
        volumeId,
        publishContext,
        stagingTargetPath: p.staging,
        volumeCapability: cap,
      });
      await d.csi.node.nodePublishVolume({
        volumeId,
        publishContext,
        stagingTargetPath: p.staging,
        targetPath: p.target,
        volumeCapability: cap,
      });
    };
    const down = async (volumeId: string, p: { staging: string; target: string }) => {
      await d.csi.node.nodeUnpublishVolume({ volumeId, targetPath: p.target });
      await d.csi.node.nodeUnstageVolume({ volumeId, stagingTargetPath: p.staging });
      await d.csi.controller.controllerUnpublishVolume({ volumeId, nodeId });
    };
    await up(source.volumeId, p1);
    writeFileSync(join(p1.target, "before.txt"), "in the snapshot");
    execFileSync("sync");
    const { snapshot } = await d.csi.controller.createSnapshot({ sourceVolumeId: source.volumeId, name: "snap-1" });
    expect(snapshot!.readyToUse).toBe(true);
    writeFileSync(join(p1.target, "after.txt"), "not in the snapshot");

    const restored = await create("snap-restored", "local", cap, {
      volumeContentSource: { snapshot: { snapshotId: snapshot!.snapshotId } },
    });
    const p2 = paths("snap-restored");
    await up(restored.volumeId, p2);
    expect(readFileSync(join(p2.target, "before.txt"), "utf8")).toBe("in the snapshot");
    expect(existsSync(join(p2.target, "after.txt"))).toBe(false);

    await down(restored.volumeId, p2);
    await down(source.volumeId, p1);
    await d.csi.controller.deleteVolume({ volumeId: restored.volumeId });
    await d.csi.controller.deleteSnapshot({ snapshotId: snapshot!.snapshotId });
    await d.csi.controller.deleteVolume({ volumeId: source.volumeId });
    const left = vg.lvNames();
    for (const id of [source.volumeId, restored.volumeId, snapshot!.snapshotId]) expect(left).not.toContain(lvOf(id));
  });
});
