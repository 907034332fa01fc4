// CSI Identity and Controller against real lvm2, written from the spec's rules
// (required fields, idempotency, error codes, paging, capacity, expansion).
// Metadata-only on the host; in the VM (LVMCTL_TEST_ACTIVATION=1) the same
// file also covers snapshots, clones and restores with their data.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ControllerServiceCapability_RPC_Type as Rpc,
  PluginCapability_Service_Type,
  VolumeCapability_AccessMode_Mode as Mode,
  type VolumeCapability,
} from "../../src/gen/csi/v1/csi.js";
import { startCsiDaemon, type CsiDaemon } from "../support/csi.js";
import { expectStatus } from "../support/grpc-status.js";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const MiB = 1024n * 1024n;
const NODE = "storage1";
const mount = (mode = Mode.SINGLE_NODE_WRITER, fsType = "ext4"): VolumeCapability => ({
  mount: { fsType, mountFlags: [], volumeMountGroup: "" },
  block: undefined,
  accessMode: { mode },
});
const block = (mode = Mode.SINGLE_NODE_WRITER): VolumeCapability => ({
  block: {},
  mount: undefined,
  accessMode: { mode },
});
const lvNameFor = (name: string) => `csi-${createHash("sha256").update(name).digest("hex").slice(0, 32)}`;

describe.skipIf(SKIP_ROOT_TESTS)("CSI Identity and Controller on real lvm2", () => {
  let vg: LoopVg;
  let other: LoopVg;
  let d: CsiDaemon;
  const range = (required: bigint, limit = 0n) => ({ requiredBytes: required, limitBytes: limit });
  const create = (name: string, extra: Record<string, unknown> = {}) =>
    d.csi.controller.createVolume({
      name,
      volumeCapabilities: [mount()],
      capacityRange: range(8n * MiB),
      parameters: { volumeGroup: vg.name },
      ...extra,
    });
  const tagsOf = (lv: string) => vg.lvs().find((l) => l.name === lv)?.tags ?? "";

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlcsi", 256);
    other = createLoopVg("lvmctlcsix", 64);
    d = await startCsiDaemon([vg.name], ["--csi-node-id", NODE, "--no-exports"]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    other?.destroy();
  });

  describe("Identity", () => {
    it("names the driver, its version and its capabilities, and is ready", async () => {
      const info = await d.csi.identity.getPluginInfo();
      expect(info.name).toBe("lvm.lvmctl.io");
      expect(info.vendorVersion).toMatch(/^\d+\.\d+\.\d+/);
      const { capabilities } = await d.csi.identity.getPluginCapabilities();
      const services = capabilities.map((c) => c.service?.type);
      expect(services).toContain(PluginCapability_Service_Type.CONTROLLER_SERVICE);
      expect(services).toContain(PluginCapability_Service_Type.VOLUME_ACCESSIBILITY_CONSTRAINTS);
      expect(capabilities.some((c) => c.volumeExpansion !== undefined)).toBe(true);
      expect((await d.csi.identity.probe()).ready).toBe(true);
    });

    it("uses the host name as node id by default", async () => {
      const plain = await startCsiDaemon([vg.name], ["--no-exports"]);
      try {
        const info = await plain.csi.node.nodeGetInfo();
        expect(info.nodeId.split(",")[0]).toBe(hostname());
      } finally {
        await plain.stop();
      }
    });
  });

  describe("ControllerGetCapabilities", () => {
    it("offers snapshots and clones only where device-mapper makes them work", async () => {
      const { capabilities } = await d.csi.controller.controllerGetCapabilities();
      const rpcs = capabilities.map((c) => c.rpc?.type);
      for (const rpc of [
        Rpc.CREATE_DELETE_VOLUME,
        Rpc.PUBLISH_UNPUBLISH_VOLUME,
        Rpc.LIST_VOLUMES,
        Rpc.GET_CAPACITY,
        Rpc.EXPAND_VOLUME,
        Rpc.GET_VOLUME,
        Rpc.VOLUME_CONDITION,
        Rpc.LIST_VOLUMES_PUBLISHED_NODES,
      ])
        expect(rpcs).toContain(rpc);
      expect(rpcs.includes(Rpc.CREATE_DELETE_SNAPSHOT)).toBe(!METADATA_ONLY);
      expect(rpcs.includes(Rpc.CLONE_VOLUME)).toBe(!METADATA_ONLY);
    });
  });

  describe("CreateVolume", () => {
    it("refuses requests without the required fields or with unsupported ones, before touching LVM", async () => {
      const before = vg.lvNames();
      await expectStatus(create(""), "INVALID_ARGUMENT", /name/);
      await expectStatus(create("x", { volumeCapabilities: [] }), "INVALID_ARGUMENT", /volume_capabilities/);
      await expectStatus(
        create("x", { volumeCapabilities: [{ mount: undefined, block: undefined, accessMode: { mode: 1 } }] }),
        "INVALID_ARGUMENT",
        /block or mount/,
      );
      await expectStatus(create("x", { volumeCapabilities: [block(Mode.UNKNOWN)] }), "INVALID_ARGUMENT", /access_mode/);
      await expectStatus(
        create("x", { volumeCapabilities: [mount(Mode.MULTI_NODE_MULTI_WRITER)] }),
        "INVALID_ARGUMENT",
        /one node/,
      );
      await expectStatus(
        create("x", { volumeCapabilities: [mount(Mode.SINGLE_NODE_WRITER, "btrfs")] }),
        "INVALID_ARGUMENT",
        /fs_type/,
      );
      await expectStatus(
        create("x", { parameters: { volumeGroup: vg.name, pool: "p" } }),
        "INVALID_ARGUMENT",
        /unknown parameter "pool"/,
      );
      await expectStatus(create("x", { parameters: { access: "nfs" } }), "INVALID_ARGUMENT", /access/);
      await expectStatus(create("x", { parameters: { volumeGroup: other.name } }), "INVALID_ARGUMENT", /not managed/);
      await expectStatus(create("x", { capacityRange: range(-1n) }), "INVALID_ARGUMENT", /negative/);
      await expectStatus(create("x", { capacityRange: range(16n * MiB, 8n * MiB) }), "INVALID_ARGUMENT", /limit_bytes/);
      await expectStatus(create("a\u0001b"), "INVALID_ARGUMENT", /control character/);
      await expectStatus(create("n".repeat(129)), "INVALID_ARGUMENT", /128/);
      expect(vg.lvNames()).toEqual(before);
    });

    it("creates an LV named from the CSI name, keeps the name in a tag, and answers a retry with the same volume", async () => {
      const name = "pvc-0f3c\u00e9 with spaces/and:colons";
      const { volume } = await create(name);
      expect(volume!.capacityBytes).toBe(8n * MiB);
      expect(volume!.volumeId).toBe(`lvmctl1:local:${vg.name}:${lvNameFor(name)}:${NODE}`);
      expect(volume!.accessibleTopology).toEqual([{ segments: { "topology.lvmctl.io/node": NODE } }]);
      expect(volume!.volumeContext).toMatchObject({ access: "local", storageHost: NODE });
      const tags = tagsOf(lvNameFor(name));
      expect(tags).toContain("lvmctl.managed");
      expect(tags).toContain(`lvmctl.csi.name=${Buffer.from(name).toString("base64url")}`);
      expect(tags).not.toContain("lvmctl.creating");
      const again = await create(name);
      expect(again.volume).toEqual(volume);
      // A compatible range is the same volume; an incompatible one is ALREADY_EXISTS.
      expect((await create(name, { capacityRange: range(4n * MiB, 16n * MiB) })).volume!.volumeId).toBe(
        volume!.volumeId,
      );
      await expectStatus(create(name, { capacityRange: range(16n * MiB) }), "ALREADY_EXISTS", /does not match/);
      await expectStatus(
        create(name, { parameters: { volumeGroup: vg.name, access: "iscsi" } }),
        "FAILED_PRECONDITION",
      );
      expect(vg.lvNames().filter((n) => n === lvNameFor(name))).toHaveLength(1);
    });

    it("accepts a 128-character name of any script", async () => {
      const name = "\u4e2d".repeat(128);
      const { volume } = await create(name, { capacityRange: range(4n * MiB) });
      expect(tagsOf(lvNameFor(name))).toContain(Buffer.from(name).toString("base64url"));
      await d.csi.controller.deleteVolume({ volumeId: volume!.volumeId });
    });

    it("rounds to whole extents within the capacity range, else OUT_OF_RANGE", async () => {
      expect((await create("round-up", { capacityRange: range(5n * MiB) })).volume!.capacityBytes).toBe(8n * MiB);
      expect((await create("round-down", { capacityRange: range(0n, 6n * MiB) })).volume!.capacityBytes).toBe(4n * MiB);
      expect((await create("exact", { capacityRange: range(12n * MiB, 12n * MiB) })).volume!.capacityBytes).toBe(
        12n * MiB,
      );
      await expectStatus(
        create("no-fit", { capacityRange: range(5n * MiB, 6n * MiB) }),
        "OUT_OF_RANGE",
        /whole extents/,
      );
      await expectStatus(create("too-small", { capacityRange: range(0n, 1n * MiB) }), "OUT_OF_RANGE");
      expect(vg.lvNames()).not.toContain(lvNameFor("no-fit"));
    });

    it("takes 1 GiB when no size is asked for, and says when the VG cannot hold it", async () => {
      await expectStatus(create("default-size", { capacityRange: undefined }), "RESOURCE_EXHAUSTED", /bytes free/);
    });

    it("pins local volumes to this storage host and refuses a topology that excludes it", async () => {
      const requirement = (node: string) => ({
        accessibilityRequirements: {
          requisite: [{ segments: { "topology.lvmctl.io/node": node } }],
          preferred: [],
        },
      });
      await expectStatus(create("elsewhere", requirement("node9")), "RESOURCE_EXHAUSTED", /storage host "storage1"/);
      const { volume } = await create("here", requirement(NODE));
      expect(volume!.accessibleTopology).toEqual([{ segments: { "topology.lvmctl.io/node": NODE } }]);
    });

    it("refuses iSCSI volumes where this lvmctld cannot export", async () => {
      await expectStatus(
        create("iscsi1", { parameters: { volumeGroup: vg.name, access: "iscsi" } }),
        "FAILED_PRECONDITION",
      );
      await expectStatus(create("chap-local", { parameters: { chap: "true" } }), "INVALID_ARGUMENT", /iscsi only/);
    });

    it("never takes over a foreign LV that happens to have the derived name", async () => {
      const lv = lvNameFor("squatted");
      lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", lv, "-L", "8m", vg.name]);
      await expectStatus(create("squatted"), "ALREADY_EXISTS", /is not that volume/);
      const id = `lvmctl1:local:${vg.name}:${lv}:${NODE}`;
      await expectStatus(d.csi.controller.deleteVolume({ volumeId: id }), "FAILED_PRECONDITION", /left untouched/);
      await expectStatus(
        d.csi.controller.controllerExpandVolume({ volumeId: id, capacityRange: range(16n * MiB) }),
        "FAILED_PRECONDITION",
      );
      expect(vg.lvNames()).toContain(lv);
      expect(tagsOf(lv)).toBe("");
    });

    it("runs one of several concurrent calls for the same name; the others are ABORTED or the same volume", async () => {
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => create("racy")));
      const ok = results.filter((r) => r.status === "fulfilled");
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        if (r.status === "rejected")
          expect((r.reason as { code: number }).code).toBe(10); // ABORTED
        else expect(r.value.volume!.volumeId).toBe(ok[0].value.volume!.volumeId);
      }
      expect(vg.lvNames().filter((n) => n === lvNameFor("racy"))).toHaveLength(1);
    });

    it("answers NOT_FOUND for a content source that does not exist", async () => {
      await expectStatus(
        create("from-nothing", {
          volumeContentSource: {
            snapshot: { snapshotId: `lvmctl1:snap:${vg.name}:csisnap-${"0".repeat(32)}:${NODE}` },
          },
        }),
        "NOT_FOUND",
      );
      await expectStatus(
        create("from-garbage", { volumeContentSource: { volume: { volumeId: "not-an-id" } } }),
        "NOT_FOUND",
      );
    });
  });

  describe("DeleteVolume", () => {
    it("deletes, and answers OK for a volume that is gone or an id that names nothing", async () => {
      const { volume } = await create("doomed");
      await d.csi.controller.deleteVolume({ volumeId: volume!.volumeId });
      expect(vg.lvNames()).not.toContain(lvNameFor("doomed"));
      await d.csi.controller.deleteVolume({ volumeId: volume!.volumeId });
      await d.csi.controller.deleteVolume({ volumeId: "garbage" });
      await expectStatus(d.csi.controller.deleteVolume({ volumeId: "" }), "INVALID_ARGUMENT");
    });

    it("refuses ids of another storage host or an unserved VG instead of pretending", async () => {
      const lv = lvNameFor("x");
      await expectStatus(
        d.csi.controller.deleteVolume({ volumeId: `lvmctl1:local:${vg.name}:${lv}:node9` }),
        "FAILED_PRECONDITION",
        /storage host "node9"/,
      );
      await expectStatus(
        d.csi.controller.deleteVolume({ volumeId: `lvmctl1:local:${other.name}:${lv}:${NODE}` }),
        "FAILED_PRECONDITION",
        /not managed/,
      );
    });
  });

  describe("ControllerPublishVolume / ControllerUnpublishVolume (local volumes)", () => {
    it("publishes a local volume to its own host only, one node at a time, and unpublishes idempotently", async () => {
      const { volume } = await create("published");
      const id = volume!.volumeId;
      const publish = (nodeId: string) =>
        d.csi.controller.controllerPublishVolume({ volumeId: id, nodeId, volumeCapability: mount() });
      await expectStatus(publish(""), "INVALID_ARGUMENT", /node_id/);
      await expectStatus(
        d.csi.controller.controllerPublishVolume({ volumeId: id, nodeId: NODE }),
        "INVALID_ARGUMENT",
        /volume_capability/,
      );
      await expectStatus(publish("node9"), "NOT_FOUND", /local to storage host/);
      await expectStatus(
        d.csi.controller.controllerPublishVolume({
          volumeId: `lvmctl1:local:${vg.name}:${lvNameFor("ghost")}:${NODE}`,
          nodeId: NODE,
          volumeCapability: mount(),
        }),
        "NOT_FOUND",
      );
      expect((await publish(NODE)).publishContext).toEqual({});
      expect((await publish(NODE)).publishContext).toEqual({});
      const nodeWithIqn = `${NODE},iqn.2026-11.io.example:host`;
      await expectStatus(publish(nodeWithIqn), "FAILED_PRECONDITION", /published to storage1/);
      expect(tagsOf(lvNameFor("published"))).toContain(
        `lvmctl.csi.published=${Buffer.from(NODE).toString("base64url")}`,
      );
      const got = await d.csi.controller.controllerGetVolume({ volumeId: id });
      expect(got.status!.publishedNodeIds).toEqual([NODE]);
      await expectStatus(d.csi.controller.deleteVolume({ volumeId: id }), "FAILED_PRECONDITION", /published/);
      await d.csi.controller.controllerUnpublishVolume({ volumeId: id, nodeId: "node9" });
      expect((await d.csi.controller.controllerGetVolume({ volumeId: id })).status!.publishedNodeIds).toEqual([NODE]);
      await d.csi.controller.controllerUnpublishVolume({ volumeId: id, nodeId: NODE });
      await d.csi.controller.controllerUnpublishVolume({ volumeId: id, nodeId: NODE });
      await d.csi.controller.controllerUnpublishVolume({ volumeId: "garbage", nodeId: NODE });
      expect((await d.csi.controller.controllerGetVolume({ volumeId: id })).status!.publishedNodeIds).toEqual([]);
      await d.csi.controller.deleteVolume({ volumeId: id });
    });
  });

  describe("ValidateVolumeCapabilities", () => {
    it("confirms what the volume supports and says why not otherwise", async () => {
      const { volume } = await create("validated");
      const validate = (caps: VolumeCapability[], parameters: Record<string, string> = {}) =>
        d.csi.controller.validateVolumeCapabilities({
          volumeId: volume!.volumeId,
          volumeCapabilities: caps,
          volumeContext: volume!.volumeContext,
          parameters,
        });
      const yes = await validate([mount(), block(Mode.SINGLE_NODE_READER_ONLY)]);
      expect(yes.confirmed!.volumeCapabilities).toHaveLength(2);
      const no = await validate([mount(Mode.MULTI_NODE_READER_ONLY)]);
      expect(no.confirmed).toBeUndefined();
      expect(no.message).toMatch(/one node/);
      expect((await validate([mount()], { access: "iscsi" })).confirmed).toBeUndefined();
      await expectStatus(validate([]), "INVALID_ARGUMENT");
      await expectStatus(
        d.csi.controller.validateVolumeCapabilities({ volumeId: "", volumeCapabilities: [mount()] }),
        "INVALID_ARGUMENT",
      );
      await expectStatus(
        d.csi.controller.validateVolumeCapabilities({
          volumeId: `lvmctl1:local:${vg.name}:${lvNameFor("nope")}:${NODE}`,
          volumeCapabilities: [mount()],
        }),
        "NOT_FOUND",
      );
    });
  });

  describe("ListVolumes", () => {
    it("pages through every CSI volume exactly once, ABORTED for a token it did not issue", async () => {
      for (let i = 0; i < 5; i++) await create(`listed-${i}`, { capacityRange: range(4n * MiB) });
      // A managed lvmctl volume that is not a CSI volume is not listed.
      lvm([
        "lvcreate",
        "-q",
        "--activate",
        "n",
        "--zero",
        "n",
        "--addtag",
        "lvmctl.managed",
        "-n",
        "plain",
        "-L",
        "4m",
        vg.name,
      ]);
      const all = await d.csi.controller.listVolumes();
      expect(all.nextToken).toBe("");
      const ids = all.entries.map((e) => e.volume!.volumeId);
      expect(ids.some((id) => id.includes(":plain:"))).toBe(false);
      const paged: string[] = [];
      let token = "";
      do {
        const page = await d.csi.controller.listVolumes({ maxEntries: 2, startingToken: token });
        expect(page.entries.length).toBeLessThanOrEqual(2);
        paged.push(...page.entries.map((e) => e.volume!.volumeId));
        token = page.nextToken;
      } while (token !== "");
      expect(paged).toEqual(ids);
      expect(new Set(paged).size).toBe(paged.length);
      await expectStatus(d.csi.controller.listVolumes({ startingToken: "forged" }), "ABORTED");
      await expectStatus(d.csi.controller.listVolumes({ maxEntries: -1 }), "INVALID_ARGUMENT");
    });
  });

  describe("GetCapacity", () => {
    it("reports the VG's free bytes, and 0 for a topology or capability it cannot serve", async () => {
      const free = BigInt(lvm(["vgs", "--noheadings", "--units", "b", "--nosuffix", "-o", "vg_free", vg.name]).trim());
      const cap = await d.csi.controller.getCapacity({ parameters: { volumeGroup: vg.name } });
      expect(cap.availableCapacity).toBe(free);
      expect(cap.minimumVolumeSize).toBe(4n * MiB);
      const elsewhere = await d.csi.controller.getCapacity({
        parameters: { volumeGroup: vg.name },
        accessibleTopology: { segments: { "topology.lvmctl.io/node": "node9" } },
      });
      expect(elsewhere.availableCapacity).toBe(0n);
      const here = await d.csi.controller.getCapacity({
        parameters: { volumeGroup: vg.name },
        accessibleTopology: { segments: { "topology.lvmctl.io/node": NODE } },
      });
      expect(here.availableCapacity).toBe(free);
      const multi = await d.csi.controller.getCapacity({ volumeCapabilities: [mount(Mode.MULTI_NODE_MULTI_WRITER)] });
      expect(multi.availableCapacity).toBe(0n);
      await expectStatus(d.csi.controller.getCapacity({ parameters: { volumeGroup: other.name } }), "INVALID_ARGUMENT");
    });
  });

  describe("ControllerExpandVolume", () => {
    it("grows to whole extents, keeps a larger volume as it is, and refuses what cannot be met", async () => {
      const { volume } = await create("grown");
      const id = volume!.volumeId;
      const grow = (required: bigint, limit = 0n, cap: VolumeCapability = mount()) =>
        d.csi.controller.controllerExpandVolume({
          volumeId: id,
          capacityRange: range(required, limit),
          volumeCapability: cap,
        });
      expect(await grow(14n * MiB)).toEqual({ capacityBytes: 16n * MiB, nodeExpansionRequired: true });
      expect(vg.lvs().find((l) => l.name === lvNameFor("grown"))!.size).toBe(16n * MiB);
      expect(await grow(8n * MiB)).toEqual({ capacityBytes: 16n * MiB, nodeExpansionRequired: true });
      expect((await grow(20n * MiB, 0n, block())).nodeExpansionRequired).toBe(false);
      await expectStatus(grow(8n * MiB, 12n * MiB), "OUT_OF_RANGE", /only grow/);
      await expectStatus(grow(1n << 40n), "RESOURCE_EXHAUSTED");
      await expectStatus(d.csi.controller.controllerExpandVolume({ volumeId: id }), "INVALID_ARGUMENT");
      await expectStatus(
        d.csi.controller.controllerExpandVolume({
          volumeId: `lvmctl1:local:${vg.name}:${lvNameFor("nope")}:${NODE}`,
          capacityRange: range(8n * MiB),
        }),
        "NOT_FOUND",
      );
    });
  });

  describe("ControllerGetVolume", () => {
    it("reports the volume and its condition; NOT_FOUND for one that is not there", async () => {
      const { volume } = await create("looked-at");
      const got = await d.csi.controller.controllerGetVolume({ volumeId: volume!.volumeId });
      expect(got.volume).toEqual(volume);
      expect(got.status!.volumeCondition).toEqual({ abnormal: false, message: "" });
      await expectStatus(d.csi.controller.controllerGetVolume({ volumeId: "garbage" }), "NOT_FOUND");
      await expectStatus(d.csi.controller.controllerGetVolume({ volumeId: "" }), "INVALID_ARGUMENT");
    });
  });

  describe("snapshots", () => {
    it("checks its arguments and lists nothing for ids that name nothing", async () => {
      await expectStatus(d.csi.controller.createSnapshot({ name: "", sourceVolumeId: "x" }), "INVALID_ARGUMENT");
      await expectStatus(d.csi.controller.createSnapshot({ name: "s", sourceVolumeId: "" }), "INVALID_ARGUMENT");
      await expectStatus(d.csi.controller.createSnapshot({ name: "s", sourceVolumeId: "garbage" }), "NOT_FOUND");
      await expectStatus(d.csi.controller.deleteSnapshot({ snapshotId: "" }), "INVALID_ARGUMENT");
      await d.csi.controller.deleteSnapshot({ snapshotId: "garbage" });
      expect((await d.csi.controller.listSnapshots({ snapshotId: "garbage" })).entries).toEqual([]);
      await expectStatus(d.csi.controller.listSnapshots({ startingToken: "forged" }), "ABORTED");
    });

    it.skipIf(!METADATA_ONLY)("answers FAILED_PRECONDITION for snapshots on a metadata-only host", async () => {
      const { volume } = await create("no-snap");
      await expectStatus(
        d.csi.controller.createSnapshot({ name: "snap1", sourceVolumeId: volume!.volumeId }),
        "FAILED_PRECONDITION",
        /device-mapper/,
      );
      expect(vg.lvNames().some((n) => n.startsWith("csisnap-"))).toBe(false);
    });

    it.skipIf(METADATA_ONLY)("snapshots a volume and restores and clones it with its data", async () => {
      const { volume } = await create("origin", { capacityRange: range(8n * MiB) });
      const device = `/dev/${vg.name}/${lvNameFor("origin")}`;
      const pattern = Buffer.alloc(1 << 20, "lvmctl-csi-");
      execFileSync("dd", [`of=${device}`, "bs=1M", "count=1", "oflag=direct", "status=none"], { input: pattern });
      const { snapshot } = await d.csi.controller.createSnapshot({ name: "snap1", sourceVolumeId: volume!.volumeId });
      expect(snapshot).toMatchObject({ sourceVolumeId: volume!.volumeId, readyToUse: true, sizeBytes: 8n * MiB });
      expect(
        (await d.csi.controller.createSnapshot({ name: "snap1", sourceVolumeId: volume!.volumeId })).snapshot,
      ).toEqual(snapshot);
      expect((await d.csi.controller.getSnapshot({ snapshotId: snapshot!.snapshotId })).snapshot).toEqual(snapshot);
      const listed = await d.csi.controller.listSnapshots({ sourceVolumeId: volume!.volumeId });
      expect(listed.entries.map((e) => e.snapshot!.snapshotId)).toEqual([snapshot!.snapshotId]);
      // The origin changes after the snapshot; the restore has the snapshot's data.
      execFileSync("dd", [`of=${device}`, "bs=1M", "count=1", "oflag=direct", "status=none"], {
        input: Buffer.alloc(1 << 20, "changed-"),
      });
      const restored = await create("restored", {
        volumeContentSource: { snapshot: { snapshotId: snapshot!.snapshotId } },
        capacityRange: range(0n),
      });
      expect(restored.volume!.contentSource).toEqual({ snapshot: { snapshotId: snapshot!.snapshotId } });
      expect(restored.volume!.capacityBytes).toBe(8n * MiB);
      const read = (lv: string) =>
        execFileSync("dd", [`if=/dev/${vg.name}/${lv}`, "bs=1M", "count=1", "iflag=direct", "status=none"]);
      expect(read(lvNameFor("restored")).equals(pattern)).toBe(true);
      const clone = await create("clone", { volumeContentSource: { volume: { volumeId: volume!.volumeId } } });
      expect(read(lvNameFor("clone")).equals(Buffer.alloc(1 << 20, "changed-"))).toBe(true);
      await expectStatus(
        d.csi.controller.deleteVolume({ volumeId: volume!.volumeId }),
        "FAILED_PRECONDITION",
        /snapshots/,
      );
      await d.csi.controller.deleteSnapshot({ snapshotId: snapshot!.snapshotId });
      await d.csi.controller.deleteSnapshot({ snapshotId: snapshot!.snapshotId });
      for (const v of [restored.volume!, clone.volume!, volume!])
        await d.csi.controller.deleteVolume({ volumeId: v.volumeId });
      expect(
        vg.lvNames().filter((n) => [lvNameFor("origin"), lvNameFor("restored"), lvNameFor("clone")].includes(n)),
      ).toEqual([]);
    });
  });
});
