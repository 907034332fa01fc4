// The CLI's lazily made connection: flags are checked, files read and the
// HTTP/2 client loaded on a command's first call, and each service's generated
// code only when a command uses that service.
import { readFileSync } from "node:fs";
import { VERSION } from "../common/version.js";
import type { MethodDefinition, PromiseClient } from "./client.js";
import type { CliContext, GlobalOptions } from "./commands/context.js";
import { parseDuration } from "./duration.js";
import type { H2Channel } from "./h2-channel.js";
import { parseServerAddress } from "./server-address.js";
import { UsageError } from "./usage-error.js";

/** Reads a file a flag names; a missing or unreadable file is a usage error naming the flag and the path. */
function readFlagFile(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const why = (err as Error).message.replace(/, \w+ '.*'$/, "");
    throw new UsageError(`${flag} ${path}: cannot read the file (${why})`);
  }
}

/** Every flag is checked and every file read before connecting, so a bad one fails as usage whatever the server. */
async function openChannel(o: GlobalOptions, tokenFlag: string): Promise<H2Channel> {
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(o.timeout);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  // An empty path (e.g. LVMCTL_TOKEN_FILE=) means the flag is not given.
  const pem = (flag: string, path?: string) => (path ? readFlagFile(flag, path) : undefined);
  let token: string | undefined;
  if (o.tokenFile) {
    token = readFlagFile(tokenFlag, o.tokenFile).toString("utf8").trim();
    if (token === "") throw new UsageError(`${tokenFlag} ${o.tokenFile}: the file holds no token`);
  }
  const tlsCa = pem("--tls-ca", o.tlsCa);
  const tlsCert = pem("--tls-cert", o.tlsCert);
  const tlsKey = pem("--tls-key", o.tlsKey);
  let address;
  try {
    address = parseServerAddress(o.server);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (address.kind === "tcp" && !o.insecure && !tlsCert !== !tlsKey)
    throw new UsageError("--tls-cert and --tls-key go together (mutual TLS needs both)");
  const { H2Channel } = await import("./h2-channel.js");
  return new H2Channel({
    address,
    timeoutMs,
    insecure: o.insecure,
    token,
    tlsCa,
    tlsCert,
    tlsKey,
    tlsServerName: o.tlsServerName,
    userAgent: `lvmctl/${VERSION}`,
  });
}

/** Each method as `(request) => Promise<response>`; omitted request fields take their proto3 defaults. */
function bind<S extends object>(channel: H2Channel, service: S): PromiseClient<S> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(service) as Array<[string, MethodDefinition<object, unknown>]>) {
    out[name] = (request: object = {}) =>
      channel.unary(def, { ...def.requestDeserialize(Buffer.alloc(0)), ...request });
  }
  return out as PromiseClient<S>;
}

export interface CliConnection extends CliContext {
  /** Closes the connection, if one was made. */
  close(): void;
}

/** `options` gives the parsed global options; `tokenFlag` names where --token-file came from, for messages. */
export function cliConnection(options: () => GlobalOptions, tokenFlag: () => string): CliConnection {
  let channel: Promise<H2Channel> | undefined;
  let opened: H2Channel | undefined;
  const connect = async () => {
    channel ??= openChannel(options(), tokenFlag()).then((c) => (opened = c));
    return channel;
  };
  return {
    output: () => options().output,
    volumes: async () => bind(await connect(), (await import("../gen/lvmctl/v1/volume.js")).VolumeServiceService),
    volumeGroups: async () =>
      bind(await connect(), (await import("../gen/lvmctl/v1/volume_group.js")).VolumeGroupServiceService),
    exports: async () => bind(await connect(), (await import("../gen/lvmctl/v1/export.js")).ExportServiceService),
    close: () => opened?.close(),
  };
}
