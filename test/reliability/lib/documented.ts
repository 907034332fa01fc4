// The status codes each RPC documents in its proto comment ("Status codes:
// OK; INVALID_ARGUMENT (...); ..."), read from proto/lvmctl/v1/*.proto.
import { status } from "@grpc/grpc-js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../support/daemon.js";

let cache: Map<string, Set<string>> | undefined;

export function documentedCodes(): Map<string, Set<string>> {
  if (cache) return cache;
  cache = new Map();
  const dir = join(ROOT, "proto/lvmctl/v1");
  const names = new Set(Object.keys(status).filter((k) => Number.isNaN(Number(k))));
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".proto"))) {
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    let comment: string[] = [];
    for (const line of lines) {
      const t = line.trim();
      if (t.startsWith("//")) {
        comment.push(t.slice(2));
        continue;
      }
      const rpc = /^rpc\s+(\w+)\s*\(/.exec(t);
      if (rpc) {
        const text = comment.join(" ");
        const at = text.indexOf("Status codes:");
        if (at >= 0) {
          const codes = new Set((text.slice(at).match(/\b[A-Z_]{2,}\b/g) ?? []).filter((w) => names.has(w)));
          cache.set(rpc[1], codes);
        }
      }
      comment = [];
    }
  }
  return cache;
}
