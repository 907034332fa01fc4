#!/usr/bin/env node
// A fault-injecting stand-in for lvm2's `lvm` binary (test-only; in the spirit
// of lvm2's own error-injecting test binaries). lvmctld runs it through
// `--lvm-binary`. Without a matching rule it runs the real lvm with the same
// arguments, so it works against real loop-backed volume groups.
//
// Control: LVMCTL_FAKE_LVM_CONTROL names a JSON file, re-read on every call:
//   { "rules": [ { "id": "r1", "command": "lvs", "match": "substring of argv",
//                  "fault": "truncate", "skip": 0, "times": 1, ...params } ] }
// The first rule whose command (and match, when given) fits is used, `skip`
// matching calls are let through first and at most `times` are faulted
// (counted across processes with exclusive mkdir tickets). Every injected
// fault appends a JSON line to <control>.log.
//
// Faults (params in brackets):
//   garbage        print non-JSON, exit 0
//   truncate       run lvm, print the first half of its output
//   missing-key    run lvm, delete [key] from every report row
//   wrong-type     run lvm, set [key] to "not-a-number" in every row
//   no-report      print {} and exit 0
//   empty          print nothing, exit 0
//   exit           exit [code] with [stderr], without running lvm
//   exit-after     run lvm, then exit [code] with [stderr] (the change happened)
//   exit139        exit with status 139, without running lvm
//   segv           die of SIGSEGV, without running lvm
//   segv-after     run lvm, then die of SIGSEGV
//   hang           sleep [ms] (default: for ever), then behave normally
//   hang-after     run lvm, then sleep [ms] before answering
//   huge           run lvm, append [bytes] of whitespace to valid JSON output
//   huge-garbage   print [bytes] of 'x', exit 0
//   slow           run lvm, dribble its output over [ms]
//   noise          run lvm, add [bytes] of WARNING lines on stderr
//   lie            exit 0 without running lvm (claims success)
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const command = args[0] ?? "";
const REAL = process.env.LVMCTL_FAKE_LVM_REAL ?? "lvm";
const control = process.env.LVMCTL_FAKE_LVM_CONTROL;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function runReal() {
  const r = spawnSync(REAL, args, {
    encoding: "buffer",
    maxBuffer: 1 << 30,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return {
    stdout: r.stdout ?? Buffer.alloc(0),
    stderr: r.stderr ?? Buffer.alloc(0),
    status: r.status ?? (r.signal ? 128 + 15 : 1),
  };
}

function passThrough() {
  const r = spawnSync(REAL, args, { stdio: "inherit", env: process.env });
  process.exit(r.status ?? 1);
}

function pickRule() {
  if (!control || !existsSync(control)) return undefined;
  let doc;
  try {
    doc = JSON.parse(readFileSync(control, "utf8"));
  } catch {
    return undefined;
  }
  const joined = args.join(" ");
  for (const [i, rule] of (doc.rules ?? []).entries()) {
    if (rule.command !== undefined && rule.command !== command) continue;
    if (rule.match !== undefined && !joined.includes(rule.match)) continue;
    const id = rule.id ?? `rule${i}`;
    // Ticket n = this is the n-th matching call (0-based), across concurrent processes.
    let n = 0;
    for (; ; n++) {
      try {
        mkdirSync(`${control}.${id}.${n}`);
        break;
      } catch {
        // taken
      }
    }
    const skip = rule.skip ?? 0;
    const times = rule.times ?? Infinity;
    if (n < skip || n >= skip + times) return undefined;
    return { ...rule, id };
  }
  return undefined;
}

async function write(stream, data) {
  await new Promise((resolve) => (stream.write(data) ? resolve() : stream.once("drain", resolve)));
}

function rows(json, fn) {
  const doc = JSON.parse(json);
  for (const report of doc.report ?? []) for (const key of Object.keys(report)) for (const row of report[key]) fn(row);
  return JSON.stringify(doc);
}

async function main() {
  const rule = pickRule();
  if (!rule) return passThrough();
  if (control)
    appendFileSync(
      `${control}.log`,
      `${JSON.stringify({ id: rule.id, fault: rule.fault, command, pid: process.pid, at: Date.now() })}\n`,
    );
  const code = rule.code ?? 5;
  const stderr = rule.stderr ?? "  Injected failure.\n";
  switch (rule.fault) {
    case "garbage":
      await write(process.stdout, "{ this is not json ]]\n");
      return process.exit(0);
    case "truncate": {
      const r = runReal();
      await write(process.stdout, r.stdout.subarray(0, Math.floor(r.stdout.length / 2)));
      return process.exit(r.status);
    }
    case "missing-key":
    case "wrong-type": {
      const r = runReal();
      const out = rows(r.stdout.toString("utf8"), (row) => {
        if (rule.fault === "missing-key") delete row[rule.key];
        else row[rule.key] = "not-a-number";
      });
      await write(process.stdout, out);
      return process.exit(r.status);
    }
    case "no-report":
      await write(process.stdout, "{}\n");
      return process.exit(0);
    case "empty":
      return process.exit(0);
    case "exit":
      await write(process.stderr, stderr);
      return process.exit(code);
    case "exit-after": {
      const r = runReal();
      await write(process.stdout, r.stdout);
      await write(process.stderr, stderr);
      return process.exit(code);
    }
    case "exit139":
      return process.exit(139);
    case "segv":
      return process.kill(process.pid, "SIGSEGV");
    case "segv-after":
      runReal();
      return process.kill(process.pid, "SIGSEGV");
    case "hang":
      await sleep(rule.ms ?? 2 ** 31 - 1);
      return passThrough();
    case "hang-after": {
      const r = runReal();
      await sleep(rule.ms ?? 2 ** 31 - 1);
      await write(process.stdout, r.stdout);
      await write(process.stderr, r.stderr);
      return process.exit(r.status);
    }
    case "huge": {
      const r = runReal();
      await write(process.stdout, r.stdout);
      const chunk = Buffer.alloc(1 << 20, " ");
      for (let left = rule.bytes ?? 100 << 20; left > 0; left -= chunk.length)
        await write(process.stdout, left >= chunk.length ? chunk : chunk.subarray(0, left));
      return process.exit(r.status);
    }
    case "huge-garbage": {
      const chunk = Buffer.alloc(1 << 20, "x");
      for (let left = rule.bytes ?? 100 << 20; left > 0; left -= chunk.length)
        await write(process.stdout, left >= chunk.length ? chunk : chunk.subarray(0, left));
      return process.exit(0);
    }
    case "slow": {
      const r = runReal();
      const pieces = 20;
      const step = Math.ceil(r.stdout.length / pieces) || 1;
      for (let i = 0; i < r.stdout.length; i += step) {
        await write(process.stdout, r.stdout.subarray(i, i + step));
        await sleep((rule.ms ?? 2000) / pieces);
      }
      await write(process.stderr, r.stderr);
      return process.exit(r.status);
    }
    case "noise": {
      const r = runReal();
      await write(process.stdout, r.stdout);
      const line = "  WARNING: injected noise on stderr for testing.\n";
      for (let left = rule.bytes ?? 1 << 20; left > 0; left -= line.length) await write(process.stderr, line);
      await write(process.stderr, r.stderr);
      return process.exit(r.status);
    }
    case "lie":
      return process.exit(0);
    default:
      await write(process.stderr, `fake lvm: unknown fault ${rule.fault}\n`);
      return process.exit(99);
  }
}

await main();
