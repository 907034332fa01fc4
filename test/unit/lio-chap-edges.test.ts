// The CHAP host key file where it goes wrong: another owner, a path that
// cannot hold it, and what a new key leaves behind.
import { chown, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChapKey } from "../../src/server/lio/chap.js";
import { SKIP_ROOT_TESTS } from "../support/prereq.js";

describe("CHAP host key file", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lvmctl-chap-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("says which file is missing and how to recover", async () => {
    const file = join(dir, "chap.key");
    await expect(new ChapKey(file).get(false)).rejects.toMatchObject({
      code: "FAILED_PRECONDITION",
      message: `CHAP key file ${file} is missing; turn CHAP off and on again (UpdateExport) to issue new credentials`,
    });
  });

  it("refuses a key of the wrong size or mode, naming the file", async () => {
    const file = join(dir, "chap.key");
    await writeFile(file, Buffer.alloc(31), { mode: 0o600 });
    await expect(new ChapKey(file).get(true)).rejects.toMatchObject({
      code: "FAILED_PRECONDITION",
      message: `CHAP key file ${file} must hold 32 bytes`,
    });
    await rm(file);
    await writeFile(file, Buffer.alloc(32), { mode: 0o640 });
    await expect(new ChapKey(file).get(true)).rejects.toMatchObject({
      code: "FAILED_PRECONDITION",
      message: `CHAP key file ${file} must be a regular file owned by lvmctld's user with mode 0600`,
    });
  });

  it("refuses a directory where the key should be", async () => {
    const file = join(dir, "chap.key");
    await mkdir(file, { mode: 0o700 });
    await expect(new ChapKey(file).get(true)).rejects.toMatchObject({
      code: "FAILED_PRECONDITION",
      message: /must be a regular file/,
    });
  });

  it.skipIf(SKIP_ROOT_TESTS)("refuses a key owned by another user", async () => {
    if (process.getuid?.() !== 0)
      throw new Error("this test needs root (chown); set LVMCTL_SKIP_ROOT_TESTS=1 to skip it explicitly");
    const file = join(dir, "chap.key");
    await writeFile(file, Buffer.alloc(32), { mode: 0o600 });
    await chown(file, 65534, 65534);
    await expect(new ChapKey(file).get(true)).rejects.toMatchObject({
      code: "FAILED_PRECONDITION",
      message: /owned by lvmctld's user/,
    });
  });

  it("passes on errors other than a missing file instead of creating a key", async () => {
    await writeFile(join(dir, "file"), "");
    const under = join(dir, "file", "chap.key");
    await expect(new ChapKey(under).get(false)).rejects.toMatchObject({ code: "ENOTDIR" });
    await expect(new ChapKey(under).get(true)).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  it("leaves only the key behind when it makes one", async () => {
    const file = join(dir, "chap.key");
    await new ChapKey(file).get(true);
    expect(await readdir(dir)).toEqual(["chap.key"]);
  });
});
