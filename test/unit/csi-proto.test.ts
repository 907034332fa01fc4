// proto/csi/v1/csi.proto must stay wire-identical to the CSI spec's csi.proto
// (v1.12.0): same package, options, extensions, services, methods, messages,
// enums, field names, numbers, types, labels and oneofs. Our file carries our
// own comments, so the text differs; the compiled descriptors must not.
//
// The fixture test/fixtures/proto/csi-spec-v1.12.binpb is a compiled
// descriptor only (no spec text is kept in this repository), made with
//   buf build <dir holding the spec's csi.proto> --exclude-source-info \
//     -o test/fixtures/proto/csi-spec-v1.12.binpb
// Where its source text came from, and what is uncertain about it:
// - The spec repository's own csi.proto could not be read at the v1.12.0 tag:
//   the only stored version (commit 8efcc85c45550571fba8134182013ed7dc34038a)
//   is a v1.0-era file (no GroupController, no alpha_* options).
// - The newest full copy found is mrhein/hcloud-csi-rwx proto/csi.proto
//   (commit e96c5c6d565d06b0d31f9f1d8b5e70090d788c5c, "vendored unmodified"
//   from the spec). It is NEWER than v1.12.0: it has snapshot topology
//   (spec PR #606, merged 2026, after v1.12.0: SNAPSHOT_ACCESSIBILITY_CONSTRAINTS,
//   CreateSnapshotRequest.accessibility_requirements, Snapshot.accessible_topology)
//   and the volume-health API that replaced the alpha VolumeCondition
//   (Controller/NodeGetVolumeHealth, ControllerListVolumeHealth,
//   NodeGetStorageHealth, their messages, enums and capabilities; its comments
//   cite "CSI spec v1.12.3", so it postdates v1.12.0).
// - The source used is that copy with those post-1.12 changes taken out and
//   the v1.x alpha VolumeCondition restored as the spec had it up to then
//   (message VolumeCondition, volume_condition = 2 in ListVolumesResponse and
//   ControllerGetVolumeResponse VolumeStatus and NodeGetVolumeStatsResponse,
//   VOLUME_CONDITION = 11 controller / = 4 node capabilities, all alpha).
// - v1.12.0 markers it has: GetSnapshot RPC + GET_SNAPSHOT = 15 (alpha; spec
//   PR #586, merged April 2025, after the 1.11 cut of November 2024, PR #576),
//   SnapshotMetadata service (alpha, v1.10), GroupController GA.
// - Uncertain: whether ControllerModifyVolume was already GA in v1.12.0 (this
//   file has it GA, as the copy does; a mid-2025 copy of the spec still had it
//   alpha, and the spec's PR #595 "Move controllermodifyvolume GA" was closed
//   unmerged) and whether ValidateVolumeCapabilities' mutable_parameters fields
//   were in v1.12.0. Both only add or drop alpha_* options or OPTIONAL fields;
//   re-make the fixture from the real v1.12.0 csi.proto when it can be read.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { clone, fromBinary, toBinary, toJson } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema, FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const buf = `${root}node_modules/.bin/buf`;

function csiFile(set: Uint8Array, name: string): FileDescriptorProto {
  const file = fromBinary(FileDescriptorSetSchema, set).file.find((f) => f.name === name);
  if (!file) throw new Error(`${name} is not in the descriptor set`);
  return file;
}

/**
 * The file descriptor without what may legitimately differ: its path. JSON
 * shows which field differs; the binary form also covers the custom options
 * (csi_secret, alpha_*), which decode as unknown fields that JSON leaves out.
 */
function comparable(file: FileDescriptorProto): { json: unknown; binary: string } {
  const copy = clone(FileDescriptorProtoSchema, file);
  copy.name = "";
  return {
    json: toJson(FileDescriptorProtoSchema, copy),
    binary: Buffer.from(toBinary(FileDescriptorProtoSchema, copy)).toString("base64"),
  };
}

describe("proto/csi/v1/csi.proto", () => {
  let ours: FileDescriptorProto;
  let spec: FileDescriptorProto;

  beforeAll(() => {
    const built = execFileSync(
      buf,
      ["build", "proto", "--path", "proto/csi/v1/csi.proto", "--exclude-source-info", "-o", "-"],
      { cwd: root, maxBuffer: 64 << 20 },
    );
    ours = csiFile(built, "csi/v1/csi.proto");
    spec = csiFile(readFileSync(`${root}test/fixtures/proto/csi-spec-v1.12.binpb`), "csi.proto");
  });

  it("compiles to the same descriptor as the spec's csi.proto, field by field", () => {
    expect(ours.package).toBe("csi.v1");
    const [a, b] = [comparable(ours), comparable(spec)];
    expect(a.json).toEqual(b.json);
    expect(a.binary).toBe(b.binary);
  });

  it("has the spec's services and methods", () => {
    const methods = (f: FileDescriptorProto) =>
      f.service.map((s) => `${s.name}: ${s.method.map((m) => m.name).join(",")}`);
    expect(methods(ours)).toEqual(methods(spec));
    expect(ours.service.map((s) => s.name)).toEqual([
      "Identity",
      "Controller",
      "GroupController",
      "SnapshotMetadata",
      "Node",
    ]);
  });

  it("notices a difference in one field number", () => {
    const changed = clone(FileDescriptorProtoSchema, ours);
    const request = changed.messageType.find((m) => m.name === "CreateVolumeRequest");
    const field = request?.field.find((f) => f.name === "name");
    if (!field) throw new Error("CreateVolumeRequest.name not found");
    field.number = 99;
    expect(comparable(changed)).not.toEqual(comparable(spec));
  });

  it("notices a dropped custom option", () => {
    const changed = clone(FileDescriptorProtoSchema, ours);
    const secrets = changed.messageType
      .find((m) => m.name === "CreateVolumeRequest")
      ?.field.find((f) => f.name === "secrets");
    if (!secrets?.options?.$unknown?.length) throw new Error("CreateVolumeRequest.secrets has no csi_secret option");
    secrets.options.$unknown = [];
    expect(comparable(changed).binary).not.toBe(comparable(spec).binary);
  });
});
