// Authorisation: two roles, read-only and read-write, granted to bearer tokens
// and to client-certificate identities listed in a roles file (--auth-file).
// Wired through the `authorize` hook of grpc/unary.ts, so every lvmctl RPC is
// checked before it does anything; which RPCs only read comes from the
// contract (grpc/methods.ts). Health and reflection are not lvmctl RPCs:
// they stay open to whoever may connect (socket permissions, mutual TLS).
//
// Roles file, one entry per line ('#' at the start of a word starts a comment):
//
//   read-write  token  <secret>          [label]
//   read-only   token  <secret>          [label]
//   read-only   cert   CN=monitoring
//   read-write  cert   DNS:admin.example.com     (also URI:, IP:, email:)
//
// Tokens are kept only as SHA-256 digests and compared in constant time; they
// never appear in logs, errors or responses (the label does).
import type { ServerUnaryCall } from "@grpc/grpc-js";
import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import type { PeerCertificate } from "node:tls";
import { LvmctlError } from "../errors.js";
import type { RpcMethod } from "./methods.js";

export type Role = "read-only" | "read-write";

/** Checks a caller may use a method; throws PERMISSION_DENIED/UNAUTHENTICATED otherwise. May return the caller's label for the log. */
export type Authorizer = (call: ServerUnaryCall<unknown, unknown>, method: RpcMethod) => string | void;

/** Shortest accepted token: anything shorter is guessable. */
export const MIN_TOKEN_LENGTH = 16;

type CertKind = "CN" | "DNS" | "URI" | "IP" | "email";

interface TokenEntry {
  role: Role;
  label: string;
  digest: Buffer;
}

interface CertEntry {
  role: Role;
  label: string;
  kind: CertKind;
  value: string;
}

export interface AuthPolicy {
  tokens: TokenEntry[];
  certs: CertEntry[];
}

const digest = (token: string) => createHash("sha256").update(token, "utf8").digest();

const CERT_PATTERN = /^(CN=|DNS:|URI:|IP:|email:)(.+)$/;

/** Parses a roles file; errors name the line, never a token. */
export function parseAuthFile(text: string, source = "auth file"): AuthPolicy {
  const policy: AuthPolicy = { tokens: [], certs: [] };
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const where = `${source} line ${i + 1}`;
    const [role, kind, value, ...rest] = line.split(/\s+/);
    if (role !== "read-only" && role !== "read-write")
      throw new Error(`${where}: role must be read-only or read-write`);
    if (value === undefined)
      throw new Error(`${where}: expected "<role> token <secret> [label]" or "<role> cert <identity>"`);
    if (kind === "token") {
      if (value.length < MIN_TOKEN_LENGTH)
        throw new Error(`${where}: tokens must be at least ${MIN_TOKEN_LENGTH} characters`);
      if (!/^[\x21-\x7e]+$/.test(value)) throw new Error(`${where}: tokens must be printable ASCII without spaces`);
      const label = rest.length > 0 ? rest.join(" ") : `token@line${i + 1}`;
      if (policy.tokens.some((t) => t.digest.equals(digest(value)))) throw new Error(`${where}: duplicate token`);
      policy.tokens.push({ role, label, digest: digest(value) });
    } else if (kind === "cert") {
      const m = CERT_PATTERN.exec([value, ...rest].join(" "));
      if (!m)
        throw new Error(
          `${where}: certificate identities are CN=<name>, DNS:<name>, URI:<uri>, IP:<address> or email:<address>`,
        );
      const k = m[1].replace(/[=:]$/, "") as CertKind;
      policy.certs.push({ role, label: `cert ${m[1]}${m[2]}`, kind: k, value: m[2] });
    } else {
      throw new Error(`${where}: kind must be token or cert`);
    }
  });
  if (policy.tokens.length === 0 && policy.certs.length === 0) throw new Error(`${source}: no entries`);
  return policy;
}

/** Reads and parses a roles file; refuses one that every user on the host may read or write. */
export function loadAuthFile(path: string): AuthPolicy {
  const st = statSync(path);
  if (!st.isFile()) throw new Error(`--auth-file ${path}: not a regular file`);
  if ((st.mode & 0o007) !== 0)
    throw new Error(
      `--auth-file ${path}: readable or writable by every user (mode ${(st.mode & 0o777).toString(8)}); chmod 600 or 640 it`,
    );
  return parseAuthFile(readFileSync(path, "utf8"), path);
}

/** The identities a verified client certificate carries: its subject CN(s) and subject alternative names. */
export function certIdentities(cert: PeerCertificate): Array<{ kind: CertKind; value: string }> {
  const out: Array<{ kind: CertKind; value: string }> = [];
  const cn = (cert.subject as unknown as Record<string, string | string[] | undefined> | undefined)?.CN;
  for (const v of Array.isArray(cn) ? cn : cn ? [cn] : []) out.push({ kind: "CN", value: v });
  for (const part of (cert.subjectaltname ?? "").split(/,\s*/)) {
    const m = /^(DNS|URI|IP Address|email):(.*)$/.exec(part.trim());
    if (!m) continue;
    const value = m[2].startsWith('"') ? safeJson(m[2]) : m[2];
    if (value !== undefined) out.push({ kind: m[1] === "IP Address" ? "IP" : (m[1] as CertKind), value });
  }
  return out;
}

function safeJson(s: string): string | undefined {
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

interface Principal {
  role: Role;
  label: string;
}

function matchToken(policy: AuthPolicy, token: string): Principal | undefined {
  const d = digest(token);
  let found: Principal | undefined;
  // Compare against every entry so the time taken does not depend on which one matches.
  for (const t of policy.tokens) if (timingSafeEqual(t.digest, d) && !found) found = t;
  return found;
}

function matchCert(policy: AuthPolicy, cert: PeerCertificate): Principal[] {
  const ids = certIdentities(cert);
  return policy.certs.filter((e) => ids.some((id) => id.kind === e.kind && id.value === e.value));
}

const unauthenticated = (why: string) => new LvmctlError("UNAUTHENTICATED", why);

/** An Authorizer for unary(): throws UNAUTHENTICATED or PERMISSION_DENIED, returns the caller's label for the log. A read-only role may use only the methods the contract marks NO_SIDE_EFFECTS. */
export function makeAuthorizer(policy: AuthPolicy): Authorizer {
  return (call, method) => {
    const principals: Principal[] = [];
    const headers = call.metadata.get("authorization");
    if (headers.length > 1) throw unauthenticated("more than one authorization header");
    if (headers.length === 1) {
      const m = /^Bearer +([\x21-\x7e]+)$/i.exec(String(headers[0]).trim());
      if (!m) throw unauthenticated('malformed authorization header: expected "Bearer <token>"');
      const p = matchToken(policy, m[1]);
      if (!p) throw unauthenticated("bearer token not recognised");
      principals.push(p);
    }
    const cert = call.getAuthContext?.()?.sslPeerCertificate;
    if (cert) principals.push(...matchCert(policy, cert));
    if (principals.length === 0) {
      if (cert) throw new LvmctlError("PERMISSION_DENIED", "the client certificate has no role in lvmctld's auth file");
      throw unauthenticated(
        "credentials required: a bearer token (authorization: Bearer ...) or a client certificate listed in lvmctld's auth file",
      );
    }
    const best = principals.find((p) => p.role === "read-write") ?? principals[0];
    if (!method.readOnly && best.role !== "read-write") {
      throw new LvmctlError(
        "PERMISSION_DENIED",
        `${best.label} is read-only; ${method.name} needs the read-write role`,
      );
    }
    return best.label;
  };
}

/**
 * The roles in force, replaced whole on SIGHUP (reload): a call checks
 * against the roles of the moment it starts. Without an auth file every
 * caller passes, as when the daemon has no --auth-file.
 */
export class AuthGate {
  private current?: Authorizer;

  constructor(path: string | undefined) {
    this.current = path === undefined ? undefined : makeAuthorizer(loadAuthFile(path));
  }

  /** For HandlerDeps.authorize. */
  readonly authorize: Authorizer = (call, method) => this.current?.(call, method);

  /** Reads the file (or none) without applying it: throws on an unusable file, so the roles in force stay. */
  prepare(path: string | undefined): { apply(): void; summary: string } {
    if (path === undefined) return { apply: () => (this.current = undefined), summary: "off (everyone may call)" };
    const policy = loadAuthFile(path);
    return {
      apply: () => (this.current = makeAuthorizer(policy)),
      summary: `${policy.tokens.length} tokens, ${policy.certs.length} certificate identities`,
    };
  }
}
