// Any lvmctl RPC by its proto name, sent as raw protobuf bytes with grpc-js,
// so hostile suites can send what the typed client never would.
import { Client, credentials, Metadata, status, type ChannelCredentials, type ServiceError } from "@grpc/grpc-js";
import { ExportServiceService } from "../../../src/gen/lvmctl/v1/export.js";
import { VolumeServiceService } from "../../../src/gen/lvmctl/v1/volume.js";
import { VolumeGroupServiceService } from "../../../src/gen/lvmctl/v1/volume_group.js";

interface Def {
  path: string;
  requestSerialize(v: unknown): Buffer;
  requestDeserialize(b: Buffer): unknown;
  responseDeserialize(b: Buffer): unknown;
}

const DEFS = new Map<string, Def>();
for (const svc of [VolumeServiceService, VolumeGroupServiceService, ExportServiceService]) {
  // Unary RPCs only: a stream (WatchVolumeGroups) never ends by itself, and has a test of its own.
  for (const def of Object.values(svc) as Array<Def & { responseStream: boolean }>)
    if (!def.responseStream) DEFS.set(def.path.split("/").pop()!, def);
}

export const RPCS = [...DEFS.keys()];

export function def(rpc: string): Def {
  const d = DEFS.get(rpc);
  if (!d) throw new Error(`unknown rpc ${rpc}`);
  return d;
}

/** A full request: proto3 defaults for omitted fields. */
export function withDefaults(rpc: string, request: Record<string, unknown>): Record<string, unknown> {
  return { ...(def(rpc).requestDeserialize(Buffer.alloc(0)) as Record<string, unknown>), ...request };
}

export function encode(rpc: string, request: Record<string, unknown>): Buffer {
  return def(rpc).requestSerialize(withDefaults(rpc, request));
}

export interface Outcome {
  code: string;
  details: string;
  response?: unknown;
  ms: number;
}

export class RawClient {
  private readonly client: Client;

  constructor(
    server: string,
    creds: ChannelCredentials = credentials.createInsecure(),
    private readonly metadata: () => Metadata = () => new Metadata(),
    options: Record<string, string | number> = {},
  ) {
    const target = server.startsWith("tcp://") ? server.slice(6) : server;
    this.client = new Client(target, creds, {
      "grpc.max_send_message_length": -1,
      "grpc.max_receive_message_length": -1,
      ...options,
    });
  }

  call(rpc: string, body: Buffer, timeoutMs = 60_000): Promise<Outcome> {
    const d = def(rpc);
    const started = performance.now();
    return new Promise((resolve) => {
      this.client.makeUnaryRequest(
        d.path,
        (b: Buffer) => b,
        (b: Buffer) => b,
        body,
        this.metadata(),
        { deadline: new Date(Date.now() + timeoutMs) },
        (err: ServiceError | null, res?: Buffer) => {
          const ms = performance.now() - started;
          if (err) resolve({ code: status[err.code] ?? String(err.code), details: err.details ?? err.message, ms });
          else resolve({ code: "OK", details: "", response: d.responseDeserialize(res!), ms });
        },
      );
    });
  }

  close(): void {
    this.client.close();
  }
}

/** Runs tasks with at most `limit` in flight. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (t: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}
