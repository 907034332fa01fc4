// Server reflection for independent clients (buf curl, grpcurl), from the
// generated descriptor set (lvmctl.v1 plus grpc.health.v1). lvmctl.v1 imports
// no well-known types, so @grpc/reflection's dropped-imports bug
// (grpc/grpc-node#2958) cannot bite.
//
// Built on the first reflection call, not at start-up: parsing the
// descriptors and reflection's own .proto files is a fifth of the daemon's
// start-up and several MiB it would hold for a debugging feature. The
// services are registered at once with the same paths; their (de)serializers
// and handler defer to the real ones.
import type {
  handleBidiStreamingCall,
  MethodDefinition,
  Server,
  ServerDuplexStream,
  UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { loadFileDescriptorSetFromBuffer } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import { descriptorSetBase64 } from "../../gen/descriptor-set.js";

const SERVICES = ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"];
const METHOD = "ServerReflectionInfo";

interface Built {
  def: MethodDefinition<unknown, unknown>;
  handler: handleBidiStreamingCall<unknown, unknown>;
}

let built: Map<string, Built> | undefined;

/** The real reflection services, captured from @grpc/reflection's addToServer. */
function real(service: string): Built {
  if (!built) {
    const services = new Map<string, Built>();
    const capture = {
      addService(def: Record<string, MethodDefinition<unknown, unknown>>, impl: UntypedServiceImplementation) {
        const method = def[METHOD];
        services.set(method.path.split("/")[1], {
          def: method,
          handler: impl[METHOD] as handleBidiStreamingCall<unknown, unknown>,
        });
      },
    };
    const definitions = loadFileDescriptorSetFromBuffer(Buffer.from(descriptorSetBase64, "base64"));
    new ReflectionService(definitions).addToServer(capture);
    built = services;
  }
  const found = built.get(service);
  if (!found) throw new Error(`@grpc/reflection did not provide ${service}`);
  return found;
}

export function addReflection(server: Server): void {
  for (const service of SERVICES) {
    const method: MethodDefinition<unknown, unknown> = {
      path: `/${service}/${METHOD}`,
      requestStream: true,
      responseStream: true,
      requestSerialize: (v) => real(service).def.requestSerialize(v),
      requestDeserialize: (b) => real(service).def.requestDeserialize(b),
      responseSerialize: (v) => real(service).def.responseSerialize(v),
      responseDeserialize: (b) => real(service).def.responseDeserialize(b),
    };
    server.addService(
      { [METHOD]: method },
      { [METHOD]: (call: ServerDuplexStream<unknown, unknown>) => real(service).handler(call) },
    );
  }
}
