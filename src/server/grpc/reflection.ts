// Server reflection for independent clients (buf curl, grpcurl), from the
// generated descriptor set (lvmctl.v1 plus grpc.health.v1). lvmctl.v1 imports
// no well-known types, so @grpc/reflection's dropped-imports bug
// (grpc/grpc-node#2958) cannot bite.
import type { Server } from "@grpc/grpc-js";
import { loadFileDescriptorSetFromBuffer } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import { descriptorSetBase64 } from "../../gen/descriptor-set.js";

export function addReflection(server: Server): void {
  const definitions = loadFileDescriptorSetFromBuffer(Buffer.from(descriptorSetBase64, "base64"));
  new ReflectionService(definitions).addToServer(server);
}
