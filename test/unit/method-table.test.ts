// The method table comes from the contract: names and read-only-ness from the
// generated descriptor set, paths from the generated service definitions; the
// unary wrapper uses it and honours a cancellation that came before it ran.
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema, MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { Metadata, status, type ServerUnaryCall, type ServiceError } from "@grpc/grpc-js";
import { EventEmitter } from "node:events";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { descriptorSetBase64 } from "../../src/gen/descriptor-set.js";
import { ExportServiceService } from "../../src/gen/lvmctl/v1/export.js";
import { VolumeServiceService } from "../../src/gen/lvmctl/v1/volume.js";
import { VolumeGroupServiceService } from "../../src/gen/lvmctl/v1/volume_group.js";
import { makeAuthorizer, parseAuthFile } from "../../src/server/grpc/auth.js";
import { isReadOnlyPath, methodsOf, rpcMethod } from "../../src/server/grpc/methods.js";
import { InflightLimit, unary, unaryService, type CallContext } from "../../src/server/grpc/unary.js";

const descriptorSet = Buffer.from(descriptorSetBase64, "base64");
const definitions = [VolumeServiceService, VolumeGroupServiceService, ExportServiceService];
const lvmctlPaths = definitions.flatMap((d) => Object.values(d).map((m) => m.path));

describe("method table", () => {
  it("decodes the same methods and idempotency levels as @bufbuild/protobuf", () => {
    const set = fromBinary(FileDescriptorSetSchema, descriptorSet);
    const expected = set.file.flatMap((f) =>
      f.service.flatMap((s) =>
        s.method.map((m) => ({
          path: `/${f.package}.${s.name}/${m.name}`,
          name: m.name,
          readOnly: m.options?.idempotencyLevel === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS,
        })),
      ),
    );
    expect(expected.length).toBeGreaterThan(lvmctlPaths.length);
    expect(methodsOf(descriptorSet)).toEqual(expected);
  });

  it("knows every method of the generated service definitions", () => {
    for (const path of lvmctlPaths) expect(rpcMethod(path).path).toBe(path);
    expect(rpcMethod("/lvmctl.v1.VolumeService/CreateVolume").name).toBe("CreateVolume");
  });

  it("marks exactly the Get, List and Watch RPCs read-only", () => {
    const readOnly = lvmctlPaths
      .filter(isReadOnlyPath)
      .map((p) => rpcMethod(p).name)
      .sort();
    expect(readOnly).toEqual([
      "GetExport",
      "GetVolume",
      "GetVolumeGroup",
      "ListExports",
      "ListVolumeGroups",
      "ListVolumes",
      "WatchVolumeGroups",
    ]);
  });

  it("treats what the contract does not mark as a change", () => {
    expect(isReadOnlyPath("/grpc.health.v1.Health/Check")).toBe(false);
    expect(isReadOnlyPath("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo")).toBe(false);
    expect(isReadOnlyPath("/lvmctl.v1.VolumeService/Nope")).toBe(false);
    expect(isReadOnlyPath("GetVolume")).toBe(false);
    expect(() => rpcMethod("/lvmctl.v1.VolumeService/Nope")).toThrow(
      "/lvmctl.v1.VolumeService/Nope is not in the generated descriptor set",
    );
  });
});

/** A grpc-js unary call as the wrapper sees it; `cancelled` as grpc-js sets it. */
function fakeCall(opts: { cancelled?: boolean; token?: string } = {}) {
  const call = Object.assign(new EventEmitter(), {
    cancelled: opts.cancelled ?? false,
    request: {},
    metadata: new Metadata(),
    getPeer: () => "unix:test",
  });
  if (opts.token) call.metadata.set("authorization", `Bearer ${opts.token}`);
  return call;
}

function invoke(handler: ReturnType<typeof unary>, call: ReturnType<typeof fakeCall>) {
  return new Promise<{ err: ServiceError | null; res: unknown }>((resolve) => {
    handler(call as unknown as ServerUnaryCall<unknown, unknown>, (err, res) =>
      resolve({ err: err as ServiceError | null, res }),
    );
  });
}

const log = pino({ level: "silent" });
const getVolume = rpcMethod("/lvmctl.v1.VolumeService/GetVolume");
const deleteVolume = rpcMethod("/lvmctl.v1.VolumeService/DeleteVolume");

describe("unary wrapper", () => {
  it("answers CANCELLED without running the handler when the call was cancelled before it started", async () => {
    let ran = false;
    const handler = unary({ log }, getVolume, async () => {
      ran = true;
      return {};
    });
    const { err } = await invoke(handler, fakeCall({ cancelled: true }));
    expect(err?.code).toBe(status.CANCELLED);
    expect(ran).toBe(false);
  });

  it("aborts the handler's signal on cancellation and stops listening when the call ends", async () => {
    const call = fakeCall();
    let signal: AbortSignal | undefined;
    let finishHandler!: () => void;
    const handler = unary({ log }, getVolume, async (_req, ctx) => {
      signal = ctx.signal;
      await new Promise<void>((resolve) => (finishHandler = resolve));
      return {};
    });
    const answered = invoke(handler, call);
    expect(call.listenerCount("cancelled")).toBe(1);
    await new Promise((r) => setImmediate(r));
    call.emit("cancelled");
    expect(signal?.aborted).toBe(true);
    finishHandler();
    await answered;
    expect(call.listenerCount("cancelled")).toBe(0);

    // grpc-js emits 'cancelled' at the end of every call: after the answer it must reach no handler.
    const second = fakeCall();
    let secondSignal: AbortSignal | undefined;
    const quick = unary({ log }, getVolume, async (_req, ctx) => {
      secondSignal = ctx.signal;
      return {};
    });
    await invoke(quick, second);
    second.emit("cancelled");
    expect(secondSignal?.aborted).toBe(false);
  });

  it("passes the contract's method to the handler, the authorizer and the mutation limit", async () => {
    const seen: string[] = [];
    const limit = new InflightLimit(0);
    const service = unaryService(
      { log, mutationLimit: limit, authorize: (_call, m) => void seen.push(m.path) },
      VolumeServiceService,
      {
        createVolume: async () => ({ volume: undefined }),
        getVolume: async (_req, ctx: CallContext) => {
          seen.push(ctx.method.name);
          return { volume: undefined };
        },
        listVolumes: async () => ({ volumes: [], nextPageToken: "" }),
        resizeVolume: async () => ({ volume: undefined }),
        deleteVolume: async () => ({}),
        createSnapshot: async () => ({ snapshot: undefined }),
      },
    );
    expect(Object.keys(service).sort()).toEqual(Object.keys(VolumeServiceService).sort());
    expect((await invoke(service.getVolume as ReturnType<typeof unary>, fakeCall())).err).toBeNull();
    const mutation = await invoke(service.deleteVolume as ReturnType<typeof unary>, fakeCall());
    expect(mutation.err?.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(seen).toEqual(["/lvmctl.v1.VolumeService/GetVolume", "GetVolume", "/lvmctl.v1.VolumeService/DeleteVolume"]);
  });
});

describe("read-only role", () => {
  const token = "r".repeat(20);
  const authorize = makeAuthorizer(parseAuthFile(`read-only token ${token} monitor`));
  const asReader = fakeCall({ token }) as unknown as ServerUnaryCall<unknown, unknown>;

  it("may use what the contract marks NO_SIDE_EFFECTS and nothing else", () => {
    expect(authorize(asReader, getVolume)).toBe("monitor");
    expect(() => authorize(asReader, deleteVolume)).toThrow(
      "monitor is read-only; DeleteVolume needs the read-write role",
    );
  });
});
