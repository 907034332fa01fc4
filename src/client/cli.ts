#!/usr/bin/env node
// lvmctl: kubectl-style command-line client for lvmctld.
// Start-up is part of every command's latency: this file loads commander and
// the command tree only; the HTTP/2 client and a service's generated code load
// when a command calls it (docs/performance.md, CLI start-up).
import { CommanderError } from "commander";
import { cliConnection } from "./cli-connection.js";
import type { GlobalOptions } from "./commands/context.js";
import { EXIT, STATUS_NAMES, exitCodeFor } from "./exit-codes.js";
import { buildProgram } from "./program.js";
import { UsageError } from "./usage-error.js";

function fail(code: string, message: string, exitCode: number): never {
  process.stderr.write(`lvmctl: ${code}: ${message}\n`);
  process.exit(exitCode);
}

export async function main(argv: string[]): Promise<void> {
  const connection = cliConnection(
    () => program.opts<GlobalOptions>(),
    () => (program.getOptionValueSource("tokenFile") === "env" ? "LVMCTL_TOKEN_FILE" : "--token-file"),
  );
  const program = buildProgram(connection, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT.INVALID);
    if (err instanceof UsageError) fail("INVALID_ARGUMENT", err.message, EXIT.INVALID);
    const e = err as { code?: unknown; details?: string; message?: string };
    if (typeof e.code === "number") {
      // grpc-js appends an empty "Resolution note" to connection errors.
      const details = (e.details || e.message || "").replace(/\.? Resolution note: ?$/, "");
      fail(STATUS_NAMES[e.code] ?? String(e.code), details, exitCodeFor(e.code));
    }
    fail("FAILURE", String(e.message ?? err), EXIT.FAILURE);
  } finally {
    connection.close();
  }
}

void main(process.argv.slice(2));
