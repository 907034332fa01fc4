// Lookup functions shared by the bash and zsh scripts: both shells run the
// same `case` syntax, so the command tree is written once as shell functions.
import { allCommands, flagNames, type CommandSpec, type FlagSpec } from "./command-tree.js";

/** A single-quoted shell word (bash, zsh and fish alike for text without a quote; ' is closed and escaped). */
export const sq = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** A double-quoted shell word; command names and flags never hold ", $, ` or \, but stay safe if they do. */
const dq = (s: string) => `"${s.replace(/["$`\\]/g, "\\$&")}"`;

function caseFunction(
  name: string,
  comment: string,
  arms: Array<[patterns: string[], body: string]>,
  otherwise: string,
) {
  const lines = arms.map(([patterns, body]) => `    ${patterns.join("|")}) ${body} ;;`);
  return [`# ${comment}`, `${name}() {`, '  case "$1|$2" in', ...lines, `    *) ${otherwise} ;;`, "  esac", "}"].join(
    "\n",
  );
}

/** At each command, its flags with the program's own flags (which commander accepts after any command). */
export function flagsAt(root: CommandSpec, cmd: CommandSpec): FlagSpec[] {
  if (cmd === root) return root.flags;
  const own = new Set(cmd.flags.map((f) => f.long));
  return [...cmd.flags, ...root.flags.filter((f) => f.long !== "--version" && !own.has(f.long))];
}

/**
 * Shell functions, each called as `fn PATH WORD`:
 *   _lvmctl_child        the canonical path of the subcommand WORD under PATH (fails if none)
 *   _lvmctl_takes_value  succeeds when flag WORD at PATH takes a value
 *   _lvmctl_values       prints the fixed values of flag WORD at PATH, or "@file" for a path
 * and, called as `fn PATH`:
 *   _lvmctl_words        subcommands, aliases and fixed argument values at PATH
 *   _lvmctl_flags        every flag at PATH
 */
export function posixTables(root: CommandSpec): string {
  const commands = allCommands(root);
  const child: Array<[string[], string]> = commands.flatMap((parent) =>
    parent.children.map((c): [string[], string] => [
      c.names.map((n) => dq(`${parent.path}|${n}`)),
      `echo ${dq(c.path)}`,
    ]),
  );
  const valueFlags: string[] = [];
  const values: Array<[string[], string]> = [];
  for (const cmd of commands) {
    for (const f of flagsAt(root, cmd).filter((x) => x.takesValue)) {
      const patterns = flagNames(f).map((n) => dq(`${cmd.path}|${n}`));
      valueFlags.push(...patterns);
      if (f.file) values.push([patterns, "echo @file"]);
      else if (f.choices.length > 0) values.push([patterns, `echo ${dq(f.choices.join(" "))}`]);
    }
  }
  const perPath = (name: string, comment: string, text: (c: CommandSpec) => string) =>
    [
      `# ${comment}`,
      `${name}() {`,
      '  case "$1" in',
      ...commands.map((c) => `    ${dq(c.path)}) echo ${dq(text(c))} ;;`),
      "  esac",
      "}",
    ].join("\n");
  return [
    caseFunction(
      "_lvmctl_child",
      "_lvmctl_child PATH WORD: the canonical path of subcommand WORD under PATH",
      child,
      "return 1",
    ),
    caseFunction(
      "_lvmctl_takes_value",
      "_lvmctl_takes_value PATH FLAG: whether FLAG takes a value at PATH",
      valueFlags.length > 0 ? [[valueFlags, "return 0"]] : [],
      "return 1",
    ),
    caseFunction("_lvmctl_values", "_lvmctl_values PATH FLAG: fixed values of FLAG, or @file", values, "return 1"),
    perPath("_lvmctl_words", "_lvmctl_words PATH: subcommands and fixed arguments at PATH", (c) =>
      [...c.children.flatMap((x) => x.names), ...c.argChoices].join(" "),
    ),
    perPath("_lvmctl_flags", "_lvmctl_flags PATH: every flag at PATH", (c) =>
      flagsAt(root, c).flatMap(flagNames).join(" "),
    ),
  ].join("\n\n");
}
