#!/usr/bin/env node
// Bundles the daemon and the CLI into single files with esbuild:
//   dist-bundle/lvmctld.mjs   the daemon (src/server/main.ts)
//   dist-bundle/lvmctl.mjs    the CLI (src/client/cli.ts)
// plus dist-bundle/vendor/ with the .proto files two dependencies read at run
// time. One file per program means Node resolves and reads no node_modules at
// start-up: measured in docs/performance.md (P5).
//
//   node scripts/bundle.mjs [--outdir dir] [--minify]
import { build } from "esbuild";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : join(ROOT, "dist-bundle");
const minify = args.includes("--minify");

/**
 * Dependencies that find files relative to their own source (__dirname).
 * In the bundle, __dirname of such a module points into outdir/vendor/, where
 * those files are copied, so the bundle directory can be moved as a whole.
 */
const ASSETS = [
  ["grpc-health-check", "proto"],
  ["@grpc/reflection", "build/proto"],
];

const NODE_MODULES = join(ROOT, "node_modules") + sep;

/** Rewrites __dirname in dependencies to their mirror under outdir/vendor. */
const vendorDirname = {
  name: "vendor-dirname",
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*\.[cm]?js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("__dirname") || !args.path.startsWith(NODE_MODULES)) return undefined;
      const dir = relative(NODE_MODULES, dirname(args.path)).split(sep).join("/");
      return {
        contents: source.replace(/\b__dirname\b/g, `__lvmctlVendor(${JSON.stringify(dir)})`),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

const banner = [
  "import { createRequire as __lvmctlRequire } from 'node:module';",
  "import { fileURLToPath as __lvmctlPath } from 'node:url';",
  "import { dirname as __lvmctlDir, join as __lvmctlJoin } from 'node:path';",
  "const require = __lvmctlRequire(import.meta.url);",
  "const __filename = __lvmctlPath(import.meta.url);",
  "const __dirname = __lvmctlDir(__filename);",
  "const __lvmctlVendor = (dir) => __lvmctlJoin(__dirname, 'vendor', dir);",
].join("");

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const started = performance.now();
await Promise.all(
  [
    ["src/server/main.ts", "lvmctld.mjs"],
    ["src/client/cli.ts", "lvmctl.mjs"],
  ].map(([entry, out]) =>
    build({
      entryPoints: [join(ROOT, entry)],
      outfile: join(outdir, out),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      minify,
      legalComments: "none",
      // The entry files' own #! line stays first.
      banner: { js: banner },
      plugins: [vendorDirname],
      logLevel: "warning",
    }),
  ),
);
for (const out of ["lvmctld.mjs", "lvmctl.mjs"]) chmodSync(join(outdir, out), 0o755);
for (const [pkg, dir] of ASSETS) {
  cpSync(join(NODE_MODULES, pkg, dir), join(outdir, "vendor", pkg, dir), { recursive: true });
}
process.stderr.write(
  `bundled lvmctld and lvmctl into ${relative(process.cwd(), outdir) || "."} in ${Math.round(performance.now() - started)} ms\n`,
);
