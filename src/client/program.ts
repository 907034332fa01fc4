// The lvmctl command tree: global flags and every command, with no work done
// until a command runs. Shared by the CLI and its shell-completion generator.
import { Command, Option } from "commander";
import { VERSION } from "../common/version.js";
import type { CliContext } from "./commands/context.js";
import { registerCompletionCommand } from "./commands/completion.js";
import { registerExportCommands } from "./commands/export.js";
import { registerVgCommands } from "./commands/vg.js";
import { registerVolumeCommands } from "./commands/volume.js";
import { EXIT_CODE_HELP } from "./exit-codes.js";
import { printJson } from "./output.js";
import { DEFAULT_SERVER } from "./server-address.js";

function registerVersionCommand(program: Command, ctx: CliContext): void {
  program
    .command("version")
    .description("print the client version")
    .action(() => {
      if (ctx.output() === "json") printJson({ client: VERSION });
      else process.stdout.write(`lvmctl ${VERSION}\n`);
    });
}

/**
 * Command groups by the words that start them. A command line that names one
 * gets only that group (building the rest costs start-up for nothing); any
 * other word, or none, gets every group, so help and "unknown command" see all.
 * `completion` reads the whole tree, so it never narrows.
 */
const GROUPS: Array<[words: string[], register: (program: Command, ctx: CliContext) => void, narrows: boolean]> = [
  [["volume", "volumes", "vol", "snapshot", "snap"], registerVolumeCommands, true],
  [["vg"], registerVgCommands, true],
  [["export", "exports"], registerExportCommands, true],
  [["completion"], (program) => registerCompletionCommand(program), false],
  [["version"], registerVersionCommand, true],
];

/** The first word of argv that is not a program flag or a flag's value. */
function commandWord(program: Command, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return undefined;
    if (!word.startsWith("-") || word === "-") return word;
    if (word.includes("=")) continue;
    const option = program.options.find((o) => o.short === word || o.long === word);
    if (option?.required || option?.optional) i++;
  }
  return undefined;
}

/** The program; with `argv`, only the command group it names (see GROUPS). */
export function buildProgram(ctx: CliContext, argv?: readonly string[]): Command {
  const program = new Command("lvmctl")
    .description("command-line client for lvmctld, the LVM + iSCSI volume service")
    .version(VERSION, "--version", "print the client version")
    .addOption(
      new Option("-s, --server <address>", "unix:///path, tcp://host:port or host:port")
        .env("LVMCTL_SERVER")
        .default(DEFAULT_SERVER),
    )
    .addOption(new Option("-o, --output <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--timeout <duration>", "deadline for each call (e.g. 30s, 2m; at most 596h)", "60s")
    .option("--insecure", "plaintext TCP (no TLS)")
    .option("--tls-ca <file>", "PEM CA bundle that signed the server certificate")
    .option("--tls-cert <file>", "PEM client certificate (mutual TLS)")
    .option("--tls-key <file>", "PEM client key (mutual TLS)")
    .option("--tls-server-name <name>", "name expected in the server certificate")
    .addOption(new Option("--token-file <file>", "file holding a bearer token").env("LVMCTL_TOKEN_FILE"))
    .addHelpText(
      "after",
      `\nSizes (case-sensitive): K M G T P E (or k m g t p e) and KiB..EiB are powers of 1024; kB MB GB TB PB EB are powers of 1000.\n\n${EXIT_CODE_HELP}`,
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`lvmctl: INVALID_ARGUMENT: ${text.replace(/^error: /, "")}`),
    });

  const word = argv && commandWord(program, argv);
  const named = GROUPS.find(([words, , narrows]) => narrows && word !== undefined && words.includes(word));
  for (const [, register] of named ? [named] : GROUPS) register(program, ctx);
  return program;
}
