// The package as users get it: `npm pack` (of the built tree, as `npm test`
// leaves it), `npm install -g` of that tarball into a clean prefix, and the
// installed `lvmctld` and `lvmctl` run as a user runs them, by their bin links,
// against real lvm2 on a loop device.
//
// The package keeps runtime dependencies for its client library (`import {
// LvmctlClient } from "lvmctl"`), so the install resolves them like any
// `npm install -g`: --prefer-offline takes what npm's cache holds (`npm ci`
// fills it with the tarballs) and asks the registry only for the rest, as the
// test command's own `npm ci` does. (An install of a tarball does not read a
// shrinkwrap for this, measured: it still fetches every dependency's
// packument.) The bins must need none of the dependencies: the test deletes
// them before it runs the bins.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readlinkSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/common/version.js";
import { ROOT } from "../support/daemon.js";
import { checkHealth } from "../support/health.js";
import { createLoopVg, METADATA_ONLY, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program; node's own directory leads PATH, as on a machine where `node` is installed. */
function run(file: string, args: string[], opts: { cwd?: string; input?: string } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      file,
      args,
      {
        cwd: opts.cwd,
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` },
        maxBuffer: 64 << 20,
      },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

async function ok(file: string, args: string[], opts: { cwd?: string; input?: string } = {}): Promise<string> {
  const r = await run(file, args, opts);
  if (r.code !== 0) throw new Error(`${file} ${args.join(" ")} exited ${r.code}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

describe.skipIf(SKIP_ROOT_TESTS)("the npm package", () => {
  let dir: string;
  let prefix: string;
  let tarball: string;
  let pkgDir: string;
  let vg: LoopVg | undefined;
  let daemon: ChildProcess | undefined;
  let daemonLog = "";

  beforeAll(async () => {
    requireRootAndLvm();
    for (const bin of ["dist-bundle/lvmctld.mjs", "dist-bundle/lvmctl.cjs", "dist/client/index.js"]) {
      if (!existsSync(join(ROOT, bin))) throw new Error(`${bin} is missing: run \`npm run build\` first`);
    }
    dir = mkdtempSync(join(tmpdir(), "lvmctl-pack-"));
    prefix = join(dir, "prefix");
    // The tree is built already (npm test builds before vitest); packing it must not rebuild under other tests.
    const packed = JSON.parse(
      await ok("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT }),
    ) as Array<{ filename: string }>;
    tarball = join(dir, packed[0].filename);
    await ok("npm", ["install", "-g", "--prefer-offline", "--no-audit", "--no-fund", "--prefix", prefix, tarball]);
    pkgDir = join(prefix, "lib/node_modules/lvmctl");
  }, 600_000);

  afterAll(async () => {
    if (daemon && daemon.exitCode === null && daemon.signalCode === null) {
      const exited = new Promise((r) => daemon!.once("exit", r));
      daemon.kill("SIGTERM");
      await exited;
    }
    vg?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("holds the bundles, the client library and the .proto files, and no sources or tests", async () => {
    const files = (await ok("tar", ["-tzf", tarball])).split("\n").filter(Boolean);
    for (const f of [
      "package/package.json",
      "package/dist-bundle/lvmctld.mjs",
      "package/dist-bundle/lvmctl.cjs",
      "package/dist-bundle/vendor/grpc-health-check/proto/health/v1/health.proto",
      "package/dist/client/index.js",
      "package/proto/lvmctl/v1/volume.proto",
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith("package/dist-bundle/lvmctl-lib/"))).toBe(true);
    expect(
      files.filter((f) => /^package\/(src|test|bench|node_modules|dist\/server)\//.test(f) || f.endsWith(".map")),
    ).toEqual([]);
  });

  it("puts lvmctld and lvmctl on PATH as links to the bundles", () => {
    for (const [bin, target] of [
      ["lvmctld", "dist-bundle/lvmctld.mjs"],
      ["lvmctl", "dist-bundle/lvmctl.cjs"],
    ]) {
      const link = join(prefix, "bin", bin);
      expect(resolve(dirname(link), readlinkSync(link))).toBe(join(pkgDir, target));
    }
  });

  it("serves the client library from the package's exports, with its dependencies", async () => {
    const out = await ok(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "const m = await import('lvmctl'); console.log(typeof m.LvmctlClient, m.DEFAULT_SERVER, m.formatSize(1048576n));",
      ],
      { cwd: join(prefix, "lib") },
    );
    expect(out).toBe("function unix:///run/lvmctl/lvmctld.sock 1MiB\n");
  });

  it("runs both bins with no dependency installed: version, help, completion", async () => {
    // What the bins need is in the bundles; take the installed dependencies away to prove it.
    if (existsSync(join(pkgDir, "node_modules"))) renameSync(join(pkgDir, "node_modules"), join(dir, "deps-away"));
    expect((await ok(join(prefix, "bin/lvmctld"), ["--version"])).trim()).toBe(VERSION);
    const help = await ok(join(prefix, "bin/lvmctl"), ["--help"]);
    expect(help).toMatch(/^Usage: lvmctl /);
    expect(help).toMatch(/volume\|volumes/);
    expect((await ok(join(prefix, "bin/lvmctl"), ["version"])).trim()).toBe(`lvmctl ${VERSION}`);
    const bash = await ok(join(prefix, "bin/lvmctl"), ["completion", "bash"]);
    await ok("bash", ["-n"], { input: bash });
  });

  it("creates and reads a volume through the installed lvmctld and lvmctl", async () => {
    expect(existsSync(join(pkgDir, "node_modules"))).toBe(false);
    vg = createLoopVg("lvmctlpack");
    const server = `unix://${join(dir, "lvmctld.sock")}`;
    daemon = spawn(
      join(prefix, "bin/lvmctld"),
      ["--listen", server, "--volume-group", vg.name, ...(METADATA_ONLY ? ["--metadata-only"] : [])],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` },
      },
    );
    daemon.stdout!.on("data", (d) => (daemonLog += d));
    daemon.stderr!.on("data", (d) => (daemonLog += d));
    const deadline = Date.now() + 30_000;
    while ((await checkHealth(server).catch(() => "DOWN")) !== "SERVING") {
      if (daemon.exitCode !== null || Date.now() > deadline)
        throw new Error(`the installed lvmctld did not become SERVING:\n${daemonLog}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const lvmctl = join(prefix, "bin/lvmctl");
    const created = await ok(lvmctl, ["--server", server, "volume", "create", "packed", "--size", "8MiB"]);
    expect(created.split("\n")[1].split(/\s+/).slice(0, 3)).toEqual(["packed", vg.name, "8MiB"]);
    const got = JSON.parse(await ok(lvmctl, ["--server", server, "-o", "json", "volume", "get", "packed"]));
    expect(got.volume).toMatchObject({ name: "packed", volumeGroup: vg.name, sizeBytes: "8388608", managed: true });
    expect(vg.lvs().find((l) => l.name === "packed")?.tags).toBe("lvmctl.managed");
    const missing = await run(lvmctl, ["--server", server, "volume", "get", "nope"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^lvmctl: NOT_FOUND: /);
  });
});
