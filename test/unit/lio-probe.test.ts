import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandRunner } from "../../src/server/exec/runner.js";
import type { Inventory } from "../../src/server/inventory.js";
import { Exporter, type ExportOptions } from "../../src/server/lio/exporter.js";
import { probeLio } from "../../src/server/lio/probe.js";

let dir: string;
let bus: Server | undefined;
const savedBus = process.env.DBUS_SYSTEM_BUS_ADDRESS;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lvmctl-probe-"));
});
afterEach(async () => {
  bus?.close();
  bus = undefined;
  if (savedBus === undefined) delete process.env.DBUS_SYSTEM_BUS_ADDRESS;
  else process.env.DBUS_SYSTEM_BUS_ADDRESS = savedBus;
  await rm(dir, { recursive: true, force: true });
});

async function listenBus(): Promise<void> {
  const path = join(dir, "system_bus_socket");
  bus = createServer((s) => s.destroy());
  await new Promise<void>((resolve) => bus!.listen(path, resolve));
  process.env.DBUS_SYSTEM_BUS_ADDRESS = `unix:path=${path}`;
}

describe("probing LIO without starting targetcli", () => {
  it("names the first thing missing: configfs, targetcli, the system D-Bus", async () => {
    expect(await probeLio(join(dir, "nope"), process.execPath)).toMatch(/does not exist: configfs is not mounted/);
    expect(await probeLio(dir, join(dir, "targetcli"))).toMatch(/not found or not executable: install targetcli-fb/);
    process.env.DBUS_SYSTEM_BUS_ADDRESS = `unix:path=${join(dir, "no-bus")}`;
    expect(await probeLio(dir, process.execPath)).toMatch(
      /cannot connect to the system D-Bus at .*no-bus \(ENOENT\).*dbus-daemon --system/,
    );
    await listenBus();
    expect(await probeLio(dir, process.execPath)).toBeUndefined();
  });
});

describe("export availability", () => {
  const opts = (over: Partial<ExportOptions>): ExportOptions => ({
    targetcliBinary: process.execPath,
    iqnPrefix: "iqn.2026-11.io.lvmctl",
    portals: [{ address: "0.0.0.0", port: 3260 }],
    chapKeyFile: join(dir, "chap.key"),
    configfsRoot: join(dir, "no-configfs"),
    ...over,
  });
  const exporter = (o: ExportOptions) =>
    new Exporter({ volumeGroups: ["vg0"] } as unknown as Inventory, {} as CommandRunner, o, pino({ level: "silent" }));

  it("is FAILED_PRECONDITION when switched off, and never SERVING", async () => {
    const e = exporter(opts({ disabledReason: "started with --no-exports" }));
    const serving: boolean[] = [];
    e.start((s) => serving.push(s));
    expect(serving).toEqual([false]);
    expect(() => e.requireAvailable()).toThrow(
      expect.objectContaining({ code: "FAILED_PRECONDITION", message: expect.stringMatching(/--no-exports/) }),
    );
  });

  it("is UNAVAILABLE with the reason on a host without LIO, while it keeps retrying", async () => {
    const e = exporter(opts({}));
    const serving = await new Promise<boolean>((resolve) => e.start(resolve));
    e.stop();
    expect(serving).toBe(false);
    expect(() => e.requireAvailable()).toThrow(
      expect.objectContaining({ code: "UNAVAILABLE", message: expect.stringMatching(/no-configfs does not exist/) }),
    );
  });
});
