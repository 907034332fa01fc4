// SIGHUP on a real lvmctld started with a configuration file: the new log
// level and roles file take effect, changed keys that need a restart are
// named, a broken file or an unusable roles file changes nothing (and the
// daemon keeps serving), and new TLS connections get the new certificate.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LvmctlClient } from "../../src/client/client.js";
import { startDaemon, type RunningDaemon } from "../support/daemon.js";
import { expectStatus } from "../support/grpc-status.js";
import { checkHealth } from "../support/health.js";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const TOKEN = "reload-test-token-0123456789";

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const logLines = (d: RunningDaemon): LogLine[] =>
  d
    .logs()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine);

/** Sends SIGHUP and returns the first log line about it that was not there before. */
async function hangUp(d: RunningDaemon): Promise<LogLine> {
  const before = logLines(d).length;
  d.process.kill("SIGHUP");
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const line = logLines(d)
      .slice(before)
      .find((l) => l.msg.startsWith("SIGHUP: "));
    if (line) return line;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no SIGHUP log line:\n${d.logs()}`);
}

/**
 * How many "rpc" lines a method has logged. The daemon writes a call's line
 * before it answers, but the pipe may deliver it after the answer, so this
 * waits 300 ms for lines still on their way (returning early only once there
 * are more than `expected`).
 */
async function rpcLines(d: RunningDaemon, method: string, expected = Infinity): Promise<number> {
  const count = () => logLines(d).filter((l) => l.msg === "rpc" && l.method === method).length;
  const deadline = Date.now() + 300;
  while (count() <= expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return count();
}

describe.skipIf(SKIP_ROOT_TESTS)("SIGHUP reload of the configuration file", () => {
  let vg: LoopVg;
  let dir: string;
  let d: RunningDaemon;
  let client: LvmctlClient;
  const configFile = () => join(dir, "lvmctld.toml");
  const rolesFile = () => join(dir, "roles");
  const writeConfig = (logLevel: string, maxConnections = 1024) =>
    writeFileSync(
      configFile(),
      `volume-group = ["${vg.name}"]\nauth-file = "${rolesFile()}"\nmax-connections = ${maxConnections}\nlog-level = "${logLevel}"\n`,
    );
  const writeRoles = (role: string) => {
    writeFileSync(rolesFile(), `${role} token ${TOKEN} tester\n`);
    chmodSync(rolesFile(), 0o600);
  };

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("reload");
    dir = mkdtempSync(join(tmpdir(), "lvmctl-reload-"));
    writeRoles("read-only");
    writeConfig("info");
    d = await startDaemon([], ["--config", configFile()]);
    client = new LvmctlClient({ server: d.server, token: TOKEN, timeoutMs: 30_000 });
  });

  afterAll(async () => {
    client?.close();
    await d?.stop();
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("applies the new log level and roles, and names the changed keys that need a restart", async () => {
    expect(logLines(d).find((l) => l.msg === "configuration file read")).toMatchObject({ configFile: configFile() });
    await client.volumes.listVolumes({});
    await expectStatus(client.volumes.createVolume({ name: "r1", sizeBytes: 4n << 20n }), "PERMISSION_DENIED");
    expect(await rpcLines(d, "CreateVolume", 1)).toBe(1);

    writeRoles("read-write");
    writeConfig("warn", 2048);
    const line = await hangUp(d);
    // Logged at warn: the new level hides info.
    expect(line).toMatchObject({ level: 40, changed: ["log-level"], needsRestart: ["max-connections"] });
    expect(line.msg).toMatch(
      /^SIGHUP: configuration reloaded \(changed: log-level; applied: log-level warn; auth-file 1 tokens/,
    );
    expect(line.msg).toMatch(/; needs a restart: max-connections\)$/);

    // The token is read-write now; the call is not logged any more (info is below warn).
    await client.volumes.createVolume({ name: "r1", sizeBytes: 4n << 20n });
    expect(vg.lvNames()).toContain("r1");
    expect(await rpcLines(d, "CreateVolume", 1)).toBe(1);

    // The restart-only key still differs from what runs, so it is named again.
    const again = await hangUp(d);
    expect(again).toMatchObject({ changed: [], needsRestart: ["max-connections"] });
  });

  it("keeps the running configuration and keeps serving when the file is broken", async () => {
    const logged = await rpcLines(d, "ListVolumes");
    writeFileSync(configFile(), `volume-group = ["${vg.name}"]\nlog-level = "info"\nlog_level = "debug"\n`);
    const line = await hangUp(d);
    expect(line.level).toBe(50);
    expect(line.msg).toContain(
      `configuration not reloaded, the running one stays: ${configFile()} line 3: unknown key "log_level"`,
    );
    expect(await checkHealth(d.server)).toBe("SERVING");
    await client.volumes.listVolumes({});
    // Still at warn, still the read-write roles.
    expect(await rpcLines(d, "ListVolumes", logged)).toBe(logged);
    await client.volumes.deleteVolume({ name: "r1" });
  });

  it("applies nothing when the roles file is unusable (all or nothing)", async () => {
    writeConfig("info");
    chmodSync(rolesFile(), 0o644);
    const line = await hangUp(d);
    expect(line.level).toBe(50);
    expect(line.msg).toMatch(/readable or writable by every user/);
    const logged = await rpcLines(d, "ListVolumes");
    await client.volumes.listVolumes({});
    expect(await rpcLines(d, "ListVolumes", logged)).toBe(logged);

    chmodSync(rolesFile(), 0o600);
    const ok = await hangUp(d);
    expect(ok).toMatchObject({ level: 30, changed: ["log-level"] });
    await client.volumes.listVolumes({});
    expect(await rpcLines(d, "ListVolumes", logged + 1)).toBe(logged + 1);
  });
});

function openssl(args: string[], cwd: string): string {
  return execFileSync("openssl", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
}

/** A self-signed certificate for 127.0.0.1; returns its SHA-256 fingerprint as Node prints it. */
function selfSigned(dir: string, name: string): string {
  openssl(
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "2",
      "-subj",
      `/CN=${name}`,
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.pem`,
    ],
    dir,
  );
  return openssl(["x509", "-in", `${name}.pem`, "-noout", "-fingerprint", "-sha256"], dir)
    .trim()
    .replace(/^.*Fingerprint=/i, "");
}

/** The fingerprint of the certificate a new TLS connection to the daemon is shown. */
function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: "127.0.0.1", port, rejectUnauthorized: false, ALPNProtocols: ["h2"] }, () => {
      resolve(s.getPeerCertificate().fingerprint256);
      s.destroy();
    });
    s.once("error", reject);
  });
}

describe.skipIf(SKIP_ROOT_TESTS)("SIGHUP reload of the TLS files", () => {
  let vg: LoopVg;
  let dir: string;
  let d: RunningDaemon;
  let port: number;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("reloadtls");
    dir = mkdtempSync(join(tmpdir(), "lvmctl-reload-tls-"));
    writeFileSync(
      join(dir, "lvmctld.toml"),
      `volume-group = ["${vg.name}"]\ntls-cert = "${dir}/server.pem"\ntls-key = "${dir}/server.key"\n`,
    );
    selfSigned(dir, "a");
    execFileSync("cp", [join(dir, "a.pem"), join(dir, "server.pem")]);
    execFileSync("cp", [join(dir, "a.key"), join(dir, "server.key")]);
    d = await startDaemon([], ["--config", join(dir, "lvmctld.toml"), "--listen", "tcp://127.0.0.1:0"]);
    const bound = /"listen":\[[^\]]*"tcp:\/\/127\.0\.0\.1:(\d+)"/.exec(d.logs());
    expect(bound).not.toBeNull();
    port = Number(bound![1]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("serves a renewed certificate at the same path to new connections", async () => {
    const a = openssl(["x509", "-in", "a.pem", "-noout", "-fingerprint", "-sha256"], dir).replace(/^.*=/, "").trim();
    expect(await servedFingerprint(port)).toBe(a);
    const b = selfSigned(dir, "b");
    writeFileSync(join(dir, "server.pem"), readFileSync(join(dir, "b.pem")));
    writeFileSync(join(dir, "server.key"), readFileSync(join(dir, "b.key")));
    const line = await hangUp(d);
    expect(line).toMatchObject({ level: 30, changed: [], needsRestart: [] });
    expect(line.msg).toContain("TLS files read again");
    expect(await servedFingerprint(port)).toBe(b);
  });

  it("keeps the certificate in force when the new key does not fit it", async () => {
    const before = await servedFingerprint(port);
    writeFileSync(join(dir, "server.key"), readFileSync(join(dir, "a.key")));
    const line = await hangUp(d);
    expect(line.level).toBe(50);
    expect(line.msg).toMatch(/configuration not reloaded/);
    expect(await servedFingerprint(port)).toBe(before);
    expect(await checkHealth(d.server)).toBe("SERVING");
  });
});
