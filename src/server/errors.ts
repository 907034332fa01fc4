// The daemon's one error type. Everything below the gRPC edge throws
// LvmctlError with a status-like code; the edge maps it to a gRPC status.

export type ErrorCode =
  | "INVALID_ARGUMENT"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "PERMISSION_DENIED"
  | "UNAUTHENTICATED"
  | "FAILED_PRECONDITION"
  | "RESOURCE_EXHAUSTED"
  | "ABORTED"
  | "UNAVAILABLE"
  | "DEADLINE_EXCEEDED"
  | "CANCELLED"
  | "OUT_OF_RANGE"
  | "UNIMPLEMENTED"
  | "INTERNAL";

export class LvmctlError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "LvmctlError";
  }
}

export const invalidArgument = (field: string, why: string) => new LvmctlError("INVALID_ARGUMENT", `${field}: ${why}`);
