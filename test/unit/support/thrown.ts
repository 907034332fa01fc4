// The error a refused input throws, for tests that check its code and message.
import { LvmctlError } from "../../../src/server/errors.js";

/** Runs `fn` and returns the LvmctlError it threw; anything else it throws is rethrown, and throwing nothing fails. */
export function thrownLvmctlError(fn: () => unknown): LvmctlError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LvmctlError) return err;
    throw err;
  }
  throw new Error("accepted: no LvmctlError was thrown");
}
