// The cache's guards, each against a scripted LVM: the seqno check around our
// own mutations, which LVs may be patched in place (only plain linear ones:
// never a snapshot origin, a pool, a thin volume or a snapshot), and how it
// recovers when a re-read fails or disagrees.
import { describe, expect, it } from "vitest";
import {
  dmPrefix,
  LvCache,
  type CacheSource,
  type LvReport,
  type MutationEffect,
  type VgReport,
} from "../../src/server/lvm/cache.js";
import type { LogicalVolume, VolumeGroupInfo } from "../../src/server/lvm/model.js";

const MiB = 1024n * 1024n;

/** One VG whose every change bumps seqno, as LVM's does; records the commands the cache runs. */
class ScriptedLvm implements CacheSource {
  seqno = 1;
  free = 100n * MiB;
  lvs = new Map<string, LogicalVolume>();
  calls: string[] = [];
  diskReadable = true;
  /** The next named (pending) re-read fails, or answers at another seqno. */
  failNextNamedRead = false;
  skewNextNamedRead = false;

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

  async lvReport(_vg: string, names?: readonly string[]): Promise<LvReport> {
    this.calls.push(names ? `lvs ${names.join(" ")}` : "lvs");
    if (names && this.failNextNamedRead) {
      this.failNextNamedRead = false;
      throw new Error("lvs failed");
    }
    const rows = [...this.lvs.values()]
      .filter((lv) => !names || names.includes(lv.name))
      .map((lv) => ({ ...lv, tags: [...lv.tags] }));
    if (rows.length === 0) return { lvs: [] };
    let seqno = this.seqno;
    if (names && this.skewNextNamedRead) {
      this.skewNextNamedRead = false;
      seqno += 1;
    }
    return { lvs: rows, seqno, info: names ? { ...this.info(), seqno } : undefined };
  }

  diskSeqno = async () => (this.diskReadable ? this.seqno : undefined);

  add(name: string, extra: Partial<LogicalVolume> = {}) {
    this.seqno++;
    const size = extra.sizeBytes ?? 4n * MiB;
    this.free -= size;
    this.lvs.set(name, {
      name,
      vgName: "vg",
      uuid: `uuid-${name}`,
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

  /** Our own command: one seqno step, then the cache is told. */
  async ours(cache: LvCache, effect: MutationEffect, change: () => void, ok = true) {
    const before = await cache.beforeMutation("vg");
    change();
    await cache.afterMutation("vg", before, effect, ok);
  }

  extend(name: string, sizeBytes: bigint) {
    this.seqno++;
    const lv = this.lvs.get(name)!;
    this.free -= sizeBytes - lv.sizeBytes;
    lv.sizeBytes = sizeBytes;
  }

  remove(name: string) {
    this.seqno++;
    this.free += this.lvs.get(name)!.sizeBytes;
    this.lvs.delete(name);
  }
}

/** A VG set up by `setup`, cached (LVs and VG info), with the command log cleared. */
async function cached(setup: (lvm: ScriptedLvm) => void) {
  const lvm = new ScriptedLvm();
  setup(lvm);
  const cache = new LvCache(lvm, { metadataOnly: true, diskSeqno: lvm.diskSeqno });
  await cache.lvs("vg");
  await cache.vg("vg");
  lvm.calls.length = 0;
  return { lvm, cache };
}

/** After our change: what the cache serves must be LVM's truth; returns the commands it needed. */
async function servedTruth(lvm: ScriptedLvm, cache: LvCache): Promise<string[]> {
  lvm.calls.length = 0;
  expect(await cache.lvs("vg")).toEqual([...lvm.lvs.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
  expect(await cache.vg("vg")).toEqual(lvm.info());
  return lvm.calls;
}

const plain = (lvm: ScriptedLvm) => {
  lvm.add("a");
  lvm.add("b");
};

describe("patching in place only what is plain", () => {
  it("patches growth and removal of a plain linear LV without a command", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "extend", name: "a", sizeBytes: 12n * MiB }, () => lvm.extend("a", 12n * MiB));
    await lvm.ours(cache, { kind: "remove", name: "b" }, () => lvm.remove("b"));
    expect(await servedTruth(lvm, cache)).toEqual([]);
  });

  // Each of these changes other rows or VG fields in ways the patch cannot compute.
  const notPlain: Array<[string, (lvm: ScriptedLvm) => void]> = [
    ["a snapshot origin", (lvm) => lvm.add("snap", { origin: "a", attr: "swi-------" })],
    [
      "a thin pool",
      (lvm) => {
        lvm.lvs.get("a")!.layout = ["thin", "pool"];
        lvm.add("thin", { layout: ["thin", "sparse"], pool: "a", attr: "Vwi---tz--" });
      },
    ],
    [
      "a thick snapshot",
      (lvm) => {
        lvm.lvs.get("a")!.attr = "swi-------";
        lvm.lvs.get("a")!.origin = "b";
      },
    ],
    [
      "a thin volume",
      (lvm) => Object.assign(lvm.lvs.get("a")!, { layout: ["thin", "sparse"], pool: "pool", attr: "Vwi---tz--" }),
    ],
    ["a thin snapshot", (lvm) => Object.assign(lvm.lvs.get("a")!, { origin: "b" })],
    ["an LV of two layouts", (lvm) => Object.assign(lvm.lvs.get("a")!, { layout: ["linear", "striped"] })],
    ["a striped LV", (lvm) => Object.assign(lvm.lvs.get("a")!, { layout: ["striped"] })],
    ["an origin by its attribute", (lvm) => Object.assign(lvm.lvs.get("a")!, { attr: "owi-------" })],
    ["a pool's data by its pool column", (lvm) => Object.assign(lvm.lvs.get("a")!, { pool: "x" })],
    ["an LV another LV names as its pool", (lvm) => lvm.add("user", { pool: "a" })],
  ];

  it.each(notPlain)("re-reads %s after growing it, with the VG columns", async (_, shape) => {
    const { lvm, cache } = await cached((l) => {
      plain(l);
      shape(l);
    });
    await lvm.ours(cache, { kind: "extend", name: "a", sizeBytes: 12n * MiB }, () => lvm.extend("a", 12n * MiB));
    expect(await servedTruth(lvm, cache)).toEqual(["lvs a"]);
  });

  it.each(notPlain)("answers vg() after growing %s with what LVM says now", async (_, shape) => {
    const { lvm, cache } = await cached((l) => {
      plain(l);
      shape(l);
    });
    await lvm.ours(cache, { kind: "extend", name: "a", sizeBytes: 12n * MiB }, () => lvm.extend("a", 12n * MiB));
    expect(await cache.vg("vg")).toEqual(lvm.info());
  });

  it.each(notPlain)("reads everything again after removing %s", async (_, shape) => {
    const { lvm, cache } = await cached((l) => {
      plain(l);
      shape(l);
    });
    await lvm.ours(cache, { kind: "remove", name: "a" }, () => lvm.remove("a"));
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("re-reads a created LV together with the LVs its creation changed", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "create", name: "snap", related: ["a", "gone"] }, () => {
      lvm.add("snap", { origin: "a", attr: "swi-------" });
      lvm.lvs.get("a")!.attr = "owi-------";
    });
    expect(await servedTruth(lvm, cache)).toEqual(["lvs snap a"]);
  });

  it("tags a plain LV in place, but an LV still to be re-read is re-read with its tags", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "tags", name: "a", add: ["x", "lvmctl.export"], del: [] }, () => {
      lvm.seqno++;
      lvm.lvs.get("a")!.tags = ["lvmctl.export", "x"];
    });
    expect(await servedTruth(lvm, cache)).toEqual([]);
    await lvm.ours(cache, { kind: "create", name: "c" }, () => lvm.add("c"));
    await lvm.ours(cache, { kind: "tags", name: "c", add: ["t"], del: [] }, () => {
      lvm.seqno++;
      lvm.lvs.get("c")!.tags = ["t"];
    });
    await lvm.ours(cache, { kind: "tags", name: "b", add: [], del: ["none"] }, () => lvm.seqno++);
    expect(await servedTruth(lvm, cache)).toEqual(["lvs c"]);
  });
});

describe("the seqno guard around our mutations", () => {
  it("drops the entry when the seqno could not be read before the command", async () => {
    const { lvm, cache } = await cached(plain);
    lvm.diskReadable = false;
    const before = await cache.beforeMutation("vg");
    expect(before).toBeUndefined();
    lvm.diskReadable = true;
    lvm.extend("a", 8n * MiB);
    await cache.afterMutation("vg", before, { kind: "extend", name: "a", sizeBytes: 8n * MiB }, true);
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("drops the entry when the seqno cannot be read after the command", async () => {
    const { lvm, cache } = await cached(plain);
    const before = await cache.beforeMutation("vg");
    lvm.extend("a", 8n * MiB);
    lvm.diskReadable = false;
    await cache.afterMutation("vg", before, { kind: "extend", name: "a", sizeBytes: 8n * MiB }, true);
    lvm.diskReadable = true;
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("drops the entry when the seqno moved by more than our one change", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "extend", name: "a", sizeBytes: 8n * MiB }, () => {
      lvm.extend("a", 8n * MiB);
      lvm.add("external");
    });
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("drops the entry when it was already behind before our command", async () => {
    const { lvm, cache } = await cached(plain);
    lvm.add("external");
    await lvm.ours(cache, { kind: "remove", name: "a" }, () => lvm.remove("a"));
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("drops the entry when reading the disk throws", async () => {
    const lvm = new ScriptedLvm();
    plain(lvm);
    let broken = false;
    const cache = new LvCache(lvm, {
      metadataOnly: true,
      diskSeqno: async () => {
        if (broken) throw new Error("EIO");
        return lvm.seqno;
      },
    });
    await cache.lvs("vg");
    await cache.vg("vg");
    broken = true;
    expect(await cache.beforeMutation("vg")).toBeUndefined();
    broken = false;
    const before = await cache.beforeMutation("vg");
    lvm.extend("a", 8n * MiB);
    broken = true;
    await cache.afterMutation("vg", before, { kind: "extend", name: "a", sizeBytes: 8n * MiB }, true);
    broken = false;
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("patches nothing for a failed command, and still sees what it changed", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "remove", name: "a" }, () => undefined, false);
    expect(await servedTruth(lvm, cache)).toEqual([]);
    await lvm.ours(cache, { kind: "remove", name: "a" }, () => lvm.remove("a"), false);
    expect(await servedTruth(lvm, cache)).toEqual(["lvs", "vgs"]);
  });

  it("ignores mutations of a VG it has not cached", async () => {
    const lvm = new ScriptedLvm();
    const cache = new LvCache(lvm, { metadataOnly: true, diskSeqno: lvm.diskSeqno });
    expect(await cache.beforeMutation("vg")).toBeUndefined();
    await cache.afterMutation("vg", 1, { kind: "create", name: "a" }, true);
    cache.invalidate("vg");
    lvm.add("a");
    expect(await servedTruth(lvm, cache)).toEqual(["vgs", "lvs"]);
  });
});

describe("re-reading pending LVs", () => {
  it("reads everything again when the re-read fails", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "create", name: "c" }, () => lvm.add("c"));
    lvm.failNextNamedRead = true;
    expect(await servedTruth(lvm, cache)).toEqual(["lvs c", "lvs", "vgs"]);
  });

  it("reads everything again when the re-read answers at another seqno", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "create", name: "c" }, () => lvm.add("c"));
    lvm.skewNextNamedRead = true;
    expect(await servedTruth(lvm, cache)).toEqual(["lvs c", "lvs", "vgs"]);
  });

  it("reads everything again when a pending LV is gone", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "create", name: "c" }, () => lvm.add("c"));
    lvm.lvs.delete("c"); // removed behind our back without a seqno step: only the re-read can tell
    expect(await servedTruth(lvm, cache)).toEqual(["lvs c", "lvs", "vgs"]);
  });

  it("answers vg() after a create with the re-read's VG columns", async () => {
    const { lvm, cache } = await cached(plain);
    await lvm.ours(cache, { kind: "create", name: "c" }, () => lvm.add("c"));
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["lvs c"]);
    expect(await servedTruth(lvm, cache)).toEqual([]);
  });
});

describe("lookups and shared rows", () => {
  it("serves the LVs sorted by name, however LVM listed them", async () => {
    const { lvm, cache } = await cached((l) => ["m", "b", "z", "a", "B", "a1"].forEach((n) => l.add(n)));
    expect((await cache.lvs("vg")).map((l) => l.name)).toEqual(["B", "a", "a1", "b", "m", "z"]);
    for (const n of ["m", "b", "z", "a", "B", "a1"]) expect((await cache.lv("vg", n))?.name).toBe(n);
    expect(lvm.calls).toEqual([]);
  });

  it("shares one refill between readers that start together", async () => {
    const { lvm, cache } = await cached(plain);
    lvm.add("c");
    const reads = await Promise.all([cache.lvs("vg"), cache.lvs("vg"), cache.lvs("vg")]);
    for (const r of reads) expect(r.map((l) => l.name)).toEqual(["a", "b", "c"]);
    expect(lvm.calls.filter((c) => c === "lvs")).toEqual(["lvs"]);
  });

  it("finds every LV by name, and no other", async () => {
    const names = ["d", "a", "g", "c", "e", "b", "f"];
    const { lvm, cache } = await cached((l) => names.forEach((n) => l.add(n)));
    for (const n of names) expect((await cache.lv("vg", n))?.name).toBe(n);
    for (const n of ["", "0", "aa", "cc", "z"]) expect(await cache.lv("vg", n)).toBeUndefined();
    expect(lvm.calls).toEqual([]);
    const { cache: empty } = await cached(() => undefined);
    expect(await empty.lv("vg", "a")).toBeUndefined();
  });

  it("hands out rows no caller can change for the others", async () => {
    const { cache } = await cached(plain);
    const [a] = await cache.lvs("vg");
    expect(() => a.tags.push("x")).toThrow(TypeError);
    expect(() => a.layout.push("x")).toThrow(TypeError);
    expect(() => Object.assign(a, { name: "z" })).toThrow(TypeError);
    await expect(cache.lvs("vg").then((rows) => rows.push(a))).rejects.toThrow(TypeError);
  });

  it("escapes '-' in device-mapper names as lvm does", () => {
    expect(dmPrefix("vg")).toBe("vg-");
    expect(dmPrefix("my-vg-1")).toBe("my--vg--1-");
  });
});
