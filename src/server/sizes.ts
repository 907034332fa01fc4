// Size checks shared by every RPC that takes a size.
import { invalidArgument } from "./errors.js";

/** LVM's largest logical volume: 8 EiB. */
export const MAX_VOLUME_BYTES = 1n << 63n;

export function requireSize(field: string, bytes: bigint): bigint {
  if (bytes <= 0n) throw invalidArgument(field, "must be greater than 0");
  if (bytes > MAX_VOLUME_BYTES)
    throw invalidArgument(field, `${bytes} exceeds LVM's maximum volume size of 8 EiB (${MAX_VOLUME_BYTES} bytes)`);
  return bytes;
}
