#!/usr/bin/env node
// A stand-in for `lvm` in shell mode (no arguments): reads command lines on
// stdin and answers each with one JSON object on LVM_REPORT_FD, like lvm2
// with the lvmdbusd command profile. Behaviour per command word:
//   version                 success
//   vgs | lvs ...           a one-row report, success
//   fail ...                status 5; `lastlog` then repeats its log (with the error)
//   twice <ms>              answers, then <ms> later answers again (a reply nothing waits for)
//   exit                    answers "Exiting." and ends, as lvm2 does
//   slow <ms> ...           waits, then success
//   mutate <name>           appends <name> to $FAKE_SHELL_STATE, success
//   diebefore <name>       exits (the shell dies) without changing anything
//   dieafter <name>        appends <name> to $FAKE_SHELL_STATE, then exits
//   garbage                 writes a non-JSON line to the report descriptor
// With FAKE_SHELL_BROKEN=1 it exits at once (a shell that cannot start).
import { appendFileSync, writeSync } from "node:fs";
import { createInterface } from "node:readline";

if (process.env.FAKE_SHELL_BROKEN === "1") process.exit(5);
const fd = Number(process.env.LVM_REPORT_FD);
const out = (obj) => writeSync(fd, `  ${JSON.stringify(obj, null, 2).replace(/\n/g, "\n  ")}\n`);
const status = (cmd, ok) => ({
  log_seq_num: "9",
  log_type: "status",
  log_context: "shell",
  log_object_type: "cmd",
  log_object_name: cmd,
  log_message: ok ? "success" : "failure",
  log_errno: "0",
  log_ret_code: ok ? "1" : "5",
});
let lastLog = [];
const state = process.env.FAKE_SHELL_STATE;

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  const [cmd, ...args] = line.trim().split(/\s+/);
  if (cmd === "exit") {
    out({
      log: [
        {
          log_seq_num: "1",
          log_type: "error",
          log_context: "shell",
          log_object_type: "cmd",
          log_object_name: "exit",
          log_message: "Exiting.",
          log_errno: "-1",
          log_ret_code: "0",
        },
      ],
    });
    break;
  }
  if (cmd === "version") out({ log: [status("version", true)] });
  else if (cmd === "lastlog") out({ log: lastLog });
  else if (cmd === "vgs" || cmd === "lvs")
    out({ report: [{ [cmd === "vgs" ? "vg" : "lv"]: [{ name: args.at(-1) }] }], log: [status(cmd, true)] });
  else if (cmd === "fail") {
    const error = {
      log_type: "error",
      log_context: "processing",
      log_object_type: "vg",
      log_message: `Volume group "${args.at(-1)}" not found`,
      log_ret_code: "0",
    };
    lastLog = [error, status(cmd, false)];
    out({ log: [status(cmd, false)] });
  } else if (cmd === "twice") {
    out({ report: [{ lv: [{ name: "first" }] }], log: [status(cmd, true)] });
    setTimeout(
      () => out({ report: [{ lv: [{ name: "stray" }] }], log: [status(cmd, true)] }),
      Number(args.find((a) => /^\d+$/.test(a))),
    );
  } else if (cmd === "slow") {
    await new Promise((r) => setTimeout(r, Number(args.find((a) => /^\d+$/.test(a)))));
    out({ report: [{ lv: [] }], log: [status(cmd, true)] });
  } else if (cmd === "mutate") {
    appendFileSync(state, `${args.at(-1)}\n`);
    out({ log: [status(cmd, true)] });
  } else if (cmd === "diebefore") process.exit(139);
  else if (cmd === "dieafter") {
    appendFileSync(state, `${args.at(-1)}\n`);
    process.exit(139);
  } else if (cmd === "garbage") writeSync(fd, "not json\n");
  else out({ log: [status(cmd, false)] });
}
