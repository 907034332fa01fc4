// lvmctl vg list|get (and watch, in vg-watch.ts).
import type { Command } from "commander";
import { formatSize } from "../../common/size.js";
import type { VolumeGroup } from "../../gen/lvmctl/v1/volume_group.js";
import { printJson, printTable } from "../output.js";
import type { CliContext } from "./context.js";
import { registerVgWatchCommand } from "./vg-watch.js";

/** The generated messages, for -o json; already loaded by the call that needs them. */
const messages = () => import("../../gen/lvmctl/v1/volume_group.js");

async function printVgs(ctx: CliContext, vgs: VolumeGroup[], json: () => Promise<unknown>): Promise<void> {
  if (ctx.output() === "json") return printJson(await json());
  printTable(
    ["NAME", "SIZE", "FREE", "EXTENT", "PVS", "LVS", "METADATA FREE", "THIN POOLS"],
    vgs.map((vg) => [
      vg.name,
      formatSize(vg.sizeBytes),
      formatSize(vg.freeBytes),
      formatSize(vg.extentSizeBytes),
      String(vg.pvCount),
      String(vg.lvCount),
      `${formatSize(vg.metadataAreaFreeBytes)} of ${formatSize(vg.metadataAreaSizeBytes)}`,
      vg.thinPools.map((p) => `${p.name}(${formatSize(p.sizeBytes)}, ${p.dataPercent}% data)`).join(" ") || "-",
    ]),
  );
}

export function registerVgCommands(program: Command, ctx: CliContext): void {
  const vg = program.command("vg").description("show volume groups");
  vg.command("list")
    .alias("ls")
    .description("list the daemon's volume groups")
    .action(async () => {
      const res = await (await ctx.volumeGroups()).listVolumeGroups({});
      await printVgs(ctx, res.volumeGroups, async () => (await messages()).ListVolumeGroupsResponse.toJSON(res));
    });
  vg.command("get [name]")
    .description("show one volume group (default: the daemon's first)")
    .action(async (name: string | undefined) => {
      const res = await (await ctx.volumeGroups()).getVolumeGroup({ name: name ?? "" });
      await printVgs(ctx, res.volumeGroup ? [res.volumeGroup] : [], async () =>
        (await messages()).GetVolumeGroupResponse.toJSON(res),
      );
    });
  registerVgWatchCommand(vg, ctx);
}
