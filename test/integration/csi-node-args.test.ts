// The CSI Node service's answers to what it can check on this host (real
// lvmctld, real lvm2 on a loop VG, metadata-only): every RPC's required
// fields, the codes the spec's error tables name, idempotent unpublish and
// unstage, the refusal to unmount anything that is not the volume's, what
// NodeGetInfo and NodeGetCapabilities report, and a --csi-node-only daemon.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NodeServiceCapability_RPC_Type as Rpc,
  PluginCapability_Service_Type,
  VolumeCapability_AccessMode_Mode as Mode,
  type VolumeCapability,
} from "../../src/gen/csi/v1/csi.js";
import { formatId, nameTag, volumeLvName } from "../../src/server/csi/ids.js";
import { startCsiDaemon, startNodeOnlyDaemon, type CsiDaemon, type NodeOnlyDaemon } from "../support/csi.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const NODE = "n1";
const IQN = "iqn.2026-01.test.lvmctl:node-n1";
const TOPOLOGY_KEY = "topology.lvmctl.io/node";

const mountCap = (fsType = "", mode = Mode.SINGLE_NODE_WRITER): VolumeCapability => ({
  mount: { fsType, mountFlags: [], volumeMountGroup: "" },
  accessMode: { mode },
});
const blockCap: VolumeCapability = { block: {}, accessMode: { mode: Mode.SINGLE_NODE_WRITER } };

describe.skipIf(SKIP_ROOT_TESTS)("CSI Node service: argument checks and error codes", () => {
  let vg: LoopVg;
  let d: CsiDaemon;
  let dir: string;
  let missingLocal: string;
  let otherNodeLocal: string;
  let iscsiVol: string;
  let foreignLv: string;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlcsinode");
    dir = mkdtempSync(join(tmpdir(), "csi-node-args-"));
    const initiatorFile = join(dir, "initiatorname.iscsi");
    writeFileSync(initiatorFile, `## a comment\nInitiatorName=${IQN}\n`);
    d = await startCsiDaemon(
      [vg.name],
      ["--csi-node-id", NODE, "--csi-max-volumes", "7", "--iscsi-initiator-name-file", initiatorFile],
    );
    missingLocal = formatId({ kind: "local", vg: vg.name, lv: volumeLvName("missing"), node: NODE });
    otherNodeLocal = formatId({ kind: "local", vg: vg.name, lv: volumeLvName("elsewhere"), node: "n2" });
    iscsiVol = formatId({ kind: "iscsi", vg: vg.name, lv: volumeLvName("net"), node: NODE });
    // An LV with a CSI name but without lvmctl's ownership tag: not a volume of ours.
    const lvName = volumeLvName("foreign");
    lvm(["lvcreate", "-q", "-L", "8m", "-n", lvName, "--addtag", nameTag("foreign"), vg.name]);
    foreignLv = formatId({ kind: "local", vg: vg.name, lv: lvName, node: NODE });
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reports its capabilities", async () => {
    const { capabilities } = await d.csi.node.nodeGetCapabilities({});
    expect(capabilities.map((c) => c.rpc?.type).sort()).toEqual(
      [
        Rpc.STAGE_UNSTAGE_VOLUME,
        Rpc.EXPAND_VOLUME,
        Rpc.GET_VOLUME_STATS,
        Rpc.VOLUME_CONDITION,
        Rpc.SINGLE_NODE_MULTI_WRITER,
      ].sort(),
    );
  });

  it("reports node id with the initiator IQN, the volume limit and its topology", async () => {
    const info = await d.csi.node.nodeGetInfo({});
    expect(info).toEqual({
      nodeId: `${NODE},${IQN}`,
      maxVolumesPerNode: 7n,
      accessibleTopology: { segments: { [TOPOLOGY_KEY]: NODE } },
    });
  });

  describe("NodeStageVolume", () => {
    const stage = (over: Record<string, unknown>) =>
      d.csi.node.nodeStageVolume({
        volumeId: missingLocal,
        stagingTargetPath: join(dir, "staging"),
        volumeCapability: mountCap(),
        ...over,
      });

    it("needs volume_id, staging_target_path and a volume_capability with an access type and mode", async () => {
      await expectStatus(stage({ volumeId: "" }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(stage({ stagingTargetPath: "" }), "INVALID_ARGUMENT", /staging_target_path/);
      await expectStatus(stage({ volumeCapability: undefined }), "INVALID_ARGUMENT", /volume_capability/);
      await expectStatus(
        stage({ volumeCapability: { accessMode: { mode: Mode.SINGLE_NODE_WRITER } } }),
        "INVALID_ARGUMENT",
        /access_type/,
      );
      await expectStatus(
        stage({ volumeCapability: { mount: mountCap().mount, accessMode: undefined } }),
        "INVALID_ARGUMENT",
        /access_mode/,
      );
    });

    it("refuses filesystems other than ext4 and xfs, and multi-node access", async () => {
      await expectStatus(stage({ volumeCapability: mountCap("btrfs") }), "INVALID_ARGUMENT", /btrfs/);
      await expectStatus(
        stage({ volumeCapability: mountCap("ext4", Mode.MULTI_NODE_MULTI_WRITER) }),
        "FAILED_PRECONDITION",
        /one node/,
      );
    });

    it("answers NOT_FOUND for ids lvmctl did not issue and volumes that do not exist", async () => {
      await expectStatus(stage({ volumeId: "some-other-driver-id" }), "NOT_FOUND");
      await expectStatus(stage({ volumeId: `lvmctl1:snap:${vg.name}:${volumeLvName("x")}:${NODE}` }), "NOT_FOUND");
      await expectStatus(stage({}), "NOT_FOUND", /does not exist/);
      await expectStatus(stage({ volumeId: foreignLv }), "NOT_FOUND");
      const lvs = vg.lvNames();
      expect(lvs).toContain(volumeLvName("foreign"));
    });

    it("refuses a local volume of another node", async () => {
      await expectStatus(stage({ volumeId: otherNodeLocal }), "FAILED_PRECONDITION", /local to node n2/);
    });

    it("logs in to no target but the volume's own", async () => {
      await expectStatus(stage({ volumeId: iscsiVol }), "INVALID_ARGUMENT", /targetIqn is missing/);
      await expectStatus(
        stage({
          volumeId: iscsiVol,
          publishContext: { targetIqn: "iqn.2003-01.org.example:victim", portals: "127.0.0.1:3260", lun: "0" },
        }),
        "INVALID_ARGUMENT",
        /not lvmctl's target/,
      );
    });

    it("needs the chapKey secret for a CHAP volume", async () => {
      const lv = volumeLvName("net");
      const publishContext = {
        targetIqn: `iqn.2026-11.io.lvmctl:${vg.name}:${lv}`,
        portals: "127.0.0.1:3260",
        lun: "0",
        chapUser: "lvmctl-0123456789abcdef",
        chapNonce: "0123456789abcdef",
        volumeUuid: "abc",
      };
      await expectStatus(stage({ volumeId: iscsiVol, publishContext }), "INVALID_ARGUMENT", /chapKey is missing/);
      await expectStatus(
        stage({ volumeId: iscsiVol, publishContext, secrets: { chapKey: "c2hvcnQ=" } }),
        "INVALID_ARGUMENT",
        /32-byte/,
      );
      await expectStatus(
        stage({ volumeId: iscsiVol, publishContext: { ...publishContext, chapUser: "someone" } }),
        "INVALID_ARGUMENT",
        /do not agree/,
      );
    });
  });

  describe("NodePublishVolume", () => {
    const publish = (over: Record<string, unknown>) =>
      d.csi.node.nodePublishVolume({
        volumeId: missingLocal,
        stagingTargetPath: join(dir, "staging"),
        targetPath: join(dir, "target"),
        volumeCapability: mountCap(),
        ...over,
      });

    it("needs volume_id, target_path and volume_capability", async () => {
      await expectStatus(publish({ volumeId: "" }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(publish({ targetPath: "" }), "INVALID_ARGUMENT", /target_path/);
      await expectStatus(publish({ volumeCapability: undefined }), "INVALID_ARGUMENT", /volume_capability/);
    });

    it("needs the staging path (the plugin stages volumes)", async () => {
      await expectStatus(publish({ stagingTargetPath: "" }), "FAILED_PRECONDITION", /staging_target_path/);
    });

    it("answers NOT_FOUND for ids lvmctl did not issue, FAILED_PRECONDITION for an unstaged volume", async () => {
      await expectStatus(publish({ volumeId: "nope" }), "NOT_FOUND");
      await expectStatus(publish({}), "FAILED_PRECONDITION", /not staged/);
      await expectStatus(publish({ volumeCapability: blockCap }), "FAILED_PRECONDITION", /not staged/);
      expect(existsSync(join(dir, "target"))).toBe(false);
    });
  });

  describe("NodeUnpublishVolume and NodeUnstageVolume", () => {
    it("need volume_id and the path", async () => {
      await expectStatus(d.csi.node.nodeUnpublishVolume({ targetPath: "/x" }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(d.csi.node.nodeUnpublishVolume({ volumeId: missingLocal }), "INVALID_ARGUMENT", /target_path/);
      await expectStatus(d.csi.node.nodeUnstageVolume({ stagingTargetPath: "/x" }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(
        d.csi.node.nodeUnstageVolume({ volumeId: missingLocal }),
        "INVALID_ARGUMENT",
        /staging_target_path/,
      );
    });

    it("answer NOT_FOUND for ids lvmctl did not issue", async () => {
      await expectStatus(d.csi.node.nodeUnpublishVolume({ volumeId: "nope", targetPath: "/x" }), "NOT_FOUND");
      await expectStatus(d.csi.node.nodeUnstageVolume({ volumeId: "nope", stagingTargetPath: "/x" }), "NOT_FOUND");
    });

    it("are idempotent: nothing there is success, and an empty target directory is removed", async () => {
      const target = join(dir, "unpublished");
      mkdirSync(target);
      await d.csi.node.nodeUnpublishVolume({ volumeId: missingLocal, targetPath: target });
      expect(existsSync(target)).toBe(false);
      await d.csi.node.nodeUnpublishVolume({ volumeId: missingLocal, targetPath: target });
      await d.csi.node.nodeUnstageVolume({ volumeId: missingLocal, stagingTargetPath: join(dir, "never-staged") });
      await d.csi.node.nodeUnstageVolume({ volumeId: iscsiVol, stagingTargetPath: join(dir, "never-staged") });
    });

    it("never unmount what is not the volume's", async () => {
      const target = join(dir, "tmpfs");
      mkdirSync(target);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "lvmctl-test", target]);
      try {
        await expectStatus(
          d.csi.node.nodeUnpublishVolume({ volumeId: missingLocal, targetPath: target }),
          "FAILED_PRECONDITION",
          /left untouched/,
        );
        await expectStatus(
          d.csi.node.nodeUnstageVolume({ volumeId: iscsiVol, stagingTargetPath: target }),
          "FAILED_PRECONDITION",
          /left untouched/,
        );
        const mounted = execFileSync("findmnt", ["-n", "-o", "SOURCE", target], { encoding: "utf8" }).trim();
        expect(mounted).toBe("lvmctl-test");
        // and NodeGetVolumeStats does not take it for the volume
        await expectStatus(
          d.csi.node.nodeGetVolumeStats({ volumeId: missingLocal, volumePath: target }),
          "NOT_FOUND",
          /is not volume/,
        );
        await expectStatus(
          d.csi.node.nodeExpandVolume({ volumeId: missingLocal, volumePath: target }),
          "NOT_FOUND",
          /is not volume/,
        );
      } finally {
        execFileSync("umount", [target]);
      }
    });
  });

  describe("NodeGetVolumeStats", () => {
    it("needs volume_id and volume_path", async () => {
      await expectStatus(d.csi.node.nodeGetVolumeStats({ volumePath: dir }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(d.csi.node.nodeGetVolumeStats({ volumeId: missingLocal }), "INVALID_ARGUMENT", /volume_path/);
    });

    it("answers NOT_FOUND for a foreign id, a missing path and a path that is not a volume", async () => {
      await expectStatus(d.csi.node.nodeGetVolumeStats({ volumeId: "nope", volumePath: dir }), "NOT_FOUND");
      await expectStatus(
        d.csi.node.nodeGetVolumeStats({ volumeId: missingLocal, volumePath: join(dir, "no-such-path") }),
        "NOT_FOUND",
        /does not exist/,
      );
      await expectStatus(d.csi.node.nodeGetVolumeStats({ volumeId: missingLocal, volumePath: dir }), "NOT_FOUND");
    });
  });

  describe("NodeExpandVolume", () => {
    it("needs volume_id and volume_path, and a consistent capacity range", async () => {
      await expectStatus(d.csi.node.nodeExpandVolume({ volumePath: dir }), "INVALID_ARGUMENT", /volume_id/);
      await expectStatus(d.csi.node.nodeExpandVolume({ volumeId: missingLocal }), "INVALID_ARGUMENT", /volume_path/);
      await expectStatus(
        d.csi.node.nodeExpandVolume({
          volumeId: missingLocal,
          volumePath: dir,
          capacityRange: { requiredBytes: 2n << 20n, limitBytes: 1n << 20n },
        }),
        "INVALID_ARGUMENT",
        /capacity_range/,
      );
    });

    it("answers NOT_FOUND for a foreign id, a missing path and a path that is not a volume", async () => {
      await expectStatus(d.csi.node.nodeExpandVolume({ volumeId: "nope", volumePath: dir }), "NOT_FOUND");
      await expectStatus(
        d.csi.node.nodeExpandVolume({ volumeId: missingLocal, volumePath: join(dir, "no-such-path") }),
        "NOT_FOUND",
      );
      await expectStatus(d.csi.node.nodeExpandVolume({ volumeId: missingLocal, volumePath: dir }), "NOT_FOUND");
    });
  });
});

describe.skipIf(SKIP_ROOT_TESTS)("CSI node-only daemon (no volume groups)", () => {
  let d: NodeOnlyDaemon;

  beforeAll(async () => {
    requireRootAndLvm();
    d = await startNodeOnlyDaemon([
      "--csi-node-id",
      "worker-1",
      "--iscsi-initiator-name-file",
      "/nonexistent/initiatorname.iscsi",
    ]);
  });

  afterAll(async () => {
    await d?.stop();
  });

  it("serves Identity without the controller service", async () => {
    const { capabilities } = await d.csi.identity.getPluginCapabilities({});
    const services = capabilities.map((c) => c.service?.type);
    expect(services).not.toContain(PluginCapability_Service_Type.CONTROLLER_SERVICE);
    expect((await d.csi.identity.probe({})).ready).toBe(true);
  });

  it("does not serve the Controller", async () => {
    await expectStatus(d.csi.controller.controllerGetCapabilities({}), "UNIMPLEMENTED");
    await expectStatus(d.csi.controller.createVolume({ name: "x" }), "UNIMPLEMENTED");
  });

  it("serves Node: its id without an initiator name, and no local volumes", async () => {
    expect(await d.csi.node.nodeGetInfo({})).toEqual({
      nodeId: "worker-1",
      maxVolumesPerNode: 0n,
      accessibleTopology: { segments: { [TOPOLOGY_KEY]: "worker-1" } },
    });
    const local = formatId({ kind: "local", vg: "vg0", lv: volumeLvName("v"), node: "worker-1" });
    await expectStatus(
      d.csi.node.nodeStageVolume({
        volumeId: local,
        stagingTargetPath: "/tmp/never",
        volumeCapability: mountCap(),
      }),
      "FAILED_PRECONDITION",
      /--csi-node-only/,
    );
  });
});
