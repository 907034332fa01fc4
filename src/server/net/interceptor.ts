// The grpc-js server interceptor that ties calls to their connection: the
// first call settles the connection's first-call deadline, a call on a
// connection (or pool) whose unread responses fill the budget is refused with
// RESOURCE_EXHAUSTED before its handler runs, and every response message is
// charged to the budget until HTTP/2 has sent it or the call has ended.
// Calls admitted together can still fill the budget while they run, so a
// read's answer is checked again when it is sent and replaced by
// RESOURCE_EXHAUSTED if the budget is full by then (it changed nothing; the
// client may ask again). A mutation's answer is always sent: it is small, and
// the change it reports has happened.
import { ServerInterceptingCall, status, type ServerInterceptor, type ServiceDefinition } from "@grpc/grpc-js";
import { connectionKey } from "./connections.js";
import type { ResponseBudget } from "./response-budget.js";

export interface TransportHooks {
  budget: ResponseBudget;
  /** A call started on this TCP connection. */
  firstCall(connection: string): void;
  /** Whether a method only reads, so its answer may be dropped (by full path, /package.Service/Method). */
  readOnly(path: string): boolean;
  /** A call was answered RESOURCE_EXHAUSTED for the budget (the RPC log line cannot say so when its answer was dropped). */
  refused(path: string, reason: string): void;
}

/** Response serialisers that pass an already serialised Buffer through (see preserialized). */
const PASS_THROUGH = new WeakSet<object>();

/**
 * The interceptor must serialise an answer to learn its size; for a service
 * wrapped here it hands grpc-js those bytes instead of serialising twice.
 */
export function preserialized<S extends ServiceDefinition>(service: S): S {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(service)) {
    const responseSerialize = (value: unknown) => (Buffer.isBuffer(value) ? value : def.responseSerialize(value));
    PASS_THROUGH.add(responseSerialize);
    out[name] = { ...def, responseSerialize };
  }
  return out as S;
}

export function transportInterceptor(hooks: TransportHooks): ServerInterceptor {
  return (method, call) => {
    const connection = connectionKey(call.getConnectionInfo());
    if (connection !== undefined) hooks.firstCall(connection);
    const refusal = hooks.budget.refusal(connection);
    const charges = new Set<() => void>();
    let ended = false;
    const end = () => {
      ended = true;
      for (const release of charges) release();
      charges.clear();
    };
    const intercepted: ServerInterceptingCall = new (class extends ServerInterceptingCall {
      override sendMessage(message: unknown, callback: () => void): void {
        if (ended) return super.sendMessage(message, callback);
        const bytes: Buffer = method.responseSerialize(message);
        const full = hooks.budget.refusal(connection, bytes.length);
        if (full !== undefined && hooks.readOnly(method.path)) {
          hooks.refused(method.path, full);
          return this.sendStatus({ code: status.RESOURCE_EXHAUSTED, details: full });
        }
        const release = hooks.budget.charge(connection, bytes.length);
        charges.add(release);
        super.sendMessage(PASS_THROUGH.has(method.responseSerialize) ? bytes : message, () => {
          release();
          charges.delete(release);
          callback();
        });
      }
    })(call, {
      start: (next) =>
        next({
          onReceiveMetadata: (metadata, nextMetadata) => {
            if (refusal === undefined) nextMetadata(metadata);
            else {
              hooks.refused(method.path, refusal);
              intercepted.sendStatus({ code: status.RESOURCE_EXHAUSTED, details: refusal });
            }
          },
          // grpc-js reports every ended stream here, sent or not, so nothing charged outlives its call.
          onCancel: end,
        }),
    });
    return intercepted;
  };
}
