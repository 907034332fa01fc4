// One documented exit code per class of failure, so scripts can branch on it.
import { status } from "@grpc/grpc-js";

export const EXIT = {
  OK: 0,
  /** INTERNAL, UNKNOWN, UNIMPLEMENTED, DATA_LOSS and anything unexpected. */
  FAILURE: 1,
  /** Bad command-line usage or INVALID_ARGUMENT / OUT_OF_RANGE. */
  INVALID: 2,
  NOT_FOUND: 3,
  ALREADY_EXISTS: 4,
  /** PERMISSION_DENIED or UNAUTHENTICATED. */
  DENIED: 5,
  /** FAILED_PRECONDITION or ABORTED: the state does not allow it now. */
  PRECONDITION: 6,
  RESOURCE_EXHAUSTED: 7,
  /** UNAVAILABLE, DEADLINE_EXCEEDED or CANCELLED: the daemon could not be reached or did not answer in time. */
  UNAVAILABLE: 8,
} as const;

export function exitCodeFor(code: status): number {
  switch (code) {
    case status.OK:
      return EXIT.OK;
    case status.INVALID_ARGUMENT:
    case status.OUT_OF_RANGE:
      return EXIT.INVALID;
    case status.NOT_FOUND:
      return EXIT.NOT_FOUND;
    case status.ALREADY_EXISTS:
      return EXIT.ALREADY_EXISTS;
    case status.PERMISSION_DENIED:
    case status.UNAUTHENTICATED:
      return EXIT.DENIED;
    case status.FAILED_PRECONDITION:
    case status.ABORTED:
      return EXIT.PRECONDITION;
    case status.RESOURCE_EXHAUSTED:
      return EXIT.RESOURCE_EXHAUSTED;
    case status.UNAVAILABLE:
    case status.DEADLINE_EXCEEDED:
    case status.CANCELLED:
      return EXIT.UNAVAILABLE;
    default:
      return EXIT.FAILURE;
  }
}

export const EXIT_CODE_HELP = `Exit codes:
  0  success
  1  internal or unexpected error
  2  invalid usage or INVALID_ARGUMENT
  3  NOT_FOUND
  4  ALREADY_EXISTS
  5  PERMISSION_DENIED / UNAUTHENTICATED
  6  FAILED_PRECONDITION / ABORTED
  7  RESOURCE_EXHAUSTED
  8  UNAVAILABLE / DEADLINE_EXCEEDED (daemon unreachable or too slow)`;
