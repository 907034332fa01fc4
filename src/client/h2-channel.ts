// A one-shot gRPC client on node:http2 for the CLI: unary calls only, one
// HTTP/2 connection, no retries, no keepalive. grpc-js does all of that and
// more for long-lived programs, but loading it costs a command-line call about
// as much as Node's own start-up (docs/performance.md, CLI start-up).
import { connect as connectHttp2, constants, type ClientHttp2Session, type IncomingHttpHeaders } from "node:http2";
import { connect as connectNet } from "node:net";
import { STATUS, STATUS_NAMES } from "./exit-codes.js";
import type { ServerAddress } from "./server-address.js";

export interface H2ChannelOptions {
  address: ServerAddress;
  /** Per-call deadline in milliseconds. */
  timeoutMs: number;
  /** Plaintext TCP; Unix sockets are always plaintext. */
  insecure?: boolean;
  tlsCa?: Buffer;
  tlsCert?: Buffer;
  tlsKey?: Buffer;
  tlsServerName?: string;
  token?: string;
  userAgent: string;
}

/** What a generated method definition provides for a unary call. */
export interface UnaryMethod<Req, Res> {
  path: string;
  requestSerialize: (value: Req) => Buffer;
  responseDeserialize: (value: Buffer) => Res;
}

/** A failed call, shaped like grpc-js's ServiceError (code, details). */
export class CallError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`${STATUS_NAMES[code] ?? code}: ${details}`);
  }
}

/** HTTP status to gRPC status when a response carries no grpc-status (gRPC's http-grpc-status-mapping.md). */
function statusForHttp(httpStatus: number): number {
  if (httpStatus === 400) return STATUS.INTERNAL;
  if (httpStatus === 401) return STATUS.UNAUTHENTICATED;
  if (httpStatus === 403) return STATUS.PERMISSION_DENIED;
  if (httpStatus === 404) return STATUS.UNIMPLEMENTED;
  if ([429, 502, 503, 504].includes(httpStatus)) return STATUS.UNAVAILABLE;
  return STATUS.UNKNOWN;
}

/** RST_STREAM codes to gRPC status, as grpc-js maps them. */
function statusForReset(rstCode: number): number {
  switch (rstCode) {
    case constants.NGHTTP2_REFUSED_STREAM:
      return STATUS.UNAVAILABLE;
    case constants.NGHTTP2_CANCEL:
      return STATUS.CANCELLED;
    case constants.NGHTTP2_ENHANCE_YOUR_CALM:
      return STATUS.RESOURCE_EXHAUSTED;
    case constants.NGHTTP2_INADEQUATE_SECURITY:
      return STATUS.PERMISSION_DENIED;
    default:
      return STATUS.INTERNAL;
  }
}

/** grpc-message is percent-encoded. */
function decodeMessage(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A gRPC timeout header value: at most 8 digits and a unit. */
function grpcTimeout(ms: number): string {
  const whole = Math.max(1, Math.ceil(ms));
  return whole < 1e8 ? `${whole}m` : `${Math.ceil(whole / 1000)}S`;
}

/** Splits a gRPC response body into its length-prefixed messages. */
function unframe(body: Buffer): Buffer[] {
  const messages: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    if (body.length - at < 5) throw new CallError(STATUS.INTERNAL, "truncated gRPC frame in the response");
    if (body[at] !== 0) throw new CallError(STATUS.INTERNAL, "compressed response, but none was requested");
    const length = body.readUInt32BE(at + 1);
    if (body.length - at - 5 < length) throw new CallError(STATUS.INTERNAL, "truncated gRPC message in the response");
    messages.push(body.subarray(at + 5, at + 5 + length));
    at += 5 + length;
  }
  return messages;
}

export class H2Channel {
  private session?: ClientHttp2Session;
  /** Set when the connection failed or closed: every later call fails with it. */
  private broken?: CallError;

  constructor(private readonly opts: H2ChannelOptions) {}

  close(): void {
    this.session?.close();
  }

  async unary<Req, Res>(method: UnaryMethod<Req, Res>, request: Req): Promise<Res> {
    const message = method.requestSerialize(request);
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    const body = await this.exchange(method.path, frame);
    const messages = unframe(body);
    if (messages.length !== 1)
      throw new CallError(STATUS.INTERNAL, `expected one response message, got ${messages.length}`);
    return method.responseDeserialize(messages[0]);
  }

  private connect(): ClientHttp2Session {
    if (this.session) return this.session;
    const { address, tlsCa, tlsCert, tlsKey, tlsServerName, insecure } = this.opts;
    let session: ClientHttp2Session;
    if (address.kind === "unix") {
      session = connectHttp2("http://localhost", { createConnection: () => connectNet(address.path) });
    } else {
      const host = address.host.includes(":") ? `[${address.host}]` : address.host;
      const authority = `${host}:${address.port}`;
      session = insecure
        ? connectHttp2(`http://${authority}`)
        : connectHttp2(`https://${authority}`, {
            ca: tlsCa,
            cert: tlsCert,
            key: tlsKey,
            // SNI and the certificate's name check; Node refuses an IP address as SNI.
            ...(tlsServerName ? { servername: tlsServerName } : {}),
          });
    }
    session.on("error", (err: NodeJS.ErrnoException) => {
      this.broken = new CallError(STATUS.UNAVAILABLE, `cannot reach ${this.describe()}: ${err.message}`);
    });
    session.on("goaway", () => {
      this.broken ??= new CallError(STATUS.UNAVAILABLE, `${this.describe()} closed the connection`);
    });
    this.session = session;
    return session;
  }

  private describe(): string {
    const a = this.opts.address;
    return a.kind === "unix" ? `unix://${a.path}` : `${a.host}:${a.port}`;
  }

  private exchange(path: string, frame: Buffer): Promise<Buffer> {
    if (this.broken) return Promise.reject(this.broken);
    const session = this.connect();
    const headers: Record<string, string> = {
      ":method": "POST",
      ":path": path,
      "content-type": "application/grpc",
      te: "trailers",
      "grpc-timeout": grpcTimeout(this.opts.timeoutMs),
      "user-agent": this.opts.userAgent,
    };
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    return new Promise<Buffer>((resolve, reject) => {
      const stream = session.request(headers, { endStream: false });
      let settled = false;
      const finish = (err: CallError | undefined, body?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          stream.close(constants.NGHTTP2_CANCEL);
          reject(err);
        } else resolve(body!);
      };
      const timer = setTimeout(
        () => finish(new CallError(STATUS.DEADLINE_EXCEEDED, "Deadline exceeded")),
        this.opts.timeoutMs,
      );
      const chunks: Buffer[] = [];
      let httpStatus = 0;
      let status: IncomingHttpHeaders | undefined;
      stream.on("response", (h) => {
        httpStatus = Number(h[":status"]);
        // A trailers-only response carries grpc-status in its headers.
        if (h["grpc-status"] !== undefined) status = h;
      });
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("trailers", (t: IncomingHttpHeaders) => {
        status = t;
      });
      stream.on("error", (err: Error) => {
        // A failed connection cancels the pending stream; the cause says why (ENOENT, ECONNREFUSED, ...).
        const why = err.cause instanceof Error ? err.cause.message : err.message;
        finish(this.broken ?? new CallError(STATUS.UNAVAILABLE, `cannot reach ${this.describe()}: ${why}`));
      });
      stream.on("close", () => {
        if (status) {
          const code = Number(status["grpc-status"]);
          const details = decodeMessage(status["grpc-message"]);
          return finish(
            code === STATUS.OK ? undefined : new CallError(Number.isInteger(code) ? code : STATUS.UNKNOWN, details),
            Buffer.concat(chunks),
          );
        }
        if (this.broken) return finish(this.broken);
        // Closed before any answer (e.g. plaintext sent to a TLS listener): the server could not be used.
        if (httpStatus === 0)
          return finish(new CallError(STATUS.UNAVAILABLE, `${this.describe()} closed the connection before answering`));
        if (stream.rstCode !== undefined && stream.rstCode !== constants.NGHTTP2_NO_ERROR)
          return finish(
            new CallError(statusForReset(stream.rstCode), `stream reset by the server (code ${stream.rstCode})`),
          );
        if (httpStatus !== 0 && httpStatus !== 200)
          return finish(new CallError(statusForHttp(httpStatus), `the server answered HTTP ${httpStatus}`));
        finish(new CallError(STATUS.INTERNAL, "the response ended without a gRPC status"));
      });
      stream.end(frame);
    });
  }
}
