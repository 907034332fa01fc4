// The CSI services' method table. The CSI contract marks no method as a read,
// so the reads are listed here (they only matter to the transport's answer
// budget, which refuses new reads first when answers go unread).
import type { ServiceDefinition } from "@grpc/grpc-js";
import { ControllerService, IdentityService, NodeService } from "../../gen/csi/v1/csi.js";
import type { RpcMethod } from "../grpc/methods.js";

const READS = new Set([
  "GetPluginInfo",
  "GetPluginCapabilities",
  "Probe",
  "ValidateVolumeCapabilities",
  "ListVolumes",
  "GetCapacity",
  "ControllerGetCapabilities",
  "ListSnapshots",
  "ControllerGetVolume",
  "GetSnapshot",
  "NodeGetVolumeStats",
  "NodeGetCapabilities",
  "NodeGetInfo",
]);

const TABLE: ReadonlyMap<string, RpcMethod> = new Map(
  [IdentityService, ControllerService, NodeService].flatMap((service: ServiceDefinition) =>
    Object.values(service).map((def) => {
      const name = def.path.slice(def.path.lastIndexOf("/") + 1);
      return [def.path, { path: def.path, name, readOnly: READS.has(name) }] as const;
    }),
  ),
);

export function csiMethod(path: string): RpcMethod {
  const method = TABLE.get(path);
  if (!method) throw new Error(`${path} is not a CSI method`);
  return method;
}

export const isCsiReadOnlyPath = (path: string): boolean => TABLE.get(path)?.readOnly === true;
