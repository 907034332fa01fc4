// One documented exit code per class of failure, so scripts can branch on it.
// gRPC status codes are fixed by the protocol; they are spelled out here so
// that mapping an error to an exit code never loads grpc-js.

/** gRPC status names, indexed by code (https://grpc.github.io/grpc/core/md_doc_statuscodes.html). */
export const STATUS_NAMES = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED",
] as const;

export type StatusName = (typeof STATUS_NAMES)[number];

/** The numeric code of a status name. */
export const STATUS = Object.fromEntries(STATUS_NAMES.map((name, code) => [name, code])) as Record<StatusName, number>;

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

const EXIT_BY_STATUS: Partial<Record<StatusName, number>> = {
  OK: EXIT.OK,
  INVALID_ARGUMENT: EXIT.INVALID,
  OUT_OF_RANGE: EXIT.INVALID,
  NOT_FOUND: EXIT.NOT_FOUND,
  ALREADY_EXISTS: EXIT.ALREADY_EXISTS,
  PERMISSION_DENIED: EXIT.DENIED,
  UNAUTHENTICATED: EXIT.DENIED,
  FAILED_PRECONDITION: EXIT.PRECONDITION,
  ABORTED: EXIT.PRECONDITION,
  RESOURCE_EXHAUSTED: EXIT.RESOURCE_EXHAUSTED,
  UNAVAILABLE: EXIT.UNAVAILABLE,
  DEADLINE_EXCEEDED: EXIT.UNAVAILABLE,
  CANCELLED: EXIT.UNAVAILABLE,
};

export function exitCodeFor(code: number): number {
  const name = STATUS_NAMES[code] as StatusName | undefined;
  return (name && EXIT_BY_STATUS[name]) ?? EXIT.FAILURE;
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
