import { describe, expect, it } from "vitest";
import { KeyedMutex } from "../../src/server/keyed-mutex.js";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("KeyedMutex", () => {
  it("runs work on one key one at a time, in order, and other keys in parallel", async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const job = (key: string, id: string, ms: number) =>
      m.run(key, async () => {
        log.push(`start ${id}`);
        await tick(ms);
        log.push(`end ${id}`);
      });
    await Promise.all([job("a", "a1", 30), job("a", "a2", 1), job("b", "b1", 5)]);
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    expect(log.indexOf("start b1")).toBeLessThan(log.indexOf("end a1"));
    expect(m.busyKeys).toBe(0);
  });

  it("releases the key when work fails", async () => {
    const m = new KeyedMutex();
    await expect(m.run("a", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(m.run("a", async () => 42)).resolves.toBe(42);
    expect(m.busyKeys).toBe(0);
  });
});
