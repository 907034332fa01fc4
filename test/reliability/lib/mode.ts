// Full or quick run: `npm run reliability` sets LVMCTL_RELIABILITY=full, the CI
// run (`npm run reliability:quick`) leaves it unset.
export const FULL = process.env.LVMCTL_RELIABILITY === "full";
export const MODE = FULL ? "full" : "quick";

/** The full-run value or the quick-run value. */
export const scale = <T>(full: T, quick: T): T => (FULL ? full : quick);

/** Seed for every fast-check run (printed in the report, so a failure can be replayed with LVMCTL_RELIABILITY_SEED). */
export const SEED = process.env.LVMCTL_RELIABILITY_SEED
  ? Number(process.env.LVMCTL_RELIABILITY_SEED)
  : Date.now() % 2 ** 31;
