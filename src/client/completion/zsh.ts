// `lvmctl completion zsh`: native zsh completion with descriptions, over the
// same case tables as bash (zsh runs that syntax unchanged).
import { WALK } from "./bash.js";
import { allCommands, flagNames, type CommandSpec } from "./command-tree.js";
import { flagsAt, posixTables, sq } from "./posix-tables.js";

/** `_describe` entries are "name:description"; a colon in the name must be escaped. */
const entry = (name: string, description: string) => sq(`${name.replace(/:/g, "\\:")}:${description}`);

export function zshScript(root: CommandSpec): string {
  const commands = allCommands(root);
  const described = (name: string, lines: (c: CommandSpec) => string[]) =>
    [
      `${name}() {`,
      '  case "$1" in',
      ...commands.map((c) => `    ${sq(c.path)}) print -rl -- ${lines(c).join(" ")} ;;`),
      "  esac",
      "}",
    ].join("\n");
  return `#compdef lvmctl
# zsh completion for lvmctl, generated from its commands by \`lvmctl completion zsh\`.
# Load it with: source <(lvmctl completion zsh)   (after compinit)
# or install it as _lvmctl in a directory on $fpath.

${posixTables(root)}

# _lvmctl_described_words PATH / _lvmctl_described_flags PATH: "name:description" lines
${described("_lvmctl_described_words", (c) => c.children.flatMap((x) => x.names.map((n) => entry(n, x.description))))}

${described("_lvmctl_described_flags", (c) => flagsAt(root, c).flatMap((f) => flagNames(f).map((n) => entry(n, f.description))))}

_lvmctl() {
${WALK.replace("FIRST", "2").replace("LAST", "CURRENT").replace("WORDS", "words")}
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} values
  local -a items
  if ((CURRENT > 2)) && [[ $prev == -* && $prev != *=* ]] && _lvmctl_takes_value "$cmdpath" "$prev"; then
    values=$(_lvmctl_values "$cmdpath" "$prev")
    if [[ $values == @file ]]; then
      _files
    elif [[ -n $values ]]; then
      compadd -- \${=values}
    else
      _message 'value'
    fi
  elif [[ $cur == -* ]]; then
    items=(\${(f)"$(_lvmctl_described_flags "$cmdpath")"})
    items=(\${items:#})
    _describe -t options 'option' items
  else
    items=(\${(f)"$(_lvmctl_described_words "$cmdpath")"})
    items=(\${items:#})
    if ((\${#items} > 0)); then
      _describe -t commands 'command' items
    else
      values=$(_lvmctl_words "$cmdpath")
      [[ -n $values ]] && compadd -- \${=values}
    fi
  fi
}

if [[ $funcstack[1] == _lvmctl ]]; then
  _lvmctl "$@"
else
  compdef _lvmctl lvmctl
fi
`;
}
