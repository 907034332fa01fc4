#!/usr/bin/env node
// lvmctl: kubectl-style command-line client for lvmctld.
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { VERSION } from "../common/version.js";
import { DEFAULT_SERVER, LvmctlClient } from "./client.js";
import type { CliContext, GlobalOptions } from "./commands/context.js";
import { registerExportCommands } from "./commands/export.js";
import { registerVgCommands } from "./commands/vg.js";
import { registerVolumeCommands } from "./commands/volume.js";
import { EXIT, EXIT_CODE_HELP, exitCodeFor } from "./exit-codes.js";
import { parseDuration } from "./duration.js";
import { printJson } from "./output.js";

function fail(code: string, message: string, exitCode: number): never {
  process.stderr.write(`lvmctl: ${code}: ${message}\n`);
  process.exit(exitCode);
}

/** Reads a file a flag names; a missing or unreadable file is a usage error naming the flag and the path. */
function readFlagFile(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const why = (err as Error).message.replace(/, \w+ '.*'$/, "");
    return fail("INVALID_ARGUMENT", `${flag} ${path}: cannot read the file (${why})`, EXIT.INVALID);
  }
}

export async function main(argv: string[]): Promise<void> {
  const program = new Command("lvmctl")
    .description("command-line client for lvmctld, the LVM + iSCSI volume service")
    .version(VERSION, "--version", "print the client version")
    .addOption(
      new Option("-s, --server <address>", "unix:///path, tcp://host:port or host:port")
        .env("LVMCTL_SERVER")
        .default(DEFAULT_SERVER),
    )
    .addOption(new Option("-o, --output <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--timeout <duration>", "deadline for each call (e.g. 30s, 2m; at most 596h)", "60s")
    .option("--insecure", "plaintext TCP (no TLS)")
    .option("--tls-ca <file>", "PEM CA bundle that signed the server certificate")
    .option("--tls-cert <file>", "PEM client certificate (mutual TLS)")
    .option("--tls-key <file>", "PEM client key (mutual TLS)")
    .option("--tls-server-name <name>", "name expected in the server certificate")
    .addOption(new Option("--token-file <file>", "file holding a bearer token").env("LVMCTL_TOKEN_FILE"))
    .addHelpText(
      "after",
      `\nSizes (case-sensitive): K M G T P E (or k m g t p e) and KiB..EiB are powers of 1024; kB MB GB TB PB EB are powers of 1000.\n\n${EXIT_CODE_HELP}`,
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`lvmctl: INVALID_ARGUMENT: ${text.replace(/^error: /, "")}`),
    });

  let client: LvmctlClient | undefined;
  const opts = () => program.opts<GlobalOptions>();
  const ctx: CliContext = {
    output: () => opts().output,
    client: async () => {
      if (client) return client;
      const o = opts();
      let timeoutMs: number;
      try {
        timeoutMs = parseDuration(o.timeout);
      } catch (err) {
        return fail("INVALID_ARGUMENT", (err as Error).message, EXIT.INVALID);
      }
      // Every file is read before connecting, so a bad path fails as usage whatever the server address.
      // An empty path (e.g. LVMCTL_TOKEN_FILE=) means the flag is not given.
      const pem = (flag: string, path?: string) => (path ? readFlagFile(flag, path) : undefined);
      let token: string | undefined;
      if (o.tokenFile) {
        const flag = program.getOptionValueSource("tokenFile") === "env" ? "LVMCTL_TOKEN_FILE" : "--token-file";
        token = readFlagFile(flag, o.tokenFile).toString("utf8").trim();
        if (token === "") fail("INVALID_ARGUMENT", `${flag} ${o.tokenFile}: the file holds no token`, EXIT.INVALID);
      }
      client = new LvmctlClient({
        server: o.server,
        timeoutMs,
        insecure: o.insecure,
        token,
        tlsCa: pem("--tls-ca", o.tlsCa),
        tlsCert: pem("--tls-cert", o.tlsCert),
        tlsKey: pem("--tls-key", o.tlsKey),
        tlsServerName: o.tlsServerName,
      });
      return client;
    },
  };

  registerVolumeCommands(program, ctx);
  registerVgCommands(program, ctx);
  registerExportCommands(program, ctx);
  program
    .command("version")
    .description("print the client version")
    .action(() => {
      if (ctx.output() === "json") printJson({ client: VERSION });
      else process.stdout.write(`lvmctl ${VERSION}\n`);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) process.exit(0);
      process.exit(EXIT.INVALID);
    }
    const e = err as { code?: unknown; details?: string; message?: string };
    if (typeof e.code === "number") {
      const { status } = await import("@grpc/grpc-js");
      // grpc-js appends an empty "Resolution note" to connection errors.
      const details = (e.details || e.message || "").replace(/\.? Resolution note: ?$/, "");
      fail(status[e.code] ?? String(e.code), details, exitCodeFor(e.code));
    }
    fail("FAILURE", String(e.message ?? err), EXIT.FAILURE);
  } finally {
    client?.close();
  }
}

await main(process.argv.slice(2));
