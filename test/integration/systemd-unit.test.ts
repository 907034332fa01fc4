// deploy/systemd/lvmctld.service checked by systemd's own tool. Neither
// `systemd-analyze verify` nor `security --offline` needs systemd running as
// PID 1, but verify refuses an ExecStart binary that does not exist, and
// lvmctld is not installed here: the test verifies a copy whose ExecStart
// points at a stand-in executable, every other line unchanged.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDaemonConfig } from "../../src/server/config.js";

const run = promisify(execFile);
const UNIT = new URL("../../deploy/systemd/lvmctld.service", import.meta.url).pathname;
const INSTALLED_BIN = "/usr/bin/lvmctld";

/** The unit's `Key=value` lines of one section, in order. */
function directives(text: string, section: string): Array<[string, string]> {
  const body = text.split(/^\[/m).find((s) => s.startsWith(`${section}]`)) ?? "";
  return body
    .split("\n")
    .filter((l) => /^[A-Za-z]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]);
}

describe("deploy/systemd/lvmctld.service", () => {
  const text = readFileSync(UNIT, "utf8");
  const service = directives(text, "Service");
  const value = (key: string) => service.filter(([k]) => k === key).map(([, v]) => v);
  let dir: string;
  let copy: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lvmctl-unit-"));
    const bin = join(dir, "lvmctld");
    copyFileSync("/bin/true", bin);
    copy = join(dir, "lvmctld.service");
    expect(value("ExecStart")[0]).toMatch(new RegExp(`^${INSTALLED_BIN} `));
    writeFileSync(copy, text.replace(`ExecStart=${INSTALLED_BIN} `, `ExecStart=${bin} `));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes systemd-analyze verify", async () => {
    const { stdout, stderr } = await run("systemd-analyze", ["verify", copy]).catch((err: Error) => {
      throw new Error(`systemd-analyze verify failed (apt-get install systemd if it is missing): ${err.message}`);
    });
    expect(stdout + stderr).toBe("");
  });

  it("has a systemd-analyze security exposure of at most 4.0 (OK)", async () => {
    const { stdout } = await run("systemd-analyze", ["security", "--offline=yes", "--no-pager", copy]);
    const m = /Overall exposure level for lvmctld\.service: (\d+\.\d+) (\w+)/.exec(stdout);
    expect(m, stdout).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(4.0);
  });

  it("starts the daemon with the configuration file, and reloads it with SIGHUP", () => {
    expect(value("ExecStart")).toEqual([`${INSTALLED_BIN} --config /etc/lvmctl/lvmctld.toml`]);
    expect(value("ExecReload")).toEqual(["/bin/kill -HUP $MAINPID"]);
    // lvmctld takes the flag the unit passes.
    const cfgFile = join(dir, "lvmctld.toml");
    writeFileSync(cfgFile, 'volume-group = ["vg0"]\n');
    expect(loadDaemonConfig(["--config", cfgFile], "test").cfg.volumeGroups).toEqual(["vg0"]);
  });

  it("stops within a timeout above the daemon's default shutdown grace", () => {
    const grace = loadDaemonConfig(["--volume-group", "vg0"], "test").cfg.shutdownGraceMs / 1000;
    const timeout = Number(value("TimeoutStopSec")[0]);
    expect(timeout).toBeGreaterThan(grace + 60);
    expect(value("KillMode")).toEqual(["mixed"]);
    expect(value("KillSignal")).toEqual(["SIGTERM"]);
    expect(value("Restart")).toEqual(["on-failure"]);
  });

  it("sandboxes the daemon as the issue asks, leaving device-mapper and block devices reachable", () => {
    expect(value("ProtectSystem")).toEqual(["strict"]);
    const writable = value("ReadWritePaths").join(" ").split(/\s+/);
    for (const path of ["/etc/lvm", "/run/lvm", "/run/lock", "/etc/target", "/var/lib/lvmctl", "/sys/kernel/config"])
      expect(writable.map((p) => p.replace(/^-/, ""))).toContain(path);
    expect(value("ProtectHome")).toEqual(["yes"]);
    expect(value("PrivateTmp")).toEqual(["yes"]);
    expect(value("NoNewPrivileges")).toEqual(["yes"]);
    expect(value("RuntimeDirectory")).toEqual(["lvmctl"]);
    expect(value("StandardOutput")).toEqual(["journal"]);
    expect(value("CapabilityBoundingSet")[0].split(" ")).toContain("CAP_SYS_ADMIN");
    expect(value("DevicePolicy")).toEqual(["closed"]);
    const devices = value("DeviceAllow");
    for (const d of ["block-device-mapper rwm", "block-loop rwm", "/dev/mapper/control rw"])
      expect(devices).toContain(d);
  });

  it("explains each hardening directive in a comment above it", () => {
    const lines = text.split("\n");
    const hardening = /^(Protect|Private|Restrict|Capability|Device|NoNew|SystemCall|LockPersonality|ReadWritePaths)/;
    lines.forEach((line, i) => {
      if (!hardening.test(line)) return;
      // Walk up over the directive block to its comment.
      let j = i - 1;
      while (j >= 0 && /^[A-Za-z]+=/.test(lines[j])) j--;
      expect(lines[j] ?? "", `no comment above ${line}`).toMatch(/^#/);
    });
  });
});
