// Wraps every unary handler in the same shape: an AbortSignal tied to client
// cancellation, one log line per RPC (method, peer, duration, status),
// authorisation, a cap on in-flight mutations and error mapping at the edge.
// A service is its generated definition plus plain async handlers: the method
// names and which methods only read come from the contract (methods.ts).
import { status, type handleUnaryCall, type MethodDefinition, type ServiceDefinition } from "@grpc/grpc-js";
import type { Logger } from "pino";
import { invalidArgument, LvmctlError } from "../errors.js";
import type { Authorizer } from "./auth.js";
import { rpcMethod, type RpcMethod } from "./methods.js";
import { statusName, toServiceError } from "./status.js";

export interface CallContext {
  method: RpcMethod;
  signal: AbortSignal;
  log: Logger;
  peer: string;
}

/** Counts admitted mutating RPCs (running or waiting for their VG) and refuses more than `max`. */
export class InflightLimit {
  private count = 0;

  constructor(readonly max: number) {}

  get inflight(): number {
    return this.count;
  }

  /** Returns a release function, or throws RESOURCE_EXHAUSTED when the limit is reached. */
  acquire(what: string): () => void {
    if (this.count >= this.max) {
      throw new LvmctlError("RESOURCE_EXHAUSTED", `too many ${what} in flight (limit ${this.max}); retry later`);
    }
    this.count++;
    let released = false;
    return () => {
      if (!released) this.count--;
      released = true;
    };
  }
}

export interface HandlerDeps {
  log: Logger;
  authorize?: Authorizer;
  /** Limit on mutating RPCs (every method that is not read-only). */
  mutationLimit?: InflightLimit;
  /** The method table for these services; default: the lvmctl contract's (methods.ts). */
  methods?: (path: string) => RpcMethod;
  /** Told how each RPC ended (metrics): its method, status code and duration in seconds. */
  observe?: (method: RpcMethod, code: status, seconds: number) => void;
}

const MALFORMED = Symbol("malformed request");

/**
 * grpc-js answers a request it cannot decode with INTERNAL. Wrapping a service
 * definition's decoders turns such a request into a marker the unary wrapper
 * answers with INVALID_ARGUMENT (after authorisation), like any other bad input.
 */
export function tolerantDecoding<S extends ServiceDefinition>(service: S): S {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries<MethodDefinition<unknown, unknown>>(service)) {
    out[name] = {
      ...def,
      requestDeserialize: (buf: Buffer) => {
        try {
          return def.requestDeserialize(buf);
        } catch (err) {
          return { [MALFORMED]: err instanceof Error ? err.message : String(err) };
        }
      },
    };
  }
  return out as S;
}

export function malformedReason(request: unknown): string | undefined {
  if (typeof request === "object" && request !== null && MALFORMED in request) {
    return String((request as Record<symbol, unknown>)[MALFORMED]);
  }
  return undefined;
}

type Handler<Req, Res> = (req: Req, ctx: CallContext) => Promise<Res>;

/** A service's handlers, keyed like its generated definition (createVolume: async (req, ctx) => response). */
export type UnaryHandlers<D> = {
  [K in keyof D]: D[K] extends MethodDefinition<infer Req, infer Res> ? Handler<Req, Res> : never;
};

/** What grpc-js serves for such a service (the generated *Server interface). */
export type UnaryImplementation<D> = {
  [K in keyof D]: D[K] extends MethodDefinition<infer Req, infer Res> ? handleUnaryCall<Req, Res> : never;
};

/** Wraps each handler of a service under the method its definition's path names in the contract. */
export function unaryService<D extends ServiceDefinition>(
  deps: HandlerDeps,
  definition: D,
  handlers: UnaryHandlers<D>,
): UnaryImplementation<D> {
  const implementation: Record<string, handleUnaryCall<unknown, unknown>> = {};
  for (const [key, def] of Object.entries(definition)) {
    implementation[key] = unary(
      deps,
      (deps.methods ?? rpcMethod)(def.path),
      (handlers as Record<string, Handler<unknown, unknown>>)[key],
    );
  }
  return implementation as UnaryImplementation<D>;
}

export function unary<Req, Res>(
  deps: HandlerDeps,
  method: RpcMethod,
  fn: Handler<Req, Res>,
): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const started = performance.now();
    const peer = call.getPeer();
    const abort = new AbortController();
    // grpc-js emits 'cancelled' when any call ends, answered or not: the listener goes with the answer.
    const onCancelled = () => abort.abort();
    call.on("cancelled", onCancelled);
    let log = deps.log.child({ method: method.name, peer });
    let release: (() => void) | undefined;
    const finish = (code: status, err?: unknown) => {
      call.off("cancelled", onCancelled);
      release?.();
      const elapsed = performance.now() - started;
      deps.observe?.(method, code, elapsed / 1000);
      const durationMs = Math.round(elapsed * 10) / 10;
      const entry = { code: statusName(code), durationMs };
      if (code === status.OK) log.info(entry, "rpc");
      else if (code === status.INTERNAL) log.error({ ...entry, err }, "rpc");
      else log.info({ ...entry, error: err instanceof Error ? err.message : String(err) }, "rpc");
    };
    Promise.resolve()
      .then(() => {
        // Cancelled before it got here (the event fired before the listener existed): nothing runs.
        if (call.cancelled) throw new LvmctlError("CANCELLED", "the client cancelled the call before it started");
        const principal = deps.authorize?.(call, method);
        if (principal) log = log.child({ principal });
        const malformed = malformedReason(call.request);
        if (malformed !== undefined)
          throw invalidArgument("request", `not a valid ${method.name} message (${malformed})`);
        if (deps.mutationLimit && !method.readOnly) release = deps.mutationLimit.acquire("mutating requests");
        return fn(call.request, { method, signal: abort.signal, log, peer });
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
