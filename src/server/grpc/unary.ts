// Wraps every unary handler in the same shape: an AbortSignal tied to client
// cancellation, one log line per RPC (method, peer, duration, status) and
// error mapping at the edge.
import { status, type handleUnaryCall, type ServerUnaryCall } from "@grpc/grpc-js";
import type { Logger } from "pino";
import { statusName, toServiceError } from "./status.js";

export interface CallContext {
  signal: AbortSignal;
  log: Logger;
  peer: string;
}

/** Checks a caller may use a method; throws PERMISSION_DENIED/UNAUTHENTICATED otherwise. */
export type Authorizer = (call: ServerUnaryCall<unknown, unknown>, method: string) => void;

export interface HandlerDeps {
  log: Logger;
  authorize?: Authorizer;
}

export function unary<Req, Res>(
  deps: HandlerDeps,
  method: string,
  fn: (req: Req, ctx: CallContext) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const started = performance.now();
    const peer = call.getPeer();
    const abort = new AbortController();
    call.on("cancelled", () => abort.abort());
    const log = deps.log.child({ method, peer });
    const finish = (code: number, err?: unknown) => {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const entry = { code: statusName(code), durationMs };
      if (code === status.OK) log.info(entry, "rpc");
      else if (code === status.INTERNAL) log.error({ ...entry, err }, "rpc");
      else log.info({ ...entry, error: err instanceof Error ? err.message : String(err) }, "rpc");
    };
    Promise.resolve()
      .then(() => {
        deps.authorize?.(call as ServerUnaryCall<unknown, unknown>, method);
        return fn(call.request, { signal: abort.signal, log, peer });
      })
      .then(
        (res) => {
          finish(status.OK);
          callback(null, res);
        },
        (err: unknown) => {
          const serviceError = toServiceError(err);
          finish(serviceError.code ?? status.INTERNAL, err);
          callback(serviceError);
        },
      );
  };
}
