// The method table, read from the contract: every RPC of the generated
// descriptor set by full path, and whether it only reads (the proto marks reads
// `option idempotency_level = NO_SIDE_EFFECTS`). Authorisation, the mutation
// limit and the transport's answer budget all ask this one table, so a method
// added to the proto needs read-write until the proto marks it a read.
//
// The few fields needed are decoded with the wire reader the generated code
// already loads: @bufbuild/protobuf's reflection API would add its import
// (tens of milliseconds) to every start-up for a handful of booleans.
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import { descriptorSetBase64 } from "../../gen/descriptor-set.js";

export interface RpcMethod {
  /** "/package.Service/Method", as grpc-js and the generated service definitions name it. */
  path: string;
  /** The method's name in the proto ("CreateVolume"), for logs and errors. */
  name: string;
  /** Marked NO_SIDE_EFFECTS in the proto. */
  readOnly: boolean;
}

// Field numbers and the enum value from google/protobuf/descriptor.proto.
const SET_FILE = 1;
const FILE_PACKAGE = 2;
const FILE_SERVICE = 6;
const SERVICE_NAME = 1;
const SERVICE_METHOD = 2;
const METHOD_NAME = 1;
const METHOD_OPTIONS = 4;
const OPTIONS_IDEMPOTENCY_LEVEL = 34;
const NO_SIDE_EFFECTS = 1;

/** Calls `read` for each field of a message; a field it does not read (returns false) is skipped. */
function eachField(message: Uint8Array, read: (field: number, wire: WireType, r: BinaryReader) => boolean): void {
  const r = new BinaryReader(message);
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (!read(field, wire, r)) r.skip(wire);
  }
}

/** The length-delimited fields numbered `field` of a message (strings or submessages), undecoded. */
function lengthDelimited(message: Uint8Array, field: number): Uint8Array[] {
  const found: Uint8Array[] = [];
  eachField(message, (f, wire, r) => {
    if (f !== field || wire !== WireType.LengthDelimited) return false;
    found.push(r.bytes());
    return true;
  });
  return found;
}

const text = new TextDecoder();

/** A string field; the last occurrence wins, as in protobuf. */
function stringField(message: Uint8Array, field: number): string {
  const last = lengthDelimited(message, field).at(-1);
  return last ? text.decode(last) : "";
}

/** MethodOptions.idempotency_level; repeated options messages merge, so the last value wins. */
function isNoSideEffects(options: readonly Uint8Array[]): boolean {
  let level = 0;
  for (const o of options) {
    eachField(o, (f, wire, r) => {
      if (f !== OPTIONS_IDEMPOTENCY_LEVEL || wire !== WireType.Varint) return false;
      level = r.int32();
      return true;
    });
  }
  return level === NO_SIDE_EFFECTS;
}

/** Every method of every service in a serialised FileDescriptorSet. */
export function methodsOf(descriptorSet: Uint8Array): RpcMethod[] {
  const methods: RpcMethod[] = [];
  for (const file of lengthDelimited(descriptorSet, SET_FILE)) {
    const pkg = stringField(file, FILE_PACKAGE);
    for (const service of lengthDelimited(file, FILE_SERVICE)) {
      const serviceName = (pkg === "" ? "" : `${pkg}.`) + stringField(service, SERVICE_NAME);
      for (const method of lengthDelimited(service, SERVICE_METHOD)) {
        const name = stringField(method, METHOD_NAME);
        methods.push({
          path: `/${serviceName}/${name}`,
          name,
          readOnly: isNoSideEffects(lengthDelimited(method, METHOD_OPTIONS)),
        });
      }
    }
  }
  return methods;
}

const TABLE: ReadonlyMap<string, RpcMethod> = new Map(
  methodsOf(Buffer.from(descriptorSetBase64, "base64")).map((m) => [m.path, m]),
);

/** The contract's entry for a method path; a path the contract does not have is a wiring mistake. */
export function rpcMethod(path: string): RpcMethod {
  const method = TABLE.get(path);
  if (!method) throw new Error(`${path} is not in the generated descriptor set (run npm run gen)`);
  return method;
}

/** Whether a call only reads. Anything the contract does not mark so (health, reflection, unknown paths) counts as a change. */
export const isReadOnlyPath = (path: string): boolean => TABLE.get(path)?.readOnly === true;
