// SIGHUP's decisions (reload.ts): which changed keys apply and which need a
// restart, all-or-nothing on a failed load, and the one log line.
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import type { DaemonConfig, LoadedConfig } from "../../src/server/config.js";
import { diffSettings, reloadConfig, RELOADABLE_KEYS } from "../../src/server/reload.js";

function logger(level = "info") {
  const lines: Array<{ level: number; msg: string; [k: string]: unknown }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { log: pino({ level }, sink), lines };
}

const loaded = (settings: Record<string, unknown>): LoadedConfig => ({
  cfg: { logLevel: settings["log-level"] } as DaemonConfig,
  configFile: "/etc/lvmctl/lvmctld.toml",
  settings,
});

describe("diffSettings", () => {
  it("applies log level, roles file and TLS files; everything else needs a restart", () => {
    expect(RELOADABLE_KEYS).toEqual(["log-level", "auth-file", "tls-cert", "tls-key", "tls-client-ca"]);
    const running = {
      "log-level": "info",
      "auth-file": "/a",
      "tls-cert": "/c",
      listen: ["unix:///x"],
      "max-connections": "1",
    };
    expect(
      diffSettings(running, {
        ...running,
        "log-level": "debug",
        "auth-file": undefined,
        "tls-cert": "/d",
        listen: ["unix:///y"],
      }),
    ).toEqual({ changed: ["log-level", "auth-file", "tls-cert"], needsRestart: ["listen"] });
    expect(diffSettings(running, { ...running })).toEqual({ changed: [], needsRestart: [] });
  });

  it("needs a restart to turn TLS on or off (the listeners were bound for one or the other)", () => {
    const off = { "tls-cert": undefined, "tls-key": undefined, "tls-client-ca": undefined };
    const on = { "tls-cert": "/c", "tls-key": "/k", "tls-client-ca": "/ca" };
    expect(diffSettings(off, on)).toEqual({ changed: [], needsRestart: ["tls-cert", "tls-key", "tls-client-ca"] });
    expect(diffSettings(on, off).needsRestart).toEqual(["tls-cert", "tls-key", "tls-client-ca"]);
    // Mutual TLS on or off with TLS staying on is applied.
    expect(diffSettings({ ...on, "tls-client-ca": undefined }, on)).toEqual({
      changed: ["tls-client-ca"],
      needsRestart: [],
    });
  });
});

describe("reloadConfig", () => {
  const running = { "log-level": "info", "max-connections": "1024" };

  it("applies, logs one line naming what changed and what needs a restart, and keeps restart-only keys' running values", () => {
    const { log, lines } = logger();
    const applied: DaemonConfig[] = [];
    const now = reloadConfig(
      () => loaded({ "log-level": "debug", "max-connections": "2048" }),
      { reload: (cfg) => (applied.push(cfg), ["log-level debug", "auth-file off (everyone may call)"]) },
      running,
      log,
    );
    expect(applied.map((c) => c.logLevel)).toEqual(["debug"]);
    expect(now).toEqual({ "log-level": "debug", "max-connections": "1024" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, changed: ["log-level"], needsRestart: ["max-connections"] });
    expect(lines[0].msg).toBe(
      "SIGHUP: configuration reloaded (changed: log-level; applied: log-level debug; auth-file off (everyone may call); needs a restart: max-connections)",
    );
  });

  it("logs at warn when the level in force hides info", () => {
    const { log, lines } = logger("warn");
    reloadConfig(() => loaded({ ...running, "log-level": "warn" }), { reload: () => [] }, running, log);
    expect(lines.map((l) => l.level)).toEqual([40]);
  });

  it("keeps the running settings and logs the error when loading or applying fails", () => {
    const { log, lines } = logger();
    const failLoad = reloadConfig(
      () => {
        throw new Error('/etc/lvmctl/lvmctld.toml line 3: unknown key "x"');
      },
      { reload: () => expect.unreachable() },
      running,
      log,
    );
    const failApply = reloadConfig(
      () => loaded({ ...running, "log-level": "debug" }),
      {
        reload: () => {
          throw new Error("--auth-file /r: readable or writable by every user");
        },
      },
      running,
      log,
    );
    expect(failLoad).toBe(running);
    expect(failApply).toBe(running);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [
        50,
        'SIGHUP: configuration not reloaded, the running one stays: /etc/lvmctl/lvmctld.toml line 3: unknown key "x"',
      ],
      [
        50,
        "SIGHUP: configuration not reloaded, the running one stays: --auth-file /r: readable or writable by every user",
      ],
    ]);
  });
});
