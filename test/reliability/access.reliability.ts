// Access control on real daemons: TLS and mutual TLS with throwaway CAs made
// by openssl, roles from client-certificate identities and bearer tokens,
// the Unix socket's mode and group against a real unprivileged user, secrets
// kept out of logs and answers, and the message-size and in-flight limits.
import { execFile, execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { credentials, Metadata, status } from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LvmctlClient, type ConnectOptions } from "../../src/client/client.js";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { CLI_JS, DAEMON_JS, runCli } from "../support/daemon.js";
import { checkHealth } from "../support/health.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { FAKE_LVM, launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { diff, snapshot } from "./lib/host.js";
import { MiB } from "./lib/oracle.js";
import { encode, RawClient } from "./lib/rpc.js";

const run = promisify(execFile);
const figures = new Figures("access", "Access control, secrets and limits");

const codeOf = (err: unknown) => status[(err as { code?: number }).code ?? -1] ?? String(err);
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    return codeOf(err);
  }
}

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: "ignore" });
}

/** A throwaway CA and certificates signed by it. */
function makeCa(dir: string, name: string): void {
  openssl(
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.pem`,
      "-subj",
      `/CN=${name}`,
      "-days",
      "2",
    ],
    dir,
  );
}

function makeCert(
  dir: string,
  ca: string,
  name: string,
  subject: string,
  san: string,
  usage: "serverAuth" | "clientAuth",
): void {
  openssl(
    [
      "req",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      subject,
    ],
    dir,
  );
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=${usage}\n`);
  openssl(
    [
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      `${ca}.pem`,
      "-CAkey",
      `${ca}.key`,
      "-CAcreateserial",
      "-out",
      `${name}.pem`,
      "-days",
      "2",
      "-extfile",
      `${name}.ext`,
    ],
    dir,
  );
}

function tcpAddress(d: WatchedDaemon): string {
  const m = /"listen":\[[^\]]*"tcp:\/\/127\.0\.0\.1:(\d+)"/.exec(d.logs());
  if (!m) throw new Error("no tcp listener in the log");
  return `localhost:${m[1]}`;
}

describe.skipIf(SKIP_ROOT_TESTS)("access control", () => {
  let vg: LoopVg;
  let dir: string;
  const daemons: WatchedDaemon[] = [];
  const clients: LvmctlClient[] = [];
  const TOKENS = {
    rw: `rw-${"A1b2C3d4".repeat(4)}`,
    ro: `ro-${"Z9y8X7w6".repeat(4)}`,
    unknown: `no-${"Q5r4S3t2".repeat(4)}`,
  };

  beforeAll(() => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlac", 256);
    dir = mkdtempSync(join(tmpdir(), "lvmctl-access-"));
    makeCa(dir, "caA");
    makeCa(dir, "caB");
    makeCert(dir, "caA", "server", "/CN=localhost", "DNS:localhost,IP:127.0.0.1", "serverAuth");
    makeCert(dir, "caA", "admin", "/CN=admin", "DNS:admin.client", "clientAuth");
    makeCert(dir, "caA", "reader", "/CN=reader", "DNS:reader.client", "clientAuth");
    makeCert(dir, "caA", "ops", "/CN=somebody", "DNS:ops.example", "clientAuth");
    makeCert(dir, "caA", "stranger", "/CN=stranger", "DNS:stranger.client", "clientAuth");
    makeCert(dir, "caB", "evil", "/CN=admin", "DNS:admin.client", "clientAuth");
    writeFileSync(
      join(dir, "auth"),
      [
        "# lvmctld roles (test)",
        `read-write token ${TOKENS.rw} ci-bot`,
        `read-only  token ${TOKENS.ro} dashboard`,
        "read-write cert CN=admin",
        "read-only  cert CN=reader",
        "read-write cert DNS:ops.example",
        "",
      ].join("\n"),
      { mode: 0o600 },
    );
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const d of daemons) await d.stop();
    figures.save();
    vg?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (opts: ConnectOptions) => {
    const c = new LvmctlClient({ timeoutMs: 10_000, ...opts });
    clients.push(c);
    return c;
  };
  const f = (name: string) => join(dir, name);
  const check = (name: string, expected: string, got: string) => {
    figures.check(name, expected, got);
    expect(got, name).toBe(expected);
  };

  it("refuses a plaintext TCP listener unless --insecure says so", async () => {
    const refused = await run(process.execPath, [
      DAEMON_JS,
      "--listen",
      "tcp://127.0.0.1:0",
      "--volume-group",
      vg.name,
      "--metadata-only",
    ]).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    check("plaintext tcp without --insecure: daemon exit code", "2", String(refused.code));
    expect(refused.stderr).toMatch(/needs --tls-cert and --tls-key/);
    const d = await launch(figures, [vg.name], ["--listen", "tcp://127.0.0.1:0", "--insecure"]);
    daemons.push(d);
    check(
      "plaintext tcp with --insecure: call",
      "OK",
      await code(client({ server: tcpAddress(d), insecure: true }).volumeGroups.listVolumeGroups({})),
    );
  });

  it("serves TLS: a client trusting the CA connects, one trusting another CA or speaking plaintext does not", async () => {
    const d = await launch(
      figures,
      [vg.name],
      ["--listen", "tcp://127.0.0.1:0", "--tls-cert", f("server.pem"), "--tls-key", f("server.key")],
    );
    daemons.push(d);
    const server = tcpAddress(d);
    check(
      "TLS, client trusts the server's CA",
      "OK",
      await code(client({ server, tlsCa: f("caA.pem") }).volumeGroups.listVolumeGroups({})),
    );
    check(
      "TLS, client trusts another CA",
      "UNAVAILABLE",
      await code(client({ server, tlsCa: f("caB.pem") }).volumeGroups.listVolumeGroups({})),
    );
    check(
      "TLS, client speaks plaintext",
      "UNAVAILABLE",
      await code(client({ server, insecure: true }).volumeGroups.listVolumeGroups({})),
    );
  });

  it("with mutual TLS refuses clients without a certificate or with one from another CA, and maps certificate identities to roles", async () => {
    const d = await launch(
      figures,
      [vg.name],
      [
        "--listen",
        "tcp://127.0.0.1:0",
        "--tls-cert",
        f("server.pem"),
        "--tls-key",
        f("server.key"),
        "--tls-client-ca",
        f("caA.pem"),
        "--auth-file",
        f("auth"),
      ],
    );
    daemons.push(d);
    const server = tcpAddress(d);
    const as = (cert: string, token?: string) =>
      client({ server, tlsCa: f("caA.pem"), tlsCert: f(`${cert}.pem`), tlsKey: f(`${cert}.key`), token });
    check(
      "mTLS, no client certificate",
      "UNAVAILABLE",
      await code(client({ server, tlsCa: f("caA.pem") }).volumeGroups.listVolumeGroups({})),
    );
    check(
      "mTLS, CN=admin certificate from another CA",
      "UNAVAILABLE",
      await code(as("evil").volumes.createVolume({ name: "evil", sizeBytes: 4n * MiB })),
    );
    check(
      "mTLS, CN=admin creates",
      "OK",
      await code(as("admin").volumes.createVolume({ name: "byadmin", sizeBytes: 4n * MiB })),
    );
    check(
      "mTLS, SAN DNS:ops.example creates",
      "OK",
      await code(as("ops").volumes.createVolume({ name: "byops", sizeBytes: 4n * MiB })),
    );
    const before = snapshot([vg.name]);
    const reader = as("reader");
    check("mTLS, CN=reader lists", "OK", await code(reader.volumes.listVolumes({})));
    check("mTLS, CN=reader gets", "OK", await code(reader.volumes.getVolume({ name: "byadmin" })));
    check("mTLS, CN=reader reads the VG", "OK", await code(reader.volumeGroups.getVolumeGroup({})));
    check(
      "mTLS, CN=reader creates",
      "PERMISSION_DENIED",
      await code(reader.volumes.createVolume({ name: "byreader", sizeBytes: 4n * MiB })),
    );
    check(
      "mTLS, CN=reader resizes",
      "PERMISSION_DENIED",
      await code(reader.volumes.resizeVolume({ name: "byadmin", sizeBytes: 8n * MiB })),
    );
    check("mTLS, CN=reader deletes", "PERMISSION_DENIED", await code(reader.volumes.deleteVolume({ name: "byadmin" })));
    check(
      "mTLS, CN=reader snapshots",
      "PERMISSION_DENIED",
      await code(reader.volumes.createSnapshot({ name: "s", sourceName: "byadmin", sizeBytes: 4n * MiB })),
    );
    check(
      "mTLS, CN=reader exports",
      "PERMISSION_DENIED",
      await code(reader.exports.createExport({ volumeName: "byadmin", initiatorIqns: ["iqn.2024-01.com.example:x"] })),
    );
    check(
      "mTLS, CN=reader reconciles",
      "PERMISSION_DENIED",
      await code(reader.exports.reconcileExports({ dryRun: false })),
    );
    check(
      "mTLS, CA-signed certificate without a role",
      "PERMISSION_DENIED",
      await code(as("stranger").volumes.listVolumes({})),
    );
    check(
      "mTLS, read-only changes nothing on the host",
      "no change",
      diff(before, snapshot([vg.name])).join("; ") || "no change",
    );
    check(
      "mTLS, CN=reader with a read-write token creates",
      "OK",
      await code(as("reader", TOKENS.rw).volumes.createVolume({ name: "byreadertoken", sizeBytes: 4n * MiB })),
    );
    check(
      "mTLS, CN=admin with an unknown token",
      "UNAUTHENTICATED",
      await code(as("admin", TOKENS.unknown).volumes.listVolumes({})),
    );
    expect(vg.lvNames()).toEqual(["byadmin", "byops", "byreadertoken"]);
  });

  it("on the Unix socket: no or unknown credentials are UNAUTHENTICATED, read-only mutations PERMISSION_DENIED and change nothing; health stays open", async () => {
    const d = await launch(figures, [vg.name], ["--auth-file", f("auth")]);
    daemons.push(d);
    const as = (token?: string) => client({ server: d.server, token });
    check("token: health check without credentials", "SERVING", await checkHealth(d.server));
    check("token: none", "UNAUTHENTICATED", await code(as().volumes.listVolumes({})));
    check("token: unknown", "UNAUTHENTICATED", await code(as(TOKENS.unknown).volumes.getVolume({ name: "byadmin" })));
    const raw = (value: string) =>
      new RawClient(d.server, credentials.createInsecure(), () => {
        const m = new Metadata();
        m.set("authorization", value);
        return m;
      });
    for (const [what, header] of [
      ["Basic scheme", `Basic ${Buffer.from(`u:${TOKENS.rw}`).toString("base64")}`],
      ["empty bearer", "Bearer "],
      ["bearer with spaces", `Bearer ${TOKENS.rw} x`],
    ]) {
      const c = raw(header);
      check(`token: ${what}`, "UNAUTHENTICATED", (await c.call("ListVolumes", encode("ListVolumes", {}))).code);
      c.close();
    }
    const before = snapshot([vg.name]);
    const ro = as(TOKENS.ro);
    check("token: read-only lists", "OK", await code(ro.volumes.listVolumes({})));
    check(
      "token: read-only creates",
      "PERMISSION_DENIED",
      await code(ro.volumes.createVolume({ name: "byro", sizeBytes: 4n * MiB })),
    );
    check("token: read-only deletes", "PERMISSION_DENIED", await code(ro.volumes.deleteVolume({ name: "byadmin" })));
    check(
      "token: read-only resizes",
      "PERMISSION_DENIED",
      await code(ro.volumes.resizeVolume({ name: "byadmin", sizeBytes: 64n * MiB })),
    );
    check(
      "token: read-only updates an export",
      "PERMISSION_DENIED",
      await code(ro.exports.updateExport({ volumeName: "byadmin", chap: true })),
    );
    check(
      "token: read-only changes nothing on the host",
      "no change",
      diff(before, snapshot([vg.name])).join("; ") || "no change",
    );
    const rw = as(TOKENS.rw);
    check(
      "token: read-write creates",
      "OK",
      await code(rw.volumes.createVolume({ name: "byrw", sizeBytes: 4n * MiB })),
    );
    check("token: read-write deletes", "OK", await code(rw.volumes.deleteVolume({ name: "byrw" })));
    // The CLI's --token-file, and its exit code for a refused mutation.
    writeFileSync(f("ro.token"), `${TOKENS.ro}\n`, { mode: 0o600 });
    const cli = await runCli([
      "-s",
      d.server,
      "--token-file",
      f("ro.token"),
      "volume",
      "create",
      "clivol",
      "--size",
      "4M",
    ]);
    check("token: CLI read-only create exit code", "5", String(cli.code));
    const cliNone = await runCli(["-s", d.server, "volume", "list"]);
    check("token: CLI without a token exit code", "5", String(cliNone.code));
    // Secrets never show up in the log or in any answer.
    const answers = [cli.stdout, cli.stderr, cliNone.stderr].join("\n");
    const leaks = Object.values(TOKENS).filter((t) => d.logs().includes(t) || answers.includes(t));
    check("tokens found in logs or answers", "0", String(leaks.length));
    // The log names who did what by label, not by secret.
    expect(d.logs()).toMatch(/"principal":"ci-bot"/);
  });

  it("refuses an auth file every user can read, without echoing its secrets", async () => {
    writeFileSync(f("auth-open"), `read-write token ${TOKENS.rw}\n`);
    chmodSync(f("auth-open"), 0o644);
    const open = await run(process.execPath, [
      DAEMON_JS,
      "--listen",
      `unix://${f("x.sock")}`,
      "--volume-group",
      vg.name,
      "--metadata-only",
      "--auth-file",
      f("auth-open"),
    ]).then(
      () => ({ code: 0, out: "" }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    check("world-readable auth file: daemon exit code", "1", String(open.code));
    expect(open.out).toMatch(/readable or writable by every user/);
    writeFileSync(f("auth-bad"), `read-write tokn ${TOKENS.rw}\n`, { mode: 0o600 });
    const bad = await run(process.execPath, [
      DAEMON_JS,
      "--listen",
      `unix://${f("y.sock")}`,
      "--volume-group",
      vg.name,
      "--metadata-only",
      "--auth-file",
      f("auth-bad"),
    ]).then(
      () => ({ code: 0, out: "" }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    check("malformed auth file: daemon exit code", "1", String(bad.code));
    check("malformed auth file: secret echoed", "false", String(bad.out.includes(TOKENS.rw)));
  });

  it("creates the Unix socket 0660 with the configured group; a real user outside it cannot connect, one inside can", async () => {
    const group = "lvmctlrelg";
    const inside = "lvmctlrelin";
    const outside = "lvmctlrelout";
    const quiet = (cmd: string, args: string[]) => {
      try {
        execFileSync(cmd, args, { stdio: "ignore" });
      } catch {
        // already there / already gone
      }
    };
    quiet("userdel", [inside]);
    quiet("userdel", [outside]);
    quiet("groupdel", [group]);
    execFileSync("groupadd", [group]);
    execFileSync("useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", "-G", group, inside]);
    execFileSync("useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", outside]);
    try {
      const d = await launch(figures, [vg.name], ["--socket-group", group]);
      daemons.push(d);
      // The test's temporary directory is 0700; open it so only the socket's own mode decides.
      chmodSync(dirname(d.socket), 0o755);
      const st = statSync(d.socket);
      const gid = Number(execFileSync("getent", ["group", group], { encoding: "utf8" }).split(":")[2]);
      check("socket mode", "660", (st.mode & 0o777).toString(8));
      check("socket group", String(gid), String(st.gid));
      const asUser = (user: string) =>
        new Promise<{ code: number; stderr: string }>((resolve) => {
          const child = spawn(
            "runuser",
            ["-u", user, "--", process.execPath, CLI_JS, "-s", d.server, "--timeout", "5s", "vg", "list"],
            { stdio: ["ignore", "pipe", "pipe"] },
          );
          let stderr = "";
          child.stderr.on("data", (b) => (stderr += b));
          child.on("exit", (c) => resolve({ code: c ?? -1, stderr }));
        });
      const out = await asUser(outside);
      check(`user ${outside} (not in ${group}): CLI exit code`, "8", String(out.code));
      expect(out.stderr).toMatch(/UNAVAILABLE|EACCES|permission/i);
      const ok = await asUser(inside);
      check(`user ${inside} (in ${group}): CLI exit code`, "0", String(ok.code));
    } finally {
      quiet("userdel", [inside]);
      quiet("userdel", [outside]);
      quiet("groupdel", [group]);
    }
  });

  it("answers RESOURCE_EXHAUSTED past the message-size and in-flight mutation limits, and stays usable", async () => {
    const dirCtl = mkdtempSync(join(tmpdir(), "lvmctl-limit-"));
    const control = join(dirCtl, "control.json");
    // Every lvcreate takes 1 s, so admitted creates pile up.
    writeFileSync(control, JSON.stringify({ rules: [{ id: "slow", command: "lvcreate", fault: "hang", ms: 1000 }] }));
    process.env.LVMCTL_FAKE_LVM_CONTROL = control;
    let d: WatchedDaemon;
    try {
      d = await launch(figures, [vg.name], ["--lvm-binary", FAKE_LVM, "--max-inflight-mutations", "3"]);
    } finally {
      delete process.env.LVMCTL_FAKE_LVM_CONTROL;
    }
    daemons.push(d);
    const raw = new RawClient(d.server);
    const big = await raw.call(
      "CreateVolume",
      encode("CreateVolume", { name: "x".repeat(2 << 20), sizeBytes: 4n * MiB }),
    );
    check("2 MiB request", "RESOURCE_EXHAUSTED", big.code);
    const c = client({ server: d.server, timeoutMs: 60_000 });
    const before = new Set(vg.lvNames());
    const names = Array.from({ length: 10 }, (_, i) => `lim${i}`);
    const creates = names.map((name) => code(c.volumes.createVolume({ name, sizeBytes: 4n * MiB })));
    await new Promise((r) => setTimeout(r, 300));
    const readDuring = await code(c.volumes.listVolumes({}));
    const results = await Promise.all(creates);
    raw.close();
    const ok = names.filter((_, i) => results[i] === "OK");
    const exhausted = results.filter((r) => r === "RESOURCE_EXHAUSTED").length;
    figures.row("in-flight limit (3) with 10 concurrent slow creates", {
      OK: ok.length,
      RESOURCE_EXHAUSTED: exhausted,
      other: results.length - ok.length - exhausted,
      "read during": readDuring,
    });
    check("in-flight limit: creates admitted", "3", String(ok.length));
    check("in-flight limit: creates refused with RESOURCE_EXHAUSTED", "7", String(exhausted));
    check("in-flight limit: a read during the pile-up", "OK", readDuring);
    const created = vg
      .lvNames()
      .filter((n) => !before.has(n))
      .sort();
    check("in-flight limit: exactly the admitted creates exist", ok.sort().join(","), created.join(","));
    check(
      "in-flight limit: a create afterwards",
      "OK",
      await code(c.volumes.createVolume({ name: "limafter", sizeBytes: 4n * MiB })),
    );
    expect(d.crashed()).toBeUndefined();
    rmSync(dirCtl, { recursive: true, force: true });
  });
});
