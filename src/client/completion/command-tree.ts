// The command tree as shell completion needs it, read from the commander
// program itself so completion never drifts from the commands.
import type { Command, Option } from "commander";

export interface FlagSpec {
  /** "-s", when the flag has a short form. */
  short?: string;
  /** "--server". */
  long?: string;
  description: string;
  takesValue: boolean;
  /** The value names a file (`<file>`): the shell completes paths. */
  file: boolean;
  /** Allowed values, when the flag has a fixed set. */
  choices: string[];
}

export interface CommandSpec {
  /** Canonical path below the program: "" for lvmctl itself, "volume create" for `lvmctl volume create`. */
  path: string;
  /** The command's name and its aliases. */
  names: string[];
  description: string;
  /** Flags of this command only (the program's own flags apply everywhere and live on the root). */
  flags: FlagSpec[];
  /** Fixed values of its positional arguments (e.g. the shells of `completion`). */
  argChoices: string[];
  children: CommandSpec[];
}

function flagSpec(o: Option): FlagSpec {
  return {
    short: o.short,
    long: o.long,
    description: o.description,
    takesValue: o.required || o.optional,
    file: /<file>|\[file\]/.test(o.flags),
    choices: o.argChoices ?? [],
  };
}

export function commandTree(cmd: Command, path = ""): CommandSpec {
  const help = cmd.createHelp();
  return {
    path,
    names: [cmd.name(), ...cmd.aliases()],
    description: cmd.description(),
    flags: help.visibleOptions(cmd).map(flagSpec),
    argChoices: cmd.registeredArguments.flatMap((a) => a.argChoices ?? []),
    children: help
      .visibleCommands(cmd)
      .map((child) => commandTree(child, path === "" ? child.name() : `${path} ${child.name()}`)),
  };
}

/** Every command in the tree, depth first, the root first. */
export function allCommands(root: CommandSpec): CommandSpec[] {
  return [root, ...root.children.flatMap(allCommands)];
}

/** "-s" and "--server" (whichever the flag has). */
export function flagNames(f: FlagSpec): string[] {
  return [f.short, f.long].filter((n): n is string => n !== undefined);
}
