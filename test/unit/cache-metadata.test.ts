// Refills from the VG's committed metadata text: the decoder (metadata-text.ts)
// against real texts and what lvs/vgs reported for them
// (test/fixtures/lvm/capture-metadata-text.ts), the whole-text reader
// (mda.ts readVgMetadata) on real PV images, and the cache's use of both:
// when it decodes instead of running lvm, and every case where it must not.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, afterEach, describe, expect, it } from "vitest";
import { LvCache, type CacheSource, type LvReport, type VgReport } from "../../src/server/lvm/cache.js";
import { lvmChecksum, readVgMetadata, type VgMetadataText } from "../../src/server/lvm/mda.js";
import {
  decodeCanonicalLv,
  decodeHead,
  decodeParsedLv,
  decodeVg,
  parseSection,
  rfc3339Local,
  splitMetadata,
} from "../../src/server/lvm/metadata-text.js";
import type { LogicalVolume, VolumeGroupInfo } from "../../src/server/lvm/model.js";
import { decodeLvsWithSeqno, decodeVgs } from "../../src/server/lvm/report.js";

const FIXTURES = new URL("../fixtures/lvm/", import.meta.url);
interface Captured {
  vg: string;
  seqno: number;
  text: string;
  lvs: Array<Record<string, string>>;
  vgs: Record<string, string>;
}
const captured = JSON.parse(readFileSync(new URL("metadata-text.json", FIXTURES), "utf8")) as Record<
  "linear" | "thin",
  Captured
>;
const TAIL = "XX----";
const bytes = (text: string) => Buffer.from(text, "latin1");
/** The LV sections of a text, as [name, text]. */
const sections = (text: string): Array<[string, string]> => {
  const buf = bytes(text);
  return splitMetadata(buf)!.lvs.map(([name, start, end]) => [name, buf.toString("latin1", start, end)]);
};
const headOf = (text: string) => decodeHead(splitMetadata(bytes(text))!.head)!;

let tz: string | undefined;
beforeAll(() => {
  // The fixture's lv_time was printed in UTC.
  tz = process.env.TZ;
  process.env.TZ = "UTC";
});
afterAll(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

const reported = (c: Captured) => decodeLvsWithSeqno(JSON.stringify({ report: [{ lv: c.lvs }] }), false).lvs;
const reportedVg = (c: Captured) => decodeVgs(JSON.stringify({ report: [{ vg: [c.vgs] }] }))[0];
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);

describe("decoding a VG from its metadata text", () => {
  it("gives exactly what lvs and vgs reported for linear LVs of every allocation policy, permission and name", () => {
    const c = captured.linear;
    const d = decodeVg(bytes(c.text), c.seqno, c.vg, TAIL);
    expect(d).toBeDefined();
    expect([...d!.rows.values()].sort(byName)).toEqual(reported(c).sort(byName));
    expect([...d!.lvs.values()].map((x) => x.decoded.lv)).toEqual([...d!.rows.values()]);
    expect(d!.info).toEqual(reportedVg(c));
  });

  it("the canonical match and the parser agree on every section they both decode", () => {
    const c = captured.linear;
    const head = headOf(c.text);
    let canonical = 0;
    for (const [, text] of sections(c.text)) {
      const fast = decodeCanonicalLv(head, text, TAIL);
      const parsed = decodeParsedLv(head, text, TAIL);
      expect(parsed).toBeDefined();
      if (fast) {
        canonical++;
        expect(fast).toEqual(parsed);
      }
    }
    // Inherited allocation is the canonical shape; the other policies carry an extra key.
    expect(canonical).toBe(5);
  });

  it("refuses a VG with a thin pool (hidden LVs, other segment types): lvm decides there", () => {
    const c = captured.thin;
    expect(decodeVg(bytes(c.text), c.seqno, c.vg, TAIL)).toBeUndefined();
    const head = headOf(c.text);
    const all = new Map(sections(c.text));
    expect(decodeParsedLv(head, all.get("beside")!, TAIL)?.lv.name).toBe("beside");
    for (const name of ["pool", "pool_tdata", "pool_tmeta"]) {
      expect(decodeParsedLv(head, all.get(name)!, TAIL)).toBeUndefined();
    }
  });

  it("refuses another VG's text and text that is not one VG section", () => {
    const c = captured.linear;
    expect(decodeVg(bytes(c.text), c.seqno, "other", TAIL)).toBeUndefined();
    expect(splitMetadata(bytes(""))).toBeUndefined();
    expect(splitMetadata(bytes("vg {\nid = 1\n"))).toBeUndefined();
    expect(splitMetadata(bytes("vg {\nbad name {\n}\n}\n"))).toBeUndefined();
    expect(splitMetadata(bytes("vg {\nseqno = 1\n}\n"))).toEqual({ vgName: "vg", head: "vg {\nseqno = 1\n}", lvs: [] });
  });

  it("splits around strings and comments that hold braces", () => {
    const text = 'vg {\ns = "a{b}\\"}"\n# c { \nlogical_volumes {\nlv1 {\nt = "}"\n}\n}\n}\ncontents = "x"\n';
    expect(splitMetadata(bytes(text))?.head).toBe('vg {\ns = "a{b}\\"}"\n# c { \nlogical_volumes {}\n}');
    expect(sections(text)).toEqual([["lv1", 'lv1 {\nt = "}"\n}']]);
    // A string ending in an escaped backslash closes at its quote; an unterminated one is refused.
    expect(sections('vg {\ns = "a\\\\"\nlogical_volumes {\nlv2 {\n}\n}\n}\n')).toEqual([["lv2", "lv2 {\n}"]]);
    expect(splitMetadata(bytes('vg {\ns = "a\\"\n}\n'))).toBeUndefined();
  });

  it("parses lvm's config syntax and refuses anything else", () => {
    expect(parseSection('s {\na = 1\nb = "x\\"y"\nc = ["p", 2]\nd = []\nsub {\ne = -3\n}\n}')).toEqual({
      name: "s",
      body: { a: 1, b: 'x"y', c: ["p", 2], d: [], sub: { e: -3 } },
    });
    for (const bad of [
      "s {\na = 1\na = 2\n}",
      "s {\na = \n}",
      "s {\na = [1 2]\n}",
      "s {\na = [1,]\n}",
      "s {\na 1\n}",
      "s {\na = 1\n",
      "s {\n}\n}",
      "s = 1",
      "s {\na = word\n}",
      's {\na = "x\n}',
      "s {\n= 1\n}",
      "s {\na = {\n}",
    ])
      expect(parseSection(bad), bad).toBeUndefined();
  });

  describe("refuses any LV or VG beyond a plain linear one", () => {
    const c = captured.linear;
    const split = splitMetadata(bytes(c.text))!;
    const head = decodeHead(split.head)!;
    const plain = new Map(sections(c.text)).get("plain")!;
    const variants: Array<[string, string, string]> = [
      ["hidden", '"VISIBLE"]', "]"],
      ["unknown status", '"VISIBLE"]', '"VISIBLE", "LOCKED"]'],
      ["no READ", '["READ", ', "["],
      ["flags", "flags = []", 'flags = ["X"]'],
      ["unknown key", "segment_count = 1", "segment_count = 1\nlock_args = 1"],
      ["fixed minor", "segment_count = 1", "segment_count = 1\nmajor = 1"],
      ["unknown allocation", "segment_count = 1", 'segment_count = 1\nallocation_policy = "cling_by_tags"'],
      ["striped", "stripe_count = 1", "stripe_count = 2"],
      ["thin segment", 'type = "striped"', 'type = "thin"'],
      ["unknown PV", '"pv0"', '"pv7"'],
      ["no extents", "extent_count = 4", "extent_count = 0"],
      ["segment count too high", "segment_count = 1", "segment_count = 2"],
      ["segment count too low", "segment_count = 1", "segment_count = 0"],
      ["segment key", "start_extent = 0", "start_extent = 0\nreshape_count = 1"],
      ["creation time", "creation_time = ", "creation_time = -"],
      ["tags", "tags = [", "tags = [1, "],
    ];
    it.each(variants)("%s", (_what, from, to) => {
      expect(plain).toContain(from);
      const text = plain.replace(from, to);
      expect(decodeCanonicalLv(head, text, TAIL)).toBeUndefined();
      expect(decodeParsedLv(head, text, TAIL)).toBeUndefined();
    });

    const heads: Array<[string, string, string]> = [
      ["read-only VG", '"READ", "WRITE"]', '"READ"]'],
      ["exported VG", '"WRITE"]', '"WRITE", "EXPORTED"]'],
      ["VG flags", "flags = []\nextent_size", 'flags = ["X"]\nextent_size'],
      ["system id", "max_lv = 0", 'max_lv = 0\nsystem_id = "h"'],
      ["missing PV", "flags = []\ndev_size", 'flags = ["MISSING"]\ndev_size'],
      ["PV status", '["ALLOCATABLE"]', '["ALLOCATABLE", "EXPORTED"]'],
      ["PV key", "pe_count =", "ba_start = 1\npe_count ="],
      ["no extent size", "extent_size = 2048", "extent_sz = 2048"],
      ["LV list left", "logical_volumes {}", "logical_volumes {\nx = 1\n}"],
    ];
    it.each(heads)("%s", (_what, from, to) => {
      expect(split.head).toContain(from);
      expect(decodeHead(split.head.replace(from, to))).toBeUndefined();
    });
  });

  it("refuses a text where an LV section's name differs from its key or repeats", () => {
    const c = captured.linear;
    const twice = c.text.replace("\nlogical_volumes {\n", `\nlogical_volumes {\n${sections(c.text)[0][1]}\n`);
    expect(decodeVg(bytes(twice), c.seqno, c.vg, TAIL)).toBeUndefined();
  });

  it("parses again only the LV sections whose text changed, under the same head", () => {
    const c = captured.linear;
    const first = decodeVg(bytes(c.text), c.seqno, c.vg, TAIL)!;
    const before = new Map(first.rows);
    const changed = bytes(c.text.replace('tags = ["lvmctl.managed"]', 'tags = ["lvmctl.managed", "new"]'));
    const second = decodeVg(changed, c.seqno + 1, c.vg, TAIL, first)!;
    expect(second.info.seqno).toBe(c.seqno + 1);
    for (const [name, lv] of second.rows) {
      if (name === "plain") {
        expect(lv).not.toBe(before.get(name));
        expect(lv.tags).toEqual(["lvmctl.managed", "new"]);
      } else expect(lv).toBe(before.get(name));
      // Every section now points into the newest bytes (the older ones can be freed).
      expect(second.lvs.get(name)!.buf).toBe(changed);
    }
    // Another head (here the extent size) decodes every section again.
    const rehead = decodeVg(
      bytes(c.text.replace("extent_size = 2048", "extent_size = 4096")),
      c.seqno,
      c.vg,
      TAIL,
      second,
    )!;
    expect(rehead.rows.get("blocker")).not.toBe(before.get("blocker"));
    expect(rehead.rows.get("blocker")!.sizeBytes).toBe(2n * 1048576n);
  });

  it("prints lv_time in local time with its offset, as lvs does", () => {
    const at = Date.UTC(2026, 10, 23, 12, 51, 22) / 1000;
    expect(rfc3339Local(at, 0)).toBe("2026-11-23T12:51:22+00:00");
    expect(rfc3339Local(at, 330)).toBe("2026-11-23T18:21:22+05:30");
    expect(rfc3339Local(at, -210)).toBe("2026-11-23T09:21:22-03:30");
    expect(rfc3339Local(at, -600)).toBe("2026-11-23T02:51:22-10:00");
    // Without an offset: the process's own time zone (its offset at that instant), as lvs prints it.
    const local = -new Date(at * 1000).getTimezoneOffset();
    expect(rfc3339Local(at)).toBe(rfc3339Local(at, local));
  });
});

describe("reading the whole committed metadata text from real PVs", () => {
  const images = JSON.parse(readFileSync(new URL("pv-headers.json", FIXTURES), "utf8")) as Record<
    string,
    { vg_name: string; vg_uuid: string; vg_seqno: string }
  >;
  const dir = mkdtempSync(join(tmpdir(), "lvmctl-mdtext-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const device = (bytes: Buffer) => {
    const path = join(dir, `pv${n++}.img`);
    writeFileSync(path, bytes);
    return path;
  };
  const image = (name: string) => gunzipSync(readFileSync(new URL(name, FIXTURES)));
  const WRAPPED = "pv-wrapped.img.gz";
  const TWO = "pv-two-mdas.img.gz";
  const read = (paths: string[], name: string) => readVgMetadata(paths, images[name].vg_name, images[name].vg_uuid);
  /** Offset of the first mda header and its raw_locn, from the label (as lvm lays it out). */
  const firstArea = (bytes: Buffer) => {
    const label = [0, 1, 2, 3].map((s) => s * 512).find((at) => bytes.toString("latin1", at, at + 8) === "LABELONE")!;
    let p = label + bytes.readUInt32LE(label + 20) + 40;
    while (bytes.readBigUInt64LE(p) !== 0n || bytes.readBigUInt64LE(p + 8) !== 0n) p += 16;
    return Number(bytes.readBigUInt64LE(p + 16));
  };

  it("reads text that wraps around the end of the area, checked by lvm's checksum", async () => {
    const md = await read([device(image(WRAPPED))], WRAPPED);
    expect(md?.seqno).toBe(Number(images[WRAPPED].vg_seqno));
    const d = splitMetadata(md!.text);
    expect(d?.vgName).toBe(images[WRAPPED].vg_name);
    expect(md!.text.toString("latin1")).toContain(`seqno = ${images[WRAPPED].vg_seqno}\n`);
  });

  it("takes the copy with the highest seqno over several PVs", async () => {
    const md = await read([device(image(TWO))], TWO);
    expect(md?.seqno).toBe(Number(images[TWO].vg_seqno));
    expect(md?.text.toString("latin1").startsWith(`${images[TWO].vg_name} {\n`)).toBe(true);
  });

  it("takes the area with the highest seqno, on any PV, and only with its own checksum", async () => {
    const old = image(TWO);
    const newer = image(TWO);
    const at = firstArea(newer);
    const textAt = at + Number(newer.readBigUInt64LE(at + 40));
    const length = Number(newer.readBigUInt64LE(at + 48));
    const higher = Number("9".repeat(images[TWO].vg_seqno.length));
    newer.write(
      newer.toString("latin1", textAt, textAt + 200).replace(/seqno = \d+/, `seqno = ${higher}`),
      textAt,
      "latin1",
    );
    const unsummed = Buffer.from(newer);
    newer.writeUInt32LE(lvmChecksum(newer.subarray(textAt, textAt + length))!, at + 56);
    for (const order of [
      [old, newer],
      [newer, old],
    ]) {
      const md = await read(order.map(device), TWO);
      expect(md?.seqno).toBe(higher);
      expect(md?.text.toString("latin1")).toContain(`seqno = ${higher}\n`);
    }
    expect(await read([device(old), device(unsummed)], TWO)).toBeUndefined();
  });

  it("reads the second area of a PV when the first one's header is damaged", async () => {
    const damaged = image(TWO);
    damaged[firstArea(damaged) + 4] ^= 0xff;
    const md = await read([device(damaged)], TWO);
    expect(md?.seqno).toBe(Number(images[TWO].vg_seqno));
  });

  it("answers undefined for a damaged text, another VG, an unreadable or unlabelled device", async () => {
    const bytes = image(WRAPPED);
    const at = firstArea(bytes);
    const textAt = at + Number(bytes.readBigUInt64LE(at + 40));
    const damaged = Buffer.from(bytes);
    damaged[textAt + 600] ^= 1;
    expect(await read([device(damaged)], WRAPPED)).toBeUndefined();
    const badSum = Buffer.from(bytes);
    badSum.writeUInt32LE((badSum.readUInt32LE(at + 56) ^ 1) >>> 0, at + 56);
    expect(await read([device(badSum)], WRAPPED)).toBeUndefined();
    const tooLong = Buffer.from(bytes);
    tooLong.writeBigUInt64LE(tooLong.readBigUInt64LE(at + 32), at + 48);
    expect(await read([device(tooLong)], WRAPPED)).toBeUndefined();
    expect(await readVgMetadata([device(bytes)], "other", images[WRAPPED].vg_uuid)).toBeUndefined();
    expect(await readVgMetadata([device(bytes)], images[WRAPPED].vg_name, "other")).toBeUndefined();
    expect(await read([device(bytes), join(dir, "missing")], WRAPPED)).toBeUndefined();
    expect(await read([device(bytes), device(Buffer.alloc(8192))], WRAPPED)).toBeUndefined();
    expect(await read([device(Buffer.alloc(100))], WRAPPED)).toBeUndefined();
    expect(await read([], WRAPPED)).toBeUndefined();
  });

  it("computes lvm's checksum (CRC-32 from lvm's seed, no final inversion)", () => {
    // Known values of lvm's calc_crc(INITIAL_CRC, buf, len).
    expect(lvmChecksum(Buffer.alloc(0))).toBe(0xf597a6cf);
    let c = 0xf597a6cf;
    const data = Buffer.from("lvm2 metadata");
    for (const byte of data) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    expect(lvmChecksum(data)).toBe(c >>> 0);
  });
});

/** A VG that changes like LVM's, whose committed text the cache can read too. */
class TextLvm implements CacheSource {
  seqno = 1;
  lvs = new Map<string, { extents: number; tags: string[] }>();
  calls: string[] = [];
  textReadable = true;
  pvs = ["/dev/fake"];
  /** Extra text put in every LV section (to make the VG undecodable). */
  extra = "";
  failProbe = false;
  /** Serve the text one commit behind. */
  stale = false;

  /** lv_attr's tail this "lvm" prints. */
  tail = TAIL;

  private row(name: string): LogicalVolume {
    const lv = this.lvs.get(name)!;
    return {
      name,
      vgName: "vg",
      uuid: `uuid-${name}`,
      sizeBytes: BigInt(lv.extents) * 4194304n,
      attr: `-wi-${this.tail}`,
      layout: ["linear"],
      pool: "",
      origin: "",
      path: `/dev/vg/${name}`,
      tags: [...lv.tags].sort(),
      createTime: "2026-11-23T12:51:22+00:00",
      dataPercent: undefined,
      metadataPercent: undefined,
    };
  }

  info(): VolumeGroupInfo {
    const used = [...this.lvs.values()].reduce((a, l) => a + l.extents, 0);
    return {
      name: "vg",
      uuid: "U",
      sizeBytes: 100n * 4194304n,
      freeBytes: BigInt(100 - used) * 4194304n,
      extentSizeBytes: 4194304n,
      pvCount: 1,
      lvCount: this.lvs.size,
      seqno: this.seqno,
    };
  }

  async vgReport(): Promise<VgReport> {
    this.calls.push("vgs");
    return { info: this.info(), pvs: this.pvs };
  }

  async lvReport(_vg: string, names?: readonly string[]): Promise<LvReport> {
    this.calls.push(names ? `lvs ${names.join(" ")}` : "lvs");
    if (names && this.failProbe) throw new Error("lvm failed");
    const rows = [...this.lvs.keys()].filter((n) => !names || names.includes(n)).map((n) => this.row(n));
    if (rows.length === 0) return { lvs: [] };
    return { lvs: rows, seqno: this.seqno, info: names ? this.info() : undefined };
  }

  diskSeqno = async () => this.seqno;

  text(): string {
    let pe = 0;
    const sections = [...this.lvs].map(([name, lv]) => {
      const at = pe;
      pe += lv.extents;
      const tags = lv.tags.length > 0 ? `tags = [${lv.tags.map((t) => `"${t}"`).join(", ")}]\n` : "";
      return (
        `${name} {\nid = "uuid-${name}"\nstatus = ["READ", "WRITE", "VISIBLE"]\nflags = []\n${tags}${this.extra}` +
        `creation_time = ${Date.UTC(2026, 10, 23, 12, 51, 22) / 1000}\ncreation_host = "h"\nsegment_count = 1\n\n` +
        `segment1 {\nstart_extent = 0\nextent_count = ${lv.extents}\n\ntype = "striped"\nstripe_count = 1\n\n` +
        `stripes = [\n"pv0", ${at}\n]\n}\n}\n`
      );
    });
    return (
      `vg {\nid = "U"\nseqno = ${this.seqno}\nformat = "lvm2"\nstatus = ["RESIZEABLE", "READ", "WRITE"]\nflags = []\n` +
      `extent_size = 8192\nmax_lv = 0\nmax_pv = 0\nmetadata_copies = 0\n\nphysical_volumes {\n\npv0 {\nid = "P"\n` +
      `device = "/dev/fake"\n\nstatus = ["ALLOCATABLE"]\nflags = []\ndev_size = 1000000\npe_start = 2048\npe_count = 100\n}\n}\n\n` +
      `logical_volumes {\n\n${sections.join("\n")}}\n\n}\n# Generated by LVM2\n`
    );
  }

  metadataText = async (pvs: readonly string[], vg: string, uuid: string): Promise<VgMetadataText | undefined> => {
    this.calls.push("text");
    expect([pvs, vg, uuid]).toEqual([this.pvs, "vg", "U"]);
    if (!this.textReadable) return undefined;
    if (!this.stale) return { seqno: this.seqno, text: bytes(this.text()) };
    const text = this.text().replace(`seqno = ${this.seqno}`, `seqno = ${this.seqno - 1}`);
    return { seqno: this.seqno - 1, text: bytes(text) };
  };

  create(name: string, extents = 1, tags: string[] = []) {
    this.seqno++;
    this.lvs.set(name, { extents, tags });
  }
}

function setup(metadataOnly = true) {
  const lvm = new TextLvm();
  const cache = new LvCache(lvm, { metadataOnly, diskSeqno: lvm.diskSeqno, metadataText: lvm.metadataText });
  return { lvm, cache };
}

const names = (lvs: readonly LogicalVolume[]) => lvs.map((l) => l.name);

describe("LvCache refills from the metadata text", () => {
  let tzBefore: string | undefined;
  beforeAll(() => {
    tzBefore = process.env.TZ;
    process.env.TZ = "UTC";
  });
  afterEach(() => {
    process.env.TZ = "UTC";
  });
  afterAll(() => {
    if (tzBefore !== undefined) process.env.TZ = tzBefore;
  });

  it("learns lv_attr's tail from one LV's report, then refills with no lvm command", async () => {
    const { lvm, cache } = setup();
    lvm.create("a", 2, ["t"]);
    lvm.create("b");
    const first = await cache.lvs("vg");
    expect(names(first)).toEqual(["a", "b"]);
    expect(lvm.calls).toEqual(["vgs", "text", "lvs a"]);
    lvm.calls.length = 0;
    lvm.create("c", 3);
    lvm.lvs.get("a")!.tags.push("u");
    const rows = await cache.lvs("vg");
    expect(lvm.calls).toEqual(["text"]);
    expect(rows).toEqual(["a", "b", "c"].map((n) => (lvm as unknown as { row(n: string): LogicalVolume }).row(n)));
    // An LV whose text did not change keeps its row (not parsed again); rows are shared, so frozen.
    expect(rows[1]).toBe(first[1]);
    expect([Object.isFrozen(rows[0]), Object.isFrozen(rows[0].tags), Object.isFrozen(rows[0].layout)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(rows[0]).not.toBe(first[0]);
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["text"]);
    expect(cache.stats.metadataRefills).toBe(2);
    expect(cache.stats.lvRefills).toBe(0);
  });

  it("uses the tail lvm reports when it is not the likely one", async () => {
    const { lvm, cache } = setup();
    lvm.tail = "------";
    lvm.create("a");
    expect((await cache.lvs("vg"))[0].attr).toBe("-wi-------");
    expect(lvm.calls).toEqual(["vgs", "text", "lvs a"]);
    lvm.create("b");
    expect((await cache.lvs("vg")).map((l) => l.attr)).toEqual(["-wi-------", "-wi-------"]);
    expect(cache.stats.metadataRefills).toBe(2);
  });

  it("keeps the tail it learnt first", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    lvm.textReadable = false;
    lvm.tail = "------";
    lvm.create("b");
    expect((await cache.lvs("vg")).map((l) => l.attr)).toEqual(["-wi-------", "-wi-------"]);
    lvm.textReadable = true;
    lvm.create("c");
    expect((await cache.lvs("vg")).map((l) => l.attr)).toEqual(["-wi-XX----", "-wi-XX----", "-wi-XX----"]);
  });

  it("asks vgs for GetVolumeGroup when the text cannot be used", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    lvm.textReadable = false;
    lvm.create("b", 3);
    lvm.calls.length = 0;
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["text", "vgs"]);
  });

  it("takes GetVolumeGroup's answer from the text after an external change, and after the entry was dropped", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    lvm.create("b", 5);
    lvm.calls.length = 0;
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["text"]);
    cache.invalidate("vg");
    lvm.create("c");
    expect(await cache.vg("vg")).toEqual(lvm.info());
    expect(lvm.calls).toEqual(["text", "text"]);
    lvm.calls.length = 0;
    expect(names(await cache.lvs("vg"))).toEqual(["a", "b", "c"]);
    expect(lvm.calls).toEqual([]);
  });

  it("resolves our own create from the text instead of an lvs of the new LV", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    await cache.vg("vg");
    const before = await cache.beforeMutation("vg");
    lvm.create("b");
    await cache.afterMutation("vg", before, { kind: "create", name: "b" }, true);
    lvm.calls.length = 0;
    expect(names(await cache.lvs("vg"))).toEqual(["a", "b"]);
    expect((await cache.vg("vg")).lvCount).toBe(2);
    expect(lvm.calls).toEqual(["text"]);
  });

  it("learns the tail from a full lvs when it ran one, and never from a row that is not a plain healthy linear LV", async () => {
    const { lvm, cache } = setup();
    lvm.textReadable = false;
    lvm.create("a");
    await cache.lvs("vg");
    expect(lvm.calls).toEqual(["vgs", "text", "lvs"]);
    lvm.textReadable = true;
    lvm.create("b");
    lvm.calls.length = 0;
    await cache.lvs("vg");
    expect(lvm.calls).toEqual(["text"]);

    const unlike: Array<Partial<LogicalVolume>> = [
      { attr: "-wi-XX--p-" },
      { attr: "twi-XX-z--" },
      { attr: "-wi-XX---k" },
      { attr: "owi-XX----" },
      { attr: "-wi-XX----x" },
      { pool: "p" },
      { origin: "o" },
      { layout: ["linear", "x"] },
      { layout: ["striped"] },
    ];
    for (const change of unlike) {
      const other = setup();
      const row = (other.lvm as unknown as { row(n: string): LogicalVolume }).row.bind(other.lvm);
      (other.lvm as unknown as { row(n: string): LogicalVolume }).row = (n) => ({ ...row(n), ...change });
      other.lvm.create("a");
      await other.cache.lvs("vg");
      other.lvm.create("b");
      other.lvm.calls.length = 0;
      await other.cache.lvs("vg");
      expect(other.lvm.calls, JSON.stringify(change)).toEqual(["text", "lvs a", "lvs"]);
    }
  });

  it("runs lvs as before when the text cannot be used", async () => {
    const cases: Array<[string, (l: TextLvm) => void]> = [
      ["unreadable text", (l) => (l.textReadable = false)],
      ["an LV beyond linear", (l) => (l.extra = "major = 253\n")],
      ["a PV vgs did not list by its device", (l) => (l.pvs = ["/dev/fake", "/dev/other"])],
      ["the probe failing", (l) => (l.failProbe = true)],
    ];
    for (const [what, spoil] of cases) {
      const { lvm, cache } = setup();
      spoil(lvm);
      lvm.create("a");
      expect(names(await cache.lvs("vg")), what).toEqual(["a"]);
      expect(lvm.calls.at(-1), what).toBe("lvs");
      expect(cache.stats.metadataRefills, what).toBe(0);
      if (lvm.failProbe) continue; // the full lvs taught the tail: the text is used from now on
      lvm.create("b");
      lvm.calls.length = 0;
      expect(names(await cache.lvs("vg")), what).toEqual(["a", "b"]);
      expect(lvm.calls.at(-1), what).toBe("lvs");
      expect(cache.stats.metadataRefills, what).toBe(0);
    }
  });

  it("never reads the text with device-mapper (activation), or an empty VG's", async () => {
    const { lvm, cache } = setup(false);
    lvm.create("a");
    await cache.lvs("vg");
    expect(lvm.calls).toEqual(["vgs", "lvs"]);
    const empty = setup();
    empty.lvm.seqno++;
    expect(await empty.cache.lvs("vg")).toEqual([]);
    expect(empty.lvm.calls).toEqual(["vgs", "text", "lvs"]);
  });

  it("does not store a text older than what the entry holds", async () => {
    const { lvm, cache } = setup();
    lvm.create("a");
    await cache.lvs("vg");
    const before = await cache.beforeMutation("vg");
    lvm.create("b");
    await cache.afterMutation("vg", before, { kind: "create", name: "b" }, true);
    lvm.stale = true;
    lvm.calls.length = 0;
    expect(names(await cache.lvs("vg"))).toEqual(["a", "b"]);
    expect(lvm.calls).toEqual(["text", "lvs b"]);
  });
});
