// The create journal: how lvmctld keeps a creation invisible until it is
// acknowledged, for the price of two fdatasyncs of a local file instead of a
// second lvm metadata commit.
//
// Protocol (Inventory.create): append "begin vg/name" and fdatasync it, then
// run lvcreate (the LV carries lvmctl.managed only), fill it if asked, append
// "done" and fdatasync it, then answer. An lvmctl LV with a begin and no done
// is not a volume yet: reads hide it, a retry of the same request finishes it
// (done), anything else removes it (abort). At start-up every begin without a
// done is settled before serving: its LV, if there is one and it was created
// after the begin, was never acknowledged and is removed. The LV tags stay the
// source of truth for everything else; the journal only says which lvmctl LVs
// are still unfinished.
//
// One journal per VG: <state-dir>/<vg>.create-journal, one record per line
// (record.ts), appended with O_APPEND and fdatasync'd before the caller goes
// on. Daemons serving different VGs share a state directory; a VG's journal
// has one writer, the holder of <vg>.lock (lock.ts). It is read when the
// daemon is built, so pending LVs are hidden from the first request on, and
// taken (locked, read again, opened for appends) by the start-up checks,
// which retry while another lvmctld, e.g. one still draining, holds it.
// Reading it:
// - a bad line at the end (bad checksum, cut short, zeros) is a torn write:
//   the append that wrote it never returned, so its lvcreate never ran (a
//   begin) or its volume was never acknowledged (a done, whose LV is then
//   removed). It is cut off and the journal goes on.
// - a bad line followed by an intact one is corruption (the disk lost data
//   that was fsynced): lvmctld refuses to start and says how to recover, since
//   guessing could delete an acknowledged volume (a lost done) or show an
//   unacknowledged one (a lost begin).
// Compaction rewrites the file with only the begins still open: a temporary
// file, fdatasync, rename over the journal, fsync of the directory. A crash
// before the rename leaves the old journal (the temporary file is deleted at
// the next start), after it the new one; both say the same.
import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  write,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { LvmctlError } from "../errors.js";
import { lockStateDir } from "./lock.js";
import { decodeRecord, encodeRecord, type JournalRecord } from "./record.js";

export const journalFile = (vg: string) => `${vg}.create-journal`;
/** Past this size a done or abort triggers a compaction (~2,500 creations of ~100-byte records). */
const COMPACT_AT_BYTES = 256 * 1024;

/** The two file operations of an append (tests replace them to watch their order or make them fail). */
export interface JournalIo {
  write(fd: number, data: Buffer): Promise<void>;
  datasync(fd: number): Promise<void>;
}

const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);

const fileIo: JournalIo = {
  async write(fd, data) {
    let off = 0;
    while (off < data.length) off += (await writeAsync(fd, data, off, data.length - off)).bytesWritten;
  },
  datasync: (fd) => fdatasyncAsync(fd),
};

export interface CreateJournalOptions {
  compactAtBytes?: number;
  io?: JournalIo;
  /** Called between the steps of a compaction (tests throw here to crash it midway). */
  compactStep?: (step: "synced" | "renamed") => void;
}

/** What opening found beyond the records: for the start-up log. */
export interface OpenReport {
  /** Bytes of a torn last record that were cut off. */
  tornBytes: number;
}

export class CreateJournal {
  readonly path: string;
  /** Open begins (no done or abort yet), keyed by vg/name. */
  private readonly open = new Map<string, JournalRecord>();
  private seq = 0;
  /** The last seq on disk: compaction keeps only begins already written (later ones are still to be appended). */
  private writtenSeq = 0;
  private size = 0;
  /** Open for appends once taken (acquire). */
  private fd: number | undefined;
  private release: (() => void) | undefined;
  private queue: Promise<void> = Promise.resolve();
  private broken: Error | undefined;
  private closed = false;

  /**
   * Reads the journal of `vg` in `dir` (creating the directory when missing)
   * without taking it: enough to know which LVs are pending. Synchronous, run
   * once before anything is served. Throws when the journal is corrupt.
   */
  constructor(
    private readonly dir: string,
    readonly vg: string,
    private readonly opts: CreateJournalOptions = {},
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, journalFile(vg));
    this.load(readJournal(this.path).records);
  }

  /** True once this process holds the journal and may append to it. */
  get taken(): boolean {
    return this.fd !== undefined;
  }

  /**
   * Takes the journal for appends: locks it, reads it again (a previous holder
   * may have written since), cuts off a torn last record and opens it. Does
   * nothing when already taken. Throws when a live process holds it or it is
   * corrupt (the start-up checks log that and retry). Returns the torn bytes cut off.
   */
  acquire(): OpenReport {
    if (this.fd !== undefined || this.closed) return { tornBytes: 0 };
    const release = lockStateDir(this.dir, this.vg);
    try {
      // A compaction that crashed before its rename: the journal itself is whole.
      rmSync(`${this.path}.tmp`, { force: true });
      const { records, validBytes, totalBytes } = readJournal(this.path);
      const fd = openSync(this.path, "a", 0o600);
      if (totalBytes > validBytes) {
        ftruncateSync(fd, validBytes);
        fdatasyncSync(fd);
      }
      if (totalBytes === 0) syncDir(this.dir); // the file may be new: make its name durable before relying on it
      this.load(records);
      this.size = validBytes;
      this.fd = fd;
      this.release = release;
      return { tornBytes: totalBytes - validBytes };
    } catch (err) {
      release();
      throw err;
    }
  }

  private load(records: JournalRecord[]): void {
    this.open.clear();
    for (const r of records) {
      if (r.op === "begin") this.open.set(key(r.vg, r.name), r);
      else this.open.delete(key(r.vg, r.name));
    }
    this.seq = records.at(-1)?.seq ?? 0;
    this.writtenSeq = this.seq;
  }

  /** True when vg/name has a begin and no done or abort: an LV of that name is not a volume yet. */
  isPending(vg: string, name: string): boolean {
    return this.open.has(key(vg, name));
  }

  get hasPending(): boolean {
    return this.open.size > 0;
  }

  /** The open begins, oldest first (optionally of one VG). */
  pending(vg?: string): JournalRecord[] {
    return [...this.open.values()].filter((r) => vg === undefined || r.vg === vg);
  }

  /**
   * Records that an lvcreate of vg/name may follow. vg/name counts as pending
   * from this call on (so reads hide its LV however fast lvcreate is); the
   * promise resolves once the record is on disk, and only then may lvcreate run.
   */
  async begin(vg: string, name: string): Promise<JournalRecord> {
    const record: JournalRecord = { seq: ++this.seq, op: "begin", vg, name, at: Date.now() };
    const k = key(vg, name);
    const previous = this.open.get(k);
    this.open.set(k, record);
    try {
      await this.append(record);
    } catch (err) {
      if (this.open.get(k) === record) {
        if (previous) this.open.set(k, previous);
        else this.open.delete(k);
      }
      throw err;
    }
    return record;
  }

  /** Records that vg/name's creation finished; it stops being pending once that is on disk (then it may be acknowledged). */
  done(vg: string, name: string, lvUuid?: string): Promise<void> {
    return this.close({ seq: ++this.seq, op: "done", vg, name, lvUuid });
  }

  /** Records that nothing of vg/name's creation remains (its LV was removed, or never made). */
  abort(vg: string, name: string): Promise<void> {
    return this.close({ seq: ++this.seq, op: "abort", vg, name });
  }

  /** Rewrites the journal with only the open begins (after start-up recovery; also done on its own as it grows). */
  compact(): Promise<void> {
    return this.enqueue(() => this.rewrite());
  }

  /** Closes the file and releases the lock (tests; the daemon keeps both until it exits). */
  async shutdown(): Promise<void> {
    await this.queue;
    if (this.closed) return;
    this.closed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.release?.();
  }

  private async close(record: JournalRecord): Promise<void> {
    const k = key(record.vg, record.name);
    await this.append(record);
    this.open.delete(k);
    if (this.size >= (this.opts.compactAtBytes ?? COMPACT_AT_BYTES)) void this.compact().catch(() => undefined);
  }

  private append(record: JournalRecord): Promise<void> {
    return this.enqueue(async () => {
      const fd = this.writableFd();
      const data = Buffer.from(encodeRecord(record));
      const io = this.opts.io ?? fileIo;
      try {
        await io.write(fd, data);
        await io.datasync(fd);
      } catch (err) {
        // What reached the disk is unknown now: no further record may be trusted to land after it.
        this.broken = err as Error;
        throw this.unwritable();
      }
      this.size += data.length;
      this.writtenSeq = record.seq;
    });
  }

  /** Runs `step` after everything queued before it: appends and compactions never interleave. */
  private enqueue<T>(step: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new LvmctlError("UNAVAILABLE", "the create journal is closed");
      if (this.broken) throw this.unwritable();
      return step();
    });
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private writableFd(): number {
    if (this.fd === undefined)
      throw new LvmctlError(
        "UNAVAILABLE",
        `the create journal ${this.path} is not taken yet (lvmctld is starting, or another lvmctld holds it); nothing was changed, retry later`,
      );
    return this.fd;
  }

  private rewrite(): void {
    const oldFd = this.writableFd();
    const keep = [...this.open.values()].filter((r) => r.seq <= this.writtenSeq).sort((a, b) => a.seq - b.seq);
    const text = keep.map(encodeRecord).join("");
    const tmp = `${this.path}.tmp`;
    try {
      const fd = openSync(tmp, "w", 0o600);
      try {
        writeFileSync(fd, text);
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.opts.compactStep?.("synced");
      renameSync(tmp, this.path);
      this.opts.compactStep?.("renamed");
      syncDir(this.dir);
    } catch (err) {
      // The rename is the commit point; if it did not happen the old journal still holds, but appends go to
      // whichever file the name now denotes only after reopening: stop here rather than guess.
      this.broken = err as Error;
      throw this.unwritable();
    }
    closeSync(oldFd);
    this.fd = openSync(this.path, "a", 0o600);
    this.size = Buffer.byteLength(text);
  }

  private unwritable(): LvmctlError {
    return new LvmctlError(
      "UNAVAILABLE",
      `the create journal ${this.path} cannot be written (${this.broken?.message ?? "unknown error"}); no volume can be created until lvmctld is restarted`,
      { cause: this.broken },
    );
  }
}

const key = (vg: string, name: string) => `${vg}/${name}`;

function syncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The intact records of the journal at `path` and where they end; throws on corruption (see the header). */
export function readJournal(path: string): { records: JournalRecord[]; validBytes: number; totalBytes: number } {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { records: [], validBytes: 0, totalBytes: 0 };
    throw err;
  }
  const records: JournalRecord[] = [];
  let validBytes = 0;
  let firstBad: number | undefined;
  let corruptAt: number | undefined;
  let offset = 0;
  let lineNo = 0;
  while (offset < text.length) {
    lineNo++;
    const nl = text.indexOf(0x0a, offset);
    const end = nl === -1 ? text.length : nl + 1;
    const record = nl === -1 ? undefined : decodeRecord(text.toString("utf8", offset, nl));
    const prev = records.at(-1);
    if (record && prev !== undefined && record.seq <= prev.seq) {
      throw corrupt(path, lineNo, records, `its sequence number ${record.seq} does not follow ${prev.seq}`);
    }
    if (record) {
      records.push(record);
      if (firstBad === undefined) validBytes = end;
      else corruptAt ??= firstBad;
    } else firstBad ??= lineNo;
    offset = end;
  }
  if (corruptAt !== undefined) throw corrupt(path, corruptAt, records);
  return { records, validBytes, totalBytes: text.length };
}

function corrupt(
  path: string,
  line: number,
  records: JournalRecord[],
  why = "a damaged record is followed by intact ones",
): Error {
  const open = new Map<string, JournalRecord>();
  for (const r of records) {
    if (r.op === "begin") open.set(key(r.vg, r.name), r);
    else open.delete(key(r.vg, r.name));
  }
  const listed = [...open.keys()].join(", ") || "none";
  return new Error(
    `create journal ${path} is corrupt at line ${line} (${why}), so it cannot tell which creations were acknowledged. ` +
      `lvmctld will not start on it: repair the line, or move the file aside to start with an empty journal. ` +
      `Creations unfinished according to the intact records: ${listed}. With the file moved aside, LVs that were ` +
      `being created when lvmctld stopped become visible as volumes: check those by hand and remove the ones no client asked for.`,
  );
}
