import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChapKey, deriveChap, newChapNonce } from "../../src/server/lio/chap.js";

describe("CHAP credentials", () => {
  const key = Buffer.alloc(32, 7);

  it("derives a 128-bit hex secret, stable per volume and nonce", () => {
    const c = deriveChap(key, "uuid-1", "0123456789abcdef");
    expect(c).toEqual({ user: "lvmctl-0123456789abcdef", secret: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(deriveChap(key, "uuid-1", "0123456789abcdef")).toEqual(c);
    expect(deriveChap(key, "uuid-2", "0123456789abcdef").secret).not.toBe(c.secret);
    expect(deriveChap(key, "uuid-1", "0123456789abcdee").secret).not.toBe(c.secret);
    expect(deriveChap(Buffer.alloc(32, 8), "uuid-1", "0123456789abcdef").secret).not.toBe(c.secret);
    expect(newChapNonce()).toMatch(/^[0-9a-f]{16}$/);
    expect(newChapNonce()).not.toBe(newChapNonce());
  });

  describe("host key file", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), "lvmctl-chap-"));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("is created once, 0600, and reused", async () => {
      const file = join(dir, "state", "chap.key");
      await expect(new ChapKey(file).get(false)).rejects.toMatchObject({ code: "FAILED_PRECONDITION" });
      const [a, b] = await Promise.all([new ChapKey(file).get(true), new ChapKey(file).get(true)]);
      expect(a).toEqual(b);
      expect(a.length).toBe(32);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await new ChapKey(file).get(false)).toEqual(a);
      expect(await readFile(file)).toEqual(a);
    });

    it("is refused when others may read it or it has the wrong size", async () => {
      const file = join(dir, "chap.key");
      await writeFile(file, Buffer.alloc(32), { mode: 0o644 });
      await chmod(file, 0o644);
      await expect(new ChapKey(file).get(true)).rejects.toMatchObject({
        code: "FAILED_PRECONDITION",
        message: /mode 0600/,
      });
      await chmod(file, 0o600);
      await writeFile(file, Buffer.alloc(16));
      await expect(new ChapKey(file).get(true)).rejects.toMatchObject({ message: /32 bytes/ });
    });
  });
});
