// Human-readable sizes. Binary units (K, M, G, T, P, E and KiB ... EiB) are
// powers of 1024, as in lvcreate -L; decimal units (kB, KB, MB, GB, TB, PB, EB)
// are powers of 1000; a bare number or a "B" suffix is bytes.

const BINARY = ["K", "M", "G", "T", "P", "E"] as const;
const DECIMAL = ["K", "M", "G", "T", "P", "E"] as const;

export const SIZE_HELP =
  "bytes, or a number with a unit: K M G T P E / KiB MiB GiB TiB PiB EiB (powers of 1024), kB MB GB TB PB EB (powers of 1000)";

function multiplier(unit: string): bigint | undefined {
  if (unit === "" || unit === "B" || unit === "b") return 1n;
  const u = unit.toUpperCase();
  const letter = u[0];
  const bin = BINARY.indexOf(letter as (typeof BINARY)[number]);
  if (u.length === 1 || u === `${letter}IB`) return bin >= 0 ? 1024n ** BigInt(bin + 1) : undefined;
  if (u === `${letter}B`) {
    const dec = DECIMAL.indexOf(letter as (typeof DECIMAL)[number]);
    return dec >= 0 ? 1000n ** BigInt(dec + 1) : undefined;
  }
  return undefined;
}

/** Parses "10GiB", "512M", "1.5TiB", "4096" into bytes; throws on anything else. */
export function parseSize(text: string): bigint {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) throw new Error(`invalid size "${text}": expected ${SIZE_HELP}`);
  const [, whole, frac = "", unit] = m;
  const mult = multiplier(unit);
  if (mult === undefined) throw new Error(`invalid size "${text}": unknown unit "${unit}"`);
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
