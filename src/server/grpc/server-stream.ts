// The server-streaming counterpart of unary.ts, in the same shape: an
// AbortSignal tied to client cancellation, authorisation, the mutation limit
// for methods that are not reads, error mapping at the edge and one log line
// per stream (when it started, how long it ran, its status). The handler
// writes to the call and resolves when the stream should end with OK (or
// rejects with the error to end it with); a stream the client cancelled gets
// no status, only its log line.
import { status, type handleServerStreamingCall, type ServerWritableStream } from "@grpc/grpc-js";
import { invalidArgument, LvmctlError } from "../errors.js";
import type { RpcMethod } from "./methods.js";
import { statusName, toServiceError } from "./status.js";
import { malformedReason, type CallContext, type HandlerDeps } from "./unary.js";

/** Writes the stream's messages; resolves to extra fields for the stream's log line. */
export type StreamHandler<Req, Res> = (
  req: Req,
  call: ServerWritableStream<Req, Res>,
  ctx: CallContext,
) => Promise<Record<string, unknown> | void>;

export function serverStream<Req, Res>(
  deps: HandlerDeps,
  method: RpcMethod,
  fn: StreamHandler<Req, Res>,
): handleServerStreamingCall<Req, Res> {
  return (call) => {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const peer = call.getPeer();
    const abort = new AbortController();
    // grpc-js emits 'cancelled' when the stream closes before its status was sent: the client went away.
    const onCancelled = () => abort.abort();
    call.on("cancelled", onCancelled);
    let log = deps.log.child({ method: method.name, peer });
    let release: (() => void) | undefined;
    const finish = (code: status, extra: Record<string, unknown> | void, err?: unknown) => {
      call.off("cancelled", onCancelled);
      release?.();
      const elapsed = performance.now() - started;
      deps.observe?.(method, code, elapsed / 1000);
      const durationMs = Math.round(elapsed * 10) / 10;
      const entry = { code: statusName(code), startedAt, durationMs, ...extra };
      if (code === status.OK || code === status.CANCELLED) log.info(entry, "rpc stream");
      else if (code === status.INTERNAL) log.error({ ...entry, err }, "rpc stream");
      else log.info({ ...entry, error: err instanceof Error ? err.message : String(err) }, "rpc stream");
    };
    Promise.resolve()
      .then(() => {
        if (call.cancelled) throw new LvmctlError("CANCELLED", "the client cancelled the call before it started");
        const principal = deps.authorize?.(call, method);
        if (principal) log = log.child({ principal });
        const malformed = malformedReason(call.request);
        if (malformed !== undefined)
          throw invalidArgument("request", `not a valid ${method.name} message (${malformed})`);
        if (deps.mutationLimit && !method.readOnly) release = deps.mutationLimit.acquire("mutating requests");
        return fn(call.request, call, { method, signal: abort.signal, log, peer });
      })
      .then(
        (extra) => {
          if (abort.signal.aborted) return finish(status.CANCELLED, extra);
          finish(status.OK, extra);
          call.end();
        },
        (err: unknown) => {
          const serviceError = toServiceError(err);
          finish(abort.signal.aborted ? status.CANCELLED : (serviceError.code ?? status.INTERNAL), undefined, err);
          if (!abort.signal.aborted) call.emit("error", serviceError);
        },
      );
  };
}
