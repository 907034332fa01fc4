// The configuration file: one key per flag (derived from the commander
// options), flags over the file over defaults, errors with the key and line,
// and the sample deploy/lvmctld.toml covering every key.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfigFile } from "../../src/server/config-file.js";
import { daemonCommand, daemonConfigKeys, loadDaemonConfig } from "../../src/server/config.js";

const dir = mkdtempSync(join(tmpdir(), "lvmctl-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(text: string): string {
  const path = join(dir, `lvmctld-${++n}.toml`);
  writeFileSync(path, text);
  return path;
}
const load = (text: string, ...flags: string[]) => loadDaemonConfig(["--config", file(text), ...flags], "test");
const error = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected an error");
};

/** The long flags `lvmctld --help` lists, read from the help text rather than from the option objects. */
function helpFlags(): string[] {
  const help = daemonCommand("0").helpInformation();
  return [...help.matchAll(/^\s+(?:-\w, )?--([a-z][a-z0-9-]*)/gm)].map((m) => m[1]);
}

describe("configuration keys", () => {
  const keys = daemonConfigKeys();
  const byKey = new Map(keys.map((k) => [k.key, k]));

  it("has one key for every flag except --config, --version and --help", () => {
    const flags = helpFlags();
    expect(flags.length).toBeGreaterThan(40);
    const expected = flags.filter((f) => !["config", "version", "help"].includes(f)).map((f) => f.replace(/^no-/, ""));
    expect(keys.map((k) => k.key).sort()).toEqual([...new Set(expected)].sort());
  });

  it("types repeatable flags as arrays, switches as booleans, numeric flags as numbers too", () => {
    for (const k of ["listen", "volume-group", "portal"]) expect(byKey.get(k)?.kind).toBe("list");
    for (const k of ["insecure", "metadata-only", "read-cache", "exports", "csi-node-only"])
      expect(byKey.get(k)?.kind).toBe("boolean");
    for (const k of ["read-timeout", "max-connections", "shutdown-grace", "fullness-threshold"])
      expect(byKey.get(k)).toMatchObject({ kind: "string", numeric: true });
    // "0660" is octal and "8MiB" a size: a TOML integer would mean something else.
    for (const k of ["socket-mode", "response-buffer-total", "tls-cert"]) expect(byKey.get(k)?.numeric).toBe(false);
    expect(byKey.get("log-level")?.choices).toContain("debug");
  });

  it("are all in the sample deploy/lvmctld.toml, commented out, and the sample uncommented is a valid file", () => {
    const path = new URL("../../deploy/lvmctld.toml", import.meta.url).pathname;
    const sample = readFileSync(path, "utf8");
    for (const k of keys) expect(sample, k.key).toMatch(new RegExp(`^# ${k.key} = `, "m"));
    // The uncommented sample parses, and every value has the right type for its key.
    const uncommented = sample
      .split("\n")
      .map((l) => (/^# [a-z-]+ = /.test(l) ? l.slice(2) : l))
      .join("\n");
    const settings = parseConfigFile(uncommented, path, keys);
    expect(settings.map((s) => s.key).sort()).toEqual(keys.map((k) => k.key).sort());
  });
});

describe("loading a configuration file", () => {
  it("takes every value from the file", () => {
    const { cfg, configFile } = load(`
volume-group = ["vg0", "vg1"]
listen = ["unix:///run/x.sock", "tcp://127.0.0.1:7443"]
insecure = true
log-level = "debug"
read-timeout = 30
max-connections = 2048
response-buffer-total = "128MiB"
socket-mode = "0600"
exports = false
read-cache = false
fullness-threshold = 90.5
metrics-listen = "127.0.0.1:9477"
`);
    expect(configFile).toMatch(/lvmctld-\d+\.toml$/);
    expect(cfg).toMatchObject({
      volumeGroups: ["vg0", "vg1"],
      listen: ["unix:///run/x.sock", "tcp://127.0.0.1:7443"],
      insecure: true,
      logLevel: "debug",
      readTimeoutMs: 30_000,
      maxConnections: 2048,
      responseBufferTotal: 128 * 2 ** 20,
      socketMode: 0o600,
      exports: false,
      readCache: false,
      fullnessThresholdPercent: 90.5,
      metricsListen: "127.0.0.1:9477",
    });
  });

  it("lets flags override the file, a repeated flag replacing the file's array", () => {
    const { cfg, settings } = load(
      `volume-group = ["vg0"]\nlog-level = "debug"\nlisten = ["unix:///a.sock", "unix:///b.sock"]\nread-timeout = 30\n`,
      "--log-level",
      "warn",
      "--listen",
      "unix:///c.sock",
    );
    expect(cfg.logLevel).toBe("warn");
    expect(cfg.listen).toEqual(["unix:///c.sock"]);
    expect(cfg.readTimeoutMs).toBe(30_000);
    expect(cfg.volumeGroups).toEqual(["vg0"]);
    expect(settings).toMatchObject({ "log-level": "warn", listen: ["unix:///c.sock"], "read-timeout": "30" });
  });

  it("leaves defaults for keys neither the file nor a flag sets", () => {
    const { cfg } = load(`volume-group = "vg0"\n`);
    expect(cfg).toMatchObject({ volumeGroups: ["vg0"], logLevel: "info", readTimeoutMs: 60_000, exports: true });
  });

  it("refuses an unknown key with its line, suggesting the kebab-case spelling", () => {
    expect(error(() => load(`volume-group = ["vg0"]\n\nlog_level = "debug"\n`))).toMatch(
      /lvmctld-\d+\.toml line 3: unknown key "log_level" \(did you mean "log-level"\?\)/,
    );
    expect(error(() => load(`volume-group = ["vg0"]\nvolume-grop = ["vg1"]\n`))).toMatch(
      /line 2: unknown key "volume-grop"$/,
    );
    expect(error(() => load(`volume-group = ["vg0"]\n# a table\n[tls]\ncert = "x"\n`))).toMatch(
      /line 3: unknown table \[tls\]/,
    );
    expect(error(() => load(`tls.cert = "x"\n`))).toMatch(/line 1: unknown key "tls.cert"/);
    // --config, --version and --help have no key.
    expect(error(() => load(`config = "/etc/x.toml"\n`))).toMatch(/line 1: unknown key "config"/);
  });

  it("refuses a value of the wrong type with the key and line", () => {
    const cases: Array<[string, RegExp]> = [
      [`insecure = "yes"`, /line 2: insecure: expected true or false, not "yes"/],
      [`log-level = "loud"`, /line 2: log-level: expected one of trace, debug, info, warn, error, fatal, not "loud"/],
      [`socket-mode = 0o660`, /line 2: socket-mode: expected a string, not 432/],
      [`read-timeout = true`, /line 2: read-timeout: expected a string or a number, not true/],
      [`listen = []`, /line 2: listen: expected at least one value/],
      [`portal = ["0.0.0.0:3260", 3260]`, /line 2: portal: expected strings, not 3260/],
      [`tls-cert = ["a", "b"]`, /line 2: tls-cert: expected a string, not an array/],
      [`lvm-binary = 1979-05-27`, /line 2: lvm-binary: expected a string, not a date/],
      [`metrics-listen = { host = "x" }`, /line 2: metrics-listen: expected a string, not a table/],
    ];
    for (const [line, want] of cases) expect(error(() => load(`volume-group = ["vg0"]\n${line}\n`))).toMatch(want);
  });

  it("names the line of a value that the flag validation refuses", () => {
    expect(error(() => load(`volume-group = ["vg0"]\n\nread-timeout = "abc"\n`))).toMatch(
      /lvmctld-\d+\.toml line 3: read-timeout: --read-timeout abc: expected a positive number of seconds/,
    );
    expect(error(() => load(`volume-group = ["vg0", "vg0"]\n`))).toMatch(
      /line 1: volume-group: --volume-group vg0 is given more than once/,
    );
    expect(error(() => load(`volume-group = ["vg0"]\nfullness-threshold = 0\n`))).toMatch(
      /line 2: fullness-threshold: --fullness-threshold 0: expected a percent/,
    );
    expect(error(() => load(`volume-group = ["vg0"]\nmetrics-listen = "9477"\n`))).toMatch(
      /line 2: metrics-listen: --metrics-listen 9477: expected host:port/,
    );
    // A bad flag is the flag's own error, without a file line.
    expect(error(() => load(`volume-group = ["vg0"]\n`, "--read-timeout", "abc"))).toBe(
      "--read-timeout abc: expected a positive number of seconds",
    );
  });

  it("reports TOML syntax errors with their line", () => {
    expect(error(() => load(`volume-group = ["vg0"]\nlog-level = \n`))).toMatch(/lvmctld-\d+\.toml line 3: /);
    expect(error(() => load(`volume-group = ["vg0"]\nvolume-group = ["vg1"]\n`))).toMatch(
      /line 2: Defining a key multiple times is invalid/,
    );
  });

  it("needs an explicit --config file to exist, and reads the default one only when it exists", () => {
    expect(error(() => loadDaemonConfig(["--config", join(dir, "missing.toml")], "test"))).toMatch(
      /--config .*missing\.toml: no such file/,
    );
    const absent = loadDaemonConfig(["--volume-group", "vg0"], "test", {
      defaultConfigFile: join(dir, "missing.toml"),
    });
    expect(absent.configFile).toBeUndefined();
    const present = file(`log-level = "error"\n`);
    const withDefault = loadDaemonConfig(["--volume-group", "vg0"], "test", { defaultConfigFile: present });
    expect(withDefault).toMatchObject({ configFile: present, cfg: { logLevel: "error" } });
  });
});
