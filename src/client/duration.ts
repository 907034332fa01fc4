// --timeout values: "30s", "2m", "500ms", "1h" or plain seconds.

/** Node.js timers (which grpc-js uses for deadlines) overflow beyond 2^31-1 ms and fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`--timeout ${text}: expected a duration such as 30s, 2m or 500ms`);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"] ?? 1000;
  const ms = Number(m[1]) * factor;
  if (!(ms >= 1)) throw new Error(`--timeout ${text}: must be at least 1ms`);
  if (ms > MAX_TIMEOUT_MS)
    throw new Error(
      `--timeout ${text}: must be at most ${MAX_TIMEOUT_MS}ms (about 596h), the longest deadline Node.js timers can hold`,
    );
  return ms;
}
