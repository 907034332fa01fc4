// The create journal (src/server/journal): durable appends in order, reading
// back through torn tails and refusing corruption, compaction (also when it
// crashes midway), one writer per journal, and the unfinished mark it gives LVs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CreateJournal, journalFile, readJournal, type JournalIo } from "../../src/server/journal/create-journal.js";
import { decodeRecord, encodeRecord, type JournalRecord } from "../../src/server/journal/record.js";
import { isUnfinished, type LogicalVolume } from "../../src/server/lvm/model.js";

let dir: string;
const opened: CreateJournal[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lvmctl-journal-"));
});

afterEach(async () => {
  for (const j of opened.splice(0)) await j.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

/** A journal of VG "vg0" in the test directory, taken for appends unless told otherwise. */
function journal(opts: ConstructorParameters<typeof CreateJournal>[2] = {}, take = true): CreateJournal {
  const j = new CreateJournal(dir, "vg0", opts);
  opened.push(j);
  if (take) j.acquire();
  return j;
}

const file = () => join(dir, journalFile("vg0"));
const lines = () => readFileSync(file(), "utf8").split("\n").filter(Boolean);
const names = (j: CreateJournal) => j.pending().map((r) => r.name);
const rec = (seq: number, op: JournalRecord["op"], name: string): string =>
  encodeRecord({ seq, op, vg: "vg0", name, ...(op === "begin" ? { at: 1 } : {}) });

/** Reopens the journal from disk, as a restarted daemon would. */
async function reopen(j: CreateJournal, take = true): Promise<CreateJournal> {
  await j.shutdown();
  return journal({}, take);
}

describe("record", () => {
  it("round-trips and rejects anything that is not a whole, intact record", () => {
    const line = encodeRecord({ seq: 7, op: "done", vg: "vg0", name: "a", lvUuid: "u-1" });
    expect(line.endsWith("\n")).toBe(true);
    expect(decodeRecord(line.slice(0, -1))).toEqual({ seq: 7, op: "done", vg: "vg0", name: "a", lvUuid: "u-1" });
    const body = line.slice(0, -1);
    expect(decodeRecord(body.replace('"a"', '"b"'))).toBeUndefined(); // checksum no longer fits
    expect(decodeRecord(body.slice(0, -3))).toBeUndefined(); // cut short
    expect(decodeRecord("\0".repeat(body.length))).toBeUndefined();
    expect(decodeRecord("")).toBeUndefined();
    const forged = (json: string) => encodeRecord(JSON.parse(json) as JournalRecord).slice(0, -1);
    expect(decodeRecord(forged('{"seq":1,"op":"drop","vg":"v","name":"n"}'))).toBeUndefined();
    expect(decodeRecord(forged('{"seq":1.5,"op":"begin","vg":"v","name":"n"}'))).toBeUndefined();
    expect(decodeRecord(forged('{"seq":1,"op":"begin","vg":"v"}'))).toBeUndefined();
    expect(decodeRecord(forged('{"seq":1,"op":"begin","vg":"v","name":"n","at":"x"}'))).toBeUndefined();
    expect(decodeRecord(forged('{"seq":1,"op":"done","vg":"v","name":"n","lvUuid":5}'))).toBeUndefined();
    expect(decodeRecord(forged("[1]"))).toBeUndefined();
    expect(decodeRecord(forged("null"))).toBeUndefined();
  });
});

describe("appends", () => {
  it("keeps begins without a done or abort pending, across a restart", async () => {
    const j = journal();
    await j.begin("vg0", "a");
    await j.begin("vg0", "b");
    await j.begin("vg0", "c");
    await j.done("vg0", "a", "uuid-a");
    await j.abort("vg0", "c");
    expect(names(j)).toEqual(["b"]);
    expect(j.isPending("vg0", "b")).toBe(true);
    expect(j.isPending("vg0", "a")).toBe(false);
    expect(lines().map((l) => decodeRecord(l)?.op)).toEqual(["begin", "begin", "begin", "done", "abort"]);
    expect(decodeRecord(lines()[3])).toMatchObject({ seq: 4, name: "a", lvUuid: "uuid-a" });
    const again = await reopen(j);
    expect(names(again)).toEqual(["b"]);
    await again.begin("vg0", "d");
    expect(decodeRecord(lines().at(-1)!)?.seq).toBe(6); // sequence numbers go on where they stopped
  });

  it("counts a creation pending from the call on, and resolves only after the record is written and fdatasync'd", async () => {
    const steps: string[] = [];
    let syncDone!: () => void;
    const io: JournalIo = {
      write: (_fd, data) => {
        steps.push(`write ${decodeRecord(data.toString().trimEnd())?.op}`);
        return Promise.resolve();
      },
      datasync: () => {
        steps.push("datasync");
        return new Promise<void>((resolve) => (syncDone = resolve));
      },
    };
    const j = journal({ io });
    let durable = false;
    const begun = j.begin("vg0", "a").then(() => (durable = true));
    expect(j.isPending("vg0", "a")).toBe(true); // hidden before lvcreate could possibly run
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toEqual(["write begin", "datasync"]);
    expect(durable).toBe(false);
    syncDone();
    await begun;
    expect(durable).toBe(true);

    // done: still pending until its record is durable, so nothing is shown before it could be acknowledged
    const finished = j.done("vg0", "a");
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toEqual(["write begin", "datasync", "write done", "datasync"]);
    expect(j.isPending("vg0", "a")).toBe(true);
    syncDone();
    await finished;
    expect(j.isPending("vg0", "a")).toBe(false);
  });

  it("writes concurrent appends one after the other, in call order", async () => {
    const j = journal();
    await Promise.all([j.begin("vg0", "a"), j.begin("vg0", "b"), j.begin("vg0", "c"), j.done("vg0", "b")]);
    expect(lines().map((l) => decodeRecord(l)?.seq)).toEqual([1, 2, 3, 4]);
    expect(names(j)).toEqual(["a", "c"]);
  });

  it("refuses every append after a failed one (what reached the disk is unknown), and forgets the failed begin", async () => {
    let fail = false;
    const real: JournalIo = {
      write: () => (fail ? Promise.reject(new Error("EIO: i/o error")) : Promise.resolve()),
      datasync: () => Promise.resolve(),
    };
    const j = journal({ io: real });
    await j.begin("vg0", "a");
    fail = true;
    await expect(j.begin("vg0", "b")).rejects.toMatchObject({ code: "UNAVAILABLE", message: /EIO/ });
    expect(j.isPending("vg0", "b")).toBe(false);
    fail = false;
    await expect(j.begin("vg0", "c")).rejects.toMatchObject({ code: "UNAVAILABLE", message: /restarted/ });
    await expect(j.done("vg0", "a")).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(j.isPending("vg0", "a")).toBe(true); // stays hidden: a restart settles it
  });

  it("refuses appends until the journal is taken, but knows what is pending from the start", async () => {
    const first = journal();
    await first.begin("vg0", "a");
    const reader = await reopen(first, false);
    expect(reader.taken).toBe(false);
    expect(names(reader)).toEqual(["a"]);
    await expect(reader.begin("vg0", "b")).rejects.toMatchObject({ code: "UNAVAILABLE", message: /not taken/ });
    expect(reader.isPending("vg0", "b")).toBe(false);
    reader.acquire();
    await reader.begin("vg0", "b");
    expect(names(reader)).toEqual(["a", "b"]);
  });
});

describe("reading back", () => {
  it("cuts off a torn last record (cut short, bad checksum or zeros) and appends cleanly after it", async () => {
    for (const tail of [
      rec(3, "done", "a").slice(0, 20),
      rec(3, "done", "a").replace("done", "dome"),
      "\0".repeat(64),
    ]) {
      writeFileSync(file(), rec(1, "begin", "a") + rec(2, "begin", "b") + tail);
      const j = journal({}, false);
      expect(names(j)).toEqual(["a", "b"]); // a torn done was never acknowledged: a is still unfinished
      expect(j.acquire().tornBytes).toBe(Buffer.byteLength(tail));
      await j.done("vg0", "b");
      expect(lines().map((l) => decodeRecord(l)?.seq)).toEqual([1, 2, 3]);
      await j.shutdown();
      opened.length = 0;
    }
  });

  it("refuses a journal with a damaged record before intact ones, naming the line and the unfinished creations", () => {
    const damaged = rec(2, "done", "a").replace('"a"', '"x"');
    writeFileSync(file(), rec(1, "begin", "a") + damaged + rec(3, "begin", "b"));
    expect(() => journal({}, false)).toThrow(/corrupt at line 2 .*move the file aside.*vg0\/a, vg0\/b/s);
    writeFileSync(file(), "garbage\n" + rec(1, "begin", "a"));
    expect(() => journal({}, false)).toThrow(/corrupt at line 1/);
  });

  it("refuses records whose sequence numbers do not increase", () => {
    writeFileSync(file(), rec(1, "begin", "a") + rec(3, "begin", "b") + rec(3, "done", "b"));
    expect(() => journal({}, false)).toThrow(/corrupt at line 3 \(its sequence number 3 does not follow 3\)/);
  });

  it("finds nothing pending in a missing or empty journal", () => {
    expect(readJournal(join(dir, "none"))).toEqual({ records: [], validBytes: 0, totalBytes: 0 });
    const j = journal();
    expect(j.hasPending).toBe(false);
    expect(existsSync(file())).toBe(true);
  });
});

describe("compaction", () => {
  it("keeps only the open begins, and the journal reads the same afterwards", async () => {
    const j = journal({ compactAtBytes: 1_000 });
    for (let i = 0; i < 40; i++) {
      await j.begin("vg0", `v${i}`);
      if (i % 10 !== 3) await j.done("vg0", `v${i}`);
    }
    await j.compact();
    expect(lines().map((l) => decodeRecord(l)?.name)).toEqual(["v3", "v13", "v23", "v33"]);
    const again = await reopen(j);
    expect(names(again)).toEqual(["v3", "v13", "v23", "v33"]);
    await again.begin("vg0", "next");
    expect(decodeRecord(lines().at(-1)!)?.seq).toBeGreaterThan(decodeRecord(lines().at(-2)!)!.seq);
  });

  it("runs by itself once the journal passes its size", async () => {
    const j = journal({ compactAtBytes: 2_000 });
    for (let i = 0; i < 100; i++) {
      await j.begin("vg0", `v${i}`);
      await j.done("vg0", `v${i}`);
    }
    await j.compact(); // waits for a compaction still queued
    expect(readFileSync(file()).length).toBeLessThan(2_000);
  });

  it("never keeps a begin that is not written yet (it is appended after the rewrite)", async () => {
    const j = journal();
    await j.begin("vg0", "a");
    const compacted = j.compact();
    const late = j.begin("vg0", "b");
    await Promise.all([compacted, late]);
    expect(lines().map((l) => decodeRecord(l)?.name)).toEqual(["a", "b"]);
  });

  it.each(["synced", "renamed"] as const)(
    "leaves a journal that reads the same when it crashes once %s",
    async (at) => {
      const j = journal({
        compactStep: (step) => {
          if (step === at) throw new Error(`crash ${step}`);
        },
      });
      await j.begin("vg0", "a");
      await j.begin("vg0", "b");
      await j.done("vg0", "a");
      await expect(j.compact()).rejects.toMatchObject({ code: "UNAVAILABLE", message: /crash/ });
      await expect(j.begin("vg0", "c")).rejects.toMatchObject({ code: "UNAVAILABLE" });
      expect(existsSync(`${file()}.tmp`)).toBe(at === "synced");
      const again = await reopen(j);
      expect(names(again)).toEqual(["b"]);
      expect(existsSync(`${file()}.tmp`)).toBe(false);
      await again.begin("vg0", "c");
      expect(names(again)).toEqual(["b", "c"]);
    },
  );
});

describe("one writer per journal", () => {
  it("refuses a second holder while the first lives, in this process or another", async () => {
    const first = journal();
    const second = journal({}, false);
    expect(() => second.acquire()).toThrow(/already held by this lvmctld/);
    await first.shutdown();
    second.acquire();
    expect(second.taken).toBe(true);
    await second.shutdown();
    // pid 1 is alive: its lock file (with its real start time) is respected
    const start = readFileSync("/proc/1/stat", "utf8").split(") ")[1].split(" ")[19];
    writeFileSync(join(dir, "vg0.lock"), `1 ${start}\n`);
    expect(() => journal({}, true)).toThrow(/held by another process \(pid 1\)/);
  });

  it("takes over the lock of a holder that died, or of a reused pid", async () => {
    writeFileSync(join(dir, "vg0.lock"), "999999999 1\n"); // no such process
    const j = journal();
    expect(j.taken).toBe(true);
    await j.shutdown();
    opened.length = 0;
    writeFileSync(join(dir, "vg0.lock"), "1 12345\n"); // pid 1, but not the process that took the lock
    expect(journal().taken).toBe(true);
  });

  it("lets journals of different VGs share a directory", async () => {
    const a = journal();
    const b = new CreateJournal(dir, "vg1");
    opened.push(b);
    b.acquire();
    await a.begin("vg0", "x");
    await b.begin("vg1", "x");
    expect(names(a)).toEqual(["x"]);
    expect(b.pending().map((r) => r.vg)).toEqual(["vg1"]);
  });
});

describe("unfinished LVs", () => {
  const lv = (tags: string[], creating?: true): LogicalVolume => ({
    name: "a",
    vgName: "vg0",
    uuid: "u",
    sizeBytes: 4n,
    attr: "-wi-------",
    layout: ["linear"],
    pool: "",
    origin: "",
    path: "",
    tags,
    createTime: "",
    dataPercent: undefined,
    metadataPercent: undefined,
    ...(creating ? { creating } : {}),
  });
  it("are lvmctl's LVs pending in the journal or tagged creating by an older lvmctl", () => {
    expect(isUnfinished(lv(["lvmctl.managed"], true))).toBe(true);
    expect(isUnfinished(lv(["lvmctl.managed", "lvmctl.creating"]))).toBe(true);
    expect(isUnfinished(lv(["lvmctl.managed"]))).toBe(false);
    expect(isUnfinished(lv([], true))).toBe(false); // never someone else's LV
  });
});
