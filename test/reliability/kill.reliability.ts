// kill -9 of lvmctld at random points during creates, resizes and deletes on
// real LVM, then a restart: acknowledged changes are all there, nothing is
// duplicated, no unfinished creation survives the restart (the create journal
// says which are unfinished, and start-up cleans them up; so does the creating
// tag of older versions), and retrying every unacknowledged request converges
// on exactly the state the client asked for. Also: kill -9 between the journal's
// begin and lvcreate and between lvcreate and done, and a torn or corrupt
// journal at start-up.
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
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
/** Every TARGETED-th round kills while lvcreate is held open after it made the LV, so an unfinished creation is certain. */
const TARGETED = 4;
const EXTENT = 4n * MiB;
const roundUp = (s: bigint) => ((s + EXTENT - 1n) / EXTENT) * EXTENT;

const crc32hex = (text: string) => crc32(text).toString(16).padStart(8, "0");

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

  /** Starts lvmctld with a marker in its environment (inherited by every lvm it runs), on the suite's state directory. */
  async function start(marker: string, extra: string[] = []): Promise<WatchedDaemon> {
    process.env.LVMCTL_RELIABILITY_MARK = marker;
    try {
      return await launch(figures, [vg.name], ["--state-dir", join(dir, "state"), ...extra]);
    } finally {
      delete process.env.LVMCTL_RELIABILITY_MARK;
    }
  }

  const host = () => new Map(vg.lvs().map((l) => [l.name, l]));
  const journalPath = () => join(dir, "state", `${vg.name}.create-journal`);
  /** Names of the journal's begins without a done or abort (read from the file, as the daemon does). */
  const pendingInJournal = () => {
    const open = new Set<string>();
    for (const line of existsSync(journalPath()) ? readFileSync(journalPath(), "utf8").split("\n") : []) {
      const r = line ? (JSON.parse(line.slice(9)) as { op: string; name: string }) : undefined;
      if (r?.op === "begin") open.add(r.name);
      else if (r) open.delete(r.name);
    }
    return [...open];
  };
  /** Managed LVs on the host that the daemon does not list: unfinished creations it hides. */
  const hiddenOnHost = async (daemon: WatchedDaemon) => {
    const listed = new Set((await daemon.client.volumes.listVolumes({ pageSize: 1000 })).volumes.map((v) => v.name));
    return [...host().values()]
      .filter((l) => l.tags.includes("lvmctl.managed") && !listed.has(l.name))
      .map((l) => l.name);
  };

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

  /** Starts lvmctld on the fake lvm with one rule, creates `name`, and kill -9s everything once `ready()` holds. */
  async function killDuringCreate(name: string, rule: object, ready: () => boolean): Promise<string> {
    await d?.stop();
    const control = join(dir, `control-${name}.json`);
    writeFileSync(control, JSON.stringify({ rules: [{ id: name, ...rule }] }));
    process.env.LVMCTL_FAKE_LVM_CONTROL = control;
    const marker = `LVMCTLKILL${process.pid}${name}`;
    d = await start(marker, ["--lvm-binary", FAKE_LVM]);
    delete process.env.LVMCTL_FAKE_LVM_CONTROL;
    const call = d.client.volumes.createVolume({ name, sizeBytes: 8n * MiB }).then(
      () => "OK",
      (e: { code?: number }) => status[e.code ?? -1],
    );
    const deadline = Date.now() + 20_000;
    while (!ready() && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
    await d.kill9();
    for (const pid of marked(marker)) process.kill(pid, "SIGKILL");
    await waitGone(marker);
    return call;
  }

  it("kill -9 between the journal's begin and lvcreate, and between lvcreate and done: never visible, cleaned up, retry converges", async () => {
    const checks: Array<[string, string, string]> = [];
    // 1. Begin durable, lvcreate held before it runs: killed there, no LV may ever appear.
    const first = await killDuringCreate("jb1", { command: "lvcreate", fault: "hang", ms: 60_000 }, () =>
      pendingInJournal().includes("jb1"),
    );
    checks.push(["begin→lvcreate: the client heard no OK", "true", String(first !== "OK")]);
    d = await start(`LVMCTLKILL${process.pid}jb1r`);
    checks.push(["begin→lvcreate: no LV after the restart", "false", String(vg.lvNames().includes("jb1"))]);
    checks.push(["begin→lvcreate: nothing hidden", "", (await hiddenOnHost(d)).join(",")]);
    await d.client.volumes.createVolume({ name: "jb1", sizeBytes: 8n * MiB });
    checks.push(["begin→lvcreate: the retry creates it", "true", String(vg.lvNames().includes("jb1"))]);
    checks.push(["begin→lvcreate: journal settled after the retry", "", pendingInJournal().join(",")]);

    // 2. lvcreate made the LV but its answer is held: killed there, the LV exists with a begin and no done.
    const second = await killDuringCreate("jb2", { command: "lvcreate", fault: "hang-after", ms: 60_000 }, () =>
      vg.lvNames().includes("jb2"),
    );
    checks.push(["lvcreate→done: the client heard no OK", "true", String(second !== "OK")]);
    checks.push(["lvcreate→done: the LV was there at the kill", "jb2", pendingInJournal().join(",")]);
    d = await start(`LVMCTLKILL${process.pid}jb2r`);
    checks.push(["lvcreate→done: start-up removed the LV", "false", String(vg.lvNames().includes("jb2"))]);
    checks.push([
      "lvcreate→done: and logged it",
      "true",
      String(d.logs().includes("removed volumes whose creation did not finish")),
    ]);
    checks.push(["lvcreate→done: journal compacted to nothing", "", readFileSync(journalPath(), "utf8")]);
    const retried = await d.client.volumes.createVolume({ name: "jb2", sizeBytes: 8n * MiB });
    checks.push(["lvcreate→done: the retry creates it", String(8n * MiB), String(retried.volume?.sizeBytes)]);
    for (const n of ["jb1", "jb2"]) await d.client.volumes.deleteVolume({ name: n });
    for (const [what, expected, got] of checks) figures.check(what, expected, got);
    expect(checks.filter(([, e, g]) => e !== g)).toEqual([]);
  });

  it("starts through a torn last journal record, and refuses a corrupt journal until it is moved aside", async () => {
    const checks: Array<[string, string, string]> = [];
    await d?.stop();
    // An LV lvcreate made whose begin is in the journal and whose done was torn: never acknowledged, so removed.
    lvm([
      "lvcreate",
      "-q",
      "--activate",
      "n",
      "--zero",
      "n",
      "-n",
      "torn1",
      "-L",
      "8m",
      "--addtag",
      "lvmctl.managed",
      vg.name,
    ]);
    const line = (seq: number, op: string, name: string) => {
      const json = JSON.stringify({ seq, op, vg: vg.name, name, at: Date.now() - 60_000 });
      return `${crc32hex(json)} ${json}\n`;
    };
    writeFileSync(journalPath(), line(1, "begin", "torn1") + line(2, "done", "torn1").slice(0, 30));
    d = await start(`LVMCTLKILL${process.pid}torn`);
    checks.push(["torn tail: starts and serves", "true", String(d.alive())]);
    checks.push(["torn tail: logged", "true", String(d.logs().includes("cut off a torn last record"))]);
    checks.push(["torn tail: the unacknowledged LV is removed", "false", String(vg.lvNames().includes("torn1"))]);
    await d.stop();

    lvm([
      "lvcreate",
      "-q",
      "--activate",
      "n",
      "--zero",
      "n",
      "-n",
      "bad1",
      "-L",
      "8m",
      "--addtag",
      "lvmctl.managed",
      vg.name,
    ]);
    const damaged = line(2, "done", "bad1").replace("done", "dome");
    writeFileSync(journalPath(), line(1, "begin", "bad1") + damaged + line(3, "begin", "other"));
    const refused = await start(`LVMCTLKILL${process.pid}bad`).then(
      async (up) => {
        await up.stop();
        return "started";
      },
      (e: Error) => e.message,
    );
    checks.push(["corrupt: refuses to start (exit 1)", "true", String(refused.includes("exited with 1"))]);
    checks.push([
      "corrupt: says where and how to recover",
      "true",
      String(/corrupt at line 2 .*move the file aside/s.test(refused) && refused.includes(`${vg.name}/bad1`)),
    ]);
    checks.push(["corrupt: nothing was touched", "true", String(vg.lvNames().includes("bad1"))]);
    renameSync(journalPath(), `${journalPath()}.bad`);
    d = await start(`LVMCTLKILL${process.pid}bad2`);
    const shown = (await d.client.volumes.listVolumes({})).volumes.some((v) => v.name === "bad1");
    checks.push(["corrupt, moved aside: starts, and the LV shows (for the operator to judge)", "true", String(shown)]);
    await d.client.volumes.deleteVolume({ name: "bad1" });
    for (const [what, expected, got] of checks) figures.check(what, expected, got);
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
        // lvcreate makes the LV, then the fake lvm (which runs the real one) holds its answer for 3 s: killed
        // then, the creation has a begin in the journal and an LV, but no done.
        await d.stop();
        const control = join(dir, `control${round}.json`);
        writeFileSync(
          control,
          JSON.stringify({ rules: [{ id: `k${round}`, command: "lvcreate", fault: "hang-after", ms: 3000 }] }),
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
      if (targeted) figures.add("kills between lvcreate and the journal's done");
      await Promise.allSettled(calls);
      const killed = marker;
      // In targeted rounds everything dies with the daemon (think power loss), so the done never comes.
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
      const unfinished = [
        ...[...after.values()].filter((l) => l.tags.includes("lvmctl.creating")).map((l) => l.name),
        ...(await hiddenOnHost(d)),
      ];
      if (unfinished.length > 0) {
        figures.add("orphans", unfinished.length);
        fail(`unfinished LVs after the restart: ${unfinished.join(", ")}`);
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
