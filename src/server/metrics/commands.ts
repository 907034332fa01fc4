// External command count and latency by command and exit status, fed by the
// runner (exec/runner.ts). The command label is the program's base name, and for
// lvm the subcommand (lvcreate, vgs...): a bounded set, whatever the arguments.
import { basename } from "node:path";
import { Counter, Histogram, type Registry } from "prom-client";
import { CommandError } from "../exec/command.js";
import type { CommandObserver } from "../exec/runner.js";
import { LATENCY_BUCKETS } from "./buckets.js";

const LABELS = ["command", "status"] as const;
const LVM_SUBCOMMAND = /^[a-z]+$/;

/** `lvm lvcreate ...` -> "lvcreate", `/usr/bin/targetcli` -> "targetcli". */
export function commandLabel(argv: readonly string[], lvmBinary: string): string {
  const program = argv[0] ?? "";
  if (program === lvmBinary || basename(program) === "lvm") {
    const sub = argv[1] ?? "";
    return LVM_SUBCOMMAND.test(sub) ? sub : "lvm";
  }
  return basename(program);
}

/**
 * "0" for success; the exit code when the command exited non-zero; otherwise how
 * it failed: timeout, signal, spawn (could not start), cancelled, or error.
 */
export function statusLabel(err: unknown): string {
  if (err === undefined) return "0";
  if (!(err instanceof CommandError)) return "error";
  if (err.failure === "exit") return err.exitCode === undefined ? "error" : String(err.exitCode);
  return err.failure;
}

export function commandMetrics(registry: Registry, lvmBinary: string): CommandObserver {
  const runs = new Counter({
    name: "lvmctl_commands_total",
    help: 'External commands run (lvm, targetcli, ...), by command and exit status ("0" = success).',
    labelNames: LABELS,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "lvmctl_command_duration_seconds",
    help: "How long external commands ran, by command and exit status.",
    labelNames: LABELS,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return (argv, seconds, err) => {
    const labels = { command: commandLabel(argv, lvmBinary), status: statusLabel(err) };
    runs.inc(labels);
    duration.observe(labels, seconds);
  };
}
