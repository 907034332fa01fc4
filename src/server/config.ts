// lvmctld's command-line flags -> a validated configuration.
import { Command, Option } from "commander";
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
}

export const DEFAULT_SOCKET = "unix:///run/lvmctl/lvmctld.sock";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseDaemonArgs(argv: readonly string[], version: string): DaemonConfig {
  const program = new Command("lvmctld")
    .description("lvmctl daemon: serves the lvmctl gRPC API over the lvm2 tools")
    .version(version)
    .option("--listen <address>", `unix:///path or tcp://host:port; repeatable (default ${DEFAULT_SOCKET})`, collect)
    .option("--volume-group <vg>", "volume group lvmctld may act in; repeatable; the first is the default", collect)
    .option("--tls-cert <file>", "PEM certificate for TCP listeners")
    .option("--tls-key <file>", "PEM private key for TCP listeners")
    .option("--tls-client-ca <file>", "PEM CA bundle: require client certificates signed by it (mutual TLS)")
    .option("--insecure", "allow plaintext TCP listeners (no TLS)", false)
    .addOption(new Option("--log-level <level>", "log level").choices(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"))
    .option("--metadata-only", "hosts without device-mapper: change LVM metadata only (activation=0, no zeroing)", false)
    .option("--socket-mode <octal>", "permissions of Unix sockets", "0660")
    .option("--socket-group <group>", "group owning Unix sockets (name or gid)")
    .option("--lvm-binary <path>", "the lvm2 binary", "lvm")
    .option("--read-timeout <seconds>", "kill a read-only command that runs longer than this", "60")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.parse(argv as string[], { from: "user" });
  const o = program.opts();

  const volumeGroups: string[] = o.volumeGroup ?? [];
  if (volumeGroups.length === 0) throw new Error("at least one --volume-group is required");
  for (const vg of volumeGroups) validateVgName("--volume-group", vg);
  const listen: string[] = o.listen ?? [DEFAULT_SOCKET];
  for (const address of listen) {
    if (!/^(unix:\/\/\/.+|tcp:\/\/.+:\d+)$/.test(address)) throw new Error(`--listen ${address}: expected unix:///path or tcp://host:port`);
  }
  const tcp = listen.some((a) => a.startsWith("tcp://"));
  if (tcp && !o.insecure && !(o.tlsCert && o.tlsKey)) {
    throw new Error("a tcp:// listener needs --tls-cert and --tls-key (or --insecure for plaintext)");
  }
  if (Boolean(o.tlsCert) !== Boolean(o.tlsKey)) throw new Error("--tls-cert and --tls-key go together");
  if (o.tlsClientCa && !o.tlsCert) throw new Error("--tls-client-ca needs --tls-cert and --tls-key");
  const socketMode = Number.parseInt(o.socketMode, 8);
  if (!/^0?[0-7]{3}$/.test(o.socketMode)) throw new Error(`--socket-mode ${o.socketMode}: expected an octal mode such as 0660`);
  const readTimeout = Number(o.readTimeout);
  if (!(readTimeout > 0)) throw new Error(`--read-timeout ${o.readTimeout}: expected a positive number of seconds`);

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
  };
}
