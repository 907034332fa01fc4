// lvmctl vg watch [VG]: prints the WatchVolumeGroups stream, a table line
// (or with -o json a JSON line) per event, until Ctrl-C or SIGTERM (exit 0)
// or the daemon's shutdown. The stream runs on grpc-js through the library
// client, with no deadline: loading it costs start-up time, which a command
// that runs until interrupted does not mind.
import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { formatSize } from "../../common/size.js";
import type { WatchVolumeGroupsResponse as WatchEvent } from "../../gen/lvmctl/v1/volume_group.js";
import { UsageError } from "../usage-error.js";
import type { CliContext, GlobalOptions } from "./context.js";

/** A WatchVolumeGroupsResponse in the proto3 JSON mapping (what -o json prints; the table is made from it too). */
interface EventJson {
  kind?: string;
  volumeGroup?: {
    name?: string;
    sizeBytes?: string;
    freeBytes?: string;
    lvCount?: number;
    metadataAreaFreeBytes?: string;
    thinPools?: Array<{ name?: string; dataPercent?: number; metadataPercent?: number }>;
  };
  threshold?: {
    resource?: string;
    thinPool?: string;
    percent?: number;
    thresholdPercent?: number;
    direction?: string;
  };
}

const COLUMNS: Array<[string, number]> = [
  ["TIME", 8],
  ["EVENT", 9],
  ["VG", 16],
  ["SIZE", 9],
  ["FREE", 9],
  ["LVS", 5],
  ["METADATA FREE", 13],
  ["DETAIL", 0],
];

const line = (cells: string[]) =>
  `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(COLUMNS[i][1]))).join("   ")}\n`;

const size = (bytes: string | undefined) => formatSize(BigInt(bytes ?? "0"));

const RESOURCE: Record<string, string> = {
  WATCHED_RESOURCE_VG_DATA: "vg data",
  WATCHED_RESOURCE_METADATA_AREA: "metadata area",
  WATCHED_RESOURCE_THIN_POOL_DATA: "data",
  WATCHED_RESOURCE_THIN_POOL_METADATA: "metadata",
};

function describeCrossing(t: NonNullable<EventJson["threshold"]>): string {
  const what = `${t.thinPool ? `thin pool ${t.thinPool} ` : ""}${RESOURCE[t.resource ?? ""] ?? t.resource}`;
  const above = t.direction === "THRESHOLD_DIRECTION_ABOVE";
  return `${what} ${t.percent ?? 0}% ${above ? ">=" : "<"} ${t.thresholdPercent ?? 0}% (${above ? "ABOVE" : "BELOW"})`;
}

function tableLine(ev: EventJson): string {
  const vg = ev.volumeGroup ?? {};
  const pools = (vg.thinPools ?? [])
    .map((p) => `${p.name}(${p.dataPercent ?? 0}% data, ${p.metadataPercent ?? 0}% meta)`)
    .join(" ");
  return line([
    new Date().toTimeString().slice(0, 8),
    (ev.kind ?? "").replace("WATCH_EVENT_KIND_", ""),
    vg.name ?? "-",
    size(vg.sizeBytes),
    size(vg.freeBytes),
    String(vg.lvCount ?? 0),
    size(vg.metadataAreaFreeBytes),
    ev.threshold ? describeCrossing(ev.threshold) : pools || "-",
  ]);
}

/** A file a flag names, read now: an unreadable one is a usage error naming the flag and path. */
function readFlagFile(flag: string, path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UsageError(
      `${flag} ${path}: cannot read the file (${(err as Error).message.replace(/, \w+ '.*'$/, "")})`,
    );
  }
}

async function watch(name: string | undefined, command: Command, json: boolean): Promise<void> {
  const o = command.optsWithGlobals<GlobalOptions>();
  let program = command;
  while (program.parent) program = program.parent;
  const tokenFlag = program.getOptionValueSource("tokenFile") === "env" ? "LVMCTL_TOKEN_FILE" : "--token-file";
  const token = readFlagFile(tokenFlag, o.tokenFile)?.toString("utf8").trim();
  if (token === "") throw new UsageError(`${tokenFlag} ${o.tokenFile}: the file holds no token`);
  const [{ LvmctlClient }, { WatchVolumeGroupsResponse }] = await Promise.all([
    import("../client.js"),
    import("../../gen/lvmctl/v1/volume_group.js"),
  ]);
  const client = new LvmctlClient({
    server: o.server,
    insecure: o.insecure,
    token,
    tlsCa: readFlagFile("--tls-ca", o.tlsCa),
    tlsCert: readFlagFile("--tls-cert", o.tlsCert),
    tlsKey: readFlagFile("--tls-key", o.tlsKey),
    tlsServerName: o.tlsServerName,
  });
  const call = client.watchVolumeGroups({ volumeGroup: name ?? "" });
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    call.cancel();
  };
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  // A closed pipe (lvmctl vg watch | head) ends the watch like Ctrl-C.
  process.stdout.on("error", interrupt);
  let header = !json;
  try {
    await new Promise<void>((resolve, reject) => {
      call.on("data", (ev: WatchEvent) => {
        const doc = WatchVolumeGroupsResponse.toJSON(ev) as EventJson;
        // The header goes with the first event, so a stream that fails at once prints only its error.
        if (header) process.stdout.write(line(COLUMNS.map(([h]) => h)));
        header = false;
        process.stdout.write(json ? `${JSON.stringify(doc)}\n` : tableLine(doc));
      });
      call.on("end", resolve);
      call.on("error", (err) => (interrupted ? resolve() : reject(err)));
    });
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
    process.stdout.off("error", interrupt);
    client.close();
  }
}

export function registerVgWatchCommand(vg: Command, ctx: CliContext): void {
  vg.command("watch [name]")
    .description(
      "print the volume groups' state, then every change and fullness threshold crossing, until interrupted (default: every VG)",
    )
    .action(async (name: string | undefined, _opts: unknown, command: Command) =>
      watch(name, command, ctx.output() === "json"),
    );
}
