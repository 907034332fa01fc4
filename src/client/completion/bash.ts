// `lvmctl completion bash`: a completion function over the shared tables.
import type { CommandSpec } from "./command-tree.js";
import { posixTables } from "./posix-tables.js";

/** Walks the words before the cursor to the command they name, skipping flags and flag values. */
export const WALK = `  local cmdpath="" i w next
  for ((i = FIRST; i < LAST; i++)); do
    w=\${WORDS[i]}
    case "$w" in
      --) break ;;
      -*=*) ;;
      -*) if _lvmctl_takes_value "$cmdpath" "$w"; then ((i++)); fi ;;
      *) if next=$(_lvmctl_child "$cmdpath" "$w"); then cmdpath=$next; fi ;;
    esac
  done`;

export function bashScript(root: CommandSpec): string {
  return `# bash completion for lvmctl, generated from its commands by \`lvmctl completion bash\`.
# Load it with: source <(lvmctl completion bash)
# or install it: lvmctl completion bash > /etc/bash_completion.d/lvmctl

${posixTables(root)}

_lvmctl() {
${WALK.replace("FIRST", "1").replace("LAST", "COMP_CWORD").replace("WORDS", "COMP_WORDS")}
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} values
  COMPREPLY=()
  if ((COMP_CWORD > 1)) && [[ $prev == -* && $prev != *=* ]] && _lvmctl_takes_value "$cmdpath" "$prev"; then
    values=$(_lvmctl_values "$cmdpath" "$prev")
    if [[ $values == @file ]]; then
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    fi
  elif [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_lvmctl_flags "$cmdpath")" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -W "$(_lvmctl_words "$cmdpath")" -- "$cur")
  fi
}
complete -F _lvmctl lvmctl
`;
}
