// Concurrency storm: 200 mixed operations (create, resize, delete, get, list;
// same and different names) launched at once against one VG, then checked
// against a model: each name's history must be explainable by some order of
// its operations (they all overlap in time) that ends exactly in the state
// plain lvs reports. No unexpected status, no lost or duplicated volume.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { scale, SEED } from "./lib/mode.js";
import { MiB } from "./lib/oracle.js";

const ROUNDS = scale(5, 1);
const OPS = 200;
const NAMES = Array.from({ length: 12 }, (_, i) => `s${i}`);
const EXTENT = 4n * MiB;

const figures = new Figures("storm", "Concurrency storm (200 concurrent operations per round)");

type Op =
  | { kind: "create"; name: string; size: bigint }
  | { kind: "resize"; name: string; size: bigint }
  | { kind: "delete"; name: string; allowMissing: boolean }
  | { kind: "get"; name: string }
  | { kind: "list" };

interface Done {
  op: Op;
  code: string;
  size?: bigint;
  names?: string[];
}

const roundUp = (s: bigint) => ((s + EXTENT - 1n) / EXTENT) * EXTENT;
const name = fc.constantFrom(...NAMES);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("create" as const),
      name,
      size: fc.constantFrom(4n, 8n, 12n, 16n).map((m) => m * MiB - 7n),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("resize" as const),
      name,
      size: fc.constantFrom(4n, 8n, 16n, 24n, 32n).map((m) => m * MiB),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("delete" as const), name, allowMissing: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("get" as const), name }) },
  { weight: 2, arbitrary: fc.constant({ kind: "list" as const }) },
);

/** The model: what an operation answers in a state, and the state after it. */
function step(op: Op, state: bigint | null): { code: string; size?: bigint; next: bigint | null } {
  switch (op.kind) {
    case "create": {
      const r = roundUp(op.size);
      if (state === null) return { code: "OK", size: r, next: r };
      return state === r ? { code: "OK", size: r, next: state } : { code: "ALREADY_EXISTS", next: state };
    }
    case "resize": {
      if (state === null) return { code: "NOT_FOUND", next: state };
      const r = roundUp(op.size);
      if (r < state) return { code: "INVALID_ARGUMENT", next: state };
      return { code: "OK", size: r, next: r };
    }
    case "delete":
      if (state === null) return { code: op.allowMissing ? "OK" : "NOT_FOUND", next: null };
      return { code: "OK", next: null };
    case "get":
      return state === null ? { code: "NOT_FOUND", next: null } : { code: "OK", size: state, next: state };
    case "list":
      return { code: "OK", next: state };
  }
}

/**
 * Is there an order of these (all concurrent) operations on one name, from
 * `initial`, that gives every observed answer and ends in `final`? Identical
 * operations with identical answers are interchangeable, so the search runs
 * over counts of such groups.
 */
export function linearizable(done: Done[], initial: bigint | null, final: bigint | null): boolean {
  const groups = new Map<string, { d: Done; n: number }>();
  for (const d of done) {
    const key = JSON.stringify(d, (_k, v) => (typeof v === "bigint" ? `${v}` : v));
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { d, n: 1 });
  }
  const gs = [...groups.values()];
  const counts = gs.map((g) => g.n);
  const seen = new Set<string>();
  const search = (state: bigint | null): boolean => {
    if (counts.every((c) => c === 0)) return state === final;
    const key = `${counts.join(",")}|${state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    for (let i = 0; i < gs.length; i++) {
      if (counts[i] === 0) continue;
      const r = step(gs[i].d.op, state);
      if (r.code !== gs[i].d.code || (r.code === "OK" && gs[i].d.size !== undefined && r.size !== gs[i].d.size))
        continue;
      counts[i]--;
      const ok = search(r.next);
      counts[i]++;
      if (ok) return true;
    }
    return false;
  };
  return search(initial);
}

describe.skipIf(SKIP_ROOT_TESTS)("concurrency storm", () => {
  let vg: LoopVg;
  let d: WatchedDaemon;
  const problems: string[] = [];

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlst", 1024);
    d = await launch(figures, [vg.name]);
    for (const n of NAMES.slice(0, 6)) await d.client.volumes.createVolume({ name: n, sizeBytes: 8n * MiB });
  });

  afterAll(async () => {
    if (d) {
      figures.set("daemon alive at the end", d.alive() ? 1 : 0);
      await d.stop();
    }
    for (const p of problems.slice(0, 30)) figures.note(p);
    figures.save();
    vg?.destroy();
  });

  const hostState = () => {
    const rows = vg.lvs();
    const state = new Map<string, bigint>();
    const dup = new Set<string>();
    for (const r of rows) {
      if (state.has(r.name)) dup.add(r.name);
      state.set(r.name, r.size);
    }
    return { rows, state, dup };
  };

  it("has a model checker that rejects impossible histories", () => {
    const c = (size: bigint, code = "OK"): Done => ({
      op: { kind: "create", name: "a", size },
      code,
      size: code === "OK" ? roundUp(size) : undefined,
    });
    const del: Done = { op: { kind: "delete", name: "a", allowMissing: false }, code: "OK" };
    const get = (code: string, size?: bigint): Done => ({ op: { kind: "get", name: "a" }, code, size });
    expect(linearizable([c(4n * MiB), c(4n * MiB)], null, 4n * MiB)).toBe(true);
    expect(linearizable([c(4n * MiB), c(8n * MiB)], null, 4n * MiB)).toBe(false); // both created: a duplicate
    expect(linearizable([c(4n * MiB), c(8n * MiB, "ALREADY_EXISTS")], null, 4n * MiB)).toBe(true);
    expect(linearizable([c(4n * MiB)], null, null)).toBe(false); // acknowledged, then lost
    expect(linearizable([c(4n * MiB), del], null, null)).toBe(true);
    expect(linearizable([del, del], 4n * MiB, null)).toBe(false); // deleted twice
    expect(linearizable([get("OK", 8n * MiB)], 4n * MiB, 4n * MiB)).toBe(false); // read a size that never was
    expect(linearizable([get("NOT_FOUND"), c(4n * MiB)], null, 4n * MiB)).toBe(true);
  });

  it(`stays consistent with the model over ${ROUNDS} storm(s) of ${OPS} concurrent operations`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const before = hostState().state;
      const ops = fc.sample(opArb, { numRuns: OPS, seed: SEED + 100 + round });
      // Same-name races on purpose: a burst of identical creates of one fresh name.
      const fresh = `race${round}`;
      for (let i = 0; i < 10; i++) ops[i] = { kind: "create", name: fresh, size: 8n * MiB };
      for (let i = 10; i < 14; i++) ops[i] = { kind: "create", name: fresh, size: (12n + BigInt(i)) * MiB };
      const c = d.client.volumes;
      const started = performance.now();
      const settled = await Promise.allSettled(
        ops.map(async (op): Promise<Done> => {
          switch (op.kind) {
            case "create":
              return {
                op,
                code: "OK",
                size: (await c.createVolume({ name: op.name, sizeBytes: op.size })).volume?.sizeBytes,
              };
            case "resize":
              return {
                op,
                code: "OK",
                size: (await c.resizeVolume({ name: op.name, sizeBytes: op.size })).volume?.sizeBytes,
              };
            case "delete":
              await c.deleteVolume({ name: op.name, allowMissing: op.allowMissing });
              return { op, code: "OK" };
            case "get":
              return { op, code: "OK", size: (await c.getVolume({ name: op.name })).volume?.sizeBytes };
            case "list":
              return { op, code: "OK", names: (await c.listVolumes({ pageSize: 1000 })).volumes.map((v) => v.name) };
          }
        }),
      );
      figures.row("rounds", { round, operations: OPS, seconds: ((performance.now() - started) / 1000).toFixed(1) });
      const { status } = await import("@grpc/grpc-js");
      const done: Done[] = settled.map((s, i) =>
        s.status === "fulfilled"
          ? s.value
          : { op: ops[i], code: status[(s.reason as { code: number }).code] ?? String(s.reason) },
      );
      figures.add("storm operations", done.length);
      const allowed: Record<Op["kind"], string[]> = {
        create: ["OK", "ALREADY_EXISTS"],
        resize: ["OK", "NOT_FOUND", "INVALID_ARGUMENT"],
        delete: ["OK", "NOT_FOUND"],
        get: ["OK", "NOT_FOUND"],
        list: ["OK"],
      };
      for (const x of done) {
        figures.tally("operations by kind and status", { kind: x.op.kind, status: x.code });
        if (!allowed[x.op.kind].includes(x.code)) {
          figures.add("unexpected status codes");
          problems.push(
            `round ${round}: unexpected ${x.code} for ${JSON.stringify(x.op, (_k, v) => (typeof v === "bigint" ? `${v}` : v))}`,
          );
        }
      }
      const { rows, state: after, dup } = hostState();
      figures.add("volumes duplicated", dup.size);
      // Unfinished creations are hidden by the daemon (create journal): a managed LV it does not list is an orphan.
      const shown = new Set((await d.client.volumes.listVolumes({ pageSize: 1000 })).volumes.map((v) => v.name));
      const unfinished = rows.filter((r) => r.tags.includes("lvmctl.managed") && !shown.has(r.name));
      figures.add("orphans", unfinished.length);
      const names = new Set([...NAMES, ...Array.from({ length: round + 1 }, (_, i) => `race${i}`)]);
      for (const r of rows) {
        if (!names.has(r.name)) {
          figures.add("volumes duplicated");
          problems.push(`round ${round}: unexpected LV ${r.name} on the host`);
        }
      }
      for (const n of names) {
        const history = done.filter((x) => x.op.kind !== "list" && x.op.name === n);
        const ok = linearizable(history, before.get(n) ?? null, after.get(n) ?? null);
        if (!ok) {
          figures.add("model violations");
          const acknowledged = history.some(
            (x) => (x.op.kind === "create" || x.op.kind === "resize") && x.code === "OK",
          );
          const deleted = history.some((x) => x.op.kind === "delete" && x.code === "OK");
          if (acknowledged && !deleted && !after.has(n)) figures.add("volumes lost");
          problems.push(
            `round ${round}: no order of the ${history.length} operations on ${n} explains the answers and the final state (${before.get(n) ?? "absent"} -> ${after.get(n) ?? "absent"})`,
          );
        }
      }
      // Lists: each name once, only names the storm could have made.
      for (const x of done.filter((y) => y.op.kind === "list" && y.code === "OK")) {
        if (new Set(x.names).size !== x.names!.length) {
          figures.add("volumes duplicated");
          problems.push(`round ${round}: a listing named a volume twice`);
        }
        if (x.names!.some((n) => !names.has(n))) problems.push(`round ${round}: a listing showed an unknown volume`);
      }
      // Exactly one LV for the raced name, with the size of the first winner.
      expect(rows.filter((r) => r.name === fresh)).toHaveLength(1);
      figures.add("same-name races", 1);
      // The daemon's view agrees with the host's.
      const listed = (await c.listVolumes({ pageSize: 1000 })).volumes.map((v) => `${v.name}=${v.sizeBytes}`).sort();
      expect(listed).toEqual([...after].map(([n, s]) => `${n}=${s}`).sort());
      expect(d.alive()).toBe(true);
    }
    figures.set("volumes lost", figures.data.counters["volumes lost"] ?? 0);
    figures.set("model violations", figures.data.counters["model violations"] ?? 0);
    expect(problems).toEqual([]);
  });
});
