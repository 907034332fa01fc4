// The Node service's pure pieces: mountinfo parsing, blkid output, device
// numbers, iSCSI target checks and secret redaction.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LvmctlError } from "../../src/server/errors.js";
import { deviceSize, dmName, lvDmName, majorMinor, poll } from "../../src/server/csi/node/devices.js";
import { parseBlkidExport, requireFsType } from "../../src/server/csi/node/fs.js";
import { Iscsi, redactIscsiSecrets, targetFromContext, targetNamesVolume } from "../../src/server/csi/node/iscsi.js";
import { goneSourceFits, ownership } from "../../src/server/csi/node/volumes.js";
import { decodeMountField, mountAt, mountsAt, normalize, parseMountinfo } from "../../src/server/csi/node/mounts.js";

const MOUNTINFO = [
  "22 27 0:21 / /proc rw,relatime - proc proc rw",
  "24 27 0:6 / /dev rw,relatime - devtmpfs udev rw,size=12334460k,mode=755",
  "301 27 253:3 / /var/lib/kubelet/plugins/kubernetes.io/csi/lvm.lvmctl.io/abc/globalmount rw,relatime shared:5 - ext4 /dev/mapper/vg-csi--x rw",
  "302 27 253:3 / /var/lib/kubelet/pods/p1/volumes/kubernetes.io~csi/pvc-1/mount ro,relatime - ext4 /dev/mapper/vg-csi--x rw",
  "303 27 0:6 /sdb /var/lib/kubelet/pods/p2/volumeDevices/with\\040space/dev rw - devtmpfs udev rw",
  "304 27 8:16 / /mnt/a rw - xfs /dev/sdb rw,attr2",
  "305 27 8:32 / /mnt/a rw - ext4 /dev/sdc rw",
  "garbage line",
].join("\n");

describe("mountinfo", () => {
  const entries = parseMountinfo(MOUNTINFO);

  it("parses every well-formed line and skips the rest", () => {
    expect(entries).toHaveLength(7);
    expect(entries[2]).toEqual({
      id: 301,
      parentId: 27,
      majorMinor: "253:3",
      root: "/",
      mountPoint: "/var/lib/kubelet/plugins/kubernetes.io/csi/lvm.lvmctl.io/abc/globalmount",
      options: ["rw", "relatime"],
      fsType: "ext4",
      source: "/dev/mapper/vg-csi--x",
      superOptions: ["rw"],
    });
  });

  it("decodes octal escapes in paths", () => {
    expect(entries[4].mountPoint).toBe("/var/lib/kubelet/pods/p2/volumeDevices/with space/dev");
    expect(entries[4].root).toBe("/sdb");
    expect(decodeMountField("a\\011b\\012c\\134d")).toBe("a\tb\nc\\d");
    expect(decodeMountField("no\\escape")).toBe("no\\escape");
  });

  it("finds the topmost mount at a path, with or without a trailing slash", () => {
    expect(mountAt(entries, "/mnt/a/")?.majorMinor).toBe("8:32");
    expect(mountsAt(entries, "/mnt//a").map((e) => e.majorMinor)).toEqual(["8:16", "8:32"]);
    expect(mountAt(entries, "/mnt")).toBeUndefined();
    expect(normalize("/")).toBe("/");
  });

  it("reads the real mountinfo of this process", async () => {
    const { readMounts } = await import("../../src/server/csi/node/mounts.js");
    const mounts = await readMounts();
    expect(mountAt(mounts, "/proc")?.fsType).toBe("proc");
  });
});

describe("blkid and filesystem types", () => {
  it("reads TYPE and PTTYPE from export output", () => {
    expect(parseBlkidExport("DEVNAME=/dev/sdb\nUUID=x\nTYPE=ext4\nUSAGE=filesystem\n")).toEqual({ type: "ext4" });
    expect(parseBlkidExport("DEVNAME=/dev/sdb\nPTUUID=1\nPTTYPE=gpt\n")).toEqual({ ptType: "gpt" });
    expect(parseBlkidExport("")).toEqual({});
  });

  it("defaults to ext4, accepts xfs and refuses anything else", () => {
    expect(requireFsType("f", "")).toBe("ext4");
    expect(requireFsType("f", "xfs")).toBe("xfs");
    expect(() => requireFsType("f", "btrfs")).toThrow(/btrfs.*not supported/);
    try {
      requireFsType("f", "ext3");
    } catch (err) {
      expect((err as LvmctlError).code).toBe("INVALID_ARGUMENT");
    }
  });
});

describe("devices", () => {
  it("splits dev_t as glibc does", () => {
    expect(majorMinor(1792)).toBe("7:0");
    expect(majorMinor((253 << 8) | 3)).toBe("253:3");
    // minor >= 256 uses the high bits
    expect(majorMinor((8 << 8) | (0x12 << 20) | 0x34)).toBe("8:4660");
  });

  it("names LVs as device-mapper does", () => {
    expect(lvDmName("vg", "lv")).toBe("vg-lv");
    expect(lvDmName("my-vg", "csi-abc")).toBe("my--vg-csi--abc");
  });

  it("reads sizes and dm names from sysfs", async () => {
    const sys = mkdtempSync(join(tmpdir(), "csi-sys-"));
    try {
      mkdirSync(join(sys, "devices/virtual/block/dm-3/dm"), { recursive: true });
      writeFileSync(join(sys, "devices/virtual/block/dm-3/size"), "2048\n");
      writeFileSync(join(sys, "devices/virtual/block/dm-3/dm/name"), "vg-lv\n");
      mkdirSync(join(sys, "dev/block"), { recursive: true });
      symlinkSync(join(sys, "devices/virtual/block/dm-3"), join(sys, "dev/block/253:3"));
      expect(await deviceSize("253:3", sys)).toBe(1048576n);
      expect(await dmName("253:3", sys)).toBe("vg-lv");
      expect(await deviceSize("8:0", sys)).toBeUndefined();
    } finally {
      rmSync(sys, { recursive: true, force: true });
    }
  });

  it("polls until a value or the deadline", async () => {
    let n = 0;
    expect(
      await poll(
        () => Promise.resolve(++n >= 3 ? n : undefined),
        5000,
        () => new Error("late"),
      ),
    ).toBe(3);
    await expect(
      poll(
        () => Promise.resolve(undefined),
        150,
        () => new Error("late"),
      ),
    ).rejects.toThrow("late");
  });
});

describe("iSCSI", () => {
  const IQN = "iqn.2026-11.io.lvmctl:vg0:csi-0123456789abcdef0123456789abcdef";

  it("accepts only lvmctl's target name for the volume", () => {
    expect(targetNamesVolume(IQN, "vg0", "csi-0123456789abcdef0123456789abcdef")).toBe(true);
    expect(targetNamesVolume(IQN, "vg1", "csi-0123456789abcdef0123456789abcdef")).toBe(false);
    expect(targetNamesVolume("iqn.2026-11.io.lvmctl:vg0:other", "vg0", "csi-0123456789abcdef0123456789abcdef")).toBe(
      false,
    );
    // an escaped VG name
    expect(targetNamesVolume("iqn.2026-11.io.lvmctl:my.5fvg:lv", "my_vg", "lv")).toBe(true);
    // the prefix must itself be an IQN without ':'
    expect(targetNamesVolume("iqn.2003-01.org.example:evil:vg0:lv", "vg0", "lv")).toBe(false);
    expect(targetNamesVolume("notaniqn:vg0:lv", "vg0", "lv")).toBe(false);
    expect(targetNamesVolume("IQN.2026-11.IO.LVMCTL:vg0:lv", "vg0", "lv")).toBe(false);
  });

  it("reads the target from a publish context", () => {
    const lv = "csi-0123456789abcdef0123456789abcdef";
    expect(targetFromContext({ targetIqn: IQN, portals: "127.0.0.1:3260, [::1]:3260", lun: "0" }, "vg0", lv)).toEqual({
      iqn: IQN,
      portals: ["127.0.0.1:3260", "[::1]:3260"],
      lun: 0,
    });
    const code = (c: Record<string, string>) => {
      try {
        targetFromContext(c, "vg0", lv);
        return "OK";
      } catch (err) {
        return (err as LvmctlError).code;
      }
    };
    expect(code({ portals: "127.0.0.1:3260" })).toBe("INVALID_ARGUMENT");
    expect(code({ targetIqn: "iqn.2026-11.io.lvmctl:vg0:x", portals: "127.0.0.1:3260" })).toBe("INVALID_ARGUMENT");
    expect(code({ targetIqn: IQN, portals: "" })).toBe("INVALID_ARGUMENT");
    expect(code({ targetIqn: IQN, portals: "a b:1" })).toBe("INVALID_ARGUMENT");
    expect(code({ targetIqn: IQN, portals: "127.0.0.1:3260", lun: "x" })).toBe("INVALID_ARGUMENT");
  });

  it("masks CHAP passwords in logged argv", () => {
    const argv = ["iscsiadm", "-m", "node", "-T", IQN, "-o", "update", "-n", "node.session.auth.password", "-v", "s3"];
    expect(redactIscsiSecrets(argv)).toEqual([...argv.slice(0, -1), "***"]);
    expect(redactIscsiSecrets(["mount", "a", "b"])).toEqual(["mount", "a", "b"]);
  });

  it("finds sessions and their disks in sysfs", async () => {
    const sys = mkdtempSync(join(tmpdir(), "csi-sys-"));
    try {
      const s = join(sys, "class/iscsi_session/session7");
      mkdirSync(join(s, "device/target2:0:0/2:0:0:1/block/sdc"), { recursive: true });
      mkdirSync(join(s, "device/target2:0:0/2:0:0:0/block/sdb"), { recursive: true });
      writeFileSync(join(s, "targetname"), `${IQN}\n`);
      mkdirSync(join(sys, "class/iscsi_session/session8"), { recursive: true });
      writeFileSync(join(sys, "class/iscsi_session/session8/targetname"), "iqn.2026-11.io.other:x\n");
      const iscsi = new Iscsi(undefined as never, sys);
      expect(await iscsi.sessionsOf(IQN)).toEqual([{ sid: 7, targetName: IQN }]);
      expect(await iscsi.diskOf(7, 0)).toBe("sdb");
      expect(await iscsi.diskOf(7, 1)).toBe("sdc");
      expect(await iscsi.diskOf(7, 2)).toBeUndefined();
      expect(await iscsi.diskOf(9, 0)).toBeUndefined();
    } finally {
      rmSync(sys, { recursive: true, force: true });
    }
  });
});

describe("device ownership", () => {
  const lv = "csi-0123456789abcdef0123456789abcdef";
  const local = { kind: "local" as const, vg: "vg0", lv, node: "n1" };
  const net = { kind: "iscsi" as const, vg: "vg0", lv, node: "n1" };

  it("never takes a filesystem without a block device (major 0) for a volume", async () => {
    expect(await ownership("0:55", local)).toBe("other");
  });

  it("judges a mount whose device is gone by what the kernel recorded", () => {
    const m = (source: string, fsType = "ext4", root = "/") => ({ source, fsType, root });
    expect(goneSourceFits(m(`/dev/vg0/${lv}`), local)).toBe(true);
    expect(goneSourceFits(m(`/dev/mapper/vg0-${lv.replace("-", "--")}`), local)).toBe(true);
    expect(goneSourceFits(m("/dev/sdb"), local)).toBe(false);
    expect(goneSourceFits(m("/dev/sdb"), net)).toBe(true);
    expect(goneSourceFits(m("udev", "devtmpfs", "/sdc"), net)).toBe(true);
    expect(goneSourceFits(m("udev", "devtmpfs", "/dm-4"), local)).toBe(true);
    expect(goneSourceFits(m("udev", "devtmpfs", "/sdc"), local)).toBe(false);
    expect(goneSourceFits(m("lvmctl-test", "tmpfs"), net)).toBe(false);
  });
});
