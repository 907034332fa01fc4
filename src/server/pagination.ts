// Opaque page tokens: base64url JSON of the last item's sort key, so a page
// boundary survives volumes being added or removed between calls.
import { invalidArgument } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

interface PageKey {
  vg: string;
  name: string;
}

export function encodePageToken(key: PageKey): string {
  return Buffer.from(JSON.stringify({ v: 1, vg: key.vg, name: key.name })).toString("base64url");
}

export function decodePageToken(token: string): PageKey | undefined {
  if (token === "") return undefined;
  const bad = () => invalidArgument("page_token", "invalid page token (use the next_page_token of a previous response)");
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length > 1024) throw bad();
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  const { v, vg, name } = (doc ?? {}) as Record<string, unknown>;
  if (v !== 1 || typeof vg !== "string" || typeof name !== "string") throw bad();
  return { vg, name };
}

export function pageSize(requested: number): number {
  if (requested < 0) throw invalidArgument("page_size", "must not be negative");
  if (requested > MAX_PAGE_SIZE) throw invalidArgument("page_size", `must be at most ${MAX_PAGE_SIZE}`);
  return requested === 0 ? DEFAULT_PAGE_SIZE : requested;
}

const compareKeys = (a: PageKey, b: PageKey) =>
  a.vg < b.vg ? -1 : a.vg > b.vg ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Sorts items by (vg, name) and cuts the page after `token`. */
export function paginate<T>(items: T[], key: (t: T) => PageKey, token: string, requestedSize: number) {
  const size = pageSize(requestedSize);
  const after = decodePageToken(token);
  const sorted = [...items].sort((a, b) => compareKeys(key(a), key(b)));
  const start = after ? sorted.findIndex((t) => compareKeys(key(t), after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const page = rest.slice(0, size);
  const nextPageToken = rest.length > size ? encodePageToken(key(page[page.length - 1])) : "";
  return { page, nextPageToken };
}
