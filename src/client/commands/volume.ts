// lvmctl volume create|get|list|resize|delete and lvmctl snapshot create.
import type { Command } from "commander";
import { formatSize, SIZE_HELP } from "../../common/size.js";
import type { Volume } from "../../gen/lvmctl/v1/volume.js";
import { printJson, printTable } from "../output.js";
import { pageSizeArg, sizeArg } from "./args.js";
import type { CliContext } from "./context.js";
import { collectPages } from "./pages.js";

/** The generated messages, for -o json; already loaded by the call that needs them. */
const messages = () => import("../../gen/lvmctl/v1/volume.js");

async function printVolumes(ctx: CliContext, volumes: Volume[], json: () => Promise<unknown>): Promise<void> {
  if (ctx.output() === "json") return printJson(await json());
  printTable(
    ["NAME", "VG", "SIZE", "POOL", "ORIGIN", "ACTIVE", "MANAGED", "CREATED"],
    volumes.map((v) => [
      v.name,
      v.volumeGroup,
      formatSize(v.sizeBytes),
      v.pool || "-",
      v.origin || "-",
      v.active ? "yes" : "no",
      v.managed ? "yes" : "no",
      v.createTime,
    ]),
  );
}

export function registerVolumeCommands(program: Command, ctx: CliContext): void {
  const volume = program.command("volume").alias("volumes").alias("vol").description("manage logical volumes");

  volume
    .command("create <name>")
    .description("create a volume (thin when --pool is given); retrying with the same size returns the existing volume")
    .requiredOption("--size <size>", `size: ${SIZE_HELP}`, sizeArg)
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .option("--pool <pool>", "thin pool in the volume group", "")
    .action(async (name: string, o: { size: bigint; vg: string; pool: string }) => {
      const res = await (
        await ctx.volumes()
      ).createVolume({ name, volumeGroup: o.vg, pool: o.pool, sizeBytes: o.size });
      await printVolumes(ctx, res.volume ? [res.volume] : [], async () =>
        (await messages()).CreateVolumeResponse.toJSON(res),
      );
    });

  volume
    .command("get <name>")
    .description("show one volume")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (name: string, o: { vg: string }) => {
      const res = await (await ctx.volumes()).getVolume({ name, volumeGroup: o.vg });
      await printVolumes(ctx, res.volume ? [res.volume] : [], async () =>
        (await messages()).GetVolumeResponse.toJSON(res),
      );
    });

  volume
    .command("list")
    .alias("ls")
    .description("list volumes (all pages unless --page-size is given)")
    .option("--vg <vg>", "only this volume group", "")
    .option("-A, --all", "include LVs not managed by lvmctl (read-only)", false)
    .option("--page-size <n>", "fetch one page of at most n volumes", pageSizeArg)
    .option("--page-token <token>", "continue from a previous page", "")
    .action(async (o: { vg: string; all: boolean; pageSize?: number; pageToken: string }) => {
      const c = await ctx.volumes();
      const { items: volumes, nextPageToken } = await collectPages<Volume>(
        async (pageToken, pageSize) => {
          const res = await c.listVolumes({ volumeGroup: o.vg, includeUnmanaged: o.all, pageSize, pageToken });
          return { items: res.volumes, nextPageToken: res.nextPageToken };
        },
        o.pageSize,
        o.pageToken,
      );
      await printVolumes(ctx, volumes, async () =>
        (await messages()).ListVolumesResponse.toJSON({ volumes, nextPageToken }),
      );
      if (ctx.output() === "table" && nextPageToken) process.stderr.write(`next page: --page-token ${nextPageToken}\n`);
    });

  volume
    .command("resize <name>")
    .description("grow a volume to --size (volumes never shrink; initiators of an exported volume must rescan)")
    .requiredOption("--size <size>", `new size: ${SIZE_HELP}`, sizeArg)
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (name: string, o: { size: bigint; vg: string }) => {
      const res = await (await ctx.volumes()).resizeVolume({ name, volumeGroup: o.vg, sizeBytes: o.size });
      await printVolumes(ctx, res.volume ? [res.volume] : [], async () =>
        (await messages()).ResizeVolumeResponse.toJSON(res),
      );
    });

  volume
    .command("delete <name>")
    .alias("rm")
    .description("delete a volume")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .option("--allow-missing", "succeed when the volume does not exist", false)
    .option("--force", "remove the volume's iSCSI export first", false)
    .action(async (name: string, o: { vg: string; allowMissing: boolean; force: boolean }) => {
      await (
        await ctx.volumes()
      ).deleteVolume({ name, volumeGroup: o.vg, allowMissing: o.allowMissing, force: o.force });
      if (ctx.output() === "json") printJson({});
      else process.stdout.write(`volume ${o.vg ? `${o.vg}/` : ""}${name} deleted\n`);
    });

  const snapshot = program.command("snapshot").alias("snap").description("manage snapshots");
  snapshot
    .command("create <name>")
    .description("snapshot a volume: thick sources need --size (copy-on-write space), thin sources take none")
    .requiredOption("--from <source>", "the volume to snapshot")
    .option("--size <size>", `copy-on-write space for a thick snapshot: ${SIZE_HELP}`, sizeArg)
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (name: string, o: { from: string; size?: bigint; vg: string }) => {
      const res = await (
        await ctx.volumes()
      ).createSnapshot({ name, sourceName: o.from, volumeGroup: o.vg, sizeBytes: o.size ?? 0n });
      await printVolumes(ctx, res.snapshot ? [res.snapshot] : [], async () =>
        (await messages()).CreateSnapshotResponse.toJSON(res),
      );
    });
}
