// grpc.health.v1.Health (Check, Watch, List), a drop-in for grpc-health-check's
// HealthImplementation with the same behaviour, whose four tiny messages are
// encoded by hand: grpc-health-check parses its .proto file with
// proto-loader/protobufjs at start-up, which cost the daemon tens of
// milliseconds and several MiB of resident memory.
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import {
  status,
  type MethodDefinition,
  type Server,
  type ServerUnaryCall,
  type ServerWritableStream,
  type sendUnaryData,
} from "@grpc/grpc-js";

export type ServingStatus = "UNKNOWN" | "SERVING" | "NOT_SERVING" | "SERVICE_UNKNOWN";

const STATUS_NUMBER: Record<ServingStatus, number> = { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 };
const STATUS_NAME = Object.fromEntries(Object.entries(STATUS_NUMBER).map(([k, v]) => [v, k])) as Record<
  number,
  ServingStatus
>;
/** grpc-health-check refuses to list more services than this. */
const LIST_LIMIT = 100;

interface CheckRequest {
  service: string;
}
interface CheckResponse {
  status: ServingStatus;
}
interface ListResponse {
  statuses: Record<string, CheckResponse>;
}

function decodeCheckRequest(buf: Buffer): CheckRequest {
  const r = new BinaryReader(buf);
  let service = "";
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WireType.LengthDelimited) service = r.string();
    else r.skip(wire);
  }
  return { service };
}

function encodeCheckRequest(m: CheckRequest): Buffer {
  const w = new BinaryWriter();
  if (m.service !== "") w.uint32(10).string(m.service);
  return Buffer.from(w.finish());
}

function writeCheckResponse(w: BinaryWriter, m: CheckResponse): BinaryWriter {
  const n = STATUS_NUMBER[m.status] ?? 0;
  if (n !== 0) w.uint32(8).int32(n);
  return w;
}

function decodeCheckResponse(buf: Uint8Array): CheckResponse {
  const r = new BinaryReader(buf);
  let n = 0;
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WireType.Varint) n = r.int32();
    else r.skip(wire);
  }
  return { status: STATUS_NAME[n] ?? "UNKNOWN" };
}

function encodeListResponse(m: ListResponse): Buffer {
  const w = new BinaryWriter();
  for (const [service, value] of Object.entries(m.statuses)) {
    w.uint32(10).fork();
    w.uint32(10).string(service);
    w.uint32(18).fork();
    writeCheckResponse(w, value);
    w.join();
    w.join();
  }
  return Buffer.from(w.finish());
}

function decodeListResponse(buf: Buffer): ListResponse {
  const r = new BinaryReader(buf);
  const statuses: Record<string, CheckResponse> = {};
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (field !== 1 || wire !== WireType.LengthDelimited) {
      r.skip(wire);
      continue;
    }
    const entry = new BinaryReader(r.bytes());
    let key = "";
    let value: CheckResponse = { status: "UNKNOWN" };
    while (entry.pos < entry.len) {
      const [f, t] = entry.tag();
      if (f === 1 && t === WireType.LengthDelimited) key = entry.string();
      else if (f === 2 && t === WireType.LengthDelimited) value = decodeCheckResponse(entry.bytes());
      else entry.skip(t);
    }
    statuses[key] = value;
  }
  return { statuses };
}

const method = <Req, Res>(
  name: string,
  responseStream: boolean,
  req: [(m: Req) => Buffer, (b: Buffer) => Req],
  res: [(m: Res) => Buffer, (b: Buffer) => Res],
): MethodDefinition<Req, Res> => ({
  path: `/grpc.health.v1.Health/${name}`,
  requestStream: false,
  responseStream,
  requestSerialize: req[0],
  requestDeserialize: req[1],
  responseSerialize: res[0],
  responseDeserialize: res[1],
  originalName: name.toLowerCase(),
});

const checkResponse: [(m: CheckResponse) => Buffer, (b: Buffer) => CheckResponse] = [
  (m) => Buffer.from(writeCheckResponse(new BinaryWriter(), m).finish()),
  decodeCheckResponse,
];

export const healthService = {
  Check: method<CheckRequest, CheckResponse>("Check", false, [encodeCheckRequest, decodeCheckRequest], checkResponse),
  Watch: method<CheckRequest, CheckResponse>("Watch", true, [encodeCheckRequest, decodeCheckRequest], checkResponse),
  List: method<object, ListResponse>(
    "List",
    false,
    [() => Buffer.alloc(0), () => ({})],
    [encodeListResponse, decodeListResponse],
  ),
};

interface Watcher {
  send(status: ServingStatus): void;
  end(): void;
}

export class HealthImplementation {
  private readonly statusMap = new Map<string, ServingStatus>();
  private readonly watchers = new Map<string, Set<Watcher>>();
  private watchesEnded = false;

  constructor(initial: Record<string, ServingStatus> = {}) {
    for (const [service, s] of Object.entries(initial)) this.statusMap.set(service, s);
  }

  setStatus(service: string, s: ServingStatus): void {
    this.statusMap.set(service, s);
    for (const watcher of this.watchers.get(service) ?? []) watcher.send(s);
  }

  /** Ends every Watch stream (at shutdown, after the last status was sent): a watcher must not keep a stopping daemon alive. */
  endWatches(): void {
    this.watchesEnded = true;
    for (const set of this.watchers.values()) {
      for (const watcher of set) watcher.end();
      set.clear();
    }
  }

  addToServer(server: Server): void {
    server.addService(healthService, {
      Check: (call: ServerUnaryCall<CheckRequest, CheckResponse>, callback: sendUnaryData<CheckResponse>) => {
        const service = call.request.service;
        const s = this.statusMap.get(service);
        if (s) callback(null, { status: s });
        else callback({ code: status.NOT_FOUND, details: `Health status unknown for service ${service}` });
      },
      Watch: (call: ServerWritableStream<CheckRequest, CheckResponse>) => {
        const service = call.request.service;
        call.write({ status: this.statusMap.get(service) ?? "SERVICE_UNKNOWN" });
        if (this.watchesEnded) return void call.end();
        const watcher: Watcher = { send: (s) => call.write({ status: s }), end: () => call.end() };
        const set = this.watchers.get(service) ?? new Set<Watcher>();
        set.add(watcher);
        this.watchers.set(service, set);
        call.on("cancelled", () => set.delete(watcher));
      },
      List: (_call: ServerUnaryCall<object, ListResponse>, callback: sendUnaryData<ListResponse>) => {
        if (this.statusMap.size > LIST_LIMIT) {
          callback({ code: status.RESOURCE_EXHAUSTED, details: "Too many services to list." }, null);
          return;
        }
        callback(null, {
          statuses: Object.fromEntries([...this.statusMap].map(([service, s]) => [service, { status: s }])),
        });
      },
    });
  }
}
