// Writing an lvm command as a line of lvm's shell: the quoting lvm's own
// line splitter understands, and the options a shell command needs beyond
// exec's argv.

/** lvm's shell splits lines into at most 64 words (tools/lvm.c MAX_ARGS); stay well below. */
const MAX_WORDS = 60;
/** The report time format lvm uses by default; the lvmdbusd profile switches it to epoch seconds. */
const TIME_FORMAT_CONFIG = 'report{time_format="%Y-%m-%d %T %z"}';

/** Quotes one argument the way lvm's shell splits lines (lvm_split: a leading ' or " quotes up to the same quote; no escapes). */
export function shellWord(arg: string): string | undefined {
  // Only printable ASCII goes through the shell (no control characters, newlines or non-ASCII), and never editline's history/expansion characters.
  if (/[^\x20-\x7e]|[!\\]/.test(arg)) return undefined;
  const needsQuotes = arg === "" || /\s/.test(arg) || /^['"#]/.test(arg);
  if (!needsQuotes) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  if (!arg.includes('"')) return `"${arg}"`;
  return undefined;
}

/** The shell line for an lvm command (argv without the binary), or undefined when it cannot be expressed safely. */
export function shellLine(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  const cmd = args[0];
  // A command name, not a shell built-in or something lvm_split would swallow.
  if (!/^[a-z][a-z0-9]*$/.test(cmd) || ["exit", "quit", "help", "lastlog", "lvm"].includes(cmd)) return undefined;
  const words: string[] = [];
  for (const a of shellArgs(args)) {
    const w = shellWord(a);
    if (w === undefined) return undefined;
    words.push(w);
  }
  return words.length > MAX_WORDS ? undefined : words.join(" ");
}

/**
 * What a shell command needs beyond exec's argv: the default report time
 * format in its --config (the lvmdbusd profile would print epoch seconds),
 * and -qq: a prompt must never read the shell's stdin (our next command);
 * -qq answers every prompt "no", as exec's empty stdin does.
 */
function shellArgs(args: readonly string[]): string[] {
  const out = [...args];
  const i = out.indexOf("--config");
  if (i >= 0 && i + 1 < out.length) out[i + 1] = `${out[i + 1]} ${TIME_FORMAT_CONFIG}`;
  else out.splice(1, 0, "--config", TIME_FORMAT_CONFIG);
  out.splice(1, 0, "-qq");
  return out;
}
