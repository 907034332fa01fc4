#!/usr/bin/env node
// Prints the part of LIO's configfs tree that lvmctld reads, as JSON
// ({"dir/": null, "file": "content", "link": {"link": "target"}}), for the
// unit-test fixtures in test/fixtures/lio. Run in the VM as root:
//   node test/vm/capture-configfs.mjs [/sys/kernel/config/target] > fixture.json
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "/sys/kernel/config/target";
const FILES = new Set([
  "enable",
  "udev_path",
  "userid",
  "password",
  "authentication",
  "generate_node_acls",
  "demo_mode_write_protect",
  "cache_dynamic_acls",
  "write_protect",
]);
const SKIP = new Set([
  "statistics",
  "fabric_statistics",
  "param",
  "alua",
  "wwn",
  "pr",
  "lba_map",
  "action",
  "attrib_backup",
]);
const out = {};

function walk(rel) {
  out[`${rel}/`] = null;
  for (const e of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = rel === "." ? e.name : `${rel}/${e.name}`;
    if (e.isSymbolicLink()) out[path] = { link: readlinkSync(join(root, path)) };
    else if (e.isDirectory()) {
      if (!SKIP.has(e.name)) walk(path);
    } else if (FILES.has(e.name)) out[path] = readFileSync(join(root, path), "utf8");
  }
}
walk(".");
delete out["./"];
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
