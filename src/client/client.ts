// A small promise-based client for lvmctld, built from the generated service
// definitions so every method and message is typed.
import {
  Client,
  credentials,
  Metadata,
  type ChannelCredentials,
  type ClientReadableStream,
  type ServiceError,
} from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { ExportServiceService } from "../gen/lvmctl/v1/export.js";
import { VolumeServiceService } from "../gen/lvmctl/v1/volume.js";
import {
  VolumeGroupServiceService,
  type WatchVolumeGroupsRequest,
  type WatchVolumeGroupsResponse,
} from "../gen/lvmctl/v1/volume_group.js";
import { DEFAULT_SERVER, grpcTarget } from "./server-address.js";

export { DEFAULT_SERVER };

export interface ConnectOptions {
  /** unix:///path, tcp://host:port or host:port. */
  server?: string;
  /** Per-call deadline in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Plaintext TCP (no TLS); Unix sockets are always plaintext. */
  insecure?: boolean;
  /** PEM for TLS over TCP, each a file path or the PEM itself: CA to trust, and a client certificate/key for mutual TLS. */
  tlsCa?: string | Buffer;
  tlsCert?: string | Buffer;
  tlsKey?: string | Buffer;
  /** Name expected in the server certificate, when it differs from the host. */
  tlsServerName?: string;
  /** Bearer token sent as `authorization: Bearer <token>`. */
  token?: string;
}

export interface MethodDefinition<Req, Res> {
  path: string;
  requestSerialize: (value: Req) => Buffer;
  requestDeserialize: (value: Buffer) => Req;
  responseDeserialize: (value: Buffer) => Res;
}

/** Each unary RPC as `(request) => Promise<response>`; omitted request fields take their proto3 defaults. Streams have methods of their own. */
export type PromiseClient<S> = {
  [K in keyof S as S[K] extends { responseStream: true } ? never : K]: S[K] extends MethodDefinition<
    infer Req,
    infer Res
  >
    ? (request?: Partial<Req>) => Promise<Res>
    : never;
};

function channelCredentials(opts: ConnectOptions, server: string): ChannelCredentials {
  if (server.startsWith("unix://") || opts.insecure) return credentials.createInsecure();
  const read = (pem?: string | Buffer) =>
    pem === undefined || pem === "" ? null : Buffer.isBuffer(pem) ? pem : readFileSync(pem);
  return credentials.createSsl(read(opts.tlsCa), read(opts.tlsKey), read(opts.tlsCert));
}

export class LvmctlClient {
  readonly volumes: PromiseClient<typeof VolumeServiceService>;
  readonly volumeGroups: PromiseClient<typeof VolumeGroupServiceService>;
  readonly exports: PromiseClient<typeof ExportServiceService>;
  private readonly client: Client;
  private readonly timeoutMs: number;
  private readonly token?: string;

  constructor(opts: ConnectOptions = {}) {
    const server = opts.server ?? DEFAULT_SERVER;
    const channelOptions = opts.tlsServerName ? { "grpc.ssl_target_name_override": opts.tlsServerName } : {};
    this.client = new Client(grpcTarget(server), channelCredentials(opts, server), channelOptions);
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.token = opts.token;
    this.volumes = this.bind(VolumeServiceService);
    this.volumeGroups = this.bind(VolumeGroupServiceService);
    this.exports = this.bind(ExportServiceService);
  }

  close(): void {
    this.client.close();
  }

  private bind<S extends object>(service: S): PromiseClient<S> {
    const out: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(service) as Array<[string, MethodDefinition<object, unknown>]>) {
      if ((def as { responseStream?: boolean }).responseStream) continue;
      out[name] = (request: object = {}) => this.call(def, { ...def.requestDeserialize(Buffer.alloc(0)), ...request });
    }
    return out as PromiseClient<S>;
  }

  /**
   * VolumeGroupService.WatchVolumeGroups: a stream of snapshots, updates and
   * threshold events ('data'), with no deadline; cancel() ends it (the
   * 'error' event then carries CANCELLED), and 'end' follows a daemon shutdown.
   */
  watchVolumeGroups(request: Partial<WatchVolumeGroupsRequest> = {}): ClientReadableStream<WatchVolumeGroupsResponse> {
    const def = VolumeGroupServiceService.watchVolumeGroups;
    const metadata = new Metadata();
    if (this.token) metadata.set("authorization", `Bearer ${this.token}`);
    return this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      { ...def.requestDeserialize(Buffer.alloc(0)), ...request },
      metadata,
    );
  }

  private call<Req, Res>(def: MethodDefinition<Req, Res>, request: Req): Promise<Res> {
    const metadata = new Metadata();
    if (this.token) metadata.set("authorization", `Bearer ${this.token}`);
    const deadline = new Date(Date.now() + this.timeoutMs);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        request,
        metadata,
        { deadline },
        (err: ServiceError | null, res?: Res) => (err ? reject(err) : resolve(res as Res)),
      );
    });
  }
}
