// lvmctl export create|get|list|update|delete|reconcile.
import { type Command, Option } from "commander";
import {
  CreateExportResponse,
  GetExportResponse,
  ListExportsResponse,
  ReconcileActionKind,
  ReconcileExportsResponse,
  UpdateExportResponse,
  type ChapCredentials,
  type Export,
} from "../../gen/lvmctl/v1/export.js";
import { printJson, printTable } from "../output.js";
import { pageSizeArg } from "./args.js";
import type { CliContext } from "./context.js";
import { collectPages } from "./pages.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

function printExports(ctx: CliContext, exports: Export[], json: () => unknown, credentials?: ChapCredentials): void {
  if (ctx.output() === "json") return printJson(json());
  printTable(
    ["VOLUME", "VG", "TARGET", "LUN", "INITIATORS", "CHAP", "PORTALS"],
    exports.map((e) => [
      e.volumeName,
      e.volumeGroup,
      e.targetIqn,
      String(e.lun),
      e.initiatorIqns.join(","),
      e.chapEnabled ? `user ${e.chapUser}` : "off",
      e.portals.join(","),
    ]),
  );
  // The secret is shown this once: the daemon never returns it again.
  if (credentials) process.stdout.write(`CHAP user: ${credentials.user}\nCHAP secret: ${credentials.secret}\n`);
}

const ACTION_NAMES: Record<number, string> = {
  [ReconcileActionKind.RECONCILE_ACTION_KIND_CREATE]: "create",
  [ReconcileActionKind.RECONCILE_ACTION_KIND_DELETE]: "delete",
  [ReconcileActionKind.RECONCILE_ACTION_KIND_UPDATE]: "update",
};

export function registerExportCommands(program: Command, ctx: CliContext): void {
  const exp = program.command("export").alias("exports").description("manage iSCSI exports of volumes");

  exp
    .command("create <volume>")
    .description(
      "export a volume to initiators over iSCSI; retrying with the same settings returns the existing export",
    )
    .requiredOption("-i, --initiator <iqn>", "initiator IQN allowed to log in; repeatable", collect)
    .option("--chap", "require CHAP; the generated secret is printed once", false)
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (volume: string, o: { initiator: string[]; chap: boolean; vg: string }) => {
      const res = await (
        await ctx.client()
      ).exports.createExport({ volumeName: volume, volumeGroup: o.vg, initiatorIqns: o.initiator, chap: o.chap });
      printExports(ctx, res.export ? [res.export] : [], () => CreateExportResponse.toJSON(res), res.chapCredentials);
    });

  exp
    .command("get <volume>")
    .description("show a volume's export (never its CHAP secret)")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (volume: string, o: { vg: string }) => {
      const res = await (await ctx.client()).exports.getExport({ volumeName: volume, volumeGroup: o.vg });
      printExports(ctx, res.export ? [res.export] : [], () => GetExportResponse.toJSON(res));
    });

  exp
    .command("list")
    .alias("ls")
    .description("list exports (all pages unless --page-size is given)")
    .option("--vg <vg>", "only this volume group", "")
    .option("--page-size <n>", "fetch one page of at most n exports", pageSizeArg)
    .option("--page-token <token>", "continue from a previous page", "")
    .action(async (o: { vg: string; pageSize?: number; pageToken: string }) => {
      const c = await ctx.client();
      const { items: exports, nextPageToken } = await collectPages<Export>(
        async (pageToken, pageSize) => {
          const res = await c.exports.listExports({ volumeGroup: o.vg, pageSize, pageToken });
          return { items: res.exports, nextPageToken: res.nextPageToken };
        },
        o.pageSize,
        o.pageToken,
      );
      printExports(ctx, exports, () => ListExportsResponse.toJSON({ exports, nextPageToken }));
      if (ctx.output() === "table" && nextPageToken) process.stderr.write(`next page: --page-token ${nextPageToken}\n`);
    });

  exp
    .command("update <volume>")
    .description(
      "replace the allowed initiators and/or turn CHAP on or off (turning it on prints new credentials once)",
    )
    .option("-i, --initiator <iqn>", "the new complete list of initiators; repeatable (default: keep)", collect)
    .addOption(new Option("--chap", "require CHAP"))
    .addOption(new Option("--no-chap", "stop requiring CHAP"))
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (volume: string, o: { initiator?: string[]; chap?: boolean; vg: string }) => {
      const res = await (
        await ctx.client()
      ).exports.updateExport({
        volumeName: volume,
        volumeGroup: o.vg,
        initiatorIqns: o.initiator ?? [],
        chap: o.chap,
      });
      printExports(ctx, res.export ? [res.export] : [], () => UpdateExportResponse.toJSON(res), res.chapCredentials);
    });

  exp
    .command("delete <volume>")
    .alias("rm")
    .description("remove a volume's export (the volume stays)")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .option("--allow-missing", "succeed when the volume is not exported", false)
    .action(async (volume: string, o: { vg: string; allowMissing: boolean }) => {
      await (
        await ctx.client()
      ).exports.deleteExport({ volumeName: volume, volumeGroup: o.vg, allowMissing: o.allowMissing });
      if (ctx.output() === "json") printJson({});
      else process.stdout.write(`export of ${o.vg ? `${o.vg}/` : ""}${volume} deleted\n`);
    });

  exp
    .command("reconcile")
    .description(
      "bring LIO in line with the export state in the LV tags (creates what is missing, removes lvmctl's orphans)",
    )
    .option("--dry-run", "only print the plan", false)
    .action(async (o: { dryRun: boolean }) => {
      const res = await (await ctx.client()).exports.reconcileExports({ dryRun: o.dryRun });
      if (ctx.output() === "json") return printJson(ReconcileExportsResponse.toJSON(res));
      if (res.actions.length === 0) {
        process.stdout.write("LIO matches the export tags; nothing to do\n");
        return;
      }
      printTable(
        ["ACTION", "OBJECT", "DESCRIPTION"],
        res.actions.map((a) => [ACTION_NAMES[a.kind] ?? String(a.kind), a.object, a.description]),
      );
      if (res.dryRun) process.stdout.write("dry run: nothing was changed\n");
    });
}
