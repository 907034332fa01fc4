// The persistent lvm shell: stream framing, quoting, and the runner's
// guarantees (exec fallback, never losing or repeating a mutation) against a
// fake shell that can die on command.
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CommandError } from "../../src/server/exec/command.js";
import { shellLine, shellWord } from "../../src/server/exec/lvm-shell/line.js";
import { LvmShellPool } from "../../src/server/exec/lvm-shell/pool.js";
import { JsonObjectSplitter } from "../../src/server/exec/lvm-shell/reply.js";
import { CommandRunner } from "../../src/server/exec/runner.js";

const FAKE = new URL("./support/fake-lvm-shell.mjs", import.meta.url).pathname;
const log = pino({ level: "silent" });

describe("JsonObjectSplitter", () => {
  const objects = [
    { report: [{ lv: [{ lv_name: "a{b", lv_tags: 'x"}y' }] }], log: [{ log_ret_code: "1" }] },
    { log: [] },
    { report: [{ vg: [] }], log: [{ log_message: 'back\\slash " [ ] { }' }] },
  ];
  const text = objects.map((o) => `  ${JSON.stringify(o, null, 2)}\n`).join("");

  it("returns every object whatever the chunk boundaries", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set([0, ...cuts, text.length])].sort((a, b) => a - b);
        const s = new JsonObjectSplitter();
        const got: unknown[] = [];
        for (let i = 0; i + 1 < points.length; i++)
          s.push(text.slice(points[i], points[i + 1]), (o) => got.push(JSON.parse(o)));
        expect(got).toEqual(objects);
      }),
    );
  });

  it("hands out the report section as soon as it closes, as valid JSON", () => {
    const s = new JsonObjectSplitter();
    const early: unknown[] = [];
    const done: string[] = [];
    const first = `  ${JSON.stringify(objects[0], null, 2)}\n`;
    const cut = first.indexOf('"log"');
    s.push(
      first.slice(0, cut),
      (o) => done.push(o),
      (r) => early.push(JSON.parse(r)),
    );
    expect(early).toEqual([{ report: objects[0].report }]);
    expect(done).toEqual([]);
    s.push(
      first.slice(cut),
      (o) => done.push(o),
      (r) => early.push(JSON.parse(r)),
    );
    expect(done).toHaveLength(1);
    expect(early).toHaveLength(1);
  });

  it("refuses text outside an object", () => {
    expect(() => new JsonObjectSplitter().push("not json\n", () => undefined)).toThrow(/outside/);
  });
});

describe("shell lines", () => {
  it("quotes only what lvm's line splitter needs, and refuses what it cannot carry", () => {
    expect(shellWord("vg0/lv-1")).toBe("vg0/lv-1");
    expect(shellWord("global{activation=0}")).toBe("global{activation=0}");
    expect(shellWord('report{time_format="%Y %T"}')).toBe(`'report{time_format="%Y %T"}'`);
    expect(shellWord("")).toBe("''");
    expect(shellWord("#x")).toBe("'#x'");
    expect(shellWord("a\nb")).toBeUndefined();
    expect(shellWord("a!b")).toBeUndefined();
    expect(shellWord(`it's "both"`)).toBeUndefined();
    expect(shellWord("é")).toBeUndefined();
  });

  it("adds the report time format and -qq (no prompt may read stdin), and refuses shell built-ins", () => {
    expect(shellLine(["lvs", "--config", "global{activation=0}", "vg"])).toBe(
      `lvs -qq --config 'global{activation=0} report{time_format="%Y-%m-%d %T %z"}' vg`,
    );
    expect(shellLine(["lvs", "vg"])).toBe(`lvs -qq --config 'report{time_format="%Y-%m-%d %T %z"}' vg`);
    for (const cmd of ["exit", "quit", "lastlog", "help", "-x", ""]) expect(shellLine([cmd])).toBeUndefined();
    expect(shellLine(["lvs", ...Array.from({ length: 70 }, () => "x")])).toBeUndefined();
  });
});

describe("CommandRunner with an lvm shell pool", () => {
  const pools: LvmShellPool[] = [];
  afterEach(async () => {
    for (const p of pools.splice(0)) await p.close();
  });

  function setup(env: Record<string, string> = {}, poolOptions: { idleMs?: number; log?: typeof log } = {}) {
    const dir = mkdtempSync(join(tmpdir(), "lvmctl-shell-"));
    const state = join(dir, "state");
    writeFileSync(state, "");
    Object.assign(process.env, { FAKE_SHELL_STATE: state, FAKE_SHELL_BROKEN: "0", ...env });
    const pool = new LvmShellPool({ binary: FAKE, maxShells: 2, idleMs: poolOptions.idleMs }, poolOptions.log ?? log);
    pools.push(pool);
    const runner = new CommandRunner(log, undefined, { lvmShell: pool });
    return { pool, runner, changes: () => readFileSync(state, "utf8").split("\n").filter(Boolean) };
  }

  it("runs commands in one long-lived process and reports failures like exec", async () => {
    const { pool, runner } = setup();
    expect(await pool.warmUp()).toBe(true);
    const r = await runner.run([FAKE, "lvs", "vg0"], { mutating: false });
    expect(JSON.parse(r.stdout).report[0].lv[0].name).toBe("vg0");
    const pids = pool.pids();
    await runner.run([FAKE, "vgs", "vg0"], { mutating: false });
    expect(pool.pids()).toEqual(pids);
    const err = await runner.run([FAKE, "fail", "nope"], { mutating: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err).toMatchObject({ failure: "exit", exitCode: 5 });
    expect((err as CommandError).stderr).toContain('Volume group "nope" not found');
  });

  it("answers a read from its report before the command's status when asked to", async () => {
    const { runner } = setup();
    const r = await runner.run([FAKE, "lvs", "vg9"], { mutating: false, earlyReport: (s) => s.includes('"vg9"') });
    expect(JSON.parse(r.stdout)).toEqual({ report: [{ lv: [{ name: "vg9" }] }] });
  });

  it("re-runs a read through exec when the shell dies under it", async () => {
    const { runner } = setup();
    // The fake answers "diebefore" by dying; exec'd with arguments it just exits 0 (no shell).
    const r = await runner.run([FAKE, "diebefore", "x"], { mutating: false });
    expect(r.stdout).toBe("");
  });

  it("never runs a mutation twice: the shell died after the change, verify() sees it", async () => {
    const { runner, changes } = setup();
    let verified = 0;
    await runner.run([FAKE, "dieafter", "lv1"], {
      mutating: true,
      verify: async () => {
        verified++;
        return changes().includes("lv1");
      },
    });
    expect(verified).toBe(1);
    expect(changes()).toEqual(["lv1"]);
  });

  it("runs a mutation once through exec when the shell died before making it", async () => {
    const { runner, changes } = setup();
    let verified = 0;
    await runner.run([FAKE, "diebefore", "lv2"], {
      mutating: true,
      verify: async () => {
        verified++;
        return changes().includes("lv2");
      },
    });
    // exec ran the fake with arguments (not a shell): it exits 0 at once; what matters is one verify and no shell retry.
    expect(verified).toBe(1);
  });

  it("fails a mutation whose outcome is unknown when there is no verify", async () => {
    const { runner } = setup();
    await expect(runner.run([FAKE, "dieafter", "lv3"], { mutating: true })).rejects.toMatchObject({
      failure: "signal",
    });
  });

  it("kills a shell whose read outlives its timeout, and keeps serving", async () => {
    const { runner } = setup();
    await expect(runner.run([FAKE, "slow", "5000"], { mutating: false, timeoutMs: 200 })).rejects.toMatchObject({
      failure: "timeout",
    });
    const r = await runner.run([FAKE, "lvs", "vg1"], { mutating: false });
    expect(r.stdout).toContain("vg1");
  });

  it("stops waiting for a cancelled read", async () => {
    const { runner } = setup();
    const ac = new AbortController();
    const p = runner.run([FAKE, "slow", "3000"], { mutating: false, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await expect(p).rejects.toMatchObject({ failure: "cancelled" });
  });

  it("falls back to exec for good when the shell cannot start", async () => {
    const { pool, runner } = setup({ FAKE_SHELL_BROKEN: "1" });
    expect(await pool.warmUp()).toBe(false);
    expect(pool.disabled).toMatch(/disabled/);
    // exec: the fake exits 5 at once when broken.
    await expect(runner.run([FAKE, "lvs", "vg"], { mutating: false })).rejects.toMatchObject({
      failure: "exit",
      exitCode: 5,
    });
  });

  it("discards a shell that breaks the protocol", async () => {
    const { runner } = setup();
    await expect(runner.run([FAKE, "garbage"], { mutating: false })).resolves.toMatchObject({ stdout: "" });
    const r = await runner.run([FAKE, "lvs", "vg2"], { mutating: false });
    expect(r.stdout).toContain("vg2");
  });

  it("never answers a command with a reply meant for another", async () => {
    const { runner } = setup();
    // `twice` answers, and answers again 50 ms later, while the next read runs.
    await runner.run([FAKE, "twice", "50"], { mutating: false });
    const r = await runner.run([FAKE, "slow", "300"], { mutating: false });
    // The stray reply is refused (the shell is discarded) and the read re-runs through exec.
    expect(r.stdout).not.toContain("stray");
  });

  it("closes an idle shell without taking lvm's answer to `exit` for a stray reply", async () => {
    const lines: string[] = [];
    const recording = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const { pool, runner } = setup({}, { idleMs: 50, log: recording });
    // Two reads at once: a second shell starts, and is closed once it idles.
    await Promise.all([
      runner.run([FAKE, "slow", "200"], { mutating: false }),
      runner.run([FAKE, "slow", "200"], { mutating: false }),
    ]);
    await vi.waitFor(() => expect(pool.pids()).toHaveLength(1), { timeout: 2000 });
    await vi.waitFor(() => expect(lines.some((l) => l.includes("lvm shell ended"))).toBe(true), { timeout: 2000 });
    const ended = lines.filter((l) => l.includes("lvm shell ended")).map((l) => JSON.parse(l) as { reason: string });
    expect(ended.map((e) => e.reason)).toEqual(["closed"]);
  });
});
