// Argument parsers shared by commands; failures exit with the usage code.
import { InvalidArgumentError } from "commander";
import { parseSize } from "../../common/size.js";

export function sizeArg(value: string): bigint {
  try {
    return parseSize(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function pageSizeArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
}
