// --timeout values: "30s", "2m", "500ms", "1h" or plain seconds.

export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`--timeout ${text}: expected a duration such as 30s, 2m or 500ms`);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"] ?? 1000;
  const ms = Number(m[1]) * factor;
  if (!(ms > 0)) throw new Error(`--timeout ${text}: must be greater than 0`);
  return ms;
}
