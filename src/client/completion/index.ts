// Shell completion scripts for lvmctl, generated from the commander program.
import type { Command } from "commander";
import { bashScript } from "./bash.js";
import { commandTree } from "./command-tree.js";
import { fishScript } from "./fish.js";
import { zshScript } from "./zsh.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, program: Command): string {
  const tree = commandTree(program);
  if (shell === "bash") return bashScript(tree);
  if (shell === "zsh") return zshScript(tree);
  return fishScript(tree);
}
