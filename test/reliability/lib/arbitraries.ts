// fast-check generators of hostile requests for every lvmctl RPC.
import fc from "fast-check";
import { MAX_SIZE, MAX_U64, MiB, RESERVED_PREFIXES, RESERVED_SUBSTRINGS } from "./oracle.js";

export interface Fixture {
  vg: string;
  foreignVg: string;
  otherHostVgs: string[];
  /** Managed LV the daemon owns ("keep") and an unmanaged one ("plain"). */
  managed: string;
  unmanaged: string;
  managedSize: bigint;
  vgSize: bigint;
  free: bigint;
}

const META = ";|&$`()<>\\'\"*?[]{}~!#% \t\n\r/=,:@^";

const NASTY_NAMES = [
  "",
  ".",
  "..",
  "../x",
  "..%2f",
  "x/..",
  "/",
  "//",
  "a/b",
  "/dev/sda",
  "-",
  "--",
  "-rf",
  "--help",
  "-h",
  "--version",
  "-n",
  "--config=global{locking_type=0}",
  "$(reboot)",
  "`id`",
  "a;b",
  "a|b",
  "a&&b",
  "a b",
  " a",
  "a ",
  "a\nb",
  "a\u0000b",
  "*",
  "?",
  "~",
  "~root",
  "%s%n",
  "${IFS}",
  "\\",
  "'",
  '"',
  "lv\r",
  "\t",
  "é",
  "日本語",
  "\u202etxt.exe",
  "\uff41",
  "a\u0301",
  "\ud83d\ude00",
  "snapshot",
  "snapshot0",
  "pvmove",
  "pvmove0",
  "lvol_tmeta",
  "x_rimage_0",
  "x_imeta",
  "x_iorig",
  "x_cvol",
  "x_vorigin",
  "x_wcorig",
  "a".repeat(128),
  "a".repeat(1000),
  "a".repeat(100),
  "a".repeat(105),
  "a".repeat(110),
  "a".repeat(127),
  "NUL",
  "con",
  "lost+found",
  "0",
  "+",
  "_",
  "-0",
];

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_.-");

/** LV (or pool, or source) names: existing, missing-but-valid, and every kind of hostile. */
export function nameArb(fx: Fixture): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(fx.managed, fx.unmanaged) },
    { weight: 4, arbitrary: fc.string({ unit: letters, minLength: 1, maxLength: 24 }) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_NAMES) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...(META + "ab.")), minLength: 1, maxLength: 12 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.string({ unit: letters, maxLength: 4 }),
          fc.constantFrom(...RESERVED_SUBSTRINGS, ...RESERVED_PREFIXES),
          fc.string({ unit: letters, maxLength: 4 }),
          fc.boolean(),
        )
        .map(([a, r, b, prefix]) => (prefix && RESERVED_PREFIXES.includes(r) ? `${r}${b}` : `${a}${r}${b}`)),
    },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.integer({ min: 96, max: 140 }).map((n) => "v".repeat(n)) },
    { weight: 1, arbitrary: fc.string({ unit: letters, maxLength: 8 }).map((s) => `-${s}`) },
  );
}

export function vgArb(fx: Fixture): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("", fx.vg) },
    { weight: 2, arbitrary: fc.constantFrom(fx.foreignVg, "nosuchvg", ...fx.otherHostVgs) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "../vg",
        "-vg",
        `${fx.vg}/x`,
        `${fx.vg} `,
        "vg;rm",
        ".",
        "..",
        "é",
        "a".repeat(200),
        `/dev/${fx.vg}`,
      ),
    },
  );
}

export function sizeArb(fx: Fixture): fc.Arbitrary<bigint> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(
        0n,
        1n,
        511n,
        512n,
        513n,
        4095n,
        4096n,
        MiB - 1n,
        4n * MiB,
        4n * MiB + 1n,
        fx.managedSize - 1n,
        fx.managedSize,
        fx.managedSize + 1n,
        fx.free,
        fx.free + 1n,
        fx.vgSize,
        fx.vgSize + 1n,
        MAX_SIZE - 1n,
        MAX_SIZE,
        MAX_SIZE + 1n,
        MAX_U64 - 1n,
        MAX_U64,
      ),
    },
    { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: MAX_U64 }) },
    { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 64n * MiB }) },
  );
}

const b64 = (s: string) => Buffer.from(s).toString("base64url");

export function pageTokenArb(fx: Fixture): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant("") },
    // Forged: the earlier unsigned format, for a listed VG and for one outside the allow-list.
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        b64(JSON.stringify({ v: 1, vg: fx.vg, name: fx.managed })),
        b64(JSON.stringify({ v: 1, vg: "zzz", name: "" })),
      ),
    },
    // Shaped like a sealed token: a 32-byte MAC followed by a [vg, name] payload.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.uint8Array({ minLength: 32, maxLength: 32 }),
          fc.constantFrom(fx.vg, "zzz"),
          fc.constantFrom(fx.managed, ""),
        )
        .map(([mac, vg, name]) => Buffer.concat([mac, Buffer.from(JSON.stringify([vg, name]))]).toString("base64url")),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "not-a-token",
        "====",
        "a",
        b64("{}"),
        b64('{"v":2,"vg":"a","name":"b"}'),
        b64('{"v":1,"vg":1,"name":"b"}'),
        b64("null"),
        b64("[]"),
        b64('"x"'),
        b64('{"v":1'),
        "A".repeat(1025),
        b64(JSON.stringify({ v: 1, vg: "a".repeat(900), name: "b" })),
      ),
    },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 2 }).map(b64) },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
  );
}

export const pageSizeArb = fc.oneof(
  fc.constantFrom(-2147483648, -1, 0, 1, 2, 999, 1000, 1001, 2147483647),
  fc.integer({ min: -2147483648, max: 2147483647 }),
);

export const iqnArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("iqn.2024-01.com.example:host1", "iqn.1994-05.com.redhat:abc", "eui.0123456789abcdef"),
  },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      "",
      "iqn",
      "iqn.",
      "iqn.2024-13.com.example:x",
      "iqn.24-01.com.example",
      "iqn.2024-01.",
      "iqn.2024-01.com.example:a b",
      "iqn.2024-01.com.example:$(reboot)",
      "iqn.2024-01.com.example;rm",
      "eui.123",
      "eui.0123456789abcdeg",
      "naa.x",
      "iqn.2024-01.com.example:é",
      `iqn.2024-01.com.example:${"x".repeat(230)}`,
      "IQN.2024-01.-bad-.x",
      "iqn.2024-01.com..x",
      "iqn.2024-01.com.example:\n",
      "../../etc/passwd",
      "-iqn.2024-01.com.example",
      "iqn.2024-01.com_x.example",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: letters, maxLength: 30 }).map((s) => `iqn.2024-01.${s}`) },
);

export interface Call {
  rpc: string;
  request: Record<string, unknown>;
}

/** Typed requests for every RPC. */
export function callArb(fx: Fixture, withExports: boolean): fc.Arbitrary<Call> {
  const name = nameArb(fx);
  const vg = vgArb(fx);
  const size = sizeArb(fx);
  const c = (rpc: string, request: fc.Arbitrary<Record<string, unknown>>) => request.map((r) => ({ rpc, request: r }));
  const calls: Array<fc.WeightedArbitrary<Call>> = [
    {
      weight: 5,
      arbitrary: c(
        "CreateVolume",
        fc.record({ name, volumeGroup: vg, pool: fc.oneof(fc.constant(""), name), sizeBytes: size }),
      ),
    },
    { weight: 3, arbitrary: c("GetVolume", fc.record({ name, volumeGroup: vg })) },
    {
      weight: 3,
      arbitrary: c(
        "ListVolumes",
        fc.record({
          volumeGroup: vg,
          pageSize: pageSizeArb,
          pageToken: pageTokenArb(fx),
          includeUnmanaged: fc.boolean(),
        }),
      ),
    },
    { weight: 3, arbitrary: c("ResizeVolume", fc.record({ name, volumeGroup: vg, sizeBytes: size })) },
    {
      weight: 3,
      arbitrary: c(
        "DeleteVolume",
        fc.record({ name, volumeGroup: vg, allowMissing: fc.boolean(), force: fc.boolean() }),
      ),
    },
    {
      weight: 3,
      arbitrary: c("CreateSnapshot", fc.record({ name, volumeGroup: vg, sourceName: name, sizeBytes: size })),
    },
    { weight: 1, arbitrary: c("ListVolumeGroups", fc.constant({})) },
    { weight: 2, arbitrary: c("GetVolumeGroup", fc.record({ name: vg })) },
  ];
  if (withExports) {
    const iqns = fc.array(iqnArb, { maxLength: 4 });
    calls.push(
      {
        weight: 2,
        arbitrary: c(
          "CreateExport",
          fc.record({ volumeGroup: vg, volumeName: name, initiatorIqns: iqns, chap: fc.boolean() }),
        ),
      },
      { weight: 1, arbitrary: c("GetExport", fc.record({ volumeGroup: vg, volumeName: name })) },
      {
        weight: 1,
        arbitrary: c("ListExports", fc.record({ volumeGroup: vg, pageSize: pageSizeArb, pageToken: pageTokenArb(fx) })),
      },
      {
        weight: 2,
        arbitrary: c(
          "UpdateExport",
          fc.record({
            volumeGroup: vg,
            volumeName: name,
            initiatorIqns: iqns,
            chap: fc.option(fc.boolean(), { nil: undefined }),
          }),
        ),
      },
      {
        weight: 1,
        arbitrary: c("DeleteExport", fc.record({ volumeGroup: vg, volumeName: name, allowMissing: fc.boolean() })),
      },
      { weight: 1, arbitrary: c("ReconcileExports", fc.record({ dryRun: fc.boolean() })) },
    );
  }
  return fc.oneof(...calls);
}

/** Extra protobuf fields lvmctl does not define (proto3 ignores them), as raw wire bytes. */
export const unknownFieldsArb = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 20, max: 536870911 }), fc.bigInt({ min: 0n, max: MAX_U64 }))
        .map(([field, v]) => varintField(field, v)),
      fc
        .tuple(fc.integer({ min: 20, max: 1000 }), fc.uint8Array({ maxLength: 32 }))
        .map(([field, bytes]) => lenField(field, bytes)),
    ),
    { maxLength: 3 },
  )
  .map((parts) => Buffer.concat(parts));

function varint(v: bigint): Buffer {
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return Buffer.from(out);
}

const varintField = (field: number, v: bigint) => Buffer.concat([varint(BigInt(field) << 3n), varint(v)]);
const lenField = (field: number, bytes: Uint8Array) =>
  Buffer.concat([varint((BigInt(field) << 3n) | 2n), varint(BigInt(bytes.length)), Buffer.from(bytes)]);

/** Raw request bodies: random bytes, truncations and bit flips of valid encodings, wrong wire types. */
export function rawBytesArb(valid: fc.Arbitrary<Buffer>): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
    fc.tuple(valid, fc.nat()).map(([b, n]) => b.subarray(0, b.length === 0 ? 0 : n % b.length)),
    fc.tuple(valid, fc.nat(), fc.integer({ min: 0, max: 7 })).map(([b, n, bit]) => {
      const c = Buffer.from(b);
      if (c.length > 0) c[n % c.length] ^= 1 << bit;
      return c;
    }),
    fc.tuple(valid, unknownFieldsArb).map(([b, extra]) => Buffer.concat([b, extra])),
    // field 1 (a string everywhere) sent as a varint, field 4 as length-delimited garbage
    fc.constantFrom(
      Buffer.from([0x08, 0x01]),
      Buffer.from([0x22, 0x03, 0xff, 0xfe, 0xfd]),
      Buffer.from([0x0a, 0x80]),
      Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    ),
    // invalid UTF-8 in a string field
    fc
      .uint8Array({ minLength: 1, maxLength: 16 })
      .map((b) => Buffer.concat([Buffer.from([0x0a, b.length]), Buffer.from(b)])),
  );
}
