// CSI ids, names and tags (csi/ids.ts) and capacity ranges (csi/capacity.ts):
// the pure rules the controller builds on, one case per rule.
import { describe, expect, it } from "vitest";
import { checkRange, DEFAULT_VOLUME_BYTES, fits, sizeFor } from "../../src/server/csi/capacity.js";
import {
  csiNameOf,
  formatId,
  formatNodeId,
  nameTag,
  parseId,
  parseNodeId,
  publishedNodes,
  publishedTag,
  requireCsiName,
  snapshotLvName,
  tagValue,
  volumeLvName,
} from "../../src/server/csi/ids.js";
import { LvmctlError } from "../../src/server/errors.js";

const MiB = 1n << 20n;
const HASH = "0123456789abcdef0123456789abcdef";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof LvmctlError ? err.code : "not an LvmctlError";
  }
  return undefined;
}

describe("volume and snapshot ids", () => {
  it("round-trips every kind, the node id last", () => {
    for (const ref of [
      { kind: "local" as const, vg: "vg0", lv: `csi-${HASH}`, node: "node-1.example" },
      { kind: "iscsi" as const, vg: "data_1", lv: `csi-${HASH}`, node: "n" },
      { kind: "snap" as const, vg: "vg0", lv: `csisnap-${HASH}`, node: "n" },
    ]) {
      const id = formatId(ref);
      expect(id).toBe(`lvmctl1:${ref.kind}:${ref.vg}:${ref.lv}:${ref.node}`);
      expect(parseId(id)).toEqual(ref);
    }
  });

  it("names nothing for ids that are not lvmctl's", () => {
    for (const id of [
      "",
      "garbage",
      `lvmctl2:local:vg0:csi-${HASH}:n`,
      `lvmctl1:nfs:vg0:csi-${HASH}:n`,
      `lvmctl1:local::csi-${HASH}:n`,
      `lvmctl1:local:vg0:csi-${HASH}:`,
      `lvmctl1:local:vg0:csi-${HASH}`,
      `lvmctl1:local:vg0:csi-${HASH}:n:extra`,
      "lvmctl1:local:vg0:plain:n",
      `lvmctl1:local:vg0:csi-${HASH}0:n`,
      `lvmctl1:local:vg0:csi-${HASH.toUpperCase()}:n`,
      `lvmctl1:local:vg0:xcsi-${HASH}:n`,
      `lvmctl1:local:vg0:csisnap-${HASH}:n`,
      `lvmctl1:snap:vg0:csi-${HASH}:n`,
    ])
      expect(parseId(id), id).toBeUndefined();
  });

  it("derives LV names from CSI names: deterministic, distinct, 32 hex digits of SHA-256", () => {
    expect(volumeLvName("pvc-1")).toBe(volumeLvName("pvc-1"));
    expect(volumeLvName("pvc-1")).not.toBe(volumeLvName("pvc-2"));
    expect(volumeLvName("pvc-1")).toMatch(/^csi-[0-9a-f]{32}$/);
    expect(snapshotLvName("pvc-1")).toBe(volumeLvName("pvc-1").replace("csi-", "csisnap-"));
    // sha256("abc") starts ba7816bf8f01cfea414140de5dae2223
    expect(volumeLvName("abc")).toBe("csi-ba7816bf8f01cfea414140de5dae2223");
  });
});

describe("CSI names", () => {
  it("takes up to 128 characters of any script, whitespace included", () => {
    expect(requireCsiName("name", "a")).toBe("a");
    expect(requireCsiName("name", "\u{1F600}".repeat(128))).toBe("\u{1F600}".repeat(128));
    expect(requireCsiName("name", "tab\there\nnew line\rcr")).toBe("tab\there\nnew line\rcr");
  });

  it("refuses empty, too long and control characters with INVALID_ARGUMENT", () => {
    expect(codeOf(() => requireCsiName("name", ""))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => requireCsiName("name", "x".repeat(129)))).toBe("INVALID_ARGUMENT");
    for (const c of ["\u0000", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "\u0080", "\u009f"])
      expect(
        codeOf(() => requireCsiName("name", `a${c}b`)),
        JSON.stringify(c),
      ).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => requireCsiName("name", "a\u00a0b"))).toBeUndefined();
  });
});

describe("tags", () => {
  it("keeps the CSI name in a tag LVM accepts and reads it back exactly", () => {
    const name = "pvc 1/é:\u4e2d";
    const tag = nameTag(name);
    expect(tag).toMatch(/^lvmctl\.csi\.name=[A-Za-z0-9_-]+$/);
    expect(csiNameOf(["lvmctl.managed", tag])).toBe(name);
    expect(csiNameOf(["lvmctl.managed"])).toBeUndefined();
  });

  it("records published nodes and reads every one", () => {
    const tags = [publishedTag("n1,iqn.2026-11.io.example:a"), "other", publishedTag("n2")];
    expect(publishedNodes(tags)).toEqual(["n1,iqn.2026-11.io.example:a", "n2"]);
    expect(publishedNodes(["other"])).toEqual([]);
  });

  it("answers the first value of a prefix, undefined when absent", () => {
    expect(tagValue(["a=1", "b=2", "b=3"], "b=")).toBe("2");
    expect(tagValue(["a=1"], "b=")).toBeUndefined();
    expect(tagValue(["b="], "b=")).toBe("");
  });

  it("puts the initiator IQN after the node in node ids, and takes it apart at the first comma", () => {
    expect(formatNodeId("n1", undefined)).toBe("n1");
    expect(formatNodeId("n1", "")).toBe("n1");
    expect(formatNodeId("n1", "iqn.2026-11.io.example:a")).toBe("n1,iqn.2026-11.io.example:a");
    expect(parseNodeId("n1")).toEqual({ node: "n1", initiatorIqn: undefined });
    expect(parseNodeId("n1,iqn.x:a,b")).toEqual({ node: "n1", initiatorIqn: "iqn.x:a,b" });
  });
});

describe("capacity ranges", () => {
  const range = (requiredBytes: bigint, limitBytes: bigint) => ({ requiredBytes, limitBytes });

  it("checks a range: none given is no constraint, negatives and required above limit are INVALID_ARGUMENT", () => {
    expect(checkRange("r", undefined)).toEqual({ required: 0n, limit: 0n });
    expect(checkRange("r", range(5n, 0n))).toEqual({ required: 5n, limit: 0n });
    expect(checkRange("r", range(5n, 5n))).toEqual({ required: 5n, limit: 5n });
    expect(codeOf(() => checkRange("r", range(-1n, 0n)))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => checkRange("r", range(0n, -1n)))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => checkRange("r", range(6n, 5n)))).toBe("INVALID_ARGUMENT");
  });

  it("rounds up to whole extents, down to the limit when only that fits, else OUT_OF_RANGE", () => {
    const e = 4n * MiB;
    expect(sizeFor({ required: 5n * MiB, limit: 0n }, e)).toBe(8n * MiB);
    expect(sizeFor({ required: 8n * MiB, limit: 0n }, e)).toBe(8n * MiB);
    expect(sizeFor({ required: 8n * MiB, limit: 8n * MiB }, e)).toBe(8n * MiB);
    expect(sizeFor({ required: 0n, limit: 6n * MiB }, e)).toBe(4n * MiB);
    expect(sizeFor({ required: 1n, limit: 6n * MiB }, e)).toBe(4n * MiB);
    expect(codeOf(() => sizeFor({ required: 5n * MiB, limit: 6n * MiB }, e))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => sizeFor({ required: 0n, limit: 1n * MiB }, e))).toBe("OUT_OF_RANGE");
  });

  it("takes the default size without a request, capped by a smaller limit", () => {
    expect(sizeFor({ required: 0n, limit: 0n }, 4n * MiB)).toBe(DEFAULT_VOLUME_BYTES);
    expect(sizeFor({ required: 0n, limit: 2n * DEFAULT_VOLUME_BYTES }, 4n * MiB)).toBe(DEFAULT_VOLUME_BYTES);
    expect(sizeFor({ required: 0n, limit: 10n * MiB }, 4n * MiB)).toBe(8n * MiB);
  });

  it("never goes below a floor (a content source's size)", () => {
    expect(sizeFor({ required: 0n, limit: 0n }, 4n * MiB, 12n * MiB)).toBe(12n * MiB);
    expect(sizeFor({ required: 4n * MiB, limit: 0n }, 4n * MiB, 12n * MiB)).toBe(12n * MiB);
    expect(sizeFor({ required: 16n * MiB, limit: 0n }, 4n * MiB, 12n * MiB)).toBe(16n * MiB);
    expect(codeOf(() => sizeFor({ required: 0n, limit: 10n * MiB }, 4n * MiB, 12n * MiB))).toBe("OUT_OF_RANGE");
  });

  it("says whether an existing size satisfies a range", () => {
    expect(fits(8n, { required: 8n, limit: 0n })).toBe(true);
    expect(fits(7n, { required: 8n, limit: 0n })).toBe(false);
    expect(fits(8n, { required: 0n, limit: 8n })).toBe(true);
    expect(fits(9n, { required: 0n, limit: 8n })).toBe(false);
  });
});
