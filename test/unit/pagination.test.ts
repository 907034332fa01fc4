import { describe, expect, it } from "vitest";
import { decodePageToken, encodePageToken, paginate } from "../../src/server/pagination.js";

const items = ["b", "a", "d", "c", "e"].map((name) => ({ vg: name === "e" ? "vg2" : "vg1", name }));
const key = (t: { vg: string; name: string }) => t;

describe("paginate", () => {
  it("walks every item exactly once in (vg, name) order", () => {
    const seen: string[] = [];
    let token = "";
    do {
      const { page, nextPageToken } = paginate(items, key, token, 2);
      seen.push(...page.map((p) => `${p.vg}/${p.name}`));
      token = nextPageToken;
    } while (token);
    expect(seen).toEqual(["vg1/a", "vg1/b", "vg1/c", "vg1/d", "vg2/e"]);
  });

  it("does not skip or repeat when the item after a page boundary is deleted between calls", () => {
    const first = paginate(items, key, "", 2);
    const rest = paginate(items.filter((i) => i.name !== "c"), key, first.nextPageToken, 10);
    expect(rest.page.map((p) => p.name)).toEqual(["d", "e"]);
  });

  it("returns no token on the last page and defaults the page size", () => {
    expect(paginate(items, key, "", 0).nextPageToken).toBe("");
    expect(paginate(items, key, "", 5).nextPageToken).toBe("");
  });

  it.each([-1, 1001])("rejects page_size %d", (size) => expect(() => paginate(items, key, "", size)).toThrow(/page_size/));
});

describe("page tokens", () => {
  it("round-trips", () => expect(decodePageToken(encodePageToken({ vg: "v", name: "n" }))).toEqual({ vg: "v", name: "n" }));
  it.each(["!!", "e30", Buffer.from('{"v":1,"vg":3,"name":"x"}').toString("base64url"), "x".repeat(2000), Buffer.from("[]").toString("base64url")])(
    "rejects %j as INVALID_ARGUMENT",
    (token) => expect(() => decodePageToken(token)).toThrow(/page_token/),
  );
});
