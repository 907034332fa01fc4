// lvmctl completion bash|zsh|fish.
import { Argument, type Command } from "commander";

const SHELL_NAMES = ["bash", "zsh", "fish"];

export function registerCompletionCommand(program: Command): void {
  program
    .command("completion")
    .description("print shell completion for every command and flag (e.g. source <(lvmctl completion bash))")
    .addArgument(new Argument("<shell>", "the shell").choices(SHELL_NAMES))
    .action(async (shell: "bash" | "zsh" | "fish") => {
      // Loaded only here: the generator is not part of any other command's start-up.
      const { completionScript } = await import("../completion/index.js");
      process.stdout.write(completionScript(shell, program));
    });
}
