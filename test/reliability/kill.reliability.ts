// kill -9 of lvmctld at random points during creates, resizes and deletes on
// real LVM, then a restart: acknowledged changes are all there, nothing is
// duplicated, no unfinished creation survives the restart (its lvmctl tag
// says so, and start-up cleans it up), and retrying every unacknowledged
// request converges on exactly the state the client asked for.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { status } from "@grpc/grpc-js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, lvm, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { FAKE_LVM, launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { scale, SEED } from "./lib/mode.js";
import { MiB } from "./lib/oracle.js";

const KILLS = scale(24, 4);
/** Every TARGETED-th round kills while the ready step is held open, so an unfinished creation is certain. */
const TARGETED = 4;
const EXTENT = 4n * MiB;
const roundUp = (s: bigint) => ((s + EXTENT - 1n) / EXTENT) * EXTENT;

const figures = new Figures("kill", "kill -9 of lvmctld during mutations, then restart");

type Op =
  | { kind: "create"; name: string; size: bigint }
  | { kind: "resize"; name: string; size: bigint }
  | { kind: "delete"; name: string };

/** PIDs of live processes whose environment carries `marker` (the daemon and everything it started). */
function marked(marker: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/environ`, "latin1").includes(marker)) out.push(Number(p));
    } catch {
      // gone
    }
  }
  return out;
}

async function waitGone(marker: string, timeoutMs = 30_000): Promise<number> {
  const first = marked(marker).length;
  const deadline = Date.now() + timeoutMs;
  while (marked(marker).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return first;
}

describe.skipIf(SKIP_ROOT_TESTS)("kill -9 during mutations", () => {
  let vg: LoopVg;
  let d: WatchedDaemon | undefined;
  let dir: string;
  const problems: string[] = [];

  beforeAll(() => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlkx", 1024);
    dir = mkdtempSync(join(tmpdir(), "lvmctl-kill-"));
  });

  afterAll(async () => {
    await d?.stop();
    for (const p of problems.slice(0, 30)) figures.note(p);
    figures.save();
    vg?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts lvmctld with a marker in its environment (inherited by every lvm it runs). */
  async function start(marker: string, extra: string[] = []): Promise<WatchedDaemon> {
    process.env.LVMCTL_RELIABILITY_MARK = marker;
    try {
      return await launch(figures, [vg.name], extra);
    } finally {
      delete process.env.LVMCTL_RELIABILITY_MARK;
    }
  }

  const host = () => new Map(vg.lvs().map((l) => [l.name, l]));

  it("hides unfinished creations, completes them on a matching retry, and cleans up only lvmctl's own at start-up", async () => {
    d ??= await start(`LVMCTLKILL${process.pid}u`);
    const unfinished = (name: string, size: string, tags: string[]) =>
      lvm([
        "lvcreate",
        "-q",
        "--activate",
        "n",
        "--zero",
        "n",
        "-n",
        name,
        "-L",
        size,
        ...tags.flatMap((t) => ["--addtag", t]),
        vg.name,
      ]);
    const uuid = (name: string) => lvm(["lvs", "--noheadings", "-o", "lv_uuid", `${vg.name}/${name}`]).trim();
    unfinished("u1", "8m", ["lvmctl.managed", "lvmctl.creating"]);
    unfinished("u2", "8m", ["lvmctl.managed", "lvmctl.creating"]);
    unfinished("u3", "8m", ["lvmctl.managed", "lvmctl.creating"]);
    unfinished("u4", "8m", ["lvmctl.creating"]); // not lvmctl's: never touched
    const c = d.client.volumes;
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => "OK",
        (e: { code?: number }) => status[e.code ?? -1],
      );
    const checks: Array<[string, string, string]> = [];
    checks.push(["get of an unfinished creation", "NOT_FOUND", await codeOf(c.getVolume({ name: "u1" }))]);
    checks.push([
      "resize of an unfinished creation",
      "NOT_FOUND",
      await codeOf(c.resizeVolume({ name: "u1", sizeBytes: 16n * MiB })),
    ]);
    const listed = (await c.listVolumes({ includeUnmanaged: true })).volumes.map((v) => v.name);
    checks.push([
      "listing shows unfinished creations",
      "false",
      String(listed.includes("u1") || listed.includes("u2")),
    ]);
    const before = uuid("u1");
    const done = await c.createVolume({ name: "u1", sizeBytes: 8n * MiB });
    checks.push(["a matching retry completes it (same LV)", before, done.volume?.uuid ?? ""]);
    checks.push(["the completed volume is ready", "lvmctl.managed", vg.lvs().find((l) => l.name === "u1")?.tags ?? ""]);
    const other = await c.createVolume({ name: "u2", sizeBytes: 12n * MiB });
    checks.push(["a retry with another size replaces it", String(12n * MiB), String(other.volume?.sizeBytes)]);
    checks.push([
      "delete of an unfinished creation (allow_missing)",
      "OK",
      await codeOf(c.deleteVolume({ name: "u3", allowMissing: true })),
    ]);
    checks.push(["the unfinished LV is gone after that delete", "false", String(vg.lvNames().includes("u3"))]);
    unfinished("u5", "8m", ["lvmctl.managed", "lvmctl.creating"]);
    await d.stop();
    d = await start(`LVMCTLKILL${process.pid}u2`);
    checks.push(["start-up removes lvmctl's unfinished creation", "false", String(vg.lvNames().includes("u5"))]);
    checks.push([
      "start-up leaves an LV without lvmctl's ownership tag alone",
      "true",
      String(vg.lvNames().includes("u4")),
    ]);
    for (const [what, expected, got] of checks) figures.check(what, expected, got);
    lvm(["lvremove", "-q", "-y", `${vg.name}/u4`]);
    await d.client.volumes.deleteVolume({ name: "u1", allowMissing: true });
    await d.client.volumes.deleteVolume({ name: "u2", allowMissing: true });
    expect(checks.filter(([, e, g]) => e !== g)).toEqual([]);
  });

  it(`survives ${KILLS} kills at random points with no orphan, no loss and no duplicate`, async () => {
    const rand = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: KILLS * 8, seed: SEED + 7 });
    let r = 0;
    const next = (n: number) => rand[r++ % rand.length] % n;
    let marker = `LVMCTLKILL${process.pid}x0`;
    await d?.stop();
    d = await start(marker);
    for (const n of ["base0", "base1", "base2", "base3"])
      await d.client.volumes.createVolume({ name: n, sizeBytes: 8n * MiB });

    for (let round = 0; round < KILLS; round++) {
      const targeted = round % TARGETED === TARGETED - 1;
      if (targeted) {
        // The ready step is held open for 3 s by the fake lvm (which runs the real one).
        await d.stop();
        const control = join(dir, `control${round}.json`);
        writeFileSync(
          control,
          JSON.stringify({ rules: [{ id: `k${round}`, command: "lvchange", fault: "hang", ms: 3000 }] }),
        );
        process.env.LVMCTL_FAKE_LVM_CONTROL = control;
        marker = `LVMCTLKILL${process.pid}x${round}t`;
        d = await start(marker, ["--lvm-binary", FAKE_LVM]);
        delete process.env.LVMCTL_FAKE_LVM_CONTROL;
      }
      const before = host();
      const existing = [...before.keys()].filter((n) => before.get(n)!.tags.includes("lvmctl.managed"));
      const ops: Op[] = [];
      for (let i = 0; i < 4; i++)
        ops.push({ kind: "create", name: `k${round}n${i}`, size: BigInt(1 + next(3)) * 4n * MiB - BigInt(next(4096)) });
      ops.push({ ...ops[0] }); // the same create twice, concurrently
      const shuffled = [...existing].sort(() => next(3) - 1);
      for (const n of shuffled.slice(0, 2)) ops.push({ kind: "resize", name: n, size: before.get(n)!.size + 4n * MiB });
      for (const n of shuffled.slice(2, 5)) ops.push({ kind: "delete", name: n });
      const acked = new Set<number>();
      const client = d.client.volumes;
      const calls = ops.map((op, i) =>
        (op.kind === "create"
          ? client.createVolume({ name: op.name, sizeBytes: op.size })
          : op.kind === "resize"
            ? client.resizeVolume({ name: op.name, sizeBytes: op.size })
            : client.deleteVolume({ name: op.name })
        ).then(
          () => void acked.add(i),
          (err: { code?: number }) => status[err.code ?? -1],
        ),
      );
      const delay = targeted ? 1200 + next(1600) : next(900);
      await new Promise((res) => setTimeout(res, delay));
      const children = marked(marker).length - 1;
      await d.kill9();
      figures.add("kills");
      if (targeted) figures.add("kills while a ready step was held open");
      await Promise.allSettled(calls);
      const killed = marker;
      // In targeted rounds everything dies with the daemon (think power loss), so the ready step never comes.
      if (targeted) for (const pid of marked(killed)) process.kill(pid, "SIGKILL");
      // Odd rounds restart at once, while lvm commands the dead daemon started may still run; even rounds wait for them.
      const immediate = !targeted && round % 2 === 1;
      const orphansRunning = immediate ? marked(killed).length : await waitGone(killed, 60_000);
      figures.add("lvm processes left running by the dead daemon", orphansRunning);
      figures.row("kills", {
        round,
        "killed after (ms)": delay,
        targeted: targeted ? "yes" : "no",
        restart: immediate ? "at once" : "after its lvm processes ended",
        "requests acknowledged": `${acked.size}/${ops.length}`,
        "processes started by lvmctld at the kill": Math.max(0, children),
        "still running after": orphansRunning,
      });

      // Restart on real lvm; start-up cleans up unfinished creations before serving.
      marker = `LVMCTLKILL${process.pid}x${round}r`;
      d = await start(marker);
      if (immediate) await waitGone(killed, 60_000);
      const cleanedNames = d
        .logs()
        .split("\n")
        .filter((l) => l.includes("removed volumes whose creation did not finish"))
        .flatMap((l) => (JSON.parse(l) as { removed?: string[] }).removed ?? []);
      if (cleanedNames.length > 0) figures.add("unfinished creations cleaned up at restart", cleanedNames.length);

      const after = host();
      let ok = true;
      const fail = (what: string) => {
        ok = false;
        problems.push(`round ${round} (killed after ${delay} ms): ${what}`);
      };
      const unfinished = [...after.values()].filter((l) => l.tags.includes("lvmctl.creating"));
      if (unfinished.length > 0) {
        figures.add("orphans", unfinished.length);
        fail(`unfinished LVs after the restart: ${unfinished.map((l) => l.name).join(", ")}`);
      }
      ops.forEach((op, i) => {
        if (!acked.has(i)) return;
        const lv = after.get(op.name);
        if (op.kind === "create" && (!lv || lv.size !== roundUp(op.size))) {
          figures.add("volumes lost");
          fail(`acknowledged create of ${op.name} is missing`);
        }
        if (op.kind === "resize" && (!lv || lv.size < roundUp(op.size))) {
          figures.add("volumes lost");
          fail(`acknowledged resize of ${op.name} is missing (size ${lv?.size})`);
        }
        if (op.kind === "delete" && lv) fail(`acknowledged delete of ${op.name} did not happen`);
      });
      const expectedNames = new Set([...before.keys(), ...ops.map((o) => o.name)]);
      for (const n of after.keys()) {
        if (!expectedNames.has(n)) {
          figures.add("volumes duplicated");
          fail(`unexpected LV ${n}`);
        }
      }
      // The client retries what it did not hear back about; everything converges.
      for (const [i, op] of ops.entries()) {
        if (acked.has(i)) continue;
        figures.add("unacknowledged requests retried");
        const c = d.client.volumes;
        const res = await (
          op.kind === "create"
            ? c.createVolume({ name: op.name, sizeBytes: op.size })
            : op.kind === "resize"
              ? c.resizeVolume({ name: op.name, sizeBytes: op.size })
              : c.deleteVolume({ name: op.name, allowMissing: true })
        ).then(
          () => "OK",
          (err: { code?: number }) => status[err.code ?? -1],
        );
        if (res !== "OK") fail(`retry of ${op.kind} ${op.name} answered ${res}`);
      }
      const final = host();
      for (const op of ops) {
        const lv = final.get(op.name);
        const want = op.kind === "delete" ? undefined : roundUp(op.size);
        if (op.kind === "delete" ? lv !== undefined : lv?.size !== want)
          fail(`after retries ${op.name} is ${lv ? lv.size : "absent"}, expected ${want ?? "absent"}`);
      }
      const listed = (await d.client.volumes.listVolumes({ pageSize: 1000 })).volumes
        .map((v) => `${v.name}=${v.sizeBytes}`)
        .sort();
      const onHost = [...final.values()]
        .filter((l) => l.tags.includes("lvmctl.managed"))
        .map((l) => `${l.name}=${l.size}`)
        .sort();
      if (JSON.stringify(listed) !== JSON.stringify(onHost))
        fail(`the daemon lists ${listed.join(" ")} but the host has ${onHost.join(" ")}`);
      if (ok) figures.add("kills survived");
    }
    figures.set("volumes lost", figures.data.counters["volumes lost"] ?? 0);
    figures.set("volumes duplicated", figures.data.counters["volumes duplicated"] ?? 0);
    figures.set("orphans", figures.data.counters["orphans"] ?? 0);
    expect(problems).toEqual([]);
    expect(figures.data.counters["kills survived"]).toBe(KILLS);
    if (KILLS >= TARGETED)
      expect(figures.data.counters["unfinished creations cleaned up at restart"] ?? 0).toBeGreaterThan(0);
  });
});
