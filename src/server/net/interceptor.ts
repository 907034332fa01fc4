// The grpc-js server interceptor that ties calls to their connection: the
// first call settles the connection's first-call deadline, a call on a
// connection (or pool) whose unread responses fill the budget is refused with
// RESOURCE_EXHAUSTED before its handler runs, and every response message is
// charged to the budget until HTTP/2 has sent it or the call has ended.
import { ServerInterceptingCall, status, type ServerInterceptor } from "@grpc/grpc-js";
import { connectionKey } from "./connections.js";
import type { ResponseBudget } from "./response-budget.js";

export interface TransportHooks {
  budget: ResponseBudget;
  /** A call started on this TCP connection. */
  firstCall(connection: string): void;
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
        // grpc-js serialises again below; the size is only known from bytes, and a response is small next to its lvm command.
        const release = ended ? () => {} : hooks.budget.charge(connection, method.responseSerialize(message).length);
        charges.add(release);
        super.sendMessage(message, () => {
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
            else intercepted.sendStatus({ code: status.RESOURCE_EXHAUSTED, details: refusal });
          },
          // grpc-js reports every ended stream here, sent or not, so nothing charged outlives its call.
          onCancel: end,
        }),
    });
    return intercepted;
  };
}
