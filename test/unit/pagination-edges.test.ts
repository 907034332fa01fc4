// Page sizes at their limits, the sort order pages are cut in, end-of-list
// tokens, and the exact refusals, every case inside a test (StrykerJS's vitest
// runner cannot see a test file that fails while it is being collected).
import { describe, expect, it } from "vitest";
import { LvmctlError } from "../../src/server/errors.js";
import { PageTokens, type PageKey, type PageQuery } from "../../src/server/pagination.js";

const QUERY: PageQuery = ["ListVolumes", "", false];
const key = (t: PageKey) => t;
const names = (page: PageKey[]) => page.map((k) => `${k.vg}/${k.name}`);
const REFUSED_TOKEN =
  "page_token: not a token this lvmctld issued for this query; a token only continues the listing (same RPC and filters) " +
  "whose next_page_token it was, until lvmctld restarts: start again with an empty page_token";

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof LvmctlError && err.code === "INVALID_ARGUMENT") return err.message;
    throw err;
  }
  throw new Error("accepted");
}

/** Every page of a listing, page by page. */
function walk(tokens: PageTokens, items: PageKey[], size: number): string[][] {
  const pages: string[][] = [];
  let token = "";
  do {
    const next = tokens.open(QUERY, token, size).cut(items, key);
    pages.push(names(next.page));
    token = next.nextPageToken;
  } while (token !== "" && pages.length < 100);
  return pages;
}

describe("page size", () => {
  const tokens = new PageTokens();
  const many = Array.from({ length: 1500 }, (_, i) => ({ vg: "vg", name: `v${String(i).padStart(4, "0")}` }));

  it("is 100 when not given, at most 1000, and as asked in between", () => {
    expect(tokens.open(QUERY, "", 0).cut(many, key).page).toHaveLength(100);
    expect(tokens.open(QUERY, "", 1).cut(many, key).page).toHaveLength(1);
    expect(tokens.open(QUERY, "", 1000).cut(many, key).page).toHaveLength(1000);
  });

  it("refuses what it cannot serve, saying why", () => {
    expect(refusal(() => tokens.open(QUERY, "", -1))).toBe("page_size: must not be negative");
    expect(refusal(() => tokens.open(QUERY, "", 1001))).toBe("page_size: must be at most 1000");
  });
});

describe("pages", () => {
  it("are cut in (volume group, name) order, whatever order the items come in", () => {
    const items = [
      { vg: "vg2", name: "a" },
      { vg: "vg1", name: "z" },
      { vg: "vg1", name: "b" },
      { vg: "vg10", name: "a" },
      { vg: "vg1", name: "B" },
      { vg: "vg2", name: "0" },
      { vg: "vg1", name: "b0" },
    ];
    expect(walk(new PageTokens(), items, 3)).toEqual([
      ["vg1/B", "vg1/b", "vg1/b0"],
      ["vg1/z", "vg10/a", "vg2/0"],
      ["vg2/a"],
    ]);
  });

  it("end without a token when the last page is full, and never repeat the last item", () => {
    const items = ["a", "b", "c", "d"].map((name) => ({ vg: "vg", name }));
    const tokens = new PageTokens();
    expect(walk(tokens, items, 2)).toEqual([
      ["vg/a", "vg/b"],
      ["vg/c", "vg/d"],
    ]);
    expect(walk(tokens, items, 4)).toEqual([["vg/a", "vg/b", "vg/c", "vg/d"]]);
    expect(walk(tokens, items, 3)).toEqual([["vg/a", "vg/b", "vg/c"], ["vg/d"]]);
    const first = tokens.open(QUERY, "", 3).cut(items, key);
    // The token continues after the page's last item, "c".
    expect(
      tokens.open(QUERY, first.nextPageToken, 3).cut(
        items.filter((i) => i.name !== "d"),
        key,
      ),
    ).toEqual({ page: [], nextPageToken: "" });
    expect(tokens.unseal(QUERY, first.nextPageToken)).toEqual({ vg: "vg", name: "c" });
  });

  it("start at the first item for the empty token", () => {
    const tokens = new PageTokens();
    expect(tokens.unseal(QUERY, "")).toBeUndefined();
    expect(
      names(
        tokens.open(QUERY, "", 1).cut(
          [
            { vg: "vg", name: "b" },
            { vg: "vg", name: "a" },
          ],
          key,
        ).page,
      ),
    ).toEqual(["vg/a"]);
    expect(tokens.open(QUERY, "", 5).cut([], key)).toEqual({ page: [], nextPageToken: "" });
  });
});

describe("tokens", () => {
  it("carry names of any length this daemon sealed, up to the token length limit", () => {
    const tokens = new PageTokens();
    // 32 MAC bytes + ["vg","<name>"] = 768 bytes: exactly 1024 base64url characters.
    const longest = { vg: "vg", name: "n".repeat(768 - 32 - '["vg",""]'.length) };
    const token = tokens.seal(QUERY, longest);
    expect(token).toHaveLength(1024);
    expect(tokens.unseal(QUERY, token)).toEqual(longest);
    expect(refusal(() => tokens.unseal(QUERY, tokens.seal(QUERY, { vg: "vg", name: `${longest.name}nnn` })))).toBe(
      REFUSED_TOKEN,
    );
  });

  it("are refused with one message that says what to do", () => {
    const tokens = new PageTokens();
    const genuine = tokens.seal(QUERY, { vg: "vg", name: "a" });
    for (const bad of [
      `!${genuine}`,
      `${genuine}!`,
      `${genuine} `,
      genuine.slice(0, 43),
      "A".repeat(43),
      new PageTokens().seal(QUERY, { vg: "vg", name: "a" }),
    ]) {
      expect(refusal(() => tokens.open(QUERY, bad, 10))).toBe(REFUSED_TOKEN);
    }
    expect(refusal(() => tokens.open(["ListExports", ""], genuine, 10))).toBe(REFUSED_TOKEN);
  });
});
