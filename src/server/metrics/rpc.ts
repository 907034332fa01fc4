// RPC count and latency by service, method and gRPC status code, fed by the
// per-RPC wrapper (grpc/unary.ts) for the lvmctl API and the CSI endpoint alike.
// Codes are spelled as in the daemon's logs and the CLI's errors (NOT_FOUND).
import type { status } from "@grpc/grpc-js";
import { Counter, Histogram, type Registry } from "prom-client";
import type { RpcMethod } from "../grpc/methods.js";
import { statusName } from "../grpc/status.js";
import { LATENCY_BUCKETS } from "./buckets.js";

const LABELS = ["grpc_service", "grpc_method", "grpc_code"] as const;

/** "/lvmctl.v1.VolumeService/CreateVolume" -> ["lvmctl.v1.VolumeService", "CreateVolume"]. */
export function splitPath(path: string): [service: string, method: string] {
  const slash = path.lastIndexOf("/");
  return [path.slice(1, slash), path.slice(slash + 1)];
}

export function rpcMetrics(registry: Registry): (method: RpcMethod, code: status, seconds: number) => void {
  const handled = new Counter({
    name: "lvmctl_grpc_requests_total",
    help: "RPCs answered, by service, method and gRPC status code.",
    labelNames: LABELS,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "lvmctl_grpc_request_duration_seconds",
    help: "Time from an RPC's arrival to its answer, by service, method and gRPC status code.",
    labelNames: LABELS,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return (method, code, seconds) => {
    const [service, name] = splitPath(method.path);
    const labels = { grpc_service: service, grpc_method: name, grpc_code: statusName(code) };
    handled.inc(labels);
    duration.observe(labels, seconds);
  };
}
