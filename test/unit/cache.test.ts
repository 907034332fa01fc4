// The per-VG read cache against a scripted "LVM": what is served, when it
// must ask again, and how our own mutations patch it.
import { describe, expect, it } from "vitest";
import { LvCache, type CacheSource, type LvReport, type VgReport } from "../../src/server/lvm/cache.js";
import type { LogicalVolume, VolumeGroupInfo } from "../../src/server/lvm/model.js";
import { parseLabel, parseMetadataPrefix } from "../../src/server/lvm/mda.js";

const MiB = 1024n * 1024n;

/** A VG whose state changes like LVM's: every change bumps seqno. */
class FakeLvm implements CacheSource {
  seqno = 1;
  free = 100n * MiB;
  lvs = new Map<string, LogicalVolume>();
  calls: string[] = [];
  diskReadable = true;

  info(): VolumeGroupInfo {
    return {
      name: "vg",
      uuid: "U",
      sizeBytes: 200n * MiB,
      freeBytes: this.free,
      extentSizeBytes: 4n * MiB,
      pvCount: 1,
      lvCount: this.lvs.size,
      seqno: this.seqno,
    };
  }

  async vgReport(): Promise<VgReport> {
    this.calls.push("vgs");
    return { info: this.info(), pvs: ["/dev/fake"] };
  }

  /** While set, reports read LVM at once but answer only when it resolves. */
  gate?: Promise<void>;

  async lvReport(_vg: string, names?: readonly string[]): Promise<LvReport> {
    this.calls.push(names ? `lvs ${names.join(" ")}` : "lvs");
    const rows = [...this.lvs.values()].filter((lv) => !names || names.includes(lv.name));
    const seqno = this.seqno;
    const info = this.info();
    await this.gate;
    if (rows.length === 0) return { lvs: [] };
    return { lvs: rows.map((r) => ({ ...r })), seqno, info: names ? info : undefined };
  }

  diskSeqno = async () => (this.diskReadable ? this.seqno : undefined);

  create(name: string, size = 4n * MiB, extra: Partial<LogicalVolume> = {}) {
    this.seqno++;
    this.free -= size;
    this.lvs.set(name, {
      name,
      vgName: "vg",
      uuid: `uuid-${name}-${this.seqno}`,
      sizeBytes: size,
      attr: "-wi-------",
      layout: ["linear"],
      pool: "",
      origin: "",
      path: `/dev/vg/${name}`,
      tags: [],
      createTime: "2026-01-01T00:00:00+00:00",
      dataPercent: undefined,
      metadataPercent: undefined,
      ...extra,
    });
  }

  remove(name: string) {
    this.seqno++;
    this.free += this.lvs.get(name)!.sizeBytes;
    this.lvs.delete(name);
  }
}

function setup() {
  const lvm = new FakeLvm();
  const cache = new LvCache(lvm, { metadataOnly: true, diskSeqno: lvm.diskSeqno });
  return { lvm, cache };
}

describe("LvCache", () => {
  it("serves repeated reads without asking LVM while vg_seqno is unchanged", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a"]);
    const calls = lvm.calls.length;
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a"]);
    expect((await cache.vg("vg")).lvCount).toBe(1);
    expect(lvm.calls.length).toBe(calls);
  });

  it("sees external creates and removes at the next read", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    lvm.create("b");
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a", "b"]);
    lvm.remove("a");
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["b"]);
    expect((await cache.vg("vg")).freeBytes).toBe(lvm.free);
  });

  it("never hands a call a refill that read LVM before the call began", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    let open!: () => void;
    lvm.gate = new Promise((r) => (open = r));
    lvm.create("b");
    const first = cache.lvs("vg"); // refills, reading a and b, then waits
    await new Promise((r) => setTimeout(r, 0));
    lvm.create("c"); // after the first refill read LVM
    const second = cache.lvs("vg");
    await new Promise((r) => setTimeout(r, 0));
    open();
    expect((await first).map((l) => l.name)).toEqual(["a", "b"]);
    expect((await second).map((l) => l.name)).toEqual(["a", "b", "c"]);
  });

  it("asks lvm for the seqno when the disk cannot be read", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    lvm.diskReadable = false;
    lvm.create("b");
    lvm.calls.length = 0;
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a", "b"]);
    expect(lvm.calls[0]).toBe("vgs");
  });

  it("re-reads only the LV our create made, with the VG columns", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    await cache.vg("vg");
    const before = await cache.beforeMutation("vg");
    lvm.create("new");
    await cache.afterMutation("vg", before, { kind: "create", name: "new" }, true);
    lvm.calls.length = 0;
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a", "new"]);
    expect(lvm.calls).toEqual(["lvs new"]);
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["lvs new"]);
  });

  it("patches tags, growth and removal of a plain linear LV without any command", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    lvm.create("b");
    await cache.lvs("vg");
    await cache.vg("vg");
    lvm.calls.length = 0;

    let before = await cache.beforeMutation("vg");
    lvm.seqno++;
    lvm.lvs.get("a")!.tags = ["t1", "z"];
    await cache.afterMutation("vg", before, { kind: "tags", name: "a", add: ["z", "t1"], del: ["nope"] }, true);

    before = await cache.beforeMutation("vg");
    lvm.seqno++;
    lvm.lvs.get("b")!.sizeBytes = 12n * MiB;
    lvm.free -= 8n * MiB;
    await cache.afterMutation("vg", before, { kind: "extend", name: "b", sizeBytes: 12n * MiB }, true);

    before = await cache.beforeMutation("vg");
    lvm.remove("a");
    await cache.afterMutation("vg", before, { kind: "remove", name: "a" }, true);

    expect(await cache.lvs("vg")).toEqual([...lvm.lvs.values()]);
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual([]);
  });

  it("drops the entry when another change slipped in around our mutation", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    const before = await cache.beforeMutation("vg");
    lvm.create("external");
    lvm.create("ours");
    await cache.afterMutation("vg", before, { kind: "create", name: "ours" }, true);
    lvm.calls.length = 0;
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a", "external", "ours"]);
    expect(lvm.calls).toEqual(["lvs"]);
  });

  it("refills after a change that happened between a patch and the next read", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    const before = await cache.beforeMutation("vg");
    lvm.create("ours");
    await cache.afterMutation("vg", before, { kind: "create", name: "ours" }, true);
    lvm.remove("a");
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["ours"]);
  });

  it("reads everything again after removing an LV other LVs depend on", async () => {
    const { lvm, cache } = setup();
    lvm.create("origin");
    lvm.create("snap", 4n * MiB, { origin: "origin", attr: "swi-------" });
    await cache.lvs("vg");
    const before = await cache.beforeMutation("vg");
    lvm.remove("snap");
    lvm.lvs.get("origin")!.attr = "-wi-------";
    await cache.afterMutation("vg", before, { kind: "remove", name: "snap" }, true);
    lvm.calls.length = 0;
    expect(await cache.lvs("vg")).toEqual([...lvm.lvs.values()]);
    expect(lvm.calls).toEqual(["lvs"]);
  });

  it("knows an empty VG is empty only when the seqno held still around the read", async () => {
    const { lvm, cache } = setup();
    expect(await cache.lvs("vg")).toEqual([]);
    lvm.calls.length = 0;
    expect(await cache.lvs("vg")).toEqual([]);
    expect(lvm.calls).toEqual([]);
    lvm.create("a");
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["a"]);
  });

  it("with activation, re-reads device-mapper state when /dev/mapper changes or it gets old", async () => {
    const lvm = new FakeLvm();
    let mapper = ["vg-a"];
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const cache = new LvCache(lvm, {
        metadataOnly: false,
        diskSeqno: lvm.diskSeqno,
        mapperEntries: async () => mapper,
        dmStateTtlMs: 1000,
      });
      lvm.create("a");
      await cache.lvs("vg");
      lvm.calls.length = 0;
      await cache.lvs("vg");
      expect(lvm.calls).toEqual([]);
      mapper = [];
      await cache.lvs("vg");
      expect(lvm.calls).toEqual(["lvs"]);
      now += 1500;
      await cache.lvs("vg");
      expect(lvm.calls).toEqual(["lvs", "lvs"]);
    } finally {
      Date.now = realNow;
    }
  });
});

describe("metadata area parsing", () => {
  it("reads the metadata areas from a PV label", () => {
    const head = Buffer.alloc(2048);
    const at = 512;
    head.write("LABELONE", at, "latin1");
    head.writeBigUInt64LE(1n, at + 8);
    head.writeUInt32LE(32, at + 20);
    head.write("LVM2 001", at + 24, "latin1");
    const pv = at + 32;
    head.write("x".repeat(32), pv, "latin1");
    head.writeBigUInt64LE(1n << 30n, pv + 32);
    let p = pv + 40;
    head.writeBigUInt64LE(1048576n, p); // data area
    p += 32; // its size 0, then the terminator
    head.writeBigUInt64LE(4096n, p);
    head.writeBigUInt64LE(1044480n, p + 8);
    expect(parseLabel(head)).toEqual([{ offset: 4096, size: 1044480 }]);
    expect(parseLabel(Buffer.alloc(2048))).toBeUndefined();
  });

  it("reads name, id and seqno from the start of the metadata text", () => {
    expect(parseMetadataPrefix('vg0 {\nid = "AbCdEf-1234"\nseqno = 42\nformat = "lvm2"\n')).toEqual({
      vgName: "vg0",
      vgUuid: "AbCdEf-1234",
      seqno: 42,
    });
    expect(parseMetadataPrefix("garbage")).toBeUndefined();
  });
});
