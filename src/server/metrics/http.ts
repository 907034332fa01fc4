// The scrape endpoint: a plain HTTP listener of its own (--metrics-listen),
// apart from the gRPC listeners, serving the registry at GET /metrics in the
// Prometheus text format and 404 everywhere else. It has no authentication:
// bind it to loopback or a management network.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

/** Scrapers are few; a flood of connections gets closed instead of queued. */
const MAX_CONNECTIONS = 64;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** "host:port" or "[v6]:port" -> host and port. */
export function parseHostPort(value: string): { host: string; port: number } {
  const colon = value.lastIndexOf(":");
  const host = value.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  return { host, port: Number(value.slice(colon + 1)) };
}

export class MetricsServer {
  private server?: Server;

  constructor(
    private readonly registry: Registry,
    private readonly log: Logger,
  ) {}

  /** Binds `hostPort` (port 0 picks one); returns the URL it serves. */
  async listen(hostPort: string): Promise<string> {
    const { host, port } = parseHostPort(hostPort);
    const server = createServer((req, res) => void this.handle(req, res));
    server.maxConnections = MAX_CONNECTIONS;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    server.on("error", (err) => this.log.error({ err }, "metrics listener failed"));
    this.server = server;
    const bound = server.address() as AddressInfo;
    const shown = bound.family === "IPv6" ? `[${bound.address}]` : bound.address;
    return `http://${shown}:${bound.port}/metrics`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found; metrics are at /metrics\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("use GET\n");
      return;
    }
    try {
      const body = await this.registry.metrics();
      res.writeHead(200, { "content-type": this.registry.contentType });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (err) {
      this.log.error({ err }, "metrics: collecting failed");
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("collecting metrics failed\n");
    }
  }

  /** Stops listening and closes open scrape connections. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
