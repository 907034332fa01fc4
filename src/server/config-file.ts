// lvmctld's configuration file (/etc/lvmctl/lvmctld.toml): one top-level TOML
// key per daemon flag, named like the flag without its dashes (kebab-case:
// `log-level`, `volume-group`). The keys are derived from the commander
// options, so a new flag has a key without anyone writing one.
//
//   --flag <value>         flag = "value"       (numbers may be TOML numbers when the flag takes one)
//   --flag (boolean)       flag = true | false
//   --no-flag              flag = true | false  (false does what --no-flag does)
//   repeatable --flag      flag = ["a", "b"]    (a single string is one value)
//
// Parsed with toml-eslint-parser: its syntax tree keeps the line of every key
// and value, so an unknown key or a bad value is reported with its line.
import type { Command, Option } from "commander";
import { ParseError, getStaticTOMLValue, parseTOML, type AST } from "toml-eslint-parser";

export type ConfigValue = string | boolean | string[];

/** One configuration key and the option it stands for. */
export interface ConfigKey {
  key: string;
  /** The commander attribute (opts() property) the value goes to. */
  attribute: string;
  kind: "boolean" | "string" | "list";
  choices?: readonly string[];
  /** The flag's value is a number, so a TOML integer or float is accepted too. */
  numeric: boolean;
}

/** A value from the file and the line it is on. */
export interface FileSetting {
  key: string;
  attribute: string;
  value: ConfigValue;
  line: number;
}

/** Options that have no key: they choose the file or print something. */
const NOT_IN_FILE = new Set(["config", "version", "help"]);

/** Every option of `command` that the file may set, with the TOML type its key takes. */
export function configKeys(command: Command, isRepeatable: (option: Option) => boolean): ConfigKey[] {
  const keys: ConfigKey[] = [];
  for (const option of command.options) {
    const flag = (option.long ?? "").replace(/^--/, "");
    const key = option.negate ? flag.replace(/^no-/, "") : flag;
    if (key === "" || NOT_IN_FILE.has(key)) continue;
    const takesValue = option.required || option.optional;
    keys.push({
      key,
      attribute: option.attributeName(),
      kind: !takesValue ? "boolean" : isRepeatable(option) ? "list" : "string",
      choices: option.argChoices,
      // A plain decimal default ("60", "1024") marks a numeric flag; "0660" (octal) and "8MiB" do not.
      numeric: typeof option.defaultValue === "string" && /^(0|[1-9]\d*)$/.test(option.defaultValue),
    });
  }
  return keys;
}

/** Parses the text of a configuration file; errors name the file, the line and the key. */
export function parseConfigFile(text: string, path: string, keys: readonly ConfigKey[]): FileSetting[] {
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text);
  } catch (err) {
    if (err instanceof ParseError) throw new Error(`${path} line ${err.lineNumber}: ${err.message}`);
    throw err;
  }
  const byKey = new Map(keys.map((k) => [k.key, k]));
  const settings: FileSetting[] = [];
  for (const node of program.body[0].body) {
    const line = node.loc.start.line;
    if (node.type === "TOMLTable") {
      throw new Error(`${path} line ${line}: unknown table [${node.resolvedKey.join(".")}]: every key is top-level`);
    }
    const name = node.key.keys.map((k) => (k.type === "TOMLBare" ? k.name : k.value)).join(".");
    const spec = byKey.get(name);
    if (!spec) {
      const hint = byKey.has(name.replaceAll("_", "-")) ? ` (did you mean "${name.replaceAll("_", "-")}"?)` : "";
      throw new Error(`${path} line ${line}: unknown key "${name}"${hint}`);
    }
    const value = convert(spec, node.value);
    if (typeof value === "string") {
      const where = `${path} line ${node.value.loc.start.line}: ${name}`;
      throw new Error(`${where}: ${value}`);
    }
    settings.push({ key: name, attribute: spec.attribute, value: value.ok, line });
  }
  return settings;
}

/** The value the option takes, or (a string) why the TOML value does not fit. */
function convert(spec: ConfigKey, node: AST.TOMLContentNode): { ok: ConfigValue } | string {
  const raw: unknown = getStaticTOMLValue(node);
  if (spec.kind === "boolean")
    return typeof raw === "boolean" ? { ok: raw } : `expected true or false, not ${show(raw)}`;
  if (spec.kind === "list") {
    const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
    if (items.length === 0) return "expected at least one value (leave the key out for the default)";
    const out: string[] = [];
    for (const item of items) {
      const one = scalar(spec, item);
      if (typeof one !== "string") return `expected strings${spec.numeric ? " or numbers" : ""}, not ${show(item)}`;
      out.push(one);
    }
    return { ok: out };
  }
  const one = scalar(spec, raw);
  if (one === undefined) return `expected a string${spec.numeric ? " or a number" : ""}, not ${show(raw)}`;
  if (spec.choices && !spec.choices.includes(one)) return `expected one of ${spec.choices.join(", ")}, not "${one}"`;
  return { ok: one };
}

function scalar(spec: ConfigKey, raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (spec.numeric && typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  return undefined;
}

function show(raw: unknown): string {
  if (Array.isArray(raw)) return "an array";
  if (raw instanceof Date) return "a date";
  if (raw !== null && typeof raw === "object") return "a table";
  return typeof raw === "string" ? `"${raw}"` : String(raw);
}
