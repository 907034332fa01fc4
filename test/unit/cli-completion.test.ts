// lvmctl completion bash|zsh|fish: every command, alias and flag of the real
// commander program is in each script, bash accepts the script, and bash's
// completion machinery (COMP_WORDS + the generated function) offers the
// right words in a few typical positions.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "commander";
import type { CliContext } from "../../src/client/commands/context.js";
import { allCommands, commandTree, flagNames } from "../../src/client/completion/command-tree.js";
import { completionScript, SHELLS } from "../../src/client/completion/index.js";
import { buildProgram } from "../../src/client/program.js";

const unused = () => {
  throw new Error("completion makes no calls");
};
const ctx: CliContext = { volumes: unused, volumeGroups: unused, exports: unused, output: () => "table" };
const program = buildProgram(ctx);
const tree = commandTree(program);
const commands = allCommands(tree);

const dir = mkdtempSync(join(tmpdir(), "lvmctl-completion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash completes for `lvmctl <words>` (the last word is the one being completed). */
function bashComplete(words: string[]): string[] {
  const script = join(dir, "lvmctl.bash");
  writeFileSync(script, completionScript("bash", program));
  const all = ["lvmctl", ...words];
  const out = execFileSync(
    "bash",
    [
      "-c",
      `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _lvmctl; printf '%s\\n' "\${COMPREPLY[@]}"`,
      "bash",
      script,
      ...all,
    ],
    { encoding: "utf8" },
  );
  return out.split("\n").filter(Boolean).sort();
}

describe("the command tree completion is generated from", () => {
  it("is the whole program: every command with its aliases, down to the leaves", () => {
    const paths = commands.map((c) => c.path);
    for (const p of ["volume create", "volume get", "volume list", "snapshot create", "vg list", "vg get"])
      expect(paths).toContain(p);
    for (const p of ["export create", "export update", "export reconcile", "completion", "version", "help"])
      expect(paths).toContain(p);
    expect(commands.find((c) => c.path === "volume")?.names).toEqual(["volume", "volumes", "vol"]);
    // Built independently of the tree walker: commander's own list.
    const walk = (c: Command): string[] => c.commands.flatMap((x) => [x.name(), ...x.aliases(), ...walk(x)]);
    const names = new Set(commands.flatMap((c) => c.names));
    for (const name of walk(program)) expect(names).toContain(name);
  });

  it("a command line that names a group builds the same group as the whole program", () => {
    for (const top of program.commands) {
      for (const word of [top.name(), ...top.aliases()]) {
        const only = buildProgram(ctx, ["--server", "unix:///x", word]);
        const built = only.commands.find((c) => c.name() === top.name());
        expect(built, `${word} builds ${top.name()}`).toBeDefined();
        expect(built!.commands.map((c) => c.name())).toEqual(top.commands.map((c) => c.name()));
      }
    }
    // Anything else builds every group (help and "unknown command" list them all).
    expect(buildProgram(ctx, ["frobnicate"]).commands.length).toBe(program.commands.length);
    expect(buildProgram(ctx, ["-o", "volume"]).commands.length).toBe(program.commands.length);
    // lvmctl completion prints the whole tree.
    expect(buildProgram(ctx, ["completion", "bash"]).commands.length).toBe(program.commands.length);
  });
});

describe.each(SHELLS)("lvmctl completion %s", (shell) => {
  const script = completionScript(shell, program);

  it("names every command, alias and flag", () => {
    for (const c of commands) {
      for (const name of c.names) if (c !== tree) expect(script).toMatch(new RegExp(`\\b${name}\\b`));
      for (const f of c.flags) for (const flag of flagNames(f)) expect(script).toContain(flag.replace(/^-+/, ""));
    }
    if (shell !== "fish") {
      // Flags by full spelling, and at the command that takes them.
      expect(script).toMatch(/"volume create"\) echo "[^"]*--size[^"]*--pool/);
      expect(script).toMatch(/"export update"\) echo "[^"]*--no-chap/);
    } else {
      expect(script).toContain(`complete -c lvmctl -n '__lvmctl_at "volume create"' -l size -x`);
      expect(script).toContain(`complete -c lvmctl -n '__lvmctl_at "export update"' -l no-chap`);
    }
  });
});

describe("the bash script", () => {
  it("is valid bash", () => {
    const file = join(dir, "syntax.bash");
    writeFileSync(file, completionScript("bash", program));
    execFileSync("bash", ["-n", file]);
  });

  it.each([
    [["vo"], ["vol", "volume", "volumes"]],
    [
      [""],
      ["completion", "export", "exports", "help", "snap", "snapshot", "version", "vg", "vol", "volume", "volumes"],
    ],
    [["volume", "cr"], ["create"]],
    [
      ["vol", "l"],
      ["list", "ls"],
    ],
    [["export", "update", "v1", "--no"], ["--no-chap"]],
    [
      ["volume", "create", "--s"],
      ["--server", "--size"],
    ],
    [
      ["-o", ""],
      ["json", "table"],
    ],
    [["vg", "list", "--output", "j"], ["json"]],
    [
      ["completion", ""],
      ["bash", "fish", "zsh"],
    ],
    // A flag's value is skipped when finding the command: "vol" here is the server, not a command.
    [["--server", "vol", "snap", "c"], ["create"]],
    [["--timeout", "5s", "volume", "delete", "x", "--a"], ["--allow-missing"]],
  ])("completes lvmctl %j to %j", (words, expected) => {
    expect(bashComplete(words)).toEqual(expected);
  });

  it("completes file paths for flags that take a file", () => {
    writeFileSync(join(dir, "ca.pem"), "");
    expect(bashComplete(["--tls-ca", join(dir, "ca.")])).toEqual([join(dir, "ca.pem")]);
    expect(bashComplete(["vg", "list", "--token-file", join(dir, "ca.p")])).toEqual([join(dir, "ca.pem")]);
  });
});

// zsh and fish are system packages of the test command (scripts/install-system-deps.sh): a
// missing shell fails these tests loudly rather than skipping them.
const requireShell = (shell: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${shell}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${shell} is not installed: apt-get install ${shell} (scripts/install-system-deps.sh does)`);
  }
};

describe("the zsh script", () => {
  beforeAll(() => requireShell("zsh"));
  /** Candidates _lvmctl hands to zsh for `lvmctl <words>`; zsh itself then filters by the typed prefix. */
  function zshCandidates(words: string[]): string[] {
    const script = join(dir, "_lvmctl");
    writeFileSync(script, completionScript("zsh", program));
    const harness = [
      "compdef() { }",
      '_describe() { local -a arr; arr=("${(@P)4}"); print -rl -- "${arr[@]%%:*}"; }',
      'compadd() { shift; print -rl -- "$@"; }',
      '_files() { print -- "<files>"; }',
      '_message() { print -- "<message $1>"; }',
      'source "$1"; shift',
      'words=(lvmctl "$@"); CURRENT=${#words}',
      "_lvmctl",
    ].join("\n");
    const out = execFileSync("zsh", ["-c", harness, "zsh", script, ...words], { encoding: "utf8" });
    return [...new Set(out.split("\n").filter(Boolean))].sort();
  }

  it("is valid zsh", () => {
    const file = join(dir, "syntax.zsh");
    writeFileSync(file, completionScript("zsh", program));
    execFileSync("zsh", ["-n", file]);
  });

  it.each([
    [
      ["volume", "cr"],
      ["create", "delete", "get", "help", "list", "ls", "resize", "rm"],
    ],
    [
      ["-o", ""],
      ["json", "table"],
    ],
    [
      ["completion", ""],
      ["bash", "fish", "zsh"],
    ],
    [["--tls-ca", "/tm"], ["<files>"]],
    [
      ["--server", "x", "snap", "c"],
      ["create", "help"],
    ],
  ])("offers lvmctl %j the candidates %j", (words, expected) => {
    expect(zshCandidates(words)).toEqual(expected);
  });

  it("offers each command's flags once, the program's flags included", () => {
    const flags = zshCandidates(["export", "update", "x", "--no"]);
    expect(flags).toEqual(expect.arrayContaining(["--chap", "--no-chap", "--initiator", "--server", "--help"]));
    expect(flags).not.toContain("--version");
  });
});

describe("the fish script", () => {
  beforeAll(() => requireShell("fish"));
  function fishComplete(line: string): string[] {
    const script = join(dir, "lvmctl.fish");
    writeFileSync(script, completionScript("fish", program));
    const out = execFileSync("fish", ["-c", `source $argv[1]; complete -C $argv[2]`, script, line], {
      encoding: "utf8",
    });
    return [
      ...new Set(
        out
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split("\t")[0]),
      ),
    ].sort();
  }

  it("is valid fish", () => {
    const file = join(dir, "syntax.fish");
    writeFileSync(file, completionScript("fish", program));
    execFileSync("fish", ["-n", file]);
  });

  it.each([
    ["lvmctl vo", ["vol", "volume", "volumes"]],
    ["lvmctl volume create --s", ["--server", "--size"]],
    ["lvmctl -o ", ["json", "table"]],
    ["lvmctl --server x snap ", ["create", "help"]],
    ["lvmctl export update x --no", ["--no-chap"]],
  ])("completes %j to %j", (line, expected) => {
    expect(fishComplete(line)).toEqual(expected);
  });
});
