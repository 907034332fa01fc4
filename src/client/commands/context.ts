// What every command needs: a client per service, the output format and
// printing helpers. The connection is made, and each service's generated
// code loaded, only when a command calls that service.
import type { Command } from "commander";
import type { PromiseClient } from "../client.js";
import type { OutputFormat } from "../output.js";
import type { ExportServiceService } from "../../gen/lvmctl/v1/export.js";
import type { VolumeServiceService } from "../../gen/lvmctl/v1/volume.js";
import type { VolumeGroupServiceService } from "../../gen/lvmctl/v1/volume_group.js";

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
  volumes(): Promise<PromiseClient<typeof VolumeServiceService>>;
  volumeGroups(): Promise<PromiseClient<typeof VolumeGroupServiceService>>;
  exports(): Promise<PromiseClient<typeof ExportServiceService>>;
  output(): OutputFormat;
}

export type RegisterCommands = (program: Command, ctx: CliContext) => void;
