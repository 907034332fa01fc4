// The metadata-area reader (mda.ts) on physical volumes made by lvm2 itself
// (test/fixtures/lvm/capture-pv-headers.sh: pvcreate/vgcreate on a loop
// device, images saved gzipped with what vgs reported), and on copies of them
// damaged one field at a time: anything unexpected must answer undefined (the
// cache then asks lvm), never a wrong seqno.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { parseLabel, parseMetadataPrefix, readVgSeqno } from "../../src/server/lvm/mda.js";

const FIXTURES = new URL("../fixtures/lvm/", import.meta.url);
const captured = JSON.parse(readFileSync(new URL("pv-headers.json", FIXTURES), "utf8")) as Record<
  string,
  { vg_name: string; vg_uuid: string; vg_seqno: string }
>;
const image = (name: string) => gunzipSync(readFileSync(new URL(name, FIXTURES)));

const dir = mkdtempSync(join(tmpdir(), "lvmctl-mda-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** Writes a (possibly damaged) PV image to a file, as a device path stand-in. */
function device(bytes: Buffer): string {
  const path = join(dir, `pv${files++}.img`);
  writeFileSync(path, bytes);
  return path;
}

const TWO = "pv-two-mdas.img.gz";
const WRAPPED = "pv-wrapped.img.gz";
const vgOf = (name: string) => captured[name];
const seqnoOf = (name: string) => Number(captured[name].vg_seqno);
const read = (bytes: Buffer, name: string) => readVgSeqno([device(bytes)], vgOf(name).vg_name, vgOf(name).vg_uuid);

/**
 * Where the label and the metadata areas of a pristine image are, decoded here
 * rather than with mda.ts (and so also at test collection, where a mutant of
 * mda.ts must not be able to break the file).
 */
function layout(bytes: Buffer) {
  const label = [0, 1, 2, 3].map((s) => s * 512).find((at) => bytes.toString("latin1", at, at + 8) === "LABELONE")!;
  let p = label + bytes.readUInt32LE(label + 20) + 40; // pv_header: uuid, device size, then the data area list
  const pairs = () => {
    const out: Array<{ offset: number; size: number }> = [];
    for (; bytes.readBigUInt64LE(p) !== 0n || bytes.readBigUInt64LE(p + 8) !== 0n; p += 16) {
      out.push({ offset: Number(bytes.readBigUInt64LE(p)), size: Number(bytes.readBigUInt64LE(p + 8)) });
    }
    p += 16;
    return out;
  };
  pairs(); // data areas
  return { label, mdas: pairs() };
}

describe("reading vg_seqno from real PVs", () => {
  it("finds both metadata areas of a PV made with two copies", () => {
    const bytes = image(TWO);
    expect(parseLabel(bytes.subarray(0, 2048))).toEqual([
      { offset: 4096, size: expect.any(Number) },
      { offset: expect.any(Number), size: expect.any(Number) },
    ]);
    const [, second] = parseLabel(bytes.subarray(0, 2048))!;
    expect(second.offset + second.size).toBe(bytes.length);
  });

  it("reads the seqno vgs reported", async () => {
    expect(await read(image(TWO), TWO)).toBe(seqnoOf(TWO));
  });

  it("reads metadata text that wraps from the area's end to just after its header", async () => {
    const bytes = image(WRAPPED);
    const [mda] = layout(bytes).mdas;
    const header = bytes.subarray(mda.offset, mda.offset + 512);
    const size = Number(header.readBigUInt64LE(32));
    const at = Number(header.readBigUInt64LE(40));
    const length = Number(header.readBigUInt64LE(48));
    expect(at + length).toBeGreaterThan(size); // the capture really wraps
    expect(await read(bytes, WRAPPED)).toBe(seqnoOf(WRAPPED));
  });

  it("takes the highest seqno over the PVs, and a second area when the first is unreadable", async () => {
    const old = image(TWO);
    const newer = image(TWO);
    const [first, second] = layout(newer).mdas;
    // A commit that reached only the second area (lvm writes them in turn).
    const textAt = (b: Buffer, m: { offset: number }) => m.offset + Number(b.readBigUInt64LE(m.offset + 40));
    // Same number of digits, all nines: higher, and the text keeps its length.
    const higher = Number("9".repeat(String(seqnoOf(TWO)).length));
    expect(higher).toBeGreaterThan(seqnoOf(TWO));
    const t = textAt(newer, second);
    newer.write(newer.toString("latin1", t, t + 200).replace(/seqno = \d+/, `seqno = ${higher}`), t, "latin1");
    expect(await readVgSeqno([device(old), device(newer)], vgOf(TWO).vg_name, vgOf(TWO).vg_uuid)).toBe(higher);
    expect(await readVgSeqno([device(newer), device(old)], vgOf(TWO).vg_name, vgOf(TWO).vg_uuid)).toBe(higher);
    // The first area's header damaged: the second still answers.
    const damaged = image(TWO);
    damaged[first.offset + 4] ^= 0xff;
    expect(await read(damaged, TWO)).toBe(seqnoOf(TWO));
    expect(await readVgSeqno(["/nonexistent/pv", device(image(TWO))], vgOf(TWO).vg_name, vgOf(TWO).vg_uuid)).toBe(
      seqnoOf(TWO),
    );
  });

  it("answers undefined for another VG's PV or a reused name", async () => {
    const dev = device(image(TWO));
    expect(await readVgSeqno([dev], "othervg", vgOf(TWO).vg_uuid)).toBeUndefined();
    expect(await readVgSeqno([dev], vgOf(TWO).vg_name, "someone-else-s-uuid")).toBeUndefined();
    // One PV of the wrong VG among the right ones: the device list is stale, ask lvm.
    expect(
      await readVgSeqno([device(image(TWO)), device(image(WRAPPED))], vgOf(TWO).vg_name, vgOf(TWO).vg_uuid),
    ).toBeUndefined();
    expect(await readVgSeqno([], vgOf(TWO).vg_name, vgOf(TWO).vg_uuid)).toBeUndefined();
  });

  describe("text placed where only a correct reader finds it", () => {
    // The real text, moved inside the area: each case puts a copy with another
    // seqno where a reader that skipped one of its checks would take it.
    const pristine = image(WRAPPED);
    const [{ offset: mda }] = layout(pristine).mdas;
    const size = Number(pristine.readBigUInt64LE(mda + 32));
    const at = Number(pristine.readBigUInt64LE(mda + 40));
    const length = Number(pristine.readBigUInt64LE(mda + 48));
    const head = size - at;
    const text = Buffer.concat([
      pristine.subarray(mda + at, mda + size),
      pristine.subarray(mda + 512, mda + 512 + length - head),
    ]);
    const withSeqno = (n: number) =>
      Buffer.from(
        text.toString("latin1").replace(/seqno = \d+/, `seqno = ${n}`.padEnd(`seqno = ${seqnoOf(WRAPPED)}`.length)),
        "latin1",
      );
    /** The image with the text (seqno n) at `where` in the area (wrapping at its end), the header pointing at `pointer`. */
    function moved(n: number, where: number, pointer = where): Buffer {
      const b = Buffer.from(pristine);
      b.fill(0x20, mda + 512, mda + size);
      const t = withSeqno(n);
      const first = Math.min(t.length, size - where);
      t.copy(b, mda + where, 0, first);
      t.copy(b, mda + 512, first);
      b.writeBigUInt64LE(BigInt(pointer), mda + 40);
      return b;
    }

    it("reads text that wraps inside its first line", async () => {
      for (const cut of [1, 5, 20, 100]) expect(await read(moved(77, size - cut), WRAPPED)).toBe(77);
    });

    it("reads text right after the header, and not from inside the header", async () => {
      expect(await read(moved(77, 512), WRAPPED)).toBe(77);
      // Text starting in the header's last byte: a pointer into the header is refused as such.
      expect(await read(moved(78, 511), WRAPPED)).toBeUndefined();
    });

    it("refuses a pointer at the area's end, even with text after the header", async () => {
      expect(await read(moved(77, 512, size), WRAPPED)).toBeUndefined();
    });

    it("refuses a header whose area starts elsewhere, even when text is there", async () => {
      const b = moved(77, at);
      const elsewhere = mda + 8192;
      b.writeBigUInt64LE(BigInt(elsewhere), mda + 24);
      withSeqno(99).copy(b, elsewhere + at);
      expect(await read(b, WRAPPED)).toBeUndefined();
    });
  });

  describe("damaged headers answer undefined, never a number", () => {
    const pristine = image(WRAPPED);
    const { label, mdas } = layout(pristine);
    const mda = mdas[0].offset;
    const pvHeader = label + pristine.readUInt32LE(label + 20);
    const u64 = (b: Buffer, at: number, v: bigint) => b.writeBigUInt64LE(v, at);
    const size = pristine.readBigUInt64LE(mda + 32);
    const rlOffset = pristine.readBigUInt64LE(mda + 40);
    /** Damages the image in place, or returns the damaged image. */
    const cases: Array<[string, (b: Buffer) => Buffer | void]> = [
      [
        "no label",
        (b) => {
          b.fill(0, 0, 2048);
        },
      ],
      [
        "a label of another type",
        (b) => {
          b.write("LVM3 001", label + 24, "latin1");
        },
      ],
      [
        "an mda list that runs off the label sector",
        (b) => {
          b.fill(0xaa, pvHeader + 40, label + 512);
        },
      ],
      [
        "an mda offset beyond 2^53",
        (b) => {
          u64(b, pvHeader + 40 + 32, 1n << 60n);
        },
      ],
      [
        "a wrong mda magic",
        (b) => {
          b[mda + 4 + 15] ^= 1;
        },
      ],
      [
        "an mda header version other than 1",
        (b) => {
          b.writeUInt32LE(2, mda + 20);
        },
      ],
      [
        "an mda header that says it starts elsewhere",
        (b) => {
          u64(b, mda + 24, BigInt(mda + 512));
        },
      ],
      [
        "an area no larger than its header",
        (b) => {
          u64(b, mda + 32, 512n);
        },
      ],
      [
        "an area size beyond 2^53",
        (b) => {
          u64(b, mda + 32, 1n << 60n);
        },
      ],
      [
        "no committed text (offset 0)",
        (b) => {
          u64(b, mda + 40, 0n);
        },
      ],
      [
        "no committed text (size 0)",
        (b) => {
          u64(b, mda + 48, 0n);
        },
      ],
      [
        "a text location flagged ignored",
        (b) => {
          b.writeUInt32LE(1, mda + 60);
        },
      ],
      [
        "a text inside the header",
        (b) => {
          u64(b, mda + 40, 511n);
        },
      ],
      [
        "a text beyond the area",
        (b) => {
          u64(b, mda + 40, size);
        },
      ],
      [
        "text that is not VG metadata",
        (b) => {
          b.fill(0x20, mda + Number(rlOffset), mda + Number(size));
        },
      ],
      ["a device that ends inside the mda header", (b) => b.subarray(0, mda + 256)],
      ["a device that ends inside the metadata text", (b) => b.subarray(0, mda + Number(rlOffset) + 100)],
    ];
    it.each(cases)("%s", async (_, damage) => {
      const bytes = Buffer.from(pristine);
      expect(await read(damage(bytes) ?? bytes, WRAPPED)).toBeUndefined();
    });

    it("while the pristine image reads", async () =>
      expect(await read(Buffer.from(pristine), WRAPPED)).toBe(seqnoOf(WRAPPED)));
  });
});

describe("the start of the metadata text", () => {
  it.each([
    ['vg0 {\nid = "AbCd-12"\nseqno = 42\n', { vgName: "vg0", vgUuid: "AbCd-12", seqno: 42 }],
    ['vg0{id="x" seqno=7\n', { vgName: "vg0", vgUuid: "x", seqno: 7 }],
    ['my_vg.1 {\n\tid = ""\n\tseqno = 0\n', { vgName: "my_vg.1", vgUuid: "", seqno: 0 }],
  ])("reads %j", (text, want) => expect(parseMetadataPrefix(text)).toEqual(want));

  it.each([
    ['# comment\nvg0 {\nid = "x"\nseqno = 1\n'],
    ['vg0 {\nseqno = 1\nid = "x"\n'],
    ['vg0 {\nid = "x"\nseqno = 12'], // cut inside the number: the digits may go on
    ['vg0 {\nid = "x"\nseqno = -1\n'],
    ['vg0 {\nid = "x\nseqno = 1\n'],
    ['{\nid = "x"\nseqno = 1\n'],
  ])("refuses %j", (text) => expect(parseMetadataPrefix(text)).toBeUndefined());
});
