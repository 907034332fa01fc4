// What every command needs: the connected client, the output format and
// printing helpers. The client is created (and grpc-js loaded) only on use.
import type { Command } from "commander";
import type { LvmctlClient } from "../client.js";
import type { OutputFormat } from "../output.js";

export interface GlobalOptions {
  server: string;
  output: OutputFormat;
  timeout: string;
  insecure?: boolean;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsServerName?: string;
  tokenFile?: string;
}

export interface CliContext {
  client(): Promise<LvmctlClient>;
  output(): OutputFormat;
}

export type RegisterCommands = (program: Command, ctx: CliContext) => void;
