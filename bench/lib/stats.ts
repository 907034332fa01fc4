// Medians and the timing helpers every benchmark uses.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs `ours` and `raw` alternately (order flipped every round, so drift on
 * a busy host hits both) and returns their medians.
 */
export async function interleave(
  rounds: number,
  ours: (i: number) => Promise<unknown>,
  raw: (i: number) => Promise<unknown>,
): Promise<{ ours: number[]; raw: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push((await timed(() => ours(i))).ms);
      b.push((await timed(() => raw(i))).ms);
    } else {
      b.push((await timed(() => raw(i))).ms);
      a.push((await timed(() => ours(i))).ms);
    }
  }
  return { ours: a, raw: b };
}
