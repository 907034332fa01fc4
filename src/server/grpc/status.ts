// The one place where daemon errors become gRPC statuses. Unknown errors are
// INTERNAL with a fixed message: stack traces and stderr stay in the log.
import { Metadata, status, type ServiceError } from "@grpc/grpc-js";
import { LvmctlError } from "../errors.js";

export function toServiceError(err: unknown): ServiceError {
  const known = err instanceof LvmctlError;
  const code = known ? status[err.code] : status.INTERNAL;
  const details = known ? err.message : "internal error (see the lvmctld log)";
  return Object.assign(new Error(details), { code, details, metadata: new Metadata() });
}

export function statusName(code: number): string {
  return status[code] ?? String(code);
}
