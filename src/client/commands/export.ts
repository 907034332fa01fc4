// lvmctl export create|get|list|update|delete|reconcile.
import { type Command, Option } from "commander";
import type { ChapCredentials, Export } from "../../gen/lvmctl/v1/export.js";
import { printJson, printTable } from "../output.js";
import { pageSizeArg } from "./args.js";
import type { CliContext } from "./context.js";
import { collectPages } from "./pages.js";

/** The generated messages, for -o json; already loaded by the call that needs them. */
const messages = () => import("../../gen/lvmctl/v1/export.js");

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function printExports(
  ctx: CliContext,
  exports: Export[],
  json: () => Promise<unknown>,
  credentials?: ChapCredentials,
): Promise<void> {
  if (ctx.output() === "json") return printJson(await json());
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

/** How reconcile prints each action kind. */
async function actionNames(): Promise<Record<number, string>> {
  const { ReconcileActionKind } = await messages();
  return {
    [ReconcileActionKind.RECONCILE_ACTION_KIND_CREATE]: "create",
    [ReconcileActionKind.RECONCILE_ACTION_KIND_DELETE]: "delete",
    [ReconcileActionKind.RECONCILE_ACTION_KIND_UPDATE]: "update",
  };
}

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
        await ctx.exports()
      ).createExport({ volumeName: volume, volumeGroup: o.vg, initiatorIqns: o.initiator, chap: o.chap });
      await printExports(
        ctx,
        res.export ? [res.export] : [],
        async () => (await messages()).CreateExportResponse.toJSON(res),
        res.chapCredentials,
      );
    });

  exp
    .command("get <volume>")
    .description("show a volume's export (never its CHAP secret)")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .action(async (volume: string, o: { vg: string }) => {
      const res = await (await ctx.exports()).getExport({ volumeName: volume, volumeGroup: o.vg });
      await printExports(ctx, res.export ? [res.export] : [], async () =>
        (await messages()).GetExportResponse.toJSON(res),
      );
    });

  exp
    .command("list")
    .alias("ls")
    .description("list exports (all pages unless --page-size is given)")
    .option("--vg <vg>", "only this volume group", "")
    .option("--page-size <n>", "fetch one page of at most n exports", pageSizeArg)
    .option("--page-token <token>", "continue from a previous page", "")
    .action(async (o: { vg: string; pageSize?: number; pageToken: string }) => {
      const c = await ctx.exports();
      const { items: exports, nextPageToken } = await collectPages<Export>(
        async (pageToken, pageSize) => {
          const res = await c.listExports({ volumeGroup: o.vg, pageSize, pageToken });
          return { items: res.exports, nextPageToken: res.nextPageToken };
        },
        o.pageSize,
        o.pageToken,
      );
      await printExports(ctx, exports, async () =>
        (await messages()).ListExportsResponse.toJSON({ exports, nextPageToken }),
      );
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
        await ctx.exports()
      ).updateExport({
        volumeName: volume,
        volumeGroup: o.vg,
        initiatorIqns: o.initiator ?? [],
        chap: o.chap,
      });
      await printExports(
        ctx,
        res.export ? [res.export] : [],
        async () => (await messages()).UpdateExportResponse.toJSON(res),
        res.chapCredentials,
      );
    });

  exp
    .command("delete <volume>")
    .alias("rm")
    .description("remove a volume's export (the volume stays)")
    .option("--vg <vg>", "volume group (default: the daemon's first)", "")
    .option("--allow-missing", "succeed when the volume is not exported", false)
    .action(async (volume: string, o: { vg: string; allowMissing: boolean }) => {
      await (await ctx.exports()).deleteExport({ volumeName: volume, volumeGroup: o.vg, allowMissing: o.allowMissing });
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
      const res = await (await ctx.exports()).reconcileExports({ dryRun: o.dryRun });
      if (ctx.output() === "json") return printJson((await messages()).ReconcileExportsResponse.toJSON(res));
      if (res.actions.length === 0) {
        process.stdout.write("LIO matches the export tags; nothing to do\n");
        return;
      }
      const names = await actionNames();
      printTable(
        ["ACTION", "OBJECT", "DESCRIPTION"],
        res.actions.map((a) => [names[a.kind] ?? String(a.kind), a.object, a.description]),
      );
      if (res.dryRun) process.stdout.write("dry run: nothing was changed\n");
    });
}
