// lvmctl vg list|get.
import type { Command } from "commander";
import { formatSize } from "../../common/size.js";
import {
  GetVolumeGroupResponse,
  ListVolumeGroupsResponse,
  type VolumeGroup,
} from "../../gen/lvmctl/v1/volume_group.js";
import { printJson, printTable } from "../output.js";
import type { CliContext } from "./context.js";

function printVgs(ctx: CliContext, vgs: VolumeGroup[], json: () => unknown): void {
  if (ctx.output() === "json") return printJson(json());
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
      const res = await (await ctx.client()).volumeGroups.listVolumeGroups({});
      printVgs(ctx, res.volumeGroups, () => ListVolumeGroupsResponse.toJSON(res));
    });
  vg.command("get [name]")
    .description("show one volume group (default: the daemon's first)")
    .action(async (name: string | undefined) => {
      const res = await (await ctx.client()).volumeGroups.getVolumeGroup({ name: name ?? "" });
      printVgs(ctx, res.volumeGroup ? [res.volumeGroup] : [], () => GetVolumeGroupResponse.toJSON(res));
    });
}
