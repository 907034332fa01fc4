// `lvmctl completion fish`: one `complete` line per command and flag, each
// guarded by the command path the words so far name.
import { allCommands, flagNames, type CommandSpec, type FlagSpec } from "./command-tree.js";
import { flagsAt, sq } from "./posix-tables.js";

function flagLine(f: FlagSpec, condition: string): string {
  const parts = ["complete -c lvmctl", condition];
  if (f.short) parts.push(`-s ${f.short.slice(1)}`);
  if (f.long) parts.push(`-l ${f.long.slice(2)}`);
  // -x: a value, but not a file name; -r -F: a file name.
  if (f.takesValue) parts.push(f.file ? "-r -F" : "-x");
  if (f.choices.length > 0) parts.push(`-a ${sq(f.choices.join(" "))}`);
  parts.push(`-d ${sq(f.description)}`);
  return parts.filter((p) => p !== "").join(" ");
}

export function fishScript(root: CommandSpec): string {
  const commands = allCommands(root);
  const at = (c: CommandSpec) => `-n ${sq(`__lvmctl_at "${c.path}"`)}`;
  const childArms = commands.flatMap((parent) =>
    parent.children.map(
      (c) => `    case ${c.names.map((n) => sq(`${parent.path}|${n}`)).join(" ")}\n        echo ${sq(c.path)}`,
    ),
  );
  const valueArms = commands.flatMap((c) =>
    flagsAt(root, c)
      .filter((f) => f.takesValue)
      .flatMap((f) => flagNames(f).map((n) => sq(`${c.path}|${n}`))),
  );
  const lines = commands.flatMap((c) => [
    ...c.children.flatMap((x) => x.names.map((n) => `complete -c lvmctl ${at(c)} -a ${sq(n)} -d ${sq(x.description)}`)),
    ...(c.argChoices.length > 0 ? [`complete -c lvmctl ${at(c)} -a ${sq(c.argChoices.join(" "))}`] : []),
    // The program's own flags are accepted after any command: one unguarded line each.
    ...(c === root ? c.flags.map((f) => flagLine(f, "")) : c.flags.map((f) => flagLine(f, at(c)))),
  ]);
  return `# fish completion for lvmctl, generated from its commands by \`lvmctl completion fish\`.
# Load it with: lvmctl completion fish | source
# or install it: lvmctl completion fish > ~/.config/fish/completions/lvmctl.fish

# __lvmctl_child PATH WORD: the canonical path of subcommand WORD under PATH
function __lvmctl_child
    switch "$argv[1]|$argv[2]"
${childArms.join("\n")}
    end
end

# __lvmctl_takes_value PATH FLAG: whether FLAG takes a value at PATH
function __lvmctl_takes_value
    switch "$argv[1]|$argv[2]"
        case ${valueArms.join(" ")}
            return 0
    end
    return 1
end

# __lvmctl_path: the command the words before the cursor name, skipping flags and flag values
function __lvmctl_path
    set -l cmdpath ''
    set -l skip 0
    set -l words (commandline -opc)
    set -e words[1]
    for w in $words
        if test $skip = 1
            set skip 0
            continue
        end
        switch $w
            case '--'
                break
            case '-*=*'
            case '-*'
                if __lvmctl_takes_value "$cmdpath" $w
                    set skip 1
                end
            case '*'
                set -l next (__lvmctl_child "$cmdpath" $w)
                if test -n "$next"
                    set cmdpath $next
                end
        end
    end
    echo $cmdpath
end

function __lvmctl_at
    set -l here (__lvmctl_path)
    test "$here" = "$argv[1]"
end

complete -c lvmctl -f
${lines.join("\n")}
`;
}
