// bench/main.ts
import { execFileSync as execFileSync3, spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync2, mkdirSync, readdirSync as readdirSync2, readFileSync as readFileSync4, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join3 } from "node:path";

// test/support/daemon.ts
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/client/client.ts
import { Client as Client4, credentials, Metadata } from "@grpc/grpc-js";
import { readFileSync } from "node:fs";

// src/gen/lvmctl/v1/export.ts
import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import {
  makeGenericClientConstructor
} from "@grpc/grpc-js";
function reconcileActionKindFromJSON(object) {
  switch (object) {
    case 0:
    case "RECONCILE_ACTION_KIND_UNSPECIFIED":
      return 0 /* RECONCILE_ACTION_KIND_UNSPECIFIED */;
    case 1:
    case "RECONCILE_ACTION_KIND_CREATE":
      return 1 /* RECONCILE_ACTION_KIND_CREATE */;
    case 2:
    case "RECONCILE_ACTION_KIND_DELETE":
      return 2 /* RECONCILE_ACTION_KIND_DELETE */;
    case 3:
    case "RECONCILE_ACTION_KIND_UPDATE":
      return 3 /* RECONCILE_ACTION_KIND_UPDATE */;
    case -1:
    case "UNRECOGNIZED":
    default:
      return -1 /* UNRECOGNIZED */;
  }
}
function reconcileActionKindToJSON(object) {
  switch (object) {
    case 0 /* RECONCILE_ACTION_KIND_UNSPECIFIED */:
      return "RECONCILE_ACTION_KIND_UNSPECIFIED";
    case 1 /* RECONCILE_ACTION_KIND_CREATE */:
      return "RECONCILE_ACTION_KIND_CREATE";
    case 2 /* RECONCILE_ACTION_KIND_DELETE */:
      return "RECONCILE_ACTION_KIND_DELETE";
    case 3 /* RECONCILE_ACTION_KIND_UPDATE */:
      return "RECONCILE_ACTION_KIND_UPDATE";
    case -1 /* UNRECOGNIZED */:
    default:
      return "UNRECOGNIZED";
  }
}
function createBaseExport() {
  return {
    volumeGroup: "",
    volumeName: "",
    targetIqn: "",
    lun: 0,
    initiatorIqns: [],
    chapEnabled: false,
    chapUser: "",
    portals: []
  };
}
var Export = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.volumeName !== "") {
      writer.uint32(18).string(message.volumeName);
    }
    if (message.targetIqn !== "") {
      writer.uint32(26).string(message.targetIqn);
    }
    if (message.lun !== 0) {
      writer.uint32(32).uint32(message.lun);
    }
    for (const v of message.initiatorIqns) {
      writer.uint32(42).string(v);
    }
    if (message.chapEnabled !== false) {
      writer.uint32(48).bool(message.chapEnabled);
    }
    if (message.chapUser !== "") {
      writer.uint32(58).string(message.chapUser);
    }
    for (const v of message.portals) {
      writer.uint32(66).string(v);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseExport();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeName = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.targetIqn = reader.string();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.lun = reader.uint32();
            continue;
          }
          case 5: {
            if (tag !== 42) {
              break;
            }
            message.initiatorIqns.push(reader.string());
            continue;
          }
          case 6: {
            if (tag !== 48) {
              break;
            }
            message.chapEnabled = reader.bool();
            continue;
          }
          case 7: {
            if (tag !== 58) {
              break;
            }
            message.chapUser = reader.string();
            continue;
          }
          case 8: {
            if (tag !== 66) {
              break;
            }
            message.portals.push(reader.string());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      volumeName: isSet(object.volumeName) ? globalThis.String(object.volumeName) : isSet(object.volume_name) ? globalThis.String(object.volume_name) : "",
      targetIqn: isSet(object.targetIqn) ? globalThis.String(object.targetIqn) : isSet(object.target_iqn) ? globalThis.String(object.target_iqn) : "",
      lun: isSet(object.lun) ? globalThis.Number(object.lun) : 0,
      initiatorIqns: globalThis.Array.isArray(object?.initiatorIqns) ? object.initiatorIqns.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.initiator_iqns) ? object.initiator_iqns.map((e) => globalThis.String(e)) : [],
      chapEnabled: isSet(object.chapEnabled) ? globalThis.Boolean(object.chapEnabled) : isSet(object.chap_enabled) ? globalThis.Boolean(object.chap_enabled) : false,
      chapUser: isSet(object.chapUser) ? globalThis.String(object.chapUser) : isSet(object.chap_user) ? globalThis.String(object.chap_user) : "",
      portals: globalThis.Array.isArray(object?.portals) ? object.portals.map((e) => globalThis.String(e)) : []
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.volumeName !== "") {
      obj.volumeName = message.volumeName;
    }
    if (message.targetIqn !== "") {
      obj.targetIqn = message.targetIqn;
    }
    if (message.lun !== 0) {
      obj.lun = Math.round(message.lun);
    }
    if (message.initiatorIqns?.length) {
      obj.initiatorIqns = message.initiatorIqns;
    }
    if (message.chapEnabled !== false) {
      obj.chapEnabled = message.chapEnabled;
    }
    if (message.chapUser !== "") {
      obj.chapUser = message.chapUser;
    }
    if (message.portals?.length) {
      obj.portals = message.portals;
    }
    return obj;
  },
  create(base) {
    return Export.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseExport();
    message.volumeGroup = object.volumeGroup ?? "";
    message.volumeName = object.volumeName ?? "";
    message.targetIqn = object.targetIqn ?? "";
    message.lun = object.lun ?? 0;
    message.initiatorIqns = object.initiatorIqns?.map((e) => e) || [];
    message.chapEnabled = object.chapEnabled ?? false;
    message.chapUser = object.chapUser ?? "";
    message.portals = object.portals?.map((e) => e) || [];
    return message;
  }
};
function createBaseChapCredentials() {
  return { user: "", secret: "" };
}
var ChapCredentials = {
  encode(message, writer = new BinaryWriter()) {
    if (message.user !== "") {
      writer.uint32(10).string(message.user);
    }
    if (message.secret !== "") {
      writer.uint32(18).string(message.secret);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseChapCredentials();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.user = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.secret = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      user: isSet(object.user) ? globalThis.String(object.user) : "",
      secret: isSet(object.secret) ? globalThis.String(object.secret) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.user !== "") {
      obj.user = message.user;
    }
    if (message.secret !== "") {
      obj.secret = message.secret;
    }
    return obj;
  },
  create(base) {
    return ChapCredentials.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseChapCredentials();
    message.user = object.user ?? "";
    message.secret = object.secret ?? "";
    return message;
  }
};
function createBaseCreateExportRequest() {
  return { volumeGroup: "", volumeName: "", initiatorIqns: [], chap: false };
}
var CreateExportRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.volumeName !== "") {
      writer.uint32(18).string(message.volumeName);
    }
    for (const v of message.initiatorIqns) {
      writer.uint32(26).string(v);
    }
    if (message.chap !== false) {
      writer.uint32(32).bool(message.chap);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateExportRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeName = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.initiatorIqns.push(reader.string());
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.chap = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      volumeName: isSet(object.volumeName) ? globalThis.String(object.volumeName) : isSet(object.volume_name) ? globalThis.String(object.volume_name) : "",
      initiatorIqns: globalThis.Array.isArray(object?.initiatorIqns) ? object.initiatorIqns.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.initiator_iqns) ? object.initiator_iqns.map((e) => globalThis.String(e)) : [],
      chap: isSet(object.chap) ? globalThis.Boolean(object.chap) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.volumeName !== "") {
      obj.volumeName = message.volumeName;
    }
    if (message.initiatorIqns?.length) {
      obj.initiatorIqns = message.initiatorIqns;
    }
    if (message.chap !== false) {
      obj.chap = message.chap;
    }
    return obj;
  },
  create(base) {
    return CreateExportRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateExportRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.volumeName = object.volumeName ?? "";
    message.initiatorIqns = object.initiatorIqns?.map((e) => e) || [];
    message.chap = object.chap ?? false;
    return message;
  }
};
function createBaseCreateExportResponse() {
  return { export: void 0, chapCredentials: void 0 };
}
var CreateExportResponse = {
  encode(message, writer = new BinaryWriter()) {
    if (message.export !== void 0) {
      Export.encode(message.export, writer.uint32(10).fork()).join();
    }
    if (message.chapCredentials !== void 0) {
      ChapCredentials.encode(message.chapCredentials, writer.uint32(18).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateExportResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.export = Export.decode(reader, reader.uint32());
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.chapCredentials = ChapCredentials.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      export: isSet(object.export) ? Export.fromJSON(object.export) : void 0,
      chapCredentials: isSet(object.chapCredentials) ? ChapCredentials.fromJSON(object.chapCredentials) : isSet(object.chap_credentials) ? ChapCredentials.fromJSON(object.chap_credentials) : void 0
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.export !== void 0) {
      obj.export = Export.toJSON(message.export);
    }
    if (message.chapCredentials !== void 0) {
      obj.chapCredentials = ChapCredentials.toJSON(message.chapCredentials);
    }
    return obj;
  },
  create(base) {
    return CreateExportResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateExportResponse();
    message.export = object.export !== void 0 && object.export !== null ? Export.fromPartial(object.export) : void 0;
    message.chapCredentials = object.chapCredentials !== void 0 && object.chapCredentials !== null ? ChapCredentials.fromPartial(object.chapCredentials) : void 0;
    return message;
  }
};
function createBaseGetExportRequest() {
  return { volumeGroup: "", volumeName: "" };
}
var GetExportRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.volumeName !== "") {
      writer.uint32(18).string(message.volumeName);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetExportRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeName = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      volumeName: isSet(object.volumeName) ? globalThis.String(object.volumeName) : isSet(object.volume_name) ? globalThis.String(object.volume_name) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.volumeName !== "") {
      obj.volumeName = message.volumeName;
    }
    return obj;
  },
  create(base) {
    return GetExportRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetExportRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.volumeName = object.volumeName ?? "";
    return message;
  }
};
function createBaseGetExportResponse() {
  return { export: void 0 };
}
var GetExportResponse = {
  encode(message, writer = new BinaryWriter()) {
    if (message.export !== void 0) {
      Export.encode(message.export, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetExportResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.export = Export.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { export: isSet(object.export) ? Export.fromJSON(object.export) : void 0 };
  },
  toJSON(message) {
    const obj = {};
    if (message.export !== void 0) {
      obj.export = Export.toJSON(message.export);
    }
    return obj;
  },
  create(base) {
    return GetExportResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetExportResponse();
    message.export = object.export !== void 0 && object.export !== null ? Export.fromPartial(object.export) : void 0;
    return message;
  }
};
function createBaseListExportsRequest() {
  return { volumeGroup: "", pageSize: 0, pageToken: "" };
}
var ListExportsRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.pageSize !== 0) {
      writer.uint32(16).int32(message.pageSize);
    }
    if (message.pageToken !== "") {
      writer.uint32(26).string(message.pageToken);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListExportsRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 16) {
              break;
            }
            message.pageSize = reader.int32();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.pageToken = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      pageSize: isSet(object.pageSize) ? globalThis.Number(object.pageSize) : isSet(object.page_size) ? globalThis.Number(object.page_size) : 0,
      pageToken: isSet(object.pageToken) ? globalThis.String(object.pageToken) : isSet(object.page_token) ? globalThis.String(object.page_token) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.pageSize !== 0) {
      obj.pageSize = Math.round(message.pageSize);
    }
    if (message.pageToken !== "") {
      obj.pageToken = message.pageToken;
    }
    return obj;
  },
  create(base) {
    return ListExportsRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseListExportsRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.pageSize = object.pageSize ?? 0;
    message.pageToken = object.pageToken ?? "";
    return message;
  }
};
function createBaseListExportsResponse() {
  return { exports: [], nextPageToken: "" };
}
var ListExportsResponse = {
  encode(message, writer = new BinaryWriter()) {
    for (const v of message.exports) {
      Export.encode(v, writer.uint32(10).fork()).join();
    }
    if (message.nextPageToken !== "") {
      writer.uint32(18).string(message.nextPageToken);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListExportsResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.exports.push(Export.decode(reader, reader.uint32()));
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.nextPageToken = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      exports: globalThis.Array.isArray(object?.exports) ? object.exports.map((e) => Export.fromJSON(e)) : [],
      nextPageToken: isSet(object.nextPageToken) ? globalThis.String(object.nextPageToken) : isSet(object.next_page_token) ? globalThis.String(object.next_page_token) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.exports?.length) {
      obj.exports = message.exports.map((e) => Export.toJSON(e));
    }
    if (message.nextPageToken !== "") {
      obj.nextPageToken = message.nextPageToken;
    }
    return obj;
  },
  create(base) {
    return ListExportsResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseListExportsResponse();
    message.exports = object.exports?.map((e) => Export.fromPartial(e)) || [];
    message.nextPageToken = object.nextPageToken ?? "";
    return message;
  }
};
function createBaseUpdateExportRequest() {
  return { volumeGroup: "", volumeName: "", initiatorIqns: [], chap: void 0 };
}
var UpdateExportRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.volumeName !== "") {
      writer.uint32(18).string(message.volumeName);
    }
    for (const v of message.initiatorIqns) {
      writer.uint32(26).string(v);
    }
    if (message.chap !== void 0) {
      writer.uint32(32).bool(message.chap);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseUpdateExportRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeName = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.initiatorIqns.push(reader.string());
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.chap = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      volumeName: isSet(object.volumeName) ? globalThis.String(object.volumeName) : isSet(object.volume_name) ? globalThis.String(object.volume_name) : "",
      initiatorIqns: globalThis.Array.isArray(object?.initiatorIqns) ? object.initiatorIqns.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.initiator_iqns) ? object.initiator_iqns.map((e) => globalThis.String(e)) : [],
      chap: isSet(object.chap) ? globalThis.Boolean(object.chap) : void 0
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.volumeName !== "") {
      obj.volumeName = message.volumeName;
    }
    if (message.initiatorIqns?.length) {
      obj.initiatorIqns = message.initiatorIqns;
    }
    if (message.chap !== void 0) {
      obj.chap = message.chap;
    }
    return obj;
  },
  create(base) {
    return UpdateExportRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseUpdateExportRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.volumeName = object.volumeName ?? "";
    message.initiatorIqns = object.initiatorIqns?.map((e) => e) || [];
    message.chap = object.chap ?? void 0;
    return message;
  }
};
function createBaseUpdateExportResponse() {
  return { export: void 0, chapCredentials: void 0 };
}
var UpdateExportResponse = {
  encode(message, writer = new BinaryWriter()) {
    if (message.export !== void 0) {
      Export.encode(message.export, writer.uint32(10).fork()).join();
    }
    if (message.chapCredentials !== void 0) {
      ChapCredentials.encode(message.chapCredentials, writer.uint32(18).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseUpdateExportResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.export = Export.decode(reader, reader.uint32());
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.chapCredentials = ChapCredentials.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      export: isSet(object.export) ? Export.fromJSON(object.export) : void 0,
      chapCredentials: isSet(object.chapCredentials) ? ChapCredentials.fromJSON(object.chapCredentials) : isSet(object.chap_credentials) ? ChapCredentials.fromJSON(object.chap_credentials) : void 0
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.export !== void 0) {
      obj.export = Export.toJSON(message.export);
    }
    if (message.chapCredentials !== void 0) {
      obj.chapCredentials = ChapCredentials.toJSON(message.chapCredentials);
    }
    return obj;
  },
  create(base) {
    return UpdateExportResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseUpdateExportResponse();
    message.export = object.export !== void 0 && object.export !== null ? Export.fromPartial(object.export) : void 0;
    message.chapCredentials = object.chapCredentials !== void 0 && object.chapCredentials !== null ? ChapCredentials.fromPartial(object.chapCredentials) : void 0;
    return message;
  }
};
function createBaseDeleteExportRequest() {
  return { volumeGroup: "", volumeName: "", allowMissing: false };
}
var DeleteExportRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.volumeName !== "") {
      writer.uint32(18).string(message.volumeName);
    }
    if (message.allowMissing !== false) {
      writer.uint32(24).bool(message.allowMissing);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseDeleteExportRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeName = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 24) {
              break;
            }
            message.allowMissing = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet(object.volume_group) ? globalThis.String(object.volume_group) : "",
      volumeName: isSet(object.volumeName) ? globalThis.String(object.volumeName) : isSet(object.volume_name) ? globalThis.String(object.volume_name) : "",
      allowMissing: isSet(object.allowMissing) ? globalThis.Boolean(object.allowMissing) : isSet(object.allow_missing) ? globalThis.Boolean(object.allow_missing) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.volumeName !== "") {
      obj.volumeName = message.volumeName;
    }
    if (message.allowMissing !== false) {
      obj.allowMissing = message.allowMissing;
    }
    return obj;
  },
  create(base) {
    return DeleteExportRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseDeleteExportRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.volumeName = object.volumeName ?? "";
    message.allowMissing = object.allowMissing ?? false;
    return message;
  }
};
function createBaseDeleteExportResponse() {
  return {};
}
var DeleteExportResponse = {
  encode(_, writer = new BinaryWriter()) {
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseDeleteExportResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(_) {
    return {};
  },
  toJSON(_) {
    const obj = {};
    return obj;
  },
  create(base) {
    return DeleteExportResponse.fromPartial(base ?? {});
  },
  fromPartial(_) {
    const message = createBaseDeleteExportResponse();
    return message;
  }
};
function createBaseReconcileExportsRequest() {
  return { dryRun: false };
}
var ReconcileExportsRequest = {
  encode(message, writer = new BinaryWriter()) {
    if (message.dryRun !== false) {
      writer.uint32(8).bool(message.dryRun);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseReconcileExportsRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 8) {
              break;
            }
            message.dryRun = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      dryRun: isSet(object.dryRun) ? globalThis.Boolean(object.dryRun) : isSet(object.dry_run) ? globalThis.Boolean(object.dry_run) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.dryRun !== false) {
      obj.dryRun = message.dryRun;
    }
    return obj;
  },
  create(base) {
    return ReconcileExportsRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseReconcileExportsRequest();
    message.dryRun = object.dryRun ?? false;
    return message;
  }
};
function createBaseReconcileAction() {
  return { kind: 0, object: "", description: "" };
}
var ReconcileAction = {
  encode(message, writer = new BinaryWriter()) {
    if (message.kind !== 0) {
      writer.uint32(8).int32(message.kind);
    }
    if (message.object !== "") {
      writer.uint32(18).string(message.object);
    }
    if (message.description !== "") {
      writer.uint32(26).string(message.description);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseReconcileAction();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 8) {
              break;
            }
            message.kind = reader.int32();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.object = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.description = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      kind: isSet(object.kind) ? reconcileActionKindFromJSON(object.kind) : 0,
      object: isSet(object.object) ? globalThis.String(object.object) : "",
      description: isSet(object.description) ? globalThis.String(object.description) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.kind !== 0) {
      obj.kind = reconcileActionKindToJSON(message.kind);
    }
    if (message.object !== "") {
      obj.object = message.object;
    }
    if (message.description !== "") {
      obj.description = message.description;
    }
    return obj;
  },
  create(base) {
    return ReconcileAction.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseReconcileAction();
    message.kind = object.kind ?? 0;
    message.object = object.object ?? "";
    message.description = object.description ?? "";
    return message;
  }
};
function createBaseReconcileExportsResponse() {
  return { actions: [], dryRun: false };
}
var ReconcileExportsResponse = {
  encode(message, writer = new BinaryWriter()) {
    for (const v of message.actions) {
      ReconcileAction.encode(v, writer.uint32(10).fork()).join();
    }
    if (message.dryRun !== false) {
      writer.uint32(16).bool(message.dryRun);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseReconcileExportsResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.actions.push(ReconcileAction.decode(reader, reader.uint32()));
            continue;
          }
          case 2: {
            if (tag !== 16) {
              break;
            }
            message.dryRun = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      actions: globalThis.Array.isArray(object?.actions) ? object.actions.map((e) => ReconcileAction.fromJSON(e)) : [],
      dryRun: isSet(object.dryRun) ? globalThis.Boolean(object.dryRun) : isSet(object.dry_run) ? globalThis.Boolean(object.dry_run) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.actions?.length) {
      obj.actions = message.actions.map((e) => ReconcileAction.toJSON(e));
    }
    if (message.dryRun !== false) {
      obj.dryRun = message.dryRun;
    }
    return obj;
  },
  create(base) {
    return ReconcileExportsResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseReconcileExportsResponse();
    message.actions = object.actions?.map((e) => ReconcileAction.fromPartial(e)) || [];
    message.dryRun = object.dryRun ?? false;
    return message;
  }
};
var ExportServiceService = {
  /**
   * CreateExport exports a managed volume. Retrying with the same initiators
   * and CHAP setting returns the existing export (without the CHAP secret).
   *
   * Status codes: OK; INVALID_ARGUMENT (bad name or initiator IQN, no
   * initiators, names too long for a target IQN); NOT_FOUND (volume missing);
   * PERMISSION_DENIED (volume group not configured); FAILED_PRECONDITION
   * (volume not managed, not active or a thin pool, or exports disabled on
   * this host); ALREADY_EXISTS (exported with other settings: use
   * UpdateExport); UNAVAILABLE (LIO or targetcli not usable, or LIO did not
   * reach the wanted state: the tags are written, a retry or reconcile
   * completes it); INTERNAL.
   */
  createExport: {
    path: "/lvmctl.v1.ExportService/CreateExport",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(CreateExportRequest.encode(value).finish()),
    requestDeserialize: (value) => CreateExportRequest.decode(value),
    responseSerialize: (value) => Buffer.from(CreateExportResponse.encode(value).finish()),
    responseDeserialize: (value) => CreateExportResponse.decode(value)
  },
  /**
   * GetExport reads one export. CHAP secrets are never returned.
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND (volume or export
   * missing); PERMISSION_DENIED; FAILED_PRECONDITION (exports disabled);
   * UNAVAILABLE; INTERNAL.
   */
  getExport: {
    path: "/lvmctl.v1.ExportService/GetExport",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(GetExportRequest.encode(value).finish()),
    requestDeserialize: (value) => GetExportRequest.decode(value),
    responseSerialize: (value) => Buffer.from(GetExportResponse.encode(value).finish()),
    responseDeserialize: (value) => GetExportResponse.decode(value)
  },
  /**
   * ListExports lists the exports of managed volumes, one page at a time.
   *
   * Status codes: OK; INVALID_ARGUMENT (bad page token or size);
   * PERMISSION_DENIED; FAILED_PRECONDITION (exports disabled); UNAVAILABLE;
   * INTERNAL.
   */
  listExports: {
    path: "/lvmctl.v1.ExportService/ListExports",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(ListExportsRequest.encode(value).finish()),
    requestDeserialize: (value) => ListExportsRequest.decode(value),
    responseSerialize: (value) => Buffer.from(ListExportsResponse.encode(value).finish()),
    responseDeserialize: (value) => ListExportsResponse.decode(value)
  },
  /**
   * UpdateExport replaces the allowed initiators and/or turns CHAP on or off.
   * Turning CHAP on returns new credentials once; asking for CHAP when it is
   * already on keeps the current credentials (turn it off and on to rotate).
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND (volume missing or not
   * exported); PERMISSION_DENIED; FAILED_PRECONDITION (volume not managed or
   * not active, or exports disabled); UNAVAILABLE; INTERNAL.
   */
  updateExport: {
    path: "/lvmctl.v1.ExportService/UpdateExport",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(UpdateExportRequest.encode(value).finish()),
    requestDeserialize: (value) => UpdateExportRequest.decode(value),
    responseSerialize: (value) => Buffer.from(UpdateExportResponse.encode(value).finish()),
    responseDeserialize: (value) => UpdateExportResponse.decode(value)
  },
  /**
   * DeleteExport removes a volume's export; the volume itself stays.
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND (unless `allow_missing`);
   * PERMISSION_DENIED; FAILED_PRECONDITION (volume not managed, or exports
   * disabled); UNAVAILABLE; INTERNAL.
   */
  deleteExport: {
    path: "/lvmctl.v1.ExportService/DeleteExport",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(DeleteExportRequest.encode(value).finish()),
    requestDeserialize: (value) => DeleteExportRequest.decode(value),
    responseSerialize: (value) => Buffer.from(DeleteExportResponse.encode(value).finish()),
    responseDeserialize: (value) => DeleteExportResponse.decode(value)
  },
  /**
   * ReconcileExports compares LIO with the export state in the LV tags and
   * creates what is missing and removes orphans under lvmctl's IQN prefix.
   * With `dry_run` it only reports the plan.
   *
   * Status codes: OK; FAILED_PRECONDITION (exports disabled on this host);
   * UNAVAILABLE; INTERNAL.
   */
  reconcileExports: {
    path: "/lvmctl.v1.ExportService/ReconcileExports",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(ReconcileExportsRequest.encode(value).finish()),
    requestDeserialize: (value) => ReconcileExportsRequest.decode(value),
    responseSerialize: (value) => Buffer.from(ReconcileExportsResponse.encode(value).finish()),
    responseDeserialize: (value) => ReconcileExportsResponse.decode(value)
  }
};
var ExportServiceClient = makeGenericClientConstructor(
  ExportServiceService,
  "lvmctl.v1.ExportService"
);
function isSet(value) {
  return value !== null && value !== void 0;
}

// src/gen/lvmctl/v1/volume.ts
import { BinaryReader as BinaryReader2, BinaryWriter as BinaryWriter2 } from "@bufbuild/protobuf/wire";
import {
  makeGenericClientConstructor as makeGenericClientConstructor2
} from "@grpc/grpc-js";
function createBaseVolume() {
  return {
    name: "",
    volumeGroup: "",
    sizeBytes: 0n,
    pool: "",
    origin: "",
    devicePath: "",
    uuid: "",
    attributes: "",
    active: false,
    createTime: "",
    tags: [],
    dataPercent: void 0,
    managed: false
  };
}
var Volume = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(24).uint64(message.sizeBytes);
    }
    if (message.pool !== "") {
      writer.uint32(34).string(message.pool);
    }
    if (message.origin !== "") {
      writer.uint32(42).string(message.origin);
    }
    if (message.devicePath !== "") {
      writer.uint32(50).string(message.devicePath);
    }
    if (message.uuid !== "") {
      writer.uint32(58).string(message.uuid);
    }
    if (message.attributes !== "") {
      writer.uint32(66).string(message.attributes);
    }
    if (message.active !== false) {
      writer.uint32(72).bool(message.active);
    }
    if (message.createTime !== "") {
      writer.uint32(82).string(message.createTime);
    }
    for (const v of message.tags) {
      writer.uint32(90).string(v);
    }
    if (message.dataPercent !== void 0) {
      writer.uint32(97).double(message.dataPercent);
    }
    if (message.managed !== false) {
      writer.uint32(104).bool(message.managed);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseVolume();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 24) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
          case 4: {
            if (tag !== 34) {
              break;
            }
            message.pool = reader.string();
            continue;
          }
          case 5: {
            if (tag !== 42) {
              break;
            }
            message.origin = reader.string();
            continue;
          }
          case 6: {
            if (tag !== 50) {
              break;
            }
            message.devicePath = reader.string();
            continue;
          }
          case 7: {
            if (tag !== 58) {
              break;
            }
            message.uuid = reader.string();
            continue;
          }
          case 8: {
            if (tag !== 66) {
              break;
            }
            message.attributes = reader.string();
            continue;
          }
          case 9: {
            if (tag !== 72) {
              break;
            }
            message.active = reader.bool();
            continue;
          }
          case 10: {
            if (tag !== 82) {
              break;
            }
            message.createTime = reader.string();
            continue;
          }
          case 11: {
            if (tag !== 90) {
              break;
            }
            message.tags.push(reader.string());
            continue;
          }
          case 12: {
            if (tag !== 97) {
              break;
            }
            message.dataPercent = reader.double();
            continue;
          }
          case 13: {
            if (tag !== 104) {
              break;
            }
            message.managed = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      sizeBytes: isSet2(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet2(object.size_bytes) ? BigInt(object.size_bytes) : 0n,
      pool: isSet2(object.pool) ? globalThis.String(object.pool) : "",
      origin: isSet2(object.origin) ? globalThis.String(object.origin) : "",
      devicePath: isSet2(object.devicePath) ? globalThis.String(object.devicePath) : isSet2(object.device_path) ? globalThis.String(object.device_path) : "",
      uuid: isSet2(object.uuid) ? globalThis.String(object.uuid) : "",
      attributes: isSet2(object.attributes) ? globalThis.String(object.attributes) : "",
      active: isSet2(object.active) ? globalThis.Boolean(object.active) : false,
      createTime: isSet2(object.createTime) ? globalThis.String(object.createTime) : isSet2(object.create_time) ? globalThis.String(object.create_time) : "",
      tags: globalThis.Array.isArray(object?.tags) ? object.tags.map((e) => globalThis.String(e)) : [],
      dataPercent: isSet2(object.dataPercent) ? globalThis.Number(object.dataPercent) : isSet2(object.data_percent) ? globalThis.Number(object.data_percent) : void 0,
      managed: isSet2(object.managed) ? globalThis.Boolean(object.managed) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    if (message.pool !== "") {
      obj.pool = message.pool;
    }
    if (message.origin !== "") {
      obj.origin = message.origin;
    }
    if (message.devicePath !== "") {
      obj.devicePath = message.devicePath;
    }
    if (message.uuid !== "") {
      obj.uuid = message.uuid;
    }
    if (message.attributes !== "") {
      obj.attributes = message.attributes;
    }
    if (message.active !== false) {
      obj.active = message.active;
    }
    if (message.createTime !== "") {
      obj.createTime = message.createTime;
    }
    if (message.tags?.length) {
      obj.tags = message.tags;
    }
    if (message.dataPercent !== void 0) {
      obj.dataPercent = floatToJson(message.dataPercent);
    }
    if (message.managed !== false) {
      obj.managed = message.managed;
    }
    return obj;
  },
  create(base) {
    return Volume.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseVolume();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    message.pool = object.pool ?? "";
    message.origin = object.origin ?? "";
    message.devicePath = object.devicePath ?? "";
    message.uuid = object.uuid ?? "";
    message.attributes = object.attributes ?? "";
    message.active = object.active ?? false;
    message.createTime = object.createTime ?? "";
    message.tags = object.tags?.map((e) => e) || [];
    message.dataPercent = object.dataPercent ?? void 0;
    message.managed = object.managed ?? false;
    return message;
  }
};
function createBaseCreateVolumeRequest() {
  return { name: "", volumeGroup: "", pool: "", sizeBytes: 0n };
}
var CreateVolumeRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    if (message.pool !== "") {
      writer.uint32(26).string(message.pool);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(32).uint64(message.sizeBytes);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateVolumeRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.pool = reader.string();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      pool: isSet2(object.pool) ? globalThis.String(object.pool) : "",
      sizeBytes: isSet2(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet2(object.size_bytes) ? BigInt(object.size_bytes) : 0n
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.pool !== "") {
      obj.pool = message.pool;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    return obj;
  },
  create(base) {
    return CreateVolumeRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateVolumeRequest();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    message.pool = object.pool ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    return message;
  }
};
function createBaseCreateVolumeResponse() {
  return { volume: void 0 };
}
var CreateVolumeResponse = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.volume !== void 0) {
      Volume.encode(message.volume, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateVolumeResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volume = Volume.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { volume: isSet2(object.volume) ? Volume.fromJSON(object.volume) : void 0 };
  },
  toJSON(message) {
    const obj = {};
    if (message.volume !== void 0) {
      obj.volume = Volume.toJSON(message.volume);
    }
    return obj;
  },
  create(base) {
    return CreateVolumeResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateVolumeResponse();
    message.volume = object.volume !== void 0 && object.volume !== null ? Volume.fromPartial(object.volume) : void 0;
    return message;
  }
};
function createBaseGetVolumeRequest() {
  return { name: "", volumeGroup: "" };
}
var GetVolumeRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetVolumeRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    return obj;
  },
  create(base) {
    return GetVolumeRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetVolumeRequest();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    return message;
  }
};
function createBaseGetVolumeResponse() {
  return { volume: void 0 };
}
var GetVolumeResponse = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.volume !== void 0) {
      Volume.encode(message.volume, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetVolumeResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volume = Volume.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { volume: isSet2(object.volume) ? Volume.fromJSON(object.volume) : void 0 };
  },
  toJSON(message) {
    const obj = {};
    if (message.volume !== void 0) {
      obj.volume = Volume.toJSON(message.volume);
    }
    return obj;
  },
  create(base) {
    return GetVolumeResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetVolumeResponse();
    message.volume = object.volume !== void 0 && object.volume !== null ? Volume.fromPartial(object.volume) : void 0;
    return message;
  }
};
function createBaseListVolumesRequest() {
  return { volumeGroup: "", pageSize: 0, pageToken: "", includeUnmanaged: false };
}
var ListVolumesRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.volumeGroup !== "") {
      writer.uint32(10).string(message.volumeGroup);
    }
    if (message.pageSize !== 0) {
      writer.uint32(16).int32(message.pageSize);
    }
    if (message.pageToken !== "") {
      writer.uint32(26).string(message.pageToken);
    }
    if (message.includeUnmanaged !== false) {
      writer.uint32(32).bool(message.includeUnmanaged);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListVolumesRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 16) {
              break;
            }
            message.pageSize = reader.int32();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.pageToken = reader.string();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.includeUnmanaged = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      pageSize: isSet2(object.pageSize) ? globalThis.Number(object.pageSize) : isSet2(object.page_size) ? globalThis.Number(object.page_size) : 0,
      pageToken: isSet2(object.pageToken) ? globalThis.String(object.pageToken) : isSet2(object.page_token) ? globalThis.String(object.page_token) : "",
      includeUnmanaged: isSet2(object.includeUnmanaged) ? globalThis.Boolean(object.includeUnmanaged) : isSet2(object.include_unmanaged) ? globalThis.Boolean(object.include_unmanaged) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.pageSize !== 0) {
      obj.pageSize = Math.round(message.pageSize);
    }
    if (message.pageToken !== "") {
      obj.pageToken = message.pageToken;
    }
    if (message.includeUnmanaged !== false) {
      obj.includeUnmanaged = message.includeUnmanaged;
    }
    return obj;
  },
  create(base) {
    return ListVolumesRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseListVolumesRequest();
    message.volumeGroup = object.volumeGroup ?? "";
    message.pageSize = object.pageSize ?? 0;
    message.pageToken = object.pageToken ?? "";
    message.includeUnmanaged = object.includeUnmanaged ?? false;
    return message;
  }
};
function createBaseListVolumesResponse() {
  return { volumes: [], nextPageToken: "" };
}
var ListVolumesResponse = {
  encode(message, writer = new BinaryWriter2()) {
    for (const v of message.volumes) {
      Volume.encode(v, writer.uint32(10).fork()).join();
    }
    if (message.nextPageToken !== "") {
      writer.uint32(18).string(message.nextPageToken);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListVolumesResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumes.push(Volume.decode(reader, reader.uint32()));
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.nextPageToken = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumes: globalThis.Array.isArray(object?.volumes) ? object.volumes.map((e) => Volume.fromJSON(e)) : [],
      nextPageToken: isSet2(object.nextPageToken) ? globalThis.String(object.nextPageToken) : isSet2(object.next_page_token) ? globalThis.String(object.next_page_token) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumes?.length) {
      obj.volumes = message.volumes.map((e) => Volume.toJSON(e));
    }
    if (message.nextPageToken !== "") {
      obj.nextPageToken = message.nextPageToken;
    }
    return obj;
  },
  create(base) {
    return ListVolumesResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseListVolumesResponse();
    message.volumes = object.volumes?.map((e) => Volume.fromPartial(e)) || [];
    message.nextPageToken = object.nextPageToken ?? "";
    return message;
  }
};
function createBaseResizeVolumeRequest() {
  return { name: "", volumeGroup: "", sizeBytes: 0n };
}
var ResizeVolumeRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(24).uint64(message.sizeBytes);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseResizeVolumeRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 24) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      sizeBytes: isSet2(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet2(object.size_bytes) ? BigInt(object.size_bytes) : 0n
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    return obj;
  },
  create(base) {
    return ResizeVolumeRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseResizeVolumeRequest();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    return message;
  }
};
function createBaseResizeVolumeResponse() {
  return { volume: void 0 };
}
var ResizeVolumeResponse = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.volume !== void 0) {
      Volume.encode(message.volume, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseResizeVolumeResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volume = Volume.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { volume: isSet2(object.volume) ? Volume.fromJSON(object.volume) : void 0 };
  },
  toJSON(message) {
    const obj = {};
    if (message.volume !== void 0) {
      obj.volume = Volume.toJSON(message.volume);
    }
    return obj;
  },
  create(base) {
    return ResizeVolumeResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseResizeVolumeResponse();
    message.volume = object.volume !== void 0 && object.volume !== null ? Volume.fromPartial(object.volume) : void 0;
    return message;
  }
};
function createBaseDeleteVolumeRequest() {
  return { name: "", volumeGroup: "", allowMissing: false, force: false };
}
var DeleteVolumeRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    if (message.allowMissing !== false) {
      writer.uint32(24).bool(message.allowMissing);
    }
    if (message.force !== false) {
      writer.uint32(32).bool(message.force);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseDeleteVolumeRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 24) {
              break;
            }
            message.allowMissing = reader.bool();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.force = reader.bool();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      allowMissing: isSet2(object.allowMissing) ? globalThis.Boolean(object.allowMissing) : isSet2(object.allow_missing) ? globalThis.Boolean(object.allow_missing) : false,
      force: isSet2(object.force) ? globalThis.Boolean(object.force) : false
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.allowMissing !== false) {
      obj.allowMissing = message.allowMissing;
    }
    if (message.force !== false) {
      obj.force = message.force;
    }
    return obj;
  },
  create(base) {
    return DeleteVolumeRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseDeleteVolumeRequest();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    message.allowMissing = object.allowMissing ?? false;
    message.force = object.force ?? false;
    return message;
  }
};
function createBaseDeleteVolumeResponse() {
  return {};
}
var DeleteVolumeResponse = {
  encode(_, writer = new BinaryWriter2()) {
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseDeleteVolumeResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(_) {
    return {};
  },
  toJSON(_) {
    const obj = {};
    return obj;
  },
  create(base) {
    return DeleteVolumeResponse.fromPartial(base ?? {});
  },
  fromPartial(_) {
    const message = createBaseDeleteVolumeResponse();
    return message;
  }
};
function createBaseCreateSnapshotRequest() {
  return { name: "", volumeGroup: "", sourceName: "", sizeBytes: 0n };
}
var CreateSnapshotRequest = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.volumeGroup !== "") {
      writer.uint32(18).string(message.volumeGroup);
    }
    if (message.sourceName !== "") {
      writer.uint32(26).string(message.sourceName);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(32).uint64(message.sizeBytes);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateSnapshotRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 18) {
              break;
            }
            message.volumeGroup = reader.string();
            continue;
          }
          case 3: {
            if (tag !== 26) {
              break;
            }
            message.sourceName = reader.string();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet2(object.name) ? globalThis.String(object.name) : "",
      volumeGroup: isSet2(object.volumeGroup) ? globalThis.String(object.volumeGroup) : isSet2(object.volume_group) ? globalThis.String(object.volume_group) : "",
      sourceName: isSet2(object.sourceName) ? globalThis.String(object.sourceName) : isSet2(object.source_name) ? globalThis.String(object.source_name) : "",
      sizeBytes: isSet2(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet2(object.size_bytes) ? BigInt(object.size_bytes) : 0n
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.volumeGroup !== "") {
      obj.volumeGroup = message.volumeGroup;
    }
    if (message.sourceName !== "") {
      obj.sourceName = message.sourceName;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    return obj;
  },
  create(base) {
    return CreateSnapshotRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateSnapshotRequest();
    message.name = object.name ?? "";
    message.volumeGroup = object.volumeGroup ?? "";
    message.sourceName = object.sourceName ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    return message;
  }
};
function createBaseCreateSnapshotResponse() {
  return { snapshot: void 0 };
}
var CreateSnapshotResponse = {
  encode(message, writer = new BinaryWriter2()) {
    if (message.snapshot !== void 0) {
      Volume.encode(message.snapshot, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader2 ? input : new BinaryReader2(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseCreateSnapshotResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.snapshot = Volume.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { snapshot: isSet2(object.snapshot) ? Volume.fromJSON(object.snapshot) : void 0 };
  },
  toJSON(message) {
    const obj = {};
    if (message.snapshot !== void 0) {
      obj.snapshot = Volume.toJSON(message.snapshot);
    }
    return obj;
  },
  create(base) {
    return CreateSnapshotResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseCreateSnapshotResponse();
    message.snapshot = object.snapshot !== void 0 && object.snapshot !== null ? Volume.fromPartial(object.snapshot) : void 0;
    return message;
  }
};
var VolumeServiceService = {
  /**
   * CreateVolume creates a linear (thick) volume, or a thin volume when `pool`
   * names a thin pool. Retrying with the same name, size (after extent rounding)
   * and pool returns the existing volume.
   *
   * Status codes: OK; INVALID_ARGUMENT (bad name, size or pool name);
   * NOT_FOUND (volume group or thin pool missing); PERMISSION_DENIED (volume
   * group not in the daemon's allow-list); ALREADY_EXISTS (same name with a
   * different size or pool, or an unmanaged LV of that name);
   * RESOURCE_EXHAUSTED (not enough free space); UNAVAILABLE (lvm not usable);
   * INTERNAL.
   */
  createVolume: {
    path: "/lvmctl.v1.VolumeService/CreateVolume",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(CreateVolumeRequest.encode(value).finish()),
    requestDeserialize: (value) => CreateVolumeRequest.decode(value),
    responseSerialize: (value) => Buffer.from(CreateVolumeResponse.encode(value).finish()),
    responseDeserialize: (value) => CreateVolumeResponse.decode(value)
  },
  /**
   * GetVolume reads one volume. Unmanaged LVs are readable (read-only) and are
   * reported with `managed = false`.
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND; PERMISSION_DENIED;
   * UNAVAILABLE; INTERNAL.
   */
  getVolume: {
    path: "/lvmctl.v1.VolumeService/GetVolume",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(GetVolumeRequest.encode(value).finish()),
    requestDeserialize: (value) => GetVolumeRequest.decode(value),
    responseSerialize: (value) => Buffer.from(GetVolumeResponse.encode(value).finish()),
    responseDeserialize: (value) => GetVolumeResponse.decode(value)
  },
  /**
   * ListVolumes lists managed volumes (and unmanaged ones on request), ordered
   * by volume group then name, one page at a time.
   *
   * Status codes: OK; INVALID_ARGUMENT (bad page token or page size);
   * NOT_FOUND; PERMISSION_DENIED; UNAVAILABLE; INTERNAL.
   */
  listVolumes: {
    path: "/lvmctl.v1.VolumeService/ListVolumes",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(ListVolumesRequest.encode(value).finish()),
    requestDeserialize: (value) => ListVolumesRequest.decode(value),
    responseSerialize: (value) => Buffer.from(ListVolumesResponse.encode(value).finish()),
    responseDeserialize: (value) => ListVolumesResponse.decode(value)
  },
  /**
   * ResizeVolume grows a managed volume. Growing to the current size (after
   * rounding) is an OK no-op; shrinking is refused and changes nothing.
   * Initiators of an exported volume must rescan to see the new size.
   *
   * Status codes: OK; INVALID_ARGUMENT (bad size, or smaller than the current
   * size); NOT_FOUND; PERMISSION_DENIED; FAILED_PRECONDITION (LV not managed by
   * lvmctl); RESOURCE_EXHAUSTED; UNAVAILABLE; INTERNAL.
   */
  resizeVolume: {
    path: "/lvmctl.v1.VolumeService/ResizeVolume",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(ResizeVolumeRequest.encode(value).finish()),
    requestDeserialize: (value) => ResizeVolumeRequest.decode(value),
    responseSerialize: (value) => Buffer.from(ResizeVolumeResponse.encode(value).finish()),
    responseDeserialize: (value) => ResizeVolumeResponse.decode(value)
  },
  /**
   * DeleteVolume removes a managed volume. An exported volume is refused unless
   * `force` is set, which removes the export first.
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND (unless `allow_missing`);
   * PERMISSION_DENIED; FAILED_PRECONDITION (LV not managed, exported without
   * `force`, or has snapshots); UNAVAILABLE; INTERNAL.
   */
  deleteVolume: {
    path: "/lvmctl.v1.VolumeService/DeleteVolume",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(DeleteVolumeRequest.encode(value).finish()),
    requestDeserialize: (value) => DeleteVolumeRequest.decode(value),
    responseSerialize: (value) => Buffer.from(DeleteVolumeResponse.encode(value).finish()),
    responseDeserialize: (value) => DeleteVolumeResponse.decode(value)
  },
  /**
   * CreateSnapshot snapshots a managed volume. A snapshot of a thick volume is
   * a thick copy-on-write snapshot sized by `size_bytes`; a snapshot of a thin
   * volume is a thin snapshot in the same pool and takes no size. Retrying with
   * the same name and source returns the existing snapshot.
   *
   * Status codes: OK; INVALID_ARGUMENT; NOT_FOUND (source missing);
   * PERMISSION_DENIED; FAILED_PRECONDITION (source not managed);
   * ALREADY_EXISTS (name used by another LV or another source);
   * RESOURCE_EXHAUSTED; UNAVAILABLE; INTERNAL.
   */
  createSnapshot: {
    path: "/lvmctl.v1.VolumeService/CreateSnapshot",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(CreateSnapshotRequest.encode(value).finish()),
    requestDeserialize: (value) => CreateSnapshotRequest.decode(value),
    responseSerialize: (value) => Buffer.from(CreateSnapshotResponse.encode(value).finish()),
    responseDeserialize: (value) => CreateSnapshotResponse.decode(value)
  }
};
var VolumeServiceClient = makeGenericClientConstructor2(
  VolumeServiceService,
  "lvmctl.v1.VolumeService"
);
function floatToJson(value) {
  return typeof value === "number" && !globalThis.Number.isFinite(value) ? globalThis.String(value) : value;
}
function isSet2(value) {
  return value !== null && value !== void 0;
}

// src/gen/lvmctl/v1/volume_group.ts
import { BinaryReader as BinaryReader3, BinaryWriter as BinaryWriter3 } from "@bufbuild/protobuf/wire";
import {
  makeGenericClientConstructor as makeGenericClientConstructor3
} from "@grpc/grpc-js";
function createBaseThinPool() {
  return { name: "", sizeBytes: 0n, dataPercent: 0, metadataPercent: 0 };
}
var ThinPool = {
  encode(message, writer = new BinaryWriter3()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(16).uint64(message.sizeBytes);
    }
    if (message.dataPercent !== 0) {
      writer.uint32(25).double(message.dataPercent);
    }
    if (message.metadataPercent !== 0) {
      writer.uint32(33).double(message.metadataPercent);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseThinPool();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 16) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
          case 3: {
            if (tag !== 25) {
              break;
            }
            message.dataPercent = reader.double();
            continue;
          }
          case 4: {
            if (tag !== 33) {
              break;
            }
            message.metadataPercent = reader.double();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet3(object.name) ? globalThis.String(object.name) : "",
      sizeBytes: isSet3(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet3(object.size_bytes) ? BigInt(object.size_bytes) : 0n,
      dataPercent: isSet3(object.dataPercent) ? globalThis.Number(object.dataPercent) : isSet3(object.data_percent) ? globalThis.Number(object.data_percent) : 0,
      metadataPercent: isSet3(object.metadataPercent) ? globalThis.Number(object.metadataPercent) : isSet3(object.metadata_percent) ? globalThis.Number(object.metadata_percent) : 0
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    if (message.dataPercent !== 0) {
      obj.dataPercent = floatToJson2(message.dataPercent);
    }
    if (message.metadataPercent !== 0) {
      obj.metadataPercent = floatToJson2(message.metadataPercent);
    }
    return obj;
  },
  create(base) {
    return ThinPool.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseThinPool();
    message.name = object.name ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    message.dataPercent = object.dataPercent ?? 0;
    message.metadataPercent = object.metadataPercent ?? 0;
    return message;
  }
};
function createBaseVolumeGroup() {
  return {
    name: "",
    sizeBytes: 0n,
    freeBytes: 0n,
    extentSizeBytes: 0n,
    pvCount: 0,
    lvCount: 0,
    thinPools: [],
    uuid: ""
  };
}
var VolumeGroup = {
  encode(message, writer = new BinaryWriter3()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.sizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.sizeBytes) !== message.sizeBytes) {
        throw new globalThis.Error("value provided for field message.sizeBytes of type uint64 too large");
      }
      writer.uint32(16).uint64(message.sizeBytes);
    }
    if (message.freeBytes !== 0n) {
      if (BigInt.asUintN(64, message.freeBytes) !== message.freeBytes) {
        throw new globalThis.Error("value provided for field message.freeBytes of type uint64 too large");
      }
      writer.uint32(24).uint64(message.freeBytes);
    }
    if (message.extentSizeBytes !== 0n) {
      if (BigInt.asUintN(64, message.extentSizeBytes) !== message.extentSizeBytes) {
        throw new globalThis.Error("value provided for field message.extentSizeBytes of type uint64 too large");
      }
      writer.uint32(32).uint64(message.extentSizeBytes);
    }
    if (message.pvCount !== 0) {
      writer.uint32(40).uint32(message.pvCount);
    }
    if (message.lvCount !== 0) {
      writer.uint32(48).uint32(message.lvCount);
    }
    for (const v of message.thinPools) {
      ThinPool.encode(v, writer.uint32(58).fork()).join();
    }
    if (message.uuid !== "") {
      writer.uint32(66).string(message.uuid);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseVolumeGroup();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
          case 2: {
            if (tag !== 16) {
              break;
            }
            message.sizeBytes = reader.uint64();
            continue;
          }
          case 3: {
            if (tag !== 24) {
              break;
            }
            message.freeBytes = reader.uint64();
            continue;
          }
          case 4: {
            if (tag !== 32) {
              break;
            }
            message.extentSizeBytes = reader.uint64();
            continue;
          }
          case 5: {
            if (tag !== 40) {
              break;
            }
            message.pvCount = reader.uint32();
            continue;
          }
          case 6: {
            if (tag !== 48) {
              break;
            }
            message.lvCount = reader.uint32();
            continue;
          }
          case 7: {
            if (tag !== 58) {
              break;
            }
            message.thinPools.push(ThinPool.decode(reader, reader.uint32()));
            continue;
          }
          case 8: {
            if (tag !== 66) {
              break;
            }
            message.uuid = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      name: isSet3(object.name) ? globalThis.String(object.name) : "",
      sizeBytes: isSet3(object.sizeBytes) ? BigInt(object.sizeBytes) : isSet3(object.size_bytes) ? BigInt(object.size_bytes) : 0n,
      freeBytes: isSet3(object.freeBytes) ? BigInt(object.freeBytes) : isSet3(object.free_bytes) ? BigInt(object.free_bytes) : 0n,
      extentSizeBytes: isSet3(object.extentSizeBytes) ? BigInt(object.extentSizeBytes) : isSet3(object.extent_size_bytes) ? BigInt(object.extent_size_bytes) : 0n,
      pvCount: isSet3(object.pvCount) ? globalThis.Number(object.pvCount) : isSet3(object.pv_count) ? globalThis.Number(object.pv_count) : 0,
      lvCount: isSet3(object.lvCount) ? globalThis.Number(object.lvCount) : isSet3(object.lv_count) ? globalThis.Number(object.lv_count) : 0,
      thinPools: globalThis.Array.isArray(object?.thinPools) ? object.thinPools.map((e) => ThinPool.fromJSON(e)) : globalThis.Array.isArray(object?.thin_pools) ? object.thin_pools.map((e) => ThinPool.fromJSON(e)) : [],
      uuid: isSet3(object.uuid) ? globalThis.String(object.uuid) : ""
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    if (message.sizeBytes !== 0n) {
      obj.sizeBytes = message.sizeBytes.toString();
    }
    if (message.freeBytes !== 0n) {
      obj.freeBytes = message.freeBytes.toString();
    }
    if (message.extentSizeBytes !== 0n) {
      obj.extentSizeBytes = message.extentSizeBytes.toString();
    }
    if (message.pvCount !== 0) {
      obj.pvCount = Math.round(message.pvCount);
    }
    if (message.lvCount !== 0) {
      obj.lvCount = Math.round(message.lvCount);
    }
    if (message.thinPools?.length) {
      obj.thinPools = message.thinPools.map((e) => ThinPool.toJSON(e));
    }
    if (message.uuid !== "") {
      obj.uuid = message.uuid;
    }
    return obj;
  },
  create(base) {
    return VolumeGroup.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseVolumeGroup();
    message.name = object.name ?? "";
    message.sizeBytes = object.sizeBytes !== void 0 && object.sizeBytes !== null ? BigInt(object.sizeBytes) : 0n;
    message.freeBytes = object.freeBytes !== void 0 && object.freeBytes !== null ? BigInt(object.freeBytes) : 0n;
    message.extentSizeBytes = object.extentSizeBytes !== void 0 && object.extentSizeBytes !== null ? BigInt(object.extentSizeBytes) : 0n;
    message.pvCount = object.pvCount ?? 0;
    message.lvCount = object.lvCount ?? 0;
    message.thinPools = object.thinPools?.map((e) => ThinPool.fromPartial(e)) || [];
    message.uuid = object.uuid ?? "";
    return message;
  }
};
function createBaseListVolumeGroupsRequest() {
  return {};
}
var ListVolumeGroupsRequest = {
  encode(_, writer = new BinaryWriter3()) {
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListVolumeGroupsRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(_) {
    return {};
  },
  toJSON(_) {
    const obj = {};
    return obj;
  },
  create(base) {
    return ListVolumeGroupsRequest.fromPartial(base ?? {});
  },
  fromPartial(_) {
    const message = createBaseListVolumeGroupsRequest();
    return message;
  }
};
function createBaseListVolumeGroupsResponse() {
  return { volumeGroups: [] };
}
var ListVolumeGroupsResponse = {
  encode(message, writer = new BinaryWriter3()) {
    for (const v of message.volumeGroups) {
      VolumeGroup.encode(v, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseListVolumeGroupsResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroups.push(VolumeGroup.decode(reader, reader.uint32()));
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroups: globalThis.Array.isArray(object?.volumeGroups) ? object.volumeGroups.map((e) => VolumeGroup.fromJSON(e)) : globalThis.Array.isArray(object?.volume_groups) ? object.volume_groups.map((e) => VolumeGroup.fromJSON(e)) : []
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroups?.length) {
      obj.volumeGroups = message.volumeGroups.map((e) => VolumeGroup.toJSON(e));
    }
    return obj;
  },
  create(base) {
    return ListVolumeGroupsResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseListVolumeGroupsResponse();
    message.volumeGroups = object.volumeGroups?.map((e) => VolumeGroup.fromPartial(e)) || [];
    return message;
  }
};
function createBaseGetVolumeGroupRequest() {
  return { name: "" };
}
var GetVolumeGroupRequest = {
  encode(message, writer = new BinaryWriter3()) {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetVolumeGroupRequest();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.name = reader.string();
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return { name: isSet3(object.name) ? globalThis.String(object.name) : "" };
  },
  toJSON(message) {
    const obj = {};
    if (message.name !== "") {
      obj.name = message.name;
    }
    return obj;
  },
  create(base) {
    return GetVolumeGroupRequest.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetVolumeGroupRequest();
    message.name = object.name ?? "";
    return message;
  }
};
function createBaseGetVolumeGroupResponse() {
  return { volumeGroup: void 0 };
}
var GetVolumeGroupResponse = {
  encode(message, writer = new BinaryWriter3()) {
    if (message.volumeGroup !== void 0) {
      VolumeGroup.encode(message.volumeGroup, writer.uint32(10).fork()).join();
    }
    return writer;
  },
  decode(input, length) {
    const reader = input instanceof BinaryReader3 ? input : new BinaryReader3(input);
    const previousRecursionDepth = reader.__tsProtoDecodeDepth ?? 0;
    if (previousRecursionDepth >= 100) {
      throw new globalThis.Error("protobuf decode recursion limit exceeded");
    }
    reader.__tsProtoDecodeDepth = previousRecursionDepth + 1;
    try {
      const end = length === void 0 ? reader.len : reader.pos + length;
      const message = createBaseGetVolumeGroupResponse();
      while (reader.pos < end) {
        const tag = reader.uint32();
        switch (tag >>> 3) {
          case 1: {
            if (tag !== 10) {
              break;
            }
            message.volumeGroup = VolumeGroup.decode(reader, reader.uint32());
            continue;
          }
        }
        if ((tag & 7) === 4 || tag === 0) {
          break;
        }
        reader.skip(tag & 7);
      }
      return message;
    } finally {
      reader.__tsProtoDecodeDepth = previousRecursionDepth;
    }
  },
  fromJSON(object) {
    return {
      volumeGroup: isSet3(object.volumeGroup) ? VolumeGroup.fromJSON(object.volumeGroup) : isSet3(object.volume_group) ? VolumeGroup.fromJSON(object.volume_group) : void 0
    };
  },
  toJSON(message) {
    const obj = {};
    if (message.volumeGroup !== void 0) {
      obj.volumeGroup = VolumeGroup.toJSON(message.volumeGroup);
    }
    return obj;
  },
  create(base) {
    return GetVolumeGroupResponse.fromPartial(base ?? {});
  },
  fromPartial(object) {
    const message = createBaseGetVolumeGroupResponse();
    message.volumeGroup = object.volumeGroup !== void 0 && object.volumeGroup !== null ? VolumeGroup.fromPartial(object.volumeGroup) : void 0;
    return message;
  }
};
var VolumeGroupServiceService = {
  /**
   * ListVolumeGroups lists the configured volume groups that exist.
   *
   * Status codes: OK; UNAVAILABLE (lvm not usable); INTERNAL.
   */
  listVolumeGroups: {
    path: "/lvmctl.v1.VolumeGroupService/ListVolumeGroups",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(ListVolumeGroupsRequest.encode(value).finish()),
    requestDeserialize: (value) => ListVolumeGroupsRequest.decode(value),
    responseSerialize: (value) => Buffer.from(ListVolumeGroupsResponse.encode(value).finish()),
    responseDeserialize: (value) => ListVolumeGroupsResponse.decode(value)
  },
  /**
   * GetVolumeGroup reads one configured volume group.
   *
   * Status codes: OK; INVALID_ARGUMENT (bad name); NOT_FOUND;
   * PERMISSION_DENIED (not in the allow-list); UNAVAILABLE; INTERNAL.
   */
  getVolumeGroup: {
    path: "/lvmctl.v1.VolumeGroupService/GetVolumeGroup",
    requestStream: false,
    responseStream: false,
    requestSerialize: (value) => Buffer.from(GetVolumeGroupRequest.encode(value).finish()),
    requestDeserialize: (value) => GetVolumeGroupRequest.decode(value),
    responseSerialize: (value) => Buffer.from(GetVolumeGroupResponse.encode(value).finish()),
    responseDeserialize: (value) => GetVolumeGroupResponse.decode(value)
  }
};
var VolumeGroupServiceClient = makeGenericClientConstructor3(
  VolumeGroupServiceService,
  "lvmctl.v1.VolumeGroupService"
);
function floatToJson2(value) {
  return typeof value === "number" && !globalThis.Number.isFinite(value) ? globalThis.String(value) : value;
}
function isSet3(value) {
  return value !== null && value !== void 0;
}

// src/client/client.ts
var DEFAULT_SERVER = "unix:///run/lvmctl/lvmctld.sock";
function grpcTarget(server) {
  if (server.startsWith("unix://")) return server;
  if (server.startsWith("tcp://")) return server.slice("tcp://".length);
  return server;
}
function channelCredentials(opts, server) {
  if (server.startsWith("unix://") || opts.insecure) return credentials.createInsecure();
  const read = (f) => f ? readFileSync(f) : null;
  return credentials.createSsl(read(opts.tlsCa), read(opts.tlsKey), read(opts.tlsCert));
}
var LvmctlClient = class {
  volumes;
  volumeGroups;
  exports;
  client;
  timeoutMs;
  token;
  constructor(opts = {}) {
    const server = opts.server ?? DEFAULT_SERVER;
    const channelOptions = opts.tlsServerName ? { "grpc.ssl_target_name_override": opts.tlsServerName } : {};
    this.client = new Client4(grpcTarget(server), channelCredentials(opts, server), channelOptions);
    this.timeoutMs = opts.timeoutMs ?? 6e4;
    this.token = opts.token;
    this.volumes = this.bind(VolumeServiceService);
    this.volumeGroups = this.bind(VolumeGroupServiceService);
    this.exports = this.bind(ExportServiceService);
  }
  close() {
    this.client.close();
  }
  bind(service) {
    const out = {};
    for (const [name, def] of Object.entries(service)) {
      out[name] = (request = {}) => this.call(def, { ...def.requestDeserialize(Buffer.alloc(0)), ...request });
    }
    return out;
  }
  call(def, request) {
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
        (err, res) => err ? reject(err) : resolve(res)
      );
    });
  }
};

// test/support/health.ts
import { credentials as credentials2, loadPackageDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { protoPath } from "grpc-health-check";
var pkg = loadPackageDefinition(loadSync(protoPath, { enums: String }));
function checkHealth(server, service = "") {
  const client = new pkg.grpc.health.v1.Health(server, credentials2.createInsecure());
  return new Promise((resolve, reject) => {
    client.check({ service }, { deadline: new Date(Date.now() + 2e3) }, (err, res) => {
      client.close();
      if (err) reject(err);
      else resolve(res.status);
    });
  });
}

// test/support/loop-vg.ts
import { execFileSync } from "node:child_process";
var METADATA_ONLY = process.env.LVMCTL_TEST_ACTIVATION !== "1";
var CONFIG = METADATA_ONLY ? ["--config", "global{activation=0}"] : [];
function lvm(args) {
  const [cmd, ...rest] = args;
  return execFileSync("lvm", [cmd, ...CONFIG, ...rest], {
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", LVM_SUPPRESS_FD_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "pipe"]
  });
}

// test/support/daemon.ts
var ROOT = new URL("../..", import.meta.url).pathname;
var DAEMON_JS = join(ROOT, "dist/server/main.js");
var CLI_JS = join(ROOT, "dist/client/cli.js");
async function startDaemon(volumeGroups, extraArgs = [], waitFor = "SERVING") {
  const dir = mkdtempSync(join(tmpdir(), "lvmctld-"));
  const socket = join(dir, "lvmctld.sock");
  const server = `unix://${socket}`;
  const args = [DAEMON_JS, "--listen", server, ...volumeGroups.flatMap((vg) => ["--volume-group", vg]), ...extraArgs];
  if (METADATA_ONLY) args.push("--metadata-only");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => output += d);
  child.stderr.on("data", (d) => output += d);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  await waitForHealth(server, waitFor, child, () => output);
  const client = new LvmctlClient({ server, timeoutMs: 6e4 });
  return {
    socket,
    server,
    process: child,
    client,
    logs: () => output,
    async stop(signal = "SIGTERM") {
      client.close();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    }
  };
}
async function waitForHealth(server, want, child, logs) {
  const deadline = Date.now() + (process.env.LVMCTL_VM === "1" ? 18e4 : 2e4);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`lvmctld exited with ${child.exitCode}:
${logs()}`);
    if (await checkHealth(server).catch(() => "DOWN") === want) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`lvmctld did not become ${want}:
${logs()}`);
}

// bench/lib/fixture.ts
import { execFile as execFile2, execFileSync as execFileSync2 } from "node:child_process";
import { mkdtempSync as mkdtempSync2, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
import { randomInt } from "node:crypto";
var LVM_ENV = { ...process.env, LC_ALL: "C", LANG: "C", LVM_SUPPRESS_FD_WARNINGS: "1" };
var ARCHIVE_DIR = "/etc/lvm/archive";
function createBenchVg(name, opts = {}) {
  const dir = mkdtempSync2(join2(tmpdir2(), "lvmctl-bench-"));
  const file = join2(dir, "pv.img");
  execFileSync2("truncate", ["-s", `${opts.sizeGiB ?? 32}G`, file]);
  const device = execFileSync2("losetup", ["--find", "--show", file], { encoding: "utf8" }).trim();
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    try {
      lvm(["vgremove", "-q", "-f", name]);
    } catch {
    }
    try {
      lvm(["pvremove", "-q", "-y", device]);
    } catch {
    }
    try {
      execFileSync2("losetup", ["-d", device]);
    } finally {
      rmSync2(dir, { recursive: true, force: true });
      removeArchives(name);
    }
  };
  try {
    lvm(["pvcreate", "-q", ...opts.metadataSize ? ["--metadatasize", opts.metadataSize] : [], device]);
    lvm(["vgcreate", "-q", "--physicalextentsize", opts.extentSize ?? "4m", name, device]);
  } catch (err) {
    destroy();
    throw err;
  }
  return { name, device, destroy };
}
var UUID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function lvmUuid() {
  let s = "";
  for (let i = 0; i < 32; i++) s += UUID_CHARS[randomInt(UUID_CHARS.length)];
  return [s.slice(0, 6), s.slice(6, 10), s.slice(10, 14), s.slice(14, 18), s.slice(18, 22), s.slice(22, 26), s.slice(26)].join("-");
}
function populate(vg, count, prefix = "lv", tags = ["lvmctl.managed"]) {
  if (count === 0) return;
  const dir = mkdtempSync2(join2(tmpdir2(), "lvmctl-bench-meta-"));
  try {
    const file = join2(dir, "vg.meta");
    lvm(["vgcfgbackup", "-q", "-f", file, vg]);
    const text = readFileSync2(file, "utf8");
    if (text.includes("logical_volumes {")) throw new Error(`populate: ${vg} already has LVs`);
    const now = Math.floor(Date.now() / 1e3);
    const width = String(count).length;
    const lvs = [];
    for (let i = 0; i < count; i++) {
      lvs.push(`		${prefix}${String(i).padStart(width, "0")} {
			id = "${lvmUuid()}"
			status = ["READ", "WRITE", "VISIBLE"]
			flags = []
			tags = [${tags.map((t) => `"${t}"`).join(", ")}]
			creation_time = ${now}
			creation_host = "lvmctl-bench"
			segment_count = 1

			segment1 {
				start_extent = 0
				extent_count = 1

				type = "striped"
				stripe_count = 1

				stripes = [
					"pv0", ${i}
				]
			}
		}
`);
    }
    const end = text.lastIndexOf("\n}");
    if (end < 0) throw new Error("populate: unexpected vgcfgbackup output");
    writeFileSync(file, `${text.slice(0, end)}

	logical_volumes {

${lvs.join("\n")}	}
${text.slice(end + 1)}`);
    lvm(["vgcfgrestore", "-q", "-f", file, vg]);
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}
function runTimed(argv) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    execFile2(argv[0], argv.slice(1), { env: LVM_ENV, maxBuffer: 1 << 30 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${argv.slice(0, 2).join(" ")} failed: ${String(stderr).trim().slice(0, 500)}`));
      else resolve(performance.now() - t);
    });
  });
}
function archiveUsage(vg) {
  let files = 0;
  let bytes = 0;
  try {
    for (const f of readdirSync(ARCHIVE_DIR)) {
      if (!f.startsWith(`${vg}_`)) continue;
      files++;
      bytes += statSync(join2(ARCHIVE_DIR, f)).size;
    }
  } catch {
  }
  return { files, bytes };
}
function removeArchives(vg) {
  try {
    for (const f of readdirSync(ARCHIVE_DIR)) if (f.startsWith(`${vg}_`)) rmSync2(join2(ARCHIVE_DIR, f), { force: true });
  } catch {
  }
}
function removeLvs(vg, names) {
  for (let i = 0; i < names.length; i += 200) {
    lvm(["lvremove", "-q", "-y", ...names.slice(i, i + 200).map((n) => `${vg}/${n}`)]);
  }
}

// bench/lib/stats.ts
function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}
var round1 = (x) => Math.round(x * 10) / 10;
var round2 = (x) => Math.round(x * 100) / 100;
async function interleave(rounds, ours, raw) {
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push((await timed(() => ours(i))).ms);
      b.push((await timed(() => raw(i))).ms);
    } else {
      b.push((await timed(() => raw(i))).ms);
      a.push((await timed(() => ours(i))).ms);
    }
  }
  return { ours: a, raw: b };
}

// bench/lib/docs.ts
import { existsSync, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
var BEGIN = "<!-- bench:results:begin -->";
var END = "<!-- bench:results:end -->";
var cell = (v) => v === void 0 || v === null ? "" : String(v);
function renderTable(r) {
  const m = r.meta;
  const lines = [
    `Measured ${String(m.date).slice(0, 10)} with \`npm run bench\`: lvm ${cell(m.lvm)}, Node ${cell(m.node)}, kernel ${cell(m.kernel)}, ${cell(m.cpus)} CPUs, ${m.metadataOnly ? "metadata-only (no device-mapper)" : "activation on"}. Medians; ratio = lvmctl / raw tool (lower is better).`,
    "",
    "| # | What | LVs | Variant | lvmctl | raw tool | ratio | target | met |",
    "|---|------|----:|---------|-------:|---------:|------:|--------|-----|"
  ];
  for (const f of r.figures) {
    const unit = f.unit ?? "ms";
    lines.push(
      `| ${f.id} | ${f.what} | ${cell(f.lvs)} | ${cell(f.variant)} | ${f.oursMs} ${unit} | ${f.rawMs === void 0 ? "" : `${f.rawMs} ms`} | ${cell(f.ratio)} | ${cell(f.target)} | ${f.met === void 0 ? "" : f.met ? "yes" : "**no**"} |`
    );
  }
  if (r.errors.length > 0) lines.push("", `Failed in this run: ${r.errors.map((e) => e.bench).join(", ")}.`);
  lines.push("", "Raw data: `bench/results/full.json`.");
  return lines.join("\n");
}
function writeDocs(file, r) {
  const table = `${BEGIN}
${renderTable(r)}
${END}`;
  const doc = existsSync(file) ? readFileSync3(file, "utf8") : `# Performance

${BEGIN}
${END}
`;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  const next = a >= 0 && b > a ? `${doc.slice(0, a)}${table}${doc.slice(b + END.length)}` : `${doc}
${table}
`;
  writeFileSync2(file, next);
}

// bench/main.ts
var QUICK = process.argv.includes("--quick");
var MiB = 1024n * 1024n;
var LV_COLUMNS = "lv_name,vg_name,lv_uuid,lv_size,lv_attr,lv_layout,pool_lv,origin,lv_path,lv_tags,lv_time,data_percent,metadata_percent";
var CONFIG2 = METADATA_ONLY ? ["--config", "global{activation=0}"] : [];
var BUNDLED_CLI = join3(ROOT, "dist-bundle/lvmctl.mjs");
var BUNDLED_DAEMON = join3(ROOT, "dist-bundle/lvmctld.mjs");
var PLAN = QUICK ? { tiers: [10, 1e3], p1Rounds: 5, p2Rounds: 5, p3Creates: 100, p3Rounds: 1, starts: 3, cliRounds: 5, idleMs: 3e3, ablation: false, limits: false } : { tiers: [10, 1e3, 5e3], p1Rounds: 15, p2Rounds: 15, p3Creates: 100, p3Rounds: 2, starts: 7, cliRounds: 15, idleMs: 1e4, ablation: true, limits: true };
if (process.env.BENCH_TIERS) PLAN.tiers = process.env.BENCH_TIERS.split(",").map(Number);
var figures = [];
var errors = [];
var notes = {};
var cleanups = [];
function record(f, limit) {
  const ratio = f.rawMs !== void 0 ? round2(f.oursMs / f.rawMs) : void 0;
  const value = ratio ?? f.oursMs;
  const fig = { ...f, oursMs: round1(f.oursMs), rawMs: f.rawMs === void 0 ? void 0 : round1(f.rawMs), ratio, met: limit === void 0 ? void 0 : value <= limit };
  figures.push(fig);
  const raw = fig.rawMs !== void 0 ? `raw ${String(fig.rawMs).padStart(8)} ms   ratio ${String(fig.ratio).padEnd(5)}` : " ".repeat(31);
  const unit = f.unit ?? "ms";
  const target = fig.target ? `target ${fig.target} ${fig.met ? "met" : "MISSED"}` : "";
  process.stdout.write(`${fig.id.padEnd(4)} ${`${fig.what}${fig.variant ? ` [${fig.variant}]` : ""}`.padEnd(58)} ${String(fig.oursMs).padStart(8)} ${unit.padEnd(3)} ${raw} ${target}
`);
  return fig;
}
async function section(name, fn) {
  process.stdout.write(`
== ${name}
`);
  try {
    await fn();
  } catch (err) {
    const error = err instanceof Error ? err.stack ?? err.message : String(err);
    errors.push({ bench: name, error });
    process.stdout.write(`!! ${name} failed: ${error}
`);
  }
}
var seq = 0;
var vgName = (tag) => `lvmctlbench${process.pid}${tag}${seq++}`;
function makeVg(lvs) {
  const vg = createBenchVg(vgName(`n${lvs}x`), { metadataSize: "32m", sizeGiB: 64 });
  cleanups.push(() => vg.destroy());
  populate(vg.name, lvs);
  return vg;
}
async function daemonOn(vg, args = []) {
  const d = await startDaemon([vg], ["--log-level", "info", ...args]);
  cleanups.push(() => void d.stop());
  if (process.env.BENCH_DAEMON_LOGS) {
    const stop = d.stop.bind(d);
    d.stop = async (signal) => {
      writeFileSync3(join3(process.env.BENCH_DAEMON_LOGS, `lvmctld-${vg}-${seq++}.log`), d.logs());
      return stop(signal);
    };
  }
  return d;
}
function lastArgv(d, cmd) {
  const lines = d.logs().split("\n").filter((l) => l.includes('"command ok"'));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const j = JSON.parse(lines[i]);
      if (j.argv?.[1] === cmd) return j.argv;
    } catch {
    }
  }
  throw new Error(`no "${cmd}" in the daemon's log`);
}
function withName(argv, name) {
  const out = [...argv];
  const i = out.indexOf("--name");
  if (i < 0) throw new Error("lvcreate argv without --name");
  out[i + 1] = name;
  return out;
}
var rawLvs = (vg) => ["lvm", "lvs", ...CONFIG2, "--reportformat", "json", "--units", "b", "--nosuffix", "-o", LV_COLUMNS, vg];
async function listAll(d, vg) {
  let n = 0;
  let pageToken = "";
  do {
    const res = await d.client.volumes.listVolumes({ volumeGroup: vg, pageSize: 1e3, pageToken });
    n += res.volumes.length;
    pageToken = res.nextPageToken;
  } while (pageToken !== "");
  return n;
}
async function lvcreateTemplate(d, vg, rawVg, name) {
  await d.client.volumes.createVolume({ volumeGroup: vg.name, name, sizeBytes: 4n * MiB });
  const argv = lastArgv(d, "lvcreate");
  notes.lvcreateArgv = argv.map((a) => a === name ? "<name>" : a === vg.name ? "<vg>" : a);
  return argv.map((a) => a === vg.name ? rawVg.name : a);
}
function breakdown(d, from, rpcs) {
  const per = /* @__PURE__ */ new Map();
  for (const line of d.logs().slice(from).split("\n")) {
    if (!line.includes('"command ok"')) continue;
    try {
      const j = JSON.parse(line);
      const key = `${j.argv[1]}${j.early ? " (early)" : ""}`;
      per.set(key, [...per.get(key) ?? [], j.durationMs]);
    } catch {
    }
  }
  return [...per].map(([k, v]) => `${round1(v.length / rpcs)}x ${k} ${round1(median(v))} ms`).join(", ");
}
async function p1(d, vg, rawVg, lvs, rounds, variant, tag = "") {
  const template = await lvcreateTemplate(d, vg, rawVg, `p1w${tag}`);
  const before = archiveUsage(rawVg.name);
  const from = d.logs().length;
  const r = await interleave(
    rounds,
    (i) => d.client.volumes.createVolume({ volumeGroup: vg.name, name: `p1d${tag}${i}`, sizeBytes: 4n * MiB }),
    (i) => runTimed(withName(template, `p1r${tag}${i}`))
  );
  const after = archiveUsage(rawVg.name);
  if (after.files > before.files) {
    const archive = notes.archive ??= {};
    archive[String(lvs)] = { bytesPerCommit: Math.round((after.bytes - before.bytes) / (after.files - before.files)) };
  }
  const fig = record({ id: "P1", what: `CreateVolume / raw lvcreate`, lvs, variant, oursMs: median(r.ours), rawMs: median(r.raw), target: "\u2264 1.05", rounds }, 1.05);
  fig.note = `per CreateVolume: ${breakdown(d, from, rounds)}`;
  process.stdout.write(`     ${fig.note}
`);
  removeLvs(vg.name, [`p1w${tag}`, ...Array.from({ length: rounds }, (_, i) => `p1d${tag}${i}`)]);
  removeLvs(rawVg.name, Array.from({ length: rounds }, (_, i) => `p1r${tag}${i}`));
}
async function p1External(d, vg, rawVg, lvs, rounds) {
  const template = await lvcreateTemplate(d, vg, rawVg, "p1xw");
  const ours = [];
  const raw = [];
  for (let i = 0; i < rounds; i++) {
    lvm(["lvchange", "-q", i % 2 === 0 ? "--addtag" : "--deltag", "bench.touch", `${vg.name}/p1xw`]);
    ours.push((await timed(() => d.client.volumes.createVolume({ volumeGroup: vg.name, name: `p1xd${i}`, sizeBytes: 4n * MiB }))).ms);
    raw.push(await runTimed(withName(template, `p1xr${i}`)));
  }
  record({ id: "P1", what: "CreateVolume / raw lvcreate, after an external lvchange", lvs, oursMs: median(ours), rawMs: median(raw), rounds });
  removeLvs(vg.name, ["p1xw", ...Array.from({ length: rounds }, (_, i) => `p1xd${i}`)]);
  removeLvs(rawVg.name, Array.from({ length: rounds }, (_, i) => `p1xr${i}`));
}
async function p2(d, vg, lvs, rounds, variant) {
  const n = await listAll(d, vg.name);
  if (n < lvs) throw new Error(`ListVolumes returned ${n} volumes, expected at least ${lvs}`);
  await runTimed(rawLvs(vg.name));
  const r = await interleave(rounds, () => listAll(d, vg.name), () => runTimed(rawLvs(vg.name)));
  record({ id: "P2", what: "ListVolumes / raw lvs (cache valid)", lvs, variant, oursMs: median(r.ours), rawMs: median(r.raw), target: "\u2264 0.5", rounds }, 0.5);
}
async function p2Refill(d, vg, lvs, rounds) {
  const victim = (await d.client.volumes.listVolumes({ volumeGroup: vg.name, pageSize: 1 })).volumes[0]?.name;
  if (!victim) throw new Error("no volume to touch");
  const ours = [];
  const raw = [];
  for (let i = 0; i < rounds; i++) {
    lvm(["lvchange", "-q", i % 2 === 0 ? "--addtag" : "--deltag", "bench.touch", `${vg.name}/${victim}`]);
    ours.push((await timed(() => listAll(d, vg.name))).ms);
    raw.push(await runTimed(rawLvs(vg.name)));
  }
  record({ id: "P2", what: "ListVolumes / raw lvs, after an external lvchange (refill)", lvs, oursMs: median(ours), rawMs: median(raw), rounds });
}
async function p3(d, vg, rawVg, count, rounds, variant, tag = "") {
  const template = await lvcreateTemplate(d, vg, rawVg, `p3w${tag}`);
  const ours = [];
  const raw = [];
  for (let r = 0; r < rounds; r++) {
    const names = Array.from({ length: count }, (_, i) => `p3d${tag}${r}x${i}`);
    const rawNames = Array.from({ length: count }, (_, i) => `p3r${tag}${r}x${i}`);
    const o = await timed(() => Promise.all(names.map((name) => d.client.volumes.createVolume({ volumeGroup: vg.name, name, sizeBytes: 4n * MiB }))));
    ours.push(o.ms);
    const w = await timed(async () => {
      for (const name of rawNames) await runTimed(withName(template, name));
    });
    raw.push(w.ms);
    removeLvs(vg.name, names);
    removeLvs(rawVg.name, rawNames);
  }
  removeLvs(vg.name, [`p3w${tag}`]);
  record({ id: "P3", what: `${count} concurrent CreateVolume / ${count} sequential lvcreate`, lvs: 10, variant, oursMs: median(ours), rawMs: median(raw), target: "\u2264 1.1", rounds }, 1.1);
}
function rssKiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync4(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : Number.NaN;
}
function childPids(pid) {
  const out = [];
  for (const p of readdirSync2("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync4(`/proc/${p}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(p));
    } catch {
    }
  }
  return out;
}
async function spawnDaemon(js, vg) {
  const dir = execFileSync3("mktemp", ["-d"], { encoding: "utf8" }).trim();
  const server = `unix://${dir}/s.sock`;
  const args = [js, "--listen", server, "--volume-group", vg, "--log-level", "warn", ...METADATA_ONLY ? ["--metadata-only"] : []];
  const t = performance.now();
  const child = spawn2(process.execPath, args, { stdio: "ignore" });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  };
  cleanups.push(stop);
  for (; ; ) {
    if (child.exitCode !== null) throw new Error(`${js} exited with ${child.exitCode}`);
    if (await checkHealth(server).catch(() => "DOWN") === "SERVING") return { ms: performance.now() - t, d: { server, pid: child.pid, stop } };
    if (performance.now() - t > 2e4) {
      await stop();
      throw new Error(`${js} did not become SERVING in 20 s`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}
async function p5(d, vg) {
  const daemons = [["dist/server/main.js", DAEMON_JS]];
  if (existsSync2(BUNDLED_DAEMON)) daemons.push(["dist-bundle/lvmctld.mjs", BUNDLED_DAEMON]);
  for (const [label, js] of daemons) {
    const starts = [];
    for (let i = 0; i < PLAN.starts; i++) {
      const s = await spawnDaemon(js, vg.name);
      starts.push(s.ms);
      await s.d.stop();
    }
    record({ id: "P5", what: `start-up to health SERVING (${label})`, lvs: 10, oursMs: median(starts), target: "\u2264 500 ms", rounds: starts.length }, 500);
  }
  await d.client.volumes.createVolume({ volumeGroup: vg.name, name: "p5get", sizeBytes: 4n * MiB });
  for (const [label, js] of daemons) {
    const { d: s } = await spawnDaemon(js, vg.name);
    await runTimed([process.execPath, CLI_JS, "-s", s.server, "volume", "list"]);
    await runTimed([process.execPath, CLI_JS, "-s", s.server, "volume", "get", "p5get"]);
    await new Promise((r) => setTimeout(r, PLAN.idleMs));
    const rss = rssKiB(s.pid) / 1024;
    const shells = childPids(s.pid).map(rssKiB).filter(Number.isFinite);
    await s.stop();
    record({ id: "P5", what: `daemon idle RSS, ${PLAN.idleMs / 1e3} s after its last call (${label})`, lvs: 10, oursMs: rss, unit: "MiB", target: "\u2264 60 MiB", rounds: 1 }, 60);
    if (shells.length > 0) {
      record({ id: "P5", what: `  + lvm shell RSS (${shells.length} process${shells.length > 1 ? "es" : ""}, separate from the daemon)`, lvs: 10, oursMs: shells.reduce((a, b) => a + b, 0) / 1024, unit: "MiB", rounds: 1 });
    }
  }
  const rounds = PLAN.cliRounds;
  const clis = [["dist/client/cli.js", CLI_JS]];
  if (existsSync2(BUNDLED_CLI)) clis.push(["dist-bundle/lvmctl.mjs", BUNDLED_CLI]);
  for (const [label, js] of clis) {
    const cli = () => runTimed([process.execPath, js, "-s", d.server, "volume", "get", "p5get"]);
    await cli();
    const times = [];
    for (let i = 0; i < rounds; i++) times.push(await cli());
    record({ id: "P5", what: `CLI round trip: lvmctl volume get (${label})`, lvs: 10, oursMs: median(times), target: "\u2264 150 ms", rounds }, 150);
  }
  const noop = [];
  for (let i = 0; i < rounds; i++) noop.push(await runTimed([process.execPath, "-e", "0"]));
  record({ id: "P5", what: "for reference: node -e 0 (Node.js start-up alone)", oursMs: median(noop), rounds });
  removeLvs(vg.name, ["p5get"]);
}
async function mdaLimit() {
  const vg = createBenchVg(vgName("mda"), { sizeGiB: 64 });
  try {
    const mdaSize = Number(lvm(["pvs", "--noheadings", "--units", "b", "--nosuffix", "-o", "pv_mda_size", vg.device]).trim());
    const empty = join3(execFileSync3("mktemp", ["-d"], { encoding: "utf8" }).trim(), "empty.meta");
    lvm(["vgcfgbackup", "-q", "-f", empty, vg.name]);
    let lo = 0;
    let hi = 8e3;
    while (hi - lo > 25) {
      const mid = Math.floor((lo + hi) / 2);
      lvm(["vgcfgrestore", "-q", "-f", empty, vg.name]);
      try {
        populate(vg.name, mid, "m");
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    notes.defaultMetadataArea = { mdaBytes: mdaSize, maxOneExtentLvs: lo, note: `a VG on a PV made with lvm's default metadata area holds about ${lo} LVs (\xB125); beyond that lvcreate fails` };
    process.stdout.write(`     default metadata area ${(mdaSize / 1048576).toFixed(2)} MiB: about ${lo} one-extent LVs fit
`);
  } finally {
    vg.destroy();
  }
}
async function main() {
  if (process.getuid?.() !== 0) throw new Error("the benchmark needs root (loop devices, lvm2)");
  if (!existsSync2(DAEMON_JS)) throw new Error("run `npm run build` first");
  const lvmVersion = /LVM version:\s*(\S+)/.exec(execFileSync3("lvm", ["version"], { env: LVM_ENV, encoding: "utf8" }))?.[1];
  const meta = {
    mode: QUICK ? "quick" : "full",
    date: (/* @__PURE__ */ new Date()).toISOString(),
    node: process.version,
    lvm: lvmVersion,
    kernel: execFileSync3("uname", ["-r"], { encoding: "utf8" }).trim(),
    cpus: readFileSync4("/proc/cpuinfo", "utf8").split("\n").filter((l) => l.startsWith("processor")).length,
    metadataOnly: METADATA_ONLY
  };
  process.stdout.write(`lvmctl benchmark (${meta.mode}): lvm ${meta.lvm}, node ${meta.node}, kernel ${meta.kernel}, ${meta.cpus} CPUs, ${METADATA_ONLY ? "metadata-only" : "activation on"}
`);
  process.stdout.write("figures are medians; ratio = lvmctl / raw tool, lower is better\n");
  for (const lvs of PLAN.tiers) {
    await section(`${lvs} LVs`, async () => {
      const vg = makeVg(lvs);
      const rawVg = makeVg(lvs);
      const d = await daemonOn(vg.name);
      const rounds = lvs >= 5e3 ? Math.max(5, Math.floor(PLAN.p1Rounds / 2)) : PLAN.p1Rounds;
      await p1(d, vg, rawVg, lvs, rounds);
      await p1External(d, vg, rawVg, lvs, Math.min(rounds, 7));
      await p2(d, vg, lvs, rounds);
      await p2Refill(d, vg, lvs, Math.min(rounds, 7));
      if (lvs === PLAN.tiers[0]) {
        await p3(d, vg, rawVg, PLAN.p3Creates, PLAN.p3Rounds);
        await p5(d, vg);
      }
      await d.stop();
      vg.destroy();
      rawVg.destroy();
    });
  }
  if (PLAN.ablation) {
    const variants = [
      ["exec, no cache (before)", ["--lvm-shell", "off", "--no-read-cache"]],
      ["lvm shell only", ["--lvm-shell", "on", "--no-read-cache"]],
      ["cache only", ["--lvm-shell", "off"]],
      ["lvm shell + cache (default)", ["--lvm-shell", "on"]]
    ];
    await section("each optimisation alone (1,000 LVs; P3 on 10)", async () => {
      const big = makeVg(1e3);
      const bigRaw = makeVg(1e3);
      const small = makeVg(10);
      const smallRaw = makeVg(10);
      for (const [label, args] of variants) {
        const d = await daemonOn(big.name, args);
        await p1(d, big, bigRaw, 1e3, 9, label, "a");
        await p2(d, big, 1e3, 9, label);
        await d.stop();
        const s = await daemonOn(small.name, args);
        await p1(s, small, smallRaw, 10, 9, label, "a");
        await p3(s, small, smallRaw, PLAN.p3Creates, 1, label, "a");
        await s.stop();
      }
      for (const v of [big, bigRaw, small, smallRaw]) v.destroy();
    });
  }
  if (PLAN.limits) await section("limits", mdaLimit);
  notes.p4 = "P4 (CreateExport vs separate targetcli calls) needs LIO/configfs: measured in the VM harness (test/vm), not on this host";
  const results = { meta, figures, notes, errors };
  const dir = join3(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const file = join3(dir, `${meta.mode}.json`);
  writeFileSync3(file, `${JSON.stringify(results, null, 2)}
`);
  process.stdout.write(`
results: ${file}
`);
  if (!QUICK) {
    writeDocs(join3(ROOT, "docs/performance.md"), results);
    process.stdout.write("docs/performance.md updated\n");
  }
}
async function cleanup() {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch {
    }
  }
}
process.on("SIGINT", () => {
  void cleanup().then(() => process.exit(130));
});
try {
  await main();
} catch (err) {
  errors.push({ bench: "main", error: err instanceof Error ? err.stack ?? err.message : String(err) });
  process.stdout.write(`!! ${String(err)}
`);
} finally {
  await cleanup();
}
if (errors.length > 0) {
  process.stdout.write(`
${errors.length} benchmark(s) failed
`);
  process.exitCode = 1;
}
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbWFpbi50cyIsICIuLi8uLi90ZXN0L3N1cHBvcnQvZGFlbW9uLnRzIiwgIi4uLy4uL3NyYy9jbGllbnQvY2xpZW50LnRzIiwgIi4uLy4uL3NyYy9nZW4vbHZtY3RsL3YxL2V4cG9ydC50cyIsICIuLi8uLi9zcmMvZ2VuL2x2bWN0bC92MS92b2x1bWUudHMiLCAiLi4vLi4vc3JjL2dlbi9sdm1jdGwvdjEvdm9sdW1lX2dyb3VwLnRzIiwgIi4uLy4uL3Rlc3Qvc3VwcG9ydC9oZWFsdGgudHMiLCAiLi4vLi4vdGVzdC9zdXBwb3J0L2xvb3AtdmcudHMiLCAiLi4vbGliL2ZpeHR1cmUudHMiLCAiLi4vbGliL3N0YXRzLnRzIiwgIi4uL2xpYi9kb2NzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBsdm1jdGwgcGVyZm9ybWFuY2UgYmVuY2htYXJrOiBldmVyeSBmaWd1cmUgbmV4dCB0byB0aGUgcmF3IGx2bTIgdG9vbCBpdFxuLy8gcmVwbGFjZXMsIG1lYXN1cmVkIGluIHRoZSBzYW1lIHJ1biBvbiB0aGUgc2FtZSBsb29wLWJhY2tlZCBWRy5cbi8vXG4vLyAgIG5wbSBydW4gYmVuY2ggICAgICAgICAgZnVsbCBydW4gKDEwIC8gMSwwMDAgLyA1LDAwMCBMVnMsIGFibGF0aW9uLCBsaW1pdHMpLCB1cGRhdGVzIGRvY3MvcGVyZm9ybWFuY2UubWRcbi8vICAgbnBtIHJ1biBiZW5jaDpxdWljayAgICBzbWFsbCBjb3VudHMsIDwgMiBtaW51dGVzOyBleGl0cyBub24temVybyBpZiBhbnkgYmVuY2htYXJrIGZhaWxzXG4vL1xuLy8gTmVlZHMgcm9vdCwgbHZtMiBhbmQgbG9vcCBkZXZpY2VzOyB1c2VzIC0tbWV0YWRhdGEtb25seSB1bmxlc3Ncbi8vIExWTUNUTF9URVNUX0FDVElWQVRJT049MSAoYXMgdGhlIGludGVncmF0aW9uIHRlc3RzIGRvKS5cbmltcG9ydCB7IGV4ZWNGaWxlU3luYywgc3Bhd24gfSBmcm9tIFwibm9kZTpjaGlsZF9wcm9jZXNzXCI7XG5pbXBvcnQgeyBleGlzdHNTeW5jLCBta2RpclN5bmMsIHJlYWRkaXJTeW5jLCByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gXCJub2RlOnBhdGhcIjtcbmltcG9ydCB7IFJPT1QsIENMSV9KUywgREFFTU9OX0pTLCBzdGFydERhZW1vbiwgdHlwZSBSdW5uaW5nRGFlbW9uIH0gZnJvbSBcIi4uL3Rlc3Qvc3VwcG9ydC9kYWVtb24uanNcIjtcbmltcG9ydCB7IGNoZWNrSGVhbHRoIH0gZnJvbSBcIi4uL3Rlc3Qvc3VwcG9ydC9oZWFsdGguanNcIjtcbmltcG9ydCB7IGFyY2hpdmVVc2FnZSwgY3JlYXRlQmVuY2hWZywgbHZtLCBMVk1fRU5WLCBNRVRBREFUQV9PTkxZLCBwb3B1bGF0ZSwgcmVtb3ZlTHZzLCBydW5UaW1lZCwgdHlwZSBCZW5jaFZnIH0gZnJvbSBcIi4vbGliL2ZpeHR1cmUuanNcIjtcbmltcG9ydCB7IGludGVybGVhdmUsIG1lZGlhbiwgcm91bmQxLCByb3VuZDIsIHRpbWVkIH0gZnJvbSBcIi4vbGliL3N0YXRzLmpzXCI7XG5pbXBvcnQgeyB3cml0ZURvY3MgfSBmcm9tIFwiLi9saWIvZG9jcy5qc1wiO1xuXG5jb25zdCBRVUlDSyA9IHByb2Nlc3MuYXJndi5pbmNsdWRlcyhcIi0tcXVpY2tcIik7XG5jb25zdCBNaUIgPSAxMDI0biAqIDEwMjRuO1xuY29uc3QgTFZfQ09MVU1OUyA9IFwibHZfbmFtZSx2Z19uYW1lLGx2X3V1aWQsbHZfc2l6ZSxsdl9hdHRyLGx2X2xheW91dCxwb29sX2x2LG9yaWdpbixsdl9wYXRoLGx2X3RhZ3MsbHZfdGltZSxkYXRhX3BlcmNlbnQsbWV0YWRhdGFfcGVyY2VudFwiO1xuY29uc3QgQ09ORklHID0gTUVUQURBVEFfT05MWSA/IFtcIi0tY29uZmlnXCIsIFwiZ2xvYmFse2FjdGl2YXRpb249MH1cIl0gOiBbXTtcbmNvbnN0IEJVTkRMRURfQ0xJID0gam9pbihST09ULCBcImRpc3QtYnVuZGxlL2x2bWN0bC5tanNcIik7XG5jb25zdCBCVU5ETEVEX0RBRU1PTiA9IGpvaW4oUk9PVCwgXCJkaXN0LWJ1bmRsZS9sdm1jdGxkLm1qc1wiKTtcblxuY29uc3QgUExBTiA9IFFVSUNLXG4gID8geyB0aWVyczogWzEwLCAxMDAwXSwgcDFSb3VuZHM6IDUsIHAyUm91bmRzOiA1LCBwM0NyZWF0ZXM6IDEwMCwgcDNSb3VuZHM6IDEsIHN0YXJ0czogMywgY2xpUm91bmRzOiA1LCBpZGxlTXM6IDMwMDAsIGFibGF0aW9uOiBmYWxzZSwgbGltaXRzOiBmYWxzZSB9XG4gIDogeyB0aWVyczogWzEwLCAxMDAwLCA1MDAwXSwgcDFSb3VuZHM6IDE1LCBwMlJvdW5kczogMTUsIHAzQ3JlYXRlczogMTAwLCBwM1JvdW5kczogMiwgc3RhcnRzOiA3LCBjbGlSb3VuZHM6IDE1LCBpZGxlTXM6IDEwXzAwMCwgYWJsYXRpb246IHRydWUsIGxpbWl0czogdHJ1ZSB9O1xuXG5leHBvcnQgaW50ZXJmYWNlIEZpZ3VyZSB7XG4gIGlkOiBzdHJpbmc7XG4gIHdoYXQ6IHN0cmluZztcbiAgbHZzPzogbnVtYmVyO1xuICB2YXJpYW50Pzogc3RyaW5nO1xuICAvKiogTWVkaWFuIG1zIG9mIGx2bWN0bCdzIHdheS4gKi9cbiAgb3Vyc01zOiBudW1iZXI7XG4gIC8qKiBNZWRpYW4gbXMgb2YgdGhlIHJhdyB0b29sIChhYnNlbnQgZm9yIGFic29sdXRlIGZpZ3VyZXMpLiAqL1xuICByYXdNcz86IG51bWJlcjtcbiAgcmF0aW8/OiBudW1iZXI7XG4gIHRhcmdldD86IHN0cmluZztcbiAgbWV0PzogYm9vbGVhbjtcbiAgcm91bmRzOiBudW1iZXI7XG4gIHVuaXQ/OiBzdHJpbmc7XG4gIG5vdGU/OiBzdHJpbmc7XG59XG5cbi8vIEZvciBkZXZlbG9wbWVudDogQkVOQ0hfVElFUlM9MTAsMTAwMCBydW5zIG9ubHkgdGhvc2UgVkcgc2l6ZXMuXG5pZiAocHJvY2Vzcy5lbnYuQkVOQ0hfVElFUlMpIFBMQU4udGllcnMgPSBwcm9jZXNzLmVudi5CRU5DSF9USUVSUy5zcGxpdChcIixcIikubWFwKE51bWJlcik7XG5cbmNvbnN0IGZpZ3VyZXM6IEZpZ3VyZVtdID0gW107XG5jb25zdCBlcnJvcnM6IEFycmF5PHsgYmVuY2g6IHN0cmluZzsgZXJyb3I6IHN0cmluZyB9PiA9IFtdO1xuY29uc3Qgbm90ZXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge307XG5jb25zdCBjbGVhbnVwczogQXJyYXk8KCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD4+ID0gW107XG5cbmZ1bmN0aW9uIHJlY29yZChmOiBPbWl0PEZpZ3VyZSwgXCJyYXRpb1wiIHwgXCJtZXRcIj4sIGxpbWl0PzogbnVtYmVyKTogRmlndXJlIHtcbiAgY29uc3QgcmF0aW8gPSBmLnJhd01zICE9PSB1bmRlZmluZWQgPyByb3VuZDIoZi5vdXJzTXMgLyBmLnJhd01zKSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgdmFsdWUgPSByYXRpbyA/PyBmLm91cnNNcztcbiAgY29uc3QgZmlnOiBGaWd1cmUgPSB7IC4uLmYsIG91cnNNczogcm91bmQxKGYub3Vyc01zKSwgcmF3TXM6IGYucmF3TXMgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHJvdW5kMShmLnJhd01zKSwgcmF0aW8sIG1ldDogbGltaXQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlIDw9IGxpbWl0IH07XG4gIGZpZ3VyZXMucHVzaChmaWcpO1xuICBjb25zdCByYXcgPSBmaWcucmF3TXMgIT09IHVuZGVmaW5lZCA/IGByYXcgJHtTdHJpbmcoZmlnLnJhd01zKS5wYWRTdGFydCg4KX0gbXMgICByYXRpbyAke1N0cmluZyhmaWcucmF0aW8pLnBhZEVuZCg1KX1gIDogXCIgXCIucmVwZWF0KDMxKTtcbiAgY29uc3QgdW5pdCA9IGYudW5pdCA/PyBcIm1zXCI7XG4gIGNvbnN0IHRhcmdldCA9IGZpZy50YXJnZXQgPyBgdGFyZ2V0ICR7ZmlnLnRhcmdldH0gJHtmaWcubWV0ID8gXCJtZXRcIiA6IFwiTUlTU0VEXCJ9YCA6IFwiXCI7XG4gIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGAke2ZpZy5pZC5wYWRFbmQoNCl9ICR7YCR7ZmlnLndoYXR9JHtmaWcudmFyaWFudCA/IGAgWyR7ZmlnLnZhcmlhbnR9XWAgOiBcIlwifWAucGFkRW5kKDU4KX0gJHtTdHJpbmcoZmlnLm91cnNNcykucGFkU3RhcnQoOCl9ICR7dW5pdC5wYWRFbmQoMyl9ICR7cmF3fSAke3RhcmdldH1cXG5gKTtcbiAgcmV0dXJuIGZpZztcbn1cblxuYXN5bmMgZnVuY3Rpb24gc2VjdGlvbihuYW1lOiBzdHJpbmcsIGZuOiAoKSA9PiBQcm9taXNlPHZvaWQ+KTogUHJvbWlzZTx2b2lkPiB7XG4gIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGBcXG49PSAke25hbWV9XFxuYCk7XG4gIHRyeSB7XG4gICAgYXdhaXQgZm4oKTtcbiAgfSBjYXRjaCAoZXJyKSB7XG4gICAgY29uc3QgZXJyb3IgPSBlcnIgaW5zdGFuY2VvZiBFcnJvciA/IChlcnIuc3RhY2sgPz8gZXJyLm1lc3NhZ2UpIDogU3RyaW5nKGVycik7XG4gICAgZXJyb3JzLnB1c2goeyBiZW5jaDogbmFtZSwgZXJyb3IgfSk7XG4gICAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCEhICR7bmFtZX0gZmFpbGVkOiAke2Vycm9yfVxcbmApO1xuICB9XG59XG5cbmxldCBzZXEgPSAwO1xuY29uc3QgdmdOYW1lID0gKHRhZzogc3RyaW5nKSA9PiBgbHZtY3RsYmVuY2gke3Byb2Nlc3MucGlkfSR7dGFnfSR7c2VxKyt9YDtcblxuZnVuY3Rpb24gbWFrZVZnKGx2czogbnVtYmVyKTogQmVuY2hWZyB7XG4gIGNvbnN0IHZnID0gY3JlYXRlQmVuY2hWZyh2Z05hbWUoYG4ke2x2c314YCksIHsgbWV0YWRhdGFTaXplOiBcIjMybVwiLCBzaXplR2lCOiA2NCB9KTtcbiAgY2xlYW51cHMucHVzaCgoKSA9PiB2Zy5kZXN0cm95KCkpO1xuICBwb3B1bGF0ZSh2Zy5uYW1lLCBsdnMpO1xuICByZXR1cm4gdmc7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGRhZW1vbk9uKHZnOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdID0gW10pOiBQcm9taXNlPFJ1bm5pbmdEYWVtb24+IHtcbiAgY29uc3QgZCA9IGF3YWl0IHN0YXJ0RGFlbW9uKFt2Z10sIFtcIi0tbG9nLWxldmVsXCIsIFwiaW5mb1wiLCAuLi5hcmdzXSk7XG4gIGNsZWFudXBzLnB1c2goKCkgPT4gdm9pZCBkLnN0b3AoKSk7XG4gIGlmIChwcm9jZXNzLmVudi5CRU5DSF9EQUVNT05fTE9HUykge1xuICAgIGNvbnN0IHN0b3AgPSBkLnN0b3AuYmluZChkKTtcbiAgICBkLnN0b3AgPSBhc3luYyAoc2lnbmFsKSA9PiB7XG4gICAgICB3cml0ZUZpbGVTeW5jKGpvaW4ocHJvY2Vzcy5lbnYuQkVOQ0hfREFFTU9OX0xPR1MhLCBgbHZtY3RsZC0ke3ZnfS0ke3NlcSsrfS5sb2dgKSwgZC5sb2dzKCkpO1xuICAgICAgcmV0dXJuIHN0b3Aoc2lnbmFsKTtcbiAgICB9O1xuICB9XG4gIHJldHVybiBkO1xufVxuXG4vKiogVGhlIGV4YWN0IGFyZ3YgdGhlIGRhZW1vbiByYW4gZm9yIGl0cyBsYXN0IGNvbW1hbmQgYGNtZGAsIGZyb20gaXRzIGxvZy4gKi9cbmZ1bmN0aW9uIGxhc3RBcmd2KGQ6IFJ1bm5pbmdEYWVtb24sIGNtZDogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBsaW5lcyA9IGQubG9ncygpLnNwbGl0KFwiXFxuXCIpLmZpbHRlcigobCkgPT4gbC5pbmNsdWRlcygnXCJjb21tYW5kIG9rXCInKSk7XG4gIGZvciAobGV0IGkgPSBsaW5lcy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBqID0gSlNPTi5wYXJzZShsaW5lc1tpXSkgYXMgeyBhcmd2Pzogc3RyaW5nW10gfTtcbiAgICAgIGlmIChqLmFyZ3Y/LlsxXSA9PT0gY21kKSByZXR1cm4gai5hcmd2O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm90IGEgSlNPTiBsaW5lXG4gICAgfVxuICB9XG4gIHRocm93IG5ldyBFcnJvcihgbm8gXCIke2NtZH1cIiBpbiB0aGUgZGFlbW9uJ3MgbG9nYCk7XG59XG5cbmZ1bmN0aW9uIHdpdGhOYW1lKGFyZ3Y6IHJlYWRvbmx5IHN0cmluZ1tdLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dCA9IFsuLi5hcmd2XTtcbiAgY29uc3QgaSA9IG91dC5pbmRleE9mKFwiLS1uYW1lXCIpO1xuICBpZiAoaSA8IDApIHRocm93IG5ldyBFcnJvcihcImx2Y3JlYXRlIGFyZ3Ygd2l0aG91dCAtLW5hbWVcIik7XG4gIG91dFtpICsgMV0gPSBuYW1lO1xuICByZXR1cm4gb3V0O1xufVxuXG5jb25zdCByYXdMdnMgPSAodmc6IHN0cmluZykgPT4gW1wibHZtXCIsIFwibHZzXCIsIC4uLkNPTkZJRywgXCItLXJlcG9ydGZvcm1hdFwiLCBcImpzb25cIiwgXCItLXVuaXRzXCIsIFwiYlwiLCBcIi0tbm9zdWZmaXhcIiwgXCItb1wiLCBMVl9DT0xVTU5TLCB2Z107XG5cbmFzeW5jIGZ1bmN0aW9uIGxpc3RBbGwoZDogUnVubmluZ0RhZW1vbiwgdmc6IHN0cmluZyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGxldCBuID0gMDtcbiAgbGV0IHBhZ2VUb2tlbiA9IFwiXCI7XG4gIGRvIHtcbiAgICBjb25zdCByZXMgPSBhd2FpdCBkLmNsaWVudC52b2x1bWVzLmxpc3RWb2x1bWVzKHsgdm9sdW1lR3JvdXA6IHZnLCBwYWdlU2l6ZTogMTAwMCwgcGFnZVRva2VuIH0pO1xuICAgIG4gKz0gcmVzLnZvbHVtZXMubGVuZ3RoO1xuICAgIHBhZ2VUb2tlbiA9IHJlcy5uZXh0UGFnZVRva2VuO1xuICB9IHdoaWxlIChwYWdlVG9rZW4gIT09IFwiXCIpO1xuICByZXR1cm4gbjtcbn1cblxuLyoqIFRoZSBsdmNyZWF0ZSBhcmd2IHRoZSBkYWVtb24gcnVucywgYXMgYSB0ZW1wbGF0ZSBmb3IgdGhlIHJhdyBzaWRlIChzYW1lIGFyZ3VtZW50cywgYW5vdGhlciBWRyBhbmQgbmFtZSkuICovXG5hc3luYyBmdW5jdGlvbiBsdmNyZWF0ZVRlbXBsYXRlKGQ6IFJ1bm5pbmdEYWVtb24sIHZnOiBCZW5jaFZnLCByYXdWZzogQmVuY2hWZywgbmFtZTogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBhd2FpdCBkLmNsaWVudC52b2x1bWVzLmNyZWF0ZVZvbHVtZSh7IHZvbHVtZUdyb3VwOiB2Zy5uYW1lLCBuYW1lLCBzaXplQnl0ZXM6IDRuICogTWlCIH0pO1xuICBjb25zdCBhcmd2ID0gbGFzdEFyZ3YoZCwgXCJsdmNyZWF0ZVwiKTtcbiAgbm90ZXMubHZjcmVhdGVBcmd2ID0gYXJndi5tYXAoKGEpID0+IChhID09PSBuYW1lID8gXCI8bmFtZT5cIiA6IGEgPT09IHZnLm5hbWUgPyBcIjx2Zz5cIiA6IGEpKTtcbiAgcmV0dXJuIGFyZ3YubWFwKChhKSA9PiAoYSA9PT0gdmcubmFtZSA/IHJhd1ZnLm5hbWUgOiBhKSk7XG59XG5cbi8qKiBNZWRpYW4gZHVyYXRpb24gb2YgZWFjaCBsdm0gY29tbWFuZCB0aGUgZGFlbW9uIHJhbiBzaW5jZSBsb2cgb2Zmc2V0IGBmcm9tYCwgcGVyIFJQQy4gKi9cbmZ1bmN0aW9uIGJyZWFrZG93bihkOiBSdW5uaW5nRGFlbW9uLCBmcm9tOiBudW1iZXIsIHJwY3M6IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IHBlciA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXJbXT4oKTtcbiAgZm9yIChjb25zdCBsaW5lIG9mIGQubG9ncygpLnNsaWNlKGZyb20pLnNwbGl0KFwiXFxuXCIpKSB7XG4gICAgaWYgKCFsaW5lLmluY2x1ZGVzKCdcImNvbW1hbmQgb2tcIicpKSBjb250aW51ZTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgaiA9IEpTT04ucGFyc2UobGluZSkgYXMgeyBhcmd2OiBzdHJpbmdbXTsgZHVyYXRpb25NczogbnVtYmVyOyBlYXJseT86IGJvb2xlYW4gfTtcbiAgICAgIGNvbnN0IGtleSA9IGAke2ouYXJndlsxXX0ke2ouZWFybHkgPyBcIiAoZWFybHkpXCIgOiBcIlwifWA7XG4gICAgICBwZXIuc2V0KGtleSwgWy4uLihwZXIuZ2V0KGtleSkgPz8gW10pLCBqLmR1cmF0aW9uTXNdKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIG5vdCBKU09OXG4gICAgfVxuICB9XG4gIHJldHVybiBbLi4ucGVyXS5tYXAoKFtrLCB2XSkgPT4gYCR7cm91bmQxKHYubGVuZ3RoIC8gcnBjcyl9eCAke2t9ICR7cm91bmQxKG1lZGlhbih2KSl9IG1zYCkuam9pbihcIiwgXCIpO1xufVxuXG4vKipcbiAqIFAxOiBDcmVhdGVWb2x1bWUgdGhyb3VnaCBnUlBDIHZzIHRoZSBzYW1lIGx2Y3JlYXRlIHJ1biBkaXJlY3RseS4gVGhlIHR3b1xuICogc2lkZXMgd3JpdGUgdG8gdHdvIFZHcyBvZiB0aGUgc2FtZSBzaXplLCBzbyBuZWl0aGVyIHNlZXMgdGhlIG90aGVyJ3NcbiAqIGNoYW5nZXMgKHRoZSBkYWVtb24gaXMgdGhlIFZHJ3Mgb25seSB3cml0ZXIsIGFzIGluIHByb2R1Y3Rpb24pO1xuICogcDFFeHRlcm5hbCBtZWFzdXJlcyB0aGUgb3RoZXIgY2FzZS5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gcDEoZDogUnVubmluZ0RhZW1vbiwgdmc6IEJlbmNoVmcsIHJhd1ZnOiBCZW5jaFZnLCBsdnM6IG51bWJlciwgcm91bmRzOiBudW1iZXIsIHZhcmlhbnQ/OiBzdHJpbmcsIHRhZyA9IFwiXCIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdGVtcGxhdGUgPSBhd2FpdCBsdmNyZWF0ZVRlbXBsYXRlKGQsIHZnLCByYXdWZywgYHAxdyR7dGFnfWApO1xuICBjb25zdCBiZWZvcmUgPSBhcmNoaXZlVXNhZ2UocmF3VmcubmFtZSk7XG4gIGNvbnN0IGZyb20gPSBkLmxvZ3MoKS5sZW5ndGg7XG4gIGNvbnN0IHIgPSBhd2FpdCBpbnRlcmxlYXZlKFxuICAgIHJvdW5kcyxcbiAgICAoaSkgPT4gZC5jbGllbnQudm9sdW1lcy5jcmVhdGVWb2x1bWUoeyB2b2x1bWVHcm91cDogdmcubmFtZSwgbmFtZTogYHAxZCR7dGFnfSR7aX1gLCBzaXplQnl0ZXM6IDRuICogTWlCIH0pLFxuICAgIChpKSA9PiBydW5UaW1lZCh3aXRoTmFtZSh0ZW1wbGF0ZSwgYHAxciR7dGFnfSR7aX1gKSksXG4gICk7XG4gIGNvbnN0IGFmdGVyID0gYXJjaGl2ZVVzYWdlKHJhd1ZnLm5hbWUpO1xuICBpZiAoYWZ0ZXIuZmlsZXMgPiBiZWZvcmUuZmlsZXMpIHtcbiAgICBjb25zdCBhcmNoaXZlID0gKG5vdGVzLmFyY2hpdmUgPz89IHt9KSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICBhcmNoaXZlW1N0cmluZyhsdnMpXSA9IHsgYnl0ZXNQZXJDb21taXQ6IE1hdGgucm91bmQoKGFmdGVyLmJ5dGVzIC0gYmVmb3JlLmJ5dGVzKSAvIChhZnRlci5maWxlcyAtIGJlZm9yZS5maWxlcykpIH07XG4gIH1cbiAgY29uc3QgZmlnID0gcmVjb3JkKHsgaWQ6IFwiUDFcIiwgd2hhdDogYENyZWF0ZVZvbHVtZSAvIHJhdyBsdmNyZWF0ZWAsIGx2cywgdmFyaWFudCwgb3Vyc01zOiBtZWRpYW4oci5vdXJzKSwgcmF3TXM6IG1lZGlhbihyLnJhdyksIHRhcmdldDogXCJcdTIyNjQgMS4wNVwiLCByb3VuZHMgfSwgMS4wNSk7XG4gIGZpZy5ub3RlID0gYHBlciBDcmVhdGVWb2x1bWU6ICR7YnJlYWtkb3duKGQsIGZyb20sIHJvdW5kcyl9YDtcbiAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCAgICAgJHtmaWcubm90ZX1cXG5gKTtcbiAgcmVtb3ZlTHZzKHZnLm5hbWUsIFtgcDF3JHt0YWd9YCwgLi4uQXJyYXkuZnJvbSh7IGxlbmd0aDogcm91bmRzIH0sIChfLCBpKSA9PiBgcDFkJHt0YWd9JHtpfWApXSk7XG4gIHJlbW92ZUx2cyhyYXdWZy5uYW1lLCBBcnJheS5mcm9tKHsgbGVuZ3RoOiByb3VuZHMgfSwgKF8sIGkpID0+IGBwMXIke3RhZ30ke2l9YCkpO1xufVxuXG4vKiogUDEgd2hlbiBldmVyeSBjcmVhdGUgZm9sbG93cyBhbiBleHRlcm5hbCBjaGFuZ2UgdG8gdGhlIFZHICh0aGUgY2FjaGUgbXVzdCByZWZpbGwgZmlyc3QpLiAqL1xuYXN5bmMgZnVuY3Rpb24gcDFFeHRlcm5hbChkOiBSdW5uaW5nRGFlbW9uLCB2ZzogQmVuY2hWZywgcmF3Vmc6IEJlbmNoVmcsIGx2czogbnVtYmVyLCByb3VuZHM6IG51bWJlcik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB0ZW1wbGF0ZSA9IGF3YWl0IGx2Y3JlYXRlVGVtcGxhdGUoZCwgdmcsIHJhd1ZnLCBcInAxeHdcIik7XG4gIGNvbnN0IG91cnM6IG51bWJlcltdID0gW107XG4gIGNvbnN0IHJhdzogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByb3VuZHM7IGkrKykge1xuICAgIGx2bShbXCJsdmNoYW5nZVwiLCBcIi1xXCIsIGkgJSAyID09PSAwID8gXCItLWFkZHRhZ1wiIDogXCItLWRlbHRhZ1wiLCBcImJlbmNoLnRvdWNoXCIsIGAke3ZnLm5hbWV9L3AxeHdgXSk7XG4gICAgb3Vycy5wdXNoKChhd2FpdCB0aW1lZCgoKSA9PiBkLmNsaWVudC52b2x1bWVzLmNyZWF0ZVZvbHVtZSh7IHZvbHVtZUdyb3VwOiB2Zy5uYW1lLCBuYW1lOiBgcDF4ZCR7aX1gLCBzaXplQnl0ZXM6IDRuICogTWlCIH0pKSkubXMpO1xuICAgIHJhdy5wdXNoKGF3YWl0IHJ1blRpbWVkKHdpdGhOYW1lKHRlbXBsYXRlLCBgcDF4ciR7aX1gKSkpO1xuICB9XG4gIHJlY29yZCh7IGlkOiBcIlAxXCIsIHdoYXQ6IFwiQ3JlYXRlVm9sdW1lIC8gcmF3IGx2Y3JlYXRlLCBhZnRlciBhbiBleHRlcm5hbCBsdmNoYW5nZVwiLCBsdnMsIG91cnNNczogbWVkaWFuKG91cnMpLCByYXdNczogbWVkaWFuKHJhdyksIHJvdW5kcyB9KTtcbiAgcmVtb3ZlTHZzKHZnLm5hbWUsIFtcInAxeHdcIiwgLi4uQXJyYXkuZnJvbSh7IGxlbmd0aDogcm91bmRzIH0sIChfLCBpKSA9PiBgcDF4ZCR7aX1gKV0pO1xuICByZW1vdmVMdnMocmF3VmcubmFtZSwgQXJyYXkuZnJvbSh7IGxlbmd0aDogcm91bmRzIH0sIChfLCBpKSA9PiBgcDF4ciR7aX1gKSk7XG59XG5cbi8qKiBQMjogTGlzdFZvbHVtZXMgKGFsbCBwYWdlcykgdnMgbHZzIC0tcmVwb3J0Zm9ybWF0IGpzb24gd2l0aCB0aGUgc2FtZSBjb2x1bW5zLiAqL1xuYXN5bmMgZnVuY3Rpb24gcDIoZDogUnVubmluZ0RhZW1vbiwgdmc6IEJlbmNoVmcsIGx2czogbnVtYmVyLCByb3VuZHM6IG51bWJlciwgdmFyaWFudD86IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBuID0gYXdhaXQgbGlzdEFsbChkLCB2Zy5uYW1lKTtcbiAgaWYgKG4gPCBsdnMpIHRocm93IG5ldyBFcnJvcihgTGlzdFZvbHVtZXMgcmV0dXJuZWQgJHtufSB2b2x1bWVzLCBleHBlY3RlZCBhdCBsZWFzdCAke2x2c31gKTtcbiAgYXdhaXQgcnVuVGltZWQocmF3THZzKHZnLm5hbWUpKTtcbiAgY29uc3QgciA9IGF3YWl0IGludGVybGVhdmUocm91bmRzLCAoKSA9PiBsaXN0QWxsKGQsIHZnLm5hbWUpLCAoKSA9PiBydW5UaW1lZChyYXdMdnModmcubmFtZSkpKTtcbiAgcmVjb3JkKHsgaWQ6IFwiUDJcIiwgd2hhdDogXCJMaXN0Vm9sdW1lcyAvIHJhdyBsdnMgKGNhY2hlIHZhbGlkKVwiLCBsdnMsIHZhcmlhbnQsIG91cnNNczogbWVkaWFuKHIub3VycyksIHJhd01zOiBtZWRpYW4oci5yYXcpLCB0YXJnZXQ6IFwiXHUyMjY0IDAuNVwiLCByb3VuZHMgfSwgMC41KTtcbn1cblxuLyoqIFAyIHdoZW4gZXZlcnkgbGlzdCBmb2xsb3dzIGFuIGV4dGVybmFsIGNoYW5nZSAoYSByZWZpbGwgZWFjaCB0aW1lKTogdGhlIGNhY2hlJ3Mgd29yc3QgY2FzZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIHAyUmVmaWxsKGQ6IFJ1bm5pbmdEYWVtb24sIHZnOiBCZW5jaFZnLCBsdnM6IG51bWJlciwgcm91bmRzOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdmljdGltID0gKGF3YWl0IGQuY2xpZW50LnZvbHVtZXMubGlzdFZvbHVtZXMoeyB2b2x1bWVHcm91cDogdmcubmFtZSwgcGFnZVNpemU6IDEgfSkpLnZvbHVtZXNbMF0/Lm5hbWU7XG4gIGlmICghdmljdGltKSB0aHJvdyBuZXcgRXJyb3IoXCJubyB2b2x1bWUgdG8gdG91Y2hcIik7XG4gIGNvbnN0IG91cnM6IG51bWJlcltdID0gW107XG4gIGNvbnN0IHJhdzogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByb3VuZHM7IGkrKykge1xuICAgIGx2bShbXCJsdmNoYW5nZVwiLCBcIi1xXCIsIGkgJSAyID09PSAwID8gXCItLWFkZHRhZ1wiIDogXCItLWRlbHRhZ1wiLCBcImJlbmNoLnRvdWNoXCIsIGAke3ZnLm5hbWV9LyR7dmljdGltfWBdKTtcbiAgICBvdXJzLnB1c2goKGF3YWl0IHRpbWVkKCgpID0+IGxpc3RBbGwoZCwgdmcubmFtZSkpKS5tcyk7XG4gICAgcmF3LnB1c2goYXdhaXQgcnVuVGltZWQocmF3THZzKHZnLm5hbWUpKSk7XG4gIH1cbiAgcmVjb3JkKHsgaWQ6IFwiUDJcIiwgd2hhdDogXCJMaXN0Vm9sdW1lcyAvIHJhdyBsdnMsIGFmdGVyIGFuIGV4dGVybmFsIGx2Y2hhbmdlIChyZWZpbGwpXCIsIGx2cywgb3Vyc01zOiBtZWRpYW4ob3VycyksIHJhd01zOiBtZWRpYW4ocmF3KSwgcm91bmRzIH0pO1xufVxuXG4vKiogUDM6IDEwMCBjb25jdXJyZW50IENyZWF0ZVZvbHVtZSB2cyAxMDAgc2VxdWVudGlhbCBsdmNyZWF0ZSAodHdvIFZHcywgYXMgaW4gUDEpLiAqL1xuYXN5bmMgZnVuY3Rpb24gcDMoZDogUnVubmluZ0RhZW1vbiwgdmc6IEJlbmNoVmcsIHJhd1ZnOiBCZW5jaFZnLCBjb3VudDogbnVtYmVyLCByb3VuZHM6IG51bWJlciwgdmFyaWFudD86IHN0cmluZywgdGFnID0gXCJcIik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB0ZW1wbGF0ZSA9IGF3YWl0IGx2Y3JlYXRlVGVtcGxhdGUoZCwgdmcsIHJhd1ZnLCBgcDN3JHt0YWd9YCk7XG4gIGNvbnN0IG91cnM6IG51bWJlcltdID0gW107XG4gIGNvbnN0IHJhdzogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgciA9IDA7IHIgPCByb3VuZHM7IHIrKykge1xuICAgIGNvbnN0IG5hbWVzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogY291bnQgfSwgKF8sIGkpID0+IGBwM2Qke3RhZ30ke3J9eCR7aX1gKTtcbiAgICBjb25zdCByYXdOYW1lcyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IGNvdW50IH0sIChfLCBpKSA9PiBgcDNyJHt0YWd9JHtyfXgke2l9YCk7XG4gICAgY29uc3QgbyA9IGF3YWl0IHRpbWVkKCgpID0+IFByb21pc2UuYWxsKG5hbWVzLm1hcCgobmFtZSkgPT4gZC5jbGllbnQudm9sdW1lcy5jcmVhdGVWb2x1bWUoeyB2b2x1bWVHcm91cDogdmcubmFtZSwgbmFtZSwgc2l6ZUJ5dGVzOiA0biAqIE1pQiB9KSkpKTtcbiAgICBvdXJzLnB1c2goby5tcyk7XG4gICAgY29uc3QgdyA9IGF3YWl0IHRpbWVkKGFzeW5jICgpID0+IHtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiByYXdOYW1lcykgYXdhaXQgcnVuVGltZWQod2l0aE5hbWUodGVtcGxhdGUsIG5hbWUpKTtcbiAgICB9KTtcbiAgICByYXcucHVzaCh3Lm1zKTtcbiAgICByZW1vdmVMdnModmcubmFtZSwgbmFtZXMpO1xuICAgIHJlbW92ZUx2cyhyYXdWZy5uYW1lLCByYXdOYW1lcyk7XG4gIH1cbiAgcmVtb3ZlTHZzKHZnLm5hbWUsIFtgcDN3JHt0YWd9YF0pO1xuICByZWNvcmQoeyBpZDogXCJQM1wiLCB3aGF0OiBgJHtjb3VudH0gY29uY3VycmVudCBDcmVhdGVWb2x1bWUgLyAke2NvdW50fSBzZXF1ZW50aWFsIGx2Y3JlYXRlYCwgbHZzOiAxMCwgdmFyaWFudCwgb3Vyc01zOiBtZWRpYW4ob3VycyksIHJhd01zOiBtZWRpYW4ocmF3KSwgdGFyZ2V0OiBcIlx1MjI2NCAxLjFcIiwgcm91bmRzIH0sIDEuMSk7XG59XG5cbmZ1bmN0aW9uIHJzc0tpQihwaWQ6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IG0gPSAvVm1SU1M6XFxzKyhcXGQrKSBrQi8uZXhlYyhyZWFkRmlsZVN5bmMoYC9wcm9jLyR7cGlkfS9zdGF0dXNgLCBcInV0ZjhcIikpO1xuICByZXR1cm4gbSA/IE51bWJlcihtWzFdKSA6IE51bWJlci5OYU47XG59XG5cbmZ1bmN0aW9uIGNoaWxkUGlkcyhwaWQ6IG51bWJlcik6IG51bWJlcltdIHtcbiAgY29uc3Qgb3V0OiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHAgb2YgcmVhZGRpclN5bmMoXCIvcHJvY1wiKSkge1xuICAgIGlmICghL15cXGQrJC8udGVzdChwKSkgY29udGludWU7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHN0YXQgPSByZWFkRmlsZVN5bmMoYC9wcm9jLyR7cH0vc3RhdGAsIFwidXRmOFwiKTtcbiAgICAgIGNvbnN0IHBwaWQgPSBOdW1iZXIoc3RhdC5zbGljZShzdGF0Lmxhc3RJbmRleE9mKFwiKVwiKSArIDIpLnNwbGl0KFwiIFwiKVsxXSk7XG4gICAgICBpZiAocHBpZCA9PT0gcGlkKSBvdXQucHVzaChOdW1iZXIocCkpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gZ29uZVxuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5pbnRlcmZhY2UgU3Bhd25lZCB7XG4gIHNlcnZlcjogc3RyaW5nO1xuICBwaWQ6IG51bWJlcjtcbiAgc3RvcCgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG4vKiogU3RhcnRzIGEgZGFlbW9uIHNjcmlwdDsgcmVzb2x2ZXMgd2hlbiBoZWFsdGggc2F5cyBTRVJWSU5HIChwb2xsZWQgZXZlcnkgMiBtcykgd2l0aCB0aGUgdGltZSBpdCB0b29rLiAqL1xuYXN5bmMgZnVuY3Rpb24gc3Bhd25EYWVtb24oanM6IHN0cmluZywgdmc6IHN0cmluZyk6IFByb21pc2U8eyBtczogbnVtYmVyOyBkOiBTcGF3bmVkIH0+IHtcbiAgY29uc3QgZGlyID0gZXhlY0ZpbGVTeW5jKFwibWt0ZW1wXCIsIFtcIi1kXCJdLCB7IGVuY29kaW5nOiBcInV0ZjhcIiB9KS50cmltKCk7XG4gIGNvbnN0IHNlcnZlciA9IGB1bml4Oi8vJHtkaXJ9L3Muc29ja2A7XG4gIGNvbnN0IGFyZ3MgPSBbanMsIFwiLS1saXN0ZW5cIiwgc2VydmVyLCBcIi0tdm9sdW1lLWdyb3VwXCIsIHZnLCBcIi0tbG9nLWxldmVsXCIsIFwid2FyblwiLCAuLi4oTUVUQURBVEFfT05MWSA/IFtcIi0tbWV0YWRhdGEtb25seVwiXSA6IFtdKV07XG4gIGNvbnN0IHQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgY29uc3QgY2hpbGQgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBhcmdzLCB7IHN0ZGlvOiBcImlnbm9yZVwiIH0pO1xuICBjb25zdCBzdG9wID0gYXN5bmMgKCkgPT4ge1xuICAgIGlmIChjaGlsZC5leGl0Q29kZSA9PT0gbnVsbCAmJiBjaGlsZC5zaWduYWxDb2RlID09PSBudWxsKSB7XG4gICAgICBjaGlsZC5raWxsKFwiU0lHVEVSTVwiKTtcbiAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBjaGlsZC5vbmNlKFwiZXhpdFwiLCByKSk7XG4gICAgfVxuICB9O1xuICBjbGVhbnVwcy5wdXNoKHN0b3ApO1xuICBmb3IgKDs7KSB7XG4gICAgaWYgKGNoaWxkLmV4aXRDb2RlICE9PSBudWxsKSB0aHJvdyBuZXcgRXJyb3IoYCR7anN9IGV4aXRlZCB3aXRoICR7Y2hpbGQuZXhpdENvZGV9YCk7XG4gICAgaWYgKChhd2FpdCBjaGVja0hlYWx0aChzZXJ2ZXIpLmNhdGNoKCgpID0+IFwiRE9XTlwiKSkgPT09IFwiU0VSVklOR1wiKSByZXR1cm4geyBtczogcGVyZm9ybWFuY2Uubm93KCkgLSB0LCBkOiB7IHNlcnZlciwgcGlkOiBjaGlsZC5waWQhLCBzdG9wIH0gfTtcbiAgICBpZiAocGVyZm9ybWFuY2Uubm93KCkgLSB0ID4gMjBfMDAwKSB7XG4gICAgICBhd2FpdCBzdG9wKCk7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYCR7anN9IGRpZCBub3QgYmVjb21lIFNFUlZJTkcgaW4gMjAgc2ApO1xuICAgIH1cbiAgICBhd2FpdCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCAyKSk7XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gcDUoZDogUnVubmluZ0RhZW1vbiwgdmc6IEJlbmNoVmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgZGFlbW9uczogQXJyYXk8W3N0cmluZywgc3RyaW5nXT4gPSBbW1wiZGlzdC9zZXJ2ZXIvbWFpbi5qc1wiLCBEQUVNT05fSlNdXTtcbiAgaWYgKGV4aXN0c1N5bmMoQlVORExFRF9EQUVNT04pKSBkYWVtb25zLnB1c2goW1wiZGlzdC1idW5kbGUvbHZtY3RsZC5tanNcIiwgQlVORExFRF9EQUVNT05dKTtcbiAgZm9yIChjb25zdCBbbGFiZWwsIGpzXSBvZiBkYWVtb25zKSB7XG4gICAgY29uc3Qgc3RhcnRzOiBudW1iZXJbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgUExBTi5zdGFydHM7IGkrKykge1xuICAgICAgY29uc3QgcyA9IGF3YWl0IHNwYXduRGFlbW9uKGpzLCB2Zy5uYW1lKTtcbiAgICAgIHN0YXJ0cy5wdXNoKHMubXMpO1xuICAgICAgYXdhaXQgcy5kLnN0b3AoKTtcbiAgICB9XG4gICAgcmVjb3JkKHsgaWQ6IFwiUDVcIiwgd2hhdDogYHN0YXJ0LXVwIHRvIGhlYWx0aCBTRVJWSU5HICgke2xhYmVsfSlgLCBsdnM6IDEwLCBvdXJzTXM6IG1lZGlhbihzdGFydHMpLCB0YXJnZXQ6IFwiXHUyMjY0IDUwMCBtc1wiLCByb3VuZHM6IHN0YXJ0cy5sZW5ndGggfSwgNTAwKTtcbiAgfVxuXG4gIGF3YWl0IGQuY2xpZW50LnZvbHVtZXMuY3JlYXRlVm9sdW1lKHsgdm9sdW1lR3JvdXA6IHZnLm5hbWUsIG5hbWU6IFwicDVnZXRcIiwgc2l6ZUJ5dGVzOiA0biAqIE1pQiB9KTtcbiAgZm9yIChjb25zdCBbbGFiZWwsIGpzXSBvZiBkYWVtb25zKSB7XG4gICAgY29uc3QgeyBkOiBzIH0gPSBhd2FpdCBzcGF3bkRhZW1vbihqcywgdmcubmFtZSk7XG4gICAgLy8gU29tZSB3b3JrIGZpcnN0IChhIHJlYWQsIGEgQ0xJIGNhbGwpLCB0aGVuIGlkbGU6IHdoYXQgYSB3YWl0aW5nIGRhZW1vbiBob2xkcy5cbiAgICBhd2FpdCBydW5UaW1lZChbcHJvY2Vzcy5leGVjUGF0aCwgQ0xJX0pTLCBcIi1zXCIsIHMuc2VydmVyLCBcInZvbHVtZVwiLCBcImxpc3RcIl0pO1xuICAgIGF3YWl0IHJ1blRpbWVkKFtwcm9jZXNzLmV4ZWNQYXRoLCBDTElfSlMsIFwiLXNcIiwgcy5zZXJ2ZXIsIFwidm9sdW1lXCIsIFwiZ2V0XCIsIFwicDVnZXRcIl0pO1xuICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRUaW1lb3V0KHIsIFBMQU4uaWRsZU1zKSk7XG4gICAgY29uc3QgcnNzID0gcnNzS2lCKHMucGlkKSAvIDEwMjQ7XG4gICAgY29uc3Qgc2hlbGxzID0gY2hpbGRQaWRzKHMucGlkKS5tYXAocnNzS2lCKS5maWx0ZXIoTnVtYmVyLmlzRmluaXRlKTtcbiAgICBhd2FpdCBzLnN0b3AoKTtcbiAgICByZWNvcmQoeyBpZDogXCJQNVwiLCB3aGF0OiBgZGFlbW9uIGlkbGUgUlNTLCAke1BMQU4uaWRsZU1zIC8gMTAwMH0gcyBhZnRlciBpdHMgbGFzdCBjYWxsICgke2xhYmVsfSlgLCBsdnM6IDEwLCBvdXJzTXM6IHJzcywgdW5pdDogXCJNaUJcIiwgdGFyZ2V0OiBcIlx1MjI2NCA2MCBNaUJcIiwgcm91bmRzOiAxIH0sIDYwKTtcbiAgICBpZiAoc2hlbGxzLmxlbmd0aCA+IDApIHtcbiAgICAgIHJlY29yZCh7IGlkOiBcIlA1XCIsIHdoYXQ6IGAgICsgbHZtIHNoZWxsIFJTUyAoJHtzaGVsbHMubGVuZ3RofSBwcm9jZXNzJHtzaGVsbHMubGVuZ3RoID4gMSA/IFwiZXNcIiA6IFwiXCJ9LCBzZXBhcmF0ZSBmcm9tIHRoZSBkYWVtb24pYCwgbHZzOiAxMCwgb3Vyc01zOiBzaGVsbHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCkgLyAxMDI0LCB1bml0OiBcIk1pQlwiLCByb3VuZHM6IDEgfSk7XG4gICAgfVxuICB9XG5cbiAgY29uc3Qgcm91bmRzID0gUExBTi5jbGlSb3VuZHM7XG4gIGNvbnN0IGNsaXM6IEFycmF5PFtzdHJpbmcsIHN0cmluZ10+ID0gW1tcImRpc3QvY2xpZW50L2NsaS5qc1wiLCBDTElfSlNdXTtcbiAgaWYgKGV4aXN0c1N5bmMoQlVORExFRF9DTEkpKSBjbGlzLnB1c2goW1wiZGlzdC1idW5kbGUvbHZtY3RsLm1qc1wiLCBCVU5ETEVEX0NMSV0pO1xuICBmb3IgKGNvbnN0IFtsYWJlbCwganNdIG9mIGNsaXMpIHtcbiAgICBjb25zdCBjbGkgPSAoKSA9PiBydW5UaW1lZChbcHJvY2Vzcy5leGVjUGF0aCwganMsIFwiLXNcIiwgZC5zZXJ2ZXIsIFwidm9sdW1lXCIsIFwiZ2V0XCIsIFwicDVnZXRcIl0pO1xuICAgIGF3YWl0IGNsaSgpO1xuICAgIGNvbnN0IHRpbWVzOiBudW1iZXJbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgcm91bmRzOyBpKyspIHRpbWVzLnB1c2goYXdhaXQgY2xpKCkpO1xuICAgIHJlY29yZCh7IGlkOiBcIlA1XCIsIHdoYXQ6IGBDTEkgcm91bmQgdHJpcDogbHZtY3RsIHZvbHVtZSBnZXQgKCR7bGFiZWx9KWAsIGx2czogMTAsIG91cnNNczogbWVkaWFuKHRpbWVzKSwgdGFyZ2V0OiBcIlx1MjI2NCAxNTAgbXNcIiwgcm91bmRzIH0sIDE1MCk7XG4gIH1cbiAgY29uc3Qgbm9vcDogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByb3VuZHM7IGkrKykgbm9vcC5wdXNoKGF3YWl0IHJ1blRpbWVkKFtwcm9jZXNzLmV4ZWNQYXRoLCBcIi1lXCIsIFwiMFwiXSkpO1xuICByZWNvcmQoeyBpZDogXCJQNVwiLCB3aGF0OiBcImZvciByZWZlcmVuY2U6IG5vZGUgLWUgMCAoTm9kZS5qcyBzdGFydC11cCBhbG9uZSlcIiwgb3Vyc01zOiBtZWRpYW4obm9vcCksIHJvdW5kcyB9KTtcbiAgcmVtb3ZlTHZzKHZnLm5hbWUsIFtcInA1Z2V0XCJdKTtcbn1cblxuLyoqIFRoZSBsYXJnZXN0IFZHIChpbiBvbmUtZXh0ZW50IExWcykgYSBkZWZhdWx0LXNpemVkIG1ldGFkYXRhIGFyZWEgaG9sZHMuICovXG5hc3luYyBmdW5jdGlvbiBtZGFMaW1pdCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdmcgPSBjcmVhdGVCZW5jaFZnKHZnTmFtZShcIm1kYVwiKSwgeyBzaXplR2lCOiA2NCB9KTtcbiAgdHJ5IHtcbiAgICBjb25zdCBtZGFTaXplID0gTnVtYmVyKGx2bShbXCJwdnNcIiwgXCItLW5vaGVhZGluZ3NcIiwgXCItLXVuaXRzXCIsIFwiYlwiLCBcIi0tbm9zdWZmaXhcIiwgXCItb1wiLCBcInB2X21kYV9zaXplXCIsIHZnLmRldmljZV0pLnRyaW0oKSk7XG4gICAgY29uc3QgZW1wdHkgPSBqb2luKGV4ZWNGaWxlU3luYyhcIm1rdGVtcFwiLCBbXCItZFwiXSwgeyBlbmNvZGluZzogXCJ1dGY4XCIgfSkudHJpbSgpLCBcImVtcHR5Lm1ldGFcIik7XG4gICAgbHZtKFtcInZnY2ZnYmFja3VwXCIsIFwiLXFcIiwgXCItZlwiLCBlbXB0eSwgdmcubmFtZV0pO1xuICAgIGxldCBsbyA9IDA7XG4gICAgbGV0IGhpID0gODAwMDtcbiAgICB3aGlsZSAoaGkgLSBsbyA+IDI1KSB7XG4gICAgICBjb25zdCBtaWQgPSBNYXRoLmZsb29yKChsbyArIGhpKSAvIDIpO1xuICAgICAgbHZtKFtcInZnY2ZncmVzdG9yZVwiLCBcIi1xXCIsIFwiLWZcIiwgZW1wdHksIHZnLm5hbWVdKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHBvcHVsYXRlKHZnLm5hbWUsIG1pZCwgXCJtXCIpO1xuICAgICAgICBsbyA9IG1pZDtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICBoaSA9IG1pZDtcbiAgICAgIH1cbiAgICB9XG4gICAgbm90ZXMuZGVmYXVsdE1ldGFkYXRhQXJlYSA9IHsgbWRhQnl0ZXM6IG1kYVNpemUsIG1heE9uZUV4dGVudEx2czogbG8sIG5vdGU6IGBhIFZHIG9uIGEgUFYgbWFkZSB3aXRoIGx2bSdzIGRlZmF1bHQgbWV0YWRhdGEgYXJlYSBob2xkcyBhYm91dCAke2xvfSBMVnMgKFx1MDBCMTI1KTsgYmV5b25kIHRoYXQgbHZjcmVhdGUgZmFpbHNgIH07XG4gICAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCAgICAgZGVmYXVsdCBtZXRhZGF0YSBhcmVhICR7KG1kYVNpemUgLyAxMDQ4NTc2KS50b0ZpeGVkKDIpfSBNaUI6IGFib3V0ICR7bG99IG9uZS1leHRlbnQgTFZzIGZpdFxcbmApO1xuICB9IGZpbmFsbHkge1xuICAgIHZnLmRlc3Ryb3koKTtcbiAgfVxufVxuXG5hc3luYyBmdW5jdGlvbiBtYWluKCk6IFByb21pc2U8dm9pZD4ge1xuICBpZiAocHJvY2Vzcy5nZXR1aWQ/LigpICE9PSAwKSB0aHJvdyBuZXcgRXJyb3IoXCJ0aGUgYmVuY2htYXJrIG5lZWRzIHJvb3QgKGxvb3AgZGV2aWNlcywgbHZtMilcIik7XG4gIGlmICghZXhpc3RzU3luYyhEQUVNT05fSlMpKSB0aHJvdyBuZXcgRXJyb3IoXCJydW4gYG5wbSBydW4gYnVpbGRgIGZpcnN0XCIpO1xuICBjb25zdCBsdm1WZXJzaW9uID0gL0xWTSB2ZXJzaW9uOlxccyooXFxTKykvLmV4ZWMoZXhlY0ZpbGVTeW5jKFwibHZtXCIsIFtcInZlcnNpb25cIl0sIHsgZW52OiBMVk1fRU5WLCBlbmNvZGluZzogXCJ1dGY4XCIgfSkpPy5bMV07XG4gIGNvbnN0IG1ldGEgPSB7XG4gICAgbW9kZTogUVVJQ0sgPyBcInF1aWNrXCIgOiBcImZ1bGxcIixcbiAgICBkYXRlOiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgbm9kZTogcHJvY2Vzcy52ZXJzaW9uLFxuICAgIGx2bTogbHZtVmVyc2lvbixcbiAgICBrZXJuZWw6IGV4ZWNGaWxlU3luYyhcInVuYW1lXCIsIFtcIi1yXCJdLCB7IGVuY29kaW5nOiBcInV0ZjhcIiB9KS50cmltKCksXG4gICAgY3B1czogcmVhZEZpbGVTeW5jKFwiL3Byb2MvY3B1aW5mb1wiLCBcInV0ZjhcIikuc3BsaXQoXCJcXG5cIikuZmlsdGVyKChsKSA9PiBsLnN0YXJ0c1dpdGgoXCJwcm9jZXNzb3JcIikpLmxlbmd0aCxcbiAgICBtZXRhZGF0YU9ubHk6IE1FVEFEQVRBX09OTFksXG4gIH07XG4gIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGBsdm1jdGwgYmVuY2htYXJrICgke21ldGEubW9kZX0pOiBsdm0gJHttZXRhLmx2bX0sIG5vZGUgJHttZXRhLm5vZGV9LCBrZXJuZWwgJHttZXRhLmtlcm5lbH0sICR7bWV0YS5jcHVzfSBDUFVzLCAke01FVEFEQVRBX09OTFkgPyBcIm1ldGFkYXRhLW9ubHlcIiA6IFwiYWN0aXZhdGlvbiBvblwifVxcbmApO1xuICBwcm9jZXNzLnN0ZG91dC53cml0ZShcImZpZ3VyZXMgYXJlIG1lZGlhbnM7IHJhdGlvID0gbHZtY3RsIC8gcmF3IHRvb2wsIGxvd2VyIGlzIGJldHRlclxcblwiKTtcblxuICBmb3IgKGNvbnN0IGx2cyBvZiBQTEFOLnRpZXJzKSB7XG4gICAgYXdhaXQgc2VjdGlvbihgJHtsdnN9IExWc2AsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHZnID0gbWFrZVZnKGx2cyk7XG4gICAgICBjb25zdCByYXdWZyA9IG1ha2VWZyhsdnMpO1xuICAgICAgY29uc3QgZCA9IGF3YWl0IGRhZW1vbk9uKHZnLm5hbWUpO1xuICAgICAgY29uc3Qgcm91bmRzID0gbHZzID49IDUwMDAgPyBNYXRoLm1heCg1LCBNYXRoLmZsb29yKFBMQU4ucDFSb3VuZHMgLyAyKSkgOiBQTEFOLnAxUm91bmRzO1xuICAgICAgYXdhaXQgcDEoZCwgdmcsIHJhd1ZnLCBsdnMsIHJvdW5kcyk7XG4gICAgICBhd2FpdCBwMUV4dGVybmFsKGQsIHZnLCByYXdWZywgbHZzLCBNYXRoLm1pbihyb3VuZHMsIDcpKTtcbiAgICAgIGF3YWl0IHAyKGQsIHZnLCBsdnMsIHJvdW5kcyk7XG4gICAgICBhd2FpdCBwMlJlZmlsbChkLCB2ZywgbHZzLCBNYXRoLm1pbihyb3VuZHMsIDcpKTtcbiAgICAgIGlmIChsdnMgPT09IFBMQU4udGllcnNbMF0pIHtcbiAgICAgICAgYXdhaXQgcDMoZCwgdmcsIHJhd1ZnLCBQTEFOLnAzQ3JlYXRlcywgUExBTi5wM1JvdW5kcyk7XG4gICAgICAgIGF3YWl0IHA1KGQsIHZnKTtcbiAgICAgIH1cbiAgICAgIGF3YWl0IGQuc3RvcCgpO1xuICAgICAgdmcuZGVzdHJveSgpO1xuICAgICAgcmF3VmcuZGVzdHJveSgpO1xuICAgIH0pO1xuICB9XG5cbiAgaWYgKFBMQU4uYWJsYXRpb24pIHtcbiAgICBjb25zdCB2YXJpYW50czogQXJyYXk8W3N0cmluZywgc3RyaW5nW11dPiA9IFtcbiAgICAgIFtcImV4ZWMsIG5vIGNhY2hlIChiZWZvcmUpXCIsIFtcIi0tbHZtLXNoZWxsXCIsIFwib2ZmXCIsIFwiLS1uby1yZWFkLWNhY2hlXCJdXSxcbiAgICAgIFtcImx2bSBzaGVsbCBvbmx5XCIsIFtcIi0tbHZtLXNoZWxsXCIsIFwib25cIiwgXCItLW5vLXJlYWQtY2FjaGVcIl1dLFxuICAgICAgW1wiY2FjaGUgb25seVwiLCBbXCItLWx2bS1zaGVsbFwiLCBcIm9mZlwiXV0sXG4gICAgICBbXCJsdm0gc2hlbGwgKyBjYWNoZSAoZGVmYXVsdClcIiwgW1wiLS1sdm0tc2hlbGxcIiwgXCJvblwiXV0sXG4gICAgXTtcbiAgICBhd2FpdCBzZWN0aW9uKFwiZWFjaCBvcHRpbWlzYXRpb24gYWxvbmUgKDEsMDAwIExWczsgUDMgb24gMTApXCIsIGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGJpZyA9IG1ha2VWZygxMDAwKTtcbiAgICAgIGNvbnN0IGJpZ1JhdyA9IG1ha2VWZygxMDAwKTtcbiAgICAgIGNvbnN0IHNtYWxsID0gbWFrZVZnKDEwKTtcbiAgICAgIGNvbnN0IHNtYWxsUmF3ID0gbWFrZVZnKDEwKTtcbiAgICAgIGZvciAoY29uc3QgW2xhYmVsLCBhcmdzXSBvZiB2YXJpYW50cykge1xuICAgICAgICBjb25zdCBkID0gYXdhaXQgZGFlbW9uT24oYmlnLm5hbWUsIGFyZ3MpO1xuICAgICAgICBhd2FpdCBwMShkLCBiaWcsIGJpZ1JhdywgMTAwMCwgOSwgbGFiZWwsIFwiYVwiKTtcbiAgICAgICAgYXdhaXQgcDIoZCwgYmlnLCAxMDAwLCA5LCBsYWJlbCk7XG4gICAgICAgIGF3YWl0IGQuc3RvcCgpO1xuICAgICAgICBjb25zdCBzID0gYXdhaXQgZGFlbW9uT24oc21hbGwubmFtZSwgYXJncyk7XG4gICAgICAgIGF3YWl0IHAxKHMsIHNtYWxsLCBzbWFsbFJhdywgMTAsIDksIGxhYmVsLCBcImFcIik7XG4gICAgICAgIGF3YWl0IHAzKHMsIHNtYWxsLCBzbWFsbFJhdywgUExBTi5wM0NyZWF0ZXMsIDEsIGxhYmVsLCBcImFcIik7XG4gICAgICAgIGF3YWl0IHMuc3RvcCgpO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCB2IG9mIFtiaWcsIGJpZ1Jhdywgc21hbGwsIHNtYWxsUmF3XSkgdi5kZXN0cm95KCk7XG4gICAgfSk7XG4gIH1cblxuICBpZiAoUExBTi5saW1pdHMpIGF3YWl0IHNlY3Rpb24oXCJsaW1pdHNcIiwgbWRhTGltaXQpO1xuXG4gIG5vdGVzLnA0ID0gXCJQNCAoQ3JlYXRlRXhwb3J0IHZzIHNlcGFyYXRlIHRhcmdldGNsaSBjYWxscykgbmVlZHMgTElPL2NvbmZpZ2ZzOiBtZWFzdXJlZCBpbiB0aGUgVk0gaGFybmVzcyAodGVzdC92bSksIG5vdCBvbiB0aGlzIGhvc3RcIjtcbiAgY29uc3QgcmVzdWx0cyA9IHsgbWV0YSwgZmlndXJlcywgbm90ZXMsIGVycm9ycyB9O1xuICBjb25zdCBkaXIgPSBqb2luKFJPT1QsIFwiYmVuY2gvcmVzdWx0c1wiKTtcbiAgbWtkaXJTeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IGZpbGUgPSBqb2luKGRpciwgYCR7bWV0YS5tb2RlfS5qc29uYCk7XG4gIHdyaXRlRmlsZVN5bmMoZmlsZSwgYCR7SlNPTi5zdHJpbmdpZnkocmVzdWx0cywgbnVsbCwgMil9XFxuYCk7XG4gIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGBcXG5yZXN1bHRzOiAke2ZpbGV9XFxuYCk7XG4gIGlmICghUVVJQ0spIHtcbiAgICB3cml0ZURvY3Moam9pbihST09ULCBcImRvY3MvcGVyZm9ybWFuY2UubWRcIiksIHJlc3VsdHMpO1xuICAgIHByb2Nlc3Muc3Rkb3V0LndyaXRlKFwiZG9jcy9wZXJmb3JtYW5jZS5tZCB1cGRhdGVkXFxuXCIpO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGNsZWFudXAoKTogUHJvbWlzZTx2b2lkPiB7XG4gIGZvciAoY29uc3QgYyBvZiBjbGVhbnVwcy5yZXZlcnNlKCkpIHtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgYygpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gYmVzdCBlZmZvcnRcbiAgICB9XG4gIH1cbn1cblxucHJvY2Vzcy5vbihcIlNJR0lOVFwiLCAoKSA9PiB7XG4gIHZvaWQgY2xlYW51cCgpLnRoZW4oKCkgPT4gcHJvY2Vzcy5leGl0KDEzMCkpO1xufSk7XG5cbnRyeSB7XG4gIGF3YWl0IG1haW4oKTtcbn0gY2F0Y2ggKGVycikge1xuICBlcnJvcnMucHVzaCh7IGJlbmNoOiBcIm1haW5cIiwgZXJyb3I6IGVyciBpbnN0YW5jZW9mIEVycm9yID8gKGVyci5zdGFjayA/PyBlcnIubWVzc2FnZSkgOiBTdHJpbmcoZXJyKSB9KTtcbiAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCEhICR7U3RyaW5nKGVycil9XFxuYCk7XG59IGZpbmFsbHkge1xuICBhd2FpdCBjbGVhbnVwKCk7XG59XG5pZiAoZXJyb3JzLmxlbmd0aCA+IDApIHtcbiAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYFxcbiR7ZXJyb3JzLmxlbmd0aH0gYmVuY2htYXJrKHMpIGZhaWxlZFxcbmApO1xuICBwcm9jZXNzLmV4aXRDb2RlID0gMTtcbn1cbiIsICIvLyBTdGFydHMgdGhlIGJ1aWx0IGx2bWN0bGQgYXMgYSByZWFsIHByb2Nlc3Mgb24gYSB0ZW1wb3JhcnkgVW5peCBzb2NrZXQgYW5kXG4vLyB3YWl0cyB1bnRpbCBpdHMgaGVhbHRoIHNlcnZpY2UgcmVwb3J0cyBTRVJWSU5HLlxuaW1wb3J0IHsgZXhlY0ZpbGUsIHNwYXduLCB0eXBlIENoaWxkUHJvY2VzcyB9IGZyb20gXCJub2RlOmNoaWxkX3Byb2Nlc3NcIjtcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCBybVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSBcIm5vZGU6b3NcIjtcbmltcG9ydCB7IGpvaW4gfSBmcm9tIFwibm9kZTpwYXRoXCI7XG5pbXBvcnQgeyBMdm1jdGxDbGllbnQgfSBmcm9tIFwiLi4vLi4vc3JjL2NsaWVudC9jbGllbnQuanNcIjtcbmltcG9ydCB7IGNoZWNrSGVhbHRoIH0gZnJvbSBcIi4vaGVhbHRoLmpzXCI7XG5pbXBvcnQgeyBNRVRBREFUQV9PTkxZIH0gZnJvbSBcIi4vbG9vcC12Zy5qc1wiO1xuXG5leHBvcnQgY29uc3QgUk9PVCA9IG5ldyBVUkwoXCIuLi8uLlwiLCBpbXBvcnQubWV0YS51cmwpLnBhdGhuYW1lO1xuZXhwb3J0IGNvbnN0IERBRU1PTl9KUyA9IGpvaW4oUk9PVCwgXCJkaXN0L3NlcnZlci9tYWluLmpzXCIpO1xuZXhwb3J0IGNvbnN0IENMSV9KUyA9IGpvaW4oUk9PVCwgXCJkaXN0L2NsaWVudC9jbGkuanNcIik7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVubmluZ0RhZW1vbiB7XG4gIHNvY2tldDogc3RyaW5nO1xuICBzZXJ2ZXI6IHN0cmluZztcbiAgcHJvY2VzczogQ2hpbGRQcm9jZXNzO1xuICBjbGllbnQ6IEx2bWN0bENsaWVudDtcbiAgbG9ncygpOiBzdHJpbmc7XG4gIHN0b3Aoc2lnbmFsPzogTm9kZUpTLlNpZ25hbHMpOiBQcm9taXNlPG51bWJlciB8IG51bGw+O1xufVxuXG4vKiogU3RhcnRzIGx2bWN0bGQgYW5kIHdhaXRzIHVudGlsIGl0cyBvdmVyYWxsIGhlYWx0aCByZWFjaGVzIGB3YWl0Rm9yYCAoU0VSVklORyB1bmxlc3MgYSB0ZXN0IGV4cGVjdHMgb3RoZXJ3aXNlKS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzdGFydERhZW1vbih2b2x1bWVHcm91cHM6IHN0cmluZ1tdLCBleHRyYUFyZ3M6IHN0cmluZ1tdID0gW10sIHdhaXRGb3IgPSBcIlNFUlZJTkdcIik6IFByb21pc2U8UnVubmluZ0RhZW1vbj4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCBcImx2bWN0bGQtXCIpKTtcbiAgY29uc3Qgc29ja2V0ID0gam9pbihkaXIsIFwibHZtY3RsZC5zb2NrXCIpO1xuICBjb25zdCBzZXJ2ZXIgPSBgdW5peDovLyR7c29ja2V0fWA7XG4gIGNvbnN0IGFyZ3MgPSBbREFFTU9OX0pTLCBcIi0tbGlzdGVuXCIsIHNlcnZlciwgLi4udm9sdW1lR3JvdXBzLmZsYXRNYXAoKHZnKSA9PiBbXCItLXZvbHVtZS1ncm91cFwiLCB2Z10pLCAuLi5leHRyYUFyZ3NdO1xuICBpZiAoTUVUQURBVEFfT05MWSkgYXJncy5wdXNoKFwiLS1tZXRhZGF0YS1vbmx5XCIpO1xuICBjb25zdCBjaGlsZCA9IHNwYXduKHByb2Nlc3MuZXhlY1BhdGgsIGFyZ3MsIHsgc3RkaW86IFtcImlnbm9yZVwiLCBcInBpcGVcIiwgXCJwaXBlXCJdIH0pO1xuICBsZXQgb3V0cHV0ID0gXCJcIjtcbiAgY2hpbGQuc3Rkb3V0IS5vbihcImRhdGFcIiwgKGQpID0+IChvdXRwdXQgKz0gZCkpO1xuICBjaGlsZC5zdGRlcnIhLm9uKFwiZGF0YVwiLCAoZCkgPT4gKG91dHB1dCArPSBkKSk7XG4gIGNvbnN0IGV4aXRlZCA9IG5ldyBQcm9taXNlPG51bWJlciB8IG51bGw+KChyZXNvbHZlKSA9PiBjaGlsZC5vbmNlKFwiZXhpdFwiLCAoY29kZSkgPT4gcmVzb2x2ZShjb2RlKSkpO1xuICBhd2FpdCB3YWl0Rm9ySGVhbHRoKHNlcnZlciwgd2FpdEZvciwgY2hpbGQsICgpID0+IG91dHB1dCk7XG4gIGNvbnN0IGNsaWVudCA9IG5ldyBMdm1jdGxDbGllbnQoeyBzZXJ2ZXIsIHRpbWVvdXRNczogNjBfMDAwIH0pO1xuICByZXR1cm4ge1xuICAgIHNvY2tldCxcbiAgICBzZXJ2ZXIsXG4gICAgcHJvY2VzczogY2hpbGQsXG4gICAgY2xpZW50LFxuICAgIGxvZ3M6ICgpID0+IG91dHB1dCxcbiAgICBhc3luYyBzdG9wKHNpZ25hbDogTm9kZUpTLlNpZ25hbHMgPSBcIlNJR1RFUk1cIikge1xuICAgICAgY2xpZW50LmNsb3NlKCk7XG4gICAgICBpZiAoY2hpbGQuZXhpdENvZGUgPT09IG51bGwgJiYgY2hpbGQuc2lnbmFsQ29kZSA9PT0gbnVsbCkgY2hpbGQua2lsbChzaWduYWwpO1xuICAgICAgY29uc3QgY29kZSA9IGF3YWl0IGV4aXRlZDtcbiAgICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIHJldHVybiBjb2RlO1xuICAgIH0sXG4gIH07XG59XG5cbi8qKiBQb2xscyBncnBjLmhlYWx0aC52MSB1bnRpbCBpdCByZXBvcnRzIGB3YW50YCwgZmFpbGluZyBmYXN0IGlmIHRoZSBwcm9jZXNzIGRpZXMuICovXG5hc3luYyBmdW5jdGlvbiB3YWl0Rm9ySGVhbHRoKHNlcnZlcjogc3RyaW5nLCB3YW50OiBzdHJpbmcsIGNoaWxkOiBDaGlsZFByb2Nlc3MsIGxvZ3M6ICgpID0+IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAvLyBVbmRlciB0aGUgVk0ncyBUQ0cgZW11bGF0aW9uIGEgbm9kZSBwcm9jZXNzIHN0YXJ0cyAxMC0yNXggc2xvd2VyLlxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyAocHJvY2Vzcy5lbnYuTFZNQ1RMX1ZNID09PSBcIjFcIiA/IDE4MF8wMDAgOiAyMF8wMDApO1xuICB3aGlsZSAoRGF0ZS5ub3coKSA8IGRlYWRsaW5lKSB7XG4gICAgaWYgKGNoaWxkLmV4aXRDb2RlICE9PSBudWxsKSB0aHJvdyBuZXcgRXJyb3IoYGx2bWN0bGQgZXhpdGVkIHdpdGggJHtjaGlsZC5leGl0Q29kZX06XFxuJHtsb2dzKCl9YCk7XG4gICAgaWYgKChhd2FpdCBjaGVja0hlYWx0aChzZXJ2ZXIpLmNhdGNoKCgpID0+IFwiRE9XTlwiKSkgPT09IHdhbnQpIHJldHVybjtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCA1MCkpO1xuICB9XG4gIGNoaWxkLmtpbGwoXCJTSUdLSUxMXCIpO1xuICB0aHJvdyBuZXcgRXJyb3IoYGx2bWN0bGQgZGlkIG5vdCBiZWNvbWUgJHt3YW50fTpcXG4ke2xvZ3MoKX1gKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDbGlSZXN1bHQge1xuICBjb2RlOiBudW1iZXI7XG4gIHN0ZG91dDogc3RyaW5nO1xuICBzdGRlcnI6IHN0cmluZztcbn1cblxuLyoqIFJ1bnMgdGhlIGJ1aWx0IENMSSBhcyBhIHByb2Nlc3MuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuQ2xpKGFyZ3M6IHN0cmluZ1tdLCBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52ID0ge30pOiBQcm9taXNlPENsaVJlc3VsdD4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHtcbiAgICBleGVjRmlsZShwcm9jZXNzLmV4ZWNQYXRoLCBbQ0xJX0pTLCAuLi5hcmdzXSwgeyBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIC4uLmVudiB9IH0sIChlcnIsIHN0ZG91dCwgc3RkZXJyKSA9PiB7XG4gICAgICBjb25zdCBjb2RlID0gZXJyID8gKHR5cGVvZiBlcnIuY29kZSA9PT0gXCJudW1iZXJcIiA/IGVyci5jb2RlIDogMSkgOiAwO1xuICAgICAgcmVzb2x2ZSh7IGNvZGUsIHN0ZG91dCwgc3RkZXJyIH0pO1xuICAgIH0pO1xuICB9KTtcbn1cbiIsICIvLyBBIHNtYWxsIHByb21pc2UtYmFzZWQgY2xpZW50IGZvciBsdm1jdGxkLCBidWlsdCBmcm9tIHRoZSBnZW5lcmF0ZWQgc2VydmljZVxuLy8gZGVmaW5pdGlvbnMgc28gZXZlcnkgbWV0aG9kIGFuZCBtZXNzYWdlIGlzIHR5cGVkLlxuaW1wb3J0IHsgQ2xpZW50LCBjcmVkZW50aWFscywgTWV0YWRhdGEsIHR5cGUgQ2hhbm5lbENyZWRlbnRpYWxzLCB0eXBlIFNlcnZpY2VFcnJvciB9IGZyb20gXCJAZ3JwYy9ncnBjLWpzXCI7XG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgRXhwb3J0U2VydmljZVNlcnZpY2UgfSBmcm9tIFwiLi4vZ2VuL2x2bWN0bC92MS9leHBvcnQuanNcIjtcbmltcG9ydCB7IFZvbHVtZVNlcnZpY2VTZXJ2aWNlIH0gZnJvbSBcIi4uL2dlbi9sdm1jdGwvdjEvdm9sdW1lLmpzXCI7XG5pbXBvcnQgeyBWb2x1bWVHcm91cFNlcnZpY2VTZXJ2aWNlIH0gZnJvbSBcIi4uL2dlbi9sdm1jdGwvdjEvdm9sdW1lX2dyb3VwLmpzXCI7XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1NFUlZFUiA9IFwidW5peDovLy9ydW4vbHZtY3RsL2x2bWN0bGQuc29ja1wiO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbm5lY3RPcHRpb25zIHtcbiAgLyoqIHVuaXg6Ly8vcGF0aCwgdGNwOi8vaG9zdDpwb3J0IG9yIGhvc3Q6cG9ydC4gKi9cbiAgc2VydmVyPzogc3RyaW5nO1xuICAvKiogUGVyLWNhbGwgZGVhZGxpbmUgaW4gbWlsbGlzZWNvbmRzIChkZWZhdWx0IDYwIHMpLiAqL1xuICB0aW1lb3V0TXM/OiBudW1iZXI7XG4gIC8qKiBQbGFpbnRleHQgVENQIChubyBUTFMpOyBVbml4IHNvY2tldHMgYXJlIGFsd2F5cyBwbGFpbnRleHQuICovXG4gIGluc2VjdXJlPzogYm9vbGVhbjtcbiAgLyoqIFBFTSBmaWxlcyBmb3IgVExTIG92ZXIgVENQOiBDQSB0byB0cnVzdCwgYW5kIGEgY2xpZW50IGNlcnRpZmljYXRlL2tleSBmb3IgbXV0dWFsIFRMUy4gKi9cbiAgdGxzQ2E/OiBzdHJpbmc7XG4gIHRsc0NlcnQ/OiBzdHJpbmc7XG4gIHRsc0tleT86IHN0cmluZztcbiAgLyoqIE5hbWUgZXhwZWN0ZWQgaW4gdGhlIHNlcnZlciBjZXJ0aWZpY2F0ZSwgd2hlbiBpdCBkaWZmZXJzIGZyb20gdGhlIGhvc3QuICovXG4gIHRsc1NlcnZlck5hbWU/OiBzdHJpbmc7XG4gIC8qKiBCZWFyZXIgdG9rZW4gc2VudCBhcyBgYXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gLiAqL1xuICB0b2tlbj86IHN0cmluZztcbn1cblxuaW50ZXJmYWNlIE1ldGhvZERlZmluaXRpb248UmVxLCBSZXM+IHtcbiAgcGF0aDogc3RyaW5nO1xuICByZXF1ZXN0U2VyaWFsaXplKHZhbHVlOiBSZXEpOiBCdWZmZXI7XG4gIHJlcXVlc3REZXNlcmlhbGl6ZSh2YWx1ZTogQnVmZmVyKTogUmVxO1xuICByZXNwb25zZURlc2VyaWFsaXplKHZhbHVlOiBCdWZmZXIpOiBSZXM7XG59XG5cbi8qKiBFYWNoIFJQQyBhcyBgKHJlcXVlc3QpID0+IFByb21pc2U8cmVzcG9uc2U+YDsgb21pdHRlZCByZXF1ZXN0IGZpZWxkcyB0YWtlIHRoZWlyIHByb3RvMyBkZWZhdWx0cy4gKi9cbmV4cG9ydCB0eXBlIFByb21pc2VDbGllbnQ8Uz4gPSB7XG4gIFtLIGluIGtleW9mIFNdOiBTW0tdIGV4dGVuZHMgTWV0aG9kRGVmaW5pdGlvbjxpbmZlciBSZXEsIGluZmVyIFJlcz4gPyAocmVxdWVzdD86IFBhcnRpYWw8UmVxPikgPT4gUHJvbWlzZTxSZXM+IDogbmV2ZXI7XG59O1xuXG5mdW5jdGlvbiBncnBjVGFyZ2V0KHNlcnZlcjogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKHNlcnZlci5zdGFydHNXaXRoKFwidW5peDovL1wiKSkgcmV0dXJuIHNlcnZlcjtcbiAgaWYgKHNlcnZlci5zdGFydHNXaXRoKFwidGNwOi8vXCIpKSByZXR1cm4gc2VydmVyLnNsaWNlKFwidGNwOi8vXCIubGVuZ3RoKTtcbiAgcmV0dXJuIHNlcnZlcjtcbn1cblxuZnVuY3Rpb24gY2hhbm5lbENyZWRlbnRpYWxzKG9wdHM6IENvbm5lY3RPcHRpb25zLCBzZXJ2ZXI6IHN0cmluZyk6IENoYW5uZWxDcmVkZW50aWFscyB7XG4gIGlmIChzZXJ2ZXIuc3RhcnRzV2l0aChcInVuaXg6Ly9cIikgfHwgb3B0cy5pbnNlY3VyZSkgcmV0dXJuIGNyZWRlbnRpYWxzLmNyZWF0ZUluc2VjdXJlKCk7XG4gIGNvbnN0IHJlYWQgPSAoZj86IHN0cmluZykgPT4gKGYgPyByZWFkRmlsZVN5bmMoZikgOiBudWxsKTtcbiAgcmV0dXJuIGNyZWRlbnRpYWxzLmNyZWF0ZVNzbChyZWFkKG9wdHMudGxzQ2EpLCByZWFkKG9wdHMudGxzS2V5KSwgcmVhZChvcHRzLnRsc0NlcnQpKTtcbn1cblxuZXhwb3J0IGNsYXNzIEx2bWN0bENsaWVudCB7XG4gIHJlYWRvbmx5IHZvbHVtZXM6IFByb21pc2VDbGllbnQ8dHlwZW9mIFZvbHVtZVNlcnZpY2VTZXJ2aWNlPjtcbiAgcmVhZG9ubHkgdm9sdW1lR3JvdXBzOiBQcm9taXNlQ2xpZW50PHR5cGVvZiBWb2x1bWVHcm91cFNlcnZpY2VTZXJ2aWNlPjtcbiAgcmVhZG9ubHkgZXhwb3J0czogUHJvbWlzZUNsaWVudDx0eXBlb2YgRXhwb3J0U2VydmljZVNlcnZpY2U+O1xuICBwcml2YXRlIHJlYWRvbmx5IGNsaWVudDogQ2xpZW50O1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXRNczogbnVtYmVyO1xuICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKG9wdHM6IENvbm5lY3RPcHRpb25zID0ge30pIHtcbiAgICBjb25zdCBzZXJ2ZXIgPSBvcHRzLnNlcnZlciA/PyBERUZBVUxUX1NFUlZFUjtcbiAgICBjb25zdCBjaGFubmVsT3B0aW9ucyA9IG9wdHMudGxzU2VydmVyTmFtZSA/IHsgXCJncnBjLnNzbF90YXJnZXRfbmFtZV9vdmVycmlkZVwiOiBvcHRzLnRsc1NlcnZlck5hbWUgfSA6IHt9O1xuICAgIHRoaXMuY2xpZW50ID0gbmV3IENsaWVudChncnBjVGFyZ2V0KHNlcnZlciksIGNoYW5uZWxDcmVkZW50aWFscyhvcHRzLCBzZXJ2ZXIpLCBjaGFubmVsT3B0aW9ucyk7XG4gICAgdGhpcy50aW1lb3V0TXMgPSBvcHRzLnRpbWVvdXRNcyA/PyA2MF8wMDA7XG4gICAgdGhpcy50b2tlbiA9IG9wdHMudG9rZW47XG4gICAgdGhpcy52b2x1bWVzID0gdGhpcy5iaW5kKFZvbHVtZVNlcnZpY2VTZXJ2aWNlKTtcbiAgICB0aGlzLnZvbHVtZUdyb3VwcyA9IHRoaXMuYmluZChWb2x1bWVHcm91cFNlcnZpY2VTZXJ2aWNlKTtcbiAgICB0aGlzLmV4cG9ydHMgPSB0aGlzLmJpbmQoRXhwb3J0U2VydmljZVNlcnZpY2UpO1xuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5jbGllbnQuY2xvc2UoKTtcbiAgfVxuXG4gIHByaXZhdGUgYmluZDxTIGV4dGVuZHMgb2JqZWN0PihzZXJ2aWNlOiBTKTogUHJvbWlzZUNsaWVudDxTPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICAgIGZvciAoY29uc3QgW25hbWUsIGRlZl0gb2YgT2JqZWN0LmVudHJpZXMoc2VydmljZSkgYXMgQXJyYXk8W3N0cmluZywgTWV0aG9kRGVmaW5pdGlvbjxvYmplY3QsIHVua25vd24+XT4pIHtcbiAgICAgIG91dFtuYW1lXSA9IChyZXF1ZXN0OiBvYmplY3QgPSB7fSkgPT4gdGhpcy5jYWxsKGRlZiwgeyAuLi5kZWYucmVxdWVzdERlc2VyaWFsaXplKEJ1ZmZlci5hbGxvYygwKSksIC4uLnJlcXVlc3QgfSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQgYXMgUHJvbWlzZUNsaWVudDxTPjtcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxSZXEsIFJlcz4oZGVmOiBNZXRob2REZWZpbml0aW9uPFJlcSwgUmVzPiwgcmVxdWVzdDogUmVxKTogUHJvbWlzZTxSZXM+IHtcbiAgICBjb25zdCBtZXRhZGF0YSA9IG5ldyBNZXRhZGF0YSgpO1xuICAgIGlmICh0aGlzLnRva2VuKSBtZXRhZGF0YS5zZXQoXCJhdXRob3JpemF0aW9uXCIsIGBCZWFyZXIgJHt0aGlzLnRva2VufWApO1xuICAgIGNvbnN0IGRlYWRsaW5lID0gbmV3IERhdGUoRGF0ZS5ub3coKSArIHRoaXMudGltZW91dE1zKTtcbiAgICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgdGhpcy5jbGllbnQubWFrZVVuYXJ5UmVxdWVzdChcbiAgICAgICAgZGVmLnBhdGgsXG4gICAgICAgIGRlZi5yZXF1ZXN0U2VyaWFsaXplLFxuICAgICAgICBkZWYucmVzcG9uc2VEZXNlcmlhbGl6ZSxcbiAgICAgICAgcmVxdWVzdCxcbiAgICAgICAgbWV0YWRhdGEsXG4gICAgICAgIHsgZGVhZGxpbmUgfSxcbiAgICAgICAgKGVycjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzPzogUmVzKSA9PiAoZXJyID8gcmVqZWN0KGVycikgOiByZXNvbHZlKHJlcyBhcyBSZXMpKSxcbiAgICAgICk7XG4gICAgfSk7XG4gIH1cbn1cbiIsICIvLyBDb2RlIGdlbmVyYXRlZCBieSBwcm90b2MtZ2VuLXRzX3Byb3RvLiBETyBOT1QgRURJVC5cbi8vIHZlcnNpb25zOlxuLy8gICBwcm90b2MtZ2VuLXRzX3Byb3RvICB2Mi4xOC4wXG4vLyAgIHByb3RvYyAgICAgICAgICAgICAgIHVua25vd25cbi8vIHNvdXJjZTogbHZtY3RsL3YxL2V4cG9ydC5wcm90b1xuXG4vKiBlc2xpbnQtZGlzYWJsZSAqL1xuaW1wb3J0IHsgQmluYXJ5UmVhZGVyLCBCaW5hcnlXcml0ZXIgfSBmcm9tIFwiQGJ1ZmJ1aWxkL3Byb3RvYnVmL3dpcmVcIjtcbmltcG9ydCB7XG4gIHR5cGUgQ2FsbE9wdGlvbnMsXG4gIHR5cGUgQ2hhbm5lbENyZWRlbnRpYWxzLFxuICBDbGllbnQsXG4gIHR5cGUgQ2xpZW50T3B0aW9ucyxcbiAgdHlwZSBDbGllbnRVbmFyeUNhbGwsXG4gIHR5cGUgaGFuZGxlVW5hcnlDYWxsLFxuICBtYWtlR2VuZXJpY0NsaWVudENvbnN0cnVjdG9yLFxuICB0eXBlIE1ldGFkYXRhLFxuICB0eXBlIFNlcnZpY2VFcnJvcixcbiAgdHlwZSBVbnR5cGVkU2VydmljZUltcGxlbWVudGF0aW9uLFxufSBmcm9tIFwiQGdycGMvZ3JwYy1qc1wiO1xuXG5leHBvcnQgY29uc3QgcHJvdG9idWZQYWNrYWdlID0gXCJsdm1jdGwudjFcIjtcblxuZXhwb3J0IGNvbnN0IHByb3RvYnVmRmlsZU5hbWUgPSBcImx2bWN0bC92MS9leHBvcnQucHJvdG9cIjtcblxuLyoqIFJlY29uY2lsZUFjdGlvbktpbmQgc2F5cyB3aGF0IGEgcmVjb25jaWxpYXRpb24gc3RlcCBkb2VzLiAqL1xuZXhwb3J0IGVudW0gUmVjb25jaWxlQWN0aW9uS2luZCB7XG4gIC8qKiBSRUNPTkNJTEVfQUNUSU9OX0tJTkRfVU5TUEVDSUZJRUQgLSBOb3QgdXNlZC4gKi9cbiAgUkVDT05DSUxFX0FDVElPTl9LSU5EX1VOU1BFQ0lGSUVEID0gMCxcbiAgLyoqIFJFQ09OQ0lMRV9BQ1RJT05fS0lORF9DUkVBVEUgLSBDcmVhdGUgYSBtaXNzaW5nIGV4cG9ydCAoYmFja3N0b3JlLCB0YXJnZXQsIExVTiwgQUNMcywgcG9ydGFscykuICovXG4gIFJFQ09OQ0lMRV9BQ1RJT05fS0lORF9DUkVBVEUgPSAxLFxuICAvKiogUkVDT05DSUxFX0FDVElPTl9LSU5EX0RFTEVURSAtIFJlbW92ZSBhbiBvcnBoYW5lZCB0YXJnZXQgb3IgYmFja3N0b3JlIHVuZGVyIGx2bWN0bCdzIG5hbWluZy4gKi9cbiAgUkVDT05DSUxFX0FDVElPTl9LSU5EX0RFTEVURSA9IDIsXG4gIC8qKiBSRUNPTkNJTEVfQUNUSU9OX0tJTkRfVVBEQVRFIC0gRml4IGEgZHJpZnRlZCBleHBvcnQgKEFDTHMsIENIQVAsIHBvcnRhbHMgb3IgYmFja3N0b3JlIGRldmljZSkuICovXG4gIFJFQ09OQ0lMRV9BQ1RJT05fS0lORF9VUERBVEUgPSAzLFxuICBVTlJFQ09HTklaRUQgPSAtMSxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlY29uY2lsZUFjdGlvbktpbmRGcm9tSlNPTihvYmplY3Q6IGFueSk6IFJlY29uY2lsZUFjdGlvbktpbmQge1xuICBzd2l0Y2ggKG9iamVjdCkge1xuICAgIGNhc2UgMDpcbiAgICBjYXNlIFwiUkVDT05DSUxFX0FDVElPTl9LSU5EX1VOU1BFQ0lGSUVEXCI6XG4gICAgICByZXR1cm4gUmVjb25jaWxlQWN0aW9uS2luZC5SRUNPTkNJTEVfQUNUSU9OX0tJTkRfVU5TUEVDSUZJRUQ7XG4gICAgY2FzZSAxOlxuICAgIGNhc2UgXCJSRUNPTkNJTEVfQUNUSU9OX0tJTkRfQ1JFQVRFXCI6XG4gICAgICByZXR1cm4gUmVjb25jaWxlQWN0aW9uS2luZC5SRUNPTkNJTEVfQUNUSU9OX0tJTkRfQ1JFQVRFO1xuICAgIGNhc2UgMjpcbiAgICBjYXNlIFwiUkVDT05DSUxFX0FDVElPTl9LSU5EX0RFTEVURVwiOlxuICAgICAgcmV0dXJuIFJlY29uY2lsZUFjdGlvbktpbmQuUkVDT05DSUxFX0FDVElPTl9LSU5EX0RFTEVURTtcbiAgICBjYXNlIDM6XG4gICAgY2FzZSBcIlJFQ09OQ0lMRV9BQ1RJT05fS0lORF9VUERBVEVcIjpcbiAgICAgIHJldHVybiBSZWNvbmNpbGVBY3Rpb25LaW5kLlJFQ09OQ0lMRV9BQ1RJT05fS0lORF9VUERBVEU7XG4gICAgY2FzZSAtMTpcbiAgICBjYXNlIFwiVU5SRUNPR05JWkVEXCI6XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBSZWNvbmNpbGVBY3Rpb25LaW5kLlVOUkVDT0dOSVpFRDtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVjb25jaWxlQWN0aW9uS2luZFRvSlNPTihvYmplY3Q6IFJlY29uY2lsZUFjdGlvbktpbmQpOiBzdHJpbmcge1xuICBzd2l0Y2ggKG9iamVjdCkge1xuICAgIGNhc2UgUmVjb25jaWxlQWN0aW9uS2luZC5SRUNPTkNJTEVfQUNUSU9OX0tJTkRfVU5TUEVDSUZJRUQ6XG4gICAgICByZXR1cm4gXCJSRUNPTkNJTEVfQUNUSU9OX0tJTkRfVU5TUEVDSUZJRURcIjtcbiAgICBjYXNlIFJlY29uY2lsZUFjdGlvbktpbmQuUkVDT05DSUxFX0FDVElPTl9LSU5EX0NSRUFURTpcbiAgICAgIHJldHVybiBcIlJFQ09OQ0lMRV9BQ1RJT05fS0lORF9DUkVBVEVcIjtcbiAgICBjYXNlIFJlY29uY2lsZUFjdGlvbktpbmQuUkVDT05DSUxFX0FDVElPTl9LSU5EX0RFTEVURTpcbiAgICAgIHJldHVybiBcIlJFQ09OQ0lMRV9BQ1RJT05fS0lORF9ERUxFVEVcIjtcbiAgICBjYXNlIFJlY29uY2lsZUFjdGlvbktpbmQuUkVDT05DSUxFX0FDVElPTl9LSU5EX1VQREFURTpcbiAgICAgIHJldHVybiBcIlJFQ09OQ0lMRV9BQ1RJT05fS0lORF9VUERBVEVcIjtcbiAgICBjYXNlIFJlY29uY2lsZUFjdGlvbktpbmQuVU5SRUNPR05JWkVEOlxuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gXCJVTlJFQ09HTklaRURcIjtcbiAgfVxufVxuXG4vKiogRXhwb3J0IGlzIGEgdm9sdW1lJ3MgaVNDU0kgZXhwb3J0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBFeHBvcnQge1xuICAvKiogVm9sdW1lIGdyb3VwIG9mIHRoZSBleHBvcnRlZCB2b2x1bWUuICovXG4gIHZvbHVtZUdyb3VwOiBzdHJpbmc7XG4gIC8qKiBOYW1lIG9mIHRoZSBleHBvcnRlZCB2b2x1bWUuICovXG4gIHZvbHVtZU5hbWU6IHN0cmluZztcbiAgLyoqXG4gICAqIElRTiBvZiB0aGUgdGFyZ2V0OiBcIjxwcmVmaXg+Ojx2Zz46PGx2PlwiIHdpdGggdGhlIGRhZW1vbidzIC0taXFuLXByZWZpeDtcbiAgICogaW4gdGhlIG5hbWVzLCBldmVyeSBjaGFyYWN0ZXIgb3RoZXIgdGhhbiBhLXosIDAtOSBhbmQgJy0nIGJlY29tZXMgJy4nXG4gICAqIGFuZCBpdHMgdHdvLWRpZ2l0IGhleCBjb2RlIChcIkRhdGFfMVwiIC0+IFwiLjQ0YXRhLjVmMVwiKSwgc28gbm8gdHdvIHZvbHVtZXNcbiAgICogc2hhcmUgYSB0YXJnZXQuXG4gICAqL1xuICB0YXJnZXRJcW46IHN0cmluZztcbiAgLyoqIExvZ2ljYWwgdW5pdCBudW1iZXIgb2YgdGhlIHZvbHVtZSBpbiB0aGUgdGFyZ2V0IChhbHdheXMgMCkuICovXG4gIGx1bjogbnVtYmVyO1xuICAvKiogSW5pdGlhdG9yIElRTnMgYWxsb3dlZCB0byBsb2cgaW4gKG9uZSBBQ0wgZWFjaCkuICovXG4gIGluaXRpYXRvcklxbnM6IHN0cmluZ1tdO1xuICAvKiogV2hldGhlciBpbml0aWF0b3JzIG11c3QgYXV0aGVudGljYXRlIHdpdGggQ0hBUC4gKi9cbiAgY2hhcEVuYWJsZWQ6IGJvb2xlYW47XG4gIC8qKiBDSEFQIHVzZXIgbmFtZSB3aGVuIENIQVAgaXMgZW5hYmxlZCAodGhlIHNlY3JldCBpcyBuZXZlciByZXR1cm5lZCBoZXJlKS4gKi9cbiAgY2hhcFVzZXI6IHN0cmluZztcbiAgLyoqIFBvcnRhbHMgdGhlIHRhcmdldCBsaXN0ZW5zIG9uLCBhcyBcImFkZHJlc3M6cG9ydFwiLiAqL1xuICBwb3J0YWxzOiBzdHJpbmdbXTtcbn1cblxuLyoqIENoYXBDcmVkZW50aWFscyBhcmUgcGVyLWV4cG9ydCBDSEFQIGNyZWRlbnRpYWxzLCByZXR1cm5lZCBvbmx5IG9uY2UuICovXG5leHBvcnQgaW50ZXJmYWNlIENoYXBDcmVkZW50aWFscyB7XG4gIC8qKiBDSEFQIHVzZXIgbmFtZS4gKi9cbiAgdXNlcjogc3RyaW5nO1xuICAvKiogQ0hBUCBzZWNyZXQuICovXG4gIHNlY3JldDogc3RyaW5nO1xufVxuXG4vKiogQ3JlYXRlRXhwb3J0UmVxdWVzdCBhc2tzIGZvciBhIHZvbHVtZSB0byBiZSBleHBvcnRlZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlYXRlRXhwb3J0UmVxdWVzdCB7XG4gIC8qKiBWb2x1bWUgZ3JvdXA7IGVtcHR5IG1lYW5zIHRoZSBkYWVtb24ncyBkZWZhdWx0IHZvbHVtZSBncm91cC4gKi9cbiAgdm9sdW1lR3JvdXA6IHN0cmluZztcbiAgLyoqIE5hbWUgb2YgdGhlIHZvbHVtZSB0byBleHBvcnQuICovXG4gIHZvbHVtZU5hbWU6IHN0cmluZztcbiAgLyoqIEluaXRpYXRvciBJUU5zIHRvIGFsbG93IChhdCBsZWFzdCBvbmU7IGlxbi4gb3IgZXVpLiBmb3JtKS4gKi9cbiAgaW5pdGlhdG9ySXFuczogc3RyaW5nW107XG4gIC8qKiBSZXF1aXJlIENIQVA7IHRoZSBkYWVtb24gZ2VuZXJhdGVzIHRoZSBjcmVkZW50aWFscy4gKi9cbiAgY2hhcDogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBDcmVhdGVFeHBvcnRSZXNwb25zZSByZXR1cm5zIHRoZSBleHBvcnQgYW5kLCB3aGVuIENIQVAgd2FzIG5ld2x5IGVuYWJsZWQsXG4gKiBpdHMgY3JlZGVudGlhbHMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlYXRlRXhwb3J0UmVzcG9uc2Uge1xuICAvKiogVGhlIGV4cG9ydCBhcyBhcHBsaWVkLiAqL1xuICBleHBvcnQ6XG4gICAgfCBFeHBvcnRcbiAgICB8IHVuZGVmaW5lZDtcbiAgLyoqIENIQVAgY3JlZGVudGlhbHM7IHNldCBvbmx5IHdoZW4gdGhpcyBjYWxsIGdlbmVyYXRlZCB0aGVtLiAqL1xuICBjaGFwQ3JlZGVudGlhbHM6IENoYXBDcmVkZW50aWFscyB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIEdldEV4cG9ydFJlcXVlc3QgbmFtZXMgYW4gZXhwb3J0ZWQgdm9sdW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHZXRFeHBvcnRSZXF1ZXN0IHtcbiAgLyoqIFZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgdGhlIGRhZW1vbidzIGRlZmF1bHQgdm9sdW1lIGdyb3VwLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogTmFtZSBvZiB0aGUgZXhwb3J0ZWQgdm9sdW1lLiAqL1xuICB2b2x1bWVOYW1lOiBzdHJpbmc7XG59XG5cbi8qKiBHZXRFeHBvcnRSZXNwb25zZSByZXR1cm5zIG9uZSBleHBvcnQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdldEV4cG9ydFJlc3BvbnNlIHtcbiAgLyoqIFRoZSBleHBvcnQuICovXG4gIGV4cG9ydDogRXhwb3J0IHwgdW5kZWZpbmVkO1xufVxuXG4vKiogTGlzdEV4cG9ydHNSZXF1ZXN0IHNlbGVjdHMgZXhwb3J0cyBhbmQgYSBwYWdlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMaXN0RXhwb3J0c1JlcXVlc3Qge1xuICAvKiogT25seSB0aGlzIHZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgYWxsIGNvbmZpZ3VyZWQgdm9sdW1lIGdyb3Vwcy4gKi9cbiAgdm9sdW1lR3JvdXA6IHN0cmluZztcbiAgLyoqIE1heGltdW0gbnVtYmVyIG9mIGV4cG9ydHMgaW4gb25lIHBhZ2UgKDAgbWVhbnMgMTAwOyBhdCBtb3N0IDEwMDApLiAqL1xuICBwYWdlU2l6ZTogbnVtYmVyO1xuICAvKiogVG9rZW4gZnJvbSBhIHByZXZpb3VzIHJlc3BvbnNlJ3MgYG5leHRfcGFnZV90b2tlbmA7IGVtcHR5IGZvciB0aGUgZmlyc3QgcGFnZS4gKi9cbiAgcGFnZVRva2VuOiBzdHJpbmc7XG59XG5cbi8qKiBMaXN0RXhwb3J0c1Jlc3BvbnNlIGhvbGRzIG9uZSBwYWdlIG9mIGV4cG9ydHMuICovXG5leHBvcnQgaW50ZXJmYWNlIExpc3RFeHBvcnRzUmVzcG9uc2Uge1xuICAvKiogVGhlIGV4cG9ydHMgb2YgdGhpcyBwYWdlLCBvcmRlcmVkIGJ5IHZvbHVtZSBncm91cCB0aGVuIHZvbHVtZSBuYW1lLiAqL1xuICBleHBvcnRzOiBFeHBvcnRbXTtcbiAgLyoqIFRva2VuIGZvciB0aGUgbmV4dCBwYWdlOyBlbXB0eSBvbiB0aGUgbGFzdCBwYWdlLiAqL1xuICBuZXh0UGFnZVRva2VuOiBzdHJpbmc7XG59XG5cbi8qKiBVcGRhdGVFeHBvcnRSZXF1ZXN0IGNoYW5nZXMgYW4gZXhpc3RpbmcgZXhwb3J0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBVcGRhdGVFeHBvcnRSZXF1ZXN0IHtcbiAgLyoqIFZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgdGhlIGRhZW1vbidzIGRlZmF1bHQgdm9sdW1lIGdyb3VwLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogTmFtZSBvZiB0aGUgZXhwb3J0ZWQgdm9sdW1lLiAqL1xuICB2b2x1bWVOYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgbmV3IGNvbXBsZXRlIGxpc3Qgb2YgYWxsb3dlZCBpbml0aWF0b3JzOyBlbXB0eSBrZWVwcyB0aGUgY3VycmVudCBsaXN0LiAqL1xuICBpbml0aWF0b3JJcW5zOiBzdHJpbmdbXTtcbiAgLyoqIFR1cm4gQ0hBUCBvbiBvciBvZmY7IHVuc2V0IGtlZXBzIHRoZSBjdXJyZW50IHNldHRpbmcuICovXG4gIGNoYXA/OiBib29sZWFuIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogVXBkYXRlRXhwb3J0UmVzcG9uc2UgcmV0dXJucyB0aGUgdXBkYXRlZCBleHBvcnQuICovXG5leHBvcnQgaW50ZXJmYWNlIFVwZGF0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgLyoqIFRoZSBleHBvcnQgYXMgYXBwbGllZC4gKi9cbiAgZXhwb3J0OlxuICAgIHwgRXhwb3J0XG4gICAgfCB1bmRlZmluZWQ7XG4gIC8qKiBDSEFQIGNyZWRlbnRpYWxzOyBzZXQgb25seSB3aGVuIHRoaXMgY2FsbCB0dXJuZWQgQ0hBUCBvbi4gKi9cbiAgY2hhcENyZWRlbnRpYWxzOiBDaGFwQ3JlZGVudGlhbHMgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBEZWxldGVFeHBvcnRSZXF1ZXN0IG5hbWVzIHRoZSBleHBvcnQgdG8gcmVtb3ZlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEZWxldGVFeHBvcnRSZXF1ZXN0IHtcbiAgLyoqIFZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgdGhlIGRhZW1vbidzIGRlZmF1bHQgdm9sdW1lIGdyb3VwLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogTmFtZSBvZiB0aGUgZXhwb3J0ZWQgdm9sdW1lLiAqL1xuICB2b2x1bWVOYW1lOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSZXR1cm4gT0sgaW5zdGVhZCBvZiBOT1RfRk9VTkQgd2hlbiB0aGUgdm9sdW1lIGlzIG5vdCBleHBvcnRlZCAob3IgZG9lc1xuICAgKiBub3QgZXhpc3QpOyBzdGlsbCByZW1vdmVzIHdoYXQgYW4gaW50ZXJydXB0ZWQgdW5leHBvcnQgbGVmdCBpbiBMSU8uXG4gICAqL1xuICBhbGxvd01pc3Npbmc6IGJvb2xlYW47XG59XG5cbi8qKiBEZWxldGVFeHBvcnRSZXNwb25zZSBpcyBlbXB0eTsgT0sgbWVhbnMgdGhlIGV4cG9ydCBpcyBnb25lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEZWxldGVFeHBvcnRSZXNwb25zZSB7XG59XG5cbi8qKiBSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCBhc2tzIGZvciBMSU8gdG8gYmUgYnJvdWdodCBpbiBsaW5lIHdpdGggdGhlIHRhZ3MuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0IHtcbiAgLyoqIE9ubHkgcmVwb3J0IHRoZSBwbGFuOyBjaGFuZ2Ugbm90aGluZy4gKi9cbiAgZHJ5UnVuOiBib29sZWFuO1xufVxuXG4vKiogUmVjb25jaWxlQWN0aW9uIGlzIG9uZSBzdGVwIG9mIGEgcmVjb25jaWxpYXRpb24gcGxhbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVjb25jaWxlQWN0aW9uIHtcbiAgLyoqIFdoYXQgdGhlIHN0ZXAgZG9lcy4gKi9cbiAga2luZDogUmVjb25jaWxlQWN0aW9uS2luZDtcbiAgLyoqIFRoZSBMSU8gb2JqZWN0IGl0IGNvbmNlcm5zICh0YXJnZXQgSVFOLCBiYWNrc3RvcmUgb3IgQUNMIG5hbWUpLiAqL1xuICBvYmplY3Q6IHN0cmluZztcbiAgLyoqIEEgaHVtYW4tcmVhZGFibGUgZXhwbGFuYXRpb24uICovXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmc7XG59XG5cbi8qKiBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UgbGlzdHMgdGhlIHN0ZXBzIHRha2VuIChvciBwbGFubmVkLCBpbiBhIGRyeSBydW4pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2Uge1xuICAvKiogVGhlIHN0ZXBzLCBpbiBvcmRlci4gKi9cbiAgYWN0aW9uczogUmVjb25jaWxlQWN0aW9uW107XG4gIC8qKiBXaGV0aGVyIHRoZSBzdGVwcyB3ZXJlIG9ubHkgcGxhbm5lZC4gKi9cbiAgZHJ5UnVuOiBib29sZWFuO1xufVxuXG5mdW5jdGlvbiBjcmVhdGVCYXNlRXhwb3J0KCk6IEV4cG9ydCB7XG4gIHJldHVybiB7XG4gICAgdm9sdW1lR3JvdXA6IFwiXCIsXG4gICAgdm9sdW1lTmFtZTogXCJcIixcbiAgICB0YXJnZXRJcW46IFwiXCIsXG4gICAgbHVuOiAwLFxuICAgIGluaXRpYXRvcklxbnM6IFtdLFxuICAgIGNoYXBFbmFibGVkOiBmYWxzZSxcbiAgICBjaGFwVXNlcjogXCJcIixcbiAgICBwb3J0YWxzOiBbXSxcbiAgfTtcbn1cblxuZXhwb3J0IGNvbnN0IEV4cG9ydDogTWVzc2FnZUZuczxFeHBvcnQ+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogRXhwb3J0LCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTApLnN0cmluZyhtZXNzYWdlLnZvbHVtZUdyb3VwKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lTmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxOCkuc3RyaW5nKG1lc3NhZ2Uudm9sdW1lTmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnRhcmdldElxbiAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigyNikuc3RyaW5nKG1lc3NhZ2UudGFyZ2V0SXFuKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UubHVuICE9PSAwKSB7XG4gICAgICB3cml0ZXIudWludDMyKDMyKS51aW50MzIobWVzc2FnZS5sdW4pO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHYgb2YgbWVzc2FnZS5pbml0aWF0b3JJcW5zKSB7XG4gICAgICB3cml0ZXIudWludDMyKDQyKS5zdHJpbmcodiEpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwRW5hYmxlZCAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoNDgpLmJvb2wobWVzc2FnZS5jaGFwRW5hYmxlZCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmNoYXBVc2VyICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDU4KS5zdHJpbmcobWVzc2FnZS5jaGFwVXNlcik7XG4gICAgfVxuICAgIGZvciAoY29uc3QgdiBvZiBtZXNzYWdlLnBvcnRhbHMpIHtcbiAgICAgIHdyaXRlci51aW50MzIoNjYpLnN0cmluZyh2ISk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBFeHBvcnQge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VFeHBvcnQoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDM6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDI2KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnRhcmdldElxbiA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDQ6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDMyKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmx1biA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDU6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDQyKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmluaXRpYXRvcklxbnMucHVzaChyZWFkZXIuc3RyaW5nKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNDgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuY2hhcEVuYWJsZWQgPSByZWFkZXIuYm9vbCgpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuY2hhcFVzZXIgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSA4OiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSA2Nikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wb3J0YWxzLnB1c2gocmVhZGVyLnN0cmluZygpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogRXhwb3J0IHtcbiAgICByZXR1cm4ge1xuICAgICAgdm9sdW1lR3JvdXA6IGlzU2V0KG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA6IFwiXCIsXG4gICAgICB2b2x1bWVOYW1lOiBpc1NldChvYmplY3Qudm9sdW1lTmFtZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lTmFtZSlcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX25hbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9uYW1lKVxuICAgICAgICA6IFwiXCIsXG4gICAgICB0YXJnZXRJcW46IGlzU2V0KG9iamVjdC50YXJnZXRJcW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnRhcmdldElxbilcbiAgICAgICAgOiBpc1NldChvYmplY3QudGFyZ2V0X2lxbilcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QudGFyZ2V0X2lxbilcbiAgICAgICAgOiBcIlwiLFxuICAgICAgbHVuOiBpc1NldChvYmplY3QubHVuKSA/IGdsb2JhbFRoaXMuTnVtYmVyKG9iamVjdC5sdW4pIDogMCxcbiAgICAgIGluaXRpYXRvcklxbnM6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LmluaXRpYXRvcklxbnMpXG4gICAgICAgID8gb2JqZWN0LmluaXRpYXRvcklxbnMubWFwKChlOiBhbnkpID0+IGdsb2JhbFRoaXMuU3RyaW5nKGUpKVxuICAgICAgICA6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LmluaXRpYXRvcl9pcW5zKVxuICAgICAgICA/IG9iamVjdC5pbml0aWF0b3JfaXFucy5tYXAoKGU6IGFueSkgPT4gZ2xvYmFsVGhpcy5TdHJpbmcoZSkpXG4gICAgICAgIDogW10sXG4gICAgICBjaGFwRW5hYmxlZDogaXNTZXQob2JqZWN0LmNoYXBFbmFibGVkKVxuICAgICAgICA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuY2hhcEVuYWJsZWQpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LmNoYXBfZW5hYmxlZClcbiAgICAgICAgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0LmNoYXBfZW5hYmxlZClcbiAgICAgICAgOiBmYWxzZSxcbiAgICAgIGNoYXBVc2VyOiBpc1NldChvYmplY3QuY2hhcFVzZXIpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LmNoYXBVc2VyKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5jaGFwX3VzZXIpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LmNoYXBfdXNlcilcbiAgICAgICAgOiBcIlwiLFxuICAgICAgcG9ydGFsczogZ2xvYmFsVGhpcy5BcnJheS5pc0FycmF5KG9iamVjdD8ucG9ydGFscylcbiAgICAgICAgPyBvYmplY3QucG9ydGFscy5tYXAoKGU6IGFueSkgPT4gZ2xvYmFsVGhpcy5TdHJpbmcoZSkpXG4gICAgICAgIDogW10sXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogRXhwb3J0KTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gbWVzc2FnZS52b2x1bWVHcm91cDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lTmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZU5hbWUgPSBtZXNzYWdlLnZvbHVtZU5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnRhcmdldElxbiAhPT0gXCJcIikge1xuICAgICAgb2JqLnRhcmdldElxbiA9IG1lc3NhZ2UudGFyZ2V0SXFuO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5sdW4gIT09IDApIHtcbiAgICAgIG9iai5sdW4gPSBNYXRoLnJvdW5kKG1lc3NhZ2UubHVuKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuaW5pdGlhdG9ySXFucz8ubGVuZ3RoKSB7XG4gICAgICBvYmouaW5pdGlhdG9ySXFucyA9IG1lc3NhZ2UuaW5pdGlhdG9ySXFucztcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuY2hhcEVuYWJsZWQgIT09IGZhbHNlKSB7XG4gICAgICBvYmouY2hhcEVuYWJsZWQgPSBtZXNzYWdlLmNoYXBFbmFibGVkO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwVXNlciAhPT0gXCJcIikge1xuICAgICAgb2JqLmNoYXBVc2VyID0gbWVzc2FnZS5jaGFwVXNlcjtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UucG9ydGFscz8ubGVuZ3RoKSB7XG4gICAgICBvYmoucG9ydGFscyA9IG1lc3NhZ2UucG9ydGFscztcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEV4cG9ydD4sIEk+PihiYXNlPzogSSk6IEV4cG9ydCB7XG4gICAgcmV0dXJuIEV4cG9ydC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEV4cG9ydD4sIEk+PihvYmplY3Q6IEkpOiBFeHBvcnQge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlRXhwb3J0KCk7XG4gICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IG9iamVjdC52b2x1bWVHcm91cCA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IG9iamVjdC52b2x1bWVOYW1lID8/IFwiXCI7XG4gICAgbWVzc2FnZS50YXJnZXRJcW4gPSBvYmplY3QudGFyZ2V0SXFuID8/IFwiXCI7XG4gICAgbWVzc2FnZS5sdW4gPSBvYmplY3QubHVuID8/IDA7XG4gICAgbWVzc2FnZS5pbml0aWF0b3JJcW5zID0gb2JqZWN0LmluaXRpYXRvcklxbnM/Lm1hcCgoZSkgPT4gZSkgfHwgW107XG4gICAgbWVzc2FnZS5jaGFwRW5hYmxlZCA9IG9iamVjdC5jaGFwRW5hYmxlZCA/PyBmYWxzZTtcbiAgICBtZXNzYWdlLmNoYXBVc2VyID0gb2JqZWN0LmNoYXBVc2VyID8/IFwiXCI7XG4gICAgbWVzc2FnZS5wb3J0YWxzID0gb2JqZWN0LnBvcnRhbHM/Lm1hcCgoZSkgPT4gZSkgfHwgW107XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlQ2hhcENyZWRlbnRpYWxzKCk6IENoYXBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7IHVzZXI6IFwiXCIsIHNlY3JldDogXCJcIiB9O1xufVxuXG5leHBvcnQgY29uc3QgQ2hhcENyZWRlbnRpYWxzOiBNZXNzYWdlRm5zPENoYXBDcmVkZW50aWFscz4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBDaGFwQ3JlZGVudGlhbHMsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS51c2VyICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS51c2VyKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uuc2VjcmV0ICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS5zZWNyZXQpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogQ2hhcENyZWRlbnRpYWxzIHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ2hhcENyZWRlbnRpYWxzKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS51c2VyID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uuc2VjcmV0ID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBDaGFwQ3JlZGVudGlhbHMge1xuICAgIHJldHVybiB7XG4gICAgICB1c2VyOiBpc1NldChvYmplY3QudXNlcikgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QudXNlcikgOiBcIlwiLFxuICAgICAgc2VjcmV0OiBpc1NldChvYmplY3Quc2VjcmV0KSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5zZWNyZXQpIDogXCJcIixcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBDaGFwQ3JlZGVudGlhbHMpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnVzZXIgIT09IFwiXCIpIHtcbiAgICAgIG9iai51c2VyID0gbWVzc2FnZS51c2VyO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5zZWNyZXQgIT09IFwiXCIpIHtcbiAgICAgIG9iai5zZWNyZXQgPSBtZXNzYWdlLnNlY3JldDtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPENoYXBDcmVkZW50aWFscz4sIEk+PihiYXNlPzogSSk6IENoYXBDcmVkZW50aWFscyB7XG4gICAgcmV0dXJuIENoYXBDcmVkZW50aWFscy5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPENoYXBDcmVkZW50aWFscz4sIEk+PihvYmplY3Q6IEkpOiBDaGFwQ3JlZGVudGlhbHMge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ2hhcENyZWRlbnRpYWxzKCk7XG4gICAgbWVzc2FnZS51c2VyID0gb2JqZWN0LnVzZXIgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnNlY3JldCA9IG9iamVjdC5zZWNyZXQgPz8gXCJcIjtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VDcmVhdGVFeHBvcnRSZXF1ZXN0KCk6IENyZWF0ZUV4cG9ydFJlcXVlc3Qge1xuICByZXR1cm4geyB2b2x1bWVHcm91cDogXCJcIiwgdm9sdW1lTmFtZTogXCJcIiwgaW5pdGlhdG9ySXFuczogW10sIGNoYXA6IGZhbHNlIH07XG59XG5cbmV4cG9ydCBjb25zdCBDcmVhdGVFeHBvcnRSZXF1ZXN0OiBNZXNzYWdlRm5zPENyZWF0ZUV4cG9ydFJlcXVlc3Q+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogQ3JlYXRlRXhwb3J0UmVxdWVzdCwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZU5hbWUgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZU5hbWUpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHYgb2YgbWVzc2FnZS5pbml0aWF0b3JJcW5zKSB7XG4gICAgICB3cml0ZXIudWludDMyKDI2KS5zdHJpbmcodiEpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwICE9PSBmYWxzZSkge1xuICAgICAgd3JpdGVyLnVpbnQzMigzMikuYm9vbChtZXNzYWdlLmNoYXApO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogQ3JlYXRlRXhwb3J0UmVxdWVzdCB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUNyZWF0ZUV4cG9ydFJlcXVlc3QoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDM6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDI2KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmluaXRpYXRvcklxbnMucHVzaChyZWFkZXIuc3RyaW5nKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNDoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMzIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuY2hhcCA9IHJlYWRlci5ib29sKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IENyZWF0ZUV4cG9ydFJlcXVlc3Qge1xuICAgIHJldHVybiB7XG4gICAgICB2b2x1bWVHcm91cDogaXNTZXQob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgIDogXCJcIixcbiAgICAgIHZvbHVtZU5hbWU6IGlzU2V0KG9iamVjdC52b2x1bWVOYW1lKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVOYW1lKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfbmFtZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lX25hbWUpXG4gICAgICAgIDogXCJcIixcbiAgICAgIGluaXRpYXRvcklxbnM6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LmluaXRpYXRvcklxbnMpXG4gICAgICAgID8gb2JqZWN0LmluaXRpYXRvcklxbnMubWFwKChlOiBhbnkpID0+IGdsb2JhbFRoaXMuU3RyaW5nKGUpKVxuICAgICAgICA6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LmluaXRpYXRvcl9pcW5zKVxuICAgICAgICA/IG9iamVjdC5pbml0aWF0b3JfaXFucy5tYXAoKGU6IGFueSkgPT4gZ2xvYmFsVGhpcy5TdHJpbmcoZSkpXG4gICAgICAgIDogW10sXG4gICAgICBjaGFwOiBpc1NldChvYmplY3QuY2hhcCkgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0LmNoYXApIDogZmFsc2UsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogQ3JlYXRlRXhwb3J0UmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIG9iai52b2x1bWVHcm91cCA9IG1lc3NhZ2Uudm9sdW1lR3JvdXA7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZU5hbWUgIT09IFwiXCIpIHtcbiAgICAgIG9iai52b2x1bWVOYW1lID0gbWVzc2FnZS52b2x1bWVOYW1lO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5pbml0aWF0b3JJcW5zPy5sZW5ndGgpIHtcbiAgICAgIG9iai5pbml0aWF0b3JJcW5zID0gbWVzc2FnZS5pbml0aWF0b3JJcW5zO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwICE9PSBmYWxzZSkge1xuICAgICAgb2JqLmNoYXAgPSBtZXNzYWdlLmNoYXA7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVFeHBvcnRSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogQ3JlYXRlRXhwb3J0UmVxdWVzdCB7XG4gICAgcmV0dXJuIENyZWF0ZUV4cG9ydFJlcXVlc3QuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVFeHBvcnRSZXF1ZXN0PiwgST4+KG9iamVjdDogSSk6IENyZWF0ZUV4cG9ydFJlcXVlc3Qge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ3JlYXRlRXhwb3J0UmVxdWVzdCgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnZvbHVtZU5hbWUgPSBvYmplY3Qudm9sdW1lTmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2UuaW5pdGlhdG9ySXFucyA9IG9iamVjdC5pbml0aWF0b3JJcW5zPy5tYXAoKGUpID0+IGUpIHx8IFtdO1xuICAgIG1lc3NhZ2UuY2hhcCA9IG9iamVjdC5jaGFwID8/IGZhbHNlO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUNyZWF0ZUV4cG9ydFJlc3BvbnNlKCk6IENyZWF0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgcmV0dXJuIHsgZXhwb3J0OiB1bmRlZmluZWQsIGNoYXBDcmVkZW50aWFsczogdW5kZWZpbmVkIH07XG59XG5cbmV4cG9ydCBjb25zdCBDcmVhdGVFeHBvcnRSZXNwb25zZTogTWVzc2FnZUZuczxDcmVhdGVFeHBvcnRSZXNwb25zZT4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBDcmVhdGVFeHBvcnRSZXNwb25zZSwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLmV4cG9ydCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBFeHBvcnQuZW5jb2RlKG1lc3NhZ2UuZXhwb3J0LCB3cml0ZXIudWludDMyKDEwKS5mb3JrKCkpLmpvaW4oKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuY2hhcENyZWRlbnRpYWxzICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIENoYXBDcmVkZW50aWFscy5lbmNvZGUobWVzc2FnZS5jaGFwQ3JlZGVudGlhbHMsIHdyaXRlci51aW50MzIoMTgpLmZvcmsoKSkuam9pbigpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogQ3JlYXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVFeHBvcnRSZXNwb25zZSgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZXhwb3J0ID0gRXhwb3J0LmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxOCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5jaGFwQ3JlZGVudGlhbHMgPSBDaGFwQ3JlZGVudGlhbHMuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogQ3JlYXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIHJldHVybiB7XG4gICAgICBleHBvcnQ6IGlzU2V0KG9iamVjdC5leHBvcnQpID8gRXhwb3J0LmZyb21KU09OKG9iamVjdC5leHBvcnQpIDogdW5kZWZpbmVkLFxuICAgICAgY2hhcENyZWRlbnRpYWxzOiBpc1NldChvYmplY3QuY2hhcENyZWRlbnRpYWxzKVxuICAgICAgICA/IENoYXBDcmVkZW50aWFscy5mcm9tSlNPTihvYmplY3QuY2hhcENyZWRlbnRpYWxzKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5jaGFwX2NyZWRlbnRpYWxzKVxuICAgICAgICA/IENoYXBDcmVkZW50aWFscy5mcm9tSlNPTihvYmplY3QuY2hhcF9jcmVkZW50aWFscylcbiAgICAgICAgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogQ3JlYXRlRXhwb3J0UmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLmV4cG9ydCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBvYmouZXhwb3J0ID0gRXhwb3J0LnRvSlNPTihtZXNzYWdlLmV4cG9ydCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmNoYXBDcmVkZW50aWFscyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBvYmouY2hhcENyZWRlbnRpYWxzID0gQ2hhcENyZWRlbnRpYWxzLnRvSlNPTihtZXNzYWdlLmNoYXBDcmVkZW50aWFscyk7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVFeHBvcnRSZXNwb25zZT4sIEk+PihiYXNlPzogSSk6IENyZWF0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgICByZXR1cm4gQ3JlYXRlRXhwb3J0UmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVFeHBvcnRSZXNwb25zZT4sIEk+PihvYmplY3Q6IEkpOiBDcmVhdGVFeHBvcnRSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVFeHBvcnRSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2UuZXhwb3J0ID0gKG9iamVjdC5leHBvcnQgIT09IHVuZGVmaW5lZCAmJiBvYmplY3QuZXhwb3J0ICE9PSBudWxsKVxuICAgICAgPyBFeHBvcnQuZnJvbVBhcnRpYWwob2JqZWN0LmV4cG9ydClcbiAgICAgIDogdW5kZWZpbmVkO1xuICAgIG1lc3NhZ2UuY2hhcENyZWRlbnRpYWxzID0gKG9iamVjdC5jaGFwQ3JlZGVudGlhbHMgIT09IHVuZGVmaW5lZCAmJiBvYmplY3QuY2hhcENyZWRlbnRpYWxzICE9PSBudWxsKVxuICAgICAgPyBDaGFwQ3JlZGVudGlhbHMuZnJvbVBhcnRpYWwob2JqZWN0LmNoYXBDcmVkZW50aWFscylcbiAgICAgIDogdW5kZWZpbmVkO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUdldEV4cG9ydFJlcXVlc3QoKTogR2V0RXhwb3J0UmVxdWVzdCB7XG4gIHJldHVybiB7IHZvbHVtZUdyb3VwOiBcIlwiLCB2b2x1bWVOYW1lOiBcIlwiIH07XG59XG5cbmV4cG9ydCBjb25zdCBHZXRFeHBvcnRSZXF1ZXN0OiBNZXNzYWdlRm5zPEdldEV4cG9ydFJlcXVlc3Q+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogR2V0RXhwb3J0UmVxdWVzdCwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZU5hbWUgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZU5hbWUpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogR2V0RXhwb3J0UmVxdWVzdCB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldEV4cG9ydFJlcXVlc3QoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogR2V0RXhwb3J0UmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgdm9sdW1lTmFtZTogaXNTZXQob2JqZWN0LnZvbHVtZU5hbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZU5hbWUpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnZvbHVtZV9uYW1lKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfbmFtZSlcbiAgICAgICAgOiBcIlwiLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IEdldEV4cG9ydFJlcXVlc3QpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lR3JvdXAgPSBtZXNzYWdlLnZvbHVtZUdyb3VwO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS52b2x1bWVOYW1lICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lTmFtZSA9IG1lc3NhZ2Uudm9sdW1lTmFtZTtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEdldEV4cG9ydFJlcXVlc3Q+LCBJPj4oYmFzZT86IEkpOiBHZXRFeHBvcnRSZXF1ZXN0IHtcbiAgICByZXR1cm4gR2V0RXhwb3J0UmVxdWVzdC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEdldEV4cG9ydFJlcXVlc3Q+LCBJPj4ob2JqZWN0OiBJKTogR2V0RXhwb3J0UmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VHZXRFeHBvcnRSZXF1ZXN0KCk7XG4gICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IG9iamVjdC52b2x1bWVHcm91cCA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IG9iamVjdC52b2x1bWVOYW1lID8/IFwiXCI7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlR2V0RXhwb3J0UmVzcG9uc2UoKTogR2V0RXhwb3J0UmVzcG9uc2Uge1xuICByZXR1cm4geyBleHBvcnQ6IHVuZGVmaW5lZCB9O1xufVxuXG5leHBvcnQgY29uc3QgR2V0RXhwb3J0UmVzcG9uc2U6IE1lc3NhZ2VGbnM8R2V0RXhwb3J0UmVzcG9uc2U+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogR2V0RXhwb3J0UmVzcG9uc2UsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5leHBvcnQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgRXhwb3J0LmVuY29kZShtZXNzYWdlLmV4cG9ydCwgd3JpdGVyLnVpbnQzMigxMCkuZm9yaygpKS5qb2luKCk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBHZXRFeHBvcnRSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldEV4cG9ydFJlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5leHBvcnQgPSBFeHBvcnQuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogR2V0RXhwb3J0UmVzcG9uc2Uge1xuICAgIHJldHVybiB7IGV4cG9ydDogaXNTZXQob2JqZWN0LmV4cG9ydCkgPyBFeHBvcnQuZnJvbUpTT04ob2JqZWN0LmV4cG9ydCkgOiB1bmRlZmluZWQgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogR2V0RXhwb3J0UmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLmV4cG9ydCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBvYmouZXhwb3J0ID0gRXhwb3J0LnRvSlNPTihtZXNzYWdlLmV4cG9ydCk7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxHZXRFeHBvcnRSZXNwb25zZT4sIEk+PihiYXNlPzogSSk6IEdldEV4cG9ydFJlc3BvbnNlIHtcbiAgICByZXR1cm4gR2V0RXhwb3J0UmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxHZXRFeHBvcnRSZXNwb25zZT4sIEk+PihvYmplY3Q6IEkpOiBHZXRFeHBvcnRSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VHZXRFeHBvcnRSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2UuZXhwb3J0ID0gKG9iamVjdC5leHBvcnQgIT09IHVuZGVmaW5lZCAmJiBvYmplY3QuZXhwb3J0ICE9PSBudWxsKVxuICAgICAgPyBFeHBvcnQuZnJvbVBhcnRpYWwob2JqZWN0LmV4cG9ydClcbiAgICAgIDogdW5kZWZpbmVkO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUxpc3RFeHBvcnRzUmVxdWVzdCgpOiBMaXN0RXhwb3J0c1JlcXVlc3Qge1xuICByZXR1cm4geyB2b2x1bWVHcm91cDogXCJcIiwgcGFnZVNpemU6IDAsIHBhZ2VUb2tlbjogXCJcIiB9O1xufVxuXG5leHBvcnQgY29uc3QgTGlzdEV4cG9ydHNSZXF1ZXN0OiBNZXNzYWdlRm5zPExpc3RFeHBvcnRzUmVxdWVzdD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBMaXN0RXhwb3J0c1JlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2Uudm9sdW1lR3JvdXApO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wYWdlU2l6ZSAhPT0gMCkge1xuICAgICAgd3JpdGVyLnVpbnQzMigxNikuaW50MzIobWVzc2FnZS5wYWdlU2l6ZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnBhZ2VUb2tlbiAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigyNikuc3RyaW5nKG1lc3NhZ2UucGFnZVRva2VuKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IExpc3RFeHBvcnRzUmVxdWVzdCB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RFeHBvcnRzUmVxdWVzdCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wYWdlU2l6ZSA9IHJlYWRlci5pbnQzMigpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjYpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UucGFnZVRva2VuID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBMaXN0RXhwb3J0c1JlcXVlc3Qge1xuICAgIHJldHVybiB7XG4gICAgICB2b2x1bWVHcm91cDogaXNTZXQob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgIDogXCJcIixcbiAgICAgIHBhZ2VTaXplOiBpc1NldChvYmplY3QucGFnZVNpemUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LnBhZ2VTaXplKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5wYWdlX3NpemUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LnBhZ2Vfc2l6ZSlcbiAgICAgICAgOiAwLFxuICAgICAgcGFnZVRva2VuOiBpc1NldChvYmplY3QucGFnZVRva2VuKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5wYWdlVG9rZW4pXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnBhZ2VfdG9rZW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnBhZ2VfdG9rZW4pXG4gICAgICAgIDogXCJcIixcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBMaXN0RXhwb3J0c1JlcXVlc3QpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lR3JvdXAgPSBtZXNzYWdlLnZvbHVtZUdyb3VwO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wYWdlU2l6ZSAhPT0gMCkge1xuICAgICAgb2JqLnBhZ2VTaXplID0gTWF0aC5yb3VuZChtZXNzYWdlLnBhZ2VTaXplKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UucGFnZVRva2VuICE9PSBcIlwiKSB7XG4gICAgICBvYmoucGFnZVRva2VuID0gbWVzc2FnZS5wYWdlVG9rZW47XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0RXhwb3J0c1JlcXVlc3Q+LCBJPj4oYmFzZT86IEkpOiBMaXN0RXhwb3J0c1JlcXVlc3Qge1xuICAgIHJldHVybiBMaXN0RXhwb3J0c1JlcXVlc3QuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0RXhwb3J0c1JlcXVlc3Q+LCBJPj4ob2JqZWN0OiBJKTogTGlzdEV4cG9ydHNSZXF1ZXN0IHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RFeHBvcnRzUmVxdWVzdCgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnBhZ2VTaXplID0gb2JqZWN0LnBhZ2VTaXplID8/IDA7XG4gICAgbWVzc2FnZS5wYWdlVG9rZW4gPSBvYmplY3QucGFnZVRva2VuID8/IFwiXCI7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlTGlzdEV4cG9ydHNSZXNwb25zZSgpOiBMaXN0RXhwb3J0c1Jlc3BvbnNlIHtcbiAgcmV0dXJuIHsgZXhwb3J0czogW10sIG5leHRQYWdlVG9rZW46IFwiXCIgfTtcbn1cblxuZXhwb3J0IGNvbnN0IExpc3RFeHBvcnRzUmVzcG9uc2U6IE1lc3NhZ2VGbnM8TGlzdEV4cG9ydHNSZXNwb25zZT4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBMaXN0RXhwb3J0c1Jlc3BvbnNlLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgZm9yIChjb25zdCB2IG9mIG1lc3NhZ2UuZXhwb3J0cykge1xuICAgICAgRXhwb3J0LmVuY29kZSh2ISwgd3JpdGVyLnVpbnQzMigxMCkuZm9yaygpKS5qb2luKCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLm5leHRQYWdlVG9rZW4gIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLm5leHRQYWdlVG9rZW4pO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogTGlzdEV4cG9ydHNSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RFeHBvcnRzUmVzcG9uc2UoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmV4cG9ydHMucHVzaChFeHBvcnQuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxOCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5uZXh0UGFnZVRva2VuID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBMaXN0RXhwb3J0c1Jlc3BvbnNlIHtcbiAgICByZXR1cm4ge1xuICAgICAgZXhwb3J0czogZ2xvYmFsVGhpcy5BcnJheS5pc0FycmF5KG9iamVjdD8uZXhwb3J0cykgPyBvYmplY3QuZXhwb3J0cy5tYXAoKGU6IGFueSkgPT4gRXhwb3J0LmZyb21KU09OKGUpKSA6IFtdLFxuICAgICAgbmV4dFBhZ2VUb2tlbjogaXNTZXQob2JqZWN0Lm5leHRQYWdlVG9rZW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm5leHRQYWdlVG9rZW4pXG4gICAgICAgIDogaXNTZXQob2JqZWN0Lm5leHRfcGFnZV90b2tlbilcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QubmV4dF9wYWdlX3Rva2VuKVxuICAgICAgICA6IFwiXCIsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogTGlzdEV4cG9ydHNSZXNwb25zZSk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2UuZXhwb3J0cz8ubGVuZ3RoKSB7XG4gICAgICBvYmouZXhwb3J0cyA9IG1lc3NhZ2UuZXhwb3J0cy5tYXAoKGUpID0+IEV4cG9ydC50b0pTT04oZSkpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5uZXh0UGFnZVRva2VuICE9PSBcIlwiKSB7XG4gICAgICBvYmoubmV4dFBhZ2VUb2tlbiA9IG1lc3NhZ2UubmV4dFBhZ2VUb2tlbjtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPExpc3RFeHBvcnRzUmVzcG9uc2U+LCBJPj4oYmFzZT86IEkpOiBMaXN0RXhwb3J0c1Jlc3BvbnNlIHtcbiAgICByZXR1cm4gTGlzdEV4cG9ydHNSZXNwb25zZS5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPExpc3RFeHBvcnRzUmVzcG9uc2U+LCBJPj4ob2JqZWN0OiBJKTogTGlzdEV4cG9ydHNSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VMaXN0RXhwb3J0c1Jlc3BvbnNlKCk7XG4gICAgbWVzc2FnZS5leHBvcnRzID0gb2JqZWN0LmV4cG9ydHM/Lm1hcCgoZSkgPT4gRXhwb3J0LmZyb21QYXJ0aWFsKGUpKSB8fCBbXTtcbiAgICBtZXNzYWdlLm5leHRQYWdlVG9rZW4gPSBvYmplY3QubmV4dFBhZ2VUb2tlbiA/PyBcIlwiO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZVVwZGF0ZUV4cG9ydFJlcXVlc3QoKTogVXBkYXRlRXhwb3J0UmVxdWVzdCB7XG4gIHJldHVybiB7IHZvbHVtZUdyb3VwOiBcIlwiLCB2b2x1bWVOYW1lOiBcIlwiLCBpbml0aWF0b3JJcW5zOiBbXSwgY2hhcDogdW5kZWZpbmVkIH07XG59XG5cbmV4cG9ydCBjb25zdCBVcGRhdGVFeHBvcnRSZXF1ZXN0OiBNZXNzYWdlRm5zPFVwZGF0ZUV4cG9ydFJlcXVlc3Q+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogVXBkYXRlRXhwb3J0UmVxdWVzdCwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZU5hbWUgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZU5hbWUpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHYgb2YgbWVzc2FnZS5pbml0aWF0b3JJcW5zKSB7XG4gICAgICB3cml0ZXIudWludDMyKDI2KS5zdHJpbmcodiEpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMzIpLmJvb2wobWVzc2FnZS5jaGFwKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IFVwZGF0ZUV4cG9ydFJlcXVlc3Qge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VVcGRhdGVFeHBvcnRSZXF1ZXN0KCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDI6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDE4KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZU5hbWUgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAzOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAyNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5pbml0aWF0b3JJcW5zLnB1c2gocmVhZGVyLnN0cmluZygpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDQ6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDMyKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmNoYXAgPSByZWFkZXIuYm9vbCgpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBVcGRhdGVFeHBvcnRSZXF1ZXN0IHtcbiAgICByZXR1cm4ge1xuICAgICAgdm9sdW1lR3JvdXA6IGlzU2V0KG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA6IFwiXCIsXG4gICAgICB2b2x1bWVOYW1lOiBpc1NldChvYmplY3Qudm9sdW1lTmFtZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lTmFtZSlcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX25hbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9uYW1lKVxuICAgICAgICA6IFwiXCIsXG4gICAgICBpbml0aWF0b3JJcW5zOiBnbG9iYWxUaGlzLkFycmF5LmlzQXJyYXkob2JqZWN0Py5pbml0aWF0b3JJcW5zKVxuICAgICAgICA/IG9iamVjdC5pbml0aWF0b3JJcW5zLm1hcCgoZTogYW55KSA9PiBnbG9iYWxUaGlzLlN0cmluZyhlKSlcbiAgICAgICAgOiBnbG9iYWxUaGlzLkFycmF5LmlzQXJyYXkob2JqZWN0Py5pbml0aWF0b3JfaXFucylcbiAgICAgICAgPyBvYmplY3QuaW5pdGlhdG9yX2lxbnMubWFwKChlOiBhbnkpID0+IGdsb2JhbFRoaXMuU3RyaW5nKGUpKVxuICAgICAgICA6IFtdLFxuICAgICAgY2hhcDogaXNTZXQob2JqZWN0LmNoYXApID8gZ2xvYmFsVGhpcy5Cb29sZWFuKG9iamVjdC5jaGFwKSA6IHVuZGVmaW5lZCxcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBVcGRhdGVFeHBvcnRSZXF1ZXN0KTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gbWVzc2FnZS52b2x1bWVHcm91cDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lTmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZU5hbWUgPSBtZXNzYWdlLnZvbHVtZU5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmluaXRpYXRvcklxbnM/Lmxlbmd0aCkge1xuICAgICAgb2JqLmluaXRpYXRvcklxbnMgPSBtZXNzYWdlLmluaXRpYXRvcklxbnM7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmNoYXAgIT09IHVuZGVmaW5lZCkge1xuICAgICAgb2JqLmNoYXAgPSBtZXNzYWdlLmNoYXA7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxVcGRhdGVFeHBvcnRSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogVXBkYXRlRXhwb3J0UmVxdWVzdCB7XG4gICAgcmV0dXJuIFVwZGF0ZUV4cG9ydFJlcXVlc3QuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxVcGRhdGVFeHBvcnRSZXF1ZXN0PiwgST4+KG9iamVjdDogSSk6IFVwZGF0ZUV4cG9ydFJlcXVlc3Qge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlVXBkYXRlRXhwb3J0UmVxdWVzdCgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnZvbHVtZU5hbWUgPSBvYmplY3Qudm9sdW1lTmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2UuaW5pdGlhdG9ySXFucyA9IG9iamVjdC5pbml0aWF0b3JJcW5zPy5tYXAoKGUpID0+IGUpIHx8IFtdO1xuICAgIG1lc3NhZ2UuY2hhcCA9IG9iamVjdC5jaGFwID8/IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VVcGRhdGVFeHBvcnRSZXNwb25zZSgpOiBVcGRhdGVFeHBvcnRSZXNwb25zZSB7XG4gIHJldHVybiB7IGV4cG9ydDogdW5kZWZpbmVkLCBjaGFwQ3JlZGVudGlhbHM6IHVuZGVmaW5lZCB9O1xufVxuXG5leHBvcnQgY29uc3QgVXBkYXRlRXhwb3J0UmVzcG9uc2U6IE1lc3NhZ2VGbnM8VXBkYXRlRXhwb3J0UmVzcG9uc2U+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogVXBkYXRlRXhwb3J0UmVzcG9uc2UsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5leHBvcnQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgRXhwb3J0LmVuY29kZShtZXNzYWdlLmV4cG9ydCwgd3JpdGVyLnVpbnQzMigxMCkuZm9yaygpKS5qb2luKCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmNoYXBDcmVkZW50aWFscyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBDaGFwQ3JlZGVudGlhbHMuZW5jb2RlKG1lc3NhZ2UuY2hhcENyZWRlbnRpYWxzLCB3cml0ZXIudWludDMyKDE4KS5mb3JrKCkpLmpvaW4oKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IFVwZGF0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlVXBkYXRlRXhwb3J0UmVzcG9uc2UoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmV4cG9ydCA9IEV4cG9ydC5kZWNvZGUocmVhZGVyLCByZWFkZXIudWludDMyKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuY2hhcENyZWRlbnRpYWxzID0gQ2hhcENyZWRlbnRpYWxzLmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IFVwZGF0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgICByZXR1cm4ge1xuICAgICAgZXhwb3J0OiBpc1NldChvYmplY3QuZXhwb3J0KSA/IEV4cG9ydC5mcm9tSlNPTihvYmplY3QuZXhwb3J0KSA6IHVuZGVmaW5lZCxcbiAgICAgIGNoYXBDcmVkZW50aWFsczogaXNTZXQob2JqZWN0LmNoYXBDcmVkZW50aWFscylcbiAgICAgICAgPyBDaGFwQ3JlZGVudGlhbHMuZnJvbUpTT04ob2JqZWN0LmNoYXBDcmVkZW50aWFscylcbiAgICAgICAgOiBpc1NldChvYmplY3QuY2hhcF9jcmVkZW50aWFscylcbiAgICAgICAgPyBDaGFwQ3JlZGVudGlhbHMuZnJvbUpTT04ob2JqZWN0LmNoYXBfY3JlZGVudGlhbHMpXG4gICAgICAgIDogdW5kZWZpbmVkLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IFVwZGF0ZUV4cG9ydFJlc3BvbnNlKTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS5leHBvcnQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgb2JqLmV4cG9ydCA9IEV4cG9ydC50b0pTT04obWVzc2FnZS5leHBvcnQpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5jaGFwQ3JlZGVudGlhbHMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgb2JqLmNoYXBDcmVkZW50aWFscyA9IENoYXBDcmVkZW50aWFscy50b0pTT04obWVzc2FnZS5jaGFwQ3JlZGVudGlhbHMpO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8VXBkYXRlRXhwb3J0UmVzcG9uc2U+LCBJPj4oYmFzZT86IEkpOiBVcGRhdGVFeHBvcnRSZXNwb25zZSB7XG4gICAgcmV0dXJuIFVwZGF0ZUV4cG9ydFJlc3BvbnNlLmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8VXBkYXRlRXhwb3J0UmVzcG9uc2U+LCBJPj4ob2JqZWN0OiBJKTogVXBkYXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlVXBkYXRlRXhwb3J0UmVzcG9uc2UoKTtcbiAgICBtZXNzYWdlLmV4cG9ydCA9IChvYmplY3QuZXhwb3J0ICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LmV4cG9ydCAhPT0gbnVsbClcbiAgICAgID8gRXhwb3J0LmZyb21QYXJ0aWFsKG9iamVjdC5leHBvcnQpXG4gICAgICA6IHVuZGVmaW5lZDtcbiAgICBtZXNzYWdlLmNoYXBDcmVkZW50aWFscyA9IChvYmplY3QuY2hhcENyZWRlbnRpYWxzICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LmNoYXBDcmVkZW50aWFscyAhPT0gbnVsbClcbiAgICAgID8gQ2hhcENyZWRlbnRpYWxzLmZyb21QYXJ0aWFsKG9iamVjdC5jaGFwQ3JlZGVudGlhbHMpXG4gICAgICA6IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VEZWxldGVFeHBvcnRSZXF1ZXN0KCk6IERlbGV0ZUV4cG9ydFJlcXVlc3Qge1xuICByZXR1cm4geyB2b2x1bWVHcm91cDogXCJcIiwgdm9sdW1lTmFtZTogXCJcIiwgYWxsb3dNaXNzaW5nOiBmYWxzZSB9O1xufVxuXG5leHBvcnQgY29uc3QgRGVsZXRlRXhwb3J0UmVxdWVzdDogTWVzc2FnZUZuczxEZWxldGVFeHBvcnRSZXF1ZXN0PiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IERlbGV0ZUV4cG9ydFJlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2Uudm9sdW1lR3JvdXApO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS52b2x1bWVOYW1lICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS52b2x1bWVOYW1lKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuYWxsb3dNaXNzaW5nICE9PSBmYWxzZSkge1xuICAgICAgd3JpdGVyLnVpbnQzMigyNCkuYm9vbChtZXNzYWdlLmFsbG93TWlzc2luZyk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBEZWxldGVFeHBvcnRSZXF1ZXN0IHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlRGVsZXRlRXhwb3J0UmVxdWVzdCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxOCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS52b2x1bWVOYW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjQpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuYWxsb3dNaXNzaW5nID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogRGVsZXRlRXhwb3J0UmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgdm9sdW1lTmFtZTogaXNTZXQob2JqZWN0LnZvbHVtZU5hbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZU5hbWUpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnZvbHVtZV9uYW1lKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfbmFtZSlcbiAgICAgICAgOiBcIlwiLFxuICAgICAgYWxsb3dNaXNzaW5nOiBpc1NldChvYmplY3QuYWxsb3dNaXNzaW5nKVxuICAgICAgICA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuYWxsb3dNaXNzaW5nKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5hbGxvd19taXNzaW5nKVxuICAgICAgICA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuYWxsb3dfbWlzc2luZylcbiAgICAgICAgOiBmYWxzZSxcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBEZWxldGVFeHBvcnRSZXF1ZXN0KTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gbWVzc2FnZS52b2x1bWVHcm91cDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lTmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZU5hbWUgPSBtZXNzYWdlLnZvbHVtZU5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmFsbG93TWlzc2luZyAhPT0gZmFsc2UpIHtcbiAgICAgIG9iai5hbGxvd01pc3NpbmcgPSBtZXNzYWdlLmFsbG93TWlzc2luZztcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZUV4cG9ydFJlcXVlc3Q+LCBJPj4oYmFzZT86IEkpOiBEZWxldGVFeHBvcnRSZXF1ZXN0IHtcbiAgICByZXR1cm4gRGVsZXRlRXhwb3J0UmVxdWVzdC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZUV4cG9ydFJlcXVlc3Q+LCBJPj4ob2JqZWN0OiBJKTogRGVsZXRlRXhwb3J0UmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VEZWxldGVFeHBvcnRSZXF1ZXN0KCk7XG4gICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IG9iamVjdC52b2x1bWVHcm91cCA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lTmFtZSA9IG9iamVjdC52b2x1bWVOYW1lID8/IFwiXCI7XG4gICAgbWVzc2FnZS5hbGxvd01pc3NpbmcgPSBvYmplY3QuYWxsb3dNaXNzaW5nID8/IGZhbHNlO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZURlbGV0ZUV4cG9ydFJlc3BvbnNlKCk6IERlbGV0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgcmV0dXJuIHt9O1xufVxuXG5leHBvcnQgY29uc3QgRGVsZXRlRXhwb3J0UmVzcG9uc2U6IE1lc3NhZ2VGbnM8RGVsZXRlRXhwb3J0UmVzcG9uc2U+ID0ge1xuICBlbmNvZGUoXzogRGVsZXRlRXhwb3J0UmVzcG9uc2UsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogRGVsZXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VEZWxldGVFeHBvcnRSZXNwb25zZSgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04oXzogYW55KTogRGVsZXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIHJldHVybiB7fTtcbiAgfSxcblxuICB0b0pTT04oXzogRGVsZXRlRXhwb3J0UmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxEZWxldGVFeHBvcnRSZXNwb25zZT4sIEk+PihiYXNlPzogSSk6IERlbGV0ZUV4cG9ydFJlc3BvbnNlIHtcbiAgICByZXR1cm4gRGVsZXRlRXhwb3J0UmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxEZWxldGVFeHBvcnRSZXNwb25zZT4sIEk+PihfOiBJKTogRGVsZXRlRXhwb3J0UmVzcG9uc2Uge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlRGVsZXRlRXhwb3J0UmVzcG9uc2UoKTtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCgpOiBSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCB7XG4gIHJldHVybiB7IGRyeVJ1bjogZmFsc2UgfTtcbn1cblxuZXhwb3J0IGNvbnN0IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0OiBNZXNzYWdlRm5zPFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0PiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0LCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UuZHJ5UnVuICE9PSBmYWxzZSkge1xuICAgICAgd3JpdGVyLnVpbnQzMig4KS5ib29sKG1lc3NhZ2UuZHJ5UnVuKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0IHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlUmVjb25jaWxlRXhwb3J0c1JlcXVlc3QoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZHJ5UnVuID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogUmVjb25jaWxlRXhwb3J0c1JlcXVlc3Qge1xuICAgIHJldHVybiB7XG4gICAgICBkcnlSdW46IGlzU2V0KG9iamVjdC5kcnlSdW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5Cb29sZWFuKG9iamVjdC5kcnlSdW4pXG4gICAgICAgIDogaXNTZXQob2JqZWN0LmRyeV9ydW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5Cb29sZWFuKG9iamVjdC5kcnlfcnVuKVxuICAgICAgICA6IGZhbHNlLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0KTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS5kcnlSdW4gIT09IGZhbHNlKSB7XG4gICAgICBvYmouZHJ5UnVuID0gbWVzc2FnZS5kcnlSdW47XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdD4sIEk+PihiYXNlPzogSSk6IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0IHtcbiAgICByZXR1cm4gUmVjb25jaWxlRXhwb3J0c1JlcXVlc3QuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdD4sIEk+PihvYmplY3Q6IEkpOiBSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCgpO1xuICAgIG1lc3NhZ2UuZHJ5UnVuID0gb2JqZWN0LmRyeVJ1biA/PyBmYWxzZTtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VSZWNvbmNpbGVBY3Rpb24oKTogUmVjb25jaWxlQWN0aW9uIHtcbiAgcmV0dXJuIHsga2luZDogMCwgb2JqZWN0OiBcIlwiLCBkZXNjcmlwdGlvbjogXCJcIiB9O1xufVxuXG5leHBvcnQgY29uc3QgUmVjb25jaWxlQWN0aW9uOiBNZXNzYWdlRm5zPFJlY29uY2lsZUFjdGlvbj4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBSZWNvbmNpbGVBY3Rpb24sIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5raW5kICE9PSAwKSB7XG4gICAgICB3cml0ZXIudWludDMyKDgpLmludDMyKG1lc3NhZ2Uua2luZCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLm9iamVjdCAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxOCkuc3RyaW5nKG1lc3NhZ2Uub2JqZWN0KTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuZGVzY3JpcHRpb24gIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMjYpLnN0cmluZyhtZXNzYWdlLmRlc2NyaXB0aW9uKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IFJlY29uY2lsZUFjdGlvbiB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZVJlY29uY2lsZUFjdGlvbigpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gOCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5raW5kID0gcmVhZGVyLmludDMyKCkgYXMgYW55O1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uub2JqZWN0ID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjYpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZGVzY3JpcHRpb24gPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IFJlY29uY2lsZUFjdGlvbiB7XG4gICAgcmV0dXJuIHtcbiAgICAgIGtpbmQ6IGlzU2V0KG9iamVjdC5raW5kKSA/IHJlY29uY2lsZUFjdGlvbktpbmRGcm9tSlNPTihvYmplY3Qua2luZCkgOiAwLFxuICAgICAgb2JqZWN0OiBpc1NldChvYmplY3Qub2JqZWN0KSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5vYmplY3QpIDogXCJcIixcbiAgICAgIGRlc2NyaXB0aW9uOiBpc1NldChvYmplY3QuZGVzY3JpcHRpb24pID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LmRlc2NyaXB0aW9uKSA6IFwiXCIsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogUmVjb25jaWxlQWN0aW9uKTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS5raW5kICE9PSAwKSB7XG4gICAgICBvYmoua2luZCA9IHJlY29uY2lsZUFjdGlvbktpbmRUb0pTT04obWVzc2FnZS5raW5kKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uub2JqZWN0ICE9PSBcIlwiKSB7XG4gICAgICBvYmoub2JqZWN0ID0gbWVzc2FnZS5vYmplY3Q7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmRlc2NyaXB0aW9uICE9PSBcIlwiKSB7XG4gICAgICBvYmouZGVzY3JpcHRpb24gPSBtZXNzYWdlLmRlc2NyaXB0aW9uO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8UmVjb25jaWxlQWN0aW9uPiwgST4+KGJhc2U/OiBJKTogUmVjb25jaWxlQWN0aW9uIHtcbiAgICByZXR1cm4gUmVjb25jaWxlQWN0aW9uLmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8UmVjb25jaWxlQWN0aW9uPiwgST4+KG9iamVjdDogSSk6IFJlY29uY2lsZUFjdGlvbiB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VSZWNvbmNpbGVBY3Rpb24oKTtcbiAgICBtZXNzYWdlLmtpbmQgPSBvYmplY3Qua2luZCA/PyAwO1xuICAgIG1lc3NhZ2Uub2JqZWN0ID0gb2JqZWN0Lm9iamVjdCA/PyBcIlwiO1xuICAgIG1lc3NhZ2UuZGVzY3JpcHRpb24gPSBvYmplY3QuZGVzY3JpcHRpb24gPz8gXCJcIjtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UoKTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlIHtcbiAgcmV0dXJuIHsgYWN0aW9uczogW10sIGRyeVJ1bjogZmFsc2UgfTtcbn1cblxuZXhwb3J0IGNvbnN0IFJlY29uY2lsZUV4cG9ydHNSZXNwb25zZTogTWVzc2FnZUZuczxSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2U+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgZm9yIChjb25zdCB2IG9mIG1lc3NhZ2UuYWN0aW9ucykge1xuICAgICAgUmVjb25jaWxlQWN0aW9uLmVuY29kZSh2ISwgd3JpdGVyLnVpbnQzMigxMCkuZm9yaygpKS5qb2luKCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmRyeVJ1biAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTYpLmJvb2wobWVzc2FnZS5kcnlSdW4pO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlIHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5hY3Rpb25zLnB1c2goUmVjb25jaWxlQWN0aW9uLmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTYpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZHJ5UnVuID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlIHtcbiAgICByZXR1cm4ge1xuICAgICAgYWN0aW9uczogZ2xvYmFsVGhpcy5BcnJheS5pc0FycmF5KG9iamVjdD8uYWN0aW9ucylcbiAgICAgICAgPyBvYmplY3QuYWN0aW9ucy5tYXAoKGU6IGFueSkgPT4gUmVjb25jaWxlQWN0aW9uLmZyb21KU09OKGUpKVxuICAgICAgICA6IFtdLFxuICAgICAgZHJ5UnVuOiBpc1NldChvYmplY3QuZHJ5UnVuKVxuICAgICAgICA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuZHJ5UnVuKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5kcnlfcnVuKVxuICAgICAgICA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuZHJ5X3J1bilcbiAgICAgICAgOiBmYWxzZSxcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLmFjdGlvbnM/Lmxlbmd0aCkge1xuICAgICAgb2JqLmFjdGlvbnMgPSBtZXNzYWdlLmFjdGlvbnMubWFwKChlKSA9PiBSZWNvbmNpbGVBY3Rpb24udG9KU09OKGUpKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuZHJ5UnVuICE9PSBmYWxzZSkge1xuICAgICAgb2JqLmRyeVJ1biA9IG1lc3NhZ2UuZHJ5UnVuO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8UmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlPiwgST4+KGJhc2U/OiBJKTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlIHtcbiAgICByZXR1cm4gUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlLmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8UmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlPiwgST4+KG9iamVjdDogSSk6IFJlY29uY2lsZUV4cG9ydHNSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UoKTtcbiAgICBtZXNzYWdlLmFjdGlvbnMgPSBvYmplY3QuYWN0aW9ucz8ubWFwKChlKSA9PiBSZWNvbmNpbGVBY3Rpb24uZnJvbVBhcnRpYWwoZSkpIHx8IFtdO1xuICAgIG1lc3NhZ2UuZHJ5UnVuID0gb2JqZWN0LmRyeVJ1biA/PyBmYWxzZTtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbi8qKlxuICogRXhwb3J0U2VydmljZSBleHBvcnRzIG1hbmFnZWQgdm9sdW1lcyB0byBpU0NTSSBpbml0aWF0b3JzIHRocm91Z2ggTElPOiBvbmVcbiAqIHRhcmdldCBwZXIgdm9sdW1lLCBMVU4gMCBiYWNrZWQgYnkgdGhlIExWLCBhbiBBQ0wgcGVyIGFsbG93ZWQgaW5pdGlhdG9yLlxuICogVGhlIGRlc2lyZWQgc3RhdGUgbGl2ZXMgaW4gdGhlIExWJ3MgdGFnczsgTElPIGlzIHJlY29uY2lsZWQgZnJvbSBpdC5cbiAqL1xuZXhwb3J0IHR5cGUgRXhwb3J0U2VydmljZVNlcnZpY2UgPSB0eXBlb2YgRXhwb3J0U2VydmljZVNlcnZpY2U7XG5leHBvcnQgY29uc3QgRXhwb3J0U2VydmljZVNlcnZpY2UgPSB7XG4gIC8qKlxuICAgKiBDcmVhdGVFeHBvcnQgZXhwb3J0cyBhIG1hbmFnZWQgdm9sdW1lLiBSZXRyeWluZyB3aXRoIHRoZSBzYW1lIGluaXRpYXRvcnNcbiAgICogYW5kIENIQVAgc2V0dGluZyByZXR1cm5zIHRoZSBleGlzdGluZyBleHBvcnQgKHdpdGhvdXQgdGhlIENIQVAgc2VjcmV0KS5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVCAoYmFkIG5hbWUgb3IgaW5pdGlhdG9yIElRTiwgbm9cbiAgICogaW5pdGlhdG9ycywgbmFtZXMgdG9vIGxvbmcgZm9yIGEgdGFyZ2V0IElRTik7IE5PVF9GT1VORCAodm9sdW1lIG1pc3NpbmcpO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRCAodm9sdW1lIGdyb3VwIG5vdCBjb25maWd1cmVkKTsgRkFJTEVEX1BSRUNPTkRJVElPTlxuICAgKiAodm9sdW1lIG5vdCBtYW5hZ2VkLCBub3QgYWN0aXZlIG9yIGEgdGhpbiBwb29sLCBvciBleHBvcnRzIGRpc2FibGVkIG9uXG4gICAqIHRoaXMgaG9zdCk7IEFMUkVBRFlfRVhJU1RTIChleHBvcnRlZCB3aXRoIG90aGVyIHNldHRpbmdzOiB1c2VcbiAgICogVXBkYXRlRXhwb3J0KTsgVU5BVkFJTEFCTEUgKExJTyBvciB0YXJnZXRjbGkgbm90IHVzYWJsZSwgb3IgTElPIGRpZCBub3RcbiAgICogcmVhY2ggdGhlIHdhbnRlZCBzdGF0ZTogdGhlIHRhZ3MgYXJlIHdyaXR0ZW4sIGEgcmV0cnkgb3IgcmVjb25jaWxlXG4gICAqIGNvbXBsZXRlcyBpdCk7IElOVEVSTkFMLlxuICAgKi9cbiAgY3JlYXRlRXhwb3J0OiB7XG4gICAgcGF0aDogXCIvbHZtY3RsLnYxLkV4cG9ydFNlcnZpY2UvQ3JlYXRlRXhwb3J0XCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogQ3JlYXRlRXhwb3J0UmVxdWVzdCk6IEJ1ZmZlciA9PiBCdWZmZXIuZnJvbShDcmVhdGVFeHBvcnRSZXF1ZXN0LmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlcXVlc3REZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBDcmVhdGVFeHBvcnRSZXF1ZXN0ID0+IENyZWF0ZUV4cG9ydFJlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBDcmVhdGVFeHBvcnRSZXNwb25zZSk6IEJ1ZmZlciA9PlxuICAgICAgQnVmZmVyLmZyb20oQ3JlYXRlRXhwb3J0UmVzcG9uc2UuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVzcG9uc2VEZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBDcmVhdGVFeHBvcnRSZXNwb25zZSA9PiBDcmVhdGVFeHBvcnRSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogR2V0RXhwb3J0IHJlYWRzIG9uZSBleHBvcnQuIENIQVAgc2VjcmV0cyBhcmUgbmV2ZXIgcmV0dXJuZWQuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORCAodm9sdW1lIG9yIGV4cG9ydFxuICAgKiBtaXNzaW5nKTsgUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKGV4cG9ydHMgZGlzYWJsZWQpO1xuICAgKiBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBnZXRFeHBvcnQ6IHtcbiAgICBwYXRoOiBcIi9sdm1jdGwudjEuRXhwb3J0U2VydmljZS9HZXRFeHBvcnRcIiBhcyBjb25zdCxcbiAgICByZXF1ZXN0U3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXNwb25zZVN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVxdWVzdFNlcmlhbGl6ZTogKHZhbHVlOiBHZXRFeHBvcnRSZXF1ZXN0KTogQnVmZmVyID0+IEJ1ZmZlci5mcm9tKEdldEV4cG9ydFJlcXVlc3QuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVxdWVzdERlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IEdldEV4cG9ydFJlcXVlc3QgPT4gR2V0RXhwb3J0UmVxdWVzdC5kZWNvZGUodmFsdWUpLFxuICAgIHJlc3BvbnNlU2VyaWFsaXplOiAodmFsdWU6IEdldEV4cG9ydFJlc3BvbnNlKTogQnVmZmVyID0+IEJ1ZmZlci5mcm9tKEdldEV4cG9ydFJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogR2V0RXhwb3J0UmVzcG9uc2UgPT4gR2V0RXhwb3J0UmVzcG9uc2UuZGVjb2RlKHZhbHVlKSxcbiAgfSxcbiAgLyoqXG4gICAqIExpc3RFeHBvcnRzIGxpc3RzIHRoZSBleHBvcnRzIG9mIG1hbmFnZWQgdm9sdW1lcywgb25lIHBhZ2UgYXQgYSB0aW1lLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgcGFnZSB0b2tlbiBvciBzaXplKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKGV4cG9ydHMgZGlzYWJsZWQpOyBVTkFWQUlMQUJMRTtcbiAgICogSU5URVJOQUwuXG4gICAqL1xuICBsaXN0RXhwb3J0czoge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5FeHBvcnRTZXJ2aWNlL0xpc3RFeHBvcnRzXCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogTGlzdEV4cG9ydHNSZXF1ZXN0KTogQnVmZmVyID0+IEJ1ZmZlci5mcm9tKExpc3RFeHBvcnRzUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogTGlzdEV4cG9ydHNSZXF1ZXN0ID0+IExpc3RFeHBvcnRzUmVxdWVzdC5kZWNvZGUodmFsdWUpLFxuICAgIHJlc3BvbnNlU2VyaWFsaXplOiAodmFsdWU6IExpc3RFeHBvcnRzUmVzcG9uc2UpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oTGlzdEV4cG9ydHNSZXNwb25zZS5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXNwb25zZURlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IExpc3RFeHBvcnRzUmVzcG9uc2UgPT4gTGlzdEV4cG9ydHNSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogVXBkYXRlRXhwb3J0IHJlcGxhY2VzIHRoZSBhbGxvd2VkIGluaXRpYXRvcnMgYW5kL29yIHR1cm5zIENIQVAgb24gb3Igb2ZmLlxuICAgKiBUdXJuaW5nIENIQVAgb24gcmV0dXJucyBuZXcgY3JlZGVudGlhbHMgb25jZTsgYXNraW5nIGZvciBDSEFQIHdoZW4gaXQgaXNcbiAgICogYWxyZWFkeSBvbiBrZWVwcyB0aGUgY3VycmVudCBjcmVkZW50aWFscyAodHVybiBpdCBvZmYgYW5kIG9uIHRvIHJvdGF0ZSkuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORCAodm9sdW1lIG1pc3Npbmcgb3Igbm90XG4gICAqIGV4cG9ydGVkKTsgUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKHZvbHVtZSBub3QgbWFuYWdlZCBvclxuICAgKiBub3QgYWN0aXZlLCBvciBleHBvcnRzIGRpc2FibGVkKTsgVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgdXBkYXRlRXhwb3J0OiB7XG4gICAgcGF0aDogXCIvbHZtY3RsLnYxLkV4cG9ydFNlcnZpY2UvVXBkYXRlRXhwb3J0XCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogVXBkYXRlRXhwb3J0UmVxdWVzdCk6IEJ1ZmZlciA9PiBCdWZmZXIuZnJvbShVcGRhdGVFeHBvcnRSZXF1ZXN0LmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlcXVlc3REZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBVcGRhdGVFeHBvcnRSZXF1ZXN0ID0+IFVwZGF0ZUV4cG9ydFJlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBVcGRhdGVFeHBvcnRSZXNwb25zZSk6IEJ1ZmZlciA9PlxuICAgICAgQnVmZmVyLmZyb20oVXBkYXRlRXhwb3J0UmVzcG9uc2UuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVzcG9uc2VEZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBVcGRhdGVFeHBvcnRSZXNwb25zZSA9PiBVcGRhdGVFeHBvcnRSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogRGVsZXRlRXhwb3J0IHJlbW92ZXMgYSB2b2x1bWUncyBleHBvcnQ7IHRoZSB2b2x1bWUgaXRzZWxmIHN0YXlzLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHVubGVzcyBgYWxsb3dfbWlzc2luZ2ApO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAodm9sdW1lIG5vdCBtYW5hZ2VkLCBvciBleHBvcnRzXG4gICAqIGRpc2FibGVkKTsgVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgZGVsZXRlRXhwb3J0OiB7XG4gICAgcGF0aDogXCIvbHZtY3RsLnYxLkV4cG9ydFNlcnZpY2UvRGVsZXRlRXhwb3J0XCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogRGVsZXRlRXhwb3J0UmVxdWVzdCk6IEJ1ZmZlciA9PiBCdWZmZXIuZnJvbShEZWxldGVFeHBvcnRSZXF1ZXN0LmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlcXVlc3REZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBEZWxldGVFeHBvcnRSZXF1ZXN0ID0+IERlbGV0ZUV4cG9ydFJlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBEZWxldGVFeHBvcnRSZXNwb25zZSk6IEJ1ZmZlciA9PlxuICAgICAgQnVmZmVyLmZyb20oRGVsZXRlRXhwb3J0UmVzcG9uc2UuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVzcG9uc2VEZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBEZWxldGVFeHBvcnRSZXNwb25zZSA9PiBEZWxldGVFeHBvcnRSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogUmVjb25jaWxlRXhwb3J0cyBjb21wYXJlcyBMSU8gd2l0aCB0aGUgZXhwb3J0IHN0YXRlIGluIHRoZSBMViB0YWdzIGFuZFxuICAgKiBjcmVhdGVzIHdoYXQgaXMgbWlzc2luZyBhbmQgcmVtb3ZlcyBvcnBoYW5zIHVuZGVyIGx2bWN0bCdzIElRTiBwcmVmaXguXG4gICAqIFdpdGggYGRyeV9ydW5gIGl0IG9ubHkgcmVwb3J0cyB0aGUgcGxhbi5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgRkFJTEVEX1BSRUNPTkRJVElPTiAoZXhwb3J0cyBkaXNhYmxlZCBvbiB0aGlzIGhvc3QpO1xuICAgKiBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICByZWNvbmNpbGVFeHBvcnRzOiB7XG4gICAgcGF0aDogXCIvbHZtY3RsLnYxLkV4cG9ydFNlcnZpY2UvUmVjb25jaWxlRXhwb3J0c1wiIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlc3BvbnNlU3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXF1ZXN0U2VyaWFsaXplOiAodmFsdWU6IFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0KTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogUmVjb25jaWxlRXhwb3J0c1JlcXVlc3QgPT4gUmVjb25jaWxlRXhwb3J0c1JlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UpOiBCdWZmZXIgPT5cbiAgICAgIEJ1ZmZlci5mcm9tKFJlY29uY2lsZUV4cG9ydHNSZXNwb25zZS5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXNwb25zZURlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IFJlY29uY2lsZUV4cG9ydHNSZXNwb25zZSA9PiBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UuZGVjb2RlKHZhbHVlKSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRXhwb3J0U2VydmljZVNlcnZlciBleHRlbmRzIFVudHlwZWRTZXJ2aWNlSW1wbGVtZW50YXRpb24ge1xuICAvKipcbiAgICogQ3JlYXRlRXhwb3J0IGV4cG9ydHMgYSBtYW5hZ2VkIHZvbHVtZS4gUmV0cnlpbmcgd2l0aCB0aGUgc2FtZSBpbml0aWF0b3JzXG4gICAqIGFuZCBDSEFQIHNldHRpbmcgcmV0dXJucyB0aGUgZXhpc3RpbmcgZXhwb3J0ICh3aXRob3V0IHRoZSBDSEFQIHNlY3JldCkuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBuYW1lIG9yIGluaXRpYXRvciBJUU4sIG5vXG4gICAqIGluaXRpYXRvcnMsIG5hbWVzIHRvbyBsb25nIGZvciBhIHRhcmdldCBJUU4pOyBOT1RfRk9VTkQgKHZvbHVtZSBtaXNzaW5nKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQgKHZvbHVtZSBncm91cCBub3QgY29uZmlndXJlZCk7IEZBSUxFRF9QUkVDT05ESVRJT05cbiAgICogKHZvbHVtZSBub3QgbWFuYWdlZCwgbm90IGFjdGl2ZSBvciBhIHRoaW4gcG9vbCwgb3IgZXhwb3J0cyBkaXNhYmxlZCBvblxuICAgKiB0aGlzIGhvc3QpOyBBTFJFQURZX0VYSVNUUyAoZXhwb3J0ZWQgd2l0aCBvdGhlciBzZXR0aW5nczogdXNlXG4gICAqIFVwZGF0ZUV4cG9ydCk7IFVOQVZBSUxBQkxFIChMSU8gb3IgdGFyZ2V0Y2xpIG5vdCB1c2FibGUsIG9yIExJTyBkaWQgbm90XG4gICAqIHJlYWNoIHRoZSB3YW50ZWQgc3RhdGU6IHRoZSB0YWdzIGFyZSB3cml0dGVuLCBhIHJldHJ5IG9yIHJlY29uY2lsZVxuICAgKiBjb21wbGV0ZXMgaXQpOyBJTlRFUk5BTC5cbiAgICovXG4gIGNyZWF0ZUV4cG9ydDogaGFuZGxlVW5hcnlDYWxsPENyZWF0ZUV4cG9ydFJlcXVlc3QsIENyZWF0ZUV4cG9ydFJlc3BvbnNlPjtcbiAgLyoqXG4gICAqIEdldEV4cG9ydCByZWFkcyBvbmUgZXhwb3J0LiBDSEFQIHNlY3JldHMgYXJlIG5ldmVyIHJldHVybmVkLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHZvbHVtZSBvciBleHBvcnRcbiAgICogbWlzc2luZyk7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OIChleHBvcnRzIGRpc2FibGVkKTtcbiAgICogVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgZ2V0RXhwb3J0OiBoYW5kbGVVbmFyeUNhbGw8R2V0RXhwb3J0UmVxdWVzdCwgR2V0RXhwb3J0UmVzcG9uc2U+O1xuICAvKipcbiAgICogTGlzdEV4cG9ydHMgbGlzdHMgdGhlIGV4cG9ydHMgb2YgbWFuYWdlZCB2b2x1bWVzLCBvbmUgcGFnZSBhdCBhIHRpbWUuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBwYWdlIHRva2VuIG9yIHNpemUpO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoZXhwb3J0cyBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFO1xuICAgKiBJTlRFUk5BTC5cbiAgICovXG4gIGxpc3RFeHBvcnRzOiBoYW5kbGVVbmFyeUNhbGw8TGlzdEV4cG9ydHNSZXF1ZXN0LCBMaXN0RXhwb3J0c1Jlc3BvbnNlPjtcbiAgLyoqXG4gICAqIFVwZGF0ZUV4cG9ydCByZXBsYWNlcyB0aGUgYWxsb3dlZCBpbml0aWF0b3JzIGFuZC9vciB0dXJucyBDSEFQIG9uIG9yIG9mZi5cbiAgICogVHVybmluZyBDSEFQIG9uIHJldHVybnMgbmV3IGNyZWRlbnRpYWxzIG9uY2U7IGFza2luZyBmb3IgQ0hBUCB3aGVuIGl0IGlzXG4gICAqIGFscmVhZHkgb24ga2VlcHMgdGhlIGN1cnJlbnQgY3JlZGVudGlhbHMgKHR1cm4gaXQgb2ZmIGFuZCBvbiB0byByb3RhdGUpLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHZvbHVtZSBtaXNzaW5nIG9yIG5vdFxuICAgKiBleHBvcnRlZCk7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OICh2b2x1bWUgbm90IG1hbmFnZWQgb3JcbiAgICogbm90IGFjdGl2ZSwgb3IgZXhwb3J0cyBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIHVwZGF0ZUV4cG9ydDogaGFuZGxlVW5hcnlDYWxsPFVwZGF0ZUV4cG9ydFJlcXVlc3QsIFVwZGF0ZUV4cG9ydFJlc3BvbnNlPjtcbiAgLyoqXG4gICAqIERlbGV0ZUV4cG9ydCByZW1vdmVzIGEgdm9sdW1lJ3MgZXhwb3J0OyB0aGUgdm9sdW1lIGl0c2VsZiBzdGF5cy5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVDsgTk9UX0ZPVU5EICh1bmxlc3MgYGFsbG93X21pc3NpbmdgKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKHZvbHVtZSBub3QgbWFuYWdlZCwgb3IgZXhwb3J0c1xuICAgKiBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGRlbGV0ZUV4cG9ydDogaGFuZGxlVW5hcnlDYWxsPERlbGV0ZUV4cG9ydFJlcXVlc3QsIERlbGV0ZUV4cG9ydFJlc3BvbnNlPjtcbiAgLyoqXG4gICAqIFJlY29uY2lsZUV4cG9ydHMgY29tcGFyZXMgTElPIHdpdGggdGhlIGV4cG9ydCBzdGF0ZSBpbiB0aGUgTFYgdGFncyBhbmRcbiAgICogY3JlYXRlcyB3aGF0IGlzIG1pc3NpbmcgYW5kIHJlbW92ZXMgb3JwaGFucyB1bmRlciBsdm1jdGwncyBJUU4gcHJlZml4LlxuICAgKiBXaXRoIGBkcnlfcnVuYCBpdCBvbmx5IHJlcG9ydHMgdGhlIHBsYW4uXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IEZBSUxFRF9QUkVDT05ESVRJT04gKGV4cG9ydHMgZGlzYWJsZWQgb24gdGhpcyBob3N0KTtcbiAgICogVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgcmVjb25jaWxlRXhwb3J0czogaGFuZGxlVW5hcnlDYWxsPFJlY29uY2lsZUV4cG9ydHNSZXF1ZXN0LCBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2U+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEV4cG9ydFNlcnZpY2VDbGllbnQgZXh0ZW5kcyBDbGllbnQge1xuICAvKipcbiAgICogQ3JlYXRlRXhwb3J0IGV4cG9ydHMgYSBtYW5hZ2VkIHZvbHVtZS4gUmV0cnlpbmcgd2l0aCB0aGUgc2FtZSBpbml0aWF0b3JzXG4gICAqIGFuZCBDSEFQIHNldHRpbmcgcmV0dXJucyB0aGUgZXhpc3RpbmcgZXhwb3J0ICh3aXRob3V0IHRoZSBDSEFQIHNlY3JldCkuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBuYW1lIG9yIGluaXRpYXRvciBJUU4sIG5vXG4gICAqIGluaXRpYXRvcnMsIG5hbWVzIHRvbyBsb25nIGZvciBhIHRhcmdldCBJUU4pOyBOT1RfRk9VTkQgKHZvbHVtZSBtaXNzaW5nKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQgKHZvbHVtZSBncm91cCBub3QgY29uZmlndXJlZCk7IEZBSUxFRF9QUkVDT05ESVRJT05cbiAgICogKHZvbHVtZSBub3QgbWFuYWdlZCwgbm90IGFjdGl2ZSBvciBhIHRoaW4gcG9vbCwgb3IgZXhwb3J0cyBkaXNhYmxlZCBvblxuICAgKiB0aGlzIGhvc3QpOyBBTFJFQURZX0VYSVNUUyAoZXhwb3J0ZWQgd2l0aCBvdGhlciBzZXR0aW5nczogdXNlXG4gICAqIFVwZGF0ZUV4cG9ydCk7IFVOQVZBSUxBQkxFIChMSU8gb3IgdGFyZ2V0Y2xpIG5vdCB1c2FibGUsIG9yIExJTyBkaWQgbm90XG4gICAqIHJlYWNoIHRoZSB3YW50ZWQgc3RhdGU6IHRoZSB0YWdzIGFyZSB3cml0dGVuLCBhIHJldHJ5IG9yIHJlY29uY2lsZVxuICAgKiBjb21wbGV0ZXMgaXQpOyBJTlRFUk5BTC5cbiAgICovXG4gIGNyZWF0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBDcmVhdGVFeHBvcnRSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBDcmVhdGVFeHBvcnRSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBjcmVhdGVFeHBvcnQoXG4gICAgcmVxdWVzdDogQ3JlYXRlRXhwb3J0UmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IENyZWF0ZUV4cG9ydFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGNyZWF0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBDcmVhdGVFeHBvcnRSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogQ3JlYXRlRXhwb3J0UmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIEdldEV4cG9ydCByZWFkcyBvbmUgZXhwb3J0LiBDSEFQIHNlY3JldHMgYXJlIG5ldmVyIHJldHVybmVkLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHZvbHVtZSBvciBleHBvcnRcbiAgICogbWlzc2luZyk7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OIChleHBvcnRzIGRpc2FibGVkKTtcbiAgICogVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgZ2V0RXhwb3J0KFxuICAgIHJlcXVlc3Q6IEdldEV4cG9ydFJlcXVlc3QsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IEdldEV4cG9ydFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGdldEV4cG9ydChcbiAgICByZXF1ZXN0OiBHZXRFeHBvcnRSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogR2V0RXhwb3J0UmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgZ2V0RXhwb3J0KFxuICAgIHJlcXVlc3Q6IEdldEV4cG9ydFJlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIG9wdGlvbnM6IFBhcnRpYWw8Q2FsbE9wdGlvbnM+LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBHZXRFeHBvcnRSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICAvKipcbiAgICogTGlzdEV4cG9ydHMgbGlzdHMgdGhlIGV4cG9ydHMgb2YgbWFuYWdlZCB2b2x1bWVzLCBvbmUgcGFnZSBhdCBhIHRpbWUuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBwYWdlIHRva2VuIG9yIHNpemUpO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoZXhwb3J0cyBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFO1xuICAgKiBJTlRFUk5BTC5cbiAgICovXG4gIGxpc3RFeHBvcnRzKFxuICAgIHJlcXVlc3Q6IExpc3RFeHBvcnRzUmVxdWVzdCxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogTGlzdEV4cG9ydHNSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBsaXN0RXhwb3J0cyhcbiAgICByZXF1ZXN0OiBMaXN0RXhwb3J0c1JlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBMaXN0RXhwb3J0c1Jlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGxpc3RFeHBvcnRzKFxuICAgIHJlcXVlc3Q6IExpc3RFeHBvcnRzUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgb3B0aW9uczogUGFydGlhbDxDYWxsT3B0aW9ucz4sXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IExpc3RFeHBvcnRzUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIFVwZGF0ZUV4cG9ydCByZXBsYWNlcyB0aGUgYWxsb3dlZCBpbml0aWF0b3JzIGFuZC9vciB0dXJucyBDSEFQIG9uIG9yIG9mZi5cbiAgICogVHVybmluZyBDSEFQIG9uIHJldHVybnMgbmV3IGNyZWRlbnRpYWxzIG9uY2U7IGFza2luZyBmb3IgQ0hBUCB3aGVuIGl0IGlzXG4gICAqIGFscmVhZHkgb24ga2VlcHMgdGhlIGN1cnJlbnQgY3JlZGVudGlhbHMgKHR1cm4gaXQgb2ZmIGFuZCBvbiB0byByb3RhdGUpLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHZvbHVtZSBtaXNzaW5nIG9yIG5vdFxuICAgKiBleHBvcnRlZCk7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OICh2b2x1bWUgbm90IG1hbmFnZWQgb3JcbiAgICogbm90IGFjdGl2ZSwgb3IgZXhwb3J0cyBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIHVwZGF0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBVcGRhdGVFeHBvcnRSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBVcGRhdGVFeHBvcnRSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICB1cGRhdGVFeHBvcnQoXG4gICAgcmVxdWVzdDogVXBkYXRlRXhwb3J0UmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IFVwZGF0ZUV4cG9ydFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIHVwZGF0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBVcGRhdGVFeHBvcnRSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogVXBkYXRlRXhwb3J0UmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIERlbGV0ZUV4cG9ydCByZW1vdmVzIGEgdm9sdW1lJ3MgZXhwb3J0OyB0aGUgdm9sdW1lIGl0c2VsZiBzdGF5cy5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVDsgTk9UX0ZPVU5EICh1bmxlc3MgYGFsbG93X21pc3NpbmdgKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKHZvbHVtZSBub3QgbWFuYWdlZCwgb3IgZXhwb3J0c1xuICAgKiBkaXNhYmxlZCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGRlbGV0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBEZWxldGVFeHBvcnRSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBEZWxldGVFeHBvcnRSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBkZWxldGVFeHBvcnQoXG4gICAgcmVxdWVzdDogRGVsZXRlRXhwb3J0UmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IERlbGV0ZUV4cG9ydFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGRlbGV0ZUV4cG9ydChcbiAgICByZXF1ZXN0OiBEZWxldGVFeHBvcnRSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogRGVsZXRlRXhwb3J0UmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIFJlY29uY2lsZUV4cG9ydHMgY29tcGFyZXMgTElPIHdpdGggdGhlIGV4cG9ydCBzdGF0ZSBpbiB0aGUgTFYgdGFncyBhbmRcbiAgICogY3JlYXRlcyB3aGF0IGlzIG1pc3NpbmcgYW5kIHJlbW92ZXMgb3JwaGFucyB1bmRlciBsdm1jdGwncyBJUU4gcHJlZml4LlxuICAgKiBXaXRoIGBkcnlfcnVuYCBpdCBvbmx5IHJlcG9ydHMgdGhlIHBsYW4uXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IEZBSUxFRF9QUkVDT05ESVRJT04gKGV4cG9ydHMgZGlzYWJsZWQgb24gdGhpcyBob3N0KTtcbiAgICogVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgcmVjb25jaWxlRXhwb3J0cyhcbiAgICByZXF1ZXN0OiBSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogUmVjb25jaWxlRXhwb3J0c1Jlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIHJlY29uY2lsZUV4cG9ydHMoXG4gICAgcmVxdWVzdDogUmVjb25jaWxlRXhwb3J0c1JlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBSZWNvbmNpbGVFeHBvcnRzUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgcmVjb25jaWxlRXhwb3J0cyhcbiAgICByZXF1ZXN0OiBSZWNvbmNpbGVFeHBvcnRzUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgb3B0aW9uczogUGFydGlhbDxDYWxsT3B0aW9ucz4sXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IFJlY29uY2lsZUV4cG9ydHNSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xufVxuXG5leHBvcnQgY29uc3QgRXhwb3J0U2VydmljZUNsaWVudCA9IG1ha2VHZW5lcmljQ2xpZW50Q29uc3RydWN0b3IoXG4gIEV4cG9ydFNlcnZpY2VTZXJ2aWNlLFxuICBcImx2bWN0bC52MS5FeHBvcnRTZXJ2aWNlXCIsXG4pIGFzIHVua25vd24gYXMge1xuICBuZXcgKGFkZHJlc3M6IHN0cmluZywgY3JlZGVudGlhbHM6IENoYW5uZWxDcmVkZW50aWFscywgb3B0aW9ucz86IFBhcnRpYWw8Q2xpZW50T3B0aW9ucz4pOiBFeHBvcnRTZXJ2aWNlQ2xpZW50O1xuICBzZXJ2aWNlOiB0eXBlb2YgRXhwb3J0U2VydmljZVNlcnZpY2U7XG4gIHNlcnZpY2VOYW1lOiBzdHJpbmc7XG59O1xuXG50eXBlIEJ1aWx0aW4gPSBEYXRlIHwgRnVuY3Rpb24gfCBVaW50OEFycmF5IHwgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IGJpZ2ludCB8IHVuZGVmaW5lZDtcblxuZXhwb3J0IHR5cGUgRGVlcFBhcnRpYWw8VD4gPSBUIGV4dGVuZHMgYmlnaW50ID8gc3RyaW5nIHwgbnVtYmVyIHwgYmlnaW50XG4gIDogVCBleHRlbmRzIEJ1aWx0aW4gPyBUIDogVCBleHRlbmRzIGdsb2JhbFRoaXMuQXJyYXk8aW5mZXIgVT4gPyBnbG9iYWxUaGlzLkFycmF5PERlZXBQYXJ0aWFsPFU+PlxuICA6IFQgZXh0ZW5kcyBSZWFkb25seUFycmF5PGluZmVyIFU+ID8gUmVhZG9ubHlBcnJheTxEZWVwUGFydGlhbDxVPj5cbiAgOiBUIGV4dGVuZHMge30gPyB7IFtLIGluIGtleW9mIFRdPzogRGVlcFBhcnRpYWw8VFtLXT4gfVxuICA6IFBhcnRpYWw8VD47XG5cbnR5cGUgS2V5c09mVW5pb248VD4gPSBUIGV4dGVuZHMgVCA/IGtleW9mIFQgOiBuZXZlcjtcbmV4cG9ydCB0eXBlIEV4YWN0PFAsIEkgZXh0ZW5kcyBQPiA9IFAgZXh0ZW5kcyBCdWlsdGluID8gUFxuICA6IFAgJiB7IFtLIGluIGtleW9mIFBdOiBFeGFjdDxQW0tdLCBJW0tdPiB9ICYgeyBbSyBpbiBFeGNsdWRlPGtleW9mIEksIEtleXNPZlVuaW9uPFA+Pl06IG5ldmVyIH07XG5cbmZ1bmN0aW9uIGlzU2V0KHZhbHVlOiBhbnkpOiBib29sZWFuIHtcbiAgcmV0dXJuIHZhbHVlICE9PSBudWxsICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVzc2FnZUZuczxUPiB7XG4gIGVuY29kZShtZXNzYWdlOiBULCB3cml0ZXI/OiBCaW5hcnlXcml0ZXIpOiBCaW5hcnlXcml0ZXI7XG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogVDtcbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBUO1xuICB0b0pTT04obWVzc2FnZTogVCk6IHVua25vd247XG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8VD4sIEk+PihiYXNlPzogSSk6IFQ7XG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxUPiwgST4+KG9iamVjdDogSSk6IFQ7XG59XG4iLCAiLy8gQ29kZSBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi10c19wcm90by4gRE8gTk9UIEVESVQuXG4vLyB2ZXJzaW9uczpcbi8vICAgcHJvdG9jLWdlbi10c19wcm90byAgdjIuMTguMFxuLy8gICBwcm90b2MgICAgICAgICAgICAgICB1bmtub3duXG4vLyBzb3VyY2U6IGx2bWN0bC92MS92b2x1bWUucHJvdG9cblxuLyogZXNsaW50LWRpc2FibGUgKi9cbmltcG9ydCB7IEJpbmFyeVJlYWRlciwgQmluYXJ5V3JpdGVyIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi93aXJlXCI7XG5pbXBvcnQge1xuICB0eXBlIENhbGxPcHRpb25zLFxuICB0eXBlIENoYW5uZWxDcmVkZW50aWFscyxcbiAgQ2xpZW50LFxuICB0eXBlIENsaWVudE9wdGlvbnMsXG4gIHR5cGUgQ2xpZW50VW5hcnlDYWxsLFxuICB0eXBlIGhhbmRsZVVuYXJ5Q2FsbCxcbiAgbWFrZUdlbmVyaWNDbGllbnRDb25zdHJ1Y3RvcixcbiAgdHlwZSBNZXRhZGF0YSxcbiAgdHlwZSBTZXJ2aWNlRXJyb3IsXG4gIHR5cGUgVW50eXBlZFNlcnZpY2VJbXBsZW1lbnRhdGlvbixcbn0gZnJvbSBcIkBncnBjL2dycGMtanNcIjtcblxuZXhwb3J0IGNvbnN0IHByb3RvYnVmUGFja2FnZSA9IFwibHZtY3RsLnYxXCI7XG5cbmV4cG9ydCBjb25zdCBwcm90b2J1ZkZpbGVOYW1lID0gXCJsdm1jdGwvdjEvdm9sdW1lLnByb3RvXCI7XG5cbi8qKiBWb2x1bWUgaXMgYSBsb2dpY2FsIHZvbHVtZSBhcyByZWFkIGJhY2sgZnJvbSBMVk0uICovXG5leHBvcnQgaW50ZXJmYWNlIFZvbHVtZSB7XG4gIC8qKiBMViBuYW1lLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBWb2x1bWUgZ3JvdXAgdGhhdCBob2xkcyB0aGUgTFYuICovXG4gIHZvbHVtZUdyb3VwOiBzdHJpbmc7XG4gIC8qKiBBY3R1YWwgc2l6ZSBpbiBieXRlcywgYWZ0ZXIgcm91bmRpbmcgdXAgdG8gd2hvbGUgZXh0ZW50cy4gKi9cbiAgc2l6ZUJ5dGVzOiBiaWdpbnQ7XG4gIC8qKiBUaGluIHBvb2wgb2YgYSB0aGluIHZvbHVtZTsgZW1wdHkgZm9yIGEgbGluZWFyIHZvbHVtZS4gKi9cbiAgcG9vbDogc3RyaW5nO1xuICAvKiogT3JpZ2luIExWIG9mIGEgc25hcHNob3Q7IGVtcHR5IG90aGVyd2lzZS4gKi9cbiAgb3JpZ2luOiBzdHJpbmc7XG4gIC8qKiBEZXZpY2UgcGF0aCwgZS5nLiAvZGV2L3ZnMC9kYXRhIChleGlzdHMgb25seSB3aGlsZSB0aGUgTFYgaXMgYWN0aXZlKS4gKi9cbiAgZGV2aWNlUGF0aDogc3RyaW5nO1xuICAvKiogTFZNJ3MgdXVpZCBvZiB0aGUgTFYuICovXG4gIHV1aWQ6IHN0cmluZztcbiAgLyoqIExWTSdzIGx2X2F0dHIgc3RyaW5nLCBlLmcuIFwiLXdpLWEtLS0tLVwiLiAqL1xuICBhdHRyaWJ1dGVzOiBzdHJpbmc7XG4gIC8qKiBXaGV0aGVyIHRoZSBMViBpcyBhY3RpdmUgb24gdGhpcyBob3N0LiAqL1xuICBhY3RpdmU6IGJvb2xlYW47XG4gIC8qKiBDcmVhdGlvbiB0aW1lIGluIFJGQyAzMzM5IGZvcm0sIGFzIHJlY29yZGVkIGJ5IExWTS4gKi9cbiAgY3JlYXRlVGltZTogc3RyaW5nO1xuICAvKiogQWxsIExWIHRhZ3MsIGluY2x1ZGluZyBsdm1jdGwncyBvd24uICovXG4gIHRhZ3M6IHN0cmluZ1tdO1xuICAvKipcbiAgICogUGVyY2VudGFnZSBvZiBhIHRoaW4gdm9sdW1lJ3Mgb3Igc25hcHNob3QncyBkYXRhIHNwYWNlIGluIHVzZTsgdW5zZXQgZm9yXG4gICAqIGxpbmVhciB2b2x1bWVzIG9yIHdoZW4gdGhlIExWIGlzIG5vdCBhY3RpdmUuXG4gICAqL1xuICBkYXRhUGVyY2VudD86XG4gICAgfCBudW1iZXJcbiAgICB8IHVuZGVmaW5lZDtcbiAgLyoqIFdoZXRoZXIgdGhlIExWIGNhcnJpZXMgdGhlIG93bmVyc2hpcCB0YWcgYGx2bWN0bC5tYW5hZ2VkYC4gKi9cbiAgbWFuYWdlZDogYm9vbGVhbjtcbn1cblxuLyoqIENyZWF0ZVZvbHVtZVJlcXVlc3QgYXNrcyBmb3IgYSBuZXcgdm9sdW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDcmVhdGVWb2x1bWVSZXF1ZXN0IHtcbiAgLyoqXG4gICAqIExWIG5hbWU6IGxldHRlcnMsIGRpZ2l0cyBhbmQgYCtfLi1gLCBub3Qgc3RhcnRpbmcgd2l0aCBgLWAsIGF0IG1vc3QgMTI3XG4gICAqIGNoYXJhY3RlcnMsIG5vbmUgb2YgTFZNJ3MgcmVzZXJ2ZWQgbmFtZXMgb3Igc3Vic3RyaW5ncy5cbiAgICovXG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgdGhlIGRhZW1vbidzIGRlZmF1bHQgdm9sdW1lIGdyb3VwLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogVGhpbiBwb29sIGluIHRoYXQgdm9sdW1lIGdyb3VwOyBlbXB0eSBtZWFucyBhIGxpbmVhciB2b2x1bWUuICovXG4gIHBvb2w6IHN0cmluZztcbiAgLyoqIFJlcXVlc3RlZCBzaXplIGluIGJ5dGVzOyByb3VuZGVkIHVwIHRvIHdob2xlIGV4dGVudHMuICovXG4gIHNpemVCeXRlczogYmlnaW50O1xufVxuXG4vKiogQ3JlYXRlVm9sdW1lUmVzcG9uc2UgcmV0dXJucyB0aGUgY3JlYXRlZCAob3IgYWxyZWFkeSBleGlzdGluZykgdm9sdW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDcmVhdGVWb2x1bWVSZXNwb25zZSB7XG4gIC8qKiBUaGUgdm9sdW1lIGFzIHJlYWQgYmFjayBmcm9tIExWTS4gKi9cbiAgdm9sdW1lOiBWb2x1bWUgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBHZXRWb2x1bWVSZXF1ZXN0IG5hbWVzIG9uZSB2b2x1bWUuICovXG5leHBvcnQgaW50ZXJmYWNlIEdldFZvbHVtZVJlcXVlc3Qge1xuICAvKiogTFYgbmFtZS4gKi9cbiAgbmFtZTogc3RyaW5nO1xuICAvKiogVm9sdW1lIGdyb3VwOyBlbXB0eSBtZWFucyB0aGUgZGFlbW9uJ3MgZGVmYXVsdCB2b2x1bWUgZ3JvdXAuICovXG4gIHZvbHVtZUdyb3VwOiBzdHJpbmc7XG59XG5cbi8qKiBHZXRWb2x1bWVSZXNwb25zZSByZXR1cm5zIG9uZSB2b2x1bWUuICovXG5leHBvcnQgaW50ZXJmYWNlIEdldFZvbHVtZVJlc3BvbnNlIHtcbiAgLyoqIFRoZSB2b2x1bWUgYXMgcmVhZCBmcm9tIExWTS4gKi9cbiAgdm9sdW1lOiBWb2x1bWUgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBMaXN0Vm9sdW1lc1JlcXVlc3Qgc2VsZWN0cyB2b2x1bWVzIGFuZCBhIHBhZ2UuICovXG5leHBvcnQgaW50ZXJmYWNlIExpc3RWb2x1bWVzUmVxdWVzdCB7XG4gIC8qKiBPbmx5IHRoaXMgdm9sdW1lIGdyb3VwOyBlbXB0eSBtZWFucyBhbGwgY29uZmlndXJlZCB2b2x1bWUgZ3JvdXBzLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogTWF4aW11bSBudW1iZXIgb2Ygdm9sdW1lcyBpbiBvbmUgcGFnZSAoMCBtZWFucyAxMDA7IGF0IG1vc3QgMTAwMCkuICovXG4gIHBhZ2VTaXplOiBudW1iZXI7XG4gIC8qKiBUb2tlbiBmcm9tIGEgcHJldmlvdXMgcmVzcG9uc2UncyBgbmV4dF9wYWdlX3Rva2VuYDsgZW1wdHkgZm9yIHRoZSBmaXJzdCBwYWdlLiAqL1xuICBwYWdlVG9rZW46IHN0cmluZztcbiAgLyoqIEFsc28gbGlzdCBMVnMgd2l0aG91dCB0aGUgb3duZXJzaGlwIHRhZyAodGhleSBzdGF5IHJlYWQtb25seSkuICovXG4gIGluY2x1ZGVVbm1hbmFnZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBMaXN0Vm9sdW1lc1Jlc3BvbnNlIGhvbGRzIG9uZSBwYWdlIG9mIHZvbHVtZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIExpc3RWb2x1bWVzUmVzcG9uc2Uge1xuICAvKiogVGhlIHZvbHVtZXMgb2YgdGhpcyBwYWdlLCBvcmRlcmVkIGJ5IHZvbHVtZSBncm91cCB0aGVuIG5hbWUuICovXG4gIHZvbHVtZXM6IFZvbHVtZVtdO1xuICAvKiogVG9rZW4gZm9yIHRoZSBuZXh0IHBhZ2U7IGVtcHR5IG9uIHRoZSBsYXN0IHBhZ2UuICovXG4gIG5leHRQYWdlVG9rZW46IHN0cmluZztcbn1cblxuLyoqIFJlc2l6ZVZvbHVtZVJlcXVlc3QgYXNrcyBmb3IgYSB2b2x1bWUgdG8gZ3Jvdy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzaXplVm9sdW1lUmVxdWVzdCB7XG4gIC8qKiBMViBuYW1lLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBWb2x1bWUgZ3JvdXA7IGVtcHR5IG1lYW5zIHRoZSBkYWVtb24ncyBkZWZhdWx0IHZvbHVtZSBncm91cC4gKi9cbiAgdm9sdW1lR3JvdXA6IHN0cmluZztcbiAgLyoqIE5ldyBzaXplIGluIGJ5dGVzOyByb3VuZGVkIHVwIHRvIHdob2xlIGV4dGVudHM7IG5ldmVyIHNtYWxsZXIgdGhhbiBub3cuICovXG4gIHNpemVCeXRlczogYmlnaW50O1xufVxuXG4vKiogUmVzaXplVm9sdW1lUmVzcG9uc2UgcmV0dXJucyB0aGUgcmVzaXplZCB2b2x1bWUuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc2l6ZVZvbHVtZVJlc3BvbnNlIHtcbiAgLyoqIFRoZSB2b2x1bWUgYXMgcmVhZCBiYWNrIGZyb20gTFZNLiAqL1xuICB2b2x1bWU6IFZvbHVtZSB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIERlbGV0ZVZvbHVtZVJlcXVlc3QgbmFtZXMgdGhlIHZvbHVtZSB0byBkZWxldGUuICovXG5leHBvcnQgaW50ZXJmYWNlIERlbGV0ZVZvbHVtZVJlcXVlc3Qge1xuICAvKiogTFYgbmFtZS4gKi9cbiAgbmFtZTogc3RyaW5nO1xuICAvKiogVm9sdW1lIGdyb3VwOyBlbXB0eSBtZWFucyB0aGUgZGFlbW9uJ3MgZGVmYXVsdCB2b2x1bWUgZ3JvdXAuICovXG4gIHZvbHVtZUdyb3VwOiBzdHJpbmc7XG4gIC8qKiBSZXR1cm4gT0sgaW5zdGVhZCBvZiBOT1RfRk9VTkQgd2hlbiB0aGUgdm9sdW1lIGRvZXMgbm90IGV4aXN0LiAqL1xuICBhbGxvd01pc3Npbmc6IGJvb2xlYW47XG4gIC8qKiBSZW1vdmUgdGhlIHZvbHVtZSdzIGlTQ1NJIGV4cG9ydCBmaXJzdCBpbnN0ZWFkIG9mIHJlZnVzaW5nLiAqL1xuICBmb3JjZTogYm9vbGVhbjtcbn1cblxuLyoqIERlbGV0ZVZvbHVtZVJlc3BvbnNlIGlzIGVtcHR5OyBPSyBtZWFucyB0aGUgdm9sdW1lIGlzIGdvbmUuICovXG5leHBvcnQgaW50ZXJmYWNlIERlbGV0ZVZvbHVtZVJlc3BvbnNlIHtcbn1cblxuLyoqIENyZWF0ZVNuYXBzaG90UmVxdWVzdCBhc2tzIGZvciBhIHNuYXBzaG90IG9mIGEgbWFuYWdlZCB2b2x1bWUuICovXG5leHBvcnQgaW50ZXJmYWNlIENyZWF0ZVNuYXBzaG90UmVxdWVzdCB7XG4gIC8qKiBOYW1lIG9mIHRoZSBuZXcgc25hcHNob3QgTFYuICovXG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFZvbHVtZSBncm91cDsgZW1wdHkgbWVhbnMgdGhlIGRhZW1vbidzIGRlZmF1bHQgdm9sdW1lIGdyb3VwLiAqL1xuICB2b2x1bWVHcm91cDogc3RyaW5nO1xuICAvKiogTmFtZSBvZiB0aGUgc291cmNlIExWIGluIHRoZSBzYW1lIHZvbHVtZSBncm91cC4gKi9cbiAgc291cmNlTmFtZTogc3RyaW5nO1xuICAvKipcbiAgICogQ29weS1vbi13cml0ZSBzcGFjZSBpbiBieXRlcyBmb3IgYSB0aGljayBzbmFwc2hvdDsgbXVzdCBiZSAwIGZvciBhIHRoaW5cbiAgICogc291cmNlICh0aGluIHNuYXBzaG90cyBzaGFyZSB0aGUgcG9vbCkuXG4gICAqL1xuICBzaXplQnl0ZXM6IGJpZ2ludDtcbn1cblxuLyoqIENyZWF0ZVNuYXBzaG90UmVzcG9uc2UgcmV0dXJucyB0aGUgc25hcHNob3QuICovXG5leHBvcnQgaW50ZXJmYWNlIENyZWF0ZVNuYXBzaG90UmVzcG9uc2Uge1xuICAvKiogVGhlIHNuYXBzaG90IGFzIHJlYWQgYmFjayBmcm9tIExWTS4gKi9cbiAgc25hcHNob3Q6IFZvbHVtZSB8IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gY3JlYXRlQmFzZVZvbHVtZSgpOiBWb2x1bWUge1xuICByZXR1cm4ge1xuICAgIG5hbWU6IFwiXCIsXG4gICAgdm9sdW1lR3JvdXA6IFwiXCIsXG4gICAgc2l6ZUJ5dGVzOiAwbixcbiAgICBwb29sOiBcIlwiLFxuICAgIG9yaWdpbjogXCJcIixcbiAgICBkZXZpY2VQYXRoOiBcIlwiLFxuICAgIHV1aWQ6IFwiXCIsXG4gICAgYXR0cmlidXRlczogXCJcIixcbiAgICBhY3RpdmU6IGZhbHNlLFxuICAgIGNyZWF0ZVRpbWU6IFwiXCIsXG4gICAgdGFnczogW10sXG4gICAgZGF0YVBlcmNlbnQ6IHVuZGVmaW5lZCxcbiAgICBtYW5hZ2VkOiBmYWxzZSxcbiAgfTtcbn1cblxuZXhwb3J0IGNvbnN0IFZvbHVtZTogTWVzc2FnZUZuczxWb2x1bWU+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogVm9sdW1lLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2UubmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIGlmIChCaWdJbnQuYXNVaW50Tig2NCwgbWVzc2FnZS5zaXplQnl0ZXMpICE9PSBtZXNzYWdlLnNpemVCeXRlcykge1xuICAgICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInZhbHVlIHByb3ZpZGVkIGZvciBmaWVsZCBtZXNzYWdlLnNpemVCeXRlcyBvZiB0eXBlIHVpbnQ2NCB0b28gbGFyZ2VcIik7XG4gICAgICB9XG4gICAgICB3cml0ZXIudWludDMyKDI0KS51aW50NjQobWVzc2FnZS5zaXplQnl0ZXMpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wb29sICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDM0KS5zdHJpbmcobWVzc2FnZS5wb29sKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uub3JpZ2luICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDQyKS5zdHJpbmcobWVzc2FnZS5vcmlnaW4pO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5kZXZpY2VQYXRoICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDUwKS5zdHJpbmcobWVzc2FnZS5kZXZpY2VQYXRoKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UudXVpZCAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMig1OCkuc3RyaW5nKG1lc3NhZ2UudXVpZCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmF0dHJpYnV0ZXMgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoNjYpLnN0cmluZyhtZXNzYWdlLmF0dHJpYnV0ZXMpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5hY3RpdmUgIT09IGZhbHNlKSB7XG4gICAgICB3cml0ZXIudWludDMyKDcyKS5ib29sKG1lc3NhZ2UuYWN0aXZlKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuY3JlYXRlVGltZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMig4Mikuc3RyaW5nKG1lc3NhZ2UuY3JlYXRlVGltZSk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgdiBvZiBtZXNzYWdlLnRhZ3MpIHtcbiAgICAgIHdyaXRlci51aW50MzIoOTApLnN0cmluZyh2ISk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmRhdGFQZXJjZW50ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHdyaXRlci51aW50MzIoOTcpLmRvdWJsZShtZXNzYWdlLmRhdGFQZXJjZW50KTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UubWFuYWdlZCAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTA0KS5ib29sKG1lc3NhZ2UubWFuYWdlZCk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBWb2x1bWUge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VWb2x1bWUoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLm5hbWUgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxOCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDM6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDI0KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnNpemVCeXRlcyA9IHJlYWRlci51aW50NjQoKSBhcyBiaWdpbnQ7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSA0OiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAzNCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wb29sID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNDIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uub3JpZ2luID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZGV2aWNlUGF0aCA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDc6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDU4KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnV1aWQgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSA4OiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSA2Nikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5hdHRyaWJ1dGVzID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgOToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNzIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuYWN0aXZlID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDEwOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSA4Mikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5jcmVhdGVUaW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMTE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDkwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnRhZ3MucHVzaChyZWFkZXIuc3RyaW5nKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMTI6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDk3KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmRhdGFQZXJjZW50ID0gcmVhZGVyLmRvdWJsZSgpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMTM6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwNCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5tYW5hZ2VkID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogVm9sdW1lIHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZTogaXNTZXQob2JqZWN0Lm5hbWUpID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm5hbWUpIDogXCJcIixcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgc2l6ZUJ5dGVzOiBpc1NldChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5zaXplX2J5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZV9ieXRlcylcbiAgICAgICAgOiAwbixcbiAgICAgIHBvb2w6IGlzU2V0KG9iamVjdC5wb29sKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5wb29sKSA6IFwiXCIsXG4gICAgICBvcmlnaW46IGlzU2V0KG9iamVjdC5vcmlnaW4pID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm9yaWdpbikgOiBcIlwiLFxuICAgICAgZGV2aWNlUGF0aDogaXNTZXQob2JqZWN0LmRldmljZVBhdGgpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LmRldmljZVBhdGgpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LmRldmljZV9wYXRoKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5kZXZpY2VfcGF0aClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgdXVpZDogaXNTZXQob2JqZWN0LnV1aWQpID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnV1aWQpIDogXCJcIixcbiAgICAgIGF0dHJpYnV0ZXM6IGlzU2V0KG9iamVjdC5hdHRyaWJ1dGVzKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5hdHRyaWJ1dGVzKSA6IFwiXCIsXG4gICAgICBhY3RpdmU6IGlzU2V0KG9iamVjdC5hY3RpdmUpID8gZ2xvYmFsVGhpcy5Cb29sZWFuKG9iamVjdC5hY3RpdmUpIDogZmFsc2UsXG4gICAgICBjcmVhdGVUaW1lOiBpc1NldChvYmplY3QuY3JlYXRlVGltZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QuY3JlYXRlVGltZSlcbiAgICAgICAgOiBpc1NldChvYmplY3QuY3JlYXRlX3RpbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LmNyZWF0ZV90aW1lKVxuICAgICAgICA6IFwiXCIsXG4gICAgICB0YWdzOiBnbG9iYWxUaGlzLkFycmF5LmlzQXJyYXkob2JqZWN0Py50YWdzKVxuICAgICAgICA/IG9iamVjdC50YWdzLm1hcCgoZTogYW55KSA9PiBnbG9iYWxUaGlzLlN0cmluZyhlKSlcbiAgICAgICAgOiBbXSxcbiAgICAgIGRhdGFQZXJjZW50OiBpc1NldChvYmplY3QuZGF0YVBlcmNlbnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LmRhdGFQZXJjZW50KVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5kYXRhX3BlcmNlbnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LmRhdGFfcGVyY2VudClcbiAgICAgICAgOiB1bmRlZmluZWQsXG4gICAgICBtYW5hZ2VkOiBpc1NldChvYmplY3QubWFuYWdlZCkgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0Lm1hbmFnZWQpIDogZmFsc2UsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogVm9sdW1lKTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS5uYW1lICE9PSBcIlwiKSB7XG4gICAgICBvYmoubmFtZSA9IG1lc3NhZ2UubmFtZTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIG9iai52b2x1bWVHcm91cCA9IG1lc3NhZ2Uudm9sdW1lR3JvdXA7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIG9iai5zaXplQnl0ZXMgPSBtZXNzYWdlLnNpemVCeXRlcy50b1N0cmluZygpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wb29sICE9PSBcIlwiKSB7XG4gICAgICBvYmoucG9vbCA9IG1lc3NhZ2UucG9vbDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uub3JpZ2luICE9PSBcIlwiKSB7XG4gICAgICBvYmoub3JpZ2luID0gbWVzc2FnZS5vcmlnaW47XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmRldmljZVBhdGggIT09IFwiXCIpIHtcbiAgICAgIG9iai5kZXZpY2VQYXRoID0gbWVzc2FnZS5kZXZpY2VQYXRoO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS51dWlkICE9PSBcIlwiKSB7XG4gICAgICBvYmoudXVpZCA9IG1lc3NhZ2UudXVpZDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuYXR0cmlidXRlcyAhPT0gXCJcIikge1xuICAgICAgb2JqLmF0dHJpYnV0ZXMgPSBtZXNzYWdlLmF0dHJpYnV0ZXM7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmFjdGl2ZSAhPT0gZmFsc2UpIHtcbiAgICAgIG9iai5hY3RpdmUgPSBtZXNzYWdlLmFjdGl2ZTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuY3JlYXRlVGltZSAhPT0gXCJcIikge1xuICAgICAgb2JqLmNyZWF0ZVRpbWUgPSBtZXNzYWdlLmNyZWF0ZVRpbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnRhZ3M/Lmxlbmd0aCkge1xuICAgICAgb2JqLnRhZ3MgPSBtZXNzYWdlLnRhZ3M7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmRhdGFQZXJjZW50ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIG9iai5kYXRhUGVyY2VudCA9IGZsb2F0VG9Kc29uKG1lc3NhZ2UuZGF0YVBlcmNlbnQpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5tYW5hZ2VkICE9PSBmYWxzZSkge1xuICAgICAgb2JqLm1hbmFnZWQgPSBtZXNzYWdlLm1hbmFnZWQ7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxWb2x1bWU+LCBJPj4oYmFzZT86IEkpOiBWb2x1bWUge1xuICAgIHJldHVybiBWb2x1bWUuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxWb2x1bWU+LCBJPj4ob2JqZWN0OiBJKTogVm9sdW1lIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZVZvbHVtZSgpO1xuICAgIG1lc3NhZ2UubmFtZSA9IG9iamVjdC5uYW1lID8/IFwiXCI7XG4gICAgbWVzc2FnZS52b2x1bWVHcm91cCA9IG9iamVjdC52b2x1bWVHcm91cCA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gKG9iamVjdC5zaXplQnl0ZXMgIT09IHVuZGVmaW5lZCAmJiBvYmplY3Quc2l6ZUJ5dGVzICE9PSBudWxsKSA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKSA6IDBuO1xuICAgIG1lc3NhZ2UucG9vbCA9IG9iamVjdC5wb29sID8/IFwiXCI7XG4gICAgbWVzc2FnZS5vcmlnaW4gPSBvYmplY3Qub3JpZ2luID8/IFwiXCI7XG4gICAgbWVzc2FnZS5kZXZpY2VQYXRoID0gb2JqZWN0LmRldmljZVBhdGggPz8gXCJcIjtcbiAgICBtZXNzYWdlLnV1aWQgPSBvYmplY3QudXVpZCA/PyBcIlwiO1xuICAgIG1lc3NhZ2UuYXR0cmlidXRlcyA9IG9iamVjdC5hdHRyaWJ1dGVzID8/IFwiXCI7XG4gICAgbWVzc2FnZS5hY3RpdmUgPSBvYmplY3QuYWN0aXZlID8/IGZhbHNlO1xuICAgIG1lc3NhZ2UuY3JlYXRlVGltZSA9IG9iamVjdC5jcmVhdGVUaW1lID8/IFwiXCI7XG4gICAgbWVzc2FnZS50YWdzID0gb2JqZWN0LnRhZ3M/Lm1hcCgoZSkgPT4gZSkgfHwgW107XG4gICAgbWVzc2FnZS5kYXRhUGVyY2VudCA9IG9iamVjdC5kYXRhUGVyY2VudCA/PyB1bmRlZmluZWQ7XG4gICAgbWVzc2FnZS5tYW5hZ2VkID0gb2JqZWN0Lm1hbmFnZWQgPz8gZmFsc2U7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlQ3JlYXRlVm9sdW1lUmVxdWVzdCgpOiBDcmVhdGVWb2x1bWVSZXF1ZXN0IHtcbiAgcmV0dXJuIHsgbmFtZTogXCJcIiwgdm9sdW1lR3JvdXA6IFwiXCIsIHBvb2w6IFwiXCIsIHNpemVCeXRlczogMG4gfTtcbn1cblxuZXhwb3J0IGNvbnN0IENyZWF0ZVZvbHVtZVJlcXVlc3Q6IE1lc3NhZ2VGbnM8Q3JlYXRlVm9sdW1lUmVxdWVzdD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBDcmVhdGVWb2x1bWVSZXF1ZXN0LCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2UubmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnBvb2wgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMjYpLnN0cmluZyhtZXNzYWdlLnBvb2wpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5zaXplQnl0ZXMgIT09IDBuKSB7XG4gICAgICBpZiAoQmlnSW50LmFzVWludE4oNjQsIG1lc3NhZ2Uuc2l6ZUJ5dGVzKSAhPT0gbWVzc2FnZS5zaXplQnl0ZXMpIHtcbiAgICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJ2YWx1ZSBwcm92aWRlZCBmb3IgZmllbGQgbWVzc2FnZS5zaXplQnl0ZXMgb2YgdHlwZSB1aW50NjQgdG9vIGxhcmdlXCIpO1xuICAgICAgfVxuICAgICAgd3JpdGVyLnVpbnQzMigzMikudWludDY0KG1lc3NhZ2Uuc2l6ZUJ5dGVzKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IENyZWF0ZVZvbHVtZVJlcXVlc3Qge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVWb2x1bWVSZXF1ZXN0KCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5uYW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAzOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAyNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wb29sID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNDoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMzIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gcmVhZGVyLnVpbnQ2NCgpIGFzIGJpZ2ludDtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogQ3JlYXRlVm9sdW1lUmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG5hbWU6IGlzU2V0KG9iamVjdC5uYW1lKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5uYW1lKSA6IFwiXCIsXG4gICAgICB2b2x1bWVHcm91cDogaXNTZXQob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgIDogXCJcIixcbiAgICAgIHBvb2w6IGlzU2V0KG9iamVjdC5wb29sKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5wb29sKSA6IFwiXCIsXG4gICAgICBzaXplQnl0ZXM6IGlzU2V0KG9iamVjdC5zaXplQnl0ZXMpXG4gICAgICAgID8gQmlnSW50KG9iamVjdC5zaXplQnl0ZXMpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnNpemVfYnl0ZXMpXG4gICAgICAgID8gQmlnSW50KG9iamVjdC5zaXplX2J5dGVzKVxuICAgICAgICA6IDBuLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IENyZWF0ZVZvbHVtZVJlcXVlc3QpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLm5hbWUgIT09IFwiXCIpIHtcbiAgICAgIG9iai5uYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gbWVzc2FnZS52b2x1bWVHcm91cDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UucG9vbCAhPT0gXCJcIikge1xuICAgICAgb2JqLnBvb2wgPSBtZXNzYWdlLnBvb2w7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIG9iai5zaXplQnl0ZXMgPSBtZXNzYWdlLnNpemVCeXRlcy50b1N0cmluZygpO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlVm9sdW1lUmVxdWVzdD4sIEk+PihiYXNlPzogSSk6IENyZWF0ZVZvbHVtZVJlcXVlc3Qge1xuICAgIHJldHVybiBDcmVhdGVWb2x1bWVSZXF1ZXN0LmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlVm9sdW1lUmVxdWVzdD4sIEk+PihvYmplY3Q6IEkpOiBDcmVhdGVWb2x1bWVSZXF1ZXN0IHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUNyZWF0ZVZvbHVtZVJlcXVlc3QoKTtcbiAgICBtZXNzYWdlLm5hbWUgPSBvYmplY3QubmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnBvb2wgPSBvYmplY3QucG9vbCA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gKG9iamVjdC5zaXplQnl0ZXMgIT09IHVuZGVmaW5lZCAmJiBvYmplY3Quc2l6ZUJ5dGVzICE9PSBudWxsKSA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKSA6IDBuO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUNyZWF0ZVZvbHVtZVJlc3BvbnNlKCk6IENyZWF0ZVZvbHVtZVJlc3BvbnNlIHtcbiAgcmV0dXJuIHsgdm9sdW1lOiB1bmRlZmluZWQgfTtcbn1cblxuZXhwb3J0IGNvbnN0IENyZWF0ZVZvbHVtZVJlc3BvbnNlOiBNZXNzYWdlRm5zPENyZWF0ZVZvbHVtZVJlc3BvbnNlPiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IENyZWF0ZVZvbHVtZVJlc3BvbnNlLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIFZvbHVtZS5lbmNvZGUobWVzc2FnZS52b2x1bWUsIHdyaXRlci51aW50MzIoMTApLmZvcmsoKSkuam9pbigpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogQ3JlYXRlVm9sdW1lUmVzcG9uc2Uge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVWb2x1bWVSZXNwb25zZSgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lID0gVm9sdW1lLmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IENyZWF0ZVZvbHVtZVJlc3BvbnNlIHtcbiAgICByZXR1cm4geyB2b2x1bWU6IGlzU2V0KG9iamVjdC52b2x1bWUpID8gVm9sdW1lLmZyb21KU09OKG9iamVjdC52b2x1bWUpIDogdW5kZWZpbmVkIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IENyZWF0ZVZvbHVtZVJlc3BvbnNlKTogdW5rbm93biB7XG4gICAgY29uc3Qgb2JqOiBhbnkgPSB7fTtcbiAgICBpZiAobWVzc2FnZS52b2x1bWUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgb2JqLnZvbHVtZSA9IFZvbHVtZS50b0pTT04obWVzc2FnZS52b2x1bWUpO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlVm9sdW1lUmVzcG9uc2U+LCBJPj4oYmFzZT86IEkpOiBDcmVhdGVWb2x1bWVSZXNwb25zZSB7XG4gICAgcmV0dXJuIENyZWF0ZVZvbHVtZVJlc3BvbnNlLmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlVm9sdW1lUmVzcG9uc2U+LCBJPj4ob2JqZWN0OiBJKTogQ3JlYXRlVm9sdW1lUmVzcG9uc2Uge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ3JlYXRlVm9sdW1lUmVzcG9uc2UoKTtcbiAgICBtZXNzYWdlLnZvbHVtZSA9IChvYmplY3Qudm9sdW1lICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LnZvbHVtZSAhPT0gbnVsbClcbiAgICAgID8gVm9sdW1lLmZyb21QYXJ0aWFsKG9iamVjdC52b2x1bWUpXG4gICAgICA6IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VHZXRWb2x1bWVSZXF1ZXN0KCk6IEdldFZvbHVtZVJlcXVlc3Qge1xuICByZXR1cm4geyBuYW1lOiBcIlwiLCB2b2x1bWVHcm91cDogXCJcIiB9O1xufVxuXG5leHBvcnQgY29uc3QgR2V0Vm9sdW1lUmVxdWVzdDogTWVzc2FnZUZuczxHZXRWb2x1bWVSZXF1ZXN0PiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IEdldFZvbHVtZVJlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5uYW1lICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS5uYW1lKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZUdyb3VwKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IEdldFZvbHVtZVJlcXVlc3Qge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VHZXRWb2x1bWVSZXF1ZXN0KCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5uYW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IEdldFZvbHVtZVJlcXVlc3Qge1xuICAgIHJldHVybiB7XG4gICAgICBuYW1lOiBpc1NldChvYmplY3QubmFtZSkgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QubmFtZSkgOiBcIlwiLFxuICAgICAgdm9sdW1lR3JvdXA6IGlzU2V0KG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA6IFwiXCIsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogR2V0Vm9sdW1lUmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLm5hbWUgPSBtZXNzYWdlLm5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lR3JvdXAgPSBtZXNzYWdlLnZvbHVtZUdyb3VwO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lUmVxdWVzdD4sIEk+PihiYXNlPzogSSk6IEdldFZvbHVtZVJlcXVlc3Qge1xuICAgIHJldHVybiBHZXRWb2x1bWVSZXF1ZXN0LmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lUmVxdWVzdD4sIEk+PihvYmplY3Q6IEkpOiBHZXRWb2x1bWVSZXF1ZXN0IHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldFZvbHVtZVJlcXVlc3QoKTtcbiAgICBtZXNzYWdlLm5hbWUgPSBvYmplY3QubmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VHZXRWb2x1bWVSZXNwb25zZSgpOiBHZXRWb2x1bWVSZXNwb25zZSB7XG4gIHJldHVybiB7IHZvbHVtZTogdW5kZWZpbmVkIH07XG59XG5cbmV4cG9ydCBjb25zdCBHZXRWb2x1bWVSZXNwb25zZTogTWVzc2FnZUZuczxHZXRWb2x1bWVSZXNwb25zZT4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBHZXRWb2x1bWVSZXNwb25zZSwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBWb2x1bWUuZW5jb2RlKG1lc3NhZ2Uudm9sdW1lLCB3cml0ZXIudWludDMyKDEwKS5mb3JrKCkpLmpvaW4oKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IEdldFZvbHVtZVJlc3BvbnNlIHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlR2V0Vm9sdW1lUmVzcG9uc2UoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZSA9IFZvbHVtZS5kZWNvZGUocmVhZGVyLCByZWFkZXIudWludDMyKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBHZXRWb2x1bWVSZXNwb25zZSB7XG4gICAgcmV0dXJuIHsgdm9sdW1lOiBpc1NldChvYmplY3Qudm9sdW1lKSA/IFZvbHVtZS5mcm9tSlNPTihvYmplY3Qudm9sdW1lKSA6IHVuZGVmaW5lZCB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBHZXRWb2x1bWVSZXNwb25zZSk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIG9iai52b2x1bWUgPSBWb2x1bWUudG9KU09OKG1lc3NhZ2Uudm9sdW1lKTtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEdldFZvbHVtZVJlc3BvbnNlPiwgST4+KGJhc2U/OiBJKTogR2V0Vm9sdW1lUmVzcG9uc2Uge1xuICAgIHJldHVybiBHZXRWb2x1bWVSZXNwb25zZS5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPEdldFZvbHVtZVJlc3BvbnNlPiwgST4+KG9iamVjdDogSSk6IEdldFZvbHVtZVJlc3BvbnNlIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldFZvbHVtZVJlc3BvbnNlKCk7XG4gICAgbWVzc2FnZS52b2x1bWUgPSAob2JqZWN0LnZvbHVtZSAhPT0gdW5kZWZpbmVkICYmIG9iamVjdC52b2x1bWUgIT09IG51bGwpXG4gICAgICA/IFZvbHVtZS5mcm9tUGFydGlhbChvYmplY3Qudm9sdW1lKVxuICAgICAgOiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlTGlzdFZvbHVtZXNSZXF1ZXN0KCk6IExpc3RWb2x1bWVzUmVxdWVzdCB7XG4gIHJldHVybiB7IHZvbHVtZUdyb3VwOiBcIlwiLCBwYWdlU2l6ZTogMCwgcGFnZVRva2VuOiBcIlwiLCBpbmNsdWRlVW5tYW5hZ2VkOiBmYWxzZSB9O1xufVxuXG5leHBvcnQgY29uc3QgTGlzdFZvbHVtZXNSZXF1ZXN0OiBNZXNzYWdlRm5zPExpc3RWb2x1bWVzUmVxdWVzdD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBMaXN0Vm9sdW1lc1JlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2Uudm9sdW1lR3JvdXApO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wYWdlU2l6ZSAhPT0gMCkge1xuICAgICAgd3JpdGVyLnVpbnQzMigxNikuaW50MzIobWVzc2FnZS5wYWdlU2l6ZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnBhZ2VUb2tlbiAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigyNikuc3RyaW5nKG1lc3NhZ2UucGFnZVRva2VuKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuaW5jbHVkZVVubWFuYWdlZCAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMzIpLmJvb2wobWVzc2FnZS5pbmNsdWRlVW5tYW5hZ2VkKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IExpc3RWb2x1bWVzUmVxdWVzdCB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RWb2x1bWVzUmVxdWVzdCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wYWdlU2l6ZSA9IHJlYWRlci5pbnQzMigpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjYpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UucGFnZVRva2VuID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNDoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMzIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuaW5jbHVkZVVubWFuYWdlZCA9IHJlYWRlci5ib29sKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IExpc3RWb2x1bWVzUmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgcGFnZVNpemU6IGlzU2V0KG9iamVjdC5wYWdlU2l6ZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLk51bWJlcihvYmplY3QucGFnZVNpemUpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnBhZ2Vfc2l6ZSlcbiAgICAgICAgPyBnbG9iYWxUaGlzLk51bWJlcihvYmplY3QucGFnZV9zaXplKVxuICAgICAgICA6IDAsXG4gICAgICBwYWdlVG9rZW46IGlzU2V0KG9iamVjdC5wYWdlVG9rZW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnBhZ2VUb2tlbilcbiAgICAgICAgOiBpc1NldChvYmplY3QucGFnZV90b2tlbilcbiAgICAgICAgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QucGFnZV90b2tlbilcbiAgICAgICAgOiBcIlwiLFxuICAgICAgaW5jbHVkZVVubWFuYWdlZDogaXNTZXQob2JqZWN0LmluY2x1ZGVVbm1hbmFnZWQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5Cb29sZWFuKG9iamVjdC5pbmNsdWRlVW5tYW5hZ2VkKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5pbmNsdWRlX3VubWFuYWdlZClcbiAgICAgICAgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0LmluY2x1ZGVfdW5tYW5hZ2VkKVxuICAgICAgICA6IGZhbHNlLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IExpc3RWb2x1bWVzUmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIG9iai52b2x1bWVHcm91cCA9IG1lc3NhZ2Uudm9sdW1lR3JvdXA7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnBhZ2VTaXplICE9PSAwKSB7XG4gICAgICBvYmoucGFnZVNpemUgPSBNYXRoLnJvdW5kKG1lc3NhZ2UucGFnZVNpemUpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wYWdlVG9rZW4gIT09IFwiXCIpIHtcbiAgICAgIG9iai5wYWdlVG9rZW4gPSBtZXNzYWdlLnBhZ2VUb2tlbjtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuaW5jbHVkZVVubWFuYWdlZCAhPT0gZmFsc2UpIHtcbiAgICAgIG9iai5pbmNsdWRlVW5tYW5hZ2VkID0gbWVzc2FnZS5pbmNsdWRlVW5tYW5hZ2VkO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8TGlzdFZvbHVtZXNSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogTGlzdFZvbHVtZXNSZXF1ZXN0IHtcbiAgICByZXR1cm4gTGlzdFZvbHVtZXNSZXF1ZXN0LmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8TGlzdFZvbHVtZXNSZXF1ZXN0PiwgST4+KG9iamVjdDogSSk6IExpc3RWb2x1bWVzUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VMaXN0Vm9sdW1lc1JlcXVlc3QoKTtcbiAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gb2JqZWN0LnZvbHVtZUdyb3VwID8/IFwiXCI7XG4gICAgbWVzc2FnZS5wYWdlU2l6ZSA9IG9iamVjdC5wYWdlU2l6ZSA/PyAwO1xuICAgIG1lc3NhZ2UucGFnZVRva2VuID0gb2JqZWN0LnBhZ2VUb2tlbiA/PyBcIlwiO1xuICAgIG1lc3NhZ2UuaW5jbHVkZVVubWFuYWdlZCA9IG9iamVjdC5pbmNsdWRlVW5tYW5hZ2VkID8/IGZhbHNlO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUxpc3RWb2x1bWVzUmVzcG9uc2UoKTogTGlzdFZvbHVtZXNSZXNwb25zZSB7XG4gIHJldHVybiB7IHZvbHVtZXM6IFtdLCBuZXh0UGFnZVRva2VuOiBcIlwiIH07XG59XG5cbmV4cG9ydCBjb25zdCBMaXN0Vm9sdW1lc1Jlc3BvbnNlOiBNZXNzYWdlRm5zPExpc3RWb2x1bWVzUmVzcG9uc2U+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogTGlzdFZvbHVtZXNSZXNwb25zZSwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGZvciAoY29uc3QgdiBvZiBtZXNzYWdlLnZvbHVtZXMpIHtcbiAgICAgIFZvbHVtZS5lbmNvZGUodiEsIHdyaXRlci51aW50MzIoMTApLmZvcmsoKSkuam9pbigpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5uZXh0UGFnZVRva2VuICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS5uZXh0UGFnZVRva2VuKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IExpc3RWb2x1bWVzUmVzcG9uc2Uge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VMaXN0Vm9sdW1lc1Jlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS52b2x1bWVzLnB1c2goVm9sdW1lLmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UubmV4dFBhZ2VUb2tlbiA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogTGlzdFZvbHVtZXNSZXNwb25zZSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZXM6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LnZvbHVtZXMpID8gb2JqZWN0LnZvbHVtZXMubWFwKChlOiBhbnkpID0+IFZvbHVtZS5mcm9tSlNPTihlKSkgOiBbXSxcbiAgICAgIG5leHRQYWdlVG9rZW46IGlzU2V0KG9iamVjdC5uZXh0UGFnZVRva2VuKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5uZXh0UGFnZVRva2VuKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5uZXh0X3BhZ2VfdG9rZW4pXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm5leHRfcGFnZV90b2tlbilcbiAgICAgICAgOiBcIlwiLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IExpc3RWb2x1bWVzUmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZXM/Lmxlbmd0aCkge1xuICAgICAgb2JqLnZvbHVtZXMgPSBtZXNzYWdlLnZvbHVtZXMubWFwKChlKSA9PiBWb2x1bWUudG9KU09OKGUpKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UubmV4dFBhZ2VUb2tlbiAhPT0gXCJcIikge1xuICAgICAgb2JqLm5leHRQYWdlVG9rZW4gPSBtZXNzYWdlLm5leHRQYWdlVG9rZW47XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0Vm9sdW1lc1Jlc3BvbnNlPiwgST4+KGJhc2U/OiBJKTogTGlzdFZvbHVtZXNSZXNwb25zZSB7XG4gICAgcmV0dXJuIExpc3RWb2x1bWVzUmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0Vm9sdW1lc1Jlc3BvbnNlPiwgST4+KG9iamVjdDogSSk6IExpc3RWb2x1bWVzUmVzcG9uc2Uge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlTGlzdFZvbHVtZXNSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lcyA9IG9iamVjdC52b2x1bWVzPy5tYXAoKGUpID0+IFZvbHVtZS5mcm9tUGFydGlhbChlKSkgfHwgW107XG4gICAgbWVzc2FnZS5uZXh0UGFnZVRva2VuID0gb2JqZWN0Lm5leHRQYWdlVG9rZW4gPz8gXCJcIjtcbiAgICByZXR1cm4gbWVzc2FnZTtcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGNyZWF0ZUJhc2VSZXNpemVWb2x1bWVSZXF1ZXN0KCk6IFJlc2l6ZVZvbHVtZVJlcXVlc3Qge1xuICByZXR1cm4geyBuYW1lOiBcIlwiLCB2b2x1bWVHcm91cDogXCJcIiwgc2l6ZUJ5dGVzOiAwbiB9O1xufVxuXG5leHBvcnQgY29uc3QgUmVzaXplVm9sdW1lUmVxdWVzdDogTWVzc2FnZUZuczxSZXNpemVWb2x1bWVSZXF1ZXN0PiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IFJlc2l6ZVZvbHVtZVJlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5uYW1lICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS5uYW1lKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZUdyb3VwKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uuc2l6ZUJ5dGVzICE9PSAwbikge1xuICAgICAgaWYgKEJpZ0ludC5hc1VpbnROKDY0LCBtZXNzYWdlLnNpemVCeXRlcykgIT09IG1lc3NhZ2Uuc2l6ZUJ5dGVzKSB7XG4gICAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwidmFsdWUgcHJvdmlkZWQgZm9yIGZpZWxkIG1lc3NhZ2Uuc2l6ZUJ5dGVzIG9mIHR5cGUgdWludDY0IHRvbyBsYXJnZVwiKTtcbiAgICAgIH1cbiAgICAgIHdyaXRlci51aW50MzIoMjQpLnVpbnQ2NChtZXNzYWdlLnNpemVCeXRlcyk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBSZXNpemVWb2x1bWVSZXF1ZXN0IHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlUmVzaXplVm9sdW1lUmVxdWVzdCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UubmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDI6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDE4KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjQpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gcmVhZGVyLnVpbnQ2NCgpIGFzIGJpZ2ludDtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogUmVzaXplVm9sdW1lUmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG5hbWU6IGlzU2V0KG9iamVjdC5uYW1lKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5uYW1lKSA6IFwiXCIsXG4gICAgICB2b2x1bWVHcm91cDogaXNTZXQob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgIDogXCJcIixcbiAgICAgIHNpemVCeXRlczogaXNTZXQob2JqZWN0LnNpemVCeXRlcylcbiAgICAgICAgPyBCaWdJbnQob2JqZWN0LnNpemVCeXRlcylcbiAgICAgICAgOiBpc1NldChvYmplY3Quc2l6ZV9ieXRlcylcbiAgICAgICAgPyBCaWdJbnQob2JqZWN0LnNpemVfYnl0ZXMpXG4gICAgICAgIDogMG4sXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogUmVzaXplVm9sdW1lUmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLm5hbWUgPSBtZXNzYWdlLm5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lR3JvdXAgPSBtZXNzYWdlLnZvbHVtZUdyb3VwO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5zaXplQnl0ZXMgIT09IDBuKSB7XG4gICAgICBvYmouc2l6ZUJ5dGVzID0gbWVzc2FnZS5zaXplQnl0ZXMudG9TdHJpbmcoKTtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFJlc2l6ZVZvbHVtZVJlcXVlc3Q+LCBJPj4oYmFzZT86IEkpOiBSZXNpemVWb2x1bWVSZXF1ZXN0IHtcbiAgICByZXR1cm4gUmVzaXplVm9sdW1lUmVxdWVzdC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFJlc2l6ZVZvbHVtZVJlcXVlc3Q+LCBJPj4ob2JqZWN0OiBJKTogUmVzaXplVm9sdW1lUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VSZXNpemVWb2x1bWVSZXF1ZXN0KCk7XG4gICAgbWVzc2FnZS5uYW1lID0gb2JqZWN0Lm5hbWUgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gb2JqZWN0LnZvbHVtZUdyb3VwID8/IFwiXCI7XG4gICAgbWVzc2FnZS5zaXplQnl0ZXMgPSAob2JqZWN0LnNpemVCeXRlcyAhPT0gdW5kZWZpbmVkICYmIG9iamVjdC5zaXplQnl0ZXMgIT09IG51bGwpID8gQmlnSW50KG9iamVjdC5zaXplQnl0ZXMpIDogMG47XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlUmVzaXplVm9sdW1lUmVzcG9uc2UoKTogUmVzaXplVm9sdW1lUmVzcG9uc2Uge1xuICByZXR1cm4geyB2b2x1bWU6IHVuZGVmaW5lZCB9O1xufVxuXG5leHBvcnQgY29uc3QgUmVzaXplVm9sdW1lUmVzcG9uc2U6IE1lc3NhZ2VGbnM8UmVzaXplVm9sdW1lUmVzcG9uc2U+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogUmVzaXplVm9sdW1lUmVzcG9uc2UsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS52b2x1bWUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgVm9sdW1lLmVuY29kZShtZXNzYWdlLnZvbHVtZSwgd3JpdGVyLnVpbnQzMigxMCkuZm9yaygpKS5qb2luKCk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBSZXNpemVWb2x1bWVSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZVJlc2l6ZVZvbHVtZVJlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS52b2x1bWUgPSBWb2x1bWUuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogUmVzaXplVm9sdW1lUmVzcG9uc2Uge1xuICAgIHJldHVybiB7IHZvbHVtZTogaXNTZXQob2JqZWN0LnZvbHVtZSkgPyBWb2x1bWUuZnJvbUpTT04ob2JqZWN0LnZvbHVtZSkgOiB1bmRlZmluZWQgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogUmVzaXplVm9sdW1lUmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnZvbHVtZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBvYmoudm9sdW1lID0gVm9sdW1lLnRvSlNPTihtZXNzYWdlLnZvbHVtZSk7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxSZXNpemVWb2x1bWVSZXNwb25zZT4sIEk+PihiYXNlPzogSSk6IFJlc2l6ZVZvbHVtZVJlc3BvbnNlIHtcbiAgICByZXR1cm4gUmVzaXplVm9sdW1lUmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxSZXNpemVWb2x1bWVSZXNwb25zZT4sIEk+PihvYmplY3Q6IEkpOiBSZXNpemVWb2x1bWVSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VSZXNpemVWb2x1bWVSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lID0gKG9iamVjdC52b2x1bWUgIT09IHVuZGVmaW5lZCAmJiBvYmplY3Qudm9sdW1lICE9PSBudWxsKVxuICAgICAgPyBWb2x1bWUuZnJvbVBhcnRpYWwob2JqZWN0LnZvbHVtZSlcbiAgICAgIDogdW5kZWZpbmVkO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZURlbGV0ZVZvbHVtZVJlcXVlc3QoKTogRGVsZXRlVm9sdW1lUmVxdWVzdCB7XG4gIHJldHVybiB7IG5hbWU6IFwiXCIsIHZvbHVtZUdyb3VwOiBcIlwiLCBhbGxvd01pc3Npbmc6IGZhbHNlLCBmb3JjZTogZmFsc2UgfTtcbn1cblxuZXhwb3J0IGNvbnN0IERlbGV0ZVZvbHVtZVJlcXVlc3Q6IE1lc3NhZ2VGbnM8RGVsZXRlVm9sdW1lUmVxdWVzdD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBEZWxldGVWb2x1bWVSZXF1ZXN0LCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2UubmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDE4KS5zdHJpbmcobWVzc2FnZS52b2x1bWVHcm91cCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmFsbG93TWlzc2luZyAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMjQpLmJvb2wobWVzc2FnZS5hbGxvd01pc3NpbmcpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5mb3JjZSAhPT0gZmFsc2UpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMzIpLmJvb2wobWVzc2FnZS5mb3JjZSk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBEZWxldGVWb2x1bWVSZXF1ZXN0IHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlRGVsZXRlVm9sdW1lUmVxdWVzdCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UubmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDI6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDE4KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjQpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuYWxsb3dNaXNzaW5nID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDQ6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDMyKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmZvcmNlID0gcmVhZGVyLmJvb2woKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogRGVsZXRlVm9sdW1lUmVxdWVzdCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG5hbWU6IGlzU2V0KG9iamVjdC5uYW1lKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5uYW1lKSA6IFwiXCIsXG4gICAgICB2b2x1bWVHcm91cDogaXNTZXQob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVHcm91cClcbiAgICAgICAgOiBpc1NldChvYmplY3Qudm9sdW1lX2dyb3VwKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgIDogXCJcIixcbiAgICAgIGFsbG93TWlzc2luZzogaXNTZXQob2JqZWN0LmFsbG93TWlzc2luZylcbiAgICAgICAgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0LmFsbG93TWlzc2luZylcbiAgICAgICAgOiBpc1NldChvYmplY3QuYWxsb3dfbWlzc2luZylcbiAgICAgICAgPyBnbG9iYWxUaGlzLkJvb2xlYW4ob2JqZWN0LmFsbG93X21pc3NpbmcpXG4gICAgICAgIDogZmFsc2UsXG4gICAgICBmb3JjZTogaXNTZXQob2JqZWN0LmZvcmNlKSA/IGdsb2JhbFRoaXMuQm9vbGVhbihvYmplY3QuZm9yY2UpIDogZmFsc2UsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogRGVsZXRlVm9sdW1lUmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLm5hbWUgPSBtZXNzYWdlLm5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnZvbHVtZUdyb3VwICE9PSBcIlwiKSB7XG4gICAgICBvYmoudm9sdW1lR3JvdXAgPSBtZXNzYWdlLnZvbHVtZUdyb3VwO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5hbGxvd01pc3NpbmcgIT09IGZhbHNlKSB7XG4gICAgICBvYmouYWxsb3dNaXNzaW5nID0gbWVzc2FnZS5hbGxvd01pc3Npbmc7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmZvcmNlICE9PSBmYWxzZSkge1xuICAgICAgb2JqLmZvcmNlID0gbWVzc2FnZS5mb3JjZTtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZVZvbHVtZVJlcXVlc3Q+LCBJPj4oYmFzZT86IEkpOiBEZWxldGVWb2x1bWVSZXF1ZXN0IHtcbiAgICByZXR1cm4gRGVsZXRlVm9sdW1lUmVxdWVzdC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZVZvbHVtZVJlcXVlc3Q+LCBJPj4ob2JqZWN0OiBJKTogRGVsZXRlVm9sdW1lUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VEZWxldGVWb2x1bWVSZXF1ZXN0KCk7XG4gICAgbWVzc2FnZS5uYW1lID0gb2JqZWN0Lm5hbWUgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gb2JqZWN0LnZvbHVtZUdyb3VwID8/IFwiXCI7XG4gICAgbWVzc2FnZS5hbGxvd01pc3NpbmcgPSBvYmplY3QuYWxsb3dNaXNzaW5nID8/IGZhbHNlO1xuICAgIG1lc3NhZ2UuZm9yY2UgPSBvYmplY3QuZm9yY2UgPz8gZmFsc2U7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlRGVsZXRlVm9sdW1lUmVzcG9uc2UoKTogRGVsZXRlVm9sdW1lUmVzcG9uc2Uge1xuICByZXR1cm4ge307XG59XG5cbmV4cG9ydCBjb25zdCBEZWxldGVWb2x1bWVSZXNwb25zZTogTWVzc2FnZUZuczxEZWxldGVWb2x1bWVSZXNwb25zZT4gPSB7XG4gIGVuY29kZShfOiBEZWxldGVWb2x1bWVSZXNwb25zZSwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBEZWxldGVWb2x1bWVSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZURlbGV0ZVZvbHVtZVJlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihfOiBhbnkpOiBEZWxldGVWb2x1bWVSZXNwb25zZSB7XG4gICAgcmV0dXJuIHt9O1xuICB9LFxuXG4gIHRvSlNPTihfOiBEZWxldGVWb2x1bWVSZXNwb25zZSk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZVZvbHVtZVJlc3BvbnNlPiwgST4+KGJhc2U/OiBJKTogRGVsZXRlVm9sdW1lUmVzcG9uc2Uge1xuICAgIHJldHVybiBEZWxldGVWb2x1bWVSZXNwb25zZS5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPERlbGV0ZVZvbHVtZVJlc3BvbnNlPiwgST4+KF86IEkpOiBEZWxldGVWb2x1bWVSZXNwb25zZSB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VEZWxldGVWb2x1bWVSZXNwb25zZSgpO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUNyZWF0ZVNuYXBzaG90UmVxdWVzdCgpOiBDcmVhdGVTbmFwc2hvdFJlcXVlc3Qge1xuICByZXR1cm4geyBuYW1lOiBcIlwiLCB2b2x1bWVHcm91cDogXCJcIiwgc291cmNlTmFtZTogXCJcIiwgc2l6ZUJ5dGVzOiAwbiB9O1xufVxuXG5leHBvcnQgY29uc3QgQ3JlYXRlU25hcHNob3RSZXF1ZXN0OiBNZXNzYWdlRm5zPENyZWF0ZVNuYXBzaG90UmVxdWVzdD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBDcmVhdGVTbmFwc2hvdFJlcXVlc3QsIHdyaXRlcjogQmluYXJ5V3JpdGVyID0gbmV3IEJpbmFyeVdyaXRlcigpKTogQmluYXJ5V3JpdGVyIHtcbiAgICBpZiAobWVzc2FnZS5uYW1lICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDEwKS5zdHJpbmcobWVzc2FnZS5uYW1lKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTgpLnN0cmluZyhtZXNzYWdlLnZvbHVtZUdyb3VwKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uuc291cmNlTmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigyNikuc3RyaW5nKG1lc3NhZ2Uuc291cmNlTmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIGlmIChCaWdJbnQuYXNVaW50Tig2NCwgbWVzc2FnZS5zaXplQnl0ZXMpICE9PSBtZXNzYWdlLnNpemVCeXRlcykge1xuICAgICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInZhbHVlIHByb3ZpZGVkIGZvciBmaWVsZCBtZXNzYWdlLnNpemVCeXRlcyBvZiB0eXBlIHVpbnQ2NCB0b28gbGFyZ2VcIik7XG4gICAgICB9XG4gICAgICB3cml0ZXIudWludDMyKDMyKS51aW50NjQobWVzc2FnZS5zaXplQnl0ZXMpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogQ3JlYXRlU25hcHNob3RSZXF1ZXN0IHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ3JlYXRlU25hcHNob3RSZXF1ZXN0KCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5uYW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAzOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAyNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5zb3VyY2VOYW1lID0gcmVhZGVyLnN0cmluZygpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNDoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMzIpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gcmVhZGVyLnVpbnQ2NCgpIGFzIGJpZ2ludDtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogQ3JlYXRlU25hcHNob3RSZXF1ZXN0IHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZTogaXNTZXQob2JqZWN0Lm5hbWUpID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm5hbWUpIDogXCJcIixcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiBcIlwiLFxuICAgICAgc291cmNlTmFtZTogaXNTZXQob2JqZWN0LnNvdXJjZU5hbWUpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0LnNvdXJjZU5hbWUpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LnNvdXJjZV9uYW1lKVxuICAgICAgICA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC5zb3VyY2VfbmFtZSlcbiAgICAgICAgOiBcIlwiLFxuICAgICAgc2l6ZUJ5dGVzOiBpc1NldChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5zaXplX2J5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZV9ieXRlcylcbiAgICAgICAgOiAwbixcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBDcmVhdGVTbmFwc2hvdFJlcXVlc3QpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLm5hbWUgIT09IFwiXCIpIHtcbiAgICAgIG9iai5uYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS52b2x1bWVHcm91cCAhPT0gXCJcIikge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gbWVzc2FnZS52b2x1bWVHcm91cDtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2Uuc291cmNlTmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLnNvdXJjZU5hbWUgPSBtZXNzYWdlLnNvdXJjZU5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIG9iai5zaXplQnl0ZXMgPSBtZXNzYWdlLnNpemVCeXRlcy50b1N0cmluZygpO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlU25hcHNob3RSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogQ3JlYXRlU25hcHNob3RSZXF1ZXN0IHtcbiAgICByZXR1cm4gQ3JlYXRlU25hcHNob3RSZXF1ZXN0LmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8Q3JlYXRlU25hcHNob3RSZXF1ZXN0PiwgST4+KG9iamVjdDogSSk6IENyZWF0ZVNuYXBzaG90UmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVTbmFwc2hvdFJlcXVlc3QoKTtcbiAgICBtZXNzYWdlLm5hbWUgPSBvYmplY3QubmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXAgPSBvYmplY3Qudm9sdW1lR3JvdXAgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnNvdXJjZU5hbWUgPSBvYmplY3Quc291cmNlTmFtZSA/PyBcIlwiO1xuICAgIG1lc3NhZ2Uuc2l6ZUJ5dGVzID0gKG9iamVjdC5zaXplQnl0ZXMgIT09IHVuZGVmaW5lZCAmJiBvYmplY3Quc2l6ZUJ5dGVzICE9PSBudWxsKSA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKSA6IDBuO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUNyZWF0ZVNuYXBzaG90UmVzcG9uc2UoKTogQ3JlYXRlU25hcHNob3RSZXNwb25zZSB7XG4gIHJldHVybiB7IHNuYXBzaG90OiB1bmRlZmluZWQgfTtcbn1cblxuZXhwb3J0IGNvbnN0IENyZWF0ZVNuYXBzaG90UmVzcG9uc2U6IE1lc3NhZ2VGbnM8Q3JlYXRlU25hcHNob3RSZXNwb25zZT4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBDcmVhdGVTbmFwc2hvdFJlc3BvbnNlLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2Uuc25hcHNob3QgIT09IHVuZGVmaW5lZCkge1xuICAgICAgVm9sdW1lLmVuY29kZShtZXNzYWdlLnNuYXBzaG90LCB3cml0ZXIudWludDMyKDEwKS5mb3JrKCkpLmpvaW4oKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IENyZWF0ZVNuYXBzaG90UmVzcG9uc2Uge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VDcmVhdGVTbmFwc2hvdFJlc3BvbnNlKCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgICAgY2FzZSAxOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxMCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5zbmFwc2hvdCA9IFZvbHVtZS5kZWNvZGUocmVhZGVyLCByZWFkZXIudWludDMyKCkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICAgIGlmICgodGFnICYgNykgPT09IDQgfHwgdGFnID09PSAwKSB7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIH1cbiAgICAgICAgcmVhZGVyLnNraXAodGFnICYgNyk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbWVzc2FnZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aDtcbiAgICB9XG4gIH0sXG5cbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBDcmVhdGVTbmFwc2hvdFJlc3BvbnNlIHtcbiAgICByZXR1cm4geyBzbmFwc2hvdDogaXNTZXQob2JqZWN0LnNuYXBzaG90KSA/IFZvbHVtZS5mcm9tSlNPTihvYmplY3Quc25hcHNob3QpIDogdW5kZWZpbmVkIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IENyZWF0ZVNuYXBzaG90UmVzcG9uc2UpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLnNuYXBzaG90ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIG9iai5zbmFwc2hvdCA9IFZvbHVtZS50b0pTT04obWVzc2FnZS5zbmFwc2hvdCk7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVTbmFwc2hvdFJlc3BvbnNlPiwgST4+KGJhc2U/OiBJKTogQ3JlYXRlU25hcHNob3RSZXNwb25zZSB7XG4gICAgcmV0dXJuIENyZWF0ZVNuYXBzaG90UmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxDcmVhdGVTbmFwc2hvdFJlc3BvbnNlPiwgST4+KG9iamVjdDogSSk6IENyZWF0ZVNuYXBzaG90UmVzcG9uc2Uge1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlQ3JlYXRlU25hcHNob3RSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2Uuc25hcHNob3QgPSAob2JqZWN0LnNuYXBzaG90ICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LnNuYXBzaG90ICE9PSBudWxsKVxuICAgICAgPyBWb2x1bWUuZnJvbVBhcnRpYWwob2JqZWN0LnNuYXBzaG90KVxuICAgICAgOiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG4vKipcbiAqIFZvbHVtZVNlcnZpY2UgY3JlYXRlcywgcmVhZHMsIHJlc2l6ZXMsIHNuYXBzaG90cyBhbmQgZGVsZXRlcyBsb2dpY2FsIHZvbHVtZXNcbiAqIGluIHRoZSB2b2x1bWUgZ3JvdXBzIHRoZSBkYWVtb24gd2FzIGNvbmZpZ3VyZWQgd2l0aC4gTXV0YXRpb25zIG9ubHkgZXZlciBhY3RcbiAqIG9uIExWcyB0aGF0IGNhcnJ5IHRoZSBvd25lcnNoaXAgdGFnIGBsdm1jdGwubWFuYWdlZGAuXG4gKi9cbmV4cG9ydCB0eXBlIFZvbHVtZVNlcnZpY2VTZXJ2aWNlID0gdHlwZW9mIFZvbHVtZVNlcnZpY2VTZXJ2aWNlO1xuZXhwb3J0IGNvbnN0IFZvbHVtZVNlcnZpY2VTZXJ2aWNlID0ge1xuICAvKipcbiAgICogQ3JlYXRlVm9sdW1lIGNyZWF0ZXMgYSBsaW5lYXIgKHRoaWNrKSB2b2x1bWUsIG9yIGEgdGhpbiB2b2x1bWUgd2hlbiBgcG9vbGBcbiAgICogbmFtZXMgYSB0aGluIHBvb2wuIFJldHJ5aW5nIHdpdGggdGhlIHNhbWUgbmFtZSwgc2l6ZSAoYWZ0ZXIgZXh0ZW50IHJvdW5kaW5nKVxuICAgKiBhbmQgcG9vbCByZXR1cm5zIHRoZSBleGlzdGluZyB2b2x1bWUuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBuYW1lLCBzaXplIG9yIHBvb2wgbmFtZSk7XG4gICAqIE5PVF9GT1VORCAodm9sdW1lIGdyb3VwIG9yIHRoaW4gcG9vbCBtaXNzaW5nKTsgUEVSTUlTU0lPTl9ERU5JRUQgKHZvbHVtZVxuICAgKiBncm91cCBub3QgaW4gdGhlIGRhZW1vbidzIGFsbG93LWxpc3QpOyBBTFJFQURZX0VYSVNUUyAoc2FtZSBuYW1lIHdpdGggYVxuICAgKiBkaWZmZXJlbnQgc2l6ZSBvciBwb29sLCBvciBhbiB1bm1hbmFnZWQgTFYgb2YgdGhhdCBuYW1lKTtcbiAgICogUkVTT1VSQ0VfRVhIQVVTVEVEIChub3QgZW5vdWdoIGZyZWUgc3BhY2UpOyBVTkFWQUlMQUJMRSAobHZtIG5vdCB1c2FibGUpO1xuICAgKiBJTlRFUk5BTC5cbiAgICovXG4gIGNyZWF0ZVZvbHVtZToge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL0NyZWF0ZVZvbHVtZVwiIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlc3BvbnNlU3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXF1ZXN0U2VyaWFsaXplOiAodmFsdWU6IENyZWF0ZVZvbHVtZVJlcXVlc3QpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oQ3JlYXRlVm9sdW1lUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogQ3JlYXRlVm9sdW1lUmVxdWVzdCA9PiBDcmVhdGVWb2x1bWVSZXF1ZXN0LmRlY29kZSh2YWx1ZSksXG4gICAgcmVzcG9uc2VTZXJpYWxpemU6ICh2YWx1ZTogQ3JlYXRlVm9sdW1lUmVzcG9uc2UpOiBCdWZmZXIgPT5cbiAgICAgIEJ1ZmZlci5mcm9tKENyZWF0ZVZvbHVtZVJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogQ3JlYXRlVm9sdW1lUmVzcG9uc2UgPT4gQ3JlYXRlVm9sdW1lUmVzcG9uc2UuZGVjb2RlKHZhbHVlKSxcbiAgfSxcbiAgLyoqXG4gICAqIEdldFZvbHVtZSByZWFkcyBvbmUgdm9sdW1lLiBVbm1hbmFnZWQgTFZzIGFyZSByZWFkYWJsZSAocmVhZC1vbmx5KSBhbmQgYXJlXG4gICAqIHJlcG9ydGVkIHdpdGggYG1hbmFnZWQgPSBmYWxzZWAuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORDsgUEVSTUlTU0lPTl9ERU5JRUQ7XG4gICAqIFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGdldFZvbHVtZToge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL0dldFZvbHVtZVwiIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlc3BvbnNlU3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXF1ZXN0U2VyaWFsaXplOiAodmFsdWU6IEdldFZvbHVtZVJlcXVlc3QpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oR2V0Vm9sdW1lUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogR2V0Vm9sdW1lUmVxdWVzdCA9PiBHZXRWb2x1bWVSZXF1ZXN0LmRlY29kZSh2YWx1ZSksXG4gICAgcmVzcG9uc2VTZXJpYWxpemU6ICh2YWx1ZTogR2V0Vm9sdW1lUmVzcG9uc2UpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oR2V0Vm9sdW1lUmVzcG9uc2UuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVzcG9uc2VEZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBHZXRWb2x1bWVSZXNwb25zZSA9PiBHZXRWb2x1bWVSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogTGlzdFZvbHVtZXMgbGlzdHMgbWFuYWdlZCB2b2x1bWVzIChhbmQgdW5tYW5hZ2VkIG9uZXMgb24gcmVxdWVzdCksIG9yZGVyZWRcbiAgICogYnkgdm9sdW1lIGdyb3VwIHRoZW4gbmFtZSwgb25lIHBhZ2UgYXQgYSB0aW1lLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgcGFnZSB0b2tlbiBvciBwYWdlIHNpemUpO1xuICAgKiBOT1RfRk9VTkQ7IFBFUk1JU1NJT05fREVOSUVEOyBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBsaXN0Vm9sdW1lczoge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL0xpc3RWb2x1bWVzXCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogTGlzdFZvbHVtZXNSZXF1ZXN0KTogQnVmZmVyID0+IEJ1ZmZlci5mcm9tKExpc3RWb2x1bWVzUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogTGlzdFZvbHVtZXNSZXF1ZXN0ID0+IExpc3RWb2x1bWVzUmVxdWVzdC5kZWNvZGUodmFsdWUpLFxuICAgIHJlc3BvbnNlU2VyaWFsaXplOiAodmFsdWU6IExpc3RWb2x1bWVzUmVzcG9uc2UpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oTGlzdFZvbHVtZXNSZXNwb25zZS5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXNwb25zZURlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IExpc3RWb2x1bWVzUmVzcG9uc2UgPT4gTGlzdFZvbHVtZXNSZXNwb25zZS5kZWNvZGUodmFsdWUpLFxuICB9LFxuICAvKipcbiAgICogUmVzaXplVm9sdW1lIGdyb3dzIGEgbWFuYWdlZCB2b2x1bWUuIEdyb3dpbmcgdG8gdGhlIGN1cnJlbnQgc2l6ZSAoYWZ0ZXJcbiAgICogcm91bmRpbmcpIGlzIGFuIE9LIG5vLW9wOyBzaHJpbmtpbmcgaXMgcmVmdXNlZCBhbmQgY2hhbmdlcyBub3RoaW5nLlxuICAgKiBJbml0aWF0b3JzIG9mIGFuIGV4cG9ydGVkIHZvbHVtZSBtdXN0IHJlc2NhbiB0byBzZWUgdGhlIG5ldyBzaXplLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgc2l6ZSwgb3Igc21hbGxlciB0aGFuIHRoZSBjdXJyZW50XG4gICAqIHNpemUpOyBOT1RfRk9VTkQ7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OIChMViBub3QgbWFuYWdlZCBieVxuICAgKiBsdm1jdGwpOyBSRVNPVVJDRV9FWEhBVVNURUQ7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIHJlc2l6ZVZvbHVtZToge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL1Jlc2l6ZVZvbHVtZVwiIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlc3BvbnNlU3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXF1ZXN0U2VyaWFsaXplOiAodmFsdWU6IFJlc2l6ZVZvbHVtZVJlcXVlc3QpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oUmVzaXplVm9sdW1lUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogUmVzaXplVm9sdW1lUmVxdWVzdCA9PiBSZXNpemVWb2x1bWVSZXF1ZXN0LmRlY29kZSh2YWx1ZSksXG4gICAgcmVzcG9uc2VTZXJpYWxpemU6ICh2YWx1ZTogUmVzaXplVm9sdW1lUmVzcG9uc2UpOiBCdWZmZXIgPT5cbiAgICAgIEJ1ZmZlci5mcm9tKFJlc2l6ZVZvbHVtZVJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogUmVzaXplVm9sdW1lUmVzcG9uc2UgPT4gUmVzaXplVm9sdW1lUmVzcG9uc2UuZGVjb2RlKHZhbHVlKSxcbiAgfSxcbiAgLyoqXG4gICAqIERlbGV0ZVZvbHVtZSByZW1vdmVzIGEgbWFuYWdlZCB2b2x1bWUuIEFuIGV4cG9ydGVkIHZvbHVtZSBpcyByZWZ1c2VkIHVubGVzc1xuICAgKiBgZm9yY2VgIGlzIHNldCwgd2hpY2ggcmVtb3ZlcyB0aGUgZXhwb3J0IGZpcnN0LlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHVubGVzcyBgYWxsb3dfbWlzc2luZ2ApO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoTFYgbm90IG1hbmFnZWQsIGV4cG9ydGVkIHdpdGhvdXRcbiAgICogYGZvcmNlYCwgb3IgaGFzIHNuYXBzaG90cyk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGRlbGV0ZVZvbHVtZToge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL0RlbGV0ZVZvbHVtZVwiIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlc3BvbnNlU3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXF1ZXN0U2VyaWFsaXplOiAodmFsdWU6IERlbGV0ZVZvbHVtZVJlcXVlc3QpOiBCdWZmZXIgPT4gQnVmZmVyLmZyb20oRGVsZXRlVm9sdW1lUmVxdWVzdC5lbmNvZGUodmFsdWUpLmZpbmlzaCgpKSxcbiAgICByZXF1ZXN0RGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogRGVsZXRlVm9sdW1lUmVxdWVzdCA9PiBEZWxldGVWb2x1bWVSZXF1ZXN0LmRlY29kZSh2YWx1ZSksXG4gICAgcmVzcG9uc2VTZXJpYWxpemU6ICh2YWx1ZTogRGVsZXRlVm9sdW1lUmVzcG9uc2UpOiBCdWZmZXIgPT5cbiAgICAgIEJ1ZmZlci5mcm9tKERlbGV0ZVZvbHVtZVJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogRGVsZXRlVm9sdW1lUmVzcG9uc2UgPT4gRGVsZXRlVm9sdW1lUmVzcG9uc2UuZGVjb2RlKHZhbHVlKSxcbiAgfSxcbiAgLyoqXG4gICAqIENyZWF0ZVNuYXBzaG90IHNuYXBzaG90cyBhIG1hbmFnZWQgdm9sdW1lLiBBIHNuYXBzaG90IG9mIGEgdGhpY2sgdm9sdW1lIGlzXG4gICAqIGEgdGhpY2sgY29weS1vbi13cml0ZSBzbmFwc2hvdCBzaXplZCBieSBgc2l6ZV9ieXRlc2A7IGEgc25hcHNob3Qgb2YgYSB0aGluXG4gICAqIHZvbHVtZSBpcyBhIHRoaW4gc25hcHNob3QgaW4gdGhlIHNhbWUgcG9vbCBhbmQgdGFrZXMgbm8gc2l6ZS4gUmV0cnlpbmcgd2l0aFxuICAgKiB0aGUgc2FtZSBuYW1lIGFuZCBzb3VyY2UgcmV0dXJucyB0aGUgZXhpc3Rpbmcgc25hcHNob3QuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORCAoc291cmNlIG1pc3NpbmcpO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoc291cmNlIG5vdCBtYW5hZ2VkKTtcbiAgICogQUxSRUFEWV9FWElTVFMgKG5hbWUgdXNlZCBieSBhbm90aGVyIExWIG9yIGFub3RoZXIgc291cmNlKTtcbiAgICogUkVTT1VSQ0VfRVhIQVVTVEVEOyBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBjcmVhdGVTbmFwc2hvdDoge1xuICAgIHBhdGg6IFwiL2x2bWN0bC52MS5Wb2x1bWVTZXJ2aWNlL0NyZWF0ZVNuYXBzaG90XCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogQ3JlYXRlU25hcHNob3RSZXF1ZXN0KTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShDcmVhdGVTbmFwc2hvdFJlcXVlc3QuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVxdWVzdERlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IENyZWF0ZVNuYXBzaG90UmVxdWVzdCA9PiBDcmVhdGVTbmFwc2hvdFJlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBDcmVhdGVTbmFwc2hvdFJlc3BvbnNlKTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShDcmVhdGVTbmFwc2hvdFJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogQ3JlYXRlU25hcHNob3RSZXNwb25zZSA9PiBDcmVhdGVTbmFwc2hvdFJlc3BvbnNlLmRlY29kZSh2YWx1ZSksXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgaW50ZXJmYWNlIFZvbHVtZVNlcnZpY2VTZXJ2ZXIgZXh0ZW5kcyBVbnR5cGVkU2VydmljZUltcGxlbWVudGF0aW9uIHtcbiAgLyoqXG4gICAqIENyZWF0ZVZvbHVtZSBjcmVhdGVzIGEgbGluZWFyICh0aGljaykgdm9sdW1lLCBvciBhIHRoaW4gdm9sdW1lIHdoZW4gYHBvb2xgXG4gICAqIG5hbWVzIGEgdGhpbiBwb29sLiBSZXRyeWluZyB3aXRoIHRoZSBzYW1lIG5hbWUsIHNpemUgKGFmdGVyIGV4dGVudCByb3VuZGluZylcbiAgICogYW5kIHBvb2wgcmV0dXJucyB0aGUgZXhpc3Rpbmcgdm9sdW1lLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgbmFtZSwgc2l6ZSBvciBwb29sIG5hbWUpO1xuICAgKiBOT1RfRk9VTkQgKHZvbHVtZSBncm91cCBvciB0aGluIHBvb2wgbWlzc2luZyk7IFBFUk1JU1NJT05fREVOSUVEICh2b2x1bWVcbiAgICogZ3JvdXAgbm90IGluIHRoZSBkYWVtb24ncyBhbGxvdy1saXN0KTsgQUxSRUFEWV9FWElTVFMgKHNhbWUgbmFtZSB3aXRoIGFcbiAgICogZGlmZmVyZW50IHNpemUgb3IgcG9vbCwgb3IgYW4gdW5tYW5hZ2VkIExWIG9mIHRoYXQgbmFtZSk7XG4gICAqIFJFU09VUkNFX0VYSEFVU1RFRCAobm90IGVub3VnaCBmcmVlIHNwYWNlKTsgVU5BVkFJTEFCTEUgKGx2bSBub3QgdXNhYmxlKTtcbiAgICogSU5URVJOQUwuXG4gICAqL1xuICBjcmVhdGVWb2x1bWU6IGhhbmRsZVVuYXJ5Q2FsbDxDcmVhdGVWb2x1bWVSZXF1ZXN0LCBDcmVhdGVWb2x1bWVSZXNwb25zZT47XG4gIC8qKlxuICAgKiBHZXRWb2x1bWUgcmVhZHMgb25lIHZvbHVtZS4gVW5tYW5hZ2VkIExWcyBhcmUgcmVhZGFibGUgKHJlYWQtb25seSkgYW5kIGFyZVxuICAgKiByZXBvcnRlZCB3aXRoIGBtYW5hZ2VkID0gZmFsc2VgLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQ7IFBFUk1JU1NJT05fREVOSUVEO1xuICAgKiBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBnZXRWb2x1bWU6IGhhbmRsZVVuYXJ5Q2FsbDxHZXRWb2x1bWVSZXF1ZXN0LCBHZXRWb2x1bWVSZXNwb25zZT47XG4gIC8qKlxuICAgKiBMaXN0Vm9sdW1lcyBsaXN0cyBtYW5hZ2VkIHZvbHVtZXMgKGFuZCB1bm1hbmFnZWQgb25lcyBvbiByZXF1ZXN0KSwgb3JkZXJlZFxuICAgKiBieSB2b2x1bWUgZ3JvdXAgdGhlbiBuYW1lLCBvbmUgcGFnZSBhdCBhIHRpbWUuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBwYWdlIHRva2VuIG9yIHBhZ2Ugc2l6ZSk7XG4gICAqIE5PVF9GT1VORDsgUEVSTUlTU0lPTl9ERU5JRUQ7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGxpc3RWb2x1bWVzOiBoYW5kbGVVbmFyeUNhbGw8TGlzdFZvbHVtZXNSZXF1ZXN0LCBMaXN0Vm9sdW1lc1Jlc3BvbnNlPjtcbiAgLyoqXG4gICAqIFJlc2l6ZVZvbHVtZSBncm93cyBhIG1hbmFnZWQgdm9sdW1lLiBHcm93aW5nIHRvIHRoZSBjdXJyZW50IHNpemUgKGFmdGVyXG4gICAqIHJvdW5kaW5nKSBpcyBhbiBPSyBuby1vcDsgc2hyaW5raW5nIGlzIHJlZnVzZWQgYW5kIGNoYW5nZXMgbm90aGluZy5cbiAgICogSW5pdGlhdG9ycyBvZiBhbiBleHBvcnRlZCB2b2x1bWUgbXVzdCByZXNjYW4gdG8gc2VlIHRoZSBuZXcgc2l6ZS5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVCAoYmFkIHNpemUsIG9yIHNtYWxsZXIgdGhhbiB0aGUgY3VycmVudFxuICAgKiBzaXplKTsgTk9UX0ZPVU5EOyBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoTFYgbm90IG1hbmFnZWQgYnlcbiAgICogbHZtY3RsKTsgUkVTT1VSQ0VfRVhIQVVTVEVEOyBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICByZXNpemVWb2x1bWU6IGhhbmRsZVVuYXJ5Q2FsbDxSZXNpemVWb2x1bWVSZXF1ZXN0LCBSZXNpemVWb2x1bWVSZXNwb25zZT47XG4gIC8qKlxuICAgKiBEZWxldGVWb2x1bWUgcmVtb3ZlcyBhIG1hbmFnZWQgdm9sdW1lLiBBbiBleHBvcnRlZCB2b2x1bWUgaXMgcmVmdXNlZCB1bmxlc3NcbiAgICogYGZvcmNlYCBpcyBzZXQsIHdoaWNoIHJlbW92ZXMgdGhlIGV4cG9ydCBmaXJzdC5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVDsgTk9UX0ZPVU5EICh1bmxlc3MgYGFsbG93X21pc3NpbmdgKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKExWIG5vdCBtYW5hZ2VkLCBleHBvcnRlZCB3aXRob3V0XG4gICAqIGBmb3JjZWAsIG9yIGhhcyBzbmFwc2hvdHMpOyBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBkZWxldGVWb2x1bWU6IGhhbmRsZVVuYXJ5Q2FsbDxEZWxldGVWb2x1bWVSZXF1ZXN0LCBEZWxldGVWb2x1bWVSZXNwb25zZT47XG4gIC8qKlxuICAgKiBDcmVhdGVTbmFwc2hvdCBzbmFwc2hvdHMgYSBtYW5hZ2VkIHZvbHVtZS4gQSBzbmFwc2hvdCBvZiBhIHRoaWNrIHZvbHVtZSBpc1xuICAgKiBhIHRoaWNrIGNvcHktb24td3JpdGUgc25hcHNob3Qgc2l6ZWQgYnkgYHNpemVfYnl0ZXNgOyBhIHNuYXBzaG90IG9mIGEgdGhpblxuICAgKiB2b2x1bWUgaXMgYSB0aGluIHNuYXBzaG90IGluIHRoZSBzYW1lIHBvb2wgYW5kIHRha2VzIG5vIHNpemUuIFJldHJ5aW5nIHdpdGhcbiAgICogdGhlIHNhbWUgbmFtZSBhbmQgc291cmNlIHJldHVybnMgdGhlIGV4aXN0aW5nIHNuYXBzaG90LlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHNvdXJjZSBtaXNzaW5nKTtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQ7IEZBSUxFRF9QUkVDT05ESVRJT04gKHNvdXJjZSBub3QgbWFuYWdlZCk7XG4gICAqIEFMUkVBRFlfRVhJU1RTIChuYW1lIHVzZWQgYnkgYW5vdGhlciBMViBvciBhbm90aGVyIHNvdXJjZSk7XG4gICAqIFJFU09VUkNFX0VYSEFVU1RFRDsgVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgY3JlYXRlU25hcHNob3Q6IGhhbmRsZVVuYXJ5Q2FsbDxDcmVhdGVTbmFwc2hvdFJlcXVlc3QsIENyZWF0ZVNuYXBzaG90UmVzcG9uc2U+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFZvbHVtZVNlcnZpY2VDbGllbnQgZXh0ZW5kcyBDbGllbnQge1xuICAvKipcbiAgICogQ3JlYXRlVm9sdW1lIGNyZWF0ZXMgYSBsaW5lYXIgKHRoaWNrKSB2b2x1bWUsIG9yIGEgdGhpbiB2b2x1bWUgd2hlbiBgcG9vbGBcbiAgICogbmFtZXMgYSB0aGluIHBvb2wuIFJldHJ5aW5nIHdpdGggdGhlIHNhbWUgbmFtZSwgc2l6ZSAoYWZ0ZXIgZXh0ZW50IHJvdW5kaW5nKVxuICAgKiBhbmQgcG9vbCByZXR1cm5zIHRoZSBleGlzdGluZyB2b2x1bWUuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBuYW1lLCBzaXplIG9yIHBvb2wgbmFtZSk7XG4gICAqIE5PVF9GT1VORCAodm9sdW1lIGdyb3VwIG9yIHRoaW4gcG9vbCBtaXNzaW5nKTsgUEVSTUlTU0lPTl9ERU5JRUQgKHZvbHVtZVxuICAgKiBncm91cCBub3QgaW4gdGhlIGRhZW1vbidzIGFsbG93LWxpc3QpOyBBTFJFQURZX0VYSVNUUyAoc2FtZSBuYW1lIHdpdGggYVxuICAgKiBkaWZmZXJlbnQgc2l6ZSBvciBwb29sLCBvciBhbiB1bm1hbmFnZWQgTFYgb2YgdGhhdCBuYW1lKTtcbiAgICogUkVTT1VSQ0VfRVhIQVVTVEVEIChub3QgZW5vdWdoIGZyZWUgc3BhY2UpOyBVTkFWQUlMQUJMRSAobHZtIG5vdCB1c2FibGUpO1xuICAgKiBJTlRFUk5BTC5cbiAgICovXG4gIGNyZWF0ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBDcmVhdGVWb2x1bWVSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBDcmVhdGVWb2x1bWVSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBjcmVhdGVWb2x1bWUoXG4gICAgcmVxdWVzdDogQ3JlYXRlVm9sdW1lUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IENyZWF0ZVZvbHVtZVJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGNyZWF0ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBDcmVhdGVWb2x1bWVSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogQ3JlYXRlVm9sdW1lUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIEdldFZvbHVtZSByZWFkcyBvbmUgdm9sdW1lLiBVbm1hbmFnZWQgTFZzIGFyZSByZWFkYWJsZSAocmVhZC1vbmx5KSBhbmQgYXJlXG4gICAqIHJlcG9ydGVkIHdpdGggYG1hbmFnZWQgPSBmYWxzZWAuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORDsgUEVSTUlTU0lPTl9ERU5JRUQ7XG4gICAqIFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGdldFZvbHVtZShcbiAgICByZXF1ZXN0OiBHZXRWb2x1bWVSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBHZXRWb2x1bWVSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBnZXRWb2x1bWUoXG4gICAgcmVxdWVzdDogR2V0Vm9sdW1lUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IEdldFZvbHVtZVJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGdldFZvbHVtZShcbiAgICByZXF1ZXN0OiBHZXRWb2x1bWVSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogR2V0Vm9sdW1lUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIExpc3RWb2x1bWVzIGxpc3RzIG1hbmFnZWQgdm9sdW1lcyAoYW5kIHVubWFuYWdlZCBvbmVzIG9uIHJlcXVlc3QpLCBvcmRlcmVkXG4gICAqIGJ5IHZvbHVtZSBncm91cCB0aGVuIG5hbWUsIG9uZSBwYWdlIGF0IGEgdGltZS5cbiAgICpcbiAgICogU3RhdHVzIGNvZGVzOiBPSzsgSU5WQUxJRF9BUkdVTUVOVCAoYmFkIHBhZ2UgdG9rZW4gb3IgcGFnZSBzaXplKTtcbiAgICogTk9UX0ZPVU5EOyBQRVJNSVNTSU9OX0RFTklFRDsgVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgbGlzdFZvbHVtZXMoXG4gICAgcmVxdWVzdDogTGlzdFZvbHVtZXNSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBMaXN0Vm9sdW1lc1Jlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGxpc3RWb2x1bWVzKFxuICAgIHJlcXVlc3Q6IExpc3RWb2x1bWVzUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IExpc3RWb2x1bWVzUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgbGlzdFZvbHVtZXMoXG4gICAgcmVxdWVzdDogTGlzdFZvbHVtZXNSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogTGlzdFZvbHVtZXNSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICAvKipcbiAgICogUmVzaXplVm9sdW1lIGdyb3dzIGEgbWFuYWdlZCB2b2x1bWUuIEdyb3dpbmcgdG8gdGhlIGN1cnJlbnQgc2l6ZSAoYWZ0ZXJcbiAgICogcm91bmRpbmcpIGlzIGFuIE9LIG5vLW9wOyBzaHJpbmtpbmcgaXMgcmVmdXNlZCBhbmQgY2hhbmdlcyBub3RoaW5nLlxuICAgKiBJbml0aWF0b3JzIG9mIGFuIGV4cG9ydGVkIHZvbHVtZSBtdXN0IHJlc2NhbiB0byBzZWUgdGhlIG5ldyBzaXplLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgc2l6ZSwgb3Igc21hbGxlciB0aGFuIHRoZSBjdXJyZW50XG4gICAqIHNpemUpOyBOT1RfRk9VTkQ7IFBFUk1JU1NJT05fREVOSUVEOyBGQUlMRURfUFJFQ09ORElUSU9OIChMViBub3QgbWFuYWdlZCBieVxuICAgKiBsdm1jdGwpOyBSRVNPVVJDRV9FWEhBVVNURUQ7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIHJlc2l6ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBSZXNpemVWb2x1bWVSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBSZXNpemVWb2x1bWVSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICByZXNpemVWb2x1bWUoXG4gICAgcmVxdWVzdDogUmVzaXplVm9sdW1lUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IFJlc2l6ZVZvbHVtZVJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIHJlc2l6ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBSZXNpemVWb2x1bWVSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogUmVzaXplVm9sdW1lUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIERlbGV0ZVZvbHVtZSByZW1vdmVzIGEgbWFuYWdlZCB2b2x1bWUuIEFuIGV4cG9ydGVkIHZvbHVtZSBpcyByZWZ1c2VkIHVubGVzc1xuICAgKiBgZm9yY2VgIGlzIHNldCwgd2hpY2ggcmVtb3ZlcyB0aGUgZXhwb3J0IGZpcnN0LlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UOyBOT1RfRk9VTkQgKHVubGVzcyBgYWxsb3dfbWlzc2luZ2ApO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoTFYgbm90IG1hbmFnZWQsIGV4cG9ydGVkIHdpdGhvdXRcbiAgICogYGZvcmNlYCwgb3IgaGFzIHNuYXBzaG90cyk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGRlbGV0ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBEZWxldGVWb2x1bWVSZXF1ZXN0LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBEZWxldGVWb2x1bWVSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBkZWxldGVWb2x1bWUoXG4gICAgcmVxdWVzdDogRGVsZXRlVm9sdW1lUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IERlbGV0ZVZvbHVtZVJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGRlbGV0ZVZvbHVtZShcbiAgICByZXF1ZXN0OiBEZWxldGVWb2x1bWVSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBvcHRpb25zOiBQYXJ0aWFsPENhbGxPcHRpb25zPixcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogRGVsZXRlVm9sdW1lUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgLyoqXG4gICAqIENyZWF0ZVNuYXBzaG90IHNuYXBzaG90cyBhIG1hbmFnZWQgdm9sdW1lLiBBIHNuYXBzaG90IG9mIGEgdGhpY2sgdm9sdW1lIGlzXG4gICAqIGEgdGhpY2sgY29weS1vbi13cml0ZSBzbmFwc2hvdCBzaXplZCBieSBgc2l6ZV9ieXRlc2A7IGEgc25hcHNob3Qgb2YgYSB0aGluXG4gICAqIHZvbHVtZSBpcyBhIHRoaW4gc25hcHNob3QgaW4gdGhlIHNhbWUgcG9vbCBhbmQgdGFrZXMgbm8gc2l6ZS4gUmV0cnlpbmcgd2l0aFxuICAgKiB0aGUgc2FtZSBuYW1lIGFuZCBzb3VyY2UgcmV0dXJucyB0aGUgZXhpc3Rpbmcgc25hcHNob3QuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQ7IE5PVF9GT1VORCAoc291cmNlIG1pc3NpbmcpO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRDsgRkFJTEVEX1BSRUNPTkRJVElPTiAoc291cmNlIG5vdCBtYW5hZ2VkKTtcbiAgICogQUxSRUFEWV9FWElTVFMgKG5hbWUgdXNlZCBieSBhbm90aGVyIExWIG9yIGFub3RoZXIgc291cmNlKTtcbiAgICogUkVTT1VSQ0VfRVhIQVVTVEVEOyBVTkFWQUlMQUJMRTsgSU5URVJOQUwuXG4gICAqL1xuICBjcmVhdGVTbmFwc2hvdChcbiAgICByZXF1ZXN0OiBDcmVhdGVTbmFwc2hvdFJlcXVlc3QsXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IENyZWF0ZVNuYXBzaG90UmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgY3JlYXRlU25hcHNob3QoXG4gICAgcmVxdWVzdDogQ3JlYXRlU25hcHNob3RSZXF1ZXN0LFxuICAgIG1ldGFkYXRhOiBNZXRhZGF0YSxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogQ3JlYXRlU25hcHNob3RSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBjcmVhdGVTbmFwc2hvdChcbiAgICByZXF1ZXN0OiBDcmVhdGVTbmFwc2hvdFJlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIG9wdGlvbnM6IFBhcnRpYWw8Q2FsbE9wdGlvbnM+LFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBDcmVhdGVTbmFwc2hvdFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG59XG5cbmV4cG9ydCBjb25zdCBWb2x1bWVTZXJ2aWNlQ2xpZW50ID0gbWFrZUdlbmVyaWNDbGllbnRDb25zdHJ1Y3RvcihcbiAgVm9sdW1lU2VydmljZVNlcnZpY2UsXG4gIFwibHZtY3RsLnYxLlZvbHVtZVNlcnZpY2VcIixcbikgYXMgdW5rbm93biBhcyB7XG4gIG5ldyAoYWRkcmVzczogc3RyaW5nLCBjcmVkZW50aWFsczogQ2hhbm5lbENyZWRlbnRpYWxzLCBvcHRpb25zPzogUGFydGlhbDxDbGllbnRPcHRpb25zPik6IFZvbHVtZVNlcnZpY2VDbGllbnQ7XG4gIHNlcnZpY2U6IHR5cGVvZiBWb2x1bWVTZXJ2aWNlU2VydmljZTtcbiAgc2VydmljZU5hbWU6IHN0cmluZztcbn07XG5cbmZ1bmN0aW9uIGZsb2F0VG9Kc29uKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09IFwibnVtYmVyXCIgJiYgIWdsb2JhbFRoaXMuTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IGdsb2JhbFRoaXMuU3RyaW5nKHZhbHVlKSA6IHZhbHVlO1xufVxuXG50eXBlIEJ1aWx0aW4gPSBEYXRlIHwgRnVuY3Rpb24gfCBVaW50OEFycmF5IHwgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IGJpZ2ludCB8IHVuZGVmaW5lZDtcblxuZXhwb3J0IHR5cGUgRGVlcFBhcnRpYWw8VD4gPSBUIGV4dGVuZHMgYmlnaW50ID8gc3RyaW5nIHwgbnVtYmVyIHwgYmlnaW50XG4gIDogVCBleHRlbmRzIEJ1aWx0aW4gPyBUIDogVCBleHRlbmRzIGdsb2JhbFRoaXMuQXJyYXk8aW5mZXIgVT4gPyBnbG9iYWxUaGlzLkFycmF5PERlZXBQYXJ0aWFsPFU+PlxuICA6IFQgZXh0ZW5kcyBSZWFkb25seUFycmF5PGluZmVyIFU+ID8gUmVhZG9ubHlBcnJheTxEZWVwUGFydGlhbDxVPj5cbiAgOiBUIGV4dGVuZHMge30gPyB7IFtLIGluIGtleW9mIFRdPzogRGVlcFBhcnRpYWw8VFtLXT4gfVxuICA6IFBhcnRpYWw8VD47XG5cbnR5cGUgS2V5c09mVW5pb248VD4gPSBUIGV4dGVuZHMgVCA/IGtleW9mIFQgOiBuZXZlcjtcbmV4cG9ydCB0eXBlIEV4YWN0PFAsIEkgZXh0ZW5kcyBQPiA9IFAgZXh0ZW5kcyBCdWlsdGluID8gUFxuICA6IFAgJiB7IFtLIGluIGtleW9mIFBdOiBFeGFjdDxQW0tdLCBJW0tdPiB9ICYgeyBbSyBpbiBFeGNsdWRlPGtleW9mIEksIEtleXNPZlVuaW9uPFA+Pl06IG5ldmVyIH07XG5cbmZ1bmN0aW9uIGlzU2V0KHZhbHVlOiBhbnkpOiBib29sZWFuIHtcbiAgcmV0dXJuIHZhbHVlICE9PSBudWxsICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVzc2FnZUZuczxUPiB7XG4gIGVuY29kZShtZXNzYWdlOiBULCB3cml0ZXI/OiBCaW5hcnlXcml0ZXIpOiBCaW5hcnlXcml0ZXI7XG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogVDtcbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBUO1xuICB0b0pTT04obWVzc2FnZTogVCk6IHVua25vd247XG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8VD4sIEk+PihiYXNlPzogSSk6IFQ7XG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxUPiwgST4+KG9iamVjdDogSSk6IFQ7XG59XG4iLCAiLy8gQ29kZSBnZW5lcmF0ZWQgYnkgcHJvdG9jLWdlbi10c19wcm90by4gRE8gTk9UIEVESVQuXG4vLyB2ZXJzaW9uczpcbi8vICAgcHJvdG9jLWdlbi10c19wcm90byAgdjIuMTguMFxuLy8gICBwcm90b2MgICAgICAgICAgICAgICB1bmtub3duXG4vLyBzb3VyY2U6IGx2bWN0bC92MS92b2x1bWVfZ3JvdXAucHJvdG9cblxuLyogZXNsaW50LWRpc2FibGUgKi9cbmltcG9ydCB7IEJpbmFyeVJlYWRlciwgQmluYXJ5V3JpdGVyIH0gZnJvbSBcIkBidWZidWlsZC9wcm90b2J1Zi93aXJlXCI7XG5pbXBvcnQge1xuICB0eXBlIENhbGxPcHRpb25zLFxuICB0eXBlIENoYW5uZWxDcmVkZW50aWFscyxcbiAgQ2xpZW50LFxuICB0eXBlIENsaWVudE9wdGlvbnMsXG4gIHR5cGUgQ2xpZW50VW5hcnlDYWxsLFxuICB0eXBlIGhhbmRsZVVuYXJ5Q2FsbCxcbiAgbWFrZUdlbmVyaWNDbGllbnRDb25zdHJ1Y3RvcixcbiAgdHlwZSBNZXRhZGF0YSxcbiAgdHlwZSBTZXJ2aWNlRXJyb3IsXG4gIHR5cGUgVW50eXBlZFNlcnZpY2VJbXBsZW1lbnRhdGlvbixcbn0gZnJvbSBcIkBncnBjL2dycGMtanNcIjtcblxuZXhwb3J0IGNvbnN0IHByb3RvYnVmUGFja2FnZSA9IFwibHZtY3RsLnYxXCI7XG5cbmV4cG9ydCBjb25zdCBwcm90b2J1ZkZpbGVOYW1lID0gXCJsdm1jdGwvdjEvdm9sdW1lX2dyb3VwLnByb3RvXCI7XG5cbi8qKiBUaGluUG9vbCBpcyBhIHRoaW4gcG9vbCBMViBhbmQgaXRzIHVzYWdlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUaGluUG9vbCB7XG4gIC8qKiBMViBuYW1lIG9mIHRoZSBwb29sLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBTaXplIG9mIHRoZSBwb29sJ3MgZGF0YSBzcGFjZSBpbiBieXRlcy4gKi9cbiAgc2l6ZUJ5dGVzOiBiaWdpbnQ7XG4gIC8qKiBQZXJjZW50YWdlIG9mIHRoZSBkYXRhIHNwYWNlIGluIHVzZSAoMCB3aGVuIHRoZSBwb29sIGlzIG5vdCBhY3RpdmUpLiAqL1xuICBkYXRhUGVyY2VudDogbnVtYmVyO1xuICAvKiogUGVyY2VudGFnZSBvZiB0aGUgbWV0YWRhdGEgc3BhY2UgaW4gdXNlICgwIHdoZW4gdGhlIHBvb2wgaXMgbm90IGFjdGl2ZSkuICovXG4gIG1ldGFkYXRhUGVyY2VudDogbnVtYmVyO1xufVxuXG4vKiogVm9sdW1lR3JvdXAgaXMgYSB2b2x1bWUgZ3JvdXAncyBjYXBhY2l0eSBhcyByZWFkIGZyb20gTFZNLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWb2x1bWVHcm91cCB7XG4gIC8qKiBWRyBuYW1lLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBUb3RhbCBzaXplIGluIGJ5dGVzLiAqL1xuICBzaXplQnl0ZXM6IGJpZ2ludDtcbiAgLyoqIFVuYWxsb2NhdGVkIGJ5dGVzLiAqL1xuICBmcmVlQnl0ZXM6IGJpZ2ludDtcbiAgLyoqIEV4dGVudCBzaXplIGluIGJ5dGVzOyBldmVyeSBMViBzaXplIGlzIGEgbXVsdGlwbGUgb2YgaXQuICovXG4gIGV4dGVudFNpemVCeXRlczogYmlnaW50O1xuICAvKiogTnVtYmVyIG9mIHBoeXNpY2FsIHZvbHVtZXMuICovXG4gIHB2Q291bnQ6IG51bWJlcjtcbiAgLyoqIE51bWJlciBvZiBsb2dpY2FsIHZvbHVtZXMgKGFsbCBvZiB0aGVtLCBtYW5hZ2VkIG9yIG5vdCkuICovXG4gIGx2Q291bnQ6IG51bWJlcjtcbiAgLyoqIFRoZSB0aGluIHBvb2xzIGluIHRoZSBWRy4gKi9cbiAgdGhpblBvb2xzOiBUaGluUG9vbFtdO1xuICAvKiogTFZNJ3MgdXVpZCBvZiB0aGUgVkcuICovXG4gIHV1aWQ6IHN0cmluZztcbn1cblxuLyoqIExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0IHRha2VzIG5vIHBhcmFtZXRlcnMuICovXG5leHBvcnQgaW50ZXJmYWNlIExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0IHtcbn1cblxuLyoqIExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSBob2xkcyBldmVyeSBjb25maWd1cmVkIHZvbHVtZSBncm91cC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlIHtcbiAgLyoqIFRoZSB2b2x1bWUgZ3JvdXBzLCBpbiBjb25maWd1cmF0aW9uIG9yZGVyLiAqL1xuICB2b2x1bWVHcm91cHM6IFZvbHVtZUdyb3VwW107XG59XG5cbi8qKiBHZXRWb2x1bWVHcm91cFJlcXVlc3QgbmFtZXMgYSB2b2x1bWUgZ3JvdXAuICovXG5leHBvcnQgaW50ZXJmYWNlIEdldFZvbHVtZUdyb3VwUmVxdWVzdCB7XG4gIC8qKiBWRyBuYW1lOyBlbXB0eSBtZWFucyB0aGUgZGFlbW9uJ3MgZGVmYXVsdCB2b2x1bWUgZ3JvdXAuICovXG4gIG5hbWU6IHN0cmluZztcbn1cblxuLyoqIEdldFZvbHVtZUdyb3VwUmVzcG9uc2UgcmV0dXJucyBvbmUgdm9sdW1lIGdyb3VwLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHZXRWb2x1bWVHcm91cFJlc3BvbnNlIHtcbiAgLyoqIFRoZSB2b2x1bWUgZ3JvdXAgYXMgcmVhZCBmcm9tIExWTS4gKi9cbiAgdm9sdW1lR3JvdXA6IFZvbHVtZUdyb3VwIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBjcmVhdGVCYXNlVGhpblBvb2woKTogVGhpblBvb2wge1xuICByZXR1cm4geyBuYW1lOiBcIlwiLCBzaXplQnl0ZXM6IDBuLCBkYXRhUGVyY2VudDogMCwgbWV0YWRhdGFQZXJjZW50OiAwIH07XG59XG5cbmV4cG9ydCBjb25zdCBUaGluUG9vbDogTWVzc2FnZUZuczxUaGluUG9vbD4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBUaGluUG9vbCwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGlmIChtZXNzYWdlLm5hbWUgIT09IFwiXCIpIHtcbiAgICAgIHdyaXRlci51aW50MzIoMTApLnN0cmluZyhtZXNzYWdlLm5hbWUpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5zaXplQnl0ZXMgIT09IDBuKSB7XG4gICAgICBpZiAoQmlnSW50LmFzVWludE4oNjQsIG1lc3NhZ2Uuc2l6ZUJ5dGVzKSAhPT0gbWVzc2FnZS5zaXplQnl0ZXMpIHtcbiAgICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJ2YWx1ZSBwcm92aWRlZCBmb3IgZmllbGQgbWVzc2FnZS5zaXplQnl0ZXMgb2YgdHlwZSB1aW50NjQgdG9vIGxhcmdlXCIpO1xuICAgICAgfVxuICAgICAgd3JpdGVyLnVpbnQzMigxNikudWludDY0KG1lc3NhZ2Uuc2l6ZUJ5dGVzKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuZGF0YVBlcmNlbnQgIT09IDApIHtcbiAgICAgIHdyaXRlci51aW50MzIoMjUpLmRvdWJsZShtZXNzYWdlLmRhdGFQZXJjZW50KTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UubWV0YWRhdGFQZXJjZW50ICE9PSAwKSB7XG4gICAgICB3cml0ZXIudWludDMyKDMzKS5kb3VibGUobWVzc2FnZS5tZXRhZGF0YVBlcmNlbnQpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogVGhpblBvb2wge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VUaGluUG9vbCgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UubmFtZSA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDI6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDE2KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnNpemVCeXRlcyA9IHJlYWRlci51aW50NjQoKSBhcyBiaWdpbnQ7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAzOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAyNSkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5kYXRhUGVyY2VudCA9IHJlYWRlci5kb3VibGUoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDQ6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDMzKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLm1ldGFkYXRhUGVyY2VudCA9IHJlYWRlci5kb3VibGUoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogVGhpblBvb2wge1xuICAgIHJldHVybiB7XG4gICAgICBuYW1lOiBpc1NldChvYmplY3QubmFtZSkgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QubmFtZSkgOiBcIlwiLFxuICAgICAgc2l6ZUJ5dGVzOiBpc1NldChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5zaXplX2J5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZV9ieXRlcylcbiAgICAgICAgOiAwbixcbiAgICAgIGRhdGFQZXJjZW50OiBpc1NldChvYmplY3QuZGF0YVBlcmNlbnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LmRhdGFQZXJjZW50KVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5kYXRhX3BlcmNlbnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LmRhdGFfcGVyY2VudClcbiAgICAgICAgOiAwLFxuICAgICAgbWV0YWRhdGFQZXJjZW50OiBpc1NldChvYmplY3QubWV0YWRhdGFQZXJjZW50KVxuICAgICAgICA/IGdsb2JhbFRoaXMuTnVtYmVyKG9iamVjdC5tZXRhZGF0YVBlcmNlbnQpXG4gICAgICAgIDogaXNTZXQob2JqZWN0Lm1ldGFkYXRhX3BlcmNlbnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0Lm1ldGFkYXRhX3BlcmNlbnQpXG4gICAgICAgIDogMCxcbiAgICB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBUaGluUG9vbCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgb2JqLm5hbWUgPSBtZXNzYWdlLm5hbWU7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIG9iai5zaXplQnl0ZXMgPSBtZXNzYWdlLnNpemVCeXRlcy50b1N0cmluZygpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5kYXRhUGVyY2VudCAhPT0gMCkge1xuICAgICAgb2JqLmRhdGFQZXJjZW50ID0gZmxvYXRUb0pzb24obWVzc2FnZS5kYXRhUGVyY2VudCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLm1ldGFkYXRhUGVyY2VudCAhPT0gMCkge1xuICAgICAgb2JqLm1ldGFkYXRhUGVyY2VudCA9IGZsb2F0VG9Kc29uKG1lc3NhZ2UubWV0YWRhdGFQZXJjZW50KTtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFRoaW5Qb29sPiwgST4+KGJhc2U/OiBJKTogVGhpblBvb2wge1xuICAgIHJldHVybiBUaGluUG9vbC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFRoaW5Qb29sPiwgST4+KG9iamVjdDogSSk6IFRoaW5Qb29sIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZVRoaW5Qb29sKCk7XG4gICAgbWVzc2FnZS5uYW1lID0gb2JqZWN0Lm5hbWUgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnNpemVCeXRlcyA9IChvYmplY3Quc2l6ZUJ5dGVzICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LnNpemVCeXRlcyAhPT0gbnVsbCkgPyBCaWdJbnQob2JqZWN0LnNpemVCeXRlcykgOiAwbjtcbiAgICBtZXNzYWdlLmRhdGFQZXJjZW50ID0gb2JqZWN0LmRhdGFQZXJjZW50ID8/IDA7XG4gICAgbWVzc2FnZS5tZXRhZGF0YVBlcmNlbnQgPSBvYmplY3QubWV0YWRhdGFQZXJjZW50ID8/IDA7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlVm9sdW1lR3JvdXAoKTogVm9sdW1lR3JvdXAge1xuICByZXR1cm4ge1xuICAgIG5hbWU6IFwiXCIsXG4gICAgc2l6ZUJ5dGVzOiAwbixcbiAgICBmcmVlQnl0ZXM6IDBuLFxuICAgIGV4dGVudFNpemVCeXRlczogMG4sXG4gICAgcHZDb3VudDogMCxcbiAgICBsdkNvdW50OiAwLFxuICAgIHRoaW5Qb29sczogW10sXG4gICAgdXVpZDogXCJcIixcbiAgfTtcbn1cblxuZXhwb3J0IGNvbnN0IFZvbHVtZUdyb3VwOiBNZXNzYWdlRm5zPFZvbHVtZUdyb3VwPiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IFZvbHVtZUdyb3VwLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2UubmFtZSk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIGlmIChCaWdJbnQuYXNVaW50Tig2NCwgbWVzc2FnZS5zaXplQnl0ZXMpICE9PSBtZXNzYWdlLnNpemVCeXRlcykge1xuICAgICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInZhbHVlIHByb3ZpZGVkIGZvciBmaWVsZCBtZXNzYWdlLnNpemVCeXRlcyBvZiB0eXBlIHVpbnQ2NCB0b28gbGFyZ2VcIik7XG4gICAgICB9XG4gICAgICB3cml0ZXIudWludDMyKDE2KS51aW50NjQobWVzc2FnZS5zaXplQnl0ZXMpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5mcmVlQnl0ZXMgIT09IDBuKSB7XG4gICAgICBpZiAoQmlnSW50LmFzVWludE4oNjQsIG1lc3NhZ2UuZnJlZUJ5dGVzKSAhPT0gbWVzc2FnZS5mcmVlQnl0ZXMpIHtcbiAgICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJ2YWx1ZSBwcm92aWRlZCBmb3IgZmllbGQgbWVzc2FnZS5mcmVlQnl0ZXMgb2YgdHlwZSB1aW50NjQgdG9vIGxhcmdlXCIpO1xuICAgICAgfVxuICAgICAgd3JpdGVyLnVpbnQzMigyNCkudWludDY0KG1lc3NhZ2UuZnJlZUJ5dGVzKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuZXh0ZW50U2l6ZUJ5dGVzICE9PSAwbikge1xuICAgICAgaWYgKEJpZ0ludC5hc1VpbnROKDY0LCBtZXNzYWdlLmV4dGVudFNpemVCeXRlcykgIT09IG1lc3NhZ2UuZXh0ZW50U2l6ZUJ5dGVzKSB7XG4gICAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwidmFsdWUgcHJvdmlkZWQgZm9yIGZpZWxkIG1lc3NhZ2UuZXh0ZW50U2l6ZUJ5dGVzIG9mIHR5cGUgdWludDY0IHRvbyBsYXJnZVwiKTtcbiAgICAgIH1cbiAgICAgIHdyaXRlci51aW50MzIoMzIpLnVpbnQ2NChtZXNzYWdlLmV4dGVudFNpemVCeXRlcyk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnB2Q291bnQgIT09IDApIHtcbiAgICAgIHdyaXRlci51aW50MzIoNDApLnVpbnQzMihtZXNzYWdlLnB2Q291bnQpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5sdkNvdW50ICE9PSAwKSB7XG4gICAgICB3cml0ZXIudWludDMyKDQ4KS51aW50MzIobWVzc2FnZS5sdkNvdW50KTtcbiAgICB9XG4gICAgZm9yIChjb25zdCB2IG9mIG1lc3NhZ2UudGhpblBvb2xzKSB7XG4gICAgICBUaGluUG9vbC5lbmNvZGUodiEsIHdyaXRlci51aW50MzIoNTgpLmZvcmsoKSkuam9pbigpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS51dWlkICE9PSBcIlwiKSB7XG4gICAgICB3cml0ZXIudWludDMyKDY2KS5zdHJpbmcobWVzc2FnZS51dWlkKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IFZvbHVtZUdyb3VwIHtcbiAgICBjb25zdCByZWFkZXIgPSBpbnB1dCBpbnN0YW5jZW9mIEJpbmFyeVJlYWRlciA/IGlucHV0IDogbmV3IEJpbmFyeVJlYWRlcihpbnB1dCk7XG4gICAgY29uc3QgcHJldmlvdXNSZWN1cnNpb25EZXB0aCA9IChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA/PyAwO1xuICAgIGlmIChwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID49IDEwMCkge1xuICAgICAgdGhyb3cgbmV3IGdsb2JhbFRoaXMuRXJyb3IoXCJwcm90b2J1ZiBkZWNvZGUgcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkXCIpO1xuICAgIH1cbiAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoICsgMTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZW5kID0gbGVuZ3RoID09PSB1bmRlZmluZWQgPyByZWFkZXIubGVuIDogcmVhZGVyLnBvcyArIGxlbmd0aDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBjcmVhdGVCYXNlVm9sdW1lR3JvdXAoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLm5hbWUgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSAyOiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSAxNikge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5zaXplQnl0ZXMgPSByZWFkZXIudWludDY0KCkgYXMgYmlnaW50O1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgMzoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMjQpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UuZnJlZUJ5dGVzID0gcmVhZGVyLnVpbnQ2NCgpIGFzIGJpZ2ludDtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDQ6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDMyKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLmV4dGVudFNpemVCeXRlcyA9IHJlYWRlci51aW50NjQoKSBhcyBiaWdpbnQ7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY2FzZSA1OiB7XG4gICAgICAgICAgICBpZiAodGFnICE9PSA0MCkge1xuICAgICAgICAgICAgICBicmVhaztcbiAgICAgICAgICAgIH1cblxuICAgICAgICAgICAgbWVzc2FnZS5wdkNvdW50ID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgNjoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNDgpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UubHZDb3VudCA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBjYXNlIDc6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDU4KSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnRoaW5Qb29scy5wdXNoKFRoaW5Qb29sLmRlY29kZShyZWFkZXIsIHJlYWRlci51aW50MzIoKSkpO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgODoge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gNjYpIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2UudXVpZCA9IHJlYWRlci5zdHJpbmcoKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogVm9sdW1lR3JvdXAge1xuICAgIHJldHVybiB7XG4gICAgICBuYW1lOiBpc1NldChvYmplY3QubmFtZSkgPyBnbG9iYWxUaGlzLlN0cmluZyhvYmplY3QubmFtZSkgOiBcIlwiLFxuICAgICAgc2l6ZUJ5dGVzOiBpc1NldChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZUJ5dGVzKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC5zaXplX2J5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3Quc2l6ZV9ieXRlcylcbiAgICAgICAgOiAwbixcbiAgICAgIGZyZWVCeXRlczogaXNTZXQob2JqZWN0LmZyZWVCeXRlcylcbiAgICAgICAgPyBCaWdJbnQob2JqZWN0LmZyZWVCeXRlcylcbiAgICAgICAgOiBpc1NldChvYmplY3QuZnJlZV9ieXRlcylcbiAgICAgICAgPyBCaWdJbnQob2JqZWN0LmZyZWVfYnl0ZXMpXG4gICAgICAgIDogMG4sXG4gICAgICBleHRlbnRTaXplQnl0ZXM6IGlzU2V0KG9iamVjdC5leHRlbnRTaXplQnl0ZXMpXG4gICAgICAgID8gQmlnSW50KG9iamVjdC5leHRlbnRTaXplQnl0ZXMpXG4gICAgICAgIDogaXNTZXQob2JqZWN0LmV4dGVudF9zaXplX2J5dGVzKVxuICAgICAgICA/IEJpZ0ludChvYmplY3QuZXh0ZW50X3NpemVfYnl0ZXMpXG4gICAgICAgIDogMG4sXG4gICAgICBwdkNvdW50OiBpc1NldChvYmplY3QucHZDb3VudClcbiAgICAgICAgPyBnbG9iYWxUaGlzLk51bWJlcihvYmplY3QucHZDb3VudClcbiAgICAgICAgOiBpc1NldChvYmplY3QucHZfY291bnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0LnB2X2NvdW50KVxuICAgICAgICA6IDAsXG4gICAgICBsdkNvdW50OiBpc1NldChvYmplY3QubHZDb3VudClcbiAgICAgICAgPyBnbG9iYWxUaGlzLk51bWJlcihvYmplY3QubHZDb3VudClcbiAgICAgICAgOiBpc1NldChvYmplY3QubHZfY291bnQpXG4gICAgICAgID8gZ2xvYmFsVGhpcy5OdW1iZXIob2JqZWN0Lmx2X2NvdW50KVxuICAgICAgICA6IDAsXG4gICAgICB0aGluUG9vbHM6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LnRoaW5Qb29scylcbiAgICAgICAgPyBvYmplY3QudGhpblBvb2xzLm1hcCgoZTogYW55KSA9PiBUaGluUG9vbC5mcm9tSlNPTihlKSlcbiAgICAgICAgOiBnbG9iYWxUaGlzLkFycmF5LmlzQXJyYXkob2JqZWN0Py50aGluX3Bvb2xzKVxuICAgICAgICA/IG9iamVjdC50aGluX3Bvb2xzLm1hcCgoZTogYW55KSA9PiBUaGluUG9vbC5mcm9tSlNPTihlKSlcbiAgICAgICAgOiBbXSxcbiAgICAgIHV1aWQ6IGlzU2V0KG9iamVjdC51dWlkKSA/IGdsb2JhbFRoaXMuU3RyaW5nKG9iamVjdC51dWlkKSA6IFwiXCIsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogVm9sdW1lR3JvdXApOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLm5hbWUgIT09IFwiXCIpIHtcbiAgICAgIG9iai5uYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5zaXplQnl0ZXMgIT09IDBuKSB7XG4gICAgICBvYmouc2l6ZUJ5dGVzID0gbWVzc2FnZS5zaXplQnl0ZXMudG9TdHJpbmcoKTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UuZnJlZUJ5dGVzICE9PSAwbikge1xuICAgICAgb2JqLmZyZWVCeXRlcyA9IG1lc3NhZ2UuZnJlZUJ5dGVzLnRvU3RyaW5nKCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLmV4dGVudFNpemVCeXRlcyAhPT0gMG4pIHtcbiAgICAgIG9iai5leHRlbnRTaXplQnl0ZXMgPSBtZXNzYWdlLmV4dGVudFNpemVCeXRlcy50b1N0cmluZygpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS5wdkNvdW50ICE9PSAwKSB7XG4gICAgICBvYmoucHZDb3VudCA9IE1hdGgucm91bmQobWVzc2FnZS5wdkNvdW50KTtcbiAgICB9XG4gICAgaWYgKG1lc3NhZ2UubHZDb3VudCAhPT0gMCkge1xuICAgICAgb2JqLmx2Q291bnQgPSBNYXRoLnJvdW5kKG1lc3NhZ2UubHZDb3VudCk7XG4gICAgfVxuICAgIGlmIChtZXNzYWdlLnRoaW5Qb29scz8ubGVuZ3RoKSB7XG4gICAgICBvYmoudGhpblBvb2xzID0gbWVzc2FnZS50aGluUG9vbHMubWFwKChlKSA9PiBUaGluUG9vbC50b0pTT04oZSkpO1xuICAgIH1cbiAgICBpZiAobWVzc2FnZS51dWlkICE9PSBcIlwiKSB7XG4gICAgICBvYmoudXVpZCA9IG1lc3NhZ2UudXVpZDtcbiAgICB9XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFZvbHVtZUdyb3VwPiwgST4+KGJhc2U/OiBJKTogVm9sdW1lR3JvdXAge1xuICAgIHJldHVybiBWb2x1bWVHcm91cC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPFZvbHVtZUdyb3VwPiwgST4+KG9iamVjdDogSSk6IFZvbHVtZUdyb3VwIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZVZvbHVtZUdyb3VwKCk7XG4gICAgbWVzc2FnZS5uYW1lID0gb2JqZWN0Lm5hbWUgPz8gXCJcIjtcbiAgICBtZXNzYWdlLnNpemVCeXRlcyA9IChvYmplY3Quc2l6ZUJ5dGVzICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LnNpemVCeXRlcyAhPT0gbnVsbCkgPyBCaWdJbnQob2JqZWN0LnNpemVCeXRlcykgOiAwbjtcbiAgICBtZXNzYWdlLmZyZWVCeXRlcyA9IChvYmplY3QuZnJlZUJ5dGVzICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LmZyZWVCeXRlcyAhPT0gbnVsbCkgPyBCaWdJbnQob2JqZWN0LmZyZWVCeXRlcykgOiAwbjtcbiAgICBtZXNzYWdlLmV4dGVudFNpemVCeXRlcyA9IChvYmplY3QuZXh0ZW50U2l6ZUJ5dGVzICE9PSB1bmRlZmluZWQgJiYgb2JqZWN0LmV4dGVudFNpemVCeXRlcyAhPT0gbnVsbClcbiAgICAgID8gQmlnSW50KG9iamVjdC5leHRlbnRTaXplQnl0ZXMpXG4gICAgICA6IDBuO1xuICAgIG1lc3NhZ2UucHZDb3VudCA9IG9iamVjdC5wdkNvdW50ID8/IDA7XG4gICAgbWVzc2FnZS5sdkNvdW50ID0gb2JqZWN0Lmx2Q291bnQgPz8gMDtcbiAgICBtZXNzYWdlLnRoaW5Qb29scyA9IG9iamVjdC50aGluUG9vbHM/Lm1hcCgoZSkgPT4gVGhpblBvb2wuZnJvbVBhcnRpYWwoZSkpIHx8IFtdO1xuICAgIG1lc3NhZ2UudXVpZCA9IG9iamVjdC51dWlkID8/IFwiXCI7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlTGlzdFZvbHVtZUdyb3Vwc1JlcXVlc3QoKTogTGlzdFZvbHVtZUdyb3Vwc1JlcXVlc3Qge1xuICByZXR1cm4ge307XG59XG5cbmV4cG9ydCBjb25zdCBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdDogTWVzc2FnZUZuczxMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdD4gPSB7XG4gIGVuY29kZShfOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RWb2x1bWVHcm91cHNSZXF1ZXN0KCk7XG4gICAgICB3aGlsZSAocmVhZGVyLnBvcyA8IGVuZCkge1xuICAgICAgICBjb25zdCB0YWcgPSByZWFkZXIudWludDMyKCk7XG4gICAgICAgIHN3aXRjaCAodGFnID4+PiAzKSB7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihfOiBhbnkpOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCB7XG4gICAgcmV0dXJuIHt9O1xuICB9LFxuXG4gIHRvSlNPTihfOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgcmV0dXJuIG9iajtcbiAgfSxcblxuICBjcmVhdGU8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogTGlzdFZvbHVtZUdyb3Vwc1JlcXVlc3Qge1xuICAgIHJldHVybiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdC5mcm9tUGFydGlhbChiYXNlID8/ICh7fSBhcyBhbnkpKTtcbiAgfSxcbiAgZnJvbVBhcnRpYWw8SSBleHRlbmRzIEV4YWN0PERlZXBQYXJ0aWFsPExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0PiwgST4+KF86IEkpOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCgpO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUxpc3RWb2x1bWVHcm91cHNSZXNwb25zZSgpOiBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2Uge1xuICByZXR1cm4geyB2b2x1bWVHcm91cHM6IFtdIH07XG59XG5cbmV4cG9ydCBjb25zdCBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2U6IE1lc3NhZ2VGbnM8TGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlPiA9IHtcbiAgZW5jb2RlKG1lc3NhZ2U6IExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSwgd3JpdGVyOiBCaW5hcnlXcml0ZXIgPSBuZXcgQmluYXJ5V3JpdGVyKCkpOiBCaW5hcnlXcml0ZXIge1xuICAgIGZvciAoY29uc3QgdiBvZiBtZXNzYWdlLnZvbHVtZUdyb3Vwcykge1xuICAgICAgVm9sdW1lR3JvdXAuZW5jb2RlKHYhLCB3cml0ZXIudWludDMyKDEwKS5mb3JrKCkpLmpvaW4oKTtcbiAgICB9XG4gICAgcmV0dXJuIHdyaXRlcjtcbiAgfSxcblxuICBkZWNvZGUoaW5wdXQ6IEJpbmFyeVJlYWRlciB8IFVpbnQ4QXJyYXksIGxlbmd0aD86IG51bWJlcik6IExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RWb2x1bWVHcm91cHNSZXNwb25zZSgpO1xuICAgICAgd2hpbGUgKHJlYWRlci5wb3MgPCBlbmQpIHtcbiAgICAgICAgY29uc3QgdGFnID0gcmVhZGVyLnVpbnQzMigpO1xuICAgICAgICBzd2l0Y2ggKHRhZyA+Pj4gMykge1xuICAgICAgICAgIGNhc2UgMToge1xuICAgICAgICAgICAgaWYgKHRhZyAhPT0gMTApIHtcbiAgICAgICAgICAgICAgYnJlYWs7XG4gICAgICAgICAgICB9XG5cbiAgICAgICAgICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXBzLnB1c2goVm9sdW1lR3JvdXAuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZUdyb3VwczogZ2xvYmFsVGhpcy5BcnJheS5pc0FycmF5KG9iamVjdD8udm9sdW1lR3JvdXBzKVxuICAgICAgICA/IG9iamVjdC52b2x1bWVHcm91cHMubWFwKChlOiBhbnkpID0+IFZvbHVtZUdyb3VwLmZyb21KU09OKGUpKVxuICAgICAgICA6IGdsb2JhbFRoaXMuQXJyYXkuaXNBcnJheShvYmplY3Q/LnZvbHVtZV9ncm91cHMpXG4gICAgICAgID8gb2JqZWN0LnZvbHVtZV9ncm91cHMubWFwKChlOiBhbnkpID0+IFZvbHVtZUdyb3VwLmZyb21KU09OKGUpKVxuICAgICAgICA6IFtdLFxuICAgIH07XG4gIH0sXG5cbiAgdG9KU09OKG1lc3NhZ2U6IExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXBzPy5sZW5ndGgpIHtcbiAgICAgIG9iai52b2x1bWVHcm91cHMgPSBtZXNzYWdlLnZvbHVtZUdyb3Vwcy5tYXAoKGUpID0+IFZvbHVtZUdyb3VwLnRvSlNPTihlKSk7XG4gICAgfVxuICAgIHJldHVybiBvYmo7XG4gIH0sXG5cbiAgY3JlYXRlPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2U+LCBJPj4oYmFzZT86IEkpOiBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2Uge1xuICAgIHJldHVybiBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2UuZnJvbVBhcnRpYWwoYmFzZSA/PyAoe30gYXMgYW55KSk7XG4gIH0sXG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2U+LCBJPj4ob2JqZWN0OiBJKTogTGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUxpc3RWb2x1bWVHcm91cHNSZXNwb25zZSgpO1xuICAgIG1lc3NhZ2Uudm9sdW1lR3JvdXBzID0gb2JqZWN0LnZvbHVtZUdyb3Vwcz8ubWFwKChlKSA9PiBWb2x1bWVHcm91cC5mcm9tUGFydGlhbChlKSkgfHwgW107XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG5mdW5jdGlvbiBjcmVhdGVCYXNlR2V0Vm9sdW1lR3JvdXBSZXF1ZXN0KCk6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCB7XG4gIHJldHVybiB7IG5hbWU6IFwiXCIgfTtcbn1cblxuZXhwb3J0IGNvbnN0IEdldFZvbHVtZUdyb3VwUmVxdWVzdDogTWVzc2FnZUZuczxHZXRWb2x1bWVHcm91cFJlcXVlc3Q+ID0ge1xuICBlbmNvZGUobWVzc2FnZTogR2V0Vm9sdW1lR3JvdXBSZXF1ZXN0LCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2UubmFtZSAhPT0gXCJcIikge1xuICAgICAgd3JpdGVyLnVpbnQzMigxMCkuc3RyaW5nKG1lc3NhZ2UubmFtZSk7XG4gICAgfVxuICAgIHJldHVybiB3cml0ZXI7XG4gIH0sXG5cbiAgZGVjb2RlKGlucHV0OiBCaW5hcnlSZWFkZXIgfCBVaW50OEFycmF5LCBsZW5ndGg/OiBudW1iZXIpOiBHZXRWb2x1bWVHcm91cFJlcXVlc3Qge1xuICAgIGNvbnN0IHJlYWRlciA9IGlucHV0IGluc3RhbmNlb2YgQmluYXJ5UmVhZGVyID8gaW5wdXQgOiBuZXcgQmluYXJ5UmVhZGVyKGlucHV0KTtcbiAgICBjb25zdCBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoID0gKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID8/IDA7XG4gICAgaWYgKHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPj0gMTAwKSB7XG4gICAgICB0aHJvdyBuZXcgZ2xvYmFsVGhpcy5FcnJvcihcInByb3RvYnVmIGRlY29kZSByZWN1cnNpb24gbGltaXQgZXhjZWVkZWRcIik7XG4gICAgfVxuICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggKyAxO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBlbmQgPSBsZW5ndGggPT09IHVuZGVmaW5lZCA/IHJlYWRlci5sZW4gOiByZWFkZXIucG9zICsgbGVuZ3RoO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VHZXRWb2x1bWVHcm91cFJlcXVlc3QoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLm5hbWUgPSByZWFkZXIuc3RyaW5nKCk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCh0YWcgJiA3KSA9PT0gNCB8fCB0YWcgPT09IDApIHtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgfVxuICAgICAgICByZWFkZXIuc2tpcCh0YWcgJiA3KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBtZXNzYWdlO1xuICAgIH0gZmluYWxseSB7XG4gICAgICAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPSBwcmV2aW91c1JlY3Vyc2lvbkRlcHRoO1xuICAgIH1cbiAgfSxcblxuICBmcm9tSlNPTihvYmplY3Q6IGFueSk6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCB7XG4gICAgcmV0dXJuIHsgbmFtZTogaXNTZXQob2JqZWN0Lm5hbWUpID8gZ2xvYmFsVGhpcy5TdHJpbmcob2JqZWN0Lm5hbWUpIDogXCJcIiB9O1xuICB9LFxuXG4gIHRvSlNPTihtZXNzYWdlOiBHZXRWb2x1bWVHcm91cFJlcXVlc3QpOiB1bmtub3duIHtcbiAgICBjb25zdCBvYmo6IGFueSA9IHt9O1xuICAgIGlmIChtZXNzYWdlLm5hbWUgIT09IFwiXCIpIHtcbiAgICAgIG9iai5uYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lR3JvdXBSZXF1ZXN0PiwgST4+KGJhc2U/OiBJKTogR2V0Vm9sdW1lR3JvdXBSZXF1ZXN0IHtcbiAgICByZXR1cm4gR2V0Vm9sdW1lR3JvdXBSZXF1ZXN0LmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lR3JvdXBSZXF1ZXN0PiwgST4+KG9iamVjdDogSSk6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCB7XG4gICAgY29uc3QgbWVzc2FnZSA9IGNyZWF0ZUJhc2VHZXRWb2x1bWVHcm91cFJlcXVlc3QoKTtcbiAgICBtZXNzYWdlLm5hbWUgPSBvYmplY3QubmFtZSA/PyBcIlwiO1xuICAgIHJldHVybiBtZXNzYWdlO1xuICB9LFxufTtcblxuZnVuY3Rpb24gY3JlYXRlQmFzZUdldFZvbHVtZUdyb3VwUmVzcG9uc2UoKTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSB7XG4gIHJldHVybiB7IHZvbHVtZUdyb3VwOiB1bmRlZmluZWQgfTtcbn1cblxuZXhwb3J0IGNvbnN0IEdldFZvbHVtZUdyb3VwUmVzcG9uc2U6IE1lc3NhZ2VGbnM8R2V0Vm9sdW1lR3JvdXBSZXNwb25zZT4gPSB7XG4gIGVuY29kZShtZXNzYWdlOiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlLCB3cml0ZXI6IEJpbmFyeVdyaXRlciA9IG5ldyBCaW5hcnlXcml0ZXIoKSk6IEJpbmFyeVdyaXRlciB7XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IHVuZGVmaW5lZCkge1xuICAgICAgVm9sdW1lR3JvdXAuZW5jb2RlKG1lc3NhZ2Uudm9sdW1lR3JvdXAsIHdyaXRlci51aW50MzIoMTApLmZvcmsoKSkuam9pbigpO1xuICAgIH1cbiAgICByZXR1cm4gd3JpdGVyO1xuICB9LFxuXG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSB7XG4gICAgY29uc3QgcmVhZGVyID0gaW5wdXQgaW5zdGFuY2VvZiBCaW5hcnlSZWFkZXIgPyBpbnB1dCA6IG5ldyBCaW5hcnlSZWFkZXIoaW5wdXQpO1xuICAgIGNvbnN0IHByZXZpb3VzUmVjdXJzaW9uRGVwdGggPSAocmVhZGVyIGFzIGFueSkuX190c1Byb3RvRGVjb2RlRGVwdGggPz8gMDtcbiAgICBpZiAocHJldmlvdXNSZWN1cnNpb25EZXB0aCA+PSAxMDApIHtcbiAgICAgIHRocm93IG5ldyBnbG9iYWxUaGlzLkVycm9yKFwicHJvdG9idWYgZGVjb2RlIHJlY3Vyc2lvbiBsaW1pdCBleGNlZWRlZFwiKTtcbiAgICB9XG4gICAgKHJlYWRlciBhcyBhbnkpLl9fdHNQcm90b0RlY29kZURlcHRoID0gcHJldmlvdXNSZWN1cnNpb25EZXB0aCArIDE7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGVuZCA9IGxlbmd0aCA9PT0gdW5kZWZpbmVkID8gcmVhZGVyLmxlbiA6IHJlYWRlci5wb3MgKyBsZW5ndGg7XG4gICAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldFZvbHVtZUdyb3VwUmVzcG9uc2UoKTtcbiAgICAgIHdoaWxlIChyZWFkZXIucG9zIDwgZW5kKSB7XG4gICAgICAgIGNvbnN0IHRhZyA9IHJlYWRlci51aW50MzIoKTtcbiAgICAgICAgc3dpdGNoICh0YWcgPj4+IDMpIHtcbiAgICAgICAgICBjYXNlIDE6IHtcbiAgICAgICAgICAgIGlmICh0YWcgIT09IDEwKSB7XG4gICAgICAgICAgICAgIGJyZWFrO1xuICAgICAgICAgICAgfVxuXG4gICAgICAgICAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gVm9sdW1lR3JvdXAuZGVjb2RlKHJlYWRlciwgcmVhZGVyLnVpbnQzMigpKTtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBpZiAoKHRhZyAmIDcpID09PSA0IHx8IHRhZyA9PT0gMCkge1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICAgIHJlYWRlci5za2lwKHRhZyAmIDcpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIG1lc3NhZ2U7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIChyZWFkZXIgYXMgYW55KS5fX3RzUHJvdG9EZWNvZGVEZXB0aCA9IHByZXZpb3VzUmVjdXJzaW9uRGVwdGg7XG4gICAgfVxuICB9LFxuXG4gIGZyb21KU09OKG9iamVjdDogYW55KTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHZvbHVtZUdyb3VwOiBpc1NldChvYmplY3Qudm9sdW1lR3JvdXApXG4gICAgICAgID8gVm9sdW1lR3JvdXAuZnJvbUpTT04ob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgICA6IGlzU2V0KG9iamVjdC52b2x1bWVfZ3JvdXApXG4gICAgICAgID8gVm9sdW1lR3JvdXAuZnJvbUpTT04ob2JqZWN0LnZvbHVtZV9ncm91cClcbiAgICAgICAgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfSxcblxuICB0b0pTT04obWVzc2FnZTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSk6IHVua25vd24ge1xuICAgIGNvbnN0IG9iajogYW55ID0ge307XG4gICAgaWYgKG1lc3NhZ2Uudm9sdW1lR3JvdXAgIT09IHVuZGVmaW5lZCkge1xuICAgICAgb2JqLnZvbHVtZUdyb3VwID0gVm9sdW1lR3JvdXAudG9KU09OKG1lc3NhZ2Uudm9sdW1lR3JvdXApO1xuICAgIH1cbiAgICByZXR1cm4gb2JqO1xuICB9LFxuXG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lR3JvdXBSZXNwb25zZT4sIEk+PihiYXNlPzogSSk6IEdldFZvbHVtZUdyb3VwUmVzcG9uc2Uge1xuICAgIHJldHVybiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlLmZyb21QYXJ0aWFsKGJhc2UgPz8gKHt9IGFzIGFueSkpO1xuICB9LFxuICBmcm9tUGFydGlhbDxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8R2V0Vm9sdW1lR3JvdXBSZXNwb25zZT4sIEk+PihvYmplY3Q6IEkpOiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlIHtcbiAgICBjb25zdCBtZXNzYWdlID0gY3JlYXRlQmFzZUdldFZvbHVtZUdyb3VwUmVzcG9uc2UoKTtcbiAgICBtZXNzYWdlLnZvbHVtZUdyb3VwID0gKG9iamVjdC52b2x1bWVHcm91cCAhPT0gdW5kZWZpbmVkICYmIG9iamVjdC52b2x1bWVHcm91cCAhPT0gbnVsbClcbiAgICAgID8gVm9sdW1lR3JvdXAuZnJvbVBhcnRpYWwob2JqZWN0LnZvbHVtZUdyb3VwKVxuICAgICAgOiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lc3NhZ2U7XG4gIH0sXG59O1xuXG4vKiogVm9sdW1lR3JvdXBTZXJ2aWNlIHJlcG9ydHMgdGhlIGNhcGFjaXR5IG9mIHRoZSBjb25maWd1cmVkIHZvbHVtZSBncm91cHMuICovXG5leHBvcnQgdHlwZSBWb2x1bWVHcm91cFNlcnZpY2VTZXJ2aWNlID0gdHlwZW9mIFZvbHVtZUdyb3VwU2VydmljZVNlcnZpY2U7XG5leHBvcnQgY29uc3QgVm9sdW1lR3JvdXBTZXJ2aWNlU2VydmljZSA9IHtcbiAgLyoqXG4gICAqIExpc3RWb2x1bWVHcm91cHMgbGlzdHMgdGhlIGNvbmZpZ3VyZWQgdm9sdW1lIGdyb3VwcyB0aGF0IGV4aXN0LlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBVTkFWQUlMQUJMRSAobHZtIG5vdCB1c2FibGUpOyBJTlRFUk5BTC5cbiAgICovXG4gIGxpc3RWb2x1bWVHcm91cHM6IHtcbiAgICBwYXRoOiBcIi9sdm1jdGwudjEuVm9sdW1lR3JvdXBTZXJ2aWNlL0xpc3RWb2x1bWVHcm91cHNcIiBhcyBjb25zdCxcbiAgICByZXF1ZXN0U3RyZWFtOiBmYWxzZSBhcyBjb25zdCxcbiAgICByZXNwb25zZVN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVxdWVzdFNlcmlhbGl6ZTogKHZhbHVlOiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCk6IEJ1ZmZlciA9PlxuICAgICAgQnVmZmVyLmZyb20oTGlzdFZvbHVtZUdyb3Vwc1JlcXVlc3QuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVxdWVzdERlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0ID0+IExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0LmRlY29kZSh2YWx1ZSksXG4gICAgcmVzcG9uc2VTZXJpYWxpemU6ICh2YWx1ZTogTGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlKTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2UuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVzcG9uc2VEZXNlcmlhbGl6ZTogKHZhbHVlOiBCdWZmZXIpOiBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2UgPT4gTGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlLmRlY29kZSh2YWx1ZSksXG4gIH0sXG4gIC8qKlxuICAgKiBHZXRWb2x1bWVHcm91cCByZWFkcyBvbmUgY29uZmlndXJlZCB2b2x1bWUgZ3JvdXAuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IElOVkFMSURfQVJHVU1FTlQgKGJhZCBuYW1lKTsgTk9UX0ZPVU5EO1xuICAgKiBQRVJNSVNTSU9OX0RFTklFRCAobm90IGluIHRoZSBhbGxvdy1saXN0KTsgVU5BVkFJTEFCTEU7IElOVEVSTkFMLlxuICAgKi9cbiAgZ2V0Vm9sdW1lR3JvdXA6IHtcbiAgICBwYXRoOiBcIi9sdm1jdGwudjEuVm9sdW1lR3JvdXBTZXJ2aWNlL0dldFZvbHVtZUdyb3VwXCIgYXMgY29uc3QsXG4gICAgcmVxdWVzdFN0cmVhbTogZmFsc2UgYXMgY29uc3QsXG4gICAgcmVzcG9uc2VTdHJlYW06IGZhbHNlIGFzIGNvbnN0LFxuICAgIHJlcXVlc3RTZXJpYWxpemU6ICh2YWx1ZTogR2V0Vm9sdW1lR3JvdXBSZXF1ZXN0KTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShHZXRWb2x1bWVHcm91cFJlcXVlc3QuZW5jb2RlKHZhbHVlKS5maW5pc2goKSksXG4gICAgcmVxdWVzdERlc2VyaWFsaXplOiAodmFsdWU6IEJ1ZmZlcik6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCA9PiBHZXRWb2x1bWVHcm91cFJlcXVlc3QuZGVjb2RlKHZhbHVlKSxcbiAgICByZXNwb25zZVNlcmlhbGl6ZTogKHZhbHVlOiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlKTogQnVmZmVyID0+XG4gICAgICBCdWZmZXIuZnJvbShHZXRWb2x1bWVHcm91cFJlc3BvbnNlLmVuY29kZSh2YWx1ZSkuZmluaXNoKCkpLFxuICAgIHJlc3BvbnNlRGVzZXJpYWxpemU6ICh2YWx1ZTogQnVmZmVyKTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSA9PiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlLmRlY29kZSh2YWx1ZSksXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgaW50ZXJmYWNlIFZvbHVtZUdyb3VwU2VydmljZVNlcnZlciBleHRlbmRzIFVudHlwZWRTZXJ2aWNlSW1wbGVtZW50YXRpb24ge1xuICAvKipcbiAgICogTGlzdFZvbHVtZUdyb3VwcyBsaXN0cyB0aGUgY29uZmlndXJlZCB2b2x1bWUgZ3JvdXBzIHRoYXQgZXhpc3QuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IFVOQVZBSUxBQkxFIChsdm0gbm90IHVzYWJsZSk7IElOVEVSTkFMLlxuICAgKi9cbiAgbGlzdFZvbHVtZUdyb3VwczogaGFuZGxlVW5hcnlDYWxsPExpc3RWb2x1bWVHcm91cHNSZXF1ZXN0LCBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2U+O1xuICAvKipcbiAgICogR2V0Vm9sdW1lR3JvdXAgcmVhZHMgb25lIGNvbmZpZ3VyZWQgdm9sdW1lIGdyb3VwLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgbmFtZSk7IE5PVF9GT1VORDtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQgKG5vdCBpbiB0aGUgYWxsb3ctbGlzdCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGdldFZvbHVtZUdyb3VwOiBoYW5kbGVVbmFyeUNhbGw8R2V0Vm9sdW1lR3JvdXBSZXF1ZXN0LCBHZXRWb2x1bWVHcm91cFJlc3BvbnNlPjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBWb2x1bWVHcm91cFNlcnZpY2VDbGllbnQgZXh0ZW5kcyBDbGllbnQge1xuICAvKipcbiAgICogTGlzdFZvbHVtZUdyb3VwcyBsaXN0cyB0aGUgY29uZmlndXJlZCB2b2x1bWUgZ3JvdXBzIHRoYXQgZXhpc3QuXG4gICAqXG4gICAqIFN0YXR1cyBjb2RlczogT0s7IFVOQVZBSUxBQkxFIChsdm0gbm90IHVzYWJsZSk7IElOVEVSTkFMLlxuICAgKi9cbiAgbGlzdFZvbHVtZUdyb3VwcyhcbiAgICByZXF1ZXN0OiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogTGlzdFZvbHVtZUdyb3Vwc1Jlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGxpc3RWb2x1bWVHcm91cHMoXG4gICAgcmVxdWVzdDogTGlzdFZvbHVtZUdyb3Vwc1JlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBMaXN0Vm9sdW1lR3JvdXBzUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbiAgbGlzdFZvbHVtZUdyb3VwcyhcbiAgICByZXF1ZXN0OiBMaXN0Vm9sdW1lR3JvdXBzUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgb3B0aW9uczogUGFydGlhbDxDYWxsT3B0aW9ucz4sXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IExpc3RWb2x1bWVHcm91cHNSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICAvKipcbiAgICogR2V0Vm9sdW1lR3JvdXAgcmVhZHMgb25lIGNvbmZpZ3VyZWQgdm9sdW1lIGdyb3VwLlxuICAgKlxuICAgKiBTdGF0dXMgY29kZXM6IE9LOyBJTlZBTElEX0FSR1VNRU5UIChiYWQgbmFtZSk7IE5PVF9GT1VORDtcbiAgICogUEVSTUlTU0lPTl9ERU5JRUQgKG5vdCBpbiB0aGUgYWxsb3ctbGlzdCk7IFVOQVZBSUxBQkxFOyBJTlRFUk5BTC5cbiAgICovXG4gIGdldFZvbHVtZUdyb3VwKFxuICAgIHJlcXVlc3Q6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCxcbiAgICBjYWxsYmFjazogKGVycm9yOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXNwb25zZTogR2V0Vm9sdW1lR3JvdXBSZXNwb25zZSkgPT4gdm9pZCxcbiAgKTogQ2xpZW50VW5hcnlDYWxsO1xuICBnZXRWb2x1bWVHcm91cChcbiAgICByZXF1ZXN0OiBHZXRWb2x1bWVHcm91cFJlcXVlc3QsXG4gICAgbWV0YWRhdGE6IE1ldGFkYXRhLFxuICAgIGNhbGxiYWNrOiAoZXJyb3I6IFNlcnZpY2VFcnJvciB8IG51bGwsIHJlc3BvbnNlOiBHZXRWb2x1bWVHcm91cFJlc3BvbnNlKSA9PiB2b2lkLFxuICApOiBDbGllbnRVbmFyeUNhbGw7XG4gIGdldFZvbHVtZUdyb3VwKFxuICAgIHJlcXVlc3Q6IEdldFZvbHVtZUdyb3VwUmVxdWVzdCxcbiAgICBtZXRhZGF0YTogTWV0YWRhdGEsXG4gICAgb3B0aW9uczogUGFydGlhbDxDYWxsT3B0aW9ucz4sXG4gICAgY2FsbGJhY2s6IChlcnJvcjogU2VydmljZUVycm9yIHwgbnVsbCwgcmVzcG9uc2U6IEdldFZvbHVtZUdyb3VwUmVzcG9uc2UpID0+IHZvaWQsXG4gICk6IENsaWVudFVuYXJ5Q2FsbDtcbn1cblxuZXhwb3J0IGNvbnN0IFZvbHVtZUdyb3VwU2VydmljZUNsaWVudCA9IG1ha2VHZW5lcmljQ2xpZW50Q29uc3RydWN0b3IoXG4gIFZvbHVtZUdyb3VwU2VydmljZVNlcnZpY2UsXG4gIFwibHZtY3RsLnYxLlZvbHVtZUdyb3VwU2VydmljZVwiLFxuKSBhcyB1bmtub3duIGFzIHtcbiAgbmV3IChhZGRyZXNzOiBzdHJpbmcsIGNyZWRlbnRpYWxzOiBDaGFubmVsQ3JlZGVudGlhbHMsIG9wdGlvbnM/OiBQYXJ0aWFsPENsaWVudE9wdGlvbnM+KTogVm9sdW1lR3JvdXBTZXJ2aWNlQ2xpZW50O1xuICBzZXJ2aWNlOiB0eXBlb2YgVm9sdW1lR3JvdXBTZXJ2aWNlU2VydmljZTtcbiAgc2VydmljZU5hbWU6IHN0cmluZztcbn07XG5cbmZ1bmN0aW9uIGZsb2F0VG9Kc29uKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09IFwibnVtYmVyXCIgJiYgIWdsb2JhbFRoaXMuTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IGdsb2JhbFRoaXMuU3RyaW5nKHZhbHVlKSA6IHZhbHVlO1xufVxuXG50eXBlIEJ1aWx0aW4gPSBEYXRlIHwgRnVuY3Rpb24gfCBVaW50OEFycmF5IHwgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IGJpZ2ludCB8IHVuZGVmaW5lZDtcblxuZXhwb3J0IHR5cGUgRGVlcFBhcnRpYWw8VD4gPSBUIGV4dGVuZHMgYmlnaW50ID8gc3RyaW5nIHwgbnVtYmVyIHwgYmlnaW50XG4gIDogVCBleHRlbmRzIEJ1aWx0aW4gPyBUIDogVCBleHRlbmRzIGdsb2JhbFRoaXMuQXJyYXk8aW5mZXIgVT4gPyBnbG9iYWxUaGlzLkFycmF5PERlZXBQYXJ0aWFsPFU+PlxuICA6IFQgZXh0ZW5kcyBSZWFkb25seUFycmF5PGluZmVyIFU+ID8gUmVhZG9ubHlBcnJheTxEZWVwUGFydGlhbDxVPj5cbiAgOiBUIGV4dGVuZHMge30gPyB7IFtLIGluIGtleW9mIFRdPzogRGVlcFBhcnRpYWw8VFtLXT4gfVxuICA6IFBhcnRpYWw8VD47XG5cbnR5cGUgS2V5c09mVW5pb248VD4gPSBUIGV4dGVuZHMgVCA/IGtleW9mIFQgOiBuZXZlcjtcbmV4cG9ydCB0eXBlIEV4YWN0PFAsIEkgZXh0ZW5kcyBQPiA9IFAgZXh0ZW5kcyBCdWlsdGluID8gUFxuICA6IFAgJiB7IFtLIGluIGtleW9mIFBdOiBFeGFjdDxQW0tdLCBJW0tdPiB9ICYgeyBbSyBpbiBFeGNsdWRlPGtleW9mIEksIEtleXNPZlVuaW9uPFA+Pl06IG5ldmVyIH07XG5cbmZ1bmN0aW9uIGlzU2V0KHZhbHVlOiBhbnkpOiBib29sZWFuIHtcbiAgcmV0dXJuIHZhbHVlICE9PSBudWxsICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVzc2FnZUZuczxUPiB7XG4gIGVuY29kZShtZXNzYWdlOiBULCB3cml0ZXI/OiBCaW5hcnlXcml0ZXIpOiBCaW5hcnlXcml0ZXI7XG4gIGRlY29kZShpbnB1dDogQmluYXJ5UmVhZGVyIHwgVWludDhBcnJheSwgbGVuZ3RoPzogbnVtYmVyKTogVDtcbiAgZnJvbUpTT04ob2JqZWN0OiBhbnkpOiBUO1xuICB0b0pTT04obWVzc2FnZTogVCk6IHVua25vd247XG4gIGNyZWF0ZTxJIGV4dGVuZHMgRXhhY3Q8RGVlcFBhcnRpYWw8VD4sIEk+PihiYXNlPzogSSk6IFQ7XG4gIGZyb21QYXJ0aWFsPEkgZXh0ZW5kcyBFeGFjdDxEZWVwUGFydGlhbDxUPiwgST4+KG9iamVjdDogSSk6IFQ7XG59XG4iLCAiLy8gQSBncnBjLmhlYWx0aC52MSBjaGVjayBtYWRlIHdpdGggZ3JwYy1qcyBhbmQgdGhlIGhlYWx0aCBwcm90bywgaW5kZXBlbmRlbnQgb2YgbHZtY3RsJ3Mgb3duIGNsaWVudC5cbmltcG9ydCB7IGNyZWRlbnRpYWxzLCBsb2FkUGFja2FnZURlZmluaXRpb24sIHR5cGUgQ2xpZW50LCB0eXBlIFNlcnZpY2VFcnJvciB9IGZyb20gXCJAZ3JwYy9ncnBjLWpzXCI7XG5pbXBvcnQgeyBsb2FkU3luYyB9IGZyb20gXCJAZ3JwYy9wcm90by1sb2FkZXJcIjtcbmltcG9ydCB7IHByb3RvUGF0aCB9IGZyb20gXCJncnBjLWhlYWx0aC1jaGVja1wiO1xuXG50eXBlIEhlYWx0aENsaWVudCA9IENsaWVudCAmIHtcbiAgY2hlY2socmVxOiB7IHNlcnZpY2U6IHN0cmluZyB9LCBvcHRzOiB7IGRlYWRsaW5lOiBEYXRlIH0sIGNiOiAoZXJyOiBTZXJ2aWNlRXJyb3IgfCBudWxsLCByZXM6IHsgc3RhdHVzOiBzdHJpbmcgfSkgPT4gdm9pZCk6IHZvaWQ7XG59O1xuXG5jb25zdCBwa2cgPSBsb2FkUGFja2FnZURlZmluaXRpb24obG9hZFN5bmMocHJvdG9QYXRoLCB7IGVudW1zOiBTdHJpbmcgfSkpIGFzIHVua25vd24gYXMge1xuICBncnBjOiB7IGhlYWx0aDogeyB2MTogeyBIZWFsdGg6IG5ldyAodGFyZ2V0OiBzdHJpbmcsIGNyZWRzOiBSZXR1cm5UeXBlPHR5cGVvZiBjcmVkZW50aWFscy5jcmVhdGVJbnNlY3VyZT4pID0+IEhlYWx0aENsaWVudCB9IH0gfTtcbn07XG5cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0hlYWx0aChzZXJ2ZXI6IHN0cmluZywgc2VydmljZSA9IFwiXCIpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBjbGllbnQgPSBuZXcgcGtnLmdycGMuaGVhbHRoLnYxLkhlYWx0aChzZXJ2ZXIsIGNyZWRlbnRpYWxzLmNyZWF0ZUluc2VjdXJlKCkpO1xuICByZXR1cm4gbmV3IFByb21pc2U8c3RyaW5nPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY2xpZW50LmNoZWNrKHsgc2VydmljZSB9LCB7IGRlYWRsaW5lOiBuZXcgRGF0ZShEYXRlLm5vdygpICsgMjAwMCkgfSwgKGVyciwgcmVzKSA9PiB7XG4gICAgICBjbGllbnQuY2xvc2UoKTtcbiAgICAgIGlmIChlcnIpIHJlamVjdChlcnIpO1xuICAgICAgZWxzZSByZXNvbHZlKHJlcy5zdGF0dXMpO1xuICAgIH0pO1xuICB9KTtcbn1cbiIsICIvLyBBIHRocm93YXdheSB2b2x1bWUgZ3JvdXAgb24gYSBzcGFyc2UgZmlsZSBiZWhpbmQgYSBsb29wIGRldmljZSwgbWFkZSBhbmRcbi8vIHJlbW92ZWQgd2l0aCB0aGUgcmVhbCBsdm0yIHRvb2xzIChtZXRhZGF0YS1vbmx5OiB0aGlzIGhvc3QgaGFzIG5vIGRldmljZS1tYXBwZXJcbi8vIHVubGVzcyBMVk1DVExfVEVTVF9BQ1RJVkFUSU9OPTEgc2F5cyBpdCBkb2VzKS5cbmltcG9ydCB7IGV4ZWNGaWxlU3luYyB9IGZyb20gXCJub2RlOmNoaWxkX3Byb2Nlc3NcIjtcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCBybVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSBcIm5vZGU6b3NcIjtcbmltcG9ydCB7IGpvaW4gfSBmcm9tIFwibm9kZTpwYXRoXCI7XG5cbmV4cG9ydCBjb25zdCBNRVRBREFUQV9PTkxZID0gcHJvY2Vzcy5lbnYuTFZNQ1RMX1RFU1RfQUNUSVZBVElPTiAhPT0gXCIxXCI7XG5jb25zdCBDT05GSUcgPSBNRVRBREFUQV9PTkxZID8gW1wiLS1jb25maWdcIiwgXCJnbG9iYWx7YWN0aXZhdGlvbj0wfVwiXSA6IFtdO1xuXG5leHBvcnQgZnVuY3Rpb24gbHZtKGFyZ3M6IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgY29uc3QgW2NtZCwgLi4ucmVzdF0gPSBhcmdzO1xuICByZXR1cm4gZXhlY0ZpbGVTeW5jKFwibHZtXCIsIFtjbWQsIC4uLkNPTkZJRywgLi4ucmVzdF0sIHtcbiAgICBlbmNvZGluZzogXCJ1dGY4XCIsXG4gICAgZW52OiB7IC4uLnByb2Nlc3MuZW52LCBMQ19BTEw6IFwiQ1wiLCBMVk1fU1VQUFJFU1NfRkRfV0FSTklOR1M6IFwiMVwiIH0sXG4gICAgc3RkaW86IFtcImlnbm9yZVwiLCBcInBpcGVcIiwgXCJwaXBlXCJdLFxuICB9KTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb29wVmcge1xuICBuYW1lOiBzdHJpbmc7XG4gIGRldmljZTogc3RyaW5nO1xuICAvKiogTmFtZXMgb2YgdGhlIExWcyBpbiB0aGUgVkcsIHJlYWQgd2l0aCBwbGFpbiBsdnMgKG5vdCB0aHJvdWdoIGx2bWN0bGQpLiAqL1xuICBsdk5hbWVzKCk6IHN0cmluZ1tdO1xuICAvKiogbHZfbmFtZSAtPiBsdl90YWdzLCBsdl9zaXplIGZvciBldmVyeSBMViwgcmVhZCB3aXRoIHBsYWluIGx2cy4gKi9cbiAgbHZzKCk6IEFycmF5PHsgbmFtZTogc3RyaW5nOyB0YWdzOiBzdHJpbmc7IHNpemU6IGJpZ2ludCB9PjtcbiAgZGVzdHJveSgpOiB2b2lkO1xufVxuXG5sZXQgY291bnRlciA9IDA7XG5cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVMb29wVmcocHJlZml4OiBzdHJpbmcsIHNpemVNaUIgPSAyNTYsIGV4dGVudFNpemUgPSBcIjRtXCIpOiBMb29wVmcge1xuICBjb25zdCBuYW1lID0gYCR7cHJlZml4fSR7cHJvY2Vzcy5waWR9eCR7Y291bnRlcisrfWA7XG4gIGNvbnN0IGRpciA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksIFwibHZtY3RsLXZnLVwiKSk7XG4gIGNvbnN0IGZpbGUgPSBqb2luKGRpciwgXCJwdi5pbWdcIik7XG4gIGV4ZWNGaWxlU3luYyhcInRydW5jYXRlXCIsIFtcIi1zXCIsIGAke3NpemVNaUJ9TWAsIGZpbGVdKTtcbiAgY29uc3QgZGV2aWNlID0gZXhlY0ZpbGVTeW5jKFwibG9zZXR1cFwiLCBbXCItLWZpbmRcIiwgXCItLXNob3dcIiwgZmlsZV0sIHsgZW5jb2Rpbmc6IFwidXRmOFwiIH0pLnRyaW0oKTtcbiAgbHZtKFtcInB2Y3JlYXRlXCIsIFwiLXFcIiwgZGV2aWNlXSk7XG4gIGx2bShbXCJ2Z2NyZWF0ZVwiLCBcIi1xXCIsIFwiLS1waHlzaWNhbGV4dGVudHNpemVcIiwgZXh0ZW50U2l6ZSwgbmFtZSwgZGV2aWNlXSk7XG4gIGNvbnN0IGx2cyA9ICgpID0+IHtcbiAgICBjb25zdCBvdXQgPSBsdm0oW1wibHZzXCIsIFwiLS1yZXBvcnRmb3JtYXRcIiwgXCJqc29uXCIsIFwiLS11bml0c1wiLCBcImJcIiwgXCItLW5vc3VmZml4XCIsIFwiLW9cIiwgXCJsdl9uYW1lLGx2X3RhZ3MsbHZfc2l6ZVwiLCBuYW1lXSk7XG4gICAgY29uc3Qgcm93cyA9IEpTT04ucGFyc2Uob3V0KS5yZXBvcnRbMF0ubHYgYXMgQXJyYXk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gICAgcmV0dXJuIHJvd3MubWFwKChyKSA9PiAoeyBuYW1lOiByLmx2X25hbWUsIHRhZ3M6IHIubHZfdGFncywgc2l6ZTogQmlnSW50KHIubHZfc2l6ZSkgfSkpO1xuICB9O1xuICByZXR1cm4ge1xuICAgIG5hbWUsXG4gICAgZGV2aWNlLFxuICAgIGx2cyxcbiAgICBsdk5hbWVzOiAoKSA9PiBsdnMoKS5tYXAoKGwpID0+IGwubmFtZSkuc29ydCgpLFxuICAgIGRlc3Ryb3koKSB7XG4gICAgICB0cnkge1xuICAgICAgICBsdm0oW1widmdyZW1vdmVcIiwgXCItcVwiLCBcIi1mXCIsIG5hbWVdKTtcbiAgICAgICAgbHZtKFtcInB2cmVtb3ZlXCIsIFwiLXFcIiwgZGV2aWNlXSk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBleGVjRmlsZVN5bmMoXCJsb3NldHVwXCIsIFtcIi1kXCIsIGRldmljZV0pO1xuICAgICAgICBybVN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gICAgICB9XG4gICAgfSxcbiAgfTtcbn1cbiIsICIvLyBCZW5jaG1hcmsgdm9sdW1lIGdyb3VwczogYSBzcGFyc2UgZmlsZSBiZWhpbmQgYSBsb29wIGRldmljZSwgYSBQViB3aXRoIGFcbi8vIG1ldGFkYXRhIGFyZWEgYmlnIGVub3VnaCBmb3IgdGhvdXNhbmRzIG9mIExWcywgYW5kIGEgZmFzdCB3YXkgdG8gZmlsbCBpdFxuLy8gKG9uZSB2Z2NmZ3Jlc3RvcmUgb2YgZ2VuZXJhdGVkIG1ldGFkYXRhIGluc3RlYWQgb2YgdGhvdXNhbmRzIG9mIGx2Y3JlYXRlcykuXG5pbXBvcnQgeyBleGVjRmlsZSwgZXhlY0ZpbGVTeW5jIH0gZnJvbSBcIm5vZGU6Y2hpbGRfcHJvY2Vzc1wiO1xuaW1wb3J0IHsgbWtkdGVtcFN5bmMsIHJlYWRkaXJTeW5jLCByZWFkRmlsZVN5bmMsIHJtU3luYywgc3RhdFN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSBcIm5vZGU6b3NcIjtcbmltcG9ydCB7IGpvaW4gfSBmcm9tIFwibm9kZTpwYXRoXCI7XG5pbXBvcnQgeyByYW5kb21JbnQgfSBmcm9tIFwibm9kZTpjcnlwdG9cIjtcbmltcG9ydCB7IGx2bSwgTUVUQURBVEFfT05MWSB9IGZyb20gXCIuLi8uLi90ZXN0L3N1cHBvcnQvbG9vcC12Zy5qc1wiO1xuXG5leHBvcnQgeyBsdm0sIE1FVEFEQVRBX09OTFkgfTtcblxuZXhwb3J0IGNvbnN0IExWTV9FTlYgPSB7IC4uLnByb2Nlc3MuZW52LCBMQ19BTEw6IFwiQ1wiLCBMQU5HOiBcIkNcIiwgTFZNX1NVUFBSRVNTX0ZEX1dBUk5JTkdTOiBcIjFcIiB9O1xuZXhwb3J0IGNvbnN0IEFSQ0hJVkVfRElSID0gXCIvZXRjL2x2bS9hcmNoaXZlXCI7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQmVuY2hWZyB7XG4gIG5hbWU6IHN0cmluZztcbiAgZGV2aWNlOiBzdHJpbmc7XG4gIGRlc3Ryb3koKTogdm9pZDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBWZ09wdGlvbnMge1xuICBzaXplR2lCPzogbnVtYmVyO1xuICAvKiogcHZjcmVhdGUgLS1tZXRhZGF0YXNpemUgKGUuZy4gXCIzMm1cIik7IGRlZmF1bHQ6IGx2bSdzIG93biBkZWZhdWx0LiAqL1xuICBtZXRhZGF0YVNpemU/OiBzdHJpbmc7XG4gIGV4dGVudFNpemU/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVCZW5jaFZnKG5hbWU6IHN0cmluZywgb3B0czogVmdPcHRpb25zID0ge30pOiBCZW5jaFZnIHtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgXCJsdm1jdGwtYmVuY2gtXCIpKTtcbiAgY29uc3QgZmlsZSA9IGpvaW4oZGlyLCBcInB2LmltZ1wiKTtcbiAgZXhlY0ZpbGVTeW5jKFwidHJ1bmNhdGVcIiwgW1wiLXNcIiwgYCR7b3B0cy5zaXplR2lCID8/IDMyfUdgLCBmaWxlXSk7XG4gIGNvbnN0IGRldmljZSA9IGV4ZWNGaWxlU3luYyhcImxvc2V0dXBcIiwgW1wiLS1maW5kXCIsIFwiLS1zaG93XCIsIGZpbGVdLCB7IGVuY29kaW5nOiBcInV0ZjhcIiB9KS50cmltKCk7XG4gIGxldCBkZXN0cm95ZWQgPSBmYWxzZTtcbiAgY29uc3QgZGVzdHJveSA9ICgpID0+IHtcbiAgICAvLyBPbmNlIG9ubHk6IGEgc2Vjb25kIGxvc2V0dXAgLWQgY291bGQgaGl0IGEgbG9vcCBkZXZpY2Ugc29tZW9uZSBlbHNlIGhhcyBzaW5jZSBhdHRhY2hlZC5cbiAgICBpZiAoZGVzdHJveWVkKSByZXR1cm47XG4gICAgZGVzdHJveWVkID0gdHJ1ZTtcbiAgICB0cnkge1xuICAgICAgbHZtKFtcInZncmVtb3ZlXCIsIFwiLXFcIiwgXCItZlwiLCBuYW1lXSk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBub3QgY3JlYXRlZCwgb3IgYWxyZWFkeSBnb25lXG4gICAgfVxuICAgIHRyeSB7XG4gICAgICBsdm0oW1wicHZyZW1vdmVcIiwgXCItcVwiLCBcIi15XCIsIGRldmljZV0pO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm90IGEgUFZcbiAgICB9XG4gICAgdHJ5IHtcbiAgICAgIGV4ZWNGaWxlU3luYyhcImxvc2V0dXBcIiwgW1wiLWRcIiwgZGV2aWNlXSk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIHJlbW92ZUFyY2hpdmVzKG5hbWUpO1xuICAgIH1cbiAgfTtcbiAgdHJ5IHtcbiAgICBsdm0oW1wicHZjcmVhdGVcIiwgXCItcVwiLCAuLi4ob3B0cy5tZXRhZGF0YVNpemUgPyBbXCItLW1ldGFkYXRhc2l6ZVwiLCBvcHRzLm1ldGFkYXRhU2l6ZV0gOiBbXSksIGRldmljZV0pO1xuICAgIGx2bShbXCJ2Z2NyZWF0ZVwiLCBcIi1xXCIsIFwiLS1waHlzaWNhbGV4dGVudHNpemVcIiwgb3B0cy5leHRlbnRTaXplID8/IFwiNG1cIiwgbmFtZSwgZGV2aWNlXSk7XG4gIH0gY2F0Y2ggKGVycikge1xuICAgIGRlc3Ryb3koKTtcbiAgICB0aHJvdyBlcnI7XG4gIH1cbiAgcmV0dXJuIHsgbmFtZSwgZGV2aWNlLCBkZXN0cm95IH07XG59XG5cbmNvbnN0IFVVSURfQ0hBUlMgPSBcIjAxMjM0NTY3ODlhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ekFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaXCI7XG5mdW5jdGlvbiBsdm1VdWlkKCk6IHN0cmluZyB7XG4gIGxldCBzID0gXCJcIjtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzMjsgaSsrKSBzICs9IFVVSURfQ0hBUlNbcmFuZG9tSW50KFVVSURfQ0hBUlMubGVuZ3RoKV07XG4gIHJldHVybiBbcy5zbGljZSgwLCA2KSwgcy5zbGljZSg2LCAxMCksIHMuc2xpY2UoMTAsIDE0KSwgcy5zbGljZSgxNCwgMTgpLCBzLnNsaWNlKDE4LCAyMiksIHMuc2xpY2UoMjIsIDI2KSwgcy5zbGljZSgyNildLmpvaW4oXCItXCIpO1xufVxuXG4vKipcbiAqIEFkZHMgYGNvdW50YCBvbmUtZXh0ZW50IGxpbmVhciBMVnMgbmFtZWQgYDxwcmVmaXg+PG4+YCAodGFnZ2VkIGFzIGx2bWN0bCdzKVxuICogdG8gYW4gZW1wdHkgVkcgd2l0aCBvbmUgdmdjZmdyZXN0b3JlOiBzZWNvbmRzIGluc3RlYWQgb2YgbWludXRlcyBmb3IgNSwwMDAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0ZSh2Zzogc3RyaW5nLCBjb3VudDogbnVtYmVyLCBwcmVmaXggPSBcImx2XCIsIHRhZ3MgPSBbXCJsdm1jdGwubWFuYWdlZFwiXSk6IHZvaWQge1xuICBpZiAoY291bnQgPT09IDApIHJldHVybjtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgXCJsdm1jdGwtYmVuY2gtbWV0YS1cIikpO1xuICB0cnkge1xuICAgIGNvbnN0IGZpbGUgPSBqb2luKGRpciwgXCJ2Zy5tZXRhXCIpO1xuICAgIGx2bShbXCJ2Z2NmZ2JhY2t1cFwiLCBcIi1xXCIsIFwiLWZcIiwgZmlsZSwgdmddKTtcbiAgICBjb25zdCB0ZXh0ID0gcmVhZEZpbGVTeW5jKGZpbGUsIFwidXRmOFwiKTtcbiAgICBpZiAodGV4dC5pbmNsdWRlcyhcImxvZ2ljYWxfdm9sdW1lcyB7XCIpKSB0aHJvdyBuZXcgRXJyb3IoYHBvcHVsYXRlOiAke3ZnfSBhbHJlYWR5IGhhcyBMVnNgKTtcbiAgICBjb25zdCBub3cgPSBNYXRoLmZsb29yKERhdGUubm93KCkgLyAxMDAwKTtcbiAgICBjb25zdCB3aWR0aCA9IFN0cmluZyhjb3VudCkubGVuZ3RoO1xuICAgIGNvbnN0IGx2czogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHtcbiAgICAgIGx2cy5wdXNoKGBcXHRcXHQke3ByZWZpeH0ke1N0cmluZyhpKS5wYWRTdGFydCh3aWR0aCwgXCIwXCIpfSB7XG5cXHRcXHRcXHRpZCA9IFwiJHtsdm1VdWlkKCl9XCJcblxcdFxcdFxcdHN0YXR1cyA9IFtcIlJFQURcIiwgXCJXUklURVwiLCBcIlZJU0lCTEVcIl1cblxcdFxcdFxcdGZsYWdzID0gW11cblxcdFxcdFxcdHRhZ3MgPSBbJHt0YWdzLm1hcCgodCkgPT4gYFwiJHt0fVwiYCkuam9pbihcIiwgXCIpfV1cblxcdFxcdFxcdGNyZWF0aW9uX3RpbWUgPSAke25vd31cblxcdFxcdFxcdGNyZWF0aW9uX2hvc3QgPSBcImx2bWN0bC1iZW5jaFwiXG5cXHRcXHRcXHRzZWdtZW50X2NvdW50ID0gMVxuXG5cXHRcXHRcXHRzZWdtZW50MSB7XG5cXHRcXHRcXHRcXHRzdGFydF9leHRlbnQgPSAwXG5cXHRcXHRcXHRcXHRleHRlbnRfY291bnQgPSAxXG5cblxcdFxcdFxcdFxcdHR5cGUgPSBcInN0cmlwZWRcIlxuXFx0XFx0XFx0XFx0c3RyaXBlX2NvdW50ID0gMVxuXG5cXHRcXHRcXHRcXHRzdHJpcGVzID0gW1xuXFx0XFx0XFx0XFx0XFx0XCJwdjBcIiwgJHtpfVxuXFx0XFx0XFx0XFx0XVxuXFx0XFx0XFx0fVxuXFx0XFx0fVxuYCk7XG4gICAgfVxuICAgIGNvbnN0IGVuZCA9IHRleHQubGFzdEluZGV4T2YoXCJcXG59XCIpO1xuICAgIGlmIChlbmQgPCAwKSB0aHJvdyBuZXcgRXJyb3IoXCJwb3B1bGF0ZTogdW5leHBlY3RlZCB2Z2NmZ2JhY2t1cCBvdXRwdXRcIik7XG4gICAgd3JpdGVGaWxlU3luYyhmaWxlLCBgJHt0ZXh0LnNsaWNlKDAsIGVuZCl9XFxuXFxuXFx0bG9naWNhbF92b2x1bWVzIHtcXG5cXG4ke2x2cy5qb2luKFwiXFxuXCIpfVxcdH1cXG4ke3RleHQuc2xpY2UoZW5kICsgMSl9YCk7XG4gICAgbHZtKFtcInZnY2ZncmVzdG9yZVwiLCBcIi1xXCIsIFwiLWZcIiwgZmlsZSwgdmddKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBybVN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cbn1cblxuLyoqIFJ1bnMgYW4gYXJndiAoYmluYXJ5IGZpcnN0KSBhbmQgcmVzb2x2ZXMgd2l0aCB0aGUgd2FsbCB0aW1lIGluIG1zOyByZWplY3RzIG9uIGZhaWx1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuVGltZWQoYXJndjogcmVhZG9ubHkgc3RyaW5nW10pOiBQcm9taXNlPG51bWJlcj4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGNvbnN0IHQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICBleGVjRmlsZShhcmd2WzBdLCBhcmd2LnNsaWNlKDEpLCB7IGVudjogTFZNX0VOViwgbWF4QnVmZmVyOiAxIDw8IDMwIH0sIChlcnIsIF9zdGRvdXQsIHN0ZGVycikgPT4ge1xuICAgICAgaWYgKGVycikgcmVqZWN0KG5ldyBFcnJvcihgJHthcmd2LnNsaWNlKDAsIDIpLmpvaW4oXCIgXCIpfSBmYWlsZWQ6ICR7U3RyaW5nKHN0ZGVycikudHJpbSgpLnNsaWNlKDAsIDUwMCl9YCkpO1xuICAgICAgZWxzZSByZXNvbHZlKHBlcmZvcm1hbmNlLm5vdygpIC0gdCk7XG4gICAgfSk7XG4gIH0pO1xufVxuXG4vKiogQXJjaGl2ZSBmaWxlcyBsdm0gd3JvdGUgZm9yIHRoaXMgVkcsIGFuZCB0aGVpciB0b3RhbCBzaXplIGluIGJ5dGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFyY2hpdmVVc2FnZSh2Zzogc3RyaW5nKTogeyBmaWxlczogbnVtYmVyOyBieXRlczogbnVtYmVyIH0ge1xuICBsZXQgZmlsZXMgPSAwO1xuICBsZXQgYnl0ZXMgPSAwO1xuICB0cnkge1xuICAgIGZvciAoY29uc3QgZiBvZiByZWFkZGlyU3luYyhBUkNISVZFX0RJUikpIHtcbiAgICAgIGlmICghZi5zdGFydHNXaXRoKGAke3ZnfV9gKSkgY29udGludWU7XG4gICAgICBmaWxlcysrO1xuICAgICAgYnl0ZXMgKz0gc3RhdFN5bmMoam9pbihBUkNISVZFX0RJUiwgZikpLnNpemU7XG4gICAgfVxuICB9IGNhdGNoIHtcbiAgICAvLyBubyBhcmNoaXZlIGRpclxuICB9XG4gIHJldHVybiB7IGZpbGVzLCBieXRlcyB9O1xufVxuXG4vKiogUmVtb3ZlcyB0aGUgYXJjaGl2ZSBmaWxlcyBvZiBhIGJlbmNobWFyayBWRyAobHZtIGtlZXBzIHRoZW0gMzAgZGF5cyBvdGhlcndpc2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUFyY2hpdmVzKHZnOiBzdHJpbmcpOiB2b2lkIHtcbiAgdHJ5IHtcbiAgICBmb3IgKGNvbnN0IGYgb2YgcmVhZGRpclN5bmMoQVJDSElWRV9ESVIpKSBpZiAoZi5zdGFydHNXaXRoKGAke3ZnfV9gKSkgcm1TeW5jKGpvaW4oQVJDSElWRV9ESVIsIGYpLCB7IGZvcmNlOiB0cnVlIH0pO1xuICB9IGNhdGNoIHtcbiAgICAvLyBubyBhcmNoaXZlIGRpclxuICB9XG59XG5cbi8qKiBSZW1vdmVzIExWcyB3aXRoIG9uZSBsdnJlbW92ZSBwZXIgYmF0Y2ggKG9uZSBwcm9jZXNzLCBub3Qgb25lIHBlciBMVikuICovXG5leHBvcnQgZnVuY3Rpb24gcmVtb3ZlTHZzKHZnOiBzdHJpbmcsIG5hbWVzOiByZWFkb25seSBzdHJpbmdbXSk6IHZvaWQge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IG5hbWVzLmxlbmd0aDsgaSArPSAyMDApIHtcbiAgICBsdm0oW1wibHZyZW1vdmVcIiwgXCItcVwiLCBcIi15XCIsIC4uLm5hbWVzLnNsaWNlKGksIGkgKyAyMDApLm1hcCgobikgPT4gYCR7dmd9LyR7bn1gKV0pO1xuICB9XG59XG4iLCAiLy8gTWVkaWFucyBhbmQgdGhlIHRpbWluZyBoZWxwZXJzIGV2ZXJ5IGJlbmNobWFyayB1c2VzLlxuXG5leHBvcnQgZnVuY3Rpb24gbWVkaWFuKHhzOiByZWFkb25seSBudW1iZXJbXSk6IG51bWJlciB7XG4gIGlmICh4cy5sZW5ndGggPT09IDApIHJldHVybiBOdW1iZXIuTmFOO1xuICBjb25zdCBzID0gWy4uLnhzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIGNvbnN0IG0gPSBzLmxlbmd0aCA+PiAxO1xuICByZXR1cm4gcy5sZW5ndGggJSAyID8gc1ttXSA6IChzW20gLSAxXSArIHNbbV0pIC8gMjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHRpbWVkPFQ+KGZuOiAoKSA9PiBQcm9taXNlPFQ+IHwgVCk6IFByb21pc2U8eyBtczogbnVtYmVyOyB2YWx1ZTogVCB9PiB7XG4gIGNvbnN0IHQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgY29uc3QgdmFsdWUgPSBhd2FpdCBmbigpO1xuICByZXR1cm4geyBtczogcGVyZm9ybWFuY2Uubm93KCkgLSB0LCB2YWx1ZSB9O1xufVxuXG5leHBvcnQgY29uc3Qgcm91bmQxID0gKHg6IG51bWJlcikgPT4gTWF0aC5yb3VuZCh4ICogMTApIC8gMTA7XG5leHBvcnQgY29uc3Qgcm91bmQyID0gKHg6IG51bWJlcikgPT4gTWF0aC5yb3VuZCh4ICogMTAwKSAvIDEwMDtcblxuLyoqXG4gKiBSdW5zIGBvdXJzYCBhbmQgYHJhd2AgYWx0ZXJuYXRlbHkgKG9yZGVyIGZsaXBwZWQgZXZlcnkgcm91bmQsIHNvIGRyaWZ0IG9uXG4gKiBhIGJ1c3kgaG9zdCBoaXRzIGJvdGgpIGFuZCByZXR1cm5zIHRoZWlyIG1lZGlhbnMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpbnRlcmxlYXZlKFxuICByb3VuZHM6IG51bWJlcixcbiAgb3VyczogKGk6IG51bWJlcikgPT4gUHJvbWlzZTx1bmtub3duPixcbiAgcmF3OiAoaTogbnVtYmVyKSA9PiBQcm9taXNlPHVua25vd24+LFxuKTogUHJvbWlzZTx7IG91cnM6IG51bWJlcltdOyByYXc6IG51bWJlcltdIH0+IHtcbiAgY29uc3QgYTogbnVtYmVyW10gPSBbXTtcbiAgY29uc3QgYjogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByb3VuZHM7IGkrKykge1xuICAgIGlmIChpICUgMiA9PT0gMCkge1xuICAgICAgYS5wdXNoKChhd2FpdCB0aW1lZCgoKSA9PiBvdXJzKGkpKSkubXMpO1xuICAgICAgYi5wdXNoKChhd2FpdCB0aW1lZCgoKSA9PiByYXcoaSkpKS5tcyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGIucHVzaCgoYXdhaXQgdGltZWQoKCkgPT4gcmF3KGkpKSkubXMpO1xuICAgICAgYS5wdXNoKChhd2FpdCB0aW1lZCgoKSA9PiBvdXJzKGkpKSkubXMpO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBvdXJzOiBhLCByYXc6IGIgfTtcbn1cbiIsICIvLyBXcml0ZXMgdGhlIG1lYXN1cmVkIHRhYmxlIGludG8gZG9jcy9wZXJmb3JtYW5jZS5tZCwgYmV0d2VlbiBtYXJrZXJzLCBzbyB0aGVcbi8vIHByb3NlIGFyb3VuZCBpdCBzdGF5cyBoYW5kLXdyaXR0ZW4uXG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHR5cGUgeyBGaWd1cmUgfSBmcm9tIFwiLi4vbWFpbi5qc1wiO1xuXG5jb25zdCBCRUdJTiA9IFwiPCEtLSBiZW5jaDpyZXN1bHRzOmJlZ2luIC0tPlwiO1xuY29uc3QgRU5EID0gXCI8IS0tIGJlbmNoOnJlc3VsdHM6ZW5kIC0tPlwiO1xuXG5pbnRlcmZhY2UgUmVzdWx0cyB7XG4gIG1ldGE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBmaWd1cmVzOiBGaWd1cmVbXTtcbiAgbm90ZXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBlcnJvcnM6IEFycmF5PHsgYmVuY2g6IHN0cmluZzsgZXJyb3I6IHN0cmluZyB9Pjtcbn1cblxuY29uc3QgY2VsbCA9ICh2OiB1bmtub3duKSA9PiAodiA9PT0gdW5kZWZpbmVkIHx8IHYgPT09IG51bGwgPyBcIlwiIDogU3RyaW5nKHYpKTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlbmRlclRhYmxlKHI6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCBtID0gci5tZXRhO1xuICBjb25zdCBsaW5lcyA9IFtcbiAgICBgTWVhc3VyZWQgJHtTdHJpbmcobS5kYXRlKS5zbGljZSgwLCAxMCl9IHdpdGggXFxgbnBtIHJ1biBiZW5jaFxcYDogbHZtICR7Y2VsbChtLmx2bSl9LCBOb2RlICR7Y2VsbChtLm5vZGUpfSwga2VybmVsICR7Y2VsbChtLmtlcm5lbCl9LCAke2NlbGwobS5jcHVzKX0gQ1BVcywgJHttLm1ldGFkYXRhT25seSA/IFwibWV0YWRhdGEtb25seSAobm8gZGV2aWNlLW1hcHBlcilcIiA6IFwiYWN0aXZhdGlvbiBvblwifS4gTWVkaWFuczsgcmF0aW8gPSBsdm1jdGwgLyByYXcgdG9vbCAobG93ZXIgaXMgYmV0dGVyKS5gLFxuICAgIFwiXCIsXG4gICAgXCJ8ICMgfCBXaGF0IHwgTFZzIHwgVmFyaWFudCB8IGx2bWN0bCB8IHJhdyB0b29sIHwgcmF0aW8gfCB0YXJnZXQgfCBtZXQgfFwiLFxuICAgIFwifC0tLXwtLS0tLS18LS0tLTp8LS0tLS0tLS0tfC0tLS0tLS06fC0tLS0tLS0tLTp8LS0tLS0tOnwtLS0tLS0tLXwtLS0tLXxcIixcbiAgXTtcbiAgZm9yIChjb25zdCBmIG9mIHIuZmlndXJlcykge1xuICAgIGNvbnN0IHVuaXQgPSBmLnVuaXQgPz8gXCJtc1wiO1xuICAgIGxpbmVzLnB1c2goXG4gICAgICBgfCAke2YuaWR9IHwgJHtmLndoYXR9IHwgJHtjZWxsKGYubHZzKX0gfCAke2NlbGwoZi52YXJpYW50KX0gfCAke2Yub3Vyc01zfSAke3VuaXR9IHwgJHtmLnJhd01zID09PSB1bmRlZmluZWQgPyBcIlwiIDogYCR7Zi5yYXdNc30gbXNgfSB8ICR7Y2VsbChmLnJhdGlvKX0gfCAke2NlbGwoZi50YXJnZXQpfSB8ICR7Zi5tZXQgPT09IHVuZGVmaW5lZCA/IFwiXCIgOiBmLm1ldCA/IFwieWVzXCIgOiBcIioqbm8qKlwifSB8YCxcbiAgICApO1xuICB9XG4gIGlmIChyLmVycm9ycy5sZW5ndGggPiAwKSBsaW5lcy5wdXNoKFwiXCIsIGBGYWlsZWQgaW4gdGhpcyBydW46ICR7ci5lcnJvcnMubWFwKChlKSA9PiBlLmJlbmNoKS5qb2luKFwiLCBcIil9LmApO1xuICBsaW5lcy5wdXNoKFwiXCIsIFwiUmF3IGRhdGE6IGBiZW5jaC9yZXN1bHRzL2Z1bGwuanNvbmAuXCIpO1xuICByZXR1cm4gbGluZXMuam9pbihcIlxcblwiKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHdyaXRlRG9jcyhmaWxlOiBzdHJpbmcsIHI6IFJlc3VsdHMpOiB2b2lkIHtcbiAgY29uc3QgdGFibGUgPSBgJHtCRUdJTn1cXG4ke3JlbmRlclRhYmxlKHIpfVxcbiR7RU5EfWA7XG4gIGNvbnN0IGRvYyA9IGV4aXN0c1N5bmMoZmlsZSkgPyByZWFkRmlsZVN5bmMoZmlsZSwgXCJ1dGY4XCIpIDogYCMgUGVyZm9ybWFuY2VcXG5cXG4ke0JFR0lOfVxcbiR7RU5EfVxcbmA7XG4gIGNvbnN0IGEgPSBkb2MuaW5kZXhPZihCRUdJTik7XG4gIGNvbnN0IGIgPSBkb2MuaW5kZXhPZihFTkQpO1xuICBjb25zdCBuZXh0ID0gYSA+PSAwICYmIGIgPiBhID8gYCR7ZG9jLnNsaWNlKDAsIGEpfSR7dGFibGV9JHtkb2Muc2xpY2UoYiArIEVORC5sZW5ndGgpfWAgOiBgJHtkb2N9XFxuJHt0YWJsZX1cXG5gO1xuICB3cml0ZUZpbGVTeW5jKGZpbGUsIG5leHQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQVFBLFNBQVMsZ0JBQUFBLGVBQWMsU0FBQUMsY0FBYTtBQUNwQyxTQUFTLGNBQUFDLGFBQVksV0FBVyxlQUFBQyxjQUFhLGdCQUFBQyxlQUFjLGlCQUFBQyxzQkFBcUI7QUFDaEYsU0FBUyxRQUFBQyxhQUFZOzs7QUNSckIsU0FBUyxVQUFVLGFBQWdDO0FBQ25ELFNBQVMsYUFBYSxjQUFjO0FBQ3BDLFNBQVMsY0FBYztBQUN2QixTQUFTLFlBQVk7OztBQ0hyQixTQUFTLFVBQUFDLFNBQVEsYUFBYSxnQkFBNEQ7QUFDMUYsU0FBUyxvQkFBb0I7OztBQ0k3QixTQUFTLGNBQWMsb0JBQW9CO0FBQzNDO0FBQUEsRUFPRTtBQUFBLE9BSUs7QUFtQkEsU0FBUyw0QkFBNEIsUUFBa0M7QUFDNUUsVUFBUSxRQUFRO0FBQUEsSUFDZCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0w7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRU8sU0FBUywwQkFBMEIsUUFBcUM7QUFDN0UsVUFBUSxRQUFRO0FBQUEsSUFDZCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUFBLElBQ0w7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBMkpBLFNBQVMsbUJBQTJCO0FBQ2xDLFNBQU87QUFBQSxJQUNMLGFBQWE7QUFBQSxJQUNiLFlBQVk7QUFBQSxJQUNaLFdBQVc7QUFBQSxJQUNYLEtBQUs7QUFBQSxJQUNMLGVBQWUsQ0FBQztBQUFBLElBQ2hCLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxJQUNWLFNBQVMsQ0FBQztBQUFBLEVBQ1o7QUFDRjtBQUVPLElBQU0sU0FBNkI7QUFBQSxFQUN4QyxPQUFPLFNBQWlCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUMvRSxRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxRQUFRLEdBQUc7QUFDckIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsR0FBRztBQUFBLElBQ3RDO0FBQ0EsZUFBVyxLQUFLLFFBQVEsZUFBZTtBQUNyQyxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sQ0FBRTtBQUFBLElBQzdCO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixPQUFPO0FBQ2pDLGFBQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxRQUFRLFdBQVc7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxhQUFhLElBQUk7QUFDM0IsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsUUFBUTtBQUFBLElBQzNDO0FBQ0EsZUFBVyxLQUFLLFFBQVEsU0FBUztBQUMvQixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sQ0FBRTtBQUFBLElBQzdCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBeUI7QUFDaEUsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsaUJBQWlCO0FBQ2pDLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ25DO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsWUFBWSxPQUFPLE9BQU87QUFDbEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxNQUFNLE9BQU8sT0FBTztBQUM1QjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsS0FBSyxPQUFPLE9BQU8sQ0FBQztBQUMxQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsT0FBTyxLQUFLO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsV0FBVyxPQUFPLE9BQU87QUFDakM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxRQUFRLEtBQUssT0FBTyxPQUFPLENBQUM7QUFDcEM7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQXFCO0FBQzVCLFdBQU87QUFBQSxNQUNMLGFBQWEsTUFBTSxPQUFPLFdBQVcsSUFDakMsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQyxNQUFNLE9BQU8sWUFBWSxJQUN6QixXQUFXLE9BQU8sT0FBTyxZQUFZLElBQ3JDO0FBQUEsTUFDSixZQUFZLE1BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkMsTUFBTSxPQUFPLFdBQVcsSUFDeEIsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQztBQUFBLE1BQ0osV0FBVyxNQUFNLE9BQU8sU0FBUyxJQUM3QixXQUFXLE9BQU8sT0FBTyxTQUFTLElBQ2xDLE1BQU0sT0FBTyxVQUFVLElBQ3ZCLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkM7QUFBQSxNQUNKLEtBQUssTUFBTSxPQUFPLEdBQUcsSUFBSSxXQUFXLE9BQU8sT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN6RCxlQUFlLFdBQVcsTUFBTSxRQUFRLFFBQVEsYUFBYSxJQUN6RCxPQUFPLGNBQWMsSUFBSSxDQUFDLE1BQVcsV0FBVyxPQUFPLENBQUMsQ0FBQyxJQUN6RCxXQUFXLE1BQU0sUUFBUSxRQUFRLGNBQWMsSUFDL0MsT0FBTyxlQUFlLElBQUksQ0FBQyxNQUFXLFdBQVcsT0FBTyxDQUFDLENBQUMsSUFDMUQsQ0FBQztBQUFBLE1BQ0wsYUFBYSxNQUFNLE9BQU8sV0FBVyxJQUNqQyxXQUFXLFFBQVEsT0FBTyxXQUFXLElBQ3JDLE1BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsUUFBUSxPQUFPLFlBQVksSUFDdEM7QUFBQSxNQUNKLFVBQVUsTUFBTSxPQUFPLFFBQVEsSUFDM0IsV0FBVyxPQUFPLE9BQU8sUUFBUSxJQUNqQyxNQUFNLE9BQU8sU0FBUyxJQUN0QixXQUFXLE9BQU8sT0FBTyxTQUFTLElBQ2xDO0FBQUEsTUFDSixTQUFTLFdBQVcsTUFBTSxRQUFRLFFBQVEsT0FBTyxJQUM3QyxPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQVcsV0FBVyxPQUFPLENBQUMsQ0FBQyxJQUNuRCxDQUFDO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBMEI7QUFDL0IsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLFVBQUksY0FBYyxRQUFRO0FBQUEsSUFDNUI7QUFDQSxRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQzdCLFVBQUksYUFBYSxRQUFRO0FBQUEsSUFDM0I7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksWUFBWSxRQUFRO0FBQUEsSUFDMUI7QUFDQSxRQUFJLFFBQVEsUUFBUSxHQUFHO0FBQ3JCLFVBQUksTUFBTSxLQUFLLE1BQU0sUUFBUSxHQUFHO0FBQUEsSUFDbEM7QUFDQSxRQUFJLFFBQVEsZUFBZSxRQUFRO0FBQ2pDLFVBQUksZ0JBQWdCLFFBQVE7QUFBQSxJQUM5QjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsT0FBTztBQUNqQyxVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGFBQWEsSUFBSTtBQUMzQixVQUFJLFdBQVcsUUFBUTtBQUFBLElBQ3pCO0FBQ0EsUUFBSSxRQUFRLFNBQVMsUUFBUTtBQUMzQixVQUFJLFVBQVUsUUFBUTtBQUFBLElBQ3hCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQWdELE1BQWtCO0FBQ2hFLFdBQU8sT0FBTyxZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDL0M7QUFBQSxFQUNBLFlBQXFELFFBQW1CO0FBQ3RFLFVBQU0sVUFBVSxpQkFBaUI7QUFDakMsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLGFBQWEsT0FBTyxjQUFjO0FBQzFDLFlBQVEsWUFBWSxPQUFPLGFBQWE7QUFDeEMsWUFBUSxNQUFNLE9BQU8sT0FBTztBQUM1QixZQUFRLGdCQUFnQixPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUM7QUFDaEUsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLFdBQVcsT0FBTyxZQUFZO0FBQ3RDLFlBQVEsVUFBVSxPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUM7QUFDcEQsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsNEJBQTZDO0FBQ3BELFNBQU8sRUFBRSxNQUFNLElBQUksUUFBUSxHQUFHO0FBQ2hDO0FBRU8sSUFBTSxrQkFBK0M7QUFBQSxFQUMxRCxPQUFPLFNBQTBCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUN4RixRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxXQUFXLElBQUk7QUFDekIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQ3pDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBa0M7QUFDekUsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsMEJBQTBCO0FBQzFDLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxPQUFPLE9BQU8sT0FBTztBQUM3QjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFNBQVMsT0FBTyxPQUFPO0FBQy9CO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUE4QjtBQUNyQyxXQUFPO0FBQUEsTUFDTCxNQUFNLE1BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxPQUFPLE9BQU8sSUFBSSxJQUFJO0FBQUEsTUFDNUQsUUFBUSxNQUFNLE9BQU8sTUFBTSxJQUFJLFdBQVcsT0FBTyxPQUFPLE1BQU0sSUFBSTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUFtQztBQUN4QyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLFVBQUksT0FBTyxRQUFRO0FBQUEsSUFDckI7QUFDQSxRQUFJLFFBQVEsV0FBVyxJQUFJO0FBQ3pCLFVBQUksU0FBUyxRQUFRO0FBQUEsSUFDdkI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBeUQsTUFBMkI7QUFDbEYsV0FBTyxnQkFBZ0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQ3hEO0FBQUEsRUFDQSxZQUE4RCxRQUE0QjtBQUN4RixVQUFNLFVBQVUsMEJBQTBCO0FBQzFDLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxTQUFTLE9BQU8sVUFBVTtBQUNsQyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxnQ0FBcUQ7QUFDNUQsU0FBTyxFQUFFLGFBQWEsSUFBSSxZQUFZLElBQUksZUFBZSxDQUFDLEdBQUcsTUFBTSxNQUFNO0FBQzNFO0FBRU8sSUFBTSxzQkFBdUQ7QUFBQSxFQUNsRSxPQUFPLFNBQThCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUM1RixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxlQUFXLEtBQUssUUFBUSxlQUFlO0FBQ3JDLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxDQUFFO0FBQUEsSUFDN0I7QUFDQSxRQUFJLFFBQVEsU0FBUyxPQUFPO0FBQzFCLGFBQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxRQUFRLElBQUk7QUFBQSxJQUNyQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXNDO0FBQzdFLFVBQU0sU0FBUyxpQkFBaUIsZUFBZSxRQUFRLElBQUksYUFBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDhCQUE4QjtBQUM5QyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxPQUFPLE9BQU87QUFDcEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxhQUFhLE9BQU8sT0FBTztBQUNuQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsS0FBSyxPQUFPLE9BQU8sQ0FBQztBQUMxQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLE9BQU8sT0FBTyxLQUFLO0FBQzNCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFrQztBQUN6QyxXQUFPO0FBQUEsTUFDTCxhQUFhLE1BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcEMsTUFBTSxPQUFPLFlBQVksSUFDekIsV0FBVyxPQUFPLE9BQU8sWUFBWSxJQUNyQztBQUFBLE1BQ0osWUFBWSxNQUFNLE9BQU8sVUFBVSxJQUMvQixXQUFXLE9BQU8sT0FBTyxVQUFVLElBQ25DLE1BQU0sT0FBTyxXQUFXLElBQ3hCLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcEM7QUFBQSxNQUNKLGVBQWUsV0FBVyxNQUFNLFFBQVEsUUFBUSxhQUFhLElBQ3pELE9BQU8sY0FBYyxJQUFJLENBQUMsTUFBVyxXQUFXLE9BQU8sQ0FBQyxDQUFDLElBQ3pELFdBQVcsTUFBTSxRQUFRLFFBQVEsY0FBYyxJQUMvQyxPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQVcsV0FBVyxPQUFPLENBQUMsQ0FBQyxJQUMxRCxDQUFDO0FBQUEsTUFDTCxNQUFNLE1BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxRQUFRLE9BQU8sSUFBSSxJQUFJO0FBQUEsSUFDL0Q7QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXVDO0FBQzVDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixVQUFJLGFBQWEsUUFBUTtBQUFBLElBQzNCO0FBQ0EsUUFBSSxRQUFRLGVBQWUsUUFBUTtBQUNqQyxVQUFJLGdCQUFnQixRQUFRO0FBQUEsSUFDOUI7QUFDQSxRQUFJLFFBQVEsU0FBUyxPQUFPO0FBQzFCLFVBQUksT0FBTyxRQUFRO0FBQUEsSUFDckI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBNkQsTUFBK0I7QUFDMUYsV0FBTyxvQkFBb0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzVEO0FBQUEsRUFDQSxZQUFrRSxRQUFnQztBQUNoRyxVQUFNLFVBQVUsOEJBQThCO0FBQzlDLFlBQVEsY0FBYyxPQUFPLGVBQWU7QUFDNUMsWUFBUSxhQUFhLE9BQU8sY0FBYztBQUMxQyxZQUFRLGdCQUFnQixPQUFPLGVBQWUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUM7QUFDaEUsWUFBUSxPQUFPLE9BQU8sUUFBUTtBQUM5QixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxpQ0FBdUQ7QUFDOUQsU0FBTyxFQUFFLFFBQVEsUUFBVyxpQkFBaUIsT0FBVTtBQUN6RDtBQUVPLElBQU0sdUJBQXlEO0FBQUEsRUFDcEUsT0FBTyxTQUErQixTQUF1QixJQUFJLGFBQWEsR0FBaUI7QUFDN0YsUUFBSSxRQUFRLFdBQVcsUUFBVztBQUNoQyxhQUFPLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxDQUFDLEVBQUUsS0FBSztBQUFBLElBQy9EO0FBQ0EsUUFBSSxRQUFRLG9CQUFvQixRQUFXO0FBQ3pDLHNCQUFnQixPQUFPLFFBQVEsaUJBQWlCLE9BQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ2pGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBdUM7QUFDOUUsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsK0JBQStCO0FBQy9DLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxTQUFTLE9BQU8sT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDO0FBQ3REO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsa0JBQWtCLGdCQUFnQixPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUM7QUFDeEU7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQW1DO0FBQzFDLFdBQU87QUFBQSxNQUNMLFFBQVEsTUFBTSxPQUFPLE1BQU0sSUFBSSxPQUFPLFNBQVMsT0FBTyxNQUFNLElBQUk7QUFBQSxNQUNoRSxpQkFBaUIsTUFBTSxPQUFPLGVBQWUsSUFDekMsZ0JBQWdCLFNBQVMsT0FBTyxlQUFlLElBQy9DLE1BQU0sT0FBTyxnQkFBZ0IsSUFDN0IsZ0JBQWdCLFNBQVMsT0FBTyxnQkFBZ0IsSUFDaEQ7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUF3QztBQUM3QyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsV0FBVyxRQUFXO0FBQ2hDLFVBQUksU0FBUyxPQUFPLE9BQU8sUUFBUSxNQUFNO0FBQUEsSUFDM0M7QUFDQSxRQUFJLFFBQVEsb0JBQW9CLFFBQVc7QUFDekMsVUFBSSxrQkFBa0IsZ0JBQWdCLE9BQU8sUUFBUSxlQUFlO0FBQUEsSUFDdEU7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBOEQsTUFBZ0M7QUFDNUYsV0FBTyxxQkFBcUIsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzdEO0FBQUEsRUFDQSxZQUFtRSxRQUFpQztBQUNsRyxVQUFNLFVBQVUsK0JBQStCO0FBQy9DLFlBQVEsU0FBVSxPQUFPLFdBQVcsVUFBYSxPQUFPLFdBQVcsT0FDL0QsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUNoQztBQUNKLFlBQVEsa0JBQW1CLE9BQU8sb0JBQW9CLFVBQWEsT0FBTyxvQkFBb0IsT0FDMUYsZ0JBQWdCLFlBQVksT0FBTyxlQUFlLElBQ2xEO0FBQ0osV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsNkJBQStDO0FBQ3RELFNBQU8sRUFBRSxhQUFhLElBQUksWUFBWSxHQUFHO0FBQzNDO0FBRU8sSUFBTSxtQkFBaUQ7QUFBQSxFQUM1RCxPQUFPLFNBQTJCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUN6RixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFtQztBQUMxRSxVQUFNLFNBQVMsaUJBQWlCLGVBQWUsUUFBUSxJQUFJLGFBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSwyQkFBMkI7QUFDM0MsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsT0FBTyxPQUFPO0FBQ3BDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsYUFBYSxPQUFPLE9BQU87QUFDbkM7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQStCO0FBQ3RDLFdBQU87QUFBQSxNQUNMLGFBQWEsTUFBTSxPQUFPLFdBQVcsSUFDakMsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQyxNQUFNLE9BQU8sWUFBWSxJQUN6QixXQUFXLE9BQU8sT0FBTyxZQUFZLElBQ3JDO0FBQUEsTUFDSixZQUFZLE1BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkMsTUFBTSxPQUFPLFdBQVcsSUFDeEIsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQztBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQW9DO0FBQ3pDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixVQUFJLGFBQWEsUUFBUTtBQUFBLElBQzNCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQTBELE1BQTRCO0FBQ3BGLFdBQU8saUJBQWlCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUN6RDtBQUFBLEVBQ0EsWUFBK0QsUUFBNkI7QUFDMUYsVUFBTSxVQUFVLDJCQUEyQjtBQUMzQyxZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFlBQVEsYUFBYSxPQUFPLGNBQWM7QUFDMUMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsOEJBQWlEO0FBQ3hELFNBQU8sRUFBRSxRQUFRLE9BQVU7QUFDN0I7QUFFTyxJQUFNLG9CQUFtRDtBQUFBLEVBQzlELE9BQU8sU0FBNEIsU0FBdUIsSUFBSSxhQUFhLEdBQWlCO0FBQzFGLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsYUFBTyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUMvRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQW9DO0FBQzNFLFVBQU0sU0FBUyxpQkFBaUIsZUFBZSxRQUFRLElBQUksYUFBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDRCQUE0QjtBQUM1QyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsU0FBUyxPQUFPLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQztBQUN0RDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBZ0M7QUFDdkMsV0FBTyxFQUFFLFFBQVEsTUFBTSxPQUFPLE1BQU0sSUFBSSxPQUFPLFNBQVMsT0FBTyxNQUFNLElBQUksT0FBVTtBQUFBLEVBQ3JGO0FBQUEsRUFFQSxPQUFPLFNBQXFDO0FBQzFDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsVUFBSSxTQUFTLE9BQU8sT0FBTyxRQUFRLE1BQU07QUFBQSxJQUMzQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUEyRCxNQUE2QjtBQUN0RixXQUFPLGtCQUFrQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDMUQ7QUFBQSxFQUNBLFlBQWdFLFFBQThCO0FBQzVGLFVBQU0sVUFBVSw0QkFBNEI7QUFDNUMsWUFBUSxTQUFVLE9BQU8sV0FBVyxVQUFhLE9BQU8sV0FBVyxPQUMvRCxPQUFPLFlBQVksT0FBTyxNQUFNLElBQ2hDO0FBQ0osV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsK0JBQW1EO0FBQzFELFNBQU8sRUFBRSxhQUFhLElBQUksVUFBVSxHQUFHLFdBQVcsR0FBRztBQUN2RDtBQUVPLElBQU0scUJBQXFEO0FBQUEsRUFDaEUsT0FBTyxTQUE2QixTQUF1QixJQUFJLGFBQWEsR0FBaUI7QUFDM0YsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFdBQVc7QUFBQSxJQUM5QztBQUNBLFFBQUksUUFBUSxhQUFhLEdBQUc7QUFDMUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxNQUFNLFFBQVEsUUFBUTtBQUFBLElBQzFDO0FBQ0EsUUFBSSxRQUFRLGNBQWMsSUFBSTtBQUM1QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDNUM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFxQztBQUM1RSxVQUFNLFNBQVMsaUJBQWlCLGVBQWUsUUFBUSxJQUFJLGFBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSw2QkFBNkI7QUFDN0MsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsT0FBTyxPQUFPO0FBQ3BDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsV0FBVyxPQUFPLE1BQU07QUFDaEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxZQUFZLE9BQU8sT0FBTztBQUNsQztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBaUM7QUFDeEMsV0FBTztBQUFBLE1BQ0wsYUFBYSxNQUFNLE9BQU8sV0FBVyxJQUNqQyxXQUFXLE9BQU8sT0FBTyxXQUFXLElBQ3BDLE1BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLFVBQVUsTUFBTSxPQUFPLFFBQVEsSUFDM0IsV0FBVyxPQUFPLE9BQU8sUUFBUSxJQUNqQyxNQUFNLE9BQU8sU0FBUyxJQUN0QixXQUFXLE9BQU8sT0FBTyxTQUFTLElBQ2xDO0FBQUEsTUFDSixXQUFXLE1BQU0sT0FBTyxTQUFTLElBQzdCLFdBQVcsT0FBTyxPQUFPLFNBQVMsSUFDbEMsTUFBTSxPQUFPLFVBQVUsSUFDdkIsV0FBVyxPQUFPLE9BQU8sVUFBVSxJQUNuQztBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXNDO0FBQzNDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGFBQWEsR0FBRztBQUMxQixVQUFJLFdBQVcsS0FBSyxNQUFNLFFBQVEsUUFBUTtBQUFBLElBQzVDO0FBQ0EsUUFBSSxRQUFRLGNBQWMsSUFBSTtBQUM1QixVQUFJLFlBQVksUUFBUTtBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQTRELE1BQThCO0FBQ3hGLFdBQU8sbUJBQW1CLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUMzRDtBQUFBLEVBQ0EsWUFBaUUsUUFBK0I7QUFDOUYsVUFBTSxVQUFVLDZCQUE2QjtBQUM3QyxZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFlBQVEsV0FBVyxPQUFPLFlBQVk7QUFDdEMsWUFBUSxZQUFZLE9BQU8sYUFBYTtBQUN4QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxnQ0FBcUQ7QUFDNUQsU0FBTyxFQUFFLFNBQVMsQ0FBQyxHQUFHLGVBQWUsR0FBRztBQUMxQztBQUVPLElBQU0sc0JBQXVEO0FBQUEsRUFDbEUsT0FBTyxTQUE4QixTQUF1QixJQUFJLGFBQWEsR0FBaUI7QUFDNUYsZUFBVyxLQUFLLFFBQVEsU0FBUztBQUMvQixhQUFPLE9BQU8sR0FBSSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUNuRDtBQUNBLFFBQUksUUFBUSxrQkFBa0IsSUFBSTtBQUNoQyxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxhQUFhO0FBQUEsSUFDaEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFzQztBQUM3RSxVQUFNLFNBQVMsaUJBQWlCLGVBQWUsUUFBUSxJQUFJLGFBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSw4QkFBOEI7QUFDOUMsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFFBQVEsS0FBSyxPQUFPLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQzNEO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsZ0JBQWdCLE9BQU8sT0FBTztBQUN0QztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBa0M7QUFDekMsV0FBTztBQUFBLE1BQ0wsU0FBUyxXQUFXLE1BQU0sUUFBUSxRQUFRLE9BQU8sSUFBSSxPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQVcsT0FBTyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFBQSxNQUMzRyxlQUFlLE1BQU0sT0FBTyxhQUFhLElBQ3JDLFdBQVcsT0FBTyxPQUFPLGFBQWEsSUFDdEMsTUFBTSxPQUFPLGVBQWUsSUFDNUIsV0FBVyxPQUFPLE9BQU8sZUFBZSxJQUN4QztBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXVDO0FBQzVDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLFFBQVE7QUFDM0IsVUFBSSxVQUFVLFFBQVEsUUFBUSxJQUFJLENBQUMsTUFBTSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDM0Q7QUFDQSxRQUFJLFFBQVEsa0JBQWtCLElBQUk7QUFDaEMsVUFBSSxnQkFBZ0IsUUFBUTtBQUFBLElBQzlCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQTZELE1BQStCO0FBQzFGLFdBQU8sb0JBQW9CLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUM1RDtBQUFBLEVBQ0EsWUFBa0UsUUFBZ0M7QUFDaEcsVUFBTSxVQUFVLDhCQUE4QjtBQUM5QyxZQUFRLFVBQVUsT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLE9BQU8sWUFBWSxDQUFDLENBQUMsS0FBSyxDQUFDO0FBQ3hFLFlBQVEsZ0JBQWdCLE9BQU8saUJBQWlCO0FBQ2hELFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGdDQUFxRDtBQUM1RCxTQUFPLEVBQUUsYUFBYSxJQUFJLFlBQVksSUFBSSxlQUFlLENBQUMsR0FBRyxNQUFNLE9BQVU7QUFDL0U7QUFFTyxJQUFNLHNCQUF1RDtBQUFBLEVBQ2xFLE9BQU8sU0FBOEIsU0FBdUIsSUFBSSxhQUFhLEdBQWlCO0FBQzVGLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxXQUFXO0FBQUEsSUFDOUM7QUFDQSxRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQzdCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFVBQVU7QUFBQSxJQUM3QztBQUNBLGVBQVcsS0FBSyxRQUFRLGVBQWU7QUFDckMsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLENBQUU7QUFBQSxJQUM3QjtBQUNBLFFBQUksUUFBUSxTQUFTLFFBQVc7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLFFBQVEsSUFBSTtBQUFBLElBQ3JDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBc0M7QUFDN0UsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsOEJBQThCO0FBQzlDLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ25DO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxLQUFLLE9BQU8sT0FBTyxDQUFDO0FBQzFDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLEtBQUs7QUFDM0I7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQWtDO0FBQ3pDLFdBQU87QUFBQSxNQUNMLGFBQWEsTUFBTSxPQUFPLFdBQVcsSUFDakMsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQyxNQUFNLE9BQU8sWUFBWSxJQUN6QixXQUFXLE9BQU8sT0FBTyxZQUFZLElBQ3JDO0FBQUEsTUFDSixZQUFZLE1BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkMsTUFBTSxPQUFPLFdBQVcsSUFDeEIsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQztBQUFBLE1BQ0osZUFBZSxXQUFXLE1BQU0sUUFBUSxRQUFRLGFBQWEsSUFDekQsT0FBTyxjQUFjLElBQUksQ0FBQyxNQUFXLFdBQVcsT0FBTyxDQUFDLENBQUMsSUFDekQsV0FBVyxNQUFNLFFBQVEsUUFBUSxjQUFjLElBQy9DLE9BQU8sZUFBZSxJQUFJLENBQUMsTUFBVyxXQUFXLE9BQU8sQ0FBQyxDQUFDLElBQzFELENBQUM7QUFBQSxNQUNMLE1BQU0sTUFBTSxPQUFPLElBQUksSUFBSSxXQUFXLFFBQVEsT0FBTyxJQUFJLElBQUk7QUFBQSxJQUMvRDtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBdUM7QUFDNUMsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLFVBQUksY0FBYyxRQUFRO0FBQUEsSUFDNUI7QUFDQSxRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQzdCLFVBQUksYUFBYSxRQUFRO0FBQUEsSUFDM0I7QUFDQSxRQUFJLFFBQVEsZUFBZSxRQUFRO0FBQ2pDLFVBQUksZ0JBQWdCLFFBQVE7QUFBQSxJQUM5QjtBQUNBLFFBQUksUUFBUSxTQUFTLFFBQVc7QUFDOUIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUE2RCxNQUErQjtBQUMxRixXQUFPLG9CQUFvQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDNUQ7QUFBQSxFQUNBLFlBQWtFLFFBQWdDO0FBQ2hHLFVBQU0sVUFBVSw4QkFBOEI7QUFDOUMsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLGFBQWEsT0FBTyxjQUFjO0FBQzFDLFlBQVEsZ0JBQWdCLE9BQU8sZUFBZSxJQUFJLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQztBQUNoRSxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGlDQUF1RDtBQUM5RCxTQUFPLEVBQUUsUUFBUSxRQUFXLGlCQUFpQixPQUFVO0FBQ3pEO0FBRU8sSUFBTSx1QkFBeUQ7QUFBQSxFQUNwRSxPQUFPLFNBQStCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUM3RixRQUFJLFFBQVEsV0FBVyxRQUFXO0FBQ2hDLGFBQU8sT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLO0FBQUEsSUFDL0Q7QUFDQSxRQUFJLFFBQVEsb0JBQW9CLFFBQVc7QUFDekMsc0JBQWdCLE9BQU8sUUFBUSxpQkFBaUIsT0FBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLO0FBQUEsSUFDakY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUF1QztBQUM5RSxVQUFNLFNBQVMsaUJBQWlCLGVBQWUsUUFBUSxJQUFJLGFBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSwrQkFBK0I7QUFDL0MsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFNBQVMsT0FBTyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUM7QUFDdEQ7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxrQkFBa0IsZ0JBQWdCLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQztBQUN4RTtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBbUM7QUFDMUMsV0FBTztBQUFBLE1BQ0wsUUFBUSxNQUFNLE9BQU8sTUFBTSxJQUFJLE9BQU8sU0FBUyxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ2hFLGlCQUFpQixNQUFNLE9BQU8sZUFBZSxJQUN6QyxnQkFBZ0IsU0FBUyxPQUFPLGVBQWUsSUFDL0MsTUFBTSxPQUFPLGdCQUFnQixJQUM3QixnQkFBZ0IsU0FBUyxPQUFPLGdCQUFnQixJQUNoRDtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXdDO0FBQzdDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsVUFBSSxTQUFTLE9BQU8sT0FBTyxRQUFRLE1BQU07QUFBQSxJQUMzQztBQUNBLFFBQUksUUFBUSxvQkFBb0IsUUFBVztBQUN6QyxVQUFJLGtCQUFrQixnQkFBZ0IsT0FBTyxRQUFRLGVBQWU7QUFBQSxJQUN0RTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUE4RCxNQUFnQztBQUM1RixXQUFPLHFCQUFxQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDN0Q7QUFBQSxFQUNBLFlBQW1FLFFBQWlDO0FBQ2xHLFVBQU0sVUFBVSwrQkFBK0I7QUFDL0MsWUFBUSxTQUFVLE9BQU8sV0FBVyxVQUFhLE9BQU8sV0FBVyxPQUMvRCxPQUFPLFlBQVksT0FBTyxNQUFNLElBQ2hDO0FBQ0osWUFBUSxrQkFBbUIsT0FBTyxvQkFBb0IsVUFBYSxPQUFPLG9CQUFvQixPQUMxRixnQkFBZ0IsWUFBWSxPQUFPLGVBQWUsSUFDbEQ7QUFDSixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxnQ0FBcUQ7QUFDNUQsU0FBTyxFQUFFLGFBQWEsSUFBSSxZQUFZLElBQUksY0FBYyxNQUFNO0FBQ2hFO0FBRU8sSUFBTSxzQkFBdUQ7QUFBQSxFQUNsRSxPQUFPLFNBQThCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUM1RixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxRQUFJLFFBQVEsaUJBQWlCLE9BQU87QUFDbEMsYUFBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLFFBQVEsWUFBWTtBQUFBLElBQzdDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBc0M7QUFDN0UsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsOEJBQThCO0FBQzlDLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ25DO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsZUFBZSxPQUFPLEtBQUs7QUFDbkM7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQWtDO0FBQ3pDLFdBQU87QUFBQSxNQUNMLGFBQWEsTUFBTSxPQUFPLFdBQVcsSUFDakMsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQyxNQUFNLE9BQU8sWUFBWSxJQUN6QixXQUFXLE9BQU8sT0FBTyxZQUFZLElBQ3JDO0FBQUEsTUFDSixZQUFZLE1BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkMsTUFBTSxPQUFPLFdBQVcsSUFDeEIsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQztBQUFBLE1BQ0osY0FBYyxNQUFNLE9BQU8sWUFBWSxJQUNuQyxXQUFXLFFBQVEsT0FBTyxZQUFZLElBQ3RDLE1BQU0sT0FBTyxhQUFhLElBQzFCLFdBQVcsUUFBUSxPQUFPLGFBQWEsSUFDdkM7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUF1QztBQUM1QyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsVUFBSSxjQUFjLFFBQVE7QUFBQSxJQUM1QjtBQUNBLFFBQUksUUFBUSxlQUFlLElBQUk7QUFDN0IsVUFBSSxhQUFhLFFBQVE7QUFBQSxJQUMzQjtBQUNBLFFBQUksUUFBUSxpQkFBaUIsT0FBTztBQUNsQyxVQUFJLGVBQWUsUUFBUTtBQUFBLElBQzdCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQTZELE1BQStCO0FBQzFGLFdBQU8sb0JBQW9CLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUM1RDtBQUFBLEVBQ0EsWUFBa0UsUUFBZ0M7QUFDaEcsVUFBTSxVQUFVLDhCQUE4QjtBQUM5QyxZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFlBQVEsYUFBYSxPQUFPLGNBQWM7QUFDMUMsWUFBUSxlQUFlLE9BQU8sZ0JBQWdCO0FBQzlDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGlDQUF1RDtBQUM5RCxTQUFPLENBQUM7QUFDVjtBQUVPLElBQU0sdUJBQXlEO0FBQUEsRUFDcEUsT0FBTyxHQUF5QixTQUF1QixJQUFJLGFBQWEsR0FBaUI7QUFDdkYsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBdUM7QUFDOUUsVUFBTSxTQUFTLGlCQUFpQixlQUFlLFFBQVEsSUFBSSxhQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsK0JBQStCO0FBQy9DLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxRQUNuQjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLEdBQThCO0FBQ3JDLFdBQU8sQ0FBQztBQUFBLEVBQ1Y7QUFBQSxFQUVBLE9BQU8sR0FBa0M7QUFDdkMsVUFBTSxNQUFXLENBQUM7QUFDbEIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQThELE1BQWdDO0FBQzVGLFdBQU8scUJBQXFCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUM3RDtBQUFBLEVBQ0EsWUFBbUUsR0FBNEI7QUFDN0YsVUFBTSxVQUFVLCtCQUErQjtBQUMvQyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxvQ0FBNkQ7QUFDcEUsU0FBTyxFQUFFLFFBQVEsTUFBTTtBQUN6QjtBQUVPLElBQU0sMEJBQStEO0FBQUEsRUFDMUUsT0FBTyxTQUFrQyxTQUF1QixJQUFJLGFBQWEsR0FBaUI7QUFDaEcsUUFBSSxRQUFRLFdBQVcsT0FBTztBQUM1QixhQUFPLE9BQU8sQ0FBQyxFQUFFLEtBQUssUUFBUSxNQUFNO0FBQUEsSUFDdEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUEwQztBQUNqRixVQUFNLFNBQVMsaUJBQWlCLGVBQWUsUUFBUSxJQUFJLGFBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSxrQ0FBa0M7QUFDbEQsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsR0FBRztBQUNiO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFNBQVMsT0FBTyxLQUFLO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFzQztBQUM3QyxXQUFPO0FBQUEsTUFDTCxRQUFRLE1BQU0sT0FBTyxNQUFNLElBQ3ZCLFdBQVcsUUFBUSxPQUFPLE1BQU0sSUFDaEMsTUFBTSxPQUFPLE9BQU8sSUFDcEIsV0FBVyxRQUFRLE9BQU8sT0FBTyxJQUNqQztBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQTJDO0FBQ2hELFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxXQUFXLE9BQU87QUFDNUIsVUFBSSxTQUFTLFFBQVE7QUFBQSxJQUN2QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFpRSxNQUFtQztBQUNsRyxXQUFPLHdCQUF3QixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDaEU7QUFBQSxFQUNBLFlBQXNFLFFBQW9DO0FBQ3hHLFVBQU0sVUFBVSxrQ0FBa0M7QUFDbEQsWUFBUSxTQUFTLE9BQU8sVUFBVTtBQUNsQyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyw0QkFBNkM7QUFDcEQsU0FBTyxFQUFFLE1BQU0sR0FBRyxRQUFRLElBQUksYUFBYSxHQUFHO0FBQ2hEO0FBRU8sSUFBTSxrQkFBK0M7QUFBQSxFQUMxRCxPQUFPLFNBQTBCLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUN4RixRQUFJLFFBQVEsU0FBUyxHQUFHO0FBQ3RCLGFBQU8sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFBQSxJQUNyQztBQUNBLFFBQUksUUFBUSxXQUFXLElBQUk7QUFDekIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQ3pDO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFdBQVc7QUFBQSxJQUM5QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQWtDO0FBQ3pFLFVBQU0sU0FBUyxpQkFBaUIsZUFBZSxRQUFRLElBQUksYUFBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDBCQUEwQjtBQUMxQyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxHQUFHO0FBQ2I7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE1BQU07QUFDNUI7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxTQUFTLE9BQU8sT0FBTztBQUMvQjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsT0FBTyxPQUFPO0FBQ3BDO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUE4QjtBQUNyQyxXQUFPO0FBQUEsTUFDTCxNQUFNLE1BQU0sT0FBTyxJQUFJLElBQUksNEJBQTRCLE9BQU8sSUFBSSxJQUFJO0FBQUEsTUFDdEUsUUFBUSxNQUFNLE9BQU8sTUFBTSxJQUFJLFdBQVcsT0FBTyxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ2xFLGFBQWEsTUFBTSxPQUFPLFdBQVcsSUFBSSxXQUFXLE9BQU8sT0FBTyxXQUFXLElBQUk7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBbUM7QUFDeEMsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLFNBQVMsR0FBRztBQUN0QixVQUFJLE9BQU8sMEJBQTBCLFFBQVEsSUFBSTtBQUFBLElBQ25EO0FBQ0EsUUFBSSxRQUFRLFdBQVcsSUFBSTtBQUN6QixVQUFJLFNBQVMsUUFBUTtBQUFBLElBQ3ZCO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLFVBQUksY0FBYyxRQUFRO0FBQUEsSUFDNUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBeUQsTUFBMkI7QUFDbEYsV0FBTyxnQkFBZ0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQ3hEO0FBQUEsRUFDQSxZQUE4RCxRQUE0QjtBQUN4RixVQUFNLFVBQVUsMEJBQTBCO0FBQzFDLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxTQUFTLE9BQU8sVUFBVTtBQUNsQyxZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLHFDQUErRDtBQUN0RSxTQUFPLEVBQUUsU0FBUyxDQUFDLEdBQUcsUUFBUSxNQUFNO0FBQ3RDO0FBRU8sSUFBTSwyQkFBaUU7QUFBQSxFQUM1RSxPQUFPLFNBQW1DLFNBQXVCLElBQUksYUFBYSxHQUFpQjtBQUNqRyxlQUFXLEtBQUssUUFBUSxTQUFTO0FBQy9CLHNCQUFnQixPQUFPLEdBQUksT0FBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLO0FBQUEsSUFDNUQ7QUFDQSxRQUFJLFFBQVEsV0FBVyxPQUFPO0FBQzVCLGFBQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxRQUFRLE1BQU07QUFBQSxJQUN2QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQTJDO0FBQ2xGLFVBQU0sU0FBUyxpQkFBaUIsZUFBZSxRQUFRLElBQUksYUFBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLG1DQUFtQztBQUNuRCxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsUUFBUSxLQUFLLGdCQUFnQixPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsQ0FBQztBQUNwRTtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFNBQVMsT0FBTyxLQUFLO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUF1QztBQUM5QyxXQUFPO0FBQUEsTUFDTCxTQUFTLFdBQVcsTUFBTSxRQUFRLFFBQVEsT0FBTyxJQUM3QyxPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQVcsZ0JBQWdCLFNBQVMsQ0FBQyxDQUFDLElBQzFELENBQUM7QUFBQSxNQUNMLFFBQVEsTUFBTSxPQUFPLE1BQU0sSUFDdkIsV0FBVyxRQUFRLE9BQU8sTUFBTSxJQUNoQyxNQUFNLE9BQU8sT0FBTyxJQUNwQixXQUFXLFFBQVEsT0FBTyxPQUFPLElBQ2pDO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBNEM7QUFDakQsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLFNBQVMsUUFBUTtBQUMzQixVQUFJLFVBQVUsUUFBUSxRQUFRLElBQUksQ0FBQyxNQUFNLGdCQUFnQixPQUFPLENBQUMsQ0FBQztBQUFBLElBQ3BFO0FBQ0EsUUFBSSxRQUFRLFdBQVcsT0FBTztBQUM1QixVQUFJLFNBQVMsUUFBUTtBQUFBLElBQ3ZCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQWtFLE1BQW9DO0FBQ3BHLFdBQU8seUJBQXlCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUNqRTtBQUFBLEVBQ0EsWUFBdUUsUUFBcUM7QUFDMUcsVUFBTSxVQUFVLG1DQUFtQztBQUNuRCxZQUFRLFVBQVUsT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLGdCQUFnQixZQUFZLENBQUMsQ0FBQyxLQUFLLENBQUM7QUFDakYsWUFBUSxTQUFTLE9BQU8sVUFBVTtBQUNsQyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBUU8sSUFBTSx1QkFBdUI7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBY2xDLGNBQWM7QUFBQSxJQUNaLE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQXVDLE9BQU8sS0FBSyxvQkFBb0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDaEgsb0JBQW9CLENBQUMsVUFBdUMsb0JBQW9CLE9BQU8sS0FBSztBQUFBLElBQzVGLG1CQUFtQixDQUFDLFVBQ2xCLE9BQU8sS0FBSyxxQkFBcUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDekQscUJBQXFCLENBQUMsVUFBd0MscUJBQXFCLE9BQU8sS0FBSztBQUFBLEVBQ2pHO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVFBLFdBQVc7QUFBQSxJQUNULE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQW9DLE9BQU8sS0FBSyxpQkFBaUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDMUcsb0JBQW9CLENBQUMsVUFBb0MsaUJBQWlCLE9BQU8sS0FBSztBQUFBLElBQ3RGLG1CQUFtQixDQUFDLFVBQXFDLE9BQU8sS0FBSyxrQkFBa0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDN0cscUJBQXFCLENBQUMsVUFBcUMsa0JBQWtCLE9BQU8sS0FBSztBQUFBLEVBQzNGO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVFBLGFBQWE7QUFBQSxJQUNYLE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQXNDLE9BQU8sS0FBSyxtQkFBbUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDOUcsb0JBQW9CLENBQUMsVUFBc0MsbUJBQW1CLE9BQU8sS0FBSztBQUFBLElBQzFGLG1CQUFtQixDQUFDLFVBQXVDLE9BQU8sS0FBSyxvQkFBb0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDakgscUJBQXFCLENBQUMsVUFBdUMsb0JBQW9CLE9BQU8sS0FBSztBQUFBLEVBQy9GO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFVQSxjQUFjO0FBQUEsSUFDWixNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUF1QyxPQUFPLEtBQUssb0JBQW9CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2hILG9CQUFvQixDQUFDLFVBQXVDLG9CQUFvQixPQUFPLEtBQUs7QUFBQSxJQUM1RixtQkFBbUIsQ0FBQyxVQUNsQixPQUFPLEtBQUsscUJBQXFCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3pELHFCQUFxQixDQUFDLFVBQXdDLHFCQUFxQixPQUFPLEtBQUs7QUFBQSxFQUNqRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxjQUFjO0FBQUEsSUFDWixNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUF1QyxPQUFPLEtBQUssb0JBQW9CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2hILG9CQUFvQixDQUFDLFVBQXVDLG9CQUFvQixPQUFPLEtBQUs7QUFBQSxJQUM1RixtQkFBbUIsQ0FBQyxVQUNsQixPQUFPLEtBQUsscUJBQXFCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3pELHFCQUFxQixDQUFDLFVBQXdDLHFCQUFxQixPQUFPLEtBQUs7QUFBQSxFQUNqRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVNBLGtCQUFrQjtBQUFBLElBQ2hCLE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQ2pCLE9BQU8sS0FBSyx3QkFBd0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDNUQsb0JBQW9CLENBQUMsVUFBMkMsd0JBQXdCLE9BQU8sS0FBSztBQUFBLElBQ3BHLG1CQUFtQixDQUFDLFVBQ2xCLE9BQU8sS0FBSyx5QkFBeUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDN0QscUJBQXFCLENBQUMsVUFBNEMseUJBQXlCLE9BQU8sS0FBSztBQUFBLEVBQ3pHO0FBQ0Y7QUE4TU8sSUFBTSxzQkFBc0I7QUFBQSxFQUNqQztBQUFBLEVBQ0E7QUFDRjtBQWtCQSxTQUFTLE1BQU0sT0FBcUI7QUFDbEMsU0FBTyxVQUFVLFFBQVEsVUFBVTtBQUNyQzs7O0FDMWpFQSxTQUFTLGdCQUFBQyxlQUFjLGdCQUFBQyxxQkFBb0I7QUFDM0M7QUFBQSxFQU9FLGdDQUFBQztBQUFBLE9BSUs7QUFxSlAsU0FBUyxtQkFBMkI7QUFDbEMsU0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sYUFBYTtBQUFBLElBQ2IsV0FBVztBQUFBLElBQ1gsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1IsWUFBWTtBQUFBLElBQ1osTUFBTTtBQUFBLElBQ04sWUFBWTtBQUFBLElBQ1osUUFBUTtBQUFBLElBQ1IsWUFBWTtBQUFBLElBQ1osTUFBTSxDQUFDO0FBQUEsSUFDUCxhQUFhO0FBQUEsSUFDYixTQUFTO0FBQUEsRUFDWDtBQUNGO0FBRU8sSUFBTSxTQUE2QjtBQUFBLEVBQ3hDLE9BQU8sU0FBaUIsU0FBdUIsSUFBSUMsY0FBYSxHQUFpQjtBQUMvRSxRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxXQUFXO0FBQUEsSUFDOUM7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksT0FBTyxRQUFRLElBQUksUUFBUSxTQUFTLE1BQU0sUUFBUSxXQUFXO0FBQy9ELGNBQU0sSUFBSSxXQUFXLE1BQU0scUVBQXFFO0FBQUEsTUFDbEc7QUFDQSxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDNUM7QUFDQSxRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxXQUFXLElBQUk7QUFDekIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQ3pDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxlQUFlLElBQUk7QUFDN0IsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsVUFBVTtBQUFBLElBQzdDO0FBQ0EsUUFBSSxRQUFRLFdBQVcsT0FBTztBQUM1QixhQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssUUFBUSxNQUFNO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQzdCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFVBQVU7QUFBQSxJQUM3QztBQUNBLGVBQVcsS0FBSyxRQUFRLE1BQU07QUFDNUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLENBQUU7QUFBQSxJQUM3QjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsUUFBVztBQUNyQyxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxXQUFXO0FBQUEsSUFDOUM7QUFDQSxRQUFJLFFBQVEsWUFBWSxPQUFPO0FBQzdCLGFBQU8sT0FBTyxHQUFHLEVBQUUsS0FBSyxRQUFRLE9BQU87QUFBQSxJQUN6QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXlCO0FBQ2hFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLGlCQUFpQjtBQUNqQyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxTQUFTLE9BQU8sT0FBTztBQUMvQjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGFBQWEsT0FBTyxPQUFPO0FBQ25DO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxhQUFhLE9BQU8sT0FBTztBQUNuQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFNBQVMsT0FBTyxLQUFLO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxJQUFJO0FBQ1AsZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsYUFBYSxPQUFPLE9BQU87QUFDbkM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLElBQUk7QUFDUCxnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxLQUFLLEtBQUssT0FBTyxPQUFPLENBQUM7QUFDakM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLElBQUk7QUFDUCxnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssSUFBSTtBQUNQLGdCQUFJLFFBQVEsS0FBSztBQUNmO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFVBQVUsT0FBTyxLQUFLO0FBQzlCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFxQjtBQUM1QixXQUFPO0FBQUEsTUFDTCxNQUFNQyxPQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxPQUFPLElBQUksSUFBSTtBQUFBLE1BQzVELGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLFdBQVdBLE9BQU0sT0FBTyxTQUFTLElBQzdCLE9BQU8sT0FBTyxTQUFTLElBQ3ZCQSxPQUFNLE9BQU8sVUFBVSxJQUN2QixPQUFPLE9BQU8sVUFBVSxJQUN4QjtBQUFBLE1BQ0osTUFBTUEsT0FBTSxPQUFPLElBQUksSUFBSSxXQUFXLE9BQU8sT0FBTyxJQUFJLElBQUk7QUFBQSxNQUM1RCxRQUFRQSxPQUFNLE9BQU8sTUFBTSxJQUFJLFdBQVcsT0FBTyxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ2xFLFlBQVlBLE9BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkNBLE9BQU0sT0FBTyxXQUFXLElBQ3hCLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcEM7QUFBQSxNQUNKLE1BQU1BLE9BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxPQUFPLE9BQU8sSUFBSSxJQUFJO0FBQUEsTUFDNUQsWUFBWUEsT0FBTSxPQUFPLFVBQVUsSUFBSSxXQUFXLE9BQU8sT0FBTyxVQUFVLElBQUk7QUFBQSxNQUM5RSxRQUFRQSxPQUFNLE9BQU8sTUFBTSxJQUFJLFdBQVcsUUFBUSxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ25FLFlBQVlBLE9BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkNBLE9BQU0sT0FBTyxXQUFXLElBQ3hCLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcEM7QUFBQSxNQUNKLE1BQU0sV0FBVyxNQUFNLFFBQVEsUUFBUSxJQUFJLElBQ3ZDLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBVyxXQUFXLE9BQU8sQ0FBQyxDQUFDLElBQ2hELENBQUM7QUFBQSxNQUNMLGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLFNBQVNBLE9BQU0sT0FBTyxPQUFPLElBQUksV0FBVyxRQUFRLE9BQU8sT0FBTyxJQUFJO0FBQUEsSUFDeEU7QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQTBCO0FBQy9CLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGNBQWMsSUFBSTtBQUM1QixVQUFJLFlBQVksUUFBUSxVQUFVLFNBQVM7QUFBQSxJQUM3QztBQUNBLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxXQUFXLElBQUk7QUFDekIsVUFBSSxTQUFTLFFBQVE7QUFBQSxJQUN2QjtBQUNBLFFBQUksUUFBUSxlQUFlLElBQUk7QUFDN0IsVUFBSSxhQUFhLFFBQVE7QUFBQSxJQUMzQjtBQUNBLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxlQUFlLElBQUk7QUFDN0IsVUFBSSxhQUFhLFFBQVE7QUFBQSxJQUMzQjtBQUNBLFFBQUksUUFBUSxXQUFXLE9BQU87QUFDNUIsVUFBSSxTQUFTLFFBQVE7QUFBQSxJQUN2QjtBQUNBLFFBQUksUUFBUSxlQUFlLElBQUk7QUFDN0IsVUFBSSxhQUFhLFFBQVE7QUFBQSxJQUMzQjtBQUNBLFFBQUksUUFBUSxNQUFNLFFBQVE7QUFDeEIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsUUFBVztBQUNyQyxVQUFJLGNBQWMsWUFBWSxRQUFRLFdBQVc7QUFBQSxJQUNuRDtBQUNBLFFBQUksUUFBUSxZQUFZLE9BQU87QUFDN0IsVUFBSSxVQUFVLFFBQVE7QUFBQSxJQUN4QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFnRCxNQUFrQjtBQUNoRSxXQUFPLE9BQU8sWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQy9DO0FBQUEsRUFDQSxZQUFxRCxRQUFtQjtBQUN0RSxVQUFNLFVBQVUsaUJBQWlCO0FBQ2pDLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLFlBQWEsT0FBTyxjQUFjLFVBQWEsT0FBTyxjQUFjLE9BQVEsT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUMvRyxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFlBQVEsU0FBUyxPQUFPLFVBQVU7QUFDbEMsWUFBUSxhQUFhLE9BQU8sY0FBYztBQUMxQyxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFlBQVEsYUFBYSxPQUFPLGNBQWM7QUFDMUMsWUFBUSxTQUFTLE9BQU8sVUFBVTtBQUNsQyxZQUFRLGFBQWEsT0FBTyxjQUFjO0FBQzFDLFlBQVEsT0FBTyxPQUFPLE1BQU0sSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUM7QUFDOUMsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLFVBQVUsT0FBTyxXQUFXO0FBQ3BDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGdDQUFxRDtBQUM1RCxTQUFPLEVBQUUsTUFBTSxJQUFJLGFBQWEsSUFBSSxNQUFNLElBQUksV0FBVyxHQUFHO0FBQzlEO0FBRU8sSUFBTSxzQkFBdUQ7QUFBQSxFQUNsRSxPQUFPLFNBQThCLFNBQXVCLElBQUlGLGNBQWEsR0FBaUI7QUFDNUYsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksT0FBTyxRQUFRLElBQUksUUFBUSxTQUFTLE1BQU0sUUFBUSxXQUFXO0FBQy9ELGNBQU0sSUFBSSxXQUFXLE1BQU0scUVBQXFFO0FBQUEsTUFDbEc7QUFDQSxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDNUM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFzQztBQUM3RSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSw4QkFBOEI7QUFDOUMsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLE9BQU8sT0FBTyxPQUFPO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxPQUFPLE9BQU87QUFDcEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxPQUFPLE9BQU8sT0FBTztBQUM3QjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFrQztBQUN6QyxXQUFPO0FBQUEsTUFDTCxNQUFNQyxPQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxPQUFPLElBQUksSUFBSTtBQUFBLE1BQzVELGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLE1BQU1BLE9BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxPQUFPLE9BQU8sSUFBSSxJQUFJO0FBQUEsTUFDNUQsV0FBV0EsT0FBTSxPQUFPLFNBQVMsSUFDN0IsT0FBTyxPQUFPLFNBQVMsSUFDdkJBLE9BQU0sT0FBTyxVQUFVLElBQ3ZCLE9BQU8sT0FBTyxVQUFVLElBQ3hCO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBdUM7QUFDNUMsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixVQUFJLE9BQU8sUUFBUTtBQUFBLElBQ3JCO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLFVBQUksY0FBYyxRQUFRO0FBQUEsSUFDNUI7QUFDQSxRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLFVBQUksT0FBTyxRQUFRO0FBQUEsSUFDckI7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksWUFBWSxRQUFRLFVBQVUsU0FBUztBQUFBLElBQzdDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQTZELE1BQStCO0FBQzFGLFdBQU8sb0JBQW9CLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUM1RDtBQUFBLEVBQ0EsWUFBa0UsUUFBZ0M7QUFDaEcsVUFBTSxVQUFVLDhCQUE4QjtBQUM5QyxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFlBQVEsY0FBYyxPQUFPLGVBQWU7QUFDNUMsWUFBUSxPQUFPLE9BQU8sUUFBUTtBQUM5QixZQUFRLFlBQWEsT0FBTyxjQUFjLFVBQWEsT0FBTyxjQUFjLE9BQVEsT0FBTyxPQUFPLFNBQVMsSUFBSTtBQUMvRyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxpQ0FBdUQ7QUFDOUQsU0FBTyxFQUFFLFFBQVEsT0FBVTtBQUM3QjtBQUVPLElBQU0sdUJBQXlEO0FBQUEsRUFDcEUsT0FBTyxTQUErQixTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQzdGLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsYUFBTyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUMvRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXVDO0FBQzlFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLCtCQUErQjtBQUMvQyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsU0FBUyxPQUFPLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQztBQUN0RDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBbUM7QUFDMUMsV0FBTyxFQUFFLFFBQVFDLE9BQU0sT0FBTyxNQUFNLElBQUksT0FBTyxTQUFTLE9BQU8sTUFBTSxJQUFJLE9BQVU7QUFBQSxFQUNyRjtBQUFBLEVBRUEsT0FBTyxTQUF3QztBQUM3QyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsV0FBVyxRQUFXO0FBQ2hDLFVBQUksU0FBUyxPQUFPLE9BQU8sUUFBUSxNQUFNO0FBQUEsSUFDM0M7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBOEQsTUFBZ0M7QUFDNUYsV0FBTyxxQkFBcUIsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzdEO0FBQUEsRUFDQSxZQUFtRSxRQUFpQztBQUNsRyxVQUFNLFVBQVUsK0JBQStCO0FBQy9DLFlBQVEsU0FBVSxPQUFPLFdBQVcsVUFBYSxPQUFPLFdBQVcsT0FDL0QsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUNoQztBQUNKLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLDZCQUErQztBQUN0RCxTQUFPLEVBQUUsTUFBTSxJQUFJLGFBQWEsR0FBRztBQUNyQztBQUVPLElBQU0sbUJBQWlEO0FBQUEsRUFDNUQsT0FBTyxTQUEyQixTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQ3pGLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFdBQVc7QUFBQSxJQUM5QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQW1DO0FBQzFFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDJCQUEyQjtBQUMzQyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBK0I7QUFDdEMsV0FBTztBQUFBLE1BQ0wsTUFBTUMsT0FBTSxPQUFPLElBQUksSUFBSSxXQUFXLE9BQU8sT0FBTyxJQUFJLElBQUk7QUFBQSxNQUM1RCxhQUFhQSxPQUFNLE9BQU8sV0FBVyxJQUNqQyxXQUFXLE9BQU8sT0FBTyxXQUFXLElBQ3BDQSxPQUFNLE9BQU8sWUFBWSxJQUN6QixXQUFXLE9BQU8sT0FBTyxZQUFZLElBQ3JDO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBb0M7QUFDekMsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixVQUFJLE9BQU8sUUFBUTtBQUFBLElBQ3JCO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLFVBQUksY0FBYyxRQUFRO0FBQUEsSUFDNUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBMEQsTUFBNEI7QUFDcEYsV0FBTyxpQkFBaUIsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQ3pEO0FBQUEsRUFDQSxZQUErRCxRQUE2QjtBQUMxRixVQUFNLFVBQVUsMkJBQTJCO0FBQzNDLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyw4QkFBaUQ7QUFDeEQsU0FBTyxFQUFFLFFBQVEsT0FBVTtBQUM3QjtBQUVPLElBQU0sb0JBQW1EO0FBQUEsRUFDOUQsT0FBTyxTQUE0QixTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQzFGLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsYUFBTyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUMvRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQW9DO0FBQzNFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDRCQUE0QjtBQUM1QyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsU0FBUyxPQUFPLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQztBQUN0RDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBZ0M7QUFDdkMsV0FBTyxFQUFFLFFBQVFDLE9BQU0sT0FBTyxNQUFNLElBQUksT0FBTyxTQUFTLE9BQU8sTUFBTSxJQUFJLE9BQVU7QUFBQSxFQUNyRjtBQUFBLEVBRUEsT0FBTyxTQUFxQztBQUMxQyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsV0FBVyxRQUFXO0FBQ2hDLFVBQUksU0FBUyxPQUFPLE9BQU8sUUFBUSxNQUFNO0FBQUEsSUFDM0M7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBMkQsTUFBNkI7QUFDdEYsV0FBTyxrQkFBa0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzFEO0FBQUEsRUFDQSxZQUFnRSxRQUE4QjtBQUM1RixVQUFNLFVBQVUsNEJBQTRCO0FBQzVDLFlBQVEsU0FBVSxPQUFPLFdBQVcsVUFBYSxPQUFPLFdBQVcsT0FDL0QsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUNoQztBQUNKLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLCtCQUFtRDtBQUMxRCxTQUFPLEVBQUUsYUFBYSxJQUFJLFVBQVUsR0FBRyxXQUFXLElBQUksa0JBQWtCLE1BQU07QUFDaEY7QUFFTyxJQUFNLHFCQUFxRDtBQUFBLEVBQ2hFLE9BQU8sU0FBNkIsU0FBdUIsSUFBSUYsY0FBYSxHQUFpQjtBQUMzRixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGFBQWEsR0FBRztBQUMxQixhQUFPLE9BQU8sRUFBRSxFQUFFLE1BQU0sUUFBUSxRQUFRO0FBQUEsSUFDMUM7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxxQkFBcUIsT0FBTztBQUN0QyxhQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssUUFBUSxnQkFBZ0I7QUFBQSxJQUNqRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXFDO0FBQzVFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDZCQUE2QjtBQUM3QyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxPQUFPLE9BQU87QUFDcEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxXQUFXLE9BQU8sTUFBTTtBQUNoQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsbUJBQW1CLE9BQU8sS0FBSztBQUN2QztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBaUM7QUFDeEMsV0FBTztBQUFBLE1BQ0wsYUFBYUMsT0FBTSxPQUFPLFdBQVcsSUFDakMsV0FBVyxPQUFPLE9BQU8sV0FBVyxJQUNwQ0EsT0FBTSxPQUFPLFlBQVksSUFDekIsV0FBVyxPQUFPLE9BQU8sWUFBWSxJQUNyQztBQUFBLE1BQ0osVUFBVUEsT0FBTSxPQUFPLFFBQVEsSUFDM0IsV0FBVyxPQUFPLE9BQU8sUUFBUSxJQUNqQ0EsT0FBTSxPQUFPLFNBQVMsSUFDdEIsV0FBVyxPQUFPLE9BQU8sU0FBUyxJQUNsQztBQUFBLE1BQ0osV0FBV0EsT0FBTSxPQUFPLFNBQVMsSUFDN0IsV0FBVyxPQUFPLE9BQU8sU0FBUyxJQUNsQ0EsT0FBTSxPQUFPLFVBQVUsSUFDdkIsV0FBVyxPQUFPLE9BQU8sVUFBVSxJQUNuQztBQUFBLE1BQ0osa0JBQWtCQSxPQUFNLE9BQU8sZ0JBQWdCLElBQzNDLFdBQVcsUUFBUSxPQUFPLGdCQUFnQixJQUMxQ0EsT0FBTSxPQUFPLGlCQUFpQixJQUM5QixXQUFXLFFBQVEsT0FBTyxpQkFBaUIsSUFDM0M7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUFzQztBQUMzQyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsVUFBSSxjQUFjLFFBQVE7QUFBQSxJQUM1QjtBQUNBLFFBQUksUUFBUSxhQUFhLEdBQUc7QUFDMUIsVUFBSSxXQUFXLEtBQUssTUFBTSxRQUFRLFFBQVE7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxjQUFjLElBQUk7QUFDNUIsVUFBSSxZQUFZLFFBQVE7QUFBQSxJQUMxQjtBQUNBLFFBQUksUUFBUSxxQkFBcUIsT0FBTztBQUN0QyxVQUFJLG1CQUFtQixRQUFRO0FBQUEsSUFDakM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBNEQsTUFBOEI7QUFDeEYsV0FBTyxtQkFBbUIsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzNEO0FBQUEsRUFDQSxZQUFpRSxRQUErQjtBQUM5RixVQUFNLFVBQVUsNkJBQTZCO0FBQzdDLFlBQVEsY0FBYyxPQUFPLGVBQWU7QUFDNUMsWUFBUSxXQUFXLE9BQU8sWUFBWTtBQUN0QyxZQUFRLFlBQVksT0FBTyxhQUFhO0FBQ3hDLFlBQVEsbUJBQW1CLE9BQU8sb0JBQW9CO0FBQ3RELFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGdDQUFxRDtBQUM1RCxTQUFPLEVBQUUsU0FBUyxDQUFDLEdBQUcsZUFBZSxHQUFHO0FBQzFDO0FBRU8sSUFBTSxzQkFBdUQ7QUFBQSxFQUNsRSxPQUFPLFNBQThCLFNBQXVCLElBQUlGLGNBQWEsR0FBaUI7QUFDNUYsZUFBVyxLQUFLLFFBQVEsU0FBUztBQUMvQixhQUFPLE9BQU8sR0FBSSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUNuRDtBQUNBLFFBQUksUUFBUSxrQkFBa0IsSUFBSTtBQUNoQyxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxhQUFhO0FBQUEsSUFDaEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFzQztBQUM3RSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSw4QkFBOEI7QUFDOUMsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFFBQVEsS0FBSyxPQUFPLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQzNEO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsZ0JBQWdCLE9BQU8sT0FBTztBQUN0QztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBa0M7QUFDekMsV0FBTztBQUFBLE1BQ0wsU0FBUyxXQUFXLE1BQU0sUUFBUSxRQUFRLE9BQU8sSUFBSSxPQUFPLFFBQVEsSUFBSSxDQUFDLE1BQVcsT0FBTyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFBQSxNQUMzRyxlQUFlQyxPQUFNLE9BQU8sYUFBYSxJQUNyQyxXQUFXLE9BQU8sT0FBTyxhQUFhLElBQ3RDQSxPQUFNLE9BQU8sZUFBZSxJQUM1QixXQUFXLE9BQU8sT0FBTyxlQUFlLElBQ3hDO0FBQUEsSUFDTjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE9BQU8sU0FBdUM7QUFDNUMsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLFNBQVMsUUFBUTtBQUMzQixVQUFJLFVBQVUsUUFBUSxRQUFRLElBQUksQ0FBQyxNQUFNLE9BQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMzRDtBQUNBLFFBQUksUUFBUSxrQkFBa0IsSUFBSTtBQUNoQyxVQUFJLGdCQUFnQixRQUFRO0FBQUEsSUFDOUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBNkQsTUFBK0I7QUFDMUYsV0FBTyxvQkFBb0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzVEO0FBQUEsRUFDQSxZQUFrRSxRQUFnQztBQUNoRyxVQUFNLFVBQVUsOEJBQThCO0FBQzlDLFlBQVEsVUFBVSxPQUFPLFNBQVMsSUFBSSxDQUFDLE1BQU0sT0FBTyxZQUFZLENBQUMsQ0FBQyxLQUFLLENBQUM7QUFDeEUsWUFBUSxnQkFBZ0IsT0FBTyxpQkFBaUI7QUFDaEQsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsZ0NBQXFEO0FBQzVELFNBQU8sRUFBRSxNQUFNLElBQUksYUFBYSxJQUFJLFdBQVcsR0FBRztBQUNwRDtBQUVPLElBQU0sc0JBQXVEO0FBQUEsRUFDbEUsT0FBTyxTQUE4QixTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQzVGLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixJQUFJO0FBQzlCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFdBQVc7QUFBQSxJQUM5QztBQUNBLFFBQUksUUFBUSxjQUFjLElBQUk7QUFDNUIsVUFBSSxPQUFPLFFBQVEsSUFBSSxRQUFRLFNBQVMsTUFBTSxRQUFRLFdBQVc7QUFDL0QsY0FBTSxJQUFJLFdBQVcsTUFBTSxxRUFBcUU7QUFBQSxNQUNsRztBQUNBLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFBQSxJQUM1QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXNDO0FBQzdFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLDhCQUE4QjtBQUM5QyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxjQUFjLE9BQU8sT0FBTztBQUNwQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFrQztBQUN6QyxXQUFPO0FBQUEsTUFDTCxNQUFNQyxPQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxPQUFPLElBQUksSUFBSTtBQUFBLE1BQzVELGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLFdBQVdBLE9BQU0sT0FBTyxTQUFTLElBQzdCLE9BQU8sT0FBTyxTQUFTLElBQ3ZCQSxPQUFNLE9BQU8sVUFBVSxJQUN2QixPQUFPLE9BQU8sVUFBVSxJQUN4QjtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXVDO0FBQzVDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGNBQWMsSUFBSTtBQUM1QixVQUFJLFlBQVksUUFBUSxVQUFVLFNBQVM7QUFBQSxJQUM3QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUE2RCxNQUErQjtBQUMxRixXQUFPLG9CQUFvQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDNUQ7QUFBQSxFQUNBLFlBQWtFLFFBQWdDO0FBQ2hHLFVBQU0sVUFBVSw4QkFBOEI7QUFDOUMsWUFBUSxPQUFPLE9BQU8sUUFBUTtBQUM5QixZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFlBQVEsWUFBYSxPQUFPLGNBQWMsVUFBYSxPQUFPLGNBQWMsT0FBUSxPQUFPLE9BQU8sU0FBUyxJQUFJO0FBQy9HLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGlDQUF1RDtBQUM5RCxTQUFPLEVBQUUsUUFBUSxPQUFVO0FBQzdCO0FBRU8sSUFBTSx1QkFBeUQ7QUFBQSxFQUNwRSxPQUFPLFNBQStCLFNBQXVCLElBQUlGLGNBQWEsR0FBaUI7QUFDN0YsUUFBSSxRQUFRLFdBQVcsUUFBVztBQUNoQyxhQUFPLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxDQUFDLEVBQUUsS0FBSztBQUFBLElBQy9EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBdUM7QUFDOUUsVUFBTSxTQUFTLGlCQUFpQkMsZ0JBQWUsUUFBUSxJQUFJQSxjQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsK0JBQStCO0FBQy9DLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxTQUFTLE9BQU8sT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDO0FBQ3REO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFtQztBQUMxQyxXQUFPLEVBQUUsUUFBUUMsT0FBTSxPQUFPLE1BQU0sSUFBSSxPQUFPLFNBQVMsT0FBTyxNQUFNLElBQUksT0FBVTtBQUFBLEVBQ3JGO0FBQUEsRUFFQSxPQUFPLFNBQXdDO0FBQzdDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxXQUFXLFFBQVc7QUFDaEMsVUFBSSxTQUFTLE9BQU8sT0FBTyxRQUFRLE1BQU07QUFBQSxJQUMzQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUE4RCxNQUFnQztBQUM1RixXQUFPLHFCQUFxQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDN0Q7QUFBQSxFQUNBLFlBQW1FLFFBQWlDO0FBQ2xHLFVBQU0sVUFBVSwrQkFBK0I7QUFDL0MsWUFBUSxTQUFVLE9BQU8sV0FBVyxVQUFhLE9BQU8sV0FBVyxPQUMvRCxPQUFPLFlBQVksT0FBTyxNQUFNLElBQ2hDO0FBQ0osV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsZ0NBQXFEO0FBQzVELFNBQU8sRUFBRSxNQUFNLElBQUksYUFBYSxJQUFJLGNBQWMsT0FBTyxPQUFPLE1BQU07QUFDeEU7QUFFTyxJQUFNLHNCQUF1RDtBQUFBLEVBQ2xFLE9BQU8sU0FBOEIsU0FBdUIsSUFBSUYsY0FBYSxHQUFpQjtBQUM1RixRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxXQUFXO0FBQUEsSUFDOUM7QUFDQSxRQUFJLFFBQVEsaUJBQWlCLE9BQU87QUFDbEMsYUFBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLFFBQVEsWUFBWTtBQUFBLElBQzdDO0FBQ0EsUUFBSSxRQUFRLFVBQVUsT0FBTztBQUMzQixhQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssUUFBUSxLQUFLO0FBQUEsSUFDdEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUFzQztBQUM3RSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSw4QkFBOEI7QUFDOUMsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLE9BQU8sT0FBTyxPQUFPO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxPQUFPLE9BQU87QUFDcEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxlQUFlLE9BQU8sS0FBSztBQUNuQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFFBQVEsT0FBTyxLQUFLO0FBQzVCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFrQztBQUN6QyxXQUFPO0FBQUEsTUFDTCxNQUFNQyxPQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxPQUFPLElBQUksSUFBSTtBQUFBLE1BQzVELGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLGNBQWNBLE9BQU0sT0FBTyxZQUFZLElBQ25DLFdBQVcsUUFBUSxPQUFPLFlBQVksSUFDdENBLE9BQU0sT0FBTyxhQUFhLElBQzFCLFdBQVcsUUFBUSxPQUFPLGFBQWEsSUFDdkM7QUFBQSxNQUNKLE9BQU9BLE9BQU0sT0FBTyxLQUFLLElBQUksV0FBVyxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXVDO0FBQzVDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGlCQUFpQixPQUFPO0FBQ2xDLFVBQUksZUFBZSxRQUFRO0FBQUEsSUFDN0I7QUFDQSxRQUFJLFFBQVEsVUFBVSxPQUFPO0FBQzNCLFVBQUksUUFBUSxRQUFRO0FBQUEsSUFDdEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBNkQsTUFBK0I7QUFDMUYsV0FBTyxvQkFBb0IsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzVEO0FBQUEsRUFDQSxZQUFrRSxRQUFnQztBQUNoRyxVQUFNLFVBQVUsOEJBQThCO0FBQzlDLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLGVBQWUsT0FBTyxnQkFBZ0I7QUFDOUMsWUFBUSxRQUFRLE9BQU8sU0FBUztBQUNoQyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxpQ0FBdUQ7QUFDOUQsU0FBTyxDQUFDO0FBQ1Y7QUFFTyxJQUFNLHVCQUF5RDtBQUFBLEVBQ3BFLE9BQU8sR0FBeUIsU0FBdUIsSUFBSUYsY0FBYSxHQUFpQjtBQUN2RixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUF1QztBQUM5RSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSwrQkFBK0I7QUFDL0MsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFFBQ25CO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsR0FBOEI7QUFDckMsV0FBTyxDQUFDO0FBQUEsRUFDVjtBQUFBLEVBRUEsT0FBTyxHQUFrQztBQUN2QyxVQUFNLE1BQVcsQ0FBQztBQUNsQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBOEQsTUFBZ0M7QUFDNUYsV0FBTyxxQkFBcUIsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQzdEO0FBQUEsRUFDQSxZQUFtRSxHQUE0QjtBQUM3RixVQUFNLFVBQVUsK0JBQStCO0FBQy9DLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGtDQUF5RDtBQUNoRSxTQUFPLEVBQUUsTUFBTSxJQUFJLGFBQWEsSUFBSSxZQUFZLElBQUksV0FBVyxHQUFHO0FBQ3BFO0FBRU8sSUFBTSx3QkFBMkQ7QUFBQSxFQUN0RSxPQUFPLFNBQWdDLFNBQXVCLElBQUlELGNBQWEsR0FBaUI7QUFDOUYsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFFBQVEsZ0JBQWdCLElBQUk7QUFDOUIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFDN0M7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksT0FBTyxRQUFRLElBQUksUUFBUSxTQUFTLE1BQU0sUUFBUSxXQUFXO0FBQy9ELGNBQU0sSUFBSSxXQUFXLE1BQU0scUVBQXFFO0FBQUEsTUFDbEc7QUFDQSxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDNUM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUF3QztBQUMvRSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSxnQ0FBZ0M7QUFDaEQsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLE9BQU8sT0FBTyxPQUFPO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxPQUFPLE9BQU87QUFDcEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxhQUFhLE9BQU8sT0FBTztBQUNuQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFvQztBQUMzQyxXQUFPO0FBQUEsTUFDTCxNQUFNQyxPQUFNLE9BQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxPQUFPLElBQUksSUFBSTtBQUFBLE1BQzVELGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLFlBQVlBLE9BQU0sT0FBTyxVQUFVLElBQy9CLFdBQVcsT0FBTyxPQUFPLFVBQVUsSUFDbkNBLE9BQU0sT0FBTyxXQUFXLElBQ3hCLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcEM7QUFBQSxNQUNKLFdBQVdBLE9BQU0sT0FBTyxTQUFTLElBQzdCLE9BQU8sT0FBTyxTQUFTLElBQ3ZCQSxPQUFNLE9BQU8sVUFBVSxJQUN2QixPQUFPLE9BQU8sVUFBVSxJQUN4QjtBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQXlDO0FBQzlDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsSUFBSTtBQUM5QixVQUFJLGNBQWMsUUFBUTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUM3QixVQUFJLGFBQWEsUUFBUTtBQUFBLElBQzNCO0FBQ0EsUUFBSSxRQUFRLGNBQWMsSUFBSTtBQUM1QixVQUFJLFlBQVksUUFBUSxVQUFVLFNBQVM7QUFBQSxJQUM3QztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUErRCxNQUFpQztBQUM5RixXQUFPLHNCQUFzQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDOUQ7QUFBQSxFQUNBLFlBQW9FLFFBQWtDO0FBQ3BHLFVBQU0sVUFBVSxnQ0FBZ0M7QUFDaEQsWUFBUSxPQUFPLE9BQU8sUUFBUTtBQUM5QixZQUFRLGNBQWMsT0FBTyxlQUFlO0FBQzVDLFlBQVEsYUFBYSxPQUFPLGNBQWM7QUFDMUMsWUFBUSxZQUFhLE9BQU8sY0FBYyxVQUFhLE9BQU8sY0FBYyxPQUFRLE9BQU8sT0FBTyxTQUFTLElBQUk7QUFDL0csV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsbUNBQTJEO0FBQ2xFLFNBQU8sRUFBRSxVQUFVLE9BQVU7QUFDL0I7QUFFTyxJQUFNLHlCQUE2RDtBQUFBLEVBQ3hFLE9BQU8sU0FBaUMsU0FBdUIsSUFBSUYsY0FBYSxHQUFpQjtBQUMvRixRQUFJLFFBQVEsYUFBYSxRQUFXO0FBQ2xDLGFBQU8sT0FBTyxRQUFRLFVBQVUsT0FBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLO0FBQUEsSUFDakU7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUF5QztBQUNoRixVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSxpQ0FBaUM7QUFDakQsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFdBQVcsT0FBTyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUM7QUFDeEQ7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQXFDO0FBQzVDLFdBQU8sRUFBRSxVQUFVQyxPQUFNLE9BQU8sUUFBUSxJQUFJLE9BQU8sU0FBUyxPQUFPLFFBQVEsSUFBSSxPQUFVO0FBQUEsRUFDM0Y7QUFBQSxFQUVBLE9BQU8sU0FBMEM7QUFDL0MsVUFBTSxNQUFXLENBQUM7QUFDbEIsUUFBSSxRQUFRLGFBQWEsUUFBVztBQUNsQyxVQUFJLFdBQVcsT0FBTyxPQUFPLFFBQVEsUUFBUTtBQUFBLElBQy9DO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQWdFLE1BQWtDO0FBQ2hHLFdBQU8sdUJBQXVCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUMvRDtBQUFBLEVBQ0EsWUFBcUUsUUFBbUM7QUFDdEcsVUFBTSxVQUFVLGlDQUFpQztBQUNqRCxZQUFRLFdBQVksT0FBTyxhQUFhLFVBQWEsT0FBTyxhQUFhLE9BQ3JFLE9BQU8sWUFBWSxPQUFPLFFBQVEsSUFDbEM7QUFDSixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBUU8sSUFBTSx1QkFBdUI7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQWFsQyxjQUFjO0FBQUEsSUFDWixNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUF1QyxPQUFPLEtBQUssb0JBQW9CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2hILG9CQUFvQixDQUFDLFVBQXVDLG9CQUFvQixPQUFPLEtBQUs7QUFBQSxJQUM1RixtQkFBbUIsQ0FBQyxVQUNsQixPQUFPLEtBQUsscUJBQXFCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3pELHFCQUFxQixDQUFDLFVBQXdDLHFCQUFxQixPQUFPLEtBQUs7QUFBQSxFQUNqRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxXQUFXO0FBQUEsSUFDVCxNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUFvQyxPQUFPLEtBQUssaUJBQWlCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQzFHLG9CQUFvQixDQUFDLFVBQW9DLGlCQUFpQixPQUFPLEtBQUs7QUFBQSxJQUN0RixtQkFBbUIsQ0FBQyxVQUFxQyxPQUFPLEtBQUssa0JBQWtCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQzdHLHFCQUFxQixDQUFDLFVBQXFDLGtCQUFrQixPQUFPLEtBQUs7QUFBQSxFQUMzRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxhQUFhO0FBQUEsSUFDWCxNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUFzQyxPQUFPLEtBQUssbUJBQW1CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQzlHLG9CQUFvQixDQUFDLFVBQXNDLG1CQUFtQixPQUFPLEtBQUs7QUFBQSxJQUMxRixtQkFBbUIsQ0FBQyxVQUF1QyxPQUFPLEtBQUssb0JBQW9CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2pILHFCQUFxQixDQUFDLFVBQXVDLG9CQUFvQixPQUFPLEtBQUs7QUFBQSxFQUMvRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBVUEsY0FBYztBQUFBLElBQ1osTUFBTTtBQUFBLElBQ04sZUFBZTtBQUFBLElBQ2YsZ0JBQWdCO0FBQUEsSUFDaEIsa0JBQWtCLENBQUMsVUFBdUMsT0FBTyxLQUFLLG9CQUFvQixPQUFPLEtBQUssRUFBRSxPQUFPLENBQUM7QUFBQSxJQUNoSCxvQkFBb0IsQ0FBQyxVQUF1QyxvQkFBb0IsT0FBTyxLQUFLO0FBQUEsSUFDNUYsbUJBQW1CLENBQUMsVUFDbEIsT0FBTyxLQUFLLHFCQUFxQixPQUFPLEtBQUssRUFBRSxPQUFPLENBQUM7QUFBQSxJQUN6RCxxQkFBcUIsQ0FBQyxVQUF3QyxxQkFBcUIsT0FBTyxLQUFLO0FBQUEsRUFDakc7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFTQSxjQUFjO0FBQUEsSUFDWixNQUFNO0FBQUEsSUFDTixlQUFlO0FBQUEsSUFDZixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsQ0FBQyxVQUF1QyxPQUFPLEtBQUssb0JBQW9CLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ2hILG9CQUFvQixDQUFDLFVBQXVDLG9CQUFvQixPQUFPLEtBQUs7QUFBQSxJQUM1RixtQkFBbUIsQ0FBQyxVQUNsQixPQUFPLEtBQUsscUJBQXFCLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLElBQ3pELHFCQUFxQixDQUFDLFVBQXdDLHFCQUFxQixPQUFPLEtBQUs7QUFBQSxFQUNqRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVlBLGdCQUFnQjtBQUFBLElBQ2QsTUFBTTtBQUFBLElBQ04sZUFBZTtBQUFBLElBQ2YsZ0JBQWdCO0FBQUEsSUFDaEIsa0JBQWtCLENBQUMsVUFDakIsT0FBTyxLQUFLLHNCQUFzQixPQUFPLEtBQUssRUFBRSxPQUFPLENBQUM7QUFBQSxJQUMxRCxvQkFBb0IsQ0FBQyxVQUF5QyxzQkFBc0IsT0FBTyxLQUFLO0FBQUEsSUFDaEcsbUJBQW1CLENBQUMsVUFDbEIsT0FBTyxLQUFLLHVCQUF1QixPQUFPLEtBQUssRUFBRSxPQUFPLENBQUM7QUFBQSxJQUMzRCxxQkFBcUIsQ0FBQyxVQUEwQyx1QkFBdUIsT0FBTyxLQUFLO0FBQUEsRUFDckc7QUFDRjtBQW9OTyxJQUFNLHNCQUFzQkM7QUFBQSxFQUNqQztBQUFBLEVBQ0E7QUFDRjtBQU1BLFNBQVMsWUFBWSxPQUFzRTtBQUN6RixTQUFPLE9BQU8sVUFBVSxZQUFZLENBQUMsV0FBVyxPQUFPLFNBQVMsS0FBSyxJQUFJLFdBQVcsT0FBTyxLQUFLLElBQUk7QUFDdEc7QUFjQSxTQUFTRCxPQUFNLE9BQXFCO0FBQ2xDLFNBQU8sVUFBVSxRQUFRLFVBQVU7QUFDckM7OztBQ3A2REEsU0FBUyxnQkFBQUUsZUFBYyxnQkFBQUMscUJBQW9CO0FBQzNDO0FBQUEsRUFPRSxnQ0FBQUM7QUFBQSxPQUlLO0FBNERQLFNBQVMscUJBQStCO0FBQ3RDLFNBQU8sRUFBRSxNQUFNLElBQUksV0FBVyxJQUFJLGFBQWEsR0FBRyxpQkFBaUIsRUFBRTtBQUN2RTtBQUVPLElBQU0sV0FBaUM7QUFBQSxFQUM1QyxPQUFPLFNBQW1CLFNBQXVCLElBQUlDLGNBQWEsR0FBaUI7QUFDakYsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksT0FBTyxRQUFRLElBQUksUUFBUSxTQUFTLE1BQU0sUUFBUSxXQUFXO0FBQy9ELGNBQU0sSUFBSSxXQUFXLE1BQU0scUVBQXFFO0FBQUEsTUFDbEc7QUFDQSxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxTQUFTO0FBQUEsSUFDNUM7QUFDQSxRQUFJLFFBQVEsZ0JBQWdCLEdBQUc7QUFDN0IsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzlDO0FBQ0EsUUFBSSxRQUFRLG9CQUFvQixHQUFHO0FBQ2pDLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLGVBQWU7QUFBQSxJQUNsRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQTJCO0FBQ2xFLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLG1CQUFtQjtBQUNuQyxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxZQUFZLE9BQU8sT0FBTztBQUNsQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLGNBQWMsT0FBTyxPQUFPO0FBQ3BDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsa0JBQWtCLE9BQU8sT0FBTztBQUN4QztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBdUI7QUFDOUIsV0FBTztBQUFBLE1BQ0wsTUFBTUMsT0FBTSxPQUFPLElBQUksSUFBSSxXQUFXLE9BQU8sT0FBTyxJQUFJLElBQUk7QUFBQSxNQUM1RCxXQUFXQSxPQUFNLE9BQU8sU0FBUyxJQUM3QixPQUFPLE9BQU8sU0FBUyxJQUN2QkEsT0FBTSxPQUFPLFVBQVUsSUFDdkIsT0FBTyxPQUFPLFVBQVUsSUFDeEI7QUFBQSxNQUNKLGFBQWFBLE9BQU0sT0FBTyxXQUFXLElBQ2pDLFdBQVcsT0FBTyxPQUFPLFdBQVcsSUFDcENBLE9BQU0sT0FBTyxZQUFZLElBQ3pCLFdBQVcsT0FBTyxPQUFPLFlBQVksSUFDckM7QUFBQSxNQUNKLGlCQUFpQkEsT0FBTSxPQUFPLGVBQWUsSUFDekMsV0FBVyxPQUFPLE9BQU8sZUFBZSxJQUN4Q0EsT0FBTSxPQUFPLGdCQUFnQixJQUM3QixXQUFXLE9BQU8sT0FBTyxnQkFBZ0IsSUFDekM7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUE0QjtBQUNqQyxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLFVBQUksT0FBTyxRQUFRO0FBQUEsSUFDckI7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksWUFBWSxRQUFRLFVBQVUsU0FBUztBQUFBLElBQzdDO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixHQUFHO0FBQzdCLFVBQUksY0FBY0MsYUFBWSxRQUFRLFdBQVc7QUFBQSxJQUNuRDtBQUNBLFFBQUksUUFBUSxvQkFBb0IsR0FBRztBQUNqQyxVQUFJLGtCQUFrQkEsYUFBWSxRQUFRLGVBQWU7QUFBQSxJQUMzRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFrRCxNQUFvQjtBQUNwRSxXQUFPLFNBQVMsWUFBWSxRQUFTLENBQUMsQ0FBUztBQUFBLEVBQ2pEO0FBQUEsRUFDQSxZQUF1RCxRQUFxQjtBQUMxRSxVQUFNLFVBQVUsbUJBQW1CO0FBQ25DLFlBQVEsT0FBTyxPQUFPLFFBQVE7QUFDOUIsWUFBUSxZQUFhLE9BQU8sY0FBYyxVQUFhLE9BQU8sY0FBYyxPQUFRLE9BQU8sT0FBTyxTQUFTLElBQUk7QUFDL0csWUFBUSxjQUFjLE9BQU8sZUFBZTtBQUM1QyxZQUFRLGtCQUFrQixPQUFPLG1CQUFtQjtBQUNwRCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyx3QkFBcUM7QUFDNUMsU0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVztBQUFBLElBQ1gsV0FBVztBQUFBLElBQ1gsaUJBQWlCO0FBQUEsSUFDakIsU0FBUztBQUFBLElBQ1QsU0FBUztBQUFBLElBQ1QsV0FBVyxDQUFDO0FBQUEsSUFDWixNQUFNO0FBQUEsRUFDUjtBQUNGO0FBRU8sSUFBTSxjQUF1QztBQUFBLEVBQ2xELE9BQU8sU0FBc0IsU0FBdUIsSUFBSUgsY0FBYSxHQUFpQjtBQUNwRixRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLElBQUk7QUFBQSxJQUN2QztBQUNBLFFBQUksUUFBUSxjQUFjLElBQUk7QUFDNUIsVUFBSSxPQUFPLFFBQVEsSUFBSSxRQUFRLFNBQVMsTUFBTSxRQUFRLFdBQVc7QUFDL0QsY0FBTSxJQUFJLFdBQVcsTUFBTSxxRUFBcUU7QUFBQSxNQUNsRztBQUNBLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxjQUFjLElBQUk7QUFDNUIsVUFBSSxPQUFPLFFBQVEsSUFBSSxRQUFRLFNBQVMsTUFBTSxRQUFRLFdBQVc7QUFDL0QsY0FBTSxJQUFJLFdBQVcsTUFBTSxxRUFBcUU7QUFBQSxNQUNsRztBQUNBLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLFNBQVM7QUFBQSxJQUM1QztBQUNBLFFBQUksUUFBUSxvQkFBb0IsSUFBSTtBQUNsQyxVQUFJLE9BQU8sUUFBUSxJQUFJLFFBQVEsZUFBZSxNQUFNLFFBQVEsaUJBQWlCO0FBQzNFLGNBQU0sSUFBSSxXQUFXLE1BQU0sMkVBQTJFO0FBQUEsTUFDeEc7QUFDQSxhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxlQUFlO0FBQUEsSUFDbEQ7QUFDQSxRQUFJLFFBQVEsWUFBWSxHQUFHO0FBQ3pCLGFBQU8sT0FBTyxFQUFFLEVBQUUsT0FBTyxRQUFRLE9BQU87QUFBQSxJQUMxQztBQUNBLFFBQUksUUFBUSxZQUFZLEdBQUc7QUFDekIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsT0FBTztBQUFBLElBQzFDO0FBQ0EsZUFBVyxLQUFLLFFBQVEsV0FBVztBQUNqQyxlQUFTLE9BQU8sR0FBSSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUNyRDtBQUNBLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsYUFBTyxPQUFPLEVBQUUsRUFBRSxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQ3ZDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBOEI7QUFDckUsVUFBTSxTQUFTLGlCQUFpQkMsZ0JBQWUsUUFBUSxJQUFJQSxjQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsc0JBQXNCO0FBQ3RDLGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxPQUFPLE9BQU8sT0FBTztBQUM3QjtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFlBQVksT0FBTyxPQUFPO0FBQ2xDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsWUFBWSxPQUFPLE9BQU87QUFDbEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxrQkFBa0IsT0FBTyxPQUFPO0FBQ3hDO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsVUFBVSxPQUFPLE9BQU87QUFDaEM7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxVQUFVLE9BQU8sT0FBTztBQUNoQztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLFVBQVUsS0FBSyxTQUFTLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQy9EO0FBQUEsVUFDRjtBQUFBLFVBQ0EsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsT0FBTyxPQUFPLE9BQU87QUFDN0I7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUNBLGFBQUssTUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQ2hDO0FBQUEsUUFDRjtBQUNBLGVBQU8sS0FBSyxNQUFNLENBQUM7QUFBQSxNQUNyQjtBQUNBLGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxNQUFDLE9BQWUsdUJBQXVCO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFTLFFBQTBCO0FBQ2pDLFdBQU87QUFBQSxNQUNMLE1BQU1DLE9BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxPQUFPLE9BQU8sSUFBSSxJQUFJO0FBQUEsTUFDNUQsV0FBV0EsT0FBTSxPQUFPLFNBQVMsSUFDN0IsT0FBTyxPQUFPLFNBQVMsSUFDdkJBLE9BQU0sT0FBTyxVQUFVLElBQ3ZCLE9BQU8sT0FBTyxVQUFVLElBQ3hCO0FBQUEsTUFDSixXQUFXQSxPQUFNLE9BQU8sU0FBUyxJQUM3QixPQUFPLE9BQU8sU0FBUyxJQUN2QkEsT0FBTSxPQUFPLFVBQVUsSUFDdkIsT0FBTyxPQUFPLFVBQVUsSUFDeEI7QUFBQSxNQUNKLGlCQUFpQkEsT0FBTSxPQUFPLGVBQWUsSUFDekMsT0FBTyxPQUFPLGVBQWUsSUFDN0JBLE9BQU0sT0FBTyxpQkFBaUIsSUFDOUIsT0FBTyxPQUFPLGlCQUFpQixJQUMvQjtBQUFBLE1BQ0osU0FBU0EsT0FBTSxPQUFPLE9BQU8sSUFDekIsV0FBVyxPQUFPLE9BQU8sT0FBTyxJQUNoQ0EsT0FBTSxPQUFPLFFBQVEsSUFDckIsV0FBVyxPQUFPLE9BQU8sUUFBUSxJQUNqQztBQUFBLE1BQ0osU0FBU0EsT0FBTSxPQUFPLE9BQU8sSUFDekIsV0FBVyxPQUFPLE9BQU8sT0FBTyxJQUNoQ0EsT0FBTSxPQUFPLFFBQVEsSUFDckIsV0FBVyxPQUFPLE9BQU8sUUFBUSxJQUNqQztBQUFBLE1BQ0osV0FBVyxXQUFXLE1BQU0sUUFBUSxRQUFRLFNBQVMsSUFDakQsT0FBTyxVQUFVLElBQUksQ0FBQyxNQUFXLFNBQVMsU0FBUyxDQUFDLENBQUMsSUFDckQsV0FBVyxNQUFNLFFBQVEsUUFBUSxVQUFVLElBQzNDLE9BQU8sV0FBVyxJQUFJLENBQUMsTUFBVyxTQUFTLFNBQVMsQ0FBQyxDQUFDLElBQ3RELENBQUM7QUFBQSxNQUNMLE1BQU1BLE9BQU0sT0FBTyxJQUFJLElBQUksV0FBVyxPQUFPLE9BQU8sSUFBSSxJQUFJO0FBQUEsSUFDOUQ7QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQStCO0FBQ3BDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFFBQUksUUFBUSxjQUFjLElBQUk7QUFDNUIsVUFBSSxZQUFZLFFBQVEsVUFBVSxTQUFTO0FBQUEsSUFDN0M7QUFDQSxRQUFJLFFBQVEsY0FBYyxJQUFJO0FBQzVCLFVBQUksWUFBWSxRQUFRLFVBQVUsU0FBUztBQUFBLElBQzdDO0FBQ0EsUUFBSSxRQUFRLG9CQUFvQixJQUFJO0FBQ2xDLFVBQUksa0JBQWtCLFFBQVEsZ0JBQWdCLFNBQVM7QUFBQSxJQUN6RDtBQUNBLFFBQUksUUFBUSxZQUFZLEdBQUc7QUFDekIsVUFBSSxVQUFVLEtBQUssTUFBTSxRQUFRLE9BQU87QUFBQSxJQUMxQztBQUNBLFFBQUksUUFBUSxZQUFZLEdBQUc7QUFDekIsVUFBSSxVQUFVLEtBQUssTUFBTSxRQUFRLE9BQU87QUFBQSxJQUMxQztBQUNBLFFBQUksUUFBUSxXQUFXLFFBQVE7QUFDN0IsVUFBSSxZQUFZLFFBQVEsVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDakU7QUFDQSxRQUFJLFFBQVEsU0FBUyxJQUFJO0FBQ3ZCLFVBQUksT0FBTyxRQUFRO0FBQUEsSUFDckI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBcUQsTUFBdUI7QUFDMUUsV0FBTyxZQUFZLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUNwRDtBQUFBLEVBQ0EsWUFBMEQsUUFBd0I7QUFDaEYsVUFBTSxVQUFVLHNCQUFzQjtBQUN0QyxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFlBQVEsWUFBYSxPQUFPLGNBQWMsVUFBYSxPQUFPLGNBQWMsT0FBUSxPQUFPLE9BQU8sU0FBUyxJQUFJO0FBQy9HLFlBQVEsWUFBYSxPQUFPLGNBQWMsVUFBYSxPQUFPLGNBQWMsT0FBUSxPQUFPLE9BQU8sU0FBUyxJQUFJO0FBQy9HLFlBQVEsa0JBQW1CLE9BQU8sb0JBQW9CLFVBQWEsT0FBTyxvQkFBb0IsT0FDMUYsT0FBTyxPQUFPLGVBQWUsSUFDN0I7QUFDSixZQUFRLFVBQVUsT0FBTyxXQUFXO0FBQ3BDLFlBQVEsVUFBVSxPQUFPLFdBQVc7QUFDcEMsWUFBUSxZQUFZLE9BQU8sV0FBVyxJQUFJLENBQUMsTUFBTSxTQUFTLFlBQVksQ0FBQyxDQUFDLEtBQUssQ0FBQztBQUM5RSxZQUFRLE9BQU8sT0FBTyxRQUFRO0FBQzlCLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLG9DQUE2RDtBQUNwRSxTQUFPLENBQUM7QUFDVjtBQUVPLElBQU0sMEJBQStEO0FBQUEsRUFDMUUsT0FBTyxHQUE0QixTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQzFGLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQTBDO0FBQ2pGLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLGtDQUFrQztBQUNsRCxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsUUFDbkI7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxHQUFpQztBQUN4QyxXQUFPLENBQUM7QUFBQSxFQUNWO0FBQUEsRUFFQSxPQUFPLEdBQXFDO0FBQzFDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFpRSxNQUFtQztBQUNsRyxXQUFPLHdCQUF3QixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDaEU7QUFBQSxFQUNBLFlBQXNFLEdBQStCO0FBQ25HLFVBQU0sVUFBVSxrQ0FBa0M7QUFDbEQsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMscUNBQStEO0FBQ3RFLFNBQU8sRUFBRSxjQUFjLENBQUMsRUFBRTtBQUM1QjtBQUVPLElBQU0sMkJBQWlFO0FBQUEsRUFDNUUsT0FBTyxTQUFtQyxTQUF1QixJQUFJRCxjQUFhLEdBQWlCO0FBQ2pHLGVBQVcsS0FBSyxRQUFRLGNBQWM7QUFDcEMsa0JBQVksT0FBTyxHQUFJLE9BQU8sT0FBTyxFQUFFLEVBQUUsS0FBSyxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ3hEO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sT0FBa0MsUUFBMkM7QUFDbEYsVUFBTSxTQUFTLGlCQUFpQkMsZ0JBQWUsUUFBUSxJQUFJQSxjQUFhLEtBQUs7QUFDN0UsVUFBTSx5QkFBMEIsT0FBZSx3QkFBd0I7QUFDdkUsUUFBSSwwQkFBMEIsS0FBSztBQUNqQyxZQUFNLElBQUksV0FBVyxNQUFNLDBDQUEwQztBQUFBLElBQ3ZFO0FBQ0EsSUFBQyxPQUFlLHVCQUF1Qix5QkFBeUI7QUFDaEUsUUFBSTtBQUNGLFlBQU0sTUFBTSxXQUFXLFNBQVksT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUM3RCxZQUFNLFVBQVUsbUNBQW1DO0FBQ25ELGFBQU8sT0FBTyxNQUFNLEtBQUs7QUFDdkIsY0FBTSxNQUFNLE9BQU8sT0FBTztBQUMxQixnQkFBUSxRQUFRLEdBQUc7QUFBQSxVQUNqQixLQUFLLEdBQUc7QUFDTixnQkFBSSxRQUFRLElBQUk7QUFDZDtBQUFBLFlBQ0Y7QUFFQSxvQkFBUSxhQUFhLEtBQUssWUFBWSxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsQ0FBQztBQUNyRTtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBdUM7QUFDOUMsV0FBTztBQUFBLE1BQ0wsY0FBYyxXQUFXLE1BQU0sUUFBUSxRQUFRLFlBQVksSUFDdkQsT0FBTyxhQUFhLElBQUksQ0FBQyxNQUFXLFlBQVksU0FBUyxDQUFDLENBQUMsSUFDM0QsV0FBVyxNQUFNLFFBQVEsUUFBUSxhQUFhLElBQzlDLE9BQU8sY0FBYyxJQUFJLENBQUMsTUFBVyxZQUFZLFNBQVMsQ0FBQyxDQUFDLElBQzVELENBQUM7QUFBQSxJQUNQO0FBQUEsRUFDRjtBQUFBLEVBRUEsT0FBTyxTQUE0QztBQUNqRCxVQUFNLE1BQVcsQ0FBQztBQUNsQixRQUFJLFFBQVEsY0FBYyxRQUFRO0FBQ2hDLFVBQUksZUFBZSxRQUFRLGFBQWEsSUFBSSxDQUFDLE1BQU0sWUFBWSxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQWtFLE1BQW9DO0FBQ3BHLFdBQU8seUJBQXlCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUNqRTtBQUFBLEVBQ0EsWUFBdUUsUUFBcUM7QUFDMUcsVUFBTSxVQUFVLG1DQUFtQztBQUNuRCxZQUFRLGVBQWUsT0FBTyxjQUFjLElBQUksQ0FBQyxNQUFNLFlBQVksWUFBWSxDQUFDLENBQUMsS0FBSyxDQUFDO0FBQ3ZGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGtDQUF5RDtBQUNoRSxTQUFPLEVBQUUsTUFBTSxHQUFHO0FBQ3BCO0FBRU8sSUFBTSx3QkFBMkQ7QUFBQSxFQUN0RSxPQUFPLFNBQWdDLFNBQXVCLElBQUlELGNBQWEsR0FBaUI7QUFDOUYsUUFBSSxRQUFRLFNBQVMsSUFBSTtBQUN2QixhQUFPLE9BQU8sRUFBRSxFQUFFLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDdkM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxPQUFrQyxRQUF3QztBQUMvRSxVQUFNLFNBQVMsaUJBQWlCQyxnQkFBZSxRQUFRLElBQUlBLGNBQWEsS0FBSztBQUM3RSxVQUFNLHlCQUEwQixPQUFlLHdCQUF3QjtBQUN2RSxRQUFJLDBCQUEwQixLQUFLO0FBQ2pDLFlBQU0sSUFBSSxXQUFXLE1BQU0sMENBQTBDO0FBQUEsSUFDdkU7QUFDQSxJQUFDLE9BQWUsdUJBQXVCLHlCQUF5QjtBQUNoRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLFdBQVcsU0FBWSxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQzdELFlBQU0sVUFBVSxnQ0FBZ0M7QUFDaEQsYUFBTyxPQUFPLE1BQU0sS0FBSztBQUN2QixjQUFNLE1BQU0sT0FBTyxPQUFPO0FBQzFCLGdCQUFRLFFBQVEsR0FBRztBQUFBLFVBQ2pCLEtBQUssR0FBRztBQUNOLGdCQUFJLFFBQVEsSUFBSTtBQUNkO0FBQUEsWUFDRjtBQUVBLG9CQUFRLE9BQU8sT0FBTyxPQUFPO0FBQzdCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxhQUFLLE1BQU0sT0FBTyxLQUFLLFFBQVEsR0FBRztBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDckI7QUFDQSxhQUFPO0FBQUEsSUFDVCxVQUFFO0FBQ0EsTUFBQyxPQUFlLHVCQUF1QjtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBUyxRQUFvQztBQUMzQyxXQUFPLEVBQUUsTUFBTUMsT0FBTSxPQUFPLElBQUksSUFBSSxXQUFXLE9BQU8sT0FBTyxJQUFJLElBQUksR0FBRztBQUFBLEVBQzFFO0FBQUEsRUFFQSxPQUFPLFNBQXlDO0FBQzlDLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxTQUFTLElBQUk7QUFDdkIsVUFBSSxPQUFPLFFBQVE7QUFBQSxJQUNyQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUErRCxNQUFpQztBQUM5RixXQUFPLHNCQUFzQixZQUFZLFFBQVMsQ0FBQyxDQUFTO0FBQUEsRUFDOUQ7QUFBQSxFQUNBLFlBQW9FLFFBQWtDO0FBQ3BHLFVBQU0sVUFBVSxnQ0FBZ0M7QUFDaEQsWUFBUSxPQUFPLE9BQU8sUUFBUTtBQUM5QixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxtQ0FBMkQ7QUFDbEUsU0FBTyxFQUFFLGFBQWEsT0FBVTtBQUNsQztBQUVPLElBQU0seUJBQTZEO0FBQUEsRUFDeEUsT0FBTyxTQUFpQyxTQUF1QixJQUFJRixjQUFhLEdBQWlCO0FBQy9GLFFBQUksUUFBUSxnQkFBZ0IsUUFBVztBQUNyQyxrQkFBWSxPQUFPLFFBQVEsYUFBYSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUN6RTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE9BQWtDLFFBQXlDO0FBQ2hGLFVBQU0sU0FBUyxpQkFBaUJDLGdCQUFlLFFBQVEsSUFBSUEsY0FBYSxLQUFLO0FBQzdFLFVBQU0seUJBQTBCLE9BQWUsd0JBQXdCO0FBQ3ZFLFFBQUksMEJBQTBCLEtBQUs7QUFDakMsWUFBTSxJQUFJLFdBQVcsTUFBTSwwQ0FBMEM7QUFBQSxJQUN2RTtBQUNBLElBQUMsT0FBZSx1QkFBdUIseUJBQXlCO0FBQ2hFLFFBQUk7QUFDRixZQUFNLE1BQU0sV0FBVyxTQUFZLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFDN0QsWUFBTSxVQUFVLGlDQUFpQztBQUNqRCxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQ3ZCLGNBQU0sTUFBTSxPQUFPLE9BQU87QUFDMUIsZ0JBQVEsUUFBUSxHQUFHO0FBQUEsVUFDakIsS0FBSyxHQUFHO0FBQ04sZ0JBQUksUUFBUSxJQUFJO0FBQ2Q7QUFBQSxZQUNGO0FBRUEsb0JBQVEsY0FBYyxZQUFZLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQztBQUNoRTtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsYUFBSyxNQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3JCO0FBQ0EsYUFBTztBQUFBLElBQ1QsVUFBRTtBQUNBLE1BQUMsT0FBZSx1QkFBdUI7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsUUFBcUM7QUFDNUMsV0FBTztBQUFBLE1BQ0wsYUFBYUMsT0FBTSxPQUFPLFdBQVcsSUFDakMsWUFBWSxTQUFTLE9BQU8sV0FBVyxJQUN2Q0EsT0FBTSxPQUFPLFlBQVksSUFDekIsWUFBWSxTQUFTLE9BQU8sWUFBWSxJQUN4QztBQUFBLElBQ047QUFBQSxFQUNGO0FBQUEsRUFFQSxPQUFPLFNBQTBDO0FBQy9DLFVBQU0sTUFBVyxDQUFDO0FBQ2xCLFFBQUksUUFBUSxnQkFBZ0IsUUFBVztBQUNyQyxVQUFJLGNBQWMsWUFBWSxPQUFPLFFBQVEsV0FBVztBQUFBLElBQzFEO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQWdFLE1BQWtDO0FBQ2hHLFdBQU8sdUJBQXVCLFlBQVksUUFBUyxDQUFDLENBQVM7QUFBQSxFQUMvRDtBQUFBLEVBQ0EsWUFBcUUsUUFBbUM7QUFDdEcsVUFBTSxVQUFVLGlDQUFpQztBQUNqRCxZQUFRLGNBQWUsT0FBTyxnQkFBZ0IsVUFBYSxPQUFPLGdCQUFnQixPQUM5RSxZQUFZLFlBQVksT0FBTyxXQUFXLElBQzFDO0FBQ0osV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUlPLElBQU0sNEJBQTRCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTXZDLGtCQUFrQjtBQUFBLElBQ2hCLE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQ2pCLE9BQU8sS0FBSyx3QkFBd0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDNUQsb0JBQW9CLENBQUMsVUFBMkMsd0JBQXdCLE9BQU8sS0FBSztBQUFBLElBQ3BHLG1CQUFtQixDQUFDLFVBQ2xCLE9BQU8sS0FBSyx5QkFBeUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDN0QscUJBQXFCLENBQUMsVUFBNEMseUJBQXlCLE9BQU8sS0FBSztBQUFBLEVBQ3pHO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxnQkFBZ0I7QUFBQSxJQUNkLE1BQU07QUFBQSxJQUNOLGVBQWU7QUFBQSxJQUNmLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixDQUFDLFVBQ2pCLE9BQU8sS0FBSyxzQkFBc0IsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDMUQsb0JBQW9CLENBQUMsVUFBeUMsc0JBQXNCLE9BQU8sS0FBSztBQUFBLElBQ2hHLG1CQUFtQixDQUFDLFVBQ2xCLE9BQU8sS0FBSyx1QkFBdUIsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDO0FBQUEsSUFDM0QscUJBQXFCLENBQUMsVUFBMEMsdUJBQXVCLE9BQU8sS0FBSztBQUFBLEVBQ3JHO0FBQ0Y7QUE4RE8sSUFBTSwyQkFBMkJFO0FBQUEsRUFDdEM7QUFBQSxFQUNBO0FBQ0Y7QUFNQSxTQUFTRCxhQUFZLE9BQXNFO0FBQ3pGLFNBQU8sT0FBTyxVQUFVLFlBQVksQ0FBQyxXQUFXLE9BQU8sU0FBUyxLQUFLLElBQUksV0FBVyxPQUFPLEtBQUssSUFBSTtBQUN0RztBQWNBLFNBQVNELE9BQU0sT0FBcUI7QUFDbEMsU0FBTyxVQUFVLFFBQVEsVUFBVTtBQUNyQzs7O0FIcHpCTyxJQUFNLGlCQUFpQjtBQStCOUIsU0FBUyxXQUFXLFFBQXdCO0FBQzFDLE1BQUksT0FBTyxXQUFXLFNBQVMsRUFBRyxRQUFPO0FBQ3pDLE1BQUksT0FBTyxXQUFXLFFBQVEsRUFBRyxRQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFDcEUsU0FBTztBQUNUO0FBRUEsU0FBUyxtQkFBbUIsTUFBc0IsUUFBb0M7QUFDcEYsTUFBSSxPQUFPLFdBQVcsU0FBUyxLQUFLLEtBQUssU0FBVSxRQUFPLFlBQVksZUFBZTtBQUNyRixRQUFNLE9BQU8sQ0FBQyxNQUFnQixJQUFJLGFBQWEsQ0FBQyxJQUFJO0FBQ3BELFNBQU8sWUFBWSxVQUFVLEtBQUssS0FBSyxLQUFLLEdBQUcsS0FBSyxLQUFLLE1BQU0sR0FBRyxLQUFLLEtBQUssT0FBTyxDQUFDO0FBQ3RGO0FBRU8sSUFBTSxlQUFOLE1BQW1CO0FBQUEsRUFDZjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFakIsWUFBWSxPQUF1QixDQUFDLEdBQUc7QUFDckMsVUFBTSxTQUFTLEtBQUssVUFBVTtBQUM5QixVQUFNLGlCQUFpQixLQUFLLGdCQUFnQixFQUFFLGlDQUFpQyxLQUFLLGNBQWMsSUFBSSxDQUFDO0FBQ3ZHLFNBQUssU0FBUyxJQUFJRyxRQUFPLFdBQVcsTUFBTSxHQUFHLG1CQUFtQixNQUFNLE1BQU0sR0FBRyxjQUFjO0FBQzdGLFNBQUssWUFBWSxLQUFLLGFBQWE7QUFDbkMsU0FBSyxRQUFRLEtBQUs7QUFDbEIsU0FBSyxVQUFVLEtBQUssS0FBSyxvQkFBb0I7QUFDN0MsU0FBSyxlQUFlLEtBQUssS0FBSyx5QkFBeUI7QUFDdkQsU0FBSyxVQUFVLEtBQUssS0FBSyxvQkFBb0I7QUFBQSxFQUMvQztBQUFBLEVBRUEsUUFBYztBQUNaLFNBQUssT0FBTyxNQUFNO0FBQUEsRUFDcEI7QUFBQSxFQUVRLEtBQXVCLFNBQThCO0FBQzNELFVBQU0sTUFBK0IsQ0FBQztBQUN0QyxlQUFXLENBQUMsTUFBTSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU8sR0FBeUQ7QUFDdkcsVUFBSSxJQUFJLElBQUksQ0FBQyxVQUFrQixDQUFDLE1BQU0sS0FBSyxLQUFLLEtBQUssRUFBRSxHQUFHLElBQUksbUJBQW1CLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxHQUFHLFFBQVEsQ0FBQztBQUFBLElBQ2pIO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQWUsS0FBaUMsU0FBNEI7QUFDbEYsVUFBTSxXQUFXLElBQUksU0FBUztBQUM5QixRQUFJLEtBQUssTUFBTyxVQUFTLElBQUksaUJBQWlCLFVBQVUsS0FBSyxLQUFLLEVBQUU7QUFDcEUsVUFBTSxXQUFXLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLLFNBQVM7QUFDckQsV0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsV0FBSyxPQUFPO0FBQUEsUUFDVixJQUFJO0FBQUEsUUFDSixJQUFJO0FBQUEsUUFDSixJQUFJO0FBQUEsUUFDSjtBQUFBLFFBQ0E7QUFBQSxRQUNBLEVBQUUsU0FBUztBQUFBLFFBQ1gsQ0FBQyxLQUEwQixRQUFlLE1BQU0sT0FBTyxHQUFHLElBQUksUUFBUSxHQUFVO0FBQUEsTUFDbEY7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBSWpHQSxTQUFTLGVBQUFDLGNBQWEsNkJBQTZEO0FBQ25GLFNBQVMsZ0JBQWdCO0FBQ3pCLFNBQVMsaUJBQWlCO0FBTTFCLElBQU0sTUFBTSxzQkFBc0IsU0FBUyxXQUFXLEVBQUUsT0FBTyxPQUFPLENBQUMsQ0FBQztBQUlqRSxTQUFTLFlBQVksUUFBZ0IsVUFBVSxJQUFxQjtBQUN6RSxRQUFNLFNBQVMsSUFBSSxJQUFJLEtBQUssT0FBTyxHQUFHLE9BQU8sUUFBUUEsYUFBWSxlQUFlLENBQUM7QUFDakYsU0FBTyxJQUFJLFFBQWdCLENBQUMsU0FBUyxXQUFXO0FBQzlDLFdBQU8sTUFBTSxFQUFFLFFBQVEsR0FBRyxFQUFFLFVBQVUsSUFBSSxLQUFLLEtBQUssSUFBSSxJQUFJLEdBQUksRUFBRSxHQUFHLENBQUMsS0FBSyxRQUFRO0FBQ2pGLGFBQU8sTUFBTTtBQUNiLFVBQUksSUFBSyxRQUFPLEdBQUc7QUFBQSxVQUNkLFNBQVEsSUFBSSxNQUFNO0FBQUEsSUFDekIsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNIOzs7QUNuQkEsU0FBUyxvQkFBb0I7QUFLdEIsSUFBTSxnQkFBZ0IsUUFBUSxJQUFJLDJCQUEyQjtBQUNwRSxJQUFNLFNBQVMsZ0JBQWdCLENBQUMsWUFBWSxzQkFBc0IsSUFBSSxDQUFDO0FBRWhFLFNBQVMsSUFBSSxNQUF3QjtBQUMxQyxRQUFNLENBQUMsS0FBSyxHQUFHLElBQUksSUFBSTtBQUN2QixTQUFPLGFBQWEsT0FBTyxDQUFDLEtBQUssR0FBRyxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQUEsSUFDcEQsVUFBVTtBQUFBLElBQ1YsS0FBSyxFQUFFLEdBQUcsUUFBUSxLQUFLLFFBQVEsS0FBSywwQkFBMEIsSUFBSTtBQUFBLElBQ2xFLE9BQU8sQ0FBQyxVQUFVLFFBQVEsTUFBTTtBQUFBLEVBQ2xDLENBQUM7QUFDSDs7O0FOUk8sSUFBTSxPQUFPLElBQUksSUFBSSxTQUFTLFlBQVksR0FBRyxFQUFFO0FBQy9DLElBQU0sWUFBWSxLQUFLLE1BQU0scUJBQXFCO0FBQ2xELElBQU0sU0FBUyxLQUFLLE1BQU0sb0JBQW9CO0FBWXJELGVBQXNCLFlBQVksY0FBd0IsWUFBc0IsQ0FBQyxHQUFHLFVBQVUsV0FBbUM7QUFDL0gsUUFBTSxNQUFNLFlBQVksS0FBSyxPQUFPLEdBQUcsVUFBVSxDQUFDO0FBQ2xELFFBQU0sU0FBUyxLQUFLLEtBQUssY0FBYztBQUN2QyxRQUFNLFNBQVMsVUFBVSxNQUFNO0FBQy9CLFFBQU0sT0FBTyxDQUFDLFdBQVcsWUFBWSxRQUFRLEdBQUcsYUFBYSxRQUFRLENBQUMsT0FBTyxDQUFDLGtCQUFrQixFQUFFLENBQUMsR0FBRyxHQUFHLFNBQVM7QUFDbEgsTUFBSSxjQUFlLE1BQUssS0FBSyxpQkFBaUI7QUFDOUMsUUFBTSxRQUFRLE1BQU0sUUFBUSxVQUFVLE1BQU0sRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ2pGLE1BQUksU0FBUztBQUNiLFFBQU0sT0FBUSxHQUFHLFFBQVEsQ0FBQyxNQUFPLFVBQVUsQ0FBRTtBQUM3QyxRQUFNLE9BQVEsR0FBRyxRQUFRLENBQUMsTUFBTyxVQUFVLENBQUU7QUFDN0MsUUFBTSxTQUFTLElBQUksUUFBdUIsQ0FBQyxZQUFZLE1BQU0sS0FBSyxRQUFRLENBQUMsU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDO0FBQ2xHLFFBQU0sY0FBYyxRQUFRLFNBQVMsT0FBTyxNQUFNLE1BQU07QUFDeEQsUUFBTSxTQUFTLElBQUksYUFBYSxFQUFFLFFBQVEsV0FBVyxJQUFPLENBQUM7QUFDN0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxTQUFTO0FBQUEsSUFDVDtBQUFBLElBQ0EsTUFBTSxNQUFNO0FBQUEsSUFDWixNQUFNLEtBQUssU0FBeUIsV0FBVztBQUM3QyxhQUFPLE1BQU07QUFDYixVQUFJLE1BQU0sYUFBYSxRQUFRLE1BQU0sZUFBZSxLQUFNLE9BQU0sS0FBSyxNQUFNO0FBQzNFLFlBQU0sT0FBTyxNQUFNO0FBQ25CLGFBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUM1QyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLGVBQWUsY0FBYyxRQUFnQixNQUFjLE9BQXFCLE1BQW1DO0FBRWpILFFBQU0sV0FBVyxLQUFLLElBQUksS0FBSyxRQUFRLElBQUksY0FBYyxNQUFNLE9BQVU7QUFDekUsU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFFBQUksTUFBTSxhQUFhLEtBQU0sT0FBTSxJQUFJLE1BQU0sdUJBQXVCLE1BQU0sUUFBUTtBQUFBLEVBQU0sS0FBSyxDQUFDLEVBQUU7QUFDaEcsUUFBSyxNQUFNLFlBQVksTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLE1BQU8sS0FBTTtBQUM5RCxVQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQzVDO0FBQ0EsUUFBTSxLQUFLLFNBQVM7QUFDcEIsUUFBTSxJQUFJLE1BQU0sMEJBQTBCLElBQUk7QUFBQSxFQUFNLEtBQUssQ0FBQyxFQUFFO0FBQzlEOzs7QU83REEsU0FBUyxZQUFBQyxXQUFVLGdCQUFBQyxxQkFBb0I7QUFDdkMsU0FBUyxlQUFBQyxjQUFhLGFBQWEsZ0JBQUFDLGVBQWMsVUFBQUMsU0FBUSxVQUFVLHFCQUFxQjtBQUN4RixTQUFTLFVBQUFDLGVBQWM7QUFDdkIsU0FBUyxRQUFBQyxhQUFZO0FBQ3JCLFNBQVMsaUJBQWlCO0FBS25CLElBQU0sVUFBVSxFQUFFLEdBQUcsUUFBUSxLQUFLLFFBQVEsS0FBSyxNQUFNLEtBQUssMEJBQTBCLElBQUk7QUFDeEYsSUFBTSxjQUFjO0FBZXBCLFNBQVMsY0FBYyxNQUFjLE9BQWtCLENBQUMsR0FBWTtBQUN6RSxRQUFNLE1BQU1DLGFBQVlDLE1BQUtDLFFBQU8sR0FBRyxlQUFlLENBQUM7QUFDdkQsUUFBTSxPQUFPRCxNQUFLLEtBQUssUUFBUTtBQUMvQixFQUFBRSxjQUFhLFlBQVksQ0FBQyxNQUFNLEdBQUcsS0FBSyxXQUFXLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDL0QsUUFBTSxTQUFTQSxjQUFhLFdBQVcsQ0FBQyxVQUFVLFVBQVUsSUFBSSxHQUFHLEVBQUUsVUFBVSxPQUFPLENBQUMsRUFBRSxLQUFLO0FBQzlGLE1BQUksWUFBWTtBQUNoQixRQUFNLFVBQVUsTUFBTTtBQUVwQixRQUFJLFVBQVc7QUFDZixnQkFBWTtBQUNaLFFBQUk7QUFDRixVQUFJLENBQUMsWUFBWSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQUEsSUFDcEMsUUFBUTtBQUFBLElBRVI7QUFDQSxRQUFJO0FBQ0YsVUFBSSxDQUFDLFlBQVksTUFBTSxNQUFNLE1BQU0sQ0FBQztBQUFBLElBQ3RDLFFBQVE7QUFBQSxJQUVSO0FBQ0EsUUFBSTtBQUNGLE1BQUFBLGNBQWEsV0FBVyxDQUFDLE1BQU0sTUFBTSxDQUFDO0FBQUEsSUFDeEMsVUFBRTtBQUNBLE1BQUFDLFFBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUM1QyxxQkFBZSxJQUFJO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQ0EsTUFBSTtBQUNGLFFBQUksQ0FBQyxZQUFZLE1BQU0sR0FBSSxLQUFLLGVBQWUsQ0FBQyxrQkFBa0IsS0FBSyxZQUFZLElBQUksQ0FBQyxHQUFJLE1BQU0sQ0FBQztBQUNuRyxRQUFJLENBQUMsWUFBWSxNQUFNLHdCQUF3QixLQUFLLGNBQWMsTUFBTSxNQUFNLE1BQU0sQ0FBQztBQUFBLEVBQ3ZGLFNBQVMsS0FBSztBQUNaLFlBQVE7QUFDUixVQUFNO0FBQUEsRUFDUjtBQUNBLFNBQU8sRUFBRSxNQUFNLFFBQVEsUUFBUTtBQUNqQztBQUVBLElBQU0sYUFBYTtBQUNuQixTQUFTLFVBQWtCO0FBQ3pCLE1BQUksSUFBSTtBQUNSLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxJQUFLLE1BQUssV0FBVyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQ3pFLFNBQU8sQ0FBQyxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUcsRUFBRSxNQUFNLEdBQUcsRUFBRSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQ2xJO0FBTU8sU0FBUyxTQUFTLElBQVksT0FBZSxTQUFTLE1BQU0sT0FBTyxDQUFDLGdCQUFnQixHQUFTO0FBQ2xHLE1BQUksVUFBVSxFQUFHO0FBQ2pCLFFBQU0sTUFBTUosYUFBWUMsTUFBS0MsUUFBTyxHQUFHLG9CQUFvQixDQUFDO0FBQzVELE1BQUk7QUFDRixVQUFNLE9BQU9ELE1BQUssS0FBSyxTQUFTO0FBQ2hDLFFBQUksQ0FBQyxlQUFlLE1BQU0sTUFBTSxNQUFNLEVBQUUsQ0FBQztBQUN6QyxVQUFNLE9BQU9JLGNBQWEsTUFBTSxNQUFNO0FBQ3RDLFFBQUksS0FBSyxTQUFTLG1CQUFtQixFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsRUFBRSxrQkFBa0I7QUFDekYsVUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxHQUFJO0FBQ3hDLFVBQU0sUUFBUSxPQUFPLEtBQUssRUFBRTtBQUM1QixVQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLEtBQUs7QUFDOUIsVUFBSSxLQUFLLEtBQU8sTUFBTSxHQUFHLE9BQU8sQ0FBQyxFQUFFLFNBQVMsT0FBTyxHQUFHLENBQUM7QUFBQSxXQUMvQyxRQUFRLENBQUM7QUFBQTtBQUFBO0FBQUEsYUFHUCxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxxQkFDNUIsR0FBRztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxjQVlSLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQSxDQUluQjtBQUFBLElBQ0c7QUFDQSxVQUFNLE1BQU0sS0FBSyxZQUFZLEtBQUs7QUFDbEMsUUFBSSxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0seUNBQXlDO0FBQ3RFLGtCQUFjLE1BQU0sR0FBRyxLQUFLLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQUE4QixJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFBUSxLQUFLLE1BQU0sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUNsSCxRQUFJLENBQUMsZ0JBQWdCLE1BQU0sTUFBTSxNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQzVDLFVBQUU7QUFDQSxJQUFBRCxRQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNGO0FBR08sU0FBUyxTQUFTLE1BQTBDO0FBQ2pFLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sSUFBSSxZQUFZLElBQUk7QUFDMUIsSUFBQUUsVUFBUyxLQUFLLENBQUMsR0FBRyxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsS0FBSyxTQUFTLFdBQVcsS0FBSyxHQUFHLEdBQUcsQ0FBQyxLQUFLLFNBQVMsV0FBVztBQUMvRixVQUFJLElBQUssUUFBTyxJQUFJLE1BQU0sR0FBRyxLQUFLLE1BQU0sR0FBRyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsWUFBWSxPQUFPLE1BQU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFBQSxVQUNwRyxTQUFRLFlBQVksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUNwQyxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0g7QUFHTyxTQUFTLGFBQWEsSUFBOEM7QUFDekUsTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osTUFBSTtBQUNGLGVBQVcsS0FBSyxZQUFZLFdBQVcsR0FBRztBQUN4QyxVQUFJLENBQUMsRUFBRSxXQUFXLEdBQUcsRUFBRSxHQUFHLEVBQUc7QUFDN0I7QUFDQSxlQUFTLFNBQVNMLE1BQUssYUFBYSxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzFDO0FBQUEsRUFDRixRQUFRO0FBQUEsRUFFUjtBQUNBLFNBQU8sRUFBRSxPQUFPLE1BQU07QUFDeEI7QUFHTyxTQUFTLGVBQWUsSUFBa0I7QUFDL0MsTUFBSTtBQUNGLGVBQVcsS0FBSyxZQUFZLFdBQVcsRUFBRyxLQUFJLEVBQUUsV0FBVyxHQUFHLEVBQUUsR0FBRyxFQUFHLENBQUFHLFFBQU9ILE1BQUssYUFBYSxDQUFDLEdBQUcsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3BILFFBQVE7QUFBQSxFQUVSO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsSUFBWSxPQUFnQztBQUNwRSxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLLEtBQUs7QUFDMUMsUUFBSSxDQUFDLFlBQVksTUFBTSxNQUFNLEdBQUcsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ25GO0FBQ0Y7OztBQy9KTyxTQUFTLE9BQU8sSUFBK0I7QUFDcEQsTUFBSSxHQUFHLFdBQVcsRUFBRyxRQUFPLE9BQU87QUFDbkMsUUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDdEMsUUFBTSxJQUFJLEVBQUUsVUFBVTtBQUN0QixTQUFPLEVBQUUsU0FBUyxJQUFJLEVBQUUsQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLEtBQUs7QUFDbkQ7QUFFQSxlQUFzQixNQUFTLElBQTZEO0FBQzFGLFFBQU0sSUFBSSxZQUFZLElBQUk7QUFDMUIsUUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixTQUFPLEVBQUUsSUFBSSxZQUFZLElBQUksSUFBSSxHQUFHLE1BQU07QUFDNUM7QUFFTyxJQUFNLFNBQVMsQ0FBQyxNQUFjLEtBQUssTUFBTSxJQUFJLEVBQUUsSUFBSTtBQUNuRCxJQUFNLFNBQVMsQ0FBQyxNQUFjLEtBQUssTUFBTSxJQUFJLEdBQUcsSUFBSTtBQU0zRCxlQUFzQixXQUNwQixRQUNBLE1BQ0EsS0FDNEM7QUFDNUMsUUFBTSxJQUFjLENBQUM7QUFDckIsUUFBTSxJQUFjLENBQUM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLEtBQUs7QUFDL0IsUUFBSSxJQUFJLE1BQU0sR0FBRztBQUNmLFFBQUUsTUFBTSxNQUFNLE1BQU0sTUFBTSxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFDdEMsUUFBRSxNQUFNLE1BQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLElBQ3ZDLE9BQU87QUFDTCxRQUFFLE1BQU0sTUFBTSxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQ3JDLFFBQUUsTUFBTSxNQUFNLE1BQU0sTUFBTSxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxJQUN4QztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsTUFBTSxHQUFHLEtBQUssRUFBRTtBQUMzQjs7O0FDckNBLFNBQVMsWUFBWSxnQkFBQU0sZUFBYyxpQkFBQUMsc0JBQXFCO0FBR3hELElBQU0sUUFBUTtBQUNkLElBQU0sTUFBTTtBQVNaLElBQU0sT0FBTyxDQUFDLE1BQWdCLE1BQU0sVUFBYSxNQUFNLE9BQU8sS0FBSyxPQUFPLENBQUM7QUFFcEUsU0FBUyxZQUFZLEdBQW9CO0FBQzlDLFFBQU0sSUFBSSxFQUFFO0FBQ1osUUFBTSxRQUFRO0FBQUEsSUFDWixZQUFZLE9BQU8sRUFBRSxJQUFJLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQyxnQ0FBZ0MsS0FBSyxFQUFFLEdBQUcsQ0FBQyxVQUFVLEtBQUssRUFBRSxJQUFJLENBQUMsWUFBWSxLQUFLLEVBQUUsTUFBTSxDQUFDLEtBQUssS0FBSyxFQUFFLElBQUksQ0FBQyxVQUFVLEVBQUUsZUFBZSxxQ0FBcUMsZUFBZTtBQUFBLElBQ2xPO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLEVBQUUsU0FBUztBQUN6QixVQUFNLE9BQU8sRUFBRSxRQUFRO0FBQ3ZCLFVBQU07QUFBQSxNQUNKLEtBQUssRUFBRSxFQUFFLE1BQU0sRUFBRSxJQUFJLE1BQU0sS0FBSyxFQUFFLEdBQUcsQ0FBQyxNQUFNLEtBQUssRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE1BQU0sSUFBSSxJQUFJLE1BQU0sRUFBRSxVQUFVLFNBQVksS0FBSyxHQUFHLEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxFQUFFLEtBQUssQ0FBQyxNQUFNLEtBQUssRUFBRSxNQUFNLENBQUMsTUFBTSxFQUFFLFFBQVEsU0FBWSxLQUFLLEVBQUUsTUFBTSxRQUFRLFFBQVE7QUFBQSxJQUNyTztBQUFBLEVBQ0Y7QUFDQSxNQUFJLEVBQUUsT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLElBQUksdUJBQXVCLEVBQUUsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3pHLFFBQU0sS0FBSyxJQUFJLHNDQUFzQztBQUNyRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCO0FBRU8sU0FBUyxVQUFVLE1BQWMsR0FBa0I7QUFDeEQsUUFBTSxRQUFRLEdBQUcsS0FBSztBQUFBLEVBQUssWUFBWSxDQUFDLENBQUM7QUFBQSxFQUFLLEdBQUc7QUFDakQsUUFBTSxNQUFNLFdBQVcsSUFBSSxJQUFJRCxjQUFhLE1BQU0sTUFBTSxJQUFJO0FBQUE7QUFBQSxFQUFvQixLQUFLO0FBQUEsRUFBSyxHQUFHO0FBQUE7QUFDN0YsUUFBTSxJQUFJLElBQUksUUFBUSxLQUFLO0FBQzNCLFFBQU0sSUFBSSxJQUFJLFFBQVEsR0FBRztBQUN6QixRQUFNLE9BQU8sS0FBSyxLQUFLLElBQUksSUFBSSxHQUFHLElBQUksTUFBTSxHQUFHLENBQUMsQ0FBQyxHQUFHLEtBQUssR0FBRyxJQUFJLE1BQU0sSUFBSSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEdBQUcsR0FBRztBQUFBLEVBQUssS0FBSztBQUFBO0FBQzFHLEVBQUFDLGVBQWMsTUFBTSxJQUFJO0FBQzFCOzs7QVYxQkEsSUFBTSxRQUFRLFFBQVEsS0FBSyxTQUFTLFNBQVM7QUFDN0MsSUFBTSxNQUFNLFFBQVE7QUFDcEIsSUFBTSxhQUFhO0FBQ25CLElBQU1DLFVBQVMsZ0JBQWdCLENBQUMsWUFBWSxzQkFBc0IsSUFBSSxDQUFDO0FBQ3ZFLElBQU0sY0FBY0MsTUFBSyxNQUFNLHdCQUF3QjtBQUN2RCxJQUFNLGlCQUFpQkEsTUFBSyxNQUFNLHlCQUF5QjtBQUUzRCxJQUFNLE9BQU8sUUFDVCxFQUFFLE9BQU8sQ0FBQyxJQUFJLEdBQUksR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLFdBQVcsS0FBSyxVQUFVLEdBQUcsUUFBUSxHQUFHLFdBQVcsR0FBRyxRQUFRLEtBQU0sVUFBVSxPQUFPLFFBQVEsTUFBTSxJQUNsSixFQUFFLE9BQU8sQ0FBQyxJQUFJLEtBQU0sR0FBSSxHQUFHLFVBQVUsSUFBSSxVQUFVLElBQUksV0FBVyxLQUFLLFVBQVUsR0FBRyxRQUFRLEdBQUcsV0FBVyxJQUFJLFFBQVEsS0FBUSxVQUFVLE1BQU0sUUFBUSxLQUFLO0FBb0IvSixJQUFJLFFBQVEsSUFBSSxZQUFhLE1BQUssUUFBUSxRQUFRLElBQUksWUFBWSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFFdkYsSUFBTSxVQUFvQixDQUFDO0FBQzNCLElBQU0sU0FBa0QsQ0FBQztBQUN6RCxJQUFNLFFBQWlDLENBQUM7QUFDeEMsSUFBTSxXQUE4QyxDQUFDO0FBRXJELFNBQVMsT0FBTyxHQUFrQyxPQUF3QjtBQUN4RSxRQUFNLFFBQVEsRUFBRSxVQUFVLFNBQVksT0FBTyxFQUFFLFNBQVMsRUFBRSxLQUFLLElBQUk7QUFDbkUsUUFBTSxRQUFRLFNBQVMsRUFBRTtBQUN6QixRQUFNLE1BQWMsRUFBRSxHQUFHLEdBQUcsUUFBUSxPQUFPLEVBQUUsTUFBTSxHQUFHLE9BQU8sRUFBRSxVQUFVLFNBQVksU0FBWSxPQUFPLEVBQUUsS0FBSyxHQUFHLE9BQU8sS0FBSyxVQUFVLFNBQVksU0FBWSxTQUFTLE1BQU07QUFDL0ssVUFBUSxLQUFLLEdBQUc7QUFDaEIsUUFBTSxNQUFNLElBQUksVUFBVSxTQUFZLE9BQU8sT0FBTyxJQUFJLEtBQUssRUFBRSxTQUFTLENBQUMsQ0FBQyxlQUFlLE9BQU8sSUFBSSxLQUFLLEVBQUUsT0FBTyxDQUFDLENBQUMsS0FBSyxJQUFJLE9BQU8sRUFBRTtBQUN0SSxRQUFNLE9BQU8sRUFBRSxRQUFRO0FBQ3ZCLFFBQU0sU0FBUyxJQUFJLFNBQVMsVUFBVSxJQUFJLE1BQU0sSUFBSSxJQUFJLE1BQU0sUUFBUSxRQUFRLEtBQUs7QUFDbkYsVUFBUSxPQUFPLE1BQU0sR0FBRyxJQUFJLEdBQUcsT0FBTyxDQUFDLENBQUMsSUFBSSxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksVUFBVSxLQUFLLElBQUksT0FBTyxNQUFNLEVBQUUsR0FBRyxPQUFPLEVBQUUsQ0FBQyxJQUFJLE9BQU8sSUFBSSxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sQ0FBQyxDQUFDLElBQUksR0FBRyxJQUFJLE1BQU07QUFBQSxDQUFJO0FBQ3RMLFNBQU87QUFDVDtBQUVBLGVBQWUsUUFBUSxNQUFjLElBQXdDO0FBQzNFLFVBQVEsT0FBTyxNQUFNO0FBQUEsS0FBUSxJQUFJO0FBQUEsQ0FBSTtBQUNyQyxNQUFJO0FBQ0YsVUFBTSxHQUFHO0FBQUEsRUFDWCxTQUFTLEtBQUs7QUFDWixVQUFNLFFBQVEsZUFBZSxRQUFTLElBQUksU0FBUyxJQUFJLFVBQVcsT0FBTyxHQUFHO0FBQzVFLFdBQU8sS0FBSyxFQUFFLE9BQU8sTUFBTSxNQUFNLENBQUM7QUFDbEMsWUFBUSxPQUFPLE1BQU0sTUFBTSxJQUFJLFlBQVksS0FBSztBQUFBLENBQUk7QUFBQSxFQUN0RDtBQUNGO0FBRUEsSUFBSSxNQUFNO0FBQ1YsSUFBTSxTQUFTLENBQUMsUUFBZ0IsY0FBYyxRQUFRLEdBQUcsR0FBRyxHQUFHLEdBQUcsS0FBSztBQUV2RSxTQUFTLE9BQU8sS0FBc0I7QUFDcEMsUUFBTSxLQUFLLGNBQWMsT0FBTyxJQUFJLEdBQUcsR0FBRyxHQUFHLEVBQUUsY0FBYyxPQUFPLFNBQVMsR0FBRyxDQUFDO0FBQ2pGLFdBQVMsS0FBSyxNQUFNLEdBQUcsUUFBUSxDQUFDO0FBQ2hDLFdBQVMsR0FBRyxNQUFNLEdBQUc7QUFDckIsU0FBTztBQUNUO0FBRUEsZUFBZSxTQUFTLElBQVksT0FBaUIsQ0FBQyxHQUEyQjtBQUMvRSxRQUFNLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRSxHQUFHLENBQUMsZUFBZSxRQUFRLEdBQUcsSUFBSSxDQUFDO0FBQ2xFLFdBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxLQUFLLENBQUM7QUFDakMsTUFBSSxRQUFRLElBQUksbUJBQW1CO0FBQ2pDLFVBQU0sT0FBTyxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQzFCLE1BQUUsT0FBTyxPQUFPLFdBQVc7QUFDekIsTUFBQUMsZUFBY0QsTUFBSyxRQUFRLElBQUksbUJBQW9CLFdBQVcsRUFBRSxJQUFJLEtBQUssTUFBTSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQzFGLGFBQU8sS0FBSyxNQUFNO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxTQUFTLEdBQWtCLEtBQXVCO0FBQ3pELFFBQU0sUUFBUSxFQUFFLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsY0FBYyxDQUFDO0FBQzNFLFdBQVMsSUFBSSxNQUFNLFNBQVMsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUMxQyxRQUFJO0FBQ0YsWUFBTSxJQUFJLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBQztBQUM3QixVQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sSUFBSyxRQUFPLEVBQUU7QUFBQSxJQUNwQyxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUksTUFBTSxPQUFPLEdBQUcsdUJBQXVCO0FBQ25EO0FBRUEsU0FBUyxTQUFTLE1BQXlCLE1BQXdCO0FBQ2pFLFFBQU0sTUFBTSxDQUFDLEdBQUcsSUFBSTtBQUNwQixRQUFNLElBQUksSUFBSSxRQUFRLFFBQVE7QUFDOUIsTUFBSSxJQUFJLEVBQUcsT0FBTSxJQUFJLE1BQU0sOEJBQThCO0FBQ3pELE1BQUksSUFBSSxDQUFDLElBQUk7QUFDYixTQUFPO0FBQ1Q7QUFFQSxJQUFNLFNBQVMsQ0FBQyxPQUFlLENBQUMsT0FBTyxPQUFPLEdBQUdELFNBQVEsa0JBQWtCLFFBQVEsV0FBVyxLQUFLLGNBQWMsTUFBTSxZQUFZLEVBQUU7QUFFckksZUFBZSxRQUFRLEdBQWtCLElBQTZCO0FBQ3BFLE1BQUksSUFBSTtBQUNSLE1BQUksWUFBWTtBQUNoQixLQUFHO0FBQ0QsVUFBTSxNQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsWUFBWSxFQUFFLGFBQWEsSUFBSSxVQUFVLEtBQU0sVUFBVSxDQUFDO0FBQzdGLFNBQUssSUFBSSxRQUFRO0FBQ2pCLGdCQUFZLElBQUk7QUFBQSxFQUNsQixTQUFTLGNBQWM7QUFDdkIsU0FBTztBQUNUO0FBR0EsZUFBZSxpQkFBaUIsR0FBa0IsSUFBYSxPQUFnQixNQUFpQztBQUM5RyxRQUFNLEVBQUUsT0FBTyxRQUFRLGFBQWEsRUFBRSxhQUFhLEdBQUcsTUFBTSxNQUFNLFdBQVcsS0FBSyxJQUFJLENBQUM7QUFDdkYsUUFBTSxPQUFPLFNBQVMsR0FBRyxVQUFVO0FBQ25DLFFBQU0sZUFBZSxLQUFLLElBQUksQ0FBQyxNQUFPLE1BQU0sT0FBTyxXQUFXLE1BQU0sR0FBRyxPQUFPLFNBQVMsQ0FBRTtBQUN6RixTQUFPLEtBQUssSUFBSSxDQUFDLE1BQU8sTUFBTSxHQUFHLE9BQU8sTUFBTSxPQUFPLENBQUU7QUFDekQ7QUFHQSxTQUFTLFVBQVUsR0FBa0IsTUFBYyxNQUFzQjtBQUN2RSxRQUFNLE1BQU0sb0JBQUksSUFBc0I7QUFDdEMsYUFBVyxRQUFRLEVBQUUsS0FBSyxFQUFFLE1BQU0sSUFBSSxFQUFFLE1BQU0sSUFBSSxHQUFHO0FBQ25ELFFBQUksQ0FBQyxLQUFLLFNBQVMsY0FBYyxFQUFHO0FBQ3BDLFFBQUk7QUFDRixZQUFNLElBQUksS0FBSyxNQUFNLElBQUk7QUFDekIsWUFBTSxNQUFNLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxHQUFHLEVBQUUsUUFBUSxhQUFhLEVBQUU7QUFDcEQsVUFBSSxJQUFJLEtBQUssQ0FBQyxHQUFJLElBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEVBQUUsVUFBVSxDQUFDO0FBQUEsSUFDdEQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsT0FBTyxFQUFFLFNBQVMsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsS0FBSyxJQUFJO0FBQ3ZHO0FBUUEsZUFBZSxHQUFHLEdBQWtCLElBQWEsT0FBZ0IsS0FBYSxRQUFnQixTQUFrQixNQUFNLElBQW1CO0FBQ3ZJLFFBQU0sV0FBVyxNQUFNLGlCQUFpQixHQUFHLElBQUksT0FBTyxNQUFNLEdBQUcsRUFBRTtBQUNqRSxRQUFNLFNBQVMsYUFBYSxNQUFNLElBQUk7QUFDdEMsUUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFO0FBQ3RCLFFBQU0sSUFBSSxNQUFNO0FBQUEsSUFDZDtBQUFBLElBQ0EsQ0FBQyxNQUFNLEVBQUUsT0FBTyxRQUFRLGFBQWEsRUFBRSxhQUFhLEdBQUcsTUFBTSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsSUFBSSxXQUFXLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDekcsQ0FBQyxNQUFNLFNBQVMsU0FBUyxVQUFVLE1BQU0sR0FBRyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDckQ7QUFDQSxRQUFNLFFBQVEsYUFBYSxNQUFNLElBQUk7QUFDckMsTUFBSSxNQUFNLFFBQVEsT0FBTyxPQUFPO0FBQzlCLFVBQU0sVUFBVyxNQUFNLFlBQVksQ0FBQztBQUNwQyxZQUFRLE9BQU8sR0FBRyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsS0FBSyxPQUFPLE1BQU0sUUFBUSxPQUFPLFVBQVUsTUFBTSxRQUFRLE9BQU8sTUFBTSxFQUFFO0FBQUEsRUFDbkg7QUFDQSxRQUFNLE1BQU0sT0FBTyxFQUFFLElBQUksTUFBTSxNQUFNLCtCQUErQixLQUFLLFNBQVMsUUFBUSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sT0FBTyxFQUFFLEdBQUcsR0FBRyxRQUFRLGVBQVUsT0FBTyxHQUFHLElBQUk7QUFDaEssTUFBSSxPQUFPLHFCQUFxQixVQUFVLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFDMUQsVUFBUSxPQUFPLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFBQSxDQUFJO0FBQ3pDLFlBQVUsR0FBRyxNQUFNLENBQUMsTUFBTSxHQUFHLElBQUksR0FBRyxNQUFNLEtBQUssRUFBRSxRQUFRLE9BQU8sR0FBRyxDQUFDLEdBQUcsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQzlGLFlBQVUsTUFBTSxNQUFNLE1BQU0sS0FBSyxFQUFFLFFBQVEsT0FBTyxHQUFHLENBQUMsR0FBRyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pGO0FBR0EsZUFBZSxXQUFXLEdBQWtCLElBQWEsT0FBZ0IsS0FBYSxRQUErQjtBQUNuSCxRQUFNLFdBQVcsTUFBTSxpQkFBaUIsR0FBRyxJQUFJLE9BQU8sTUFBTTtBQUM1RCxRQUFNLE9BQWlCLENBQUM7QUFDeEIsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxLQUFLO0FBQy9CLFFBQUksQ0FBQyxZQUFZLE1BQU0sSUFBSSxNQUFNLElBQUksYUFBYSxZQUFZLGVBQWUsR0FBRyxHQUFHLElBQUksT0FBTyxDQUFDO0FBQy9GLFNBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxhQUFhLEVBQUUsYUFBYSxHQUFHLE1BQU0sTUFBTSxPQUFPLENBQUMsSUFBSSxXQUFXLEtBQUssSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQ2hJLFFBQUksS0FBSyxNQUFNLFNBQVMsU0FBUyxVQUFVLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ3pEO0FBQ0EsU0FBTyxFQUFFLElBQUksTUFBTSxNQUFNLDJEQUEyRCxLQUFLLFFBQVEsT0FBTyxJQUFJLEdBQUcsT0FBTyxPQUFPLEdBQUcsR0FBRyxPQUFPLENBQUM7QUFDM0ksWUFBVSxHQUFHLE1BQU0sQ0FBQyxRQUFRLEdBQUcsTUFBTSxLQUFLLEVBQUUsUUFBUSxPQUFPLEdBQUcsQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQ3BGLFlBQVUsTUFBTSxNQUFNLE1BQU0sS0FBSyxFQUFFLFFBQVEsT0FBTyxHQUFHLENBQUMsR0FBRyxNQUFNLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDNUU7QUFHQSxlQUFlLEdBQUcsR0FBa0IsSUFBYSxLQUFhLFFBQWdCLFNBQWlDO0FBQzdHLFFBQU0sSUFBSSxNQUFNLFFBQVEsR0FBRyxHQUFHLElBQUk7QUFDbEMsTUFBSSxJQUFJLElBQUssT0FBTSxJQUFJLE1BQU0sd0JBQXdCLENBQUMsK0JBQStCLEdBQUcsRUFBRTtBQUMxRixRQUFNLFNBQVMsT0FBTyxHQUFHLElBQUksQ0FBQztBQUM5QixRQUFNLElBQUksTUFBTSxXQUFXLFFBQVEsTUFBTSxRQUFRLEdBQUcsR0FBRyxJQUFJLEdBQUcsTUFBTSxTQUFTLE9BQU8sR0FBRyxJQUFJLENBQUMsQ0FBQztBQUM3RixTQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU0sdUNBQXVDLEtBQUssU0FBUyxRQUFRLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxPQUFPLEVBQUUsR0FBRyxHQUFHLFFBQVEsY0FBUyxPQUFPLEdBQUcsR0FBRztBQUM1SjtBQUdBLGVBQWUsU0FBUyxHQUFrQixJQUFhLEtBQWEsUUFBK0I7QUFDakcsUUFBTSxVQUFVLE1BQU0sRUFBRSxPQUFPLFFBQVEsWUFBWSxFQUFFLGFBQWEsR0FBRyxNQUFNLFVBQVUsRUFBRSxDQUFDLEdBQUcsUUFBUSxDQUFDLEdBQUc7QUFDdkcsTUFBSSxDQUFDLE9BQVEsT0FBTSxJQUFJLE1BQU0sb0JBQW9CO0FBQ2pELFFBQU0sT0FBaUIsQ0FBQztBQUN4QixRQUFNLE1BQWdCLENBQUM7QUFDdkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLEtBQUs7QUFDL0IsUUFBSSxDQUFDLFlBQVksTUFBTSxJQUFJLE1BQU0sSUFBSSxhQUFhLFlBQVksZUFBZSxHQUFHLEdBQUcsSUFBSSxJQUFJLE1BQU0sRUFBRSxDQUFDO0FBQ3BHLFNBQUssTUFBTSxNQUFNLE1BQU0sTUFBTSxRQUFRLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQ3JELFFBQUksS0FBSyxNQUFNLFNBQVMsT0FBTyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDMUM7QUFDQSxTQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU0sOERBQThELEtBQUssUUFBUSxPQUFPLElBQUksR0FBRyxPQUFPLE9BQU8sR0FBRyxHQUFHLE9BQU8sQ0FBQztBQUNoSjtBQUdBLGVBQWUsR0FBRyxHQUFrQixJQUFhLE9BQWdCLE9BQWUsUUFBZ0IsU0FBa0IsTUFBTSxJQUFtQjtBQUN6SSxRQUFNLFdBQVcsTUFBTSxpQkFBaUIsR0FBRyxJQUFJLE9BQU8sTUFBTSxHQUFHLEVBQUU7QUFDakUsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsS0FBSztBQUMvQixVQUFNLFFBQVEsTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRTtBQUMxRSxVQUFNLFdBQVcsTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRTtBQUM3RSxVQUFNLElBQUksTUFBTSxNQUFNLE1BQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxDQUFDLFNBQVMsRUFBRSxPQUFPLFFBQVEsYUFBYSxFQUFFLGFBQWEsR0FBRyxNQUFNLE1BQU0sV0FBVyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNoSixTQUFLLEtBQUssRUFBRSxFQUFFO0FBQ2QsVUFBTSxJQUFJLE1BQU0sTUFBTSxZQUFZO0FBQ2hDLGlCQUFXLFFBQVEsU0FBVSxPQUFNLFNBQVMsU0FBUyxVQUFVLElBQUksQ0FBQztBQUFBLElBQ3RFLENBQUM7QUFDRCxRQUFJLEtBQUssRUFBRSxFQUFFO0FBQ2IsY0FBVSxHQUFHLE1BQU0sS0FBSztBQUN4QixjQUFVLE1BQU0sTUFBTSxRQUFRO0FBQUEsRUFDaEM7QUFDQSxZQUFVLEdBQUcsTUFBTSxDQUFDLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFDaEMsU0FBTyxFQUFFLElBQUksTUFBTSxNQUFNLEdBQUcsS0FBSyw4QkFBOEIsS0FBSyx3QkFBd0IsS0FBSyxJQUFJLFNBQVMsUUFBUSxPQUFPLElBQUksR0FBRyxPQUFPLE9BQU8sR0FBRyxHQUFHLFFBQVEsY0FBUyxPQUFPLEdBQUcsR0FBRztBQUN4TDtBQUVBLFNBQVMsT0FBTyxLQUFxQjtBQUNuQyxRQUFNLElBQUksb0JBQW9CLEtBQUtHLGNBQWEsU0FBUyxHQUFHLFdBQVcsTUFBTSxDQUFDO0FBQzlFLFNBQU8sSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksT0FBTztBQUNuQztBQUVBLFNBQVMsVUFBVSxLQUF1QjtBQUN4QyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxLQUFLQyxhQUFZLE9BQU8sR0FBRztBQUNwQyxRQUFJLENBQUMsUUFBUSxLQUFLLENBQUMsRUFBRztBQUN0QixRQUFJO0FBQ0YsWUFBTSxPQUFPRCxjQUFhLFNBQVMsQ0FBQyxTQUFTLE1BQU07QUFDbkQsWUFBTSxPQUFPLE9BQU8sS0FBSyxNQUFNLEtBQUssWUFBWSxHQUFHLElBQUksQ0FBQyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztBQUN2RSxVQUFJLFNBQVMsSUFBSyxLQUFJLEtBQUssT0FBTyxDQUFDLENBQUM7QUFBQSxJQUN0QyxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxlQUFlLFlBQVksSUFBWSxJQUFpRDtBQUN0RixRQUFNLE1BQU1FLGNBQWEsVUFBVSxDQUFDLElBQUksR0FBRyxFQUFFLFVBQVUsT0FBTyxDQUFDLEVBQUUsS0FBSztBQUN0RSxRQUFNLFNBQVMsVUFBVSxHQUFHO0FBQzVCLFFBQU0sT0FBTyxDQUFDLElBQUksWUFBWSxRQUFRLGtCQUFrQixJQUFJLGVBQWUsUUFBUSxHQUFJLGdCQUFnQixDQUFDLGlCQUFpQixJQUFJLENBQUMsQ0FBRTtBQUNoSSxRQUFNLElBQUksWUFBWSxJQUFJO0FBQzFCLFFBQU0sUUFBUUMsT0FBTSxRQUFRLFVBQVUsTUFBTSxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQy9ELFFBQU0sT0FBTyxZQUFZO0FBQ3ZCLFFBQUksTUFBTSxhQUFhLFFBQVEsTUFBTSxlQUFlLE1BQU07QUFDeEQsWUFBTSxLQUFLLFNBQVM7QUFDcEIsWUFBTSxJQUFJLFFBQVEsQ0FBQyxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUMsQ0FBQztBQUFBLElBQ2hEO0FBQUEsRUFDRjtBQUNBLFdBQVMsS0FBSyxJQUFJO0FBQ2xCLGFBQVM7QUFDUCxRQUFJLE1BQU0sYUFBYSxLQUFNLE9BQU0sSUFBSSxNQUFNLEdBQUcsRUFBRSxnQkFBZ0IsTUFBTSxRQUFRLEVBQUU7QUFDbEYsUUFBSyxNQUFNLFlBQVksTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLE1BQU8sVUFBVyxRQUFPLEVBQUUsSUFBSSxZQUFZLElBQUksSUFBSSxHQUFHLEdBQUcsRUFBRSxRQUFRLEtBQUssTUFBTSxLQUFNLEtBQUssRUFBRTtBQUM1SSxRQUFJLFlBQVksSUFBSSxJQUFJLElBQUksS0FBUTtBQUNsQyxZQUFNLEtBQUs7QUFDWCxZQUFNLElBQUksTUFBTSxHQUFHLEVBQUUsaUNBQWlDO0FBQUEsSUFDeEQ7QUFDQSxVQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNDO0FBQ0Y7QUFFQSxlQUFlLEdBQUcsR0FBa0IsSUFBNEI7QUFDOUQsUUFBTSxVQUFtQyxDQUFDLENBQUMsdUJBQXVCLFNBQVMsQ0FBQztBQUM1RSxNQUFJQyxZQUFXLGNBQWMsRUFBRyxTQUFRLEtBQUssQ0FBQywyQkFBMkIsY0FBYyxDQUFDO0FBQ3hGLGFBQVcsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTO0FBQ2pDLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxNQUFNLFlBQVksSUFBSSxHQUFHLElBQUk7QUFDdkMsYUFBTyxLQUFLLEVBQUUsRUFBRTtBQUNoQixZQUFNLEVBQUUsRUFBRSxLQUFLO0FBQUEsSUFDakI7QUFDQSxXQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU0sK0JBQStCLEtBQUssS0FBSyxLQUFLLElBQUksUUFBUSxPQUFPLE1BQU0sR0FBRyxRQUFRLGlCQUFZLFFBQVEsT0FBTyxPQUFPLEdBQUcsR0FBRztBQUFBLEVBQ3JKO0FBRUEsUUFBTSxFQUFFLE9BQU8sUUFBUSxhQUFhLEVBQUUsYUFBYSxHQUFHLE1BQU0sTUFBTSxTQUFTLFdBQVcsS0FBSyxJQUFJLENBQUM7QUFDaEcsYUFBVyxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVM7QUFDakMsVUFBTSxFQUFFLEdBQUcsRUFBRSxJQUFJLE1BQU0sWUFBWSxJQUFJLEdBQUcsSUFBSTtBQUU5QyxVQUFNLFNBQVMsQ0FBQyxRQUFRLFVBQVUsUUFBUSxNQUFNLEVBQUUsUUFBUSxVQUFVLE1BQU0sQ0FBQztBQUMzRSxVQUFNLFNBQVMsQ0FBQyxRQUFRLFVBQVUsUUFBUSxNQUFNLEVBQUUsUUFBUSxVQUFVLE9BQU8sT0FBTyxDQUFDO0FBQ25GLFVBQU0sSUFBSSxRQUFRLENBQUMsTUFBTSxXQUFXLEdBQUcsS0FBSyxNQUFNLENBQUM7QUFDbkQsVUFBTSxNQUFNLE9BQU8sRUFBRSxHQUFHLElBQUk7QUFDNUIsVUFBTSxTQUFTLFVBQVUsRUFBRSxHQUFHLEVBQUUsSUFBSSxNQUFNLEVBQUUsT0FBTyxPQUFPLFFBQVE7QUFDbEUsVUFBTSxFQUFFLEtBQUs7QUFDYixXQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU0sb0JBQW9CLEtBQUssU0FBUyxHQUFJLDJCQUEyQixLQUFLLEtBQUssS0FBSyxJQUFJLFFBQVEsS0FBSyxNQUFNLE9BQU8sUUFBUSxpQkFBWSxRQUFRLEVBQUUsR0FBRyxFQUFFO0FBQzFLLFFBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsYUFBTyxFQUFFLElBQUksTUFBTSxNQUFNLHNCQUFzQixPQUFPLE1BQU0sV0FBVyxPQUFPLFNBQVMsSUFBSSxPQUFPLEVBQUUsK0JBQStCLEtBQUssSUFBSSxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxJQUFJLE1BQU0sTUFBTSxPQUFPLFFBQVEsRUFBRSxDQUFDO0FBQUEsSUFDeE47QUFBQSxFQUNGO0FBRUEsUUFBTSxTQUFTLEtBQUs7QUFDcEIsUUFBTSxPQUFnQyxDQUFDLENBQUMsc0JBQXNCLE1BQU0sQ0FBQztBQUNyRSxNQUFJQSxZQUFXLFdBQVcsRUFBRyxNQUFLLEtBQUssQ0FBQywwQkFBMEIsV0FBVyxDQUFDO0FBQzlFLGFBQVcsQ0FBQyxPQUFPLEVBQUUsS0FBSyxNQUFNO0FBQzlCLFVBQU0sTUFBTSxNQUFNLFNBQVMsQ0FBQyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUUsUUFBUSxVQUFVLE9BQU8sT0FBTyxDQUFDO0FBQzNGLFVBQU0sSUFBSTtBQUNWLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsSUFBSyxPQUFNLEtBQUssTUFBTSxJQUFJLENBQUM7QUFDdkQsV0FBTyxFQUFFLElBQUksTUFBTSxNQUFNLHNDQUFzQyxLQUFLLEtBQUssS0FBSyxJQUFJLFFBQVEsT0FBTyxLQUFLLEdBQUcsUUFBUSxpQkFBWSxPQUFPLEdBQUcsR0FBRztBQUFBLEVBQzVJO0FBQ0EsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxJQUFLLE1BQUssS0FBSyxNQUFNLFNBQVMsQ0FBQyxRQUFRLFVBQVUsTUFBTSxHQUFHLENBQUMsQ0FBQztBQUN4RixTQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU0scURBQXFELFFBQVEsT0FBTyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzVHLFlBQVUsR0FBRyxNQUFNLENBQUMsT0FBTyxDQUFDO0FBQzlCO0FBR0EsZUFBZSxXQUEwQjtBQUN2QyxRQUFNLEtBQUssY0FBYyxPQUFPLEtBQUssR0FBRyxFQUFFLFNBQVMsR0FBRyxDQUFDO0FBQ3ZELE1BQUk7QUFDRixVQUFNLFVBQVUsT0FBTyxJQUFJLENBQUMsT0FBTyxnQkFBZ0IsV0FBVyxLQUFLLGNBQWMsTUFBTSxlQUFlLEdBQUcsTUFBTSxDQUFDLEVBQUUsS0FBSyxDQUFDO0FBQ3hILFVBQU0sUUFBUU4sTUFBS0ksY0FBYSxVQUFVLENBQUMsSUFBSSxHQUFHLEVBQUUsVUFBVSxPQUFPLENBQUMsRUFBRSxLQUFLLEdBQUcsWUFBWTtBQUM1RixRQUFJLENBQUMsZUFBZSxNQUFNLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQztBQUMvQyxRQUFJLEtBQUs7QUFDVCxRQUFJLEtBQUs7QUFDVCxXQUFPLEtBQUssS0FBSyxJQUFJO0FBQ25CLFlBQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLENBQUM7QUFDcEMsVUFBSSxDQUFDLGdCQUFnQixNQUFNLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQztBQUNoRCxVQUFJO0FBQ0YsaUJBQVMsR0FBRyxNQUFNLEtBQUssR0FBRztBQUMxQixhQUFLO0FBQUEsTUFDUCxRQUFRO0FBQ04sYUFBSztBQUFBLE1BQ1A7QUFBQSxJQUNGO0FBQ0EsVUFBTSxzQkFBc0IsRUFBRSxVQUFVLFNBQVMsaUJBQWlCLElBQUksTUFBTSxrRUFBa0UsRUFBRSw0Q0FBeUM7QUFDekwsWUFBUSxPQUFPLE1BQU0sK0JBQStCLFVBQVUsU0FBUyxRQUFRLENBQUMsQ0FBQyxlQUFlLEVBQUU7QUFBQSxDQUF1QjtBQUFBLEVBQzNILFVBQUU7QUFDQSxPQUFHLFFBQVE7QUFBQSxFQUNiO0FBQ0Y7QUFFQSxlQUFlLE9BQXNCO0FBQ25DLE1BQUksUUFBUSxTQUFTLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSwrQ0FBK0M7QUFDN0YsTUFBSSxDQUFDRSxZQUFXLFNBQVMsRUFBRyxPQUFNLElBQUksTUFBTSwyQkFBMkI7QUFDdkUsUUFBTSxhQUFhLHVCQUF1QixLQUFLRixjQUFhLE9BQU8sQ0FBQyxTQUFTLEdBQUcsRUFBRSxLQUFLLFNBQVMsVUFBVSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDeEgsUUFBTSxPQUFPO0FBQUEsSUFDWCxNQUFNLFFBQVEsVUFBVTtBQUFBLElBQ3hCLE9BQU0sb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxJQUM3QixNQUFNLFFBQVE7QUFBQSxJQUNkLEtBQUs7QUFBQSxJQUNMLFFBQVFBLGNBQWEsU0FBUyxDQUFDLElBQUksR0FBRyxFQUFFLFVBQVUsT0FBTyxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ2pFLE1BQU1GLGNBQWEsaUJBQWlCLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVyxDQUFDLEVBQUU7QUFBQSxJQUNqRyxjQUFjO0FBQUEsRUFDaEI7QUFDQSxVQUFRLE9BQU8sTUFBTSxxQkFBcUIsS0FBSyxJQUFJLFVBQVUsS0FBSyxHQUFHLFVBQVUsS0FBSyxJQUFJLFlBQVksS0FBSyxNQUFNLEtBQUssS0FBSyxJQUFJLFVBQVUsZ0JBQWdCLGtCQUFrQixlQUFlO0FBQUEsQ0FBSTtBQUM1TCxVQUFRLE9BQU8sTUFBTSxtRUFBbUU7QUFFeEYsYUFBVyxPQUFPLEtBQUssT0FBTztBQUM1QixVQUFNLFFBQVEsR0FBRyxHQUFHLFFBQVEsWUFBWTtBQUN0QyxZQUFNLEtBQUssT0FBTyxHQUFHO0FBQ3JCLFlBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsWUFBTSxJQUFJLE1BQU0sU0FBUyxHQUFHLElBQUk7QUFDaEMsWUFBTSxTQUFTLE9BQU8sTUFBTyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxXQUFXLENBQUMsQ0FBQyxJQUFJLEtBQUs7QUFDL0UsWUFBTSxHQUFHLEdBQUcsSUFBSSxPQUFPLEtBQUssTUFBTTtBQUNsQyxZQUFNLFdBQVcsR0FBRyxJQUFJLE9BQU8sS0FBSyxLQUFLLElBQUksUUFBUSxDQUFDLENBQUM7QUFDdkQsWUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLE1BQU07QUFDM0IsWUFBTSxTQUFTLEdBQUcsSUFBSSxLQUFLLEtBQUssSUFBSSxRQUFRLENBQUMsQ0FBQztBQUM5QyxVQUFJLFFBQVEsS0FBSyxNQUFNLENBQUMsR0FBRztBQUN6QixjQUFNLEdBQUcsR0FBRyxJQUFJLE9BQU8sS0FBSyxXQUFXLEtBQUssUUFBUTtBQUNwRCxjQUFNLEdBQUcsR0FBRyxFQUFFO0FBQUEsTUFDaEI7QUFDQSxZQUFNLEVBQUUsS0FBSztBQUNiLFNBQUcsUUFBUTtBQUNYLFlBQU0sUUFBUTtBQUFBLElBQ2hCLENBQUM7QUFBQSxFQUNIO0FBRUEsTUFBSSxLQUFLLFVBQVU7QUFDakIsVUFBTSxXQUFzQztBQUFBLE1BQzFDLENBQUMsMkJBQTJCLENBQUMsZUFBZSxPQUFPLGlCQUFpQixDQUFDO0FBQUEsTUFDckUsQ0FBQyxrQkFBa0IsQ0FBQyxlQUFlLE1BQU0saUJBQWlCLENBQUM7QUFBQSxNQUMzRCxDQUFDLGNBQWMsQ0FBQyxlQUFlLEtBQUssQ0FBQztBQUFBLE1BQ3JDLENBQUMsK0JBQStCLENBQUMsZUFBZSxJQUFJLENBQUM7QUFBQSxJQUN2RDtBQUNBLFVBQU0sUUFBUSxpREFBaUQsWUFBWTtBQUN6RSxZQUFNLE1BQU0sT0FBTyxHQUFJO0FBQ3ZCLFlBQU0sU0FBUyxPQUFPLEdBQUk7QUFDMUIsWUFBTSxRQUFRLE9BQU8sRUFBRTtBQUN2QixZQUFNLFdBQVcsT0FBTyxFQUFFO0FBQzFCLGlCQUFXLENBQUMsT0FBTyxJQUFJLEtBQUssVUFBVTtBQUNwQyxjQUFNLElBQUksTUFBTSxTQUFTLElBQUksTUFBTSxJQUFJO0FBQ3ZDLGNBQU0sR0FBRyxHQUFHLEtBQUssUUFBUSxLQUFNLEdBQUcsT0FBTyxHQUFHO0FBQzVDLGNBQU0sR0FBRyxHQUFHLEtBQUssS0FBTSxHQUFHLEtBQUs7QUFDL0IsY0FBTSxFQUFFLEtBQUs7QUFDYixjQUFNLElBQUksTUFBTSxTQUFTLE1BQU0sTUFBTSxJQUFJO0FBQ3pDLGNBQU0sR0FBRyxHQUFHLE9BQU8sVUFBVSxJQUFJLEdBQUcsT0FBTyxHQUFHO0FBQzlDLGNBQU0sR0FBRyxHQUFHLE9BQU8sVUFBVSxLQUFLLFdBQVcsR0FBRyxPQUFPLEdBQUc7QUFDMUQsY0FBTSxFQUFFLEtBQUs7QUFBQSxNQUNmO0FBQ0EsaUJBQVcsS0FBSyxDQUFDLEtBQUssUUFBUSxPQUFPLFFBQVEsRUFBRyxHQUFFLFFBQVE7QUFBQSxJQUM1RCxDQUFDO0FBQUEsRUFDSDtBQUVBLE1BQUksS0FBSyxPQUFRLE9BQU0sUUFBUSxVQUFVLFFBQVE7QUFFakQsUUFBTSxLQUFLO0FBQ1gsUUFBTSxVQUFVLEVBQUUsTUFBTSxTQUFTLE9BQU8sT0FBTztBQUMvQyxRQUFNLE1BQU1GLE1BQUssTUFBTSxlQUFlO0FBQ3RDLFlBQVUsS0FBSyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ2xDLFFBQU0sT0FBT0EsTUFBSyxLQUFLLEdBQUcsS0FBSyxJQUFJLE9BQU87QUFDMUMsRUFBQUMsZUFBYyxNQUFNLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQSxDQUFJO0FBQzNELFVBQVEsT0FBTyxNQUFNO0FBQUEsV0FBYyxJQUFJO0FBQUEsQ0FBSTtBQUMzQyxNQUFJLENBQUMsT0FBTztBQUNWLGNBQVVELE1BQUssTUFBTSxxQkFBcUIsR0FBRyxPQUFPO0FBQ3BELFlBQVEsT0FBTyxNQUFNLCtCQUErQjtBQUFBLEVBQ3REO0FBQ0Y7QUFFQSxlQUFlLFVBQXlCO0FBQ3RDLGFBQVcsS0FBSyxTQUFTLFFBQVEsR0FBRztBQUNsQyxRQUFJO0FBQ0YsWUFBTSxFQUFFO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFFBQVEsR0FBRyxVQUFVLE1BQU07QUFDekIsT0FBSyxRQUFRLEVBQUUsS0FBSyxNQUFNLFFBQVEsS0FBSyxHQUFHLENBQUM7QUFDN0MsQ0FBQztBQUVELElBQUk7QUFDRixRQUFNLEtBQUs7QUFDYixTQUFTLEtBQUs7QUFDWixTQUFPLEtBQUssRUFBRSxPQUFPLFFBQVEsT0FBTyxlQUFlLFFBQVMsSUFBSSxTQUFTLElBQUksVUFBVyxPQUFPLEdBQUcsRUFBRSxDQUFDO0FBQ3JHLFVBQVEsT0FBTyxNQUFNLE1BQU0sT0FBTyxHQUFHLENBQUM7QUFBQSxDQUFJO0FBQzVDLFVBQUU7QUFDQSxRQUFNLFFBQVE7QUFDaEI7QUFDQSxJQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQVEsT0FBTyxNQUFNO0FBQUEsRUFBSyxPQUFPLE1BQU07QUFBQSxDQUF3QjtBQUMvRCxVQUFRLFdBQVc7QUFDckI7IiwKICAibmFtZXMiOiBbImV4ZWNGaWxlU3luYyIsICJzcGF3biIsICJleGlzdHNTeW5jIiwgInJlYWRkaXJTeW5jIiwgInJlYWRGaWxlU3luYyIsICJ3cml0ZUZpbGVTeW5jIiwgImpvaW4iLCAiQ2xpZW50IiwgIkJpbmFyeVJlYWRlciIsICJCaW5hcnlXcml0ZXIiLCAibWFrZUdlbmVyaWNDbGllbnRDb25zdHJ1Y3RvciIsICJCaW5hcnlXcml0ZXIiLCAiQmluYXJ5UmVhZGVyIiwgImlzU2V0IiwgIm1ha2VHZW5lcmljQ2xpZW50Q29uc3RydWN0b3IiLCAiQmluYXJ5UmVhZGVyIiwgIkJpbmFyeVdyaXRlciIsICJtYWtlR2VuZXJpY0NsaWVudENvbnN0cnVjdG9yIiwgIkJpbmFyeVdyaXRlciIsICJCaW5hcnlSZWFkZXIiLCAiaXNTZXQiLCAiZmxvYXRUb0pzb24iLCAibWFrZUdlbmVyaWNDbGllbnRDb25zdHJ1Y3RvciIsICJDbGllbnQiLCAiY3JlZGVudGlhbHMiLCAiZXhlY0ZpbGUiLCAiZXhlY0ZpbGVTeW5jIiwgIm1rZHRlbXBTeW5jIiwgInJlYWRGaWxlU3luYyIsICJybVN5bmMiLCAidG1wZGlyIiwgImpvaW4iLCAibWtkdGVtcFN5bmMiLCAiam9pbiIsICJ0bXBkaXIiLCAiZXhlY0ZpbGVTeW5jIiwgInJtU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiZXhlY0ZpbGUiLCAicmVhZEZpbGVTeW5jIiwgIndyaXRlRmlsZVN5bmMiLCAiQ09ORklHIiwgImpvaW4iLCAid3JpdGVGaWxlU3luYyIsICJyZWFkRmlsZVN5bmMiLCAicmVhZGRpclN5bmMiLCAiZXhlY0ZpbGVTeW5jIiwgInNwYXduIiwgImV4aXN0c1N5bmMiXQp9Cg==
