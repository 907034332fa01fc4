// Page tokens carry the last item's sort key, so a page boundary survives
// volumes being added or removed between calls. Each token is sealed with an
// HMAC-SHA256 over the query that produced it (the RPC and its filters), keyed
// with random bytes made when the daemon process starts and never written
// anywhere: a client can neither make nor alter a token, a token continues
// only its own query, and every token ends with the process that issued it.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { invalidArgument } from "./errors.js";

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
/** Two 127-character names and the MAC need about 400 characters; longer is refused unread. */
const MAX_TOKEN_LENGTH = 1024;
const MAC_BYTES = 32;

export interface PageKey {
  vg: string;
  name: string;
}

/** The RPC and every request field that selects the listed items (not page_size: a client may change it between pages). */
export type PageQuery = readonly [rpc: string, ...filters: Array<string | boolean>];

export interface Page<T> {
  page: T[];
  nextPageToken: string;
}

const badToken = () =>
  invalidArgument(
    "page_token",
    "not a token this lvmctld issued for this query; a token only continues the listing (same RPC and filters) " +
      "whose next_page_token it was, until lvmctld restarts: start again with an empty page_token",
  );

function pageSize(requested: number): number {
  if (requested < 0) throw invalidArgument("page_size", "must not be negative");
  if (requested > MAX_PAGE_SIZE) throw invalidArgument("page_size", `must be at most ${MAX_PAGE_SIZE}`);
  return requested === 0 ? DEFAULT_PAGE_SIZE : requested;
}

const compareKeys = (a: PageKey, b: PageKey) =>
  a.vg < b.vg ? -1 : a.vg > b.vg ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export class PageTokens {
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  /** Validates a list request's page_size and page_token; call it before reading anything. */
  open(query: PageQuery, token: string, requestedSize: number): PageRequest {
    const size = pageSize(requestedSize);
    return new PageRequest(this, query, this.unseal(query, token), size);
  }

  seal(query: PageQuery, after: PageKey): string {
    const payload = Buffer.from(JSON.stringify([after.vg, after.name]));
    return Buffer.concat([this.mac(query, payload), payload]).toString("base64url");
  }

  /** The key a token was sealed with; undefined for the empty token (the first page). */
  unseal(query: PageQuery, token: string): PageKey | undefined {
    if (token === "") return undefined;
    if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw badToken();
    const raw = Buffer.from(token, "base64url");
    // The decoder ignores stray trailing bits; only the exact encoding we issued is a token.
    if (raw.length <= MAC_BYTES || raw.toString("base64url") !== token) throw badToken();
    const payload = raw.subarray(MAC_BYTES);
    if (!timingSafeEqual(raw.subarray(0, MAC_BYTES), this.mac(query, payload))) throw badToken();
    const [vg, name] = JSON.parse(payload.toString("utf8")) as [string, string];
    return { vg, name };
  }

  private mac(query: PageQuery, payload: Buffer): Buffer {
    // JSON never holds a raw newline, so query and payload cannot run into each other.
    return createHmac("sha256", this.key)
      .update(`${JSON.stringify(query)}\n`)
      .update(payload)
      .digest();
  }
}

export class PageRequest {
  constructor(
    private readonly tokens: PageTokens,
    private readonly query: PageQuery,
    private readonly after: PageKey | undefined,
    private readonly size: number,
  ) {}

  /** Sorts items by (vg, name) and cuts the page that follows the token's key. */
  cut<T>(items: T[], key: (t: T) => PageKey): Page<T> {
    const sorted = [...items].sort((a, b) => compareKeys(key(a), key(b)));
    const after = this.after;
    const start = after ? sorted.findIndex((t) => compareKeys(key(t), after) > 0) : 0;
    const rest = start < 0 ? [] : sorted.slice(start);
    const page = rest.slice(0, this.size);
    const nextPageToken = rest.length > this.size ? this.tokens.seal(this.query, key(page[page.length - 1])) : "";
    return { page, nextPageToken };
  }
}

/** The daemon's tokens: one key per process. */
export const pageTokens = new PageTokens();
