// The lvmctl CLI run as a process against a real lvmctld on real lvm2.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { runCli, startDaemon, type RunningDaemon } from "../support/daemon.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

describe.skipIf(SKIP_ROOT_TESTS)("lvmctl CLI", () => {
  let vg: LoopVg;
  let d: RunningDaemon;
  const cli = (...args: string[]) => runCli(["--server", d.server, ...args]);

  beforeAll(async () => {
    requireRootAndLvm();
    vg = createLoopVg("lvmctlcli");
    d = await startDaemon([vg.name]);
  });

  afterAll(async () => {
    await d?.stop();
    vg?.destroy();
  });

  it("creates a volume with a human size and prints a table", async () => {
    const r = await cli("volume", "create", "web", "--size", "10MiB");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const [header, row] = r.stdout.trim().split("\n");
    expect(header).toMatch(/^NAME\s+VG\s+SIZE\s+POOL\s+ORIGIN\s+ACTIVE\s+MANAGED\s+CREATED$/);
    expect(row.split(/\s+/).slice(0, 7)).toEqual(["web", vg.name, "12MiB", "-", "-", "no", "yes"]);
    expect(vg.lvs().find((l) => l.name === "web")?.tags).toBe("lvmctl.managed");
  });

  it("prints the proto3 JSON mapping with -o json", async () => {
    const r = await cli("-o", "json", "volume", "get", "web");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.volume).toMatchObject({
      name: "web",
      volumeGroup: vg.name,
      sizeBytes: "12582912",
      managed: true,
      tags: ["lvmctl.managed"],
    });
    const list = JSON.parse((await cli("volume", "list", "-o", "json")).stdout);
    expect(list.volumes.map((v: { name: string }) => v.name)).toEqual(["web"]);
  });

  it("resizes, lists volume groups and deletes", async () => {
    expect((await cli("volume", "resize", "web", "--size", "20M")).code).toBe(0);
    expect(vg.lvs().find((l) => l.name === "web")?.size).toBe(20n * 1024n * 1024n);
    const vgs = await cli("vg", "list");
    expect(vgs.code).toBe(0);
    expect(vgs.stdout).toMatch(new RegExp(`^${vg.name}\\s+\\d+MiB\\s+`, "m"));
    const vgJson = JSON.parse((await cli("-o", "json", "vg", "get")).stdout);
    expect(vgJson.volumeGroup).toMatchObject({ name: vg.name, extentSizeBytes: "4194304" });
    expect(await cli("volume", "delete", "web")).toMatchObject({ code: 0, stdout: "volume web deleted\n" });
    expect(vg.lvNames()).toEqual([]);
  });

  it.each([
    [["volume", "get", "nope"], 3, /^lvmctl: NOT_FOUND: volume ".*\/nope" not found\n$/],
    [["volume", "create", "bad name", "--size", "1M"], 2, /^lvmctl: INVALID_ARGUMENT: name: /],
    [["volume", "create", "big", "--size", "1TiB"], 7, /^lvmctl: RESOURCE_EXHAUSTED: /],
    [["volume", "create", "x", "--size", "1.3K"], 2, /^lvmctl: INVALID_ARGUMENT: .*not a whole number of bytes/],
    [["volume", "create", "x"], 2, /^lvmctl: INVALID_ARGUMENT: .*--size/],
    [["volume", "list", "--vg", "othervg"], 5, /^lvmctl: PERMISSION_DENIED: /],
    [["frobnicate"], 2, /^lvmctl: INVALID_ARGUMENT: unknown command/],
    [["--timeout", "soon", "vg", "list"], 2, /^lvmctl: INVALID_ARGUMENT: --timeout/],
  ])("%j exits %d with a one-line error", async (args, code, stderr) => {
    const r = await cli(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  });

  it("exits 8 when the daemon cannot be reached", async () => {
    const r = await runCli(["--server", "unix:///nonexistent/lvmctld.sock", "--timeout", "2s", "vg", "list"]);
    expect(r.code).toBe(8);
    expect(r.stderr).toMatch(/^lvmctl: UNAVAILABLE: /);
  });

  it("takes the server from LVMCTL_SERVER and prints its version", async () => {
    expect((await runCli(["vg", "list"], { LVMCTL_SERVER: d.server })).code).toBe(0);
    expect((await runCli(["version"])).stdout).toMatch(/^lvmctl \d+\.\d+\.\d+\n$/);
    const help = await runCli(["--help"]);
    expect(help.stdout).toMatch(/powers of 1024/);
    expect(help.stdout).toMatch(/Exit codes:/);
  });

  // Refused before any call: the volume must not exist afterwards.
  it.each([
    [["--timeout", "600h"], /^lvmctl: INVALID_ARGUMENT: --timeout 600h: must be at most 2147483647ms/],
    [["--timeout", "2147483648ms"], /^lvmctl: INVALID_ARGUMENT: --timeout 2147483648ms: must be at most/],
    [
      ["--token-file", "/nonexistent/token"],
      /^lvmctl: INVALID_ARGUMENT: --token-file \/nonexistent\/token: cannot read the file \(ENOENT/,
    ],
    [
      ["--tls-ca", "/nonexistent/ca.pem"],
      /^lvmctl: INVALID_ARGUMENT: --tls-ca \/nonexistent\/ca.pem: cannot read the file \(ENOENT/,
    ],
    [["--tls-cert", "/nonexistent/c.pem"], /^lvmctl: INVALID_ARGUMENT: --tls-cert \/nonexistent\/c.pem: cannot read/],
    [["--tls-key", "/"], /^lvmctl: INVALID_ARGUMENT: --tls-key \/: cannot read the file \(EISDIR/],
    [["--token-file", "/dev/null"], /^lvmctl: INVALID_ARGUMENT: --token-file \/dev\/null: the file holds no token/],
  ])("%j is a usage error (exit 2) and creates nothing", async (flags, stderr) => {
    const r = await cli(...flags, "volume", "create", "refused", "--size", "4MiB");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(vg.lvNames()).not.toContain("refused");
  });

  it("names LVMCTL_TOKEN_FILE when the missing token file came from the environment", async () => {
    const r = await runCli(["--server", d.server, "vg", "list"], { LVMCTL_TOKEN_FILE: "/nonexistent/env-token" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^lvmctl: INVALID_ARGUMENT: LVMCTL_TOKEN_FILE \/nonexistent\/env-token: cannot read the file/,
    );
  });

  it.each(["4mb", "4Mb", "4mB", "4KB", "4kib"])(
    "refuses size %j (units are case-sensitive) and lists the valid units",
    async (size) => {
      const r = await cli("volume", "create", "refused", "--size", size);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^lvmctl: INVALID_ARGUMENT: .*unknown unit .*case-sensitive.*KiB MiB .*kB MB GB/);
      expect(vg.lvNames()).not.toContain("refused");
    },
  );

  it("takes a timeout at the longest a timer holds", async () => {
    expect((await cli("--timeout", "596h", "vg", "list")).code).toBe(0);
  });
});
