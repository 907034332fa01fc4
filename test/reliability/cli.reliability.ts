// Hostile command lines: the lvmctl CLI run as a process with generated
// arguments against a real lvmctld. Every run exits with the documented exit
// code for the status the request deserves (or 2 for unusable arguments),
// prints no stack trace, and the host's LVs stay exactly as they were.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, lvm, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { runCli } from "../support/daemon.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { nameArb, pageSizeArb, pageTokenArb, vgArb, type Fixture } from "./lib/arbitraries.js";
import { launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { diff, foreignCommands, hostVgs, snapshot, type HostSnapshot } from "./lib/host.js";
import { scale, SEED } from "./lib/mode.js";
import { expect as oracle, MAX_U64, MiB, type World } from "./lib/oracle.js";
import { pool, withDefaults } from "./lib/rpc.js";

const RUNS = scale(400, 48);
const PARALLEL = 6;

const figures = new Figures("cli", "Hostile command lines (lvmctl CLI as a process)");

/** The CLI's documented exit codes (lvmctl --help). */
const EXIT: Record<string, number> = {
  OK: 0,
  INVALID_ARGUMENT: 2,
  OUT_OF_RANGE: 2,
  NOT_FOUND: 3,
  ALREADY_EXISTS: 4,
  PERMISSION_DENIED: 5,
  UNAUTHENTICATED: 5,
  FAILED_PRECONDITION: 6,
  ABORTED: 6,
  RESOURCE_EXHAUSTED: 7,
  UNAVAILABLE: 8,
  DEADLINE_EXCEEDED: 8,
  CANCELLED: 8,
};

/** Sizes as the CLI documents them (case-sensitive): bytes, B, K..E / k..e / KiB..EiB (1024), kB MB..EB (1000); undefined when unusable. */
function parseSizeDoc(text: string): bigint | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const [, whole, frac = "", unit] = m;
  const letters = "KMGTPE";
  const power = letters.indexOf(unit[0]?.toUpperCase()) + 1;
  let mult: bigint | undefined;
  if (unit === "" || unit === "B") mult = 1n;
  else if (power > 0 && (unit.length === 1 || unit === `${letters[power - 1]}iB`)) mult = 1024n ** BigInt(power);
  else if (power > 0 && unit === (power === 1 ? "kB" : `${letters[power - 1]}B`)) mult = 1000n ** BigInt(power);
  if (mult === undefined) return undefined;
  const scaleF = 10n ** BigInt(frac.length);
  const scaled = (BigInt(whole) * scaleF + BigInt(frac || "0")) * mult;
  if (scaled % scaleF !== 0n) return undefined;
  const bytes = scaled / scaleF;
  return bytes > MAX_U64 ? undefined : bytes;
}

const sizeText = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "511",
    "512",
    "4096",
    "4M",
    "4MiB",
    "4mb",
    "8M",
    "8MiB",
    "0.5K",
    "1.5G",
    "10GiB",
    "5 GiB",
    "1TB",
    "8E",
    "8EiB",
    "9E",
    "16E",
    "17E",
    "18446744073709551615",
    "18446744073709551616",
    "9223372036854775808",
    "99999999999999999999999",
    "1e3",
    "-1",
    "",
    " ",
    "abc",
    "1.5",
    "1.0001K",
    "4X",
    "4MiBs",
    "0x10",
    "4,096",
    "NaN",
    "Infinity",
    "1/2",
    "$(echo 4M)",
    "4M;rm -rf /",
    "١٢",
    "4 M i B",
  ),
  fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
  fc
    .tuple(fc.nat({ max: 4096 }), fc.constantFrom("", "K", "M", "G", "KiB", "MiB", "kB", "MB", "EiB", "EB", "PB"))
    .map(([n, u]) => `${n}${u}`),
);

interface Invocation {
  argv: string[];
  request?: { rpc: string; request: Record<string, unknown> };
  /** Expected exit codes when the CLI refuses locally (usage). */
  local?: number[];
}

function invocationArb(fx: Fixture): fc.Arbitrary<Invocation> {
  const name = nameArb(fx).filter((n) => !n.includes("\0"));
  const vg = vgArb(fx).filter((n) => !n.includes("\0"));
  const positional = (n: string) => (n.startsWith("-") ? ["--", n] : [n]);
  const withVg = (args: string[], v: string) => (v === "" ? args : [...args, `--vg=${v}`]);
  const size = (field: string, text: string, req: Record<string, unknown>): Record<string, unknown> | undefined => {
    const bytes = parseSizeDoc(text);
    return bytes === undefined ? undefined : { ...req, [field]: bytes };
  };
  const inv = (argv: string[], rpc: string, req: Record<string, unknown> | undefined): Invocation =>
    req ? { argv, request: { rpc, request: req } } : { argv, local: [2] };
  return fc.oneof(
    fc
      .tuple(name, vg, sizeText, fc.option(name, { nil: undefined }))
      .map(([n, v, s, p]) =>
        inv(
          withVg(["volume", "create", `--size=${s}`, ...(p !== undefined ? [`--pool=${p}`] : []), ...positional(n)], v),
          "CreateVolume",
          size("sizeBytes", s, { name: n, volumeGroup: v, pool: p ?? "" }),
        ),
      ),
    fc
      .tuple(name, vg)
      .map(([n, v]) => inv(withVg(["volume", "get", ...positional(n)], v), "GetVolume", { name: n, volumeGroup: v })),
    fc
      .tuple(name, vg, sizeText)
      .map(([n, v, s]) =>
        inv(
          withVg(["volume", "resize", `--size=${s}`, ...positional(n)], v),
          "ResizeVolume",
          size("sizeBytes", s, { name: n, volumeGroup: v }),
        ),
      ),
    fc.tuple(name, vg, fc.boolean()).map(([n, v, allow]) =>
      inv(withVg(["volume", "delete", ...(allow ? ["--allow-missing"] : []), ...positional(n)], v), "DeleteVolume", {
        name: n,
        volumeGroup: v,
        allowMissing: allow,
      }),
    ),
    fc.tuple(name, name, vg, fc.option(sizeText, { nil: undefined })).map(([n, src, v, s]) => {
      const req = { name: n, sourceName: src, volumeGroup: v, sizeBytes: 0n };
      const argv = withVg(
        ["snapshot", "create", `--from=${src}`, ...(s !== undefined ? [`--size=${s}`] : []), ...positional(n)],
        v,
      );
      return inv(argv, "CreateSnapshot", s === undefined ? req : size("sizeBytes", s, req));
    }),
    fc
      .tuple(
        vg,
        fc.option(
          fc.oneof(
            pageSizeArb.map(String),
            fc.constantFrom("99999999999", "2147483648", "-5", "1e2", "10abc", "", "0x10"),
          ),
          { nil: undefined },
        ),
        fc.option(
          pageTokenArb(fx).filter((t) => !t.includes("\0")),
          { nil: undefined },
        ),
        fc.boolean(),
      )
      .map(([v, ps, pt, all]) => {
        const argv = withVg(
          [
            "volume",
            "list",
            ...(all ? ["-A"] : []),
            ...(ps !== undefined ? [`--page-size=${ps}`] : []),
            ...(pt !== undefined ? [`--page-token=${pt}`] : []),
          ],
          v,
        );
        // The CLI documents --page-size as a whole number of volumes in a page (at most 1000 on the server).
        if (ps !== undefined && !/^\d+$/.test(ps)) return { argv, local: [2] };
        const pageSize = ps === undefined ? 1000 : Number(ps);
        if (pageSize > 2147483647) return { argv, local: [2] };
        return inv(argv, "ListVolumes", { volumeGroup: v, includeUnmanaged: all, pageSize, pageToken: pt ?? "" });
      }),
    vg.map((v) => inv(["vg", "get", ...(v === "" ? [] : positional(v))], "GetVolumeGroup", { name: v })),
    fc.constant(inv(["vg", "list"], "ListVolumeGroups", {})),
    fc.constantFrom<Invocation>(
      { argv: ["volume"], local: [2] },
      { argv: ["volume", "create"], local: [2] },
      { argv: ["volume", "create", "x"], local: [2] },
      { argv: ["nosuchcommand"], local: [2] },
      { argv: ["volume", "get", "a", "b"], local: [2] },
      { argv: ["-o", "yaml", "vg", "list"], local: [2] },
      { argv: ["--timeout=0", "vg", "list"], local: [2] },
      { argv: ["--timeout=-1s", "vg", "list"], local: [2] },
      { argv: ["--timeout=1x", "vg", "list"], local: [2] },
      { argv: ["volume", "get", "--help"], local: [0] },
      { argv: ["--version"], local: [0] },
      { argv: ["volume", "get", "-h"], local: [0] },
    ),
  );
}

describe.skipIf(SKIP_ROOT_TESTS)("hostile command lines", () => {
  let vg: LoopVg;
  let foreign: LoopVg;
  let d: WatchedDaemon;
  let baseline: HostSnapshot;
  let world: World;
  let fx: Fixture;
  let otherVgs: string[];
  const failures: string[] = [];

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlcx", 256);
    foreign = createLoopVg("lvmctlcf", 64);
    lvm(["lvcreate", "-q", "--activate", "n", "--zero", "n", "-n", "plain", "-L", "8m", vg.name]);
    d = await launch(figures, [vg.name]);
    await d.client.volumes.createVolume({ name: "keep", sizeBytes: 8n * MiB });
    const info = JSON.parse(
      lvm(["vgs", "--reportformat", "json", "--units", "b", "--nosuffix", "-o", "vg_size,vg_free", vg.name]),
    ).report[0].vg[0];
    otherVgs = hostVgs().filter((v) => v !== vg.name && v !== foreign.name);
    world = {
      vg: vg.name,
      extent: 4n * MiB,
      free: BigInt(info.vg_free),
      metadataOnly: METADATA_ONLY,
      lvs: new Map([
        ["keep", { size: 8n * MiB, managed: true }],
        ["plain", { size: 8n * MiB, managed: false }],
      ]),
    };
    fx = {
      vg: vg.name,
      foreignVg: foreign.name,
      otherHostVgs: otherVgs,
      managed: "keep",
      unmanaged: "plain",
      managedSize: 8n * MiB,
      vgSize: BigInt(info.vg_size),
      free: world.free,
    };
    baseline = snapshot([vg.name, foreign.name]);
  });

  afterAll(async () => {
    if (d) {
      figures.set(
        "lvm commands naming a foreign VG or changing an unmanaged LV",
        foreignCommands(d.logs(), [vg.name], [...otherVgs, foreign.name], [`${vg.name}/plain`]).length,
      );
      await d.stop();
    }
    for (const f of failures.slice(0, 20)) figures.note(`mismatch: ${f}`);
    figures.save();
    vg?.destroy();
    foreign?.destroy();
  });

  it(`runs ${RUNS} generated command lines with the documented exit codes and changes nothing`, async () => {
    const args = (a: string[]) => ["--server", d.server, "--timeout", "30s", ...a];
    await fc.assert(
      fc.asyncProperty(
        fc.array(invocationArb(fx), { minLength: 1, maxLength: 2 * PARALLEL, size: "max" }),
        async (invs) => {
          const planned = invs.map((i) => {
            if (!i.request) return { inv: i, expected: i.local ?? [2], why: "refused by the CLI" };
            let req = withDefaults(i.request.rpc, i.request.request);
            let exp = oracle(world, i.request.rpc, req);
            let argv = i.argv;
            if (exp.mutates) {
              // Would legitimately change the host: aim it at the foreign VG instead.
              figures.add("generated mutations re-aimed at the foreign VG");
              argv = [...argv.filter((a) => !a.startsWith("--vg=")), `--vg=${foreign.name}`];
              req = { ...req, volumeGroup: foreign.name };
              exp = oracle(world, i.request.rpc, req);
            }
            return {
              inv: { ...i, argv },
              expected: exp.codes.flatMap((c) => c.split("|")).map((c) => EXIT[c] ?? 1),
              why: exp.why,
            };
          });
          const results = await pool(planned, PARALLEL, (p) => runCli(args(p.inv.argv)));
          const bad: string[] = [];
          planned.forEach((p, i) => {
            const r = results[i];
            figures.add("cli invocations");
            figures.tally("by command and exit code", {
              command:
                p.inv.argv
                  .filter((a) => !a.startsWith("-"))
                  .slice(0, 2)
                  .join(" ") || p.inv.argv.join(" "),
              exit: String(r.code),
            });
            const stack = /\n\s+at .+:\d+:\d+/.test(r.stderr);
            const prefixOk =
              r.code === 0 ||
              r.stderr.startsWith("lvmctl: ") ||
              r.stderr.startsWith("error:") ||
              /^Usage:/m.test(r.stderr);
            if (!p.expected.includes(r.code) || stack || !prefixOk) {
              figures.add("unexpected exit codes");
              const text = `lvmctl ${JSON.stringify(p.inv.argv)}: expected exit ${[...new Set(p.expected)].join(" or ")} (${p.why}), got ${r.code}${stack ? " with a stack trace" : ""}: ${r.stderr.trim().split("\n")[0]?.slice(0, 200)}`;
              failures.push(text);
              bad.push(text);
            }
          });
          const changes = diff(baseline, snapshot([vg.name, foreign.name]));
          if (changes.length > 0) {
            figures.add("foreign objects touched", changes.length);
            throw new Error(`the host changed:\n${changes.join("\n")}`);
          }
          if (!d.alive()) throw new Error(`lvmctld is gone: ${d.crashed()}`);
          if (bad.length > 0) throw new Error(bad.join("\n"));
        },
      ),
      { numRuns: Math.ceil(RUNS / PARALLEL), seed: SEED + 2, verbose: 0, endOnFailure: true },
    );
    expect(d.crashed()).toBeUndefined();
  });

  it("answers the review's CLI findings with usage errors (exit 2) before any call", async () => {
    const cases: Array<[finding: string, argv: string[], created?: string]> = [
      [
        "--timeout 600h (beyond a timer's range) on a create",
        ["--timeout", "600h", "volume", "create", "late", "--size", "4MiB"],
        "late",
      ],
      ["--token-file naming a missing file", ["--token-file", "/nonexistent/lvmctl-token", "volume", "list"]],
      ["--tls-ca naming a missing file", ["--tls-ca", "/nonexistent/ca.pem", "volume", "list"]],
      ["--size 4mb (an undocumented unit spelling)", ["volume", "create", "lower", "--size", "4mb"], "lower"],
    ];
    const outcomes: string[] = [];
    for (const [finding, argv, created] of cases) {
      const r = await runCli(["--server", d.server, ...argv]);
      const made = created !== undefined && vg.lvNames().includes(created);
      const ok = r.code === 2 && !made && r.stderr.startsWith("lvmctl: ");
      figures.row("review findings", {
        finding: `lvmctl ${finding}`,
        figure: `exit ${r.code}${created ? (made ? ", volume created" : ", nothing created") : ""}: ${r.stderr.trim().split("\n")[0]}`,
        target: `exit 2${created ? ", nothing created" : ""}`,
        ok: ok ? "yes" : "NO",
      });
      outcomes.push(`${finding}: ${ok ? "ok" : `exit ${r.code}, made=${made}, ${r.stderr.trim()}`}`);
    }
    expect(outcomes.filter((o) => !o.endsWith(": ok"))).toEqual([]);
  });
});
