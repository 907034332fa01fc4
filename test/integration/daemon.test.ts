// lvmctld as a process: reflection for an independent client (buf curl),
// health, start-up refusal of bad flags, graceful shutdown.
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { DAEMON_JS, ROOT, startDaemon, type RunningDaemon } from "../support/daemon.js";
import { checkHealth } from "../support/health.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

const run = promisify(execFile);
const BUF = join(ROOT, "node_modules/.bin/buf");

describe.skipIf(SKIP_ROOT_TESTS)("lvmctld process", () => {
  let vg: LoopVg;
  let d: RunningDaemon;
  let tcp: string;

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctld");
    d = await startDaemon([vg.name], ["--listen", "tcp://127.0.0.1:0", "--insecure"]);
    const bound = /"listen":\[[^\]]*"tcp:\/\/(127\.0\.0\.1:\d+)"/.exec(d.logs());
    expect(bound).not.toBeNull();
    tcp = `http://${bound![1]}`;
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
  });

  const bufCurl = (...args: string[]) => run(BUF, ["curl", "--protocol", "grpc", "--http2-prior-knowledge", ...args]);

  it("serves reflection that buf curl can list and call through", async () => {
    const { stdout } = await bufCurl("--list-methods", tcp);
    for (const method of [
      "lvmctl.v1.VolumeService/CreateVolume",
      "lvmctl.v1.VolumeService/ListVolumes",
      "lvmctl.v1.VolumeGroupService/GetVolumeGroup",
      "grpc.health.v1.Health/Check",
    ])
      expect(stdout).toContain(method);
    const created = JSON.parse(
      (await bufCurl("-d", '{"name":"viaBuf","size_bytes":"4194304"}', `${tcp}/lvmctl.v1.VolumeService/CreateVolume`))
        .stdout,
    );
    expect(created.volume).toMatchObject({ name: "viaBuf", sizeBytes: "4194304", managed: true });
    expect(vg.lvNames()).toEqual(["viaBuf"]);
    const health = JSON.parse(
      (await bufCurl("-d", '{"service":"lvmctl.v1.VolumeService"}', `${tcp}/grpc.health.v1.Health/Check`)).stdout,
    );
    expect(health).toEqual({ status: "SERVING" });
    const err = await bufCurl(
      "-d",
      '{"name":"-x","size_bytes":"1"}',
      `${tcp}/lvmctl.v1.VolumeService/CreateVolume`,
    ).catch((e) => e);
    expect(err.stderr ?? err.stdout).toMatch(/invalid_argument/);
  });

  it("creates its Unix socket with mode 0660", () => {
    expect(statSync(d.socket).mode & 0o777).toBe(0o660);
  });

  it("logs one JSON line per RPC and per command", () => {
    const lines = d
      .logs()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const rpc = lines.find((l) => l.msg === "rpc" && l.method === "CreateVolume");
    expect(rpc).toMatchObject({ code: "OK", component: "rpc" });
    expect(typeof rpc.durationMs).toBe("number");
    expect(typeof rpc.peer).toBe("string");
    const cmd = lines.find((l) => l.component === "exec" && l.argv?.[1] === "lvcreate");
    expect(cmd).toMatchObject({ exitCode: 0, mutating: true });
    expect(typeof cmd.durationMs).toBe("number");
  });

  it("refuses plaintext TCP without --insecure and needs a volume group", async () => {
    const noTls = await run(process.execPath, [
      DAEMON_JS,
      "--listen",
      "tcp://127.0.0.1:0",
      "--volume-group",
      vg.name,
    ]).catch((e) => e);
    expect(noTls.code).toBe(2);
    expect(noTls.stderr).toMatch(/needs --tls-cert and --tls-key/);
    const noVg = await run(process.execPath, [DAEMON_JS]).catch((e) => e);
    expect(noVg.code).toBe(2);
    expect(noVg.stderr).toMatch(/--volume-group is required/);
  });

  it("stays NOT_SERVING, with the reason logged, while a configured volume group is missing", async () => {
    const waiting = await startDaemon([vg.name, "lvmctlNoSuchVg"], [], "NOT_SERVING");
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(await checkHealth(waiting.server)).toBe("NOT_SERVING");
      const reason = waiting
        .logs()
        .split("\n")
        .find((l) => l.includes("start-up checks failed"));
      expect(reason).toMatch(/lvmctlNoSuchVg.*not found/);
    } finally {
      await waiting.stop();
    }
  });

  it("shuts down gracefully on SIGTERM and removes its socket", async () => {
    const own = await startDaemon([vg.name]);
    expect(await checkHealth(own.server)).toBe("SERVING");
    expect(await own.stop("SIGTERM")).toBe(0);
    expect(existsSync(own.socket)).toBe(false);
    expect(own.logs()).toMatch(/"msg":"stopped"/);
  });
});
