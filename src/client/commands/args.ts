// Argument parsers shared by commands; failures exit with the usage code.
import { InvalidArgumentError } from "commander";
import { parseSize } from "../../common/size.js";

/** The largest value a uint64 field carries; anything larger cannot even be sent. */
const MAX_UINT64 = 2n ** 64n - 1n;
/** page_size is an int32. */
const MAX_INT32 = 2 ** 31 - 1;

export function sizeArg(value: string): bigint {
  let bytes: bigint;
  try {
    bytes = parseSize(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  if (bytes > MAX_UINT64)
    throw new InvalidArgumentError(`size "${value}" is ${bytes} bytes, more than any volume can have`);
  return bytes;
}

export function pageSizeArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  const n = Number(value);
  if (n > MAX_INT32) throw new InvalidArgumentError(`"${value}" is too large for a page size`);
  return n;
}
