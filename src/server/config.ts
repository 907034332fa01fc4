// lvmctld's command-line flags and configuration file (config-file.ts) -> a validated configuration.
import { hostname } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { configKeys, parseConfigFile, type ConfigKey, type FileSetting } from "./config-file.js";
import { validateCsiSettings, type CsiConfig } from "./csi/settings.js";
import { parsePortal, portalName, validateIqnPrefix, type Portal } from "./lio/names.js";
import { parseSize } from "../common/size.js";
import { validateVgName } from "./lvm/names.js";

export interface DaemonConfig {
  listen: string[];
  volumeGroups: string[];
  tlsCert?: string;
  tlsKey?: string;
  tlsClientCa?: string;
  insecure: boolean;
  logLevel: string;
  metadataOnly: boolean;
  socketMode: number;
  socketGroup?: string;
  lvmBinary: string;
  readTimeoutMs: number;
  /** How long an RPC waits for a mutating lvm command before answering UNAVAILABLE (the command keeps running). */
  commandTimeoutMs: number;
  /** Mutating RPCs admitted at once (running or queued); more are RESOURCE_EXHAUSTED. */
  maxInflightMutations: number;
  /** Roles file (bearer tokens and client-certificate identities); unset = no authorisation. */
  authFile?: string;
  /** --no-exports turns the ExportService off. */
  exports: boolean;
  targetcliBinary: string;
  iqnPrefix: string;
  portals: Portal[];
  chapKeyFile: string;
  /** Run lvm commands in persistent lvm shells (see exec/lvm-shell/pool.ts). */
  lvmShell: boolean;
  /** Serve reads from the vg_seqno-checked cache (see lvm/cache.ts). */
  readCache: boolean;
  /** Metadata archives lvm keeps per VG (/etc/lvm/archive) after each change lvmctld makes; lvm's own default keeps 30 days' worth. */
  lvmArchiveRetain: number;
  /** TCP connections that have not started a call this long after connecting (TLS handshake included) are closed. */
  firstRequestTimeoutMs: number;
  /** A connection with no call in flight for this long is sent GOAWAY (grpc.max_connection_idle_ms). */
  idleTimeoutMs: number;
  /** Connections one listener keeps open at once; further ones are closed on accept. */
  maxConnections: number;
  /** Connections one remote address keeps open at once on TCP listeners. */
  maxConnectionsPerPeer: number;
  /** Calls (HTTP/2 streams) one connection may have open at once. */
  maxConcurrentStreams: number;
  /** Response bytes a connection may leave unread before its new calls get RESOURCE_EXHAUSTED. */
  responseBufferPerConnection: number;
  /** Unread response bytes of all TCP connections together (and, separately, of all Unix-socket connections). */
  responseBufferTotal: number;
  /** On SIGTERM: how long calls and streams get to finish before connections are closed. */
  shutdownGraceMs: number;
  /** The CSI endpoint and driver identity; undefined when --csi-endpoint is not given. */
  csi?: CsiConfig;
  /** host:port of the Prometheus endpoint (its own listener); undefined = no metrics endpoint. */
  metricsListen?: string;
  /** A VG, metadata area or thin pool at or above this percent full raises a Watch threshold event. */
  fullnessThresholdPercent: number;
  /** Directory of the daemon's own durable state (the create journal); one lvmctld per directory. */
  stateDir: string;
}

export const DEFAULT_SOCKET = "unix:///run/lvmctl/lvmctld.sock";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The flags as commander hands them over, before validation; repeatable ones are absent when not given. */
interface ParsedFlags {
  listen?: string[];
  volumeGroup?: string[];
  tlsCert?: string;
  tlsKey?: string;
  tlsClientCa?: string;
  insecure: boolean;
  logLevel: string;
  metadataOnly: boolean;
  socketMode: string;
  socketGroup?: string;
  lvmBinary: string;
  readTimeout: string;
  lvmShell: "auto" | "on" | "off";
  lvmArchiveRetain: string;
  readCache: boolean;
  exports: boolean;
  targetcliBinary: string;
  iqnPrefix: string;
  portal?: string[];
  chapKeyFile: string;
  commandTimeout: string;
  maxInflightMutations: string;
  authFile?: string;
  firstRequestTimeout: string;
  idleTimeout: string;
  maxConnections: string;
  maxConnectionsPerPeer: string;
  maxConcurrentStreams: string;
  responseBufferPerConnection: string;
  responseBufferTotal: string;
  shutdownGrace: string;
  csiEndpoint?: string;
  csiDriverName: string;
  csiNodeId?: string;
  csiTopologyKey: string;
  csiNodeOnly: boolean;
  csiMaxVolumes: string;
  iscsiInitiatorNameFile: string;
  metricsListen?: string;
  fullnessThreshold: string;
  stateDir: string;
}

/** The configuration file read when --config is not given, if it exists (main.ts passes it; tests do not). */
export const DEFAULT_CONFIG_FILE = "/etc/lvmctl/lvmctld.toml";

export interface LoadOptions {
  /** Read this file when --config is not given and the file exists. */
  defaultConfigFile?: string;
}

/** A configuration with where it came from: SIGHUP compares `settings` to tell what changed. */
export interface LoadedConfig {
  cfg: DaemonConfig;
  /** The configuration file read, if any. */
  configFile?: string;
  /** Every key's effective value (flag, else file, else default), by configuration-file key. */
  settings: Record<string, unknown>;
}

export function parseDaemonArgs(argv: readonly string[], version: string, options: LoadOptions = {}): DaemonConfig {
  return loadDaemonConfig(argv, version, options).cfg;
}

/** The configuration keys: one per flag, derived from the commander options (config-file.ts). */
export function daemonConfigKeys(): ConfigKey[] {
  return configKeys(daemonCommand("0"), (option) => option.parseArg === collect);
}

/** Flags, then the configuration file for every key no flag set, then validation (errors name the file and line of a value from it). */
export function loadDaemonConfig(argv: readonly string[], version: string, options: LoadOptions = {}): LoadedConfig {
  const program = daemonCommand(version);
  program.parse(argv, { from: "user" });
  const explicit = program.opts<{ config?: string }>().config;
  const configFile =
    explicit ??
    (options.defaultConfigFile && existsSync(options.defaultConfigFile) ? options.defaultConfigFile : undefined);
  const fromFile = new Map<string, FileSetting>();
  if (configFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(configFile, "utf8");
    } catch (err) {
      throw new Error(
        `--config ${configFile}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`,
      );
    }
    const keys = configKeys(program, (option) => option.parseArg === collect);
    for (const setting of parseConfigFile(text, configFile, keys)) {
      // Flags override the file.
      if (program.getOptionValueSource(setting.attribute) === "cli") continue;
      program.setOptionValueWithSource(setting.attribute, setting.value, "config");
      fromFile.set(setting.attribute, setting);
    }
  }
  const o = program.opts<ParsedFlags>();
  let cfg: DaemonConfig;
  try {
    cfg = validate(o);
  } catch (err) {
    throw locateInFile(err, configFile, fromFile);
  }
  const settings: Record<string, unknown> = {};
  for (const k of configKeys(program, (option) => option.parseArg === collect))
    settings[k.key] = (o as unknown as Record<string, unknown>)[k.attribute];
  return { cfg, configFile, settings };
}

/**
 * A validation error names flags (`--read-timeout abc: ...`); when the first
 * named flag whose value came from the file, the error gets that value's file,
 * line and key in front.
 */
function locateInFile(err: unknown, configFile: string | undefined, fromFile: Map<string, FileSetting>): unknown {
  if (!(err instanceof Error) || configFile === undefined) return err;
  for (const m of err.message.matchAll(/--(?:no-)?([a-z][a-z0-9-]*)/g)) {
    const attribute = m[1].replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const setting = fromFile.get(attribute);
    if (setting) return new Error(`${configFile} line ${setting.line}: ${setting.key}: ${err.message}`);
  }
  return err;
}

/** The flags; exported for tests that list them. */
export function daemonCommand(version: string): Command {
  return new Command("lvmctld")
    .description("lvmctl daemon: serves the lvmctl gRPC API over the lvm2 tools")
    .version(version)
    .option(
      "--config <file>",
      `TOML configuration file, one key per flag (default ${DEFAULT_CONFIG_FILE} if it exists); flags override it`,
    )
    .option("--listen <address>", `unix:///path or tcp://host:port; repeatable (default ${DEFAULT_SOCKET})`, collect)
    .option("--volume-group <vg>", "volume group lvmctld may act in; repeatable; the first is the default", collect)
    .option("--tls-cert <file>", "PEM certificate for TCP listeners")
    .option("--tls-key <file>", "PEM private key for TCP listeners")
    .option("--tls-client-ca <file>", "PEM CA bundle: require client certificates signed by it (mutual TLS)")
    .option("--insecure", "allow plaintext TCP listeners (no TLS)", false)
    .addOption(
      new Option("--log-level <level>", "log level")
        .choices(["trace", "debug", "info", "warn", "error", "fatal"])
        .default("info"),
    )
    .option(
      "--metadata-only",
      "hosts without device-mapper: change LVM metadata only (activation=0, no zeroing)",
      false,
    )
    .option("--socket-mode <octal>", "permissions of Unix sockets", "0660")
    .option("--socket-group <group>", "group owning Unix sockets (name or gid)")
    .option("--lvm-binary <path>", "the lvm2 binary", "lvm")
    .option("--read-timeout <seconds>", "kill a read-only command that runs longer than this", "60")
    .addOption(
      new Option(
        "--lvm-shell <mode>",
        "run lvm commands in persistent `lvm` shells instead of one process each; auto = on unless --lvm-binary is given",
      )
        .choices(["auto", "on", "off"])
        .default("auto"),
    )
    .option(
      "--lvm-archive-retain <n>",
      "after each change lvmctld makes, keep only the newest N metadata archives of the VG in /etc/lvm/archive (lvm's own default keeps every one for 30 days)",
      "50",
    )
    .option("--no-read-cache", "read LVM for every request instead of serving reads from the vg_seqno-checked cache")
    .option("--no-exports", "turn iSCSI exports off (the ExportService answers FAILED_PRECONDITION)")
    .option("--targetcli-binary <path>", "the targetcli (targetcli-fb) binary", "targetcli")
    .option("--iqn-prefix <iqn>", "target IQNs are <prefix>:<vg>:<lv>", "iqn.2026-11.io.lvmctl")
    .option(
      "--portal <address:port>",
      "iSCSI portal of every export, IPv4:port or [IPv6]:port; repeatable (default 0.0.0.0:3260)",
      collect,
    )
    .option(
      "--chap-key-file <path>",
      "root-only key from which per-export CHAP secrets are derived (created on first use)",
      "/var/lib/lvmctl/chap.key",
    )
    .option(
      "--command-timeout <seconds>",
      "answer UNAVAILABLE when a mutating lvm command runs longer than this (it is never killed; its VG stays locked until it ends)",
      "120",
    )
    .option(
      "--max-inflight-mutations <n>",
      "mutating RPCs admitted at once (running or waiting for their VG); more are RESOURCE_EXHAUSTED",
      "256",
    )
    .option(
      "--auth-file <file>",
      "roles file: lines of `read-only|read-write token <secret>` or `read-only|read-write cert CN=<name>|DNS:<name>|...`; every RPC then needs a listed bearer token or client certificate",
    )
    .option(
      "--first-request-timeout <seconds>",
      "close a TCP connection that has not started a call this long after connecting (TLS handshake included)",
      "10",
    )
    .option(
      "--idle-timeout <seconds>",
      "send GOAWAY to a connection that has had no call in flight this long (clients reconnect when they need to)",
      "300",
    )
    .option(
      "--max-connections <n>",
      "connections one listener keeps open at once (TCP listeners also stay below the open-files limit)",
      "1024",
    )
    .option(
      "--max-connections-per-peer <n>",
      "connections one remote address keeps open at once on TCP listeners",
      "64",
    )
    .option("--max-concurrent-streams <n>", "calls one connection may have open at once", "100")
    .option(
      "--response-buffer-per-connection <size>",
      "response bytes a connection may leave unread before its new calls get RESOURCE_EXHAUSTED",
      "8MiB",
    )
    .option(
      "--response-buffer-total <size>",
      "unread response bytes of all TCP connections together (the Unix sockets have a budget of the same size)",
      "64MiB",
    )
    .option(
      "--shutdown-grace <seconds>",
      "on SIGTERM/SIGINT: how long calls and streams get to finish before connections are closed",
      "10",
    )
    .option("--csi-endpoint <address>", "serve the CSI v1 Identity, Controller and Node services on this unix:///path")
    .option("--csi-driver-name <name>", "the CSI driver name (GetPluginInfo)", "lvm.lvmctl.io")
    .option("--csi-node-id <id>", "this host's CSI node id (default: the host name)")
    .option(
      "--csi-topology-key <key>",
      "topology key whose value is the node id; local volumes are pinned to their storage host with it",
      "topology.lvmctl.io/node",
    )
    .option(
      "--csi-node-only",
      "a host without volume groups that only attaches iSCSI volumes: CSI Identity and Node only, no lvmctl API",
      false,
    )
    .option("--csi-max-volumes <n>", "volumes this node may have attached at once (0 = no limit)", "0")
    .option(
      "--iscsi-initiator-name-file <path>",
      "this host's iSCSI initiator name (InitiatorName=...), reported to the CSI controller through the node id",
      "/etc/iscsi/initiatorname.iscsi",
    )
    .option("--metrics-listen <host:port>", "serve Prometheus metrics over plain HTTP on this address (off by default)")
    .option(
      "--fullness-threshold <percent>",
      "a VG, metadata area or thin pool at or above this percent full raises a WatchVolumeGroups threshold event",
      "80",
    )
    .option("--state-dir <dir>", "directory of lvmctld's durable state (the create journal)", "/var/lib/lvmctl")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function validate(o: ParsedFlags): DaemonConfig {
  const csi = o.csiEndpoint
    ? validateCsiSettings({
        endpoint: o.csiEndpoint,
        driverName: o.csiDriverName,
        nodeId: o.csiNodeId ?? hostname(),
        topologyKey: o.csiTopologyKey,
        nodeOnly: o.csiNodeOnly,
        maxVolumes: o.csiMaxVolumes,
        initiatorNameFile: o.iscsiInitiatorNameFile,
      })
    : undefined;
  if (o.csiNodeOnly && !csi) throw new Error("--csi-node-only needs --csi-endpoint");
  const volumeGroups = o.volumeGroup ?? [];
  if (csi?.nodeOnly) {
    if (volumeGroups.length > 0) throw new Error("--csi-node-only serves no volume groups; drop --volume-group");
    if (o.listen) throw new Error("--csi-node-only serves no lvmctl API; drop --listen");
  } else if (volumeGroups.length === 0) throw new Error("at least one --volume-group is required");
  for (const vg of volumeGroups) validateVgName("--volume-group", vg);
  // Refused rather than merged: a repeated name is most likely a slip for another VG.
  const duplicateVg = volumeGroups.find((vg, i) => volumeGroups.indexOf(vg) !== i);
  if (duplicateVg !== undefined) throw new Error(`--volume-group ${duplicateVg} is given more than once`);
  const listen = csi?.nodeOnly ? [] : (o.listen ?? [DEFAULT_SOCKET]);
  for (const address of listen) {
    if (!/^(unix:\/\/\/.+|tcp:\/\/.+:\d+)$/.test(address))
      throw new Error(`--listen ${address}: expected unix:///path or tcp://host:port`);
  }
  const tcp = listen.some((a) => a.startsWith("tcp://"));
  if (tcp && !o.insecure && !(o.tlsCert && o.tlsKey)) {
    throw new Error("a tcp:// listener needs --tls-cert and --tls-key (or --insecure for plaintext)");
  }
  if (Boolean(o.tlsCert) !== Boolean(o.tlsKey)) throw new Error("--tls-cert and --tls-key go together");
  if (o.tlsClientCa && !o.tlsCert) throw new Error("--tls-client-ca needs --tls-cert and --tls-key");
  const socketMode = Number.parseInt(o.socketMode, 8);
  if (!/^0?[0-7]{3}$/.test(o.socketMode))
    throw new Error(`--socket-mode ${o.socketMode}: expected an octal mode such as 0660`);
  const readTimeout = Number(o.readTimeout);
  if (!(readTimeout > 0)) throw new Error(`--read-timeout ${o.readTimeout}: expected a positive number of seconds`);
  validateIqnPrefix(o.iqnPrefix);
  const portals = [
    ...new Map(
      (o.portal ?? ["0.0.0.0:3260"]).map((v) => {
        const p = parsePortal(v);
        return [portalName(p), p] as const;
      }),
    ).values(),
  ];
  const commandTimeout = Number(o.commandTimeout);
  if (!(commandTimeout > 0))
    throw new Error(`--command-timeout ${o.commandTimeout}: expected a positive number of seconds`);
  if (!/^\d+$/.test(o.maxInflightMutations) || Number(o.maxInflightMutations) < 1) {
    throw new Error(`--max-inflight-mutations ${o.maxInflightMutations}: expected a whole number of at least 1`);
  }

  const seconds = (flag: string, value: string) => {
    const n = Number(value);
    if (!(n > 0) || !Number.isFinite(n)) throw new Error(`${flag} ${value}: expected a positive number of seconds`);
    return Math.round(n * 1000);
  };
  const count = (flag: string, value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new Error(`${flag} ${value}: expected a whole number of at least 1`);
    return Number(value);
  };
  const bytes = (flag: string, value: string) => {
    let n: bigint;
    try {
      n = parseSize(value);
    } catch (err) {
      throw new Error(`${flag}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (n < 1n || n > BigInt(Number.MAX_SAFE_INTEGER))
      throw new Error(`${flag} ${value}: expected a size of at least one byte`);
    return Number(n);
  };

  const metricsListen = o.metricsListen === undefined ? undefined : validateHostPort(o.metricsListen);
  const fullness = Number(o.fullnessThreshold);
  if (!/^\d+(\.\d+)?$/.test(o.fullnessThreshold) || !(fullness > 0 && fullness <= 100))
    throw new Error(`--fullness-threshold ${o.fullnessThreshold}: expected a percent above 0 and at most 100`);

  return {
    listen,
    volumeGroups,
    tlsCert: o.tlsCert,
    tlsKey: o.tlsKey,
    tlsClientCa: o.tlsClientCa,
    insecure: o.insecure,
    logLevel: o.logLevel,
    metadataOnly: o.metadataOnly,
    socketMode,
    socketGroup: o.socketGroup,
    lvmBinary: o.lvmBinary,
    readTimeoutMs: readTimeout * 1000,
    commandTimeoutMs: commandTimeout * 1000,
    maxInflightMutations: Number(o.maxInflightMutations),
    authFile: o.authFile,
    exports: o.exports,
    targetcliBinary: o.targetcliBinary,
    iqnPrefix: o.iqnPrefix,
    portals,
    chapKeyFile: o.chapKeyFile,
    lvmShell: o.lvmShell === "on" || (o.lvmShell === "auto" && o.lvmBinary === "lvm"),
    readCache: o.readCache,
    lvmArchiveRetain: count("--lvm-archive-retain", o.lvmArchiveRetain),
    firstRequestTimeoutMs: seconds("--first-request-timeout", o.firstRequestTimeout),
    idleTimeoutMs: seconds("--idle-timeout", o.idleTimeout),
    maxConnections: count("--max-connections", o.maxConnections),
    maxConnectionsPerPeer: count("--max-connections-per-peer", o.maxConnectionsPerPeer),
    maxConcurrentStreams: count("--max-concurrent-streams", o.maxConcurrentStreams),
    responseBufferPerConnection: bytes("--response-buffer-per-connection", o.responseBufferPerConnection),
    responseBufferTotal: bytes("--response-buffer-total", o.responseBufferTotal),
    shutdownGraceMs: seconds("--shutdown-grace", o.shutdownGrace),
    csi,
    metricsListen,
    fullnessThresholdPercent: fullness,
    stateDir: o.stateDir,
  };
}

/** host:port (IPv6 in brackets), port 0-65535; returned unchanged. */
function validateHostPort(value: string): string {
  const m = /^(?:\[[0-9A-Fa-f:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(value);
  if (!m || Number(m[1]) > 65535)
    throw new Error(`--metrics-listen ${value}: expected host:port (IPv6 as [address]:port)`);
  return value;
}
