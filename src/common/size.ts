// Human-readable sizes, exactly the units the README documents (case matters,
// so "mb" or "Mb" is refused rather than guessed): K M G T P E (lower case too,
// as lvcreate -L takes them) and KiB ... EiB are powers of 1024; kB MB GB TB PB EB
// are powers of 1000; a bare number or a "B" suffix is bytes.

const LETTERS = "KMGTPE";

export const SIZE_HELP =
  "bytes, or a number with a unit: K M G T P E (or k m g t p e) / KiB MiB GiB TiB PiB EiB (powers of 1024), kB MB GB TB PB EB (powers of 1000)";

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ["", 1n],
  ["B", 1n],
  ...[...LETTERS].flatMap((letter, i) => {
    const binary = 1024n ** BigInt(i + 1);
    const decimal = 1000n ** BigInt(i + 1);
    // Decimal kilo is the SI "k"; the others are upper case.
    const decimalUnit = letter === "K" ? "kB" : `${letter}B`;
    return [
      [letter, binary],
      [letter.toLowerCase(), binary],
      [`${letter}iB`, binary],
      [decimalUnit, decimal],
    ] as Array<[string, bigint]>;
  }),
]);

/** Parses "10GiB", "512M", "1.5TiB", "4096" into bytes; throws on anything else. */
export function parseSize(text: string): bigint {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) throw new Error(`invalid size "${text}": expected ${SIZE_HELP}`);
  const [, whole, frac = "", unit] = m;
  const mult = UNITS.get(unit);
  if (mult === undefined)
    throw new Error(`invalid size "${text}": unknown unit "${unit}" (units are case-sensitive): expected ${SIZE_HELP}`);
  const scale = 10n ** BigInt(frac.length);
  const scaled = (BigInt(whole) * scale + BigInt(frac || "0")) * mult;
  if (scaled % scale !== 0n) throw new Error(`invalid size "${text}": not a whole number of bytes`);
  return scaled / scale;
}

/** Formats bytes with the largest binary unit that keeps at most two decimals exact-ish. */
export function formatSize(bytes: bigint): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  let i = 0;
  let div = 1n;
  while (i < units.length - 1 && bytes >= div * 1024n) {
    div *= 1024n;
    i++;
  }
  if (i === 0) return `${bytes}B`;
  const hundredths = (bytes * 100n + div / 2n) / div;
  const whole = hundredths / 100n;
  const rest = hundredths % 100n;
  const fraction = rest === 0n ? "" : `.${rest.toString().padStart(2, "0")}`.replace(/0$/, "");
  return `${whole}${fraction}${units[i]}`;
}
