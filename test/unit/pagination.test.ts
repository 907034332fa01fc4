import { beforeAll, describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { PageTokens, type PageQuery } from "../../src/server/pagination.js";

const items = ["b", "a", "d", "c", "e"].map((name) => ({ vg: name === "e" ? "vg2" : "vg1", name }));
const key = (t: { vg: string; name: string }) => t;
const tokens = new PageTokens();
const QUERY: PageQuery = ["ListVolumes", "", false];
const page = (list: typeof items, token: string, size: number, query = QUERY) =>
  tokens.open(query, token, size).cut(list, key);

/** Runs `f` and returns the status code and message it threw. */
function refusal(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (err) {
    if (err instanceof LvmctlError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error("accepted");
}

describe("pagination", () => {
  it("walks every item exactly once in (vg, name) order", () => {
    const seen: string[] = [];
    let token = "";
    do {
      const next = page(items, token, 2);
      seen.push(...next.page.map((p) => `${p.vg}/${p.name}`));
      token = next.nextPageToken;
    } while (token);
    expect(seen).toEqual(["vg1/a", "vg1/b", "vg1/c", "vg1/d", "vg2/e"]);
  });

  it("does not skip or repeat when items are deleted or added between calls", () => {
    const first = page(items, "", 2);
    expect(
      page(
        items.filter((i) => i.name !== "c"),
        first.nextPageToken,
        10,
      ).page.map((p) => p.name),
    ).toEqual(["d", "e"]);
    const grown = [...items, { vg: "vg1", name: "a0" }, { vg: "vg1", name: "bb" }];
    expect(page(grown, first.nextPageToken, 10).page.map((p) => p.name)).toEqual(["bb", "c", "d", "e"]);
  });

  it("lets the page size change between pages", () => {
    const first = page(items, "", 1);
    expect(page(items, first.nextPageToken, 3).page.map((p) => p.name)).toEqual(["b", "c", "d"]);
  });

  it("returns no token on the last page, and a token at the end of the list repeats nothing", () => {
    expect(page(items, "", 0).nextPageToken).toBe("");
    expect(page(items, "", 5).nextPageToken).toBe("");
    const first = page(items, "", 4);
    expect(first.page.map((p) => p.name)).toEqual(["a", "b", "c", "d"]);
    // "e" went away after the first page: the token now points past the last item.
    expect(
      page(
        items.filter((i) => i.name !== "e"),
        first.nextPageToken,
        4,
      ),
    ).toEqual({ page: [], nextPageToken: "" });
  });

  it("takes 100 for page_size 0 and up to 1000", () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ vg: "vg1", name: `v${String(i).padStart(4, "0")}` }));
    expect(page(many, "", 0).page).toHaveLength(100);
    expect(page(many, "", 1000).page).toHaveLength(1000);
  });

  it.each([-1, 1001])("rejects page_size %d", (size) =>
    expect(refusal(() => page(items, "", size)).message).toMatch(/^page_size: /),
  );
});

describe("page tokens", () => {
  // Made in a hook, not while the file loads: a mutant that breaks paging then fails these tests instead of hiding them.
  let genuine = "";
  beforeAll(() => {
    genuine = page(items, "", 2).nextPageToken;
  });
  const b64 = (s: string) => Buffer.from(s).toString("base64url");

  it.each([
    ["forged (the old unsigned format)", b64('{"v":1,"vg":"zzz","name":"x"}')],
    ["forged for a listed VG", b64('{"v":1,"vg":"vg1","name":"b"}')],
    ["not base64url", "!!"],
    ["too long", "x".repeat(2000)],
    ["shorter than a MAC", b64("[]")],
    ["a MAC of zeros", Buffer.concat([Buffer.alloc(32), Buffer.from('["vg1","b"]')]).toString("base64url")],
    ["issued by another daemon (or before a restart)", new PageTokens().seal(QUERY, { vg: "vg1", name: "b" })],
  ])("refuses a token %s with INVALID_ARGUMENT", (_what, token) => {
    expect(refusal(() => page(items, token, 2))).toEqual({
      code: "INVALID_ARGUMENT",
      message: expect.stringMatching(/^page_token: not a token this lvmctld issued/),
    });
  });

  it.each<[string, PageQuery]>([
    ["another volume group", ["ListVolumes", "vg2", false]],
    ["the default volume group named explicitly", ["ListVolumes", "vg1", false]],
    ["include_unmanaged", ["ListVolumes", "", true]],
    ["another RPC", ["ListExports", ""]],
  ])("refuses a token of another query (%s)", (_what, query) => {
    expect(refusal(() => page(items, genuine, 2, query)).code).toBe("INVALID_ARGUMENT");
  });

  it("refuses every truncation, extension and one-character change of a genuine token", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const variants = new Set<string>();
    for (let i = 1; i < genuine.length; i++) variants.add(genuine.slice(0, i));
    for (const c of "Aa0-_") variants.add(genuine + c);
    for (let i = 0; i < genuine.length; i++) {
      for (const c of alphabet) if (c !== genuine[i]) variants.add(genuine.slice(0, i) + c + genuine.slice(i + 1));
    }
    const accepted = [...variants].filter((t) => {
      try {
        page(items, t, 2);
        return true;
      } catch {
        return false;
      }
    });
    expect(variants.size).toBeGreaterThan(1000);
    expect(accepted).toEqual([]);
  });
});
