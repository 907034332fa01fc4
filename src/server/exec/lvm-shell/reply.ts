// Reading an lvm shell's report descriptor: splitting the stream into one
// JSON object per command, and what a reply's log section says (the command
// it answers, its status, its messages).

/** A report object larger than this is a broken shell, not a report. */
const MAX_OBJECT_CHARS = 256 * 1024 * 1024;

/**
 * Splits a character stream into top-level JSON objects by tracking brace
 * depth outside string literals: independent of lvm's indentation. It also
 * spots the moment an object's first member closes: for a report that is the
 * complete `"report": [...]` section, which lvm writes before it tears down
 * its I/O context and writes the status log (tens of ms later on some
 * kernels).
 */
export class JsonObjectSplitter {
  private parts: string[] = [];
  private size = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private firstMemberDone = false;

  /**
   * Feeds a chunk. onObject gets each completed object; onReport gets
   * `{"report": [...]}` (valid JSON) as soon as an object's leading report
   * section is complete.
   */
  push(chunk: string, onObject: (text: string) => void, onReport?: (text: string) => void): void {
    let start = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
        continue;
      }
      if (this.depth === 0 && c !== 0x7b && c !== 0x5b && c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) {
        throw new Error("text outside a JSON object on the report descriptor");
      }
      if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (this.depth === 0) {
          start = i;
          this.firstMemberDone = false;
        }
        this.depth++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        this.depth--;
        if (this.depth < 0) throw new Error("unbalanced JSON on the report descriptor");
        if (this.depth === 0) {
          const text = this.parts.join("") + chunk.slice(start, i + 1);
          this.parts = [];
          this.size = 0;
          start = -1;
          onObject(text);
        } else if (this.depth === 1 && !this.firstMemberDone) {
          this.firstMemberDone = true;
          if (onReport) {
            const prefix = this.parts.join("") + chunk.slice(start, i + 1);
            if (/^\{\s*"report"\s*:/.test(prefix)) onReport(`${prefix}\n}`);
          }
        }
      }
    }
    if (this.depth > 0) {
      const rest = chunk.slice(start);
      this.size += rest.length;
      if (this.size > MAX_OBJECT_CHARS) throw new Error(`report object larger than ${MAX_OBJECT_CHARS} characters`);
      this.parts.push(rest);
    }
  }
}

export interface LogEntry {
  log_type?: string;
  log_context?: string;
  log_object_type?: string;
  log_object_name?: string;
  log_message?: string;
  log_ret_code?: string;
}

/** The log section of a reply object; throws when the text is not one. */
export function replyLog(text: string): LogEntry[] {
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (typeof doc !== "object" || doc === null || !Array.isArray(doc.log))
    throw new Error("report object without a log section");
  return doc.log as LogEntry[];
}

/** The command's own status (the shell-level "cmd" status entry lvm writes last). */
export function commandStatus(log: LogEntry[]): number | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e.log_context === "shell" && e.log_object_type === "cmd" && e.log_type === "status") {
      const n = Number(e.log_ret_code);
      return Number.isInteger(n) ? n : undefined;
    }
  }
  return undefined;
}

/**
 * The command a reply belongs to: lvm names it in every shell-level entry of
 * the log (log_object_name is the line's first word; `lastlog` repeats the
 * log of the command before it). Undefined when the entries disagree or there
 * are none.
 */
export function replyCommand(log: LogEntry[]): string | undefined {
  const names = new Set(
    log.filter((e) => e.log_context === "shell" && e.log_object_type === "cmd").map((e) => e.log_object_name),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** Messages exec would have printed on stderr, from a `lastlog` (or a command's own) log section. */
export function messages(log: LogEntry[]): string {
  return log
    .filter((e) => e.log_type === "error" || e.log_type === "warn")
    .map((e) => `  ${e.log_message ?? ""}`)
    .join("\n");
}
